"""Server-rendered pages, one module each: its route and the dataclasses it shows.

`home` (`/`, search), `entity`, `network`, `claim`, `contested`, `document`, `ask` and
`upload`;
`_shared` builds what several pages and the JSON API show alike (links, listings,
entity summaries, highlighted text); `_render` holds the Jinja2 environment
(autoescaping on) and the error page. `app.py` includes each page's `router`.
"""
