"""Membership said in the shapes of reference prose, beyond the role nouns and verbs the
clause analysis reads (``member_of`` cues in ontology.yaml):

    P of X                   'a song by Ann Vale of the folk band the Larks' -> member_of(P, X)
    X consists of A, B, C    'the trio consists of singer A, guitarist B and drummer C'
    X's members include A    'its members included A and B'
    P's band, X              'she toured with her band, the Larks' -> member_of(P, X)
    A with B joined X        B too, as 'X was formed by A with B' makes B a founder too
    a member of X and of Y   Y too
    P left X                 'the drummer left the band in 1984' -> member_of(P, X)
    P defected from X        'resigned from the party', "after P's departure from the band"
    A left X, replaced by B  'A left the band and was replaced by B' -> B too
    P was in X               'P, who was in the Larks then' (X said to be a band, a party...);
                             'P is a singer who was in the band X' (the relative is P's)
    P belonged to X          not a lineage or a faith ('the House of Y', 'the Church of Z')
    P fronted X              'a singer who fronted the band X'
    X has N members, incl. A 'X has twelve members, including A and B' (people or bodies)
    A was among X's members  'A and B were among the founding members of X'
    her band, X (set off)    the one person the sentence names before 'her' when no
                             clause subject or page person says whose

Which verbs list a body's members, and which words head a list of members, are data
(``membership`` in lexicons/claims.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.bodies import kind_of_body
from dossier.extract.clauses import ClauseAnalysis, clause_subjects
from dossier.extract.context import DocContext
from dossier.extract.party_membership import described_by_relative
from dossier.extract.qualities import time_scope
from dossier.extract.sentences import of_objects, preposition_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["membership"]
# verb lemma -> the preposition its members follow ('' for a direct object)
ROSTER_VERBS: dict[str, str] = dict(_LEXICON["roster_verbs"])
# verbs that list members only after a noun that heads a list of them ('members include')
MEMBER_NOUN_VERBS = words(_LEXICON, "member_noun_verbs")
MEMBER_NOUNS = words(_LEXICON, "member_nouns")
# how the name of a body ends where 'P of X' says P works there, not that P is a member
EMPLOYER_ENDINGS = tuple(_LEXICON["employer_endings"])

# nouns for a kind of body ('the band', 'the club'), as the entity lexicon lists them
BODY_NOUNS = words(lexicon("entities"), "organisation_nouns")

# labels under which NER often puts a band's name ('The Larks' as a person or a title)
UNSURE_LABELS = frozenset(_LEXICON["unsure_labels"])

# bodies of members whose founders are members ('a band formed by A and B')
FOUNDERS_ARE_MEMBERS = words(_LEXICON, "founders_are_members")
OWN_BODY_MODIFIERS = words(_LEXICON, "own_body_modifiers")
LIST_JOINERS = frozenset({",", "and", "&"})
# verbs of joining or founding whose 'with' names share the membership ('A with B joined X')
COMPANION_VERBS = words(_LEXICON, "companion_verbs")
COMPANION_PREDICATES = frozenset({"member_of", "founded_by"})
# verbs whose person subject had been a member of the body they leave ('P left the band')
DEPARTURE_VERBS = words(_LEXICON, "departure_verbs")
_LEAVING = lexicon("memberships")
# verbs whose 'from' names the body left ('defected from the party'), nouns of leaving owned
# by the member ("P's departure from the band") and verbs by which a newcomer takes the
# leaver's place ('A left the band and was replaced by B')
DEPARTURE_FROM_VERBS = words(_LEAVING, "departure_from_verbs")
DEPARTURE_NOUNS = words(_LEAVING, "departure_nouns")
REPLACING_VERBS = words(_LEAVING, "replacing_verbs")
LEAVING_WORDS = DEPARTURE_VERBS | DEPARTURE_FROM_VERBS
# verbs whose person subject belongs to the body after 'to' ('P belonged to X') or leads it
# from the front ('P fronted X'), and the words that make a name a lineage ('the House of Y')
BELONGING_VERBS = words(_LEAVING, "belonging_verbs")
FRONTING_VERBS = words(_LEAVING, "fronting_verbs")
LINEAGE_WORDS = words(_LEAVING, "lineage_words")
# 'X has twelve members, including A and B'; 'A and B were among its members'
COUNT_VERBS = words(_LEAVING, "member_count_verbs")
EXAMPLE_PREPOSITIONS = words(_LEAVING, "example_prepositions")
AMONG = words(_LEAVING, "among_prepositions")

# words without which a frame cannot match: 'P of X', 'P was in X' (and 'P left X')
OF = "of"
BE_IN = frozenset({"be", "in"})

_PERSON = {"person"}
_ORGANIZATION = {"organization"}
# the labels of a listed member's name: a person or an organisation
_NAMED = frozenset({"PERSON", "ORG"})


class MembershipReader:
    """Claims of membership in one sentence, read with the clause analysis's slots."""

    def __init__(self, clauses: ClauseAnalysis) -> None:
        self.clauses = clauses
        self.context = clauses.context
        self._org_names: frozenset[str] | None = None

    def _organisation_names(self) -> frozenset[str]:
        """The names the document writes as organisations somewhere, casefolded (built on
        first use, once per document)."""
        if self._org_names is None:
            named = {clean_name(e.text).casefold() for e in self.context.ents if e.label_ == "ORG"}
            self._org_names = frozenset(named | self.context.said_orgs)
        return self._org_names

    def claims(self, sentence: Sentence, words_: AbstractSet[str] | None = None) -> Iterator[Claim]:
        """The sentence's membership claims; ``words_`` (its words and lemmas) skip the
        frames whose cue words it lacks at a glance."""
        if words_ is None or OF in words_:
            yield from self._of_phrases(sentence)
        if words_ is None or ROSTER_VERBS.keys() & words_ or MEMBER_NOUNS & words_:
            yield from self._rosters(sentence)
        if words_ is None or FOUNDERS_ARE_MEMBERS & words_:
            yield from self._own_bodies(sentence)
        if words_ is None or DEPARTURE_NOUNS & words_:
            yield from self._departures(sentence)
        if words_ is None or (BELONGING_VERBS | FRONTING_VERBS) & words_:
            yield from self._belonging(sentence)
        if words_ is None or (MEMBER_NOUNS & words_ and (COUNT_VERBS | AMONG) & words_):
            yield from self._counted_members(sentence)
        if words_ is not None and not (LEAVING_WORDS & words_ or words_ >= BE_IN):
            return
        for verb in sentence.span:  # one pass for both verb frames
            base = verb.lemma_.lower()
            if verb.lemma_ == "be" and verb.dep_ not in ("aux", "auxpass"):
                bodies = self._bodies_left(preposition_objects(verb, "in"))
            elif verb.pos_ == "VERB" and base in DEPARTURE_VERBS:
                bodies = self._bodies_left([o for o in verb.children if o.dep_ == "dobj"])
            elif verb.pos_ == "VERB" and base in DEPARTURE_FROM_VERBS:
                bodies = self._bodies_quit(preposition_objects(verb, "from"))
            else:
                continue
            # P was in X: 'the guitarist, who was in the Larks at the time'; P left X:
            # 'the drummer left the band in 1984' says P had been one of its members
            members = self._leavers(verb) if bodies else []
            if not members:
                continue
            if verb.lemma_ == "be":
                for member in members:
                    for body in bodies:
                        yield sentence.claim(member, "member_of", verb, object=body, confidence=0.5)
                continue
            # the date of leaving ends the leaver's membership and starts the newcomer's
            left = time_scope(verb, self.context)
            newcomers = self._replacements(verb, members)
            for member in members + newcomers:
                ends = member in members  # the leaver's ends then, the newcomer's begins
                time = left and (left.until_end() if ends else left.from_start())
                for body in bodies:
                    claim = sentence.claim(member, "member_of", verb, object=body, confidence=0.5)
                    yield replace(claim, time_scope=time)

    def _belonging(self, sentence: Sentence) -> Iterator[Claim]:
        """'P belonged to X' (not a lineage: 'the House of Y'), 'P fronted X', 'P, who
        fronted the band X': the person is one of the body's members."""
        for verb in sentence.span:
            base = verb.lemma_.lower()
            if verb.pos_ != "VERB":
                continue
            if base in BELONGING_VERBS:
                words_ = preposition_objects(verb, "to")
            elif base in FRONTING_VERBS:
                words_ = [c for c in verb.children if c.dep_ == "dobj"]
            else:
                continue
            bodies = [
                ref
                for word in words_
                for ref in self._left_body(word)
                if not LINEAGE_WORDS & set(ref.name.lower().split())
            ]
            for member in self._leavers(verb) if bodies else []:
                for body in bodies:
                    yield sentence.claim(member, "member_of", verb, object=body, confidence=0.5)

    def _counted_members(self, sentence: Sentence) -> Iterator[Claim]:
        """The members a body's count or list gives by example: 'X has twelve members,
        including A and B'; 'A and B were among its members', 'among the members of X was
        A' (people or organisations)."""
        for noun in sentence.span:
            if noun.lemma_.lower() not in MEMBER_NOUNS or noun.pos_ != "NOUN":
                continue
            head = noun.head
            if noun.dep_ == "dobj" and head.lemma_.lower() in COUNT_VERBS:
                bodies = self._subject_bodies(head)
                listed = [
                    word
                    for preposition in sorted(EXAMPLE_PREPOSITIONS)
                    for obj in preposition_objects(noun, preposition)
                    for word in (obj, *obj.conjuncts)
                ]
            elif noun.dep_ == "pobj" and head.lower_ in AMONG and head.head.lemma_ == "be":
                owners = [c for c in noun.children if c.dep_ == "poss"] + of_objects(noun)
                bodies = [r for o in owners for r in self.clauses.refs(o, _ORGANIZATION)]
                listed = [
                    word
                    for c in head.head.children
                    if c.dep_ in ("nsubj", "attr") and c is not head
                    for word in (c, *c.conjuncts)
                ]
            else:
                continue
            bodies = [b for b in bodies if b.type == "organization"]
            for member in self._members_at(listed) if bodies else []:
                for body in bodies:
                    if body != member:
                        yield sentence.claim(member, "member_of", noun, object=body, confidence=0.5)

    def _subject_bodies(self, verb: Token) -> list[EntityRef]:
        found: list[EntityRef] = []
        for subject in clause_subjects(verb):
            found.extend(self.clauses.refs(subject, _ORGANIZATION) or self._body(subject))
        return found

    def _members_at(self, listed: list[Token]) -> list[EntityRef]:
        """The people and organisations listed words name (a relative 'who' its name)."""
        found: list[EntityRef] = []
        for word in listed:
            if word.tag_ == "WP" and word.head.dep_ == "relcl":
                word = described_by_relative(word.head.head, self.context)
            # or the name a description stands before: 'the poet A'
            for candidate in (word, *(c for c in word.children if c.dep_ in ("appos", "compound"))):
                ent = self.context.entity_at(candidate)
                named = ent is not None and ent.label_ in _NAMED
                ref = self.context.ref(ent) if ent is not None and named else None
                if ref is None and ent is None:
                    ref = self.context.person_reference(candidate)
                if ref is not None and ref.type in ("person", "organization"):
                    if ref not in found:
                        found.append(ref)
                    break
        return found

    def _departures(self, sentence: Sentence) -> Iterator[Claim]:
        """The owner of a noun of leaving was a member of the body of members it leaves:
        "P's departure from X", 'after his exit from the band'."""
        for noun in sentence.span:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEPARTURE_NOUNS:
                continue
            owners = [c for c in noun.children if c.dep_ == "poss"]
            member = self._possessor(owners[0]) if owners else None
            if member is None:
                continue
            # only a date in the noun's own phrase ('his departure in 1990'), not the one
            # its clause opens with ('After his departure, ...' is later)
            phrase = noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
            left = self.context.date_in(phrase)
            left = left and left.until_end()
            for body in self._bodies_quit(preposition_objects(noun, "from")):
                claim = sentence.claim(member, "member_of", noun, object=body, confidence=0.5)
                yield replace(claim, time_scope=left)

    def _replacements(self, verb: Token, leavers: list[EntityRef]) -> list[EntityRef]:
        """The newcomer a joined passive names: 'A left the band and was replaced by B'
        (B takes A's place in it); not 'replaced by a keyboard', which names no person."""
        found: list[EntityRef] = []
        for joined in verb.conjuncts:
            if joined.lemma_.lower() not in REPLACING_VERBS or joined.i < verb.i:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in joined.children):
                continue  # its own named subject: another clause ('... and B was replaced')
            for agent in (c for c in joined.children if c.dep_ == "agent"):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    for word in (obj, *obj.conjuncts):
                        for ref in self._people_at(word):
                            if ref not in leavers and ref not in found:
                                found.append(ref)
        return found

    def _bodies_left(self, words: list[Token]) -> list[EntityRef]:
        """The bodies of members (a band, a party) these words name."""
        return [
            ref for word in words for ref in self._left_body(word) if self._of_members(ref, word)
        ]

    def _bodies_quit(self, words: list[Token]) -> list[EntityRef]:
        """The bodies of members left 'from' ('defected from the party'): the body itself must
        be one the text calls a band or a party (its name or its description), since a bare
        'the party' may take any salient name."""
        return [
            ref
            for word in words
            for ref in self._left_body(word)
            if kind_of_body(ref, self.context) & FOUNDERS_ARE_MEMBERS
        ]

    def _left_body(self, word: Token) -> list[EntityRef]:
        """The organisation a word names: a name, 'the band Larks', or 'the band' alone
        for the one the passage is about."""
        refs = (
            self._set_off_names(word)
            or self.clauses.refs(word, _ORGANIZATION)
            or self._named_body(word)
        )
        after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else word
        named = after.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in word.children)
        if not refs and not named:  # 'the band Larks' misparsed is not the passage's band
            refs = self._body(word)
        return [ref for ref in refs if ref.type == "organization"]

    def _set_off_names(self, word: Token) -> list[EntityRef]:
        """The organisation named beside a noun for a kind of body: 'the band X'."""
        if word.lemma_.lower() not in BODY_NOUNS:
            return []
        found: list[EntityRef] = []
        for name in word.children:
            if name.dep_ not in ("appos", "compound") or name.pos_ != "PROPN":
                continue
            ent = self.context.entity_at(name)
            ref = self.context.ref(ent) if ent is not None and ent.label_ == "ORG" else None
            if ref is not None and ref.type == "organization":
                found.append(ref)
        return found

    def _of_members(self, body: EntityRef, word: Token) -> bool:
        """Whether one leaves the body as a member (a band, a party), not as its employee
        or its officer: the text calls it a body of members, here or elsewhere."""
        if word.lemma_.lower() in FOUNDERS_ARE_MEMBERS:
            return True
        return bool(kind_of_body(body, self.context) & FOUNDERS_ARE_MEMBERS)

    def _leavers(self, verb: Token) -> list[EntityRef]:
        """Who leaves (or is in) a body: the verb's subject, or the name just before a
        gerund ('led to P temporarily leaving the band')."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.tag_ == "VBG":
            before = verb.i - 1
            while before > verb.sent.start and verb.doc[before].pos_ == "ADV":
                before -= 1
            named = self.context.entity_at(verb.doc[before])
            subjects = [verb.doc[before]] if named is not None else []
        people = (self._person(subject) for subject in subjects or clause_subjects(verb))
        return [person for person in people if person is not None]

    def _person(self, word: Token) -> EntityRef | None:
        """The person a subject names, by name, as 'he'/'she', or as 'who' after a name."""
        if word.tag_ == "WP" and word.head.dep_ == "relcl":
            word = described_by_relative(word.head.head, self.context)
        ent = self.context.entity_at(word)
        if ent is None:
            return self.context.person_reference(word)
        ref = self.context.ref(ent) if ent.label_ == "PERSON" else None
        return ref if ref is not None and ref.type == "person" else None

    # P of X: a person's name with its body after 'of'
    def _of_phrases(self, sentence: Sentence) -> Iterator[Claim]:
        for ent in self.context.ents_in(sentence.span):
            if ent.label_ != "PERSON":
                continue
            person = self.context.ref(ent)
            if person is None or person.type != "person":
                continue
            root = ent.root
            if _served_as(root):
                continue  # 'P served as Dean of X': what follows 'as' is a role, not a person
            if len(ent) <= 2 and any(c.dep_ == "det" for c in root.children):
                continue  # 'the Dean of X': a role NER took for a name (with 'the' or not)
            # 'A and B of X': A is of X too, unless A has a role of its own ('Y leader A');
            # B must be a person's name too ('professor at A, B and fellow of X': not B)
            joined = [
                c
                for c in ([] if _has_own_role(ent) else root.conjuncts)
                if c.i > root.i and c.ent_type_ == "PERSON"
            ]
            for name in [root, *joined]:
                for body in self._of_objects(name):
                    for member in [person, *self._listed_before(ent)]:
                        yield sentence.claim(member, "member_of", root, object=body, confidence=0.6)

    def _listed_before(self, ent: Span) -> list[EntityRef]:
        """The people listed just before a name, joined by commas and 'and' only: in 'A,
        B and C of X' the parse often hangs the list on the verb, not on A."""
        found: list[EntityRef] = []
        doc, i = ent.doc, ent.start - 1
        while i >= ent.sent.start and doc[i].lower_ in LIST_JOINERS:
            j = i
            while j >= ent.sent.start and doc[j].lower_ in LIST_JOINERS:
                j -= 1
            before = self.context.entity_at(doc[j]) if j >= ent.sent.start else None
            if before is None or before.label_ != "PERSON":
                break
            ref = self.context.ref(before)
            if ref is None or ref.type != "person" or _has_own_role(before):
                break  # 'X leader A and B of Y': A is X's, not Y's
            found.append(ref)
            i = before.start - 1
        return found

    def _of_objects(self, name: Token) -> list[EntityRef]:
        found: list[EntityRef] = []
        for prep in name.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                refs = self.clauses.refs(obj, _ORGANIZATION) or self._named_body(obj)
                found.extend(r for r in refs if r.type == "organization" and not _is_employer(r))
        return found

    def _named_body(self, word: Token) -> list[EntityRef]:
        """A body NER missed or took for a person or a title, named where a body is: 'the
        Larks', 'the folk band Larks', 'the band the Larks'."""
        names = [word]
        if word.lemma_.lower() in BODY_NOUNS:
            names = [c for c in word.children if c.dep_ in ("appos", "compound")]
        for name in names:
            if name.pos_ != "PROPN":
                continue
            ent = self.context.entity_at(name)
            if ent is not None and ent.label_ not in UNSURE_LABELS:
                continue
            text = ent.text if ent is not None else _proper_run(name)
            cleaned = clean_name(text)
            marked = any(
                c.lower_ == "the" or c.lemma_.lower() in BODY_NOUNS
                for c in [*name.children, *(word.children if name is not word else [])]
            ) or (name is not word)
            # or a name the text gives an organisation elsewhere ('the band Grey Static')
            if not (marked or cleaned.casefold() in self._organisation_names()):
                continue
            if len(cleaned) > 2:
                return [EntityRef("organization", cleaned)]
        return []

    # P's band, X: 'she toured with her band, the Larks', "Reed's party, the Union"
    def _own_bodies(self, sentence: Sentence) -> Iterator[Claim]:
        for noun in sentence.span:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FOUNDERS_ARE_MEMBERS:
                continue
            owners = [c for c in noun.children if c.dep_ == "poss"]
            if not owners or any(
                c.dep_ in ("amod", "compound") and c.lower_ not in OWN_BODY_MODIFIERS
                for c in noun.children
            ):
                continue  # 'his rival party': not his own
            bodies = [
                ref
                for name in noun.children
                if name.dep_ == "appos"
                for ref in (self.clauses.refs(name, _ORGANIZATION) or self._named_body(name))
                if ref.type == "organization"
            ] or self._set_off_after(noun)
            member = self._possessor(owners[0])
            if member is None:
                continue
            for body in bodies:
                yield sentence.claim(member, "member_of", noun, object=body, confidence=0.6)

    def _set_off_after(self, noun: Token) -> list[EntityRef]:
        """The name set off by commas right after the noun, where the parse hangs it
        elsewhere: 'on tour with his band, the Larks, in May'."""
        doc, i = noun.doc, noun.i + 1
        if i + 1 >= noun.sent.end or doc[i].text != ",":
            return []
        start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        ent = self.context.entity_at(doc[start]) if start < noun.sent.end else None
        if ent is None or ent.start not in (i + 1, start) or ent.end >= noun.sent.end:
            return []
        if not (doc[ent.end].is_punct or doc[ent.end].lower_ in LIST_JOINERS):
            return []  # a longer phrase, not a name set off
        if ent.label_ == "ORG":
            ref = self.context.ref(ent)
            return [ref] if ref is not None and ref.type == "organization" else []
        name = clean_name(ent.text)
        unsure = ent.label_ in UNSURE_LABELS and len(name) > 2
        return [EntityRef("organization", name)] if unsure else []

    def _possessor(self, owner: Token) -> EntityRef | None:
        """The person a possessive names: a name, else 'his'/'her' as the clause's subject
        (a named person) or, on a page about a person, that person."""
        ent = self.context.entity_at(owner)
        if ent is not None:
            ref = self.context.ref(ent) if ent.label_ == "PERSON" else None
            return ref if ref is not None and ref.type == "person" else None
        if owner.pos_ != "PRON":
            return None
        verb = owner.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        for subject in clause_subjects(verb):
            named = self.context.entity_at(subject)
            if named is not None and named.label_ == "PERSON":
                ref = self.context.ref(named)
                return ref if ref is not None and ref.type == "person" else None
            if named is not None:
                return None  # 'the label signed her band': not the subject's
        return self.context.person_reference(owner) or self._sole_person_before(owner)

    def _sole_person_before(self, owner: Token) -> EntityRef | None:
        """The one person the sentence names before a possessive pronoun ("A's songs with
        her band, X"); none where it names two or more."""
        people = {
            ref
            for ent in self.context.ents_in(owner.doc[owner.sent.start : owner.i])
            if ent.label_ == "PERSON" and (ref := self.context.ref(ent)) is not None
        }
        sole = next(iter(people)) if len(people) == 1 else None
        return sole if sole is not None and sole.type == "person" else None

    # X consists of A, B and C; X's members include A and B
    def _rosters(self, sentence: Sentence) -> Iterator[Claim]:
        for verb in sentence.span:
            base = verb.lemma_.lower()
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            if base in ROSTER_VERBS:
                preposition = ROSTER_VERBS[base]
                bodies = self._bodies(verb, via_member_noun=False)
            elif base in MEMBER_NOUN_VERBS:
                preposition = ""
                bodies = self._bodies(verb, via_member_noun=True)
            else:
                continue
            if not bodies:
                continue
            for member in self._listed(verb, preposition):
                for body in bodies:
                    yield sentence.claim(member, "member_of", verb, object=body, confidence=0.6)

    def _bodies(self, verb: Token, via_member_noun: bool) -> list[EntityRef]:
        """The body whose members a roster verb lists: its subject ('the band'), or for
        'members include', whose the members are ('its members', 'members of X')."""
        found: list[EntityRef] = []
        for subject in clause_subjects(verb):
            is_member_noun = subject.lemma_.lower() in MEMBER_NOUNS
            if is_member_noun:
                owners = [c for c in subject.children if c.dep_ == "poss"]
                owners += of_objects(subject)
                for owner in owners:
                    found.extend(self.clauses.refs(owner, _ORGANIZATION))
            elif not via_member_noun:
                found.extend(self.clauses.refs(subject, _ORGANIZATION) or self._body(subject))
        return [ref for ref in found if ref.type == "organization"]

    def _body(self, noun: Token) -> list[EntityRef]:
        """'the band', 'the club': a definite noun for a kind of body stands for the
        organisation the passage is about."""
        definite = any(c.dep_ in ("det", "poss") for c in noun.children)
        if not definite or noun.lemma_.lower() not in BODY_NOUNS:
            return []
        focus = self.context.focus
        return [focus] if focus is not None else []

    def _listed(self, verb: Token, preposition: str) -> list[EntityRef]:
        """The people a roster verb lists: its object, or its preposition's object."""
        if preposition:
            heads = [
                obj
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ == preposition
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
        else:
            heads = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        found: list[EntityRef] = []
        for head in heads:
            for word in [head, *head.conjuncts]:
                for ref in self._people_at(word):
                    if ref not in found:
                        found.append(ref)
        return found

    def _people_at(self, word: Token) -> list[EntityRef]:
        """The person a listed word names: the name itself, or the name a role stands
        before or beside ('vocalist A', 'A on drums')."""
        candidates = [word, *(c for c in word.children if c.dep_ in ("appos", "compound"))]
        if word.dep_ == "compound":
            candidates.append(word.head)
        for candidate in candidates:
            ent = self.context.entity_at(candidate)
            if ent is None or ent.label_ != "PERSON":
                continue
            ref = self.context.ref(ent)
            if ref is not None and ref.type in _PERSON:
                return [ref]
        return []


def _proper_run(name: Token) -> str:
    """A proper noun with the proper nouns compounded before it: 'Tragically Hip'."""
    start = name.i
    while start > name.sent.start and name.doc[start - 1].pos_ == "PROPN":
        if name.doc[start - 1].head.i != name.i and name.doc[start - 1].dep_ != "compound":
            break
        start -= 1
    return name.doc[start : name.i + 1].text


def _served_as(word: Token) -> bool:
    """A word that is the object of 'as' (or listed after one): 'served as Provost and
    Rector of X' names offices held, whatever the tagger took the words for."""
    head = word.head
    while word.dep_ == "conj" and head is not word:
        word, head = head, head.head
    return word.dep_ == "pobj" and head.lower_ == "as"


def _has_own_role(name: Span) -> bool:
    """A name with words of its own before it ('Abu Sayyaf leader A', 'drummer A')."""
    return any(
        child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < name.start
        for child in name.root.children
    )


def _is_employer(ref: EntityRef) -> bool:
    return ref.name.lower().endswith(EMPLOYER_ENDINGS)


def founders_as_members(claims: list[Claim], context: DocContext) -> list[Claim]:
    """The people who founded a band, a party or another body of members are its first
    members ('X was formed by A and B', where X is said to be a band)."""
    added: list[Claim] = []
    for claim in claims:
        if claim.predicate != "founded_by" or claim.object is None:
            continue
        if claim.object.type != "person" or claim.negated:
            continue
        if kind_of_body(claim.subject, context) & FOUNDERS_ARE_MEMBERS:
            added.append(replace(claim, subject=claim.object, predicate="member_of",
                                 object=claim.subject))  # fmt: skip
    return added


def shared_memberships(claims: list[Claim], sentence: Sentence) -> list[Claim]:
    """Membership and founding shared by the names a clause coordinates with the one it
    states them of: 'A with B joined X' and 'X was formed by A with B' (B too), 'a member
    of X and of Y' and 'a member of X, Y and Z' (Y and Z too)."""
    context = sentence.context
    added: list[Claim] = []
    for claim in claims:
        if claim.negated or claim.object is None:
            continue
        if claim.predicate == "member_of" and claim.object.type == "organization":
            for body in _coordinated_bodies(claim.object, sentence.span, context):
                added.append(replace(claim, object=body))
        if claim.predicate not in COMPANION_PREDICATES:
            continue
        person = claim.subject if claim.predicate == "member_of" else claim.object
        body = claim.object if claim.predicate == "member_of" else claim.subject
        if person.type != "person":
            continue
        for mate in _companions(body, person, sentence.span, context):
            if claim.predicate == "member_of":
                added.append(replace(claim, subject=mate))
            else:
                added.append(replace(claim, object=mate))
    return added


def _coordinated_bodies(body: EntityRef, span: Span, context: DocContext) -> list[EntityRef]:
    """The organisations listed after a member's body ('a member of X, Y and of Z'), read
    along the words: the parse hangs such lists on the verb or as appositions."""
    found: list[EntityRef] = []
    for ent in context.ents_in(span):
        if context.ref(ent) != body or ent.root.dep_ != "pobj":
            continue
        preposition = ent.root.head
        if preposition.lower_ != "of" or preposition.head.lemma_.lower() not in MEMBER_NOUNS:
            continue
        for listed in _listed_after(ent, span, context):
            ref = context.ref(listed)
            if ref is not None and ref.type == "organization" and ref not in found:
                found.append(ref)
    return [ref for ref in found if ref != body]


def _listed_after(ent: Span, span: Span, context: DocContext) -> Iterator[Span]:
    """The named entities that follow one in a list joined by commas, 'and' and 'of',
    over a bracketed aside ('X (since 2004) and of Y')."""
    doc, i, joined = ent.doc, ent.end, False
    while i < span.end:
        if doc[i].lower_ in LIST_JOINERS or doc[i].lower_ in ("of", "the"):
            joined = joined or doc[i].lower_ in LIST_JOINERS
            i += 1
            continue
        if doc[i].text == "(":
            while i < span.end and doc[i].text != ")":
                i += 1
            i += 1
            continue
        listed = context.entity_at(doc[i]) if joined else None
        if listed is None or listed.start < ent.end or not _list_goes_on(listed):
            return  # past the list, or a name cut short ('the Society of Painters in Oil')
        yield listed
        i, joined = listed.end, False


def _list_goes_on(listed: Span) -> bool:
    """Whether a listed name ends where the list goes on or the sentence ends."""
    after = listed.doc[listed.end] if listed.end < len(listed.doc) else None
    return (
        after is None or after.is_punct or after.lower_ in LIST_JOINERS or bool(after.is_sent_start)
    )


def _companions(
    body: EntityRef, person: EntityRef, span: Span, context: DocContext
) -> list[EntityRef]:
    """The people 'with' the named person in the clause that joins or founds the body."""
    mates: list[EntityRef] = []
    for ent in context.ents_in(span):
        if ent.label_ != "PERSON" or context.ref(ent) != person:
            continue
        root = ent.root
        verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "agent" else root.head
        if root.dep_ not in ("nsubj", "pobj") or verb.lemma_.lower() not in COMPANION_VERBS:
            continue
        if not _names_body(verb, body, context):
            continue
        # 'A with B joined X', 'formed by A with B'; 'along with B, A formed X' (the parse
        # hangs 'with' on 'along')
        along = [c for c in verb.children if c.lower_ == "along" and c.dep_ == "prep"]
        for holder in (root, verb, *along):
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "with":
                    continue
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    for word in [obj, *obj.conjuncts]:
                        named = context.entity_at(word)
                        ref = context.ref(named) if named is not None else None
                        if ref is None or named is None or named.label_ != "PERSON":
                            continue
                        if ref.type == "person" and ref != person and ref not in mates:
                            mates.append(ref)
    return mates


def _names_body(verb: Token, body: EntityRef, context: DocContext) -> bool:
    """Whether the verb's object, passive subject or the noun it describes names the body."""
    words = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    if verb.dep_ in ("acl", "relcl"):
        words.append(verb.head)
    for word in words:
        for token in word.subtree:
            named = context.entity_at(token)
            if named is not None and context.ref(named) == body:
                return True
    return context.focus == body and any(w.lemma_.lower() in BODY_NOUNS for w in words)
