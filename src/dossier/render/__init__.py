"""Render: profiles, timelines, maps and graphs (issue 4); exports as JSON, STIX 2.1, GraphML,
CSV and JSON Lines."""
