"""Which state a bare head-of-state title names: "President X" on the publication date.

An article says "President Jane Doe said ..." and never "Freedonia's President":
the title states that she leads a state, and which one is what every reader
knows on the day the article appeared. Two steps, because the pipeline does
not know the publication date: `titled_heads` (in the relation component)
finds people named after such a title with no state in it, and
`office_relations` (in `extract`, with the date) looks them up in
kg/data/office_holders.json, the heads of state and of government with their
terms, and adds `leads` when the article names that state
(docs/decisions/0006-office-holders.md). A holder named in full with no title
("after Vladimir Putin recognised ...") is looked up by the full name alone.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from kg.model import Entity, Relation, Sentence
from kg.nlp.vocab import Vocab, fold, get_vocab, load_json

# words before a title that make it someone else's office or another time
NOT_THE_HEAD = frozenset(
    {"vice", "deputy", "former", "ex", "late", "then", "acting", "first", "lady", "elect"}
)


@dataclass(frozen=True)
class Holder:
    names: frozenset[str]  # folded full names
    surname: str  # folded last word of the name
    country: str
    office: str
    start: date
    end: date | None

    def in_office(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@lru_cache(maxsize=1)
def holders() -> tuple[Holder, ...]:
    data = load_json("office_holders.json")
    vocab = get_vocab()
    out: list[Holder] = []
    for h in data["holders"]:
        names = [h["name"], *h.get("aliases", [])]
        out.append(
            Holder(
                names=frozenset(fold(n) for n in names),
                surname=fold(h["name"]).split()[-1],
                country=vocab.country(h["country"]) or h["country"],
                office=h["office"],
                start=date.fromisoformat(h["start"]),
                end=date.fromisoformat(h["end"]) if h.get("end") else None,
            )
        )
    return tuple(out)


def _title_before(doc: Doc, start: int, vocab: Vocab) -> tuple[int, list[str]] | None:
    """The bare head title right before token `start`, as (its first token, offices)."""
    titles: dict[str, list[str]] = vocab.relations["bare_head_titles"]
    for title, offices in titles.items():
        words = title.split()
        first = start - len(words)
        if first < 0:
            continue
        if [t.lower_ for t in doc[first:start]] != words:
            continue
        if not all(t.text[:1].isupper() for t in doc[first:start]):
            continue  # "the president Jane Doe met": no title
        prev = doc[first - 1] if first > 0 else None
        if prev is not None and (
            prev.lower_.rstrip(".") in NOT_THE_HEAD
            or prev.tag_ == "POS"
            or prev.pos_ == "PROPN"
            or vocab.demonym(prev.text)
            or vocab.country(prev.text)
            or (doc._.kg_token_ents or {}).get(prev.i)
        ):
            return None  # "Vice President", "Acme President", "Freedonia's President"
        return first, offices
    return None


def titled_heads(doc: Doc, vocab: Vocab) -> list[dict[str, Any]]:
    """People named after a bare head title: {"person", "offices", "evidence"} each; and
    people named in full without one, with no offices ("Vladimir Putin recognised ..."),
    whom only a holder's full name identifies."""
    out: list[dict[str, Any]] = []
    for e in doc._.kg_entities or []:
        if e.type != "Person":
            continue
        untitled: dict[str, Any] | None = None
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            found = _title_before(doc, span.start, vocab)
            if found is None:
                if untitled is None and len(span) > 1:
                    sent = span.sent
                    evidence = Sentence(sent.start_char, sent.end_char, sent.text)
                    untitled = {"person": e.key, "offices": [], "evidence": asdict(evidence)}
                continue
            sent = doc[found[0]].sent
            evidence = Sentence(sent.start_char, sent.end_char, sent.text)
            out.append({"person": e.key, "offices": found[1], "evidence": asdict(evidence)})
            break
        else:
            if untitled is not None:
                out.append(untitled)
    return out


def office_relations(
    heads: list[dict[str, Any]],
    entities: list[Entity],
    relations: list[Relation],
    published: str | None,
) -> list[Relation]:
    """`leads` for each titled head whose office on the publication date is certain and
    whose state the article names, and for each head of state or government named in full
    without a title; nothing without a date."""
    if not published:
        return []
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return []
    vocab = get_vocab()
    people = {e.key: e for e in entities}
    states = {vocab.country(e.name) or e.name: e.key for e in entities if e.type == "Country"}
    have = {(r.subject, r.predicate, r.object) for r in relations}
    out: list[Relation] = []
    for head in heads:
        person = people.get(head["person"])
        if person is None:
            continue
        names = {fold(n) for n in [person.name, *person.aliases]}
        offices = head["offices"]
        current = [
            h for h in holders() if (h.office in offices or not offices) and h.in_office(day)
        ]
        match = [h for h in current if h.names & names]
        if not match and offices:  # "President Doe": a surname alone, if only one holder has it
            singles = {n for n in names if " " not in n}
            match = [h for h in current if h.surname in singles]
        if len({h.country for h in match}) != 1:
            continue
        state = states.get(match[0].country)
        if state is None or (head["person"], "leads", state) in have:
            continue
        evidence = Sentence(**head["evidence"])
        confidence = 0.6 if offices else 0.5  # a full name with no title: knowledge alone
        out.append(Relation(head["person"], "leads", state, evidence, confidence))
        have.add((head["person"], "leads", state))
    return out
