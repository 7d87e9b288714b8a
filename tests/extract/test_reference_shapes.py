"""Who 'the station' and 'the company' are: a definite noun for a kind of body resolved
to the body the text described as one, never a guess between two. Invented names."""

from __future__ import annotations

from spacy.language import Language

from dossier.extract.context import DocContext
from dossier.knowledge.ontology import load_ontology
from tests.extract.conftest import Annotate, pairs


def _meant(nlp: Language, text: str, noun: str) -> str | None:
    """The organisation the last 'the <noun>' of the text resolves to."""
    doc = nlp(text)
    context = DocContext.build(doc, load_ontology(), None)
    token = [t for t in doc if t.lower_ == noun][-1]
    ref = context.resolve_reference(token)
    return ref.name if ref is not None else None


def test_the_station_is_the_station_the_page_is_about(annotate: Annotate) -> None:
    claims = annotate(
        "Radio Vela is a Finnish radio station. "
        "The station was launched in 1994 by the Vela Broadcasting Company."
    ).claims
    assert ("Radio Vela", "Vela Broadcasting Company") in pairs(claims, "founded_by")


def test_the_company_is_the_body_set_beside_a_name_as_one(annotate: Annotate) -> None:
    claims = annotate(
        "Ivan Holm is a Danish businessman. In 1985 he founded Nordlys Freight, a ferry "
        "company. The company is owned by the Baltic Shipping Group."
    ).claims
    assert ("Nordlys Freight", "Baltic Shipping Group") in pairs(claims, "affiliate_of")


def test_a_modified_kind_noun_is_another_body(nlp: Language) -> None:
    text = (
        "Radio Vela is a Finnish radio station. "
        "The new station was launched in 1994 by the Vela Broadcasting Company."
    )
    assert _meant(nlp, text, "station") is None


def test_two_bodies_of_the_kind_leave_the_noun_unresolved(nlp: Language) -> None:
    text = (
        "Ivan Holm is a Danish businessman. He owned Nordlys Freight, a ferry company. "
        "His brother ran Baltic Lines, a shipping company. The company went bankrupt in 2003."
    )
    assert _meant(nlp, text, "company") is None


def test_the_page_body_wins_over_another_of_its_kind(nlp: Language) -> None:
    text = (
        "Nordlys Freight is a Danish ferry company. It works with Baltic Lines, a shipping "
        "company. The company went bankrupt in 2003."
    )
    assert _meant(nlp, text, "company") == "Nordlys Freight"


def test_a_kind_noun_nothing_was_said_to_be_stays_unresolved(nlp: Language) -> None:
    text = "Police raided the offices of a firm in Lagos. The company denied the charges."
    assert _meant(nlp, text, "company") is None


def test_the_army_is_not_a_body_named_army(nlp: Language) -> None:
    text = (
        "The Free Valley Army is a rebel group in the north. "
        "The army said it had killed ten rebels."
    )
    assert _meant(nlp, text, "army") != "Free Valley Army"
