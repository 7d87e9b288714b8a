"""Leadership said around a role noun, in the shapes news prose gives it beyond the role
frame of claims.py (``leader_of`` cues in ontology.yaml):

    the leader of the X group, P       P set off after the group's name, not after the role
    X is headed by the emir of Y, P    P leads Y, and, through the role, X
    X emir P                           the role and its group in front of the name
    the Liberal leader P               a party named by its political family's word
    the leadership of X under P        'under' hung on the group's name
    the previous leader, P             a role with no owner: the passage's group
    deputy leader of X under P         P leads X
    P, the founder and leader of X     the 'of' of the first role is the second's too
    ..., as opposed to X, led by P     'led by' set off after X but hung by the parse on
                                       the clause before: it still says who leads X
    X was led by P and later by Q      the second 'by' phrase names a later leader
    P became head of the merged firm   the body the two sentences before formed or named
                                       anew ('formed X', 'the new name of X'), if only one

Which words may stand before an ownerless role ('previous', 'longtime') are data
(``leadership`` in lexicons/claims.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext, person_name
from dossier.extract.kind_references import KIND_NOUNS
from dossier.extract.sentences import of_objects, preposition_objects
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")
# words before a role that say when it was held, not whose it is: 'the previous leader, P'
TENURE_MODIFIERS = words(_LEXICON["leadership"], "tenure_modifiers")
SECOND_MODIFIERS = words(_LEXICON, "second_modifiers")
# verbs that make their subject a role: 'P was named as, and still remains, the leader of X'
ROLE_VERBS = words(_LEXICON["leadership"], "role_verbs")
PARTY_WORDS = words(_LEXICON["leadership"], "party_words")
NEW_BODY_MODIFIERS = words(_LEXICON["leadership"], "new_body_modifiers")
MAKING_VERBS = words(_LEXICON["leadership"], "making_verbs")
NEW = "new"
LOOK_BACK = 2  # sentences before 'the new company' where the body may have been made
NAME_DEPS = ("compound", "nmod", "amod", "poss", "appos")
CONFIDENCE = 0.6
UNDER = "under"  # 'deputy leader of X under P'


class LeadershipReader:
    """leader_of claims in one sentence, from role nouns and nouns of leadership."""

    def __init__(self, context: DocContext) -> None:
        self.context = context
        self.roles = context.ontology.cue("leader_of", "role_nouns")
        self.leadership_nouns = context.ontology.cue("leader_of", "leadership_nouns")
        self.agent_verbs = context.ontology.cue("leader_of", "agent_verbs")
        self.holders = context.ontology.cue("leader_of", "holder_nouns")
        # a sentence without one of these words holds nothing this reader reads
        self.cue_words = self.roles | self.leadership_nouns | self.agent_verbs

    def claims(self, sentence: Sentence) -> Iterator[Claim]:
        for token in sentence.span:
            if token.pos_ == "VERB" and token.lemma_.lower() in self.agent_verbs:
                yield from self._led_after_name(sentence, token)
                yield from self._later_agent(sentence, token)
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            word = token.lemma_.lower()
            if word in self.leadership_nouns:
                yield from self._leadership_under(sentence, token)
            elif word in self.roles and _is_second(token):
                yield from self._over_second(sentence, token)
            elif word in self.roles:
                yield from self._shared_owner(sentence, token)
                yield from self._name_after_group(sentence, token)
                yield from self._role_before_name(sentence, token)
                yield from self._ownerless_role(sentence, token)
            if self._is_holder(token):
                yield from self._new_body_role(sentence, token)

    # 'the leader of the Iranian-backed X group, P': the parse hangs P on the group
    def _name_after_group(self, sentence: Sentence, role: Token) -> Iterator[Claim]:
        for owner in of_objects(role):
            group = self._named_group(owner)
            if group is None:
                continue
            # 'the group "X"': the quoted name is the group's own, not a leader's
            if name_set_off(owner, self.context.ontology.group_nouns) is not None:
                continue
            named = [c for c in owner.children if c.dep_ == "appos"]
            for person in self._people(named, set_off=True):
                yield sentence.claim(person, "leader_of", role, object=group, confidence=CONFIDENCE)
                headed = self._headed_through(role)
                if headed is not None and headed != group:
                    yield sentence.claim(
                        person, "leader_of", role, object=headed, confidence=CONFIDENCE
                    )

    def _headed_through(self, role: Token) -> EntityRef | None:
        """X in 'X is headed by the emir of Y, P': the role leads X too."""
        agent = role.head
        if role.dep_ != "pobj" or agent.dep_ != "agent":
            return None
        verb = agent.head
        if verb.lemma_.lower() not in self.agent_verbs:
            return None
        for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
            return self._named_group(subject)
        return None

    # 'X emir P', "X's commander P": the role and its group stand before the name
    def _role_before_name(self, sentence: Sentence, role: Token) -> Iterator[Claim]:
        if role.dep_ != "compound":
            return
        # the group hangs on the role, or, in a flat parse, on the name beside it
        words_ = [*role.children, *role.head.children]
        owners = [c for c in words_ if c.dep_ in ("compound", "poss") and c.i < role.i]
        groups = [g for owner in owners if (g := self._named_group(owner)) is not None]
        groups = groups or [g for owner in owners if (g := self._unnamed_owner(owner)) is not None]
        groups = groups or _party_before(role)
        people = self._people([role.head])
        for person in people[:1]:
            for group in groups[:1]:
                yield sentence.claim(person, "leader_of", role, object=group, confidence=CONFIDENCE)

    # 'as opposed to the X, led by P': a participle set off right after a group's name
    # modifies that name, though the parse may hang it on the verb before as an adverbial;
    # a quoted name NER ran on from the words before it is the quoted part
    def _led_after_name(self, sentence: Sentence, verb: Token) -> Iterator[Claim]:
        if verb.dep_ not in ("advcl", "acl") or verb.tag_ != "VBN" or verb.i < 2:
            return
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
            return  # a clause of its own: 'when it was led by P'
        before = verb.nbor(-1)
        if before.text != ",":
            return
        name = before.nbor(-1) if before.i > sentence.span.start else before
        while name.is_quote and name.i > sentence.span.start:
            name = name.nbor(-1)
        ent = self.context.entity_at(name)
        if ent is None or ent.label_ != "ORG" or ent.end != name.i + 1:
            return
        group = _quoted_tail(ent) or self.context.group_ref(name)
        if group is None or group.type != "organization":
            return
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
        for person in self._people(agents)[:1]:
            yield sentence.claim(person, "leader_of", verb, object=group, confidence=CONFIDENCE)

    # 'X was led by P and later by Q', 'first by P, then by Q': the clause analysis reads
    # only the first agent; the parse hangs the second 'by' on the verb as a preposition, a
    # conjunct or a second agent
    def _later_agent(self, sentence: Sentence, verb: Token) -> Iterator[Claim]:
        agents = [c for c in verb.children if c.dep_ == "agent"]
        if not agents:
            return
        later = [
            o
            for c in verb.children
            if c.dep_ in ("prep", "conj", "agent") and c.lower_ == "by" and c.i > agents[0].i
            for o in c.children
            if o.dep_ == "pobj"
        ]
        if not later:
            return
        for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
            group = self._named_group(subject)
            if group is None:
                continue
            for person in self._people([w for o in later for w in (o, *o.conjuncts)]):
                yield sentence.claim(person, "leader_of", verb, object=group, confidence=CONFIDENCE)

    # 'P, the founder and leader of X': the 'of' hangs on the first of the two roles
    def _shared_owner(self, sentence: Sentence, role: Token) -> Iterator[Claim]:
        first = role.head
        if role.dep_ in ("conj", "appos") and first.pos_ in ("VERB", "AUX"):
            yield from self._shared_verb(sentence, role, first)
            return
        if role.dep_ != "conj" or first.pos_ != "NOUN" or of_objects(role):
            return
        groups = [g for owner in of_objects(first) if (g := self._named_group(owner)) is not None]
        if first.dep_ == "appos":
            people = self._people([first.head])
        elif first.dep_ == "attr":
            people = self._said_to_be(first)
        else:
            return
        for person in people[:1]:
            for group in groups[:1]:
                yield sentence.claim(person, "leader_of", role, object=group, confidence=CONFIDENCE)

    # 'P was named as, and still remains, the leader of X': the parse hangs the role shared by
    # both verbs on the second as a conjunct or apposition
    def _shared_verb(self, sentence: Sentence, role: Token, verb: Token) -> Iterator[Claim]:
        if verb.lemma_.lower() not in ROLE_VERBS:
            return
        groups = [g for owner in of_objects(role) if (g := self._named_group(owner)) is not None]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for person in self._people(subjects)[:1]:
            for group in groups[:1]:
                yield sentence.claim(person, "leader_of", role, object=group, confidence=CONFIDENCE)

    # 'deputy leader of X under P': the second serves under X's leader
    def _over_second(self, sentence: Sentence, role: Token) -> Iterator[Claim]:
        for owner in of_objects(role):
            group = self._named_group(owner)
            if group is None:
                continue
            leaders = preposition_objects(role, UNDER) + preposition_objects(owner, UNDER)
            if role.dep_ == "pobj" and role.head.lower_ == "as":  # 'served as ... under P'
                leaders += preposition_objects(role.head.head, UNDER)
            for person in self._people(leaders):
                yield sentence.claim(person, "leader_of", role, object=group, confidence=CONFIDENCE)

    # 'the leadership of X under P', with 'under' hung on X
    def _leadership_under(self, sentence: Sentence, noun: Token) -> Iterator[Claim]:
        for owner in of_objects(noun):
            group = self._named_group(owner)
            if group is None:
                continue
            for person in self._people(preposition_objects(owner, UNDER)):
                yield sentence.claim(person, "leader_of", noun, object=group, confidence=CONFIDENCE)

    # 'the previous leader, P' in a passage about one group: that group's leader
    def _ownerless_role(self, sentence: Sentence, role: Token) -> Iterator[Claim]:
        if of_objects(role) or role.ent_type_:
            return
        determiners = [c for c in role.children if c.dep_ == "det"]
        if any(d.lower_ != "the" for d in determiners):
            return  # 'a local leader, P': someone among many
        for child in role.children:
            if child.dep_ in ("compound", "poss", "nmod", "nummod", "prep", "relcl", "acl"):
                return  # an owner or a qualifier of its own: 'rebel leader', "the party's"
            if child.dep_ == "amod" and child.lower_ not in TENURE_MODIFIERS:
                return
        named = [c for c in role.children if c.dep_ == "appos"]
        if role.dep_ == "appos":
            named.append(role.head)
        people = self._people(named) or self._said_to_be(role)
        group = self.context.focus
        if group is None or not people:
            return
        yield sentence.claim(people[0], "leader_of", role, object=group, confidence=0.5)

    def _is_holder(self, role: Token) -> bool:
        """A role that leads: 'CEO', 'president', 'chief executive' (its modifier too)."""
        word = role.lemma_.lower()
        if word in self.holders:
            return True
        return any(f"{c.lower_} {word}" in self.holders for c in role.lefts)

    # 'P became head of the merged firm' after 'A and B merged to form X': X
    def _new_body_role(self, sentence: Sentence, role: Token) -> Iterator[Claim]:
        if role.dep_ != "attr" or role.head.lemma_.lower() not in ROLE_VERBS:
            return
        for owner in of_objects(role):
            if not _is_new_body(owner):
                continue
            group = _made_before(sentence.span, self.context)
            subjects = [c for c in role.head.children if c.dep_ == "nsubj"]
            # "the old firm's chief, P, became ...": the name set off beside the subject
            named = [a for c in subjects for a in c.children if a.dep_ == "appos"]
            people = self._people(subjects + named)
            if not people and subjects:
                person = self.context.person_reference(subjects[0])
                people = [person] if person is not None else []
            if group is not None and people:
                yield sentence.claim(people[0], "leader_of", role, object=group, confidence=0.5)

    def _said_to_be(self, role: Token) -> list[EntityRef]:
        """The person a copula makes the role: 'P was the new leader', 'he is the leader'."""
        verb = role.head
        if role.dep_ != "attr" or verb.lemma_.lower() != "be":
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        people = self._people(subjects)
        for subject in subjects if not people else []:
            person = self.context.person_reference(subject)  # 'he was the new leader'
            if person is not None:
                people.append(person)
        return people

    # ---- words to entities ----------------------------------------------------------------

    def _named_group(self, phrase: Token) -> EntityRef | None:
        """The organisation a noun phrase names: its own name, a name modifying it ('the
        X terrorist group'), else the group 'the group' or 'it' stands for."""
        context = self.context
        for word in [phrase, *(c for c in phrase.children if c.dep_ in NAME_DEPS)]:
            if context.entity_at(word) is not None:
                ref = context.group_ref(word)
                if ref is not None and ref.type == "organization":
                    return ref
        named = name_set_off(phrase, context.ontology.group_nouns)
        if named is not None:  # 'the right-wing group "Zelan Guards"': its own name
            return named
        ref = context.org_ref(phrase)
        return ref if ref is not None and ref.type == "organization" else None

    def _unnamed_owner(self, owner: Token) -> EntityRef | None:
        """A proper name NER left unmarked before a role and a person's name ('Brenmoor
        chairperson P'): the frame makes it the organisation the role belongs to, unless
        the gazetteer knows it as a place."""
        if owner.pos_ != "PROPN" or self.context.entity_at(owner) is not None:
            return None
        first = owner
        while first.i > owner.sent.start and first.nbor(-1).pos_ == "PROPN":
            first = first.nbor(-1)
        words_ = owner.doc[first.i : owner.i + 1]
        if any(self.context.entity_at(w) is not None or not w.is_title for w in words_):
            return None  # part of another name, or not a name at all
        name = words_.text
        if len(name) < 2 or get_gazetteer().lookup(name) is not None:
            return None
        return EntityRef("organization", name)

    def _people(self, tokens: list[Token], set_off: bool = False) -> list[EntityRef]:
        """The people the tokens name. With ``set_off``, a person's name set off after a
        group's, which the context may take for another name of the group, stays a person
        unless the ontology knows it as a group."""
        found: list[EntityRef] = []
        for token in tokens:
            ent = self.context.entity_at(token)
            if ent is None or ent.label_ != "PERSON":
                continue
            ref = self.context.ref(ent)
            if set_off and ref is not None and ref.type == "organization" and not ent.kb_id_:
                known = self.context.ontology.entity(ref.name)
                if known is None or known.type == "person":
                    ref = EntityRef("person", person_name(ent))
            if ref is not None and ref.type == "person" and ref not in found:
                found.append(ref)
        return found


def name_set_off(noun: Token, group_nouns: frozenset[str]) -> EntityRef | None:
    """A group noun's own name in quotation marks beside it, which NER left unmarked or
    took for a person: 'the Christian group "Zelan Guards"'."""
    if noun.lemma_.lower() not in group_nouns:
        return None
    doc = noun.doc
    for name in (c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        words_ = [w for w in name.subtree if not w.is_punct]
        before = doc[words_[0].i - 1] if words_[0].i > 0 else None
        capitalised = all(w.text[:1].isupper() for w in words_)
        if before is not None and before.is_quote and capitalised:
            return EntityRef("organization", " ".join(w.text for w in words_))
    return None


def _party_before(role: Token) -> list[EntityRef]:
    """The party a capitalised word of a political family names before a role: 'Liberal
    leader P'. At a sentence's start the capital says nothing, so it counts only inside."""
    return [
        EntityRef("organization", word.text)
        for word in role.lefts
        if word.dep_ in ("amod", "compound")
        and word.lower_ in PARTY_WORDS
        and word.text[:1].isupper()
        and not word.is_sent_start
    ][:1]


def _is_new_body(noun: Token) -> bool:
    """'the new company', 'the combined firm': a kind of body, marked as just made."""
    if noun.lemma_.lower() not in KIND_NOUNS or noun.tag_ in ("NNS", "NNPS"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return any(c.dep_ == "amod" and c.lower_ in NEW_BODY_MODIFIERS for c in noun.children)


def _made_before(span: Span, context: DocContext) -> EntityRef | None:
    """The one organisation the nearest of the sentences just before made or named anew:
    the object of a making verb ('formed X'), or of 'the new name of X'."""
    doc = span.doc
    start = span.start
    for _ in range(LOOK_BACK):
        if start == 0:
            return None
        before = doc[start - 1].sent
        made: list[EntityRef] = []
        for token in before:
            if _is_made(token):
                group = context.organisation_named_at(token)
                if group is not None and group not in made:
                    made.append(group)
        if made:
            return made[0] if len(made) == 1 else None
        start = before.start
    return None


def _is_made(token: Token) -> bool:
    """'formed X', 'renamed X', 'the new name of X': X is the body just made (and each
    name listed with X)."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    head = token.head
    if token.dep_ in ("dobj", "oprd") and head.lemma_.lower() in MAKING_VERBS:
        return True
    if token.dep_ != "pobj" or head.lower_ != "of":
        return False
    noun = head.head
    return noun.lemma_.lower() == "name" and any(c.lower_ == NEW for c in noun.children)


def _quoted_tail(ent: Span) -> EntityRef | None:
    """The quoted name that ends an entity NER ran on from the words before the quotation
    mark: 'the pro-reform "Young Guard"' names the Young Guard."""
    quotes = [w.i for w in ent if w.is_quote]
    if not quotes or quotes[-1] + 1 >= ent.end:
        return None
    words_ = ent.doc[quotes[-1] + 1 : ent.end]
    if not all(w.text[:1].isupper() for w in words_ if not w.is_punct):
        return None
    return EntityRef("organization", words_.text)


def _is_second(role: Token) -> bool:
    """'the deputy leader': someone's second leads nothing."""
    return any(child.lower_ in SECOND_MODIFIERS for child in role.lefts)
