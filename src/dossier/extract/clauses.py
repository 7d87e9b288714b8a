"""Generic clause analysis: relations between entities read off the dependency parse.

A predicate lists trigger words by *cue kind* in ontology.yaml; the ``frames`` of the
``claims`` lexicon say, for each kind, which syntactic slot of the trigger gives the
claim's subject and which its object:

    agent_verbs          Y leads X / X is led by Y / X, led by Y       subject = agent
    patient_verbs        Y founded X / X was founded by Y / a group founded by Y
    holder_nouns         Y, the leader of X / the leader of X, Y / Y is X's leader / X leader Y
    owner_nouns          the founder of X, Y / X's founder Y
    prepositional_verbs  X pledged allegiance to Y / X joined forces with Y
    holder_adjectives    X is loyal to Y / a group affiliated with Y
    party_nouns          X is locked in a war with Y / its alliance with Y / X, with Y's support

A slot's words become entities through the document context: names, 'the group',
'it', and common nouns that stand for a name ('a group founded by Y' in apposition to
X). Adding a predicate, or a trigger to one, is a YAML edit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.bodies import body_reference, unnamed_body
from dossier.extract.context import DocContext, country_of_demonym
from dossier.extract.described_parties import described_objects
from dossier.extract.leadership import name_set_off
from dossier.extract.loyal_forces import SERVED_PREDICATES, served_by
from dossier.extract.qualities import governors
from dossier.extract.sentences import of_objects, repeated_prepositions
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.knowledge.ontology import Ontology
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")
FRAMES: dict[str, dict[str, str]] = {
    kind: dict(slots) for kind, slots in _LEXICON["frames"].items()
}
EXTRA_TYPES: dict[str, dict[str, list[str]]] = _LEXICON.get("extra_types", {})
EXCLUDED_OBJECTS: dict[str, tuple[str, ...]] = {
    predicate: tuple(endings) for predicate, endings in _LEXICON["excluded_objects"].items()
}
SUBJECT_DEPS = words(_LEXICON, "subject_deps")
RELATIVE_PRONOUNS = words(_LEXICON, "relative_pronouns")
GERUND_TIME_PREPOSITIONS = words(_LEXICON, "gerund_time_prepositions")
PARTICIPLE_DEPS = words(_LEXICON, "participle_deps")
SECOND_MODIFIERS = words(_LEXICON, "second_modifiers")
# 'a faculty member of X' works for X: no member of it
STAFF_MODIFIERS = words(_LEXICON["membership"], "staff_modifiers")
STATE_NOUNS = words(_LEXICON, "state_nouns")
# labels of names whose words are never role or relation nouns of their own
NAME_LABELS = frozenset({"ORG", "FAC"})
DESIGNATION_LABELS = words(_LEXICON, "designation_labels")
GIVING_VERBS = words(_LEXICON, "giving_verbs")
EXAMPLE_PREPOSITIONS = words(_LEXICON, "example_prepositions")
EXAMPLE_ADVERBS = words(_LEXICON, "example_adverbs")
COLLECTIVE_NOUNS = words(_LEXICON, "ideology_collectives")
MODIFIER_PREDICATES: dict[str, str] = dict(_LEXICON["modifier_predicates"])
NAMING_PARTICIPLES = words(_LEXICON, "naming_participles")
SEVERING_VERBS = words(_LEXICON, "severing_verbs")
ATTEMPT_VERBS = words(_LEXICON, "attempt_verbs")
MUTUAL_PHRASES = words(_LEXICON, "mutual_relation_phrases")
GROUP_POSSESSIVES = frozenset({"its", "their"})
VERB_AIDS = frozenset({"advmod", "aux", "neg"})  # words between a subject and its verb
AIM_NOUNS = words(_LEXICON, "aim_nouns")
AIM_PREDICATES = words(_LEXICON, "aim_predicates")
ACCUSATION_VERBS = words(_LEXICON, "accusation_verbs")
INCLUDING_VERBS = words(_LEXICON, "including_verbs")
ACCUSATION_PREPOSITIONS = words(_LEXICON, "accusation_prepositions")
REGARDING_VERBS = words(_LEXICON, "regarding_verbs")
OWNER_PREPOSITIONS = words(_LEXICON, "owner_prepositions")
BECOMING_VERBS = words(_LEXICON, "becoming_verbs")
ORGAN_NOUNS = words(_LEXICON, "organ_nouns")
PARTITIVE_WORDS = words(_LEXICON, "partitive_words")
MERGER_PREPOSITIONS = words(_LEXICON, "merger_prepositions")
PARTICIPATION_VERBS = words(_LEXICON, "participation_verbs")
RETYPED_OBJECTS: dict[str, frozenset[str]] = {
    predicate: frozenset(labels) for predicate, labels in _LEXICON["retyped_objects"].items()
}
PLACE_LABELS = frozenset({"GPE", "LOC"})
# cue kinds whose last word is a preposition that the object follows
# an editor's note in a quotation, '[... — AGENCY]', is signed after a dash at its end
NOTE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
NOTE_CLOSERS = frozenset({"]"})
# frames that read a noun as a role or part of what it describes ('X, the wing of Y')
ROLE_KINDS = ("holder_nouns", "owner_nouns")
PREPOSITIONAL_KINDS = (
    "prepositional_verbs",
    "holder_adjectives",
    "party_nouns",
    "place_verbs",
    "passive_prepositional_verbs",
)


@dataclass(frozen=True, slots=True)
class Trigger:
    predicate: str
    kind: str
    words: tuple[str, ...]  # the cue as written: 'pledge allegiance to'

    @property
    def modified_noun(self) -> bool:
        """A noun cue whose first words modify its last: 'founding member' is found at
        'member', with 'founding' among the words before it."""
        return (
            len(self.words) > 1
            and self.kind.endswith("_nouns")
            and self.kind not in PREPOSITIONAL_KINDS
        )


class ClauseAnalysis:
    """The triggers of every predicate, indexed by the lemma of their first word (of their
    last for a noun with modifiers before it: 'founding member')."""

    def __init__(self, context: DocContext) -> None:
        self.context = context
        self.by_lemma = _trigger_index(context.ontology)
        self.merger_verbs = context.ontology.cue("formed_from", "merger_verbs")

    def first_words(self) -> frozenset[str]:
        return frozenset(self.by_lemma)

    def claims(self, sentence: Sentence) -> Iterator[Claim]:
        for token in sentence.span:
            lemma = token.lemma_.lower()
            found = self.by_lemma.get(lemma, [])
            if token.lower_ != lemma:  # a participle cue as written: 'linked to', 'based in'
                found = found + self.by_lemma.get(token.lower_, [])
            for trigger in found:
                if not _fits(token, trigger):
                    continue
                if trigger.kind in ROLE_KINDS and merger_part(token, self.context):
                    continue  # 'a merger between Y's branch, the group X, and Z': partners
                yield from self._read(sentence, token, trigger)

    def _read(self, sentence: Sentence, token: Token, trigger: Trigger) -> Iterator[Claim]:
        spec = self.context.ontology.predicates[trigger.predicate]
        slots = FRAMES[trigger.kind]
        extra = EXTRA_TYPES.get(trigger.predicate, {})
        subject_types = {spec.subject, *extra.get("subject", [])}
        object_types = {spec.object, *extra.get("object", [])}
        if _given(token, trigger):
            # 'Y continues to give X help': Y, the clause's subject, is the source; X, who
            # receives it, the claim's subject
            receivers = [c for c in token.head.children if c.dep_ == "dative"]
            receivers += [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
            subjects = [r for w in receivers for r in self.refs(w, subject_types)]
            objects = [r for w in clause_subjects(token.head) for r in self.refs(w, object_types)]
        else:
            subjects = self._slot(token, trigger, slots["subject"], subject_types)
            if not subjects:
                return
            objects = self._slot(token, trigger, slots["object"], object_types)
            if not objects and trigger.predicate in RETYPED_OBJECTS:
                objects = self._retyped(token, trigger, slots["object"])
            objects = described_objects(
                trigger.predicate,
                self._slot_words(token, trigger, slots["object"]),
                self._slot_words(token, trigger, slots["subject"]),
                objects,
                subjects,
                sentence.span,
                self.context,
                lambda word: self.refs(word, object_types, served=True),
            )
            if subjects[0] in objects:  # 'X, the armed wing of the group': not X itself
                others = self._other_party(token, trigger, slots["object"], subjects)
                if others:
                    objects += others
                elif trigger.kind in ROLE_KINDS:  # "the group's wing, X": X's owner
                    own = [obj for obj in objects if obj == subjects[0]]
                    subjects = self._other_party(token, trigger, slots["subject"], own) or subjects
        excluded = EXCLUDED_OBJECTS.get(trigger.predicate, ())
        # also a legislature named with the place it sits for: 'Legislative Assembly of Y'
        objects = [
            obj
            for obj in objects
            if not obj.name.lower().endswith(excluded)
            and not obj.name.lower().rpartition(" of ")[0].endswith(excluded)
        ]
        severed = trigger.kind == "party_nouns" and _severed(token)
        if not subjects:  # 'give X help' with no receiver named
            return
        listed = self._listed_with(token, trigger, slots["subject"], subject_types, subjects[0])
        for subject in listed if objects else ():
            if subject != subjects[0] and subject in objects:
                continue  # one name is never both sides
            for obj in objects:
                # 'A and B ... its war with the group': names listed together act together,
                # a reference resolved to one of them is not the other's adversary
                if obj != subject and obj not in listed:
                    claim = sentence.claim(subject, trigger.predicate, token, object=obj)
                    yield replace(claim, negated=True) if severed else claim
                    # 'X is locked in a war with Y': a war is Y's with X too
                    if _mutual(trigger) and obj.type in subject_types:
                        yield replace(claim, subject=obj, object=subject)

    # ---- slots ---------------------------------------------------------------------------

    def _listed_with(
        self, token: Token, trigger: Trigger, slot: str, types: set[str], first: EntityRef
    ) -> list[EntityRef]:
        """The first subject and the names listed after it in its slot word: 'its
        subsidiaries A and B' gives A and B; a subject found another way stands alone."""
        for word in self._slot_words(token, trigger, slot):
            refs = self.refs(word, types, alone=titled(token, word), quoted=slot == "owner")
            if first not in refs:
                continue
            last = _described_last_item(token, word)
            if last is not None:  # 'A and B, the X affiliate': the phrase describes B alone
                return self.refs(last, types)[:1] or [first]
            # a list says 'and' or 'or'; a name set off by a comma alone is an apposition
            listed = any(c.dep_ == "cc" for w in (word, *word.conjuncts) for c in w.children)
            return refs[refs.index(first) :] if listed else [first]
        return [first]

    def _other_party(
        self, token: Token, trigger: Trigger, slot: str, parties: list[EntityRef]
    ) -> list[EntityRef]:
        """What a bare 'the group' in a slot means when the most salient group, the one it
        would mean alone, is a party of the other slot: the next one ('X is locked in a war
        with the militant group', 'X, the armed wing of the group')."""
        found: list[EntityRef] = []
        context = self.context
        for word in self._slot_words(token, trigger, slot):
            if word.pos_ != "NOUN" or context.entity_at(word) is not None:
                continue
            if any(context.org_ref(child) is not None for child in word.children):
                continue  # 'the al-Qaeda affiliate X' names its group ('Lebanese' none)
            ref = context.resolve_reference(word, excluding=frozenset(parties))
            if ref is not None and ref not in parties and ref.type == "organization":
                found.append(ref)
        return found

    def _retyped(self, token: Token, trigger: Trigger, slot: str) -> list[EntityRef]:
        """Names in an organisation's slot that NER gave a label the predicate's object
        never has ('a member of Frostgrave' read as a town, 'left Grey Static' as a
        building): the frame says they are organisations. A place the gazetteer knows
        stays a place."""
        labels = RETYPED_OBJECTS[trigger.predicate]
        found: list[EntityRef] = []
        for word in self._slot_words(token, trigger, slot):
            ent = self.context.entity_at(word)
            if ent is None or ent.label_ not in labels or ent.root != word or ent.kb_id_:
                continue
            if any(w.is_lower for w in ent if w.is_alpha and not w.is_stop):
                continue  # 'Nordland county council': a description of a place's body
            name = clean_name(ent.text)
            if ent.label_ in PLACE_LABELS and get_gazetteer().lookup(name) is not None:
                continue
            ref = EntityRef("organization", name)
            if len(name) > 1 and ref not in found:
                found.append(ref)
        return found

    def _slot(self, token: Token, trigger: Trigger, slot: str, types: set[str]) -> list[EntityRef]:
        found: list[EntityRef] = []
        served = trigger.predicate in SERVED_PREDICATES
        for word in self._slot_words(token, trigger, slot):
            alone = titled(token, word)
            for ref in self.refs(word, types, alone=alone, quoted=slot == "owner", served=served):
                if ref not in found:
                    found.append(ref)
        return found

    def _slot_words(self, token: Token, trigger: Trigger, slot: str) -> list[Token]:
        if slot == "agent":
            # 'A merged with B to create X': A and B are what X was made of, not its makers
            merged = token.dep_ == "advcl" and token.head.lemma_.lower() in self.merger_verbs
            words_ = [] if merged else agents(token)
            if trigger.predicate in AIM_PREDICATES:  # 'its aim was to fight Y'
                words_ = [_aim_owner(word, token) for word in words_]
        elif slot == "patient":
            words_ = patients(token)
        elif slot == "holder":
            words_ = holders(token)
        elif slot == "owner":
            words_ = owners(token)
        elif slot == "party":
            words_ = parties(token)
        elif trigger.kind == "party_nouns":
            words_ = noun_targets(token, trigger.words[-1])
        else:  # target
            words_ = targets(token, trigger.words[-1])
        return words_

    def refs(
        self,
        token: Token,
        types: set[str],
        alone: bool = False,
        quoted: bool = False,
        served: bool = False,
    ) -> list[EntityRef]:
        """The entities of the wanted types a slot's word stands for, with its conjuncts
        unless ``alone``; with ``quoted``, a group noun's own quoted name ('the leader of
        the group "X"'); with ``served``, the ones armed men named for them serve."""
        found: list[EntityRef] = []
        token = _outer_subject(_relative_antecedent(token))
        # a stranded subject is no item of the list the parse put it in
        alone = alone or stranded(token)
        words_ = [token, *(() if alone else (c for c in token.conjuncts if not stranded(c)))]
        wanted = quoted and "organization" in types
        groups = self.context.ontology.group_nouns if wanted else frozenset()
        for word in words_:
            for candidate in stands_for(word):
                # 'the group "X"' names X, never the passage's group
                ref = name_set_off(candidate, groups) or self._ref(candidate, types)
                if ref is None and "organization" in types:  # a name NER missed, 'the band'
                    ref = unnamed_body(candidate, self.context) or body_reference(
                        candidate, self.context
                    )
                if ref is not None:
                    if ref not in found:
                        found.append(ref)
                    break
            else:  # 'several countries, including the US and the EU': the examples named
                words_.extend(w for w in examples(word) if w not in words_)
                if served:  # 'units allied to P and Q': those they serve
                    words_.extend(w for w in served_by(word) if w not in words_)
        return found

    def _ref(self, token: Token, types: set[str]) -> EntityRef | None:
        context = self.context
        if "person" in types:
            person = context.person_reference(token)  # 'he joined X' on a page about him
            if person is not None:
                return person
        ent = context.entity_at(token)
        if ent is None:
            # the name in apposition ('the al-Qaeda affiliate X'), if of a wanted type, else
            # a name inside the phrase ('the Hamas militant group, P': the parse's apposition
            # of a person to 'group' is the leader's)
            named = [c for c in token.children if context.entity_at(c) is not None]
            for child in (c for c in named if c.dep_ == "appos"):
                name = context.entity_at(child)
                ref = context.ref(name) if name is not None else None
                guessed = name is not None and name.label_ == "PERSON" and not name.kb_id_
                if (
                    ref is not None
                    and ref.type in types
                    and not (guessed and ref.type == "organization")
                ):
                    return ref
            inside = next((c for c in named if c.dep_ in ("compound", "nmod")), None)
            # 'the Hamas militant group', 'the P administration' stand for the name inside;
            # 'X personnel' are people of X, not X
            bodies = context.ontology.group_nouns | STATE_NOUNS
            if inside is not None and token.lemma_.lower() in bodies:
                return self._ref(inside, types)
            # "Y's forces", "Y's regime", 'the government of Y': a ruler's state or army
            # stands for the ruler
            ruler = next((c for c in named if c.dep_ == "poss"), None) or next(
                (o for o in of_objects(token) if context.entity_at(o) is not None), None
            )
            if ruler is not None and "person" in types and token.lemma_.lower() in STATE_NOUNS:
                name = context.entity_at(ruler)
                if name is not None and name.label_ == "PERSON":
                    return self._ref(ruler, types)
            # "a member of X's political bureau": a body of X's stands for X
            owner = next((c for c in named if c.dep_ in ("poss", "compound", "nmod")), None)
            if owner is not None and token.lemma_.lower() in ORGAN_NOUNS:
                return self._ref(owner, types)
            ent = next((context.entity_at(c) for c in named if c.dep_ == "appos"), None)
        if ent is not None and ent.label_ == "NORP" and "place" in types:
            # 'Iranian-backed', 'with Turkish support': the country
            country = country_of_demonym(clean_name(ent.text))
            if country is not None:
                return context.place_ref(country)
        if "organization" in types:
            ref = context.group_ref(token) if ent is not None else context.org_ref(token)
            if ref is not None and ref.type == "organization":
                return ref
        if ent is None:
            # 'fighting the Nigerian state', 'backed by Turkish forces': the country
            return context.state_ref(token) if "place" in types else None
        ref = context.ref(ent)
        if ref is not None and ref.type in types:
            return ref
        return None


# The trigger index of each ontology in use, built once rather than for every document (a
# process uses one or two ontologies; the ontology is kept so that its id stays its own).
_INDEXES: dict[int, tuple[Ontology, dict[str, list[Trigger]]]] = {}


def _trigger_index(ontology: Ontology) -> dict[str, list[Trigger]]:
    cached = _INDEXES.get(id(ontology))
    if cached is not None and cached[0] is ontology:
        return cached[1]
    by_lemma: dict[str, list[Trigger]] = {}
    for name, spec in ontology.predicates.items():
        for kind in FRAMES:
            for cue in spec.cue(kind):
                trigger = Trigger(name, kind, tuple(cue.split()))
                key = trigger.words[-1] if trigger.modified_noun else trigger.words[0]
                by_lemma.setdefault(key, []).append(trigger)
    _INDEXES[id(ontology)] = (ontology, by_lemma)
    return by_lemma


# ---- the parse ---------------------------------------------------------------------------


def _fits(token: Token, trigger: Trigger) -> bool:
    """A trigger fits when its part of speech suits its kind and the rest of a multi-word
    cue follows it ('pledge allegiance to': 'allegiance' below 'pledged'); a role noun
    of someone's second ('vice president') holds no role of its own."""
    kind = trigger.kind
    if kind == "holder_nouns" and any(  # unless the cue names the second: 'deputy leader'
        child.lower_ in SECOND_MODIFIERS and child.lower_ not in trigger.words
        for child in token.lefts
        if child.dep_ != "det"
    ):
        return False
    if trigger.predicate == "member_of" and any(
        child.lower_ in STAFF_MODIFIERS for child in token.lefts if child.dep_ == "compound"
    ):
        return False
    if kind == "labelling_verbs" and not _labels(token):
        return False
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ATTEMPT_VERBS:
        return False  # 'X tried to acquire Y': an attempt, not the act
    if kind in ("passive_patient_verbs", "passive_prepositional_verbs") and not is_passive(token):
        return False
    if kind.endswith("_nouns") and token.ent_type_ in NAME_LABELS and token.ent_iob_ != "O":
        return False  # a word of a name: 'Upper Canada College', 'Pacific Command'
    if kind.endswith("_nouns") and any(  # 'a splinter faction of Y' is no branch of Y
        MODIFIER_PREDICATES.get(c.lemma_.lower(), trigger.predicate) != trigger.predicate
        for c in token.children
        if c.dep_ in ("compound", "amod") and c.i < token.i
    ):
        return False
    if kind.endswith("_verbs") and token.pos_ not in ("VERB", "AUX"):
        return token.pos_ == "ADJ" and token.tag_ == "VBN"  # 'Iran-backed'
    if kind.endswith("_nouns") and token.pos_ not in ("NOUN", "PROPN"):
        return False
    if kind.endswith("_adjectives") and token.pos_ not in ("ADJ", "VERB"):
        return False
    if trigger.modified_noun:
        before = {w.lower_ for w in token.lefts} | {w.lemma_.lower() for w in token.lefts}
        return all(word in before for word in trigger.words[:-1])
    middle = trigger.words[1:-1] if kind in PREPOSITIONAL_KINDS else (trigger.words[1:])
    if not middle:
        return True
    below = {w.lower_ for w in token.subtree} | {w.lemma_.lower() for w in token.subtree}
    return all(word in below for word in middle)


def _mutual(trigger: Trigger) -> bool:
    """Whether a relation noun names what both parties do to each other: 'a war with Y'."""
    return trigger.kind == "party_nouns" and " ".join(trigger.words) in MUTUAL_PHRASES


def _severed(noun: Token) -> bool:
    """Whether a tie is what a verb of ending ends: 'X broke ties with Y', 'X severed its
    links to Y' say the tie no longer holds."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in SEVERING_VERBS


def _given(noun: Token, trigger: Trigger) -> bool:
    """Whether a relation noun whose other party is its source ('support from Y') is what
    a verb of giving gives: 'Y gives X support' turns the parties round."""
    return (
        trigger.kind == "party_nouns"
        and trigger.words[-1] == "from"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in GIVING_VERBS
    )


def _labels(verb: Token) -> bool:
    """Whether a verb of calling gives its patient one of the lexicon's labels: 'declared a
    terrorist organisation', 'listed as a terror group' (not 'considered a threat')."""
    complements = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
    complements += [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return any(
        word.lemma_.lower() in DESIGNATION_LABELS
        for complement in complements
        for word in complement.subtree
        if word.i < complement.i or word == complement
    )


def examples(word: Token) -> list[Token]:
    """The examples a plural noun is given by: 'countries including A and B', 'groups such
    as A', with their conjuncts."""
    found: list[Token] = []
    for prep in word.children:
        before = word.doc[prep.i - 1].lower_ if prep.i > 0 else ""
        if prep.dep_ == "prep" and (
            prep.lower_ in EXAMPLE_PREPOSITIONS or f"{before} {prep.lower_}" in EXAMPLE_PREPOSITIONS
        ):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found += [obj, *obj.conjuncts]
    for appos in word.children:  # 'other groups, most notably A': an apposition so marked
        if appos.dep_ == "appos" and any(
            c.dep_ == "advmod" and c.lower_ in EXAMPLE_ADVERBS for c in appos.children
        ):
            found += [appos, *appos.conjuncts]
    return found


def is_passive(verb: Token) -> bool:
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in PARTICIPLE_DEPS
        and not any(child.dep_ in ("nsubj", "dobj") for child in verb.children)
    )


def by_phrase(verb: Token) -> list[Token]:
    """The 'by' phrase of a passive verb, also when the parse hangs it on the verb's
    other phrase ('designated as a terrorist group by Y')."""
    # 'declared a terrorist organisation by Y': the phrase may hang on the complement too
    holders = [verb, *(c for c in verb.children if c.dep_ == "oprd")]
    holders += [obj for prep in verb.children if prep.dep_ == "prep" for obj in prep.children]
    # 'formed in Paris, France by Y': on the last place of a list
    holders += [c for obj in holders[1:] for c in obj.children if c.dep_ == "conj"]
    return [
        obj
        for holder in holders
        for child in holder.children
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by")
        for obj in child.children
        if obj.dep_ == "pobj"
    ]


def agents(verb: Token) -> list[Token]:
    """Who does it: 'X founded', 'founded by X', 'X-backed'."""
    if verb.dep_ == "amod" and verb.head.pos_ in ("NOUN", "PROPN"):
        own = [child for child in verb.children if child.dep_ in ("npadvmod", "compound")]
        # 'a former X (ABC) aligned group': the parse hangs the name on the noun
        return own or [
            c for c in verb.head.children if c.dep_ in ("nmod", "compound") and c.i < verb.i
        ]
    if is_passive(verb):
        return by_phrase(verb)
    return clause_subjects(verb)


def _aim_owner(subject: Token, verb: Token) -> Token:
    """Who does what an aim says: 'its mission was to fight Y' is done by
    the aim's owner, not by the aim."""
    if subject.lemma_.lower() not in AIM_NOUNS or verb.dep_ != "xcomp":
        return subject
    owners_ = [c for c in subject.children if c.dep_ == "poss"]
    return pronoun_owner(owners_[0]) if owners_ else subject


def patients(verb: Token) -> list[Token]:
    """Who it is done to: 'founded X', 'X was founded', 'X, founded by', 'X-backed group'."""
    if verb.dep_ == "amod":
        return [verb.head]
    if is_passive(verb):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if subjects:
            return [_antecedent(subjects[0], verb)]
        if verb.dep_ in ("acl", "relcl"):
            return [_described(verb)]  # 'a group founded by Y'
        if verb.dep_ == "conj":  # 'X is a rebel group and is considered ... by Y'
            return patients(verb.head) or clause_subjects(verb.head)
        if verb.dep_ == "advcl":  # 'Founded in 1987, X ...'
            return [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        if verb.dep_ == "xcomp":  # 'X is believed to be backed by Y': the raised subject
            return clause_subjects(verb)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            # 'P admitted to being paid by Y', 'X denies being funded by Y'
            return clause_subjects(verb.head.head)
        return []
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    if not objects:  # 'Y armed and trained X': joined verbs share the object after the last
        joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if joined and not any(c.dep_ in SUBJECT_DEPS for c in joined[-1].children):
            objects = [c for c in joined[-1].children if c.dep_ == "dobj"]
    return objects


def _described(verb: Token) -> Token:
    """The noun a participle or an apposition describes; the parse often hangs ', led by Y'
    or ', an X affiliate' on the wrong noun ('X and its allies in Z, led by Y'; 'the men,
    loyal to X (ABC), an X affiliate'), so a name just before the comma wins."""
    start = verb.left_edge.i if verb.dep_ == "appos" else verb.i
    before = start - 1
    while before > verb.sent.start and verb.doc[before].is_punct:
        before -= 1
    word = verb.doc[before]
    if word.ent_type_ in ("ORG", "PERSON", "NORP") and word.i != verb.head.i:
        return word
    return verb.head


def subject_group(verb: Token, context: DocContext) -> EntityRef | None:
    """The organisation that is the subject of a verb's clause, if its subject is one."""
    subjects = clause_subjects(verb)
    group = context.org_ref(subjects[0]) if subjects else None
    return group if group is not None and group.type == "organization" else None


def clause_subjects(verb: Token) -> list[Token]:
    """The subject of a verb's clause, climbing through 'X is believed to lead', 'X and
    then led', and to the antecedent of 'which'/'who'."""
    below = verb
    for governor in governors(verb):
        stranded = stranded_subject(governor)
        if stranded is not None:  # 'A founded X and B founded Y': B, not A, founded Y
            return [stranded]
        raised = [c for c in governor.children if c.dep_ == "dobj" and c.i < below.i]
        if below.dep_ == "xcomp" and below is not governor and raised:
            # 'which Y declares to be its ally': the object of 'claims' is what 'is'
            return [_antecedent(raised[0], governor)]
        below = governor
        subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return [_antecedent(subjects[0], governor)]
        if _shares_main_subject(governor):
            continue
        if governor.dep_ not in ("xcomp", "conj", "ccomp") or governor.pos_ not in (
            "VERB",
            "AUX",
        ):
            if governor.dep_ == "acl" and governor != verb:
                return [governor.head]
            if governor is verb and verb.dep_ == "acl":
                return [verb.head]
            if governor is verb and verb.dep_ == "relcl":
                return [verb.head]
            if governor is not verb:
                return []
    return []


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a joined clause that the parse read as the last item of the clause
    before: in 'A founded X and B founded Y' it lists 'X and B' and leaves the second
    verb with no subject, so B (the noun just before the verb, a conjunct of a word of the
    first clause) is its subject, and it is no item of that list."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "cc" for c in verb.children):
        return None  # its own subject, or 'and' on the verb: 'A founded X and led it'
    before = verb.i - 1
    doc = verb.doc
    while before > verb.sent.start and doc[before].head == verb and doc[before].dep_ in VERB_AIDS:
        before -= 1  # 'and B later founded Y', 'and B had founded Y'
    word = doc[before]
    while word.dep_ != "conj" and word.head.i > word.i and word.head.i <= before:
        word = word.head  # 'Tom' of 'Tom Rusk'
    if word.dep_ != "conj" or word.pos_ not in ("PROPN", "NOUN") or word.right_edge.i != before:
        return None
    if verb.head not in governors(word.head):
        return None  # a list of the clause the verb is joined to, not of another
    return word


def stranded(word: Token) -> bool:
    """Whether a conjunct is the stranded subject of the clause after it."""
    after = word.right_edge.i + 1
    doc = word.doc
    while after < word.sent.end and doc[after].dep_ in VERB_AIDS:
        after += 1
    return after < word.sent.end and stranded_subject(doc[after]) == word


def _shares_main_subject(word: Token) -> bool:
    """A gerund whose doer is the main clause's subject, and the time preposition that
    holds it: 'P played for X before joining Y', 'Joining Y in 1947, P ...'."""
    if word.tag_ == "VBG" and word.dep_ == "advcl":
        return True
    if word.tag_ == "VBG" and word.dep_ == "pcomp":
        return (
            word.head.lower_ in GERUND_TIME_PREPOSITIONS
            or _taking_part(word.head)
            or _charged(word.head)
        )
    return (
        word.dep_ == "prep"
        and (word.lower_ in GERUND_TIME_PREPOSITIONS or _taking_part(word) or _charged(word))
        and any(child.dep_ == "pcomp" and child.tag_ == "VBG" for child in word.children)
    )


def _taking_part(preposition: Token) -> bool:
    """'in' after a verb of taking part: 'X joined in fighting Y' (X fights Y)."""
    return preposition.lower_ == "in" and _matches_words(preposition.head, PARTICIPATION_VERBS)


def _charged(preposition: Token) -> bool:
    """'of' after a passive verb of accusing: 'X was accused of backing Y' (X backs Y; in
    the active 'A accused X of ...' the doer is the object, not read here)."""
    verb = preposition.head
    return (
        preposition.lower_ in ACCUSATION_PREPOSITIONS
        and verb.lemma_.lower() in ACCUSATION_VERBS
        and is_passive(verb)
    )


def _matches_words(verb: Token, phrases: frozenset[str]) -> bool:
    """Whether a verb, with its particle or object ('take part'), is one of the phrases."""
    if verb.lemma_.lower() in phrases:
        return True
    return any(
        f"{verb.lemma_.lower()} {child.lower_}" in phrases
        for child in verb.children
        if child.dep_ in ("prt", "dobj") and child.i > verb.i
    )


def _described_last_item(trigger: Token, word: Token) -> Token | None:
    """The last item of a list when the trigger is a phrase set off after it ('A and B,
    the X affiliate, ...'), which the parser hangs on the list's first item."""
    items = [trigger.head, *trigger.head.conjuncts]
    if trigger.dep_ != "appos" or word not in items or len(items) < 2:
        return None
    last = max(items, key=lambda item: item.i)
    return last if last.i < trigger.i else None


def _relative_antecedent(word: Token) -> Token:
    """What 'which'/'whom' stands for where it is a preposition's object: 'Y, with which
    X has been at odds for years' -> Y (the noun its relative clause hangs on)."""
    if word.lower_ not in RELATIVE_PRONOUNS or word.dep_ != "pobj":
        return word
    # the name set off just before ', with which' (the parse may hang the clause on the
    # phrase around it, 'an extension of Y, with which', or elsewhere)
    prep = word.head
    before = word.doc[prep.i - 2] if prep.i >= 2 and prep.i + 1 == word.i else None
    set_off = before is not None and word.doc[prep.i - 1].text == ","
    if set_off and before is not None and before.pos_ == "PROPN":
        return before
    for governor in governors(word):
        if governor.dep_ == "relcl":
            return governor.head
    if set_off and before is not None and before.pos_ == "NOUN":
        return before
    return word


def _outer_subject(word: Token) -> Token:
    """What 'it' stands for as the subject of a clause about another noun: 'T sees Y as
    a front for X, with which it has been in conflict' -> T, the outer clause's subject."""
    verb = word.head
    if word.lower_ not in ("it", "they") or word.dep_ not in ("nsubj", "nsubjpass"):
        return word
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "prep" and any(g.lower_ in RELATIVE_PRONOUNS for g in c.children)
        for c in verb.children
    ):
        return word
    outer = next((g for g in verb.head.ancestors if g.pos_ in ("VERB", "AUX")), None)
    subjects = [c for c in outer.children if c.dep_ == "nsubj"] if outer is not None else []
    return subjects[0] if subjects and subjects[0].pos_ == "PROPN" else word


def _antecedent(word: Token, verb: Token) -> Token:
    if word.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return _set_off_name(verb.head)
    return word


def _set_off_name(noun: Token) -> Token:
    """The name a ', who ...' clause is about when the parse hangs it on the last noun of
    a phrase set off after that name: in 'A, the son of B, who led X', A led X."""
    prep = noun.head
    described = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or described.dep_ != "appos":
        return noun
    after = noun.i + 1  # the comma that closes the set-off phrase
    if after < len(noun.doc) and noun.doc[after].text == "," and described.head.pos_ == "PROPN":
        return described.head
    return noun


def holders(noun: Token) -> list[Token]:
    """Who a role noun describes: appositions either way, the subject of 'is the leader',
    a name the role modifies ('leader Abu X'), the noun a relative clause is about; for a
    role modifying a common noun ('an ISIS affiliate organisation'), that noun's."""
    if noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN":
        return holders(noun.head)
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in PARTITIVE_WORDS:
        return holders(of.head)  # 'X was one of the founders of Y': X is a founder
    if listed_beside_a_name(noun):
        return []  # 'A, B and the Sahara branch of C': an item of the list, not a role of A
    return [word for word in _holders(noun) if not signs_a_note(word)]


def _holders(noun: Token) -> list[Token]:
    if noun.dep_ == "conj" and noun.head.dep_ == "appos":
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            return []  # 'P, ..., swore allegiance to X and its emir': X's emir, not P
        return _holders(noun.head)  # 'X, a tribal elder and the former emir of Y'
    found = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        found.append(_described(noun))
    # 'X is the leader of Y'; 'X was elected a member of Y' (an object predicate)
    if noun.dep_ in ("attr", "acomp", "oprd") or (noun.dep_ == "conj" and noun.head.dep_ == "attr"):
        verb = noun.head if noun.dep_ != "conj" else noun.head.head
        found.extend(clause_subjects(verb))
    if noun.dep_ == "amod" or (noun.dep_ == "acl" and noun.tag_ == "VBN"):
        found.append(noun.head)  # 'a group loyal to Y', 'a group linked to Y'
    if noun.pos_ in ("VERB", "ADJ") and noun.dep_ in ("ROOT", "conj", "ccomp", "relcl", "xcomp"):
        found.extend(clause_subjects(noun))  # 'X is linked to Y', 'X, which is allied with Y'
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        found.append(noun.head)  # 'ISIS leader Abu Bakr al-Baghdadi'
    if noun.dep_ == "nsubj":
        found.extend(c for c in noun.head.children if c.dep_ == "attr")
        if noun.head.lemma_.lower() in INCLUDING_VERBS:  # "X's allies include A and B"
            found.extend(c for c in noun.head.children if c.dep_ == "dobj")
    # 'an affiliate of Y known locally as X' (the parse may hang the naming on Y's name,
    # which needs none)
    found.extend(named_by(noun))
    found.extend(w for obj in of_objects(noun) if obj.pos_ == "PROPN" for w in named_by(obj))
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":  # 'X, who served as leader of Y'
        verb = noun.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "attr":  # 'X was a fighter ... as a member of Y'
            verb = verb.head
        # 'Y views X as an extension of Z': the one viewed so, not the viewer
        viewed = [c for c in verb.children if c.dep_ == "dobj"]
        regarding = verb.lemma_.lower() in REGARDING_VERBS
        found.extend(viewed if viewed and regarding else clause_subjects(verb))
    if noun.dep_ == "pobj" and noun.head.lower_ == "than" and noun.head.head.dep_ == "acomp":
        found.extend(clause_subjects(noun.head.head.head))  # 'X is little more than a proxy'
    if noun.dep_ != "appos" and not any(c.dep_ == "appos" for c in noun.children):
        # 'the founder of X, P': the parse hangs a person's name set off after the role's
        # owner on the owner (another name there is the owner's own: 'of X, a Y affiliate')
        found.extend(
            c
            for obj in of_objects(noun)
            for c in obj.children
            if c.dep_ == "appos" and c.ent_type_ == "PERSON"
        )
    if not found:  # 'the political arm of X, Z': the parse may join the name as a conjunct
        found.extend(c for w in (noun, *of_objects(noun)) for c in set_off_conjuncts(w))
    return found


def signs_a_note(word: Token) -> bool:
    """Whether a name signs an editor's bracketed note ('[the unit of the group — TASS]'):
    it follows a dash and closes the bracket, so it names who wrote the note, not a party."""
    doc = word.doc
    first = word.left_edge.i
    last = max(w.i for w in word.subtree if not w.is_punct or w == word)
    if last + 1 >= len(doc) or doc[last + 1].text not in NOTE_CLOSERS:
        return False
    return first > 0 and doc[first - 1].text in NOTE_DASHES


def merger_part(noun: Token, context: DocContext) -> bool:
    """Whether a noun is one of the parties a merger joins ('the merger of A and Y's branch',
    'a merger between Y's branch, the group X, and Z'): a partner beside the others, which
    describes neither them nor what the merger formed."""
    word = noun
    while word.dep_ in ("conj", "appos") and word.head != word:
        word = word.head
    preposition = word.head
    if word.dep_ != "pobj" or preposition.lower_ not in MERGER_PREPOSITIONS:
        return False
    merger = preposition.head
    nouns = context.ontology.predicates["formed_from"].cue("merger_nouns")
    return merger.pos_ == "NOUN" and merger.lemma_.lower() in nouns


def listed_beside_a_name(noun: Token) -> bool:
    """Whether a common noun is an item of a list whose items are names ('A, B, and the
    desert branch of C'): the items are partners side by side, so the noun describes none
    of the names ('a tribal elder and the emir of Y' lists two roles of one person)."""
    if noun.dep_ != "conj" or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False  # 'X and its allies in Y': the pronoun ties the noun back to X
    if any(c.dep_ == "cc" and c.ent_type_ for c in noun.head.children):
        return False  # "the State in Iraq and Syria's arm": an 'and' inside a name, no list
    return any(c.pos_ == "PROPN" and c.ent_type_ for c in (*noun.head.conjuncts, noun.head))


def set_off_conjuncts(word: Token) -> list[Token]:
    """The conjuncts of a word that are appositions the parse took for a list: set off
    by a comma, with no 'and'/'or' anywhere in the list ('the arm of X, Z, was banned')."""
    conjuncts = [c for c in word.children if c.dep_ == "conj"]
    if not conjuncts or any(
        c.dep_ in ("cc", "preconj") for w in (word, *word.conjuncts) for c in w.children
    ):
        return []
    doc = word.doc
    return [c for c in conjuncts if c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]


def owners(noun: Token) -> list[Token]:
    """Whose role: 'of X', 'for X' ('a spokesman for X'), 'in X' ('a commander in X'),
    "X's", 'X leader'; 'of X and of Y' gives both."""
    found = [
        obj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPOSITIONS
        for phrase in (prep, *repeated_prepositions(prep))
        for obj in phrase.children
        if obj.dep_ == "pobj"
    ]
    found += [
        pronoun_owner(c) for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i
    ]
    if noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN":  # 'an X affiliate group'
        found += [c for c in noun.head.children if c.dep_ in ("poss", "compound") and c.i < noun.i]
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":  # "X's local affiliate Y"
        found += [c for c in noun.head.children if c.dep_ == "poss"]
    if not any(w.pos_ in ("PROPN", "PRON") for w in found):
        # 'the lead singer and composer of X': the last role's 'of' is both roles'
        roles = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        found += [obj for role in roles[-1:] for obj in of_objects(role)]
    if not found:  # 'an Iranian proxy', 'a key Sudanese ally': a nationality, its country
        found += [c for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    return found


def targets(word: Token, preposition: str) -> list[Token]:
    """The object of the trigger's preposition, on the word, its object or its particle
    ('broke away from Y'); for verbs joined by 'and', on the last one ('X cooperates and
    competes with Y')."""
    found: list[Token] = []
    holders_ = [word, *(c for c in word.children if c.dep_ in ("dobj", "acomp", "advmod", "prt"))]
    # 'protect itself and its partners against Y': the phrase may hang on the last object
    holders_ += [c for obj in holders_[1:] if obj.dep_ == "dobj" for c in obj.conjuncts]
    # 'grew out of Y': a preposition with no object of its own holds the trigger's one
    holders_ += [
        c
        for c in word.children
        if c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
    ]
    for holder in holders_:
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ == preposition:
                found.extend(c for c in prep.children if c.dep_ == "pobj")
    if not found and word.pos_ == "VERB":
        shared = [c for c in word.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for verb in shared[:1]:
            if not any(c.dep_ == "dobj" for c in verb.children):
                found = targets(verb, preposition)
    return found


def parties(noun: Token) -> list[Token]:
    """Whose a relation noun is: its possessor ('its war with Y'), or the subject of the
    clause it is the object of ('X launched a war against Y', 'X is locked in a war with Y',
    'X, with Y's support, took the town')."""
    owners_ = [pronoun_owner(c) for c in noun.children if c.dep_ == "poss"]
    return owners_ or _clause_party(noun) or _owner_in_target(noun)


def _owner_in_target(noun: Token) -> list[Token]:
    """'an alliance with its old rival, P, helped X ...': with no owner and no clause to
    give one, the relation is the one whose 'its' the other party is said with."""
    return [
        owner
        for prep in noun.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for owner in obj.children
        if owner.dep_ == "poss" and owner.pos_ == "PRON" and owner.lower_ in GROUP_POSSESSIVES
    ]


def pronoun_owner(word: Token) -> Token:
    """What a possessive pronoun stands for when its clause names it: 'X prepares to step up
    its campaign' (X), 'which X declares to be its ally' (X); else the pronoun itself."""
    if word.pos_ != "PRON" or word.dep_ != "poss":
        return word
    role = word.head
    if role.dep_ == "conj" and role.head.i < word.i:
        # 'X and its leader Y': what the role is listed after, never the clause's subject
        # ('A attacked the village and its leader P': the village's leader)
        return listed_before(role)
    for governor in governors(word):
        if governor.pos_ in ("VERB", "AUX"):
            subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:  # the nearest subject only: a name, else the pronoun stays
                if _is_named(subjects[0]):
                    return subjects[0]
                return _joined_clause_subject(governor, subjects[0], word) or word
    return word


def _joined_clause_subject(verb: Token, subject: Token, pronoun: Token) -> Token | None:
    """The named subject of the clause before, for a pronoun inside the subject of the
    clause joined to it: in 'X is a port in Y, and its best-known founder was P', 'its' is X."""
    if verb.dep_ != "conj" or pronoun not in subject.subtree:
        return None
    before = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return before[0] if before and _is_named(before[0]) else None


def _is_named(word: Token) -> bool:
    """A name, or a common noun a name modifies: 'the Islamic State group'."""
    if word.pos_ == "PROPN":
        return True
    return any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in word.children)


def _clause_party(noun: Token) -> list[Token]:
    """The subject of the clause a relation noun is the object of, through prepositions."""
    word = noun
    for _ in range(3):
        if word.dep_ == "conj":
            word = word.head
        if word.dep_ in ("dobj", "attr", "oprd") and word.head.pos_ in ("VERB", "AUX"):
            return clause_subjects(word.head)
        if word.dep_ == "pobj" and word.head.dep_ == "prep":
            word = word.head.head
            if word.pos_ in ("VERB", "AUX"):
                return clause_subjects(word)
            if word.pos_ == "ADJ" and word.dep_ in ("acomp", "amod"):
                return holders(word) if word.dep_ == "amod" else clause_subjects(word.head)
            continue
        break
    return []


def noun_targets(noun: Token, preposition: str) -> list[Token]:
    """The other party of a relation noun: its preposition's object ('war with Y'), also
    when the parse hangs the phrase on the verb ('launched attacks against Y'); for a
    source ('support from Y'), also a name or nationality modifying it ('Iranian support',
    "Turkey's backing")."""
    found = [
        obj
        for prep in noun.children
        if prep.dep_ in ("prep", "dative") and prep.lower_ == preposition
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    if not found and noun.dep_ == "dobj":
        found = [
            obj
            for prep in noun.head.children
            if prep.dep_ == "prep" and prep.lower_ == preposition and prep.i > noun.i
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
    if not found and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        # 'Y, with which X has been at odds for years': the phrase hangs on the verb
        found = [
            obj
            for prep in noun.head.head.children
            if prep.dep_ == "prep" and prep.lower_ == preposition and prep != noun.head
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.lower_ in RELATIVE_PRONOUNS
        ]
    if preposition == "from":
        found += [
            c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
        ]
    return found


def stands_for(word: Token) -> list[Token]:
    """The words a noun phrase may name its entity by: itself, then (for a common noun
    such as 'a group') what it is in apposition or copula with."""
    # 'the group that later became X': X under its earlier form, before what 'the group'
    # would mean on its own
    found = [
        attr
        for clause in word.children
        if word.pos_ == "NOUN"
        and clause.dep_ == "relcl"
        and clause.lemma_.lower() in BECOMING_VERBS
        for attr in clause.children
        if attr.dep_ == "attr" and attr.pos_ == "PROPN"
    ]
    found.append(word)
    if word.pos_ == "NOUN":
        found += [c for c in word.children if c.dep_ == "appos"]
        if word.dep_ == "appos":
            found.append(word.head)
        if word.dep_ == "attr":
            found += [c for c in word.head.children if c.dep_ in SUBJECT_DEPS]
        if word.dep_ == "nsubj" and word.head.lemma_ == "be":
            # 'the oldest school in the county, founded in 1688, is X University': the
            # name the copula gives it
            found += [c for c in word.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
        if word.dep_ == "pobj" and word.head.lower_ == "as":
            # 'X began as a student organisation': what the subject was (not 'Y views X
            # as a proxy', where the 'as' phrase describes the object)
            verb = word.head.head
            if verb.pos_ in ("VERB", "AUX") and not any(c.dep_ == "dobj" for c in verb.children):
                found += [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        found += named_by(word)
        found += name_set_off_after(word)
        body = collective_of(word)
        if body is not None and not examples(word):
            # 'a coalition of Iranian-backed militias called X': X ('a coalition of groups
            # including A' names A, read from the examples)
            found += stands_for(body)
    return found


def name_set_off_after(noun: Token) -> list[Token]:
    """The name that follows a singular common noun after a comma, which the parse may not
    join as its apposition: 'attacks by an X-linked armed group, Jama'at Y (JY)'. A name
    that opens a list ('a group, A and B') is none."""
    doc = noun.doc
    at = noun.i + 1
    if noun.tag_ != "NN" or at + 1 >= len(doc) or doc[at].text != ",":
        return []
    at += 1
    if doc[at].lower_ == "the" and doc[at].ent_iob_ == "O" and at + 1 < len(doc):
        at += 1
    name = doc[at]
    if (
        name.ent_iob_ != "B"
        or name.ent_type_ != "ORG"
        or any(c.dep_ == "appos" for c in noun.children)
    ):
        return []
    end = at + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end < len(doc) and doc[end].text == "(":  # its acronym: 'Jama'at Y (JY)'
        close = next((t.i for t in doc[end : end + 6] if t.text == ")"), None)
        end = close + 1 if close is not None else end
    if end < len(doc) and doc[end].lower_ in ("and", "or"):
        return []
    return [name]


def collective_of(members: Token) -> Token | None:
    """The body a plural noun makes up: 'a coalition of [militias]', 'an umbrella group of
    [militias]'."""
    if members.tag_ != "NNS" or members.dep_ != "pobj" or members.head.lower_ != "of":
        return None
    body = members.head.head
    words_ = [body, *(c for c in body.children if c.dep_ == "compound")]
    return body if any(w.lemma_.lower() in COLLECTIVE_NOUNS for w in words_) else None


def _as_phrases(verb: Token) -> list[Token]:
    """The 'as' phrases of a verb: 'known as X'."""
    return [p for p in verb.children if p.lower_ == "as"]


def named_by(noun: Token) -> list[Token]:
    """The name a participle of naming gives a common noun: 'militias called X', 'a group
    named X', 'an affiliate known locally as X'."""
    found: list[Token] = []
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in NAMING_PARTICIPLES:
            continue
        found += [c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj")]
        found += [o for p in _as_phrases(verb) for o in p.children if o.dep_ == "pobj"]
        # 'a group known as X carried out ...': the parse may make 'as X carried' a clause
        found += [
            subject
            for clause in verb.children
            if clause.dep_ == "advcl" and any(m.lower_ == "as" for m in clause.children)
            for subject in clause.children
            if subject.dep_ == "nsubj" and subject.pos_ == "PROPN"
        ]
    return found or _named_next(noun)


def _named_next(noun: Token) -> list[Token]:
    """The name a participle of naming right after a noun gives it when the parse hangs
    the participle elsewhere ('militias called X' read as '... led, called X')."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(doc):
        return []
    verb = doc[noun.i + 1]
    if verb.lemma_.lower() not in NAMING_PARTICIPLES or verb.tag_ not in ("VBN", "VBD"):
        return []
    if verb.head == noun or any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        return []  # its own clause ('the group called X a traitor')
    return [c for c in verb.children if c.dep_ == "oprd"]


def listed_before(role: Token) -> Token:
    """The phrase a role listed with 'and its' belongs to: the name it is listed after, the
    last name before it in that phrase ('allegiance to X and its emir'), else that phrase's
    own noun; on a verb ('A attacked X and its leader'), only the words after the verb."""
    head = role.head
    if head.pos_ == "PROPN":
        return head
    start = head.i if head.pos_ in ("VERB", "AUX") else -1
    named = [w for w in head.subtree if start < w.i < role.i and w.pos_ == "PROPN"]
    return named[-1] if named else head


def titled(role: Token, name: Token) -> bool:
    """'X leader P and Q': a singular title before a name names that one person, not the
    names listed after it."""
    return role.dep_ == "compound" and role.head == name and role.tag_ == "NN"
