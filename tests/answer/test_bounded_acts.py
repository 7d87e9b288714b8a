"""A question about a group's acts merges only the clusters that can come first, and
answers as when every event of the knowledge base is merged; offices naming a group are
read by its name's words, and give what reading every office gives. From made-up
articles written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from spacy.language import Language

from dossier.answer import answers
from dossier.answer.answers import Answerer
from dossier.model import Claim, EntityRef, Evidence
from dossier.read.documents import make_document
from dossier.read.fingerprint import NearDuplicates
from dossier.resolve.refresh import refresh
from dossier.store import KnowledgeBase
from tests.corpus import answering
from tests.store.test_knowledge_base import annotated

TOWNS = ("Dorvan", "Kelmi", "Brasko", "Ulvet", "Fennick", "Oradel", "Vashti", "Corrin", "Lysse")


def _raid(number: int, town: str) -> dict[str, object]:
    year = 2020 - number  # written newest first: the order read is not the order told
    return {
        "id": f"hawk-{number}",
        "source": f"Paper {number % 3}",
        "title": f"Police post attacked in {town}",
        "published_at": f"{year}-05-20",
        "text": (
            f"Fighters of the Copper Hawks Front attacked a police post in {town} on "
            f"{3 + number} May {year}, killing {number + 2} officers, officials said. "
            "The Copper Hawks Front claimed the attack."
        ),
    }


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Answerer]:
    articles = [_raid(number, town) for number, town in enumerate(TOWNS)]
    with answering(tmp_path_factory.mktemp("hawks"), *articles) as answerer:
        yield answerer


def test_a_groups_first_acts_are_listed_as_when_every_event_is_merged(
    folder: Answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(answers, "ACTS_BATCH", 2)  # several rounds of reading clusters
    question = "What attacks did the Copper Hawks Front carry out?"
    bounded = Answerer(folder.kb).ask(question)
    everything = Answerer(folder.kb)
    assert everything.events  # every event merged: acts are picked among them
    assert bounded.answer == everything.ask(question).answer
    listed = bounded.answer.split(" The sources also say")[0]
    # nine incidents, the eight earliest listed in date order: 2012 to 2019, not 2020
    years = [str(year) for year in range(2012, 2020)]
    assert [year for year in years if year in listed] == years
    assert all(listed.index(a) < listed.index(b) for a, b in pairwise(years))
    assert "2020" not in listed


def test_acts_in_a_time_asked_are_read_as_when_every_event_is_merged(folder: Answerer) -> None:
    question = "What did the Copper Hawks Front do in 2016?"
    bounded = Answerer(folder.kb).ask(question)
    everything = Answerer(folder.kb)
    assert everything.events
    assert bounded.answer == everything.ask(question).answer
    assert "2016" in bounded.answer and "2015" not in bounded.answer


def test_offices_naming_a_group_are_those_reading_every_office_finds(tmp_path: Path) -> None:
    """Offices written by hand (extraction decides elsewhere which appositions are
    offices): the group's name in any case, in a longer office, or not at all."""
    text = "Ilse Varda and Tomas Greil spoke on Monday about the Copper Hawks Front."
    item = annotated(make_document(text, origin="chiefs", id="chiefs"))
    evidence = Evidence("chiefs", 0, 0, len(text), text)
    group = EntityRef("organization", "Copper Hawks Front")
    varda, greil = EntityRef("person", "Ilse Varda"), EntityRef("person", "Tomas Greil")
    item.claims = [
        Claim(varda, "holds_office", evidence, value="chief of the COPPER HAWKS FRONT"),
        Claim(greil, "holds_office", evidence, value="mayor of Kelmi"),
        Claim(greil, "holds_office", evidence, value="leader of the Copper Hawks Fronts"),
        Claim(greil, "member_of", evidence, object=group),
    ]
    with KnowledgeBase(str(tmp_path / "kb.db")) as kb:
        kb.write_documents([item], same_story=NearDuplicates())
        refresh(kb)
        bounded = Answerer(kb)
        spec = bounded.ontology.predicates["leader_of"]
        hawks = bounded.entity_named("Copper Hawks Front")
        found = bounded.offices_naming(hawks, spec)
        assert "_office_words" not in bounded.__dict__  # read by the name's words, in SQL
        assert [claim.value for claim in found] == ["chief of the COPPER HAWKS FRONT"]
        everything = Answerer(kb)
        assert len(everything._office_words) == 3  # every office read, as before
        assert everything.offices_naming(hawks, spec) == found
