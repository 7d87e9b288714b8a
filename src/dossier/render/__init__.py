"""Render: profiles, timelines, maps, graphs and STIX 2.1 exports (issues 4 and 5)."""
