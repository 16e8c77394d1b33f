"""Saved questions: the `.rq` files in queries/, each with a header saying what it answers.

A header is the leading `#` comment lines: the first is the title, the
rest the description, and `# @param NAME: what it is` lines declare the
parameters.  A parameter is a `VALUES ?NAME { default }` clause in the
query, so every file stays runnable SPARQL as it stands; `render`
replaces the clause's value with the one given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import QueryError
from kg.namespaces import QUERIES_DIR

_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s*:\s*(.*)$")


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    text: str
    params: dict[str, str] = field(default_factory=dict)  # name -> what it is

    def render(self, values: dict[str, str] | None = None) -> str:
        """The query with its parameters set (each value a string literal or an <IRI>)."""
        text = self.text
        for key, value in (values or {}).items():
            if key not in self.params:
                known = ", ".join(self.params) or "none"
                raise QueryError(f"query {self.name!r} has no parameter {key!r} (it has: {known})")
            clause = re.compile(r"VALUES\s+\?" + re.escape(key) + r"\s*\{[^}]*\}")
            text, n = clause.subn(lambda _m, k=key, v=value: f"VALUES ?{k} {{ {_term(v)} }}", text)
            if n == 0:
                raise QueryError(f"query {self.name!r} declares {key!r} but has no VALUES ?{key}")
        return text


def _term(value: str) -> str:
    if value.startswith("<") and value.endswith(">") and " " not in value:
        return value
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _parse(path: Path) -> SavedQuery:
    text = path.read_text()
    header: list[str] = []
    params: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _PARAM.match(line):
            params[m.group(1)] = m.group(2).strip()
        else:
            header.append(line.lstrip("#").strip())
    title = header[0] if header else path.stem
    description = " ".join(h for h in header[1:] if h)
    return SavedQuery(path.stem, title, description, text, params)


def saved_queries(folder: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    """All saved questions by name (the file name without .rq)."""
    return {p.stem: _parse(p) for p in sorted(folder.glob("*.rq"))}


def saved_query(name: str, folder: Path = QUERIES_DIR) -> SavedQuery:
    queries = saved_queries(folder)
    if name not in queries:
        raise QueryError(f"no saved query {name!r}; there are: {', '.join(queries)}")
    return queries[name]
