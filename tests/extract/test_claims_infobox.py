"""Infobox-like lines: a label opening a line, its value on that line or the next short
lines. The page's group is the subject. Pages and names are invented for the tests."""

from __future__ import annotations

from dossier.extract.infobox import field_lines
from dossier.model import Claim, Range
from tests.extract.conftest import Annotate

PAGE = """Crimson Dawn Front
Active | 2004–present |
Leaders | Tarek Mansouri (2004–2011)
Omar Haddad (2011–present) |
HeadquartersTobruk, Libya
Area of operations  Libya, Chad Niger
Strength ~4,500 (est. 2019)[3]
Allies | Sable Brigade |
Opponents | Egypt |

The Crimson Dawn Front is an armed group that has fought in eastern Libya since 2004. \
The Crimson Dawn Front claimed an attack on a convoy near Derna in 2019.
"""


def of(claims: list[Claim], predicate: str) -> list[Claim]:
    return [claim for claim in claims if claim.predicate == predicate]


def test_field_lines_read_labels_glued_piped_and_continued() -> None:
    lines = field_lines(PAGE)
    assert [(line.predicate, line.value) for line in lines[:4]] == [
        ("founded", "2004–present"),
        ("leader_of", "Tarek Mansouri (2004–2011)"),
        ("leader_of", "Omar Haddad (2011–present) |"),
        ("based_in", "Tobruk, Libya"),
    ]
    assert PAGE[lines[3].start : lines[3].end] == "HeadquartersTobruk, Libya"


def test_prose_after_a_label_word_is_no_field() -> None:
    text = "Active in the north since 2010, the militia has grown.\nSize matters to them."
    assert field_lines(text) == []


def test_infobox_fields_become_claims_about_the_page_group(annotate: Annotate) -> None:
    claims = annotate(PAGE).claims
    leaders = {(c.subject.name, c.object.name) for c in of(claims, "leader_of") if c.object}
    assert ("Tarek Mansouri", "Crimson Dawn Front") in leaders
    assert ("Omar Haddad", "Crimson Dawn Front") in leaders
    bases = {c.object.name for c in of(claims, "based_in") if c.object}
    assert "Tobruk" in bases and "Libya" not in bases  # the rest of the line says where
    areas = {c.object.name for c in of(claims, "operates_in") if c.object}
    assert {"Libya", "Chad", "Niger"} <= areas  # 'Chad Niger': a list that lost its comma
    sizes = [c for c in of(claims, "member_count") if isinstance(c.value, Range)]
    assert any(isinstance(c.value, Range) and c.value.min == 4500 for c in sizes)
    # '(est. 2019)': the figure is as of 2019
    assert {c.time_scope.start.year for c in sizes if c.time_scope and c.time_scope.start} == {2019}
    assert {c.object.name for c in of(claims, "ally_of") if c.object} == {"Sable Brigade"}
    assert "Egypt" in {c.object.name for c in of(claims, "hostile_to") if c.object}
    founded = [c for c in of(claims, "founded") if c.evidence.quote.startswith("Active")]
    assert founded and founded[0].subject.name == "Crimson Dawn Front"


def test_prose_opening_with_a_label_word_states_no_field(annotate: Annotate) -> None:
    text = "Crimson Dawn Front\nBase camps were set up near Tobruk in 2004\n"
    assert not [c for c in annotate(text).claims if c.evidence.quote.startswith("Base")]
