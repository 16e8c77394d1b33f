"""The %%sparql magic and sparql_dataframe give the same rows as `kg query`.

Run through a real IPython shell (InteractiveShell), on a store built from
the bundled sample, and against a real read-only `oxigraph` server on the
same database, so that the URL path goes through kg.remote as in a notebook.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from IPython.core.error import UsageError
from IPython.core.interactiveshell import InteractiveShell
from oxigraph_process import oxigraph_server

import kg
from kg.cli import main as kg_main
from kg.jupyter import _magics_class, sparql_dataframe
from kg.saved import saved_queries

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "articles.jsonl"
SAVED = sorted(saved_queries())


@pytest.fixture(scope="module")
def path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("jupyter") / "store"
    kg.build([SAMPLE], path, progress=False)
    return path


@pytest.fixture(scope="module")
def shell() -> InteractiveShell:
    sh = InteractiveShell.instance()
    sh.run_line_magic("load_ext", "kg.jupyter")
    return sh


def _plain(frame: pd.DataFrame) -> list[dict]:
    """DataFrame rows as dicts, with pandas' missing values back to None."""
    return [
        {k: (None if not isinstance(v, str) and pd.isna(v) else v) for k, v in row.items()}
        for row in frame.astype(object).to_dict("records")
    ]


def _cli_csv(capsys, *args: str) -> list[list[str]]:
    capsys.readouterr()
    assert kg_main(["query", *args, "--format", "csv"]) == 0
    return list(csv.reader(io.StringIO(capsys.readouterr().out.strip("\n") + "\n")))


@pytest.mark.parametrize("name", SAVED)
def test_function_gives_the_rows_of_kg_query(path, capsys, name):
    text = saved_queries()[name].render()
    frame = sparql_dataframe(path, text, labels=False)
    with kg.open_store(path) as store:
        records = store.query(text).records()
    assert _plain(frame) == records
    rows = _cli_csv(capsys, "--store", str(path), "--saved", name)
    assert rows[0] == list(frame.columns)
    assert rows[1:] == [["" if v is None else str(v) for v in r.values()] for r in records]


@pytest.mark.parametrize("name", SAVED)
def test_magic_gives_the_same_rows(shell, path, name):
    text = saved_queries()[name].render()
    frame = shell.run_cell_magic("sparql", f"{path} --raw -o answer", text)
    pd.testing.assert_frame_equal(frame, sparql_dataframe(path, text, labels=False))
    assert shell.user_ns["answer"] is frame


def test_the_saved_questions_answer_something(path):
    with kg.open_store(path) as store:
        answered = [n for n in SAVED if store.query(saved_queries()[n].render()).rows]
    assert len(answered) >= len(SAVED) // 2, f"only {answered} answer on the sample"


def test_iris_are_shown_as_labels_unless_raw(shell, path):
    query = "SELECT DISTINCT ?e WHERE { ?e a nkg:Person } ORDER BY ?e"
    with kg.open_store(path) as store:
        expected = store.query(
            "SELECT DISTINCT ?e ?label WHERE { ?e a nkg:Person ; rdfs:label ?label } ORDER BY ?e"
        ).records()
    shown = shell.run_cell_magic("sparql", str(path), query)
    raw = shell.run_cell_magic("sparql", f"{path} --raw", query)
    assert list(shown["e"]) == [r["label"] for r in expected]
    assert list(raw["e"]) == [r["e"] for r in expected]


def test_default_target(shell, path):
    shell.run_line_magic("sparql_store", str(path))
    assert shell.run_line_magic("sparql_store", "") == str(path)
    frame = shell.run_cell_magic("sparql", "", "SELECT (COUNT(*) AS ?n) WHERE { ?c a nkg:Claim }")
    with kg.open_store(path) as store:
        expected = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?c a nkg:Claim }").records()
    assert _plain(frame) == expected


def test_no_target_and_bad_queries_are_usage_errors(shell, path):
    magics = _magics_class()(shell=shell)  # a fresh one: no default target
    with pytest.raises(UsageError, match="no store"):
        magics.sparql("", "ASK {}")
    with pytest.raises(UsageError, match="malformed"):
        magics.sparql(str(path), "SELEC nothing")
    with pytest.raises(UsageError, match="unknown option"):
        magics.sparql(f"{path} --rwa", "ASK {}")


def test_ask_and_construct(path):
    ask = sparql_dataframe(path, "ASK { ?c a nkg:Claim }")
    assert list(ask.columns) == ["ask"] and ask["ask"].tolist() == [True]
    query = "CONSTRUCT { ?e a ?t } WHERE { ?e a ?t ; a nkg:Person }"
    triples = sparql_dataframe(path, query, labels=False)
    with kg.open_store(path) as store:
        expected = store.query(query).triples
        persons = store.query("SELECT DISTINCT ?e WHERE { ?e a nkg:Person }").records()
    assert list(triples.columns) == ["subject", "predicate", "object"]
    assert len(triples) == len(expected) == len(persons)
    assert set(triples["subject"]) == {r["e"] for r in persons}


# ------------------------------------------------------------ a SPARQL endpoint


@pytest.fixture(scope="module")
def endpoint(path):
    with oxigraph_server("serve-read-only", path / "oxigraph") as url:
        yield f"{url}/query"


@pytest.mark.parametrize("name", SAVED)
def test_an_endpoint_url_gives_the_same_frame(shell, path, endpoint, name):
    text = saved_queries()[name].render()
    local = sparql_dataframe(path, text)
    remote = shell.run_cell_magic("sparql", endpoint, text)
    pd.testing.assert_frame_equal(remote, local)


def test_an_open_store_or_a_path_object(path):
    query = "SELECT DISTINCT ?e WHERE { ?e a nkg:Country } ORDER BY ?e"
    with kg.open_store(path) as store:
        from_store = sparql_dataframe(store, query)
        assert store.query("ASK {}").boolean is True  # still open: not closed by the call
    pd.testing.assert_frame_equal(from_store, sparql_dataframe(Path(path), query))
