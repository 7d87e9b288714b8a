"""Support sentences in a large knowledge base: past MAX_RANKED sentences holding any word
asked, only those naming the entity and holding a word asked are ranked, so a question
costs what they number, not what its commonest word matches."""

from __future__ import annotations

import pytest

from dossier.answer import answers
from dossier.answer.answers import Answerer
from dossier.store import KnowledgeBase
from tests.store.test_knowledge_base import store

STORY = (
    "The Corvan Front leads the northern alliance of hill clans. "
    "Rain fell on the harbour for most of the week. "
    "The Corvan Front held a rally in the market square. "
    "A retired judge leads the new city council."
)


def test_past_max_ranked_only_sentences_naming_and_asking_are_ranked(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    store(kb, STORY, id="corvan")
    answerer = Answerer(kb)
    every = {hit.text for hit in answerer._candidates(["Corvan Front"], ["leads"])}
    assert len(every) == 3  # naming it, or holding the word asked
    monkeypatch.setattr(answers, "MAX_RANKED", 2)
    bounded = {hit.text for hit in answerer._candidates(["Corvan Front"], ["leads"])}
    assert bounded == {"The Corvan Front leads the northern alliance of hill clans."}
