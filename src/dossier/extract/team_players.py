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
professional basketball team'). The words are data: lexicons/careers.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from dossier.extract.bodies import described_words
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
DESCRIBING_DEPS = frozenset({"appos", "attr"})
APPOSITION = frozenset({"appos"})


def team_players(claims: Iterable[Claim], context: DocContext) -> list[Claim]:
    """The claims, each member_of whose object is a sports team retyped to plays_for."""
    retyped: dict[tuple[object, ...], Claim] = {}
    for claim in claims:
        if claim.predicate == MEMBER_OF and claim.object:
            # read once per document, and only for a document that states a membership
            teams = context.remember("described teams", lambda: _described_teams(context))
            if _is_team(claim.object, teams):
                claim = replace(claim, predicate=PLAYS_FOR)
        key = (claim.subject, claim.predicate, claim.object, claim.value, claim.via)
        retyped.setdefault(key, claim)  # the careers reader may have said it already
    return list(retyped.values())


def _is_team(body: EntityRef, described: set[str]) -> bool:
    last = body.name.casefold().rsplit(" ", 1)[-1].rstrip(".")
    return last in CLUB_NAME_ENDINGS or body.name.casefold() in described


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
