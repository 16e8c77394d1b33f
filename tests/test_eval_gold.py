"""Held-out gold files must agree with the facts contract, or every score on them lies."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "eval" / "heldout"


def _checker():
    spec = importlib.util.spec_from_file_location("check_gold", ROOT / "eval" / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("folder", "at_least"),
    [
        (HELDOUT, 20),
        (ROOT / "eval" / "heldout2", 18),
        (ROOT / "eval" / "dev2", 10),
        (ROOT / "eval" / "dev3", 24),
        (ROOT / "eval" / "dev4", 48),
        (ROOT / "eval" / "dev5", 48),
        (ROOT / "eval" / "dev6", 24),
        (ROOT / "eval" / "dev7", 40),
        (ROOT / "eval" / "dev8", 40),
        (ROOT / "eval" / "dev9", 40),
        (ROOT / "eval" / "dev10", 40),
        (ROOT / "eval" / "dev11", 40),
        (ROOT / "eval" / "dev12", 40),
        (ROOT / "eval" / "dev13", 40),
        (ROOT / "eval" / "dev14", 40),
        (ROOT / "eval" / "dev15", 40),
        (ROOT / "eval" / "dev16", 40),
        (ROOT / "eval" / "dev17", 40),
        (ROOT / "eval" / "dev18", 40),
        (ROOT / "eval" / "dev19", 40),
        (ROOT / "eval" / "dev20", 40),
        (ROOT / "eval" / "dev21", 40),
        (ROOT / "eval" / "dev22", 40),
        (ROOT / "eval" / "dev23", 40),
        (ROOT / "eval" / "dev24", 40),
        (ROOT / "eval" / "dev25", 40),
        (ROOT / "eval" / "dev26", 40),
        (ROOT / "eval" / "dev27", 40),
        (ROOT / "eval" / "dev28", 40),
        (ROOT / "eval" / "dev29", 40),
        (ROOT / "eval" / "dev30", 40),
    ],
)
def test_annotated_sets_are_consistent_with_the_contract(folder: Path, at_least: int) -> None:
    files = sorted(folder.glob("*.json"))
    assert len(files) >= at_least
    checker = _checker()
    problems = [p for f in files for p in checker.check(json.loads(f.read_text()), f.name)]
    assert problems == []


def _doc(**changes) -> dict:
    doc = {
        "id": "t",
        "title": "",
        "published": "2024-01-02",
        "text": "Acme Corp said Jane Roe runs it.",
        "entities": [
            {"id": "e1", "name": "Acme Corp", "type": "Organization", "aliases": []},
            {"id": "e2", "name": "Jane Roe", "type": "Person", "aliases": []},
        ],
        "relations": [{"subject": "e2", "predicate": "leads", "object": "e1"}],
        "claims": [{"speaker": "e1", "stance": "asserts"}],
    }
    doc.update(changes)
    return doc


def test_checker_accepts_a_consistent_article() -> None:
    assert _checker().check(_doc(), "t.json") == []


def test_checker_reports_a_relation_outside_domain_and_range() -> None:
    bad = _doc(relations=[{"subject": "e1", "predicate": "leads", "object": "e2"}])
    (problem,) = _checker().check(bad, "t.json")
    assert "Organization -> Person is outside the contract" in problem


def test_checker_reports_a_name_the_text_never_uses() -> None:
    ents = _doc()["entities"] + [{"id": "e3", "name": "Globex", "type": "Organization"}]
    (problem,) = _checker().check(_doc(entities=ents), "t.json")
    assert "'Globex'" in problem and "occurs in the text" in problem


def test_checker_reports_an_unknown_stance() -> None:
    (problem,) = _checker().check(_doc(claims=[{"speaker": "e1", "stance": "hints"}]), "t.json")
    assert "stance" in problem
