"""Extract: typed claims and events from annotated sentences (filled by issue 3)."""
