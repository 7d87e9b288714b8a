"""Founding dates said without a founding verb, as reference prose says them:

    X was a carmaker active from 1931 to 1980     -> founded(X, 1931)
    X, active between 1931 and 1980, ...          -> founded(X, 1931)
    until the creation of X in 1971               -> founded(X, 1971)
    since its inception in 1985                   -> founded(it, 1985)
    X announced its formation in January 2012     -> founded(X, January 2012)
    X became publicly known in the summer of 2000 -> founded(X, summer 2000)

The adjectives of a span of activity and the prepositions that open it are data
(``inception`` in lexicons/claims.yaml); the nouns of a beginning are the ``founded``
predicate's ``nouns`` cues in ontology.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import ClauseAnalysis, clause_subjects
from dossier.extract.qualities import date_phrases
from dossier.extract.sentences import of_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef, TimeSpan
from dossier.model.dates import parse_time

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["inception"]
ACTIVE_WORDS = words(_LEXICON, "active_words")
RANGE_OPENERS = words(_LEXICON, "range_openers")
ANNOUNCING_VERBS = words(_LEXICON, "announcing_verbs")
APPEARANCE_WORDS = words(_LEXICON, "appearance_words")
APPEARANCE_VERBS = words(_LEXICON, "appearance_verbs")
APPEARANCE_EXCLUSIONS = words(_LEXICON, "appearance_exclusions")
_ORGANIZATION = {"organization"}
# what closes a range: 'from 1931 to 1980', 'between 1931 and 1980', '1931–1980'
RANGE_SPLIT = re.compile(r"\s+(?:to|and|until|till|through)\s+|\s*[–—-]\s*")


class InceptionReader:
    """Founding dates from spans of activity and nouns of beginning."""

    def __init__(self, clauses: ClauseAnalysis) -> None:
        self.clauses = clauses
        self.context = clauses.context
        self.beginnings = self.context.ontology.predicates["founded"].cue("nouns")

    def claims(self, sentence: Sentence) -> Iterator[Claim]:
        for token in sentence.span:
            base = token.lemma_.lower()
            if base in ACTIVE_WORDS and token.pos_ == "ADJ":
                yield from self._active(sentence, token)
            elif base in self.beginnings and token.pos_ == "NOUN":
                yield from self._beginning(sentence, token)
            elif token.lower_ in APPEARANCE_WORDS:
                yield from self._appearance(sentence, token)

    def _active(self, sentence: Sentence, adjective: Token) -> Iterator[Claim]:
        """'a carmaker active from 1931 to 1980': the span's first date, said of the
        noun the adjective describes or of its clause's subject."""
        start = self._opened_range(adjective)
        if start is None:
            return
        if adjective.dep_ in ("amod", "acl"):
            holder = adjective.head
            while holder.dep_ == "pobj" and holder.head.dep_ == "prep":
                holder = holder.head.head  # 'a command of the Navy, active from 1944': the command
            holders = [holder]
        else:
            holders = clause_subjects(adjective.head if adjective.dep_ == "acomp" else adjective)
        for body in self._bodies(holders)[:1]:
            yield sentence.claim(body, "founded", adjective, value=start, time=start)

    def _opened_range(self, adjective: Token) -> TimeSpan | None:
        """The start of a 'from X to Y' / 'between X and Y' date phrase below the word."""
        below = {word.i for word in adjective.subtree}
        for text, root in date_phrases(adjective.sent):
            if root.i not in below or text.split()[0].lower() not in RANGE_OPENERS:
                continue
            first = RANGE_SPLIT.split(text.split(maxsplit=1)[-1])[0]
            return self._parsed(first)
        return None

    def _parsed(self, text: str) -> TimeSpan | None:
        span = parse_time(text, self.context.published_at)
        return span if span is not None and span.precision != "unknown" else None

    def _beginning(self, sentence: Sentence, noun: Token) -> Iterator[Claim]:
        """'the creation of X in 1971', "X's formation in 1976", 'its inception in 1985':
        a date on the noun itself, said of whose beginning it is."""
        when = self._date_on(noun)
        if when is None:
            return
        # "X's creation of Y" is Y's beginning: the 'of' phrase names whose it is
        owners = of_objects(noun) or [c for c in noun.children if c.dep_ == "poss"]
        for body in self._bodies(owners)[:1]:
            yield sentence.claim(body, "founded", noun, value=when, time=when)

    def _appearance(self, sentence: Sentence, known: Token) -> Iterator[Claim]:
        """'X became publicly known during the summer of 2000': when it first appeared."""
        # 'became known' parsed with 'known' as the verb and 'became' its auxiliary, or as
        # 'became' with 'known' its complement
        if any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in APPEARANCE_VERBS for c in known.children
        ):
            verb = known
        elif known.dep_ == "acomp" and known.head.lower_ in APPEARANCE_VERBS:
            verb = known.head
        else:
            return
        preps = [c for word in (known, verb) for c in word.children if c.dep_ == "prep"]
        if any(p.lower_ in APPEARANCE_EXCLUSIONS for p in preps):
            return  # 'became known as Y', 'became known for kidnappings'
        when = self._date_on(verb)
        if when is None:
            return
        for body in self._bodies(clause_subjects(verb))[:1]:
            yield sentence.claim(body, "founded", known, value=when, time=when)

    def _date_on(self, noun: Token) -> TimeSpan | None:
        holders = [noun]
        announced = noun.dep_ == "dobj" and noun.head.lemma_.lower() in ANNOUNCING_VERBS
        if announced and not of_objects(noun):  # 'announced its formation in January 2012'
            holders.append(noun.head)
        on_noun = {
            obj.i
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep"
            for obj in prep.subtree
        }
        for ent in noun.sent.ents:
            if ent.label_ == "DATE" and ent.root.i in on_noun:
                return self._parsed(ent.text)  # the date itself: 'until the creation ...'
        return None

    def _bodies(self, words_: list[Token]) -> list[EntityRef]:
        found: list[EntityRef] = []
        for word in words_:
            found.extend(
                r for r in self.clauses.refs(word, _ORGANIZATION) if r.type == "organization"
            )
        return found
