"""Members of the musical group a passage is about, named by their part in it:

    guitarist A and singer B began writing it     -> member_of(A, X), member_of(B, X)
    According to band member A, ...               -> member_of(A, X)
    the last album featuring A on bass            -> member_of(A, X)
    A played drums in the punk band Y             -> member_of(A, Y)
    A plays in the band Y (no instrument: 'in' a body called a band or orchestra)
    The sole permanent member was A.              -> member_of(A, X)
    Y was formed by guitarist A and drummer B     -> member_of(A, Y), member_of(B, Y)

X is the group the passage is about: the most salient organisation the text calls a band
(a duo, an orchestra...; a 'group' only in a text about music), and only when no other
such group is nearly as salient. A title with a body of its own ('Y drummer A', 'singer A
of Y', 'British singer A', 'his guitarist A') is left to the readers of those shapes, and a
guest or session player is no member. The words are data in lexicons/ensembles.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.bodies import kind_of_body, unnamed_body
from dossier.extract.context import DocContext
from dossier.extract.party_membership import people_named
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("ensembles")
ENSEMBLE_KINDS = words(_LEXICON, "ensemble_kinds")
AMBIGUOUS_KINDS = words(_LEXICON, "ambiguous_kinds")
MUSIC_WORDS = words(_LEXICON, "music_words")
PART_TITLES = words(_LEXICON, "part_titles")
MEMBER_TITLES = words(_LEXICON, "member_titles")
MEMBER_MODIFIERS = words(_LEXICON, "member_modifiers")
PART_MODIFIERS = words(_LEXICON, "part_modifiers")
GROUP_POSSESSIVES = words(_LEXICON, "group_possessives")
INSTRUMENTS = words(_LEXICON, "instruments")
OUTSIDER_WORDS = words(_LEXICON, "outsider_words")
GUEST_MARKERS = words(_LEXICON, "guest_markers")
MEMBERSHIP_NOUNS = words(_LEXICON, "membership_nouns")
PLAYING_VERBS = words(_LEXICON, "playing_verbs")
FORMING_VERBS = words(lexicon("memberships"), "forming_verbs")
PLAYING_PREPOSITIONS = words(_LEXICON, "playing_prepositions")

PREDICATE = "member_of"
PERSON_LABEL = "PERSON"
COPULA = "be"
ON = "on"
IN = "in"
POSSESSIVE_MARK = "'s"
# what may open the phrase before a title: 'Guitarist A', 'the drummer A', 'by singer A'
OPENING_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PUNCT", "ADV"})
OPENING_ENTITIES = frozenset({"DATE", "TIME"})
# a rival group this close to the passage's (by salience) makes the passage's unclear
RIVAL_SHARE = 0.5
CONFIDENCE = 0.5


def band_parts(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """member_of claims for players of the passage's group; ``words_`` are the sentence's
    words, to skip it at a glance."""
    member_title = MEMBER_TITLES & words_ and (ENSEMBLE_KINDS | MEMBER_MODIFIERS) & words_
    guests = (OUTSIDER_WORDS | GUEST_MARKERS) & words_
    titles = not guests and (PART_TITLES & words_ or member_title)
    played = ON in words_ and INSTRUMENTS & words_ and not OUTSIDER_WORDS & words_
    counted = MEMBERSHIP_NOUNS & words_ and COPULA in words_
    if PLAYING_VERBS & words_ and PLAYING_PREPOSITIONS & words_ and not OUTSIDER_WORDS & words_:
        yield from _played_in(sentence, context)
    if not (titles or played or counted):
        return
    found: list[tuple[Token, Span]] = []
    for ent in context.ents_in(sentence.span):
        if ent.label_ != PERSON_LABEL:
            continue
        cue = _part_title(ent, context) if titles else None
        if cue is None and played:
            cue = _instrument(ent)
        if cue is None and counted:
            cue = _counted_member(ent)
        if cue is not None:
            found.append((cue, ent))
    passage = passage_band(context) if found else None
    for cue, ent in found:
        band = _formed_by(ent, context) or passage
        person = context.ref(ent)
        if band is not None and person is not None and person.type == "person":
            yield sentence.claim(person, PREDICATE, cue, object=band, confidence=CONFIDENCE)


def _part_title(ent: Span, context: DocContext) -> Token | None:
    """The title set just before a name ('drummer A', 'the new lead singer A', 'band
    member A'), when nothing before it gives the part to another body or makes the
    person a solo act ('British singer A', 'Y bassist A', 'his pianist A')."""
    doc = ent.doc
    i = ent.start - 1
    if i < ent.sent.start:
        return None
    title = doc[i]
    lower = title.lower_
    if lower in MEMBER_TITLES:
        i -= 1  # 'band member A', 'founding member A': a member of the band, not of a body
        if i < ent.sent.start:
            return None
        if doc[i].lemma_.lower() not in ENSEMBLE_KINDS and doc[i].lower_ not in MEMBER_MODIFIERS:
            return None
    elif lower not in PART_TITLES:
        return None
    i -= 1
    while i >= ent.sent.start and doc[i].lower_ in PART_MODIFIERS:
        i -= 1
    if i < ent.sent.start:
        return title
    before = doc[i]
    if before.lower_ == POSSESSIVE_MARK:
        owner = doc[i - 1] if i > ent.sent.start else before
        return title if is_group_noun(owner) else None  # "the band's drummer A"
    if before.tag_ == "PRP$":
        return title if before.lower_ in GROUP_POSSESSIVES else None
    if before.ent_type_ in OPENING_ENTITIES:  # 'In 2005 founding member A'
        return None if _has_own_body(ent) else title
    if before.pos_ not in OPENING_POS or context.entity_at(before) is not None:
        return None
    return None if _has_own_body(ent) else title


def _formed_by(ent: Span, context: DocContext) -> EntityRef | None:
    """The body players formed: 'Y was formed by guitarist A and drummer B' (players who
    form a body make it a group, whatever the text called it)."""
    root = ent.root
    while root.dep_ == "conj" and root.head.ent_type_ == PERSON_LABEL:
        root = root.head
    if root.dep_ != "pobj" or root.head.dep_ != "agent":
        return None
    verb = root.head.head
    if verb.lemma_.lower() not in FORMING_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    for subject in subjects:  # a band's name is often taken for a place or a title
        ref = context.org_ref(subject) or unnamed_body(subject, context)
        if ref is not None:
            return ref
    return None


def is_group_noun(word: Token) -> bool:
    """'the band', 'the group': the passage's group, not a named one ('Y's drummer')."""
    if word.lemma_.lower() not in ENSEMBLE_KINDS | AMBIGUOUS_KINDS or word.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)


def _has_own_body(ent: Span) -> bool:
    """'singer A of Y', 'singer A (of Y)': the part is in Y, which another reader reads."""
    doc = ent.doc
    after = ent.end
    if after < len(doc) and doc[after].is_bracket:
        after += 1
    return after < len(doc) and doc[after].lower_ == "of"


def _instrument(ent: Span) -> Token | None:
    """'A on bass': the instrument right after the name (tagged anyhow: 'bass' is often
    taken for an adjective)."""
    doc = ent.doc
    if ent.end + 1 >= ent.sent.end or doc[ent.end].lower_ != ON:
        return None
    after = doc[ent.end + 1]
    following = doc[ent.end + 2] if ent.end + 2 < ent.sent.end else after
    if after.lower_ in PART_MODIFIERS and following.lower_ in INSTRUMENTS:
        after = following  # 'A on lead guitar', 'A on bass guitar'
    return after if after.lower_ in INSTRUMENTS and not after.ent_type_ else None


def _counted_member(ent: Span) -> Token | None:
    """'The sole permanent member was A', 'A was its one member': a membership noun with
    no body named ('a member of Y' is the clause analysis's), the copula's other side."""
    root = ent.root
    if root.dep_ not in ("attr", "nsubj") or root.head.lemma_ != COPULA:
        return None
    other = "nsubj" if root.dep_ == "attr" else "attr"
    for noun in root.head.children:
        if noun.dep_ != other or noun.lower_ not in MEMBERSHIP_NOUNS:
            continue
        if any(c.dep_ == "prep" or (c.dep_ == "poss" and c.tag_ != "PRP$") for c in noun.children):
            return None  # 'a member of Y', "Y's member"
        if any(c.dep_ == "poss" and c.lower_ not in GROUP_POSSESSIVES for c in noun.children):
            return None  # 'his only member'
        return noun
    return None


def _played_in(sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """'A played drums in the band Y', 'she plays bass for Y': the instrument as the verb's
    object says the group is a musical one, and the player one of its members."""
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in PLAYING_VERBS:
            continue
        instrument = any(c.dep_ == "dobj" and _is_instrument(c) for c in verb.children)
        # without an instrument only 'in' a body said to be a band ('plays in the band Y'):
        # 'plays for Y' is a sportsman's, 'played in the final' no group's
        bodies = [
            body
            for prep in verb.children
            if prep.lower_ in PLAYING_PREPOSITIONS and (instrument or prep.lower_ == IN)
            for word in prep.children
            if word.dep_ == "pobj"
            and (instrument or _ensemble_word(word))
            and (body := _group_at(word, context)) is not None
        ]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        for person in people_named(subjects, context) if bodies else []:
            for body in bodies:
                yield sentence.claim(person, PREDICATE, verb, object=body, confidence=CONFIDENCE)


def _ensemble_word(word: Token) -> bool:
    """'the band', 'the X Orchestra', 'the band X' (the kind compounded on the name)."""
    if word.lemma_.lower() in ENSEMBLE_KINDS:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in ENSEMBLE_KINDS for c in word.children)


def _is_instrument(word: Token) -> bool:
    return word.lower_ in INSTRUMENTS or word.lemma_.lower() in INSTRUMENTS


def _group_at(word: Token, context: DocContext) -> EntityRef | None:
    """The group a word names: a name, 'the band Y', or 'the band' for the passage's."""
    for name in [word, *(c for c in word.children if c.dep_ == "appos")]:
        ref = context.organisation_named_at(name)
        if ref is not None:
            return ref
    return passage_band(context) if is_group_noun(word) else None


def passage_band(context: DocContext) -> EntityRef | None:
    """The musical group the passage is about: the most salient organisation the text
    calls one, unless another is nearly as salient; else the article's, if it is one."""
    musical = context.remember("band_parts.musical", lambda: _about_music(context))
    kinds = ENSEMBLE_KINDS | AMBIGUOUS_KINDS if musical else ENSEMBLE_KINDS
    weights = sorted(
        (
            (weight, ref)
            for ref, weight in context.salience.items()
            if kind_of_body(ref, context) & kinds
        ),
        key=lambda item: item[0],
        reverse=True,
    )
    if weights:
        if len(weights) > 1 and weights[1][0] > weights[0][0] * RIVAL_SHARE:
            return None
        return weights[0][1]
    topic = context.topic
    return topic if topic is not None and kind_of_body(topic, context) & kinds else None


def _about_music(context: DocContext) -> bool:
    """Whether the text is about music at all (its 'group' a musical one)."""
    return any(token.lower_ in MUSIC_WORDS for token in context.doc)
