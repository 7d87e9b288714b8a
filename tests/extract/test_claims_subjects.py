"""Whose fact a claim is when a sentence names several entities: relative clauses,
appositions, raising verbs, 'the group' under another's clause. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from dossier.annotate.pipeline import annotate_documents
from dossier.model import Claim
from dossier.read.documents import make_document


def _claims(nlp: Language, text: str, title: str | None = None) -> list[Claim]:
    document = make_document(text, origin="test", title=title)
    [annotated] = annotate_documents(nlp, [document])
    return annotated.claims


def _about(claims: list[Claim], predicate: str) -> set[str]:
    return {claim.subject.name for claim in claims if claim.predicate == predicate}


def test_a_relative_clause_on_an_apposition_belongs_to_the_name_before_it(
    nlp: Language,
) -> None:
    claims = _claims(
        nlp,
        "Investigators suspect that the Kessa Front might be a local front for the "
        "Northern Liberation Army, a movement which is known to operate across much of "
        "Chad and Niger.",
    )
    assert _about(claims, "operates_in") == {"Northern Liberation Army"}
    operating = [claim for claim in claims if claim.predicate == "operates_in"]
    assert not any(claim.hedged for claim in operating)  # 'might' hedges the main clause only


def test_a_raised_subject_of_a_relative_clause_is_its_antecedent(nlp: Language) -> None:
    claims = _claims(
        nlp,
        "The Harbour Police Authority said the bombing was claimed by the Crimson Hand "
        "Movement, which is thought to have been founded in 2014.",
    )
    founded = [claim for claim in claims if claim.predicate == "founded"]
    assert {claim.subject.name for claim in founded} == {"Crimson Hand Movement"}
    assert all(claim.hedged for claim in founded)


def test_the_group_is_not_the_one_named_by_the_clause_that_reports_it(nlp: Language) -> None:
    claims = _claims(
        nlp,
        "The Azure Lions Brigade is an armed group active in northern Mali. "
        "A new Europol report estimates the group has about 4,000 fighters.",
    )
    assert _about(claims, "member_count") == {"Azure Lions Brigade"}


def test_the_first_part_of_a_hyphenated_name_stands_for_the_name(nlp: Language) -> None:
    claims = _claims(
        nlp,
        "The militant group Harakat-ul-Zarqa claimed responsibility for the bombing. "
        "The Harakat is considered one of the deadliest militant groups in the region, "
        "the police officer said.",
    )
    assert _about(claims, "ranked") == {"Harakat-ul-Zarqa"}


def test_a_relative_clause_on_a_common_noun_in_apposition_is_the_names(nlp: Language) -> None:
    claims = _claims(
        nlp,
        "The Harbor Hawks are an amateur rugby team. The team is often confused with the "
        "Valley Falcons, a rival club, which was founded in 1948.",
    )
    assert _about(claims, "founded") == {"Valley Falcons"}


def test_a_name_in_apposition_is_the_phrases_subject_not_its_possessor(nlp: Language) -> None:
    claims = _claims(
        nlp,
        "The Red Dawn Front's earliest form, the Valley Liberation Movement (VLM), was "
        "formed in 2011 as an offshoot of the Northern Brotherhood.",
    )
    assert _about(claims, "founded") == {"Valley Liberation Movement"}
