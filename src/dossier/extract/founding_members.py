"""Who a group was first made of, described rather than named:

    Its original members were followers of preacher P  -> formed_from(X, 'followers of preacher P')
    X was founded in 1964 with a membership made up of students, exiles and priests
                                                       -> formed_from(X, 'students'), ...

Only the group's first members count: a membership noun with an original word ('its
original members', 'the first recruits'), or a membership joined to the founding verb
('founded ... with a membership of'); 'its ranks are drawn from Y' today says nothing of
where it came from. A named group among them is the claim's object; a person's name is a
founder, left to founded_by. The words are data: the ``membership_nouns``,
``first_words`` and ``composition_verbs`` of ``formed_from`` in ontology.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "formed_from"
COPULA = "be"
PERSON_LABEL = "PERSON"
ITEM_BREAKS = frozenset({",", "and", ";"})
COMPOSITION_PREPOSITIONS = frozenset({"of", "from"})
MAX_LIST_WORDS = 30
MAX_ITEM_WORDS = 10
MAX_PHRASE_WORDS = 14  # 'followers of militant preacher P from the state of Y'


def founding_members(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """formed_from claims for a group's first members described; ``words_`` are the
    sentence's words, to skip it at a glance."""
    spec = context.ontology.predicates[PREDICATE]
    nouns = spec.cue("membership_nouns")
    if not nouns & words_:
        return
    first_words = spec.cue("first_words")
    founding = {  # 'set up' is found at 'set'
        cue.split()[0]
        for cue in spec.cue("verbs") | context.ontology.predicates["founded"].cue("verbs")
    }
    for noun in sentence.span:
        if noun.pos_ != "NOUN" or noun.lower_ not in nouns:
            continue
        first = any(c.lower_ in first_words for c in noun.children if c.dep_ == "amod")
        owner = _owner(noun, context, founding if not first else None)
        if owner is None:
            continue
        for item in _described(noun, spec.cue("composition_verbs"), first):
            ent = context.entity_at(item.root)
            if ent is not None and ent.label_ == PERSON_LABEL:
                continue  # a person among the first members is a founder (founded_by)
            ref = context.organisation_named_at(item.root) if ent is not None else None
            if ref is not None and ref != owner:
                yield sentence.claim(owner, PREDICATE, noun, object=ref, confidence=0.5)
            elif ref is None and (text := clean_name(item.text)):
                yield sentence.claim(owner, PREDICATE, noun, value=text, confidence=0.5)


def _owner(noun: Token, context: DocContext, founding: AbstractSet[str] | None) -> EntityRef | None:
    """Whose members: the possessor ('its original members', "X's first recruits"); with
    ``founding``, only the group of a founding verb the noun is joined to ('X was founded
    in 1964 with a membership of ...')."""
    if founding is None:
        for child in noun.children:
            if child.dep_ == "poss":
                return context.org_ref(child)
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in founding:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "nsubj"):
            return context.org_ref(child)
    return None


def _described(noun: Token, verbs: AbstractSet[str], first: bool) -> list[Span]:
    """The phrases saying who the members were: after a composition verb's 'of'/'from'
    ('a membership comprised of A, B and C', 'made up of'), or the copula's complement
    ('its original members were A', up to a comma)."""
    doc = noun.doc
    for verb in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
        if verb.lemma_.lower() not in verbs:
            continue
        for i in range(verb.i + 1, min(verb.i + 3, noun.sent.end)):
            if doc[i].lower_ in COMPOSITION_PREPOSITIONS:
                return _listed(doc[i])
    if not first or noun.dep_ != "nsubj" or noun.head.lemma_ != COPULA:
        return []
    found = []
    for attr in (c for c in noun.head.children if c.dep_ == "attr"):
        end = next((w.i for w in attr.subtree if w.text == ","), attr.right_edge.i + 1)
        if end - attr.left_edge.i <= MAX_PHRASE_WORDS:
            found.append(doc[attr.left_edge.i : end])
    return found


def _listed(preposition: Token) -> list[Span]:
    """The list after a preposition, item by item: the parse hangs later items anywhere,
    so the words are split at commas and 'and' up to the sentence's end or a verb."""
    doc = preposition.doc
    end = min(preposition.sent.end, preposition.i + 1 + MAX_LIST_WORDS)
    items: list[list[Token]] = [[]]
    for word in doc[preposition.i + 1 : end]:
        if (word.pos_ in ("VERB", "AUX") and word.tag_ != "VBN") or word.text in (".", ";"):
            break
        if word.lower_ in ITEM_BREAKS:
            items.append([])
            continue
        items[-1].append(word)
    spans = []
    for item in items:
        if item and len(item) <= MAX_ITEM_WORDS:
            spans.append(doc[item[0].i : item[-1].i + 1])
    return spans
