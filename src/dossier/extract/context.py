"""Who is who in one document: entity references, learned aliases, and the topic.

Claims name their subject as the text does: 'ISIS-K', 'IS-K', 'they', 'the
organisation', 'this network'. This module turns each of those into an
``EntityRef``: known aliases through the ontology, aliases the article itself
defines ('Y (X)', 'X, known as Y'), and pronouns and definite descriptions to
the organisation the passage is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import TypeVar, cast

from spacy.tokens import Doc, Span, Token

from dossier.extract.antecedents import named_after, recent_person
from dossier.extract.kind_references import kind_reference, means_page_work
from dossier.extract.places import ambiguous_readings, choose_reading, place_evidence
from dossier.extract.sentences import of_objects, opening_statement
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.knowledge.ontology import Ontology
from dossier.model import EntityRef, Place, TimeSpan
from dossier.model.dates import parse_time
from dossier.model.names import clean_name

T = TypeVar("T")

ORG_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PERSON_LABELS = frozenset({"PERSON"})
_LEXICON = lexicon("claims")
ORG_NAME_WORDS = words(_LEXICON, "org_name_words")
ORG_CONTEXT_NOUNS = words(_LEXICON, "org_context_nouns")
ORG_APPOSITIONS = words(_LEXICON, "org_appositions")
PLACE_PREPOSITIONS = words(_LEXICON, "place_prepositions")
DEMONSTRATIVES = words(_LEXICON, "demonstratives")
ORG_ACTS: dict[str, frozenset[str]] = {
    verb: frozenset(objects) for verb, objects in _LEXICON["org_acts"].items()
}
STATE_NOUNS = words(_LEXICON, "state_nouns")
IDEOLOGY_STEMS = tuple(_LEXICON["ideology_stems"])
PERSON_TITLES = words(_LEXICON, "person_titles")
RELATIVE_SUBJECTS = words(_LEXICON, "relative_pronouns")
DEMONYMS: dict[str, str] = {key.casefold(): value for key, value in _LEXICON["demonyms"].items()}
DEMONYM_ENDINGS: tuple[tuple[str, str], ...] = tuple(
    (ending, instead) for ending, instead in _LEXICON["demonym_endings"]
)
DEMONYM_PLACES = ("country", "region", "province")
_HYGIENE = lexicon("entities")
ORGANISATION_NOUNS = words(_HYGIENE, "organisation_nouns")
JOINING_VERBS = words(_HYGIENE, "joining_verbs")
FOUNDING_VERBS = words(_HYGIENE, "founding_verbs")
PERSON_PRONOUNS = words(_HYGIENE, "person_pronouns")
# Salience of organisations within a passage (see DocContext.focus).
SUBJECT_WEIGHT = 2.0  # named (or referred to) as a clause's subject
OTHER_WEIGHT = 1.0  # named anywhere else in the sentence
SENTENCE_DECAY = 0.5  # kept from one sentence to the next
PARAGRAPH_DECAY = 0.25  # kept across a paragraph break
TOPIC_WEIGHT = 0.4  # the article's main group is this salient before any mention
SALIENCE_FLOOR = 0.05
SETTLED_WEIGHT = 1.0  # a subject one sentence back: enough to stand in for a later name
OWNER_DEPS = frozenset({"compound", "poss", "nmod"})  # 'a CIA report', "the CIA's report"
_ALIAS_CUES = re.compile(r"\b(?:known|referred to|called|dubbed|also known)\s+as\b", re.IGNORECASE)


@lru_cache(maxsize=20_000)  # asked of every name of every document
def _words_only(text: str) -> str:
    """Casefolded words joined by single spaces: "Jama'at al-Islam" -> 'jama at al islam'."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _is_region(name: str, kinds: tuple[str, ...] = ("region", "country")) -> bool:
    """A one-word name the gazetteer knows as a region or country ('Khorasan')."""
    if " " in name:
        return False
    place = get_gazetteer().lookup(name, kinds=kinds)
    return place is not None and place.name.casefold() == name.casefold()


@lru_cache(maxsize=4096)
def _is_country_initials(name: str) -> bool:
    """Initials the gazetteer knows as a country's ('DRC', 'UAE'): NER calls them
    organisations, and 'it' must not mean them."""
    if not (name.isupper() and name.isalpha() and 2 < len(name) <= 5):
        return False
    return get_gazetteer().lookup(name, kinds=("country",)) is not None


def opens_relative_clause(ent: Span) -> bool:
    """'the New IRA, which is believed to have been formed ...': a name a relative clause
    describes is the subject of that clause, for the salience of 'it' after it."""
    return any(
        clause.dep_ == "relcl"
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_SUBJECTS
            for c in clause.children
        )
        for clause in ent.root.children
    )


def country_of_demonym(word: str, kinds: tuple[str, ...] = ("country",)) -> str | None:
    """The country a nationality adjective names: 'Nigerian' -> Nigeria, 'Turkish' -> Turkey;
    irregular ones from the lexicon, the rest by taking the demonym's ending off. With wider
    ``kinds``, regions too: 'Sahelian' -> Sahel, 'Kashmiri' -> Kashmir."""
    lower = word.casefold()
    if lower in DEMONYMS:
        return DEMONYMS[lower]
    gazetteer = get_gazetteer()
    for ending, instead in DEMONYM_ENDINGS:
        if not lower.endswith(ending) or len(lower) - len(ending) < 3:
            continue
        stem = word[: len(word) - len(ending)] + instead
        place = gazetteer.lookup(stem, kinds=kinds)
        if place is not None and place.name.casefold() == stem.casefold():
            return place.name
    return None


@lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """Whether a word names the people of a country or region ('Ugandan', 'Sahelian')."""
    return country_of_demonym(word, kinds=DEMONYM_PLACES) is not None


def is_creed(name: str) -> bool:
    """Whether a name only names beliefs: 'Salafi-jihadist', 'Marxist-Leninist', 'Sunni'."""
    parts = [part for part in re.split(r"[\s\-–]+", name.casefold()) if part]
    return bool(parts) and all(part.startswith(IDEOLOGY_STEMS) or part == "and" for part in parts)


def person_name(ent: Span) -> str:
    """A person's name without the titles and roles written before it: 'Interior Minister
    Suleyman Soylu' -> 'Suleyman Soylu'; a lone title is kept."""
    words_ = list(ent)
    while len(words_) > 1 and words_[0].lower_ in PERSON_TITLES | {"the"}:
        words_ = words_[1:]
    if words_[0].i == ent.start:
        return clean_name(ent.text)
    return clean_name(ent.doc[words_[0].i : ent.end].text)


def said_to_be_organisation(ent: Span) -> bool:
    words_ = [word.lower_ for word in ent]
    if len(words_) > 1 and ({words_[0], words_[-1]} & ORG_NAME_WORDS):
        return True
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # 'fighters of X and Y': Y stands where X stands
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.lower_ in ORG_CONTEXT_NOUNS and head.i > root.i:
        return True  # 'X fighters', 'X militants'
    if root.dep_ in ("appos", "compound") and head.lower_ in ORG_APPOSITIONS:
        return True  # 'the militant group X'
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ORG_CONTEXT_NOUNS:
        return True  # 'fighters of X', 'a faction of X'
    if any(c.dep_ == "appos" and c.lower_ in ORG_APPOSITIONS for c in root.children):
        return True  # 'X, a militant group'
    if any(
        c.dep_ == "compound" and c.i < ent.start and c.lower_ in ORG_APPOSITIONS
        for c in root.children
    ):
        return True  # 'the indie band X', 'the rowing club X'
    if root.dep_ == "nsubj" and head.lemma_.lower() in ORG_ACTS:
        wanted = ORG_ACTS[head.lemma_.lower()]
        return any(c.lower_ in wanted for c in head.subtree)
    return typed_by_its_clause(root)


def typed_by_its_clause(root: Token) -> bool:
    """'X is a Japanese company', 'joined X', 'X was formed in 1976': the clause a name
    stands in says it is an organisation."""
    head = root.head
    verb = head.lemma_.lower()
    if root.dep_ == "dobj" and verb in JOINING_VERBS | FOUNDING_VERBS:
        return True
    if root.dep_ == "nsubjpass" and verb in FOUNDING_VERBS:
        return True
    if root.dep_ == "nsubj" and verb == "be":
        return any(
            child.dep_ == "attr" and child.lemma_.lower() in ORGANISATION_NOUNS
            for child in head.children
        )
    return False


def _governors(token: Token) -> Iterator[Token]:
    """The token and its heads up to the sentence root."""
    yield token
    while token.head != token:
        token = token.head
        yield token


@dataclass(slots=True)
class DocContext:
    """Per-document state the extractors share while walking the sentences in order."""

    doc: Doc
    ontology: Ontology
    published_at: date | None = None
    text: str = ""  # doc.text, kept: spaCy rebuilds it from the tokens on every access
    learned: dict[str, EntityRef] = field(default_factory=dict)  # casefolded alias -> entity
    title: str = ""
    topic: EntityRef | None = None  # the article's main group: named in the title, else most named
    person_topic: EntityRef | None = None  # the person a page is about ('X (born 1950) is a ...')
    recent_orgs: list[EntityRef] = field(default_factory=list)  # most recent last
    salience: dict[EntityRef, float] = field(default_factory=dict)  # in the current passage
    carried: dict[EntityRef, float] = field(default_factory=dict)  # before this sentence
    named_not_subject: set[EntityRef] = field(default_factory=set)  # in the current sentence
    said_orgs: set[str] = field(default_factory=set)  # casefolded names the text calls groups
    _by_token: dict[int, Span] = field(default_factory=dict)
    _refs: dict[tuple[int, int], EntityRef | None] = field(default_factory=dict)
    full_names: dict[str, str] = field(default_factory=dict)  # casefolded surname -> full name
    # doc.ents builds every entity span afresh on each access: kept once, in text order
    ents: tuple[Span, ...] = ()
    _ent_starts: list[int] = field(default_factory=list)
    _places_named: dict[str, int] | None = None  # country -> unambiguous place names in it
    _remembered: dict[str, object] = field(default_factory=dict)  # see remember()

    @classmethod
    def build(
        cls, doc: Doc, ontology: Ontology, published_at: date | None, title: str = ""
    ) -> DocContext:
        context = cls(
            doc=doc, ontology=ontology, published_at=published_at, text=doc.text, title=title
        )
        context.ents = tuple(doc.ents)
        context._ent_starts = [ent.start for ent in context.ents]
        for ent in context.ents:
            for i in range(ent.start, ent.end):
                context._by_token[i] = ent
        context._learn_organisations()
        context._learn_aliases()
        context._learn_full_names()
        context.topic = context._main_organisation()
        context.person_topic = context._page_person()
        return context

    def remember(self, key: str, compute: Callable[[], T]) -> T:
        """A reader's per-document table, computed on its first sentence that asks."""
        if key not in self._remembered:
            self._remembered[key] = compute()
        return cast(T, self._remembered[key])

    # ---- entity references -------------------------------------------------------

    def ents_in(self, span: Span) -> list[Span]:
        """The entities wholly inside a span (as ``span.ents``, without rebuilding them)."""
        first = bisect_left(self._ent_starts, span.start)
        last = bisect_left(self._ent_starts, span.end)
        return [ent for ent in self.ents[first:last] if ent.end <= span.end]

    def date_in(self, phrase: Span) -> TimeSpan | None:
        """The first date inside a phrase that resolves against the publication date."""
        for ent in self.ents_in(phrase):
            if ent.label_ != "DATE":
                continue
            span = parse_time(ent.text, self.published_at)
            if span is not None and span.precision != "unknown":
                return span
        return None

    def entity_at(self, token: Token) -> Span | None:
        return self._by_token.get(token.i)

    def place_headed_by(self, token: Token) -> EntityRef | None:
        """The place whose name the token heads ('Kabul' in 'in Kabul'), else None."""
        ent = self._by_token.get(token.i)
        if ent is None or ent.root != token or ent.label_ not in PLACE_LABELS:
            return None
        ref = self.ref(ent)
        return ref if ref is not None and ref.type == "place" else None

    def ref(self, ent: Span) -> EntityRef | None:
        """The entity a named-entity span refers to, or None for labels claims don't use."""
        key = (ent.start, ent.end)
        if key not in self._refs:
            self._refs[key] = self._resolve(ent)
        return self._refs[key]

    def _resolve(self, ent: Span) -> EntityRef | None:
        name = ent.kb_id_ or clean_name(ent.text)
        if len(name) < 2:
            return None  # "The 'K'" is a letter, not a name
        if not ent.kb_id_ and self.is_group_noun(ent):
            return None  # 'The Group': a reference, resolved where it is read
        if ent.label_ in ORG_LABELS | {"NORP"} and not ent.kb_id_ and is_creed(name):
            return None  # 'Salafi-jihadist', 'Marxist': a belief, not an organisation
        learned = self.learned.get(name.casefold())
        if learned:
            return learned
        if ent.label_ in ORG_LABELS or (ent.label_ == "NORP" and ent.kb_id_):
            known = self.ontology.entity(name)
            if known is None and (_is_region(name) or _is_country_initials(name)):
                return self.place_ref(name)  # NER calls regions such as 'Khorasan' organisations
            return EntityRef("organization", known.name if known else name)
        if ent.label_ in PERSON_LABELS | {"NORP"} and name.casefold() in self.said_orgs:
            known = self.ontology.entity(name)
            return EntityRef("organization", known.name if known else name)
        if ent.label_ in PERSON_LABELS:
            known = self.ontology.entity(name)
            if known and known.type == "organization":  # NER often calls groups people
                return EntityRef("organization", known.name)
            if _is_region(name, kinds=("country",)) or self._said_as_place(ent, name):
                return self.place_ref(name)  # NER calls places people too ('Mali', 'in Gao')
            name = person_name(ent) if not ent.kb_id_ else name
            return EntityRef("person", self.full_names.get(name.casefold(), name))
        if ent.label_ in PLACE_LABELS:
            return self.place_ref(name)
        return None

    def _said_as_place(self, ent: Span, name: str) -> bool:
        """'in Gao', 'near Kidal': a name after a place preposition that the gazetteer knows."""
        root = ent.root
        if root.dep_ != "pobj" or root.head.lower_ not in PLACE_PREPOSITIONS:
            return False
        place = get_gazetteer().lookup(name)
        return place is not None and place.name.casefold() == name.casefold()

    def state_ref(self, token: Token) -> EntityRef | None:
        """The country a state noun stands for: 'the Nigerian state', 'Turkish forces',
        "Turkey's army", 'the government of Iraq'."""
        if token.lower_ not in STATE_NOUNS and token.lemma_.lower() not in STATE_NOUNS:
            return None
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        modifiers += of_objects(token)
        for word in modifiers:
            ent = self.entity_at(word)
            if ent is None:
                continue
            if ent.label_ == "NORP":
                country = country_of_demonym(clean_name(ent.text))
                if country is not None:
                    return self.place_ref(country)
            elif ent.label_ == "GPE":
                ref = self.place_ref(clean_name(ent.text))
                if ref.gazetteer_id:
                    return ref
        return None

    def place_ref(self, name: str) -> EntityRef:
        readings = ambiguous_readings(name)
        if readings:  # 'Congo' in an article on Goma and Beni: the DR Congo
            place: Place | None = choose_reading(readings, self.place_evidence())
        else:
            place = get_gazetteer().lookup(name)
        if place is None:
            return EntityRef("place", name)
        return EntityRef("place", place.name, place.gazetteer_id)

    def place_evidence(self) -> dict[str, int]:
        """Countries the document's place names lie in, counted once per document."""
        if self._places_named is None:
            names = [clean_name(ent.text) for ent in self.ents if ent.label_ in ("GPE", "LOC")]
            self._places_named = place_evidence(names)
        return self._places_named

    def place(self, ref: EntityRef) -> Place | None:
        """The gazetteer's record of a place reference, with its kind and coordinates."""
        if ref.type != "place":
            return None
        if ref.gazetteer_id:
            return get_gazetteer().get(ref.gazetteer_id)
        return get_gazetteer().lookup(ref.name)

    def group_ref(self, token: Token) -> EntityRef | None:
        """The group a name stands for where a group may stand ('fighters of X'): NER often
        calls armed groups people ('Ansar Dine'), but a person's or a nationality's name
        becomes a group only when something says so (the ontology, the name's own words,
        the text around it), so 'founded by X' keeps X a person."""
        ent = self.entity_at(token)
        if ent is not None and ent.label_ in ("PERSON", "NORP") and not ent.kb_id_:
            name = clean_name(ent.text)
            if len(name) > 2 and self._may_be_group(ent, name):
                known = self.ontology.entity(name)
                return EntityRef("organization", known.name if known else name)
        return self.org_ref(token)

    def _may_be_group(self, ent: Span, name: str) -> bool:
        """Whether a name NER calls a person or nationality can be taken as a group's."""
        if is_creed(name) or is_demonym(name):
            return False  # 'Salafist', 'Iranian': beliefs and nationalities
        known = self.ontology.entity(name)
        if known is not None:
            return known.type == "organization"
        return name.casefold() in self.said_orgs or said_to_be_organisation(ent)

    def org_ref(self, token: Token) -> EntityRef | None:
        """The organisation a token stands for: a named one, or the one 'they'/'the group' means."""
        ent = self.entity_at(token)
        if ent is not None and not self.is_group_noun(ent):
            ref = self.ref(ent)
            return ref if ref and ref.type == "organization" else None
        return self.resolve_reference(token)

    def organisation_named_at(self, token: Token) -> EntityRef | None:
        """The organisation a name at `token` stands for; None for a bare group noun
        ('the group'), a person or a place."""
        ent = self.entity_at(token)
        if ent is None or self.is_group_noun(ent):
            return None
        ref = self.group_ref(ent.root)
        return ref if ref is not None and ref.type == "organization" else None

    def is_group_noun(self, ent: Span) -> bool:
        """An entity NER made of a bare group noun ('The Group', 'Organisation'): a
        reference to an organisation, not a name."""
        words_ = [word.lower_ for word in ent if word.lower_ not in DEMONSTRATIVES]
        return len(words_) == 1 and words_[0] in self.ontology.group_nouns

    def resolve_reference(
        self, token: Token, excluding: frozenset[EntityRef] = frozenset()
    ) -> EntityRef | None:
        """'they', 'its', 'the group', 'this network' -> the organisation meant, if any;
        'the band', 'the company' -> the body the text said was one (``kind_reference``);
        ``excluding`` names organisations it cannot mean (the other party of a relation)."""
        lower = token.lower_
        if token.pos_ == "PRON" and lower in self.ontology.group_pronouns:
            if means_page_work(token, self):  # 'it' on a page about an album is the album
                return None
            return self._most_salient(reader=token)
        if token.pos_ in ("NOUN", "PROPN") and self._is_definite(token):
            head = token.lemma_.lower()
            if head not in self.ontology.group_nouns:  # 'the band': a body said to be one
                return kind_reference(token, self, excluding)
            named = self._named_in_apposition(token)
            if named is not None:  # 'the militant group X', 'X, the group that'
                return named
            if self._is_demonstrative(token):  # 'this network' after 'the Haqqani network'
                return self._recent_with_head(head) or self.focus
            # 'the group': never one named in the subject of a clause above it ('a CIA
            # report says the group has ...'), which a writer would have called 'it'
            above = self._named_in_subjects_above(token) | excluding
            return self._most_salient(head, above, reader=token) or self._recent_with_head(head)
        return None

    def _named_in_apposition(self, token: Token) -> EntityRef | None:
        """The organisation a group noun is in apposition with: 'the group X', 'X, the group'."""
        words_ = [child for child in token.children if child.dep_ in ("appos", "compound")]
        if token.dep_ == "appos":
            words_.append(token.head)
        for word in words_:
            ent = self.entity_at(word)
            if ent is not None and not self.is_group_noun(ent):
                ref = self.ref(ent)
                if ref is not None and ref.type == "organization":
                    return ref
        return None

    def _is_definite(self, token: Token) -> bool:
        return any(
            child.dep_ in ("det", "poss") and child.lower_ in DEMONSTRATIVES
            for child in token.children
        )

    def _is_demonstrative(self, token: Token) -> bool:
        return any(child.dep_ == "det" and child.lower_ in DEMONSTRATIVES - {"the"}
                   for child in token.children)  # fmt: skip

    def _recent_with_head(self, head: str) -> EntityRef | None:
        """'this network' after 'the Haqqani network' means the Haqqani network."""
        for ref in reversed(self.recent_orgs):
            if ref.name.lower().split()[-1].rstrip("s") == head.rstrip("s"):
                return ref
        return None

    def person_at(self, token: Token, pronouns: bool = True) -> EntityRef | None:
        """The person a word names: by name, or, with ``pronouns``, as 'he'/'she'."""
        ent = self.entity_at(token)
        if ent is None:
            return self.person_reference(token) if pronouns else None
        ref = self.ref(ent) if ent.label_ in PERSON_LABELS else None
        return ref if ref is not None and ref.type == "person" else None

    def person_reference(self, token: Token) -> EntityRef | None:
        """'he', 'she' -> the person the page is about, when it is about one, else the
        person the passage last named as a subject, when only one fits."""
        if token.pos_ != "PRON" or token.lower_ not in PERSON_PRONOUNS:
            return None
        return self.person_topic or recent_person(self, token)

    # ---- salience: which organisation 'it' and 'the group' mean ------------------------

    @property
    def focus(self) -> EntityRef | None:
        """The organisation the current passage is about: the most salient one not named
        as a non-subject in the current sentence, else the article's main group."""
        return self._most_salient()

    @property
    def salient(self) -> EntityRef | None:
        """The most salient organisation, even one the current sentence names as object."""
        return self._most_salient(keep_named=True)

    def _most_salient(
        self,
        head: str | None = None,
        also_excluded: set[EntityRef] | frozenset[EntityRef] = frozenset(),
        keep_named: bool = False,
        reader: Token | None = None,
    ) -> EntityRef | None:
        """The most salient organisation a pronoun or 'the <head>' can mean. A name the
        current sentence gives as object or modifier is never the one meant; with a head
        noun, an organisation whose name ends in it ('the network') is preferred. For a
        ``reader`` (the pronoun itself), names its sentence gives only after it weigh what
        they weighed before the sentence (see ``named_after``)."""
        excluded = set() if keep_named else self.named_not_subject | also_excluded
        candidates = {ref: weight for ref, weight in self.salience.items() if ref not in excluded}
        displaced = 0.0  # what the strongest name given only after the reader weighed
        if reader is not None:
            for ref in named_after(self, reader) & candidates.keys():
                displaced = max(displaced, candidates[ref])
                if ref in self.carried:
                    candidates[ref] = self.carried[ref]
                else:
                    del candidates[ref]
        if self.topic is not None and self.topic not in excluded:
            candidates[self.topic] = candidates.get(self.topic, 0.0) + TOPIC_WEIGHT
        if head is not None:
            stem = head.rstrip("s")
            fitting = {
                ref: weight
                for ref, weight in candidates.items()
                if " " in ref.name and ref.name.lower().split()[-1].rstrip("s") == stem
            }
            candidates = fitting or candidates
        if not candidates:
            return None
        best = max(candidates, key=lambda ref: (candidates[ref], self._recency(ref)))
        if candidates[best] < min(displaced, SETTLED_WEIGHT):
            return None  # the passage's group was only named later: a weak one is a guess
        return best

    def _named_in_subjects_above(self, token: Token) -> set[EntityRef]:
        """Organisations that are the subject of a clause that takes the token's clause as
        its complement: 'X said the group ...', 'an X report says the group ...'. A member
        speaking ('X leader P said') may mean X by 'the group'."""
        named: set[EntityRef] = set()
        for below, governor in pairwise(_governors(token)):
            if below.dep_ not in ("ccomp", "xcomp"):
                continue  # only the clause that says or thinks the token's clause
            for subject in governor.children:
                if subject.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                ent = self.entity_at(subject)
                if ent is not None:
                    ref = self.ref(ent)
                    words_: list[Token] = []
                else:
                    ref = None
                    words_ = [c for c in subject.children if c.dep_ in OWNER_DEPS]
                if ent is None and subject.lower_ in PERSON_TITLES:
                    words_ = []  # 'the X spokesman said the group ...': X's own words
                for word in words_:
                    owner = self.entity_at(word)
                    ref = ref or (self.ref(owner) if owner is not None else None)
                if ref is not None and ref.type == "organization":
                    named.add(ref)
        return named

    def named_before(self, noun: Token) -> EntityRef | None:
        """The organisation named just before ', a movement which ...': the parse often
        hangs such an apposition on the clause instead of on the name it describes."""
        before = noun.left_edge.i - 1
        if before <= noun.sent.start or noun.doc[before].text != ",":
            return None
        before -= 1
        while before > noun.sent.start and noun.doc[before].is_bracket:
            before -= 1
        ent = self.entity_at(noun.doc[before])
        if ent is None or ent.root == noun.head:
            return None
        ref = self.ref(ent)
        return ref if ref is not None and ref.type == "organization" else None

    def _recency(self, ref: EntityRef) -> int:
        return self.recent_orgs.index(ref) if ref in self.recent_orgs else -1

    def is_aside(self, ent: Span) -> bool:
        """Whether a name is brought in beside the organisation a passage is about, in
        apposition to something of it: 'Its parent, X, ...', "The group's ally X ...". Such
        a name is the subject of its sentence only in form: 'it' still means the group."""
        root = ent.root
        nouns = [root, root.head] if root.dep_ in ("appos", "compound") else [root]
        return any(self._owned_by_reference(noun) for noun in nouns)

    def _owned_by_reference(self, noun: Token) -> bool:
        """'its parent', "the group's ally": a noun whose owner is a reference to a group."""
        for child in noun.children:
            if child.dep_ != "poss":
                continue
            if child.lower_ in self.ontology.group_pronouns:
                return True  # 'its parent, X'
            if child.pos_ == "NOUN" and self.resolve_reference(child) is not None:
                return True  # "the group's ally X"
        return False

    def begin_sentence(self, new_paragraph: bool) -> None:
        """Weights fade sentence by sentence and mostly vanish at a paragraph break,
        where the article's main group becomes the default again."""
        fade = PARAGRAPH_DECAY if new_paragraph else SENTENCE_DECAY
        self.salience = {
            ref: weight * fade
            for ref, weight in self.salience.items()
            if weight * fade > SALIENCE_FLOOR
        }
        self.carried = dict(self.salience)
        self.named_not_subject = set()

    def mention(self, ref: EntityRef, as_subject: bool, named: bool = True) -> None:
        """Record that a sentence mentioned an organisation: a subject weighs most."""
        if ref.type != "organization":
            return
        if ref in self.recent_orgs:
            self.recent_orgs.remove(ref)
        self.recent_orgs.append(ref)
        weight = SUBJECT_WEIGHT if as_subject else OTHER_WEIGHT
        self.salience[ref] = self.salience.get(ref, 0.0) + weight
        if named and not as_subject:
            self.named_not_subject.add(ref)
        elif as_subject:
            self.named_not_subject.discard(ref)

    # ---- document-level facts ------------------------------------------------------

    def _main_organisation(self) -> EntityRef | None:
        """The organisation the title names (the most mentioned of them), else the most
        mentioned one of the text."""
        counts: Counter[EntityRef] = Counter()
        in_title: dict[EntityRef, int] = {}  # -> where the title names it first
        title = f" {_words_only(self.title)} "
        for ent in self.ents:
            ref = self.ref(ent)
            if ref is None or ref.type != "organization":
                continue
            counts[ref] += 1
            for name in (ent.text, ref.name):
                words_ = _words_only(name)
                if len(words_) < 3 or words_ in self.full_names:  # 'Shekau' is a person's
                    continue
                position = title.find(f" {words_} ")
                if position >= 0:
                    in_title[ref] = min(position, in_title.get(ref, position))
        if not counts:
            return None
        if in_title:
            return max(in_title, key=lambda ref: (counts[ref], -in_title[ref]))
        return counts.most_common(1)[0][0]

    def _page_person(self) -> EntityRef | None:
        """The person a page is about: the subject of its first sentence when that sentence
        says what the person is ('X (1911–1971) was an American songwriter'). A news story
        rarely opens so; a biography almost always does, and its 'he' and 'she' mean X."""
        first = opening_statement(self.doc)
        if first is None:
            return None
        root = first.root
        if root.lemma_.lower() != "be" or not any(c.dep_ == "attr" for c in root.children):
            return None
        for subject in (c for c in root.children if c.dep_ == "nsubj"):
            ent = self.entity_at(subject)
            ref = self.ref(ent) if ent is not None and ent.label_ in PERSON_LABELS else None
            if ref is not None and ref.type == "person":
                return ref
        return None

    def _learn_organisations(self) -> None:
        """Names NER calls people or nationalities that the text shows are organisations:
        'Katibat Macina', 'militant group X', 'X fighters', 'X claimed responsibility'."""
        for ent in self.ents:
            if ent.label_ not in PERSON_LABELS | {"NORP"} or ent.kb_id_:
                continue
            name = clean_name(ent.text)
            if is_creed(name) or is_demonym(name):
                continue  # 'a Ugandan militant group': the group is Ugandan, not 'Ugandan'
            if len(name) > 2 and said_to_be_organisation(ent):
                self.said_orgs.add(name.casefold())

    def _learn_full_names(self) -> None:
        """A person named in full once and later by surname ('Iyad Ag Ghaly' ... 'Ghaly'):
        the surname, and the name without its first word, stand for the full name when only
        one person of the document bears it."""
        seen: dict[str, set[str]] = {}
        for ent in self.ents:
            if ent.label_ not in PERSON_LABELS or ent.kb_id_:
                continue
            full = person_name(ent)
            parts = full.split()
            if len(parts) < 2:
                continue
            for short in {parts[-1], " ".join(parts[1:])}:
                if len(short) > 3 and short[0].isupper():
                    seen.setdefault(short.casefold(), set()).add(full)
        for short, fulls in seen.items():
            longest = max(fulls, key=len)
            if all(other.casefold() in longest.casefold() for other in fulls):
                self.full_names[short] = longest

    def _learn_aliases(self) -> None:
        """Aliases the article defines: 'Name (ACRONYM)' and 'Name, known as Other'."""
        ents = list(self.ents)
        for ent, following in pairwise(ents):
            ref = self._named_org(ent)
            if ref is None:
                continue
            between = self.text[ent.end_char : following.start_char]
            if (
                between.strip() == "("
                and self.text[following.end_char : following.end_char + 1] == ")"
            ) or (_ALIAS_CUES.search(between) and len(between) < 40):
                self._learn(following.text, ref)
        self._learn_name_heads(ents)

    def _learn_name_heads(self, ents: list[Span]) -> None:
        """'the Jaish' after 'Jaish-e-Mohammad': a one-word name that is the first part of
        exactly one hyphen-joined organisation name of the article stands for it."""
        longer: dict[str, set[EntityRef]] = {}
        names = [clean_name(ent.text) for ent in ents]  # a span's text is rebuilt per access
        for ent, name in zip(ents, names, strict=True):
            first, dash, _ = name.partition("-")
            if not dash or " " in first or len(first) < 3:
                continue
            ref = self.ref(ent)
            if ref is not None and ref.type == "organization":
                longer.setdefault(first.casefold(), set()).add(ref)
        for ent, name in zip(ents, names, strict=True):
            refs = longer.get(name.casefold(), set())
            if ent.label_ in ORG_LABELS | {"NORP"} and len(refs) == 1 and not ent.kb_id_:
                self._learn(name, next(iter(refs)))

    def _named_org(self, ent: Span) -> EntityRef | None:
        if ent.label_ not in ORG_LABELS:
            return None
        name = ent.kb_id_ or clean_name(ent.text)
        known = self.ontology.entity(name)
        return EntityRef("organization", known.name if known else name)

    def _learn(self, alias: str, ref: EntityRef) -> None:
        key = clean_name(alias).casefold()
        known = self.ontology.entity(key)
        if key and (known is None or known.name == ref.name):
            self.learned.setdefault(key, ref)
