"""A team's shared server: build into a real `oxigraph serve` over SPARQL 1.1 Update."""

from pathlib import Path

import pytest
from oxigraph_process import free_port, oxigraph_server

import kg
from kg.remote import RemoteStore
from kg.saved import saved_queries

ROOT = Path(__file__).resolve().parents[1]
STARLINK = ROOT.parent / "shared" / "eval" / "dev" / "000-starlink-russia.json"
INPUTS = [STARLINK, ROOT / "samples" / "articles.jsonl"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server("serve", tmp_path_factory.mktemp("oxigraph-server")) as url:
        yield url


@pytest.fixture(scope="module")
def both(server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("both")
    remote = kg.build(INPUTS, f"{server}/query", progress=False, quarantine_dir=tmp / "q")
    local = kg.build(INPUTS, tmp / "local", progress=False)
    return RemoteStore(f"{server}/query", quarantine_dir=tmp / "q"), tmp / "local", remote, local


def _rows(result) -> list[tuple]:
    if result.boolean is not None:
        return [(result.boolean,)]
    return sorted(tuple("" if t is None else t.value for t in row) for row in result.rows)


def test_building_into_the_server_matches_the_local_store(both):
    remote, local_path, remote_summary, local_summary = both
    assert remote_summary.triples == local_summary.triples
    with kg.open_store(local_path) as local:
        assert len(remote) == len(local)
        assert remote.article_ids() == local.article_ids()
        for q in saved_queries().values():
            assert _rows(remote.query(q.text)) == _rows(local.query(q.text)), q.name


def test_rebuilding_into_the_server_replaces_instead_of_duplicating(both, server):
    remote, *_ = both
    before = len(remote)
    kg.build([STARLINK], remote, progress=False)
    assert len(remote) == before
    graph = remote.article_graph("000-starlink-russia")
    assert len(graph) > 0


def test_cli_query_and_validate_against_the_server(both, capsys):
    from kg.cli import main

    remote, *_ = both
    assert (
        main(["query", "--store", remote.query_url, "--saved", "denials", "--format", "csv"]) == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("speaker,date,statement,sentence")
    assert main(["validate", "--store", remote.query_url]) == 0


def test_an_unreachable_server_is_a_clear_error(capsys):
    from kg.cli import main

    url = f"http://127.0.0.1:{free_port()}/query"
    assert main(["query", "--store", url, "ASK {}"]) == 2
    assert "cannot reach" in capsys.readouterr().err
