"""Keys of the names events' targets and victims give: one name told two ways shares one."""

from __future__ import annotations

from dossier.store.event_names import name_keys


def test_a_title_or_a_nickname_keeps_the_name_key() -> None:
    told = name_keys(["Major General Peter K. Ossei"]) & name_keys(['Peter "Bull" Ossei'])
    assert told == {"peter|ossei"}


def test_a_ship_with_a_number_has_a_key() -> None:
    assert name_keys(["the ferry Ocean Queen 7"]) == {"ocean|7", "queen|7"}


def test_phrases_ending_in_common_nouns_or_one_word_give_none() -> None:
    assert name_keys(["At least 12 people", "the Kano police convoy", "Ossei", "U.S."]) == set()
