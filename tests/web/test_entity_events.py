"""An entity page reads only its entity's events: the same page as from every event
merged, without merging every event (on both backends)."""

from __future__ import annotations

from dossier.store import KnowledgeBase
from dossier.web.library import View
from dossier.web.pages.entity import entity_page
from tests.corpus import GROUP


def test_an_entity_page_merges_only_its_events_and_shows_the_same(sahel_kb: str) -> None:
    with KnowledgeBase(sahel_kb) as kb:
        bounded, whole = View(kb, kb.revision()), View(kb, kb.revision())
        assert whole.answerer.events  # every event merged first, as the page used to
        expected = entity_page(whole, GROUP)
        page = entity_page(bounded, GROUP)
        assert "events" not in vars(bounded.answerer)  # never merged them all
        assert page == expected
        assert page.events or page.profile.timeline  # the group's events are on it
        tellings = bounded.answerer.events_of(bounded.answerer.entity_named(GROUP))
        assert [e for e in whole.answerer.events if e in tellings] == tellings  # same order
