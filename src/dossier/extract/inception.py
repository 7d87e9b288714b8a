"""Founding dates said without a founding clause, as reference prose says them:

    X was a carmaker active from 1931 to 1980     -> founded(X, 1931)
    X, active between 1931 and 1980, ...          -> founded(X, 1931)
    until the creation of X in 1971               -> founded(X, 1971) (also a name NER took
                                                     for a place no gazetteer knows)
    since its inception in 1985                   -> founded(it, 1985)
    X announced its formation in January 2012     -> founded(X, January 2012)
    X became publicly known in the summer of 2000 -> founded(X, summer 2000)
    X (founded 1921) is a league in Y             -> founded(X, 1921)
    X (founded 1977 by P)                         -> founded(X, 1977), founded_by(X, P)
    In 1979, P co-founded X                       -> founded(X, 1979) (the parse lost X)
    X began operations in 1994                    -> founded(X, 1994)
    the new firm began trading as X in 1990       -> founded(X, 1990) (also 'under the name
                                                     of X')
    X dates from 1850; X, dating back to 1850     -> founded(X, 1850)
    X traces its origins back to 1850             -> founded(X, 1850)
    X came into existence / being in 1923         -> founded(X, 1923)
    since its foundation in 1850                  -> founded(it, 1850)
    X is a band from Leeds, formed in 1994        -> founded(X, 1994) (extract/place_participles.py)
    X was first mentioned in 1526                 -> founded(X, 1526) (extract/first_records.py)
    the museum opened in 1902; X went on the air in 1975 -> the same

The adjectives of a span of activity and the prepositions that open it, the verbs of a
start and the activities they start, and the verbs of dating are data (``inception`` in
lexicons/claims.yaml); the nouns and verbs of a beginning are the ``founded`` predicate's
``nouns`` and ``verbs`` cues in ontology.yaml. A sentence with none of these words is
passed over at once (``cue_words``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import PLACE_LABELS, ClauseAnalysis, by_phrase, clause_subjects
from dossier.extract.cofounding import co_prefix, cofounded_object, is_passive_prefix
from dossier.extract.first_records import (
    AIR_NOUNS,
    OPENING_VERBS,
    RECORD_VERBS,
    Found,
    first_record,
    on_air,
    opening,
    page_subject,
)
from dossier.extract.founding_dates import founding_date
from dossier.extract.place_participles import participle_body
from dossier.extract.qualities import OPEN_TIME_BOUNDS, date_phrases, time_scope
from dossier.extract.sentences import of_objects
from dossier.extract.topic_nouns import topic_named_by
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef, TimeSpan
from dossier.model.dates import parse_time
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["inception"]
ACTIVE_WORDS = words(_LEXICON, "active_words")
RANGE_OPENERS = words(_LEXICON, "range_openers")
ANNOUNCING_VERBS = words(_LEXICON, "announcing_verbs")
APPEARANCE_WORDS = words(_LEXICON, "appearance_words")
APPEARANCE_VERBS = words(_LEXICON, "appearance_verbs")
APPEARANCE_EXCLUSIONS = words(_LEXICON, "appearance_exclusions")
START_VERBS = words(_LEXICON, "start_verbs")
STARTED_ACTIVITIES = words(_LEXICON, "started_activities")
DATING_VERBS = words(_LEXICON, "dating_verbs")
DATING_PREPOSITIONS = words(_LEXICON, "dating_prepositions")
ORIGIN_NOUNS = words(_LEXICON, "origin_nouns")
TRACING_VERBS = words(_LEXICON, "tracing_verbs")
COMING_VERBS = words(_LEXICON, "coming_verbs")
COMING_STATES = words(_LEXICON, "coming_states")
BEGINNING_NOUNS = words(_LEXICON, "beginning_nouns")
INTO = "into"
AS = "as"
UNDER = "under"
NAME_NOUNS = words(_LEXICON, "name_nouns")
AGENT = "by"
PERSON_LABEL = "PERSON"
MAX_BRACKETED_WORDS = 6  # '(founded 4 March 1921)'
_ORGANIZATION = {"organization"}
# what closes a range: 'from 1931 to 1980', 'between 1931 and 1980', '1931–1980'
RANGE_SPLIT = re.compile(r"\s+(?:to|and|until|till|through)\s+|\s*[–—-]\s*")


def _names_started_under(word: Token) -> list[Token]:
    """The names a start is made under: 'as X', 'under the name X', 'under the new name of
    X'."""
    found: list[Token] = []
    for prep in (c for c in word.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == AS:
                found.append(obj)
            elif prep.lower_ == UNDER and obj.lemma_.lower() in NAME_NOUNS:
                found += of_objects(obj) + [c for c in obj.children if c.dep_ == "appos"]
    return found


class InceptionReader:
    """Founding dates from spans of activity and nouns of beginning."""

    def __init__(self, clauses: ClauseAnalysis) -> None:
        self.clauses = clauses
        self.context = clauses.context
        founded = self.context.ontology.predicates["founded"]
        self.beginnings = founded.cue("nouns") | BEGINNING_NOUNS
        # '(founded 1921)', '(est. 1921)': the one-word founding verbs
        self.founding_words = frozenset(v for v in founded.cue("verbs") if " " not in v)
        self.cue_words: frozenset[str] = (
            ACTIVE_WORDS
            | self.beginnings
            | APPEARANCE_WORDS
            | START_VERBS
            | DATING_VERBS
            | TRACING_VERBS
            | COMING_STATES
            | self.founding_words
            | RECORD_VERBS
            | OPENING_VERBS
            | AIR_NOUNS
        )
        self.existence_nouns = founded.cue("existence_words")

    def claims(self, sentence: Sentence) -> Iterator[Claim]:
        for token in sentence.span:
            base = token.lemma_.lower()
            if base in ACTIVE_WORDS and token.pos_ == "ADJ":
                yield from self._active(sentence, token)
            elif base in self.beginnings and token.pos_ == "NOUN":
                yield from self._beginning(sentence, token)
            elif token.lower_ in COMING_STATES and token.dep_ == "pobj":
                yield from self._came_into(sentence, token)
            elif token.lower_ in APPEARANCE_WORDS:
                yield from self._appearance(sentence, token)
            elif base in START_VERBS and token.pos_ == "VERB":
                yield from self._started(sentence, token)
            elif token.pos_ == "VERB" and self._dates(token, base):
                yield from self._dated(sentence, token)
            elif base in self.founding_words and token.i > sentence.span.start:
                yield from self._bracketed(sentence, token)
                yield from self._after_place(sentence, token)
                yield from self._cofounded(sentence, token)
            elif base in RECORD_VERBS:
                yield from self._found(sentence, first_record(token, self.existence_nouns))
            elif base in OPENING_VERBS:
                yield from self._found(sentence, opening(token))
            elif token.lower_ in AIR_NOUNS:
                yield from self._found(sentence, on_air(token))

    def _found(self, sentence: Sentence, found: Found | None) -> Iterator[Claim]:
        """A beginning read by ``first_records``: dated by its verb, said of its first
        named body ('the museum' where the page is about a museum; a pronoun only where it
        means the organisation the page opens with)."""
        if found is None:
            return
        verb, holders = found
        when = founding_date(verb, self.context)
        if when is None:
            return
        page = page_subject(verb.doc, self.context)
        for body in self._bodies(holders)[:1]:
            if all(h.pos_ == "PRON" for h in holders) and body != page:
                return  # 'it was first mentioned': only the page's own organisation
            yield sentence.claim(body, "founded", verb, value=when, time=when)

    def _active(self, sentence: Sentence, adjective: Token) -> Iterator[Claim]:
        """'a carmaker active from 1931 to 1980': the span's first date, said of the
        noun the adjective describes or of its clause's subject."""
        start = self._opened_range(adjective)
        if start is None:
            return
        if adjective.dep_ in ("amod", "acl"):
            holder = adjective.head
            while holder.dep_ == "conj" or (holder.dep_ == "pobj" and holder.head.dep_ == "prep"):
                # 'a command of the Navy, active from 1944': the command; 'a maker of bicycles
                # and mopeds active between 1937 and 1984': the maker, not the mopeds
                holder = holder.head if holder.dep_ == "conj" else holder.head.head
            holders = [holder]
        else:
            holders = clause_subjects(adjective.head if adjective.dep_ == "acomp" else adjective)
        for body in self._bodies(holders)[:1]:
            yield sentence.claim(body, "founded", adjective, value=start, time=start)

    def _opened_range(self, adjective: Token) -> TimeSpan | None:
        """The start of a 'from X to Y' / 'between X and Y' date phrase below the word."""
        below = {word.i for word in adjective.subtree}
        below.update(range(adjective.i + 1, adjective.i + 4))  # the parse may hang it elsewhere
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
        for body in (self._bodies(owners) or self._unknown_places(owners))[:1]:
            yield sentence.claim(body, "founded", noun, value=when, time=when)

    def _unknown_places(self, words_: list[Token]) -> list[EntityRef]:
        """A name NER took for a place that no gazetteer knows, whose beginning is dated:
        'the creation of the Nordliga in 1971' names a league, a body; a town or country
        ('the creation of Pakistan') is known and left."""
        found: list[EntityRef] = []
        for word in words_:
            ent = self.context.entity_at(word)
            if ent is None or ent.label_ not in PLACE_LABELS or ent.root != word:
                continue
            name = clean_name(ent.text)
            if get_gazetteer().lookup(name) is None:
                found.append(EntityRef("organization", name))
        return found

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

    def _came_into(self, sentence: Sentence, state: Token) -> Iterator[Claim]:
        """'X came into existence in 1923', 'X came into being in 1923'."""
        verb = state.head.head
        if state.head.lower_ != INTO or verb.lemma_.lower() not in COMING_VERBS:
            return
        when = time_scope(verb, self.context) or self._date_on(state)
        if when is None or when.text.split()[0].lower() in OPEN_TIME_BOUNDS:
            return  # 'came into existence after the war' says nothing of when
        for body in self._bodies(clause_subjects(verb))[:1]:
            yield sentence.claim(body, "founded", state, value=when, time=when)

    @staticmethod
    def _dates(verb: Token, base: str) -> bool:
        """'X dates from 1850'; 'X traces its origins to 1850', not 'P traced the money'."""
        if base in DATING_VERBS:
            return True
        return base in TRACING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ORIGIN_NOUNS for c in verb.children
        )

    def _bracketed(self, sentence: Sentence, verb: Token) -> Iterator[Claim]:
        """'X (founded 1921)': the date in the brackets, said of the name before them."""
        doc = verb.doc
        opening = verb.i - 1
        if doc[opening].text != "(":
            return
        end = min(sentence.span.end, verb.i + MAX_BRACKETED_WORDS)
        closing = next((i for i in range(verb.i + 1, end) if doc[i].text == ")"), None)
        if closing is None or opening == sentence.span.start:
            return
        when = self.context.date_in(doc[verb.i + 1 : closing])
        owner = self.context.organisation_named_at(doc[opening - 1])
        name = self.context.entity_at(doc[opening - 1])
        if owner is None or name is None or name.end != opening:
            return
        if when is not None:
            yield sentence.claim(owner, "founded", verb, value=when, time=when)
        by = next((i for i in range(verb.i + 1, closing) if doc[i].lower_ == AGENT), None)
        for ent in self.context.ents_in(doc[by + 1 : closing] if by is not None else doc[0:0]):
            person = self.context.ref(ent) if ent.label_ == PERSON_LABEL else None
            if person is not None and person.type == "person":  # '(founded 1977 by P)'
                yield sentence.claim(owner, "founded_by", verb, object=person)

    def _after_place(self, sentence: Sentence, verb: Token) -> Iterator[Claim]:
        """'X is a band from Leeds, formed in 1994 by P': the band's date and founders."""
        body = participle_body(verb, self.context)
        if body is None:
            return
        when = founding_date(verb, self.context)
        if when is not None:
            yield sentence.claim(body, "founded", verb, value=when, time=when)
        for name in (w for agent in by_phrase(verb) for w in (agent, *agent.conjuncts)):
            ent = self.context.entity_at(name)
            person = self.context.ref(ent) if ent is not None and ent.root == name else None
            if person is not None and person.type == "person":
                yield sentence.claim(body, "founded_by", verb, object=person)

    def _cofounded(self, sentence: Sentence, verb: Token) -> Iterator[Claim]:
        """'In 1979, P co-founded X': the parse splits 'co-founded' and may make 'founded' a
        modifier of X, leaving the founding frame no object; the name after the verb is it."""
        prefix = co_prefix(verb)
        if (
            prefix is None
            or is_passive_prefix(prefix)
            or any(c.dep_ == "dobj" for c in verb.children)
        ):
            return
        body = cofounded_object(verb, self.context)
        when = founding_date(verb, self.context) if body is not None else None
        if body is not None and when is not None:
            yield sentence.claim(body, "founded", verb, value=when, time=when)

    def _started(self, sentence: Sentence, verb: Token) -> Iterator[Claim]:
        """'X began operations in 1994', 'the station began broadcasting in 1962': when
        it started what it does."""
        started = [
            c
            for c in verb.children
            if c.dep_ in ("dobj", "xcomp") and c.lemma_.lower() in STARTED_ACTIVITIES
        ]
        if not started:
            return
        when = time_scope(verb, self.context) or time_scope(started[0], self.context)
        if when is None or when.text.split()[0].lower() in OPEN_TIME_BOUNDS:
            return  # 'began operations after 2001' says nothing of when
        # 'the venture began trading under the name of X': the name it started under
        named = [w for word in (verb, *started) for w in _names_started_under(word)]
        bodies = [b for b in self._bodies(named) if b.type == "organization"]
        for body in (bodies or self._bodies(clause_subjects(verb)))[:1]:
            yield sentence.claim(body, "founded", verb, value=when, time=when)

    def _dated(self, sentence: Sentence, verb: Token) -> Iterator[Claim]:
        """'X dates from 1850', 'X, dating back to 1850': the date it goes back to."""
        heads = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))]
        on_verb = {
            word.i
            for head in heads
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in DATING_PREPOSITIONS
            for word in prep.subtree
        }
        when = next(
            (
                self._parsed(ent.text)
                for ent in self.context.ents_in(verb.sent)
                if ent.label_ == "DATE" and ent.root.i in on_verb
            ),
            None,
        )
        if when is None:
            return
        for body in self._bodies(self._dated_holders(verb))[:1]:
            yield sentence.claim(body, "founded", verb, value=when, time=when)

    @staticmethod
    def _dated_holders(verb: Token) -> list[Token]:
        """What a dating verb dates: its subject ('X dates from'), the name it describes ('X,
        dating back to'), or the owner of its origins ('its origins date back to'); never
        the subject of a clause it hangs on ('X emerged after a war dating from 1948')."""
        if verb.dep_ in ("acl", "relcl"):
            return [verb.head]
        holders = []
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if subject.lemma_.lower() in ORIGIN_NOUNS:
                holders += [c for c in subject.children if c.dep_ == "poss"]
            else:
                holders.append(subject)
        return holders

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
        for ent in self.context.ents_in(noun.sent):
            if ent.label_ == "DATE" and ent.root.i in on_noun:
                return self._parsed(ent.text)  # the date itself: 'until the creation ...'
        return None

    def _bodies(self, words_: list[Token]) -> list[EntityRef]:
        found: list[EntityRef] = []
        for word in words_:
            found.extend(
                r for r in self.clauses.refs(word, _ORGANIZATION) if r.type == "organization"
            )
            topic = topic_named_by(word, self.context) if not found else None
            if topic is not None:  # 'the station', where the page is about a station
                found.append(topic)
        return found
