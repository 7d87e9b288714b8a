"""Score the knowledge base built from the seed articles against ``gold/seeds.yaml``:
facts and events here, verdicts and answers in ``seed_answers``.

A gold fact is hit when a claim has the fact's predicate, a subject that is
the gold subject under any of its aliases, the gold object (every one, for a
list) or value, and evidence that overlaps the gold quote. Precision counts a
claim as correct when it states a gold fact (subject, predicate, object or
value), wherever in the seed articles it was found.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import InputError
from dossier.evaluation.seed_answers import (
    QuestionResult,
    VerdictResult,
    score_questions,
    score_verdicts,
)
from dossier.ingest import ingest
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Money, Range, TimeSpan
from dossier.model.records import ClaimRecord, EntityRecord, EventRecord
from dossier.read.documents import normalise_text
from dossier.store import KnowledgeBase

ATTACK_TYPES = words(lexicon("evaluation"), "seed_attack_types")


@dataclass(slots=True)
class FactResult:
    id: str
    predicate: str
    expected: str
    hit: bool
    claims: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # objects no claim covers


@dataclass(slots=True)
class EventResult:
    id: str
    type: str
    hit: bool
    events: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SeedReport:
    facts: list[FactResult]
    events: list[EventResult]
    claims_total: int
    claims_correct: int
    extra_claims: list[str]
    verdicts: list[VerdictResult] = field(default_factory=list)
    questions: list[QuestionResult] = field(default_factory=list)

    @property
    def fact_recall(self) -> float:
        return sum(f.hit for f in self.facts) / len(self.facts) if self.facts else 0.0

    @property
    def event_recall(self) -> float:
        return sum(e.hit for e in self.events) / len(self.events) if self.events else 0.0

    @property
    def claim_precision(self) -> float:
        return self.claims_correct / self.claims_total if self.claims_total else 0.0


class Gold:
    """The gold file, with aliases resolved and quotes located in the stored texts."""

    def __init__(self, data: dict[str, Any], documents: dict[str, tuple[str, str]]) -> None:
        self.data = data
        self.documents = documents  # letter -> (document id, normalised text)
        self.aliases: dict[str, set[str]] = {}
        for name, spec in (data.get("entities") or {}).items():
            names = {name, *(spec.get("aliases") or [])}
            if spec.get("gazetteer"):
                names.add(str(spec["gazetteer"]))
            self.aliases[name] = {n.casefold() for n in names}

    def names_of(self, item: str) -> set[str]:
        return self.aliases.get(item, {item.casefold()})

    def quote_span(self, letter: str, quote: str) -> tuple[str, int, int]:
        document_id, text = self.documents[letter]
        needle = normalise_text(quote)
        start = text.find(needle)
        if start < 0:
            raise InputError(f"gold quote {quote!r}", f"is not in document {letter}")
        return document_id, start, start + len(needle)


def load_gold(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InputError(str(path), f"cannot be read as a gold file ({error})") from error
    if not isinstance(data, dict) or "facts" not in data or "docs" not in data:
        raise InputError(str(path), "is not a gold file (needs 'docs' and 'facts')")
    return data


def evaluate_seeds(gold_path: Path, seeds_dir: Path | None = None) -> SeedReport:
    """Ingest the seed articles into a fresh knowledge base and score it against the gold."""
    data = load_gold(gold_path)
    seeds_dir = seeds_dir or gold_path.parent.parent / "seeds"
    files = {letter: seeds_dir / name for letter, name in data["docs"].items()}
    for path in files.values():
        if not path.exists():
            raise InputError(str(path), "is missing: the gold file names it as a seed article")
    with tempfile.TemporaryDirectory() as scratch, KnowledgeBase(Path(scratch) / "seeds.db") as kb:
        ingest(kb, list(files.values()))
        by_origin = {Path(s.origin or "").name: s.id for s in kb.documents()}
        documents = {
            letter: (by_origin[path.name], kb.document(by_origin[path.name]).text)
            for letter, path in files.items()
        }
        gold = Gold(data, documents)
        entities = {entity.id: entity for entity in kb.entities()}
        report = score(gold, kb.claims(), kb.events(), entities)
        report.verdicts = score_verdicts(kb, gold, report.events)
        report.questions = score_questions(kb, gold)
    return report


def score(
    gold: Gold,
    claims: list[ClaimRecord],
    events: list[EventRecord],
    entities: dict[str, EntityRecord],
) -> SeedReport:
    facts = [_score_fact(fact, gold, claims, entities) for fact in gold.data["facts"]]
    event_results = [
        _score_event(event, gold, events, entities) for event in gold.data.get("events") or []
    ]
    correct, extras = 0, []
    for claim in claims:
        if any(_states(claim, fact, gold, entities) for fact in gold.data["facts"]):
            correct += 1
        else:
            extras.append(describe_claim(claim, entities))
    return SeedReport(facts, event_results, len(claims), correct, extras)


def describe_claim(claim: ClaimRecord, entities: dict[str, EntityRecord]) -> str:
    subject = entities[claim.subject_id].name if claim.subject_id in entities else claim.subject_id
    target = entities[claim.object_id].name if claim.object_id in entities else ""
    value = claim.value_text or ""
    words = " ".join(part for part in (subject, claim.predicate, target, value) if part)
    return f'{words}  — "{claim.evidence.quote}"'


# ---- facts ------------------------------------------------------------------------------


def _items(fact: dict[str, Any]) -> list[str]:
    objects = fact.get("object")
    if objects is None:
        return []
    return [str(item) for item in (objects if isinstance(objects, list) else [objects])]


def _entity_names(entity_id: str | None, entities: dict[str, EntityRecord]) -> set[str]:
    if entity_id is None or entity_id not in entities:
        return set()
    entity = entities[entity_id]
    names = {entity.name, *entity.aliases}
    if entity.gazetteer_id:
        names.add(entity.gazetteer_id)
    return {name.casefold() for name in names}


def _covers(claim: ClaimRecord, item: str, gold: Gold, entities: dict[str, EntityRecord]) -> bool:
    """Whether a claim's object (or literal value) is the gold object ``item``."""
    if _entity_names(claim.object_id, entities) & gold.names_of(item):
        return True
    literal = (claim.value_text or "").casefold()
    wanted = item.casefold()
    return bool(literal) and (wanted in literal or (literal in wanted and len(literal) > 3))


def _value_matches(claim: ClaimRecord, expected: Any) -> bool:
    if not isinstance(expected, dict):
        return expected is None or str(expected).casefold() in (claim.value_text or "").casefold()
    if "start" in expected:
        spans = [v for v in (claim.value, claim.time_scope) if isinstance(v, TimeSpan)]
        return any(_same_months(span, expected) for span in spans)
    if "amount" in expected:
        return isinstance(claim.value, Money) and claim.value.amount == float(expected["amount"])
    if "min" in expected:
        value = claim.value
        return (
            isinstance(value, Range)
            and value.min == expected.get("min")
            and (expected.get("max") is None or value.max == expected.get("max"))
        )
    return False


def _same_months(span: TimeSpan, expected: dict[str, Any]) -> bool:
    if span.start is None or span.end is None:
        return False
    return (
        span.start.isoformat()[:7] == str(expected["start"])[:7]
        and span.end.isoformat()[:7] == str(expected["end"])[:7]
    )


def _states(
    claim: ClaimRecord, fact: dict[str, Any], gold: Gold, entities: dict[str, EntityRecord]
) -> bool:
    """Subject, predicate and object/value of the fact; evidence not considered."""
    if claim.predicate != fact["predicate"]:
        return False
    if not _entity_names(claim.subject_id, entities) & gold.names_of(str(fact["subject"])):
        return False
    items = _items(fact)
    if items and not any(_covers(claim, item, gold, entities) for item in items):
        return False
    if "value" in fact and not items:
        return _value_matches(claim, fact["value"])
    if "value" in fact and isinstance(fact["value"], dict) and "start" in fact["value"]:
        return _value_matches(claim, fact["value"])
    return True


def _overlaps(claim: ClaimRecord, span: tuple[str, int, int]) -> bool:
    document_id, start, end = span
    evidence = claim.evidence
    return evidence.document_id == document_id and evidence.start < end and start < evidence.end


def _score_fact(
    fact: dict[str, Any], gold: Gold, claims: list[ClaimRecord], entities: dict[str, EntityRecord]
) -> FactResult:
    span = gold.quote_span(fact["doc"], fact["quote"])
    stating = [c for c in claims if _states(c, fact, gold, entities) and _overlaps(c, span)]
    items = _items(fact)
    missing = [item for item in items if not any(_covers(c, item, gold, entities) for c in stating)]
    expected = ", ".join(items) or str(fact.get("value"))
    hit = bool(stating) and not missing
    return FactResult(
        fact["id"], fact["predicate"], expected, hit, [c.id for c in stating], missing
    )


# ---- events -----------------------------------------------------------------------------


def _score_event(
    gold_event: dict[str, Any],
    gold: Gold,
    events: list[EventRecord],
    entities: dict[str, EntityRecord],
) -> EventResult:
    found: list[EventRecord] = []
    problems: list[str] = []
    for mention in gold_event.get("mentions") or []:
        document_id, start, end = gold.quote_span(mention["doc"], mention["quote"])
        candidates = [
            event
            for event in events
            if any(
                e.document_id == document_id and e.start < end and start < e.end
                for e in event.evidence
            )
            and _type_fits(event.type, gold_event["type"])
        ]
        if not candidates:
            problems.append(f"no {gold_event['type']} event in document {mention['doc']}")
            continue
        found.append(candidates[0])
    if found:
        # An attribute told by any of the articles counts: one may give the place, another the toll.
        per_event = [set(_event_problems(event, gold_event, gold, entities)) for event in found]
        problems.extend(sorted(set.intersection(*per_event)))
    return EventResult(
        gold_event["id"], gold_event["type"], not problems, [e.id for e in found], problems
    )


def _type_fits(ours: str, gold_type: str) -> bool:
    if gold_type == "attack":
        return ours in ATTACK_TYPES
    return ours == gold_type


def _event_problems(
    event: EventRecord, gold_event: dict[str, Any], gold: Gold, entities: dict[str, EntityRecord]
) -> list[str]:
    problems = []
    place = gold_event.get("place")
    if place:
        ours = set().union(
            *(
                _entity_names(i, entities)
                for i in (event.city_id, event.province_id, event.country_id)
            )
        )
        if not ours & gold.names_of(str(place)):
            problems.append(f"place: expected {place}")
    expected_date = gold_event.get("date") or {}
    if "value" in expected_date and event.date is not None:
        if event.date.start != date.fromisoformat(str(expected_date["value"])):
            problems.append(f"date: expected {expected_date['value']}, got {event.date.start}")
    elif "start" in expected_date and (
        event.date is None or not _same_months(event.date, expected_date)
    ):
        problems.append(f"date: expected {expected_date['start']}..{expected_date['end']}")
    actor = gold_event.get("actor")
    if actor:
        names = (
            set().union(*(_entity_names(i, entities) for i in event.perpetrator_ids))
            if event.perpetrator_ids
            else set()
        )
        if not names & gold.names_of(str(actor)):
            problems.append(f"actor: expected {actor}")
    killed = gold_event.get("killed") or {}
    if "min" in killed and event.killed is not None:
        low = event.killed.min or 0
        high = event.killed.max
        if high is not None and high < killed["min"]:
            problems.append(f"killed: expected at least {killed['min']}")
        if "max" in killed and low > killed["max"]:
            problems.append(f"killed: expected at most {killed['max']}")
    elif "min" in killed:
        problems.append("killed: not extracted")
    count = gold_event.get("count") or {}
    if "min" in count and (event.count is None or event.count.min != count["min"]):
        problems.append(f"count: expected {count['min']}")
    return problems
