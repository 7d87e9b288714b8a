"""Members of the musical group a passage is about, named by their part in it
(extract/band_parts.py): 'guitarist A', 'band member A', 'A on bass', 'the sole permanent
member was A'."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_titles_before_names_are_the_passage_bands_members(annotate: Annotate) -> None:
    text = (
        "Paper Orchard is the third album by Welsh rock band Tin Weather. Guitarist Owen"
        " Pryce and singer Mara Ellis wrote most of its songs in the spring of 2004."
    )
    found = pairs(annotate(text).claims, "member_of")
    assert ("Owen Pryce", "Tin Weather") in found
    assert ("Mara Ellis", "Tin Weather") in found


def test_band_member_before_a_name(annotate: Annotate) -> None:
    text = (
        "Cold Harbour is the debut album by the Danish electronic band Copper Saints. According"
        " to band member Soren Vallin, the title came from a dream."
    )
    assert ("Soren Vallin", "Copper Saints") in pairs(annotate(text).claims, "member_of")


def test_the_bands_own_drummer(annotate: Annotate) -> None:
    text = (
        "Lowland Drift is a song by the Scottish folk band Heather Static. The band's"
        " drummer Callum Reid added the final verse."
    )
    assert ("Callum Reid", "Heather Static") in pairs(annotate(text).claims, "member_of")


def test_a_player_named_with_an_instrument(annotate: Annotate) -> None:
    text = (
        "Night Ferry is the fourth album by the American punk band Rust Choir. It was the"
        " last album featuring Dean Mercer on bass before the long break."
    )
    assert ("Dean Mercer", "Rust Choir") in pairs(annotate(text).claims, "member_of")


def test_the_only_member_said_with_a_copula(annotate: Annotate) -> None:
    text = (
        "Iron Meadow were a Scottish folk band from Dundee with many line-up changes. The sole"
        " permanent member was Lena Hartley."
    )
    assert ("Lena Hartley", "Iron Meadow") in pairs(annotate(text).claims, "member_of")


def test_a_solo_singer_described_by_nationality_is_no_member(annotate: Annotate) -> None:
    text = (
        "Paper Orchard is the third album by Welsh rock band Tin Weather. The album closes"
        " with a duet sung by Irish singer Nora Quill."
    )
    assert ("Nora Quill", "Tin Weather") not in pairs(annotate(text).claims, "member_of")


def test_a_session_player_is_no_member(annotate: Annotate) -> None:
    text = (
        "Night Ferry is the fourth album by the American punk band Rust Choir. The record"
        " features session musician Tom Keel on piano."
    )
    assert ("Tom Keel", "Rust Choir") not in pairs(annotate(text).claims, "member_of")


def test_no_band_in_the_passage_no_member(annotate: Annotate) -> None:
    text = (
        "The Harbour Front is an armed group active in the north. Singer Lisa Varn was"
        " detained by police after the march."
    )
    assert not pairs(annotate(text).claims, "member_of")


def test_founding_member_before_a_name(annotate: Annotate) -> None:
    text = (
        "Fennel Road is a British folk band formed in Leeds in 2001. In 2005 founding member"
        " Jo Hart left to start a family."
    )
    assert ("Jo Hart", "Fennel Road") in pairs(annotate(text).claims, "member_of")


def test_players_who_formed_a_body_are_its_members(annotate: Annotate) -> None:
    text = (
        "The Velvet Moths were formed in Leeds in 1987 by guitarist Carl Dunn and drummer"
        " Pete Rowe."
    )
    found = pairs(annotate(text).claims, "member_of")
    assert ("Carl Dunn", "Velvet Moths") in found
    assert ("Pete Rowe", "Velvet Moths") in found


def test_playing_an_instrument_in_a_named_band(annotate: Annotate) -> None:
    text = (
        "Jed Fox is an American drummer. He played drums in the punk band Wild Current from"
        " 1990 to 1996."
    )
    assert ("Jed Fox", "Wild Current") in pairs(annotate(text).claims, "member_of")


def test_playing_an_instrument_in_the_band(annotate: Annotate) -> None:
    text = "Wild Current is a punk band from Ohio. Jed Fox played drums in the band until 1996."
    assert ("Jed Fox", "Wild Current") in pairs(annotate(text).claims, "member_of")


def test_playing_for_a_session_is_no_membership(annotate: Annotate) -> None:
    text = "Ann Kerr played guitar for the session at Abbey Road."
    assert not pairs(annotate(text).claims, "member_of")


def test_two_bands_as_salient_leave_the_title_unplaced(annotate: Annotate) -> None:
    text = (
        "Tin Weather and Copper Saints are two Welsh rock bands. Drummer Owen Pryce recorded"
        " with both."
    )
    found = pairs(annotate(text).claims, "member_of")
    assert ("Owen Pryce", "Tin Weather") not in found
    assert ("Owen Pryce", "Copper Saints") not in found


def test_a_featured_act_is_no_member(annotate: Annotate) -> None:
    text = (
        "Paper Orchard is a song by Welsh rock band Tin Weather, featuring rapper Kofi Mensah."
        " It was released in 2004."
    )
    assert ("Kofi Mensah", "Tin Weather") not in pairs(annotate(text).claims, "member_of")
