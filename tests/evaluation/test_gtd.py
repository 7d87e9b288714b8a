"""The GTD scorer on records written by hand (no GTD data needed)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from spacy.language import Language

from dossier.errors import InputError
from dossier.evaluation.gtd import evaluate_gtd, fold

COLUMNS = [
    "eventid", "iyear", "imonth", "iday", "country_txt", "provstate", "city", "summary", "gname",
    "nkill", "nwound", "attacktype1_txt",
]  # fmt: skip
RECORDS = [
    ["1", "2021", "3", "4", "Somalia", "Hiiraan", "Beledweyne",
     "03/04/2021: A car bomb exploded in Beledweyne, Hiiraan, Somalia. Five people were killed "
     "and two others were injured in the blast. Al-Shabaab claimed responsibility for the attack.",
     "Al-Shabaab", "5", "2", "Bombing/Explosion"],
    ["2", "2021", "3", "5", "Afghanistan", "Ghazni", "Ghazni",
     "03/05/2021: Assailants abducted two teachers in Ghazni city, Ghazni, Afghanistan. "
     "No group claimed responsibility for the incident.",
     "Unknown", "0", "0", "Hostage Taking (Kidnapping)"],
]  # fmt: skip


def write_gtd(path: Path, rows: list[list[str]], columns: list[str] = COLUMNS) -> Path:
    with path.open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(columns)
        writer.writerows(rows)
    return path


def test_every_field_is_scored_against_the_coding(tmp_path: Path, nlp: Language) -> None:
    report = evaluate_gtd(write_gtd(tmp_path / "mini.csv", RECORDS))
    assert report.records == 2
    for field in ("country", "province", "city", "perpetrator", "killed", "wounded", "attack_type"):
        assert report.accuracy(field) == 1.0, (field, report.errors)
    assert report.baseline_accuracy("attack_type") == 0.5  # always 'Bombing/Explosion'


def test_merged_events_are_scored_and_never_join_two_dates(tmp_path: Path, nlp: Language) -> None:
    # the same bombing told twice (same day and place), and another one a day later
    retold = ["3", "2021", "3", "4", "Somalia", "Hiiraan", "Beledweyne",
              "03/04/2021: Five people died when a car bomb went off in Beledweyne, Hiiraan, "
              "Somalia. Two people were hurt. Al-Shabaab said it carried out the attack.",
              "Al-Shabaab", "5", "2", "Bombing/Explosion"]  # fmt: skip
    next_day = [*RECORDS[0]]
    next_day[:4] = ["4", "2021", "3", "5"]
    next_day[7] = next_day[7].replace("03/04/2021", "03/05/2021")
    report = evaluate_gtd(write_gtd(tmp_path / "told.csv", [RECORDS[0], retold, next_day]))
    assert report.mixed_dates == 0
    for field in ("country", "province", "city", "killed"):
        assert report.merged_accuracy(field) == report.accuracy(field) == 1.0, field


def test_a_wrong_file_is_a_clear_error(tmp_path: Path) -> None:
    path = write_gtd(tmp_path / "other.csv", [["x"]], ["text"])
    with pytest.raises(InputError, match="not a GTD file"):
        evaluate_gtd(path)


def test_names_are_compared_loosely() -> None:
    assert fold("Nangarhār") == fold("nangarhar")
    assert fold("The Taliban") == fold("Taliban")
    assert fold("Islamic State of Iraq and the Levant (ISIL)") == fold(
        "Islamic State of Iraq and the Levant"
    )
