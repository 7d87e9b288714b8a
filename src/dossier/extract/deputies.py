"""deputy_of said in the shapes the role frame of clauses.py (``holder_nouns`` of
deputy_of in ontology.yaml) cannot read:

    P, his deputy, ...                    P deputy_of the person 'his' means (never P)
    P, second-in-command to Q             P deputy_of Q
    P ... later became its second in command   P deputy_of the group 'its' means

The nouns of a second and the rank phrases are data (``deputies`` in lexicons/claims.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.antecedents import recent_person
from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["deputies"]
SECOND_NOUNS = words(_LEXICON, "second_nouns")
RANK_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split()) for phrase in _LEXICON["rank_phrases"]
)
OWNER_PREPOSITIONS = words(_LEXICON, "owner_prepositions")
CUE_WORDS = SECOND_NOUNS | frozenset(phrase[0] for phrase in RANK_PHRASES)
PREDICATE = "deputy_of"
CONFIDENCE = 0.6


def deputies(sentence: Sentence, context: DocContext, words_: AbstractSet[str]) -> Iterator[Claim]:
    """deputy_of claims for a second named by a pronoun's noun or a rank phrase;
    ``words_`` are the sentence's words, to skip it at a glance."""
    if not CUE_WORDS & words_:
        return
    for token in sentence.span:
        if token.lemma_.lower() in SECOND_NOUNS and token.pos_ == "NOUN":
            role, last = token, token
            pronoun_owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"]
            if not pronoun_owners:
                continue  # "Q's deputy P": the role frame reads it
        else:
            phrase_end = _rank_phrase_end(token, sentence.span)
            if phrase_end is None:
                continue
            role, last = token, phrase_end
        holder = _holder(role, context)
        if holder is None:
            continue
        owner = _owner(role, last, holder, context)
        if owner is not None and owner != holder:
            yield sentence.claim(holder, PREDICATE, role, object=owner, confidence=CONFIDENCE)


def _rank_phrase_end(token: Token, span: Span) -> Token | None:
    """The last word of a rank phrase starting at ``token`` ('second in command',
    'second-in-command'), hyphens skipped; None when none starts there."""
    for phrase in RANK_PHRASES:
        if token.lower_ != phrase[0]:
            continue
        position, matched = token.i, 1
        while matched < len(phrase):
            position += 1
            if position >= span.end:
                break
            word = span.doc[position]
            if word.text == "-":
                continue
            if word.lower_ != phrase[matched]:
                break
            matched += 1
        if matched == len(phrase):
            return span.doc[position]
    return None


def _holder(role: Token, context: DocContext) -> EntityRef | None:
    """Who the second is: the name the role is set off after ('P, his deputy'), the
    subject of a copula ('P became its second in command'), or, where the parse breaks a
    hyphenated role up, the name just before its comma."""
    if role.dep_ == "appos":
        return context.person_at(role.head)
    if role.dep_ in ("attr", "oprd"):
        subjects = clause_subjects(role.head)
        return context.person_at(subjects[0]) if subjects else None
    doc = role.doc
    if role.i >= 2 and doc[role.i - 1].text == "," and role.i - 2 >= role.sent.start:
        return context.person_at(doc[role.i - 2], pronouns=False)
    return None


def _owner(role: Token, last: Token, holder: EntityRef, context: DocContext) -> EntityRef | None:
    """Whose second: a possessive before the role ('his', 'its', "Q's"), or the name after
    'to'/'of' ('second-in-command to Q')."""
    for word in role.children:
        if word.dep_ == "poss":
            return _possessor(word, holder, context)
    doc = role.doc
    after = last.i + 1
    if after < role.sent.end and doc[after].lower_ in OWNER_PREPOSITIONS:
        for word in doc[after].subtree:
            if word.i > after and context.entity_at(word) is not None:
                return context.person_at(word, pronouns=False) or context.group_ref(word)
    return None


def _possessor(word: Token, holder: EntityRef, context: DocContext) -> EntityRef | None:
    if word.pos_ != "PRON":
        return context.person_at(word, pronouns=False) or context.group_ref(word)
    if word.lower_ in context.ontology.group_pronouns:
        # 'worked his way up in X until he was its second in command': a group the
        # sentence itself names may be the one meant
        return context.resolve_reference(word) or context.salient
    return _other_person(word, holder, context)


def _other_person(pronoun: Token, holder: EntityRef, context: DocContext) -> EntityRef | None:
    """The person 'his' means in 'P, his deputy': never P himself; one other person named
    before it in its sentence, else the person of the sentences before."""
    sentence = pronoun.sent
    named = {
        ref
        for ent in context.ents_in(sentence)
        if ent.label_ == "PERSON" and ent.end <= pronoun.i
        if (ref := context.ref(ent)) is not None and ref.type == "person" and ref != holder
    }
    if named:
        return next(iter(named)) if len(named) == 1 else None
    topic = context.person_topic
    if topic is not None and topic != holder:
        return topic
    earlier = recent_person(context, sentence[0])
    return earlier if earlier != holder else None
