"""The ground floor: the data model every stage shares and the pure value code
(dates, quantities, money, names, JSON forms). It imports nothing of Dossier's.

`dossier.model` itself hands on the data types of `model.types`; value parsing
lives in `model.dates`, `model.quantities` and `model.names`, serialisation in
`model.serialize`, and the records the store returns in `model.records`.
"""

from dossier.model.types import (
    AnnotatedDocument,
    Claim,
    Document,
    Entity,
    EntityRef,
    EntityType,
    Event,
    Evidence,
    Mention,
    Money,
    Place,
    Precision,
    Range,
    Sentence,
    TimeSpan,
    Value,
)

__all__ = [
    "AnnotatedDocument",
    "Claim",
    "Document",
    "Entity",
    "EntityRef",
    "EntityType",
    "Event",
    "Evidence",
    "Mention",
    "Money",
    "Place",
    "Precision",
    "Range",
    "Sentence",
    "TimeSpan",
    "Value",
]
