"""Names an analyst knows: the gazetteer in kg/data/gazetteer/*.json.

The small English model has little world knowledge. It calls a defence
contractor it has not met a person, splits a two-word company name and misses
most weapon systems. The gazetteer lists stable names of organisations,
government bodies, armed forces and groups, and products with their type, and
nothing else: no people, no office-holders and no relations, because those
change and because a relation belongs in the graph only when an article
states it (docs/decisions/0005-gazetteer.md).

A form that is also an ordinary word, a common name or the name of something
else ("Apple", "Patriot", "Ford") is marked ambiguous: it only corrects the
type of a name the model or a rule already found, and never makes a mention
on its own.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab as SpacyVocab

from kg.errors import NLPError

TYPES = frozenset(
    {"Organization", "GovernmentAgency", "MilitaryUnit", "Product", "Location", "Country", "Person"}
)


@dataclass(frozen=True)
class Known:
    """One gazetteer form: the thing's canonical name, its type, and whether the form is
    ambiguous."""

    name: str
    type: str
    ambiguous: bool


@dataclass(frozen=True)
class Gazetteer:
    by_form: dict[str, Known]  # exact surface form -> entry
    by_folded: dict[str, Known]  # fold(form) -> entry, for names the model trimmed differently

    def lookup(self, text: str, folded: str) -> Known | None:
        return self.by_form.get(text) or self.by_folded.get(folded)

    def listed(self, text: str, folded: str) -> Known | None:
        """The entry when neither the form nor the listed name is ambiguous: safe to link
        articles by."""
        known = self.lookup(text, folded)
        if known is None or known.ambiguous:
            return None
        name = self.by_form.get(known.name)
        return known if name is not None and not name.ambiguous else None

    def phrase_matcher(self, vocab: SpacyVocab, make_doc: Callable[[str], Doc]) -> PhraseMatcher:
        """A case-sensitive matcher of the unambiguous forms, one match label per type."""
        matcher = PhraseMatcher(vocab, attr="ORTH")
        by_type: dict[str, list[Doc]] = {}
        for form, known in self.by_form.items():
            if not known.ambiguous:
                by_type.setdefault(known.type, []).append(make_doc(form))
        for typ, docs in sorted(by_type.items()):
            matcher.add(typ, docs)
        return matcher


def _entries() -> list[tuple[str, dict]]:
    folder = resources.files("kg").joinpath("data", "gazetteer")
    out: list[tuple[str, dict]] = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".json"):
            continue
        where = f"kg/data/gazetteer/{item.name}"
        try:
            data = json.loads(item.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise NLPError(f"cannot read NLP data file {where}: {exc}") from exc
        for entry in data.get("entries", []):
            if entry.get("type") not in TYPES or not entry.get("name"):
                raise NLPError(f"{where}: entry without a name or a known type: {entry!r}")
            out.append((where, entry))
    return out


def load_gazetteer(
    fold: Callable[[str], str],
    is_country: Callable[[str], object],
    entries: list[dict] | None = None,
) -> Gazetteer:
    """Every gazetteer file (or the given entries), merged. A form listed with two
    different types names two different things and is left out; a form that is a
    country's name is left to the country list."""
    seen: dict[str, set[tuple[str, str]]] = {}
    ambiguous: set[str] = set()
    if entries is None:
        entries = [entry for _, entry in _entries()]
    for entry in entries:
        forms = [entry["name"], *entry.get("aliases", [])]
        ambiguous.update(entry.get("ambiguous", []))
        for form in forms:
            form = form.strip()
            if form and not is_country(form):
                seen.setdefault(form, set()).add((entry["name"], entry["type"]))
    by_form: dict[str, Known] = {}
    for form, things in seen.items():
        types = {t for _, t in things}
        if len(types) != 1:
            continue
        name = sorted(n for n, _ in things)[0]
        last = form.split()[-1]
        amb = form in ambiguous or len(things) > 1 or len(form) < 2 or last.islower()
        by_form[form] = Known(name, next(iter(types)), amb)
    for form, known in list(by_form.items()):
        plural = form + "s"  # "Eurofighter Typhoons", "Leopard 2s": a product's own plural
        if (
            known.type == "Product"
            and form[-1].isalnum()
            and form[-1] not in "sS"
            and (" " in form or any(ch.isdigit() for ch in form))  # not "Hornets": a team too
            and plural not in by_form
            and plural not in seen
            and not is_country(plural)
        ):
            by_form[plural] = known
    by_folded: dict[str, Known] = {}
    clashes: set[str] = set()
    for form, known in by_form.items():
        key = fold(form)
        if key in by_folded and by_folded[key].type != known.type:
            clashes.add(key)
        by_folded.setdefault(key, known)
    for key in clashes:
        del by_folded[key]
    return Gazetteer(by_form, by_folded)
