"""Claims from parsed sentences: a handful of grammatical frames, cue words from the ontology.

Each frame is a small function that looks for one shape of statement and
returns the claims it finds:

    relation noun      X is a regional affiliate of Y / X, a splinter of Y / X poses a threat to Y
    relationship       X and Y share a hostile relationship / rivalry between X and Y
    relation verb      X fought Y / X pledged allegiance to Y
    connection         X is connected to Y via Z
    naming             the 'K' in X stands for Khorasan / ... hence the 'K' designation
    founding           X was set up in early 2015 / members of A, B and C formed X in 2015
    joining            fighters joined X from Y
    branch             X formed its own Pakistan section in mid-2019
    base               X is based near Y province / X's stronghold in Y
    operation          X's activity took place in Y / X consolidated dominance in Y
    membership         X numbered around 2,500 people / X is a core group of 1,500 fighters in Y
    resources          X received funding and training from Y / Y funds X
    leadership         the leader of X, P / P, the leader of X
    targeting          X stands accused of targeting A, B and C / X launched attacks at A
    ranking            X emerged as one of the top four deadliest outfits
    attack count       X has been responsible for nearly 100 attacks since 2017

Sentences that ask questions assert nothing and are skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from dossier.extract.acquisitions import acquisitions
from dossier.extract.aims import AimReader
from dossier.extract.backing import backing, backing_cues, in_backing_phrase
from dossier.extract.band_members import band_members
from dossier.extract.band_parts import band_parts
from dossier.extract.base_moves import held_places, moved_bases
from dossier.extract.births import births
from dossier.extract.bodies import ORGANISATION_NOUNS, body_reference, unnamed_body
from dossier.extract.body_seats import body_seats
from dossier.extract.bracketed_notes import bracketed_notes
from dossier.extract.bracketed_parents import bracketed_parents
from dossier.extract.careers import careers
from dossier.extract.clauses import (
    GIVING_VERBS,
    MODIFIER_PREDICATES,
    SECOND_MODIFIERS,
    ClauseAnalysis,
    by_phrase,
    clause_subjects,
    examples,
    is_passive,
    listed_beside_a_name,
    merger_part,
    named_by,
    patients,
    pronoun_owner,
    stands_for,
)
from dossier.extract.coalitions import COALITION_CUES, coalition_members
from dossier.extract.colon_rosters import colon_rosters
from dossier.extract.composed_parts import composed_parts
from dossier.extract.context import (
    DocContext,
    country_of_demonym,
    is_creed,
    said_to_be_organisation,
)
from dossier.extract.demands import demands
from dossier.extract.deputies import deputies
from dossier.extract.described_branches import branch_named, described_branches
from dossier.extract.described_parties import described_party
from dossier.extract.earlier_figures import earlier_figures
from dossier.extract.ended_tenures import ended_tenures
from dossier.extract.example_places import EXAMPLE_PREPOSITIONS, example_places
from dossier.extract.existence import existence_start
from dossier.extract.expansions import expansions
from dossier.extract.fought_places import fought_places
from dossier.extract.founding_dates import conjoined_bodies, copula_named_org, founding_date
from dossier.extract.founding_members import founding_members
from dossier.extract.founding_people import founding_people
from dossier.extract.fraction_members import fraction_members
from dossier.extract.gifts import gifts
from dossier.extract.governments import as_governments
from dossier.extract.group_tolls import GroupTollReader
from dossier.extract.habitual_targets import habitual_targets
from dossier.extract.honours import honours
from dossier.extract.hyphen_bases import hyphen_bases
from dossier.extract.inception import InceptionReader
from dossier.extract.included_parts import included_parts
from dossier.extract.infobox import InfoboxReader
from dossier.extract.insurgencies import insurgencies
from dossier.extract.leadership import LeadershipReader, name_set_off
from dossier.extract.listed_bases import listed_bases
from dossier.extract.listed_names import unrecognised_name
from dossier.extract.loyal_forces import followed_parties
from dossier.extract.meant_country import meant_country
from dossier.extract.member_shapes import member_shapes
from dossier.extract.member_units import member_units
from dossier.extract.membership import MembershipReader, founders_as_members, shared_memberships
from dossier.extract.merged_descriptions import merged_descriptions
from dossier.extract.merged_groups import merged_groups
from dossier.extract.name_parents import name_parents
from dossier.extract.named_seats import named_seats
from dossier.extract.named_strongholds import named_strongholds
from dossier.extract.nominal_verbs import nominal_verbs
from dossier.extract.owned_parts import owned_parts
from dossier.extract.parent_companies import parent_companies
from dossier.extract.party_membership import party_memberships
from dossier.extract.performer_seats import performer_seats
from dossier.extract.pledges import groups_pledges
from dossier.extract.possessed_groups import possessed_groups
from dossier.extract.predecessors import founded_predecessor, predecessors
from dossier.extract.presence import (
    MISREAD_PLACE_LABELS,
    degree_asides,
    gazetteer_place,
    misread_place,
    narrowed_places,
    out_of_objects,
    outer_location_noun,
    part_of_meant_country,
    place_phrase,
    regional_places,
    repeated_location_objects,
    spread_verb,
)
from dossier.extract.professed_creeds import professed_creeds
from dossier.extract.qualities import (
    attribution,
    clause_head,
    date_phrases,
    governors,
    is_hedged,
    is_negated,
    time_scope,
)
from dossier.extract.quoted_speakers import SPEAKER_PRONOUNS, quotation_end, quoted_speaker
from dossier.extract.reciprocal_verbs import reciprocal_verbs
from dossier.extract.recognised_affiliates import recognised_affiliates
from dossier.extract.relocated_seats import relocated_seats
from dossier.extract.revenue import revenue
from dossier.extract.rewards import rewards
from dossier.extract.seats import seats
from dossier.extract.set_off_bases import set_off_bases
from dossier.extract.set_off_rivals import named_before
from dossier.extract.set_off_wings import set_off_wings
from dossier.extract.society_officers import society_officers
from dossier.extract.stated_deaths import stated_deaths
from dossier.extract.succession import successions
from dossier.extract.sworn_oaths import sworn_oaths
from dossier.extract.taken_ground import taken_ground
from dossier.extract.targeting import TARGET_LIST_CUES, listed_targets
from dossier.extract.team_players import team_players
from dossier.extract.topic_nouns import topic_named_by
from dossier.extract.training_camps import training_camps
from dossier.extract.unclaimed_attacks import unclaimed_attacks
from dossier.extract.unit_commands import unit_commands
from dossier.extract.upheld_creeds import upheld_creeds
from dossier.extract.war_theatres import war_theatres
from dossier.extract.when_clauses import WHEN_MARKERS, when_clause_time
from dossier.extract.whereabouts import whereabouts
from dossier.knowledge.lexicons import lexicon, words
from dossier.knowledge.ontology import Ontology
from dossier.model import Claim, EntityRef, Evidence, Money, Range, TimeSpan, Value
from dossier.model.dates import parse_time
from dossier.model.names import clean_name
from dossier.model.quantities import parse_money, parse_quantity

_LEXICON = lexicon("claims")
SUBJECT_DEPS = words(_LEXICON, "subject_deps")
RELATIVE_PRONOUNS = words(_LEXICON, "relative_pronouns")
MAX_MEANS_WORDS = 8
MAX_MEANS_ITEM_WORDS = 14  # one item of a list of means, with where it is done
APPROXIMATORS = words(_LEXICON, "approximators")
LOCATION_PREPOSITIONS = words(_LEXICON, "location_prepositions")
PLACE_LABELS = frozenset({"GPE", "LOC"})  # a facility ('Goodison Park') is not a region
NAME_PARTS = words(_LEXICON, "name_parts")
TARGET_DEPS = words(_LEXICON, "target_deps")
WHERE_PREPOSITIONS = words(_LEXICON, "where_prepositions")
SETTLE_VERBS = words(_LEXICON, "settle_verbs")
SPREAD_PREPOSITIONS = words(_LEXICON, "spread_prepositions")
RELATION_PREPOSITIONS = {
    predicate: frozenset(prepositions)
    for predicate, prepositions in _LEXICON["relation_prepositions"].items()
}
MODIFIER_DEPS = words(_LEXICON, "phrase_modifier_deps")
STANCE_DEPS = words(_LEXICON, "stance_deps")
STANCE_PREPOSITIONS = words(_LEXICON, "stance_prepositions")
RELATIONSHIP_NOUNS = words(_LEXICON, "relationship_nouns")
RECEIVE_VERBS = words(_LEXICON, "receive_verbs")
SOURCE_VERBS = words(_LEXICON, "source_verbs")
MEANS_PREPOSITIONS = words(_LEXICON, "means_prepositions")
NAMING_VERBS = words(_LEXICON, "naming_verbs")
RANKING_MODIFIERS = words(_LEXICON, "ranking_modifiers")
RANKING_WORDS = words(_LEXICON, "ranking_words")
RANKING_PREPOSITIONS = words(_LEXICON, "ranking_prepositions")
SUPERLATIVE_TAGS = frozenset(_LEXICON["superlative_tags"])
RANKING_BODIES = words(_LEXICON, "ranking_bodies")
MEMBERSHIP_HOLDERS = words(_LEXICON, "membership_holders")
OPEN_TIME_BOUNDS = words(_LEXICON, "open_time_bounds")
IDEOLOGY_STEMS = tuple(_LEXICON["ideology_stems"])
IDEOLOGY_HOLDERS = words(_LEXICON, "ideology_holders")
IDEOLOGY_PARTICIPLES = words(_LEXICON, "ideology_participles")
IDEOLOGY_COLLECTIVES = words(_LEXICON, "ideology_collectives")
GOAL_PREPOSITIONS = words(_LEXICON, "goal_prepositions")
ORG_CONTEXT_NOUNS = words(_LEXICON, "org_context_nouns")
RECIPROCALS = words(_LEXICON, "reciprocals")
# labels NER gives a group's name in a list of merged groups ('Liwa al-Sunna' as a person)
MISTAKEN_NAME_LABELS = words(_LEXICON, "mistaken_group_labels")
MAX_VALUE_WORDS = 25
MAX_FIGURE_DISTANCE = 8  # words from a size noun to its figure
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


@dataclass(slots=True)
class Sentence:
    """One sentence being read, with where it sits in the document."""

    span: Span
    index: int
    start: int
    end: int
    context: DocContext
    document_id: str
    # read once, on first use, for every reader to share: see ``words`` and ``lowered``
    _words: set[str] | None = field(default=None, repr=False, compare=False)
    _lowered: frozenset[str] | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The sentence as written (``span.text``, without rebuilding it from the tokens)."""
        return self.context.text[self.span.start_char : self.span.end_char]

    def words(self) -> set[str]:
        """The sentence's words, lemmas and simple plurals, and tags such as 'tag:NNP', to
        see at a glance which frames apply."""
        if self._words is None:
            self._read_words()
        assert self._words is not None
        return self._words

    def lowered(self) -> frozenset[str]:
        """The sentence's lower-cased words and lemmas, exactly: a reader whose every match
        needs one of its cue words skips a sentence whose set holds none of them."""
        if self._lowered is None:
            self._read_words()
        assert self._lowered is not None
        return self._lowered

    def _read_words(self) -> None:
        # one walk of the tokens for both sets: walking a span builds a Token per word
        lowered: set[str] = set()
        words: set[str] = set()
        for token in self.span:
            lower, base = token.lower_, token.lemma_.lower()
            lowered.add(lower)
            lowered.add(base)
            words.update((lower, base, f"{base}s", f"{base}es"))
            if token.tag_ in TAG_CUES:
                words.add(f"tag:{token.tag_}")
        self._words, self._lowered = words, frozenset(lowered)

    def evidence(self) -> Evidence:
        return Evidence(
            self.document_id,
            self.index,
            self.start,
            self.end,
            self.context.text[self.start : self.end],
        )

    def claim(
        self,
        subject: EntityRef,
        predicate: str,
        cue: Token,
        *,
        object: EntityRef | None = None,
        value: Value | None = None,
        qualifier: str | None = None,
        time: TimeSpan | None = None,
        via: EntityRef | None = None,
        confidence: float = 0.7,
    ) -> Claim:
        context = self.context
        hedged = is_hedged(cue, context)
        if time is not None and time.precision == "unknown":
            time = None
        return Claim(
            subject=subject,
            predicate=predicate,
            evidence=self.evidence(),
            object=object,
            value=value,
            qualifier=qualifier,
            time_scope=time if time is not None else _own_time_scope(cue, context),
            hedged=hedged,
            attributed_to=attribution(self.span, cue, context),
            negated=is_negated(cue, context),
            via=via,
            confidence=round(confidence * (0.8 if hedged else 1.0), 2),
        )


def _own_time_scope(cue: Token, context: DocContext) -> TimeSpan | None:
    """The date of the cue's own clause; for a cue in a phrase set beside a name ('X,
    allies of Y, seized Z a year ago'), only a date inside that phrase ('P, the leader of
    X since 2010, was killed in 2019'): the clause's date is its verb's event."""
    apposition = _apposition_holding(cue)
    if apposition is None:
        return time_scope(cue, context)
    for text, root in date_phrases(cue.sent):
        if apposition in governors(root):
            span = parse_time(text, context.published_at)
            if span is not None and span.precision != "unknown":
                return span
    return None


def _apposition_holding(cue: Token) -> Token | None:
    """The apposition a cue belongs to, below its clause's verb, if any."""
    head = clause_head(cue)
    for governor in governors(cue):
        if governor == head:
            return None
        if governor.dep_ == "appos":
            # 'formed on March 2, the product of a merger': a phrase set beside the date
            # still tells the clause's event
            return None if governor.head.ent_type_ == "DATE" else governor
    return None


Frame = Callable[[Sentence], Iterator[Claim]]
# Each ontology's cue words by frame name, computed once per process (see frames_for).
_CUE_WORDS: dict[int, tuple[Ontology, dict[str, frozenset[str]]]] = {}

# For each frame, the ontology cue kinds (by predicate) whose words it needs to see in a
# sentence before it is worth running, plus fixed words under "words".
FRAME_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    frame: {key: tuple(values) for key, values in kinds.items()}
    for frame, kinds in _LEXICON["frame_cues"].items()
}
# Part-of-speech tags a frame is cued by ('tag:JJS' among its words: a superlative).
TAG_CUES = frozenset(
    word.removeprefix("tag:")
    for kinds in FRAME_CUES.values()
    for word in kinds.get("words", ())
    if word.startswith("tag:")
)


# ---- reading the parse -----------------------------------------------------------------


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def children(token: Token, *deps: str) -> list[Token]:
    return [child for child in token.children if child.dep_ in deps]


def prep_objects(token: Token, prepositions: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions hanging on a token: 'affiliate [of] -> group'."""
    wanted = set(prepositions)
    found = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in wanted:
            found.extend(children(prep, "pobj", "pcomp"))
    return found


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def orgs_in(tokens: Iterable[Token], context: DocContext) -> list[EntityRef]:
    """Organisations named or referred to by the tokens, in order, each once."""
    found: list[EntityRef] = []
    for token in tokens:
        ref = context.org_ref(token)
        if ref is not None and ref not in found:
            found.append(ref)
    return found


def _head_phrase(noun: Token, context: DocContext) -> list[Token]:
    """A noun's phrase without the phrases of its own prepositions (unless part of a name):
    in 'part of its war with Y' the part is of the war, not of Y."""
    nested = {
        word.i
        for prep in noun.children
        if prep.dep_ == "prep" and context.entity_at(prep) is None
        for word in prep.subtree
    }
    return [word for word in noun.subtree if word.i not in nested]


def phrase_org(token: Token, context: DocContext) -> EntityRef | None:
    """The organisation a noun phrase names: 'ISIS-K', 'they', 'the global Islamic State
    network' (the name inside wins over 'the ... network' meaning the passage's focus)."""
    if token.lower_ in SPEAKER_PRONOUNS:  # '"we would not target civilians," X said'
        return quoted_speaker(token, context, lambda word: phrase_org(word, context))
    if context.entity_at(token) is not None:
        return context.org_ref(token) or unnamed_body(token, context)
    # a name in apposition is the phrase's own ("X's earliest form, Y, was formed"): first
    children_ = sorted(token.children, key=lambda word: word.dep_ != "appos")
    renamed = any(c.dep_ == "poss" for c in children_) and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in children_
    )
    if renamed:  # "X's earliest form, Y (Z),": the phrase is Y, never its owner X
        children_ = [c for c in children_ if c.dep_ == "appos"]
    for child in children_:
        modifies = child.dep_ in MODIFIER_DEPS
        if modifies and context.entity_at(child) is not None:
            ref = context.org_ref(child)
            if ref is not None:
                return ref
    if renamed:
        return None  # the name in apposition is not an organisation read here
    return (
        context.org_ref(token)
        or unnamed_body(token, context)
        or body_reference(token, context)  # 'the school', 'the band'
        or _named_by_copula(token, context)
    )


def _named_by_copula(noun: Token, context: DocContext) -> EntityRef | None:
    """The name a copula gives a common noun subject: 'the printer of the journal, based
    in Lyon, is X' (the phrase before 'is' describes X)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    names = [c for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
    return context.org_ref(names[0]) if names else None


def subject_of(token: Token, context: DocContext) -> EntityRef | None:
    """The organisation doing what the token says: the subject of its clause, climbing
    through 'believed to have', 'stand accused of', 'X and Y'; None if the subject is not one."""
    for governor in governors(token):
        subjects = children(governor, *SUBJECT_DEPS)
        if subjects:
            subject = subjects[0]
            if subject.lower_ in RELATIVE_PRONOUNS and governor.dep_ == "relcl":
                return _antecedent_org(governor.head, context)
            return phrase_org(subject, context)
        org = context.org_ref(governor)
        if org is not None and governor.dep_ in ("ROOT", "nsubj"):
            return org
        if governor.dep_ == "appos":
            return phrase_org(governor.head, context)
    return _leading_org(token, context)


def _antecedent_org(noun: Token, context: DocContext) -> EntityRef | None:
    """The organisation 'which' stands for: the noun it follows, or, for a common noun, the
    name that noun describes ('X is a movement which operates in Y')."""
    ref = phrase_org(noun, context)
    if ref is not None or noun.pos_ != "NOUN":
        return ref
    ref = context.named_before(noun)  # 'Y is a proxy for X, a movement which ...'
    if ref is not None:
        return ref
    for word in stands_for(noun)[1:]:
        ref = phrase_org(word, context)
        if ref is not None:
            return ref
    return None


def _leading_org(token: Token, context: DocContext) -> EntityRef | None:
    """When the parse has lost the subject: an organisation opening the clause before the cue."""
    for word in token.sent:
        if word.i >= token.i:
            return None
        if word.dep_ in ("pobj", "poss") or word.is_punct:
            continue
        ref = context.org_ref(word)
        if ref is not None and context.entity_at(word) is not None:
            return ref
    return None


def noun_phrase_text(token: Token, stop_at_preps: bool = False) -> str:
    """A noun's phrase without articles or possessives: 'their own Pakistan section' becomes
    'Pakistan section'."""
    words = []
    for word in token.subtree:
        if word.dep_ in ("det", "poss", "case", "predet") and word.head == token:
            continue
        if word.lower_ == "own" and word.head == token:
            continue
        if stop_at_preps and word.i > token.i and word.dep_ in ("prep", "relcl", "acl", "punct"):
            break
        words.append(word)
    if not words:
        return token.text
    span = token.doc[words[0].i : words[-1].i + 1]
    return clean_name(span.text)


def places_at(
    token: Token, context: DocContext, through: frozenset[str], regions: bool = True
) -> list[EntityRef]:
    """Place entities a location phrase names: 'near Nangarhar province', 'in Nangahar and Konar
    provinces', 'in the east near X' (through location nouns such as 'east' or 'border').
    Without ``regions``, 'in Tempe, Arizona' names Tempe only: the region after the comma
    only says where Tempe is."""
    found: list[EntityRef] = []
    frontier = [token]
    seen = set()
    while frontier:
        current = frontier.pop(0)
        if current.i in seen:
            continue
        seen.add(current.i)
        candidates = [current, *current.children]
        for candidate in candidates:
            if candidate != current and candidate.dep_ not in NAME_PARTS:
                continue
            if not regions and candidate != token and context.entity_at(candidate.head):
                # 'Sackville, New Brunswick' parsed as a list without 'and' (an 'and' further
                # down, in 'Bergen, Norway, which builds A and B', joins other words)
                chained = candidate.dep_ == "conj" and not any(
                    child.dep_ == "cc"
                    for item in (candidate.head, *candidate.head.conjuncts)
                    for child in item.children
                )
                if candidate.dep_ in ("appos", "npadvmod") or chained:
                    continue
            if not regions and candidate.dep_ == "compound" and prep_objects(current, ("of",)):
                continue  # 'the California town of Ojai' names Ojai; California only holds it
            ent = context.entity_at(candidate)
            if ent is not None and ent.label_ in PLACE_LABELS:
                ref: EntityRef | None = context.place_ref(clean_name(ent.text))
            else:  # 'based out of Muridke': a place NER missed that the gazetteer knows
                ref = gazetteer_place(candidate, context)
            if ref is not None:
                if ref not in found:
                    found.append(ref)
                candidates.extend(c for c in candidate.conjuncts if c not in candidates)
        if current.lemma_.lower() in through or current == token:
            frontier.extend(prep_objects(current, LOCATION_PREPOSITIONS))
            frontier.extend(children(current, "conj"))
            if current != token:  # 'in the province of Y', 'on the outskirts of Y'
                frontier.extend(prep_objects(current, ("of",)))
    return found


def held_examples(verb: Token) -> list[Token]:
    """The places a verb of holding gives as examples after where it holds: 'seized towns
    in northern Y, including (in) Z' (the parse hangs 'including' on the verb)."""
    found: list[Token] = []
    for example in children(verb, "prep"):
        if example.lower_ in EXAMPLE_PREPOSITIONS:
            found += children(example, "pobj") + prep_objects(example, LOCATION_PREPOSITIONS)
    return found


def location_objects(cue: Token) -> list[Token]:
    """Where a cue's location phrases start: its own prepositions, or its clause verb's."""
    objects = prep_objects(cue, LOCATION_PREPOSITIONS)
    if not objects and cue.head != cue:
        objects = prep_objects(cue.head, LOCATION_PREPOSITIONS)
    return objects + repeated_location_objects(objects)


# ---- the frames --------------------------------------------------------------------------


class ClaimFrames:
    """The frames, bound to the ontology's cue words."""

    def __init__(self, context: DocContext) -> None:
        self.context = context
        self.predicates = context.ontology.predicates
        self.clauses = ClauseAnalysis(context)
        self._clause_words = self.clauses.first_words()
        self.infobox = InfoboxReader(context)
        self.members = MembershipReader(self.clauses)
        self.inceptions = InceptionReader(self.clauses)
        self.leaders = LeadershipReader(context)
        self.aims = AimReader(self.clauses)
        self.tolls = GroupTollReader(self.clauses)

    def cue(self, predicate: str, kind: str) -> frozenset[str]:
        return self.context.ontology.cue(predicate, kind)

    def frames_for(self, words: set[str]) -> list[Frame]:
        """The frames whose cue words occur in a sentence (given as its words and lemmas)."""
        if not hasattr(self, "_cued"):
            cue_words = _CUE_WORDS.get(id(self.context.ontology))
            if cue_words is None or cue_words[0] is not self.context.ontology:
                index = {frame.__name__: self._cue_words(frame) for frame in self.frames()}
                cue_words = _CUE_WORDS[id(self.context.ontology)] = (self.context.ontology, index)
            self._cued = [(frame, cue_words[1][frame.__name__]) for frame in self.frames()]
        return [frame for frame, cues in self._cued if not cues.isdisjoint(words)]

    def _cue_words(self, frame: Frame) -> frozenset[str]:
        """Words without which a frame cannot match (first words of multi-word cues)."""
        kinds = FRAME_CUES[frame.__name__]
        words: set[str] = set(kinds.get("words", ()))
        for predicate, cue_kinds in kinds.items():
            if predicate == "words":
                continue
            for kind in cue_kinds:
                words.update(phrase.split()[0] for phrase in self.cue(predicate, kind))
        return frozenset(words)

    def frames(self) -> list[Frame]:
        return [
            self.relation_nouns,
            self.relationships,
            self.rivals,
            self.relation_verbs,
            self.connections,
            self.naming,
            self.meanings,
            self.founding,
            self.existences,
            self.joining,
            self.branches,
            self.bases,
            self.home_countries,
            self.operations,
            self.spreads,
            self.membership,
            self.resources,
            self.leadership,
            self.targeting,
            self.ranking,
            self.attack_counts,
            self.offices,
            self.ideologies,
            self.goals,
            self.mergers,
            self.deaths,
            self.setbacks,
            self.renamings,
            self.leaderships,
        ]

    # X is a regional affiliate of Y; X, an offshoot of Y; X presents a challenge for Y
    def relation_nouns(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        for token in sentence.span:
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            if listed_beside_a_name(token) or merger_part(token, context):
                continue  # 'A, B and the Sahara branch of C' lists partners, not A's parent
            if token.dep_ == "pobj" and token.head.dep_ == "agent":
                continue  # 'X, a name used by branches of Y': the doer is no part of X
            found = self._relation_noun_predicates(token)
            for predicate, prepositions in RELATION_PREPOSITIONS.items():
                if predicate not in found:
                    continue
                objects = orgs_in(
                    (
                        t
                        for obj in prep_objects(token, prepositions)
                        for t in _head_phrase(obj, context)
                    ),
                    context,
                )
                subject = subject_of(token, context) if not self._of_people(token) else None
                for obj in objects:
                    if subject is not None and obj != subject:
                        yield sentence.claim(subject, predicate, token, object=obj)
            yield from self._possessive_relation(sentence, token)

    def _of_people(self, noun: Token) -> bool:
        """Whether a relation noun is said of people ('X personnel are part of Y'), whose
        relation to Y is not X's."""
        people = self.cue("member_count", "person_nouns")
        for governor in governors(noun):
            subjects = children(governor, *SUBJECT_DEPS)
            if subjects:
                return subjects[0].lower_ in people
        return False

    def _relation_noun_predicates(self, noun: Token) -> set[str]:
        """The predicates whose relation nouns a noun is, read with its modifier ('a
        splinter faction of Y' is a splinter's, not the affiliate a bare 'faction' is)."""
        modifiers = [m for m in noun.children if m.dep_ in ("compound", "amod") and m.i < noun.i]
        ruling = {
            MODIFIER_PREDICATES[lemma(m)] for m in modifiers if lemma(m) in MODIFIER_PREDICATES
        }
        if ruling:
            return ruling
        phrases = [f"{lemma(m)} {lemma(noun)}" for m in modifiers]
        for readings in (phrases, [lemma(noun)]):
            found = {
                predicate
                for predicate in RELATION_PREPOSITIONS
                if any(w in self.cue(predicate, "relation_nouns") for w in readings)
            }
            if found:
                return found
        return set()

    def _possessive_relation(self, sentence: Sentence, token: Token) -> Iterator[Claim]:
        """'X, the Islamic State's branch in Afghanistan': the possessor is the parent or ally;
        the subject is the organisation the phrase describes, or, when it describes a name
        that is not an organisation's, the organisation the passage is about."""
        context = self.context
        for predicate in ("affiliate_of", "ally_of"):
            if lemma(token) not in self.cue(predicate, "possessive_nouns"):
                continue
            owners = orgs_in(
                (t for o in children(token, "poss") for t in pronoun_owner(o).subtree), context
            )
            if not owners:
                continue
            # "its media outlet, the X Agency": the name in apposition is what the noun is
            named = orgs_in((c for c in children(token, "appos") if context.entity_at(c)), context)
            subject = named[0] if named else subject_of(token, context)
            if subject is None and context.salient in orgs_in(sentence.span, context):
                subject = context.salient
            for owner in owners:
                if subject is not None and owner != subject:
                    yield sentence.claim(subject, predicate, token, object=owner, confidence=0.6)

    # X and Y share a hostile relationship; a rivalry between X and Y
    def relationships(self, sentence: Sentence) -> Iterator[Claim]:
        for token in sentence.span:
            for predicate in ("hostile_to", "ally_of"):
                if token.pos_ == "ADJ" and lemma(token) in self.cue(predicate, "stance_adjectives"):
                    yield from self._stance(sentence, token, predicate)
                    continue
                adjectives = self.cue(predicate, "relationship_adjectives")
                nouns = self.cue(predicate, "relationship_nouns")
                described = any(lemma(child) in adjectives for child in children(token, "amod"))
                is_relationship = lemma(token) in RELATIONSHIP_NOUNS
                if (
                    lemma(token) in self.cue(predicate, "holder_nouns")
                    and token.tag_ == "NNS"
                    and token.dep_ == "attr"
                    and not prep_objects(token, ("of", "to"))  # allies of a third party
                ):
                    yield from self._mutual(sentence, token, predicate)
                    continue
                if not ((is_relationship and described) or lemma(token) in nouns):
                    continue
                parties = self._parties(token, sentence.span)
                if len(parties) >= 2:
                    for other in parties[1:]:
                        yield sentence.claim(parties[0], predicate, token, object=other)
                    break

    def _mutual(self, sentence: Sentence, noun: Token, predicate: str) -> Iterator[Claim]:
        """'X and Y have been allies', 'X and Y are bitter rivals': each of the other."""
        subjects = [t for s in children(noun.head, *SUBJECT_DEPS) for t in with_conjuncts(s)]
        parties = orgs_in(subjects, self.context)
        for party in parties:
            for other in parties:
                if other != party:
                    yield sentence.claim(party, predicate, noun, object=other)

    # their rival group, Y; the leader of rival militant group Y
    def rivals(self, sentence: Sentence) -> Iterator[Claim]:
        """A group named as a rival ('rival group Y') is the rival of its owner ('their'),
        else of the first organisation the sentence names before it ('X said the leader of
        rival group Y...'), else of the organisation the passage is about."""
        context = self.context
        modifiers = self.cue("hostile_to", "rival_modifiers")
        for token in sentence.span:
            noun = token.head
            if token.dep_ != "amod" or lemma(token) not in modifiers:
                continue
            set_off = named_before(noun, context)  # 'Y, the rival party': any noun
            if set_off is None and (
                lemma(noun) not in context.ontology.group_nouns or noun.tag_ == "NNS"
            ):
                continue
            other = set_off or self._described_org(noun)
            named = (w for w in sentence.span[: token.i - sentence.span.start] if w.ent_type_)
            owners = [*orgs_in(children(noun, "poss"), context), *orgs_in(named, context)]
            owners += [context.focus] if context.focus is not None else []
            subject = next((o for o in owners if o is not None and o != other), None)
            if other is not None and subject is not None:
                yield sentence.claim(subject, "hostile_to", token, object=other, confidence=0.6)

    def _stance(self, sentence: Sentence, adjective: Token, predicate: str) -> Iterator[Claim]:
        """'X is hostile to Y', 'X, allied with Y', 'X remains close to Y'."""
        if adjective.dep_ not in STANCE_DEPS:
            return
        others = prep_objects(adjective, STANCE_PREPOSITIONS)
        if not others:
            return
        subject = subject_of(adjective, self.context)
        if adjective.dep_ == "amod":  # 'a group hostile to Y'
            subject = phrase_org(adjective.head, self.context)
        for other in orgs_in((t for o in others for t in with_conjuncts(o)), self.context):
            if subject is not None and other != subject:
                yield sentence.claim(subject, predicate, adjective, object=other)

    def _parties(self, token: Token, span: Span) -> list[EntityRef]:
        context = self.context
        between = prep_objects(token, ("between",))
        if between:
            return orgs_in((t for obj in between for t in obj.subtree), context)
        verb = clause_head(token)
        subjects = [t for s in children(verb, *SUBJECT_DEPS) for t in with_conjuncts(s)]
        parties = orgs_in(subjects, context)
        partners = prep_objects(token, ("with", "to")) + prep_objects(verb, ("with",))
        if partners:  # 'X and Y ... their war with Z': X and Y are on one side
            parties = parties[:1]
            # '... its war with the Lebanese group': the one group named apart from X and Y
            described = [described_party(p, subjects, span, context) for p in partners]
            if any(described):
                partners = [p for p, d in zip(partners, described, strict=True) if d is None]
                parties += [d for d in described if d is not None and d not in parties]
        return parties + [p for p in orgs_in(partners, context) if p not in parties]

    # X fought Y; X pledged allegiance to Y; X merged with Y
    def relation_verbs(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        for token in sentence.span:
            if token.pos_ != "VERB":
                continue
            for predicate in (
                "hostile_to",
                "ally_of",
                "merged_with",
                "splinter_of",
                "affiliate_of",
            ):
                for phrase in self.cue(predicate, "verbs"):
                    words = phrase.split()
                    if lemma(token) != words[0]:
                        continue
                    if len(words) > 1:
                        targets = prep_objects(token, (words[-1],))
                        if not targets:
                            continue
                    else:
                        # 'X and Y fought each other' is 'X and Y fought'
                        targets = [t for t in children(token, "dobj") if not _reciprocal(t)]
                        if not targets and predicate == "hostile_to":
                            yield from self._fought_each_other(sentence, token)
                    subject = subject_of(token, context)
                    for obj in orgs_in(
                        (t for target in targets for t in with_conjuncts(target)), context
                    ):
                        if subject is not None and obj != subject:
                            yield sentence.claim(subject, predicate, token, object=obj)

    def _fought_each_other(self, sentence: Sentence, verb: Token) -> Iterator[Claim]:
        """'X and Y fought (for the town)': the parties are the verb's joined subjects."""
        words = [t for subject in children(verb, "nsubj") for t in with_conjuncts(subject)]
        parties = orgs_in(words, self.context)
        # 'X and P-loyalists fought': the men stand for the one they follow
        parties += [p for p in followed_parties(words, self.context) if p not in parties]
        for other in parties[1:]:
            yield sentence.claim(parties[0], "hostile_to", verb, object=other)

    # X is not directly connected with Y but is connected via Z
    def connections(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        verbs = self.cue("connected_via", "verbs")
        vias = self.cue("connected_via", "via_prepositions")
        for token in sentence.span:
            if lemma(token) not in verbs:
                continue
            via_objects = prep_objects(token, vias)
            if not via_objects:
                continue
            intermediaries = orgs_in((t for obj in via_objects for t in obj.subtree), context)
            related = [token, *token.conjuncts, token.head]
            partners = orgs_in(
                (
                    t
                    for verb in related
                    if lemma(verb) in verbs
                    for obj in prep_objects(verb, ("with", "to"))
                    for t in obj.subtree
                ),
                context,
            )
            subject = subject_of(token, context)
            if subject is None or not intermediaries:
                continue
            for partner in partners:
                yield sentence.claim(
                    subject, "connected_via", token, object=partner, via=intermediaries[0]
                )

    # the 'K' in X stands for Khorasan; the region of 'Khorasan' ..., hence the 'K' designation
    def naming(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        designations = self.cue("named_after", "designation_nouns")
        for token in sentence.span:
            if lemma(token) == "stand" and prep_objects(token, ("for",)):
                letter = next((t for t in children(token, "nsubj")), None)
                if letter is None:
                    continue
                named = prep_objects(token, ("for",))[0]
                initial = letter.text.strip("'‘’\"")
                owners = [
                    r
                    for r in orgs_in(letter.subtree, context)
                    if _has_part(r, initial) and r.name != initial
                ]
                if owners:
                    yield sentence.claim(owners[0], "named_after", token, value=_proper_name(named))
            elif lemma(token) in NAMING_VERBS and prep_objects(token, ("after",)):
                subject = subject_of(token, context)
                if subject is not None:
                    named = prep_objects(token, ("after",))[0]
                    yield sentence.claim(subject, "named_after", token, value=_proper_name(named))
            elif lemma(token) in designations:
                initials = [
                    c.text.strip("'‘’\"")
                    for c in token.children
                    if c.dep_ in ("nmod", "compound", "amod")
                ]
                for initial in initials:
                    yield from self._letter_origin(sentence, token, initial)

    # X, an acronym for Y; 'X', which means 'Y'; X (which roughly translates as 'Y')
    def meanings(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        for token in sentence.span:
            if token.dep_ == "appos" and is_cue(token, self.cue("named_after", "acronym_nouns")):
                phrases = prep_objects(token, ("for", "of"))
            elif (
                token.dep_ == "relcl"
                and lemma(token) in self.cue("named_after", "meaning_verbs")
                and any(c.lower_ in RELATIVE_PRONOUNS for c in children(token, "nsubj"))
            ):
                phrases = children(token, "dobj", "ccomp", "advcl", "oprd", "attr")
                phrases += prep_objects(token, ("as",))
            else:
                continue
            name = token.head
            subject = context.org_ref(name) if context.entity_at(name) is not None else None
            if subject is None or not phrases:
                continue
            first = min(phrase.left_edge.i for phrase in phrases)
            meaning = _aside(sentence.span.doc[first : sentence.span.end]).removeprefix("as ")
            meaning = meaning.strip(" \"'“”‘’")
            if meaning.startswith("(") and ")" not in meaning:
                meaning = meaning[1:].strip(" \"'“”‘’")
            if meaning and len(meaning.split()) <= MAX_VALUE_WORDS:
                yield sentence.claim(subject, "named_after", token, value=meaning)

    def _letter_origin(self, sentence: Sentence, cue: Token, letter: str) -> Iterator[Claim]:
        """A one-letter designation explained by a name in the same sentence starting with it."""
        if len(letter) != 1 or not letter.isupper():
            return
        context = self.context
        owners = [ref for ref in orgs_in(sentence.span, context) if _has_part(ref, letter)]
        owners = owners or [ref for ref in [context.focus] if ref and _has_part(ref, letter)]
        names = [
            word
            for word in sentence.span
            if word.pos_ == "PROPN"
            and word.text.startswith(letter)
            and len(word.text) > 2
            and not _in_organisation(word, context)
        ]
        if owners and names:
            yield sentence.claim(owners[0], "named_after", cue, value=names[0].text, confidence=0.6)

    # X has been in existence since 2000; X has existed since 1994
    def existences(self, sentence: Sentence) -> Iterator[Claim]:
        for word in sentence.span:
            if lemma(word) in self.cue("founded", "existence_words"):
                found = existence_start(word, self.context)
                subject = subject_of(found[0], self.context) if found is not None else None
                if found is not None and subject is not None:
                    yield sentence.claim(subject, "founded", word, value=found[1], time=found[1])

    # X was set up in early 2015; members of A and B formed X in January 2015
    def founding(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        verbs = self.cue("founded", "verbs")
        for token in sentence.span:
            if token.pos_ != "VERB" or not _matches_phrase(token, verbs):
                continue
            # "X's earliest configuration, Y, was formed in 2011": Y was
            founded = founded_predecessor(token, context) or self._founded_org(token)
            if founded is None:
                continue
            when = founding_date(token, context)
            if when is not None:
                yield sentence.claim(founded, "founded", token, value=when, time=when)
                for other in conjoined_bodies(token, founded, context):  # 'A and B were founded'
                    yield sentence.claim(other, "founded", token, value=when, time=when)
            for source in self._founders(token, founded) + self._left_for(token, founded):
                yield sentence.claim(founded, "formed_from", token, object=source)

    def _founded_org(self, verb: Token) -> EntityRef | None:
        context = self.context
        objects = children(verb, "dobj")
        if objects:
            if lemma(objects[0]) in self.cue("has_branch", "branch_nouns"):
                return None
            # 'formed the band X': the name in apposition to a kind of body
            return context.org_ref(objects[0]) or phrase_org(objects[0], context)
        passive = children(verb, "nsubjpass") or children(verb, "auxpass")
        if children(verb, "nsubjpass"):
            subject = children(verb, "nsubjpass")[0]
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return _antecedent_org(verb.head, context)  # 'X, which was set up in 2012'
            # 'the station was founded', where the page is about a station
            return phrase_org(subject, context) or topic_named_by(subject, context)
        if passive or (verb.tag_ == "VBN" and not children(verb, "nsubj")):
            # 'an organisation founded in 2016' in apposition to X; 'Set up in 2015, the group'
            for word in patients(verb):
                for ref in self.clauses.refs(word, {"organization"}):
                    return ref
            if verb.dep_ == "xcomp":  # 'X, which is believed to have been formed in 2011'
                return subject_of(verb.head, context)
            described = verb.head
            if verb.dep_ == "acl" and described.dep_ == "pobj" and described.head.lower_ == "as":
                # 'X began as a student organisation founded in 1978': X is that organisation
                return subject_of(described.head.head, context)
            return context.focus if verb.dep_ not in ("acl", "relcl") else None
        subjects = children(verb, "nsubj")
        if children(verb, "xcomp"):
            return None  # 'X began overrunning towns': what it began to do, not X's start
        if subjects and lemma(verb) in self.cue("founded", "intransitive_verbs"):
            described = verb.head
            if subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                named = copula_named_org(described, context)
                if named is not None:  # 'X is a financial hub that launched in 2018'
                    return named
                # 'X is a group that emerged in 2002': only a body's beginning, not a leader's
                body = context.entity_at(described) is not None or (
                    lemma(described) in ORGANISATION_NOUNS | context.ontology.group_nouns
                )
                return _antecedent_org(described, context) if body else None
            return context.org_ref(subjects[0])
        return None

    def _founders(self, verb: Token, founded: EntityRef) -> list[EntityRef]:
        """Organisations the founders came from: 'former members of A, B and C formed X'."""
        members = self.cue("formed_from", "member_nouns")
        founders = children(verb, "nsubj") + [obj for obj in prep_objects(verb, ("by",))]
        sources: list[EntityRef] = []
        for founder in founders:
            named_as_members = lemma(founder) in members or founder.lower_ in members
            if not named_as_members and not self._people_of_group(founder):
                continue
            for word in founder.subtree:
                ref = self.context.group_ref(word) if word != founder else None
                if ref is not None and ref != founded and ref not in sources:
                    sources.append(ref)
        return sources

    def _people_of_group(self, founder: Token) -> bool:
        """'Ugandans of the X group', 'students of X': people said to be of a group, which
        are its members whatever the noun."""
        if founder.tag_ not in PLURAL_TAGS:
            return False
        return any(
            self.context.group_ref(word) is not None
            for obj in prep_objects(founder, ("of",))
            for word in obj.subtree
        )

    def _left_for(self, verb: Token, founded: EntityRef) -> list[EntityRef]:
        """Groups the founders left to found it: 'P left A and founded X', 'P founded X
        after breaking away from A'."""
        leave_verbs = self.cue("formed_from", "leave_verbs")
        related = [verb.head] if verb.dep_ == "conj" else []
        related += children(verb, "conj", "advcl")
        related += [c for prep in children(verb, "prep") for c in children(prep, "pcomp")]
        sources: list[EntityRef] = []
        for other in related:
            if lemma(other) not in leave_verbs or other.pos_ != "VERB":
                continue
            left = children(other, "dobj") + [  # 'break away from A': 'from' under 'away'
                obj
                for part in [other, *children(other, "advmod", "prt")]
                for obj in prep_objects(part, ("from", "with"))
            ]
            for word in left:
                ref = self.context.group_ref(word)  # NER often calls a group a person
                fresh = ref is not None and ref != founded and ref not in sources
                if fresh and ref is not None and ref.type == "organization":
                    sources.append(ref)
        return sources

    # many fighters joined the organisation from the Taliban
    def joining(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        for token in sentence.span:
            if lemma(token) not in self.cue("formed_from", "join_verbs"):
                continue
            sources = orgs_in(
                (t for obj in prep_objects(token, ("from",)) for t in obj.subtree), context
            )
            joined = [context.org_ref(obj) for obj in children(token, "dobj")]
            for target in (ref for ref in joined if ref is not None):
                for source in sources:
                    if source != target:
                        yield sentence.claim(target, "formed_from", token, object=source)

    # they formed their own Pakistan section in mid-2019
    def branches(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        branch_nouns = self.cue("has_branch", "branch_nouns")
        for token in sentence.span:
            if token.pos_ != "VERB" or not _matches_phrase(token, self.cue("has_branch", "verbs")):
                continue
            for obj in children(token, "dobj"):
                if lemma(obj) not in branch_nouns:
                    continue
                subject = subject_of(token, context)
                if subject is not None:
                    yield sentence.claim(
                        subject, "has_branch", token, value=noun_phrase_text(obj, True)
                    )

    # they are based in the east near Nangarhar province; X's stronghold in Y
    def bases(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        adjectives = self.cue("based_in", "adjectives")
        nouns = self.cue("based_in", "nouns")
        through = self.cue("based_in", "location_nouns")
        for token in sentence.span:
            word = token.lower_
            if word in adjectives and token.dep_ == "amod" and children(token, "npadvmod"):
                # 'the Pakistan-based group X', 'a Somali-based affiliate'
                subject = self._described_org(token.head)
                for place in self._hyphen_places(children(token, "npadvmod")):
                    if subject is not None:
                        yield sentence.claim(subject, "based_in", token, object=place)
                continue
            if word in adjectives:
                subject = subject_of(token, context)
                starts = [token, *children(token, "advmod"), *out_of_objects(token)]
            elif word in nouns and token.pos_ == "NOUN":
                owners = orgs_in(
                    [
                        *children(token, "poss", "compound"),
                        *(t for o in prep_objects(token, ("of",)) for t in o.subtree),
                    ],
                    context,
                )
                subject = owners[0] if owners else subject_of(token, context)
                starts = [token]
                if self._settled(token):  # 'X established a base in Y': Y hangs on the verb
                    starts.append(token.head)
                elif token.dep_ == "nsubj" and token.head.pos_ == "AUX":
                    starts.append(token.head)  # 'its headquarters are in Y': on the copula
            elif lemma(token) in self.cue("based_in", "camp_nouns") and self._settled(token):
                # 'X set up camp in Y' (a camp X attacked or fled to is no base)
                subject = subject_of(token.head, context)
                starts = [token, token.head]
            else:
                continue
            if subject is None:
                continue
            places = (p for start in starts for p in places_at(start, context, through, False))
            narrowed = narrowed_places(starts, context)  # 'based in western Uganda'
            for place in places:
                yield sentence.claim(
                    subject, "based_in", token, object=place, value=narrowed.get(place)
                )

    def _settled(self, noun: Token) -> bool:
        """Whether a noun is what its verb sets up: 'set up camp', 'established bases'."""
        verb = noun.head
        return noun.dep_ == "dobj" and _matches_phrase(verb, SETTLE_VERBS)

    # the Lebanese militant group X: a named group described by a nationality is based there
    def home_countries(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        for token in sentence.span:
            ent = context.entity_at(token)
            if token.dep_ != "amod" or ent is None or ent.label_ != "NORP" or ent.root != token:
                continue
            noun = token.head
            if lemma(noun) not in context.ontology.group_nouns or noun.tag_ in ("NNS", "NNPS"):
                continue
            subject = self._name_of(noun)
            country = country_of_demonym(clean_name(ent.text))
            if subject is None or country is None:
                continue
            place = context.place_ref(country)
            if place is not None:
                yield sentence.claim(subject, "based_in", token, object=place, confidence=0.6)

    def _name_of(self, noun: Token) -> EntityRef | None:
        """The organisation a group noun is named as, when a name stands with it: 'the group
        X', 'X, a group', 'the X group'; None for a bare 'the group'."""
        context = self.context
        words = [c for c in noun.children if c.dep_ in ("appos", "compound", "nmod")]
        if noun.dep_ in ("appos", "compound"):
            words.append(noun.head)
        if noun.i + 1 < noun.sent.end:  # 'the militant group X', parsed as two subjects
            words.append(noun.doc[noun.i + 1])
        for word in words:
            if context.entity_at(word) is not None and context.entity_at(word) != context.entity_at(
                noun
            ):
                ref = context.group_ref(word)
                if ref is not None and ref.type == "organization":
                    return ref
        return None

    # most of their activity has taken place in this area and Kabul
    def operations(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        nouns = self.cue("operates_in", "nouns")
        adjectives = self.cue("operates_in", "adjectives")
        holdings = self.cue("operates_in", "hold_nouns")
        attacks = self.cue("operates_in", "attack_nouns")
        for token in sentence.span:
            if token.pos_ == "NOUN" and lemma(token) in nouns:
                owners = orgs_in(children(token, "poss"), context)
                subject = owners[0] if owners else subject_of(token, context)
                if subject is None:
                    continue
                regions = prep_objects(token, LOCATION_PREPOSITIONS)
                if regions:
                    for region in regions:
                        places = places_at(region, context, frozenset())
                        inside = [
                            context.place_ref(clean_name(ent.text))
                            for ent in region.sent.ents
                            if ent.label_ in PLACE_LABELS and ent.root in region.subtree
                        ]
                        named = context.entity_at(region) is not None
                        text = None if named else noun_phrase_text(region)
                        for place in places:
                            yield sentence.claim(
                                subject, "operates_in", token, object=place, value=text
                            )
                        if not places:
                            for place in inside[:1]:
                                yield sentence.claim(
                                    subject, "operates_in", token, object=place, value=text
                                )
                    continue
                for place, phrase in self._clause_places(clause_head(token)):
                    yield sentence.claim(subject, "operates_in", token, object=place, value=phrase)
            elif (lemma(token) == "operate" and token.pos_ == "VERB") or (
                token.lower_ in adjectives and token.pos_ in ("ADJ", "VERB")
            ):
                # 'X operates in the Sahel region (Mali, Niger)', 'X is active in Y and Z'
                subject = subject_of(token, context)
                if subject is None:
                    continue
                phrases = location_objects(token) + degree_asides(token)
                if lemma(token) == "operate":  # 'operating mainly from Pakistan'
                    phrases += prep_objects(token, ("from",))
                    # 'X operates training camps in Y'
                    for obj in children(token, "dobj"):
                        phrases += prep_objects(obj, LOCATION_PREPOSITIONS)
                found = self._phrase_places(phrases) + regional_places(phrases, context)
                for place, phrase in found:
                    yield sentence.claim(subject, "operates_in", token, object=place, value=phrase)
            elif token.pos_ == "NOUN" and token.lower_ in attacks:
                # 'X has carried out attacks in Y', "X's raids across Y": where it strikes
                owners = orgs_in(children(token, "poss"), context)
                subject = owners[0] if owners else subject_of(token, context)
                if subject is None:
                    continue
                where = prep_objects(token, WHERE_PREPOSITIONS)
                if not where and token.dep_ == "dobj":  # 'carried out raids | throughout Y'
                    where = prep_objects(token.head, WHERE_PREPOSITIONS)
                for place, phrase in self._phrase_places(where):
                    yield sentence.claim(
                        subject, "operates_in", token, object=place, value=phrase, confidence=0.5
                    )
            elif lemma(token) in holdings and token.pos_ == "NOUN" and token.dep_ == "dobj":
                # 'X controls territory in Y', 'X seized towns across Y'
                subject = subject_of(token, context)
                if subject is None:
                    continue
                phrases = location_objects(token) + [  # 'seized swaths of territory in Y'
                    p for held in prep_objects(token, ("of",)) for p in location_objects(held)
                ]
                if phrases:  # '... emirates in southern Y, including in Z': Z is one
                    phrases += held_examples(token.head)
                for place, phrase in self._phrase_places(phrases):
                    yield sentence.claim(subject, "operates_in", token, object=place, value=phrase)

    # X has seized towns across the Sahel; a group plaguing targets throughout Mali
    def spreads(self, sentence: Sentence) -> Iterator[Claim]:
        for word in sentence.span:
            verb = spread_verb(word)
            subject = subject_of(verb, self.context) if verb is not None else None
            if verb is None or subject is None:
                continue
            for place, phrase in self._phrase_places(children(word, "pobj")):
                yield sentence.claim(
                    subject, "operates_in", word, object=place, value=phrase, confidence=0.5
                )

    def _hyphen_places(self, words: list[Token]) -> list[EntityRef]:
        """The place a hyphenated modifier names: 'Pakistan-based', 'Somali-based'."""
        found: list[EntityRef] = []
        for word in (w for modifier in words for w in modifier.subtree):
            ent = self.context.entity_at(word)
            if ent is None:
                continue
            if ent.label_ == "NORP":
                country = country_of_demonym(clean_name(ent.text))
                ref = self.context.place_ref(country) if country else None
            else:
                ref = self.context.ref(ent)
            if ref is not None and ref.type == "place" and ref not in found:
                found.append(ref)
        return found

    def _phrase_places(self, phrases: list[Token]) -> list[tuple[EntityRef, str | None]]:
        """Every place named in location phrases, outside their nested clauses, each with
        the phrase around it when that says more ('western Uganda')."""
        context = self.context
        found: list[tuple[EntityRef, str | None]] = []
        for phrase in phrases:
            for word in phrase.subtree:
                ent = context.entity_at(word)
                listed = word.dep_ == "conj" and (
                    ent is None or ent.label_ in MISREAD_PLACE_LABELS[1:]
                )
                misread = misread_place(word, context)  # 'in the Sahel' read as a product
                placed = (
                    ent is not None and word == ent.root and ent.label_ in PLACE_LABELS | {"PERSON"}
                )
                if misread is None and not listed and not placed:
                    continue
                if any(
                    g.dep_ in ("relcl", "advcl", "ccomp", "acl") for g in _between(word, phrase)
                ):
                    continue
                # 'in Luzon and Visayas': a name NER missed, listed with a place
                ref = misread or (
                    gazetteer_place(word, context) if listed or ent is None else context.ref(ent)
                )
                if ref is not None and ref.type == "place" and all(ref != f for f, _ in found):
                    found.append((ref, place_phrase(word, phrase.head, context)))
            # 'across the country', 'in the north of the country'
            country = meant_country(phrase, context) or part_of_meant_country(phrase, context)
            if country is not None and all(country != f for f, _ in found):
                found.append((country, None))
        return found

    def _clause_places(self, verb: Token) -> list[tuple[EntityRef, str | None]]:
        """Places in the clause of 'their activity has taken place in ...' (not in nested
        clauses), each with the phrase that holds it ('rural districts in north ... X')."""
        context = self.context
        found: list[tuple[EntityRef, str | None]] = []
        for word in verb.subtree:
            if _in_nested_clause(word, verb) or in_backing_phrase(word, verb, context):
                continue
            ent = context.entity_at(word)
            if ent is not None and ent.label_ in PLACE_LABELS and word == ent.root:
                ref: EntityRef | None = context.place_ref(clean_name(ent.text))
            elif ent is None and word.dep_ == "conj":  # 'all over Luzon and Visayas'
                ref = gazetteer_place(word, context)
            else:
                continue
            if ref is not None and all(ref != known for known, _ in found):
                found.append((ref, _holding_phrase(word, verb)))
        return found

    # the organisation is believed to have numbered around 2,500 people at their height
    # ISIS-K is a core group of around 1,500 to 2,200 fighters in Nangahar and Konar provinces
    def membership(self, sentence: Sentence) -> Iterator[Claim]:
        yield from self._sizes(sentence)
        context = self.context
        people = self.cue("member_count", "person_nouns")
        verbs = self.cue("member_count", "verbs")
        heights = self.cue("member_count", "height_nouns")
        belong_verbs = self.cue("member_count", "belong_verbs")
        for token in sentence.span:
            if lemma(token) not in people and token.lower_ not in people:
                continue
            count = _count_of(token)
            if count is None:
                continue
            governor = token.head
            qualifier = None
            if governor.dep_ == "prep" and governor.lower_ == "of" and governor.head.pos_ == "NOUN":
                group = governor.head  # 'a core group of 1,500 fighters'
                if lemma(group) not in self.context.ontology.group_nouns | MEMBERSHIP_HOLDERS:
                    continue
                subject = subject_of(group, context)
                modifiers = [c.text for c in group.children if c.dep_ in ("amod", "compound")]
                if modifiers:
                    qualifier = f"{' '.join(modifiers)} {group.text} of {token.text}"
                cue = group
            elif token.dep_ == "dobj" and lemma(governor) in verbs:
                subject = subject_of(governor, context)
                cue = governor
            elif governor.dep_ == "prep" and lemma(governor.head) in verbs:
                subject = subject_of(governor.head, context)  # 'consists of 400 fighters'
                cue = governor.head
            elif token.dep_ == "nsubj" and lemma(governor) in belong_verbs:
                groups = orgs_in(
                    (t for o in prep_objects(governor, ("to",)) for t in o.subtree), context
                )  # 'about 400 people belong to X'
                subject = groups[0] if groups else None
                cue = governor
            else:
                continue
            if subject is None:
                continue
            for prep in governors(cue):
                height = [
                    obj for obj in prep_objects(prep, ("at", "during")) if lemma(obj) in heights
                ]
                if height:
                    qualifier = qualifier or " ".join(t.text for t in height[0].head.subtree)
                    break
                if prep.dep_ == "ROOT":
                    break
            yield sentence.claim(subject, "member_count", cue, value=count, qualifier=qualifier)
            for earlier in earlier_figures(cue, context):  # '..., down from 1,250 in 2000'
                claim = sentence.claim(subject, "member_count", cue, value=earlier.count)
                yield replace(claim, qualifier=earlier.phrase, time_scope=earlier.time)
            regions = prep_objects(token, ("in",)) or (
                prep_objects(cue, ("in",)) if cue != token else []
            )
            for region in regions:
                for place in places_at(region, context, frozenset()):
                    yield sentence.claim(subject, "based_in", token, object=place, confidence=0.6)
            spread = prep_objects(token, SPREAD_PREPOSITIONS)  # '300 fighters across Y'
            for place in (p for region in spread for p in places_at(region, context, frozenset())):
                yield sentence.claim(subject, "operates_in", token, object=place, confidence=0.6)

    # its size increased to 300 fighters; the army put X's strength at 3,200; a strength of 500
    def _sizes(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        people = self.cue("member_count", "person_nouns")
        for token in sentence.span:
            if token.pos_ != "NOUN" or lemma(token) not in self.cue("member_count", "size_nouns"):
                continue
            counted = prep_objects(token, ("of",))
            if counted and not (is_cue(counted[0], people) or orgs_in(counted[0].subtree, context)):
                continue  # 'the number of attacks' counts something else
            count = _figure_after(token, people)
            if count is None:
                continue
            owners = orgs_in(
                [*children(token, "poss"), *(t for o in counted for t in o.subtree)], context
            )
            subject = owners[0] if owners else subject_of(token, context)
            if subject is not None:
                yield sentence.claim(subject, "member_count", token, value=count)

    # the group has received funding in excess of $100 million and training from Y
    def resources(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        kinds = {
            predicate: self.cue(predicate, "resource_nouns")
            for predicate in ("funded_by", "trained_by", "armed_by")
        }
        for token in sentence.span:
            if token.pos_ == "VERB" and lemma(token) in RECEIVE_VERBS:
                subject = subject_of(token, context)
                if subject is None:
                    continue
                subtree = list(token.subtree)
                givers = [obj for word in subtree for obj in prep_objects(word, ("from",))]
                # 'from extortion in the group's areas': the receiver named inside is no source
                sources = [s for s in _sponsors(givers, context) if s != subject]
                money = _money_in(subtree)
                for predicate, nouns in kinds.items():
                    if not any(lemma(word) in nouns and word.pos_ == "NOUN" for word in subtree):
                        continue
                    value = money if predicate == "funded_by" else None
                    for source in sources:
                        if source != subject:
                            yield sentence.claim(
                                subject, predicate, token, object=source, value=value
                            )
                    if predicate == "funded_by" and not sources:
                        # 'X derived most of its funding from extortion and kidnapping'
                        for item in _means_items(prep_objects(token, ("from",)), context):
                            yield sentence.claim(subject, predicate, token, value=item)
            elif token.pos_ == "VERB" and lemma(token) in SOURCE_VERBS:
                yield from self._funds_from(sentence, token, kinds["funded_by"])
            elif token.pos_ == "VERB" and lemma(token) in GIVING_VERBS:
                for receiver, predicate, giver in gifts(token, context, kinds):
                    yield sentence.claim(receiver, predicate, token, object=giver)
            for predicate in kinds:
                if lemma(token) in self.cue(predicate, "verbs") and token.pos_ == "VERB":
                    yield from self._resource_verb(sentence, token, predicate)

    def _funds_from(
        self, sentence: Sentence, verb: Token, nouns: frozenset[str]
    ) -> Iterator[Claim]:
        """'Most of their funds come from looting towns and bank robberies': the sources of a
        group's money, as text; whose money it is, from the possessive or the passage."""
        context = self.context
        means = prep_objects(verb, ("from",))
        money = [
            word
            for subject in clause_subjects(verb)
            for word in [subject, *prep_objects(subject, ("of",))]
            if (lemma(word) in nouns or word.lower_ in nouns) and word.pos_ == "NOUN"
        ]
        if not means or not money:
            return
        owners = orgs_in(children(money[0], "poss"), context)
        receiver = owners[0] if owners else context.focus
        if receiver is None:
            return
        for item in _means_items(means, context):
            yield sentence.claim(receiver, "funded_by", verb, value=item)

    def _resource_verb(self, sentence: Sentence, verb: Token, predicate: str) -> Iterator[Claim]:
        """'Y funds X', 'X is funded by Y', 'X is financed through kidnapping'."""
        context = self.context
        agents = prep_objects(verb, ("by",))
        passive = bool(children(verb, "auxpass", "nsubjpass")) or (
            verb.tag_ == "VBN" and not children(verb, "dobj")
        )
        means = prep_objects(verb, MEANS_PREPOSITIONS) if predicate == "funded_by" else []
        if agents or (means and passive):
            receivers = orgs_in(children(verb, "nsubjpass"), context) or [
                s for s in [subject_of(verb, context)] if s is not None
            ]
            givers = _sponsors(agents, context)
        else:
            receivers = orgs_in(
                (t for o in children(verb, "dobj") for t in with_conjuncts(o)), context
            )
            givers = _sponsors(children(verb, "nsubj"), context) or [
                s for s in [subject_of(verb, context)] if s is not None
            ]
            agents = means = []
        money = _money_in(list(verb.subtree)) if predicate == "funded_by" else None
        for receiver in receivers:
            for giver in givers:
                if receiver != giver:
                    yield sentence.claim(receiver, predicate, verb, object=giver, value=money)
            if givers or predicate != "funded_by":
                continue
            for phrase in agents + means:  # 'funded by smuggling networks'
                described = _unnamed_means(phrase, context)
                if described:
                    yield sentence.claim(receiver, predicate, verb, value=described)

    # the leader of this network ..., Khalil Haqqani
    def leadership(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        roles = self.cue("leader_of", "role_nouns")
        for token in sentence.span:
            if lemma(token) not in roles or token.pos_ != "NOUN":
                continue
            if any(child.lower_ in SECOND_MODIFIERS for child in token.lefts):
                continue  # 'the deputy leader of X' leads nothing
            # a name in the 'of' phrase wins over the passage's group that a noun of it
            # stands for: 'the leader of the right-wing group "X"'
            owners = prep_objects(token, ("of",))
            groups = [
                ref
                for owner in owners
                if (
                    ref := name_set_off(owner, context.ontology.group_nouns)
                    or phrase_org(owner, context)
                )
                is not None
            ]
            groups += orgs_in(
                [*(t for o in owners for t in o.subtree), *children(token, "compound", "poss")],
                context,
            )
            if _listed_with_its(token):  # 'allegiance to X and its emir, P': X's emir only
                listed_with = _pronoun_owner_listed_with(token, context)
                groups = [listed_with] if listed_with is not None else []
            if not groups:
                continue
            person = self._person_for(token, sentence)
            if person is not None:
                yield sentence.claim(person, "leader_of", token, object=groups[0])

    def _person_for(self, role: Token, sentence: Sentence) -> EntityRef | None:
        context = self.context
        linked = [*children(role, "appos"), role.head if role.dep_ == "appos" else role]
        linked += [s for s in children(role.head, *SUBJECT_DEPS) if role.dep_ == "attr"]
        for token in linked:
            ent = context.entity_at(token)
            if ent is not None and ent.label_ == "PERSON":
                return context.ref(ent)
        if any(lemma(t) == "a" for t in children(role, "det")):
            return None  # 'a party spokesman said ...': someone unnamed
        # 'The leader of this network now has ..., Khalil Haqqani': a name set off at the
        # end; a name inside another phrase ('criticised Howard's record') is someone else
        people = [ent for ent in sentence.context.ents_in(sentence.span) if ent.label_ == "PERSON"]
        people = [ent for ent in people if (ref := context.ref(ent)) and ref.type == "person"]
        alone = len(people) == 1 and role.dep_ in ("nsubj", "nsubjpass", "attr", "appos")
        if alone and people[0].root.dep_ in ("appos", "attr", "nsubj", "ROOT"):
            return context.ref(people[0])
        return None

    # they stand accused of targeting hospitals and schools, ...; X launched attacks at A and B
    def targeting(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        attack_nouns = self.cue("targets", "attack_nouns")
        prepositions = self.cue("targets", "target_prepositions")
        attack_verbs = self.cue("targets", "verbs")
        for token in sentence.span:
            practice = token.tag_ == "VBG" and lemma(token) in attack_verbs
            if token.pos_ == "VERB" and (lemma(token) == "target" or practice):
                # 'X targets Y'; a practice: 'accused of attacking Y', 'striking against Y'
                start = children(token, "dobj") or prep_objects(token, prepositions)
                passive = children(token, "nsubjpass") if lemma(token) == "target" else []
                if passive and not start:  # 'Y were repeatedly targeted by X'
                    start = passive
                    subject = next(
                        (
                            ref
                            for agent in children(token, "agent")
                            for obj in children(agent, "pobj")
                            if (ref := phrase_org(obj, context)) is not None
                        ),
                        None,
                    )
                    targets = _listed_targets(start[0], start[0].right_edge.i, context)
                elif not start:
                    continue
                else:
                    subject = self._attacker(token)
                    # the parse often drops a long list from the verb's phrase, so the list
                    # runs to the sentence's end, unless the verb only describes a noun
                    end = token.right_edge.i if token.dep_ == "acl" else sentence.span.end - 1
                    end = quotation_end(token, end)  # '"... target civilians," they said'
                    targets = _listed_targets(start[0], end, context, prepositions)
                    clause = token
                    while clause.dep_ in ("ccomp", "xcomp") and clause.head != clause:
                        clause = clause.head  # 'whom X said it had targeted'
                    if start[0].lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
                        # 'Y, whom X had targeted': the noun the clause describes
                        targets = _listed_targets(clause.head, clause.head.i, context)
            elif token.pos_ == "NOUN" and is_cue(token, self.cue("targets", "victim_nouns")):
                # 'kidnappings of foreigners', 'the killing of aid workers'
                objects = prep_objects(token, ("of",))
                if not objects or _count_of(token) is not None:
                    continue
                subject = _known_for(token, context) or subject_of(token, context)
                targets = _listed_targets(objects[0], objects[0].right_edge.i, context)
            elif token.pos_ == "NOUN" and is_cue(token, attack_nouns):
                if _count_of(token) is not None:
                    continue  # counted attacks are an attack count, not a list of targets
                # 'attacks by X on Y': the 'by' phrase names the attacker (and the parse
                # often hangs the target's phrase on X)
                by_objects = prep_objects(token, ("by",))
                objects = prep_objects(token, prepositions) or [
                    o
                    for b in by_objects
                    if context.entity_at(b) is not None
                    for o in prep_objects(b, prepositions)
                ]
                if not objects:
                    continue
                # "attacks by X on Y"; "X's attacks on Y"
                owners = children(token, "poss")
                attackers = orgs_in(by_objects, context) or orgs_in(owners, context)
                subject = attackers[0] if attackers else subject_of(token, context)
                # 'launched attacks at A, B and against C': the list runs on in the verb's
                # clause; attacks that are the clause's subject end with their own phrase
                end = max(token.head.right_edge.i, _list_end(objects[0]))
                if token.dep_ in SUBJECT_DEPS:
                    end = objects[0].right_edge.i
                targets = _listed_targets(objects[0], end, context, prepositions)
                targets = [t for t in targets if t.lower() not in attack_nouns]
            else:
                continue
            if subject is None:
                continue
            for target in dict.fromkeys(targets):
                yield sentence.claim(subject, "targets", token, value=target)

    def _attacker(self, verb: Token) -> EntityRef | None:
        """Who targets: the clause's organisation; for attacks that target ('Major attacks
        have targeted Y', 'kidnappings targeting Y'), whose attacks they are, else the
        organisation the passage is about."""
        context = self.context
        subjects = children(verb, "nsubj")
        if verb.dep_ == "acl":  # 'a spate of kidnappings targeting foreigners'
            subjects = [verb.head]
        attacks = self.cue("targets", "attack_nouns") | self.cue("targets", "victim_nouns")
        if subjects and is_cue(subjects[0], attacks):
            owner = next(
                (ref for c in subjects[0].children if (ref := phrase_org(c, context)) is not None),
                None,
            )
            return owner or context.focus
        return subject_of(verb, context)

    # X emerged as one of the top four deadliest terrorist outfits in the world
    def ranking(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        for token in sentence.span:
            if token.lower_ != "one" or not prep_objects(token, ("of",)):
                continue
            group = prep_objects(token, ("of",))[0]
            modifiers = {lemma(child) for child in group.children}
            if not (RANKING_MODIFIERS & modifiers or lemma(token.head) == "rank"):
                continue
            subject = subject_of(token, context)
            if subject is None:
                continue
            phrase = token.doc[token.i : group.right_edge.i + 1].text
            yield sentence.claim(subject, "ranked", token, value=phrase)
        yield from self._superlatives(sentence)

    def _superlatives(self, sentence: Sentence) -> Iterator[Claim]:
        """'X is one of the most powerful groups in Y', 'X, the deadliest faction', 'X is
        among the deadliest', 'X is considered the most active of Y's affiliates'."""
        context = self.context
        done: set[int] = set()
        for token in sentence.span:
            if token.tag_ not in SUPERLATIVE_TAGS or token.i in done:
                continue
            described = token.head if token.tag_ == "RBS" else token  # 'most' -> 'powerful'
            if described.dep_ == "amod" and described.head.pos_ in ("NOUN", "PROPN"):
                described = described.head
            phrase = described
            of = phrase.head
            if phrase.dep_ == "pobj" and of.lower_ == "of" and lemma(of.head) in RANKING_WORDS:
                phrase = of.head  # 'one of the most ...'
            among = phrase.dep_ == "pobj" and phrase.head.lower_ in RANKING_PREPOSITIONS
            partitive = bool(prep_objects(phrase, ("of",)))  # 'the most active of Y's affiliates'
            if phrase.pos_ not in ("NOUN", "PROPN", "NUM") and phrase != token and not partitive:
                continue  # 'when it was most crowded' ranks nothing
            if phrase.dep_ == "oprd" and not children(phrase.head, "nsubjpass"):
                continue  # 'what P calls the largest X': P's words, not a ranking of P
            if described.pos_ == "NOUN" and not self._ranks_bodies(described):
                continue  # 'one of the biggest successes' ranks an event, not a group
            named = [
                c for c in children(phrase, "appos") if context.entity_at(c) and c.i > phrase.i
            ]
            if phrase.dep_ in ("attr", "oprd", "acomp") or among:
                subject = subject_of(phrase.head if among else phrase, context)
            elif phrase.dep_ == "appos":
                subject = self._described_org(phrase.head)
            elif named:  # "the country's largest rebel group, X"
                subject = self._described_org(phrase)
            else:
                continue
            start = (phrase.head if among else phrase).left_edge.i
            clauses = [w.left_edge.i for w in phrase.subtree if w.dep_ in ("relcl", "acl")]
            clauses += [w.left_edge.i for w in named]
            end = min(clauses) - 1 if clauses else phrase.right_edge.i
            words = list(token.doc[start : end + 1])
            while words and (words[0].dep_ == "det" or words[0].is_punct):
                words = words[1:]
            while words and words[-1].is_punct:
                words = words[:-1]
            if subject is None or not words or len(words) > MAX_VALUE_WORDS:
                continue
            done.update(w.i for w in words)
            value = clean_name(token.doc[words[0].i : words[-1].i + 1].text)
            yield sentence.claim(subject, "ranked", token, value=value, confidence=0.6)

    def _ranks_bodies(self, noun: Token) -> bool:
        """Whether a ranked noun counts groups: 'the deadliest militant group', 'the most
        active of Y's affiliates', 'one of the top outfits' (not 'the biggest successes')."""
        bodies = self.context.ontology.group_nouns | IDEOLOGY_HOLDERS | ORG_CONTEXT_NOUNS
        bodies |= RANKING_BODIES
        return any(lemma(word) in bodies or word.lower_ in bodies for word in noun.subtree)

    # ISIS-K has been responsible for nearly 100 attacks against civilians since January 2017
    def attack_counts(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        nouns = self.cue("attack_count", "attack_nouns")
        for token in sentence.span:
            if token.pos_ != "NOUN" or not is_cue(token, nouns):
                continue
            count = _count_of(token)
            if count is None or any(c.ent_type_ == "DATE" for c in children(token, "nummod")):
                continue  # 'the 2001 parliament attack' names one attack by its year
            subject = subject_of(token, context) or _sentence_subject(sentence.span, context)
            if subject is None:
                continue
            qualifier = token.doc[token.i : token.right_edge.i + 1].text
            yield sentence.claim(subject, "attack_count", token, value=count, qualifier=qualifier)

    # Turkish President Recep Tayyip Erdogan; Lebanon's prime minister, Tammam Salam
    def offices(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        offices = self.cue("holds_office", "office_nouns")
        for token in sentence.span:
            if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in offices:
                continue
            ent = context.entity_at(token)
            if ent is not None and ent.label_ != "PERSON":
                continue  # 'the Interior Ministry', 'Chief of Staff' as an organisation
            person = self._office_holder(token)
            if person is None:
                continue
            office = self._office_name(token)
            if office is not None:
                yield sentence.claim(person, "holds_office", token, value=office)

    def _office_holder(self, role: Token) -> EntityRef | None:
        """The person an office noun describes: 'President X' (within or before the name),
        'X, the president of Y', 'the prime minister, X', 'X is the president'."""
        context = self.context
        head = role
        while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # 'interior minister X': 'minister' -> the name
        linked = [head, *children(role, "appos")]
        if role.dep_ == "appos":
            linked.append(role.head)
        if role.dep_ == "attr":
            linked += children(role.head, *SUBJECT_DEPS)
        for token in linked:
            ent = context.entity_at(token)
            if ent is None or ent.label_ != "PERSON":
                continue
            ref = context.ref(ent)
            if (
                ref is not None
                and ref.type == "person"
                and ref.name.lower()
                not in (
                    role.lower_,
                    f"{role.lower_}s",
                )
            ):
                return ref
        return None

    def _office_name(self, role: Token) -> str | None:
        """The office as a phrase: 'interior minister', 'President of Turkey' (a nationality
        or a country's possessive becomes 'of' the country). A role in an armed group is
        no office of state (leader_of, member_of say it)."""
        context = self.context
        words = [role]
        country = None
        for child in role.lefts:
            ent = context.entity_at(child)
            plain = ent is None or (ent.label_ == "ORG" and not self._is_armed_group(child))
            if child.dep_ in ("compound", "amod", "nmod") and plain:  # 'Interior Minister'
                words.extend(w for w in child.subtree if not w.is_punct)
        for child in role.children:
            ent = context.entity_at(child)
            if ent is None or child.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            if ent.label_ == "NORP":
                country = country_of_demonym(clean_name(ent.text))
            elif ent.label_ == "GPE":  # the gazetteer's name: 'Turkiye' is Turkey
                country = context.place_ref(clean_name(ent.text)).name
            elif self._is_armed_group(child):
                return None
        phrase = [w for w in words if w.i <= role.i or w.dep_ == "compound"]
        phrase.sort(key=lambda w: w.i)
        if any(w.ent_type_ == "PERSON" for w in phrase if w != role):
            phrase = [role]
        text = " ".join(w.text for w in phrase)
        for obj in prep_objects(role, ("of",)):
            if any(self._is_armed_group(w) for w in obj.subtree):
                return None
            return clean_name(f"{text} of {noun_phrase_text(obj)}")
        if country:
            return clean_name(f"{text} of {country}")
        return clean_name(text) or None

    def _is_armed_group(self, token: Token) -> bool:
        """Whether a word names an armed group (not a state body): one the ontology lists
        as such, or one the text calls a group."""
        context = self.context
        if context.entity_at(token) is None:
            return False
        ref = context.group_ref(token)
        if ref is None:
            return False
        known = context.ontology.entity(ref.name)
        if known is not None:
            return known.type == "organization" and not known.kind
        ent = context.entity_at(token)
        return ref.name.casefold() in context.said_orgs or (
            ent is not None and said_to_be_organisation(ent)
        )

    # a Salafi-jihadist group; X's Marxist ideology; X espouses Salafism
    def ideologies(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        nouns = self.cue("ideology", "nouns")
        verbs = self.cue("ideology", "verbs")
        described: set[int] = set()
        for token in sentence.span:
            if token.i in described:
                continue
            if lemma(token) in nouns and token.pos_ in ("NOUN", "PROPN"):
                value = self._ideology_of_noun(token)
                owners = orgs_in(children(token, "poss"), context)
                subject = owners[0] if owners else subject_of(token, context)
                if value and subject is None and token.i == sentence.span.start:
                    subject = context.focus  # an infobox line 'Ideology Sunni Islamism'
                if value and subject is not None:
                    yield sentence.claim(subject, "ideology", token, value=value)
                continue
            if lemma(token) in verbs and token.pos_ == "VERB":
                objects = children(token, "dobj") + prep_objects(token, ("to",))
                subject = subject_of(token, context)
                if children(token, "nsubjpass"):  # 'his ideology of Y was adopted by X'
                    objects = children(token, "nsubjpass")
                    subject = next(iter(orgs_in(by_phrase(token), context)), None)
                for obj in objects:
                    # 'adopted the ideology of Y': what the ideology noun names
                    value = (
                        self._ideology_of_noun(obj)
                        if lemma(obj) in nouns
                        else _ideological_phrase(obj)
                    )
                    if value and subject is not None:
                        yield sentence.claim(subject, "ideology", token, value=value)
                continue
            if token.lower_ in IDEOLOGY_PARTICIPLES and token.dep_ == "amod":
                # 'the ISIS-inspired X group': what inspires a group is its creed
                if children(token, "npadvmod", "compound"):
                    value = sentence.span.doc[token.left_edge.i : token.i + 1].text
                    subject = self._described_org(token.head)
                    if subject is not None:
                        yield sentence.claim(
                            subject, "ideology", token, value=value.replace(" - ", "-")
                        )
                continue
            if not _is_ideological(token) or token.dep_ not in ("amod", "compound", "nmod"):
                continue
            noun = token.head
            while noun.dep_ in ("amod", "compound") and noun.head.i > noun.i and noun.i < token.i:
                noun = noun.head
            if context.entity_at(token) is not None and context.entity_at(
                token
            ) == context.entity_at(noun):
                continue  # inside a name: 'Communist Party of X'
            if context.entity_at(token) is not None and context.entity_at(noun) is not None:
                continue  # inside a name: 'the Islamic Jihad Union'
            is_name = context.org_ref(noun) is not None and context.entity_at(noun) is not None
            if not is_name and lemma(noun) not in IDEOLOGY_HOLDERS | context.ontology.group_nouns:
                continue
            holder: Token | None = noun
            if not is_name and noun.tag_ in ("NNS", "NNPS"):
                # 'one of the jihadist groups' is a kind, not this group; 'a coalition of
                # Salafi-jihadist groups' is the coalition's creed
                holder = _collective_of(noun)
            if holder is None:
                continue
            run = _modifier_run(token, noun)
            described.update(w.i for w in run)
            value = " ".join(w.text for w in run).replace(" - ", "-").replace(" -", "-")
            subject = self._described_org(holder)
            if subject is not None and value:
                yield sentence.claim(
                    subject, "ideology", token, value=clean_name(value), confidence=0.6
                )

    def _ideology_of_noun(self, noun: Token) -> str | None:
        """What an ideology noun says: its modifiers ('Salafist ideology'), its 'of' phrase
        ('the ideology of democratic confederalism'), or the words after it on a line."""
        modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")]
        if modifiers:
            first = min(w.i for m in modifiers for w in m.subtree)
            return clean_name(noun.doc[first : noun.i].text) or None
        for obj in prep_objects(noun, ("of",)):
            return noun_phrase_text(obj)
        following = [w for w in noun.sent if w.i > noun.i]
        while following and following[0].text == "|":  # a table row: 'Ideology | X |'
            following = following[1:]
        if (
            following
            and following[0].pos_ in ("PROPN", "ADJ", "NOUN")
            and noun.i == noun.sent.start
        ):
            words: list[Token] = []
            for word in following:
                if word.text in ("|", "\n") or word.is_space or len(words) >= MAX_VALUE_WORDS:
                    break
                words.append(word)
            text = clean_name(" ".join(w.text for w in words).strip(" |"))
            return text or None
        return None

    def _described_org(self, noun: Token) -> EntityRef | None:
        """The organisation a described noun stands for: itself when a name, the name it
        is in apposition or copula with ('X, a Marxist group'; 'X is a Salafi group'), a
        name it modifies ('the Islamist alliance X'), else 'the group' as the passage's."""
        context = self.context
        if context.entity_at(noun) is not None:
            return context.org_ref(noun)
        for word in stands_for(noun):
            if word != noun and context.entity_at(word) is not None:
                ref = context.group_ref(word)
                if ref is not None:
                    return ref
        if noun.dep_ == "compound" and context.entity_at(noun.head) is not None:
            return context.group_ref(noun.head)
        for child in noun.children:
            if child.dep_ in ("appos", "compound", "nmod") and context.entity_at(child) is not None:
                ref = context.group_ref(child)
                if ref is not None:  # 'the radical Sunni group': a creed, not a name
                    return ref
        if noun.dep_ in ("attr", "appos") or (noun.dep_ == "pobj" and noun.head.lower_ == "as"):
            return subject_of(noun, context)
        return context.org_ref(noun)

    # X seeks to overthrow the government; its goal is to create Y; a fight for Y
    def goals(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        nouns = self.cue("goal", "nouns")
        verbs = self.cue("goal", "verbs")
        struggles = self.cue("goal", "struggle_words")
        for token in sentence.span:
            word = lemma(token)
            value: str | None = None
            subject: EntityRef | None = None
            if word in verbs and token.pos_ == "VERB":
                wanted = children(token, "xcomp") or (
                    children(token, "dobj") if word in ("seek", "pursue", "want") else []
                )
                if word == "look" and not children(token, "xcomp"):
                    continue
                if wanted and lemma(wanted[0]) in self.cue("targets", "verbs"):
                    continue  # 'seeks to target Y' is what it targets (targets frame), no goal
                value = _goal_phrase(wanted[0]) if wanted else None
                subject = subject_of(token, context)
            elif word in nouns and token.pos_ == "NOUN":
                if token.dep_ == "dobj" or (
                    token.dep_ == "pobj" and token.head.lower_ not in ("with", "as")
                ):
                    continue  # 'Y contradicts X's goal of ...': said about Y, not a statement of it
                value = self._goal_of_noun(token)
                owners = orgs_in(children(token, "poss"), context)
                subject = owners[0] if owners else subject_of(token, context)
            elif word in struggles:
                for obj in prep_objects(token, GOAL_PREPOSITIONS):
                    if context.entity_at(obj) is None and lemma(obj) not in (
                        "year",
                        "decade",
                        "month",
                    ):
                        value = _goal_phrase(obj)
                        break
                if value is None:
                    continue
                owners = orgs_in(children(token, "poss"), context)
                subject = owners[0] if owners else subject_of(token, context)
            else:
                continue
            if value and subject is not None:
                yield sentence.claim(subject, "goal", token, value=value, confidence=0.6)

    def _goal_of_noun(self, noun: Token) -> str | None:
        """'its goal is to create Y', 'with the goal of resisting Y', 'the aim of Y'."""
        if noun.dep_ in SUBJECT_DEPS:
            verb = noun.head
            for complement in children(verb, "xcomp", "attr", "ccomp", "acomp"):
                return _goal_phrase(complement)
        for obj in prep_objects(noun, ("of",)):
            if self.context.entity_at(obj) is None:
                return _goal_phrase(obj)
        for complement in children(noun, "acl", "relcl"):
            if any(c.lower_ == "to" for c in complement.children):
                return _goal_phrase(complement)
        return None

    # X was formed through the merger of A, B and C; A merged with B to form X
    def mergers(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        nouns = self.cue("formed_from", "merger_nouns")
        verbs = self.cue("formed_from", "merger_verbs")
        for token in sentence.span:
            if lemma(token) in nouns and token.pos_ == "NOUN":
                parts = prep_objects(token, ("of", "between"))
                if not parts:
                    continue
                listed = _listed_after_colon(parts[0])
                sources = self._named_groups(parts + listed)
                formed = self._formed_by_merger(token)
                for source in sources:
                    if formed is not None and source != formed:
                        yield sentence.claim(formed, "formed_from", token, object=source)
                # 'four groups: A, B, C and D' names what it describes; a description says
                # too little to be given to a group the merger is not said of
                said_of = self._formed_by_merger(token, guess=False)
                for described in [] if listed else merged_descriptions(parts, context):
                    if said_of is not None:
                        yield sentence.claim(said_of, "formed_from", token, value=described)
            elif lemma(token) in verbs and token.pos_ == "VERB":
                formed_words = [
                    name
                    for verb in children(token, "xcomp", "advcl", "conj")
                    if _matches_phrase(verb, self.cue("founded", "verbs"))
                    for obj in children(verb, "dobj")
                    # 'a new group called X', where X is a name ('called "The Group"' is none)
                    for name in [obj, *(n for n in named_by(obj) if context.entity_at(n))]
                ]
                results = orgs_in(formed_words, context)
                if not results and any(
                    c.lower_ in WHEN_MARKERS for c in children(token, "advmod", "mark")
                ):
                    # 'X was formed in 2012 when A and B merged' (the parse may hang the
                    # 'when' clause on the date): the founding verb's group
                    founding = clause_head(token.head)
                    founding_verbs = self.cue("founded", "verbs")
                    if founding != token and _matches_phrase(founding, founding_verbs):
                        founded = self._founded_org(founding)
                        results = [founded] if founded is not None else []
                if not results:
                    continue
                merging = [s for s in children(token, *SUBJECT_DEPS) for s in with_conjuncts(s)]
                sources = self._named_groups(merging + prep_objects(token, ("with", "into")))
                for source in sources:
                    if source != results[0]:
                        yield sentence.claim(results[0], "formed_from", token, object=source)

    def _named_groups(self, phrases: list[Token]) -> list[EntityRef]:
        """The organisations a list names ('A, B and C', 'groups including A and B')."""
        found: list[EntityRef] = []
        entity_at = self.context.entity_at
        # 'A and the Sahara branch of X': the item is the branch, not X (nor a name inside X)
        branches = {
            w for phrase in phrases for w in (phrase, *phrase.conjuncts) if self._is_branch_noun(w)
        }
        in_branches = {w.i for branch in branches for w in _own_phrase(branch)}
        for branch in sorted(branches):
            named = branch_named(branch, self.context)
            if named is not None and named not in found:
                found.append(named)
        for phrase in phrases:
            # 'B, another X offshoot': a description of a named item names no item; nor
            # does the name in 'X-affiliated groups'
            # (a name set off after the first, 'A, the B Front, C and D', is the list's next
            # item, which the parse hangs on A as an apposition)
            listed = [c for c in phrase.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            described = {
                word.i
                for item in phrase.subtree
                if (
                    item.dep_ == "appos"
                    and item not in listed
                    and entity_at(item.head)
                    and not entity_at(item)
                )
                or (item.dep_ == "amod" and item.tag_ == "VBN" and item.head.pos_ == "NOUN")
                for word in item.subtree
            }
            # the list's items: a name NER missed is still a group ('the Real IRA')
            heads = [phrase, *phrase.conjuncts, *examples(phrase)]
            heads += [w for item in listed for w in (item, *item.conjuncts)]
            items = {w.i for w in heads} - in_branches
            described |= in_branches
            for word in phrase.subtree:
                ent = self.context.entity_at(word)
                if word.i in items and (ent is None or ent.label_ in MISTAKEN_NAME_LABELS):
                    unnamed = unrecognised_name(word, self.context)
                    if unnamed is not None and unnamed not in found:
                        found.append(unnamed)
                if ent is None or any(w.i in described for w in ent):
                    continue
                if is_creed(clean_name(ent.text)):
                    continue  # 'four Salafi-jihadist groups': a creed, not a party
                if ent.label_ == "NORP" and not ent.kb_id_:
                    continue  # 'the Sahelian jihadist group': a people, not a party
                ref = self.context.group_ref(word)
                if ref is not None and ref not in found:
                    found.append(ref)
        return found

    def _is_branch_noun(self, word: Token) -> bool:
        nouns = self.context.ontology.predicates["affiliate_of"].cue("possessive_nouns")
        return word.pos_ == "NOUN" and lemma(word) in nouns

    def _formed_by_merger(self, merger: Token, guess: bool = True) -> EntityRef | None:
        """What a merger formed: the name it is in apposition or copula with ('X, a merger of');
        the founded organisation of the verb it hangs on ('X was formed through the merger
        of', 'Founded in 1998 as a merger between'); else, with ``guess``, the subject
        of another verb it hangs on or the passage's group."""
        context = self.context
        for word in stands_for(merger):
            if word != merger and context.entity_at(word) is not None:
                return context.group_ref(word)
            if word != merger and word.dep_ != "attr":  # 'The New IRA, a merger of'
                unnamed = unrecognised_name(word, context)
                if unnamed is not None:
                    return unnamed
        for governor in list(governors(merger))[1:]:
            if governor.pos_ == "VERB" and governor.dep_ != "prep":  # not 'following the merger'
                if _matches_phrase(governor, self.cue("founded", "verbs")):
                    founded = self._founded_org(governor)
                    if founded is not None:
                        return founded
                return (subject_of(governor, context) or context.focus) if guess else None
            if governor.pos_ in ("NOUN", "PROPN") and context.entity_at(governor) is not None:
                ref = context.group_ref(governor)
                if ref is not None:  # not a date the merger is in apposition to
                    return ref
        return context.focus if guess else None

    # X was defeated in 2017; X has lost ground in Y; the surge hampered X's ability to ...;
    # X signed a peace treaty with the government in 2016
    def setbacks(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        for token in sentence.span:
            if token.pos_ == "VERB":
                sufferers = self._sufferers(token)
            elif token.pos_ == "NOUN" and _names_noun(token, self.cue("setback", "peace_nouns")):
                # both sides of a peace deal give up their war: the groups among them
                noun = token
                verb = clause_head(noun)
                sides = children(verb, *SUBJECT_DEPS) + prep_objects(noun, ("with",))
                sides += prep_objects(verb, ("with",))
                sufferers = [
                    ref
                    for side in sides
                    for word in with_conjuncts(side)
                    if (ref := phrase_org(word, context)) is not None
                ]
                token = noun
            else:
                continue
            value = _setback_phrase(token)
            when = _own_time_scope(token, context) or when_clause_time(token, context)
            for sufferer in dict.fromkeys(sufferers):
                if value:
                    yield sentence.claim(
                        sufferer, "setback", token, value=value, time=when, confidence=0.6
                    )

    def _sufferers(self, verb: Token) -> list[EntityRef]:
        """Who a verb of defeat, loss or harm sets back: the patient of 'was defeated', the
        subject of 'lost ground', the owner of what 'hampered' harms."""
        context = self.context
        word = lemma(verb)
        if _matches_phrase(verb, self.cue("setback", "passive_verbs")) and is_passive(verb):
            patients_ = patients(verb)
            ref = phrase_org(patients_[0], context) if patients_ else subject_of(verb, context)
            return [ref] if ref is not None else []
        objects = children(verb, "dobj")
        if word in self.cue("setback", "loss_verbs"):
            if any(lemma(o) in self.cue("setback", "loss_nouns") for o in objects):
                ref = subject_of(verb, context)
                return [ref] if ref is not None else []
            return []
        if word in self.cue("setback", "harm_verbs"):
            harmed = [o for o in objects if lemma(o) in self.cue("setback", "harm_objects")]
            return orgs_in((p for o in harmed for p in children(o, "poss")), context)
        return []

    # P died in police custody in 2009; the former leader, P, was killed in an air strike in 2021
    def deaths(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        verbs = self.cue("died", "verbs")
        passives = self.cue("died", "passive_verbs")
        killings = self.cue("died", "object_verbs")
        for token in sentence.span:
            if token.pos_ != "VERB":
                continue
            if lemma(token) in verbs:
                who = children(token, "nsubj") or (
                    children(token.head, "nsubj", "nsubjpass") if token.dep_ == "conj" else []
                )
            elif lemma(token) in passives and children(token, "auxpass"):
                who = children(token, "nsubjpass")
            elif _matches_phrase(token, killings) and not children(token, "auxpass"):
                who = children(token, "dobj")  # 'forces gunned down P'
            else:
                continue
            when = time_scope(token, context)
            if when is None or when.precision == "unknown":
                continue  # a death is a fact about a person worth keeping with its date
            # each of 'P and Q were killed', each named by itself or its apposition
            for subject in (s for named in who for s in with_conjuncts(named)):
                for word in [subject, *children(subject, "appos")]:
                    ent = context.entity_at(word)
                    ref = context.ref(ent) if ent is not None and ent.label_ == "PERSON" else None
                    ref = ref or context.person_reference(word)  # 'he died in 2009'
                    if ref is not None and ref.type == "person":
                        yield sentence.claim(ref, "died", token, value=when, time=when)
                        break

    # X, formerly known as Y; X used to be called Y; Y renamed itself X; in its former
    # incarnation as Y
    def renamings(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        former = self.cue("formed_from", "former_words")
        for token in sentence.span:
            word = lemma(token)
            if token.pos_ == "VERB" and word in self.cue("formed_from", "naming_verbs"):
                used_to = token.dep_ == "xcomp" and lemma(token.head) == "use"
                if not used_to and not any(lemma(c) in former for c in children(token, "advmod")):
                    continue
                olds = prep_objects(token, ("as",)) + children(token, "oprd", "attr")
                holder = token.head if used_to else token
                news = [w for w in patients(token) if w != token] or children(holder, "nsubj")
            elif token.pos_ == "VERB" and {word, token.lower_} & self.cue(
                "formed_from", "rename_verbs"
            ):
                named = prep_objects(token, ("as", "to")) + children(token, "oprd")
                if children(token, "nsubjpass"):  # 'Y was renamed X'
                    olds, news = children(token, "nsubjpass"), named
                else:  # 'Y renamed itself X', 'Y rebranded as X'
                    olds, news = children(token, "nsubj"), named
            elif token.pos_ == "NOUN" and word in self.cue("formed_from", "former_name_nouns"):
                if not any(lemma(c) in former for c in children(token, "amod")):
                    continue
                # 'in its former incarnation as Y', "X's earliest incarnation, Y", "X's
                # original name was Y"
                olds = prep_objects(token, ("as",)) + children(token, "appos")
                if token.dep_ == "nsubj":
                    olds += children(token.head, "attr")
                news = children(token, "poss")
            else:
                continue
            new_refs = [ref for w in news if (ref := phrase_org(w, context)) is not None]
            renamed = token.pos_ == "VERB" and {word, token.lower_} & self.cue(
                "formed_from", "rename_verbs"
            )
            when = time_scope(token, context) if renamed else None
            if renamed and when is None and token.dep_ == "conj":
                # 'broke those ties in 2016 and rebranded as X': the date both verbs share
                when = time_scope(token.head, context)
            opened = when is not None and when.text.split()[0].lower() in OPEN_TIME_BOUNDS
            if when is not None and when.precision != "unknown" and new_refs and not opened:
                # 'Y rebranded as X in 2016': the new name dates from then
                yield sentence.claim(new_refs[0], "founded", token, value=when, time=when)
            for new in new_refs[:1]:
                for old in (w for o in olds for w in with_conjuncts(o)):
                    ref = self._former_name(old, new)
                    if ref is not None:
                        yield sentence.claim(new, "formed_from", token, object=ref)

    def _former_name(self, word: Token, new: EntityRef) -> EntityRef | None:
        """The organisation an old name stands for; the article may take the old name as
        an alias of the new one ('X, known as Y'), so the name as written is kept."""
        ref = self.context.org_ref(word)
        ent = self.context.entity_at(word)
        if ref is None or ent is None:
            return None
        if ref == new:
            known = self.context.ontology.entity(clean_name(ent.text))
            ref = EntityRef("organization", known.name if known else clean_name(ent.text))
        return ref if ref != new else None

    # under the leadership of P, the group ...; the leadership of X under P
    def leaderships(self, sentence: Sentence) -> Iterator[Claim]:
        context = self.context
        nouns = self.cue("leader_of", "leadership_nouns")
        for token in sentence.span:
            if token.pos_ != "NOUN" or lemma(token) not in nouns:
                continue
            if token.dep_ == "pobj" and token.head.lower_ == "under":
                # 'under the leadership of P, the group expanded': the clause's group
                leaders = prep_objects(token, ("of",))
                group = subject_of(token.head.head, context) or context.focus
            else:  # 'the leadership of X under P'
                leaders = prep_objects(token, ("under",))
                named = (t for o in prep_objects(token, ("of",)) for t in o.subtree)
                group = next(iter(orgs_in(named, context)), None)
            if group is None:
                continue
            for leader in (w for o in leaders for w in with_conjuncts(o)):
                ent = context.entity_at(leader)
                ref = context.ref(ent) if ent is not None and ent.label_ == "PERSON" else None
                if ref is not None and ref.type == "person":
                    yield sentence.claim(ref, "leader_of", token, object=group)


# ---- small helpers ------------------------------------------------------------------------


def _listed_with_its(role: Token) -> bool:
    """'X and its emir': a role listed after something, owned by a pronoun."""
    return role.dep_ == "conj" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in role.children)


def _pronoun_owner_listed_with(role: Token, context: DocContext) -> EntityRef | None:
    """The group 'its' means in 'X and its emir': the name the role is listed after."""
    if not _listed_with_its(role):
        return None
    # the last name before the role in the phrase it is listed with (the parse may list
    # 'its emir' with 'allegiance' of 'allegiance to X and its emir'); on a verb, only its
    # object's: in 'A attacked the village and its leader' A is not the owner
    head = role.head
    start = head.i if head.pos_ in ("VERB", "AUX") else -1
    before = [w for w in head.subtree if start < w.i < role.i and context.entity_at(w)]
    ref = context.org_ref(before[-1]) if before else None
    return ref if ref is not None and ref.type == "organization" else None


def _reciprocal(word: Token) -> bool:
    """'each other', 'one another'."""
    return " ".join(w.lower_ for w in word.subtree) in RECIPROCALS


def _listed_after_colon(noun: Token) -> list[Token]:
    """The items a plural noun announces with a colon: 'the merger of four groups in the
    Sahel: A, B and C' (the parse hangs the list elsewhere)."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.ent_type_:
        return []
    sentence = noun.sent
    for word in noun.doc[noun.right_edge.i + 1 : sentence.end]:
        if word.text != ":":
            return []  # the colon must close the noun's own phrase
        items = []
        for item in noun.doc[word.i + 1 : sentence.end]:
            if item.text == ";":
                break
            items.append(item)
        return items
    return []


def _own_phrase(noun: Token) -> list[Token]:
    """A noun's phrase without the list items that follow it ('B's branch, the group C,
    and D': the branch's words only)."""
    found = [noun]
    for child in noun.children:
        if child.dep_ not in ("conj", "appos", "cc") and not (child.is_punct and child.i > noun.i):
            found.extend(child.subtree)
    return found


def _collective_of(members: Token) -> Token | None:
    """The body a plural noun makes up: 'a coalition of [insurgent groups]'."""
    if members.dep_ != "pobj" or members.head.lower_ != "of":
        return None
    body = members.head.head
    return body if lemma(body) in IDEOLOGY_COLLECTIVES else None


def _is_ideological(token: Token) -> bool:
    lower = token.lower_
    return lower.startswith(IDEOLOGY_STEMS) and token.pos_ in ("ADJ", "PROPN", "NOUN")


def _modifier_run(token: Token, noun: Token) -> list[Token]:
    """The ideological words of a noun's modifiers around ``token``: 'Salafi - jihadist' of
    'a Salafi-jihadist insurgent group', 'Marxist and Leninist'."""
    doc = token.doc
    first = noun.sent.start

    def joins(i: int) -> bool:  # a hyphen or 'and' between two ideological words
        return (
            doc[i].text in ("-", "–", "and", ",")
            and first < i < noun.i - 1
            and _is_ideological(doc[i - 1])
            and _is_ideological(doc[i + 1])
        )

    start = end = token.i
    while start - 1 >= first and (_is_ideological(doc[start - 1]) or joins(start - 1)):
        start -= 1
    while end + 1 < noun.i and (_is_ideological(doc[end + 1]) or joins(end + 1)):
        end += 1
    return list(doc[start : end + 1])


def _ideological_phrase(obj: Token) -> str | None:
    """The belief a verb's object names: 'Salafism', 'the Zaidi sect of Shia Islam'."""
    words = [w for w in obj.subtree]
    if len(words) > MAX_VALUE_WORDS or not any(_is_ideological(w) for w in words):
        return None
    return noun_phrase_text(obj)


def _goal_phrase(head: Token) -> str | None:
    """The words of a wanted thing: 'overthrow the government and establish an emirate'."""
    words = [w for w in head.subtree if not (w.lower_ == "to" and w.head == head and w.i < head.i)]
    while words and (words[0].dep_ in ("aux", "mark", "det") or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words or len(words) > MAX_VALUE_WORDS * 2:
        return None
    text = clean_name(head.doc[words[0].i : words[-1].i + 1].text)
    return text if len(text) > 3 else None


# ---- small helpers (older frames) ---------------------------------------------------------


def is_cue(token: Token, cues: frozenset[str]) -> bool:
    """Whether a token is one of the cue words, singular or plural ('attacks' and 'attack')."""
    lower, base = token.lower_, token.lemma_.lower()
    return lower in cues or base in cues or f"{base}s" in cues or f"{base}es" in cues


def _has_part(ref: EntityRef, letter: str) -> bool:
    """'ISIS-K' has the part 'K': a letter that stands for something."""
    return letter in ref.name.replace("-", " ").split()


def _matches_phrase(token: Token, phrases: frozenset[str]) -> bool:
    """'set up' matches the verb 'set' with the particle 'up'; 'found' matches 'founded'."""
    for phrase in phrases:
        words = phrase.split()
        if lemma(token) != words[0]:
            continue
        if len(words) == 1 or any(child.lower_ == words[1] for child in token.children):
            return True
    return False


def _count_of(noun: Token) -> Range | None:
    """The number a noun is counted by: 'around 2,500 people', 'nearly 100 attacks'."""
    numbers = [child for child in noun.children if child.dep_ in ("nummod", "quantmod")]
    if not numbers:
        return None
    first = min(word.i for number in numbers for word in number.subtree)
    if noun.dep_ == "pobj" and noun.head.lower_ in APPROXIMATORS and noun.head.i == first - 1:
        first -= 1  # 'fields around 800 fighters': 'around' parsed as a preposition
    span = noun.doc[first : noun.i]
    return parse_quantity(span.text)


def _figure_after(noun: Token, people: frozenset[str]) -> Range | None:
    """The head count a size noun is given in its own clause, a few words on: 'strength of
    between 2,200 and 3,000 members', 'size increased to 300 fighters', 'numbers at 15,000'."""
    clause = clause_head(noun)
    scope = {w.i for w in (clause.subtree if clause.i != noun.i else noun.subtree)}
    for word in noun.doc[noun.i + 1 : min(noun.i + MAX_FIGURE_DISTANCE, noun.sent.end)]:
        if word.i not in scope or (word.is_punct and word.text in (";", ":")):
            break
        if word.pos_ != "NUM" or word.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
            continue
        if is_cue(word.head, people):
            return _count_of(word.head)
        if word.head.pos_ in ("NOUN", "PROPN") and word.head.i > word.i:
            return None  # '3 districts': a count of something else
        words = [w for w in word.subtree if not w.is_punct or w.text in ("-", "–")]
        approximator = word.doc[word.left_edge.i - 1] if word.left_edge.i > 0 else None
        text = " ".join(w.text for w in words)
        if approximator is not None and approximator.lower_ in APPROXIMATORS:
            text = f"{approximator.text} {text}"
        return parse_quantity(text)
    return None


def _money_in(tokens: list[Token]) -> Money | None:
    doc = tokens[0].doc if tokens else None
    if doc is None:
        return None
    indices = {token.i for token in tokens}
    for ent in doc.ents:
        if ent.label_ == "MONEY" and ent.start in indices:
            before = doc[max(0, ent.start - 3) : ent.start].text
            return parse_money(f"{before} {ent.text}")
    return None


def _proper_name(token: Token) -> str:
    words = [child.text for child in token.children if child.dep_ == "compound"] + [token.text]
    return clean_name(" ".join(words))


def _known_for(word: Token, context: DocContext) -> EntityRef | None:
    """The organisation a participle phrase describes: 'the X group, known for kidnappings
    of foreigners' -> X."""
    for governor in governors(word):
        if governor.dep_ == "acl" and governor.pos_ == "VERB":
            return phrase_org(governor.head, context)
    return None


def _names_noun(noun: Token, phrases: frozenset[str]) -> bool:
    """'peace treaty' names the noun 'treaty' with 'peace' modifying it; 'truce' itself."""
    for phrase in phrases:
        words = phrase.split()
        if lemma(noun) == words[-1] and (
            len(words) == 1 or any(child.lower_ == words[0] for child in noun.lefts)
        ):
            return True
    return False


def _setback_phrase(cue: Token) -> str | None:
    """What a setback was, in the text's words: the cue and what follows it in its phrase,
    without who inflicted it ('driven from most of it', not '... by troops from Y')."""
    stops = [c.i for c in cue.rights if c.dep_ in ("agent", "punct", "cc", "conj")]
    stops += [c.i for c in cue.rights if c.dep_ == "prep" and c.lower_ == "by"]
    end = min(stops, default=cue.right_edge.i + 1)
    start = cue.i if cue.pos_ == "VERB" else min(c.i for c in [cue, *cue.lefts] if c.dep_ != "det")
    words = [w for w in cue.doc[start:end] if not w.is_space]
    if not words or len(words) > MAX_VALUE_WORDS:
        return None
    text = cue.doc[words[0].i : words[-1].i + 1].text
    if text.count("(") > text.count(")"):  # 'with Y (ABC': the bracket closes past the phrase
        text = text[: text.rindex("(")]
    return clean_name(text) or None


def _list_end(first: Token) -> int:
    """Where a list that opens with ``first`` ends: the parse may hang its later items on the
    verb ('against civilians, security forces and peacekeepers'), so the items joined after
    it by commas and 'and' count, up to the first word that is not one of them."""
    end = first.right_edge.i
    doc = first.doc
    while end + 1 < first.sent.end:
        word = doc[end + 1]
        if word.is_punct or word.dep_ in ("cc", "preconj") or word.dep_ in ("amod", "compound"):
            end += 1
        elif word.dep_ in ("conj", "dep") and word.pos_ in ("NOUN", "PROPN"):
            end = max(end + 1, word.right_edge.i)
        else:
            break
    while end > first.i and (doc[end].is_punct or doc[end].dep_ in ("cc", "amod", "compound")):
        end -= 1
    return end


def _aside(words: Span) -> str:
    """The words up to the end of the aside they open: the next comma or semicolon outside
    brackets, or a closing bracket opened before them (the parse may cut a long name)."""
    depth = 0
    for word in words:
        if word.text == "(":
            depth += 1
        elif word.text == ")":
            depth -= 1
            if depth < 0:
                return words[: word.i - words.start].text
        elif word.text in (",", ";") and depth == 0:
            return words[: word.i - words.start].text
    return words.text


def _listed_targets(
    start: Token, last: int, context: DocContext, prepositions: frozenset[str] = frozenset()
) -> list[str]:
    """Kinds of targets listed from ``start`` to token ``last``: each noun heading an item
    of the list, with its modifiers ('NATO forces'); places and times are not targets, nor
    the objects of prepositions other than the target's ``prepositions``."""
    targets = []
    for token in start.doc[start.left_edge.i : last + 1]:
        if token.pos_ not in ("NOUN", "PROPN") or (
            token.dep_ not in TARGET_DEPS and token != start
        ):
            continue
        if token != start and token.dep_ == "pobj" and token.head.lower_ not in prepositions:
            continue  # 'in Y strongholds', 'as part of its war': where or why, not whom
        if token != start and token.dep_ == "dobj" and token.head != start.head:
            continue  # 'launched attacks against Y and seized the town': another act
        ent = context.entity_at(token)
        if ent is not None and ent.label_ in PLACE_LABELS | {"DATE", "TIME", "CARDINAL"}:
            continue
        modifiers = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod")]
        words = [*modifiers, token]
        targets.append(clean_name(" ".join(word.text for word in words)))
        # 'military and civilian targets': one target for each joined modifier
        for modifier in modifiers:
            for other in modifier.conjuncts:
                if other.pos_ == "ADJ" and other.i < token.i:
                    targets.append(clean_name(f"{other.text} {token.text}"))
    return [target for target in targets if target]


def _holding_phrase(place: Token, clause: Token) -> str | None:
    """The location phrase a place sits in, when it says more than the place:
    'in several rural districts in north and northeast Afghanistan'."""
    outer = outer_location_noun(place, clause)
    if outer is None or outer == place or outer.ent_type_:
        return None
    return noun_phrase_text(outer)


def _sponsors(givers: list[Token], context: DocContext) -> list[EntityRef]:
    """Who gives money, arms or training: the organisations named in the 'from' phrases, or a
    state heading one ('from Iran', 'from Iran's government'; not 'a body in Iraq')."""
    found = orgs_in((word for giver in givers for word in giver.subtree), context)
    for giver in givers:
        for word in [giver, *children(giver, "poss", "compound")]:
            ent = context.entity_at(word)
            if ent is not None and ent.label_ == "GPE":
                ref = context.place_ref(clean_name(ent.text))
                if ref.gazetteer_id and ref not in found:
                    found.append(ref)
    return found


def _unnamed_means(phrase: Token, context: DocContext) -> str | None:
    """'smuggling networks', 'kidnapping and extortion': a source of money that names no
    organisation, place or person (those are sponsors, found elsewhere)."""
    words = list(phrase.subtree)
    if len(words) > MAX_MEANS_WORDS or any(w.pos_ == "PRON" for w in words):
        return None
    if any(context.entity_at(w) is not None or context.resolve_reference(w) for w in words):
        return None
    while words and words[0].dep_ in ("det", "poss", "predet"):
        words = words[1:]
    text = clean_name(phrase.doc[words[0].i : words[-1].i + 1].text) if words else ""
    return text if any(char.isalpha() for char in text) else None


def _means_items(phrases: list[Token], context: DocContext) -> list[str]:
    """Each item of a list of means of funding ('extortion of businesses, kidnapping for
    ransom and bank robberies'), as written; an item naming an organisation, place or person
    is a sponsor, not a means."""
    items: list[str] = []
    for phrase in phrases:
        listed = sorted([phrase, *phrase.conjuncts], key=lambda word: word.i)
        for item in listed:
            if context.entity_at(item) is not None or context.resolve_reference(item):
                continue
            later = [c for c in item.children if c.dep_ in ("conj", "cc") or c.is_punct]
            end = min((c.i for c in later if c.i > item.i), default=item.right_edge.i + 1)
            if item == listed[-1]:  # what follows the list is the last item's: 'and money
                end = max(end, phrase.right_edge.i + 1)  # collected in ransom'
            words = [w for w in item.doc[item.left_edge.i : end] if not w.is_punct or w.i > item.i]
            while words and words[0].dep_ in ("det", "poss", "predet", "cc"):
                words = words[1:]
            if len(words) > MAX_MEANS_ITEM_WORDS:  # too long with where it is done: without
                wheres = [c.i for c in item.children if c.dep_ == "prep" and c.i > item.i]
                wheres = [i for i in wheres if item.doc[i].lower_ in WHERE_PREPOSITIONS]
                words = [w for w in words if not wheres or w.i < wheres[0]]
            if not words or len(words) > MAX_MEANS_ITEM_WORDS:
                continue
            text = clean_name(item.doc[words[0].i : words[-1].i + 1].text)
            if any(char.isalpha() for char in text):
                items.append(text)
    return items


def _in_organisation(word: Token, context: DocContext) -> bool:
    ent = context.entity_at(word)
    return ent is not None and ent.label_ == "ORG"


def _between(word: Token, top: Token) -> list[Token]:
    """The words from ``word`` up to (not including) ``top`` in the parse."""
    found = []
    for governor in governors(word):
        if governor == top:
            break
        found.append(governor)
    return found


def _in_nested_clause(word: Token, clause: Token) -> bool:
    """Whether a word of ``clause``'s subtree sits in an apposition or sub-clause of it."""
    for governor in governors(word):
        if governor == clause:
            return False
        if governor.dep_ in ("appos", "relcl", "advcl", "ccomp"):
            return True
    return False


def _sentence_subject(sentence: Span, context: DocContext) -> EntityRef | None:
    root = sentence.root
    subjects = children(root, *SUBJECT_DEPS)
    return phrase_org(subjects[0], context) if subjects else None


def extract_claims(sentence: Sentence, frames: ClaimFrames) -> list[Claim]:
    """Every claim the frames find in one sentence; each (subject, predicate, object) once."""
    if sentence.text.rstrip().endswith("?"):
        return []
    claims: dict[tuple[object, ...], Claim] = {}
    words = sentence.words()
    found: list[Iterable[Claim]] = [frame(sentence) for frame in frames.frames_for(words)]
    if frames._clause_words & words:
        found.append(frames.clauses.claims(sentence))
    found.append(frames.members.claims(sentence, words))
    if frames.inceptions.cue_words & words:
        found.append(frames.inceptions.claims(sentence))
    if frames.leaders.cue_words & words:
        found.append(frames.leaders.claims(sentence))
    if frames.aims.cue_words & words:
        found.append(frames.aims.claims(sentence))
    found.append(frames.tolls.claims(sentence, words))
    found.append(seats(sentence, sentence.context, words))
    found.append(named_seats(sentence, sentence.context, words))
    found.append(owned_parts(sentence, sentence.context, words))
    found.append(acquisitions(sentence, sentence.context, words))
    found.append(composed_parts(sentence, sentence.context, words))
    found.append(parent_companies(sentence, sentence.context, words))
    found.append(name_parents(sentence, sentence.context))
    found.append(relocated_seats(sentence, sentence.context, words))
    if backing_cues(sentence.context) & words:
        found.append(backing(sentence, sentence.context))
    if COALITION_CUES & words:
        found.append(coalition_members(sentence, sentence.context))
    if TARGET_LIST_CUES & words:
        found.append(listed_targets(sentence, sentence.context))
    found.append(possessed_groups(sentence, sentence.context))
    found.append(hyphen_bases(sentence, sentence.context, words))
    found.append(listed_bases(sentence, sentence.context, words))
    found.append(professed_creeds(sentence, sentence.context, words))
    found.append(recognised_affiliates(sentence, sentence.context, words))
    found.append(included_parts(sentence, sentence.context, words))
    found.append(revenue(sentence, sentence.context, words))
    found.append(successions(sentence, sentence.context, words))
    found.append(deputies(sentence, sentence.context, words))
    found.append(described_branches(sentence, sentence.context, words))
    found.append(set_off_wings(sentence, sentence.context, words))
    found.append(predecessors(sentence, sentence.context, words))
    found.append(merged_groups(sentence, sentence.context, words))
    found.append(sworn_oaths(sentence, frames.clauses, words))
    found.append(nominal_verbs(sentence, frames.clauses, words))
    found.append(reciprocal_verbs(sentence, sentence.context, words))
    found.append(training_camps(sentence, frames.clauses, words))
    found.append(example_places(sentence, sentence.context, words))
    found.append(expansions(sentence, sentence.context, words))
    found.append(held_places(sentence, sentence.context, words))
    found.append(upheld_creeds(sentence, sentence.context, words))
    found.append(whereabouts(sentence, sentence.context, words))
    found.append(war_theatres(sentence, sentence.context, words))
    found.append(insurgencies(sentence, sentence.context, words))
    found.append(set_off_bases(sentence, sentence.context, words))
    found.append(fought_places(sentence, sentence.context, words))
    found.append(habitual_targets(sentence, sentence.context, words))
    found.append(unclaimed_attacks(sentence, sentence.context, words))
    found.append(named_strongholds(sentence, sentence.context, words))
    found.append(taken_ground(sentence, sentence.context, words))
    found.append(demands(sentence, sentence.context, words))
    found.append(stated_deaths(sentence, sentence.context, words))
    found.append(births(sentence, sentence.context, words))
    found.append(bracketed_parents(sentence, sentence.context, words))
    found.append(bracketed_notes(sentence, sentence.context, words))
    found.append(founding_members(sentence, sentence.context, words))
    found.append(founding_people(sentence, frames.clauses, words))
    found.append(party_memberships(sentence, sentence.context, words))
    found.append(body_seats(sentence, sentence.context, words))
    found.append(society_officers(sentence, sentence.context, words))
    found.append(member_units(sentence, sentence.context, words))
    found.append(member_shapes(sentence, sentence.context, words))
    found.append(band_members(sentence, sentence.context, words))
    found.append(band_parts(sentence, sentence.context, words))
    found.append(colon_rosters(sentence, sentence.context, words))
    found.append(fraction_members(sentence, sentence.context, words))
    found.append(rewards(sentence, sentence.context, words))
    found.append(careers(sentence, sentence.context, words))
    span = sentence.span
    found.append(
        frames.infobox.claims_in(
            span.start_char, span.end_char, sentence.index, sentence.document_id
        )
    )
    for claim in (claim for frame_claims in found for claim in frame_claims):
        key = (claim.subject, claim.predicate, claim.object, claim.value, claim.via)
        claims.setdefault(key, claim)
    for claim in shared_memberships(list(claims.values()), sentence):
        claims.setdefault((claim.subject, claim.predicate, claim.object, None, None), claim)
    for claim in founders_as_members(list(claims.values()), sentence.context):
        claims.setdefault((claim.subject, claim.predicate, claim.object, None, None), claim)
    for claim in groups_pledges(list(claims.values())):
        claims.setdefault((claim.subject, claim.predicate, claim.object, None, None), claim)
    for claim in moved_bases(list(claims.values()), sentence, sentence.context):
        claims.setdefault((claim.subject, claim.predicate, claim.object, None, None), claim)
    found_claims = ended_tenures(list(claims.values()), sentence, words)
    found_claims = performer_seats(found_claims, sentence, words)
    found_claims = honours(unit_commands(found_claims, sentence, words), sentence, words)
    return team_players(as_governments(found_claims, sentence, words), sentence.context)
