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
