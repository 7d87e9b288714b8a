"""Resolve: mentions to entities, within and across documents (issues 3 and 4)."""
