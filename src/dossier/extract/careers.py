"""A player's clubs and teams, said in the shapes of sports writing (plays_for):

    P played for X, Y and Z            P signed for X           P was drafted by X
    P joined X from Y                  -> Y (X is the clause reader's 'join')
    P spent three seasons with X       a loan spell at X        made his debut for X
    P is a goalkeeper for X            X's striker P            the X defender P
    P was the captain of the India national cricket team

The club is a named organisation; after 'for' also a name NER reads as a person, place,
building or product (clubs are named after towns and people: 'played for Werder
Bremen') unless the gazetteer knows it as a place ('played for England' is a country's
team, which a place cannot stand for), and an unnamed national team by its phrase. The
player is a person's name, 'he'/'she' for the person the page is about, or 'who' after
them ('P is a footballer who plays for X'). Negation and time scope travel with the cue
('never played for X', 'signed for X in 2011'). The words are data: lexicons/careers.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext, is_creed, is_demonym
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "plays_for"
_LEXICON = lexicon("careers")
# verb lemma -> the prepositions ('' for the object) that name a club
CLUB_VERBS: dict[str, frozenset[str]] = {
    verb: frozenset(preps) for verb, preps in _LEXICON["club_verbs"].items()
}
LEAVING_VERBS = words(_LEXICON, "leaving_verbs")
# spell noun -> the prepositions whose object is the club of the spell
SPELL_NOUNS: dict[str, frozenset[str]] = {
    noun: frozenset(preps) for noun, preps in _LEXICON["spell_nouns"].items()
}
PLAYER_NOUNS = words(_LEXICON, "player_nouns")
PLAYER_PREPOSITIONS = words(_LEXICON, "player_prepositions")
TEAM_NOUNS = words(_LEXICON, "team_nouns")
NATIONAL_WORDS = words(_LEXICON, "national_words")
CUE_WORDS = frozenset(CLUB_VERBS) | frozenset(SPELL_NOUNS) | PLAYER_NOUNS
LEAVING = "from"
# the preposition after which a club's name may be one NER reads as another kind of name
LOOSE_PREPOSITION = "for"
# labels besides ORG a club's name may carry: any after 'for' ('played for Porto'); a
# person's or product's elsewhere: not a town's ('joined X from Mosul') nor a building's
# ('a loan spell at Loftus Road' is at the ground)
NO_LABELS: frozenset[str] = frozenset()
NAME_LABELS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART"})
FOR_LABELS = NAME_LABELS | {"FAC", "GPE", "LOC", "NORP"}
ORG_LABEL = "ORG"
# kinds of place a club may be named after: 'played for Porto' (a country's or a region's
# name stands for its representative team, not a club)
CLUB_TOWN_KINDS = words(_LEXICON, "club_town_kinds")
TOWN_PREPOSITIONS = words(_LEXICON, "town_prepositions")
SCHOOL_ENDINGS = words(_LEXICON, "school_endings")
MAX_TEAM_WORDS = 8  # 'the Austrian national under-19 ice hockey team'


def careers(sentence: Sentence, context: DocContext, words_: AbstractSet[str]) -> Iterator[Claim]:
    """plays_for claims for the clubs a person played for; ``words_`` are the sentence's
    words, to skip it at a glance."""
    if not CUE_WORDS & words_ and not (LEAVING in words_ and LEAVING_VERBS & words_):
        return
    spells = not SPELL_NOUNS.keys().isdisjoint(words_)
    for token in sentence.span:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB":
            if not (spells or lemma in CLUB_VERBS or lemma in LEAVING_VERBS):
                continue
            clubs = _verb_clubs(token, lemma, context)
            if clubs:
                yield from _claims(sentence, token, _clause_people(token, context), clubs)
        elif token.pos_ in ("NOUN", "PROPN"):
            if lemma in SPELL_NOUNS:
                clubs = _prepositional_clubs(token, SPELL_NOUNS[lemma], context, NAME_LABELS)
                if clubs:
                    yield from _claims(sentence, token, _spell_people(token, context), clubs)
            elif lemma in PLAYER_NOUNS or token.lower_ in PLAYER_NOUNS:
                clubs = _player_clubs(token, context)
                if clubs:
                    yield from _claims(sentence, token, _player_people(token, context), clubs)


def _claims(
    sentence: Sentence, cue: Token, people: list[EntityRef], clubs: list[EntityRef]
) -> Iterator[Claim]:
    for person in people:
        for club in clubs:
            if club.name.casefold() != person.name.casefold():
                yield sentence.claim(person, PREDICATE, cue, object=club, confidence=0.6)


# ---- the clubs a cue names ---------------------------------------------------------------


def _verb_clubs(verb: Token, lemma: str, context: DocContext) -> list[EntityRef]:
    """'played for X', 'was drafted by X', 'captained X', 'joined X from Y' -> the clubs."""
    clubs: list[EntityRef] = []
    prepositions = CLUB_VERBS.get(lemma, frozenset())
    if "" in prepositions:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            clubs += _clubs(obj, context, NO_LABELS)
    clubs += _prepositional_clubs(verb, prepositions - {""}, context, NO_LABELS)
    if lemma in LEAVING_VERBS:
        # 'joined X from Y': a club by its name, not a town ('joined X from Mosul'); the
        # one joined from a club is a club too
        left = _prepositional_clubs(verb, frozenset({LEAVING}), context, NAME_LABELS)
        if left and "" not in prepositions:
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                clubs += _clubs(obj, context, NAME_LABELS)
        clubs += left
    for spell in (c for c in verb.children if c.dep_ == "dobj"):
        # 'spent three seasons with X', 'made his debut for X': the spell's club
        prepositions = SPELL_NOUNS.get(spell.lemma_.lower(), frozenset())
        clubs += _prepositional_clubs(verb, prepositions, context, NAME_LABELS)
    return clubs


def _prepositional_clubs(
    word: Token, prepositions: AbstractSet[str], context: DocContext, labels: AbstractSet[str]
) -> list[EntityRef]:
    """The clubs after a word's prepositions ('by' of a passive is the parse's agent): an
    organisation's name, a name of one of ``labels``, and after 'for' any name that is no
    country's or region's ('played for Porto', 'for Werder Bremen')."""
    clubs: list[EntityRef] = []
    for prep in word.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in prepositions:
            continue
        loose = labels
        if prep.lower_ == LOOSE_PREPOSITION or (labels and prep.lower_ in TOWN_PREPOSITIONS):
            loose = FOR_LABELS  # 'for Lindholm', 'his career with Lindholm' (not 'at Vienna')
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            clubs += [club for club in _clubs(obj, context, loose) if club not in clubs]
    return clubs


def _player_clubs(noun: Token, context: DocContext) -> list[EntityRef]:
    """'a goalkeeper for X', 'the captain of X', "X's striker", 'the X defender'."""
    clubs = _prepositional_clubs(noun, PLAYER_PREPOSITIONS, context, NO_LABELS)
    for child in noun.children:
        named = context.entity_at(child) is not None
        if named and child.dep_ in ("poss", "compound", "nmod") and child.i < noun.i:
            clubs += [c for c in _clubs(child, context, NAME_LABELS) if c not in clubs]
    return clubs


def _clubs(word: Token, context: DocContext, labels: AbstractSet[str]) -> list[EntityRef]:
    """The clubs a phrase and its conjuncts name ('for X, Y and Z'); a team noun stands
    for the names it heads ('for Super League club X, Y and Z', 'the youth team of X')."""
    found = []
    items = [word, *word.conjuncts]
    for item in items:
        named = _team_named(item, context) if context.entity_at(item) is None else None
        if named is not None:
            items += [w for w in (named, *named.conjuncts) if w not in items]
            labels = labels | FOR_LABELS  # the team noun says what the name is
            continue
        club = _club(item, context, labels)
        if club is not None and club not in found and not _school(club):
            found.append(club)
    return found


def _team_named(noun: Token, context: DocContext) -> Token | None:
    """The name a team noun stands for: right after it, where the parse ends the phrase at
    the noun ('for Premier League club X'), or after its 'of' ('the reserve team of X')."""
    if noun.lemma_.lower() not in TEAM_NOUNS:
        return None
    following = noun.i + 1
    named = context.entity_at(noun.doc[following]) if following < noun.sent.end else None
    if named is not None and named.start == following:
        return named.root
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if context.entity_at(obj) is not None:
                return obj
    return None


def _club(word: Token, context: DocContext, labels: AbstractSet[str]) -> EntityRef | None:
    """The club a word names: an organisation's name, a name of one of ``labels`` (NER
    reads clubs as people, buildings, products, towns) that is no known country, region,
    nationality or creed, or a national team's phrase."""
    ent = context.entity_at(word)
    if ent is None:
        return _national_team(word) or (_proper_name(word) if labels else None)
    if context.is_group_noun(ent):
        return None
    if ent.root == word and any(w.lower_ == "of" for w in ent[word.i - ent.start + 1 :]):
        # 'the Riverton Hawks of the Northern Hockey League': the club is the head
        return _named(ent.doc[ent.start : word.i + 1].text, context)
    ref = context.ref(ent)
    if ent.label_ == ORG_LABEL:
        return ref if ref is not None and ref.type == "organization" else None
    if ent.label_ not in labels:
        return None
    if ref is not None and ref.type == "organization":
        return ref
    if ref is not None and ref.type == "place" and ref.gazetteer_id:
        place = context.place(ref)
        if place is None or place.kind not in CLUB_TOWN_KINDS:
            return None  # 'played for England': a country's team, which a place cannot be
    return _named(ent.text, context)


def _named(text: str, context: DocContext) -> EntityRef | None:
    """An organisation by a name as written, unless it is a nationality, a creed or a
    name the ontology knows as something else."""
    name = clean_name(text)
    if len(name) < 2 or is_demonym(name) or is_creed(name):
        return None
    known = context.ontology.entity(name)
    if known is not None and known.type != "organization":
        return None
    return EntityRef("organization", known.name if known else name)


def _school(club: EntityRef) -> bool:
    """'a player for X University': the school's team, not the school, is the club."""
    return club.name.casefold().rsplit(" ", 1)[-1] in SCHOOL_ENDINGS


def _proper_name(word: Token) -> EntityRef | None:
    """A club's name NER left unlabelled or labelled in part: the proper nouns ending at
    the word ('signed for Dynamo Kazan', 'for the Melbourne Stars')."""
    if word.pos_ != "PROPN":
        return None
    start = word.i
    while start > word.sent.start and word.doc[start - 1].pos_ == "PROPN":
        start -= 1
    name = clean_name(word.doc[start : word.i + 1].text)
    return EntityRef("organization", name) if len(name) > 1 else None


def _national_team(noun: Token) -> EntityRef | None:
    """'the Chile national under-21 rugby team' -> that team, named by its phrase."""
    if noun.lemma_.lower() not in TEAM_NOUNS:
        return None
    left = [w for w in noun.subtree if w.i < noun.i and w.dep_ not in ("det", "poss")]
    if not any(w.lower_ in NATIONAL_WORDS for w in left):
        return None
    start = min(w.i for w in left)
    if noun.i - start >= MAX_TEAM_WORDS:
        return None
    name = clean_name(noun.doc[start : noun.i + 1].text)
    return EntityRef("organization", name) if name else None


# ---- who played ---------------------------------------------------------------------------


def _person(word: Token, context: DocContext) -> EntityRef | None:
    """The person a word names, by name, as 'he'/'she', or as 'who' after a name or after
    what the name is said to be."""
    if word.tag_ == "WP" and word.head.dep_ == "relcl":
        word = word.head.head
        if word.dep_ == "attr" and word.head.lemma_ == "be":
            # 'P is a Ghanaian footballer who plays for X': the copula's subject
            subjects = [c for c in word.head.children if c.dep_ == "nsubj"]
            word = subjects[0] if subjects else word
    return context.person_at(word)


def _people(words_: list[Token], context: DocContext) -> list[EntityRef]:
    found = []
    for word in words_:
        person = _person(word, context)
        if person is not None and person not in found:
            found.append(person)
    return found


def _clause_people(verb: Token, context: DocContext) -> list[EntityRef]:
    """The subject of a verb's clause, a gerund's taken from its main clause ('joining X
    in 1991, P ...', 'P moved to Y, playing for X')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        return _clause_people(verb.head, context) if verb.head.pos_ in ("VERB", "AUX") else []
    return _people(subjects or clause_subjects(verb), context)


def _spell_people(noun: Token, context: DocContext) -> list[EntityRef]:
    """Whose spell: the possessor named ('P's debut for X'), else the subject of the clause
    the noun stands in ('he began his career with X', 'after loan spells at X, he ...')."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return _people([child], context)
    for governor in noun.ancestors:
        if governor.pos_ in ("VERB", "AUX"):
            return _clause_people(governor, context)
    return []


def _player_people(noun: Token, context: DocContext) -> list[EntityRef]:
    """Who holds the position: 'P is a goalkeeper for X', 'P, a goalkeeper for X', 'striker
    P', 'the striker, P', 'P plays as a defender for X'."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        return _people([c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")], context)
    if noun.dep_ == "appos" or (noun.dep_ == "compound" and head.i > noun.i):
        return _people([head, *(c for c in head.children if c.dep_ == "appos")], context)
    named = [c for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i]
    if named:
        return _people(named, context)
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        return _clause_people(head.head, context)
    return []
