"""The ontology: entity types, known entities and aliases, predicates and cue words.

It is data (``data/ontology.yaml``) loaded at start-up. A user's file, given
with ``--ontology``, is merged over it: an entity or predicate with a new name
is added; one with an existing name replaces the built-in one, except that an
entity's aliases are added to the built-in aliases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import OntologyError
from dossier.model.lexicon import SAFE_LOADER

BUILT_IN = "ontology.yaml"
ARMED_GROUP = "armed group"


@dataclass(frozen=True, slots=True)
class EntitySpec:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None  # what sort of organisation; None: an armed group

    @property
    def is_armed_group(self) -> bool:
        return self.type == "organization" and (self.kind or ARMED_GROUP) == ARMED_GROUP


@dataclass(frozen=True, slots=True)
class PredicateSpec:
    name: str
    label: str
    object: str  # organization | person | place | value | date | quantity
    subject: str = "organization"
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    questions: tuple[str, ...] = ()
    wikidata: str | None = None
    mapping_militants: str | None = None
    single_valued: bool = False  # one value at a time: different values conflict
    answer: str = "{subject} {label} {objects}"  # how an answer states it
    profile: str | None = None  # the profile section that shows it (profile_sections)
    relation: str | None = None  # the kind of tie a graph draws for it (ally, rival...)
    stix: str | None = None  # STIX 2.1's own relationship type, where one means the same

    def cue(self, kind: str) -> frozenset[str]:
        """The cue words of one kind ('verbs', 'relation_nouns'...), empty if none."""
        return self.cues.get(kind, frozenset())


# The event type a report takes when nothing more specific is said ('an attack').
GENERIC_EVENT = "attack"


@dataclass(frozen=True, slots=True)
class EventSpec:
    """An event type: cues that name it alone (strong) or only in a violent context."""

    name: str
    strong: frozenset[str] = frozenset()
    cues: frozenset[str] = frozenset()
    target_roles: frozenset[str] = frozenset()
    family: str | None = None  # "attack": one incident may be told with any type of the family
    state_action: bool = False  # done by states to a target (strikes, arrests), not an attack


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity
class Ontology:
    entities: tuple[EntitySpec, ...]
    predicates: dict[str, PredicateSpec]
    events: dict[str, EventSpec]  # in order of precedence
    event_context: dict[str, frozenset[str]]  # 'casualties' and 'actors' words
    actor_cues: frozenset[str]
    questions: dict[str, tuple[str, ...]]  # overview | relation | events_on -> forms
    group_nouns: frozenset[str]
    group_pronouns: frozenset[str]
    hedges: dict[str, frozenset[str]]
    negations: frozenset[str]
    attribution: dict[str, frozenset[str]]
    profile_sections: tuple[tuple[str, str], ...] = ()  # (key, title), in profile order
    source: str = BUILT_IN
    alias_index: dict[str, EntitySpec] = field(default_factory=dict)  # casefolded alias -> entity

    @property
    def attack_family(self) -> frozenset[str]:
        """Event types that may tell one attack (a bombing is also 'the attack')."""
        return frozenset(name for name, spec in self.events.items() if spec.family == "attack")

    @property
    def state_actions(self) -> frozenset[str]:
        return frozenset(name for name, spec in self.events.items() if spec.state_action)

    def cue(self, predicate: str, kind: str) -> frozenset[str]:
        """One predicate's cue words of one kind, empty if it has none."""
        spec = self.predicates.get(predicate)
        return spec.cue(kind) if spec else frozenset()

    def entity(self, name: str) -> EntitySpec | None:
        """The known entity with this name or alias (aliases compared case-insensitively)."""
        return self.alias_index.get(name.casefold())


def _index_aliases(entities: tuple[EntitySpec, ...]) -> dict[str, EntitySpec]:
    index: dict[str, EntitySpec] = {}
    for spec in entities:
        for alias in (spec.name, *spec.aliases):
            index.setdefault(alias.casefold(), spec)
    return index


def _as_words(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise OntologyError(f"{where} must be a list of words")
    return frozenset(value)


def _parse_entities(raw: Any, source: str) -> list[EntitySpec]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise OntologyError(f"{source}: 'entities' must be a list")
    specs = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise OntologyError(f"{source}: entity {number} needs a 'name'")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            raise OntologyError(f"{source}: aliases of {item['name']!r} must be a list")
        kind = item.get("kind")
        specs.append(
            EntitySpec(
                name=item["name"],
                type=str(item.get("type", "organization")),
                aliases=tuple(str(alias) for alias in aliases),
                kind=str(kind) if kind else None,
            )
        )
    return specs


def _parse_predicates(raw: Any, source: str) -> dict[str, PredicateSpec]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise OntologyError(f"{source}: 'predicates' must be a mapping of name to definition")
    predicates = {}
    for name, body in raw.items():
        body = body or {}
        if not isinstance(body, dict):
            raise OntologyError(f"{source}: predicate {name!r} must be a mapping")
        cues = body.get("cues") or {}
        if not isinstance(cues, dict):
            raise OntologyError(f"{source}: cues of {name!r} must be a mapping of kind to words")
        predicates[name] = PredicateSpec(
            name=name,
            label=str(body.get("label", name.replace("_", " "))),
            object=str(body.get("object", "value")),
            subject=str(body.get("subject", "organization")),
            cues={
                kind: _as_words(words, f"{source}: {name}.cues.{kind}")
                for kind, words in cues.items()
            },
            questions=tuple(body.get("questions") or ()),
            wikidata=body.get("wikidata"),
            mapping_militants=body.get("mapping_militants"),
            single_valued=bool(body.get("single_valued", False)),
            answer=str(body.get("answer", "{subject} {label} {objects}")),
            profile=body.get("profile"),
            relation=body.get("relation"),
            stix=body.get("stix"),
        )
    return predicates


def _profile_sections(raw: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, dict):
        return ()
    return tuple((str(key), str(title)) for key, title in raw.items())


def _read_yaml(text: str, source: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        problem = " ".join(str(error).split())
        raise OntologyError(f"{source}: not valid YAML ({problem})") from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise OntologyError(f"{source}: must be a YAML mapping")
    return data


def _merge_entities(base: list[EntitySpec], extra: list[EntitySpec]) -> tuple[EntitySpec, ...]:
    by_name = {spec.name: spec for spec in base}
    for spec in extra:
        known = by_name.get(spec.name)
        if known:
            aliases = tuple(dict.fromkeys((*known.aliases, *spec.aliases)))
            by_name[spec.name] = EntitySpec(
                spec.name, spec.type or known.type, aliases, spec.kind or known.kind
            )
        else:
            by_name[spec.name] = spec
    return tuple(by_name.values())


def _word_groups(raw: Any, where: str) -> dict[str, frozenset[str]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise OntologyError(f"{where} must be a mapping")
    return {key: _as_words(value, f"{where}.{key}") for key, value in raw.items()}


def _events(raw: Any, source: str) -> dict[str, EventSpec]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise OntologyError(f"{source}: 'events' must be a mapping of type to cues")
    specs = {}
    for name, body in raw.items():
        body = body or {}
        if not isinstance(body, dict):
            raise OntologyError(f"{source}: event type {name!r} must be a mapping")
        where = f"{source}: events.{name}"
        specs[name] = EventSpec(
            name=name,
            strong=_as_words(body.get("strong"), f"{where}.strong"),
            cues=_as_words(body.get("cues"), f"{where}.cues"),
            target_roles=_as_words(body.get("target_roles"), f"{where}.target_roles"),
            family=body.get("family"),
            state_action=bool(body.get("state_action", False)),
        )
    return specs


def parse_ontology(base: dict[str, Any], extra: dict[str, Any], source: str) -> Ontology:
    entities = _merge_entities(
        _parse_entities(base.get("entities"), BUILT_IN),
        _parse_entities(extra.get("entities"), source),
    )
    predicates = {
        **_parse_predicates(base.get("predicates"), BUILT_IN),
        **_parse_predicates(extra.get("predicates"), source),
    }
    events = {**_events(base.get("events"), BUILT_IN), **_events(extra.get("events"), source)}

    def words(key: str) -> frozenset[str]:
        return _as_words(extra.get(key, base.get(key)), f"{source}: {key}")

    def groups(key: str) -> dict[str, frozenset[str]]:
        return {
            **_word_groups(base.get(key), f"{BUILT_IN}: {key}"),
            **_word_groups(extra.get(key), f"{source}: {key}"),
        }

    return Ontology(
        entities=entities,
        predicates=predicates,
        events=events,
        event_context=groups("event_context"),
        actor_cues=words("actor_cues"),
        questions={kind: tuple(forms) for kind, forms in groups("questions").items()},
        group_nouns=words("group_nouns"),
        group_pronouns=words("group_pronouns"),
        hedges=groups("hedges"),
        negations=words("negations"),
        attribution=groups("attribution"),
        profile_sections=_profile_sections(
            extra.get("profile_sections", base.get("profile_sections"))
        ),
        source=source,
        alias_index=_index_aliases(entities),
    )


@cache
def load_ontology(path: str | None = None) -> Ontology:
    """The built-in ontology, with the user's file at ``path`` merged over it."""
    base = _read_yaml(
        resources.files("dossier.knowledge.data").joinpath(BUILT_IN).read_text(), BUILT_IN
    )
    if path is None:
        return parse_ontology(base, {}, BUILT_IN)
    user_file = Path(path)
    try:
        text = user_file.read_text(encoding="utf-8")
    except OSError as error:
        raise OntologyError(f"{path}: cannot be read ({error.strerror or error})") from error
    return parse_ontology(base, _read_yaml(text, str(path)), str(path))
