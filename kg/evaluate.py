"""Relation scores per predicate, with the shared scorer's own matching.

`score.py` gives one relation figure; to find which predicates extraction
gets wrong, this splits it by predicate, reusing the scorer's functions
(name normalisation, partial golds, `alt` and `^p` alternatives, optional
relations neither credited nor counted).  True and false positives count
under the predicate extracted, misses under the gold predicate, so the
rows add up to the scorer's totals.  Run: `python -m kg.evaluate GOLD FACTS`.
With `--summed GOLD FACTS [GOLD FACTS ...]` it prints instead the scorer's
totals over several annotated sets at once: one figure for everything read.
"""

from __future__ import annotations

import argparse
import importlib.util
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

DEFAULT_SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def load_scorer(path: str | Path = DEFAULT_SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_score", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class PredicateScore:
    predicate: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _entity_map(score: ModuleType, gold: dict, pred: dict) -> dict[str, str | None]:
    """Extracted entity id -> gold entity id, as the scorer matches them."""
    keys: dict[str, list[str]] = {}
    for e in gold.get("entities", []):
        for s in [e["name"], *e.get("aliases", [])]:
            ids = keys.setdefault(score.norm(s), [])
            if e["id"] not in ids:
                ids.append(e["id"])
    out = {}
    for pe in pred.get("entities", []):
        forms = [pe.get("name", ""), *pe.get("mentions", [])]
        hits = [keys[score.norm(s)] for s in forms if keys.get(score.norm(s))]
        out[str(pe.get("id"))] = hits[0][0] if hits else None
    return out


def per_predicate(
    gold_path: str | Path, facts_path: str | Path, scorer: ModuleType | None = None
) -> list[PredicateScore]:
    score = scorer or load_scorer()

    def key(s, p, o):
        return (o, p, s) if p in score.SYMMETRIC and o < s else (s, p, o)

    golds, facts = score.load_gold(Path(gold_path)), score.load_facts(Path(facts_path))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for doc_id, gold in golds.items():
        pred = score.restrict(gold, facts.get(doc_id, {}))
        pmap = _entity_map(score, gold, pred)
        gold_rel = {}
        for r in gold.get("relations", []):
            for p in [r["predicate"], *r.get("alt", [])]:
                if p.startswith("^"):
                    gold_rel[key(r["object"], p[1:], r["subject"])] = r
                else:
                    gold_rel[key(r["subject"], p, r["object"])] = r
        hit, seen = set(), set()
        for pr in pred.get("relations", []):
            p = pr.get("predicate")
            s, o = pmap.get(str(pr.get("subject"))), pmap.get(str(pr.get("object")))
            if s is None or o is None:
                counts[p][1] += 1
                continue
            k = key(s, p, o)
            if k in seen:
                continue
            seen.add(k)
            g = gold_rel.get(k)
            if g is None:
                counts[p][1] += 1
            elif id(g) not in hit:
                hit.add(id(g))
                if not g.get("optional"):
                    counts[p][0] += 1
        for r in gold.get("relations", []):
            if id(r) not in hit and not r.get("optional"):
                counts[r["predicate"]][2] += 1
    return [PredicateScore(p, *c) for p, c in sorted(counts.items())]


def type_confusion(
    gold_path: str | Path, facts_path: str | Path, scorer: ModuleType | None = None
) -> dict[tuple[str, str], int]:
    """(gold type, extracted type) -> count, with "missed" and "spurious" for no match.

    Counts only, so it says which kinds of entity go wrong without showing any
    article: safe to run on a held-out set.
    """
    score = scorer or load_scorer()
    golds, facts = score.load_gold(Path(gold_path)), score.load_facts(Path(facts_path))
    out: dict[tuple[str, str], int] = defaultdict(int)
    for doc_id, gold in golds.items():
        pred = facts.get(doc_id, {})
        pmap = _entity_map(score, gold, pred)
        gtype = {e["id"]: e["type"] for e in gold.get("entities", [])}
        found: dict[str, str] = {}
        for pe in pred.get("entities", []):
            g = pmap.get(str(pe.get("id")))
            if g is None:
                out[("spurious", pe.get("type", "?"))] += 1
            elif g not in found:
                found[g] = pe.get("type", "?")
        for e in gold.get("entities", []):
            if e["id"] in found:
                out[(gtype[e["id"]], found[e["id"]])] += 1
            elif not e.get("optional"):
                out[(gtype[e["id"]], "missed")] += 1
    return dict(out)


def confusion_table(counts: dict[tuple[str, str], int]) -> str:
    cols = sorted({c for _, c in counts} - {"missed"}) + ["missed"]
    rows = sorted({r for r, _ in counts} - {"spurious"}) + ["spurious"]
    short = {c: c[:6] for c in cols}
    head = "gold type / extracted"
    lines = [f"{head:24}" + "".join(f"{short[c]:>8}" for c in cols)]
    for r in rows:
        lines.append(f"  {r:22}" + "".join(f"{counts.get((r, c), 0):8d}" for c in cols))
    return "\n".join(lines)


def summed(
    pairs: Iterable[tuple[str | Path, str | Path]], scorer: ModuleType | None = None
) -> list[PredicateScore]:
    """The scorer's totals over several sets: one figure for everything a session has read.

    Each article is scored as the scorer scores it alone, so the sum equals
    adding up the scorer's tp/fp/fn set by set.
    """
    score = scorer or load_scorer()
    total: dict[str, PredicateScore] = {}
    for gold_path, facts_path in pairs:
        golds, facts = score.load_gold(Path(gold_path)), score.load_facts(Path(facts_path))
        for doc_id, gold in golds.items():
            for kind, c in score.score_doc(gold, facts.get(doc_id, {}), []).items():
                t = total.setdefault(kind, PredicateScore(kind, 0, 0, 0))
                t.tp, t.fp, t.fn = t.tp + c.tp, t.fp + c.fp, t.fn + c.fn
    return list(total.values())


def _rows(head: str, scores: list[PredicateScore], width: int, indent: str = "") -> str:
    lines = [f"{head:{width}} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for s in scores:
        lines.append(
            f"{indent}{s.predicate:{width - len(indent)}} {s.precision:6.3f} {s.recall:6.3f} "
            f"{s.f1:6.3f}   {s.tp}/{s.fp}/{s.fn}"
        )
    return "\n".join(lines)


def totals_table(scores: list[PredicateScore], sets: int) -> str:
    return _rows(f"{sets} sets summed", scores, 16)


def table(scores: list[PredicateScore]) -> str:
    return _rows("relations by predicate", scores, 24, "  ")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="gold folder of .json files, or a .jsonl")
    ap.add_argument("facts", help="facts.jsonl (kg export --format facts)")
    ap.add_argument("more", nargs="*", help="with --summed: further GOLD FACTS pairs")
    ap.add_argument("--summed", action="store_true", help="only the totals over every pair")
    ap.add_argument("--scorer", default=str(DEFAULT_SCORER), help="path of score.py")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.scorer)
    if args.more and not args.summed or len(args.more) % 2:
        ap.error("give one GOLD FACTS pair, or several with --summed")
    if args.summed:
        flat = [args.gold, args.facts, *args.more]
        pairs = list(zip(flat[::2], flat[1::2], strict=True))
        print(totals_table(summed(pairs, scorer), len(pairs)))
        return 0
    print(table(per_predicate(args.gold, args.facts, scorer)))
    print()
    print(confusion_table(type_confusion(args.gold, args.facts, scorer)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
