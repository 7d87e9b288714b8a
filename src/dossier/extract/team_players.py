"""A member_of claim whose object is a sports team is a player's: plays_for.

    P joined Kestrel Rovers in 2019. Kestrel Rovers is a football club ...
                                        -> plays_for(P, Kestrel Rovers)
    P was a member of Varberg BK        -> plays_for(P, Varberg BK)
    P joined the Lantern Society        -> member_of (unchanged)

A player is kept apart from a member of a band, a society or an alliance, as Wikidata
keeps 'member of sports team' (P54) apart from 'member of' (P463): a profile lists a
player's clubs on their own line, and a society's members are not its players. The
readers of sports writing (careers.py) say plays_for themselves; this catches the
general membership readers ('joined X', 'a member of X') when X is a team.

The object is a team when its name ends with a club's abbreviation ('X FC', 'X S.K.'),
or when the document calls it a club or team of a sport ('X is a football club', 'X, a
professional basketball team'). In a document about a sport (it names one, and calls
someone a player, a quarterback, a goalkeeper...) a person's body is a team too, unless
the text calls it a body of another kind (a band, a party) or its name ends in a word for
one ('Hall of Fame', 'Players' Association'): there a player 'joins' a team. The words
are data: lexicons/careers.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from dossier.extract.bodies import described_words, kind_of_body
from dossier.extract.context import DocContext
from dossier.extract.token_scan import lower_positions
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

MEMBER_OF = "member_of"
PLAYS_FOR = "plays_for"
_LEXICON = lexicon("careers")
# as written, singular: the description of one team ('X is a football club')
TEAM_NOUNS = frozenset(noun.lower() for noun in words(_LEXICON, "team_nouns"))
SPORT_WORDS = words(_LEXICON, "sport_words")
CLUB_NAME_ENDINGS = words(_LEXICON, "club_name_endings")
# words that name one sport, and the nouns of its players ('a captain' of any team counts
# only beside a sport's name)
SPORT_NAMES = SPORT_WORDS - words(_LEXICON, "generic_sport_words")
PLAYER_NOUNS = words(_LEXICON, "player_nouns")
NON_TEAM_ENDINGS = words(_LEXICON, "non_team_endings")
SPORTS_DOCUMENT_KEY = "team_players.sports document"
# the links inside a noun phrase from a modifier to its head ('ice hockey defenceman',
# 'a goalkeeper and captain')
PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "conj", "cc"})
PERSON_LABEL = "PERSON"
# the heads a phrase's modifier may hang on ('football defensive end': 'defensive')
NOUN_POS = frozenset({"NOUN", "PROPN", "ADJ"})
DESCRIBING_DEPS = frozenset({"appos", "attr"})
APPOSITION = frozenset({"appos"})


def team_players(claims: Iterable[Claim], context: DocContext) -> list[Claim]:
    """The claims, each member_of whose object is a sports team retyped to plays_for."""
    retyped: dict[tuple[object, ...], Claim] = {}
    for claim in claims:
        if claim.predicate == MEMBER_OF and claim.object:
            # read once per document, and only for a document that states a membership
            teams = context.remember("described teams", lambda: _described_teams(context))
            if _is_team(claim.object, teams) or _player_of(claim, context):
                claim = replace(claim, predicate=PLAYS_FOR)
        key = (claim.subject, claim.predicate, claim.object, claim.value, claim.via)
        retyped.setdefault(key, claim)  # the careers reader may have said it already
    return list(retyped.values())


def _is_team(body: EntityRef, described: set[str]) -> bool:
    last = body.name.casefold().rsplit(" ", 1)[-1].rstrip(".")
    return last in CLUB_NAME_ENDINGS or body.name.casefold() in described


def _player_of(claim: Claim, context: DocContext) -> bool:
    """Whether a person's membership, in a document about a sport, is a place on a team:
    the body is not called a body of another kind, nor named like one."""
    body = claim.object
    if claim.subject.type != "person" or body is None or body.type != "organization":
        return False
    if not context.remember(SPORTS_DOCUMENT_KEY, lambda: _about_a_sport(context)):
        return False
    if body.name.casefold().rsplit(" ", 1)[-1] in NON_TEAM_ENDINGS:
        return False
    return not (kind_of_body(body, context) - TEAM_NOUNS)


def _about_a_sport(context: DocContext) -> bool:
    """Whether the document describes someone by a sport or a player's position (read
    once): 'P is a former ice hockey defenceman', 'P, a goalkeeper and captain', 'striker
    P' ('a football song', 'a player's name' describe nobody)."""
    doc = context.doc
    for i in lower_positions(doc, SPORT_NAMES | PLAYER_NOUNS):
        word = doc[i]
        while word.dep_ in PHRASE_DEPS and word.head.pos_ in NOUN_POS:
            word = word.head  # up to the head of the describing phrase
        if word.dep_ == "appos":
            described = [word.head]
        elif word.dep_ == "attr":
            described = [c for c in word.head.children if c.dep_ == "nsubj"]
        else:
            described = [word]  # 'striker P': the name the role is compounded on
        if any(_is_person(d, context) for d in described):
            return True
    return False


def _is_person(word: Token, context: DocContext) -> bool:
    ent = context.entity_at(word)
    if ent is not None:
        return ent.label_ == PERSON_LABEL
    return context.person_reference(word) is not None


def _described_teams(context: DocContext) -> set[str]:
    """Casefolded names of the organisations the document calls a sports team."""
    teams: set[str] = set()
    doc = context.doc
    for i in lower_positions(doc, TEAM_NOUNS):
        noun = doc[i]
        if noun.dep_ not in DESCRIBING_DEPS:
            continue
        if not any(word.lower_ in SPORT_WORDS for word in noun.lefts):
            continue
        for named in described_words(noun, APPOSITION):
            ent = context.entity_at(named)
            ref = context.ref(ent) if ent is not None else None
            if ref is not None and ref.type == "organization":
                teams.add(ref.name.casefold())
    return teams
