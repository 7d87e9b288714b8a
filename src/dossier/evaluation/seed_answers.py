"""Score the gold file's `reconcile` verdicts and `questions` on a seeds knowledge base.

A gold verdict holds when the (subject, predicate) verdict has the expected
kind and its evidence takes in the quote of every gold fact it lists; a gold event
verdict when every telling of the event is one merged event with that verdict.
A gold question holds when the answer contains every `must_include` string,
carries the expected flag, and cites every listed fact (or event) quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dossier.answer.answers import Answer, Answerer, Citation
from dossier.errors import NotFoundError
from dossier.model import Evidence
from dossier.reconcile.events import merged_events
from dossier.reconcile.values import describe_value
from dossier.reconcile.verdicts import Reconciler
from dossier.resolve.refresh import find_entity
from dossier.store import KnowledgeBase

if TYPE_CHECKING:
    from dossier.evaluation.seeds import EventResult, Gold

Span = tuple[str, int, int]  # document id, start, end


@dataclass(slots=True)
class VerdictResult:
    id: str  # "ISIS-K founded" or an event id
    expected: str
    got: str | None
    hit: bool
    best_estimate: str | None = None
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class QuestionResult:
    question: str
    hit: bool
    answer: str
    verdict: str | None
    missing: list[str] = field(default_factory=list)  # must_include strings not in the answer
    uncited: list[str] = field(default_factory=list)  # gold ids whose quote is not cited


def score_verdicts(kb: KnowledgeBase, gold: Gold, events: list[EventResult]) -> list[VerdictResult]:
    reconciler = Reconciler(kb)
    spans = _gold_spans(gold)
    results = []
    for item in gold.data.get("reconcile") or []:
        if "event" in item:
            results.append(_score_event_verdict(kb, item, events))
            continue
        name = f"{item['subject']} {item['predicate']}"
        try:
            subject = find_entity(kb, str(item["subject"]))
        except NotFoundError as error:
            results.append(VerdictResult(name, item["verdict"], None, False, problems=[str(error)]))
            continue
        verdicts = reconciler.verdicts(subject.id, item["predicate"])
        if not verdicts:
            results.append(
                VerdictResult(name, item["verdict"], None, False, problems=["no claims"])
            )
            continue
        verdict = verdicts[0]
        evidence = [claim.evidence for claim in verdict.claims]
        problems = [
            f"fact {fact_id}: its quote is not among the verdict's evidence"
            for fact_id in item.get("facts") or []
            if not any(_overlaps(e, span) for e in evidence for span in spans.get(fact_id, []))
        ]
        if verdict.verdict != item["verdict"]:
            problems.append(f"verdict: expected {item['verdict']}, got {verdict.verdict}")
        best = verdict.best_estimate
        estimate = _entity_name(kb, best) if isinstance(best, str) else describe_value(best)
        results.append(
            VerdictResult(name, item["verdict"], verdict.verdict, not problems, estimate, problems)
        )
    return results


def _entity_name(kb: KnowledgeBase, entity_id: str) -> str:
    found = kb.entities([entity_id])
    return found[0].name if found else entity_id


def _score_event_verdict(
    kb: KnowledgeBase, item: dict[str, Any], events: list[EventResult]
) -> VerdictResult:
    wanted = next((event for event in events if event.id == item["event"]), None)
    tellings = set(wanted.events) if wanted else set()
    merged = [event for event in merged_events(kb) if tellings & set(event.reports)]
    problems = []
    if not tellings:
        problems.append("the event was not extracted")
    elif len(merged) != 1:
        problems.append(f"told as {len(merged)} separate events")
    got = merged[0].verdict if len(merged) == 1 else None
    if got is not None and got != item["verdict"]:
        problems.append(f"verdict: expected {item['verdict']}, got {got}")
    return VerdictResult(item["event"], item["verdict"], got, not problems, problems=problems)


def score_questions(kb: KnowledgeBase, gold: Gold) -> list[QuestionResult]:
    answerer = Answerer(kb)
    spans = _gold_spans(gold)
    results = []
    for item in gold.data.get("questions") or []:
        answer = answerer.ask(item["q"])
        missing = [text for text in item.get("must_include") or [] if text not in answer.answer]
        uncited = [
            gold_id
            for gold_id in item.get("cite") or []
            if not any(_cited(answer, span) for span in spans.get(gold_id, []))
        ]
        flag = item.get("must_flag")
        wrong_flag = flag is not None and answer.verdict != flag
        hit = not missing and not uncited and not wrong_flag
        results.append(
            QuestionResult(item["q"], hit, answer.answer, answer.verdict, missing, uncited)
        )
    return results


def _gold_spans(gold: Gold) -> dict[str, list[Span]]:
    """Each gold fact or event id -> the spans of its quotes."""
    spans: dict[str, list[Span]] = {}
    for fact in gold.data["facts"]:
        spans[fact["id"]] = [gold.quote_span(fact["doc"], fact["quote"])]
    for event in gold.data.get("events") or []:
        spans[event["id"]] = [
            gold.quote_span(mention["doc"], mention["quote"])
            for mention in event.get("mentions") or []
        ]
    return spans


def _cited(answer: Answer, span: Span) -> bool:
    return any(_overlaps(citation, span) for citation in answer.citations)


def _overlaps(quoted: Evidence | Citation, span: Span) -> bool:
    document_id, start, end = span
    return quoted.document_id == document_id and quoted.start < end and start < quoted.end
