"""End to end with the real spaCy model: articles in, a store out."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
STARLINK = SHARED / "dev" / "000-starlink-russia.json"


@pytest.fixture(scope="module")
def starlink_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("starlink") / "store"
    summary = kg.build([STARLINK], path, progress=False)
    assert summary.ok
    return path


def _nodes_named(store, name: str) -> list[dict]:
    return store.query(
        f"""SELECT DISTINCT ?e ?type WHERE {{
              ?e a ?type ; rdfs:label|skos:altLabel ?n .
              FILTER(LCASE(STR(?n)) = LCASE("{name}") && STRSTARTS(STR(?type), STR(nkg:)))
            }}"""
    ).records()


@pytest.mark.parametrize(
    ("names", "etype"),
    [
        (["Elon Musk", "Musk"], "Person"),
        (["SpaceX"], "Organization"),
        (["HUR", "military intelligence agency"], "GovernmentAgency"),
        (["83rd Assault Brigade"], "MilitaryUnit"),
        (["Starlink"], "Product"),
    ],
)
def test_starlink_article_holds_one_typed_node_per_thing(starlink_store, names, etype):
    with kg.open_store(starlink_store) as store:
        found = {name: _nodes_named(store, name) for name in names}
    nodes = {row["e"] for rows in found.values() for row in rows}
    assert len(nodes) == 1, found
    types = {row["type"].rsplit("#", 1)[-1] for rows in found.values() for row in rows}
    assert types == {etype}


def test_musk_denial_is_a_denial_not_a_sale(starlink_store):
    with kg.open_store(starlink_store) as store:
        denials = store.query(
            """SELECT ?text WHERE { ?c a nkg:Claim ; nkg:stance nkg:denies ;
                 nkg:speaker/rdfs:label "Elon Musk" ; nkg:text ?text }"""
        ).records()
        sale = store.query(
            """ASK { ?a rdfs:label "SpaceX" . ?b rdfs:label "Russia" .
                     { ?a nkg:supplies ?b } UNION { ?b nkg:supplies ?a } }"""
        )
    assert denials
    assert sale.boolean is False


def test_every_fact_and_claim_leads_to_its_sentence(starlink_store):
    with kg.open_store(starlink_store) as store:
        text = json.loads(STARLINK.read_text())["text"]
        rows = store.query(
            """SELECT ?x ?t ?start ?end WHERE {
                 { ?x a nkg:Fact } UNION { ?x a nkg:Claim }
                 ?x nkg:evidence [ nkg:text ?t ; nkg:startOffset ?start ; nkg:endOffset ?end ] }"""
        ).records()
    assert rows
    for r in rows:
        assert text[r["start"] : r["end"]] == r["t"]


def test_building_twice_gives_the_same_store(tmp_path):
    inputs = [STARLINK, ROOT / "samples" / "articles.jsonl"]
    kg.build(inputs, tmp_path / "s", progress=False)
    with kg.open_store(tmp_path / "s") as s:
        once = sorted(map(str, s.quads(include_default=True)))
    kg.build(inputs, tmp_path / "s", progress=False)
    kg.build([STARLINK], tmp_path / "s", progress=False)
    with kg.open_store(tmp_path / "s") as s:
        assert sorted(map(str, s.quads(include_default=True))) == once
        assert len(s.article_ids()) == 21


def test_bad_inputs_are_named_and_the_good_article_is_stored(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(STARLINK, folder / "good.json")
    (folder / "empty.txt").write_text("")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (folder / "feed.jsonl").write_text(
        '{"id": "ok-1", "text": "Kyiv is the capital of Ukraine."}\n{"id": broken\n'
    )

    code = main(["build", str(folder), "--store", str(tmp_path / "s"), "--quiet"])

    out = capsys.readouterr().out
    assert code == 1
    assert "empty.txt" in out and "blob.txt" in out and "feed.jsonl:2" in out
    with kg.open_store(tmp_path / "s") as s:
        assert s.article_ids() == ["000-starlink-russia", "ok-1"]


def test_an_article_that_trips_a_rule_is_reported_and_the_others_are_stored(
    tmp_path, capsys, monkeypatch
):
    import kg.nlp.components as components

    real = components.find_relations

    def fails_on_one(doc, vocab):  # a rule bug that shows on one article only
        if "Tarvik" in doc.text:
            raise IndexError("list index out of range")
        return real(doc, vocab)

    monkeypatch.setattr(components, "find_relations", fails_on_one)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "Norvik Energy, based in Bergen, said output rose."}\n'
        '{"id": "b", "text": "The Tarvik plant was shut on Monday."}\n'
        '{"id": "c", "text": "Kyiv is the capital of Ukraine."}\n'
    )

    code = main(["build", str(feed), "--store", str(tmp_path / "s"), "--quiet"])

    out = capsys.readouterr().out
    assert code == 1
    assert "'b'" in out and "relation extraction failed: IndexError" in out
    with kg.open_store(tmp_path / "s") as s:
        assert s.article_ids() == ["a", "c"]
        located = s.query(
            'ASK { ?x rdfs:label "Norvik Energy" ; nkg:locatedIn/rdfs:label "Bergen" }'
        )
        assert located.boolean


def test_cli_query_and_export(starlink_store, tmp_path, capsys):
    q = "SELECT ?n WHERE { ?e a nkg:MilitaryUnit ; rdfs:label ?n } ORDER BY ?n"
    assert main(["query", "--store", str(starlink_store), q, "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "n" and "83rd Assault Brigade" in out
    assert main(["query", "--store", str(starlink_store), "SELECT ?x WHERE {"]) == 2
    assert "malformed SPARQL" in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                "--store",
                str(starlink_store),
                "--format",
                "facts",
                "-o",
                str(tmp_path / "f.jsonl"),
            ]
        )
        == 0
    )
    (doc,) = [json.loads(line) for line in (tmp_path / "f.jsonl").read_text().splitlines()]
    assert doc["id"] == "000-starlink-russia"
    assert {"Person", "Organization", "Product"} <= {e["type"] for e in doc["entities"]}


@pytest.mark.parametrize("target", ["eval", "eval-all"])
def test_make_eval_prints_the_scorers_table(tmp_path, target):
    proc = subprocess.run(
        ["make", "-s", target, f"OUT={tmp_path}", f"PYTHON={sys.executable}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,  # a guard against a hang: eval-all builds every annotated set
    )
    assert proc.returncode == 0, proc.stderr
    assert "tp/fp/fn" in proc.stdout
    for line in ("entities", "relations", "claims"):
        assert any(row.startswith(line) for row in proc.stdout.splitlines()), proc.stdout
    if target == "eval-all":
        assert "sets summed" in proc.stdout


def test_a_rule_that_runs_away_on_one_article_is_stopped_and_reported(
    tmp_path, capsys, monkeypatch
):
    import kg.nlp.components as components

    real = components.find_relations

    def loops_on_one(doc, vocab):  # a rule that never ends on one article
        while "Tarvik" in doc.text:
            pass
        return real(doc, vocab)

    monkeypatch.setattr(components, "find_relations", loops_on_one)
    monkeypatch.setattr(components, "STEP_SECONDS", 1.0)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "Norvik Energy, based in Bergen, said output rose."}\n'
        '{"id": "b", "text": "The Tarvik plant was shut on Monday."}\n'
    )

    code = main(["build", str(feed), "--store", str(tmp_path / "s"), "--quiet"])

    out = capsys.readouterr().out
    assert code == 1
    assert "'b'" in out and "relation extraction failed: StepTimeout" in out
    with kg.open_store(tmp_path / "s") as s:
        assert s.article_ids() == ["a"]
