"""Tolls told without a verb of killing or wounding.

    So far 25 bodies have been recovered from the school     -> 25 killed
    ... resulted in the deaths of 55 soldiers                  -> 55 killed
    Four students sustained injuries                           -> 4 wounded
    The dead include 37 students and five non-students         -> 42 killed, the whole toll

Each gives the word that carries the toll (the verb, or 'deaths') and the phrases
that count the people; the casualty reader adds them up as it does any victims.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.knowledge.lexicons import lexicon, words

_LEXICON = lexicon("casualties")
REMAINS_NOUNS = words(_LEXICON, "remains_nouns")
RECOVERY_VERBS = words(_LEXICON, "recovery_verbs")
DEATH_NOUNS = words(_LEXICON, "death_nouns")
INJURY_NOUNS = words(_LEXICON, "injury_nouns")
SUFFER_VERBS = words(_LEXICON, "suffer_verbs")
TOLL_SUBJECTS = words(_LEXICON, "toll_subjects")
ENUMERATING_VERBS = words(_LEXICON, "enumerating_verbs")
# the words (lower-cased lemma or form) one of which each reader below needs in a
# sentence before it can find anything: a sentence without any is skipped unwalked
NOMINAL_CASUALTY_CUES = REMAINS_NOUNS | DEATH_NOUNS | SUFFER_VERBS
WHOLE_TOLL_CUES = ENUMERATING_VERBS


def nominal_casualties(sentence: Span) -> list[tuple[Token, str, list[Token]]]:
    """(word carrying the toll, 'killed' | 'wounded', the counted phrases) for each
    toll the sentence tells without a verb of killing or wounding; only counted ones.
    'The dead include ...' is not among them: it is the whole toll (``whole_tolls``)."""
    found = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if {lemma, token.lower_} & REMAINS_NOUNS and _counted(token):
            if token.dep_ in ("nsubjpass", "dobj") and _lemma(token.head) in RECOVERY_VERBS:
                found.append((token.head, "killed", [token, *token.conjuncts]))
        elif lemma in DEATH_NOUNS and token.pos_ == "NOUN":
            counted = [
                o
                for p in token.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj" and _counted(o)
            ]
            if counted:
                found.append((token, "killed", [counted[0], *counted[0].conjuncts]))
        elif lemma in SUFFER_VERBS and token.pos_ == "VERB":
            injured = any(c.dep_ == "dobj" and _lemma(c) in INJURY_NOUNS for c in token.children)
            subjects = [c for c in token.children if c.dep_ == "nsubj" and _counted(c)]
            if injured and subjects:
                found.append((token, "wounded", [subjects[0], *subjects[0].conjuncts]))
    return found


def recovers_remains(verb: Token, counted: Token) -> bool:
    """'nine cadavers were recovered': a verb of recovery whose object is the dead."""
    return _lemma(verb) in RECOVERY_VERBS and bool(
        {_lemma(counted), counted.lower_} & REMAINS_NOUNS
    )


def whole_tolls(sentence: Span) -> list[list[Token]]:
    """The counted phrases of each 'the dead include 37 students and five others': a list
    of all the dead, which restates the toll rather than adding to it."""
    found = []
    for token in sentence:
        if _lemma(token) not in ENUMERATING_VERBS or token.pos_ != "VERB":
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        objects = [c for c in token.children if c.dep_ == "dobj" and _counted(c)]
        if subjects and objects and _is_the_dead(subjects[0]):
            found.append([objects[0], *objects[0].conjuncts])
    return found


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _counted(phrase: Token) -> bool:
    """A phrase with a number of its own ('25 bodies', 'nine cadavers')."""
    return phrase.pos_ == "NUM" or any(
        c.dep_ in ("nummod", "quantmod") and (c.like_num or c.pos_ == "NUM")
        for c in phrase.children
    )


def _is_the_dead(subject: Token) -> bool:
    """'the dead', 'the victims': the people the toll counts, with the definite article."""
    return subject.lower_ in TOLL_SUBJECTS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children
    )


__all__ = [
    "NOMINAL_CASUALTY_CUES",
    "WHOLE_TOLL_CUES",
    "nominal_casualties",
    "recovers_remains",
    "whole_tolls",
]
