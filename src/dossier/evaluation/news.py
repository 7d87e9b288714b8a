"""Score what a user sees on the news development corpus (``../shared/eval/news``).

The articles are ingested into a fresh knowledge base, exported as JSON and the
export is compared with ``gold.yaml`` (its header gives the conventions):

- facts: a claim states a gold fact when its subject is the gold subject under one
  of their names, its evidence is in the fact's document and overlaps its quote
  (`matching.quote_overlaps`), and it has the gold object (every one, for a list)
  or value. "Strict" needs a predicate that ``eval_predicates.yaml`` maps the gold
  one to; "loose" accepts any. A list object scores the share of its items found.
  ``grounded`` is the share of exported claims whose evidence overlaps some gold
  fact quote (a lower bound on precision: the gold is not exhaustive).
- incidents: found when ONE exported event holds evidence for every mention;
  an exported event holding mentions of two gold incidents is merged wrongly.
  Tolls: the event found for a document (merged, or that document's own telling)
  gives one of the killed / wounded minimums that document reports.
- verdicts: gold ``reconcile`` items scored against the export's verdicts.
- questions (optional): each gold question through the real answerer.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from dossier.errors import InputError
from dossier.evaluation.matching import (
    JSON,
    ExportView,
    evidence_overlaps,
    norm,
    quote_overlaps,
    value_matches,
)
from dossier.model.lexicon import SAFE_LOADER

if TYPE_CHECKING:
    from dossier import KnowledgeBase

PREDICATE_MAP = "eval_predicates.yaml"
_HEADER = re.compile(r"(TITLE|DATE):\s*(.*)")
_MONTH = re.compile(r"\d{4}-\d{2}")


# --- reading the corpus -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewsDoc:
    """One article file: line 1 the URL, then ``TITLE:`` / ``DATE:`` lines, then the text."""

    id: str
    url: str
    title: str | None
    published_at: str | None
    text: str

    def record(self) -> dict[str, str | None]:
        """The article as a JSON Lines record that `dossier ingest` reads."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published_at": self.published_at,
            "text": self.text,
        }


def read_news_doc(path: Path) -> NewsDoc:
    """Parse one article file; a month-only date (YYYY-MM) becomes the 15th, mid-month."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot be read ({error})") from error
    if not lines:
        raise InputError(str(path), "is empty")
    url, headers, body = lines[0].strip(), {}, 1
    while body < len(lines):
        found = _HEADER.fullmatch(lines[body].strip())
        if found:
            headers[found.group(1)] = found.group(2).strip()
        elif lines[body].strip():
            break
        body += 1
    published = headers.get("DATE") or None
    if published and _MONTH.fullmatch(published):
        published += "-15"
    text = "\n".join(lines[body:]).strip()
    if not text:
        raise InputError(str(path), "has no text after its header lines")
    return NewsDoc(path.stem, url, headers.get("TITLE") or None, published, text)


def load_gold(path: Path) -> dict[str, Any]:
    """The gold file, checked for the sections the scorer reads."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise InputError(str(path), f"cannot be read as a gold file ({error})") from error
    if not isinstance(data, dict) or "docs" not in data or "facts" not in data:
        raise InputError(str(path), "is not a gold file (needs 'docs' and 'facts')")
    return data


def load_predicate_map(path: Path | None = None) -> PredicateMap:
    """The gold -> Dossier predicate mapping (``knowledge/data/eval_predicates.yaml``)."""
    if path is None:
        text = resources.files("dossier.knowledge.data").joinpath(PREDICATE_MAP).read_text()
    else:
        text = path.read_text(encoding="utf-8")
    data = yaml.load(text, Loader=SAFE_LOADER) or {}
    return PredicateMap(
        {k: frozenset(v) for k, v in (data.get("predicates") or {}).items()},
        dict(data.get("event_fields") or {}),
    )


@dataclass(frozen=True, slots=True)
class PredicateMap:
    predicates: dict[str, frozenset[str]]
    event_fields: dict[str, str]

    def dossier_predicates(self, gold_predicate: str) -> frozenset[str]:
        """The Dossier predicates for a gold one; always including its own name."""
        return self.predicates.get(gold_predicate, frozenset()) | {gold_predicate}


class Gold:
    """The gold file, with names normalised and document keys turned into document ids."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        # the scorer ingests each article under its file stem
        self.documents = {key: Path(str(name)).stem for key, name in data["docs"].items()}
        self.entities: dict[str, set[str]] = {
            name: {norm(name), *(norm(a) for a in (spec or {}).get("aliases") or [])}
            for name, spec in (data.get("entities") or {}).items()
        }
        self.facts: list[JSON] = list(data.get("facts") or [])
        self.events: list[JSON] = list(data.get("events") or [])
        self.event_ids = {event["id"] for event in self.events}

        # a fact may name its subject by an alias: it stands for the whole entity
        self._by_alias = {alias: names for names in self.entities.values() for alias in names}

    def names(self, name: object) -> set[str]:
        """A gold entity's normalised names, looked up by name or alias (the name itself
        when it is not listed)."""
        listed = self.entities.get(str(name))
        return listed if listed is not None else self._by_alias.get(norm(name), {norm(name)})

    def document(self, key: str) -> str:
        return self.documents.get(key, key)

    def quotes(self, gold_id: str) -> list[tuple[str, str]]:
        """(document id, quote) of a fact, or of every mention of an event."""
        for fact in self.facts:
            if fact["id"] == gold_id:
                return [(self.document(fact["doc"]), fact["quote"])]
        for event in self.events:
            if event["id"] == gold_id:
                return [(self.document(m["doc"]), m["quote"]) for m in event.get("mentions") or []]
        return []


# --- results ------------------------------------------------------------------------------


@dataclass(slots=True)
class FactResult:
    id: str
    predicate: str
    document: str
    quote: str
    strict: float  # share of the gold objects stated with a mapped predicate (1.0: hit)
    loose: float  # the same with any predicate
    claims: list[str] = field(default_factory=list)  # claims that state it (mapped predicate)
    predicates: list[str] = field(default_factory=list)  # predicates of claims about it
    missing: list[str] = field(default_factory=list)  # gold objects no mapped claim states


@dataclass(slots=True)
class IncidentResult:
    id: str
    name: str
    mentions: int
    found: bool
    best_cover: int  # most mentions any one exported event holds
    events: list[str] = field(default_factory=list)  # exported events holding any mention


@dataclass(slots=True)
class TollResult:
    event: str
    document: str
    field: str  # killed | wounded
    expected: list[float]  # the minimums this document reports (any one is right)
    got: list[float]
    hit: bool


@dataclass(slots=True)
class VerdictResult:
    id: str
    expected: str
    got: str | None
    hit: bool
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class QuestionResult:
    question: str
    hit: bool
    answer: str
    verdict: str | None
    missing: list[str] = field(default_factory=list)  # must_include strings not in the answer
    uncited: list[str] = field(default_factory=list)  # gold ids none of whose quotes is cited
    wrong_flag: bool = False
    asserted: bool = False  # an unanswerable question was given an answer


@dataclass(slots=True)
class NewsReport:
    documents: int
    claims_exported: int
    claims_grounded: int
    facts: list[FactResult]
    incidents: list[IncidentResult]
    merged_wrongly: dict[str, list[str]]  # exported event id -> the gold incidents it holds
    tolls: list[TollResult]
    verdicts: list[VerdictResult]
    verdicts_unscored: int  # gold items the export has no verdict for (event fields...)
    questions: list[QuestionResult] = field(default_factory=list)
    failed_documents: list[str] = field(default_factory=list)

    @property
    def fact_recall(self) -> float:
        return _mean(f.strict for f in self.facts)

    @property
    def fact_recall_loose(self) -> float:
        return _mean(f.loose for f in self.facts)

    @property
    def grounded(self) -> float:
        return self.claims_grounded / self.claims_exported if self.claims_exported else 0.0

    @property
    def incident_recall(self) -> float:
        return _mean(float(i.found) for i in self.incidents)

    def per_predicate(self) -> dict[str, tuple[int, float, float]]:
        """Gold predicate -> (facts, strict hits, loose hits), most frequent first."""
        table: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        for fact in self.facts:
            row = table[fact.predicate]
            row[0] += 1
            row[1] += fact.strict
            row[2] += fact.loose
        ordered = sorted(table.items(), key=lambda item: (-item[1][0], item[0]))
        return {name: (int(row[0]), row[1], row[2]) for name, row in ordered}

    def summary(self) -> dict[str, Any]:
        """The headline figures, for --json and the final line."""

        def hits(items: Iterable[Any]) -> int:
            return sum(bool(item.hit) for item in items)

        return {
            "documents": self.documents,
            "facts": round(sum(f.strict for f in self.facts), 2),
            "facts_loose": round(sum(f.loose for f in self.facts), 2),
            "facts_total": len(self.facts),
            "fact_recall": round(self.fact_recall, 3),
            "fact_recall_loose": round(self.fact_recall_loose, 3),
            "claims_exported": self.claims_exported,
            "grounded": round(self.grounded, 3),
            "incidents": sum(i.found for i in self.incidents),
            "incidents_total": len(self.incidents),
            "events_merged_wrongly": len(self.merged_wrongly),
            "tolls": hits(self.tolls),
            "tolls_total": len(self.tolls),
            "verdicts": hits(self.verdicts),
            "verdicts_total": len(self.verdicts),
            "verdicts_unscored": self.verdicts_unscored,
            "questions": hits(self.questions),
            "questions_total": len(self.questions),
        }

    def overview(self) -> list[tuple[str, str, str]]:
        """(section, score, what counts) rows for the summary table."""
        s = self.summary()
        facts, loose = s["facts"], s["facts_loose"]
        verdict_note = f"{self.verdicts_unscored} gold items have no exported verdict"
        rows = [
            ("facts", _rate(facts, len(self.facts)), "mapped predicate, subject, quote, object"),
            ("facts (loose)", _rate(loose, len(self.facts)), "any predicate"),
            ("grounded claims", _rate(self.claims_grounded, self.claims_exported),
             "evidence overlaps a gold fact quote"),
            ("incidents", _rate(s["incidents"], len(self.incidents)),
             "one event holds every mention"),
            ("merged wrongly", str(len(self.merged_wrongly)),
             "exported events holding 2+ gold incidents"),
            ("tolls", _rate(s["tolls"], len(self.tolls)), "killed/wounded minimum per source"),
            ("verdicts", _rate(s["verdicts"], len(self.verdicts)), verdict_note),
        ]  # fmt: skip
        if self.questions:
            rows.append(
                ("questions", _rate(s["questions"], len(self.questions)), "includes, cites, flags")
            )
        return rows

    def problem_lines(self, misses: bool) -> list[str]:
        """Documents that failed to ingest, then (with ``misses``) one line per miss."""
        lines = [f"not ingested: {failure}" for failure in self.failed_documents]
        if not misses:
            return lines
        for fact in self.facts:
            if fact.strict < 1:
                said = f" (claims say: {', '.join(fact.predicates)})" if fact.predicates else ""
                lacks = (
                    f" lacks {', '.join(fact.missing)}" if fact.missing and fact.predicates else ""
                )
                lines.append(f"fact {fact.id} {fact.predicate}: {fact.quote[:90]!r}{lacks}{said}")
        for incident in self.incidents:
            if not incident.found:
                lines.append(
                    f"incident {incident.id} {incident.name}: at most {incident.best_cover}"
                    f"/{incident.mentions} mentions in one event"
                )
        for event_id, incidents in self.merged_wrongly.items():
            lines.append(f"merged wrongly: {event_id} holds {', '.join(incidents)}")
        for toll in self.tolls:
            if not toll.hit:
                expected = " or ".join(f"{x:g}" for x in toll.expected)
                got = ", ".join(f"{x:g}" for x in toll.got) or "nothing"
                where = f"{toll.event} {toll.document} {toll.field}"
                lines.append(f"toll {where}: expected {expected}, got {got}")
        for verdict in self.verdicts:
            if not verdict.hit:
                lines.append(
                    f"verdict {verdict.id} ({verdict.expected}): {'; '.join(verdict.problems)}"
                )
        for question in self.questions:
            if not question.hit:
                gaps = [
                    *(f"lacks {text!r}" for text in question.missing),
                    *(f"does not cite {gold_id}" for gold_id in question.uncited),
                    *([f"not flagged (said {question.verdict})"] if question.wrong_flag else []),
                    *(["answers the unanswerable"] if question.asserted else []),
                ]
                lines.append(f"question {question.question!r}: {'; '.join(gaps)}")
        return lines


def _rate(hits: float, total: int) -> str:
    return f"{hits:g}/{total} = {hits / total:.3f}" if total else "0/0"


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 0.0


# --- scoring an export --------------------------------------------------------------------


def score_export(
    export: Mapping[str, Any],
    gold_data: Mapping[str, Any],
    predicate_map: PredicateMap | None = None,
    tellings: Mapping[str, JSON] | None = None,
) -> NewsReport:
    """Score a JSON export against the gold; ``tellings`` maps the id of each document's
    own event (a merged event's ``reports``) to {document_id, killed, wounded}, for tolls
    that the merged figure hides."""
    view, gold = ExportView(export), Gold(gold_data)
    mapping = predicate_map or load_predicate_map()
    facts = [_score_fact(fact, gold, view, mapping) for fact in gold.facts]
    incidents, touched = _score_incidents(gold, view)
    merged_wrongly = {event_id: sorted(ids) for event_id, ids in touched.items() if len(ids) > 1}
    tolls = _score_tolls(gold, view, tellings or {})
    verdicts, unscored = _score_verdicts(gold, view, mapping, facts, incidents, touched)
    return NewsReport(
        documents=len(view.document_ids),
        claims_exported=len(view.claims),
        claims_grounded=_grounded(gold, view),
        facts=facts,
        incidents=incidents,
        merged_wrongly=merged_wrongly,
        tolls=tolls,
        verdicts=verdicts,
        verdicts_unscored=unscored,
    )


def _score_fact(fact: JSON, gold: Gold, view: ExportView, mapping: PredicateMap) -> FactResult:
    document = gold.document(fact["doc"])
    subject = gold.names(fact["subject"])
    about = [
        claim
        for claim in view.claims_by_document.get(document, [])
        if view.names(claim.get("subject")) & subject
        and evidence_overlaps(claim.get("evidence") or [], document, fact["quote"])
    ]
    wanted = mapping.dossier_predicates(fact["predicate"])
    mapped = [claim for claim in about if claim["predicate"] in wanted]
    strict, missing = _object_share(fact, mapped, gold, view)
    loose, _ = _object_share(fact, about, gold, view)
    role = mapping.event_fields.get(fact["predicate"])
    if strict < 1 and role and _event_states(fact, role, document, subject, view):
        strict, loose, missing = 1.0, 1.0, []
    return FactResult(
        id=fact["id"],
        predicate=fact["predicate"],
        document=document,
        quote=fact["quote"],
        strict=strict,
        loose=max(loose, strict),
        claims=[claim["id"] for claim in mapped],
        predicates=sorted({claim["predicate"] for claim in about}),
        missing=missing,
    )


def _object_share(
    fact: JSON, claims: list[JSON], gold: Gold, view: ExportView
) -> tuple[float, list[str]]:
    """The share of the fact's objects (or its value) that some claim states, and the
    objects none does. A gold event id as object is stated by the quote itself."""
    if not claims:
        return 0.0, [str(o) for o in _objects(fact)]
    objects = [o for o in _objects(fact) if str(o) not in gold.event_ids]
    if not objects:
        if "object" not in fact and fact.get("value") is not None:
            found = any(value_matches(fact["value"], claim, view) for claim in claims)
            return float(found), [] if found else [_describe(fact["value"])]
        return 1.0, []
    missing = [
        str(item)
        for item in objects
        if not any(_object_matches(item, claim, gold, view) for claim in claims)
    ]
    return 1 - len(missing) / len(objects), missing


def _objects(fact: JSON) -> list[object]:
    item = fact.get("object")
    if item is None:
        return []
    return list(item) if isinstance(item, list) else [item]


def _object_matches(item: object, claim: JSON, gold: Gold, view: ExportView) -> bool:
    want = gold.names(item)
    if view.names(claim.get("object")) & want:
        return True
    # free-text objects ("civilians", "Shia pilgrims") against a text value
    value = claim.get("value") or {}
    text = value.get("text") if isinstance(value.get("text"), str) else None
    if text is None:
        return False
    have = norm(text)
    return have in want or any(
        min(len(w), len(have)) >= 4 and (w in have or have in w) for w in want
    )


def _describe(value: object) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)


def _event_states(
    fact: JSON, role: str, document: str, subject: set[str], view: ExportView
) -> bool:
    return any(
        view.names(event.get(role) or []) & subject
        and evidence_overlaps(event.get("evidence") or [], document, fact["quote"])
        for event in view.events
    )


def _grounded(gold: Gold, view: ExportView) -> int:
    quotes: dict[str, list[str]] = defaultdict(list)
    for fact in gold.facts:
        quotes[gold.document(fact["doc"])].append(fact["quote"])
    return sum(
        any(
            quote_overlaps(item.get("quote") or "", quote)
            for item in claim.get("evidence") or []
            for quote in quotes.get(item.get("document_id") or "", [])
        )
        for claim in view.claims
    )


def _score_incidents(
    gold: Gold, view: ExportView
) -> tuple[list[IncidentResult], dict[str, set[str]]]:
    """Each gold incident against the exported events; also, per exported event, the gold
    incidents it holds a mention of."""
    touched: dict[str, set[str]] = defaultdict(set)
    results = []
    for incident in gold.events:
        mentions = [(gold.document(m["doc"]), m["quote"]) for m in incident.get("mentions") or []]
        covers: dict[str, int] = {}
        for event in view.events:
            evidence = event.get("evidence") or []
            cover = sum(evidence_overlaps(evidence, doc, quote) for doc, quote in mentions)
            if cover:
                covers[event["id"]] = cover
                touched[event["id"]].add(incident["id"])
        best = max(covers.values(), default=0)
        results.append(
            IncidentResult(
                id=incident["id"],
                name=str(incident.get("name") or ""),
                mentions=len(mentions),
                found=bool(mentions) and best == len(mentions),
                best_cover=best,
                events=sorted(covers),
            )
        )
    return results, touched


def _score_tolls(gold: Gold, view: ExportView, tellings: Mapping[str, JSON]) -> list[TollResult]:
    results = []
    for incident in gold.events:
        for name in ("killed", "wounded"):
            expected: dict[str, set[float]] = defaultdict(set)
            for entry in (incident.get(name) or {}).get("by_source") or []:
                figure = entry.get("min", entry.get("value"))
                if isinstance(figure, int | float):
                    expected[gold.document(entry["doc"])].add(float(figure))
            for document, figures in expected.items():
                got = _tolls_found(incident, document, name, gold, view, tellings)
                results.append(
                    TollResult(
                        incident["id"],
                        document,
                        name,
                        sorted(figures),
                        got,
                        bool(figures & set(got)),
                    )
                )
    return results


def _tolls_found(
    incident: JSON,
    document: str,
    name: str,
    gold: Gold,
    view: ExportView,
    tellings: Mapping[str, JSON],
) -> list[float]:
    """The minimums of the events found for this incident in this document: the merged
    figure, and this document's own telling's figure."""
    quotes = [
        m["quote"] for m in incident.get("mentions") or [] if gold.document(m["doc"]) == document
    ]
    quotes += [
        entry["quote"]
        for entry in (incident.get(name) or {}).get("by_source") or []
        if gold.document(entry["doc"]) == document and entry.get("quote")
    ]
    got: list[float] = []
    for event in view.events:
        if not any(evidence_overlaps(event.get("evidence") or [], document, q) for q in quotes):
            continue
        got += _minimum(event.get(name))
        for report in event.get("reports") or []:
            telling = tellings.get(report)
            if telling and telling.get("document_id") == document:
                got += _minimum(telling.get(name))
    return sorted(set(got))


def _minimum(count: object) -> list[float]:
    if isinstance(count, Mapping) and isinstance(count.get("min"), int | float):
        return [float(count["min"])]
    return []


# what each gold reconcile verdict means in Dossier's verdicts (single-source never agrees:
# the gold items list two or more articles)
_AGREES = {
    "corroborated": {"corroborated"},
    "conflicting": {"conflicting"},
    "compatible": {"corroborated"},  # different details that do not contradict each other
}


def _score_verdicts(
    gold: Gold,
    view: ExportView,
    mapping: PredicateMap,
    facts: list[FactResult],
    incidents: list[IncidentResult],
    touched: Mapping[str, set[str]],
) -> tuple[list[VerdictResult], int]:
    """Claim verdicts for (subject, predicate) items, event verdicts for whole incidents,
    and 'distinct' incident pairs; items on an event's field have no exported verdict."""
    claims_of = {fact.id: set(fact.claims) for fact in facts}
    found = {incident.id: incident for incident in incidents}
    results: list[VerdictResult] = []
    unscored = 0
    for item in gold.data.get("reconcile") or []:
        expected = str(item["verdict"])
        if "events" in item:
            pair = set(item["events"])
            merged = [e for e, ids in touched.items() if len(pair & ids) > 1]
            problems = [f"{e} holds {', '.join(sorted(pair))}" for e in merged]
            results.append(
                VerdictResult(" / ".join(item["events"]), expected, None, not merged, problems)
            )
        elif "event" in item and "field" not in item:
            results.append(_event_verdict(item, found, view))
        elif "predicate" in item and "event" not in item:
            results.append(_claim_verdict(item, gold, view, mapping, claims_of))
        else:
            unscored += 1
    return results, unscored


def _event_verdict(
    item: JSON, found: Mapping[str, IncidentResult], view: ExportView
) -> VerdictResult:
    incident = found.get(item["event"])
    expected = str(item["verdict"])
    if incident is None or not incident.found:
        return VerdictResult(
            item["event"], expected, None, False, ["the incident is not one event"]
        )
    verdicts = {e["id"]: e.get("verdict") for e in view.events}
    got = next(
        (verdicts[e] for e in incident.events if verdicts.get(e) in _AGREES.get(expected, ())),
        verdicts.get(incident.events[0]) if incident.events else None,
    )
    hit = got in _AGREES.get(expected, {expected})
    return VerdictResult(item["event"], expected, got, hit, [] if hit else [f"got {got}"])


def _claim_verdict(
    item: JSON,
    gold: Gold,
    view: ExportView,
    mapping: PredicateMap,
    claims_of: Mapping[str, set[str]],
) -> VerdictResult:
    name = f"{item['subject']} {item['predicate']}" + (
        f" {item['object']}" if item.get("object") else ""
    )
    expected = str(item["verdict"])
    fact_ids = [str(f) for f in item.get("facts") or []]
    stated = set().union(*(claims_of.get(f, set()) for f in fact_ids)) if fact_ids else set()
    subject = gold.names(item["subject"])
    predicates = mapping.dossier_predicates(item["predicate"])
    candidates = [
        verdict
        for verdict in view.verdicts
        if verdict["predicate"] in predicates
        and view.names(verdict.get("subject")) & subject
        and stated & set(verdict.get("claims") or [])
    ]
    if not candidates:
        problem = "no verdict holds its facts" if stated else "its facts were not extracted"
        return VerdictResult(name, expected, None, False, [problem])
    best = max(candidates, key=lambda v: len(stated & set(v.get("claims") or [])))
    held = set(best.get("claims") or [])
    problems = [
        f"fact {f} is not in the verdict" for f in fact_ids if not claims_of.get(f, set()) & held
    ]
    got = best.get("verdict")
    if got not in _AGREES.get(expected, {expected}):
        problems.append(f"expected {expected}, got {got}")
    return VerdictResult(name, expected, got, not problems, problems)


# --- questions ----------------------------------------------------------------------------


def score_questions(kb: KnowledgeBase, gold_data: Mapping[str, Any]) -> list[QuestionResult]:
    """Ask every gold question of the knowledge base and score the answer."""
    from dossier import Answerer  # the answerer loads the embedding model: only when asked

    gold = Gold(gold_data)
    answerer = Answerer(kb)
    results = []
    for item in gold.data.get("questions") or []:
        answer = answerer.ask(item["q"])
        text = answer.answer.casefold()
        missing = [s for s in item.get("must_include") or [] if str(s).casefold() not in text]
        uncited = [
            gold_id
            for gold_id in item.get("cite") or []
            if not any(
                citation.document_id == document and quote_overlaps(citation.quote, quote)
                for citation in answer.citations
                for document, quote in gold.quotes(str(gold_id))
            )
        ]
        flag = item.get("must_flag")
        wrong_flag = flag is not None and answer.verdict != flag
        # a claim-backed answer asserts something; closest passages alone do not
        asserted = bool(item.get("unanswerable")) and bool(answer.claims)
        hit = not (missing or uncited or wrong_flag or asserted)
        results.append(
            QuestionResult(
                item["q"],
                hit,
                answer.answer,
                answer.verdict,
                missing,
                uncited,
                wrong_flag,
                asserted,
            )
        )
    return results


# --- the whole run ------------------------------------------------------------------------


def read_corpus(directory: Path) -> tuple[dict[str, Any], list[NewsDoc]]:
    """The gold file and every article it names, from DIR/gold.yaml and DIR/docs/."""
    gold = load_gold(directory / "gold.yaml")
    docs = []
    for name in gold["docs"].values():
        path = directory / "docs" / str(name)
        if not path.exists():
            raise InputError(str(path), "is missing: the gold file names it")
        docs.append(read_news_doc(path))
    return gold, docs


def write_jsonl(docs: Iterable[NewsDoc], path: Path) -> Path:
    """The articles as one JSON Lines file, the input `ingest` reads with ids and dates."""
    with path.open("w", encoding="utf-8") as stream:
        for doc in docs:
            stream.write(json.dumps(doc.record(), ensure_ascii=False) + "\n")
    return path


def event_tellings(kb: KnowledgeBase) -> dict[str, JSON]:
    """Each document's own telling of an event: id -> {document_id, killed, wounded} (the
    export shows only merged events; a merged toll may differ from what one article says)."""
    tellings = {}
    for event in kb.events():
        tellings[event.id] = {
            "document_id": event.document_id,
            "killed": {"min": event.killed.min} if event.killed else None,
            "wounded": {"min": event.wounded.min} if event.wounded else None,
        }
    return tellings


@contextmanager
def _knowledge_base(db: Path | None) -> Iterator[KnowledgeBase]:
    from dossier import KnowledgeBase

    if db is not None:
        with KnowledgeBase(str(db)) as kb:
            yield kb
        return
    with tempfile.TemporaryDirectory() as scratch, KnowledgeBase(Path(scratch) / "eval.db") as kb:
        yield kb


def evaluate_news(
    directory: Path,
    *,
    db: Path | None = None,
    questions: bool = False,
    save_export: Path | None = None,
    predicate_map: PredicateMap | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> NewsReport:
    """Ingest DIR's articles (into ``db``, or a fresh temporary knowledge base), export
    JSON and score it against DIR/gold.yaml; ``questions`` also asks every gold question."""
    from dossier import ingest
    from dossier.render.json_export import export_json

    gold, docs = read_corpus(directory)
    with tempfile.TemporaryDirectory() as scratch, _knowledge_base(db) as kb:
        ingested = ingest(
            kb, [write_jsonl(docs, Path(scratch) / "news.jsonl")], on_progress=on_progress
        )
        export = export_json(kb)
        if save_export is not None:
            save_export.write_text(json.dumps(export, ensure_ascii=False, default=str), "utf-8")
        report = score_export(export, gold, predicate_map, event_tellings(kb))
        report.failed_documents = [str(error) for error in ingested.failed]
        if questions:
            report.questions = score_questions(kb, gold)
    return report
