"""Verdicts per (subject, predicate): corroborated, conflicting or single-source.

Claims about one subject and predicate are grouped into *positions*: claims
that agree (the same object, or values that can both be true; see
``values.agree``). Then:

- **conflicting**: the predicate takes one value at a time ('founded',
  'member_count'...) and two positions disagree, or one claim asserts what
  another denies;
- **corroborated**: at least two independent sources assert something about it
  and nothing conflicts. They may say the same thing (both name Iran as its
  backer) or different things that can all be true (one says it operates in
  Mali, another in Niger): each position keeps its own sources, so a reader
  sees which detail rests on whom;
- **single-source**: otherwise.

Independent sources (see ``reconcile.sources``): a claim's source is whom it is
attributed to ('according to CSIS'), else its document's publisher-and-story
group. So copies of one story count once, and two articles citing one report
count once.

Figures of one single-valued quantity that disagree conflict even when they are
dated differently or one is a peak ('2,500 at its height' against '1,500 to
2,200 in 2021'): no one figure can be given, so both are shown with their dates
and sources. Counts of different things ('attacks' and 'clashes') are different
facts, not a conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from functools import cached_property

from dossier.knowledge.ontology import Ontology, load_ontology
from dossier.model import Value
from dossier.model.records import ClaimRecord, Position, Snapshot, Verdict, VerdictKind
from dossier.reconcile.sources import Source, claim_source, document_sources, source_names
from dossier.reconcile.values import agree, most_precise
from dossier.store import KnowledgeBase


def _counted_thing(claim: ClaimRecord) -> str:
    """'attacks against civilians ...' -> 'attacks': what an attack count counts."""
    return (claim.qualifier or "").split(" ")[0].casefold()


def comparable(first: ClaimRecord, second: ClaimRecord) -> bool:
    """Whether two claims speak of the same thing, so disagreeing values conflict."""
    if first.predicate == "attack_count":
        return _counted_thing(first) == _counted_thing(second)
    return True


def build_positions(claims: list[ClaimRecord], canonical: Mapping[str, str]) -> list[Position]:
    positions: list[Position] = []
    # each position's distinct (value, counted thing) -> a claim stating it, so a figure
    # repeated by many articles is compared once
    distinct: list[dict[tuple[object, str], ClaimRecord]] = []
    for claim in claims:
        object_id = canonical.get(claim.object_id, claim.object_id) if claim.object_id else None
        key = (claim.value, _counted_thing(claim))
        for position, stated in zip(positions, distinct, strict=True):
            same_object = position.object_id == object_id and position.negated == claim.negated
            if not same_object:
                continue
            # a value joins only claims it agrees with all: '2015' holds 'January' and
            # 'March 2015', which do not hold each other
            if (
                object_id is not None
                or key in stated
                or all(
                    agree(other.value, claim.value) and comparable(other, claim)
                    for other in stated.values()
                )
            ):
                position.claims.append(claim)
                stated.setdefault(key, claim)
                break
        else:
            positions.append(Position(object_id, claim.value, claim.negated, [claim]))
            distinct.append({key: claim})
    return positions


def reconcile_claims(
    subject_id: str,
    predicate: str,
    claims: list[ClaimRecord],
    *,
    single_valued: bool,
    canonical: Mapping[str, str],
    sources: dict[str, Source],
    named: Mapping[str, frozenset[str]],
) -> Verdict:
    """The verdict on the claims of one subject and predicate: positions, each with its
    independent sources (``reconcile.sources``), then ``judge``."""
    positions = build_positions(claims, canonical)
    for position in positions:
        for claim in position.claims:
            key, label = claim_source(claim, sources, named, canonical)
            position.sources.setdefault(key, label)
    return judge(subject_id, predicate, positions, single_valued)


def judge(
    subject_id: str,
    predicate: str,
    positions: list[Position],
    single_valued: bool,
) -> Verdict:
    conflict = False
    stated = [_distinct(position.claims) for position in positions]
    for index, first in enumerate(positions):
        for later, second in enumerate(positions[index + 1 :], start=index + 1):
            if first.object_id is not None and first.object_id == second.object_id:
                conflict = conflict or first.negated != second.negated
            elif single_valued and first.object_id is None and second.object_id is None:
                conflict = conflict or _disagree(stated[index], stated[later])
    best = max(positions, key=lambda p: (len(p.sources), len(p.claims)))
    if conflict:
        kind: VerdictKind = "conflicting"
        estimate: Value | str | None = None
    else:
        asserting = {key for p in positions if not p.negated for key in p.sources}
        kind = "corroborated" if len(asserting) >= 2 else "single-source"
        estimate = best.object_id or most_precise(best.values)
    return Verdict(subject_id, predicate, kind, positions, estimate, _shared_citation(positions))


def _disagree(first: list[ClaimRecord], second: list[ClaimRecord]) -> bool:
    """Whether some claim of one position states a value that a claim of the other rules out."""
    return any(comparable(a, b) and not agree(a.value, b.value) for a in first for b in second)


def _distinct(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """One claim per value and counted thing: a figure repeated by many articles is
    compared once."""
    return list({(claim.value, _counted_thing(claim)): claim for claim in claims}.values())


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
        self.named_sources = source_names(snapshot.entities, self.canonical)

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
            spec = self.ontology.predicates.get(predicate)
            verdicts.append(
                reconcile_claims(
                    head,
                    predicate,
                    group,
                    single_valued=bool(spec and spec.single_valued),
                    canonical=self.canonical,
                    sources=self.sources,
                    named=self.named_sources,
                )
            )
        return verdicts
