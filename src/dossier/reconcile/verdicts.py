"""Verdicts per (subject, predicate): corroborated, conflicting or single-source.

Claims about one subject and predicate are grouped into *positions*: claims
that agree (the same object, or values that can both be true; see
``values.agree``). Then:

- **conflicting**: the predicate takes one value at a time ('founded',
  'member_count'...) and two positions in comparable scopes disagree, or one
  claim asserts what another denies;
- **corroborated**: a position is supported by at least two independent sources;
- **single-source**: otherwise.

Independent sources (see ``reconcile.sources``): a claim's source is whom it is
attributed to ('according to CSIS'), else its document's publisher-and-story
group. So copies of one story count once, and two articles citing one report
count once.

Scopes: a figure 'at their height' and one for a given year can both be true,
so they are not compared; figures with overlapping time scopes, or none, are.
Counts of different things ('attacks' and 'clashes') are different facts.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from dossier.knowledge.ontology import Ontology, load_ontology
from dossier.model import Value
from dossier.model.records import ClaimRecord, Position, Snapshot, Verdict, VerdictKind
from dossier.reconcile.sources import claim_source, document_sources, source_names
from dossier.reconcile.values import agree, most_precise
from dossier.store import KnowledgeBase

PEAK_WORDS = ("height", "peak", "heyday", "strongest", "zenith")


def _is_peak(claim: ClaimRecord) -> bool:
    return bool(claim.qualifier) and any(w in claim.qualifier.casefold() for w in PEAK_WORDS)  # type: ignore[union-attr]


def _counted_thing(claim: ClaimRecord) -> str:
    """'attacks against civilians ...' -> 'attacks': what an attack count counts."""
    return (claim.qualifier or "").split(" ")[0].casefold()


def comparable(first: ClaimRecord, second: ClaimRecord) -> bool:
    """Whether two claims speak of the same scope, so disagreeing values conflict."""
    if first.predicate == "attack_count" and _counted_thing(first) != _counted_thing(second):
        return False
    first_span, second_span = first.time_scope, second.time_scope
    if first.predicate == "founded":
        return True
    if first_span is not None and second_span is not None:
        return first_span.overlaps(second_span)
    # 'at their height' and 'in 2021' can both be true
    dated_peak = (_is_peak(first) and second_span is not None) or (
        _is_peak(second) and first_span is not None
    )
    return not dated_peak


def build_positions(claims: list[ClaimRecord], canonical: dict[str, str]) -> list[Position]:
    positions: list[Position] = []
    for claim in claims:
        object_id = canonical.get(claim.object_id, claim.object_id) if claim.object_id else None
        for position in positions:
            same_object = position.object_id == object_id and position.negated == claim.negated
            if not same_object:
                continue
            if object_id is not None or (
                agree(position.value, claim.value) and comparable(position.claims[0], claim)
            ):
                position.claims.append(claim)
                break
        else:
            positions.append(Position(object_id, claim.value, claim.negated, [claim]))
    return positions


def judge(
    subject_id: str,
    predicate: str,
    positions: list[Position],
    single_valued: bool,
) -> Verdict:
    conflict = False
    for index, first in enumerate(positions):
        for second in positions[index + 1 :]:
            if first.object_id is not None and first.object_id == second.object_id:
                conflict = conflict or first.negated != second.negated
            elif single_valued and first.object_id is None and second.object_id is None:
                comparable_pair = comparable(first.claims[0], second.claims[0])
                conflict = conflict or (comparable_pair and not agree(first.value, second.value))
    best = max(positions, key=lambda p: (len(p.sources), len(p.claims)))
    if conflict:
        kind: VerdictKind = "conflicting"
        estimate: Value | str | None = None
    else:
        kind = "corroborated" if len(best.sources) >= 2 else "single-source"
        estimate = best.object_id or most_precise(best.values)
    return Verdict(subject_id, predicate, kind, positions, estimate, _shared_citation(positions))


def _shared_citation(positions: list[Position]) -> str | None:
    for position in positions:
        attributed = [c for c in position.claims if c.attributed_to]
        documents = {c.evidence.document_id for c in attributed}
        if len(documents) >= 2:
            source = attributed[0].attributed_to
            return f"{len(documents)} articles cite {source}: one underlying source"
    return None


class Reconciler:
    """Verdicts for one knowledge base (loads what it needs once)."""

    def __init__(
        self,
        kb: KnowledgeBase,
        ontology: Ontology | None = None,
        snapshot: Snapshot | None = None,
    ) -> None:
        self.kb = kb
        self.ontology = ontology or load_ontology()
        snapshot = snapshot or kb.snapshot()
        self.canonical = snapshot.canonical
        self.sources = document_sources(snapshot.documents)
        self.named_sources = source_names(snapshot.entities)

    @cached_property
    def _groups(self) -> dict[str, list[str]]:
        """Head id -> every entity id resolved to it (read on hot paths: built once)."""
        groups: dict[str, list[str]] = defaultdict(list)
        for entity_id, head in self.canonical.items():
            groups[head].append(entity_id)
        return groups

    def members(self, entity_id: str) -> list[str]:
        head = self.canonical.get(entity_id, entity_id)
        return sorted({head, *self._groups.get(head, ())})

    def verdicts(self, entity_id: str, predicate: str | None = None) -> list[Verdict]:
        """Every (subject, predicate) verdict about one entity (and the entities merged with it)."""
        head = self.canonical.get(entity_id, entity_id)
        claims = self.kb.claims(subject_ids=self.members(entity_id), predicate=predicate)
        return self._judge_all(head, claims)

    def all_verdicts(self) -> list[Verdict]:
        by_subject: dict[str, list[ClaimRecord]] = defaultdict(list)
        for claim in self.kb.claims():
            by_subject[self.canonical.get(claim.subject_id, claim.subject_id)].append(claim)
        verdicts = []
        for head, claims in by_subject.items():
            verdicts.extend(self._judge_all(head, claims))
        return verdicts

    def _judge_all(self, head: str, claims: list[ClaimRecord]) -> list[Verdict]:
        by_predicate: dict[str, list[ClaimRecord]] = defaultdict(list)
        for claim in claims:
            by_predicate[claim.predicate].append(claim)
        verdicts = []
        for predicate, group in sorted(by_predicate.items()):
            positions = build_positions(group, self.canonical)
            for position in positions:
                for claim in position.claims:
                    key, label = claim_source(claim, self.sources, self.named_sources)
                    position.sources.setdefault(key, label)
            spec = self.ontology.predicates.get(predicate)
            single_valued = bool(spec and spec.single_valued)
            verdicts.append(judge(head, predicate, positions, single_valued))
        return verdicts
