"""SHACL validation of one article's graph, and setting aside what fails.

An article is validated on its own graph (which types every entity it
uses), so the cost does not grow with the store.  A statement that breaks
a shape is moved, with whatever hangs off it, into a quarantine graph kept
with the report; the rest of the article is stored.  Nothing is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from kg.errors import InputError, ValidationSetupError
from kg.model import PREDICATES
from kg.namespaces import NKG, ONTOLOGY_DIR, SHAPES_DIR

RELATION_PREDICATES = frozenset(NKG[p] for p in PREDICATES)
_MAX_ROUNDS = 4


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology, its blank nodes turned into IRIs named from its content.

    A store update gives blank nodes fresh identities, so the ontology graph
    would differ after every build; content-named IRIs make it identical.
    """
    return to_canonical_graph(_load_dir(ONTOLOGY_DIR)).skolemize(
        authority="https://w3id.org", basepath="/newskg/.well-known/genid/"
    )


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return _load_dir(SHAPES_DIR)


def _load_dir(folder) -> Graph:
    g = Graph()
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise ValidationSetupError(f"no Turtle files in {folder}")
    for f in files:
        try:
            g.parse(f, format="turtle")
        except Exception as exc:  # rdflib raises many parser types
            raise ValidationSetupError(f"cannot parse {f}: {exc}") from exc
    return g


@dataclass(frozen=True)
class Violation:
    """One SHACL result, in the words an analyst reads."""

    focus: Node
    path: Node | None
    value: Node | None
    shape: Node | None
    message: str
    severity: str


@dataclass
class Outcome:
    """What validation kept, what it set aside, and why."""

    kept: Graph
    quarantined: Graph
    violations: list[Violation] = field(default_factory=list)
    report: Graph = field(default_factory=Graph)

    @property
    def conforms(self) -> bool:
        return not self.violations


def check(graph: Graph) -> tuple[list[Violation], Graph]:
    """Validate a graph against the shapes; return its violations and the report graph."""
    _conforms, report, _text = shacl_validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
    )
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        message = report.value(result, SH.resultMessage)
        severity = report.value(result, SH.resultSeverity)
        violations.append(
            Violation(
                focus=report.value(result, SH.focusNode),
                path=report.value(result, SH.resultPath),
                value=report.value(result, SH.value),
                shape=report.value(result, SH.sourceShape),
                message=str(message) if message is not None else "shape violated",
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            )
        )
    return violations, report


def validate_article(graph: Graph) -> Outcome:
    """Validate, then set aside what fails until the rest conforms."""
    kept = Graph()
    for prefix, ns in graph.namespaces():
        kept.bind(prefix, ns)
    kept += graph
    quarantined = Graph()
    for prefix, ns in graph.namespaces():
        quarantined.bind(prefix, ns)
    all_violations: list[Violation] = []
    report = Graph()
    for _ in range(_MAX_ROUNDS):
        violations, rep = check(kept)
        if not violations:
            break
        if not all_violations:
            report = rep
        all_violations.extend(violations)
        doomed = set()
        for v in violations:
            doomed |= _statements_of(kept, v)
        if not doomed:
            doomed = set(kept)
        for t in doomed:
            kept.remove(t)
            quarantined.add(t)
    else:
        violations, _ = check(kept)
        if violations:
            quarantined += kept
            kept = Graph()
    return Outcome(kept=kept, quarantined=quarantined, violations=all_violations, report=report)


def _targets_subjects_of(shape: Node | None) -> Node | None:
    if shape is None:
        return None
    return shapes_graph().value(shape, SH.targetSubjectsOf)


def _statements_of(g: Graph, v: Violation) -> set[tuple[Node, Node, Node]]:
    """The triples that must go with a violation so that the rest can stay."""
    focus = v.focus
    types = set(g.objects(focus, RDF.type))
    if NKG.Article in types:
        return set(g)
    if NKG.Fact in types:
        return _fact_closure(g, focus)
    if NKG.Claim in types:
        return set(g.triples((focus, None, None)))
    if NKG.Sentence in types:
        out = set(g.triples((focus, None, None)))
        for holder in g.subjects(NKG.evidence, focus):
            out |= _holder_closure(g, holder)
        return out
    predicate = _targets_subjects_of(v.shape)
    if predicate is None and v.path in RELATION_PREDICATES:
        predicate = v.path
    if predicate is not None:
        value = v.value if v.path == predicate else None
        return _relation_closure(g, focus, predicate, value)
    # the entity itself is broken: it goes, with everything that names it
    out = set(g.triples((focus, None, None))) | set(g.triples((None, None, focus)))
    for holder in set(g.subjects(RDF.subject, focus)) | set(g.subjects(RDF.object, focus)):
        out |= _fact_closure(g, holder)
    for claim in set(g.subjects(None, focus)):
        if (claim, RDF.type, NKG.Claim) in g:
            out |= set(g.triples((claim, None, None)))
    return out


def _holder_closure(g: Graph, holder: Node) -> set:
    if (holder, RDF.type, NKG.Fact) in g:
        return _fact_closure(g, holder)
    return set(g.triples((holder, None, None)))


def _fact_closure(g: Graph, fact: Node) -> set:
    out = set(g.triples((fact, None, None)))
    s, p, o = g.value(fact, RDF.subject), g.value(fact, RDF.predicate), g.value(fact, RDF.object)
    if s is not None and p is not None and o is not None:
        out.add((s, p, o))
    return out


def _relation_closure(g: Graph, subject: Node, predicate: Node, value: Node | None) -> set:
    out = set()
    for o in [value] if value is not None else list(g.objects(subject, predicate)):
        out.add((subject, predicate, o))
        for fact in g.subjects(RDF.subject, subject):
            if (fact, RDF.predicate, predicate) in g and (fact, RDF.object, o) in g:
                out |= _fact_closure(g, fact)
    return out


def describe(v: Violation, g: Graph) -> dict[str, str]:
    """A violation as an analyst reads it: whose, what rule, which sentence."""

    def label(n: Node | None) -> str:
        if n is None:
            return ""
        lab = g.value(n, RDFS.label)
        return str(lab) if lab is not None else _short(n)

    sentence = ""
    focus = v.focus
    evidence_holders = [focus]
    if v.path in RELATION_PREDICATES or _targets_subjects_of(v.shape) is not None:
        evidence_holders = list(g.subjects(RDF.subject, focus))
    for h in evidence_holders:
        ev = g.value(h, NKG.evidence)
        if ev is not None and (t := g.value(ev, NKG.text)) is not None:
            sentence = str(t)
            break
    return {
        "focus": str(focus),
        "label": label(focus),
        "path": _short(v.path) if v.path is not None else "",
        "value": label(v.value) if isinstance(v.value, URIRef) else str(v.value or ""),
        "rule": v.message,
        "shape": _short(v.shape) if v.shape is not None else "",
        "sentence": sentence,
    }


def _short(n: Node | None) -> str:
    if n is None or isinstance(n, BNode):
        return ""
    if isinstance(n, Literal):
        return str(n)
    s = str(n)
    return s.rsplit("#", 1)[-1] if "#" in s else s.rsplit("/", 1)[-1]


__all__ = ["Outcome", "Violation", "check", "describe", "validate_article"]


@dataclass
class Report:
    """Validation of many graphs: readable items and the merged SHACL report graph."""

    checked: int = 0
    items: list[dict[str, str]] = field(default_factory=list)
    graph: Graph = field(default_factory=Graph)

    @property
    def conforms(self) -> bool:
        return not self.items

    def add(self, source: str, data: Graph) -> None:
        violations, report = check(data)
        self.checked += 1
        for v in violations:
            self.items.append({"source": source, **describe(v, data)})
        reports = set(report.subjects(RDF.type, SH.ValidationReport))
        for t in report:
            if t[0] not in reports:
                self.graph.add(t)

    def shacl_graph(self) -> Graph:
        """One sh:ValidationReport over everything checked, for machines."""
        g = Graph()
        g.bind("sh", SH)
        g += self.graph
        node = BNode()
        g.add((node, RDF.type, SH.ValidationReport))
        g.add((node, SH.conforms, Literal(self.conforms)))
        for result in self.graph.subjects(RDF.type, SH.ValidationResult):
            g.add((node, SH.result, result))
        return g

    def text(self) -> str:
        if self.conforms:
            return f"Conforms: {self.checked} graph(s) checked, no violations."
        lines = [f"Does not conform: {len(self.items)} violation(s) in {self.checked} graph(s)."]
        for item in self.items:
            what = item["label"] + (f" {item['path']} {item['value']}" if item["path"] else "")
            lines.append(f"- [{item['source']}] {what}: {item['rule']}")
            if item["sentence"]:
                lines.append(f"    from: {item['sentence']}")
        return "\n".join(lines)


def validate_store(store) -> Report:
    """Validate every article graph of a store, one graph at a time."""
    report = Report()
    for article_id in store.article_ids():
        report.add(article_id, store.article_graph(article_id))
    return report


def validate_files(paths) -> Report:
    """Validate Turtle files (one graph each) or TriG/N-Quads files (each named graph)."""
    from pathlib import Path

    from rdflib import Dataset

    report = Report()
    for path in map(Path, paths):
        suffix = path.suffix.lower()
        try:
            if suffix in (".trig", ".nq", ".nquads"):
                ds = Dataset()
                ds.parse(path, format="trig" if suffix == ".trig" else "nquads")
                for g in ds.graphs():
                    if len(g):
                        data = Graph()
                        data += g
                        report.add(f"{path.name} {g.identifier}", data)
            else:
                report.add(path.name, Graph().parse(path, format=_rdf_format(suffix)))
        except (OSError, ValueError, SyntaxError) as exc:
            raise InputError(f"cannot read {path}: {exc}") from exc
        except Exception as exc:  # rdflib's parsers raise their own types
            raise InputError(f"cannot parse {path}: {exc}") from exc
    return report


def _rdf_format(suffix: str) -> str:
    return {".nt": "nt", ".jsonld": "json-ld", ".rdf": "xml", ".xml": "xml"}.get(suffix, "turtle")
