"""Domain vocabularies for the NLP stage, read from the JSON files in kg/data/.

Patterns and word lists live in data files so that analysts can extend them
without touching code; this module only loads them (once) and builds the
look-up tables the components need.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.errors import NLPError
from kg.nlp.gazetteer import Gazetteer, Known, load_gazetteer


def load_json(name: str) -> dict[str, Any]:
    """Read one JSON file from kg/data/."""
    try:
        text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
        return json.loads(text)
    except (OSError, json.JSONDecodeError) as exc:
        raise NLPError(f"cannot read NLP data file kg/data/{name}: {exc}") from exc


def fold(text: str) -> str:
    """Case- and quote-insensitive form of a name used as a dictionary key."""
    text = text.replace("\u2019", "'").strip().lower()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Vocab:
    """Every vocabulary the components use, as ready-made look-up sets."""

    country_by_name: dict[str, str]
    country_by_demonym: dict[str, str]
    country_by_capital: dict[str, str]
    entity: dict[str, Any]
    roles: dict[str, str]
    attribution: dict[str, Any]
    furniture: list[re.Pattern[str]]
    weather: list[re.Pattern[str]]
    relations: dict[str, Any]
    portfolio_titles: dict[str, list[str]] = field(default_factory=dict)
    credits: list[re.Pattern[str]] = field(default_factory=list)  # picture credits in a line
    sets: dict[str, frozenset[str]] = field(default_factory=dict)
    gazetteer: Gazetteer = field(default_factory=lambda: Gazetteer({}, {}))
    given_names: frozenset[str] = frozenset()
    official_form: re.Pattern[str] | None = None  # "federal republic of ", "kingdom of the "

    def words(self, name: str) -> frozenset[str]:
        """A named word list (from any data file) as a lower-cased set."""
        return self.sets[name]

    def frame_lemmas(self, predicate: str) -> frozenset[str]:
        """The verbs whose frames state a predicate ("supplies": give, send, sell ...)."""
        return frozenset(
            lemma
            for f in self.relations["verb_frames"]
            if f["predicate"] == predicate
            for lemma in f["lemmas"]
        )

    def country(self, text: str) -> str | None:
        """Canonical country name for a name or alias, or an official name ("Federal
        Republic of Zedland") of a listed state, else None."""
        folded = fold(text)
        found = self.country_by_name.get(folded)
        if found is None and self.official_form is not None and " of " in folded:
            m = self.official_form.match(folded)
            if m:
                found = self.country_by_name.get(folded[m.end() :])
        if found is None and folded.endswith(" republic") and folded.count(" ") == 1:
            found = self.demonym(text.split()[0])  # "the Kyrgyz Republic", "Slovak Republic"
        return found

    def state_of(self, word: str) -> str | None:
        """The state a word names or qualifies: "Norway", "Norway's", "Norwegian"."""
        return self.country(word) or self.demonym(word.removesuffix("'s").removesuffix("’s"))

    def capital_of(self, text: str) -> str | None:
        """Country whose capital this is ("Moscow" -> "Russia"), else None."""
        return self.country_by_capital.get(fold(text))

    def known(self, text: str) -> Known | None:
        """The gazetteer's entry for a name ("Lockheed Martin", "FBI"), else None."""
        return self.gazetteer.lookup(text.strip(), fold(text))

    def listed(self, text: str) -> Known | None:
        """The gazetteer's entry for a name when it and the listed name are unambiguous."""
        return self.gazetteer.listed(text.strip(), fold(text))

    def demonym(self, text: str) -> str | None:
        """Country for a nationality word ("Russian" -> "Russia"), else None."""
        return self.country_by_demonym.get(text.replace("\u2019", "'").strip().lower())


@lru_cache(maxsize=1)
def get_vocab() -> Vocab:
    """Load every data file once per process."""
    country_data = load_json("countries.json")
    countries = country_data["countries"]
    forms = country_data["official_forms"]
    official_form = re.compile(
        rf"(?:(?:{'|'.join(map(re.escape, [fold(q) for q in forms['qualifiers']]))}) )*"
        rf"(?:{'|'.join(map(re.escape, forms['forms']))}) of (?:the )?"
    )
    by_name: dict[str, str] = {}
    by_dem: dict[str, str] = {}
    by_cap: dict[str, str] = {}
    for c in countries:
        for n in [c["name"], *c["aliases"]]:
            by_name.setdefault(fold(n), c["name"])
        if c.get("capital"):
            by_cap[fold(c["capital"])] = c["name"]
        for d in c["demonyms"]:
            by_dem.setdefault(d.lower(), c["name"])
    entity = load_json("entity_vocab.json")
    roles_data = load_json("roles.json")
    roles: dict[str, str] = {}
    for pred in ("founded", "leads", "memberOf"):
        for title in roles_data[pred]:
            roles.setdefault(title.lower(), pred)
    for key in ("head_of_state", "local_head", "subordinate_modifiers", "title_modifiers"):
        roles_data[key] = [w.lower() for w in roles_data[key]]
    attribution = load_json("attribution.json")
    furn = load_json("furniture.json")
    flags = re.IGNORECASE
    furniture = [re.compile(p, flags) for p in furn["lines"]]
    weather = [re.compile(p, flags) for p in furn["weather"]]
    credits = [re.compile(p, flags) for p in furn["credits"]]
    relations = load_json("relations.json")
    sets: dict[str, frozenset[str]] = {}
    for source in (entity, attribution, relations, roles_data):
        for key, value in source.items():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                if key in sets:  # one name, two lists: the later would silently win
                    raise ValueError(f"word list {key!r} is defined in two data files")
                sets[key] = frozenset(v.lower() for v in value)

    def is_country(text: str) -> bool:
        return fold(text) in by_name

    return Vocab(
        country_by_name=by_name,
        country_by_demonym=by_dem,
        country_by_capital=by_cap,
        entity=entity,
        roles=roles,
        attribution=attribution,
        furniture=furniture,
        weather=weather,
        credits=credits,
        relations=relations,
        portfolio_titles={k.lower(): v for k, v in roles_data["portfolio_titles"].items()},
        sets=sets,
        gazetteer=load_gazetteer(fold, is_country),
        given_names=frozenset(load_json("given_names.json")["names"]),
        official_form=official_form,
    )
