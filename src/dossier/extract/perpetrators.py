"""Who did it: claims of responsibility, attributions, suspicions and agents.

    Al-Shabaab claimed responsibility for the incident.            -> Al-Shabaab, claimed
    No group claimed responsibility; however, sources attributed
      the attack to Houthi extremists (Ansar Allah).                -> Houthis, blamed
    Police suspect the Taliban.                                      -> Taliban, suspected
    The PKK denied any role in the attack.                          -> PKK, denied
    an operation conducted by US military forces                    -> United States
    Taliban militants attacked a checkpoint                         -> Taliban

A perpetrator is the organisation named in the phrase (through the
ontology's aliases) or, failing that, the phrase itself ('Fulani extremists').
Phrases that name nobody in particular ('assailants', 'gunmen') are no one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dossier.extract.context import (
    DEMONYM_PLACES,
    DocContext,
    country_of_demonym,
    is_creed,
    is_demonym,
    person_name,
)
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef
from dossier.model.names import clean_name

_LEXICON = lexicon("perpetrators")

GENERIC_HEADS = words(_LEXICON, "generic_heads")
# A unit of a larger group: 'the Al-Barnawi faction of Boko Haram' is Boko Haram.
SUBUNIT_HEADS = words(_LEXICON, "subunit_heads")
NOBODY = words(_LEXICON, "nobody")
STATE_FORCES = words(_LEXICON, "state_forces")
ATTACK_VERBS = words(_LEXICON, "attack_verbs")
PERPETRATOR_WORDS = words(_LEXICON, "perpetrator_words")
GROUP_HEADS = words(_LEXICON, "group_heads")
EVENT_WORDS = words(_LEXICON, "event_words")
GENERIC_MODIFIERS = words(_LEXICON, "generic_modifiers")
CUT_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "prep", "appos"})
SINGULAR_TO_GROUP = words(_LEXICON, "singular_to_group")
# 'X's affiliate' is another group than X, and names none
AFFILIATE_HEADS = words(_LEXICON, "affiliate_heads")
NAMING_VERBS = words(_LEXICON, "naming_verbs")
DENYING_VERBS = words(_LEXICON, "denying_verbs")
RECIPROCAL_WORDS = words(_LEXICON, "reciprocal_words")
RESPONSIBILITY_WORDS = words(_LEXICON, "responsibility_words")
DENIED_OBJECTS = tuple(sorted(words(_LEXICON, "denied_objects")))
CLAIMING_VERBS = words(_LEXICON, "claiming_verbs")
CLAIMED_OBJECTS = tuple(sorted(words(_LEXICON, "claimed_objects")))
DEED_WORDS = words(_LEXICON, "deed_words")
DOING_VERBS = words(_LEXICON, "doing_verbs")
DOING_HEADS = frozenset(verb.split()[0] for verb in DOING_VERBS)  # 'carry' of 'carry out'
BLAME_ADJECTIVES = words(_LEXICON, "blame_adjectives")
# words that make a name a state body's: 'Central Reserve Police Force'
STATE_BODY_WORDS = words(_LEXICON, "state_body_words")
PARTITIVE_WORDS = words(_LEXICON, "partitive_words")  # 'one of the attackers'
ACCUSER_HEADS = words(_LEXICON, "accuser_heads")
SUSPECT_NOUNS = words(_LEXICON, "suspect_nouns")
SUSPICION_NOUNS = words(_LEXICON, "suspicion_nouns")
SUSPICION_VERBS = words(_LEXICON, "suspicion_verbs")
HALLMARK_NOUNS = words(_LEXICON, "hallmark_nouns")
POINTING_SUBJECTS = words(_LEXICON, "pointing_subjects")
TELLING_VERBS = words(_LEXICON, "telling_verbs")
DEED_VERBS = words(_LEXICON, "deed_verbs")
TOLL_VERBS = words(_LEXICON, "toll_verbs")
TAKING_PART_VERBS = words(_LEXICON, "taking_part_verbs")
ORGANISATION_NOUNS = words(_LEXICON, "organisation_nouns")
REGIONAL_UNITS = words(_LEXICON, "regional_units")
LINK_NOUNS = words(_LEXICON, "link_nouns")
LINK_PROBING_VERBS = words(_LEXICON, "link_probing_verbs")
LINK_DOUBT_MODIFIERS = words(_LEXICON, "link_doubt_modifiers")
EXCLUDING_VERBS = words(_LEXICON, "excluding_verbs")


# every word that can head a statement of who did it (each branch of _read_statement): a
# word outside it is passed over at once, as most words of most sentences are
STATEMENT_CUES = (
    frozenset({"claim", "attribute", "suspect", "accuse", "blame", "point", "accord"})
    | frozenset({"be", "identify"})
    | CLAIMING_VERBS
    | DOING_HEADS
    | BLAME_ADJECTIVES
    | DENYING_VERBS
    | SUSPECT_NOUNS
    | SUSPICION_NOUNS
    | HALLMARK_NOUNS
    | TELLING_VERBS
    | LINK_NOUNS
)

STANCES = ("claimed", "blamed", "suspected", "denied", "named")
ACCUSING_STANCES = frozenset({"blamed", "suspected"})  # stances someone else takes


@dataclass(frozen=True, slots=True)
class Responsibility:
    perpetrator: EntityRef | None  # None: the text says nobody claimed it
    claimed: bool | None  # True: claimed; False: attributed or suspected; None: an agent
    # how the text ties the group to the attack: claimed (by itself), blamed (by others),
    # suspected, denied (it says it had no part), named (as the doer); one of STANCES
    stance: str = ""
    # who blames or suspects the group, as the text names them ('Ugandan authorities',
    # 'Suleyman Soylu'); '' for a claim, a denial, a doer named, or an accuser unnamed
    accuser: str = ""

    @property
    def how(self) -> str:
        if self.stance:
            return self.stance
        return {True: "claimed", False: "blamed", None: "named"}[self.claimed]


def read_responsibility(
    sentence: Span, context: DocContext, lowered: AbstractSet[str] | None = None
) -> list[Responsibility]:
    """Every statement of who carried out an attack in the sentence. ``lowered``: the
    sentence's lower-cased words and lemmas, to skip it when no word can head one."""
    if lowered is not None and not lowered & STATEMENT_CUES:
        return []
    found: list[Responsibility] = []
    for token in sentence:
        before = len(found)
        _read_statement(token, context, found)
        if any(item.how in ACCUSING_STANCES for item in found[before:]):
            accused = {item.perpetrator for item in found[before:]}
            accuser = _accuser(token, accused, context)
            found[before:] = [
                replace(item, accuser=accuser) if item.how in ACCUSING_STANCES else item
                for item in found[before:]
            ]
    return [item for item in found if item.perpetrator is not None or item.claimed is None]


def _read_statement(token: Token, context: DocContext, found: list[Responsibility]) -> None:
    """The statements of who did it that one word heads, added to ``found``."""
    lemma = token.lemma_.lower()
    if lemma not in STATEMENT_CUES:
        return
    if lemma == "claim" and _claimed_by(token):
        # 'the attack was claimed by X', 'responsibility was claimed by X'
        for agent in _with_conjuncts(_prep_objects(token, ("by",))):
            found.append(Responsibility(perpetrator_of(agent, context), True))
    elif _claims_responsibility(token):
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if not subjects:
            return
        if _names_nobody(subjects[0]):
            found.append(Responsibility(None, None))
            return
        # 'Its Yemeni affiliate AQAP claimed': the parse may give the name a subject of
        # its own; the first subject that names a group is the claimant
        named = (_claimant(subject, context) for subject in subjects)
        found.append(Responsibility(next((r for r in named if r is not None), None), True))
    elif _done_by(token):
        # 'the attack was carried out by X and Y', 'an act perpetrated by X'
        for agent in _with_conjuncts(_prep_objects(token, ("by",))):
            found.append(Responsibility(_doer(agent, context), None, "named"))
    elif _did_the_deed(token):
        # 'X (is believed to have) carried out the attack', told after the attack
        for doer in _with_conjuncts(_active_subjects(token)):
            found.append(Responsibility(_doer(doer, context), None, "named"))
    elif lemma in BLAME_ADJECTIVES and _held_responsible(token):
        # 'X is responsible', 'X was held responsible for the bombing'
        for held in _with_conjuncts(_responsible_subjects(token)):
            found.append(_blame_or_own_claim(_group_or_meant(held, context), token, context))
    elif lemma == "attribute" and not _attributes_other(token):
        # 'attributed the attack to X': the parse may hang 'to X' on 'the attack'
        objects = [c for c in token.children if c.dep_ == "dobj"]
        targets = _prep_objects(token, ("to",)) or [
            t for obj in objects for t in _prep_objects(obj, ("to",))
        ]
        for target in _with_conjuncts(targets):
            found.append(Responsibility(perpetrator_of(target, context), False))
    elif lemma == "suspect" and token.pos_ != "NOUN":
        for target in _with_conjuncts(_suspects(token)):
            found.append(Responsibility(perpetrator_of(target, context), False, "suspected"))
    elif lemma == "accuse":
        # 'accused the PKK of responsibility for the bombing' ('of' may hang on the name);
        # not 'accused each other of ...', nor an accusation of anything but an attack
        # 'X has been accused by India of ...': the accused is the passive's subject
        for target in (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
            charges = _prep_objects(token, ("of",)) + _prep_objects(target, ("of",))
            if target.lemma_.lower() in RECIPROCAL_WORDS or not any(
                _charges_attack(charge) for charge in charges
            ):
                continue
            for accused in _with_conjuncts([target]):
                found.append(Responsibility(perpetrator_of(accused, context), False))
    elif lemma in DENYING_VERBS and _has_object(token, DENIED_OBJECTS):
        # 'the PKK denied any role in the attack': kept apart, never a claim
        subject = _first(token, ("nsubj",))
        if subject is not None:
            denied = perpetrator_of(subject, context)
            found.append(Responsibility(denied, False, "denied"))
    elif lemma == "blame":
        objects = [c for c in token.children if c.dep_ == "dobj"]
        targets = (
            _prep_objects(token, ("on",))
            or [t for obj in objects for t in _prep_objects(obj, ("on",))]
            or [
                c
                for c in token.children
                if c.dep_ == "dobj" and c.lemma_.lower() not in ("attack", "incident")
            ]
            or _blamed_for_deed(token)
        )
        for target in _with_conjuncts(targets):
            found.append(Responsibility(perpetrator_of(target, context), False))
    elif lemma in SUSPECT_NOUNS and token.pos_ == "NOUN":
        # 'one likely culprit, X, condemned the attack', 'X, the main suspect, ...'
        for beside in _with_conjuncts(_named_beside(token, context)):
            found.append(Responsibility(perpetrator_of(beside, context), False, "suspected"))
    elif lemma in SUSPICION_NOUNS and token.dep_ == "nsubj" and not _negated(token.head):
        # 'suspicion fell on X', 'suspicion turned to X'
        if token.head.lemma_.lower() in SUSPICION_VERBS:
            for pointed in _with_conjuncts(_prep_objects(token.head, ("on", "to", "upon"))):
                if _group_named(pointed, context):
                    found.append(
                        Responsibility(perpetrator_of(pointed, context), False, "suspected")
                    )
    elif lemma in HALLMARK_NOUNS:
        # 'the blast bore the hallmarks of (an operation by) X'
        for marked in _with_conjuncts(_prep_objects(token, ("of",))):
            doers = _prep_objects(marked, ("by",)) if _refers_to_deed(marked) else [marked]
            for doer in _with_conjuncts(doers):
                if _group_named(doer, context):
                    found.append(Responsibility(perpetrator_of(doer, context), False, "suspected"))
    elif lemma == "point" and _pointed_by_evidence(token):
        # 'the investigation into the bombing is pointing to X'
        for pointed in _with_conjuncts(_prep_objects(token, ("to",))):
            if _group_named(pointed, context):
                found.append(Responsibility(perpetrator_of(pointed, context), False, "suspected"))
    elif lemma == "accord" and _prep_objects(token, ("to",)):
        # '12 soldiers were killed in an ambush, according to X': an armed group's own toll
        for source in _prep_objects(token, ("to",)):
            teller = _own_toll_teller(token, source, context)
            if teller is not None:
                found.append(Responsibility(teller, True))
    elif lemma in TELLING_VERBS:
        # 'X said four of its fighters had stormed the hotel', 'X said it killed 12 soldiers'
        teller = _tells_own_deed(token, context)
        if teller is not None:
            found.append(Responsibility(teller, True))
    elif lemma == "be" and (behind := _behind_the_deed(token, context)):
        # 'X was behind the attack', 'the group behind the bombing was X'
        for suspect_ref in behind:
            found.append(_blame_or_own_claim(suspect_ref, token, context))
    elif lemma == "be" and (person := _person_named_doer(token, context)) is not None:
        # 'police said the bomber was Amadou Keita'
        found.append(Responsibility(person, None, "named"))
    elif lemma in LINK_NOUNS and token.pos_ == "NOUN" and _link_suspected(token):
        # 'authorities were not ruling out X ties to the attack', 'probing X's links to it'
        for group in _linked_groups(token, context):
            found.append(Responsibility(group, False, "suspected"))
    elif lemma == "identify" and _prep_objects(token, ("as",)):
        identified = [_one_of(c) for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if identified and identified[0].lemma_.lower() in PERPETRATOR_WORDS:
            for target in _prep_objects(token, ("as",)):
                found.append(Responsibility(perpetrator_of(target, context), False))


def _named_beside(noun: Token, context: DocContext) -> list[Token]:
    """The group a suspect noun stands beside: 'the main suspect, X' or 'X, the main
    suspect'; only a group by name (a person's name beside 'the suspect' is no group)."""
    beside = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        beside.append(noun.head)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and not _negated(noun.head):
        beside += [c for c in noun.head.children if c.dep_ == "nsubj"]  # 'X is the main suspect'
    return [word for word in beside if _names_group(word, context)]


def _group_named(phrase: Token, context: DocContext) -> bool:
    """A group by name: tagged, or a name on a group noun ('the X terrorist network')."""
    return _names_group(phrase, context) or _name_on_group_noun(phrase, context) is not None


def _refers_to_deed(word: Token) -> bool:
    return word.lemma_.lower() in DEED_WORDS or word.lemma_.lower() == "operation"


def _pointed_by_evidence(verb: Token) -> bool:
    """'the investigation is pointing to', 'evidence points to': not 'he pointed to a map'."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in POINTING_SUBJECTS for c in verb.children)


def _own_toll_teller(accord: Token, source: Token, context: DocContext) -> EntityRef | None:
    """An armed group giving the toll of an attack nobody else is named doing: 'at least 10
    people were killed in a bombing, according to X' tells X's own attack. Not when the
    clause names its doer ('US strikes killed 20 militants, according to X'), nor a state
    body or a group not known as armed (a rights group counts the dead of others)."""
    clause = accord.head
    if clause.pos_ not in ("VERB", "AUX") or clause.lemma_.lower() not in TOLL_VERBS:
        return None
    clauses = [clause, clause.head] if clause.dep_ == "conj" else [clause]
    if any(c.dep_ in ("nsubj", "agent") for verb in clauses for c in verb.children):
        return None
    ref = perpetrator_of(source, context)
    if ref is None or ref.type != "organization" or not _armed_phrase(source, context):
        return None
    return ref


def _armed_phrase(phrase: Token, context: DocContext) -> bool:
    """A phrase naming an armed group the ontology knows or the text calls a group ("the
    Islamic State organisation", "Islamic State's branch in Yemen"): a rights group, a
    ministry or an officer tells of others' deeds."""
    for word in phrase.subtree:
        ref = context.org_ref(word) if context.entity_at(word) is not None else None
        if ref is not None and ref.type == "organization" and _known_group(ref, context):
            return True
    return False


def _tells_own_deed(verb: Token, context: DocContext) -> EntityRef | None:
    """A group that says its own men did an attack: 'X said four of its fighters had stormed
    the hotel', 'X said it had attacked the base'. The deed's subject must be the group
    itself ('it', 'we') or its own men ('its fighters'), never anyone else."""
    subject = _first(verb, ("nsubj",))
    if subject is None or subject.pos_ == "PRON" or not _names_group(subject, context):
        return None
    for told in (c for c in verb.children if c.dep_ == "ccomp"):
        if _negated(told) or not (told.lemma_.lower() in DEED_VERBS or _did_the_deed(told)):
            continue  # 'it stormed the base', 'it carried out the attack'; not 'it has not'

        doer = _first(told, ("nsubj",))
        if doer is None:
            continue
        # 'its fighters stormed the hotel', 'the attack killed dozens': an armed group's
        # account (a commander's 'we have killed them' is no claim of the attack)
        if (_its_own(doer) or _refers_to_event(doer)) and _armed_phrase(subject, context):
            return perpetrator_of(subject, context)
    return None


def _its_own(doer: Token) -> bool:
    """'it', 'we', 'its fighters', 'three of its heroes': the teller or its men."""
    if doer.pos_ == "PRON":
        return doer.lower_ in ("it", "we")
    return any(
        word.dep_ == "poss" and word.lower_ in ("its", "our", "their") for word in doer.subtree
    )


def _person_named_doer(verb: Token, context: DocContext) -> EntityRef | None:
    """'the bomber was Amadou Keita', 'the terrorist driving the vehicle was X': a person
    named as the attacker of the attack told."""
    subject = _first(verb, ("nsubj",)) or _subject_read_as_clause(verb)
    if subject is None or subject.lemma_.lower() not in PERPETRATOR_WORDS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None  # 'a bomber was ...' tells of someone else
    for named in (c for c in verb.children if c.dep_ == "attr"):
        ent = context.entity_at(named)
        if ent is not None and ent.label_ == "PERSON":
            return _doer(named, context)
    return None


def _subject_read_as_clause(verb: Token) -> Token | None:
    """'the terrorist driving the car was X': the parser may make 'the terrorist driving
    the car' a clause of its own (the subject clause of 'was', or one just before it); its
    subject is the one."""
    siblings = list(verb.head.children) if verb.head is not verb else []
    for clause in [*verb.children, *siblings]:
        if clause.i < verb.i and clause.tag_ == "VBG" and clause.right_edge.i == verb.i - 1:
            return _first(clause, ("nsubj",))
    return None


def _accuser(verb: Token, accused: set[EntityRef | None], context: DocContext) -> str:
    """Who blames or suspects: the agent of a passive ('X was accused by India'), the
    subject ('Ugandan authorities have blamed X'), or the speaker of the clause the charge
    is told in ('X is responsible, the minister said'); '' when a pronoun or nobody."""
    for governor in (verb, *verb.ancestors):
        speakers = _prep_objects(governor, ("by",)) if governor.pos_ in ("VERB", "AUX") else []
        speakers += [c for c in governor.children if c.dep_ == "nsubj"]
        for speaker in speakers:
            if perpetrator_of(speaker, context) in accused or _refers_to_event(speaker):
                continue  # the accused ('X is responsible'), or the attack itself
            if speaker.pos_ == "PRON":
                return ""
            named = _speaker_name(speaker, context)
            if named:
                return named
    return ""


def _speaker_name(speaker: Token, context: DocContext) -> str:
    """A person, organisation or state by name ('The governor, Ali Hassan' -> Ali Hassan),
    or an office that speaks ('police', 'Ugandan authorities'); '' for anything else ('our
    evidence shows ...')."""
    for word in (*[c for c in speaker.children if c.dep_ == "appos"], speaker):
        ent = context.entity_at(word)
        if ent is not None and ent.label_ == "PERSON":
            return person_name(ent)
    ent = context.entity_at(speaker)
    if ent is not None and ent.label_ in ("ORG", "GPE", "NORP"):
        return _phrase_text(speaker)
    if speaker.lemma_.lower() in ACCUSER_HEADS or speaker.lower_ in ACCUSER_HEADS:
        return _phrase_text(speaker)
    return ""


def _attributes_other(verb: Token) -> bool:
    """'a statement attributed to X', 'remarks attributed to X': what is attributed is
    words or anything else but the attack."""
    attributed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        attributed.append(verb.head)
    return bool(attributed) and not any(
        word.lemma_.lower() in DEED_WORDS or word.lower_ in ("it", "this") for word in attributed
    )


def _one_of(phrase: Token) -> Token:
    """'one of the attackers' -> 'attackers'; any other phrase is itself."""
    if phrase.lower_ in PARTITIVE_WORDS:
        members = _prep_objects(phrase, ("of",))
        if members:
            return members[0]
    return phrase


def adds_perpetrator(
    statement: Responsibility, known: Sequence[EntityRef], stances: Mapping[EntityRef, str]
) -> bool:
    """Whether a statement that is not a claim adds its group beside those already told:
    always when none is; a doer named ('carried out by X and Y') beside a claimant; one more
    accused by the same kind of statement ('blamed militants from X and Y'); any accused
    beside doers only named (a unit named, then its parent group accused); one accused
    beside a claimant (X claimed it, officials blamed Y: both kept, each with its stance)."""
    if not known or statement.how == "named":
        return True
    told = {stances.get(p, "named") for p in known}
    if statement.how in ACCUSING_STANCES and "claimed" in told:
        return True
    return statement.how in told or told == {"named"}


def _claims_responsibility(verb: Token) -> bool:
    """'X claimed (responsibility for) the attack', 'X admitted responsibility for the
    murder', 'X has taken credit for beheading a journalist'. Verbs other than 'claim' are
    common in other senses ('took responsibility for security'), so they need a deed."""
    lemma = verb.lemma_.lower()
    if lemma not in CLAIMING_VERBS or _negated(verb):
        return False  # 'it has not claimed the bombing' names no claimant
    claimed = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_OBJECTS]
    if lemma == "claim":
        return bool(claimed) or _claims_event(verb)
    if not claimed:
        return False
    deeds = _prep_objects(verb, ("for",)) + _prep_objects(claimed[0], ("for",))
    return any(_tells_deed(deed) for deed in deeds)


def _tells_deed(phrase: Token) -> bool:
    """'the murder of X', 'a series of bombing attacks', 'beheading a journalist', 'it'."""
    if phrase.lower_ in ("it", "this", "that"):
        return True
    return any(word.lemma_.lower() in DEED_WORDS for word in phrase.subtree)


def _claimant(subject: Token, context: DocContext) -> EntityRef | None:
    """Who claims: a group named or meant ('the terror group'), or 'it' / 'they' for the
    group the passage is about (a claim is a group's act, so the pronoun means one)."""
    if _group_pronoun(subject, context):
        return _meant_group(subject, context)
    return perpetrator_of(subject, context)


def _done_by(verb: Token) -> bool:
    """A passive 'carried out by' whose subject is the deed ('the attack', 'it'), or a
    participle describing one ('an act perpetrated by X')."""
    if not _doing_verb(verb) or _negated(verb):
        return False
    if not any(c.dep_ == "agent" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subjects:
        return subjects[0].lemma_.lower() in DEED_WORDS or subjects[0].lower_ in ("it", "this")
    return verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in DEED_WORDS


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _doing_verb(verb: Token) -> bool:
    """'carry out', 'perpetrate', 'stage': a verb of doing a deed ('carried', without 'out',
    may mean a bomb carried by a boy)."""
    lemma = verb.lemma_.lower()
    if lemma not in DOING_HEADS:
        return False  # most words: no need to look at their particles
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma in DOING_VERBS or any(f"{lemma} {p}" in DOING_VERBS for p in particles)


def _did_the_deed(verb: Token) -> bool:
    """An active 'X carried out the attack' whose object is the attack already told ('the
    attack', "Sunday's bombing"): a new attack ('carried out an attack') is an event cue."""
    return (
        _doing_verb(verb)
        and not _negated(verb)
        and any(
            child.dep_ == "dobj"
            and child.lemma_.lower() in DEED_WORDS
            and any(
                d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in child.children
            )
            for child in verb.children
        )
    )


def _active_subjects(verb: Token) -> list[Token]:
    """The subject of the verb, or of the verb it completes ('X is believed to have ...')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.head.dep_ == "acl":  # 'X, the commander, believed to have plotted the attack'
            subjects = [verb.head.head]
        elif verb.head.dep_ == "advcl":  # the same, parsed as a clause of the sentence's verb
            subjects = [named] if (named := _named_before_comma(verb.head)) else []
    # 'X, a chemist who masterminded the attack': 'who' is the phrase the clause describes
    return [verb.head if s.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else s for s in subjects]


def _doer(agent: Token, context: DocContext) -> EntityRef | None:
    """The doer a 'by' phrase names: a person by name ('by Rojhat Zilan'), a group by name
    or as 'the group'; not a common noun ('by a teenager')."""
    if context.entity_at(agent) is None and agent.dep_ == "appos":
        agent = agent.head  # 'Imam Noor, a chemist who ...': the name the apposition describes
    elif context.entity_at(agent) is None and agent.pos_ == "NOUN":
        agent = _person_before_comma(agent, context) or agent
    ent = context.entity_at(agent)
    if ent is not None and ent.label_ == "PERSON":
        # the name and the capitalised words written before it ('Rojhat' of 'Rojhat Zilan')
        first = agent
        while first.i > agent.sent.start and agent.doc[first.i - 1].dep_ == "compound":
            if not agent.doc[first.i - 1].text[:1].isupper():
                break
            first = agent.doc[first.i - 1]
        name = clean_name(agent.doc[min(first.i, ent.start) : max(agent.i + 1, ent.end)].text)
        return EntityRef("person", name) if name else None
    ref = perpetrator_of(agent, context)
    if ref is None or ref.type != "organization" or agent.pos_ == "PROPN":
        return ref
    if context.entity_at(agent) is None and agent.lemma_.lower() not in GROUP_HEADS | (
        context.ontology.group_nouns
    ):
        return None  # 'the commander of X', 'a teacher': a person unnamed, not a group
    if _names_group(agent, context) or _refers_to_group(agent, context):
        return ref
    return None


def _blame_or_own_claim(held: EntityRef | None, word: Token, context: DocContext) -> Responsibility:
    """A group held responsible, blamed; or claiming it, when the group itself tells it
    ('ISIS said it was responsible for the attack')."""
    for governor in word.ancestors:
        if governor.lemma_.lower() in TELLING_VERBS:
            teller = _first(governor, ("nsubj",))
            if held is not None and teller is not None and perpetrator_of(teller, context) == held:
                return Responsibility(held, True)
            break
    return Responsibility(held, False, "blamed")


def _group_or_meant(phrase: Token, context: DocContext) -> EntityRef | None:
    """The group a phrase names, or the known armed group 'it' means ('It was responsible
    for the attack')."""
    if _group_pronoun(phrase, context):
        meant = _meant_group(phrase, context)
        return meant if meant is not None and _known_group(meant, context) else None
    return perpetrator_of(phrase, context)


def _own_men(phrase: Token, context: DocContext) -> EntityRef | None:
    """The known armed group whose men a phrase names by 'its' or 'the group's': 'its
    fighters', "the group's militants" (not 'their', which may mean any people)."""
    if phrase.lemma_.lower() not in GROUP_HEADS | PERPETRATOR_WORDS:
        return None
    for owner in (c for c in phrase.children if c.dep_ == "poss"):
        if owner.lower_ == "its" or _refers_to_group(owner, context):
            meant = _meant_group(owner, context)
            return meant if meant is not None and _known_group(meant, context) else None
    return None


def _blamed_for_deed(verb: Token) -> list[Token]:
    """'X was blamed for the attack': the passive's subject, when what it is blamed for is
    an attack; not 'X was not blamed'."""
    if _negated(verb) or not any(_tells_deed(d) for d in _prep_objects(verb, ("for",))):
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def _behind_the_deed(verb: Token, context: DocContext) -> list[EntityRef]:
    """Who 'is behind' the attack told: 'X was behind the attack', 'X is believed to be
    behind it', 'the group behind the bombing was X'. Only a group or a person by name, or
    'it' / 'the group' meaning a known group; nothing when negated."""
    if _negated(verb):
        return []
    if _behind_deed(verb):
        phrases = _active_subjects(verb) or [
            c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
        ]
    else:
        subject = _first(verb, ("nsubj",))
        if subject is None or not _behind_deed(subject) or _negated(verb):
            return []
        phrases = [c for c in verb.children if c.dep_ == "attr"]
    doers: list[EntityRef] = []
    for phrase in _with_conjuncts(phrases):
        if _group_pronoun(phrase, context):
            meant = _meant_group(phrase, context)
            doer = meant if meant is not None and _known_group(meant, context) else None
        else:
            doer = _doer(phrase, context)
        if doer is not None and doer.type in ("organization", "person") and doer not in doers:
            doers.append(doer)
    return doers


def _behind_deed(word: Token) -> bool:
    """'behind the attack', 'behind it': one attack, the one told, not 'behind attacks'."""
    return any(
        deed.lower_ in ("it", "this")
        or (_refers_to_event(deed) and deed.tag_ != "NNS" and _definite(deed))
        for deed in _prep_objects(word, ("behind",))
    )


def _link_suspected(link: Token) -> bool:
    """A group's link to the attack told (one, already named: 'the attack') that someone
    looks into, does not rule out, or calls possible; not 'no links', 'ruled out links'."""
    # 'investigating X links to the bombing': the parse may hang 'to' on the verb
    deeds = _prep_objects(link, ("to",)) or (
        _prep_objects(link.head, ("to",)) if link.dep_ == "dobj" else []
    )
    if not any(_refers_to_event(d) and d.tag_ != "NNS" and _definite(d) for d in deeds):
        return False
    if any(c.lower_ in NOBODY for c in link.children if c.dep_ == "det"):
        return False
    verb = link.head if link.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head  # 'looking into X links to the attack'
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        if lemma in EXCLUDING_VERBS or any(f"{lemma} {p}" in EXCLUDING_VERBS for p in particles):
            return _negated(verb)  # 'not ruling out X ties to the attack'
        if _negated(verb) or lemma in DENYING_VERBS:
            return False
        if lemma in LINK_PROBING_VERBS:
            return True
    return any(c.lemma_.lower() in LINK_DOUBT_MODIFIERS for c in link.children)


def _definite(noun: Token) -> bool:
    return any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in noun.children)


def _linked_groups(link: Token, context: DocContext) -> list[EntityRef]:
    """The organisations written on the link: 'Islamic State ties', "the PKK's links"."""
    groups: list[EntityRef] = []
    for modifier in link.children:
        if modifier.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue
        if context.entity_at(modifier) is None:
            continue
        ref = context.org_ref(modifier)
        if ref is not None and ref.type == "organization" and ref not in groups:
            groups.append(ref)
    return groups


def _named_before_comma(participle: Token) -> Token | None:
    """The name a participle set off by a comma describes ('searching for X, the leader of
    the cell, believed to have ...'): the name the words before the comma hang on."""
    if participle.tag_ not in ("VBD", "VBN") or any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in participle.children
    ):
        return None
    if participle.i < participle.sent.start + 2 or participle.doc[participle.i - 1].text != ",":
        return None
    word = participle.doc[participle.i - 2]
    while word.ent_type_ not in ("PERSON", "ORG") and word.dep_ in ("pobj", "prep", "appos"):
        word = word.head
    return word if word.ent_type_ in ("PERSON", "ORG") and word.pos_ == "PROPN" else None


def _person_before_comma(noun: Token, context: DocContext) -> Token | None:
    """The person a description set off by commas follows when the parse made it a subject
    of its own ('sought X, the commander of Y, believed to have plotted the attack')."""
    start = noun.left_edge.i
    if start < noun.sent.start + 2 or noun.doc[start - 1].text != ",":
        return None
    named = noun.doc[start - 2]
    ent = context.entity_at(named)
    return named if ent is not None and ent.label_ == "PERSON" and ent.end == start - 1 else None


def _held_responsible(adjective: Token) -> bool:
    """'X is responsible', 'X was held responsible for the bombing'; not 'responsible for
    security', nor 'not responsible' (that is a denial, read elsewhere)."""
    if adjective.dep_ not in ("acomp", "oprd", "xcomp", "ccomp"):
        return False
    if _negated(adjective) or _negated(adjective.head):
        return False
    deeds = _prep_objects(adjective, ("for",))
    return not deeds or any(_tells_deed(deed) for deed in deeds)


def _responsible_subjects(adjective: Token) -> list[Token]:
    """The subject of 'is responsible', or of the clause it is joined to ('The group is
    considered violent and was responsible for ...')."""
    verb = adjective.head
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # 'X is believed to be responsible': the subject of the verb 'be' completes
        if subjects or verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return subjects
        verb = verb.head


def _with_conjuncts(phrases: list[Token]) -> list[Token]:
    """Each phrase and those joined to it: 'X and Y'; 'militants from X and Y' adds Y."""
    joined: list[Token] = []
    for phrase in phrases:
        members = [phrase, *phrase.conjuncts]
        if phrase.lemma_.lower() in GENERIC_HEADS or phrase.lower_ in GENERIC_HEADS:
            members += [c for o in _prep_objects(phrase, ("from", "of")) for c in o.conjuncts]
        joined.extend(word for word in members if word not in joined)
    return joined


def agent_of(trigger: Token, context: DocContext, state_action: bool) -> EntityRef | None:
    """The doer an event phrase names: 'an attack carried out by Al-Shabaab', 'Taliban
    militants attacked'. Only named groups count; a state's forces count only for state
    actions (strikes, arrests): security forces defusing a bomb did not plant it."""
    described = [c for c in trigger.children if c.dep_ in ("acl", "relcl")]  # 'conducted by'
    candidates = [
        a for word in (trigger, trigger.head, *described) for a in _prep_objects(word, ("by",))
    ]
    clause = trigger if trigger.pos_ == "VERB" else trigger.head
    if clause.dep_ == "prep" and clause.lower_ == "with":
        clause = clause.head  # 'they launched an offensive with gunmen seizing the town'
    if clause.pos_ == "VERB" and clause.lemma_.lower() in ATTACK_VERBS:
        subject = _deed_subject(clause)
        if subject is not None:
            candidates.append(subject)
    for candidate in candidates:
        if not state_action and _state_forces(candidate, context):
            continue  # 'security forces safely detonated the device'
        if _person_at(candidate, context) and not state_action:
            # 'Amadou Keita detonated his vest', 'Traore, a teacher who helped lead the assault'
            return _doer(candidate, context)
        meant_person = _person_meant(candidate, context)
        if meant_person is not None and not state_action:
            return meant_person  # 'Hapilon gained notoriety when he took part in kidnapping'
        own = _own_men(candidate, context)
        if own is not None:
            return own  # 'its fighters stormed the base'
        if candidate.pos_ == "PRON":
            # 'they assassinated a colonel': the group the passage is about, when it is an
            # armed group ('they' after 'gunmen' may mean only those gunmen)
            meant = _meant_group(candidate, context) if _group_pronoun(candidate, context) else None
            if meant is not None and _known_group(meant, context):
                return meant
            continue
        ref = perpetrator_of(candidate, context)
        if ref is None:
            continue
        if ref.type == "place" and not state_action:
            continue
        if ref.type == "organization" and not (
            _names_group(candidate, context) or _refers_to_group(candidate, context)
        ):
            continue
        return ref
    return _group_on_event_noun(trigger, context)


def _state_forces(phrase: Token, context: DocContext) -> bool:
    """'Security forces', 'the police', 'troops': the state's men, not a group by name
    ('Taliban forces')."""
    if phrase.lemma_.lower() not in STATE_FORCES:
        return False
    return not any(
        context.entity_at(word) is not None and context.org_ref(word) is not None
        for word in phrase.subtree
    )


def _person_at(word: Token, context: DocContext) -> bool:
    """A person's name, or a phrase in apposition with one ('X, a former teacher')."""
    for named in (word, word.head) if word.dep_ == "appos" else (word,):
        ent = context.entity_at(named)
        if ent is not None and ent.label_ == "PERSON":
            return True
    return False


def _deed_subject(verb: Token) -> Token | None:
    """Who does the deed a verb tells: its subject, or the subject of the verb it completes
    or shares ('X are believed to have carried out the attack', 'X walked in and detonated
    his vest', 'X helped lead the assault'), or of the verb of taking part ('he took part in
    kidnapping tourists'); 'who' is the phrase its clause describes."""
    if _passive(verb):
        return None  # 'X was killed ... and his wife was abducted': X is a victim
    subject = _first(verb, ("nsubj",))
    governor = verb
    while subject is None and governor.dep_ in ("xcomp", "conj", "pcomp", "pobj"):
        shared = governor.dep_ == "conj"
        governor = governor.head
        if governor.dep_ == "prep":  # 'part in kidnapping', 'involved in the bombing'
            governor = governor.head
            if governor.lemma_.lower() == "part" and governor.dep_ == "dobj":
                governor = governor.head
            if governor.lemma_.lower() not in TAKING_PART_VERBS:
                return None
        # a subject shared with a passive verb is its victim ('X was not harmed, but ...')
        subject = _first(governor, ("nsubj",) if shared else ("nsubj", "nsubjpass"))
    if subject is not None and subject.tag_ in ("WP", "WDT") and governor.dep_ == "relcl":
        # 'a lecturer who helped lead the assault', 'the Front, which stormed ...'; not 'a
        # bomb that landed and detonated'
        head = governor.head
        doer = subject.lower_ == "who" or head.pos_ == "PROPN" or head.lemma_ in GROUP_HEADS
        return head if doer else None
    return subject


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _person_meant(word: Token, context: DocContext) -> EntityRef | None:
    """The person 'he' or 'she' means: the page's subject, or the person the sentence's main
    clause is about ('Hapilon gained notoriety when he took part in ...')."""
    if word.pos_ != "PRON" or word.lower_ not in ("he", "she"):
        return None
    topic = context.person_reference(word)
    if topic is not None:
        return topic
    root = word.sent.root
    subject = _first(root, ("nsubj", "nsubjpass"))
    if subject is None or subject.i >= word.i or subject == word:
        return None
    ent = context.entity_at(subject)
    return _doer(subject, context) if ent is not None and ent.label_ == "PERSON" else None


def _group_pronoun(word: Token, context: DocContext) -> bool:
    return word.pos_ == "PRON" and word.lower_ in context.ontology.group_pronouns


def _group_on_event_noun(trigger: Token, context: DocContext) -> EntityRef | None:
    """'the suspected ADF rebel attack', "Boko Haram's raid": an armed group written on the
    event noun. Only a group known or called one, not any name ('the Westgate attack')."""
    if trigger.pos_ != "NOUN":
        return None
    nouns = [trigger]
    if trigger.dep_ == "dobj":  # 'its first operation involved an assault on the town'
        nouns += [c for c in trigger.head.children if c.dep_ == "nsubj" and _refers_to_deed(c)]
    for noun in nouns:
        for modifier in noun.children:
            if modifier.dep_ == "poss" and (
                _group_pronoun(modifier, context) or _refers_to_group(modifier, context)
            ):
                ref = _meant_group(modifier, context)  # 'its latest attack', "the group's raid"
            elif modifier.dep_ in ("compound", "nmod", "poss") and context.entity_at(modifier):
                ref = context.org_ref(modifier)
            else:
                continue
            if ref is not None and ref.type == "organization" and _known_group(ref, context):
                return ref
    return None


def _known_group(ref: EntityRef, context: DocContext) -> bool:
    """An armed group the ontology knows, or one the text calls a group."""
    known = context.ontology.entity(ref.name)
    if known is not None:
        return known.is_armed_group
    return ref.name.casefold() in context.said_orgs


def _refers_to_group(phrase: Token, context: DocContext) -> bool:
    """'the group', 'the militant organisation': a definite group noun meaning the group
    the passage is about (not 'militants', which names no group)."""
    return (
        phrase.lemma_.lower() in context.ontology.group_nouns
        and context.resolve_reference(phrase) is not None
    )


def _names_group(phrase: Token, context: DocContext) -> bool:
    """A named organisation, or a group noun with a name on it ('Fulani extremists')."""
    if any(
        context.entity_at(word) is not None and context.org_ref(word) for word in phrase.subtree
    ):
        return True
    return phrase.lemma_.lower() in GROUP_HEADS and _has_group_modifier(phrase)


def perpetrator_of(phrase: Token, context: DocContext) -> EntityRef | None:
    """The organisation a phrase names, else the phrase as a group name, else None;
    never a place mistaken for a group (a dateline's 'ERBIL')."""
    ref = _perpetrator_of(phrase, context)
    if ref is None or ref.type != "organization" or context.ontology.entity(ref.name):
        return ref
    place = get_gazetteer().lookup(ref.name)
    if place is not None and place.name.casefold() == ref.name.casefold():
        return None
    return ref


def _perpetrator_of(phrase: Token, context: DocContext) -> EntityRef | None:
    """The organisation a phrase names, else the phrase as a group name, else None.

    A unit 'of' a group is that group ('the Derry Brigade of the New IRA'); a name
    built on a group's name is its own group ('Sinai Province of the Islamic State').
    """
    regional = _regional_unit(phrase, context)
    if regional is not None:  # "Islamic State's branch in Yemen", 'a Yemeni branch of X'
        return regional
    parent = _parent_group(phrase, context)
    if parent is not None:
        return parent
    if phrase.lemma_.lower() in GENERIC_HEADS or phrase.lower_ in GENERIC_HEADS:
        for member_of in _prep_objects(phrase, ("from", "of")):
            if _names_group(member_of, context):
                # 'gunmen from the X Front', 'Members of the X Front' (before a name
                # built on a group's name: 'Members' is no group's name)
                return perpetrator_of(member_of, context)
    unit = _unit_name(phrase, context)
    if unit is not None:  # 'the Majeed brigade'
        return _as_group(unit, context)
    called = _called(phrase)
    if called is not None:  # 'a little-known group called the Veyn Brigades'
        if not called.text[:1].isupper():  # 'a group claiming to be a Yemeni branch of X'
            return perpetrator_of(called, context) if _names_group(called, context) else None
        return _as_group(_phrase_text(called), context)
    if phrase.lemma_.lower() in AFFILIATE_HEADS and not _own_name(phrase, context):
        return None  # "Al Qaeda's North African affiliate" is not al-Qaeda, and unnamed
    if (
        phrase.pos_ == "PROPN"
        and context.entity_at(phrase) is None
        and _named_after_group(phrase, context)
    ):
        return _as_group(_phrase_text(phrase), context)
    core = _core(phrase)
    whole = context.entity_at(phrase)
    if (
        whole is not None
        and core
        and whole.start <= core[0].i
        and whole.end > core[-1].i
        and not _unit_before(whole, phrase)
    ):
        # a name that covers the phrase, or runs on past it ('al-Qaeda in the Arabian
        # Peninsula' parsed apart, 'the Khorasan Chapter of the Islamic State'); not one
        # taking in the unit whose group the phrase names ('the X Faction of the Y Movement')
        ref = context.org_ref(phrase)
        if ref is not None:
            return ref
    acronym = _acronym_after(phrase, context)
    if acronym is not None:  # 'al Qaeda in the Islamic Maghreb (AQIM)': not al Qaeda
        return acronym
    known = context.ontology.entity(_phrase_text(phrase))
    if known is not None and known.type == "organization":
        return EntityRef("organization", known.name)  # a known name written whole
    # the phrase's own name before any written on it: "al Qaeda's local affiliate JNIM"
    for token in (phrase, *core):
        ref = context.org_ref(token) if context.entity_at(token) is not None else None
        if ref is not None:
            return ref
        ent = context.entity_at(token)
        if ent is not None and ent.label_ == "GPE" and phrase.lemma_.lower() in STATE_FORCES:
            return context.place_ref(clean_name(ent.text))  # 'US military forces': the state
    named = _name_on_group_noun(phrase, context)
    if named is not None:  # 'the Jaish-e-Mohammad terror group', not a tagged name
        return _as_group(named, context)
    if _refers_to_group(phrase, context):
        return _meant_group(phrase, context)  # 'the group' the passage is about
    if not _could_name_group(phrase):
        return None
    text = _phrase_text(phrase)
    if not text or text.lower() in GENERIC_HEADS:
        return None
    return _as_group(text, context)


def _unit_before(name: Span, phrase: Token) -> bool:
    """A name tagged over a unit written before the phrase ('the X Faction of' the Y
    Movement), a unit that stays its group; a regional unit is a group of its own."""
    before = name.doc[name.start : phrase.left_edge.i]
    return any(w.lemma_.lower() in SUBUNIT_HEADS - REGIONAL_UNITS for w in before)


def _acronym_after(phrase: Token, context: DocContext) -> EntityRef | None:
    """The organisation a name's acronym in brackets right after it names: the whole name,
    where the name's first words may be tagged as another group ('al Qaeda' of 'al Qaeda in
    the Islamic Maghreb (AQIM)')."""
    words_ = _core(phrase)
    if not words_ or words_[-1].i + 2 >= len(phrase.doc) or any(w.dep_ == "cc" for w in words_):
        return None  # 'the PKK and the People's Defence Units (YPG)': the acronym is one's
    opening, acronym = phrase.doc[words_[-1].i + 1], phrase.doc[words_[-1].i + 2]
    ent = context.entity_at(acronym)
    if opening.text != "(" or ent is None or len(ent) != 1 or not acronym.text.isupper():
        return None  # a bracketed full name ('(Islamic State West Africa Province)') is more
    ref = context.org_ref(acronym)
    name = _phrase_text(phrase)
    if ref is not None and ref.name.casefold().endswith(f" {name.casefold()}"):
        # the acronym read as the name of a unit written before ours ('the X Faction of the
        # Y Movement (YM)'): the name is ours
        return _as_group(name, context)
    return ref


def _meant_group(phrase: Token, context: DocContext) -> EntityRef | None:
    """The organisation 'the terror group' or 'it' means as the doer of an attack: the one
    the passage is about, unless that is a state body (the police force whose men were
    killed), when the armed group named last is meant."""
    ref = context.resolve_reference(phrase)
    if ref is None or not _state_body(ref, context):
        return ref
    others = [other for other in reversed(context.recent_orgs) if not _state_body(other, context)]
    armed = [
        o for o in others if (known := context.ontology.entity(o.name)) and known.is_armed_group
    ]
    return next(iter(armed or others), None)


def _state_body(ref: EntityRef, context: DocContext) -> bool:
    """An organisation of the state: known as one, or named so ('Central Reserve Police
    Force')."""
    known = context.ontology.entity(ref.name)
    if known is not None:
        return not known.is_armed_group
    return any(word in STATE_BODY_WORDS for word in ref.name.lower().split())


def _name_on_group_noun(phrase: Token, context: DocContext) -> str | None:
    """The proper name written on a group noun when no entity covers it: 'the
    Jaish-e-Mohammad terror group' -> 'Jaish-e-Mohammad'. Not a people ('the Kurdish
    group'), a place or a creed ('the Salafist group'), which describe a group only."""
    if phrase.lemma_.lower() not in context.ontology.group_nouns or any(
        c.dep_ == "poss" for c in phrase.children
    ):
        return None
    words_ = [w for w in phrase.doc[phrase.left_edge.i : phrase.i] if w.dep_ != "det"]
    while words_ and not words_[-1].text[:1].isupper():
        words_.pop()  # 'terror', 'militant'
    if not words_ or not words_[0].text[:1].isupper() or any(w.text == "," for w in words_):
        return None
    if words_[0].i == phrase.sent.start and _generic_word(words_[0]):
        return None
    names = [w for w in words_ if w.text[:1].isupper()]
    if not any(w.pos_ == "PROPN" for w in names) or any(
        w.ent_type_ in ("GPE", "LOC", "PERSON") or is_demonym(w.text) or _generic_word(w)
        for w in names
    ):
        return None
    text = clean_name(phrase.doc[words_[0].i : words_[-1].i + 1].text)
    return None if not text or is_creed(text) else text


def _regional_unit(phrase: Token, context: DocContext) -> EntityRef | None:
    """A group's unit named with its place is a group of its own, 'X in Y' as such branches
    are known: "Islamic State's branch in Yemen" and 'a Yemeni branch of ISIS' are both
    Islamic State in Yemen (a 'faction' or a 'wing' with no place stays its parent group)."""
    if phrase.lemma_.lower() not in REGIONAL_UNITS or context.entity_at(phrase) is not None:
        return None
    places = [
        country_of_demonym(c.text, kinds=DEMONYM_PLACES) or clean_name(c.text)
        for c in phrase.children
        if c.dep_ in ("amod", "compound") and _is_place(c)
    ]
    places += [_phrase_text(o) for o in _prep_objects(phrase, ("in",)) if _is_place(o)]
    parents = [c for c in phrase.children if c.dep_ == "poss"] + _prep_objects(phrase, ("of",))
    named = [perpetrator_of(p, context) for p in parents if _names_group(p, context)]
    parent = next((ref for ref in named if ref is not None and ref.type == "organization"), None)
    if not places or not places[0] or parent is None:
        return None
    return _as_group(f"{parent.name} in {places[0]}", context)


def _is_place(word: Token) -> bool:
    """A country or a people: 'Yemen', 'Yemeni'."""
    return word.ent_type_ in ("GPE", "NORP", "LOC") or is_demonym(word.text)


def _unit_name(phrase: Token, context: DocContext) -> str | None:
    """A unit named by a name and a unit noun, 'the Majeed brigade': the whole is its name,
    when the name alone is no group the ontology knows ('the Taliban faction' is the
    Taliban)."""
    if phrase.lemma_.lower() not in SUBUNIT_HEADS or context.entity_at(phrase) is not None:
        return None
    names = [c for c in phrase.children if c.dep_ == "compound" and c.text[:1].isupper()]
    if not names or any(context.entity_at(name) is None for name in names):
        return None
    if any(context.ontology.entity(clean_name(name.text)) for name in names):
        return None
    return _phrase_text(phrase) or None


def _called(phrase: Token) -> Token | None:
    """The name a group noun is given: 'a group called X', 'an outfit calling itself X',
    'a group known as X'."""
    if phrase.lemma_.lower() not in GROUP_HEADS and phrase.lemma_.lower() not in GENERIC_HEADS:
        return None
    for verb in phrase.children:
        if verb.dep_ != "acl":
            continue
        if verb.lemma_.lower() == "claim":  # 'a group claiming to be X'
            return next((a for b in _being(verb) for a in b.children if a.dep_ == "attr"), None)
        if verb.lemma_.lower() not in NAMING_VERBS:
            continue
        for child in verb.children:
            if child.dep_ in ("oprd", "attr", "xcomp") and (
                child.text[:1].isupper() or child.pos_ == "NOUN"
            ):
                return child  # 'calling itself X', 'calling itself a Yemeni branch of X'
            if child.dep_ == "dobj" and child.text[:1].isupper():
                return child  # 'calling itself X' parses X as an object too
            if child.dep_ == "prep" and child.lower_ == "as":
                named = [o for o in child.children if o.dep_ == "pobj" and o.text[:1].isupper()]
                if named:
                    return named[0]
    return None


def _being(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be"]


def _own_name(phrase: Token, context: DocContext) -> bool:
    """An organisation named in the phrase other than through a possessive ('its Yemeni
    affiliate AQAP'), so the phrase names that one."""
    return any(
        context.entity_at(word) is not None
        and context.org_ref(word) is not None
        and word.dep_ not in ("poss", "case")
        and not any(a.dep_ == "poss" for a in word.ancestors if a.i < phrase.i)
        and word.head.dep_ != "poss"
        for word in phrase.subtree
        if word.i > phrase.i
    )


def _could_name_group(phrase: Token) -> bool:
    """A noun phrase that can name a group: not a pronoun ('who', 'it'), not a verb
    ('opening fire'), and not a generic noun ('militants', 'a militant group') unless a
    name is on it ('Fulani extremists')."""
    if phrase.pos_ in ("PRON", "VERB", "AUX", "DET", "NUM") or phrase.tag_ in ("WP", "PRP"):
        return False
    if phrase.lemma_.lower() in GENERIC_HEADS:
        return _has_group_modifier(phrase) and not _described_only(phrase)
    return True  # 'separatists', 'Iran-backed militia': GTD names groups so too


def _described_only(phrase: Token) -> bool:
    """'a Ugandan rebel group': an organisation noun a people's name only describes, where
    'Fulani extremists' names the extremists by their people."""
    if phrase.lemma_.lower() not in ORGANISATION_NOUNS:
        return False
    names = [c for c in phrase.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
    return all(is_demonym(c.text) or c.ent_type_ == "NORP" for c in names)


def _phrase_text(phrase: Token) -> str:
    words = _core(phrase)
    return clean_name(phrase.doc[words[0].i : words[-1].i + 1].text) if words else ""


def _parent_group(phrase: Token, context: DocContext) -> EntityRef | None:
    if phrase.lemma_.lower() not in SUBUNIT_HEADS and phrase.lower_ not in SUBUNIT_HEADS:
        return None
    for prep in phrase.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and _names_group(obj, context):
                    return perpetrator_of(obj, context)
    return None


def _named_after_group(phrase: Token, context: DocContext) -> bool:
    """'Sinai Province of the Islamic State': a capitalised head whose 'of' names a group."""
    return any(
        obj.dep_ == "pobj" and any(context.org_ref(w) for w in obj.subtree if context.entity_at(w))
        for prep in phrase.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
    )


def _as_group(text: str, context: DocContext) -> EntityRef:
    known = context.ontology.entity(text)
    if known is not None:
        return EntityRef("organization", known.name)
    last = text.split()[-1]
    if last.lower() in SINGULAR_TO_GROUP:
        text = f"{text}s"  # 'a Muslim extremist' -> 'Muslim extremists'
        known = context.ontology.entity(text)
        if known is not None:
            return EntityRef("organization", known.name)
    return EntityRef("organization", text[0].upper() + text[1:])


def _core(phrase: Token) -> list[Token]:
    """The phrase up to where a relative clause, apposition, comma or preposition starts
    (an 'of' inside a name such as 'Islamic Movement of Uzbekistan' does not end it)."""
    end = phrase.right_edge.i
    for word in phrase.doc[phrase.i + 1 : phrase.right_edge.i + 1]:
        stops = word.dep_ in CUT_DEPS and not (
            word.dep_ in ("prep", "cc")
            and word.lower_ in ("of", "for", "and", "in")
            and _inside_name(word)
        )
        if word.dep_ == "punct" and word.text in ("-", "–", "'", "’"):
            stops = False  # inside 'al-Marouf', "Jama'at"
        if stops:
            end = word.i - 1
            break
    start = phrase.left_edge.i
    words = list(phrase.doc[start : end + 1])
    while words and (words[0].dep_ == "det" or words[0].is_punct):
        words.pop(0)
    return words


def _inside_name(word: Token) -> bool:
    """A preposition or 'and' inside a name: 'Islamic Movement of Uzbekistan', 'Alliance of
    Patriots for a Free and Sovereign Congo' (capitalised words on both sides)."""
    if word.dep_ == "cc":
        following = [c for c in word.head.conjuncts if c.i > word.i]
        return word.head.text[:1].isupper() and bool(following) and following[0].text[:1].isupper()
    objects = [c for c in word.children if c.dep_ == "pobj"]
    return word.head.text[:1].isupper() and bool(objects) and objects[0].text[:1].isupper()


def _has_group_modifier(phrase: Token) -> bool:
    """A capitalised modifier that is a name, not a sentence's first word ('Militant group')."""
    return any(
        child.dep_ in ("compound", "amod")
        and child.text[:1].isupper()
        and (child.i != child.sent.start or not _generic_word(child))
        for child in phrase.children
    )


def _names_nobody(subject: Token) -> bool:
    return subject.lower_ in NOBODY or any(
        child.lower_ in NOBODY and child.dep_ in ("det", "neg") for child in subject.children
    )


def _generic_word(word: Token) -> bool:
    """'Militant', 'Armed', 'Unidentified': words that describe, capitalised or not."""
    lemma = word.lemma_.lower()
    return lemma in GENERIC_HEADS or lemma in GROUP_HEADS or lemma in GENERIC_MODIFIERS


def _claimed_by(verb: Token) -> bool:
    """A passive 'claimed by X' whose subject is the attack ('it', 'the bombing') or the
    responsibility, not a claim about something else ('territory claimed by X')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and (
        subjects[0].lower_ in ("it", "this")
        or subjects[0].lemma_.lower() in ("responsibility", "credit")
        or _refers_to_event(subjects[0])
    )


def _claims_event(verb: Token) -> bool:
    """'X claimed the attack' or 'X claimed it': the object is the attack, told as one
    already known (not 'claimed it as its own', a place)."""
    if any(child.dep_ == "prep" and child.lower_ == "as" for child in verb.children):
        return False
    return any(
        child.dep_ == "dobj"
        and (
            child.lower_ == "it"
            or (
                _refers_to_event(child)
                and any(
                    d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an")
                    for d in child.children
                )
            )
        )
        for child in verb.children
    )


def _refers_to_event(word: Token) -> bool:
    return word.lemma_.lower() in EVENT_WORDS


def _has_object(verb: Token, lemmas: tuple[str, ...]) -> bool:
    return any(child.dep_ == "dobj" and child.lemma_.lower() in lemmas for child in verb.children)


def _first(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((child for child in token.children if child.dep_ in deps), None)


def _charges_attack(charge: Token) -> bool:
    """'of the bombing', 'of responsibility for the attack', 'of being behind the blast';
    not 'of being behind the recent kidnappings' (other incidents, in the plural)."""
    events = [word for word in charge.subtree if word.lemma_.lower() in EVENT_WORDS]
    if events:
        return all(word.tag_ != "NNS" for word in events)
    return any(word.lemma_.lower() in RESPONSIBILITY_WORDS for word in charge.subtree)


def _prep_objects(token: Token, prepositions: tuple[str, ...]) -> list[Token]:
    return [
        obj
        for prep in token.children
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in prepositions
        for obj in prep.children
        if obj.dep_ in ("pobj", "pcomp")
    ]


def _suspects(verb: Token) -> list[Token]:
    """'suspected the involvement of X', 'suspected X of', 'X is suspected', 'suspected that X'."""
    targets = []
    for child in verb.children:
        if child.dep_ == "dobj":
            if child.lemma_.lower() in ("involvement", "hand", "role"):
                targets.extend(_prep_objects(child, ("of",)))
            else:
                targets.append(child)
        elif child.dep_ == "nsubjpass":
            targets.append(child)
        elif child.dep_ in ("ccomp",):
            subject = _first(child, ("nsubj", "nsubjpass"))
            if subject is not None:
                targets.append(subject)
    return targets
