"""Store: the knowledge base on SQLite or PostgreSQL (issue 2; claims and entities from issue 3)."""

from dossier.store.knowledge_base import KnowledgeBase

__all__ = ["KnowledgeBase"]
