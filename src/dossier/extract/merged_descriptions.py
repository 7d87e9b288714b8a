"""Parties of a merger that are described, not named:

    X was formed by the merger of several small groups  -> formed_from(X, 'several small groups')
    X, a merger of smaller leftist groups including Y   -> the same, beside formed_from(X, Y)

A plural group noun with no name of its own is what the group was formed from, in the
text's words up to the noun ('several small groups', not '... who remain opposed to Z').
The merger frame (`ClaimFrames.mergers` in claims.py) asks for them beside the named
parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.context import DocContext

PLURAL_TAG = "NNS"
# left modifiers kept in the description: 'several small', 'three Marxist'
DESCRIBING_DEPS = frozenset({"amod", "nummod", "det", "compound", "advmod", "quantmod"})
# determiners of parties named before ('the two groups'): the names, not this, say who
DEFINITE = frozenset({"the", "these", "those", "both", "such"})
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "FAC"})


def merged_descriptions(parts: list[Token], context: DocContext) -> list[str]:
    """The descriptions among a merger's parties ('several small groups')."""
    found: list[str] = []
    for part in (item for phrase in parts for item in (phrase, *phrase.conjuncts)):
        if part.tag_ != PLURAL_TAG or part.lemma_.lower() not in context.ontology.group_nouns:
            continue
        lefts = [w for w in part.lefts if w.dep_ in DESCRIBING_DEPS]
        if not lefts or any(w.dep_ == "poss" or w.lower_ in DEFINITE for w in part.lefts):
            continue  # 'groups', 'the two groups', 'their groups': said before, or nothing
        if any(_is_name(w, context) for left in lefts for w in left.subtree):
            continue  # 'the Tehrik groups': a name
        first = min((w for left in lefts for w in left.subtree), key=lambda w: w.i, default=part)
        text = part.doc[first.i : part.i + 1].text
        if text not in found:
            found.append(text)
    return found


def _is_name(word: Token, context: DocContext) -> bool:
    ent = context.entity_at(word)
    return ent is not None and ent.label_ in NAME_LABELS
