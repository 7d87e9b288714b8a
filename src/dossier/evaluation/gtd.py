"""Score event extraction on Global Terrorism Database records.

Each record's ``summary`` is ingested as an article: its leading
``MM/DD/YYYY:`` prefix is removed (it would give the date away) and the
record's date becomes the article's publication date. The first event found
in it is compared with the coded fields. A naive baseline from the same
annotations is scored alongside: the first country, province and city
mentioned, the first organisation, the first and second numbers, and the most
common attack type.

Conventions that follow GTD's coding: a toll the text never mentions is 0; a
toll the text says is unknown is blank; 'Unknown' perpetrator when no one
claimed or was suspected; attack types mapped to GTD's names.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dossier.errors import InputError
from dossier.ingest import ProgressCallback, ingest
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, phrases
from dossier.knowledge.ontology import load_ontology
from dossier.model import Range
from dossier.model.quantities import parse_quantity
from dossier.model.records import EntityRecord, EventRecord, MergedEvent
from dossier.reconcile.events import merged_events
from dossier.store import KnowledgeBase

_EVALUATION = lexicon("evaluation")
FIELDS = phrases(_EVALUATION, "gtd_scored_fields")
GTD_TYPES: dict[str, str] = dict(_EVALUATION["gtd_attack_types"])
BASELINE_TYPE = "Bombing/Explosion"  # the most common attack type in GTD
_DATE_PREFIX = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*:\s*")
_PARENTHESES = re.compile(r"\([^)]*\)")
REQUIRED_COLUMNS = phrases(_EVALUATION, "gtd_required_columns")


@dataclass(slots=True)
class Prediction:
    country: str | None = None
    province: str | None = None
    city: str | None = None
    perpetrator: str | None = None
    killed: str = "0"
    wounded: str = "0"
    attack_type: str = "Unknown"
    extra_names: dict[str, set[str]] = field(default_factory=dict)  # field -> other accepted names


@dataclass(slots=True)
class GtdReport:
    records: int
    correct: dict[str, int]
    baseline: dict[str, int]
    errors: list[dict[str, str]]  # a sample of disagreements, for reading
    merged: dict[str, int] = field(default_factory=dict)  # the same, on the merged events
    mixed_dates: int = 0  # merged events holding records of different dates

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.records if self.records else 0.0

    def merged_accuracy(self, name: str) -> float:
        """The field's accuracy on what a user sees: each record's event as merged
        across documents (the events `dossier export` writes)."""
        return self.merged.get(name, 0) / self.records if self.records else 0.0

    def baseline_accuracy(self, name: str) -> float:
        return self.baseline[name] / self.records if self.records else 0.0


def fold(text: str | None) -> str:
    """Compare names loosely: no accents, case, articles, punctuation or parentheses."""
    if not text:
        return "unknown"
    text = _PARENTHESES.sub(" ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[^0-9a-z]+", " ", text).strip() or "unknown"


def read_records(path: Path, limit: int | None = None) -> Iterator[dict[str, str]]:
    try:
        stream = path.open(newline="", encoding="utf-8")
    except OSError as error:
        raise InputError(str(path), f"cannot be read ({error.strerror})") from error
    with stream:
        reader = csv.DictReader(stream)
        missing = [column for column in REQUIRED_COLUMNS if column not in (reader.fieldnames or [])]
        if missing:
            raise InputError(str(path), f"is not a GTD file: no column {', '.join(missing)}")
        for number, row in enumerate(reader):
            if limit is not None and number >= limit:
                return
            yield row


def record_date(row: dict[str, str]) -> str | None:
    try:
        year, month, day = int(row["iyear"]), int(row["imonth"] or 0), int(row["iday"] or 0)
    except ValueError:
        return None
    return f"{year:04d}-{max(month, 1):02d}-{max(day, 1):02d}"


def write_articles(rows: list[dict[str, str]], path: Path) -> None:
    """The summaries as a JSON Lines corpus, the date prefix removed."""
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            record = {
                "id": row["eventid"],
                "text": _DATE_PREFIX.sub("", row["summary"]),
                "published_at": record_date(row),
                "source": "GTD",
            }
            out.write(json.dumps(record) + "\n")


def evaluate_gtd(
    path: Path,
    *,
    limit: int | None = None,
    processes: int = 1,
    on_progress: ProgressCallback | None = None,
) -> GtdReport:
    rows = [row for row in read_records(path, limit) if row.get("summary", "").strip()]
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "gtd.jsonl"
        write_articles(rows, corpus)
        with KnowledgeBase(Path(scratch) / "gtd.db") as kb:
            ingest(kb, [corpus], processes=processes, on_progress=on_progress)
            entities = {entity.id: entity for entity in kb.entities()}
            events_by_document = {
                row["eventid"]: kb.events(document_id=row["eventid"]) for row in rows
            }
            mentions = {row["eventid"]: kb.document(row["eventid"]).mentions for row in rows}
            merged = merged_events(kb)
    report = _score(rows, events_by_document, mentions, entities)
    as_merged = _merged_by_document(rows, events_by_document, merged)
    report.merged = _score(rows, as_merged, mentions, entities).correct
    report.mixed_dates = _mixed_dates(rows, merged)
    return report


def _merged_by_document(
    rows: list[dict[str, str]],
    events: dict[str, list[EventRecord]],
    merged: list[MergedEvent],
) -> dict[str, list[MergedEvent]]:
    """Each record's first event, as the merged event that holds it."""
    holding = {report: event for event in merged for report in event.reports}
    found: dict[str, list[MergedEvent]] = {}
    for row in rows:
        first = events.get(row["eventid"]) or []
        if first and first[0].id in holding:
            found[row["eventid"]] = [holding[first[0].id]]
    return found


def _mixed_dates(rows: list[dict[str, str]], merged: list[MergedEvent]) -> int:
    """Merged events whose evidence comes from records of different dates."""
    dates = {row["eventid"]: record_date(row) for row in rows}
    return sum(
        len({dates[e.document_id] for e in event.evidence if e.document_id in dates}) > 1
        for event in merged
    )


def _score(
    rows: list[dict[str, str]],
    events: Mapping[str, Sequence[EventRecord | MergedEvent]],
    mentions: dict[str, list],
    entities: dict[str, EntityRecord],
) -> GtdReport:
    correct = dict.fromkeys(FIELDS, 0)
    baseline = dict.fromkeys(FIELDS, 0)
    errors: list[dict[str, str]] = []
    for row in rows:
        document_events = events.get(row["eventid"], [])  # in the order the summary tells them
        ours = predict(document_events[0] if document_events else None, entities)
        naive = predict_baseline(mentions.get(row["eventid"], []))
        gold = _gold(row)
        for name in FIELDS:
            if _agrees(name, ours, gold):
                correct[name] += 1
            else:
                errors.append(
                    {
                        "id": row["eventid"],
                        "field": name,
                        "gold": str(getattr(gold, name)),
                        "ours": str(getattr(ours, name)),
                    }
                )
            baseline[name] += _agrees(name, naive, gold)
    return GtdReport(len(rows), correct, baseline, errors)


def _gold(row: dict[str, str]) -> Prediction:
    return Prediction(
        country=row["country_txt"],
        province=row.get("provstate") or None,
        city=row.get("city") if row.get("city") not in (None, "", "Unknown") else None,
        perpetrator=row.get("gname") if row.get("gname") not in (None, "", "Unknown") else None,
        killed=(row.get("nkill") or "").split(".")[0],
        wounded=(row.get("nwound") or "").split(".")[0],
        attack_type=row.get("attacktype1_txt") or "Unknown",
    )


def _agrees(name: str, ours: Prediction, gold: Prediction) -> bool:
    mine, theirs = getattr(ours, name), getattr(gold, name)
    if name in ("killed", "wounded", "attack_type"):
        return mine == theirs
    if name == "perpetrator":
        return _same_group(mine, theirs, ours.extra_names.get(name, set()))
    if name == "country" and mine and theirs:
        return _same_country(mine, theirs)
    accepted = {fold(mine)} | {fold(n) for n in ours.extra_names.get(name, set())}
    return fold(theirs) in accepted


def _same_country(mine: str, theirs: str) -> bool:
    """One country under two names ('Palestine', 'West Bank and Gaza Strip')."""
    gazetteer = get_gazetteer()
    first = gazetteer.lookup(mine, kinds=("country",))
    second = gazetteer.lookup(theirs, kinds=("country",))
    if first is not None and second is not None:
        return first.gazetteer_id == second.gazetteer_id
    return fold(mine) == fold(theirs)


def _same_group(mine: str | None, theirs: str | None, extra: set[str]) -> bool:
    """The same perpetrator: same name, or one group under two of its names."""
    if mine is None or theirs is None:
        return mine is None and theirs is None
    if fold(mine) == fold(theirs) or fold(theirs) in {fold(n) for n in extra}:
        return True
    ontology = load_ontology()
    acronyms = re.findall(r"\(([^)]*)\)", theirs)
    for name in (theirs, _PARENTHESES.sub("", theirs).strip(), *acronyms):
        known = ontology.entity(name)
        if known is not None and fold(known.name) == fold(mine):
            return True
    return any(fold(acronym) == fold(mine) for acronym in acronyms)


def _toll(count: Range | None) -> str:
    if count is None:
        return "0"
    if count.min is None:
        return ""
    return str(count.min)


def predict(
    event: EventRecord | MergedEvent | None, entities: dict[str, EntityRecord]
) -> Prediction:
    if event is None:
        return Prediction()
    places = event.places
    names = {}
    for kind, entity_id in (
        ("country", event.country_id),
        ("province", event.province_id),
        ("city", event.city_id),
    ):
        if entity_id in entities:
            names[kind] = {entities[entity_id].name}
    perpetrator = entities.get(event.perpetrator_ids[0]) if event.perpetrator_ids else None
    if perpetrator is not None:
        names["perpetrator"] = {perpetrator.name, *perpetrator.aliases}
    return Prediction(
        country=(places.get("country") or {}).get("name"),
        province=(places.get("province") or {}).get("name"),
        city=(places.get("city") or {}).get("name"),
        perpetrator=perpetrator.name if perpetrator else None,
        killed=_toll(event.killed),
        wounded=_toll(event.wounded),
        attack_type=GTD_TYPES.get(event.type, "Unknown"),
        extra_names=names,
    )


def predict_baseline(mentions: list) -> Prediction:
    """First country / province / city / organisation named; first and second numbers."""
    gazetteer = get_gazetteer()
    prediction = Prediction(attack_type=BASELINE_TYPE)
    numbers = []
    for mention in mentions:
        if mention.label in ("GPE", "LOC"):
            place = gazetteer.lookup(mention.text)
            if place is not None:
                kind = "province" if place.kind == "province" else place.kind
                if kind in ("country", "province", "city") and getattr(prediction, kind) is None:
                    setattr(prediction, kind, mention.text)
        elif mention.label == "ORG" and prediction.perpetrator is None:
            prediction.perpetrator = mention.text
        elif mention.label == "CARDINAL":
            parsed = parse_quantity(mention.text)
            if parsed is not None and parsed.min is not None:
                numbers.append(str(parsed.min))
    prediction.killed = numbers[0] if numbers else "0"
    prediction.wounded = numbers[1] if len(numbers) > 1 else "0"
    return prediction


def print_report(report: GtdReport, write: Callable[[str], object] = sys.stdout.write) -> None:
    write(f"{report.records} records\n")
    write(f"{'field':<12} {'dossier':>8} {'baseline':>9}\n")
    for name in FIELDS:
        write(f"{name:<12} {report.accuracy(name):>8.3f} {report.baseline_accuracy(name):>9.3f}\n")
