"""SPARQL results as an analyst wants them: a table, CSV, TSV or SPARQL JSON.

Results are materialised once, so the same rows can be printed, written
and turned into dicts for a notebook without running the query again.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.namespaces import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")


@dataclass
class QueryResult:
    """Rows of a SELECT, the answer of an ASK, or the triples of a CONSTRUCT/DESCRIBE."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None

    @classmethod
    def from_oxigraph(cls, result) -> QueryResult:
        try:
            if isinstance(result, bool | ox.QueryBoolean):
                return cls(boolean=bool(result))
            if isinstance(result, ox.QuerySolutions):
                names = [v.value for v in result.variables]
                rows = [[sol[n] for n in names] for sol in result]
                return cls(variables=names, rows=rows)
            return cls(triples=list(result))
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"query failed: {exc}") from exc

    # ------------------------------------------------------------ python values

    def records(self) -> list[dict[str, str | int | float | bool | None]]:
        """Rows as dicts of plain Python values (IRIs as strings)."""
        return [
            {v: _python(t) for v, t in zip(self.variables, row, strict=True)} for row in self.rows
        ]

    def __len__(self) -> int:
        if self.triples is not None:
            return len(self.triples)
        return len(self.rows)

    # ------------------------------------------------------------ text formats

    def render(self, fmt: str = "table") -> str:
        if fmt not in FORMATS:
            raise QueryError(f"unknown result format {fmt!r}; choose one of {', '.join(FORMATS)}")
        if self.boolean is not None:
            return (
                json.dumps({"head": {}, "boolean": self.boolean})
                if fmt == "json"
                else ("yes" if self.boolean else "no")
            )
        if self.triples is not None:
            data = ox.serialize(self.triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
            return data.decode()
        if fmt == "table":
            return self._table()
        if fmt in ("csv", "tsv"):
            buf = io.StringIO()
            writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
            writer.writerow(self.variables)
            for row in self.rows:
                writer.writerow(["" if t is None else _text(t) for t in row])
            return buf.getvalue()
        return json.dumps(self._sparql_json(), ensure_ascii=False, indent=1)

    def _sparql_json(self) -> dict:
        bindings = []
        for row in self.rows:
            b = {}
            for v, t in zip(self.variables, row, strict=True):
                if t is None:
                    continue
                if isinstance(t, ox.NamedNode):
                    b[v] = {"type": "uri", "value": t.value}
                elif isinstance(t, ox.BlankNode):
                    b[v] = {"type": "bnode", "value": t.value}
                else:
                    lit = {"type": "literal", "value": t.value}
                    if t.language:
                        lit["xml:lang"] = t.language
                    elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                        lit["datatype"] = t.datatype.value
                    b[v] = lit
            bindings.append(b)
        return {"head": {"vars": self.variables}, "results": {"bindings": bindings}}

    def _table(self, width: int = 48) -> str:
        cells = [[_short(t, width) for t in row] for row in self.rows]
        widths = [len(v) for v in self.variables]
        for row in cells:
            widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
        line = "  ".join(v.ljust(w) for v, w in zip(self.variables, widths, strict=True))
        rule = "  ".join("-" * w for w in widths)
        body = [
            "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in cells
        ]
        n = len(self.rows)
        return "\n".join([line.rstrip(), rule, *body, f"({n} row{'s' if n != 1 else ''})"])

    def write(self, path: str | Path, fmt: str) -> None:
        Path(path).write_text(self.render(fmt))


def _text(t) -> str:
    return t.value


def _short(t, width: int) -> str:
    if t is None:
        return ""
    s = t.value
    if isinstance(t, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if s.startswith(ns):
                s = f"{prefix}:{s[len(ns) :]}"
                break
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "\u2026"


def _python(t):
    if t is None:
        return None
    if isinstance(t, ox.Literal):
        dt = t.datatype.value.rsplit("#", 1)[-1]
        try:
            if dt in ("integer", "int", "long"):
                return int(t.value)
            if dt in ("decimal", "double", "float"):
                return float(t.value)
            if dt == "boolean":
                return t.value == "true"
        except ValueError:
            return t.value
    return t.value


def load_query_file(path: str | Path) -> str:
    try:
        return Path(path).read_text()
    except OSError as exc:
        raise QueryError(f"cannot read query file {path}: {exc.strerror}") from exc


_DECLARED = re.compile(r"^\s*PREFIX\s+([\w-]*):", re.IGNORECASE | re.MULTILINE)


def declare_prefixes(sparql: str) -> str:
    """The query with PREFIX lines for the project's prefixes it uses but does not declare.

    The local store knows the prefixes by itself; a remote endpoint does not,
    so a query is made portable before it is sent anywhere else.
    """
    declared = {m.group(1) for m in _DECLARED.finditer(sparql)}
    needed = [
        f"PREFIX {p}: <{ns}>"
        for p, ns in PREFIXES.items()
        if p not in declared and re.search(rf"(?<![\w<\"'#-]){re.escape(p)}:", sparql)
    ]
    return "\n".join([*needed, sparql]) if needed else sparql
