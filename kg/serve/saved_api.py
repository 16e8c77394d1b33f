"""The saved questions (queries/*.rq, via kg.saved) as JSON for the query page.

Each parameter comes with its description and its default, read from the
query's own `VALUES ?name { default }` clause, so the page can show an
input field pre-filled with a value that works.  Rendering with other
values is done by kg.saved, the one place that knows how.
"""

from __future__ import annotations

import re

from kg.errors import QueryError
from kg.saved import SavedQuery, saved_queries
from kg.serve.errors import BadRequest, NotFound


def _default(query: SavedQuery, name: str) -> str:
    m = re.search(r"VALUES\s+\?" + re.escape(name) + r"\s*\{\s*([^}]*?)\s*\}", query.text)
    if not m:
        return ""
    value = m.group(1)
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value


def saved_list() -> list[dict]:
    """Every saved query: name, title, description, parameters (with defaults) and text."""
    return [
        {
            "name": q.name,
            "title": q.title,
            "description": q.description,
            "params": [
                {"name": p, "description": d, "default": _default(q, p)}
                for p, d in q.params.items()
            ],
            "query": q.text,
        }
        for q in saved_queries().values()
    ]


def render_saved(name: str, values: dict[str, str]) -> dict:
    """One saved query with its parameters set to the values given."""
    queries = saved_queries()
    if name not in queries:
        raise NotFound(f"no saved query {name!r}; there are: {', '.join(queries)}")
    try:
        return {"name": name, "query": queries[name].render(values)}
    except QueryError as exc:
        raise BadRequest(str(exc)) from exc
