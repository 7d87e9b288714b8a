"""A body's name the model took together with the description before it, trimmed.

'the Portuguese party PSD', 'the Danish brewer Carlsvik': the model sometimes makes one
organisation of the adjectives, the lower-case noun for a kind of body and the name
after it. The name is the capitalised words after the noun; the description says what
it is. Only a name whose words before the noun are adjectives is trimmed, so a name with
a lower-case word of its own ('Rage against the Machine') stays whole. The nouns are
``organisation_nouns`` in lexicons/entities.yaml and ``org_appositions`` in
lexicons/claims.yaml.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.knowledge.lexicons import lexicon, words

KIND_NOUNS = words(lexicon("entities"), "organisation_nouns") | words(
    lexicon("claims"), "org_appositions"
)
DESCRIBING_TAGS = frozenset({"ADJ"})


def described_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """The entities with each such name trimmed to the words after the noun; None when
    nothing changes."""
    changed = False
    kept: list[Span] = []
    for ent in ents:
        noun = _kind_noun(ent) if ent.label_ == "ORG" and not ent.kb_id_ else None
        if noun is not None:
            ent = Span(doc, noun.i + 1, ent.end, label="ORG")
            changed = True
        kept.append(ent)
    return kept if changed else None


def _kind_noun(ent: Span) -> Token | None:
    """The lower-case noun for a kind of body between adjectives and a capitalised name."""
    if len(ent) < 3:
        return None
    for at, token in enumerate(ent[1:-1], start=1):
        if token.is_lower and token.lower_ in KIND_NOUNS:
            before, after = ent[:at], ent[at + 1 :]
            if all(t.pos_ in DESCRIBING_TAGS or t.lower_ == "the" for t in before) and all(
                t.is_title or t.is_upper for t in after
            ):
                return token
            return None
        if token.is_lower:
            return None
    return None
