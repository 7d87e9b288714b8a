"""The explainer: the questions a reader asks about an entity, answered with citations."""

from __future__ import annotations

from dossier.answer.answers import Answer, Answerer
from dossier.answer.questions import parse_question
from dossier.resolve.refresh import find_entity
from dossier.store import KnowledgeBase

# Asked in this order when the knowledge base has claims for them.
EXPLAINED = (
    "affiliate_of", "founded", "formed_from", "named_after", "leader_of", "based_in",
    "operates_in", "member_count", "funded_by", "trained_by", "targets", "attack_count",
)  # fmt: skip


def explain(kb: KnowledgeBase, name: str) -> list[Answer]:
    """Who, where, how many, funded by, relations: each question the sources can answer."""
    answerer = Answerer(kb)
    entity = find_entity(kb, name)
    answers = [answerer.ask(f"Who are {entity.name}?")]
    for predicate in EXPLAINED:
        spec = answerer.ontology.predicates.get(predicate)
        if spec is None or not spec.questions or not answerer.verdicts_for(entity, predicate):
            continue
        question = _question_for(answerer, predicate, entity.name)
        if question is not None:
            answers.append(answerer.ask(question))
    others: list[str] = []
    for predicate in ("hostile_to", "ally_of", "connected_via"):
        for verdict in answerer.reconciler.verdicts(entity.id, predicate):
            others += [answerer.name(p.object_id) for p in verdict.positions if p.object_id]
    for other in dict.fromkeys(others):
        answers.append(answerer.ask(f"Are {entity.name} friends with {other}?"))
    return answers


def _question_for(answerer: Answerer, predicate: str, name: str) -> str | None:
    """The first of the predicate's question forms that reads back as that predicate."""
    for form in answerer.ontology.predicates[predicate].questions:
        if "{letter}" in form:
            continue
        text = form.replace("{subject}", name)
        question = text[:1].upper() + text[1:] + "?"
        if parse_question(question, answerer.ontology).predicate == predicate:
            return question
    return None
