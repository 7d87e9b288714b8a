"""Where an institution sits, said by a place after its name, in its copula, or with its
headquarters:

    the Marden University in Leeds             -> Marden University based_in Leeds
    X is a financial hub in Leeds, England     -> X based_in Leeds
    X was a football club from Leeds           -> X based_in Leeds
    X, a shipping firm in Leeds, ...           -> X based_in Leeds
    known as X, with headquarters in Leeds     -> X based_in Leeds

After its name, only bodies with premises (names ending in the ``seat_endings`` of
lexicons/claims.yaml: university, museum, office...); in a copula or an apposition, any
organisation but a school, which is a site (``site_kinds``: where a school stands is its
location, not a headquarters). Only
towns (``seat_town_kinds``): 'the Taliban in Kabul' or 'the university in Germany' say no
seat, and 'X is the largest group in Mali' says where it works, not where it sits. A town
listed after a place the gazetteer does not know ('from Nordby, Leeds') is read, and that
place with it.
'With headquarters in' says the seat outright, so any named place is read there
(``with_seat_nouns`` in lexicons/seat_kinds.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.bodies import body_reference
from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["seats"]
SEAT_ENDINGS = tuple(_LEXICON["seat_endings"])
SEAT_WORDS = frozenset(SEAT_ENDINGS)
SITE_KINDS = words(_LEXICON, "site_kinds")
TOWN_KINDS = words(_LEXICON, "seat_town_kinds")
_PHRASES = lexicon("seat_kinds")
COPULA_PREPOSITIONS = words(_PHRASES, "copula_seat_prepositions")
WITH_SEAT_NOUNS = words(_PHRASES, "with_seat_nouns")
WITH_SEAT_OFFICES = words(_PHRASES, "with_seat_offices")
OFFICE_MODIFIERS = words(_PHRASES, "with_seat_office_modifiers")
IN = "in"
WITH = "with"
AS = "as"
NAMING_VERBS = words(_PHRASES, "naming_verbs")
# what NER may call a body's other name: an organisation, or a building ('X System')
NAME_LABELS = frozenset({"ORG", "FAC"})
COPULA = "be"
PLACE_LABEL = "GPE"
# what lists a town after a place the gazetteer does not know: 'from Nordby, Leeds'
LISTING_DEPS = ("conj", "appos")
# what NER calls a small place it does not know: a place, a site, or a person
UNLISTED_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON"})


def seats(sentence: Sentence, context: DocContext, words_: AbstractSet[str]) -> Iterator[Claim]:
    """based_in claims for institutions named with their town after 'in', and organisations
    said to be something in a town, in a copula or an apposition; ``words_`` are the
    sentence's words, to skip it at a glance."""
    if not COPULA_PREPOSITIONS & words_:
        return
    after_name = IN in words_ and bool(SEAT_WORDS & words_)
    copula = COPULA in words_
    if WITH in words_ and IN in words_ and (WITH_SEAT_NOUNS | WITH_SEAT_OFFICES) & words_:
        yield from _with_headquarters(sentence, context)
    for ent in context.ents_in(sentence.span):
        body = context.ref(ent)
        if body is None or body.type != "organization":
            continue
        if after_name and body.name.lower().endswith(SEAT_ENDINGS):
            for town in _towns_after(ent.root, context):
                yield sentence.claim(body, "based_in", ent.root, object=town, confidence=0.6)
        attributes = [*_copula_attributes(ent)] if copula else []
        attributes += _set_off_attributes(ent)
        for attr in attributes:
            for town in _towns_after(attr, context, COPULA_PREPOSITIONS):
                yield sentence.claim(body, "based_in", attr, object=town, confidence=0.5)


def _with_headquarters(sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """'(known as) X with headquarters in Y', 'X, with its head office in Y': the body the
    'with' hangs on, or its clause's subject; any named place after 'in'."""
    for noun in sentence.span:
        if noun.dep_ != "pobj" or noun.head.lower_ != WITH or not _seat_noun(noun):
            continue
        holder = noun.head.head
        body = _body(holder, context) if holder.pos_ in ("NOUN", "PROPN") else None
        if body is None and holder.pos_ == "VERB":
            body = _name_given(holder, context)
        if body is None and holder.pos_ in ("VERB", "AUX"):
            subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
            body = _body(subjects[0], context) if subjects else None
        if body is None or body.type != "organization":
            continue
        for place in _places_after_in(noun, context):
            yield sentence.claim(body, "based_in", noun, object=place, confidence=0.6)


def _name_given(verb: Token, context: DocContext) -> EntityRef | None:
    """The name 'known as' gives its subject: 'the company is known as X with headquarters
    in Y' is X's seat. NER may take such a name for a building; the phrase makes it the
    body's."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    for name in (o for prep in verb.children if prep.lower_ == AS for o in prep.children):
        ent = context.entity_at(name)
        if ent is None or ent.label_ not in NAME_LABELS:
            continue
        ref = context.ref(ent)
        if ref is not None and ref.type == "organization":
            return ref
        return EntityRef("organization", clean_name(ent.text))
    return None


def _body(word: Token, context: DocContext) -> EntityRef | None:
    """The organisation a word names or means: 'the group', or 'the company' for the one
    the text last called a company."""
    return context.org_ref(word) or body_reference(word, context)


def _seat_noun(noun: Token) -> bool:
    """'headquarters'; 'office' only as the head or main one."""
    word = noun.lower_
    if word in WITH_SEAT_NOUNS:
        return True
    return word in WITH_SEAT_OFFICES and any(
        c.lower_ in OFFICE_MODIFIERS for c in noun.children if c.dep_ in ("amod", "compound")
    )


def _places_after_in(word: Token, context: DocContext) -> Iterator[EntityRef]:
    """The first named place after 'in' on a word, of any kind."""
    for prep in word.children:
        if prep.dep_ != "prep" or prep.lower_ != IN:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            place = context.entity_at(obj)
            if place is None or place.label_ != PLACE_LABEL:
                continue
            ref = context.ref(place)
            if ref is not None and ref.type == "place":
                yield ref


def _copula_attributes(ent: Span) -> list[Token]:
    """What a name is said to be: 'X is [a financial hub] in Y'."""
    root = ent.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != COPULA:
        return []
    attributes = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    if ent[-1].lower_ in SITE_KINDS or any(_names_site(a) for a in attributes):
        return []  # 'X is a private school in Y': a site, not a seat
    return attributes


def _set_off_attributes(ent: Span) -> list[Token]:
    """What an apposition says a name is: 'X, [a shipping firm] in Y, ...'."""
    attributes = [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if ent[-1].lower_ in SITE_KINDS or any(_names_site(a) for a in attributes):
        return []
    return attributes


def _names_site(noun: Token) -> bool:
    """'a school', 'a grammar and music school': the noun, or one joined to it, is a site's."""
    return any(w.lower_ in SITE_KINDS for w in (noun, *noun.conjuncts))


def _towns_after(
    word: Token, context: DocContext, prepositions: AbstractSet[str] = frozenset({IN})
) -> Iterator[EntityRef]:
    """The towns after 'in' (or another of ``prepositions``) on a word: 'X University [in
    Leeds]'; past a first place the gazetteer does not know, the town listed after it."""
    for prep in word.children:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            town, known = _town_at(obj, context)
            if town is not None:
                yield town
            elif not known:
                for listed in (c for c in obj.children if c.dep_ in LISTING_DEPS):
                    town, _ = _town_at(listed, context)
                    if town is not None:
                        # 'from Nordby, Leeds': a town's part the gazetteer lacks, which
                        # the listing shows to be a place within it, is the seat too
                        yield from _unlisted_place(obj, context)
                        yield town
                        break


def _unlisted_place(word: Token, context: DocContext) -> Iterator[EntityRef]:
    """The place a name the gazetteer does not know stands for, as a town's part: the
    listing makes it a place, whatever NER or the rest of the document takes it for (a
    person, 'FC Nordby')."""
    ent = context.entity_at(word)
    if ent is not None and ent.label_ in UNLISTED_LABELS and ent.root == word:
        yield EntityRef("place", clean_name(ent.text))


def _town_at(word: Token, context: DocContext) -> tuple[EntityRef | None, bool]:
    """The town a word names, and whether the gazetteer knows the place it names at all."""
    ent = context.entity_at(word)
    if ent is None or ent.label_ != PLACE_LABEL:
        return None, False
    ref = context.ref(ent)
    place = context.place(ref) if ref is not None else None
    if ref is None or place is None:
        return None, False
    return (ref if place.kind in TOWN_KINDS else None), True
