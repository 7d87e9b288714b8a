from pathlib import Path

import pytest

from dossier.errors import OntologyError
from dossier.knowledge.ontology import load_ontology
from tests.helpers import write

GOLD_PREDICATES = (
    "affiliate_of named_after founded formed_from has_branch based_in operates_in member_count "
    "funded_by trained_by leader_of targets hostile_to connected_via ranked attack_count"
).split()


def test_built_in_ontology_has_the_gold_predicates_and_more() -> None:
    ontology = load_ontology()
    assert set(GOLD_PREDICATES) <= set(ontology.predicates)
    assert {"ally_of", "splinter_of", "merged_with", "designated_by"} <= set(ontology.predicates)
    assert ontology.predicates["member_count"].wikidata == "P2124"


@pytest.mark.parametrize("alias", ["ISKP", "IS-K", "Islamic State Khorasan Province", "iskp"])
def test_aliases_name_one_group(alias: str) -> None:
    entity = load_ontology().entity(alias)
    assert entity is not None and entity.name == "ISIS-K"


def test_a_user_file_adds_and_overrides(tmp_path: Path) -> None:
    user = write(
        tmp_path / "mine.yaml",
        """
entities:
  - {name: ISIS-K, aliases: [Wilayat Khorasan]}
  - {name: Example Front, type: organization, aliases: [EXF]}
predicates:
  founded:
    label: established
    object: date
    cues: {verbs: [establish]}
""",
    )
    ontology = load_ontology(str(user))
    assert ontology.entity("Wilayat Khorasan").name == "ISIS-K"  # type: ignore[union-attr]
    assert ontology.entity("ISKP").name == "ISIS-K"  # type: ignore[union-attr]  built-in alias kept
    assert ontology.entity("EXF").name == "Example Front"  # type: ignore[union-attr]
    assert ontology.predicates["founded"].cue("verbs") == {"establish"}
    assert "based_in" in ontology.predicates


def test_organisations_are_armed_groups_unless_their_kind_says_otherwise(tmp_path: Path) -> None:
    built_in = load_ontology()
    assert built_in.entity("ISKP").is_armed_group  # type: ignore[union-attr]
    assert not built_in.entity("CSIS").is_armed_group  # type: ignore[union-attr]
    user = write(
        tmp_path / "mine.yaml",
        "entities:\n  - {name: Example Bank, kind: bank}\n  - {name: NATO, aliases: [OTAN]}\n",
    )
    ontology = load_ontology(str(user))
    assert ontology.entity("Example Bank").kind == "bank"  # type: ignore[union-attr]
    assert not ontology.entity("Example Bank").is_armed_group  # type: ignore[union-attr]
    assert ontology.entity("OTAN").kind == "military alliance"  # type: ignore[union-attr]  kept


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("entities: [oops", "not valid YAML"),
        ("- just\n- a list\n", "must be a YAML mapping"),
        ("entities: {a: 1}", "'entities' must be a list"),
        ("predicates:\n  founded:\n    cues: {verbs: establish}", "must be a list of words"),
    ],
)
def test_a_malformed_file_is_named_in_the_error(tmp_path: Path, content: str, problem: str) -> None:
    path = write(tmp_path / "bad.yaml", content)
    with pytest.raises(OntologyError, match=problem) as raised:
        load_ontology(str(path))
    assert str(path) in str(raised.value)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OntologyError, match="cannot be read"):
        load_ontology(str(tmp_path / "nowhere.yaml"))
