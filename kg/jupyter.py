"""SPARQL in Jupyter: a `%%sparql` cell magic whose answer is a pandas DataFrame.

Analysts live in notebooks and think in tables; this puts a query's answer
straight into a DataFrame, with entity IRIs replaced by their names so the
table reads like the article.  Load it with `%load_ext kg.jupyter`::

    %sparql_store out/store                  # the default target for later cells
    %%sparql                                 # or: %%sparql out/store, %%sparql http://host/query
    SELECT ?speaker ?text WHERE { ?c nkg:speaker ?speaker ; nkg:text ?text }

Cell options: `--raw` keeps IRIs, `-o NAME` also stores the DataFrame as
`NAME` in the notebook.  The magic is a thin shell over
`sparql_dataframe`, which works without IPython.

Result shapes: SELECT gives one column per variable; ASK gives a one-row,
one-column DataFrame (column `ask`, a bool), so every answer is a
DataFrame; CONSTRUCT and DESCRIBE give columns `subject`, `predicate`,
`object`.  Literals become Python values as in `QueryResult.records()`.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Iterable

import pandas as pd
import pyoxigraph as ox

from kg.query import QueryResult
from kg.remote import connect

LABEL_BATCH = 500  # IRIs per label query: one query for any ordinary result
TRIPLE_COLUMNS = ["subject", "predicate", "object"]


def sparql_dataframe(target_or_store, query: str, labels: bool = True) -> pd.DataFrame:
    """Run `query` on a store folder, an endpoint URL or an open store; answer as a DataFrame.

    With `labels`, every IRI that has an `rdfs:label` in the store is shown
    as that label (looked up in one extra query); IRIs without one stay
    as they are.  A path or URL is opened read-only for this query only.
    """
    if isinstance(target_or_store, str | os.PathLike):
        with connect(os.fspath(target_or_store)) as store:
            return _dataframe(store, query, labels)
    return _dataframe(target_or_store, query, labels)


def _dataframe(store, query: str, labels: bool) -> pd.DataFrame:
    result: QueryResult = store.query(query)
    if result.boolean is not None:
        return pd.DataFrame({"ask": [result.boolean]})
    if result.triples is not None:
        result = QueryResult(
            variables=list(TRIPLE_COLUMNS),
            rows=[[t.subject, t.predicate, t.object] for t in result.triples],
        )
    records = result.records()
    if labels:
        names = _labels(store, {t.value for row in result.rows for t in row if _is_iri(t)})
        for row, record in zip(result.rows, records, strict=True):
            for var, term in zip(result.variables, row, strict=True):
                if _is_iri(term) and term.value in names:
                    record[var] = names[term.value]
    return pd.DataFrame.from_records(records, columns=result.variables)


def _is_iri(term) -> bool:
    return isinstance(term, ox.NamedNode)


def _labels(store, iris: Iterable[str]) -> dict[str, str]:
    """IRI -> label, preferring an untagged or English label, then the smallest."""
    iris = sorted(iris)
    out: dict[str, str] = {}
    for i in range(0, len(iris), LABEL_BATCH):
        values = " ".join(f"<{iri}>" for iri in iris[i : i + LABEL_BATCH])
        rows = store.query(
            f"""
            SELECT DISTINCT ?e ?label WHERE {{
              VALUES ?e {{ {values} }}
              GRAPH ?g {{ ?e rdfs:label ?label }}
            }}
            """
        ).rows
        best: dict[str, tuple[int, str]] = {}
        for e, label in rows:
            rank = 0 if not label.language or label.language.startswith("en") else 1
            key = (rank, label.value)
            if e.value not in best or key < best[e.value]:
                best[e.value] = key
        out.update({iri: label for iri, (_rank, label) in best.items()})
    return out


# ------------------------------------------------------------ IPython


def _parse_line(line: str) -> tuple[str | None, bool, str | None]:
    """`[TARGET] [--raw] [-o NAME]` -> (target, raw, name)."""
    from IPython.core.error import UsageError

    target = name = None
    raw = False
    words = iter(shlex.split(line))
    for word in words:
        if word == "--raw":
            raw = True
        elif word in ("-o", "--output"):
            name = next(words, None)
            if not name or not name.isidentifier():
                raise UsageError(f"{word} takes a Python name, e.g. -o df")
        elif word.startswith("-"):
            raise UsageError(f"unknown option {word!r}; use: %%sparql [TARGET] [--raw] [-o NAME]")
        elif target is None:
            target = word
        else:
            raise UsageError(f"one target only, got {target!r} and {word!r}")
    return target, raw, name


def _magics_class():
    """Defined on first use, so `import kg.jupyter` does not need IPython."""
    from IPython.core.error import UsageError
    from IPython.core.magic import Magics, cell_magic, line_magic, magics_class

    from kg.errors import KGError

    @magics_class
    class SparqlMagics(Magics):
        """`%%sparql` and `%sparql_store` (see kg.jupyter)."""

        target: str | None = None

        @line_magic
        def sparql_store(self, line: str) -> str | None:
            """%sparql_store TARGET: the store folder or endpoint URL later `%%sparql` cells use.

            Without an argument, show the current one.
            """
            words = shlex.split(line)
            if len(words) > 1:
                raise UsageError("usage: %sparql_store TARGET (a store folder or endpoint URL)")
            if words:
                self.target = words[0]
                return None
            return self.target

        @cell_magic
        def sparql(self, line: str, cell: str) -> pd.DataFrame:
            """%%sparql [TARGET] [--raw] [-o NAME]: the cell's SPARQL answered as a DataFrame."""
            target, raw, name = _parse_line(line)
            target = target or self.target
            if target is None:
                raise UsageError("no store: give one (%%sparql out/store) or set %sparql_store")
            try:
                frame = sparql_dataframe(target, cell, labels=not raw)
            except KGError as exc:
                raise UsageError(str(exc)) from exc
            if name:
                self.shell.user_ns[name] = frame
            return frame

    return SparqlMagics


def load_ipython_extension(ipython) -> None:
    """`%load_ext kg.jupyter`."""
    ipython.register_magics(_magics_class())


__all__ = ["load_ipython_extension", "sparql_dataframe"]
