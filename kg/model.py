"""Plain typed objects that flow between the pipeline's stages.

Every stage hands the next one these dataclasses and nothing else: the
reader knows files, the NLP stage knows spaCy, only the mapping stage
knows RDF.  Keeping them free of library types lets a notebook build or
inspect them by hand and lets each stage be tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal[
    "Person",
    "Organization",
    "GovernmentAgency",
    "MilitaryUnit",
    "Country",
    "Location",
    "Product",
]
ENTITY_TYPES: tuple[str, ...] = (
    "Person",
    "Organization",
    "GovernmentAgency",
    "MilitaryUnit",
    "Country",
    "Location",
    "Product",
)

Predicate = Literal[
    "leads",
    "memberOf",
    "founded",
    "owns",
    "operates",
    "partOf",
    "country",
    "locatedIn",
    "uses",
    "supplies",
    "contractWith",
    "inConflictWith",
]
PREDICATES: tuple[str, ...] = (
    "leads",
    "memberOf",
    "founded",
    "owns",
    "operates",
    "partOf",
    "country",
    "locatedIn",
    "uses",
    "supplies",
    "contractWith",
    "inConflictWith",
)
SYMMETRIC_PREDICATES: frozenset[str] = frozenset({"contractWith", "inConflictWith"})

Stance = Literal["asserts", "denies"]
STANCES: tuple[str, ...] = ("asserts", "denies")


@dataclass(frozen=True)
class Article:
    """One news article as read from disk, before any NLP."""

    id: str
    text: str
    title: str = ""
    published: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None
    source: str | None = None  # publisher name
    origin: str = ""  # file (and line) it was read from, for messages


@dataclass(frozen=True)
class ReadProblem:
    """An input that could not be turned into an article, and why."""

    origin: str  # file name, with ":LINE" for a line of a .jsonl file
    reason: str


@dataclass(frozen=True)
class Span:
    """Character offsets into Article.text (end exclusive)."""

    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """The sentence a fact or claim was read from: its text and offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Entity:
    """One real-world thing named in an article, with every mention of it.

    `key` identifies the entity within the article (the NLP stage chooses it);
    `name` is its canonical name, from which the node IRI is derived.
    """

    key: str
    name: str
    type: str  # one of ENTITY_TYPES
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # other names, without `name`


@dataclass(frozen=True)
class Relation:
    """A fact the article states in its own voice: subject -predicate-> object."""

    subject: str  # Entity.key
    predicate: str  # one of PREDICATES
    object: str  # Entity.key
    evidence: Sentence
    confidence: float = 0.5


@dataclass(frozen=True)
class ClaimedRelation:
    """A relation that a speaker asserts or denies, kept out of the fact layer."""

    subject: str
    predicate: str
    object: str


@dataclass(frozen=True)
class Claim:
    """A statement the article attributes to a speaker."""

    speaker: str  # Entity.key
    stance: str  # one of STANCES
    text: str
    evidence: Sentence
    about: tuple[str, ...] = ()  # Entity.key values
    date: str | None = None  # ISO date (YYYY-MM-DD) or year-month (YYYY-MM)
    relation: ClaimedRelation | None = None
    confidence: float = 0.5


@dataclass
class Extraction:
    """Everything the NLP stage found in one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None  # why extraction failed on this article; then nothing else is set

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)
