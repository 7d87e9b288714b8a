"""Who is who in one document: entity references, learned aliases, and the topic.

Claims name their subject as the text does: 'ISIS-K', 'IS-K', 'they', 'the
organisation', 'this network'. This module turns each of those into an
``EntityRef``: known aliases through the ontology, aliases the article itself
defines ('Y (X)', 'X, known as Y'), and pronouns and definite descriptions to
the organisation the passage is about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.knowledge.ontology import Ontology
from dossier.model import EntityRef, Place
from dossier.model.names import clean_name

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
_ALIAS_CUES = re.compile(r"\b(?:known|referred to|called|dubbed|also known)\s+as\b", re.IGNORECASE)


def _is_region(name: str, kinds: tuple[str, ...] = ("region", "country")) -> bool:
    """A one-word name the gazetteer knows as a region or country ('Khorasan')."""
    if " " in name:
        return False
    place = get_gazetteer().lookup(name, kinds=kinds)
    return place is not None and place.name.casefold() == name.casefold()


def _said_to_be_organisation(ent: Span) -> bool:
    words_ = [word.lower_ for word in ent]
    if len(words_) > 1 and ({words_[0], words_[-1]} & ORG_NAME_WORDS):
        return True
    root = ent.root
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.lower_ in ORG_CONTEXT_NOUNS and head.i > root.i:
        return True  # 'X fighters', 'X militants'
    if root.dep_ in ("appos", "compound") and head.lower_ in ORG_APPOSITIONS:
        return True  # 'the militant group X'
    if any(c.dep_ == "appos" and c.lower_ in ORG_APPOSITIONS for c in root.children):
        return True  # 'X, a militant group'
    if root.dep_ == "nsubj" and head.lemma_.lower() in ORG_ACTS:
        wanted = ORG_ACTS[head.lemma_.lower()]
        return any(c.lower_ in wanted for c in head.subtree)
    return False


@dataclass(slots=True)
class DocContext:
    """Per-document state the extractors share while walking the sentences in order."""

    doc: Doc
    ontology: Ontology
    published_at: date | None = None
    text: str = ""  # doc.text, kept: spaCy rebuilds it from the tokens on every access
    learned: dict[str, EntityRef] = field(default_factory=dict)  # casefolded alias -> entity
    topic: EntityRef | None = None  # the organisation the article is mostly about
    focus: EntityRef | None = None  # the organisation the current passage is about
    recent_orgs: list[EntityRef] = field(default_factory=list)  # most recent last
    said_orgs: set[str] = field(default_factory=set)  # casefolded names the text calls groups
    _by_token: dict[int, Span] = field(default_factory=dict)
    _refs: dict[tuple[int, int], EntityRef | None] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, ontology: Ontology, published_at: date | None) -> DocContext:
        context = cls(doc=doc, ontology=ontology, published_at=published_at, text=doc.text)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                context._by_token[i] = ent
        context._learn_organisations()
        context._learn_aliases()
        context.topic = context._main_organisation()
        context.focus = context.topic
        return context

    # ---- entity references -------------------------------------------------------

    def entity_at(self, token: Token) -> Span | None:
        return self._by_token.get(token.i)

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
        learned = self.learned.get(name.casefold())
        if learned:
            return learned
        if ent.label_ in ORG_LABELS or (ent.label_ == "NORP" and ent.kb_id_):
            known = self.ontology.entity(name)
            if known is None and _is_region(name):
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
            return EntityRef("person", name)
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

    def place_ref(self, name: str) -> EntityRef:
        place = get_gazetteer().lookup(name)
        if place is None:
            return EntityRef("place", name)
        return EntityRef("place", place.name, place.gazetteer_id)

    def place(self, ref: EntityRef) -> Place | None:
        """The gazetteer's record of a place reference, with its kind and coordinates."""
        if ref.type != "place":
            return None
        if ref.gazetteer_id:
            return get_gazetteer().get(ref.gazetteer_id)
        return get_gazetteer().lookup(ref.name)

    def group_ref(self, token: Token) -> EntityRef | None:
        """The group a name stands for where only a group can stand ('fighters of X'):
        NER often calls armed groups people ('Ansar Dine', 'Boko Haram')."""
        ent = self.entity_at(token)
        if ent is not None and ent.label_ in ("PERSON", "NORP") and not ent.kb_id_:
            name = clean_name(ent.text)
            if len(name) > 2:
                known = self.ontology.entity(name)
                return EntityRef("organization", known.name if known else name)
        return self.org_ref(token)

    def org_ref(self, token: Token) -> EntityRef | None:
        """The organisation a token stands for: a named one, or the one 'they'/'the group' means."""
        ent = self.entity_at(token)
        if ent is not None:
            ref = self.ref(ent)
            return ref if ref and ref.type == "organization" else None
        return self.resolve_reference(token)

    def resolve_reference(self, token: Token) -> EntityRef | None:
        """'they', 'its', 'the group', 'this network' -> the organisation meant, if any."""
        lower = token.lower_
        if token.pos_ == "PRON" and lower in self.ontology.group_pronouns:
            return self.focus
        if token.pos_ in ("NOUN", "PROPN") and self._is_definite(token):
            head = token.lemma_.lower()
            if head not in self.ontology.group_nouns:
                return None
            if self._is_demonstrative(token):  # 'this network' after 'the Haqqani network'
                return self._recent_with_head(head) or self.focus
            return self.focus or self._recent_with_head(head)  # 'the group': the passage's
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

    def mention(self, ref: EntityRef, as_subject: bool) -> None:
        """Record that a sentence mentioned an organisation; a subject becomes the focus."""
        if ref.type != "organization":
            return
        if ref in self.recent_orgs:
            self.recent_orgs.remove(ref)
        self.recent_orgs.append(ref)
        if as_subject:
            self.focus = ref

    # ---- document-level facts ------------------------------------------------------

    def _main_organisation(self) -> EntityRef | None:
        counts: Counter[EntityRef] = Counter()
        for ent in self.doc.ents:
            ref = self.ref(ent)
            if ref is not None and ref.type == "organization":
                counts[ref] += 1
        if not counts:
            return None
        return counts.most_common(1)[0][0]

    def _learn_organisations(self) -> None:
        """Names NER calls people or nationalities that the text shows are organisations:
        'Katibat Macina', 'militant group X', 'X fighters', 'X claimed responsibility'."""
        for ent in self.doc.ents:
            if ent.label_ not in PERSON_LABELS | {"NORP"} or ent.kb_id_:
                continue
            name = clean_name(ent.text)
            if len(name) > 2 and _said_to_be_organisation(ent):
                self.said_orgs.add(name.casefold())

    def _learn_aliases(self) -> None:
        """Aliases the article defines: 'Name (ACRONYM)' and 'Name, known as Other'."""
        ents = list(self.doc.ents)
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
