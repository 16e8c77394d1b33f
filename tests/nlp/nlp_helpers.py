"""Helpers for the NLP tests: find entities, relations and stances by name."""

from __future__ import annotations

from kg.model import Entity, Extraction


def by_name(ex: Extraction, name: str) -> Entity:
    """The entity whose name or alias is `name` (case-insensitive)."""
    for e in ex.entities:
        if name.lower() in {n.lower() for n in [e.name, *e.aliases]}:
            return e
    raise AssertionError(f"no entity {name!r} in {[e.name for e in ex.entities]}")


def triples(ex: Extraction) -> set[tuple[str, str, str]]:
    names = {e.key: e.name for e in ex.entities}
    return {(names[r.subject], r.predicate, names[r.object]) for r in ex.relations}


def names(ex: Extraction) -> set[str]:
    return {e.name for e in ex.entities}


def stances(ex: Extraction, name: str) -> set[str]:
    """The stances of every claim the named entity makes."""
    key = by_name(ex, name).key
    return {c.stance for c in ex.claims if c.speaker == key}
