#!/usr/bin/env python3
"""Check hand-annotated gold articles against the facts contract before they are used.

An annotation mistake (an alias the text never uses, a relation whose ends break
the contract's domain and range) silently lowers every score measured on it, so
each gold file is checked the way the scorer will read it.

Usage: python eval/check_gold.py GOLD_DIR_OR_FILE [...]; exit 1 when anything is wrong.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# The contract's domain and range, from the same data file the extractor checks
# relations against, so that gold and extraction are held to one table.
SIGNATURES = json.loads(
    (Path(__file__).resolve().parents[1] / "kg" / "data" / "relations.json").read_text("utf-8")
)["signatures"]
DOMAIN_RANGE: dict[str, tuple[set[str], set[str]]] = {
    p: (set(dom), set(rng)) for p, (dom, rng) in SIGNATURES.items()
}
TYPES = set().union(*(d | r for d, r in DOMAIN_RANGE.values()))
FIELDS = {"id", "title", "published", "url", "source", "text", "entities", "relations", "claims"}


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().lower()


def check(doc: dict, where: str) -> list[str]:
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(f"{where}: {msg}")

    missing = FIELDS - doc.keys() - {"url", "source"}
    if missing:
        bad(f"missing fields {sorted(missing)}")
        return problems
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.get("published") or ""):
        bad("published is not YYYY-MM-DD")
    text = _norm(doc["text"])
    types: dict[str, str] = {}
    for ent in doc["entities"]:
        eid = ent.get("id")
        if eid in types:
            bad(f"entity id {eid} used twice")
        if ent.get("type") not in TYPES:
            bad(f"{eid} {ent.get('name')!r}: unknown type {ent.get('type')!r}")
        types[eid] = ent.get("type")
        forms = [ent.get("name", "")] + list(ent.get("aliases", []))
        if not any(_norm(f) in text for f in forms if f):
            bad(f"{eid} {ent.get('name')!r}: neither the name nor an alias occurs in the text")
    for rel in doc["relations"]:
        s, p, o = rel.get("subject"), rel.get("predicate"), rel.get("object")
        if s not in types or o not in types:
            bad(f"relation {s} {p} {o}: an end is not an entity")
            continue
        if p not in DOMAIN_RANGE:
            bad(f"relation {s} {p} {o}: unknown predicate")
            continue
        dom, rng = DOMAIN_RANGE[p]
        if types[s] not in dom or types[o] not in rng:
            bad(f"relation {s} {p} {o}: {types[s]} -> {types[o]} is outside the contract")
        for alt in rel.get("alt", []):
            if alt.lstrip("^") not in DOMAIN_RANGE:
                bad(f"relation {s} {p} {o}: unknown alt {alt!r}")
    for claim in doc["claims"]:
        if claim.get("speaker") not in types:
            bad(f"claim speaker {claim.get('speaker')!r} is not an entity")
        if claim.get("stance") not in {"asserts", "denies"}:
            bad(f"claim stance {claim.get('stance')!r} is neither asserts nor denies")
    return problems


def main(argv: list[str]) -> int:
    problems: list[str] = []
    for arg in argv or ["eval/heldout"]:
        path = Path(arg)
        files = sorted(path.glob("*.json")) if path.is_dir() else [path]
        for f in files:
            try:
                doc = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                problems.append(f"{f}: unreadable: {exc}")
                continue
            problems += check(doc, f.name)
    print("\n".join(problems) if problems else "gold files are consistent")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
