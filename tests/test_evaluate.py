import json
import subprocess
import sys
from pathlib import Path

from kg.evaluate import DEFAULT_SCORER, per_predicate

GOLD = {
    "id": "d1",
    "text": "Ann Lee heads Bolt Ltd, based in Vale, which supplies Nutland.",
    "entities": [
        {"id": "e1", "name": "Ann Lee", "type": "Person", "aliases": ["Lee"]},
        {"id": "e2", "name": "Bolt Ltd", "type": "Organization", "aliases": []},
        {"id": "e3", "name": "Vale", "type": "Location", "aliases": []},
        {"id": "e4", "name": "Nutland", "type": "Country", "aliases": []},
    ],
    "relations": [
        {"subject": "e1", "predicate": "leads", "object": "e2", "alt": ["memberOf"]},
        {"subject": "e2", "predicate": "locatedIn", "object": "e3"},
        {"subject": "e2", "predicate": "supplies", "object": "e4"},
        {"subject": "e3", "predicate": "country", "object": "e4", "optional": True},
    ],
    "claims": [],
}
FACTS = {
    "id": "d1",
    "entities": [
        {"id": "a", "name": "Lee", "type": "Person", "mentions": ["Lee"]},
        {"id": "b", "name": "Bolt Ltd", "type": "Organization", "mentions": []},
        {"id": "c", "name": "Vale", "type": "Location", "mentions": []},
        {"id": "d", "name": "Nutland", "type": "Country", "mentions": []},
    ],
    "relations": [
        {"subject": "a", "predicate": "memberOf", "object": "b"},  # right, by its alt
        {"subject": "b", "predicate": "owns", "object": "c"},  # wrong predicate
        {"subject": "c", "predicate": "country", "object": "d"},  # optional: neutral
    ],
    "claims": [],
}


def test_scores_split_by_predicate_and_add_up_to_the_scorer(tmp_path: Path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "d1.json").write_text(json.dumps(GOLD))
    (tmp_path / "facts.jsonl").write_text(json.dumps(FACTS) + "\n")

    scores = {s.predicate: s for s in per_predicate(tmp_path / "gold", tmp_path / "facts.jsonl")}

    assert (scores["memberOf"].tp, scores["memberOf"].fp) == (1, 0)
    assert (scores["owns"].tp, scores["owns"].fp) == (0, 1)
    assert (scores["locatedIn"].fn, scores["supplies"].fn) == (1, 1)
    assert "country" not in scores or (scores["country"].fp, scores["country"].fn) == (0, 0)
    out = subprocess.run(
        [
            sys.executable,
            str(DEFAULT_SCORER),
            str(tmp_path / "gold"),
            str(tmp_path / "facts.jsonl"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    totals = json.loads(out.strip().splitlines()[-1])["relations"]
    for k in ("tp", "fp", "fn"):
        assert sum(getattr(s, k) for s in scores.values()) == totals[k]


def _scorer_totals(gold: Path, facts: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(DEFAULT_SCORER), str(gold), str(facts), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_summed_totals_over_several_sets_equal_the_scorers_totals_added(tmp_path: Path):
    second_gold = {**GOLD, "id": "d2", "claims": [], "relations": GOLD["relations"][:2]}
    second_facts = {**FACTS, "id": "d2", "entities": FACTS["entities"][1:]}
    pairs = []
    for name, gold, facts in (("one", GOLD, FACTS), ("two", second_gold, second_facts)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "gold.json").write_text(json.dumps(gold))
        (tmp_path / f"{name}.jsonl").write_text(json.dumps(facts) + "\n")
        pairs += [tmp_path / name, tmp_path / f"{name}.jsonl"]

    out = subprocess.run(
        [sys.executable, "-m", "kg.evaluate", "--summed", *map(str, pairs)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    rows = {line.split()[0]: line.split()[-1] for line in out.splitlines()[1:]}
    one, two = _scorer_totals(*pairs[:2]), _scorer_totals(*pairs[2:])
    for kind in ("entities", "entities_typed", "relations", "claims"):
        expected = "/".join(str(one[kind][k] + two[kind][k]) for k in ("tp", "fp", "fn"))
        assert rows[kind] == expected
    assert out.startswith("2 sets summed")


def test_an_odd_number_of_paths_is_refused():
    proc = subprocess.run(
        [sys.executable, "-m", "kg.evaluate", "--summed", "a", "b", "c"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and "GOLD FACTS pair" in proc.stderr
