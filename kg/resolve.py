"""Entity resolution across articles: which graph node each extracted entity is.

The NLP stage merges mentions within one article; this stage decides
whether an article's entity is a node the store already holds.  A node is
found by exact (normalised) match of the entity's name or one of its
other names against the names of nodes of the same type, and only when
the match is unambiguous; otherwise a new IRI is minted from the name.
Once minted, a node keeps its first label, so rebuilding articles in any
order does not relabel it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from kg.model import Entity, Extraction


def normalise(name: str) -> str:
    """The matching form of a name: case, a leading 'the', a trailing 's and punctuation ignored."""
    s = unicodedata.normalize("NFKC", name).lower().replace("\u2019", "'").strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def is_name(text: str) -> bool:
    """Only proper names link across articles: "the agency" or "he" never do."""
    return any(c.isupper() or c.isdigit() for c in text) and bool(normalise(text))


def slug(name: str) -> str:
    """A readable, IRI-safe path segment for a name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", normalise(ascii_name)).strip("-")
    if not s:
        return "x-" + hashlib.sha1(name.encode()).hexdigest()[:12]
    return s[:80]


@dataclass(frozen=True)
class Node:
    """A resolved entity: its node's local name (under id/entity/) and label."""

    local: str
    label: str
    type: str


@dataclass
class EntityIndex:
    """Names of the nodes already known (stored, or built earlier in this run)."""

    labels: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    aliases: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    nodes: dict[str, Node] = field(default_factory=dict)

    def add(self, node: Node, names: list[str]) -> None:
        self.nodes.setdefault(node.local, node)
        if is_name(node.label):  # "interior ministry" is one state's, and the article's
            self.labels[(node.type, normalise(node.label))].add(node.local)
        for n in names:
            if is_name(n):
                self.aliases[(node.type, normalise(n))].add(node.local)

    def _unique(self, table: dict, etype: str, names: list[str]) -> str | None:
        found: set[str] = set()
        for n in names:
            found |= table.get((etype, normalise(n)), set())
        return next(iter(found)) if len(found) == 1 else None

    def resolve(self, entity: Entity, taken: frozenset[str] = frozenset(), scope: str = "") -> Node:
        """The entity's node; never one of `taken` (nodes of other entities of its article,
        which the NLP stage already decided are different things).  An entity known only
        by a description ("the digital ministry") gets a node of its own article, `scope`."""
        if not is_name(entity.name):
            local = f"{slug(entity.name)}-{hashlib.sha1(scope.encode()).hexdigest()[:8]}"
            return self.nodes.get(local, Node(local=local, label=entity.name, type=entity.type))
        names = [
            n
            for n in (entity.name, *entity.aliases, *(m.text for m in entity.mentions))
            if is_name(n)
        ]
        local = self._unique(self.labels, entity.type, [entity.name])
        if local is None:
            local = self._unique(self.labels, entity.type, names)
        if local is None:
            local = self._unique(self.aliases, entity.type, names)
        if local is not None and local not in taken:
            return self.nodes[local]
        local = slug(entity.name)
        if local in self.nodes and self.nodes[local].type != entity.type:
            local = f"{local}-{entity.type.lower()}"
        if local in taken:
            local = f"{local}-{hashlib.sha1(entity.key.encode()).hexdigest()[:6]}"
        node = Node(local=local, label=entity.name, type=entity.type)
        return self.nodes.get(local, node)


def _linking_names(entity: Entity) -> list[str]:
    """Names that may find this node from another article.

    A country's body named without its country ("Defence Ministry" for the
    Russian Defence Ministry) would capture every other country's body of that
    name, so such a shortened mention is no linking name; nor is a mission or
    court named without its seat ("Norlandic Embassy" for the one in Tarsk).
    """
    names = [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]
    full = normalise(entity.name)
    names = [n for n in names if not full.startswith(normalise(n) + " in ")]
    if entity.type not in {"GovernmentAgency", "MilitaryUnit"}:
        return names
    return [n for n in names if not (full.endswith(" " + normalise(n)) and normalise(n) != full)]


def resolve(extraction: Extraction, index: EntityIndex) -> dict[str, Node]:
    """Map each entity key of the extraction to its node, and record the new names."""
    out: dict[str, Node] = {}
    for entity in extraction.entities:
        node = index.resolve(
            entity, frozenset(n.local for n in out.values()), scope=extraction.article.id
        )
        out[entity.key] = node
        index.add(node, _linking_names(entity))
    return out
