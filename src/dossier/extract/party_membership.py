"""Membership of a political party, said with the party's name or family word beside a
person or a role rather than with 'member of':

    Republican senator P, fellow Democrat P         -> member_of(P, Republican)
    Labour Party politician P                       -> member_of(P, Labour Party)
    P is a Republican senator; P, a Democrat from Y -> member_of(P, Republican)
    P was elected as a Liberal; sat as an Independent member
    P represented the Centre Party in parliament; elected ... representing the X party
    P left the Labour Party for the Green Party; defected to the Liberal Party
    P (Conservative) won the seat

A word is a party's when the name ends with a political family word ('Republican',
'Christian Democrat', 'Liberal') or a party noun ('the Labour Party'); after 'as the ...
member' any organisation's name is one. The words are data (lexicons/memberships.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("memberships")
FAMILY_WORDS = words(_LEXICON, "party_family_words")
PARTY_NOUNS = words(_LEXICON, "party_nouns")
PARTY_ROLES = words(_LEXICON, "party_roles")
PARTY_VERBS = words(_LEXICON, "party_verbs")
SWITCH_VERBS = words(_LEXICON, "switch_verbs")
SWITCH_PREPOSITIONS = words(_LEXICON, "switch_prepositions")
CUE_WORDS = FAMILY_WORDS | PARTY_NOUNS | PARTY_VERBS
PREDICATE = "member_of"
PERSON_LABEL = "PERSON"
# labels under which NER puts a party's name: 'Republican' (NORP), 'Liberal' (GPE)
PARTY_LABELS = frozenset({"NORP", "ORG", "GPE"})
ORG_LABEL = "ORG"
INDEFINITE = frozenset({"a", "an"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
COPULA = "be"
PARTY_NAMES_KEY = "party_membership.plural_party_names"
# labels of a party written as its members ('the Liberals' is often NORP)
PLURAL_PARTY_LABELS = frozenset({"NORP", "ORG"})
# (member, party, cue word) found by one frame
Found = list[tuple[EntityRef, EntityRef, Token]]


def party_memberships(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """member_of claims for people said to be of a party; ``words_`` are the sentence's
    words, to skip it at a glance."""
    if not CUE_WORDS & words_:
        return
    for token in sentence.span:
        found = _modified_name(token, context)
        if token.dep_ == "prep" and token.lower_ == "as":
            found += _as_party(token, context)
        elif token.pos_ == "VERB" and token.lemma_.lower() in PARTY_VERBS:
            found += _represented(token, context)
        elif token.pos_ == "VERB" and token.lemma_.lower() in SWITCH_VERBS:
            found += _switched_to(token, context)
        elif token.dep_ in ("attr", "appos"):
            found += _described_as_party(token, context)
        for person, party, cue in found:
            yield sentence.claim(person, PREDICATE, cue, object=party, confidence=0.6)


def _as_party(preposition: Token, context: DocContext) -> Found:
    """'elected as a Republican', 'sat as a Liberal member', 'ran as the X candidate'."""
    found: Found = []
    for noun in (c for c in preposition.children if c.dep_ == "pobj"):
        party = _party_or_role(noun, context, indefinite_only=False)
        if party is None:
            continue
        verb = preposition.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        for person in people_named(clause_subjects(verb), context):
            found.append((person, party, noun))
    return found


def _represented(verb: Token, context: DocContext) -> Found:
    """'represented the Centre Party', 'elected to parliament representing the X party'."""
    found: Found = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        party = party_at(obj, context, any_org=False) or _named_party_noun(obj, context)
        if party is None:
            continue
        for person in people_named(_subjects_above(verb), context):
            found.append((person, party, verb))
    return found


def _switched_to(verb: Token, context: DocContext) -> Found:
    """'left the Labour Party for the Green Party', 'defected to the Liberal Party': the
    party one goes to (the one left is the membership reader's)."""
    found: Found = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in SWITCH_PREPOSITIONS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            party = party_at(obj, context, any_org=False)
            if party is None:
                continue
            for person in people_named(_subjects_above(verb), context):
                found.append((person, party, verb))
    return found


def _described_as_party(noun: Token, context: DocContext) -> Found:
    """'P is a Republican senator', 'P is a Democrat', 'P, a Democrat from Ohio'."""
    party = _party_or_role(noun, context, indefinite_only=True)
    if party is None:
        return []
    if noun.dep_ == "appos":
        holders = [noun.head]
    elif noun.head.lemma_ == COPULA:
        holders = [c for c in noun.head.children if c.dep_ == "nsubj"]
    else:
        return []
    return [(person, party, noun) for person in people_named(holders, context)]


def _modified_name(word: Token, context: DocContext) -> Found:
    """'fellow Democrat P', 'Republican senator P', 'Liberal chief P': a person's name with
    the party word, or a role the party word modifies, set before it."""
    ent = context.entity_at(word)
    if ent is None or ent.label_ != PERSON_LABEL or ent.root != word:
        return []
    people = people_named([word], context)
    found: Found = []
    for modifier in word.children:
        if modifier.i >= ent.start or modifier.dep_ not in MODIFIER_DEPS:
            continue
        party = party_at(modifier, context, any_org=False)
        if party is None and modifier.lemma_.lower() in PARTY_ROLES:
            party = _modifying_party(modifier, context, any_org=False)
        if party is not None:
            found.extend((person, party, modifier) for person in people)
    bracketed = _bracketed_party(ent, context)
    if bracketed is not None:
        found.extend((person, bracketed, ent.doc[ent.end + 1]) for person in people)
    return found


def _bracketed_party(ent: Span, context: DocContext) -> EntityRef | None:
    """'P (Conservative)', 'P (Labour Party)': a party alone in brackets after a name, as
    election results write it."""
    doc, start = ent.doc, ent.end
    if start + 2 >= len(doc) or doc[start].text != "(":
        return None
    end = next((i for i in range(start + 1, min(start + 5, len(doc))) if doc[i].text == ")"), None)
    if end is None or end == start + 1:
        return None
    inside = context.entity_at(doc[start + 1])
    if inside is not None and (inside.start, inside.end) != (start + 1, end):
        return None  # 'P (Labour, Leeds)' or a longer aside
    if inside is None and end != start + 2:
        return None
    return party_at(doc[end - 1], context, any_org=False)


def _party_or_role(noun: Token, context: DocContext, indefinite_only: bool) -> EntityRef | None:
    """The party a noun names ('a Republican') or a role noun holds ('a Liberal member', 'the
    X candidate'); only after 'a'/'an' where ``indefinite_only`` ('P is the Republican
    leader' is an office)."""
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if indefinite_only and not (determiners and determiners[0] in INDEFINITE):
        return None
    if noun.lemma_.lower() in PARTY_ROLES or noun.lower_ in PARTY_ROLES:
        return _modifying_party(noun, context, any_org=not indefinite_only)
    if determiners and determiners[0] in INDEFINITE:
        return party_at(noun, context, any_org=False)
    return None


def _modifying_party(noun: Token, context: DocContext, any_org: bool) -> EntityRef | None:
    for modifier in noun.children:
        if modifier.dep_ in MODIFIER_DEPS and modifier.i < noun.i:
            party = party_at(modifier, context, any_org)
            if party is not None:
                return party
    return None


def party_at(word: Token, context: DocContext, any_org: bool) -> EntityRef | None:
    """The party a word names: a name ending in a family word or a party noun ('Christian
    Democrat', 'the Labour Party'), or with ``any_org`` any organisation's name; a family
    word NER left unnamed counts when capitalised inside a sentence ('Liberal chief P')."""
    ent = context.entity_at(word)
    if ent is not None:
        if ent.label_ not in PARTY_LABELS:
            return None
        last = ent[-1].lower_
        if last in FAMILY_WORDS or last in PARTY_NOUNS:
            ref = context.ref(ent) if ent.label_ == ORG_LABEL else None
            if ref is not None and ref.type == "organization":
                plural = _party_named(ref.name, context)
                return ref if plural == ref.name else EntityRef("organization", plural)
            name = clean_name(ent.text)
            named = len(name) > 2 and name[0].isupper()  # 'a left-wing democrat' is a creed
            return EntityRef("organization", _party_named(name, context)) if named else None
        if any_org and ent.label_ == ORG_LABEL:
            ref = context.ref(ent)
            return ref if ref is not None and ref.type == "organization" else None
        return None
    if word.lower_ not in FAMILY_WORDS or not word.is_title or word.i == word.sent.start:
        return None
    return EntityRef("organization", word.text)


def _party_named(member_word: str, context: DocContext) -> str:
    """The party's name as the document writes it: 'a Christian Democrat' is one of the
    'Christian Democrats' where the text names that party; else the word as written."""
    parties = context.remember(PARTY_NAMES_KEY, lambda: _plural_party_names(context))
    return parties.get(member_word.casefold() + "s", member_word)


def _plural_party_names(context: DocContext) -> dict[str, str]:
    """The party names of the document that end in a plural family word ('the Liberals'),
    by their casefolded form (built once per document)."""
    return {
        name.casefold(): name
        for ent in context.ents
        if ent.label_ in PLURAL_PARTY_LABELS
        and ent[-1].lower_ in FAMILY_WORDS
        and ent[-1].lower_.endswith("s")
        and (name := clean_name(ent.text))
    }


def _named_party_noun(noun: Token, context: DocContext) -> EntityRef | None:
    """'the MDP party': a party noun with a name compounded on it, whatever NER took the
    name for (an acronym is often a person)."""
    if noun.lemma_.lower() not in PARTY_NOUNS:
        return None
    for name in noun.children:
        if name.dep_ != "compound" or name.pos_ != "PROPN" or name.i > noun.i:
            continue
        ent = context.entity_at(name)
        text = clean_name(ent.text if ent is not None else name.text)
        if len(text) > 1 and text[0].isupper():
            return EntityRef("organization", text)
    return None


def _subjects_above(verb: Token) -> list[Token]:
    """The subject of a verb's clause, or of the clause a participle hangs in
    ('she was elected to parliament representing X')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects or verb.tag_ != "VBG":
        return subjects or clause_subjects(verb)
    for governor in verb.ancestors:
        if governor.pos_ in ("VERB", "AUX"):
            return clause_subjects(governor)
    return []


def people_named(words_: list[Token], context: DocContext) -> list[EntityRef]:
    """The people subject words name: a person's name, 'he'/'she', or 'who' after a name."""
    found: list[EntityRef] = []
    for word in words_:
        if word.tag_ == "WP" and word.head.dep_ == "relcl":
            word = described_by_relative(word.head.head, context)
        ent = context.entity_at(word)
        if ent is None:
            ref = context.person_reference(word)
        elif ent.label_ == PERSON_LABEL:
            ref = context.ref(ent)
        else:
            ref = None
        if ref is not None and ref.type == "person" and ref not in found:
            found.append(ref)
    return found


def described_by_relative(noun: Token, context: DocContext) -> Token:
    """The name a relative clause is said of when the parse hangs it on the noun that
    describes that name: 'P is a singer who was in X', 'P, a singer who plays in X' (P)."""
    if context.entity_at(noun) is not None:
        return noun
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == COPULA:
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        return subjects[0] if subjects else noun
    return noun
