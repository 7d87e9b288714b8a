"""Where a group is, said with more than a place's name: the phrase around the place
becomes the claim's text beside the place itself.

    active in several governorates in northwestern Yemen   -> Yemen, 'several governorates
                                                              in northwestern Yemen'
    based in western Uganda                                -> Uganda, 'western Uganda'
    operates mainly in north-eastern Colombia              -> Colombia, 'north-eastern Colombia'

A region of a country ('northwestern Yemen') is no place of the gazetteer; keeping the
words lets answers and reconciliation tell 'western Uganda' from 'Uganda'.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.context import DocContext, country_of_demonym
from dossier.extract.meant_country import meant_country
from dossier.extract.qualities import governors
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef
from dossier.model.names import clean_name

_LEXICON = lexicon("claims")
LOCATION_PREPOSITIONS = words(_LEXICON, "location_prepositions")
# words on a place's name that narrow it to a part: 'western', 'north-eastern', 'southern'
PLACE_PART_DEPS = ("amod", "compound", "npadvmod")
MAX_PHRASE_WORDS = 12
DEGREE_NOUNS = words(_LEXICON, "degree_nouns")
# prepositions of reach: 'across the Sahel', 'throughout Mali'
SPREAD_PREPOSITIONS = words(_LEXICON, "spread_prepositions")
# nouns of states a regional nationality word qualifies: 'several Southeast Asian nations'
COUNTRY_NOUNS = words(_LEXICON, "country_nouns")
REGION_KINDS = ("region",)
# labels NER gives a place name it does not know ('Visayas' as a product); a person's
# name is a place only when the gazetteer knows it, the others also when listed with one
MISREAD_PLACE_LABELS = ("PERSON", "PRODUCT", "WORK_OF_ART", "FAC")
UNPLACED_LABELS = ("PRODUCT", "WORK_OF_ART")
# what ends a place phrase: a clause or aside about it
PHRASE_ENDS = ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl")


def place_phrase(place: Token, top: Token, context: DocContext) -> str | None:
    """The location phrase a place sits in under ``top`` (the cue), when it says more than
    the place: the outermost noun after a location preposition ('several governorates in
    northwestern Yemen'), or the place with words that narrow it ('western Uganda')."""
    outer = outer_location_noun(place, top)
    if outer is None:
        return None
    ent = context.entity_at(place)
    if outer == place or (ent is not None and context.entity_at(outer) == ent):
        return narrowed_place(place, context)
    if context.entity_at(outer) is not None:
        return None  # 'in Kano, Nigeria': another place, not a phrase around one
    return _text(outer, *_phrase_bounds(outer))


def outer_location_noun(place: Token, top: Token) -> Token | None:
    """The outermost noun after a location preposition between a place and ``top``: for
    'in several districts in northern Ruritania', 'districts'."""
    outer = None
    for governor in governors(place):
        if governor == top:
            break
        if governor.dep_ == "pobj" and governor.head.lower_ in LOCATION_PREPOSITIONS:
            outer = governor
    return outer


def narrowed_place(place: Token, context: DocContext) -> str | None:
    """A place with the words that narrow it to a part ('western Uganda'), or None."""
    ent = context.entity_at(place)
    if ent is None or place != ent.root:
        return None
    narrowing = [
        c
        for c in place.children
        if c.dep_ in PLACE_PART_DEPS and c.i < place.i and context.entity_at(c) is None
    ]
    if not narrowing:
        return None
    return _text(place, narrowing[0].left_edge.i, ent.end - 1)


def narrowed_places(starts: list[Token], context: DocContext) -> dict[EntityRef, str]:
    """The places under the given words that are narrowed to a part, with their phrase."""
    found: dict[EntityRef, str] = {}
    for word in (w for start in starts for w in start.subtree):
        phrase = narrowed_place(word, context)
        ent = context.entity_at(word)
        ref = context.ref(ent) if ent is not None and phrase else None
        if ref is not None and phrase and ref.type == "place":
            found.setdefault(ref, phrase)
    return found


def gazetteer_place(word: Token, context: DocContext) -> EntityRef | None:
    """A place NER did not mark ('based out of Muridke'), or took for a person: a proper
    noun (with the proper nouns before it) that the gazetteer knows by that very name, a
    proper noun listed with a place ('Luzon and Visayas'), or 'the country' the passage
    last named."""
    if word.pos_ != "PROPN":
        return meant_country(word, context)
    ent = context.entity_at(word)
    if ent is not None:
        if ent.label_ not in MISREAD_PLACE_LABELS or ent.kb_id_ or ent.root != word:
            return None
        name = clean_name(ent.text)
    else:
        first = word
        while first.i > word.sent.start and first.nbor(-1).pos_ == "PROPN":
            first = first.nbor(-1)
            if context.entity_at(first) is not None:
                return None
        name = clean_name(word.doc[first.i : word.i + 1].text)
    place = get_gazetteer().lookup(name) if name else None
    # the gazetteer's own name only: its nearest match for any word ('Hamas') is no place
    if place is None or place.name.casefold() != name.casefold():
        return _listed_with_place(word, name, context)
    return EntityRef("place", place.name, place.gazetteer_id)


def misread_place(word: Token, context: DocContext) -> EntityRef | None:
    """A place NER took for a product or a title ('in the Sahel'): the gazetteer's own name
    only. People are left to ``gazetteer_place``, which knows when they are places."""
    ent = context.entity_at(word)
    if ent is None or ent.root != word or ent.label_ not in UNPLACED_LABELS:
        return None
    return gazetteer_place(word, context)


def part_of_meant_country(phrase: Token, context: DocContext) -> EntityRef | None:
    """The country of 'the north of the country', 'parts of the country': the one the
    passage last named (`meant_country`)."""
    for prep in phrase.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            country = meant_country(obj, context)
            if country is not None:
                return country
    return None


def repeated_location_objects(objects: list[Token]) -> list[Token]:
    """The objects of a location preposition said again: 'in X and in Y' -> [Y] (the parse
    hangs the second 'in' on the first)."""
    return [
        obj
        for first in objects
        if first.head.dep_ == "prep"
        for again in first.head.children
        if again.dep_ == "conj" and again.lower_ in LOCATION_PREPOSITIONS
        for obj in again.children
        if obj.dep_ == "pobj"
    ]


def _listed_with_place(word: Token, name: str, context: DocContext) -> EntityRef | None:
    """A proper noun NER left unmarked, listed with a place ('all over Luzon and
    Visayas'): a list of places goes on naming places."""
    if word.dep_ != "conj" or not name or not name[0].isupper():
        return None
    ent = context.entity_at(word)
    if ent is not None and ent.label_ == "PERSON":
        return None  # 'Mali and Amadou Koufa': people are listed with places too
    listed = context.entity_at(word.head)
    if listed is None or listed.label_ not in ("GPE", "LOC"):
        return None
    return EntityRef("place", name)  # no gazetteer id: its nearest match is another place


def out_of_objects(word: Token) -> list[Token]:
    """The objects of 'out of' on a word: 'based out of Y'."""
    return [
        obj
        for out in word.children
        if out.dep_ == "prep" and out.lower_ == "out"
        for of in out.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for obj in of.children
        if obj.dep_ == "pobj"
    ]


def spread_verb(preposition: Token) -> Token | None:
    """The verb a spread phrase says the reach of: 'X has seized towns [across Y]', 'a
    group plaguing targets [throughout Y]' (on the verb, or on its object)."""
    if preposition.dep_ != "prep" or preposition.lower_ not in SPREAD_PREPOSITIONS:
        return None
    head = preposition.head
    if head.dep_ == "dobj":
        head = head.head
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return None  # 'X was banned across Europe': done to X, not where X acts
    return head if head.pos_ == "VERB" else None


def degree_asides(cue: Token) -> list[Token]:
    """Places added after 'to a lesser extent': 'active in Yemen and, to a lesser extent,
    Saudi Arabia' (the parse hangs the place on 'extent')."""
    found: list[Token] = []
    for word in (cue, cue.head):
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            degrees = [noun for noun in objects if noun.lemma_.lower() in DEGREE_NOUNS]
            for noun in degrees:  # the place hangs on 'extent', or on 'to' beside it
                found.extend(c for c in noun.children if c.dep_ in ("appos", "conj"))
                found.extend(other for other in objects if other not in degrees)
    return found


def regional_places(phrases: list[Token], context: DocContext) -> list[tuple[EntityRef, str]]:
    """The regions named by the nationality word on the states of a location phrase, with
    the phrase: 'in several Southeast Asian nations' -> Southeast Asia. A country's own
    nationality ('Nigerian states') names the country, which its name says better."""
    found: list[tuple[EntityRef, str]] = []
    for noun in phrases:
        if noun.lemma_.lower() not in COUNTRY_NOUNS and noun.lower_ not in COUNTRY_NOUNS:
            continue
        for modifier in (c for c in noun.children if c.dep_ in ("amod", "compound")):
            ent = context.entity_at(modifier)
            if ent is None or ent.label_ != "NORP":
                continue
            region = country_of_demonym(clean_name(ent.text), REGION_KINDS)
            phrase = _text(noun, *_phrase_bounds(noun))
            if region is not None and phrase is not None:
                found.append((context.place_ref(region), phrase))
    return found


def _phrase_bounds(head: Token) -> tuple[int, int]:
    """The first and last word of a noun's phrase, without its article or what comes after
    a clause or aside about it."""
    words_ = []
    for word in head.subtree:
        if word.i > head.i and word.dep_ in PHRASE_ENDS and word.head == head:
            break
        words_.append(word)
    while len(words_) > 1 and words_[0].dep_ in ("det", "poss", "case", "predet"):
        words_ = words_[1:]
    while len(words_) > 1 and words_[-1].is_punct:
        words_ = words_[:-1]
    return words_[0].i, words_[-1].i


def _text(head: Token, first: int, last: int) -> str | None:
    if last - first + 1 > MAX_PHRASE_WORDS:
        return None
    text = clean_name(head.doc[first : last + 1].text)
    return text or None


def places_after_in(verb: Token, context: DocContext) -> list[EntityRef]:
    """The places after 'in' on a verb or adjective: 'based in Y', 'hiding in Y or Z'."""
    found: list[EntityRef] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for word in (obj, *obj.conjuncts):
                ref = context.place_headed_by(word)
                if ref is not None and ref not in found:
                    found.append(ref)
    return found
