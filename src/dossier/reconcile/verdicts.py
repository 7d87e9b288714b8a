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
and sources. Two things are not rival figures, so they do not conflict:
counts of different things ('attacks' and 'clashes'), and the strength a group
had when it was formed (a figure dated within its founding) against a figure of
any later time ('72 fighters' in March 1969, '3,200 at the end of 2015').
Dates of one event ('founded', 'died') are weighed source by source: an article
that dates a founding twice tells stages (a first form, a renaming), and a
source disputes another only when none of its dates fits any of the other's.

An assertion and a denial of one thing conflict, unless their times do not
meet: 'affiliated with al-Qaeda' until 2016 and 'broke those ties in 2016'
tell a change, not a disagreement.

Where a subject operates or is based takes many places, which do not conflict, except
parts of one place that independent sources name by opposite compass points ('southern
Yemen' against 'northwestern Yemen'; ``reconcile.regions``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property

from dossier.knowledge.ontology import Ontology, load_ontology
from dossier.model import Range, TimeSpan, Value
from dossier.model.records import ClaimRecord, Position, Snapshot, Verdict, VerdictKind
from dossier.reconcile.regions import regions_apart
from dossier.reconcile.sources import (
    Source,
    claim_source,
    document_sources,
    independent_sources,
    source_names,
)
from dossier.reconcile.values import agree, ends_before, most_precise, within
from dossier.store import KnowledgeBase

FOUNDING = "founded"  # the predicate whose dates say when a subject came into being
# where a subject is: parts of one place named apart conflict (``reconcile.regions``)
WHEREABOUTS = frozenset({"operates_in", "based_in"})


def _counted_thing(claim: ClaimRecord) -> str:
    """'attacks against civilians ...' -> 'attacks': what an attack count counts."""
    return (claim.qualifier or "").split(" ")[0].casefold()


def comparable(first: ClaimRecord, second: ClaimRecord, founding: Sequence[TimeSpan] = ()) -> bool:
    """Whether two claims speak of the same thing, so disagreeing values conflict.
    ``founding`` holds the dates the subject is said to have been formed at."""
    if first.predicate == "attack_count" and _counted_thing(first) != _counted_thing(second):
        return False
    return not _formation_and_later(first, second, founding)


def founding_spans(claims: Iterable[ClaimRecord]) -> list[TimeSpan]:
    """The bounded dates at which the claims say their subject was formed."""
    return [
        claim.value
        for claim in claims
        if claim.predicate == FOUNDING
        and not claim.negated
        and isinstance(claim.value, TimeSpan)
        and claim.value.start is not None
        and claim.value.end is not None
    ]


def _at_formation(claim: ClaimRecord, founding: Sequence[TimeSpan]) -> bool:
    return isinstance(claim.value, Range) and any(
        within(claim.time_scope, span) for span in founding
    )


def _formation_and_later(
    first: ClaimRecord, second: ClaimRecord, founding: Sequence[TimeSpan]
) -> bool:
    """Whether one figure is the strength at formation and the other is of a later time
    (dated after it, or undated: as of its article): growth, not rival estimates."""
    if not founding or _at_formation(first, founding) == _at_formation(second, founding):
        return False
    formed, later = (first, second) if _at_formation(first, founding) else (second, first)
    return later.time_scope is None or ends_before(formed.time_scope, later.time_scope)


def build_positions(
    claims: list[ClaimRecord],
    canonical: Mapping[str, str],
    founding: Sequence[TimeSpan] = (),
) -> list[Position]:
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
                    agree(other.value, claim.value) and comparable(other, claim, founding)
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
    founding: Sequence[TimeSpan] = (),
) -> Verdict:
    """The verdict on the claims of one subject and predicate: positions, each with its
    independent sources (``reconcile.sources``), then ``judge``. ``founding`` holds the
    dates the subject is said to have been formed at (``founding_spans``)."""
    positions = build_positions(claims, canonical, founding)
    for position in positions:
        position.sources.update(independent_sources(position.claims, sources, named, canonical))

    def voice(claim: ClaimRecord) -> str:
        return claim_source(claim, sources, named, canonical)[0]

    tellings = _dated_tellings(claims, voice) if single_valued else None
    verdict = judge(subject_id, predicate, positions, single_valued, founding, tellings)
    if predicate in WHEREABOUTS and any(regions_apart(p.claims, voice) for p in positions):
        # 'southern Y' against 'northwestern Y': the sources differ on where it is
        return Verdict(subject_id, predicate, "conflicting", positions, None, verdict.note)
    return verdict


def judge(
    subject_id: str,
    predicate: str,
    positions: list[Position],
    single_valued: bool,
    founding: Sequence[TimeSpan] = (),
    tellings: Sequence[Sequence[ClaimRecord]] | None = None,
) -> Verdict:
    """The verdict on positions. ``tellings``: each source's dates of the one event a
    single-valued date predicate is about (``_dated_tellings``); when given, dates conflict
    only across sources (``_sources_disagree``)."""
    conflict = False
    stated = [_distinct(position.claims) for position in positions]
    for index, first in enumerate(positions):
        for later, second in enumerate(positions[index + 1 :], start=index + 1):
            if first.negated != second.negated and _one_thing(first, second):
                conflict = conflict or not times_apart(first.claims, second.claims)
            elif single_valued and _asserted_values(first, second):
                # dates of one event are weighed source by source, below
                dates_by_source = tellings is not None and _dated(first, second)
                conflict = conflict or (
                    not dates_by_source and _disagree(stated[index], stated[later], founding)
                )
    if single_valued and tellings:
        conflict = conflict or _sources_disagree(tellings)
    # the best estimate is of the subject as it is, not the strength it was formed with
    best = max(
        positions,
        key=lambda p: (
            not all(_at_formation(claim, founding) for claim in p.claims),
            len(p.sources),
            len(p.claims),
        ),
    )
    if conflict:
        kind: VerdictKind = "conflicting"
        estimate: Value | str | None = None
    else:
        asserting = {key for p in positions if not p.negated for key in p.sources}
        kind = "corroborated" if len(asserting) >= 2 else "single-source"
        estimate = best.object_id or most_precise(best.values)
    return Verdict(subject_id, predicate, kind, positions, estimate, _shared_citation(positions))


def _dated_tellings(
    claims: Iterable[ClaimRecord], voice: Callable[[ClaimRecord], str]
) -> list[list[ClaimRecord]]:
    """The dates each source asserts for the subject's one event ('founded', 'died'),
    grouped by source (``voice`` gives a claim's source key)."""
    by_source: dict[str, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        if not claim.negated and claim.object_id is None and isinstance(claim.value, TimeSpan):
            by_source[voice(claim)].append(claim)
    return list(by_source.values())


def _sources_disagree(tellings: Sequence[Sequence[ClaimRecord]]) -> bool:
    """Whether two sources date the event so that no date of one fits any of the other.
    One article that dates a founding twice ('MUJAO, its first form, in 2011'; 'emerged
    as IS-GS in May 2015') tells stages, not a dispute; its date that fits another
    source's is its answer to that source."""
    return any(
        not any(agree(a.value, b.value) for a in first for b in second)
        for index, first in enumerate(tellings)
        for second in tellings[index + 1 :]
    )


def _dated(first: Position, second: Position) -> bool:
    return isinstance(first.value, TimeSpan) and isinstance(second.value, TimeSpan)


def _one_thing(first: Position, second: Position) -> bool:
    """Whether two positions speak of one object, or of one value ('civilians')."""
    if first.object_id is not None or second.object_id is not None:
        return first.object_id == second.object_id
    return first.value is not None and second.value is not None and agree(first.value, second.value)


def _asserted_values(first: Position, second: Position) -> bool:
    """Whether both positions assert a value: denials of two values ('not in 2014', 'not
    in 2015') rule nothing in, so they are not rival values."""
    asserted = not (first.negated or second.negated)
    return asserted and first.object_id is None and second.object_id is None


def times_apart(first: Sequence[ClaimRecord], second: Sequence[ClaimRecord]) -> bool:
    """Whether every claim of one side is over before every claim of the other begins:
    an assertion and a denial so dated tell a change ('broke ties in 2016')."""
    return all(ends_before(a.time_scope, b.time_scope) for a in first for b in second) or all(
        ends_before(b.time_scope, a.time_scope) for a in first for b in second
    )


def _disagree(
    first: list[ClaimRecord], second: list[ClaimRecord], founding: Sequence[TimeSpan] = ()
) -> bool:
    """Whether some claim of one position states a value that a claim of the other rules out."""
    return any(
        comparable(a, b, founding) and not agree(a.value, b.value) for a in first for b in second
    )


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
        members = self.members(entity_id)
        claims = self.kb.claims(subject_ids=members, predicate=predicate)
        founding = None
        figures = sum(isinstance(claim.value, Range) for claim in claims)
        if predicate is not None and predicate != FOUNDING and figures >= 2:
            # the founding dates tell the strength at formation from later figures
            founding = founding_spans(self.kb.claims(subject_ids=members, predicate=FOUNDING))
        return self._judge_all(head, claims, founding)

    def all_verdicts(self) -> list[Verdict]:
        by_subject: dict[str, list[ClaimRecord]] = defaultdict(list)
        for claim in self.kb.claims():
            by_subject[self.canonical.get(claim.subject_id, claim.subject_id)].append(claim)
        verdicts = []
        for head, claims in by_subject.items():
            verdicts.extend(self._judge_all(head, claims))
        return verdicts

    def _judge_all(
        self, head: str, claims: list[ClaimRecord], founding: list[TimeSpan] | None = None
    ) -> list[Verdict]:
        """``founding``: the subject's founding dates, when ``claims`` may lack them."""
        founding = founding_spans(claims) if founding is None else founding
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
                    founding=founding,
                )
            )
        return verdicts
