"""Store: the knowledge base on SQLite or PostgreSQL (issue 2; claims and entities from issue 3).

`KnowledgeBase` is imported when first used, so a command that only counts
(`store.counts`) starts without SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dossier.store.knowledge_base import KnowledgeBase

__all__ = ["KnowledgeBase"]


def __getattr__(name: str) -> Any:
    if name != "KnowledgeBase":
        raise AttributeError(f"module 'dossier.store' has no attribute {name!r}")
    from dossier.store.knowledge_base import KnowledgeBase

    return KnowledgeBase
