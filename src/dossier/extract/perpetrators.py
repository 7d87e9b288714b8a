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

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext
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


STANCES = ("claimed", "blamed", "suspected", "denied", "named")


@dataclass(frozen=True, slots=True)
class Responsibility:
    perpetrator: EntityRef | None  # None: the text says nobody claimed it
    claimed: bool | None  # True: claimed; False: attributed or suspected; None: an agent
    # how the text ties the group to the attack: claimed (by itself), blamed (by others),
    # suspected, denied (it says it had no part), named (as the doer); one of STANCES
    stance: str = ""

    @property
    def how(self) -> str:
        if self.stance:
            return self.stance
        return {True: "claimed", False: "blamed", None: "named"}[self.claimed]


def read_responsibility(sentence: Span, context: DocContext) -> list[Responsibility]:
    """Every statement of who carried out an attack in the sentence."""
    found = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma == "claim" and _claimed_by(token):
            # 'the attack was claimed by X', 'responsibility was claimed by X'
            for agent in _prep_objects(token, ("by",)):
                found.append(Responsibility(perpetrator_of(agent, context), True))
        elif lemma == "claim" and (
            _has_object(token, ("responsibility", "credit")) or _claims_event(token)
        ):
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects:
                continue
            if _names_nobody(subjects[0]):
                found.append(Responsibility(None, None))
                continue
            # 'Its Yemeni affiliate AQAP claimed': the parse may give the name a subject of
            # its own; the first subject that names a group is the claimant
            named = (perpetrator_of(subject, context) for subject in subjects)
            found.append(Responsibility(next((r for r in named if r is not None), None), True))
        elif lemma == "attribute":
            # 'attributed the attack to X': the parse may hang 'to X' on 'the attack'
            objects = [c for c in token.children if c.dep_ == "dobj"]
            targets = _prep_objects(token, ("to",)) or [
                t for obj in objects for t in _prep_objects(obj, ("to",))
            ]
            for target in targets:
                found.append(Responsibility(perpetrator_of(target, context), False))
        elif lemma == "suspect":
            for target in _suspects(token):
                found.append(Responsibility(perpetrator_of(target, context), False, "suspected"))
        elif lemma == "accuse":
            # 'accused the PKK of responsibility for the bombing' ('of' may hang on the name);
            # not 'accused each other of ...', nor an accusation of anything but an attack
            for target in (c for c in token.children if c.dep_ == "dobj"):
                charges = _prep_objects(token, ("of",)) + _prep_objects(target, ("of",))
                if target.lemma_.lower() in RECIPROCAL_WORDS or not any(
                    _charges_attack(charge) for charge in charges
                ):
                    continue
                found.append(Responsibility(perpetrator_of(target, context), False))
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
            )
            for target in targets:
                found.append(Responsibility(perpetrator_of(target, context), False))
        elif lemma == "identify" and _prep_objects(token, ("as",)):
            identified = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
            if identified and identified[0].lemma_.lower() in PERPETRATOR_WORDS:
                for target in _prep_objects(token, ("as",)):
                    found.append(Responsibility(perpetrator_of(target, context), False))
    return [item for item in found if item.perpetrator is not None or item.claimed is None]


def agent_of(trigger: Token, context: DocContext, state_action: bool) -> EntityRef | None:
    """The doer an event phrase names: 'an attack carried out by Al-Shabaab', 'Taliban
    militants attacked'. Only named groups count; a state's forces count only for state
    actions (strikes, arrests): security forces defusing a bomb did not plant it."""
    described = [c for c in trigger.children if c.dep_ in ("acl", "relcl")]  # 'conducted by'
    candidates = [
        a for word in (trigger, trigger.head, *described) for a in _prep_objects(word, ("by",))
    ]
    clause = trigger if trigger.pos_ == "VERB" else trigger.head
    if clause.pos_ == "VERB" and clause.lemma_.lower() in ATTACK_VERBS:
        subject = _first(clause, ("nsubj",))
        if subject is not None:
            candidates.append(subject)
    for candidate in candidates:
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
    return None


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
    parent = _parent_group(phrase, context)
    if parent is not None:
        return parent
    called = _called(phrase)
    if called is not None:  # 'a little-known group called the Veyn Brigades'
        return _as_group(_phrase_text(called), context)
    if phrase.lemma_.lower() in AFFILIATE_HEADS and not _own_name(phrase, context):
        return None  # "Al Qaeda's North African affiliate" is not al-Qaeda, and unnamed
    if (
        phrase.pos_ == "PROPN"
        and context.entity_at(phrase) is None
        and _named_after_group(phrase, context)
    ):
        return _as_group(_phrase_text(phrase), context)
    for token in _core(phrase):
        ref = context.org_ref(token) if context.entity_at(token) is not None else None
        if ref is not None:
            return ref
        ent = context.entity_at(token)
        if ent is not None and ent.label_ == "GPE" and phrase.lemma_.lower() in STATE_FORCES:
            return context.place_ref(clean_name(ent.text))  # 'US military forces': the state
    if _refers_to_group(phrase, context):
        return context.resolve_reference(phrase)  # 'the group' the passage is about
    if phrase.lemma_.lower() in GENERIC_HEADS:
        for member_of in _prep_objects(phrase, ("from", "of")):
            if _names_group(member_of, context):
                return perpetrator_of(member_of, context)  # 'gunmen from the X Front'
    if not _could_name_group(phrase):
        return None
    text = _phrase_text(phrase)
    if not text or text.lower() in GENERIC_HEADS:
        return None
    return _as_group(text, context)


def _called(phrase: Token) -> Token | None:
    """The name a group noun is given: 'a group called X', 'an outfit calling itself X',
    'a group known as X'."""
    if phrase.lemma_.lower() not in GROUP_HEADS and phrase.lemma_.lower() not in GENERIC_HEADS:
        return None
    for verb in phrase.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in NAMING_VERBS:
            continue
        for child in verb.children:
            if child.dep_ in ("oprd", "attr", "xcomp") and child.text[:1].isupper():
                return child
            if child.dep_ == "dobj" and child.text[:1].isupper():
                return child  # 'calling itself X' parses X as an object too
            if child.dep_ == "prep" and child.lower_ == "as":
                named = [o for o in child.children if o.dep_ == "pobj" and o.text[:1].isupper()]
                if named:
                    return named[0]
    return None


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
        return _has_group_modifier(phrase)
    return True  # 'separatists', 'Iran-backed militia': GTD names groups so too


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
    """'X claimed the attack': the object is the attack, told as one already known."""
    return any(
        child.dep_ == "dobj"
        and _refers_to_event(child)
        and any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in child.children)
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
