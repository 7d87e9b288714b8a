"""What qualifies a claim: negation, hedging, attribution, time scope.

Each looks at the words governing the cue word in the parse: 'is believed to
have numbered' is hedged because 'believe' governs 'numbered'; 'are not
connected' is negated because 'not' hangs on 'connected'.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import TimeSpan
from dossier.model.dates import parse_time
from dossier.model.names import clean_name

_LEXICON = lexicon("claims")
CLAUSE_DEPS = words(_LEXICON, "clause_deps")
TIME_PREPOSITIONS = words(_LEXICON, "time_prepositions")
DATE_JOINERS = words(_LEXICON, "date_joiners")
OPEN_TIME_BOUNDS = words(_LEXICON, "open_time_bounds")
SAYING_VERBS = words(_LEXICON, "saying_verbs")
NEGATING_VERBS = words(_LEXICON, "negating_verbs")
NEGATING_ADVERBS = words(_LEXICON, "negating_adverbs")
# How what a denying verb denies hangs on it: 'denied [any role]', 'ruled out [that ...]'.
DENIED_DEPS = frozenset({"dobj", "ccomp", "xcomp", "pcomp"})
# Clauses that assert on their own: hedges above them do not reach into them.
ASSERTED_CLAUSES = frozenset({"relcl"})
# Parts of a speaker's phrase that say more about the speaker than who it is.
SPEAKER_CUTS = frozenset({"relcl", "acl", "prep", "punct", "cc", "conj"})
SOURCE_CUTS = frozenset({"relcl"})  # where a source's name is not looked for
NAMED_LABELS = frozenset({"PERSON", "ORG"})
SOURCE_LABELS = frozenset({"PERSON", "ORG"})  # a nationality inside names no one


def governors(token: Token) -> Iterator[Token]:
    """The token and its heads up to the sentence root."""
    yield token
    while token.head != token:
        token = token.head
        yield token


def clause_head(token: Token) -> Token:
    """The verb (or root) of the clause a token belongs to."""
    for governor in governors(token):
        if governor.pos_ in ("VERB", "AUX") or governor.dep_ == "ROOT":
            return governor
    return token


def is_negated(token: Token, context: DocContext) -> bool:
    """A negation word on the cue or on the verb of its clause, a denying verb above it
    ('denied being funded by'), or 'has yet to'."""
    head = clause_head(token)
    candidates = {token, head}
    negations = context.ontology.negations
    chain = list(governors(token))
    if _titles_a_name(token, context) or _describes_subject(token, head):
        # 'did not meet President P': P is president still; 'the leader of X, P, was not
        # arrested': P leads X still
        candidates, chain = {token}, [token]
    above = chain[1:]
    if any(
        _verb_phrase(governor) in NEGATING_VERBS and _denies(governor, below)
        for below, governor in pairwise(chain)
    ):
        return True
    if any(  # 'has yet to': the adverb on a verb that takes the cue's clause as 'to ...'
        child.lower_ in NEGATING_ADVERBS and child.dep_ == "advmod"
        for governor in above[:2]
        if any(c.dep_ == "xcomp" for c in governor.children)
        for child in governor.children
    ):
        return True
    return any(
        child.dep_ == "neg" or (child.lower_ in negations and child.dep_ in ("det", "advmod"))
        for candidate in candidates
        for child in candidate.children
    )


def _denies(verb: Token, below: Token) -> bool:
    """Whether a denying verb denies what lies below it: its object or complement clause
    ('denied any role in', 'ruled out that'), not a passive ('officers were dismissed')
    nor an aside ('dismissed, according to P')."""
    if any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children):
        return False
    return below.dep_ in DENIED_DEPS


def _titles_a_name(token: Token, context: DocContext) -> bool:
    """A title or description written onto a name ('Syrian president P', 'X, an affiliate
    of Y'): the writer's own words, which the verbs around the name neither hedge nor deny."""
    if token.dep_ not in ("compound", "appos") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    name = context.entity_at(token.head)
    return name is not None and name.label_ in NAMED_LABELS and token not in name


def _describes_subject(token: Token, head: Token) -> bool:
    """A role or relation noun inside the subject of its clause ('the political arm of X,
    Z, was not banned'): the clause denies what it says of the subject, not the noun."""
    if token.pos_ not in ("NOUN", "PROPN") or token == head:
        return False
    for governor in governors(token):
        if governor == head:
            return False
        if governor.dep_ in ("nsubj", "nsubjpass"):
            return governor.head == head
    return False


def _verb_phrase(verb: Token) -> str:
    """A verb's lemma with its particle: 'rule out', 'deny'."""
    particles = [child.lower_ for child in verb.children if child.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def is_hedged(token: Token, context: DocContext) -> bool:
    """'believed to', 'reportedly', 'may', 'stand accused of', 'the alleged leader' above
    the cue. A relative clause is asserted on its own: the 'might' of 'Y might be a proxy
    for X, a movement which operates in Z' does not hedge where X operates."""
    hedges = context.ontology.hedges
    verbs = hedges.get("verbs", frozenset()) - SAYING_VERBS
    adverbs = hedges.get("adverbs", frozenset())
    modals = hedges.get("modals", frozenset())
    adjectives = hedges.get("adjectives", frozenset())
    objects = [child for child in token.children if child.dep_ in ("dobj", "attr")]
    above = [token] if _titles_a_name(token, context) else list(governors(token))
    for governor in [*objects, *above]:
        if governor != token and governor.lemma_.lower() in verbs and governor not in objects:
            return True
        for child in governor.children:
            lower = child.lower_
            if lower in adverbs or (child.tag_ == "MD" and lower in modals):
                return True
            if child.dep_ == "amod" and (lower in adjectives or child.lemma_.lower() in verbs):
                return True  # 'the suspected mastermind', 'had an estimated 900 fighters'
        if governor.dep_ in ASSERTED_CLAUSES and governor not in objects:
            return False
    return False


def attribution(sentence: Span, token: Token, context: DocContext) -> str | None:
    """Who the sentence says the claim comes from: 'according to X', 'X said'. The
    reporter's own words about the speaker ('Ivorian president P said') are not P's."""
    for word in sentence:
        if word.lower_ == "according" and any(child.lower_ == "to" for child in word.children):
            if token in word.subtree:
                return None  # 'according to army spokesman P': the title is the reporter's
            return _source_name(word, context)
    attribution_verbs = context.ontology.attribution.get("verbs", frozenset())
    for governor in list(governors(token))[1:]:
        if governor.lemma_.lower() not in attribution_verbs:
            continue
        speakers = [c for c in governor.children if c.dep_ == "nsubj"]
        speakers += [  # 'was reported by X'; a passive subject is what was said
            obj for agent in governor.children if agent.dep_ == "agent" for obj in agent.children
        ]
        if not speakers:
            continue
        if any(token in speaker.subtree for speaker in speakers):
            return None
        return _name_of(speakers[0], context)
    return None


def _source_name(according: Token, context: DocContext) -> str | None:
    """The source inside 'according to ...': a named organisation or person, else the
    phrase's head noun with its modifiers ('the latest United Nations report')."""
    sources = [obj for to in according.children for obj in to.children if obj.dep_ == "pobj"]
    if not sources:
        return None
    return _name_of(sources[0], context)


def _name_of(token: Token, context: DocContext) -> str | None:
    """A speaker's name: the entity the phrase is (or is in apposition with, or is
    modified by: 'CIA report'); else 'the group' resolved; else the phrase's own words
    without articles, relative clauses or appositions ('police officer')."""
    ent = context.entity_at(token)
    if ent is not None:
        return _entity_name(ent, context)
    resolved = context.resolve_reference(token)
    if resolved is not None:
        return resolved.name
    named = [
        found
        for word in _speaker_words(token, SOURCE_CUTS)
        if word != token and (found := context.entity_at(word)) is not None
        and found.label_ in SOURCE_LABELS
    ]  # fmt: skip
    people = [ent for ent in named if ent.label_ == "PERSON"]
    if people or named:
        return _entity_name((people or named)[0], context)
    words_ = [word for word in _speaker_words(token) if word.dep_ not in ("det", "punct")]
    if not words_:
        return None
    text = token.doc[words_[0].i : words_[-1].i + 1].text
    return clean_name(text) or None


def _speaker_words(token: Token, cuts: frozenset[str] = SPEAKER_CUTS) -> list[Token]:
    """The words of a speaker's phrase, without its relative clauses and prepositions'
    long tails ('the ANF News website, which is close to X' -> 'the ANF News website')."""
    words_ = [token]
    for child in token.children:
        if child.dep_ in cuts:
            continue
        words_.extend(child.subtree)
    return sorted(words_, key=lambda word: word.i)


def _entity_name(ent: Span, context: DocContext) -> str:
    ref = context.ref(ent)
    return ref.name if ref is not None else clean_name(ent.text)


NESTED_CLAUSES = words(_LEXICON, "nested_clauses")


def time_scope(token: Token, context: DocContext) -> TimeSpan | None:
    """The date expression of the cue's clause, resolved against the publication date.

    Dates in clauses nested below it ('..., where US forces have fought since
    2001') belong to those clauses, not to the cue's. Unresolvable dates give None.
    """
    head = clause_head(token)
    for text, root in date_phrases(token.sent):
        if not (head in list(governors(root)) and not _nested_between(root, head)):
            continue
        span = parse_time(text, context.published_at)
        if span is not None and span.precision != "unknown":
            return span
    return None


_DATE_PHRASES = "dossier_date_phrases"
_DATE_ENTS = "dossier_date_ents"


def date_phrases(sentence: Span) -> list[tuple[str, Token]]:
    """Each DATE expression with its leading preposition; 'late 2019 and early 2020' as one.
    Several readers ask for the same sentence's dates: they are read once per sentence and
    kept on the doc as text and token index (plain data, so the doc still serialises)."""
    user_data = sentence.doc.user_data
    kept = user_data.setdefault(_DATE_PHRASES, {})
    key = (sentence.start, sentence.end)
    if key not in kept:
        phrases = _read_date_phrases(sentence, _date_ents(sentence))
        kept[key] = [(text, root.i) for text, root in phrases]
    return [(text, sentence.doc[i]) for text, i in kept[key]]


def _date_ents(sentence: Span) -> list[tuple[int, int]]:
    """The document's DATE entities as (start, end), read once per document: ``sentence.ents``
    would rebuild every entity of the document for each sentence."""
    user_data = sentence.doc.user_data
    found = user_data.get(_DATE_ENTS)
    if found is None:
        doc_ents = sentence.doc.ents
        found = user_data[_DATE_ENTS] = [(e.start, e.end) for e in doc_ents if e.label_ == "DATE"]
    return found


def _dates_in(sentence: Span, date_ents: list[tuple[int, int]]) -> list[Span]:
    """The DATE entities wholly inside the sentence, as ``sentence.ents`` would give them."""
    doc = sentence.doc
    dates = []
    for at in range(bisect_left(date_ents, (sentence.start, 0)), len(date_ents)):
        start, end = date_ents[at]
        if end > sentence.end:
            break
        dates.append(doc[start:end])
    return dates


def _read_date_phrases(sentence: Span, date_ents: list[tuple[int, int]]) -> list[tuple[str, Token]]:
    dates = _dates_in(sentence, date_ents)
    phrases = []
    index = 0
    while index < len(dates):
        first = last = dates[index]
        while index + 1 < len(dates):
            between = sentence.doc[last.end : dates[index + 1].start].text.strip().lower()
            if between not in DATE_JOINERS:
                break
            index += 1
            last = dates[index]
        text = sentence.doc[first.start : _bare_year_after(sentence, last)].text
        preposition = first.root.head if first.root.dep_ == "pobj" else None
        if preposition is None and first.start > sentence.start:
            previous = sentence.doc[first.start - 1]
            preposition = previous if previous.dep_ == "prep" else None
        if preposition is not None and preposition.lower_ in TIME_PREPOSITIONS:
            text = f"{_bounding_preposition(preposition).text} {text}"
        phrases.append((text, first.root))
        index += 1
    return phrases


def _bare_year_after(sentence: Span, last: Span) -> int:
    """Where a date phrase ends: after a joiner and a bare year NER left out of it ('from
    1990 to 1995' with only 1990 marked), else where the date ends."""
    joiner, year = last.end, last.end + 1
    if year >= sentence.end or sentence.doc[joiner].lower_ not in DATE_JOINERS:
        return last.end
    word = sentence.doc[year]
    if word.ent_type_ or not (word.text.isdigit() and len(word.text) == 4):
        return last.end
    return year + 1


def _bounding_preposition(preposition: Token) -> Token:
    """'until' in 'until his death in 2019': the date bounds the state through the event
    it dates, so the state lasts until 2019, not only in it."""
    event = preposition.head
    outer = event.head
    if event.dep_ == "pobj" and event.pos_ == "NOUN" and outer.lower_ in OPEN_TIME_BOUNDS:
        return outer
    return preposition


def _nested_between(word: Token, clause: Token) -> bool:
    for governor in governors(word):
        if governor == clause:
            return False
        if governor.dep_ in NESTED_CLAUSES and not _bracketed(governor):
            return True
    return False


def _bracketed(word: Token) -> bool:
    """A bracketed apposition: '900 fighters (2019)', '4,000 (2016 estimate)'."""
    if word.dep_ != "appos":
        return False
    before = word.left_edge.i - 1
    return before >= word.sent.start and word.doc[before].is_bracket
