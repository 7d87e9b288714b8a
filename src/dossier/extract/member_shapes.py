"""More shapes of English that state a person's membership of a body:

    P is a life member, and the treasurer, of the X League       -> member_of(P, X League)
    P was part of the duo X                                     -> member_of(P, X)
    P was expelled from the ranks of the X League               -> member_of(P, X League)
    P was expelled from the X Party in 1960                     -> member_of(P, X Party)
    Liberal-turned-independent P                                -> member_of(P, Liberal)
    Joining the X Guild in 1950, her best-known song was ...     -> member_of(her, X Guild)
    she made her debut alongside B, forming the duo X           -> member_of(she and B, X)

The first shares one 'of' phrase between a member noun and the role set off after it (the
parse hangs the 'of' on the later role only). 'Part of' a body of members (a band, a
party, a society; not a company or a country, which have parts of another kind) is
membership for a person. Expulsion says P had been a member of the
body P was thrown out of: after 'the ranks of' any organisation; otherwise only a body of
members (a party, a society, a club: not a school or a country). A party word hyphenated
before 'turned' is the party a person has left. A fronted participle of joining whose
clause is about something of someone's ('his best-known song') was said of that owner, who
joined. Forming a body side by side with a named partner makes both its members: 'with'
only for a body of members, 'alongside' for any body not said to be of another kind (a
company, a label). The words are data (``shared_of_member_nouns``, ``part_nouns``,
``expulsion_verbs``, ``ranks_nouns``, ``turning_words``, ``participle_join_verbs``,
``joint_forming_verbs`` and ``partner_prepositions`` in lexicons/memberships.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.bodies import kind_of_body
from dossier.extract.body_seats import SEAT_BODIES
from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.extract.party_membership import PREDICATE, party_at, people_named
from dossier.extract.sentences import of_objects, preposition_objects
from dossier.extract.society_officers import role_holders
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("memberships")
SHARED_OF_NOUNS = words(_LEXICON, "shared_of_member_nouns")
EXPULSION_VERBS = words(_LEXICON, "expulsion_verbs")
RANKS_NOUNS = words(_LEXICON, "ranks_nouns")
PART_NOUNS = words(_LEXICON, "part_nouns")
TURNING_WORDS = words(_LEXICON, "turning_words")
JOIN_PARTICIPLES = words(_LEXICON, "participle_join_verbs")
JOINT_FORMING_VERBS = words(_LEXICON, "joint_forming_verbs")
PARTNER_PREPOSITIONS = words(_LEXICON, "partner_prepositions")
# the partner preposition that says two act side by side, whatever the body's kind
SIDE_BY_SIDE = frozenset(words(_LEXICON, "side_by_side_prepositions"))
# how the name of a company or a school ends ('formed Acme Records alongside B' founds one)
EMPLOYER_ENDINGS = tuple(lexicon("claims")["membership"]["employer_endings"])
PARTY_ROLES = words(_LEXICON, "party_roles")
# bodies of members whose founders are members: a band, a party, a club (claims.yaml)
# ('group' names a company as often: 'part of the X Group')
MEMBER_BODY_KINDS = words(lexicon("claims")["membership"], "founders_are_members") - words(
    _LEXICON, "ambiguous_body_kinds"
)

ORG_LABEL = "ORG"
# labels NER gives a body's name by mistake, taken back after 'the ranks of'
UNSURE_LABELS = frozenset(lexicon("claims")["membership"]["unsure_labels"])
JOINERS = frozenset({"and", "or"})
# words a role set off between a member noun and its shared 'of' may have ('a founding
# member, and a former spokeswoman, of X')
ROLE_POS = frozenset({"DET", "ADJ", "NOUN", "VERB", "ADV"})
MAX_ROLE_WORDS = 6
CONFIDENCE = 0.6


def member_shapes(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """member_of claims of the two shapes; ``words_`` skip the sentence at a glance."""
    shared = bool(SHARED_OF_NOUNS & words_) and "of" in words_
    part = bool(PART_NOUNS & words_) and "of" in words_
    expelled = bool(EXPULSION_VERBS & words_) and "from" in words_
    turned = bool(TURNING_WORDS & words_)
    joining = bool(JOIN_PARTICIPLES & words_)
    forming = bool(JOINT_FORMING_VERBS & words_) and bool(PARTNER_PREPOSITIONS & words_)
    if not (shared or part or expelled or turned or joining or forming):
        return
    for token in sentence.span:
        lemma = token.lemma_.lower()
        if turned and token.lower_ in TURNING_WORDS:
            yield from _turned(token, sentence, context)
            continue
        if shared and token.pos_ == "NOUN" and lemma in SHARED_OF_NOUNS:
            bodies = _shared_of_bodies(token, context)
            people = people_named(role_holders(token), context) if bodies else []
        elif part and token.pos_ == "NOUN" and lemma in PART_NOUNS and token.dep_ == "attr":
            bodies = _member_bodies(of_objects(token), context)
            people = people_named(role_holders(token), context) if bodies else []
        elif expelled and token.pos_ == "VERB" and lemma in EXPULSION_VERBS:
            bodies = _expelled_from(token, context)
            people = people_named(_expelled(token), context) if bodies else []
        elif joining and token.tag_ == "VBG" and lemma in JOIN_PARTICIPLES:
            bodies = _objects(token, context)
            people = _owners_of_subject(token, context) if bodies else []
        elif forming and token.pos_ == "VERB" and lemma in JOINT_FORMING_VERBS:
            people, side_by_side = _joint_formers(token, context)
            bodies = _formed_together(token, context, side_by_side) if people else []
        else:
            continue
        for person in people:
            for body in bodies:
                yield sentence.claim(person, PREDICATE, token, object=body, confidence=CONFIDENCE)


def _turned(word: Token, sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """'Liberal-turned-independent P', 'a Labour-turned-Green member': P was of the party
    before the hyphenated 'turned'."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].tag_ != "HYPH" or word.dep_ not in ("amod", "compound"):
        return
    party = party_at(doc[word.i - 2], context, any_org=False)
    holder = word.head
    while holder.dep_ == "amod" and holder.pos_ == "ADJ":  # '-turned-independent member'
        holder = holder.head
    if party is None:
        return
    if holder.lemma_.lower() in PARTY_ROLES:
        people = people_named(role_holders(holder), context)
    else:
        people = people_named([holder], context)
    for person in people:
        yield sentence.claim(person, PREDICATE, word, object=party, confidence=CONFIDENCE)


def _objects(verb: Token, context: DocContext) -> list[EntityRef]:
    return [ref for c in verb.children if c.dep_ == "dobj" and (ref := _organisation(c, context))]


def _owners_of_subject(participle: Token, context: DocContext) -> list[EntityRef]:
    """Who did what a fronted participle says, when its clause's subject is a thing of
    theirs: 'Joining X in 1950, her best-known song was ...' (not a named subject, which is
    the doer itself and the clause analysis's)."""
    main = participle.head
    if participle.dep_ != "advcl" or participle.i > main.i:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):
        return []
    owners: list[Token] = []
    for subject in (c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")):
        if context.entity_at(subject) is not None or subject.pos_ == "PRON":
            return []
        owners += [c for c in subject.children if c.dep_ == "poss"]
    return people_named(owners, context)


def _joint_formers(verb: Token, context: DocContext) -> tuple[list[EntityRef], bool]:
    """The people who form a body together: the clause's subject and the named partners
    after 'alongside' or 'with', on the verb or, for a participle, on the verb it hangs on
    ('she made her debut alongside B, forming X'); whether a partner came 'alongside'."""
    holders = [verb]
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj"):
        # and its object: 'made her debut alongside B'
        holders += [verb.head, *(c for c in verb.head.children if c.dep_ == "dobj")]
    partners: list[EntityRef] = []
    side_by_side = False
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in PARTNER_PREPOSITIONS:
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            named = people_named([w for o in objects for w in (o, *o.conjuncts)], context)
            side_by_side = side_by_side or (bool(named) and prep.lower_ in SIDE_BY_SIDE)
            partners += [p for p in named if p not in partners]
    if not partners:
        return [], False  # 'P formed X' alone is a founding
    doers = people_named(clause_subjects(verb), context)
    return [p for p in doers if p not in partners] + partners, side_by_side


def _formed_together(verb: Token, context: DocContext, side_by_side: bool) -> list[EntityRef]:
    """The bodies formed together: bodies of members, or after 'alongside' any body the
    text does not call a company, a label or another kind."""
    found: list[EntityRef] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        body = _organisation(obj, context)
        if body is None:
            continue
        unknown = not kind_of_body(body, context)
        named_as_employer = body.name.lower().endswith(EMPLOYER_ENDINGS)
        if _of_members(obj, body, context) or (side_by_side and unknown and not named_as_employer):
            found.append(body)
    return found


def _expelled(verb: Token) -> list[Token]:
    """Who is expelled: the passive's subject, or the subject of the clause the verb is
    joined to ('P spoke out and was expelled from X'); an active verb's object."""
    found = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if found or verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return found
    return clause_subjects(verb)


def _shared_of_bodies(member: Token, context: DocContext) -> list[EntityRef]:
    """The organisation after the 'of' that a member noun shares with a role set off after
    it: 'a life member, and the treasurer, of X'."""
    if of_objects(member):
        return []  # its own 'of' is the clause analysis's
    doc, end = member.doc, member.sent.end
    i = member.i + 1
    if i + 1 >= end or doc[i].text != "," or doc[i + 1].lower_ not in JOINERS:
        return []
    i += 2
    role_words = 0
    while i < end and doc[i].pos_ in ROLE_POS and role_words <= MAX_ROLE_WORDS:
        i, role_words = i + 1, role_words + 1
    if role_words == 0 or doc[i - 1].pos_ != "NOUN":
        return []  # no role noun set off
    if i < end and doc[i].text == ",":
        i += 1
    if i >= end or doc[i].lower_ != "of":
        return []
    return [
        ref
        for obj in doc[i].children
        if obj.dep_ == "pobj" and (ref := _organisation(obj, context)) is not None
    ]


def _expelled_from(verb: Token, context: DocContext) -> list[EntityRef]:
    """The body one is expelled from as a member: 'the ranks of X', or a body of members."""
    found: list[EntityRef] = []
    named = preposition_objects(verb, "from")
    for obj in named:
        if obj.lemma_.lower() in RANKS_NOUNS:
            found += [ref for o in of_objects(obj) if (ref := _ranks_owner(o, context))]
    return found + _member_bodies(named, context)


def _ranks_owner(word: Token, context: DocContext) -> EntityRef | None:
    """The body whose ranks are named: an organisation, or a name NER took for a person or
    a work ('the ranks of the X' are never a person's)."""
    ref = _organisation(word, context)
    ent = context.entity_at(word)
    if ref is not None or ent is None or ent.label_ not in UNSURE_LABELS:
        return ref
    name = clean_name(ent.text)
    return EntityRef("organization", name) if len(name) > 2 else None


def _member_bodies(named: list[Token], context: DocContext) -> list[EntityRef]:
    """The bodies of members these words name (not a company, a school or a country)."""
    return [
        body
        for obj in named
        if (body := _organisation(obj, context)) is not None and _of_members(obj, body, context)
    ]


def _of_members(word: Token, body: EntityRef, context: DocContext) -> bool:
    """Whether a body is one of members: a party by its name, a name ending in a society
    noun ('the X Academy', 'the Y Club'), or a band, party or club the text says it is."""
    if party_at(word, context, any_org=False) is not None:
        return True
    if word.lemma_.lower() in SEAT_BODIES or word.lower_ in SEAT_BODIES:
        return True
    if any(c.dep_ == "compound" and c.lower_ in MEMBER_BODY_KINDS for c in word.children):
        return True  # 'the duo X'
    return bool(kind_of_body(body, context) & MEMBER_BODY_KINDS)


def _organisation(word: Token, context: DocContext) -> EntityRef | None:
    """The organisation a word names (NER's ORG, as the context resolves it)."""
    ent = context.entity_at(word)
    if ent is None or ent.label_ != ORG_LABEL:
        return None
    ref = context.ref(ent)
    return ref if ref is not None and ref.type == "organization" else None
