"""A claim of responsibility beside another group's blame is told as both, and flagged;
a question may name a group by initials no article defines (fresh made-up articles)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from dossier.answer.answers import Answerer
from tests.corpus import answering

GAZETTE: dict[str, object] = {
    "id": "gazette-1",
    "source": "Valley Gazette",
    "title": "Chapel bombing in Beni",
    "date": "2021-06-28",
    "text": (
        "A bomb exploded during a Sunday service at a chapel in Beni, Democratic Republic "
        "of the Congo, on June 27, 2021, killing 4 people. An army officer said the bombing "
        "was probably carried out by the Lakeside Rebel Alliance, which has "
        "pledged allegiance to the Crescent Caliphate."
    ),
}
WIRE: dict[str, object] = {
    "id": "wire-2",
    "source": "Equator Wire",
    "title": "Caliphate claims Beni chapel bombing",
    "date": "2021-06-28",
    "text": (
        "The Crescent Caliphate claimed responsibility for the bombing of a chapel in Beni, "
        "Democratic Republic of the Congo, on June 27, 2021, which killed 4 people."
    ),
}
RANGERS: dict[str, object] = {
    "id": "rangers-3",
    "source": "Savanna Post",
    "title": "Rebels raid park",
    "date": "2019-03-04",
    "text": (
        "Fighters of the Northern Savanna Liberation Army raided a ranger post in the "
        "Kedi National Park, Uganda, on March 3, 2019, killing 2 rangers."
    ),
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Answerer]:
    with answering(tmp_path_factory.mktemp("beni"), GAZETTE, WIRE, RANGERS) as answerer:
        yield answerer


def test_a_claim_beside_another_groups_blame_names_both_and_is_flagged(
    answerer: Answerer,
) -> None:
    answer = answerer.ask("Who was behind the Beni chapel bombing?")
    assert "claimed by Crescent Caliphate" in answer.answer
    assert "attributed to Lakeside Rebel Alliance" in answer.answer
    assert answer.verdict == "conflicting"


def test_initials_no_article_defines_name_the_one_group_they_spell(answerer: Answerer) -> None:
    [named] = answerer.entities_in("What did the NSLA's fighters raid in 2019?")
    assert named.name == "Northern Savanna Liberation Army"
    assert answerer.entities_in("What did the XQZ do?") == []
