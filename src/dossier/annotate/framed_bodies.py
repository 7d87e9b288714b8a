"""Names the model mistypes, made organisations by the frame they stand in.

The small model reads an unfamiliar one-word body as a place, a person or a work
('Korvex, a subsidiary of Y' as a town; 'a member of Dustmoor' as a place). The
sentence often says what the name is: the subject of a copula whose complement is a
kind of body ('X is a Danish company'), a name with such a noun in apposition ('X, an
organization founded in 2016'), the object of 'of' after a part noun ('a member of
X', 'a subsidiary of X'), or what is founded or formed ('X was formed in 1976', 'she
founded X') or joined. Such a name becomes an ORG wherever the text writes it. Names
the gazetteer knows as places, nationalities and creeds, and linked names, stay as they
are. The words are ``organisation_nouns``, ``framed_kind_nouns``, ``part_of_body_nouns``,
``body_making_verbs`` and ``joining_verbs`` in lexicons/entities.yaml.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dossier.knowledge.lexicons import lexicon, words

_ENTITIES = lexicon("entities")
KIND_NOUNS = words(_ENTITIES, "organisation_nouns") | words(_ENTITIES, "framed_kind_nouns")
PART_NOUNS = words(_ENTITIES, "part_of_body_nouns")
MAKING_VERBS = words(_ENTITIES, "body_making_verbs")
JOINING_VERBS = words(_ENTITIES, "joining_verbs")
# labels the frame overrides; a place label only where the gazetteer knows no such place
RETYPED = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAX_NAME_TOKENS = 5


SpanTest = Callable[[Span], bool]


def framed_bodies(
    doc: Doc, ents: list[Span], *, is_place: SpanTest, is_people: SpanTest
) -> list[Span] | None:
    """The entities with each framed name an ORG; None when nothing changes.

    ``is_place`` and ``is_people`` are the hygiene's tests (a gazetteer place; a
    nationality or creed), passed in so that this module keeps one job."""
    candidates = [ent for ent in ents if _retypes(ent)]
    framed = {
        ent.text for ent in candidates if _framed(ent) and not _excluded(ent, is_place, is_people)
    }
    if not framed:
        return None
    # the text says once what the name is: its other mentions are that body too
    return [
        Span(doc, ent.start, ent.end, label="ORG") if ent.text in framed and _retypes(ent) else ent
        for ent in ents
    ]


def _retypes(ent: Span) -> bool:
    return (
        ent.label_ in RETYPED
        and not ent.kb_id_
        and len(ent) <= MAX_NAME_TOKENS
        and ent.root.pos_ == "PROPN"
        and len(ent.text) > 2
    )


def _excluded(ent: Span, is_place: SpanTest, is_people: SpanTest) -> bool:
    return is_people(ent) or (ent.label_ in PLACE_LABELS and is_place(ent))


def _framed(ent: Span) -> bool:
    """Whether the clause around a name's head says it is a body."""
    root = ent.root
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        return any(_is_kind(c) for c in head.children if c.dep_ == "attr")  # 'X is a company'
    if any(c.dep_ == "appos" and _is_kind(c) for c in root.children):
        return True  # 'X, a subsidiary of Y'
    verb = head.lemma_.lower() if head.pos_ == "VERB" else ""
    if root.dep_ in ("nsubjpass", "dobj") and verb in MAKING_VERBS:
        return True  # 'X was formed in 1976', 'she founded X'
    if root.dep_ == "dobj" and verb in JOINING_VERBS and ent.label_ != "PERSON":
        return True  # 'he joined X' ('joined Smith' may be joining a person)
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in PART_NOUNS
        and head.head.pos_ == "NOUN"
    )  # 'a member of X'


def _is_kind(noun: Token) -> bool:
    """A common noun for a kind of body, or one joined to it ('a maker and contractor')."""
    if noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() in KIND_NOUNS:
        return True
    return any(c.dep_ == "conj" and c.lemma_.lower() in KIND_NOUNS for c in noun.children)
