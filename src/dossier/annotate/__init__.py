"""Annotate: spaCy's English pipeline plus Dossier's registered components
(`annotate.pipeline`, `annotate.components`); `annotate.settings` holds the model name
and limits, importable without spaCy."""
