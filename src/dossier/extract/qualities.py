"""What qualifies a claim: negation, hedging, attribution, time scope.

Each looks at the words governing the cue word in the parse: 'is believed to
have numbered' is hedged because 'believe' governs 'numbered'; 'are not
connected' is negated because 'not' hangs on 'connected'.
"""

from __future__ import annotations

from collections.abc import Iterator

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
SAYING_VERBS = words(_LEXICON, "saying_verbs")
NEGATING_VERBS = words(_LEXICON, "negating_verbs")
NEGATING_ADVERBS = words(_LEXICON, "negating_adverbs")


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
    above = list(governors(token))[1:]
    if any(governor.lemma_.lower() in NEGATING_VERBS for governor in above):
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


def is_hedged(token: Token, context: DocContext) -> bool:
    """'believed to', 'reportedly', 'may', 'stand accused of' anywhere above the cue."""
    hedges = context.ontology.hedges
    verbs = hedges.get("verbs", frozenset()) - SAYING_VERBS
    adverbs = hedges.get("adverbs", frozenset())
    modals = hedges.get("modals", frozenset())
    for governor in governors(token):
        if governor != token and governor.lemma_.lower() in verbs:
            return True
        for child in governor.children:
            lower = child.lower_
            if lower in adverbs or (child.tag_ == "MD" and lower in modals):
                return True
    return False


def attribution(sentence: Span, token: Token, context: DocContext) -> str | None:
    """Who the sentence says the claim comes from: 'according to X', 'X said'."""
    for word in sentence:
        if word.lower_ == "according" and any(child.lower_ == "to" for child in word.children):
            return _source_name(word, context)
    attribution_verbs = context.ontology.attribution.get("verbs", frozenset())
    for governor in list(governors(token))[1:]:
        if governor.lemma_.lower() in attribution_verbs:
            speaker = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
            if speaker:
                return _name_of(speaker[0], context)
    return None


def _source_name(according: Token, context: DocContext) -> str | None:
    """The named organisation or person inside 'according to ...', else the phrase itself."""
    phrase = [token for child in according.children for token in child.subtree]
    for token in phrase:
        ent = context.entity_at(token)
        if ent is not None and ent.label_ in ("ORG", "PERSON", "NORP"):
            ref = context.ref(ent)
            if ref is not None:
                return ref.name
            return clean_name(ent.text)
    text = " ".join(token.text for token in phrase if token.lower_ != "to")
    return clean_name(text) or None


def _name_of(token: Token, context: DocContext) -> str:
    ent = context.entity_at(token)
    if ent is not None:
        ref = context.ref(ent)
        return ref.name if ref else clean_name(ent.text)
    resolved = context.resolve_reference(token)
    if resolved is not None:
        return resolved.name
    return clean_name(" ".join(t.text for t in token.subtree))


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


def date_phrases(sentence: Span) -> list[tuple[str, Token]]:
    """Each DATE expression with its leading preposition; 'late 2019 and early 2020' as one."""
    dates = [ent for ent in sentence.ents if ent.label_ == "DATE"]
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
        text = sentence.doc[first.start : last.end].text
        preposition = first.root.head if first.root.dep_ == "pobj" else None
        if preposition is None and first.start > sentence.start:
            previous = sentence.doc[first.start - 1]
            preposition = previous if previous.dep_ == "prep" else None
        if preposition is not None and preposition.lower_ in TIME_PREPOSITIONS:
            text = f"{preposition.text} {text}"
        phrases.append((text, first.root))
        index += 1
    return phrases


def _nested_between(word: Token, clause: Token) -> bool:
    for governor in governors(word):
        if governor == clause:
            return False
        if governor.dep_ in NESTED_CLAUSES:
            return True
    return False
