"""Goals said through what a group does, beyond the goal frame of claims.py (``goal``
cues in ontology.yaml):

    X overran towns in an attempt to create Y      a purpose noun with its 'to' clause
    X waged an armed struggle ... to promote Y      a struggle with a purpose clause
    X waged an armed struggle against Z for Y       ... or with what it is for
    P stated the group's intention to do Y          a goal noun a verb of saying announces
    X had ambitions for Y                           a goal noun with what it is for

Purpose nouns, verbs that announce a goal and the words after 'for' that name no goal
are data (``aims`` in lexicons/claims.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import ClauseAnalysis, clause_subjects
from dossier.extract.sentences import preposition_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["aims"]
PURPOSE_NOUNS = words(_LEXICON, "purpose_nouns")
ANNOUNCING_VERBS = words(_LEXICON, "announcing_verbs")
NOT_GOALS = words(_LEXICON, "not_goals")
MAX_GOAL_WORDS = 30
CONFIDENCE = 0.6
_ORGANIZATION = {"organization"}


class AimReader:
    """goal claims in one sentence, from purposes and announced intentions."""

    def __init__(self, clauses: ClauseAnalysis) -> None:
        self.clauses = clauses
        self.context = clauses.context
        self.goal_nouns = self.context.ontology.cue("goal", "nouns")
        self.struggles = self.context.ontology.cue("goal", "struggle_words")
        # a sentence without one of these words holds nothing this reader reads
        self.cue_words = PURPOSE_NOUNS | self.goal_nouns | self.struggles

    def claims(self, sentence: Sentence) -> Iterator[Claim]:
        for token in sentence.span:
            if token.pos_ != "NOUN":
                continue
            word = token.lemma_.lower()
            if word in PURPOSE_NOUNS:
                found = self._purpose(token)
            elif word in self.struggles:
                found = self._struggle(token)
            elif word in self.goal_nouns:
                found = self._announced(token)
            else:
                continue
            if found is not None:
                holder, value = found
                yield sentence.claim(holder, "goal", token, value=value, confidence=CONFIDENCE)

    # 'in an attempt to create Y': the purpose of the clause the phrase hangs on
    def _purpose(self, noun: Token) -> tuple[EntityRef, str] | None:
        if noun.dep_ != "pobj" or noun.head.lower_ != "in":
            return None
        wanted = _infinitive(noun)
        value = _wanted_phrase(wanted) if wanted is not None else None
        holder = self._subject(noun.head.head)
        return (holder, value) if holder is not None and value else None

    # 'X waged an armed struggle to promote Y' / '... for Y': the verb carries the purpose
    def _struggle(self, noun: Token) -> tuple[EntityRef, str] | None:
        if noun.dep_ == "pobj":
            verb = noun.head.head  # 'engaged in armed struggle'
        elif noun.dep_ == "dobj":
            verb = noun.head  # 'waged an armed struggle'
        else:
            return None
        if verb.pos_ != "VERB":
            return None
        # the purpose on the noun ('an armed struggle to win Y'), else on its verb
        purposes = [_infinitive(noun)]
        purposes += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _has_to(c)]
        value = next((v for p in purposes if p is not None and (v := _wanted_phrase(p))), None)
        if value is None:
            for obj in preposition_objects(verb, "for"):
                if self.context.entity_at(obj) is None and obj.lemma_.lower() not in NOT_GOALS:
                    value = _wanted_phrase(obj)
                    break
        holder = self._subject(verb)
        return (holder, value) if holder is not None and value else None

    # "P stated the group's intention to do Y", 'X had ambitions for Y'
    def _announced(self, noun: Token) -> tuple[EntityRef, str] | None:
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in ANNOUNCING_VERBS:
            return None
        wanted = _infinitive(noun)
        value = _wanted_phrase(wanted) if wanted is not None else None
        if value is None:
            objects = [
                o for o in preposition_objects(noun, "for") if self.context.entity_at(o) is None
            ]
            value = _wanted_phrase(objects[0]) if objects else None
        owners = [c for c in noun.children if c.dep_ == "poss"]
        holders = [r for owner in owners for r in self.clauses.refs(owner, _ORGANIZATION)]
        holder = holders[0] if holders else self._subject(verb)
        return (holder, value) if holder is not None and value else None

    def _subject(self, verb: Token) -> EntityRef | None:
        for word in clause_subjects(verb):
            for ref in self.clauses.refs(word, _ORGANIZATION):
                return ref
        return None


def _infinitive(noun: Token) -> Token | None:
    """The 'to' clause a noun governs: 'an attempt [to create Y]'."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl") and _has_to(clause):
            return clause
    return None


def _has_to(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _wanted_phrase(head: Token) -> str | None:
    """The words of a wanted thing, without the 'to' before it or a clause about it."""
    words_ = [
        w
        for w in head.subtree
        if not (w.lower_ == "to" and w.head == head and w.i < head.i)
        and not any(g.dep_ == "relcl" for g in _path(w, head))
    ]
    while words_ and (words_[0].dep_ in ("aux", "mark", "det") or words_[0].is_punct):
        words_ = words_[1:]
    while words_ and words_[-1].is_punct:
        words_ = words_[:-1]
    if not words_ or len(words_) > MAX_GOAL_WORDS:
        return None
    text = clean_name(head.doc[words_[0].i : words_[-1].i + 1].text).strip("“”\"' ")
    return text if len(text) > 3 else None


def _path(word: Token, top: Token) -> list[Token]:
    """The words from ``word`` up to, not including, ``top``."""
    path = []
    while word != top and word.head != word:
        path.append(word)
        word = word.head
    return path
