"""Relations the article states, read from the dependency parse.

Patterns, in order of how sure they are: possessives ("Poland's 12th
division" -> country), role titles before a name or in apposition ("Jane
Doe, spokeswoman for X" -> memberOf), nationality words and "the city of X"
phrases, "based in" participles, and verb frames in active and passive voice
("operated by Acme", "provided Poland with ...", "won a contract from").
Each candidate keeps its trigger token so that claims.py can tell a fact
from something a speaker only said, and whether it was negated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.model import Entity, Sentence
from kg.nlp.lookup import (
    ADMIN_AREAS,
    INTERNATIONAL_BODIES,
    anaphor_entity,
    dateline_places,
    entity_types,
    fold_name,
    key_at,
    last_person_before,
    phrase_entity,
    place_group,
    salient_entity_before,
    sent_of,
    sentence_of,
    topic_entity,
)
from kg.nlp.vocab import Vocab

EDGE_NOUNS = frozenset({"tip", "edge", "coast", "shore", "shores", "bank", "banks", "outskirts"})


@dataclass(frozen=True)
class RelationCandidate:
    """A relation read from the parse, before claims decide whether it is a fact."""

    subject: str
    predicate: str
    object: str
    trigger: int  # token index of the word that states it
    evidence: Sentence
    confidence: float
    negated: bool = False
    asserted: bool = True  # the sentence's main content (a verb frame), not background


OPEN_WATERS = frozenset({"sea", "ocean", "gulf", "strait", "straits"})
WATERS = OPEN_WATERS | {"bay", "river", "lake"}


def _of_phrase(tok: Token) -> Token | None:
    """The "of" a noun governs ("the family of X", "the unit of Acme"), if any."""
    return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)


class _Finder:
    def __init__(self, doc: Doc, vocab: Vocab) -> None:
        self.doc = doc
        self.vocab = vocab
        self.types = entity_types(doc)
        self.entities = {e.key: e for e in doc._.kg_entities or []}
        self.sigs = vocab.relations["signatures"]
        self.out: list[RelationCandidate] = []
        self.furniture = doc._.kg_furniture or []
        self.subunits = vocab.words("subunit_nouns")
        self._resolving_based = False
        self.struck_places: list[tuple[str, str, Token]] = []
        self.unnamed_targets: list[tuple[str, str, Token]] = []
        self.led_bodies: list[tuple[str, str, Token]] = []
        self.person_orgs: list[tuple[str, str, Token]] = []
        self.product_nouns = vocab.words("product_nouns")
        self.product_heads = self.product_nouns | vocab.words("product_context_before")
        self.giving = vocab.frame_lemmas("supplies")
        self.location_names = {
            e.key: e.name for e in doc._.kg_entities or [] if e.type == "Location"
        }
        self.countries = {e.name: e.key for e in doc._.kg_entities or [] if e.type == "Country"}
        # "X is a town in Y", "X, a reef off Y": nouns for the kind of place a name is
        self.place_nouns = (
            vocab.words("location_nouns")
            | vocab.words("place_kind_nouns")
            | vocab.words("works_nouns")  # "the Zed prison in X", "the Zed hotel in X"
            | vocab.words("facility_appositives")  # "Zed, a refinery complex in X"
            | {
                "freeway",
                "hamlet",
                "wilderness",
                "neighbourhood",
            }
        )
        # the body a title prefix named, by the token its person's name starts at
        self.prefix_bodies: dict[int, str] = {}
        self.own_pairs: set[frozenset[str]] = set()  # "Acme and its Zed unit"
        self.sold: dict[tuple[int, str], str] = {}  # (verb, thing) -> buyer: "sold Zedly to X"

    # -- helpers -----------------------------------------------------------
    def _spans(self, etype: str) -> Iterator[tuple[Entity, Span]]:
        """Every mention of every entity of one type, as a span of the doc."""
        for e in self.doc._.kg_entities or []:
            if e.type != etype:
                continue
            for m in e.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    yield e, span

    def fits(self, pred: str, s: str, o: str) -> bool:
        sig = self.sigs[pred]
        if s == o or self.types.get(s) not in sig[0] or self.types.get(o) not in sig[1]:
            return False
        # open waters belong to no state or owner, nor lie in a state on their shore
        if pred in {"owns", "operates"}:
            return not self._waters(o)
        if pred in {"country", "locatedIn"}:
            return not self._waters(s) or self._waters(o)
        return True

    def _vessel(self, key: str) -> bool:
        """A ship named with its prefix ("HMS Zed", "BRP Yon")."""
        first = self.entities[key].name.split()[0].lower()
        return first in self.vocab.words("vessel_prefixes")

    def _waters(self, key: str) -> bool:
        e = self.entities[key]
        return e.type == "Location" and e.name.split()[-1].lower() in OPEN_WATERS

    def add(
        self,
        s: str | None,
        pred: str,
        o: str | None,
        trigger: Token,
        conf: float,
        *,
        negated: bool = False,
        asserted: bool = False,
    ) -> bool:
        if not s or not o or not self.fits(pred, s, o):
            return False
        if any(a <= trigger.idx < b for a, b in self.furniture):
            return False
        self.out.append(
            RelationCandidate(
                s, pred, o, trigger.i, sentence_of(self.doc, trigger), conf, negated, asserted
            )
        )
        return True

    def add_first(
        self, s: str | None, preds: list[str], o: str | None, trig: Token, conf: float, **kw: bool
    ) -> None:
        for p in preds:
            if self.add(s, p, o, trig, conf, **kw):
                return

    def ents(self, tok: Token | None, *, preps: bool = False) -> list[str]:
        """Entities a noun phrase names, with its conjuncts ("Sweden and Finland")."""
        if tok is None:
            return []
        out = []
        based = self._based_after_town(tok)
        if (
            based is None
            and tok.is_lower
            and not (tok.dep_ == "appos" and key_at(self.doc, tok.head.i))
        ):
            based = next(
                (c for c in tok.children if c.dep_ == "amod" and c.lower_ == "based"), None
            )
        if based is not None:
            # "led the Oslo-based company", "a stake in the Varde, Norland-based company"
            # (parsed with Varde as the object): the company referred back to, not the town
            k = self._based_company(tok, based)
            if k:
                return [k]
        if (tok.like_num or tok.lower_ in {"some", "most", "many", "several", "dozens"}) and not (
            key_at(self.doc, tok.i)
        ):
            of = _of_phrase(tok)
            if of is not None:
                return self.pobj_ents(of)  # "flies 12 of its 40 Zed 7s": the Zed 7s
        if tok.is_lower and tok.lemma_ == "family":
            of = _of_phrase(tok)
            people = [k for k in self.pobj_ents(of) if self.types.get(k) == "Person"] if of else []
            if people:
                return people[:1]  # "controlled by the family of tycoon Jane Roe": hers
        if tok.is_lower and (
            tok.lemma_ in self.vocab.words("collective_nouns")
            or (tok.lemma_ in self.place_nouns and not key_at(self.doc, tok.i))
            or (tok.lemma_ == "part" and any(c.lower_.endswith("ern") for c in tok.children))
        ):  # "the northern part of X": X
            # "heads the alliance of A and B": both, not the last alliance named;
            # "operates a fleet of A and B": the aircraft; "the ports of A and B": the ports
            of = _of_phrase(tok)
            if of is not None and self.pobj_ents(of):
                return self.pobj_ents(of)
        if (
            tok.is_lower
            and tok.lower_ in self.vocab.words("force_nouns")
            and not key_at(self.doc, tok.i)
            and (states := self._all_of(tok, {"Country"}))
        ):
            return states  # "flown by the air forces of A and B": the states
        if (
            tok.is_lower
            and tok.dep_ == "pobj"
            and tok.head.dep_ == "agent"
            and (tok.lemma_ in self.vocab.words("vessel_nouns") or tok.lemma_ == "submarine")
            and (forces := self._all_of(tok, {"MilitaryUnit", "Country"}, conjuncts=True))
        ):
            return forces  # "carried by frigates of Norland's Zed Fleet": the fleet's
        if tok.is_lower and tok.tag_ == "NNS" and not key_at(self.doc, tok.i):
            # "to carriers including A and B", "firms such as A": the ones named
            for c in tok.children:
                such_as = c.lower_ == "as" and c.i > 0 and self.doc[c.i - 1].lower_ == "such"
                if c.dep_ == "prep" and (c.lower_ in {"including", "like"} or such_as):
                    named = self.pobj_ents(c)
                    if named:
                        return named
        for t in [tok, *tok.conjuncts]:
            k = phrase_entity(self.doc, t, through_preps=preps) or self.np_entity(t)
            if k and k not in out:
                out.append(k)
            for a in t.children if t.is_lower else ():  # "two directors, A and B, joined"
                if a.dep_ == "appos" and key_at(self.doc, a.i) == k:
                    out += [m for c in a.conjuncts if (m := key_at(self.doc, c.i)) and m not in out]
            if k and t.is_lower and (self.types.get(k) == "Product" or t.tag_ == "NNS"):
                # "Zed 3 and Zed Y cars", "the Zed and Yon plants": every name before the noun
                named = [c for c in t.children if c.dep_ in {"compound", "nmod", "amod"}]
                for n in [*named, *(cj for c in named for cj in c.conjuncts)]:
                    # "A air defence systems and B fighter jets", parsed as one noun
                    m = key_at(self.doc, n.i) or next(
                        (key_at(self.doc, c.i) for c in n.children if c.dep_ == "compound"), None
                    )
                    if m and m not in out and self.types.get(m) == self.types.get(k):
                        out.append(m)
        left = self.doc[tok.left_edge.i : tok.i]
        if key_at(self.doc, tok.i) and any(t.lower_ == "and" for t in left):
            # "Acme Energy and Brixco Holdings" misparsed as one name with a conjunct inside
            listed = self._listed_from(tok.left_edge.i)
            if listed and listed[-1] == key_at(self.doc, tok.i):
                out += [k for k in listed if k not in out]
        return out

    def _all_of(self, tok: Token, kinds: set[str], *, conjuncts: bool = False) -> list[str]:
        """The entities after "of" (with `conjuncts`, also after a conjunct's: "frigates and
        submarines of X"), if all are of `kinds`."""
        of = _of_phrase(tok)
        if of is None and conjuncts:
            of = next((p for c in tok.conjuncts if (p := _of_phrase(c)) is not None), None)
        found = self.pobj_ents(of) if of is not None else []
        return found if all(self.types.get(k) in kinds for k in found) else []

    def pobj_ents(self, prep: Token) -> list[str]:
        """Entities named by a preposition's object ("to Ukraine", "by Acme and Brixco")."""
        return self.ents(next((g for g in prep.children if g.dep_ == "pobj"), None))

    def np_entity(self, tok: Token, exclude: str | None = None) -> str | None:
        """The entity a noun phrase stands for, through apposition and "the company"."""
        doc = self.doc
        k = key_at(doc, tok.i)
        if k and k != exclude:
            return k
        if tok.dep_ == "appos" and key_at(doc, tok.head.i) not in {None, exclude}:
            head_key = key_at(doc, tok.head.i)
            kinds = self.vocab.entity["definite_anaphors"].get(tok.lower_, [])
            edge = tok.left_edge.i
            near = key_at(doc, edge - 2) if edge >= 2 and doc[edge - 1].text == "," else None
            if (
                kinds
                and self.types.get(head_key or "") not in kinds
                and near not in {None, exclude}
                and self.types.get(near or "") in kinds
            ):
                # "Jane Roe of Zedcosmos, Norland's space agency": the agency, not Roe
                return near
            if (
                near not in {None, exclude, head_key}
                and doc[edge - 2] in tok.head.conjuncts
                and doc[edge].lower_ not in {"both", "all", "each"}
            ):
                return near  # "Acme and Brixco, Norland's state company": Brixco
            return head_key
        for c in tok.children:
            if c.dep_ == "appos" and key_at(doc, c.i) not in {None, exclude}:
                return key_at(doc, c.i)
        for c in tok.children:
            if c.dep_ == "appos" and c.is_lower:
                k = phrase_entity(doc, c) or next(
                    (
                        key_at(doc, g.i)
                        for g in c.children
                        if g.dep_ == "appos" and key_at(doc, g.i)
                    ),
                    None,
                )
                if k and k != exclude:
                    return k
        k = phrase_entity(doc, tok)
        if k and k != exclude:
            return k
        if tok.lower_ in self.vocab.words("location_nouns"):
            for c in tok.children:  # "the province of X"
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj" and key_at(doc, g.i) not in {None, exclude}:
                            return key_at(doc, g.i)
        if tok.lower_ == "state":  # "owned by the Finnish state": the country
            for c in tok.children:
                k = self.demonym_key(c) if c.dep_ == "amod" else None
                if k and k != exclude:
                    return k
        nxt = tok.i + 1
        if tok.is_lower and tok.pos_ == "NOUN" and nxt < len(doc):
            k = key_at(doc, nxt)  # "corporation Acme" when the parse splits them
            if k and k != exclude and key_at(doc, tok.i - 1) != k:
                return k
        anaphors = self.vocab.entity["definite_anaphors"]
        edge = tok.left_edge.i
        if tok.is_lower and edge >= 2 and doc[edge - 1].text == ",":
            # "Zapp, the chat app owned by Acme": an apposition, however it was parsed
            k = key_at(doc, edge - 2)
            if k and k != exclude and self.types.get(k) in anaphors.get(tok.lower_, []):
                return k
        if key_at(doc, tok.i):
            return None  # the word ends a name ("the opposition People's Party"), no anaphor
        return anaphor_entity(doc, tok, anaphors)

    def demonym_key(self, tok: Token) -> str | None:
        doc = self.doc
        # a two-word nationality ("South Korean", "New Zealand") before a one-word one
        pairs = [doc[max(tok.i - 1, 0) : tok.i + 1], doc[tok.i : tok.i + 2]]
        forms = [p.text for p in pairs if len(p) == 2] + [tok.text]
        country = next((c for f in forms if (c := self.vocab.demonym(f))), None)
        return self.countries.get(country) if country else None

    # -- patterns ----------------------------------------------------------
    def _one_of(self, noun: Token) -> str | None:
        """ "Zedco, one of Norland's largest retailers" and "Zedco is one of Norland's
        biggest": the named one of the many."""
        prep = noun.head if noun.dep_ == "pobj" else noun  # "one of Norland's largest"
        one = prep.head if prep.lower_ == "of" else None
        if one is None or one.lower_ != "one":
            return None
        if one.dep_ == "appos":
            return key_at(self.doc, one.head.i)
        if one.dep_ == "attr" and one.head.lemma_ == "be":
            subj = next((c for c in one.head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            named = [subj, *(c for c in subj.children if c.dep_ == "appos")]
            # "whose operator Zedtel is one of ...": the operator named in apposition
            return next((key_at(self.doc, t.i) for t in named if key_at(self.doc, t.i)), None)
        return None

    def _country_in_name(self, tok: Token) -> str | None:
        """ "Zedland Air, the country's flag carrier": the state the described name opens
        with, not the last one mentioned."""
        if tok.head.dep_ != "appos":
            return None
        named = self.entities.get(key_at(self.doc, tok.head.head.i) or "")
        if named is None or named.type not in {"Organization", "GovernmentAgency"}:
            return None
        words = named.name.split()
        for k in (2, 1):
            state = self.vocab.country(" ".join(words[:k])) if len(words) > k else None
            if state in self.countries:
                return self.countries[state]
        return None

    def possessives(self) -> None:
        for tok in self.doc:
            if (
                tok.dep_ == "pobj"
                and any(c.dep_ == "case" for c in tok.children)
                and any(c.tag_ == "JJS" for c in tok.children)
            ):
                # "Zedko, one of Norland's largest,": the state's, with no noun after it
                owner, one = key_at(self.doc, tok.i), self._one_of(tok)
                if owner and one and self.types.get(owner) == "Country" and owner != one:
                    self.add_first(one, ["country", "locatedIn"], owner, tok, 0.7)
            if tok.lower_ == "whose" and tok.dep_ in {"poss", "nsubj"}:
                self._whose(tok)  # "whose Zed 9B chip ...", parsed with "whose" a subject
                continue
            if tok.dep_ != "poss":
                continue
            owner = key_at(self.doc, tok.i)
            if tok.lower_ in {"his", "her"}:
                self.his_company(tok)
                continue
            if tok.lower_ in {"its", "their"}:
                self.its_product(tok)
                if tok.lower_ == "its":
                    self.its_body(tok)
                continue
            if tok.pos_ == "PROPN" and not any(c.dep_ == "case" for c in tok.children):
                continue  # "Acme and Norland's Zed": only Norland is the possessor
            anaphors = self.vocab.entity["definite_anaphors"]
            if not owner and tok.lower_ == "country":  # "the country's defence ministry"
                owner = self._country_in_name(tok) or anaphor_entity(self.doc, tok, anaphors)
            if (
                not owner
                and tok.is_lower
                and "Organization" in anaphors.get(tok.lower_, [])
                and tok.lower_ not in {"bloc", "alliance"}  # their bodies are parts, not assets
            ):
                # "the Californian software company's Zed app"
                owner = anaphor_entity(self.doc, tok, anaphors)
            if not owner:
                continue
            head = tok.head
            force = key_at(self.doc, head.i)
            if (
                self.types.get(owner) == "Person"
                and force
                and self.types.get(force) == "MilitaryUnit"
                and not head.is_lower
            ):
                self.add(owner, "leads", force, tok, 0.5)  # "Omar Zaid's Free Sahel Army"
                continue
            if (
                self.types.get(owner) == "Person"
                and head.is_lower
                and head.lower_ in self.vocab.words("led_body_nouns")
            ):
                # "Jane Doe's ministry said": the body she heads
                own = key_at(self.doc, head.i)
                if own and self.types.get(own) in {"GovernmentAgency", "Organization"}:
                    self.led_bodies.append((owner, own, tok))  # "Roe's interior ministry"
                    continue
                named_party = next(
                    (
                        k
                        for c in head.children
                        if c.dep_ in {"compound", "nmod"}
                        and c.i > tok.i
                        and (k := key_at(self.doc, c.i))
                        and self.types.get(k) == "Organization"
                        and self._party(k)
                    ),
                    None,
                )
                if named_party:  # "Roe's Zed Justice (ZJ) party": hers to belong to
                    self.add(owner, "memberOf", named_party, tok, 0.5)
                    continue
                body = (
                    salient_entity_before(
                        self.doc,
                        head.idx,
                        {"GovernmentAgency", "Organization"},
                        lambda name, word=head.lower_: word in name.lower().split(),
                    )  # the ministry named before: "the Defence Ministry ... Jane Doe's ministry"
                    if head.lower_ != "administration"  # not "the Zed Administration" agency
                    else None
                )
                if body:
                    self.led_bodies.append((owner, body, tok))  # decided once states are known
                continue
            # "Acme's Zed drones": the thing is a compound of the possessed noun, whatever
            # else the phrase goes on to name ("Acme's Zed engine, its Yon browser")
            named = next(
                (
                    key_at(self.doc, c.i)
                    for c in [
                        *tok.head.children,
                        *(  # "Acme's Zed cloud platform": a name on the kind's modifier
                            g
                            for c in tok.head.children
                            if c.dep_ == "compound" and c.is_lower
                            for g in c.children
                        ),
                    ]
                    if c.dep_ in {"compound", "nmod", "amod"}  # "Acme's Zed-3 satellites"
                    and c.i > tok.i
                    and key_at(self.doc, c.i) not in {None, owner}
                    and self.types.get(key_at(self.doc, c.i) or "") == "Product"
                ),
                None,
            )
            owned = (
                self.np_entity(tok.head, exclude=owner) or self._comma_conjunct(tok.head)
                if named is None or not tok.head.is_lower
                else named
            )
            after = key_at(self.doc, tok.i + 2) if tok.i + 2 < len(self.doc) else None
            if (
                owned
                and after
                and after not in {owner, owned}
                and self.doc[tok.i + 1].tag_ == "POS"
                and not any(
                    key_at(self.doc, t.i) == owned for t in self.doc[tok.i + 1 : tok.head.i + 1]
                )
            ):
                # "A's Zedco, Norland's Yonco and B": the parser hung the possessive on a
                # noun that points back to an earlier name; the name after "'s" is owned
                owned = after
            if (
                owned
                and after
                and after not in {owner, owned}
                and self.doc[tok.i + 1].tag_ == "POS"
                and any(t.tag_ == "POS" for t in self.doc[tok.i + 2 : tok.head.i])
            ):
                # "Norland's Zedcom and Yonland's Acme": the parser hung the first possessor
                # on the last name; another possessor stands between, so it owns the first
                owned = after
            if not owned and tok.head.is_lower:
                owned = next(  # "Oslo's Zedmoen airport": the named thing before the noun
                    (
                        key_at(self.doc, c.i)
                        for c in tok.head.children
                        if c.dep_ == "compound" and c.i > tok.i and key_at(self.doc, c.i)
                    ),
                    None,
                )
            edge = tok.head.left_edge.i
            if (
                not owned
                and tok.head.is_lower
                and tok.head.lemma_.lower() in self.vocab.words("product_nouns")
                and edge >= 2
                and self.doc[edge - 1].text == ","
                and self.types.get(key_at(self.doc, edge - 2) or "") == "Product"
            ):
                # "sued over Zed360, Acme's search advertising tool", the apposition misparsed
                owned = key_at(self.doc, edge - 2)
            if (
                not owned
                and tok.head.is_lower
                and (
                    self.types.get(owner) == "Country"
                    or tok.head.lemma_.lower() in self.vocab.words("holder_nouns")
                )
            ):
                # "Zedco, one of Norland's largest banks", "Zedco, one of Acme's owners"
                owned = self._one_of(tok.head)
            if not owned or owner == owned:
                continue
            ot, dt = self.types.get(owner), self.types.get(owned)
            head = tok.head
            if head.is_lower and head.lower_ in self.vocab.words("relational_nouns"):
                continue  # "Acme's rival Brixco", "Acme's customers such as Brixco"
            holders = self.vocab.words("holder_nouns")
            parent = any(t.lower_ == "parent" for t in self.doc[tok.i + 1 : head.i + 1])
            if parent or (head.is_lower and head.lemma_.lower() in holders):
                # "Globex, Acme's largest shareholder", "Acme's parent company Globex": the
                # holder owns the possessor
                if parent or key_at(self.doc, head.i) != owned:
                    self.add(owned, "owns", owner, tok, 0.6)
                continue
            if (
                head.is_lower
                and key_at(self.doc, head.i) != owned
                and self.types.get(owned) == "Person"
                and any(
                    c.lemma_.lower() in holders and not any(g.dep_ == "prep" for g in c.children)
                    for c in head.conjuncts
                )
            ):
                # "Jane Roe, Acme's president and largest shareholder": both
                self.add(owned, "owns", owner, tok, 0.55)
            if (
                dt == "Product"
                and key_at(self.doc, head.i) != owned
                and head.is_lower
                and head.pos_ == "NOUN"
                and head.lemma_.lower() not in self.product_heads
                and head.lower_ not in self.product_heads
                and head.lower_ not in self.vocab.words("brand_nouns")  # "Acme's Zed brand"
            ):
                continue  # "Acme's Zed hacking campaign": the campaign is Acme's, not the Zed
            if ot in {"Organization", "GovernmentAgency"}:
                for c in sorted(tok.head.conjuncts, key=lambda t: t.i):
                    # "Acme's Facegram, Instabook and Whatsit", up to the next owner's or
                    # one with its own article ("Acme's Zed and the Yon made by Brixco")
                    if c.i > tok.head.i and any(
                        g.dep_ == "poss" or g.dep_ == "det" for g in c.children
                    ):
                        break
                    k = self.np_entity(c) if c.i > tok.head.i else None
                    if k and self.types.get(k) == "Product":
                        self.add_first(owner, ["operates", "owns"], k, tok, 0.55)
            if ot == "MilitaryUnit" and dt == "Product":
                # "the navy's HMNZS Zed": a force runs its own ships, and uses its arms
                pred = "operates" if self._vessel(owned) else "uses"
                self.add(owner, pred, owned, tok, 0.6)
            elif ot == "Country" and dt == "Product" and self._made_abroad(tok, owner):
                # "Norland's Soviet-era Zed jets", "its US-made Zed-7s": a user's, not a maker's
                for k in [owned, *self._named_conjuncts(owned)]:
                    self.add(owner, "uses", k, tok, 0.6)
            elif ot == "Country":
                self.add_first(owned, ["country", "locatedIn"], owner, tok, 0.8)
                edge = tok.head.left_edge.i
                listed = (
                    self.doc[edge - 2] if edge >= 2 and self.doc[edge - 1].text == "," else None
                )
                if listed is not None and tok.head.tag_ == "NNS" and tok.head.is_lower:
                    # "A, B and C, Norland's biggest operators": each of them
                    for c in [listed, *listed.conjuncts]:
                        k = key_at(self.doc, c.i)
                        if k and k != owned and self.types.get(k) == self.types.get(owned):
                            self.add_first(k, ["country", "locatedIn"], owner, tok, 0.7)
                if head.is_lower:  # "Norland's Aby and Bly fields": both names before the noun
                    for c in head.children:
                        if c.dep_ in {"compound", "nmod"} and key_at(self.doc, c.i) == owned:
                            for cj in c.conjuncts:
                                k = key_at(self.doc, cj.i)
                                if k and k != owned and self.types.get(k) == dt:
                                    self.add_first(k, ["country", "locatedIn"], owner, tok, 0.6)
                conjuncts = tok.head.conjuncts
                listed = tok.left_edge.i > 0 and self.doc[tok.left_edge.i - 1].text == ","
                listed = (
                    listed
                    or len(conjuncts) != 1
                    or any(
                        t.text == "," for t in self.doc[tok.head.i : max(c.i for c in conjuncts)]
                    )
                )  # only "Norland's A and B", not a list of names each with its own owner
                if not listed and not any(g.dep_ == "poss" for c in conjuncts for g in c.children):
                    for c in conjuncts:  # "Norland's Zedoil and Brixco": both
                        k = key_at(self.doc, c.i) if c.i > tok.head.i else None
                        own = any(g.dep_ == "det" for g in c.children) or any(
                            self.vocab.state_of(t.text) for t in c.subtree
                        )  # "Norland's navy and the Zedland Defence Force": not Norland's
                        if k and self.types.get(k) == dt and k != owned and not own:
                            self.add_first(k, ["country", "locatedIn"], owner, tok, 0.6)
            elif dt == "Person":
                self.add_first(owned, ["memberOf"], owner, tok, 0.6)
            elif ot == "Person" and dt == "Organization":
                if self._party(owned) or self._leaning_before(tok, owned):
                    # "Jane Roe's Freedom Party", "Jane Roe's far-right Zed Rally"
                    self.add(owner, "memberOf", owned, tok, 0.5)
                elif key_at(self.doc, head.i) == owned:
                    self.person_orgs.append((owner, owned, tok))  # "John Doe's Acme Corp"
            elif dt == "Product":
                self.add_first(owner, ["operates", "owns"], owned, tok, 0.6)
            elif self._body_of(owner, owned, head):
                self.add(owned, "partOf", owner, tok, 0.55)  # "X, the bloc's top court"
            elif (
                (ot == "Organization" and dt == "GovernmentAgency")
                or (  # "the Dutch police's National High Tech Crime Unit", not "NASA's Zed
                    # program": a unit by its own name
                    ot in {"GovernmentAgency", "MilitaryUnit"}
                    and dt == "Organization"
                    and self._named_subunit(owned, None)
                )
            ) and self._named_subunit(owned, head):
                self.add(owned, "partOf", owner, tok, 0.5)  # "the alliance's Military Committee"
            elif ot in {"Organization"} and dt == "Organization":
                if self._named_subunit(owned, head):
                    self.add(owned, "partOf", owner, tok, 0.5)  # "Acme's Cloud Systems Group"
                else:
                    self.add(owner, "owns", owned, tok, 0.5)
            elif {ot, dt} <= {"GovernmentAgency", "MilitaryUnit"}:
                # "the ministry's Bureau of X", "the army's 5th Brigade", "the navy's
                # Directorate of Hydrography", "the intelligence agency's Unit 29155"
                self.add(owned, "partOf", owner, tok, 0.55)

            elif ot in {"Organization", "GovernmentAgency", "MilitaryUnit"} and (
                self._facility(owned)
                or (
                    dt == "Location"
                    and head.is_lower
                    and head.lemma_.lower() in self.vocab.words("operated_site_nouns")
                )
            ):
                # "Acme's Ridgeway refinery", "Ridgeway, Acme's site in Texas"
                self.add(owner, "operates", owned, tok, 0.55)
            elif ot == "Location" and dt in {"Location", "Organization", "GovernmentAgency"}:
                self.add(owned, "locatedIn", owner, tok, 0.5)

    def _made_abroad(self, poss: Token, owner: str) -> bool:
        """ "Soviet-era", "US-made" between a state's possessive and its product: another
        state made it."""
        doc = self.doc
        own = self.vocab.country(self.entities[owner].name)
        origin = self.vocab.words("origin_suffixes")
        received = self.vocab.words("received_participles")
        for t in doc[poss.i + 1 : poss.head.i]:
            if t.lower_ in received and t.tag_ in {"VBN", "JJ"}:
                return True  # "the country's newly delivered Zed-16 jets"
            if t.i + 2 < len(doc) and doc[t.i + 1].text in {"-", "–"}:
                state = self.vocab.state_of(t.text)
                if state and state != own and doc[t.i + 2].lower_ in origin:
                    return True
        return False

    def _named_conjuncts(self, key: str) -> list[str]:
        """The same-typed names conjoined with a name: "the Zed-7 and Zed-9 jets"."""
        doc = self.doc
        out: list[str] = []
        for t in doc:
            if key_at(doc, t.i) == key:
                for c in t.conjuncts:
                    k = key_at(doc, c.i)
                    if k and k != key and self.types.get(k) == self.types.get(key) and k not in out:
                        out.append(k)
        return out

    def flagships(self) -> None:
        """ "the Zed, the flagship of Norland's Northern Fleet": the fleet sails it."""
        doc = self.doc
        for tok in doc:
            if tok.lower_ not in self.vocab.words("fleet_role_nouns") or tok.dep_ != "appos":
                continue
            ship = key_at(doc, tok.head.i)
            if not ship or self.types.get(ship) != "Product":
                continue
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for k in self.pobj_ents(c):
                        self.add(k, "uses", ship, tok, 0.6)

    def flags(self) -> None:
        """ "the Norlandic-flagged Zed": the state a vessel flies the flag of."""
        doc = self.doc
        for e, span in self._spans("Product"):
            i = span.start
            if i >= 3 and doc[i - 1].lower_ == "flagged" and doc[i - 2].text in {"-", "–"}:
                self.add(e.key, "country", self.demonym_key(doc[i - 3]), doc[i - 1], 0.6)

    def _past_superlative(self, head: Token) -> Token:
        """ "the Zed refinery, the country's largest, which is run by Acme": a superlative
        description between a name and its clause stands for the name before it."""
        doc, left = self.doc, head.left_edge.i
        if (
            not key_at(doc, head.i)
            and any(c.tag_ == "JJS" for c in head.subtree)
            and left >= 2
            and doc[left - 1].text == ","
            and key_at(doc, left - 2)
        ):
            return doc[left - 2]
        return head

    def _whose_antecedent(self, whose: Token) -> str | None:
        """The entity a "whose" clause describes."""
        clause = whose
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        return self.np_entity(clause.head) if clause.dep_ == "relcl" else None

    def _whose(self, whose: Token) -> None:
        """ "Jane Roe, whose Freedom Party won the vote": she belongs to it; "Acme, whose
        Zed jets remain grounded": it makes them."""
        person = self._whose_antecedent(whose)
        if person is None and whose.i > 1 and self.doc[whose.i - 1].text == ",":
            # the clause parsed as the main one; "The company, whose ...": the one meant
            before_comma = self.doc[whose.i - 2]
            person = key_at(self.doc, before_comma.i) or anaphor_entity(
                self.doc, before_comma, self.vocab.entity["definite_anaphors"]
            )
        if person is None and whose.i > 2 and self.doc[whose.i - 1].text == ",":
            # "the Zed Chamber (ZC), whose ...": the name before the bracket
            close = self.doc[whose.i - 2]
            opening = next(
                (t for t in reversed(self.doc[max(0, close.i - 6) : close.i]) if t.text == "("),
                None,
            )
            if close.text == ")" and opening is not None and opening.i > 0:
                person = key_at(self.doc, opening.i - 1)
        before = self.doc[whose.i - 2] if whose.i > 1 else None
        if (
            before is not None
            and before.dep_ == "pobj"
            and before.head.lower_ == "of"
            and before.head.head.dep_ == "appos"
            and key_at(self.doc, before.head.head.head.i)
        ):
            # "the Zed Council, the upper house of Norland's parliament, whose speaker X"
            self._whose_title(whose, key_at(self.doc, before.head.head.head.i))
        else:
            self._whose_title(whose, person)
        firms = self.vocab.words("owner_possessive_nouns")
        firm_noun = whose.head.lower_ in firms or any(  # "whose oil company Zedoil"
            c.dep_ == "compound" and c.lower_ in firms for c in whose.head.children
        )
        if firm_noun and person and self.types.get(person) == "Person":
            self.his_company(whose, person)
        parent = whose.head.lower_ in {"parent", "owner"} or any(
            c.dep_ in {"compound", "amod"} and c.lower_ == "parent" for c in whose.head.children
        )
        if parent and person and self.types.get(person) == "Organization":
            # "Zedex, whose parent company Acme is registered in ...": Acme owns it
            holder = key_at(self.doc, whose.head.i) or self._possessed_company(whose)
            if holder is None and whose.head.i + 1 < len(self.doc):
                holder = key_at(self.doc, whose.head.i + 1)
            if holder and holder != person and self.types.get(holder) == "Organization":
                self.add(holder, "owns", person, whose, 0.6)
        if firm_noun and person and self.types.get(person) == "Country":
            firm = self._possessed_company(whose)  # "Norland, whose state oil company Zedoil"
            if firm and self.types.get(firm) == "Organization":
                self.add(firm, "country", person, whose, 0.55)
        party = self.np_entity(whose.head)
        title = self._title_of(person, whose) if person and party else None
        if (
            title is not None
            and self.types.get(person) == "Person"
            and self.types.get(party) in {"Organization", "GovernmentAgency"}
        ):
            # "Zed leader Jane Roe, whose Freedom Party ...", "Trade Minister Jo Doe, whose
            # Ministry of Trade ...": the title says what she is to the body
            pred, tok, modifiers = title
            if (
                pred == "leads"
                and self.types.get(party) == "Organization"
                and tok.lower_ in self.vocab.words("political_titles") - {"leader"}
            ):
                pred = "memberOf"  # "Prime Minister Jane Roe, whose Zed Party ...": hers
            self._role_relation(person, pred, tok, party, modifiers)
        elif (
            person
            and party
            and self.types.get(person) == "Person"
            and self.types.get(party) == "Organization"
            and self._party(party)
        ):
            self.add(person, "memberOf", party, whose, 0.5)
        elif person and self.types.get(person) in {"Organization", "GovernmentAgency"}:
            # "Acme, whose Zed and Yon apps ...": every product named before the noun
            for thing in self.ents(whose.head):
                if self.types.get(thing) == "Product":
                    self.add(person, "operates", thing, whose, 0.5)
            unit = key_at(self.doc, whose.head.i)
            if (
                unit not in {None, person}
                and self.types.get(unit) in {"GovernmentAgency", "MilitaryUnit"}
                and self.types.get(person) == self.types.get(unit)
            ):
                self.add(unit, "partOf", person, whose, 0.5)  # "Zedpol, whose Cyber Centre"
            verb = whose.head.head
            listed = [
                k
                for obj in verb.children
                if obj.dep_ in {"dobj", "attr"}
                for g in obj.subtree
                if (k := key_at(self.doc, g.i)) and k != person
            ]
            if whose.head.dep_ != "nsubj" or verb.lemma_ not in {"include", "be"}:
                listed = []
            for k in dict.fromkeys(listed):
                kind = self.types.get(k)
                if whose.head.lower_ in self.vocab.words("product_range_nouns"):
                    if kind == "Product":  # "Acme, whose brands include Zed and the Yon app"
                        self.add(person, "operates", k, whose, 0.5)
                elif whose.head.lower_ == "members" and kind != "Person":
                    # "the league, whose members are A, B and C"
                    self.add(k, "memberOf", person, whose, 0.55)

    def _title_of(self, person: str, whose: Token) -> tuple[str, Token, set[str]] | None:
        """The title written before the name a "whose" clause follows ("Zed leader Jane
        Roe, whose ..."): its predicate, its head word and the words before it."""
        end = whose.i - 1 if whose.i > 0 and self.doc[whose.i - 1].text == "," else whose.i
        start = end
        while start > 0 and key_at(self.doc, start - 1) == person:
            start -= 1
        if start == end or start == 0:
            return None
        first = min(t.left_edge.i for t in self.doc[start:end])
        prefix = [t for t in self.doc[first:start] if not key_at(self.doc, t.i)]
        role = self._role_in(prefix)
        if role is None:
            return None
        return role[0], role[1], {t.lower_ for t in prefix if t.i < role[1].i}

    def _whose_title(self, whose: Token, body: str | None) -> None:
        """ "Acme, whose chief executive Jane Roe said ...": Roe leads Acme."""
        if body is None or self.types.get(body) not in {
            "Organization",
            "GovernmentAgency",
            "MilitaryUnit",
        }:
            return
        name = next(
            (
                t
                for t in self.doc[whose.i + 1 : whose.i + 6]
                if self.types.get(key_at(self.doc, t.i) or "") == "Person"
            ),
            None,
        )
        if name is None or not all(
            t.is_lower or t.pos_ == "PROPN" for t in self.doc[whose.i + 1 : name.i]
        ):
            return
        role = self._role_in(list(self.doc[whose.i + 1 : name.i]))
        if role is not None:
            words = {t.lower_ for t in self.doc[whose.i + 1 : role[1].i]}
            self._role_relation(key_at(self.doc, name.i), role[0], role[1], body, words)

    def _named_subunit(self, key: str, head: Token | None) -> bool:
        """Whether a company's possession is one of its own parts: "Acme's Zed Division",
        "Acme's Data Products business group" (with no head noun: by its name alone)."""
        units = self.vocab.words("subunit_nouns") | self.vocab.words("part_of_nouns")
        units |= {"group", "business"} | self.vocab.words("research_unit_heads")
        last = _head_before_linker(self.entities[key].name) or self.entities[key].name
        last = last.split()[-1].lower()  # "Office for Democratic Institutions": an office
        named = self.vocab.words("subunit_name_heads")  # "the Zed Union's General Court"
        return last in (units | named) - {"member", "part", "team"} or (
            head is not None
            and head.is_lower
            and head.lower_ in units
            and key_at(self.doc, head.i) != key
        )

    def owners_of_names(self) -> None:
        """ "John Doe's Acme Corp" is his company, but a politician's "Zed Rally" is the
        party he leads or belongs to, which the possessive alone does not tell."""
        public = {"Country", "GovernmentAgency"}
        politicians = {
            r.subject
            for r in self.out
            if r.predicate in {"leads", "memberOf"}
            and (self.types.get(r.object) in public or self._party(r.object))
        }
        titles = self.vocab.words("political_titles")
        for e, span in self._spans("Person"):
            before = self.doc[max(0, span.start - 3) : span.start].text.lower()
            if any(re.search(rf"\b{re.escape(t)}$", before) for t in titles):
                politicians.add(e.key)  # "Prime Minister Jane Roe"
        for owner, owned, tok in self.person_orgs:
            if owner not in politicians:
                self.add(owner, "owns", owned, tok, 0.5)

    def _body_of(self, owner: str, owned: str, noun: Token) -> bool:
        """Whether `noun`, said of `owned` and qualified by `owner`, makes it one of the
        owner's bodies: "Zedpol, the bloc's law enforcement agency", "the UN mission"."""
        bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
        return (
            noun.is_lower
            and noun.lemma_.lower() in self.vocab.words("member_body_nouns")
            and self.types.get(owner) in bodies
            and self.types.get(owned) in bodies
            and key_at(self.doc, noun.i) != owner
        )

    def body_compounds(self) -> None:
        """ "ZEDMIS, the UN peacekeeping mission": a body named as another's."""
        doc = self.doc
        for tok in doc:
            if not tok.is_lower or key_at(doc, tok.i):
                continue
            edge = tok.left_edge.i
            if tok.dep_ == "appos":
                owned = key_at(doc, tok.head.i)
            elif edge >= 2 and doc[edge - 1].text == ",":  # the same, however it was parsed
                owned = key_at(doc, edge - 2)
            else:
                continue
            for c in tok.children:
                owner = key_at(doc, c.i) if c.dep_ in {"compound", "nmod"} else None
                if owner and owned and owner != owned and self._body_of(owner, owned, tok):
                    self.add(owned, "partOf", owner, tok, 0.55)

    def party_affiliations(self) -> None:
        """ "Jane Roe, a former minister from the Zed Party", "John Doe, also of the ZDP":
        a person described as from or of a party belongs to it."""
        for e, span in self._spans("Person"):
            root = span.root
            outsiders = self.vocab.words("outsider_nouns")  # "a close ally of the Zed Party"
            holders = [
                root,
                *(
                    c
                    for c in root.children
                    if c.dep_ == "appos" and c.is_lower and c.lemma_.lower() not in outsiders
                ),
            ]
            for h in holders:
                for prep in h.children:
                    if prep.dep_ != "prep" or prep.lower_ not in {"from", "of"}:
                        continue
                    if h is root and prep.lower_ == "from":
                        continue  # "Jane Roe from Zedville": a hometown, not a party
                    for k in self.pobj_ents(prep):
                        if self.types.get(k) == "Organization" and self._party(k):
                            self.add(e.key, "memberOf", k, prep, 0.6)
            j = span.end  # ", also of the Zed Party," however the parser hung the "of"
            if j + 2 < len(self.doc) and self.doc[j].text == ",":
                j += 1 + (self.doc[j + 1].lower_ in {"also", "both", "then"})
                if j + 1 < len(self.doc) and self.doc[j].lower_ == "of":
                    k = key_at(self.doc, j + 1 + (self.doc[j + 1].lower_ == "the"))
                    if k and self.types.get(k) == "Organization" and self._party(k):
                        self.add(e.key, "memberOf", k, self.doc[j], 0.55)

    def _leaning_before(self, poss: Token, owned: str) -> bool:
        """ "Jane Roe's far-right Zed Rally": a political leaning between a person's
        possessive and a name marks the name as her party."""
        doc = self.doc
        end = poss.i + 1
        while end < len(doc) and key_at(doc, end) != owned and end < poss.i + 8:
            end += 1
        between = doc[poss.i + 1 : end].text.lower().replace(" - ", "-")
        return any(
            w in self.vocab.words("political_leanings") for w in re.split(r"[\s,]+", between)
        )

    def _party(self, key: str) -> bool:
        """Whether an organisation is named as a political party or alliance."""
        words = self.vocab.words("party_name_words")
        e = self.entities[key]
        forms = [e.name, *e.aliases, *(m.text for m in e.mentions)]  # "the Zed party"
        if any(w.lower() in words for n in forms for w in n.split()):
            return True
        doc = self.doc
        for m in e.mentions:  # "Roe's Zedland Justice (ZJ) party"
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            j = span.end if span is not None else len(doc)
            if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
                j += 3
            if j < len(doc) and doc[j].lower_ in words:
                return True
        return False

    def appositive_titles(self) -> None:
        """ "Jane Doe, the Norvik Agency's under secretary for trade, said": the title read from
        the words, for when the parser takes "under" for a preposition."""
        doc = self.doc
        done = {(r.subject, r.object) for r in self.out}
        for e, span in self._spans("Person"):
            if span.end + 4 >= len(doc) or doc[span.end].text != ",":
                continue
            j = span.end + 1 + (doc[span.end + 1].lower_ == "the")
            body = key_at(doc, j)
            if not body or self.types.get(body) == "Person" or (e.key, body) in done:
                continue
            while j < len(doc) and key_at(doc, j) == body:
                j += 1
            if j >= len(doc) or doc[j].tag_ != "POS":
                continue
            words = [t for t in doc[j + 1 : j + 5] if t.is_lower and t.is_alpha]
            words = words[: next((k for k, t in enumerate(words) if t.dep_ == "pobj"), 4) + 1]
            for k in range(len(words)):
                two = " ".join(t.lower_ for t in words[k : k + 2])
                role = two if two in self.vocab.roles and len(words) > k + 1 else None
                role = role or (words[k].lower_ if words[k].lower_ in self.vocab.roles else None)
                if role is None:
                    continue
                title = words[k + 1] if " " in role else words[k]
                modifiers = {t.lower_ for t in words[: k + 1] if t.i < title.i}
                self._role_relation(e.key, self.vocab.roles[role], title, body, modifiers)
                done.add((e.key, body))
                break

    def titles_named_after(self) -> None:
        """ "The head of Norway's aviation agency, Luftfart, Jane Roe, said": the name comes
        after the body, and the parser hangs it on the body rather than on the title."""
        doc = self.doc
        done = {(r.subject, r.object) for r in self.out}
        for e, span in self._spans("Person"):
            if span.start < 4 or doc[span.start - 1].text != ",":
                continue
            body = key_at(doc, span.start - 2)
            if self.types.get(body or "") not in {
                "GovernmentAgency",
                "Organization",
                "MilitaryUnit",
            }:
                continue
            tok = doc[span.start - 2]
            while tok.dep_ == "appos" and tok.head.i < tok.i:
                tok = tok.head
            if tok.dep_ != "pobj" or tok.head.lower_ != "of" or (e.key, body) in done:
                continue
            title = tok.head.head
            role = self._role_in(
                [*(t for t in title.lefts if t.dep_ in {"compound", "amod"}), title]
            )
            if role is None or role[1] is not title or title.i > tok.i:
                continue
            if any(
                self.types.get(key_at(doc, t.i) or "") == "Person" for t in doc[title.i : tok.i]
            ):
                continue  # "Jane Roe, head of the agency, Luftfart, ...": she has her title
            modifiers = {t.lower_ for t in title.lefts}
            self._role_relation(e.key, role[0], title, body, modifiers)

    def bodies_at(self) -> None:
        """ "the Centre for Zed Studies at Norway's Defence Council": a named unit of the
        body it is "at", when its own name says it is a unit (a centre, an office)."""
        doc = self.doc
        units = self.vocab.words("subunit_nouns") | {"center", "centre", "institute", "school"}
        bodies = {"GovernmentAgency", "Organization"}
        for kind in bodies:
            for e, span in self._spans(kind):
                at = span.end
                if at + 1 >= len(doc) or doc[at].lower_ != "at":
                    continue
                head = _head_before_linker(e.name)
                if head is None or head.lower() not in units:
                    continue
                j = at + 1
                if j + 2 < len(doc) and doc[j + 1].tag_ == "POS" and key_at(doc, j):
                    j += 2  # "at Norway's Defence Council"
                whole = key_at(doc, j) or (key_at(doc, j + 1) if doc[j].lower_ == "the" else None)
                if whole and whole != e.key and self.types.get(whole) in bodies:
                    self.add(e.key, "partOf", whole, doc[at], 0.5)

    def fronted_foundings(self) -> None:
        """ "Founded in 2019 by Jane Roe and John Doe, Oslo-based Acme makes ...": the
        participle clause names the founders of the main clause's subject."""
        doc = self.doc
        lemmas = self.vocab.frame_lemmas("founded")
        for sent in doc.sents:
            first = sent[0]
            if first.tag_ != "VBN" or first.lemma_.lower() not in lemmas:
                continue
            by = next((t for t in sent[1:8] if t.lower_ == "by"), None)
            root = sent.root
            if by is None or root.i <= by.i or root.pos_ not in {"VERB", "AUX"}:
                continue
            subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            made = (key_at(doc, subj.i) if subj is not None else None) or key_at(doc, root.i - 1)
            if self.types.get(made or "") not in {"Organization", "MilitaryUnit", "Product"}:
                continue
            founders = {
                k
                for t in doc[by.i + 1 : root.i]
                if (k := key_at(doc, t.i))
                and k != made
                and self.types.get(k) in {"Person", "Organization"}
            }
            for k in sorted(founders):
                self.add(k, "founded", made, first, 0.6)

    def persons_bodies(self) -> None:
        """ "Jane Doe's ministry": the body she leads, unless it is another state's."""
        for owner, body, tok in self.led_bodies:
            states = {
                k: {r.object for r in self.out if r.subject == k and r.predicate == "country"}
                for k in (owner, body)
            }
            if not (states[owner] and states[body] and not states[owner] & states[body]):
                self.add(owner, "leads", body, tok, 0.5)

    def titles_before_names(self) -> None:
        """ "after Acme's founder, Jane Doe, was detained", "its chief executive, Jane Doe":
        the title and its owner read from the words, for when the parser loses the name."""
        doc = self.doc
        done = {(r.subject, r.object) for r in self.out}
        for e, span in self._spans("Person"):
            if span.start < 3 or doc[span.start - 1].text != ",":
                continue
            if self._title_of_body_before(e.key, span.start - 2, done):
                continue
            j = span.start - 2
            while (
                j > 0
                and span.start - 2 - j < 3
                and doc[j - 1].is_lower
                and doc[j - 1].is_alpha
                and doc[j - 1].tag_ not in {"PRP$", "DT", "WP$"}
            ):
                j -= 1  # back over the title's words
            words = [t for t in doc[j : span.start - 1] if t.is_lower and t.is_alpha]
            role = self._role_in(words) if words else None
            if role is None or j < 1:
                continue
            owner_tok = doc[j - 1]
            if owner_tok.lower_ in {"its", "their"}:
                body = salient_entity_before(
                    doc,
                    owner_tok.idx,
                    {"Organization", "GovernmentAgency", "MilitaryUnit"},
                    lambda name: fold_name(name) not in INTERNATIONAL_BODIES,
                )
            elif owner_tok.tag_ == "POS" and j >= 2:
                body = key_at(doc, j - 2)
            elif owner_tok.lower_ == "whose" and j >= 3 and doc[j - 2].text == ",":
                body = key_at(doc, j - 3)  # "Acme, whose chief executive, Jane Doe, said"
                described = doc[j - 3]
                if body is None and described.dep_ == "appos" and described.head.i < j - 3:
                    # "Zedland, the country's largest province, whose premier, Jane Doe,"
                    body = key_at(doc, described.head.i)
            else:  # "the UK defence secretary, Jane Doe,": the article's defence ministry
                body = self._portfolio_body(list(doc[j : span.start - 1]), role[1])
            inside = next(
                (
                    k
                    for t in doc[j : role[1].i]
                    if (k := key_at(doc, t.i))
                    and self.types.get(k) in {"GovernmentAgency", "Organization"}
                ),
                None,
            )
            if inside and self.types.get(body or "") == "Country" and role[0] == "memberOf":
                body = inside  # "Norway's foreign ministry spokesman, Jane Doe,": the ministry's
            if not body or self.types.get(body) == "Person" or (e.key, body) in done:
                continue
            pred, title = role
            self._role_relation(
                e.key, pred, title, body, {t.lower_ for t in words if t.i < title.i}
            )
            done.add((e.key, body))

    def _title_of_body_before(self, person: str, k: int, done: set[tuple[str, str]]) -> bool:
        """ "the head of the Zed Office for Security (ZOS), Jane Roe,": a title of a body
        named just before the person, for when the bracket breaks the parse."""
        doc = self.doc
        if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(":
            k -= 3
        body = key_at(doc, k)
        if not body or self.types.get(body) not in {"Organization", "GovernmentAgency"}:
            return False
        while k > 0 and key_at(doc, k - 1) == body:
            k -= 1
        k -= doc[k - 1].lower_ == "the"
        if k < 3 or doc[k - 1].lower_ != "of" or (person, body) in done:
            return False
        words = [t for t in doc[max(0, k - 4) : k - 1] if t.is_lower and t.is_alpha]
        role = self._role_in(words[-2:]) if words else None
        if role is None:
            return False
        pred, title = role
        self._role_relation(person, pred, title, body, {t.lower_ for t in words if t.i < title.i})
        done.add((person, body))
        return True

    def possessive_states(self) -> None:
        """ "A, B and South Korea's C", where the parser lost the possessive: a state's name
        right before "'s" and a name right after it."""
        doc = self.doc
        for tok in doc[1:-1]:
            if tok.tag_ != "POS" or doc[tok.i - 1].dep_ == "poss":
                continue
            owner, owned = key_at(doc, tok.i - 1), key_at(doc, tok.i + 1)
            if (
                owner
                and owned
                and owner != owned
                and self.types.get(owner) == "Country"
                and self.types.get(owned) != "Country"
                and key_at(doc, tok.i + 1) != key_at(doc, tok.i)
            ):
                self.add_first(owned, ["country", "locatedIn"], owner, tok, 0.7)

    def _comma_conjunct(self, noun: Token) -> str | None:
        """ "Ridgeport, Acme's site in Texas": an apposition the parser read as a conjunct
        (a comma and no "and" before it) of a name; the name's entity."""
        head = noun.head
        if noun.dep_ != "conj" or not noun.is_lower or head.i >= noun.i:
            return None
        if any(c.dep_ == "cc" and head.i < c.i < noun.i for c in head.children):
            return None
        if self.doc[noun.left_edge.i - 1].text != ",":
            return None
        return key_at(self.doc, head.i)

    def _set_off_after(self, noun: Token, *, brackets: bool = False) -> str | None:
        """ "at Acme Corp, his family company": the name a description set off by a comma
        follows, however the parser attached the description; with `brackets`, also past
        an acronym in brackets ("the Zed Office (ZO), the agency ...")."""
        doc = self.doc
        i = noun.left_edge.i - 1
        if i < 1 or doc[i].text != ",":
            return None
        i -= 1
        if brackets and doc[i].text == ")" and i >= 3 and doc[i - 2].text == "(":
            i -= 3
        return key_at(doc, i)

    def _facility(self, key: str) -> bool:
        """A place that is a works someone runs (a plant, a refinery, a factory)."""
        if self.types.get(key) != "Location":
            return False
        nouns = self.vocab.words("operated_facility_nouns")
        names = [e for e in self.doc._.kg_entities or [] if e.key == key]
        words = [w.lower() for e in names for w in e.name.split()]
        return any(w.endswith(n) for w in words for n in nouns)

    def _possessed_company(self, pron: Token) -> str | None:
        """The company named by "his company Acme", "her Acme company", "whose firm Acme"."""
        head = pron.head
        if head.lower_ not in self.vocab.words("owner_possessive_nouns") and not key_at(
            self.doc, head.i
        ):
            return None
        target = key_at(self.doc, head.i) or phrase_entity(self.doc, head)
        if not target:
            for child in head.children:
                if child.dep_ == "appos" and key_at(self.doc, child.i):
                    target = key_at(self.doc, child.i)
            nxt = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
            if not target and nxt is not None:
                target = key_at(self.doc, nxt.i)
            if not target:
                target = self._set_off_after(head)
        return target

    def his_company(self, pron: Token, owner: str | None = None) -> None:
        """ "his company Acme", "his Acme company", "her messaging app X", "Jane Roe, whose
        flagship firm Acme ..." """
        target = self._possessed_company(pron)
        if not target:
            return
        owner = owner or last_person_before(self.doc, pron.idx)
        if self.types.get(target) == "Organization" and self._party(target):
            self.add(owner, "memberOf", target, pron, 0.5)  # "her Freedom Party": not hers
            return
        self.add(owner, "owns", target, pron, 0.6)

    def its_product(self, pron: Token) -> None:
        """ "Acme builds its Zed phone", "the navy lost its flagship, the cruiser X",
        "Acme offered its Zed 9 and Zed Heavy" (each of them)."""
        named = [
            key_at(self.doc, c.i)
            for c in pron.head.children
            if c.dep_ in {"compound", "nmod"} and c.i > pron.i and key_at(self.doc, c.i)
        ]
        owned = list(dict.fromkeys([*named, self.np_entity(pron.head)]))
        nxt = pron.head.i + 1
        if not any(owned) and nxt < len(self.doc) and self.doc[nxt].text == ",":
            # "its flagship, the cruiser X" when the parser hangs X elsewhere
            for t in self.doc[nxt + 1 : nxt + 6]:
                if t.text == "," or t.pos_ == "VERB":
                    break
                k = key_at(self.doc, t.i)
                if k and self.types.get(k) == "Product":
                    owned = [k]
                    break
        if len(named) < 2 or self.types.get(named[0] or "") != "Product":
            owned = owned[:1]  # "its Zed phone", "its Acme Zed": one thing, however named
        before = self.doc[pron.i - 1] if pron.i > 0 else None
        gapped = key_at(self.doc, before.i) if before is not None else None
        if (
            before is not None
            and gapped
            and self.types.get(gapped) == "Organization"
            and before.dep_ in {"conj", "appos"}
            and self.doc[before.i - 1].lower_ != "with"
        ):
            # "A proposed its X rocket and Brixco its Y rocket": the second company's
            for k in owned:
                if k and self.types.get(k) == "Product":
                    self.add_first(gapped, ["operates", "owns"], k, pron, 0.5)
            return
        for k in owned:
            if k and self.types.get(k) == "Product":
                self._its_owned(pron, k)
            elif k and self._its_works(pron, k):
                # "Acme said its Zed refinery would restart": the company runs the works
                self._its_owned(pron, k, works=True)

    def _its_works(self, pron: Token, key: str) -> bool:
        """Whether "its X" names a works: a plant, mine or site, by its name or its noun."""
        sites = self.vocab.words("operated_facility_nouns") | {"site", "field", "oilfield"}
        return self.types.get(key) == "Location" and (
            self._facility(key)
            or (pron.head.lower_ in sites and key_at(self.doc, pron.head.i) == key)
        )

    def _its_owned(self, pron: Token, owned: str, *, works: bool = False) -> None:
        first = pron.head
        while first.dep_ in {"appos", "conj"} and first.head.i < first.i:
            first = first.head
        listed = next(
            (key_at(self.doc, c.i) for c in first.children if c.dep_ == "poss" and c.i != pron.i),
            None,
        )
        if first.i != pron.head.i and listed and self.types.get(listed) == "Organization":
            # "Acme's Zedstore, its Zedix system and its Zafari browser"
            self.add_first(listed, ["operates", "owns"], owned, pron, 0.55)
            return
        verb = pron.head
        while verb.dep_ not in {"ROOT", "ccomp", "relcl", "advcl", "conj"} and verb.head != verb:
            if verb.tag_ == "VBG":
                # "fined X for tying its service": "its" is not the subject's but the
                # one fined, the object or, in the passive, the subject
                self._its_of_the_charged(verb, owned, pron)
                return
            verb = verb.head
        progressive = any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
        if (verb.tag_ == "VBG" and not progressive) or (
            # "while Acme offered its X": a clause of its own, with its subject
            verb.dep_ == "advcl"
            and not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)
        ):
            return  # "is preparing its own Zed lander" is a finite verb all the same
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        up = verb
        while subj is None and up.dep_ == "conj" and up.head != up:
            up = up.head  # "Norland received Zed jets and is upgrading its X": Norland's
            subj = next((c for c in up.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        owner = None
        if subj is not None and subj.i == pron.head.i:
            # "Acme's A capsules fly, and its B rockets launch": the phrase is its own
            # clause's subject; "its" is the company of the clause it is joined to
            up = verb.head if verb.dep_ in {"conj", "ccomp"} else None
            while (
                up is not None
                and up.dep_ == "conj"
                and not any(c.dep_ == "nsubj" for c in up.children)
            ):
                up = up.head
            other = (
                next((c for c in up.children if c.dep_ == "nsubj"), None)
                if up is not None
                else None
            )
            if other is None:
                return
            owner = key_at(self.doc, other.i) or next(
                (key_at(self.doc, c.i) for c in other.children if c.dep_ == "poss"), None
            )
            if self.types.get(owner or "") not in {
                "Organization",
                "GovernmentAgency",
                "MilitaryUnit",  # "the navy said its destroyer X had sent a team"
            }:
                return
        elif subj is not None:
            owner = self.np_entity(subj)
            if subj.lower_ in {"which", "that"} and verb.dep_ == "relcl":
                owner = self.np_entity(verb.head)
        if owner is None and verb.dep_ == "ccomp":
            # "Norland said one of its Zed drones had helped": the speaker's own
            said = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            owner = self.np_entity(said) if said is not None else None
            if self.types.get(owner or "") not in {"Country", "MilitaryUnit"}:
                owner = None
        if owner is None:
            # "a missile hit its vessel X": "its" is the organisation the text is about;
            # a government body named most is more often the regulator than the maker
            owner = salient_entity_before(self.doc, pron.idx, {"Organization", "MilitaryUnit"})
            if not works or self.types.get(owner or "") == "Organization":
                self.add_first(owner, ["operates", "owns"], owned, pron, 0.45)
            return
        if works:
            if self.types.get(owner) == "Organization":
                self.add(owner, "operates", owned, pron, 0.55)
            return
        ships = self.vocab.words("vessel_nouns") | {"flagship"}
        ship = self._vessel(owned) or any(
            t.lemma_.lower() in ships for t in self.doc[pron.i : pron.head.i + 1]
        )
        if self.types.get(owner) == "Country" or (
            self.types.get(owner) == "MilitaryUnit" and not ship
        ):
            # "Norland took delivery of its first Zed jets": a state uses what it buys;
            # "the air force is retiring its Zed-21 jets": a force flies what others make
            self.add(owner, "uses", owned, pron, 0.5)
            return
        self.add_first(owner, ["operates", "owns"], owned, pron, 0.55)

    def customers_of_makers(self) -> None:
        """ "Zedair operates 40 Acme A3 jets", "its two Acme A3s": a company that runs a
        product another company's name is on is that maker's customer, so it uses it."""
        orgs = {
            n.lower(): e.key
            for e in self.doc._.kg_entities or []
            if e.type == "Organization"
            for n in [e.name, *e.aliases, *(m.text for m in e.mentions)]
        }
        for i, r in enumerate(self.out):
            if r.predicate != "operates" or self.types.get(r.subject) != "Organization":
                continue
            if self.types.get(r.object) != "Product":
                continue
            words = self.entities[r.object].name.split()
            subject = self.entities[r.subject]
            owner = " ".join([subject.name, *subject.aliases]).lower()
            for n in range(min(2, len(words) - 1), 0, -1):
                front = " ".join(words[:n])
                known = self.vocab.known(front)
                maker = orgs.get(front.lower()) or (
                    front
                    if known is not None and not known.ambiguous and known.type == "Organization"
                    else None
                )
                if maker and maker != r.subject and front.lower() not in owner:
                    self.out[i] = replace(r, predicate="uses")
                    break

    def _its_of_the_charged(self, gerund: Token, owned: str, pron: Token) -> None:
        prep = gerund.head
        if gerund.dep_ != "pcomp" or prep.lower_ != "for":
            return
        verb = prep.head
        charged = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or next(
            (c for c in verb.children if c.dep_ == "dobj"), None
        )
        owner = self.np_entity(charged) if charged is not None else None
        if owner and self.types.get(owner) == "Organization":
            self.add_first(owner, ["operates", "owns"], owned, pron, 0.5)

    def its_body(self, pron: Token) -> None:
        """ "Norland sent members of its elite 5th Corps", "Its military, the Zedland
        Army, held drills": a state's own forces and bodies are of that state."""
        head = pron.head
        owned = key_at(self.doc, head.i) or next(
            (key_at(self.doc, c.i) for c in head.children if c.dep_ == "appos"), None
        )
        if owned is None and head.i + 2 < len(self.doc) and self.doc[head.i + 1].text == ",":
            owned = key_at(self.doc, head.i + 2) or key_at(self.doc, head.i + 3)
        if not owned or self.types.get(owned) not in {"MilitaryUnit", "GovernmentAgency"}:
            return
        verb = head
        while verb.dep_ not in {"ROOT", "ccomp", "relcl", "conj"} and verb.head != verb:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        owner = self.np_entity(subj) if subj is not None else None
        if subj is not None and subj.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            owner = self.np_entity(verb.head)  # "the mission, which runs under its X"
        if subj is not None and subj.i == head.i:
            # "Its military, the Zedland Army, held drills": the state the text is about
            bodies = {"Country", "Organization", "GovernmentAgency", "MilitaryUnit"}
            owner = salient_entity_before(self.doc, pron.idx, bodies)
        if owner and self.types.get(owner) == "Country":
            self.add(owned, "country", owner, pron, 0.5)

    def operator_compounds(self) -> None:
        """ "the Acme boxship Zed", "the Northern Fleet frigate Admiral X" """
        doc = self.doc
        nouns = self.vocab.words("product_context_before")
        for e, span in self._spans("Product"):
            if span.start < 2:
                continue
            noun = doc[span.start - 1]
            if noun.is_lower and noun.lower_ in nouns:
                owner = key_at(doc, span.start - 2)
                if owner and owner != e.key:
                    self.add_first(owner, ["operates", "owns"], e.key, noun, 0.6)

    def maker_titles(self) -> None:
        """ "Zed-jet maker Acme", "drone manufacturer Acme": a product before a maker noun
        before the maker's name."""
        doc = self.doc
        makers = self.vocab.relations["maker_nouns"]
        for kind in ("Organization", "GovernmentAgency", "MilitaryUnit"):
            for e, span in self._spans(kind):
                if span.start < 2:
                    continue
                noun = doc[span.start - 1]
                pred = makers.get(noun.lower_)
                if not pred or not noun.is_lower:
                    continue
                things = {"Product", "Organization"} if pred == "owns" else {"Product"}
                for product in self._named_run_before(span.start - 1):
                    if product != e.key and self.types.get(product) in things:
                        # a game's or a phone's "creator" makes it; a company's founded it
                        made = pred == "founded" and self.types.get(product) == "Product"
                        self.add(e.key, "operates" if made else pred, product, noun, 0.6)

    def _named_run_before(self, end: int) -> list[str]:
        """The entities named in a run that ends just before token `end`: "Zedbook and
        Yonchat owner Acme" names both."""
        doc = self.doc
        out: list[str] = []
        i = end - 1
        while i >= 0:
            k = key_at(doc, i)
            if k:
                if k not in out:
                    out.append(k)
            elif doc[i].lower_ not in {"and", ",", "&"} or not out:
                break
            i -= 1
        return out

    def in_charge(self) -> None:
        """ "Jane Roe, the official in charge of Zed", "who is in charge of Zed": she leads it."""
        doc = self.doc
        for tok in doc:
            if tok.lower_ != "charge" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
                continue
            bodies = [
                k
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
                and (k := phrase_entity(doc, g))
                and self.types.get(k) in {"Organization", "GovernmentAgency", "MilitaryUnit"}
            ]
            holder = tok.head.head
            if holder.dep_ == "appos" and holder.is_lower:
                holder = holder.head  # "Jane Roe, the director in charge of"
            elif holder.lemma_ == "be" and holder.dep_ == "relcl":
                holder = holder.head  # "Jane Roe, who is in charge of"
            elif holder.lemma_ == "be":
                holder = next((c for c in holder.children if c.dep_ == "nsubj"), holder)
            person = key_at(doc, holder.i)
            if person and self.types.get(person) == "Person":
                for b in bodies[:1]:
                    self.add(person, "leads", b, tok, 0.6)

    def titles(self) -> None:
        """Role words before a name or in apposition: "Kremlin spokesman John Doe"."""
        for e, span in self._spans("Person"):
            self._title_prefix(e.key, span.start, span.root)
            self._apposition(e.key, span.root)
            last = span[-1]
            if last is not span.root and not span.start <= last.head.i < span.end:
                # 'Jo "Ace" Roe, the founder of X': a quoted nickname may split the parse
                self._apposition(e.key, last)
            first = span.root
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            start = first.i
            while start > 0 and key_at(self.doc, start - 1) == key_at(self.doc, first.i):
                start -= 1
            listed = first is not span.root or any(
                c.dep_ == "conj" and self.types.get(key_at(self.doc, c.i) or "") == "Person"
                for c in span.root.children
            )
            own_body = any(  # "..., and Ann Poe of Brixco": hers is named after her
                c.dep_ == "prep" and c.lower_ in {"of", "at", "from"} and self.pobj_ents(c)
                for c in span.root.children
            )
            if listed and start > 0 and self._plural_title(self.doc[start - 1]) and not own_body:
                # "Acme engineers Jane Doe, John Roe and Ann Poe": the plural title is each one's
                self._title_prefix(e.key, start, span.root, plural=True)

    def _plural_title(self, tok: Token) -> bool:
        """A plural role word; the parser often reads one before names as a verb ("Acme
        engineers Jane Doe and John Roe", "engineers" a VBZ)."""
        return tok.tag_ == "NNS" or (
            tok.tag_ == "VBZ"
            and tok.is_lower
            and tok.lower_.endswith("s")
            and tok.lower_[:-1] in self.vocab.roles
        )

    def _role_in(self, toks: list[Token], *, plural: bool = False) -> tuple[str, Token] | None:
        words = [t.lower_ for t in toks]
        if toks:  # "editor-in-chief", "editor in chief": the title goes on past its head
            last = toks[-1]
            for n in (4, 2):
                tail = [t.lower_ for t in last.doc[last.i + 1 : last.i + 1 + n]]
                phrase = " ".join([last.lower_, *tail]).replace(" - ", "-")
                if len(tail) == n and phrase in self.vocab.roles:
                    return self.vocab.roles[phrase], last
        for n in (3, 2, 1):
            for i in range(len(words) - n, -1, -1):
                phrase = " ".join(words[i : i + n]).replace(" - ", "-")
                if phrase in self.vocab.roles:
                    return self.vocab.roles[phrase], toks[i + n - 1]
        for k in range(2, len(toks)):
            # "co-leaders A and B", "co-chairs": each shares the lead
            t = toks[k]
            if toks[k - 2].lower_ == "co" and toks[k - 1].text == "-" and t.tag_ == "NNS":
                pred = self.vocab.roles.get(t.lemma_.lower())
                if pred:
                    return pred, t
        for t in reversed(toks if plural else []):  # "two Acme directors, A and B": members
            if (
                t.is_lower
                and self._plural_title(t)
                and (t.lemma_.lower() in self.vocab.roles or t.lower_[:-1] in self.vocab.roles)
                and t.lower_ not in self.vocab.words("relational_nouns")  # "its partners A, B"
            ):
                one = self.vocab.roles.get(t.lemma_.lower()) or self.vocab.roles.get(t.lower_[:-1])
                return ("founded" if one == "founded" else "memberOf"), t  # "its founders A, B"
        people = self.vocab.words("person_nouns") - self.vocab.words("kin_nouns")
        for t in reversed(toks):  # "the band's bassist X", "Acme columnist X"
            if t.is_lower and t.tag_ == "NN" and t.lower_ in people:
                return "memberOf", t
            if plural and t.is_lower and t.tag_ == "NNS" and t.lemma_.lower() in people:
                return "memberOf", t  # "Acme pilots A and B"
        return None

    def _title_prefix(self, person: str, start: int, root: Token, *, plural: bool = False) -> None:
        doc = self.doc
        prefix: list[Token] = []
        i = start - 1
        while i >= 0 and len(prefix) < 8:
            t = doc[i]
            if (
                t.text == ")"
                and i >= 3
                and doc[i - 2].text == "("
                and key_at(doc, i - 1)
                and key_at(doc, i - 1) == key_at(doc, i - 3)
            ):
                i -= 3  # "Freedom Party (FP) leader Jane Roe": the acronym repeats the name
                continue
            n = self._role_len(i + 1, -1)
            if n > 1 and any(w.lower_ == "of" for w in doc[i - n + 1 : i + 1]):
                prefix[0:0] = list(doc[i - n + 1 : i + 1])  # "Air Force Chief of Staff X"
                i -= n
                continue
            if t.lower_ == "and" and self._role_len(i, -1) and self._role_len(i + 1, 1):
                prefix.insert(0, t)  # "Acme founder and chairman Jane Doe"
                i -= 1
                continue
            if (
                t.is_punct
                and t.text not in {"-", "'s", "’s"}
                or t.lower_ in {"the", "a", "an", "and", ","}
            ):
                break
            if t.is_sent_start and t.i != i:
                break
            if t.dep_ in {"nsubj", "dobj", "pobj"} and t.head.i > start + 5:
                break
            if not (
                t.dep_ in {"compound", "amod", "poss", "nmod", "case", "punct", "det"}
                or (t.dep_ == "appos" and t.is_lower)
                or (t.is_lower and t.lower_ in self.vocab.roles and prefix)
                or (plural and not prefix and t.tag_ == "VBZ" and self._plural_title(t))
                # "co-leaders", which the parser often splits apart
                or (t.text == "-" and i > 0 and doc[i - 1].lower_ == "co" and prefix)
                or (t.lower_ == "co" and doc[i + 1].text == "-" and prefix)
                or ((t.is_title or t.is_upper) and self._role_len(i + 1, -1))  # "... and CEO X"
                # "removed chief executive Jan de Roe", the name parsed as the title's apposition
                or (not prefix and t.is_lower and root.head.i == t.i and self._role_len(i + 1, -1))
                # "Zedland's state premier Jan Roe said", title and name both the verb's subject
                or (
                    not prefix
                    and t.is_lower
                    and t.dep_ == root.dep_ == "nsubj"
                    and t.head.i == root.head.i
                    and self._role_len(i + 1, -1)
                )
                # "whose founder and chairman Jan Roe", the name hung on the first title
                or (
                    not prefix and t.is_lower and root.dep_ == "appos" and self._role_len(i + 1, -1)
                )
                or key_at(doc, i)
            ):
                break
            prefix.insert(0, t)
            i -= 1
        if not prefix:
            return
        cut = next((k for k, t in enumerate(prefix) if t.lower_ == "and"), None)
        if cut is not None:
            # both titles of "Acme founder and chief executive": each with the body before
            self._title_prefix_roles(person, prefix[:cut])
            prefix = prefix[: cut - self._role_len(prefix[cut].i, -1)] + prefix[cut + 1 :]
        self._title_prefix_roles(person, prefix, plural=plural, root=root)

    def _role_len(self, i: int, step: int) -> int:
        """Length of the longest role phrase (up to three words) ending just before token i
        (step -1) or starting at it (step 1); 0 when there is none."""
        doc = self.doc
        for n in (3, 2, 1):
            start = i - n if step < 0 else i
            if start < 0 or start + n > len(doc):
                continue
            phrase = doc[start : start + n].text.lower()
            if phrase in self.vocab.roles or phrase in self.vocab.portfolio_titles:
                return n  # "Secretary of State X" too
        return 0

    def _title_prefix_roles(
        self, person: str, prefix: list[Token], *, plural: bool = False, root: Token | None = None
    ) -> None:
        doc = self.doc
        ranks = self.vocab.words("military_ranks")
        bare = list(prefix)
        while len(bare) > 1 and bare[-1].lower_ in ranks | {"vice", "rear"}:
            pair = f"{bare[-2].lower_} {bare[-1].lower_}"
            if bare[-2].lower_ not in ranks and (
                pair in self.vocab.roles or pair in self.vocab.portfolio_titles
            ):
                break  # "Attorney General", "Secretary General" are titles, not ranks
            bare.pop()  # "Air Force commander Lieutenant General X": the rank is no title
        role = (self._role_in(bare, plural=plural) if len(bare) < len(prefix) else None) or (
            self._role_in(prefix, plural=plural)
        )
        if role is None:
            return
        pred, title = role
        # the body named nearest the title: "Estonian army chief" is the army's, not Estonia's
        placed = [(t.i, key_at(doc, t.i)) for t in prefix if t.i < title.i and key_at(doc, t.i)]
        placed += [
            (t.i - 0.5, self.demonym_key(t))
            for t in prefix
            if t.i < title.i and self.demonym_key(t)
        ]
        targets = [k for _, k in sorted(placed)]
        bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
        if (
            len(targets) >= 2
            and self.types.get(targets[-1]) == "Location"
            and any(self.types.get(k) in bodies for k in targets[:-1])
        ):
            # "Zedwatch deputy Asia director", "Acme Europe chief": the body's regional post
            targets = [k for k in targets if self.types.get(k) != "Location"]
            pred = "memberOf"
        portfolio = self._portfolio_body(prefix, title)
        if portfolio and not any(self.types.get(k) == "Location" for k in targets):
            targets.append(portfolio)  # not "Texas Attorney General": a state's own office
        modifiers = {t.lower_ for t in prefix if t.i < title.i}
        whose = next((t for t in prefix if t.lower_ == "whose"), None)
        if not targets and whose is not None:
            # "the company, whose new chief executive Jane Doe took over": the company
            owner = self._whose_antecedent(whose)
            targets = [owner] if owner and owner != person else []
        under = prefix[0].i > 0 and doc[prefix[0].i - 1].lower_ == "under"
        if not targets and root is not None and under:
            targets = self._body_under(root)
            if not targets:
                return  # the clause under the title names no body: not the text's topic either
        if not targets and root is not None:
            of = next((c for c in root.children if c.dep_ == "prep" and c.i == root.i + 1), None)
            bodies = self.pobj_ents(of) if of is not None and of.lower_ == "of" else []
            # "Colonel Jane Roe of the Norlandic Army"
            targets = [
                b
                for b in bodies[:1]
                if self.types.get(b) in {"Organization", "GovernmentAgency", "MilitaryUnit"}
            ]
            if (
                targets
                and pred == "leads"
                and title.lower_ in self.vocab.words("political_titles")
                and self.types.get(targets[0]) != "GovernmentAgency"  # "Speaker X of the House"
            ):
                pred = "memberOf"  # "Interior Minister Jane Roe of the Freedom Party"
        its = next(
            (
                t
                for t in prefix
                if t.i < title.i and t.dep_ == "poss" and t.lower_ in {"its", "their"}
            ),
            None,
        )
        if not targets and its is not None:
            # "Its chief executive Jane Doe said": the body "its" stands for
            bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
            owner = (
                next(iter(self._its(its)), None)
                or self._described_before(its, bodies)
                or topic_entity(self.doc, its.idx, bodies)
            )
            targets = [owner] if owner and owner != person else []
        if placed:
            self.prefix_bodies[prefix[-1].i + 1] = targets[-1]
        if (
            not targets
            and prefix[0].i > 1
            and doc[prefix[0].i - 1].lower_ == "and"
            and all(t.is_lower for t in prefix if t.i < title.i)  # not "British Prime Minister"
        ):
            # "Acme chief executive Jane Roe and executive chairman John Doe": Acme's too
            first = key_at(doc, prefix[0].i - 2)
            start = prefix[0].i - 2
            while start > 0 and key_at(doc, start - 1) == first:
                start -= 1
            if (
                first
                and self.types.get(first) == "Person"
                and start in self.prefix_bodies
                # "Norlandic Prime Minister A and President B": B is another state's
                and self.types.get(self.prefix_bodies[start]) != "Country"
            ):
                targets = [self.prefix_bodies[start]]
        if not targets:
            targets = self._kind_before_title(prefix, title)  # "ministry spokesperson X"
        if not targets:
            topic = self._company_of_bare_title(prefix, title)  # "spokesperson Jane Doe said"
            targets = [topic] if topic else []
        if not targets and [t.lower_ for t in prefix if t.i <= title.i] == ["mayor"]:
            city = self._mayors_town(title)  # "ZEDBURG - ... Mayor Jane Roe said"
            targets = [city] if city else []

        for tgt in targets[-1:]:
            self._role_relation(person, pred, title, tgt, modifiers)

    def _body_under(self, root: Token) -> list[str]:
        """The body a title after "under" heads: "Acme, which under chief executive Jane Roe
        has grown"; "Under Chairwoman Jane Roe, the ZCC has ..." (also when the parser reads
        the name as the subject and the body as its apposition)."""
        bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
        appos = [key_at(self.doc, c.i) for c in root.children if c.dep_ == "appos"]
        found = appos
        if root.dep_ == "pobj":
            owner = self._whose_antecedent(root)
            if owner and self.types.get(owner) in bodies:
                return [owner]
            verb = root.head.head
            if verb.pos_ in {"VERB", "AUX"} and verb.i > root.head.i:
                found = self._subject(verb) or appos
        return [k for k in found if k and self.types.get(k) in bodies][:1]

    def _described_before(self, pron: Token, kinds: set[str]) -> str | None:
        """ "the heaviest fine the authority has imposed, its president said": the body a
        definite description earlier in the sentence stands for."""
        anaphors = self.vocab.entity["definite_anaphors"]
        for t in reversed(self.doc[sent_of(pron).start : pron.i]):
            if t.is_lower and t.pos_ == "NOUN" and not key_at(self.doc, t.i):
                k = anaphor_entity(self.doc, t, anaphors)
                if k and self.types.get(k) in kinds:
                    return k
        return None

    def _kind_before_title(self, prefix: list[Token], title: Token) -> list[str]:
        """ "the Foreign Ministry said ... ministry spokesperson Jane Roe": a bare kind word
        before the title is the body of that kind the text has named."""
        kinds_of = self.vocab.entity["definite_anaphors"]
        words = [t for t in prefix if t.i < title.i]
        phrase = " ".join(t.lower_ for t in words)
        if len(words) == 2 and phrase in self.vocab.words("local_force_names"):
            # "fire brigade spokesman Jane Roe": the town's fire brigade the text named
            body = salient_entity_before(
                self.doc, words[0].idx, {"GovernmentAgency"}, lambda name: phrase in name.lower()
            )
            return [body] if body else []
        if len(words) != 1 or not words[0].is_lower or words[0].lower_ not in kinds_of:
            return []
        word = words[0].lower_
        kinds = set(kinds_of[word]) - {"Location", "Product", "Country"}
        if not kinds:
            return []
        if word in self.vocab.words("company_nouns"):
            body = topic_entity(self.doc, words[0].idx, kinds)
        else:
            body = salient_entity_before(
                self.doc, words[0].idx, kinds, lambda name: word in name.lower().split()
            )
        return [body] if body else []

    def _mayors_town(self, title: Token) -> str | None:
        """The town a bare "Mayor" heads: the one its sentence names ("in the city of Zed,
        ..., Mayor Jane Roe said"), else the town of the dateline."""
        home = self._dateline_city()
        named = {
            k
            for t in sent_of(title)
            if (k := key_at(self.doc, t.i)) and self.types.get(k) == "Location"
        }
        if not named or home in named:
            return home
        return next(iter(named)) if len(named) == 1 else None

    def _dateline_city(self) -> str | None:
        """The town of the article's dateline, when the story names it again."""
        places = dateline_places(self.doc.text)
        if len(places) != 1:
            return None
        start, end = places[0]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        k = key_at(self.doc, span.start) if span is not None else None
        e = self.entities.get(k or "")
        if e is None or e.type != "Location" or len(e.mentions) < 2:
            return None
        return e.key

    def _company_of_bare_title(self, words: list[Token], title: Token) -> str | None:
        """The company the last sentences were about, for a company title that names no
        body ("spokesperson Jane Doe said", "Jane Doe, the chief executive,")."""
        phrase = " ".join(
            t.lower_ for t in words if t.i <= title.i and t.lower_ not in {"the", "a", "an"}
        )
        if phrase not in self.vocab.words("company_titles"):
            return None
        topic = topic_entity(self.doc, words[0].idx, {"Organization"})
        if topic is None and phrase.startswith("spokes"):
            # "The Norlandic foreign ministry has said ..., and spokesperson Jane Roe said"
            topic = topic_entity(self.doc, words[0].idx, {"GovernmentAgency", "MilitaryUnit"})
        if topic is None and phrase in self.vocab.words("company_head_titles"):
            # "Chief Executive Jane Doe said": the company the article is about, when the
            # last sentences had no one subject; news agencies are only its source
            topic = salient_entity_before(
                self.doc,
                words[0].idx,
                {"Organization"},
                lambda name: (
                    fold_name(name) not in INTERNATIONAL_BODIES
                    and name not in self.vocab.entity["news_agencies"]
                ),
                in_view=False,  # not the rivals the last sentence listed
                speakers_bodies=False,
            )
        return topic

    def _role_relation(
        self, person: str, pred: str, title: Token, target: str | None, modifiers: set[str]
    ) -> None:
        """Person and the body a title names: leads, memberOf, founded or only country."""
        if not target:
            return
        words = {title.lower_, *[t.lower_ for t in title.lefts if t.dep_ == "compound"]}
        before = [t.lower_ for t in title.lefts if t.dep_ in {"compound", "amod"}]
        words.add(" ".join([*before[-1:], title.lower_]))  # "prime minister"
        if pred == "leads" and modifiers & set(self.vocab.words("subordinate_modifiers")):
            pred = "memberOf"
        if pred == "leads" and modifiers & {"a", "an", "one", "senior"}:
            pred = "memberOf"  # "a commander of X" is one of its commanders
        if (
            pred == "leads"
            and self.types.get(target) in {"Organization", "GovernmentAgency"}
            and not words & (self.vocab.words("local_head") | self.vocab.words("head_of_state"))
            and any(
                t.dep_ == "compound"
                and (k := key_at(self.doc, t.i)) not in {None, target}
                and self.types.get(k) == "Location"
                for t in title.lefts
            )
        ):
            pred = "memberOf"  # "Jane Roe, Balkans director at Zed Watch": one region's office
        if (
            pred == "leads"
            and title.lower_ in {"chief", "head"}
            and modifiers & self.vocab.words("portfolio_words")
        ):
            pred = "memberOf"  # "the EU's foreign policy chief", "Acme's finance chief"
        portfolio_for = any(
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(g.dep_ == "pobj" and g.is_lower for g in c.children)
            for c in title.children
        )
        # "interior minister", "minister for human rights"
        portfolio = modifiers & self.vocab.words("portfolio_words") or portfolio_for
        cabinet = self.types.get(target) == "GovernmentAgency" and self.entities[
            target
        ].name.lower().split()[-1] in {"government", "cabinet"}  # not a ministry it heads
        if (
            pred == "leads"
            and title.lower_ == "minister"
            and portfolio
            and (self.types.get(target) in {"Organization", "MilitaryUnit"} or cabinet)
        ):
            pred = "memberOf"  # "the movement's interior minister" sits in its cabinet
        if pred == "leads" and title.lower_ not in {"minister", "secretary"} and portfolio_for:
            pred = "memberOf"  # "Zedcom's executive director for markets": one field of it
        if (
            pred == "leads"
            and title.lower_ in {"chief", "head"}
            and any(t.dep_ == "poss" for t in title.lefts)
            and any(t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower for t in title.lefts)
        ):
            pred = "memberOf"  # "the Commission's competition chief" heads one field of it
        if (
            pred == "leads"
            and title.lower_ == "leader"
            and (modifiers | {t.lower_ for t in title.lefts}) & self.vocab.words("caucus_modifiers")
            and self.types.get(target) == "GovernmentAgency"
        ):
            pred = "memberOf"  # "Senate Democratic leader X" leads a side of the chamber
        nxt = self.doc[title.i + 1] if title.i + 1 < len(self.doc) else None
        if pred == "leads" and nxt is not None and nxt.lower_ in {"emeritus", "emerita"}:
            pred = "memberOf"  # "its chair emeritus" holds an honour, not the chair
        if "former" in modifiers or any(
            t.is_lower and t.lower_ in {"next", "future"} for t in title.lefts
        ):
            return  # "its next chief executive" does not lead it yet
        ttype = self.types.get(target)
        of_people = any(  # "the spiritual leader of Norland's Muslims": of a people in it
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(
                g.dep_ == "pobj"
                and g.tag_ in {"NNS", "NNPS"}
                and not key_at(self.doc, g.i)
                and any(p.dep_ == "poss" and key_at(self.doc, p.i) == target for p in g.children)
                for g in c.children
            )
            for c in title.children
        )
        if ttype == "Country":
            if (
                of_people
                or pred == "leads"
                and not words & self.vocab.words("head_of_state")
                or pred != "leads"
                or "opposition" in modifiers  # "the Norlandic opposition leader"
            ):
                pred = "country"
        elif ttype == "Location" and not (
            pred == "leads"
            and (words & self.vocab.words("local_head") or self._run_facility(target, title))
        ):
            return
        self.add_first(person, [pred, "memberOf"], target, title, 0.7)

    def _run_facility(self, target: str, title: Token) -> bool:
        """Whether a director of the place runs it: "the director of Zed General Hospital",
        "the head of the port of Zed", not of a town."""
        if title.lower_ not in self.vocab.words("facility_head_titles"):
            return False
        sites = self.vocab.words("sited_institution_heads") | self.vocab.words(
            "facility_appositives"
        )
        sites |= {n.split()[-1] for n in self.vocab.words("facility_nouns")}
        return any(w in sites for w in self.entities[target].name.lower().split())

    def _portfolio_body(self, prefix: list[Token], title: Token) -> str | None:
        """ "Defense Minister X" -> the article's Defense Ministry, if there is one;
        "Attorney General X" -> its Justice Department."""
        phrase = " ".join(t.lower_ for t in prefix if t.i <= title.i)
        before = [t for t in prefix if t.i < title.i]
        state = next((s for t in before if (s := self.vocab.state_of(t.text))), None)
        # "In Oslo, Foreign Minister X said": the states the sentence names, when the title
        # names none; a body of some other state is not X's
        around = set() if state else self._sentence_states(title)
        # "Norlandic Defence Minister X" heads no other state's defence ministry
        bodies = [
            e
            for e in self.doc._.kg_entities or []
            if e.type == "GovernmentAgency"
            and not (state and self._body_state(e) not in {None, state})
            and not (around and self._body_state(e) not in {None, *around})
        ]
        whole = " ".join(t.lower_ for t in prefix)  # "Secretary of State", past its head
        for words, keys in self.vocab.portfolio_titles.items():
            if phrase.endswith(words) or whole.endswith(words):
                found = [
                    e
                    for e in bodies
                    if any(_portfolio_named(n, keys) for n in [e.name, *e.aliases])
                ]
                if found:
                    return found[0].key
        if title.lower_ not in {"minister", "secretary"}:
            return None
        words = {
            t.lower_
            for t in prefix
            if t.i < title.i
            and t.is_title
            and f"{t.lower_} {title.lower_}" not in self.vocab.roles  # "Energy Cabinet Secretary"
        }
        words -= self.vocab.words("subordinate_modifiers")  # "Deputy Interior Secretary"
        if not words or all(self.vocab.state_of(w) for w in words):
            return None  # "Lebanese Prime Minister" names no portfolio
        words = {w for w in words if not self.vocab.state_of(w)}  # "Norlandic Foreign Minister"
        generic = (
            words
            | self.vocab.words("portfolio_words")
            | {"ministry", "department", "office", "of", "the", "for", "and", "federal", ","}
        )
        for e in bodies:
            names = {w.lower().removesuffix("'s").rstrip(",") for w in e.name.split()}
            plain = {w for w in names if not self.vocab.state_of(w)}
            # "Foreign Minister X" heads a foreign ministry, not "the Office of Foreign Assets"
            if words <= names and names & {"ministry", "department", "office"} and plain <= generic:
                return e.key
            lowered = e.name.lower()
            portfolio = lowered.removeprefix("ministry of ").removeprefix("the ").split()
            if lowered.startswith("ministry of ") and portfolio and portfolio[0] in words:
                return e.key  # "Infrastructure Minister X": the Ministry of Infrastructure and ...
        return None

    def _sentence_states(self, tok: Token) -> set[str]:
        """States whose capital a sentence names as where it happens ("In Oslo, ..."), or
        that it opens with ("In Norland, by contrast, ...")."""
        out: set[str] = set()
        sent = sent_of(tok)
        for t in sent:
            if not (t.is_title and t.dep_ == "pobj" and t.head.lower_ in {"in", "from"}):
                continue
            k = key_at(self.doc, t.i) if t.head.i == sent.start else None
            named = self.entities[k].name if k and self.types.get(k) == "Country" else None
            if s := self.vocab.capital_of(t.text) or (named and self.vocab.country(named)):
                out.add(s)
        return out

    def _body_state(self, e: Entity) -> str | None:
        """The state a body's name or the text's form of it qualifies it with, if any."""
        names = [e.name, *e.aliases]
        return next((s for n in names for w in n.split() if (s := self.vocab.state_of(w))), None)

    def _later_conjunct(self, root: Token, appos: Token) -> bool:
        """Whether a singular apposition of `root` describes a person conjoined after it."""
        return appos.tag_ == "NN" and any(
            c.dep_ == "conj"
            and root.i < c.i < appos.i
            and self.types.get(key_at(self.doc, c.i) or "") == "Person"
            for c in root.children
        )

    def _apposition(self, person: str, root: Token) -> None:
        """ "Jane Doe, spokeswoman for X", "X's CEO, Jane Doe", "returns as CEO of X" """
        cands = [
            c for c in root.children if c.dep_ == "appos" and not self._later_conjunct(root, c)
        ]
        if root.dep_ == "conj":
            # "Jane Doe and John Roe, director of X": the parser hangs the title on Doe
            cands += [
                c
                for c in root.head.children
                if c.dep_ == "appos" and c.i > root.i and self._later_conjunct(root.head, c)
            ]
        after_comma = root.left_edge.i > 0 and self.doc[root.left_edge.i - 1].text == ","
        if root.dep_ == "conj" and root.head.dep_ == "appos" and root.head.head.tag_ == "NNS":
            cands.append(root.head.head)  # "two Acme directors, Jane Doe and John Roe,"
        start = root.i
        while start > 0 and key_at(self.doc, start - 1) == person:
            start -= 1
        # "the head of X, Jan Roe, and Zed Police chief Ana Lind": Lind has her own body
        own_body = self.prefix_bodies.get(start) not in {None, person}
        if (root.dep_ == "appos" or (root.dep_ == "conj" and after_comma)) and not own_body:
            if root.dep_ == "appos" and not any(
                c.dep_ == "prep" and root.head.i < c.i < root.i and c.lower_ in {"under", "with"}
                for c in root.head.children
            ):  # not "Jo Poe, Acme's chief under President Jane Roe": Roe is no chief
                cands.append(root.head)
            of = root.head.head
            if root.head.dep_ == "pobj" and of.lower_ in {"of", "to"} and of.head.is_lower:
                # "the head of Acme, Jane Doe", "Iran's envoy to Oman, Ali Rezaei":
                # the parser hangs the name on the body
                cands.append(of.head)
                kind = of.head  # "the mayor of the town of Zed, Jan Roe": past the place's kind
                if (
                    kind.lemma_.lower() in self.place_nouns
                    and kind.dep_ == "pobj"
                    and kind.head.lower_ == "of"
                    and kind.head.head.is_lower
                ):
                    cands.append(kind.head.head)
        if root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.head.lemma_ == "be":
            # "Acme's chief, Jane Doe, is also chairman of X"
            cands += [c for c in root.head.head.children if c.dep_ == "attr"]
        if root.dep_ == "attr" and root.head.lemma_ == "be":
            # "The first president of X was Jane Doe"
            cands += [c for c in root.head.children if c.dep_ == "nsubj" and c.i < root.i]
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first is not root and first.dep_ == "nsubj" and first.head.lemma_ in {"be", "become"}:
            # "Jane Doe and John Roe are executives of X": each of them
            cands += [c for c in first.head.children if c.dep_ == "attr"]
        if root.dep_ in {"nsubj", "nsubjpass"}:
            verb = root.head
            if verb.lemma_ in {"be", "become"}:
                cands += [c for c in verb.children if c.dep_ == "attr"]
            if verb.lemma_ in {"elect", "appoint", "name", "make"}:
                # "Jane Doe was elected chairman of X"
                cands += [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp"}]
            named_other = (
                root.dep_ == "nsubj"
                and any(c.dep_ == "dobj" for c in verb.children)
                # "A replaced B as Acme's chief": the title is A's
                and verb.lemma_.lower() not in {"replace", "succeed"}
            )
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "as" and not named_other:
                    cands += [c for c in prep.children if c.dep_ == "pobj"]
        if root.dep_ in {"dobj", "oprd"} and root.head.lemma_ in {"elect", "appoint", "name"}:
            # "the board named Jane Doe (as) Acme's new chief executive"
            verb = root.head
            cands += [c for c in verb.children if c.dep_ in {"oprd", "attr"} and c.i > root.i]
            for prep in [*verb.children, *root.children]:
                if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > root.i:
                    cands += [c for c in prep.children if c.dep_ == "pobj"]
        # "Jane Doe, a Norland banker and member of X": each description in the list
        cands += [c for a in list(cands) if a.dep_ == "appos" for c in a.conjuncts if c.i > a.i]
        anaphors = self.vocab.entity["definite_anaphors"]
        if root.dep_ == "nsubj" and root.head.lemma_ in {"become", "remain"}:
            # "Jane Doe became Acme's chairman"
            cands += [c for c in root.head.children if c.dep_ in {"attr", "acomp", "oprd"}]
        # "Jane Doe, a former banker who became Acme's chief executive": a clause on her
        # description is about her too
        described = [
            *root.children,
            *(
                g
                for c in root.children
                if c.dep_ == "appos"
                for g in c.children
                if g.lemma_ in {"become", "remain"} or g.tag_ in {"VBZ", "VBP"}
            ),  # not "a banker who was mayor of Zed until 2018"
        ]
        clauses = [
            r
            for c in described
            if c.dep_ == "relcl"
            and any(g.lower_ == "who" and g.dep_ == "nsubj" for g in c.children)
            # "who founded Acme and remains its chairman": the joined verb too
            for r in (
                c,
                *(j for j in c.conjuncts if not any(g.dep_ == "nsubj" for g in j.children)),
            )
        ]
        for rel in clauses:
            if rel.lemma_ in {"become", "remain", "serve", "be", "take", "return"} and not (
                self._negated(rel)
            ):
                # "Jane Doe, who became (is) Acme's chief executive,"
                cands += [c for c in rel.children if c.dep_ in {"attr", "acomp", "oprd"}]
                for prep in rel.children:
                    if prep.dep_ == "prep" and prep.lower_ == "as":  # "who serves (took over) as"
                        cands += [c for c in prep.children if c.dep_ == "pobj"]
        for prep in root.children:  # "Justice Jane Doe of the High Court"
            if prep.dep_ == "prep" and prep.lower_ in {"of", "at"}:
                for pobj in prep.children:
                    k = key_at(self.doc, pobj.i) if pobj.dep_ == "pobj" else None
                    if k and self.types.get(k) in {"Organization", "GovernmentAgency"}:
                        self.add(person, "memberOf", k, prep, 0.5)
        for noun in cands:
            for prep in noun.children:  # "the top Republican on the Senate X Committee"
                if prep.dep_ == "prep" and prep.lower_ == "on":
                    for k in self.pobj_ents(prep):
                        if self.types.get(k) in {"GovernmentAgency", "Organization"}:
                            self.add(person, "memberOf", k, prep, 0.55)
            if key_at(self.doc, noun.i) and noun.dep_ != "pobj":
                continue
            if (
                noun.dep_ == "appos"
                and noun.head.i == root.i
                and any(
                    t.dep_ in {"appos", "conj"}
                    and (k := key_at(self.doc, t.i))
                    and k != person
                    and self.types.get(k) == "Person"
                    for t in noun.subtree
                )
            ):
                continue  # "A, the mayor of Zed, B, and C": the title names B, after it
            of_many = False
            if noun.lower_ == "one":  # "one of the coordinators of X"
                of = _of_phrase(noun)
                plural = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
                of_many = plural is not None and plural.tag_ == "NNS"
                noun = plural if of_many else noun
            left = [t for t in noun.subtree if t.i <= noun.i]
            if noun.i >= 2 and self.doc[noun.i - 1].text == "-" and noun.dep_ == "appos":
                # "the Commission's executive vice-president", split into three appositions
                first = self.doc[noun.i - 2]
                left = [*[t for t in first.subtree if t.i < noun.i - 1], self.doc[noun.i - 1], noun]
            # a plural title is the person's only where the person is named in it
            named_in = of_many or noun.i in {root.head.i, root.head.head.i} or noun.head.i == root.i
            # "A and B are executives of X": a plural title for listed subjects
            named_in = named_in or (
                noun.dep_ == "attr" and noun.tag_ == "NNS" and bool(root.conjuncts)
            )
            role = self._role_in(left, plural=named_in)
            if role is None:
                continue
            pred, title = role
            target = None
            copula = noun.head if noun.dep_ == "attr" and noun.head.lemma_ == "become" else None
            for holder in (noun, title) if copula is None else (noun, title, copula):
                # "a Norland reporter for Acme": the body after the title outranks the state
                for child in sorted(
                    holder.children,
                    key=lambda c: not (c.dep_ == "prep" and c.lower_ in {"for", "at", "with"}),
                ):
                    if holder is copula and (child.dep_ != "prep" or child.lower_ != "at"):
                        continue  # "she became chief executive at Acme": the parser's "at"
                    if child.dep_ == "prep" and child.lower_ in {
                        "of",
                        "for",
                        "at",
                        "with",
                        "in",
                        "from",
                    }:
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                found = phrase_entity(self.doc, pobj)
                                based = self._based_after_town(pobj)
                                named = key_at(self.doc, based.head.i) if based else None
                                if named and self.types.get(named) in {
                                    "Organization",
                                    "GovernmentAgency",
                                }:
                                    found = named  # "chief of Varde, Norland-based Acme"
                                if not found and pobj.lemma_.lower() in self.place_nouns:
                                    # "the mayor of the coastal town of Zed": the town
                                    places = [
                                        k
                                        for c in pobj.children
                                        if c.dep_ == "prep" and c.lower_ == "of"
                                        for k in self.pobj_ents(c)
                                    ]
                                    found = places[0] if places else None
                                if (
                                    child.lower_ in {"for", "to"}
                                    and noun.lemma_.lower() in self.vocab.words("envoy_nouns")
                                    and self.types.get(found or "") in {"Country", "Location"}
                                ):
                                    continue  # "the Zed Union's envoy for Norland": his post
                                kinds = self.vocab.entity["definite_anaphors"].get(pobj.lower_)
                                after = (
                                    key_at(self.doc, pobj.i + 1)
                                    if pobj.i + 1 < len(self.doc)
                                    else None
                                )
                                if (
                                    not found
                                    and pobj.is_lower
                                    and after
                                    and self.types.get(after) in (kinds or [])
                                    and self.types.get(after)
                                    in {"Organization", "GovernmentAgency"}
                                ):
                                    found = after  # "president of fuel consultancy Zedco", split
                                if not found and self._body_anaphor(pobj):
                                    # "chief executive of the Norlandic launch company"
                                    found = anaphor_entity(self.doc, pobj, anaphors)
                                if (
                                    found
                                    and kinds
                                    and self.types.get(found) in {"Location", "Country"}
                                    and self.types.get(found) not in kinds
                                ):
                                    # "the chief executive of the Oslo firm": the firm
                                    found = anaphor_entity(
                                        self.doc, pobj, self.vocab.entity["definite_anaphors"]
                                    )
                                if (
                                    found
                                    and not target
                                    and pobj.is_lower
                                    and pobj.lower_ in self.subunits
                                    and not key_at(self.doc, pobj.i)
                                    and any(
                                        c.dep_ == "poss" and key_at(self.doc, c.i) == found
                                        for c in pobj.children
                                    )
                                ):
                                    pred = "memberOf"  # "head of Acme's safety office"
                                owner = (
                                    self._unit_owner(pobj)
                                    if found
                                    and pobj.is_lower
                                    and pobj.lower_ in self.subunits
                                    and self.types.get(found) in {"Location", "Country"}
                                    else None
                                )
                                if owner and not target:
                                    # "head of the Sahel programme at the Zed Foundation"
                                    found, pred = owner, "memberOf"
                                if found and not target and child.lower_ == "from":
                                    pred = "memberOf"  # "a prime minister from the Zed Party"
                                if (
                                    found
                                    and self.types.get(target or "") in {"Location", "Country"}
                                    and self.types.get(found)
                                    in {"Organization", "GovernmentAgency", "MilitaryUnit"}
                                ):
                                    target = found  # "a consultant for Africa at the Zed Group"
                                target = target or found
                            if pobj.dep_ == "pobj" and not target and pobj.lower_ == "staff":
                                # "the chief of staff of Chile's armed forces, Jane Roe"
                                for of2 in pobj.children:
                                    if of2.dep_ == "prep" and of2.lower_ == "of":
                                        target = self.pobj_ents(of2)[:1] and self.pobj_ents(of2)[0]
                            if pobj.dep_ == "pobj" and not target and pobj.lower_ in self.subunits:
                                # "head of the cyber department at the SBU": a member of the SBU
                                target = self._unit_owner(pobj)
                                pred = "memberOf" if target else pred
                    if child.dep_ in {"poss", "compound", "nmod"}:
                        target = target or key_at(self.doc, child.i)
                        target = target or anaphor_entity(self.doc, child, anaphors)
                        if child.lower_ in {"its", "their"}:  # "the group ... its leader X"
                            # "A was Acme's chief and B its president": Acme, named just before
                            target = target or self._parallel_owner(child)
                            target = target or self._described_before(
                                child, {"Organization", "GovernmentAgency", "MilitaryUnit"}
                            )
                            target = target or salient_entity_before(
                                self.doc,
                                child.idx,
                                {"Organization", "GovernmentAgency", "MilitaryUnit"},
                                lambda name: fold_name(name) not in INTERNATIONAL_BODIES,
                            )
                    if child.dep_ == "amod" and self.demonym_key(child):
                        target = target or self.demonym_key(child)
            # "head of the Zed Division at the Norlandic Defence Ministry": the division is
            # led, and it is a part of the ministry, wherever the parser hung the "at"
            bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
            of = _of_phrase(title)
            led_tok = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            led = key_at(self.doc, led_tok.i) if led_tok is not None else None
            at_bodies = [
                k
                for h in (title, led_tok)
                if h is not None
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "at"
                for k in self.pobj_ents(c)
                if self.types.get(k) in bodies
            ]
            if led and self.types.get(led) in bodies and at_bodies and at_bodies[0] != led:
                self.add(led, "partOf", at_bodies[0], title, 0.55)
                target = led
            if target is None:  # "chief analyst for oil markets at Acme", "head of sales at"
                inner = [
                    p
                    for c in noun.children
                    if c.dep_ == "prep" and c.lower_ in {"for", "on", "of"}
                    for g in c.children
                    if g.dep_ == "pobj" and g.is_lower
                    for p in g.children
                    if p.dep_ == "prep" and p.lower_ in {"at", "of"}
                ]
                found = [k for p in inner for k in self.pobj_ents(p)]
                target = next((k for k in found if self.types.get(k) in bodies), None)
            if (
                target is None
                and title.i == noun.i
                and noun.i > 0
                and self.doc[noun.i - 1].text == "-"
            ):
                # "an Acme co-founder", which the parser splits into three appositions
                for t in reversed(self.doc[max(0, noun.i - 6) : noun.i - 1]):
                    if t.text in {",", "("}:
                        break
                    target = target or key_at(self.doc, t.i)
            if pred == "leads" and any(
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(
                    g.dep_ == "pobj"
                    and g.is_lower
                    and g.lower_ != "staff"
                    and not phrase_entity(self.doc, g)  # "leader of the Acme party" leads
                    # "president of fuel consultancy Zedco", the name split off the noun
                    and not (target and key_at(self.doc, g.i + 1) == target)
                    # "head of the company", not "of the investigations department"
                    and not (self._body_anaphor(g) and anaphor_entity(self.doc, g, anaphors))
                    # "mayor of the town of Zed" leads the town
                    and not (
                        g.lemma_.lower() in self.place_nouns
                        and self.types.get(target or "") == "Location"
                    )
                    or (
                        g.dep_ == "pobj"
                        and target is not None
                        and self.types.get(phrase_entity(self.doc, g) or "") == "Product"
                    )  # "head of Zedbox at Acme": a product's chief is a member of its maker
                    for g in c.children
                )
                for c in title.children
            ):
                pred = "memberOf"  # "the company's president of global affairs"
            modifiers = {t.lower_ for t in left if t.i < title.i}
            if target is None and not any(c.dep_ == "poss" for c in title.children):
                # "the chief executive and co-founder of Acme": both titles are Acme's
                shared = [_of_phrase(c) for c in title.conjuncts if c.i > title.i]
                found = [k for of in shared if of is not None for k in self.pobj_ents(of)]
                target = next((k for k in found if self.types.get(k) in bodies), None)
            if target is None and noun.dep_ == "appos":
                target = self._company_of_bare_title(left, title)  # "Jane Doe, a spokesperson,"
            self._role_relation(person, pred, title, target, modifiers)
            for c in title.children:  # "finance chief of both Acme and its parent Zedco"
                for g in c.children if c.dep_ == "prep" and c.lower_ == "of" else ():
                    if (
                        g.dep_ == "pobj"
                        and key_at(self.doc, g.i) == target
                        and any(d.lower_ == "both" for d in g.children)
                    ):
                        for cj in g.conjuncts:
                            k = key_at(self.doc, cj.i)
                            if k and self.types.get(k) == self.types.get(target):
                                self._role_relation(person, pred, title, k, modifiers)
            shared = any(
                c.dep_ == "poss"
                and (key_at(self.doc, c.i) or anaphor_entity(self.doc, c, anaphors)) == target
                for c in noun.children
            ) or self._shared_of(noun, target)
            # "Acme's founder and chief executive", "the founder and chairman of Acme"
            for conj in noun.conjuncts if shared else ():
                if conj.i > noun.i and not key_at(self.doc, conj.i):
                    own = [t for t in conj.subtree if t.i <= conj.i]
                    more = self._role_in(own)
                    if more is not None and more[0] != pred:
                        own_mods = {t.lower_ for t in own if t.i < more[1].i}
                        self._role_relation(person, more[0], more[1], target, own_mods)

    def _body_anaphor(self, tok: Token) -> bool:
        """ "the company", "the Norlandic launch company", "the force": a word for a body that
        refers back; not "the combined company" that a merger makes, "the department of
        X" that names a unit of X, nor "the city", which names a place."""
        kinds = self.vocab.entity["definite_anaphors"].get(tok.lower_, [])
        return (
            tok.is_lower
            and bool(kinds)
            and not {"Location", "Country"} & set(kinds)
            and not any(c.lower_ in {"combined", "merged", "new", "enlarged"} for c in tok.children)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        )

    def _shared_of(self, noun: Token, target: str | None) -> bool:
        """Whether the body after the last of conjoined titles is the first one's too."""
        if target is None:
            return False
        last = max(noun.conjuncts, key=lambda t: t.i, default=None)
        return last is not None and any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i > last.i and target in self.pobj_ents(c)
            for c in [*last.children, *noun.children]
        )

    def _unit_owner(self, unit: Token) -> str | None:
        """The body a sub-unit belongs to: "the department at X", "the X panel"."""
        for c in unit.children:
            if c.dep_ == "prep" and c.lower_ in {"at", "of", "in", "within"}:
                for g in c.children:
                    if g.dep_ == "pobj":
                        k = phrase_entity(self.doc, g)
                        if k:
                            return k
        return None

    def nationality(self) -> None:
        """ "the southern Polish city of Krakow", "U.S. company Acme Corp" """
        doc = self.doc
        loc_nouns = self.vocab.words("location_nouns")
        for tok in doc:
            hyphen = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-"
            after = doc[tok.i + 2].lower_ if hyphen else ""
            if after.endswith("ed") and after not in self.vocab.words("origin_participles"):
                continue  # "Russian-occupied", "Iran-backed": no nationality
            # "Norland-based Acme" is located there; a person based there is its national
            based = after in self.vocab.words("based_words")  # "-based", "-registered"
            nat = ["locatedIn", "country"] if based else ["country"]
            if tok.i >= 2 and doc[tok.i - 1].text == ",":
                city = key_at(doc, tok.i - 2)
                if city and self.types.get(city) == "Location":
                    nat = ["country"]  # "Zedby, Norland-based Acme": it lies in Zedby
            deps = {"amod", "compound", "nmod"} | ({"npadvmod"} if hyphen else set())
            country = self.demonym_key(tok) if tok.dep_ in deps else None
            given_to = tok.i > 0 and (
                doc[tok.i - 1].lemma_.lower() in self.giving
                or doc[tok.i - 1].lower_ == "to"  # "Ambassador to Norland Jane Roe": a posting
            )
            if (
                not country
                and not given_to  # "sent Norland Zed tanks": Norland receives them
                and (tok.dep_ in {"compound", "nmod"} or (hyphen and tok.dep_ == "npadvmod"))
                and tok.head.dep_ != "ROOT"  # "Iran arms and funds X", misparsed as a noun
            ):
                k = key_at(doc, tok.i)
                if k and self.types.get(k) == "Country":
                    country = k
            if not country:
                self._place_description(tok)
                continue
            joined = key_at(doc, tok.i + 2) if hyphen else None
            if joined and joined != country and not doc[tok.i + 1].whitespace_:
                continue  # "the Norland-Zedland war", "Norland-Zedland talks": two sides
            head = tok.head
            if (
                hyphen
                and head.i == tok.i + 2
                and head.lower_ in self.vocab.words("origin_participles")
                and head.dep_ in {"amod", "compound"}
            ):
                head = head.head  # "the Liberian-flagged tanker X"
            if key_at(doc, head.i) == country:
                continue
            target = key_at(doc, head.i)
            while (
                not target
                and head.pos_ == "NOUN"
                and head.dep_ in {"compound", "nmod"}
                and head.head.pos_ == "NOUN"
                and head.head.i > head.i
            ):
                # "Acme, a U.S. textbook publisher", "the U.S. aerospace and energy group"
                head = head.head
            if not target and head.pos_ == "NOUN" and tok.dep_ in {"amod", "compound"}:
                nearby = [doc[j] for j in (head.i + 1, head.i + 2) if j < len(doc)]
                for prep in nearby:  # "Iranian missiles, including the Zed", "U.S. firms like"
                    such_as = (
                        prep.lower_ == "as" and prep.i > 0 and doc[prep.i - 1].lower_ == "such"
                    )
                    if prep.dep_ == "prep" and (prep.lower_ in {"including", "like"} or such_as):
                        kinds = (  # "U.S. firms such as A": the companies only
                            {"Organization", "GovernmentAgency", "MilitaryUnit"}
                            if tok.dep_ == "compound"
                            else None
                        )
                        for pobj in prep.children:
                            for k in self.ents(pobj) if pobj.dep_ == "pobj" else []:
                                if (
                                    k != country
                                    and self.types.get(k) != "Country"
                                    and (kinds is None or self.types.get(k) in kinds)
                                ):
                                    self.add_first(k, nat, country, tok, 0.6)
            if not target and head.pos_ == "NOUN":
                for child in head.children:
                    if child.dep_ == "appos" and key_at(doc, child.i):
                        target = key_at(doc, child.i)
                        if head.tag_ == "NNS":  # "two Norlandic tankers, the A and the B"
                            for k in {key_at(doc, t.i) for t in child.subtree} - {None, target}:
                                if self.types.get(k) == "Product":
                                    self.add_first(k, nat, country, tok, 0.6)  # type: ignore[arg-type]
                    plural_places = head.tag_ == "NNS" and head.lemma_.lower() in loc_nouns
                    if (
                        child.dep_ == "prep"
                        and child.lower_ == "of"
                        and (head.lower_ in loc_nouns or plural_places)
                    ):
                        for pobj in child.children:
                            if pobj.dep_ == "pobj" and key_at(doc, pobj.i):
                                target = key_at(doc, pobj.i)
                                # "the Ukrainian cities of A, B and C"
                                for k in self._listed_from(pobj.left_edge.i)[1:]:
                                    if k != country and self.types.get(k) == "Location":
                                        self.add_first(k, nat, country, tok, 0.6)
                    if child.dep_ == "compound" and key_at(doc, child.i) and child.i > tok.i:
                        target = target or key_at(doc, child.i)
                if not target and head.dep_ == "appos" and key_at(doc, head.head.i):
                    # "NSO and Zedru, another Israeli firm": the conjunct the apposition follows
                    target = self.np_entity(head) or key_at(doc, head.head.i)
                    if head.tag_ == "NNS":  # "A, B and C, the carrier's British destinations"
                        for cj in [head.head, *head.head.conjuncts]:
                            k = key_at(doc, cj.i)
                            if k and k != country and self.types.get(k) != "Country":
                                self.add_first(k, nat, country, tok, 0.6)
                if not target and head.dep_ == "attr":
                    subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                    target = phrase_entity(doc, subj) if subj is not None else None
                if not target:
                    nxt = head.i + 1
                    if nxt < len(doc) and key_at(doc, nxt):
                        first = doc[nxt]
                        while (
                            first.head.i != head.i and first.head.i > head.i and first.head != first
                        ):
                            if key_at(doc, first.head.i) != key_at(doc, nxt):
                                break
                            first = first.head
                        target = key_at(doc, nxt)
                        paired = False  # "U.S. firms A and B, and C": C is no longer U.S.
                        for conj in sorted(first.conjuncts, key=lambda t: t.i):
                            if conj.i < first.i:
                                continue
                            edge = conj.left_edge.i
                            oxford = doc[edge - 1].lower_ == "and" and doc[edge - 2].text == ","
                            if oxford and paired:
                                break
                            paired = paired or (doc[edge - 1].lower_ == "and" and not oxford)
                            k = key_at(doc, conj.i)
                            if k and k != country:
                                self.add_first(k, nat, country, tok, 0.6)
            if head.tag_ in {"NNS", "NNPS"} and head.i + 1 < len(doc) and not key_at(doc, head.i):
                # "Chinese internet groups A, B and C", "two Chinese firms, A and B"
                first = head.i + 2 if doc[head.i + 1].text == "," else head.i + 1
                for k in self._listed_from(first):
                    if k != country and self.types.get(k) != "Country":
                        self.add_first(k, nat, country, tok, 0.6)
            if not target and head.pos_ == "NOUN" and head.is_lower:
                # "the Norlandic carmaker said", "the Zedlandic company's jet": the company
                # the description stands for, when nothing gives it another state
                kinds = self.vocab.entity["definite_anaphors"].get(head.lower_, [])
                k = anaphor_entity(doc, head, self.vocab.entity["definite_anaphors"])
                if (
                    k
                    and "Organization" in kinds
                    and self.types.get(k) == "Organization"
                    and not any(
                        r.subject == k and r.predicate == "country" and r.object != country
                        for r in self.out
                    )
                ):
                    self.add_first(k, nat, country, tok, 0.5)
            if target and target != country:
                conf = 0.5 if self.types.get(target) == "Person" else 0.7
                if self.types.get(target) == "Product" and self._striking(tok.head):
                    self.add(country, "uses", target, tok, 0.6)  # "Norlandic Zed-16 jets struck X"
                    continue
                self.add_first(target, nat, country, tok, conf)

    def _striking(self, noun: Token) -> bool:
        """Whether weapons are the subject of an attack ("F-16 jets struck positions"), the
        kind noun after the name however the parser hung it."""
        after = self.doc[noun.i + 1 : noun.i + 2]
        return any(
            n.dep_ == "nsubj"
            and n.head.pos_ == "VERB"
            and n.head.lemma_.lower() in self.vocab.words("striking_verbs")
            for n in [noun, *after]
        )

    def _place_description(self, tok: Token) -> None:
        """ "Las Vegas casino giant Acme", "Calgary pipeline operator Acme" """
        doc = self.doc
        k = key_at(doc, tok.i)
        if not k or self.types.get(k) != "Location" or tok.dep_ not in {"compound", "nmod"}:
            return
        if tok.i + 1 < len(doc) and key_at(doc, tok.i + 1) == k:
            return  # only from the last word of the place's name
        kind = tok.head
        if kind.is_lower and kind.lower_ in self.place_nouns and kind.dep_ == "appos":
            named = key_at(doc, kind.head.i)  # "Zedton, the Yonshire town where ..."
            if named and named != k and self.types.get(named) == "Location":
                self.add(named, "locatedIn", k, tok, 0.55)
            return
        j = tok.i + 1
        words: list[str] = []
        while j < len(doc) and doc[j].is_lower and doc[j].pos_ == "NOUN" and len(words) < 3:
            words.append(doc[j].lower_)
            j += 1
        owning = {w for w, p in self.vocab.relations["maker_nouns"].items() if p == "owns"}
        if not set(words) & self.vocab.words("org_context_before") or set(words) & owning:
            return  # "Zed parent Acme" is about ownership, not a place
        target = key_at(doc, j) if j < len(doc) else None
        if target and target != k and self.types.get(target) == "Organization":
            self.add(target, "locatedIn", k, tok, 0.6)

    def _listed_from(self, i: int) -> list[str]:
        """Entities named in a list that starts at token i: "A, B and C"."""
        doc, keys = self.doc, []
        while i < len(doc):
            k = key_at(doc, i)
            if not k and keys and doc[i].is_title:
                while i < len(doc) and doc[i].is_title and not key_at(doc, i):
                    i += 1  # a name the model missed inside the list: step over it
            elif not k:
                break
            else:
                keys.append(k)
            while i < len(doc) and k and key_at(doc, i) == k:
                i += 1
            if i < len(doc) and doc[i].text == ",":
                i += 1
            if i < len(doc) and doc[i].lower_ == "and":
                i += 1
            elif i < len(doc) and doc[i - 1].text != ",":
                break
        return keys

    def _on_states_coast(self, place: str, state: str, j: int, on: Token) -> None:
        """ "Zedby on Norland's Yon coast": Zedby lies in Norland, and in Yon."""
        doc, waters = self.doc, self.vocab.words("waterside_heads")
        k = j
        while k + 1 < len(doc) and key_at(doc, k + 1) == state:
            k += 1
        if k + 1 >= len(doc) or doc[k + 1].tag_ != "POS":
            return
        m, regions = k + 2, []
        while m < len(doc) and doc[m].pos_ in {"PROPN", "ADJ"} and m - k < 6:
            r = key_at(doc, m)
            if r and self.types.get(r) == "Location" and r not in regions:
                regions.append(r)
            m += 1
        if m >= len(doc) or doc[m].lower_ not in waters or place == state:
            return
        self.add(place, "locatedIn", state, on, 0.55)
        for r in regions:
            if self.entities[r].name.lower().split()[-1] not in waters | OPEN_WATERS:
                self.add(place, "locatedIn", r, on, 0.5)  # not "the Black Sea" of its coast

    def on_waters(self) -> None:
        """ "the Zed dam on the Yon River", "Zedby on the Norlandic coast", "the airfield at
        Fort Zed": a place on a river, coast or peninsula, or a site at a place, lies there."""
        doc = self.doc
        waters = self.vocab.words("waterside_heads")
        for e, span in self._spans("Location"):
            end = span.end
            if end < len(doc) and doc[end].is_lower and doc[end].lower_ in self.place_nouns:
                end += 1  # "the Zed dam on ..."
            set_off = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "on"
            end += set_off  # "Zedby, on the southern tip of Yon, ..."
            if end + 1 >= len(doc) or doc[end].lower_ not in {"on", "at"}:
                continue
            j = end + 1 + (doc[end + 1].lower_ == "the")
            state = self.demonym_key(doc[j]) if j + 1 < len(doc) else None
            if state and doc[j + 1].lower_ in waters and doc[end].lower_ == "on":
                self.add(e.key, "locatedIn", state, doc[end], 0.55)  # "on the Norlandic coast"
                continue
            while j < len(doc) and doc[j].pos_ == "ADJ":
                j += 1
            if j >= len(doc):
                continue
            if (
                doc[end].lower_ == "on"
                and doc[j].lower_ in EDGE_NOUNS
                and j + 2 < len(doc)
                and doc[j + 1].lower_ == "of"
            ):
                # "on the southern tip of Yon", "on the eastern bank of the Zed"
                o = key_at(doc, j + 2 + (doc[j + 2].lower_ == "the"))
                name = self.entities[o].name.lower() if o else ""
                if (
                    o
                    and o != e.key
                    and self.types.get(o) in {"Location", "Country"}
                    and name.split()[-1] not in waters - {"peninsula"}  # a river bank is no region
                    and name not in self.vocab.words("continents")
                ):
                    self.add(e.key, "locatedIn", o, doc[end], 0.55)
                continue
            if set_off:
                continue
            if doc[end].lower_ == "at":
                o = key_at(doc, j)
                if o and o != e.key and self.types.get(o) == "Location" and self._site(e.key):
                    self.add(e.key, "locatedIn", o, doc[end], 0.55)
                continue
            o = key_at(doc, j)
            if o and self.types.get(o) == "Country" and doc[end].lower_ == "on":
                self._on_states_coast(e.key, o, j, doc[end])
                continue
            if not o or o == e.key or self.types.get(o) != "Location":
                continue
            k = j
            while k + 1 < len(doc) and key_at(doc, k + 1) == o:
                k += 1
            after = doc[k + 1].lower_ if k + 1 < len(doc) and doc[k + 1].is_lower else ""
            if doc[k].lower_ in waters or after in waters:  # "the Yon River", "the Yon coast"
                self.add(e.key, "locatedIn", o, doc[end], 0.55)

    def where_at(self) -> None:
        """ "in Zedby, where she was treated at the Yon Medical Center": the site named in a
        "where" clause lies in the place the clause describes."""
        doc = self.doc
        heads = self.vocab.words("sited_institution_heads")
        for tok in doc:
            if tok.dep_ != "relcl" or not any(
                c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children
            ):
                continue
            place = key_at(doc, tok.head.i)
            if not place or self.types.get(place) != "Location":
                continue
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in {"at", "in"}:
                    continue
                for k in self.pobj_ents(prep):
                    last = self.entities[k].name.split()[-1].lower()
                    if self.types.get(k) == "Location" or (
                        self.types.get(k) == "Organization" and last in heads
                    ):
                        self.add(k, "locatedIn", place, prep, 0.5)

    def _site(self, key: str) -> bool:
        """A facility or installation named as such: "Zed Airfield", "the Yon dam"."""
        words = [
            w.lower()
            for e in self.doc._.kg_entities or []
            if e.key == key
            for m in [e.name, *e.aliases]
            for w in m.split()[-1:]
        ]
        return self._facility(key) or any(
            w in self.vocab.words("operator_facility_kinds") for w in words
        )

    def comma_in(self) -> None:
        """ "a pylon in Zedhof, in the Lakeland district of Ostmark", "Zedby, on the Kola
        Peninsula, hosts ...", "Zedby, inside the buffer zone": the place before the comma
        lies in the one after it."""
        doc = self.doc
        for e, span in self._spans("Location"):
            end = span.end
            if end + 2 >= len(doc) or doc[end].text != ",":
                continue
            at = end + 1 + (doc[end + 1].lower_ in {"also", "both"})  # "X, also in Y"
            if at + 1 >= len(doc) or doc[at].lower_ not in {"in", "on", "inside", "within"}:
                continue
            j = at + 1
            if doc[j : j + 2].text.lower() in {"what is", "what was"}:
                # "a shipyard in Zedburg, in what is now Norland"
                j += 2 + (j + 2 < len(doc) and doc[j + 2].lower_ in {"now", "then", "today"})
            while j < len(doc) and j < at + 8 and not key_at(doc, j):
                if (
                    (doc[j].lower_ in self.place_nouns or doc[j].lower_ in {"part", "parts"})
                    and j + 1 < len(doc)
                    and doc[j + 1].lower_ == "of"
                ):
                    j += 2  # "X, in the municipality of Y", "X, in the northern part of Y"
                    continue
                if (
                    doc[j].lower_ in self.vocab.words("compass_words")
                    and j + 1 < len(doc)
                    and doc[j + 1].lower_ == "of"
                ):
                    j += 2  # "X, in the south of Y"
                    continue
                hyphened = j > 0 and doc[j - 1].text in {"-", "–"} and doc[j].is_lower
                if not (
                    (doc[j].is_lower and doc[j].pos_ in {"DET", "ADJ"})
                    or self.vocab.demonym(doc[j].text)  # "X, in the German state of Y"
                    or (doc[j].text in {"-", "–"} and doc[j].whitespace_ == "")
                    or hyphened  # "X, in the Norland-controlled part of Y"
                ):
                    break
                j += 1
            k = key_at(doc, j) if j < len(doc) else None
            if k and self.types.get(k) == "Country":
                # "X, in Norland's southern Zed province": the province, inside the country
                n = j
                while n < len(doc) and key_at(doc, n) == k:
                    n += 1
                if n < len(doc) and doc[n].tag_ == "POS":
                    n += 1
                    while n < len(doc) and n < j + 6 and doc[n].is_lower and doc[n].pos_ == "ADJ":
                        n += 1
                    inner = key_at(doc, n) if n < len(doc) else None
                    while n < len(doc) and key_at(doc, n) == inner:
                        n += 1
                    edge = n < len(doc) and doc[n].lower_ in EDGE_NOUNS  # "Norland's Zed coast"
                    if inner and self.types.get(inner) == "Location" and not edge:
                        k = inner
            if k and k != e.key and self.types.get(k) in {"Location", "Country"}:
                self.add(e.key, "locatedIn", k, doc[at], 0.55)

    def set_in(self) -> None:
        """ "In Damascus, the Zedland embassy was ransacked": a seated body that a sentence
        opening with a place speaks of sits in that place."""
        doc = self.doc
        seated = self.vocab.words("seated_body_nouns") | self.vocab.words("sited_institution_heads")
        for sent in doc.sents:
            first = sent[0]
            if first.lower_ != "in" or len(sent) < 5:
                continue
            place = key_at(doc, first.i + 1)
            if place is None or self.types.get(place) not in {"Location", "Country"}:
                continue
            j = first.i + 1
            while j < sent.end and key_at(doc, j) == place:
                j += 1
            if j >= sent.end or doc[j].text != ",":
                continue
            root = sent.root
            for c in root.children:
                k = key_at(doc, c.i) if c.dep_ in {"nsubj", "nsubjpass"} else None
                if k is None or k == place:
                    continue
                words = self.entities[k].name.lower().split()
                if words and words[-1] in seated:
                    self.add(k, "locatedIn", place, first, 0.5)

    def sites_in(self) -> None:
        """ "the Zed plant in Norby", "Zed children's hospital in Norby", "Acme
        headquarters in Oslo": a name before the kind of site, and the place after it."""
        doc = self.doc
        sites = self.vocab.words("facility_after") | {"hospital", "headquarters", "school"}
        for kind in ("Location", "Organization", "GovernmentAgency", "MilitaryUnit"):
            for e, span in self._spans(kind):
                head = span.root
                while head.dep_ in {"compound", "poss", "nmod"} and head.head.i > head.i:
                    head = head.head
                if head.i == span.root.i or key_at(doc, head.i) or not head.is_lower:
                    continue
                if head.lower_ not in sites or (
                    kind != "Location" and head.lower_ != "headquarters"
                ):
                    continue
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ == "in":
                        for o in self.pobj_ents(c):
                            if o != e.key and self.types.get(o) in {"Location", "Country"}:
                                self.add(e.key, "locatedIn", o, c, 0.55)

    def located(self) -> None:
        """ "based in X", "Moscow-based", "X, a city in Y", "Lviv in western Ukraine" """
        doc = self.doc
        place_words = {
            "base",
            "headquarter",
            "locate",
            "station",
            "situate",
            "domicile",
            "register",  # "a Dubai-registered company", "registered in Cyprus"
            "incorporate",
        }
        for tok in doc:
            lemma = tok.lemma_.lower()
            if lemma in place_words and tok.tag_ == "VBN":
                subj = self.np_entity(tok.head)
                own = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if own is not None and any(c.lower_ == "whose" for c in own.subtree):
                    # "Zedex, whose parent Acme is registered in X": Acme is, not Zedex
                    subj = key_at(doc, own.i) or self.np_entity(own, exclude=subj) or subj
                if tok.dep_ not in {"acl", "amod", "relcl", "ROOT", "conj"}:
                    continue
                where = next((c for c in tok.children if c.lower_ == "where"), None)
                if tok.dep_ == "relcl" and where is not None:
                    # "in Bergen, where the company is based": the place is the antecedent
                    s = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                    place = key_at(doc, tok.head.i)
                    body = None
                    if s is not None:
                        body = key_at(doc, s.i) or anaphor_entity(
                            doc, s, self.vocab.entity["definite_anaphors"]
                        )
                    if place and self.types.get(place) in {"Location", "Country"}:
                        self.add(body, "locatedIn", place, tok, 0.6)
                    continue
                if tok.dep_ in {"ROOT", "conj"}:
                    s = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                    subj = phrase_entity(doc, s) if s is not None else None
                    first = tok.head
                    if s is None and tok.dep_ == "conj" and first.dep_ in {"acl", "relcl"}:
                        # "Acme, set up in 1971 and based in X", "which was ... and based in X"
                        subj = self.np_entity(first.head)
                    elif s is None and tok.dep_ == "conj":
                        # "Zed was set up in 2009 and is based in X": the first verb's subject
                        s = next(
                            (c for c in first.children if c.dep_ in {"nsubjpass", "nsubj"}), None
                        )
                        subj = phrase_entity(doc, s) if s is not None else None
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"in", "at", "near"}:
                        for pobj in prep.children:
                            for o in self.ents(pobj):
                                self.add(subj, "locatedIn", o, tok, 0.75)
                if (
                    tok.dep_ in {"amod", "compound"}
                    and tok.i >= 2
                    and doc[tok.i - 1].text
                    in {
                        "-",
                        "–",
                    }
                ):
                    o = key_at(doc, tok.i - 2)
                    j = tok.i - 2
                    while j > 0 and key_at(doc, j - 1) == o:
                        j -= 1
                    city = key_at(doc, j - 2) if j >= 2 and doc[j - 1].text == "," else None
                    if city and self.types.get(city) == "Location":
                        # "the Spring, Texas-based oil major": the town, which is in the state
                        self.add(city, "locatedIn", o, tok, 0.6)
                        o = city
                    head = tok.head
                    subj = self.np_entity(head, exclude=o)
                    kinds = self.vocab.entity["definite_anaphors"].get(head.lower_, [])
                    definite = any(c.lower_ == "the" for c in head.children) or (
                        self._article_before(tok) == "the"
                    )
                    verb = head
                    while verb.dep_ in {"pobj", "dobj", "prep", "appos"}:
                        verb = verb.head
                    actors = {
                        self.entities[k].name
                        for c in verb.children
                        if verb.pos_ in {"VERB", "AUX"}
                        and c.dep_ in {"nsubj", "nsubjpass"}
                        and (k := key_at(doc, c.i))
                    }
                    if (
                        kinds
                        and definite
                        and head.is_lower  # not "the Oslo-based Energy Agency", a name
                        and (
                            self.types.get(subj or "") not in kinds
                            or (
                                subj and head.dep_ != "nsubj" and self.entities[subj].name in actors
                            )
                        )
                    ):
                        # "the Varde, Norland-based company": the company, not the town,
                        # nor the clause's subject ("Acme bought shares of the company")
                        subj = (
                            salient_entity_before(
                                doc, tok.idx, set(kinds), lambda n, out=actors: n not in out
                            )
                            or subj
                        )
                    if (
                        not subj
                        and head.is_lower
                        and head.pos_ == "NOUN"
                        and any(c.lower_ == "the" for c in head.children)
                    ):
                        # "the Oslo-based company": the company the article is about
                        subj = anaphor_entity(
                            doc, head, self.vocab.entity["definite_anaphors"]
                        ) or salient_entity_before(
                            doc, tok.idx, {"Organization", "GovernmentAgency", "MilitaryUnit"}
                        )
                    self.add(subj, "locatedIn", o, tok, 0.7)
                    near = [*head.subtree, *doc[head.i + 1 : head.i + 2]]
                    named = next((t for t in near if subj and key_at(doc, t.i) == subj), None)
                    listed = head.is_lower and head.tag_ == "NNS"
                    for cj in named.conjuncts if named is not None and listed else ():
                        # "Dublin-based lessors Avolon and Zed Capital": both
                        if cj.i > named.i and (k := key_at(doc, cj.i)) and k != subj:
                            self.add(k, "locatedIn", o, tok, 0.6)
            if tok.dep_ == "prep" and tok.lower_ == "in":
                head = tok.head
                s = key_at(doc, head.i)
                if not s and head.dep_ == "attr" and head.lower_ in self.place_nouns:
                    subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                    s = phrase_entity(doc, subj) if subj is not None else None
                if (
                    head.dep_ == "appos"
                    and head.pos_ == "NOUN"
                    and (head.lower_ in self.place_nouns or place_group(head))  # "an island group"
                ):
                    s = key_at(doc, head.head.i)
                named_places: list[str] = []
                if (
                    not s
                    and head.is_lower
                    and (head.lower_ in self.place_nouns or head.lemma_.lower() in self.place_nouns)
                ):
                    s = phrase_entity(doc, head)  # "the Zed gas facility on the Arctic coast"
                    if not s and head.lower_ in self.vocab.words("location_nouns"):
                        s = next(  # "the city of Zed in the region of Yon"
                            (
                                k
                                for c in head.children
                                if c.dep_ == "prep" and c.lower_ == "of"
                                for k in self.pobj_ents(c)
                            ),
                            None,
                        )
                    s = s if s and self.types.get(s) == "Location" else None
                    named_places = [  # "the Aby and Bly communities in Zed State"
                        k
                        for c in head.children
                        if c.dep_ in {"compound", "nmod"} and key_at(doc, c.i) == s
                        for cj in c.conjuncts
                        if cj.i > c.i
                        and (k := key_at(doc, cj.i))
                        and k != s
                        and self.types.get(k) == "Location"
                    ]
                kinds = self.vocab.entity["definite_anaphors"].get(head.lower_, [])
                body = key_at(doc, head.head.i) if head.dep_ == "appos" and head.is_lower else None
                if body and self.types.get(body) in kinds and self.types.get(body) != "Location":
                    # "Zedfor, the UN-backed stabilisation force in Norland"
                    for o in self.pobj_ents(tok):
                        if self.types.get(o) in {"Location", "Country"}:
                            self.add(body, "locatedIn", o, tok, 0.55)
                near = key_at(doc, tok.i - 1) if tok.i > 0 else None
                if (
                    s
                    and self.types.get(s) == "Location"
                    and near in {None, s}
                    and not (key_at(doc, head.i) == s and self._bearing_from(head))
                ):
                    # not "A in B, C in D" parsed with the second "in" under B
                    for pobj in tok.children:
                        if pobj.dep_ == "pobj":
                            paired = {  # "A in B and C in D": C is no place A lies in
                                key_at(doc, c.i)
                                for c in pobj.conjuncts
                                if any(g.dep_ == "prep" and g.lower_ == "in" for g in c.children)
                                or (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "in")
                            }
                            for o in self.ents(pobj):
                                if o not in paired:
                                    for k in (s, *named_places):
                                        self.add(k, "locatedIn", o, tok, 0.6)
            self._place_chain(tok)
            self._places_including(tok)
            self._place_in(tok)
            self._lies_in(tok)
            self._region_of(tok)

    def _based_company(self, tok: Token, based: Token) -> str | None:
        """The body "the Oslo-based company" refers back to: a definite description of a
        body named before, other than the clause's own subject ("Acme took a stake in
        the Oslo-based company")."""
        noun = based.head
        kinds = set(self.vocab.entity["definite_anaphors"].get(noun.lower_, []))
        kinds -= {"Location", "Country"}
        if not kinds or not noun.is_lower or self._article_before(based) != "the":
            return None
        if self._resolving_based:
            return None  # reached again while finding the clause's subject
        verb = tok
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        self._resolving_based = True
        try:
            actors = set(self._subject(verb)) if verb.pos_ in {"VERB", "AUX"} else set()
        finally:
            self._resolving_based = False
        names = {self.entities[a].name for a in actors}
        return salient_entity_before(self.doc, based.idx, kinds, lambda n: n not in names)

    def _based_after_town(self, tok: Token) -> Token | None:
        """The "based" of "the Varde, Norland-based company" when `tok` ends the town's
        name and the parser may have taken the town for the noun phrase's head
        (`_based_company` decides whether it describes a body)."""
        doc = self.doc
        k = key_at(doc, tok.i)
        if not k or self.types.get(k) != "Location" or key_at(doc, tok.i + 1) == k:
            return None
        if tok.i + 4 >= len(doc) or doc[tok.i + 1].text != ",":
            return None
        return next(
            (
                t
                for t in doc[tok.i + 2 : tok.i + 7]
                if t.lower_ == "based" and doc[t.i - 1].text in {"-", "–"}
            ),
            None,
        )

    def _article_before(self, based: Token) -> str | None:
        """The article before "the Menlo Park, California-based company", however parsed."""
        doc = self.doc
        for t in reversed(doc[max(0, based.i - 10) : based.i]):
            if t.text in {"-", "–", ","} or key_at(doc, t.i):
                continue
            return t.lower_ if t.lower_ in {"the", "a", "an"} else None
        return None

    def _lies_in(self, tok: Token) -> None:
        """ "X lies in Y", "X is situated on the coast of Y": a place in a place."""
        if tok.lemma_.lower() != "lie" or tok.pos_ != "VERB":
            return
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        s = key_at(self.doc, subj.i) if subj is not None else None
        if not s or self.types.get(s) != "Location":
            return
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "within"}:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        for o in self.ents(pobj):
                            if self.types.get(o) in {"Location", "Country"}:
                                self.add(s, "locatedIn", o, tok, 0.6)

    def _region_of(self, tok: Token) -> None:
        """ "the Kalmar region of Sweden": a named region of a state or a bigger place."""
        doc = self.doc
        k = key_at(doc, tok.i)
        if (
            not k
            or self.types.get(k) != "Location"
            or tok.lower_ not in self.vocab.words("region_nouns")
            or tok.i + 2 >= len(doc)
            or key_at(doc, tok.i + 1) == k
            or doc[tok.i + 1].lower_ != "of"
        ):
            return
        o = key_at(doc, tok.i + 2)
        if o and o != k and self.types.get(o) in {"Location", "Country"}:
            self.add(k, "locatedIn", o, tok, 0.6)

    def _places_including(self, tok: Token) -> None:
        """ "several towns in Zed, including Aby, Bly and Cly": each of them in Zed."""
        doc = self.doc
        if tok.lower_ != "including" or tok.dep_ != "prep":
            return
        head = tok.head
        if head.dep_ != "pobj" or head.head.lower_ != "in":
            return
        where = key_at(doc, head.i)
        if not where or self.types.get(where) not in {"Location", "Country"}:
            return
        listed = head.head.head  # "towns", "operations": the kind the places are of
        if not listed.is_lower or listed.pos_ != "NOUN" or listed.tag_ != "NNS":
            return
        for pobj in tok.children:
            if pobj.dep_ != "pobj":
                continue
            for c in [pobj, *pobj.conjuncts]:
                k = key_at(doc, c.i)
                if k and k != where and self.types.get(k) == "Location":
                    self.add(k, "locatedIn", where, tok, 0.55)

    def _after_name(self, tok: Token) -> int:
        """The word after a name, past its short form in brackets ("the Zed Laboratory (ZL)")."""
        doc, i = self.doc, tok.i + 1
        if (
            i + 2 < len(doc)
            and doc[i].text == "("
            and doc[i + 2].text == ")"
            and key_at(doc, i + 1) == key_at(doc, tok.i)
        ):
            return i + 3
        return i

    def _place_in(self, tok: Token) -> None:
        """ "Lviv in western Ukraine", "Krakow, a city ... in southern Poland" """
        doc = self.doc
        k = key_at(doc, tok.i)
        n = self._after_name(tok)
        if k and self.types.get(k) == "Location" and key_at(doc, tok.i + 1) != k:
            j = len(doc) if self._bearing_from(tok) else n
            if j < len(doc) and doc[j].lower_ == "in":
                j += 1
                while j < len(doc) and (
                    doc[j].lower_ == "the"
                    or doc[j].pos_ == "ADJ"
                    or (doc[j].tag_ in {"VBN", "VBD", "JJ"} and doc[j].is_lower)  # "in occupied X"
                ):
                    j += 1
                if (
                    j + 1 < len(doc)
                    and doc[j + 1].lower_ == "of"
                    and not key_at(doc, j)
                    and (
                        doc[j].lemma_ in self.vocab.words("region_nouns") or doc[j].lemma_ == "part"
                    )
                ):
                    j += 2  # "in the southern province of Zed", "in the northern part of Zed"
                    while j < len(doc) and doc[j].lower_ == "the":
                        j += 1
                o = key_at(doc, j) if j < len(doc) else None
                e = j
                while e < len(doc) and key_at(doc, e) == o:
                    e += 1
                after = e + 1  # "in Norland's northern Yon province": past the bearing
                while after < len(doc) and doc[after].is_lower and doc[after].pos_ == "ADJ":
                    after += 1
                inner = key_at(doc, after) if after < len(doc) and doc[e].tag_ == "POS" else None
                if o and inner and self.types.get(inner) == "Location":
                    o = inner  # "Port Zed in Norland's Yon Peninsula": in the peninsula
                if o and o != k and self.types.get(o) in {"Location", "Country"}:
                    self.add(k, "locatedIn", o, tok, 0.65)
                    for c in tok.conjuncts:  # "around X and Y in the Zed region"
                        ck = key_at(doc, c.i)
                        if c.i > tok.i or not ck or self.types.get(ck) != "Location":
                            continue
                        after, before = c.i + 1, c.i
                        while after < len(doc) and key_at(doc, after) == ck:
                            after += 1
                        while before > 0 and key_at(doc, before - 1) == ck:
                            before -= 1
                        own = {"in", "off", "near", "outside", "at"}  # "A off X and B in Y"
                        if (after < len(doc) and doc[after].lower_ in own) or (
                            before > 0 and doc[before - 1].lower_ == "in"
                        ):
                            continue  # "A in B, C in D": A has its own place, B holds A
                        self.add(ck, "locatedIn", o, tok, 0.6)
        if (
            k
            and self.types.get(k) in {"Organization", "GovernmentAgency"}
            and key_at(doc, tok.i + 1) != k
            and n + 1 < len(doc)
            and doc[n].lower_ == "in"
            and self._at_place(k, tok)
        ):  # "studied at the Acme Institute in Varna", "recorded at Studio 9 in Norway"
            o = key_at(doc, n + 1)
            if o and o != k and self.types.get(o) in {"Location", "Country"}:
                self.add(k, "locatedIn", o, doc[n], 0.5)
        if (
            k
            and self.types.get(k) in {"Organization", "GovernmentAgency", "MilitaryUnit"}
            and key_at(doc, tok.i + 1) != k
        ):
            for c in tok.children:  # "Studio 7 in Norway", "the embassy in Lima"
                if c.dep_ == "prep" and c.lower_ == "in" and c.i == n:
                    for g in c.children:
                        o = self.np_entity(g) if g.dep_ == "pobj" else None
                        if o and self.types.get(o) in {"Location", "Country"}:
                            self.add(k, "locatedIn", o, c, 0.5)
            o = key_at(doc, tok.i + 2) if tok.i + 2 < len(doc) else None
            if (
                o
                and doc[tok.i + 1].lower_ == "in"
                and doc[tok.i + 1].head.i != tok.i
                and self.types.get(o) == "Location"
            ):  # "a judge of the Zed Court in Varna": the parse hung "in" on the judge
                self.add(k, "locatedIn", o, doc[tok.i + 1], 0.45)
        if tok.dep_ in {"appos", "attr"} and tok.lower_ in self.place_nouns:
            subj = key_at(doc, tok.head.i) if tok.dep_ == "appos" else None
            if tok.dep_ == "attr":
                sj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                subj = key_at(doc, sj.i) if sj is not None else None
            for c in tok.children:  # "X, capital of Y", "X is a town of Y"
                if c.dep_ == "poss" and subj and key_at(doc, c.i) not in {None, subj}:
                    o = key_at(doc, c.i)  # "X, Costa Rica's capital"
                    if self.types.get(o) in {"Location", "Country"}:
                        self.add(subj, "locatedIn", o, c, 0.6)
                if c.dep_ == "prep" and c.lower_ == "of" and subj:
                    for g in c.children:
                        o = self.np_entity(g) if g.dep_ == "pobj" else None
                        if o and o != subj and self.types.get(o) in {"Location", "Country"}:
                            self.add(subj, "locatedIn", o, c, 0.6)
        if (
            tok.dep_ == "appos"
            and tok.lower_ in self.place_nouns
            and self.types.get(key_at(doc, tok.head.i) or "") == "Location"
        ):
            subj = key_at(doc, tok.head.i)
            for t in tok.subtree:
                if t.dep_ == "prep" and t.lower_ in {"in", "inside", "within"}:
                    for pobj in t.children:
                        for o in self.ents(pobj) if pobj.dep_ == "pobj" else []:
                            if self.types.get(o) in {"Location", "Country"}:
                                self.add(subj, "locatedIn", o, t, 0.6)
                    break

    def _bearing_from(self, tok: Token) -> bool:
        """The place named at `tok` only gives a bearing: "150 km north of Varna in Zed
        province" places something else, not Varna, in the province."""
        first = tok.i
        while first > 0 and key_at(self.doc, first - 1) == key_at(self.doc, tok.i):
            first -= 1
        return (
            first >= 2
            and self.doc[first - 1].lower_ == "of"
            and self.doc[first - 2].lower_ in self.vocab.words("compass_words")
        )

    def _at_place(self, k: str, tok: Token) -> bool:
        """The name of `k` ending at `tok` is the object of "at" (a place one is at)."""
        i = tok.i
        while i > 0 and key_at(self.doc, i - 1) == k:
            i -= 1
        root = self.doc[i : tok.i + 1].root
        return root.dep_ == "pobj" and root.head.lower_ == "at"

    def _place_chain(self, tok: Token) -> None:
        """ "Tartu, Estonia", "Springfield, Oregon, United States" """
        doc = self.doc
        k = key_at(doc, tok.i)
        if not k or self.types.get(k) != "Location" or key_at(doc, tok.i + 1) == k:
            return
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
            return
        at = tok.i + 2
        compass = self.vocab.words("compass_words")
        word = doc[at].lower_
        bearing = doc[at].is_lower and (
            word in compass or word.removesuffix("ern") in compass or word == "central"
        )
        if bearing and at + 1 < len(doc):
            at += 1  # "Zedham, west London", "Zedby, in Suffolk, eastern England"
        o = key_at(doc, at)
        if not o or o == k or self.types.get(o) not in {"Location", "Country"}:
            return
        end = at
        while end + 1 < len(doc) and key_at(doc, end + 1) == o:
            end += 1
        after = doc[end + 1] if end + 1 < len(doc) else None
        ok = after is None or (after.is_punct and after.text != ",") or after.is_space
        if after is not None and after.lower_ in {"and", "or"} and not key_at(doc, end + 2):
            ok = (
                end + 2 < len(doc)
                and doc[end + 2].pos_ in {"VERB", "AUX", "ADV"}
                and doc[end + 2].lower_ not in {"elsewhere", "beyond"}  # "A, B and elsewhere"
            )
        elif after is not None and after.lower_ in {"and", "or"} and key_at(doc, end + 2):
            # "Austin, Texas and Tampa, Florida": pairs, not a list
            j = end + 2
            while j + 1 < len(doc) and key_at(doc, j + 1) == key_at(doc, end + 2):
                j += 1
            ok = j + 2 < len(doc) and doc[j + 1].text == "," and bool(key_at(doc, j + 2))
        ok = ok or (after is not None and after.dep_ == "prep" and after.lower_ not in {"of", "in"})
        if doc[tok.i].lower_ in self.vocab.words("region_nouns") and self.types.get(o) != "Country":
            ok = False  # "A in Zed Oblast, B in ...": a list of pairs; a region is in no town
        if after is not None and after.text == "," and end + 2 < len(doc):
            nxt = key_at(doc, end + 2)
            ok = self.types.get(o) == "Location" and self.types.get(nxt) == "Country"
            ok = ok or not nxt  # "Dayton, Ohio, and ..." (a third name means a list)
            # "Born in Dayton, Ohio, Jane Roe ...": a name that is no place ends the pair
            ok = ok or self.types.get(nxt or "") not in {"Location", "Country", None}
        if bearing and word not in compass and after is not None and after.text == ",":
            third = next(
                (key_at(doc, j) for j in (end + 2, end + 3) if j < len(doc) and key_at(doc, j)),
                None,
            )
            if self.types.get(third or "") in {"Location", "Country"}:
                ok = False  # "to Asia, southern Europe, the Caribbean": a list of regions
        if ok:
            self.add(k, "locatedIn", o, tok, 0.6)

    # -- verb frames -------------------------------------------------------
    def _first_of_pair(self, subj: Token) -> list[str]:
        """ "Acme and Norland's Zedgas signed": the parser makes "Acme and Norland" the
        possessor, but only Norland owns Zedgas; Acme is the other subject."""
        for p in subj.children:
            k = key_at(self.doc, p.i) if p.dep_ == "poss" else None
            if (
                k
                and self.types.get(k) == "Organization"
                and not any(c.dep_ == "case" for c in p.children)
                and any(
                    c.dep_ == "conj" and any(g.dep_ == "case" for g in c.children)
                    for c in p.children
                )
            ):
                return [k]
        return []

    def _generic_force_state(self, subj: Token, verb: Token) -> str | None:
        """ "Norland, whose air force flies Zed jets", "Norland's army uses X": a state's
        unnamed force acts for the state."""
        if (
            not subj.is_lower
            or subj.lemma_.lower() not in self.vocab.words("state_force_nouns")
            or key_at(self.doc, subj.i)
        ):
            return None
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.lower_ == "whose" and verb.dep_ == "relcl":
            state = key_at(self.doc, verb.head.i)
        else:
            state = key_at(self.doc, poss.i)
        return state if self.types.get(state or "") == "Country" else None

    def _subject(self, verb: Token) -> list[str]:
        v = verb
        shared = False  # reached from a conjoined verb, which shares its subject
        for _ in range(4):
            passive = any(c.dep_ == "auxpass" for c in v.children)
            # "X, who was appointed in May and runs Y": the passive's subject runs Y
            deps = {"nsubjpass"} if passive and shared else set() if passive else {"nsubj"}
            if deps:
                subjects = [c for c in v.children if c.dep_ in deps]
                if len(subjects) > 1 and any(
                    t.text in {"-", "--", "—", "–"}
                    for t in self.doc[subjects[0].i : subjects[-1].i]
                ):
                    # "MOSCOW, May 2 - Acme said": a dateline parsed as a second subject,
                    # before the real one
                    subjects.reverse()
                for c in subjects:
                    if c.lower_ in {"who", "which", "that"} and v.dep_ == "relcl":
                        head = v.head
                        if (
                            c.lower_ == "who"
                            and head.dep_ == "appos"
                            and not key_at(self.doc, head.i)
                        ):
                            # "Jane Doe, the senator who chairs ...", "..., the Ohio
                            # Republican who chairs ..."
                            head = head.head
                        if c.lower_ == "who" and key_at(self.doc, head.i):
                            return [key_at(self.doc, head.i)]  # type: ignore[list-item]
                        singular = v.tag_ == "VBZ" or any(
                            a.dep_ in {"aux", "auxpass"} and a.lower_ in {"is", "has", "was"}
                            for a in v.children
                        )
                        j = c.i - 1
                        while j > 0 and self.doc[j].is_punct:
                            j -= 1
                        nearest = key_at(self.doc, j)
                        if singular and nearest and nearest in self.ents(head):
                            outer = (
                                key_at(self.doc, head.head.head.i)
                                if head.dep_ == "pobj" and head.head.lower_ == "of"
                                else None
                            )
                            if (
                                outer
                                and outer != nearest
                                and self.types.get(outer)
                                == self.types.get(nearest)
                                == "MilitaryUnit"
                            ):
                                # "the 12th Regiment of the Zed Forces, which flies X":
                                # the unit named first
                                return [outer]
                            # "A, a gas trader, and B, which operates X": B alone
                            return [nearest]
                        return self.ents(head)
                    if c.lower_ in {"he", "she"}:
                        k = last_person_before(self.doc, c.idx)
                        return [k] if k else []
                    if c.lower_ in {"it", "they"}:
                        return (
                            self._reported_actor(v) or self._clause_actor(v) or self._topic_it(c, v)
                        )
                    state = self._generic_force_state(c, v)
                    if state:
                        return [state]
                    return self._first_of_pair(c) + self.ents(c)
            if v.dep_ in {"xcomp", "conj", "advcl"} and v.head.pos_ in {"VERB", "AUX"}:
                controllers = [c for c in v.head.children if c.dep_ in {"dobj", "oprd"}]
                if (
                    (
                        v.dep_ == "xcomp"
                        or (v.dep_ == "advcl" and any(c.lower_ == "to" for c in v.children))
                    )
                    and controllers
                    and v.head.lemma_.lower() in self.vocab.words("object_control_verbs")
                ):
                    # "named her deputy, Jane Roe, to lead X": the one named leads it
                    named = next((k for c in controllers if (k := self.np_entity(c))), None)
                    return [named] if named else []
                shared = v.dep_ == "conj"
                v = v.head
                continue
            if v.dep_ == "acl" and v.tag_ == "VBG":
                return self.ents(v.head)
            if v.dep_ in {"acl", "relcl"} and v.tag_ == "VBD":
                return self.ents(v.head)  # "X, who co-founded Y": the split verb hangs on X
            if v.dep_ in {"acl", "relcl"} and v.head.dep_ in {"dobj", "pobj"}:
                v = v.head.head
                if v.dep_ == "prep":
                    v = v.head
                continue
            break
        return []

    def _topic_it(self, pron: Token, verb: Token) -> list[str]:
        """ "Acme said profits rose. It also runs the Zed plant": a main clause's "it" is
        the body the text was just about."""
        if pron.lower_ != "it" or verb.dep_ not in {"ROOT", "conj"}:
            return []
        k = topic_entity(
            self.doc, sent_of(pron).start_char, {"Organization", "GovernmentAgency", "MilitaryUnit"}
        )
        return [k] if k else []

    def _clause_actor(self, verb: Token) -> list[str]:
        """ "Acme has grown through deals, including Brixco, which it bought in 2018":
        "it" in a relative clause is the main clause's subject; so is "it" in a clause of
        time or cause ("Norland was expelled after it bought Zed missiles")."""
        subordinate = verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"after", "when", "before", "because", "since", "as"}
            for c in verb.children
        )
        if verb.dep_ != "relcl" and not subordinate:
            return []
        root = verb
        while root.dep_ != "ROOT" and root.head != root:
            root = root.head
        if subordinate:
            root = verb.head
        subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        k = key_at(self.doc, subj.i) if subj is not None else None  # a name, not "the company"
        actors = {"Organization", "GovernmentAgency", "MilitaryUnit", "Country"}
        return [k] if k and self.types.get(k) in actors else []

    def _reported_actor(self, verb: Token) -> list[str]:
        """ "The ministry said it had signed ...": "it" is whoever says so."""
        v = verb
        while v.dep_ in {"ccomp", "conj", "xcomp"} and v.head != v:
            v = v.head
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in {"it", "they"}:
                found = [k for k in self.ents(subj) if self.types.get(k) not in {"Person", None}]
                if found:
                    return found
        return []

    def _described(self, participle: Token) -> Token:
        """What a participle after a comma describes: in "the Zed plant in Norland,
        operated by Acme," the plant, not the place the parser hangs it on."""
        noun = participle.head
        if noun.lower_ in {"both", "all", "each"} and noun.dep_ == "appos":
            return noun.head  # "Zed and Yon missiles, both made by Acme": the missiles
        comma = participle.i - 1
        if comma > 0 and self.doc[comma].pos_ == "ADV" and self.doc[comma].is_lower:
            comma -= 1  # "the Zed Court, then led by Jane Roe,"
        if (
            comma >= 1
            and self.doc[comma].text == ","
            and noun.i < comma - 1
            and not self.ents(noun)
            and key_at(self.doc, comma - 1)
        ):
            # "a panel named by the Zed Council, led by Jane Roe,": the council the
            # clause follows, where the parser hung it on the first noun
            return self.doc[comma - 1]
        prep = noun.head
        if (
            participle.i > 0
            and self.doc[participle.i - 1].text == ","
            and noun.dep_ == "pobj"
            and prep.lower_ in {"in", "near", "outside"}
            and self.ents(noun)
            and all(self.types.get(k) in {"Location", "Country"} for k in self.ents(noun))
            and self.ents(prep.head)
        ):
            return prep.head
        if (
            noun.dep_ == "appos"
            and noun.is_lower
            and not key_at(self.doc, noun.i)
            and key_at(self.doc, noun.head.i)
            and all(self.types.get(k) in {"Location", "Country"} for k in self.ents(noun))
        ):
            # "Zedrods, the Oslo department store owned by Acme": the store, which the
            # apposition names, not the city that describes it
            return noun.head
        outer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if (
            outer is not None
            and noun.is_lower
            and not self.ents(noun)
            and outer.dep_ == "appos"
            and outer.is_lower
            and not key_at(self.doc, outer.i)
            and self.ents(outer.head)
        ):
            return outer.head  # "the Zed plant, a maze of tunnels owned by Acme": the plant
        return noun

    def _agent(self, verb: Token) -> list[str]:
        for c in verb.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.ents(p)
        if verb.dep_ != "acl" and not any(c.dep_ == "auxpass" for c in verb.children):
            return []
        for c in verb.children:  # "led into the election by Jane Roe": "by" hung lower
            if c.dep_ != "prep" or c.lower_ == "by":
                continue
            for g in c.children:
                for b in g.children if g.dep_ == "pobj" else []:
                    if b.dep_ == "prep" and b.lower_ == "by":
                        return [e for p in b.children if p.dep_ == "pobj" for e in self.ents(p)]
        return []

    def _negated(self, verb: Token) -> bool:
        if (
            verb.dep_ == "xcomp"
            and verb.head.lemma_ in {"have", "be"}
            and any(c.lower_ == "yet" for c in verb.head.children)
        ):
            return True  # "the unions have yet to sign deals": not signed
        for c in verb.children:
            if c.dep_ == "neg" or c.lower_ == "never":
                return True
            if c.dep_ in {"dobj", "nsubjpass"} and any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children
            ):
                return True
        return (
            verb.dep_ in {"conj", "xcomp"} and self._negated(verb.head) and verb.head.pos_ == "VERB"
        )

    def verbs(self) -> None:
        doc = self.doc
        frames = self.vocab.relations["verb_frames"]
        by_lemma: dict[str, list[dict]] = {}
        for f in frames:
            for lem in f["lemmas"]:
                by_lemma.setdefault(lem, []).append(f)
        recipient_with = self.vocab.words("recipient_with_verbs")
        for tok in doc:
            if tok.pos_ not in {"VERB"}:
                continue
            lemma = tok.lemma_.lower()
            if lemma not in by_lemma:
                continue
            neg = self._negated(tok)
            acl = tok
            while acl.dep_ == "conj" and acl.head.tag_ == "VBN" and acl.head.i < acl.i:
                acl = acl.head
            noun_conj = (
                tok.tag_ == "VBN" and acl.dep_ == "conj" and acl.head.pos_ in {"NOUN", "PROPN"}
            )
            if noun_conj:
                acl = acl.head  # the parser hung the participle on the noun it describes
            # "X is majority-owned by Y", parsed as an adjective complement
            acomp = (
                tok.tag_ == "VBN"
                and tok.dep_ in {"acomp", "advcl"}  # "Acme, led by Jane Roe, said"
                and any(c.dep_ == "agent" for c in tok.children)
            )
            passive = (
                any(c.dep_ == "auxpass" for c in tok.children)
                or (tok.tag_ == "VBN" and acl.dep_ == "acl")
                or (tok.tag_ == "VBD" and tok.dep_ == "acl" and bool(self._agent(tok)))
                or (  # "X is built by A and operated by B": the second shares the auxiliary
                    tok.tag_ in {"VBN", "VBD"}
                    and tok.dep_ == "conj"
                    and any(c.dep_ == "agent" for c in tok.children)
                    and any(c.dep_ == "auxpass" for c in tok.head.children)
                )
                or noun_conj
                or acomp
            )
            held: Token | None = None  # what a passive verb is said of ("the unit, led by X")
            if passive:
                subjects = self._agent(tok)
                if acomp:
                    sj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                    if (
                        sj is not None
                        and sj.lower_ in {"which", "that"}
                        and tok.head.dep_ == "relcl"
                    ):
                        sj = tok.head.head  # "Zed, which is majority-owned by Acme"
                    objects = self.ents(sj)
                elif noun_conj:
                    objects = self.ents(acl)
                elif acl.dep_ == "acl":
                    described = self._described(acl)
                    held = described
                    objects = self.ents(described)
                    if described.is_lower and not key_at(self.doc, described.i):
                        # "A and a group of envoys led by X": X leads the group, not A
                        others = {key_at(self.doc, c.i) for c in described.conjuncts}
                        objects = [k for k in objects if k not in others]
                    if (
                        not objects
                        and described.lemma_.lower() in {"meeting", "session", "sitting"}
                        and tok.lemma_.lower() in {"chair", "lead", "head"}
                    ):
                        # "a meeting of the Zed Council chaired by X": X chairs the council
                        of = next((c for c in described.children if c.lower_ == "of"), None)
                        objects = self.pobj_ents(of) if of is not None else []
                    if (
                        described.is_lower
                        and described.tag_ == "NNS"
                        and not key_at(self.doc, described.i)
                        and tok.lemma_.lower() in {"lead", "head", "chair", "command", "run"}
                    ):
                        # "the EU's observers, led by X": X leads the observers; "officers,
                        # the General Staff, headed by X": the staff named in apposition
                        objects = [
                            k for c in described.children if c.dep_ == "appos" for k in self.ents(c)
                        ]
                    own = key_at(self.doc, described.i)
                    if own and any(c.i < described.i for c in described.conjuncts):
                        objects = [own]  # "A, B and the Zed made by Acme": only the Zed
                    later = {key_at(self.doc, c.i) for c in described.conjuncts if c.i > tok.i}
                    # "the Zed party founded by X, and the Yon Movement": not the later one
                    objects = [k for k in objects if k not in later]
                else:
                    sp = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                    if sp is None:
                        # "Zedco is 60% owned by Acme": the subject hung on "is", as active
                        aux = [c for c in tok.children if c.dep_ == "auxpass"]
                        sp = next(
                            (
                                g
                                for a in aux
                                for g in a.children
                                if g.dep_ == "nsubj" and g.pos_ == "PROPN"  # a name
                            ),
                            None,
                        )
                    if sp is None and tok.dep_ == "conj":
                        # "X is made by A and has been used by B": the first verb's subject
                        sp = next(
                            (c for c in tok.head.children if c.dep_ in {"nsubjpass", "nsubj"}),
                            None,
                        )
                    clause = tok.head if tok.dep_ == "conj" else tok
                    if (
                        sp is not None
                        and sp.lower_ in {"which", "that", "who"}
                        and clause.dep_ == "relcl"
                    ):
                        # "Acme Telecom, which is owned by ...", "a pipeline that links A
                        # with B and is run by Acme"
                        sp = clause.head
                        sp = self._past_superlative(sp)
                    objects = self.ents(sp)
                    singular = any(
                        a.dep_ in {"aux", "auxpass"} and a.lower_ in {"is", "was", "has"}
                        for a in clause.children
                    )
                    if clause.dep_ == "relcl" and sp is not None and sp.conjuncts and singular:
                        # "A, B and C, which is owned by Acme": the one named last
                        last = max([sp, *sp.conjuncts], key=lambda c: c.i)
                        objects = [k] if (k := key_at(self.doc, last.i)) else []
            else:
                subjects = self._subject(tok)
                dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                objects = self.ents(dobj)
                if (
                    dobj is not None
                    and dobj.lemma_.lower() in self.vocab.words("maker_kit_nouns")
                    and not key_at(self.doc, dobj.i)
                ):
                    objects = []  # "buy Zedco equipment": its maker is no thing bought
                whose = any(  # "the company, whose chief X took over": the company is no object
                    c.dep_ in {"nsubj", "nsubjpass"} and any(g.lower_ == "whose" for g in c.subtree)
                    for c in tok.children
                )
                if (
                    not objects
                    and tok.dep_ == "relcl"
                    and (dobj is None or dobj.lower_ in {"which", "that"})
                    and not whose
                ):
                    objects = self.ents(tok.head)  # "an app it owns", "the X2, which Acme built"
                    # "A and B, which belong to the group": the antecedent is the subject
                    objects = [k for k in objects if k not in subjects]
                left = tok.left_edge
                if (
                    not objects
                    and dobj is None
                    and tok.dep_ == "ccomp"
                    and left.lower_ in {"that", "which"}
                    and left.dep_ == "mark"
                    and left.i > 0
                    and self.doc[left.i - 1].pos_ in {"NOUN", "PROPN"}
                ):
                    # "the Zed launchers that Norland delivered to X", parsed as a clause
                    objects = self.ents(self.doc[left.i - 1])
                if (
                    not objects
                    and tok.dep_ == "xcomp"
                    and (dobj is None or dobj.lower_ in {"which", "that"})
                ):
                    up = tok
                    while up.dep_ in {"xcomp", "ccomp"} and up.head != up:
                        up = up.head  # "the Zed 5, which Acme began selling in May"
                    if up.dep_ == "relcl" and (
                        dobj is not None or any(c.lower_ in {"which", "that"} for c in up.children)
                    ):
                        objects = self.ents(up.head)
            preps = {c.lower_: c for c in tok.children if c.dep_ in {"prep", "dative"}}
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            done = False
            for f in by_lemma[lemma]:
                pred = f["predicate"]
                if f.get("participle_only") or (done and not f.get("also")):
                    continue
                if f.get("dobj_lemmas") and not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in f["dobj_lemmas"] for c in tok.children
                ):
                    continue  # "entered service with the navy", not "entered talks with"
                if f.get("money_object") and not (dobj is not None and _money(dobj)):
                    continue  # "paid $2 billion for Zedco", not "paid a fine for Zedco"
                objs = [] if f.get("prep_only") else list(objects)
                if (
                    not objs
                    and lemma in self.vocab.words("purchase_verbs")
                    and dobj is not None
                    and dobj.is_lower
                    and dobj.lemma_.lower() in self.vocab.words("sold_asset_nouns")
                ):
                    # "buy the towers business of Acme": a deal with the seller
                    of = _of_phrase(dobj)
                    objs = [
                        k
                        for k in (self.pobj_ents(of) if of is not None else [])
                        if self.types.get(k) == "Organization"
                    ]
                    if objs and pred == "owns":
                        pred = "contractWith"
                if (
                    pred == "owns"
                    and dobj is not None
                    and dobj.is_lower
                    and dobj.lemma_.lower()
                    in self.vocab.words("sold_asset_nouns") - self.vocab.words("stake_nouns")
                    and any(
                        c.dep_ == "poss" and key_at(self.doc, c.i) in objs for c in dobj.children
                    )
                ):
                    pred = "contractWith"  # "bought Acme's rail unit": from Acme, not Acme
                if (
                    pred == "inConflictWith"
                    and not objs
                    and dobj is not None
                    and dobj.is_lower
                    and {dobj.lemma_.lower(), dobj.lower_, dobj.lower_.removesuffix("s")}
                    & self.vocab.words("military_target_nouns")  # "bases" is no "basis"
                ):
                    # "struck two bases of the Zed Front": the force the bases belong to
                    of = next((c for c in dobj.children if c.lower_ == "of"), None)
                    objs = self.pobj_ents(of) if of is not None else []
                if (
                    pred == "leads"
                    and dobj is not None
                    and dobj.lemma_.lower() in self.vocab.words("led_activity_nouns")
                    and not key_at(self.doc, dobj.i)
                ):
                    # "led Norland's fight against ...": no one leads the country by it;
                    # "heads Acme's space programme" works for Acme
                    objs = [k for k in objs if self.types.get(k) != "Country"]
                    pred = "memberOf"
                if pred == "supplies":
                    objs = []
                    for p in self.vocab.words("recipient_preps"):
                        if p in preps:
                            objs += self.pobj_ents(preps[p])
                    ungiven = dobj is not None and dobj.lemma_.lower() in self.vocab.words(
                        "ungiven_nouns"
                    )
                    for c in tok.children:
                        if c.dep_ == "dative" and not ungiven:  # not "gave Acme six months"
                            objs += self.ents(c)
                    if lemma in recipient_with and "with" in preps:
                        objs += self.ents(dobj)
                    elif lemma in self.vocab.words("recipient_dobj_verbs"):
                        objs += self.ents(dobj)  # "Iran arms and funds the group"
                    if dobj is not None:
                        for c in dobj.children:
                            if c.dep_ == "prep" and c.lower_ == "to":
                                objs += self.pobj_ents(c)
                        first = dobj.left_edge
                        k = key_at(self.doc, first.i) if first.i == tok.i + 1 else None
                        if (
                            not objs
                            and k
                            and self.types.get(k) == "Country"
                            and k != key_at(self.doc, dobj.i)
                        ):
                            objs.append(k)  # "sent Norland Zed tanks", parsed as one noun
                        if dobj.lemma_.lower() in self.vocab.words("contract_nouns"):
                            objs = []  # "gave Acme a $2 billion contract": a deal, no supply
                if pred == "supplies" and not neg:
                    # what is delivered is used by who receives it ("sent Ukraine Zed tanks")
                    things = list(objects)
                    if lemma in recipient_with and "with" in preps:
                        things += self.pobj_ents(preps["with"])
                    for thing in things:
                        if self.types.get(thing) == "Product":
                            for r in objs:
                                self.add(r, "uses", thing, tok, 0.5, asserted=True)
                site = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if (
                    pred == "operates"
                    and not objs
                    and site is not None
                    and site.is_lower
                    and site.lemma_.lower() in self.vocab.words("operated_site_nouns")
                ):
                    # "runs the big refining complex at Zedpur": that site
                    objs = [
                        k
                        for c in [*site.children, *tok.children]
                        if c.dep_ == "prep" and c.lower_ == "at"
                        for k in self.pobj_ents(c)
                        if self.types.get(k) == "Location"
                    ]
                allowed = f.get("preps", {}).get(lemma) or f.get("preps", {}).get("*")
                if allowed:
                    for p in allowed:
                        if p in preps:
                            objs += self.pobj_ents(preps[p])
                if allowed and f.get("object_preps") and dobj is not None:
                    # "booked 80 launches with Acme": the partner hangs on the object
                    objs += [
                        k
                        for c in dobj.children
                        if c.dep_ == "prep" and c.lower_ in allowed
                        for k in self.pobj_ents(c)
                    ]
                unit = dobj
                if dobj is None and held is not None:
                    # "Acme's antitrust division, led by X": a part of its possessor
                    owners = {key_at(self.doc, c.i) for c in held.children if c.dep_ == "poss"}
                    unit = held if owners & set(objs) else None
                if (  # "heads Acme's space operations directorate", read as a verb
                    dobj is not None
                    and dobj.i + 1 < len(self.doc)
                    and self.doc[dobj.i + 1].is_lower
                    and self.doc[dobj.i + 1].lower_ in self.subunits
                ):
                    unit = self.doc[dobj.i + 1]
                owner = next(
                    (
                        k
                        for c in (unit.children if unit is not None else ())
                        if c.dep_ == "poss" and (k := key_at(self.doc, c.i))
                    ),
                    None,
                )
                if (
                    pred == "leads"
                    and owner
                    and unit.lower_ in self.subunits
                    and not key_at(self.doc, unit.i)
                    and self.types.get(owner) in {"Organization", "GovernmentAgency"}
                    and not any(  # "runs Acme's Zedsoft unit": the unit has a name
                        self.types.get(key_at(self.doc, c.i) or "") == "Organization"
                        for c in unit.children
                        if c.dep_ == "compound"
                    )
                ):
                    objs = [owner]  # "heads the Zed Agency's Varna office": not in Varna
                if (
                    pred == "leads"
                    and unit is not None
                    and unit.lower_ in self.subunits
                    and not key_at(self.doc, unit.i)  # "heads the Tax Division" leads it
                ):
                    pred = "memberOf"  # "chaired the Acme panel": a part of Acme, not Acme
                if (
                    pred in {"operates", "owns"}
                    and any(self.types.get(k) in {"Country", "MilitaryUnit"} for k in subjects)
                    and all(self.types.get(k) == "Product" for k in objs)
                ):
                    continue  # a state that runs or buys weapons is their user: "uses"
                if (
                    pred == "supplies"
                    and lemma == "sell"
                    and dobj is not None
                    and (
                        dobj.lemma_.lower() in self.vocab.words("sold_asset_nouns")
                        or self.types.get(phrase_entity(self.doc, dobj) or "")
                        in {"Organization", "Location"}
                    )
                ):
                    # "agreed to sell its stake / spectrum / Zedco to Acme": a deal between
                    # seller and buyer, not a supply
                    pred = "contractWith"
                if (
                    pred == "uses"
                    and lemma == "launch"
                    and subjects
                    and all(self.types.get(k) == "Organization" for k in subjects)
                ):
                    pred = "operates"  # a company that launches a product makes it
                if (
                    pred == "owns"
                    and lemma in self.vocab.words("purchase_verbs")
                    and any(c.dep_ == "aux" and c.lower_ in {"will", "would"} for c in tok.children)
                ):
                    # "Acme will buy Brixco for $2 billion": a deal, no owner yet
                    pred = "contractWith"
                    objs = [o for o in objs if self.types.get(o) != "Product"]
                if pred == "owns" and tok.dep_ in {"xcomp", "advcl", "acl"}:
                    # "agreed to buy X", "a deal to acquire X": a deal, no owner yet;
                    # "plans to buy X", "offered to buy X": neither
                    intent = tok.head.lemma_.lower()
                    if intent in self.vocab.words("pending_intent_words"):
                        pred = (
                            "contractWith"
                            if intent in {"agree", "agreement", "deal", "sign", "strike", "reach"}
                            else "none"
                        )
                        if pred == "none":
                            continue
                if pred == "partOf" and "under" in preps:
                    under = next((g for g in preps["under"].children if g.dep_ == "pobj"), None)
                    if under is not None and under.lemma_.lower() in self.vocab.words(
                        "brand_nouns"
                    ):
                        # "operates under the Zed brand": its own brand (a brand the text
                        # names as a company is owned)
                        sold = all(self.types.get(o) in {"Product", "Location"} for o in objs)
                        pred = "operates" if sold else "owns"
                added = False
                founders = list(subjects)
                if pred == "inConflictWith" and "alongside" in preps:
                    founders += self.pobj_ents(preps["alongside"])  # "fights X alongside Y"
                    objs = [o for o in objs if o not in subjects]  # allies fight a third
                if pred == "founded" and "with" in preps:
                    # "Jane Doe co-founded Acme with John Roe": both founded it
                    founders += [
                        k for k in self.pobj_ents(preps["with"]) if self.types.get(k) == "Person"
                    ]
                for s in founders:
                    for o in objs:
                        if f.get("types") and not {self.types.get(s), self.types.get(o)} <= set(
                            f["types"]
                        ):
                            continue  # "the ministry oversees the agency", not a company
                        a, b = (o, s) if f.get("inverse") else (s, o)
                        added |= self.add(a, pred, b, tok, 0.7, negated=neg, asserted=True)
                        if (
                            pred == "supplies"
                            and lemma == "sell"
                            and tok.dep_ == "xcomp"
                            and tok.head.lemma_.lower() == "agree"
                        ):
                            # "agreed to sell Zed howitzers to Norland": a deal with Norland
                            self.add(a, "contractWith", b, tok, 0.6, negated=neg, asserted=True)
                        if pred == "inConflictWith" and self.types.get(o) == "Location" and not neg:
                            self.struck_places.append((s, o, tok))  # "Russia struck Kharkiv"
                done = done or added

    def receipts(self) -> None:
        """ "Chile received radar equipment from Spain" -> Spain supplies Chile."""
        doc = self.doc
        verbs = self.vocab.words("receiving_verbs")
        for tok in doc:
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            # "Norland took delivery of its first Zed jets from Acme"
            delivery = (
                tok.lemma_.lower() in {"take", "accept"}
                and dobj is not None
                and dobj.lemma_.lower() == "delivery"
            )
            if tok.pos_ != "VERB" or (tok.lemma_.lower() not in verbs and not delivery):
                continue
            suppliers: list[str] = []
            holders = [tok, *[c for c in tok.children if c.dep_ == "dobj"]]
            if delivery:
                holders += [g for c in dobj.children if c.dep_ == "prep" for g in c.children]
            for holder in holders:
                for c in holder.children:
                    if c.dep_ == "prep" and c.lower_ == "from":
                        suppliers += self.pobj_ents(c)
            neg = self._negated(tok)
            received = (
                [
                    g
                    for c in dobj.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                ]
                if delivery
                else [c for c in tok.children if c.dep_ == "dobj"]
            )
            if tok.dep_ == "acl" and tok.tag_ == "VBN":
                received = [tok.head]  # "36 Zed jets bought from Acme"
            things = [k for c in received for k in self.ents(c) if self.types.get(k) == "Product"]
            for sup in suppliers:
                if self.types.get(sup) != "Organization":
                    continue  # a state sells what others may have made
                for thing in things:  # "bought Zed jets from Acme": the maker's
                    self.add(sup, "operates", thing, tok, 0.5, negated=neg, asserted=True)
            deal = (
                tok.head
                if tok.dep_ == "acl"
                else next((c for c in tok.head.children if c.dep_ == "dobj"), None)
                if tok.dep_ in {"advcl", "xcomp"}
                else None
            )
            worth = tok.head
            if (
                deal is None
                and tok.dep_ == "xcomp"
                and worth.dep_ == "amod"
                and worth.pos_ == "ADJ"
            ):
                deal = worth.head  # "signed a deal worth $2 billion to buy Zed jets from X"
            signed = deal is not None and deal.lemma_.lower() in self.vocab.words("contract_nouns")
            buyers = self._subject(tok)
            if not buyers and signed and deal is not tok.head and deal.dep_ == "dobj":
                named = [c for c in deal.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
                buyers = self._subject(deal.head) if named else []
            for r in buyers:
                for sup in suppliers:
                    self.add(sup, "supplies", r, tok, 0.6, negated=neg, asserted=True)
                    if signed:  # "signed a deal to buy Zed jets from Acme": a deal with Acme
                        self.add(r, "contractWith", sup, tok, 0.55, negated=neg, asserted=True)
                for thing in things:  # what a buyer receives, it uses
                    self.add(r, "uses", thing, tok, 0.5, negated=neg, asserted=True)

    def contracts(self) -> None:
        doc = self.doc
        nouns = self.vocab.words("contract_nouns")
        verbs = self.vocab.words("contract_verbs")
        partner_preps = self.vocab.words("contract_partner_preps")
        mutual = self.vocab.words("contract_mutual_verbs")
        ventures = self.vocab.words("venture_nouns") | {"venture", "partnership"}
        for tok in doc:
            named_law = tok.pos_ == "PROPN" and tok.ent_type_ == "LAW" and not key_at(doc, tok.i)
            common = tok.lemma_.lower() in nouns and tok.pos_ == "NOUN"
            if not common and not (named_law and tok.lower_ in nouns):  # "the Zed Defence Treaty"
                continue
            self._contract_noun(tok, partner_preps)
            self._chosen_for(tok)
            for rel in tok.children:  # "a contract that the ministry signed with Acme"
                if rel.dep_ in {"relcl", "acl"} and rel.lemma_.lower() in verbs:
                    self._signed_by(rel, mutual)
            verb = tok.head if tok.dep_ in {"dobj", "nsubjpass", "pobj"} else None
            if verb is not None and verb.dep_ == "prep":
                verb = verb.head
            if verb is not None and verb.dep_ == "agent" and verb.head.lemma_.lower() == "bind":
                verb = verb.head  # "A and B are bound by a treaty"
            if verb is None or verb.lemma_.lower() not in verbs:
                continue
            if verb.lemma_.lower() in {"form", "create"} and tok.lemma_.lower() not in ventures:
                continue  # "to form an alliance as the Zed pact ends": no pact formed
            parties = self._subject(verb) + self._agent(verb)
            if verb.lemma_.lower() == "bind":
                bound = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                parties = self.ents(bound)
            partners: list[str] = []
            # "the ministry awarded Acme a contract": the recipient is the partner
            partners += [
                k
                for c in verb.children
                if c.dep_ == "dative" and c.pos_ != "ADP"
                for k in self.ents(c)
            ]
            if partners:
                # "awarded Acme a contract and Brixco a contract": the second recipient is
                # parsed as a conjunct of the first contract, with its own contract after it
                partners += [
                    k
                    for cj in tok.conjuncts
                    if (k := key_at(doc, cj.i))
                    and any(
                        d.dep_ == "dobj" and d.lemma_.lower() in nouns
                        for d in doc[cj.i + 1 : cj.i + 7]
                    )
                ]
            preps = partner_preps | ({"to"} if verb.lemma_.lower() in {"award", "grant"} else set())
            holders = [tok, verb]
            for acl in [*tok.children, *(verb.children if tok.dep_ == "dobj" else ())]:
                # "signed accords to restore ties with A and B"
                if acl.dep_ in {"acl", "xcomp"} and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in acl.children
                ):
                    holders += [acl, *(c for c in acl.children if c.dep_ == "dobj")]
            for holder in holders:
                for c in holder.children:
                    # "awarded contracts to Acme": the parser may call "to" a dative
                    if c.dep_ in {"prep", "dative"} and c.pos_ == "ADP" and c.lower_ in preps:
                        partners += self.pobj_ents(c)
                        # "awarded contracts to Acme and to Brixco"
                        partners += [
                            k for cj in c.conjuncts if cj.dep_ == "conj" for k in self.pobj_ents(cj)
                        ]
                    if c.dep_ in {"compound", "poss"} and key_at(doc, c.i):
                        partners.append(key_at(doc, c.i))  # type: ignore[arg-type]
            neg = self._negated(verb)
            if not partners and verb.lemma_.lower() in mutual:
                # "Acme and Brixco signed an agreement": the conjoined parties with each other
                partners = parties[1:]
                parties = parties[:1]
            for s in parties:
                for o in partners:
                    self.add(s, "contractWith", o, verb, 0.7, negated=neg, asserted=True)

    def _signed_by(self, rel: Token, mutual: frozenset[str]) -> None:
        """ "a contract that the ministry signed with Acme", "the accords, signed by
        Norland's agency with Acme and Brixco", "a pact signed by the ministry and the
        carriers A and B": the signers are parties with the partners, or with each other."""
        own = next((c for c in rel.children if c.dep_ == "nsubj"), None)
        signers = self.ents(own) if own is not None else []
        agent = next((c for c in rel.children if c.dep_ == "agent"), None)
        holders = [rel]
        if not signers and agent is not None:
            signers = self.pobj_ents(agent)
            # the parser may hang "with Acme" on the agent's own noun
            holders += [g for g in agent.children if g.dep_ == "pobj"]
        partners = [
            o
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for o in self.pobj_ents(c)
        ]
        if not partners and agent is not None and rel.lemma_.lower() in mutual:
            signers, partners = signers[:1], signers[1:]
        neg = self._negated(rel)
        for s in signers:
            for o in partners:
                self.add(s, "contractWith", o, rel, 0.6, negated=neg, asserted=True)

    def _chosen_for(self, noun: Token) -> None:
        """ "Acme picked Brixco for a $2 billion contract": the two are parties to it."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for":
            return
        verb = prep.head
        if verb.lemma_.lower() not in self.vocab.words("selection_verbs"):
            return
        chosen = [k for c in verb.children if c.dep_ == "dobj" for k in self.ents(c)]
        for s in self._subject(verb):
            for o in chosen:
                self.add(
                    s, "contractWith", o, verb, 0.6, negated=self._negated(verb), asserted=True
                )

    def made_for(self) -> None:
        """ "Acme builds warships for the Norland Navy", "Zed, which Acme builds for its
        parent": the maker supplies the body it builds for."""
        actors = {"Organization", "GovernmentAgency", "MilitaryUnit", "Country"}
        for tok in self.doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.vocab.words("made_for_verbs"):
                continue
            things = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
            if any(t.lemma_.lower() in self.place_nouns | {"plant", "factory"} for t in things[1:]):
                continue  # "built a base for the force": a site, not a delivery
            clients = [
                k
                for t in things
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for k in self.pobj_ents(c)
                if self.types.get(k) in actors
            ]
            neg = self._negated(tok)
            for s in self._subject(tok):
                for o in clients:
                    if s != o and self.types.get(s) in actors:
                        self.add(s, "supplies", o, tok, 0.55, negated=neg, asserted=True)
            made = [k for t in things[1:] for k in self.ents(t)]
            if tok.dep_ == "relcl" and any(c.lower_ in {"which", "that"} for c in tok.children):
                made += self.ents(tok.head)  # "the Zed, which Acme builds for the army"
            for o in clients:  # a company something is made for sells it under its name
                for p in made if self.types.get(o) != "Organization" else ():
                    if self.types.get(p) == "Product":
                        self.add(o, "uses", p, tok, 0.5, negated=neg, asserted=True)

    def _airline(self, key: str) -> bool:
        words = {w.lower() for w in self.entities[key].name.split()}
        return bool(words & {"airlines", "airways", "air", "airline"})

    def purchase_deals(self) -> None:
        """ "Norland signed a deal to buy jets from Acme", "Acme agreed to buy 40 jets from
        Brixco": buyer and seller are under contract."""
        doc = self.doc
        nouns = self.vocab.words("contract_nouns")
        signing = self.vocab.words("contract_verbs") | {"agree"}
        for tok in doc:
            if tok.lemma_.lower() not in self.vocab.words("purchase_verbs") or tok.dep_ not in {
                "xcomp",
                "acl",
                "relcl",
            }:
                continue
            head = tok.head
            deal = head.lemma_.lower() in nouns and head.dep_ == "dobj"
            verb = head.head if deal else head
            if verb.lemma_.lower() not in signing or (not deal and verb.lemma_.lower() != "agree"):
                continue
            things = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
            sellers = [
                k
                for t in things  # "to buy 40 jets from Acme", wherever "from" hangs
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for k in self.pobj_ents(c)
            ]
            neg = self._negated(verb)
            for s in self._subject(verb):
                for o in sellers:
                    self.add(s, "contractWith", o, verb, 0.6, negated=neg, asserted=True)
            goods = [k for t in things[1:] for k in self.ents(t) if self.types.get(k) == "Product"]
            for o in sellers:  # "to buy 42 Zed jets from Acme": a company sells what it makes
                if self.types.get(o) == "Organization":
                    for g in goods:
                        self.add_first(o, ["operates"], g, tok, 0.5, negated=neg, asserted=True)

    def _contract_noun(self, tok: Token, partner_preps: frozenset[str]) -> None:
        """ "Acme's contract with Brixco", "the deal between Acme and Brixco" """
        doc = self.doc
        owners = [key_at(doc, c.i) for c in tok.children if c.dep_ == "poss" and key_at(doc, c.i)]
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        own_venture = tok.lemma_.lower() in {"venture", "partnership"} or any(
            c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children
        )
        if (
            not owners
            and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
            and tok.dep_ == "dobj"
        ):
            pair = self._subject(verb)  # "Acme and Brixco scrapped their merger agreement"
            for a, b in zip(pair, pair[1:], strict=False):
                self.add(a, "contractWith", b, tok, 0.55, asserted=True)
        under = tok.dep_ == "pobj" and tok.head.lower_ == "under"
        if (
            not owners
            and (own_venture or under)
            and verb.pos_ == "VERB"
            and tok.dep_ in {"pobj", "dobj"}
        ):
            # "Acme operates through ventures with X", "took it over under a swap with X"
            owners = self._subject(verb)
        for acl in tok.children:  # "a stake under a deal agreed with Acme and Brixco"
            if acl.dep_ == "acl" and acl.lemma_.lower() in {"agree", "reach", "sign", "strike"}:
                parties = owners or (self._subject(verb) if verb.pos_ in {"VERB", "AUX"} else [])
                for c in acl.children:
                    if c.dep_ == "prep" and c.lower_ == "with":
                        for s in parties:
                            for o in self.pobj_ents(c):
                                self.add(s, "contractWith", o, tok, 0.55, asserted=True)
        preps = [c for c in tok.children if c.dep_ == "prep"]
        for c in list(preps):  # "a memorandum of terms between X and Y"
            if c.lower_ == "of":
                preps += [
                    p
                    for g in c.children
                    if g.dep_ == "pobj"
                    for p in g.children
                    if p.dep_ == "prep" and p.lower_ == "between"
                ]
        for c in preps:
            if c.dep_ != "prep":
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.lower_ == "between":
                pair = self.ents(pobj)
                for a, b in zip(pair, pair[1:], strict=False):
                    self.add(a, "contractWith", b, tok, 0.6, asserted=True)
            elif c.lower_ in partner_preps:
                for s in owners:
                    for o in self.ents(pobj):
                        self.add(s, "contractWith", o, tok, 0.6, asserted=True)

    def conflicts(self) -> None:
        doc = self.doc
        nouns = self.vocab.words("conflict_nouns")
        hostile = self.vocab.words("hostile_action_nouns")
        for tok in doc:
            gerund = tok.tag_ == "VBG" and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            if tok.lemma_.lower() in hostile and tok.pos_ == "NOUN":
                self._hostile_action(tok)
            if tok.lemma_.lower() not in nouns and tok.lower_ not in nouns:
                continue
            if tok.pos_ != "NOUN" and not gerund:  # "Fighting between X and Y has ..."
                continue
            sides: list[str] = []
            for c in tok.children:
                if c.dep_ == "poss" and key_at(doc, c.i):
                    sides.append(key_at(doc, c.i))  # type: ignore[arg-type]
                elif c.dep_ == "poss" and c.lower_ in {"its", "their"}:
                    # "urged Moscow to end its war": the one told to end it; "it continues
                    # its war", "funding its war": whom "its" stands for
                    own = self._controller(tok.head) if tok.dep_ == "dobj" else []
                    own = own or (self._subject(tok.head) if tok.dep_ == "dobj" else [])
                    sides += own or self._its(c)
                elif c.dep_ in {"amod", "compound"} and (self.demonym_key(c) or key_at(doc, c.i)):
                    sides.append(self.demonym_key(c) or key_at(doc, c.i))  # type: ignore[arg-type]
                    if c.i >= 2 and doc[c.i - 1].text in {"-", "–"} and key_at(doc, c.i - 2):
                        sides.append(key_at(doc, c.i - 2))  # type: ignore[arg-type]
            launched = (
                not sides
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in self.vocab.words("conflict_launch_verbs")
            )
            if launched:
                sides = self._subject(tok.head)  # "Russia launched a missile attack on Ukraine"
            over = tok.head if tok.dep_ == "pobj" and tok.head.lower_ in {"over", "for"} else None
            if not sides and over is not None:
                # "sanctions against Russia over the war in Ukraine": the one sanctioned,
                # however "over" was hung
                held = [over.head] if over.head.pos_ == "NOUN" else []
                held += [c for c in over.head.children if c.dep_ == "dobj"]
                sides = [
                    k
                    for n in held
                    for p in n.children
                    if p.dep_ == "prep" and p.lower_ in {"against", "on"}
                    for k in self.pobj_ents(p)
                    if self.types.get(k) == "Country"
                ]
            others: list[str] = []
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in self.vocab.words("conflict_noun_preps"):
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    found = self.ents(pobj)
                    if not found and pobj is not None and c.lower_ in {"on", "against"}:
                        # "a Norlandic strike on the Zedlandic consulate": the target's state;
                        # "on Norland-held depots": the state holding it
                        found = [
                            k
                            for a in pobj.children
                            if a.dep_ == "amod"
                            for d in (a, *(g for g in a.children if g.dep_ == "npadvmod"))
                            if (k := self.demonym_key(d))
                        ]
                    if not found and pobj is not None and c.lower_ in {"on", "against"}:
                        # "an attack on a depot in Norland's Zed region": the place
                        found = [
                            k
                            for p in pobj.children
                            if p.dep_ == "prep" and p.lower_ in {"in", "near", "outside"}
                            for k in self.pobj_ents(p)
                            if self.types.get(k) in {"Location", "Country"}
                        ][:1]
                    others += found
            if launched and not others:
                # "Norland, which fought two wars with Zedland": the parser hangs "with" on
                # the verb
                others = [
                    k
                    for c in tok.head.children
                    if c.dep_ == "prep" and c.lower_ in {"with", "against", "on"}
                    for k in self.pobj_ents(c)
                ]
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.vocab.words("damage_verbs"):
                # "a Norlandic strike destroyed the Zedlandic consulate"
                for d in tok.head.children:
                    if d.dep_ == "dobj":
                        others += self.ents(d) or [
                            k for a in d.children if a.dep_ == "amod" and (k := self.demonym_key(a))
                        ]
            implicit = False
            holders = [tok] + ([tok.head] if tok.dep_ == "nsubj" else [])
            for c in (c for h in holders for c in h.children):  # "fighting between X and Y"
                if c.dep_ == "prep" and c.lower_ == "between":
                    pair = self.pobj_ents(c)
                    for a, b in zip(pair, pair[1:], strict=False):
                        self.add(a, "inConflictWith", b, tok, 0.6)
            if tok.lemma_.lower() == "war" and len(sides) >= 2:
                self.add(sides[0], "inConflictWith", sides[1], tok, 0.6)
            if (
                len(set(sides)) == 1  # "the Norland-Zedland war" names both sides
                and not others
                and tok.lemma_.lower() in self.vocab.words("strike_nouns")
                and self.types.get(sides[0]) == "Country"
            ):
                # "a Norlandic missile strike killed seven": on the state the report is about,
                # unless it turns out to arm or deal with the striker (struck_states)
                target = self._main_country(exclude=set(sides))
                if target:
                    self.unnamed_targets.append((sides[0], target, tok))
            if (
                len(set(sides)) == 1
                and not others
                and tok.lemma_.lower() in self.vocab.words("invasion_nouns")
            ):
                # "since Russia's full-scale invasion": the invaded state goes unsaid in a
                # report about it; it is the country the article names most
                others = [k for k in [self._main_country(exclude=set(sides))] if k]
                implicit = True
            for s in sides:
                for o in others:
                    self.add(s, "inConflictWith", o, tok, 0.45 if implicit else 0.6)
                    if self.types.get(o) == "Location":
                        self.struck_places.append((s, o, tok))  # "Russian shelling of Kherson"

    def _controller(self, verb: Token) -> list[str]:
        """Who is to do what a "to" infinitive says: "urged Moscow to end", "pressure on
        Moscow to end"; none when the verb is no such infinitive."""
        if verb.dep_ not in {"xcomp", "acl"} or not any(c.lower_ == "to" for c in verb.children):
            return []
        up = verb.head
        if verb.dep_ == "acl":  # "pressure on Moscow to end", hung on the noun
            on = next((p for p in up.children if p.dep_ == "prep" and p.lower_ == "on"), None)
            return self.pobj_ents(on) if on is not None else []
        for c in up.children:
            if c.dep_ == "dobj" and c.i < verb.i:
                if key_at(self.doc, c.i):
                    return self.ents(c)  # "urged Moscow to end"
                for p in c.children:  # "stepped up pressure on Moscow to end"
                    if p.dep_ == "prep" and p.lower_ == "on":
                        return self.pobj_ents(p)
        return []

    def _its(self, pron: Token) -> list[str]:
        """The actor "its" stands for inside a phrase: the subject of the nearest verb
        above it ("Russia cut supplies following its invasion"), else the nearest actor
        named before it ("supporters of Norland in its war")."""
        actors = {"Country", "Organization", "GovernmentAgency", "MilitaryUnit"}
        head = pron.head
        while (head.pos_ not in {"VERB", "AUX"} or head.dep_ == "prep") and head.head.i != head.i:
            head = head.head  # "following its invasion": "following" is a preposition here
        named = [  # actors named before "its" in the sentence, nearest last
            k
            for t in self.doc[sent_of(pron).start : pron.i]
            if (k := key_at(self.doc, t.i)) and self.types.get(k) in actors
        ]
        found = [k for k in self._subject(head) if self.types.get(k) in actors]
        if found and set(named) <= {found[0]}:
            return found[:1]
        return named[-1:] if not found else []  # another actor in between: unsure

    def _parallel_owner(self, pron: Token) -> str | None:
        """ "A was Acme's chief executive and B its president": "its" repeats the
        possessor named before it in the sentence, or the sentence's subject."""
        sent = sent_of(pron)
        owners = [
            k
            for t in self.doc[sent.start : pron.i]
            if t.dep_ == "poss" and (k := key_at(self.doc, t.i))
        ]
        found = self._its(pron)
        root = sent.root
        subjects = self._subject(root) if root.pos_ in {"VERB", "AUX"} else []
        # "Norland recalled its ambassador, Jo Roe": the state the sentence is about
        if found and ((owners and owners[-1] == found[0]) or found[0] in subjects):
            return found[0]
        return None

    def _hostile_action(self, tok: Token) -> None:
        """ "operations against the cartel", "a face-off with Norland's army" """
        doc = self.doc
        opposed = (
            {"against", "with"} if tok.lemma_.lower() in {"face-off", "standoff"} else {"against"}
        )
        others = [
            k
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in opposed  # "joint operations with X": allies
            for k in self.pobj_ents(c)
        ]
        if not others:
            return
        sides = [
            k
            for c in tok.children
            if c.dep_ in {"poss", "amod", "compound"}
            and (k := key_at(doc, c.i) or self.demonym_key(c))
        ]
        verb = tok.head if tok.dep_ == "dobj" else None
        if not sides and verb is not None:
            sides = self._subject(verb)
            if not sides and verb.dep_ == "xcomp":  # "allowed the army to carry out operations"
                sides = [k for c in verb.head.children if c.dep_ == "dobj" for k in self.ents(c)]
        for s in sides:
            for o in others:
                if s != o:
                    self.add(s, "inConflictWith", o, tok, 0.55)

    def _main_country(self, exclude: set[str]) -> str | None:
        """The country named most often in the article, if it clearly leads."""
        counts = sorted(
            (
                (len(e.mentions), e.key)
                for e in self.doc._.kg_entities or []
                if e.type == "Country" and e.key not in exclude
            ),
            reverse=True,
        )
        if not counts or (len(counts) > 1 and counts[1][0] * 1.5 > counts[0][0]):
            return None
        return counts[0][1]

    def home_to(self) -> None:
        """ "Norfolk is home to (the headquarters of) the Atlantic Fleet" """
        doc = self.doc
        for tok in doc:
            if tok.lower_ != "home" or tok.dep_ not in {"attr", "appos"}:
                continue
            if tok.dep_ == "attr":
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            else:  # "Zed air base in Norland, home of the 5th Wing": the base, not Norland
                subj = tok.head
                before = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text == "," else None
                if before is not None and key_at(doc, before.i) != key_at(doc, subj.i):
                    if self.types.get(key_at(doc, before.i) or "") != "Location":
                        continue  # the parser hung the apposition on an earlier name
                    subj = before.head if before.dep_ == "compound" else before
                outer = subj.head.head if subj.dep_ == "pobj" and subj.head.lower_ == "in" else None
                if outer is not None and self.types.get(key_at(doc, outer.i) or "") == "Location":
                    subj = outer
            place = key_at(doc, subj.i) if subj is not None else None
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in {"to", "of"}:
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    things = self.ents(pobj)
                    if not things:
                        things = [
                            k
                            for p2 in pobj.children
                            if p2.dep_ == "prep" and p2.lower_ == "of"
                            for g in p2.children
                            if g.dep_ == "pobj"
                            for k in self.ents(g)
                        ]
                    for k in things:
                        self.add(k, "locatedIn", place, tok, 0.6)

    def seats(self) -> None:
        """ "the company's offices in Taipei", "Acme, whose headquarters are in Oslo" """
        doc = self.doc
        nouns = self.vocab.words("seat_nouns")
        for tok in doc:
            if tok.lemma_.lower() not in nouns or tok.pos_ != "NOUN":
                continue
            owner = None
            for c in tok.children:
                if c.dep_ == "poss":
                    owner = key_at(doc, c.i) or anaphor_entity(
                        doc, c, self.vocab.entity["definite_anaphors"]
                    )
                    if c.lower_ == "whose" and tok.head.dep_ == "relcl":
                        owner = self.np_entity(tok.head.head)
                    if c.lower_ == "its":  # "Acme, which has 90 staff at its offices in Oslo"
                        owner = next(iter(self._its(c)), None)
            if owner is None:
                continue
            holders = [tok]
            if tok.dep_ == "nsubj":
                holders.append(tok.head)  # "whose headquarters are in Oslo"
            for h in holders:
                for p in h.children:
                    if p.dep_ == "prep" and p.lower_ in {"in", "at"}:
                        for pobj in p.children:
                            if pobj.dep_ == "pobj":
                                for o in self.ents(pobj):
                                    self.add(owner, "locatedIn", o, tok, 0.6)
                                    if (
                                        tok.dep_ == "appos"
                                        and self.types.get(key_at(doc, tok.head.i) or "")
                                        == "Location"
                                    ):
                                        # "Zed House, the party's headquarters in Oslo"
                                        building = key_at(doc, tok.head.i)
                                        self.add(building, "locatedIn", o, tok, 0.6)

    def assignments(self) -> None:
        """ "an airman assigned to the 102nd Wing": a member of the unit."""
        doc = self.doc
        for tok in doc:
            if tok.tag_ != "VBN" or tok.lemma_.lower() not in self.vocab.words("assignment_verbs"):
                continue
            if tok.dep_ == "acl":
                members = self.ents(tok.head)
            else:
                sp = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                members = self.ents(sp)
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "to":
                    for pobj in p.children:
                        for o in self.ents(pobj) if pobj.dep_ == "pobj" else []:
                            for m in members:
                                self.add_first(m, ["memberOf", "partOf"], o, tok, 0.6)

    def acquisitions(self) -> None:
        """ "Acme completed its acquisition of Brixco": Acme owns Brixco."""
        doc = self.doc
        nouns = self.vocab.words("acquisition_nouns")
        for tok in doc:
            if tok.lemma_.lower() not in nouns or tok.pos_ != "NOUN":
                continue
            verb = tok.head
            if tok.dep_ != "dobj" or verb.lemma_.lower() not in self.vocab.words(
                "completion_verbs"
            ):
                self._agreed_acquisition(tok)
                continue
            buyers = self._subject(verb)
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for pobj in p.children:
                        for o in self.ents(pobj) if pobj.dep_ == "pobj" else []:
                            for b in buyers:
                                neg = self._negated(verb)
                                self.add(b, "owns", o, tok, 0.6, negated=neg, asserted=True)

    def _agreed_acquisition(self, tok: Token) -> None:
        """ "Acme's planned $4bn takeover of Brixco": a deal between the two, which makes
        no owner until it is completed."""
        buyer = next((key_at(self.doc, c.i) for c in tok.children if c.dep_ == "poss"), None)
        if not buyer or self.types.get(buyer) != "Organization":
            return
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                targets = self.pobj_ents(p)
                for g in p.children:
                    if g.dep_ == "pobj" and g.lower_ in self.vocab.relations["maker_nouns"]:
                        targets = [k for k in [self.maker_antecedent(g)] if k]
                done = self._dated_deal(tok, p)
                for o in targets:
                    if self.types.get(o) == "Organization":
                        if done:  # "Acme's takeover of Brixco in 2016": Acme owns it since
                            self.add(buyer, "owns", o, tok, 0.55)
                        else:
                            self.add(buyer, "contractWith", o, tok, 0.5)

    def _dated_deal(self, deal: Token, of: Token) -> bool:
        """Whether a takeover is told as done by its year ("Acme's purchase of Brixco in
        2012"), not planned, pending or failed."""
        pending = self.vocab.words("pending_deal_words")
        if any(c.dep_ == "amod" and c.lower_ in pending for c in deal.children):
            return False
        after = of.right_edge.i + 1  # wherever the parser hung "in 2012"
        return (
            after + 1 < len(self.doc)
            and self.doc[after].lower_ == "in"
            and re.fullmatch(r"(19|20)\d\d", self.doc[after + 1].text) is not None
        )

    def arsenals(self) -> None:
        """ "Poland's fleet of Zed jets", "the army's stocks of Zed shells" """
        doc = self.doc
        for tok in doc:
            if tok.lemma_.lower() not in self.vocab.words("arsenal_nouns") or tok.pos_ != "NOUN":
                continue
            users = [
                key_at(doc, c.i) for c in tok.children if c.dep_ == "poss" and key_at(doc, c.i)
            ]
            users += [
                k
                for c in tok.children
                if c.dep_ == "poss" and not key_at(doc, c.i)
                for k in [anaphor_entity(doc, c, self.vocab.entity["definite_anaphors"])]
                if k
            ]
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for k in self.pobj_ents(c):
                        if self.types.get(k) == "Product":
                            for u in users:
                                self.add(u, "uses", k, tok, 0.55)

    def supply_nouns(self) -> None:
        """ "Germany's delivery of tanks to Ukraine", "approved the transfer of jets to X" """
        doc = self.doc
        nouns = self.vocab.words("supply_nouns")
        for tok in doc:
            if tok.lemma_.lower() not in nouns or tok.pos_ != "NOUN":
                continue
            recipients: list[str] = []
            suppliers = [
                key_at(doc, c.i) for c in tok.children if c.dep_ == "poss" and key_at(doc, c.i)
            ]
            things: list[str] = []
            for c in tok.children:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if c.dep_ == "prep" and c.lower_ == "to":
                    recipients += self.ents(pobj)
                elif c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}:
                    suppliers += self.ents(pobj)
                elif c.dep_ == "prep" and c.lower_ == "of":
                    things += [k for k in self.ents(pobj) if self.types.get(k) == "Product"]
                    for g in pobj.children if pobj is not None else []:
                        if g.dep_ == "prep" and g.lower_ == "to":  # "transfer of jets to X"
                            recipients += self.pobj_ents(g)
            verb = tok.head
            if (
                not suppliers
                and tok.dep_ == "dobj"
                and verb.lemma_.lower() in self.vocab.words("supply_approval_verbs")
            ):
                suppliers = self._subject(verb)
                if not recipients and verb.lemma_.lower() in self.vocab.words(
                    "supply_start_verbs"
                ):  # "began deliveries to X", with "to" hung on the verb
                    recipients = [
                        k
                        for c in verb.children
                        if c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i
                        for k in self.pobj_ents(c)
                    ]
            neg = self._negated(verb) if tok.dep_ == "dobj" else False
            for s_ in suppliers:
                for r in recipients:
                    self.add(s_, "supplies", r, tok, 0.55, negated=neg, asserted=True)
            for r in recipients if suppliers else []:  # "banned the sale of X to Y": no use
                for t in things:
                    self.add(r, "uses", t, tok, 0.5, negated=neg, asserted=True)

    def _described_by(self, noun: Token) -> list[str]:
        """Who a describing noun is said of: "X is (or became) the largest supplier",
        "X, the largest supplier"."""
        if noun.dep_ == "attr" and noun.head.lemma_ in {"be", "become", "remain"}:
            return self._subject(noun.head)
        k = key_at(self.doc, noun.head.i) if noun.dep_ == "appos" else None
        return [k] if k else []

    def importers(self) -> None:
        """ "Norland, the largest importer of Zedlandic palm oil": the state whose goods a
        body buys supplies it."""
        doc = self.doc
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.vocab.words("customer_nouns"):
                continue
            buyers = self._described_by(tok)
            of = _of_phrase(tok)
            goods = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if goods is None or not goods.is_lower:
                continue  # "the buyer of Acme" takes a company, it is not supplied
            sellers = [
                k
                for c in goods.children
                if (c.dep_ in {"amod", "compound"} and (k := self.demonym_key(c)))
                or (c.dep_ == "poss" and (k := key_at(doc, c.i)))
            ]
            neg = self._negated(tok.head) if tok.dep_ == "attr" else False
            for b in buyers:
                for s_ in sellers:
                    if self.types.get(s_) in {"Country", "Organization"}:
                        self.add(s_, "supplies", b, tok, 0.5, negated=neg, asserted=True)

    def maker_kit(self) -> None:
        """ "Acme, which uses Zedco equipment in its network": a company whose name qualifies the
        kit a body uses or buys made it, and so supplies that body."""
        doc = self.doc
        nouns = self.vocab.words("maker_kit_nouns")
        verbs = self.vocab.words("kit_taking_verbs")
        for tok in doc:
            if tok.lemma_.lower() not in nouns or tok.pos_ != "NOUN" or tok.dep_ != "dobj":
                continue
            verb = tok.head
            if verb.lemma_.lower() not in verbs:
                continue
            makers = [
                key_at(doc, c.i)
                for c in tok.children
                if c.dep_ in {"compound", "nmod"}
                and self.types.get(key_at(doc, c.i) or "") == "Organization"
            ]
            neg = self._negated(verb)
            for m in makers:
                for b in self._subject(verb):
                    if b != m:
                        self.add(m, "supplies", b, tok, 0.5, negated=neg, asserted=True)

    def stakes(self) -> None:
        """ "Acme holds a (controlling) stake in Brixco", "Brixco, in which Acme holds a stake":
        a shareholder owns (part of) it, as annotators and the contract read it."""
        doc = self.doc
        holding = {"own", "hold", "have", "control", "buy", "acquire", "take", "keep", "retain"}
        for tok in doc:
            share = tok.lower_ in {"%", "percent"} and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
            )
            if tok.lemma_.lower() != "stake" and not share:
                continue
            top = tok
            while top.dep_ == "conj" and top.head.i < top.i:
                top = top.head  # "a 50% stake in X as well as a 10% stake in Y and 5% of Z"
            if share and not (top.dep_ == "dobj" and top.head.lemma_.lower() in holding):
                continue  # "sales rose 5% of ...": only a held share of a thing
            owners = [
                key_at(doc, c.i) for c in tok.children if c.dep_ == "poss" and key_at(doc, c.i)
            ]
            if not owners and top.dep_ == "dobj":
                subj = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
                holders = self.vocab.words("holder_nouns")
                if share and subj is not None and subj.lemma_.lower() in holders:
                    continue  # "Acme shareholders own 71% of Zed": they do, not Acme
                owners = self._subject(top.head)
            deal = top.head.head if top.dep_ == "pobj" and top.head.lower_ == "of" else None
            if (
                not owners
                and deal is not None
                and deal.lemma_.lower() in self.vocab.words("acquisition_nouns")
                and deal.dep_ == "dobj"
                and deal.head.lemma_.lower() in self.vocab.words("completion_verbs")
            ):  # "Acme completed its acquisition of a 70% stake in Zedco"
                owners = self._subject(deal.head) or [
                    k for c in deal.children if c.lower_ == "its" for k in self._its(c)
                ]
            neg = self._negated(top.head) if top.dep_ == "dobj" else False
            held = [
                c
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == ("of" if share else "in")
            ]
            verb = top.head
            if top.dep_ == "dobj" and verb.dep_ == "relcl":  # "Zed, in which Acme holds a stake"
                held += [
                    c
                    for c in verb.children
                    if c.dep_ == "prep"
                    and c.lower_ == "in"
                    and any(g.lower_ == "which" for g in c.children)
                ]
            for c in held:
                objects = self.pobj_ents(c)
                if share:
                    # "70% of the venture and Zedco the other 30%": a share of one named thing
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    named = None
                    for g in [pobj] if pobj is not None else []:
                        # "80% of the Zed gold mine": the name inside the phrase
                        parts = [g, *(x for x in g.children if x.dep_ == "compound")]
                        named = next((key_at(doc, x.i) for x in parts if key_at(doc, x.i)), None)
                    objects = [named] if named else []
                if any(g.lower_ == "which" for g in c.children):
                    objects = self.ents(verb.head)
                for o in objects:
                    for s_ in owners:
                        self.add(s_, "owns", o, tok, 0.6, negated=neg, asserted=True)

    def state_owned(self) -> None:
        """ "Russia's state-owned Rosneft", "X, a state-owned group": the state owns it."""
        doc = self.doc
        states = {
            r.subject: r.object
            for r in self.out
            if r.predicate == "country" and self.types.get(r.object) == "Country"
        }
        kinds = self.vocab.words("state_company_nouns")
        for tok in doc:
            hyphened = (
                tok.lower_ in {"owned", "run", "controlled"}
                and tok.i >= 2
                and doc[tok.i - 1].text == "-"
                and doc[tok.i - 2].lower_ == "state"
            )
            # "Norland's state oil company Zedoil", "Norlandic state miner Zedcorp"
            noun = next((t for t in doc[tok.i + 1 : tok.i + 4] if t.lower_ in kinds), None)
            plain = (
                tok.lower_ == "state"
                and tok.dep_ in {"compound", "amod", "nmod"}
                and noun is not None
                and all(t.is_lower for t in doc[tok.i : noun.i + 1])
            )
            if not (hyphened or plain):
                continue
            head = noun if plain and noun is not None else tok.head
            k = self.np_entity(head) or phrase_entity(doc, head)
            if k is None and head.dep_ == "attr":
                subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                k = self.np_entity(subj) if subj is not None else None
            if k and states.get(k):
                self.add(states[k], "owns", k, tok, 0.55)

    def fleets_of(self) -> None:
        """ "Zed bombers of Russia's Long-Range Aviation", "Zed-35s of the Norland Air
        Force": a force's own weapons."""
        doc = self.doc
        for tok in doc:
            if (
                tok.dep_ != "prep"
                or tok.lower_ != "of"
                or not (
                    tok.head.lower_ in self.product_nouns
                    or self.types.get(key_at(doc, tok.head.i) or "") == "Product"
                )
            ):
                continue
            thing = phrase_entity(doc, tok.head)
            if not thing or self.types.get(thing) != "Product":
                continue
            start = tok.head.i
            while start > 0 and key_at(doc, start - 1) == thing:
                start -= 1
            # "the landing ship Zed of the Norland Navy": a navy runs its ships
            ship = start > 0 and doc[start - 1].lower_ in self.vocab.words("vessel_nouns")
            for pobj in tok.children:
                for k in self.ents(pobj) if pobj.dep_ == "pobj" else []:
                    if self.types.get(k) == "MilitaryUnit":
                        self.add(k, "operates" if ship else "uses", thing, tok, 0.55)

    def uses_nouns(self) -> None:
        """ "Poland's use of the Kestrel" """
        doc = self.doc
        for tok in doc:
            if tok.lemma_.lower() not in {"use", "deployment"} or tok.pos_ != "NOUN":
                continue
            users = [
                key_at(doc, c.i) for c in tok.children if c.dep_ == "poss" and key_at(doc, c.i)
            ]
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in self.pobj_ents(c):
                        for s in users:
                            self.add(s, "uses", o, tok, 0.6, asserted=True)

    def makers(self) -> None:
        """ "Acme, the maker of the Zed phone", "the Zed maker" """
        doc = self.doc
        maker_nouns: dict[str, str] = self.vocab.relations["maker_nouns"]
        companies = self.vocab.words("company_nouns")
        for tok in doc:
            pred = maker_nouns.get(tok.lower_)
            if pred is None and tok.lower_ in companies:
                # "the parent company of Zed": the kind of company sits before the noun
                kind = next((c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"}), "")
                pred = maker_nouns.get(kind)
            # "the group behind the Zed malware": whoever stands behind a product makes it
            behind = tok.lower_ in self.vocab.words("behind_nouns") and any(
                c.dep_ == "prep" and c.lower_ == "behind" for c in tok.children
            )
            if behind:
                pred = "operates"
            # "Quorvia, the AI startup behind Zed": a kind word the parser took for a verb;
            # the name is the one just before ", the ..."
            misread = behind and tok.pos_ != "NOUN"
            if not pred or (tok.pos_ != "NOUN" and not misread):
                continue
            subj: str | None = None
            objs: list[str] = []
            # "the main contractor for the Zed launcher" builds it; a contractor "for the
            # army" makes nothing of the army's
            contractor = tok.lower_ in self.vocab.words("product_contractor_nouns")
            preps = {"of", "for"} if contractor else {"behind"} if behind else {"of"}
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    objs += self.pobj_ents(c)
                if c.dep_ == "compound" and key_at(doc, c.i):
                    objs.append(key_at(doc, c.i))  # type: ignore[arg-type]
            if contractor or behind:
                objs = [o for o in objs if self.types.get(o) == "Product"]
            if tok.dep_ == "appos":
                subj = key_at(doc, tok.head.i)
            elif misread:
                j = tok.i - 1
                while j > 0 and doc[j].pos_ in {"ADJ", "NOUN"}:
                    j -= 1
                if not (j > 1 and doc[j].lower_ in {"the", "a", "an"} and doc[j - 1].text == ","):
                    continue
                subj = key_at(doc, j - 2)
            elif tok.dep_ == "attr":
                s_ = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                subj = self.np_entity(s_) if s_ is not None else None
            elif (
                tok.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"}
                and tok.lower_ != "operator"
                and any(c.lower_ == "the" for c in tok.children)
            ):
                subj = self.maker_antecedent(tok)
            else:
                continue
            for o in dict.fromkeys(objs):
                if o != subj:
                    self.add_first(subj, [pred, "operates", "owns"], o, tok, 0.6)

    def maker_antecedent(self, tok: Token) -> str | None:
        """The company "the Zed maker" refers back to: the last one named before it that is
        not the other party of its own phrase ("Acme's bid for the Zed maker")."""
        doc = self.doc
        exclude: set[str] = set()
        gov = tok.head.head if tok.dep_ == "pobj" else tok.head
        for c in gov.children:
            if c.dep_ in {"poss", "nsubj", "nsubjpass"}:
                exclude |= set(self.ents(c))
        for t in reversed(doc[: tok.i]):
            k = key_at(doc, t.i)
            if k and self.types.get(k) == "Organization" and k not in exclude:
                return k
        return None

    def brands_such_as(self) -> None:
        """ "Acme has millions of customers under brands such as Zed and Yon": the company
        the clause is about sells them; the nearest verb above with a company for subject
        (not a relative "who") names it."""
        doc = self.doc
        brands = self.vocab.words("brand_nouns")
        for tok in doc:
            if not (tok.lower_ == "as" and tok.i > 0 and doc[tok.i - 1].lower_ == "such"):
                continue
            if tok.head.lemma_.lower() not in brands or not tok.head.is_lower:
                continue
            named = [k for c in tok.children if c.dep_ == "pobj" for k in self.ents(c)]
            named = [k for k in named if self.types.get(k) == "Product"]
            verb, owner = tok.head, None
            for _ in range(6):
                verb = verb.head
                if verb.pos_ in {"VERB", "AUX"}:
                    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    if subj is not None and subj.pos_ != "PRON":
                        owner = self.np_entity(subj)
                        break
                if verb.head.i == verb.i:
                    break
            if owner and self.types.get(owner) == "Organization":
                for k in named:
                    self.add(owner, "operates", k, tok, 0.55)

    def products_from(self) -> None:
        """ "Zedcloud, the cloud service from Acme": a product described as a company's."""
        doc = self.doc
        nouns = self.vocab.words("product_nouns")
        for tok in doc:
            if tok.dep_ != "appos" or tok.lower_ not in nouns:
                continue
            product = key_at(doc, tok.head.i)
            if not product or self.types.get(product) != "Product":
                continue
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}:
                    for k in self.pobj_ents(c):
                        if self.types.get(k) == "Organization":
                            self.add(k, "operates", product, tok, 0.6)

    def clients(self) -> None:
        """ "Acme, whose clients include X and Y", "Acme's customers include X": Acme
        supplies them; "whose products include X": Acme makes X; "a gang whose victims
        included X": it attacked X."""
        doc = self.doc
        preds = {"product": "operates", "brand": "operates", "victim": "inConflictWith"}
        for tok in doc:
            lemma = tok.lemma_.lower()
            if lemma not in {"client", "customer", *preds} or tok.dep_ != "nsubj":
                continue
            pred = preds.get(lemma, "supplies")
            verb = tok.head
            if verb.lemma_.lower() != "include":
                continue
            owner = None
            for c in tok.children:
                if c.dep_ == "poss" and key_at(doc, c.i):
                    owner = key_at(doc, c.i)
                elif c.dep_ == "poss" and c.lower_ == "whose" and pred == "inConflictWith":
                    owner = self._whose_antecedent(c)  # a gang, a state or an army
                elif c.dep_ == "poss" and c.lower_ in {"whose", "its", "their"}:
                    for t in reversed(doc[sent_of(tok).start : c.i]):
                        k = key_at(doc, t.i)
                        if k and self.types.get(k) == "Organization":
                            owner = k  # the company named last before "whose"
                            break
            dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            named = self.ents(dobj)
            if pred == "operates" and dobj is not None:
                # "whose products include the Zed and Yon families of chips"
                named += [
                    k
                    for t in dobj.subtree
                    if t.dep_ in {"compound", "nmod", "conj"} and (k := key_at(doc, t.i))
                ]
            for k in dict.fromkeys(named):
                self.add(owner, pred, k, verb, 0.55)

    def supplier_roles(self) -> None:
        """ "Acme is Brixco's main supplier", "Acme, the main provider of chips to Brixco",
        "Acme will serve as Brixco's cloud provider": a supplier of the one it serves."""
        doc = self.doc
        nouns = self.vocab.words("supplier_nouns")
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
                continue
            if any(c.dep_ == "neg" for c in tok.head.children) or any(
                c.lower_ in {"former", "ex", "would-be", "potential", "alternative"}
                for c in tok.children
            ):
                continue
            holder = tok
            while holder.dep_ == "conj" and holder.head.i < holder.i:
                holder = holder.head  # "its ally and main arms supplier"
            suppliers = self._described_by(holder)
            if holder.dep_ == "pobj" and holder.head.lower_ == "as":
                verb = holder.head.head
                if verb.lemma_.lower() in {"serve", "act"}:
                    suppliers = self._subject(verb)
            clients: list[str] = []
            shared = [c for c in holder.children if c.dep_ == "poss"] if holder != tok else []
            for c in [*tok.children, *shared]:
                if c.dep_ == "poss":
                    k = key_at(doc, c.i)
                    if not k and c.lower_ in {"its", "their"}:
                        # nobody supplies itself: "its" is the last other actor named
                        k = next(
                            (
                                o
                                for t in reversed(doc[sent_of(c).start : c.i])
                                if (o := key_at(doc, t.i))
                                and o not in suppliers
                                and self.types.get(o) in {"Country", "Organization"}
                            ),
                            None,
                        )
                    clients += [k] if k else []
                elif c.dep_ == "prep" and c.lower_ in {"to", "for"}:
                    clients += self.pobj_ents(c)
                elif c.dep_ == "prep" and c.lower_ == "of":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    for g in pobj.children if pobj is not None else []:
                        if g.dep_ == "prep" and g.lower_ == "to":  # "provider of X to Y"
                            clients += self.pobj_ents(g)
            for s_ in suppliers:
                for o in clients:
                    self.add(s_, "supplies", o, tok, 0.55)

    def city_state_based(self) -> None:
        """ "Acme, the Zedton, Norland-based unit of Brixco": Acme lies in Zedton, which the
        parser often takes for Acme's apposition, with the unit hung under the city."""
        doc = self.doc
        for tok in doc:
            if (
                tok.lower_ not in self.vocab.words("based_words")
                or tok.i < 4
                or doc[tok.i - 1].text not in {"-", "–"}
            ):
                continue
            region = key_at(doc, tok.i - 2)
            j = tok.i - 2
            while j > 0 and key_at(doc, j - 1) == region:
                j -= 1
            if not region or j < 2 or doc[j - 1].text != ",":
                continue
            city = key_at(doc, j - 2)
            if not city or city == region or self.types.get(city) != "Location":
                continue
            root = doc[j - 2]
            while key_at(doc, root.head.i) == city and root.head != root:
                root = root.head
            noun = tok.head
            based = self.np_entity(noun) if key_at(doc, noun.i) != city else None
            if (based is None or based == city) and root.dep_ in {"appos", "conj"}:
                based = key_at(doc, root.head.i)  # "Acme, the Zedton, Norland-based unit"
            if based and based not in {city, region}:
                self.add(based, "locatedIn", city, tok, 0.6)

    def sales_of_holdings(self) -> None:
        """ "Acme sold the app Zedly to Brixco (and its Yon unit to Corvo)": a named business
        sold to a company is the buyer's, and no longer the seller's product."""
        doc = self.doc
        for verb in doc:
            if (
                verb.lemma_.lower() not in {"sell", "divest"}
                or verb.tag_ not in {"VBD", "VBN"}
                or verb.head.lemma_.lower() in {"agree", "plan", "want", "seek", "offer"}
                or any(c.dep_ == "aux" and c.lower_ in {"will", "would"} for c in verb.children)
            ):
                continue
            passive = any(c.dep_ == "nsubjpass" for c in verb.children)
            held = [c for c in verb.children if c.dep_ == "dobj"]
            held += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
            for obj in held:
                to = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "to"]
                if not to and obj.dep_ == "dobj":  # the first "to" after it, before the next
                    nxt = min((c.i for c in held if c.i > obj.i), default=len(doc))
                    to = [
                        c
                        for c in verb.children
                        if c.dep_ == "prep" and c.lower_ == "to" and obj.i < c.i < nxt
                    ][:1]
                buyers = [
                    b for p in to for b in self.pobj_ents(p) if self.types.get(b) == "Organization"
                ]
                things = [
                    k
                    for k in self.ents(obj)
                    if self.types.get(k) == "Organization"
                    or (self.types.get(k) == "Product" and obj.tag_ in {"NN", "NNP"})
                ]
                for b in buyers if not passive else []:
                    for k in things:
                        if k != b and self.add(b, "owns", k, verb, 0.55):
                            self.sold[(verb.i, k)] = b

    def member_of_which(self) -> None:
        """ "Zedbloc, the regional bloc of which Norland is a member": Norland is one."""
        doc = self.doc
        for tok in doc:
            if tok.lemma_.lower() not in {"member", "signatory", "party"} or tok.dep_ != "attr":
                continue
            verb = tok.head
            # "of which" just before the clause, however the parser hung it
            start = max(verb.left_edge.i - 2, 1)
            if verb.dep_ != "relcl" or not any(
                t.lower_ == "which" and self.doc[t.i - 1].lower_ == "of"
                for t in self.doc[start : verb.i]
            ):
                continue
            body = self.np_entity(verb.head)
            for m in self._subject(verb):
                neg = self._negated(verb)
                self.add(m, "memberOf", body, tok, 0.6, negated=neg, asserted=True)

    def grouped_members(self) -> None:
        """ "the Zed Treaty Organization, which groups A, B and C", "a lobby whose members
        include Acme and Brixco": the ones named are its members."""
        doc = self.doc
        for verb in doc:
            lemma = verb.lemma_.lower()
            if verb.dep_ != "relcl" or lemma not in {"group", "comprise", "unite", "include"}:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            whose_members = subj.lemma_.lower() == "member" and any(
                c.lower_ == "whose" for c in subj.children
            )
            if not whose_members and (subj.lower_ not in {"which", "that"} or lemma == "include"):
                continue  # "which includes a Zed plant": a part, not a member
            body = self.np_entity(verb.head)
            if self.types.get(body or "") != "Organization":
                continue
            for obj in verb.children:
                if obj.dep_ != "dobj":
                    continue
                for m in self.ents(obj):
                    if self.types.get(m) in {"Country", "Organization"}:
                        self.add(m, "memberOf", body, verb, 0.6, negated=self._negated(verb))

    def persons_of_bodies(self) -> None:
        """ "Jon Brandt of accounting firm Zedloitte", "Jane Roe of the Freedom Party": a person
        named as of a body belongs to it, however the parser hung the "of"."""
        doc = self.doc
        bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
        for e, span in self._spans("Person"):
            j = span.end
            if j >= len(doc) or doc[j].lower_ != "of":
                continue
            j += 1
            while j < len(doc) and j - span.end <= 4 and (doc[j].is_lower or doc[j].text == "-"):
                j += 1  # "of the ruling", "of accounting firm"
            body = key_at(doc, j) if j < len(doc) else None
            end = j
            while end < len(doc) and key_at(doc, end) == body:
                end += 1
            if (
                body
                and self.types.get(body) in bodies
                and not (end < len(doc) and doc[end].tag_ == "POS")  # "of Acme's board"
            ):
                self.add(e.key, "memberOf", body, doc[span.end], 0.55)

    def own_conjuncts(self) -> None:
        """ "Acme and its Zed News network agreed ...": the second is the first's own, so
        Acme owns it (operates a product), and the two are no sides of a deal."""
        doc = self.doc
        for tok in doc:
            if tok.dep_ != "conj" or not any(
                c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children
            ):
                continue
            relational = self.vocab.words("relational_nouns")
            if any(t.lemma_.lower() in relational for t in [tok, *tok.children]):
                continue  # "Acme and its Zedlandic counterpart Brixco"
            owner = key_at(doc, tok.head.i)
            own = key_at(doc, tok.i) or next(
                (k for c in tok.children if c.dep_ == "compound" and (k := key_at(doc, c.i))),
                None,
            )
            if not owner or not own or owner == own or self.types.get(owner) != "Organization":
                continue
            pred = {"Organization": "owns", "Product": "operates"}.get(self.types.get(own, ""))
            if pred == "owns" and any(
                t.lemma_.lower() in {"parent", "owner"} for t in tok.subtree if t.i <= tok.i
            ):
                owner, own = own, owner  # "Acme and its parent company Holdex": Holdex's
            if pred and self.add(owner, pred, own, tok, 0.6):
                self.own_pairs.add(frozenset((owner, own)))

    def customer_roles(self) -> None:
        """ "Norland is one of Acme's largest customers", "Zedco, a customer of Acme": Acme
        supplies the one it calls its customer."""
        doc = self.doc
        nouns = self.vocab.words("client_nouns")
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
                continue
            holder = tok
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
                holder = tok.head.head  # "one of Acme's customers"
            if any(c.dep_ == "neg" for c in holder.head.children) or any(
                c.lower_ in {"former", "ex", "potential", "prospective"} for c in tok.children
            ):
                continue
            buyers = self._described_by(holder)
            sellers = [k for c in tok.children if c.dep_ == "poss" and (k := key_at(doc, c.i))]
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    sellers += self.pobj_ents(c)
            if tok.dep_ == "compound" and key_at(doc, tok.head.i):
                # "Zedsoft customers Arvo Motors, Brenn Group and Kolt": the list it heads
                sellers = [
                    k for c in tok.children if c.dep_ == "compound" and (k := key_at(doc, c.i))
                ]
                buyers = self.ents(tok.head) + [
                    k for a in tok.head.children if a.dep_ == "appos" for k in self.ents(a)
                ]
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "among" else None
            if verb is not None and verb.lemma_ in {"count", "include", "number"}:
                # "Zedsoft counts Arvo and Brenn among its customers"
                if any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children):
                    sellers = self._subject(verb)
                buyers = [k for c in verb.children if c.dep_ == "dobj" for k in self.ents(c)]
            for s_ in sellers:
                for b in buyers:
                    if self.types.get(s_) in {"Organization", "Country"}:
                        self.add(s_, "supplies", b, tok, 0.5)

    def made_by(self) -> None:
        """ "the Acme-made Zed drone" -> operates; "the Zed-equipped brigade" -> uses;
        "the brigade is equipped with Zed launchers" -> uses."""
        doc = self.doc
        makers = self.vocab.words("maker_participles")
        for tok in doc:
            lemma = tok.lemma_.lower()
            hyphen_preds = self.vocab.relations["hyphen_participles"]
            supply = self.vocab.words("hyphen_supply_participles")
            if tok.lower_ == "run" and tok.i >= 2 and doc[tok.i - 1].text == "-":
                lemma = "run"  # "the Acme-run app", which the tagger reads as a noun
            elif (
                tok.tag_ != "VBN"
                or lemma not in makers | {"equip", "arm", "lead"} | hyphen_preds.keys() | supply
            ):
                continue
            hyphened = tok.i >= 2 and doc[tok.i - 1].text == "-"
            if tok.dep_ in {"amod", "compound", "nmod"} and hyphened:
                left = key_at(doc, tok.i - 2)
                right = self.np_entity(tok.head, exclude=left)
                # "US-made", "Russian-made Zed jets" with Russia named elsewhere: where a
                # product was made, not who made it (and not "the Norland-built bridge")
                made_in = left if self.types.get(left) == "Country" else None
                if left is None:
                    made_in = self.countries.get(self.vocab.state_of(doc[tok.i - 2].text) or "")
                if lemma in makers and made_in and self.types.get(right) == "Product":
                    self.add(right, "country", made_in, tok, 0.6 if left else 0.55)
                    continue
                if lemma == "lead":  # "Zedfor, the NATO-led force": a force under the body
                    if self.types.get(left) in {"Organization", "GovernmentAgency"}:
                        self.add(right, "partOf", left, tok, 0.55)
                elif lemma in hyphen_preds:  # "the Acme-operated field", "Acme-owned Brixco"
                    self.add(left, hyphen_preds[lemma], right, tok, 0.6, asserted=True)
                elif lemma in self.vocab.words("hyphen_supply_participles"):
                    # "Ukraine used U.S.-supplied missiles": the user got them from the supplier
                    verb = tok.head.head if tok.head.dep_ in {"dobj", "nsubjpass"} else None
                    for user in self._subject(verb) if verb is not None else []:
                        self.add(left, "supplies", user, tok, 0.55, asserted=True)
                elif lemma in makers:
                    self.add_first(left, ["operates", "owns"], right, tok, 0.6, asserted=True)
                else:
                    self.add(right, "uses", left, tok, 0.6, asserted=True)
                continue
            if lemma != "equip" or not any(c.dep_ == "auxpass" for c in tok.children):
                continue
            sp = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if sp is not None and sp.lower_ in {"which", "that", "who"} and tok.dep_ == "relcl":
                sp = tok.head
            neg = self._negated(tok)
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "with":
                    for o in self.pobj_ents(c):
                        for su in self.ents(sp):
                            self.add(su, "uses", o, tok, 0.6, negated=neg, asserted=True)

    def fused_participles(self) -> None:
        """ "U.S.-supplied missiles", "U.K.-made": one token the tokenizer left whole."""
        doc = self.doc
        names = {
            m.text: e.key for e in doc._.kg_entities or [] for m in e.mentions if len(m.text) > 1
        }
        preds = self.vocab.relations["hyphen_participles"]
        supply = self.vocab.words("hyphen_supply_participles")
        makers = self.vocab.words("maker_participles")
        for tok in doc:
            left, sep, right = tok.text.rpartition("-")
            if not sep or not left or tok.dep_ not in {"amod", "compound"}:
                continue
            lemma = self.vocab.relations["participle_lemmas"].get(right.lower())
            k = names.get(left) or self.countries.get(self.vocab.country(left) or "")
            if not lemma or not k:
                continue
            thing = self.np_entity(tok.head)
            if lemma in preds:
                self.add(k, preds[lemma], thing, tok, 0.6, asserted=True)
            elif lemma in makers:
                self.add(thing, "country", k, tok, 0.6)
                if self.types.get(k) != "Country":  # "U.S.-made" is where, not who
                    self.add_first(k, ["operates"], thing, tok, 0.55, asserted=True)
            elif lemma in supply:
                verb = tok.head.head if tok.head.dep_ in {"dobj", "nsubjpass"} else None
                for user in self._subject(verb) if verb is not None else []:
                    self.add(k, "supplies", user, tok, 0.55, asserted=True)

    def run_facilities(self) -> None:
        """ "Camp Zed was an Acme training camp", "Zed, a Northwind Army base" -> operates."""
        doc = self.doc
        nouns = self.vocab.words("operator_facility_kinds")
        for tok in doc:
            if tok.lower_ not in nouns or tok.dep_ not in {"attr", "appos"} or key_at(doc, tok.i):
                continue
            if tok.dep_ == "appos":
                place = key_at(doc, tok.head.i)
            else:
                sj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                place = key_at(doc, sj.i) if sj is not None else None
            if not place or self.types.get(place) != "Location":
                continue
            mods = [c for c in tok.children if c.dep_ in {"compound", "nmod"}]
            mods += [g for c in mods for g in c.children if g.dep_ in {"compound", "nmod"}]
            for m in mods:
                k = key_at(doc, m.i)
                if k and self.types.get(k) in {"Organization", "GovernmentAgency", "MilitaryUnit"}:
                    self.add(k, "operates", place, tok, 0.55)
                    break

    def listed_products(self) -> None:
        """ "Acme apps and services including Zed Mail and Yon", "Acme's platforms such as
        Zed": the maker's own kind of product, then the ones named."""
        doc = self.doc
        kinds = self.vocab.words("product_nouns") | {"product", "service", "brand"}
        anaphors = self.vocab.entity["definite_anaphors"]
        for tok in doc:
            if not (tok.is_lower and tok.tag_ == "NNS" and {tok.lower_, tok.lemma_} & kinds):
                continue
            first = tok.head if tok.dep_ == "conj" else tok  # "apps and services"
            owner = next(
                (
                    k
                    for c in first.children
                    if c.dep_ in {"compound", "poss"}
                    and (  # "Acme apps", "the company's products"
                        k := key_at(doc, c.i)
                        or (anaphor_entity(doc, c, anaphors) if c.dep_ == "poss" else None)
                    )
                    and self.types.get(k) == "Organization"
                ),
                None,
            )
            if owner is None:
                continue
            for c in tok.children:
                such_as = c.lower_ == "as" and doc[c.i - 1].lower_ == "such"
                if c.dep_ == "prep" and (c.lower_ in {"including", "like"} or such_as):
                    for k in self.pobj_ents(c):
                        if k != owner and self.types.get(k) == "Product":
                            self.add(owner, "operates", k, c, 0.55)

    def listed_parts(self) -> None:
        """ "Acme's businesses include Zed and Yon", "its subsidiaries include Zed": the
        companies a body lists as its own parts."""
        doc = self.doc
        for tok in doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"include", "comprise"}:
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if (
                subj is None
                or not subj.is_lower
                or subj.tag_ != "NNS"
                or subj.lemma_.lower() not in self.vocab.words("listed_part_nouns")
            ):
                continue
            poss = next((c for c in subj.children if c.dep_ == "poss"), None)
            if poss is None:
                continue
            owner = key_at(doc, poss.i) or next(
                iter(self._its(poss) if poss.lower_ in {"its", "their"} else []), None
            )
            if self.types.get(owner or "") not in {"Organization", "GovernmentAgency"}:
                continue
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            listed = self.ents(dobj) + [  # "A, a gas trader, and B": B hangs on the apposition
                k
                for a in (dobj.children if dobj is not None else ())
                if a.dep_ == "appos"
                for c in a.conjuncts
                if (k := key_at(doc, c.i))
            ]
            for k in dict.fromkeys(listed):
                if k != owner and self.types.get(k) == "Organization":
                    self.add(k, "partOf", owner, tok, 0.55)

    def named_parts(self) -> None:
        """ "eight Zedimax studios, among them A, B and C", "Acme subsidiaries such as A":
        the companies named as the body's own kind of part are parts of it."""
        doc = self.doc
        for noun in doc:
            if (
                not noun.is_lower
                or noun.tag_ != "NNS"
                or noun.lemma_.lower() not in self.vocab.words("listed_part_nouns")
            ):
                continue
            owner = next(
                (
                    k
                    for c in noun.children
                    if c.dep_ in {"compound", "poss"} and (k := key_at(doc, c.i))
                ),
                None,
            )
            if self.types.get(owner or "") not in {"Organization", "GovernmentAgency"}:
                continue
            heads = [c for c in noun.children if c.dep_ == "appos"]
            heads += [  # "subsidiaries including A and B", "studios such as A"
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in {"including", "as", "like"}
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for h in heads:
                for k in self.ents(h):
                    if k != owner and self.types.get(k) == "Organization":
                        self.add(k, "partOf", owner, noun, 0.55)

    def brands(self) -> None:
        """ "the Acme Z300", "Acme Zed machines": a maker named at the front of its product."""
        doc = self.doc
        makers: dict[str, str] = {}
        tails = self.vocab.words("legal_form_tails")
        common = {t.lower_ for t in doc if t.is_lower}
        for e in self.doc._.kg_entities or []:
            if e.type == "Organization":
                for m in e.mentions:
                    makers.setdefault(m.text.lower(), e.key)
                words = e.name.split()
                while len(words) > 1 and words[-1].lower().rstrip(".") in tails:
                    words = words[:-1]  # "Zedco Motor Corp." makes the "Zedco Rocky"
                core = " ".join(words).lower()
                if len(words) < len(e.name.split()) and core not in common and len(core) > 2:
                    makers.setdefault(core, e.key)
        spans = list(self._spans("Product")) + [
            (e, span) for e, span in self._spans("Location") if self._facility(e.key)
        ]  # "the Zedco refinery", "Zedco Ett": a works named after its company
        for e, span in spans:
            for n in (3, 2, 1):
                if len(span) > n and span[:n].text.lower() in makers:
                    self.add(makers[span[:n].text.lower()], "operates", e.key, span[0], 0.6)
                    break
            else:
                if span.start > 0:
                    k = key_at(doc, span.start - 1)
                    prefix = doc[span.start - 1]
                    if prefix.text == ")" and span.start > 1:
                        k = key_at(doc, span.start - 2)  # "Royal Air Force (RAF) Zed jets"
                        prefix = doc[span.start - 2]
                    if k and self.types.get(k) == "MilitaryUnit" and prefix.text[:1].isupper():
                        self.add(k, "uses", e.key, span[0], 0.55)  # "RAF Zed jets"
                    if k and self.types.get(k) == "Organization" and prefix.text[:1].isupper():
                        # "Acme Zed" is Acme's make; "an Acme Airlines Zed" is a plane it flies
                        flies = self._airline(k)
                        self.add(k, "uses" if flies else "operates", e.key, span[0], 0.55)

    def name_countries(self) -> None:
        """ "Security Service of Ukraine", "China Coast Guard": a state in a public body's
        own name."""
        for e, span in self._spans("GovernmentAgency"):
            self._name_country(e, span)
        for e, span in self._spans("MilitaryUnit"):
            self._name_country(e, span)
        # not "China Zedcom", "Norland Airlines" or "Bank of Norland": a company's name is a
        # brand, which annotators leave without a state more often than not

    def of_states(self) -> None:
        """ "grid operators Acme of Norland and Zedgrid of Chile": a body and its state."""
        doc = self.doc
        for kind in ("Organization", "GovernmentAgency", "MilitaryUnit", "Person"):
            for e, span in self._spans(kind):
                at = span.end
                if at + 1 >= len(doc) or doc[at].lower_ != "of":
                    continue
                state = key_at(doc, at + 1)
                end = at + 1
                while end < len(doc) and key_at(doc, end) == state:
                    end += 1
                if not state or self.types.get(state) != "Country":
                    continue
                possessed = end < len(doc) and doc[end].tag_ == "POS"
                if doc[at].head.i != span.root.i and not (possessed and kind != "Person"):
                    continue  # however "of" was attached, "Unit 9 of Norland's X" is one phrase
                if possessed:
                    # "the 41st Brigade of Norland's Northern Fleet": part of the fleet
                    whole = next(
                        (key_at(doc, c.i) for c in doc[at].children if c.dep_ == "pobj"), None
                    ) or key_at(doc, end + 1)  # "Unit 9 of Norland's ZRU spy service"
                    bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
                    if (
                        whole
                        and whole != e.key
                        and (
                            self.types.get(whole) == kind
                            or {kind, self.types.get(whole)} <= bodies - {"Organization"}
                        )
                    ):
                        self.add(e.key, "partOf", whole, doc[at], 0.6)
                    continue
                if end == len(doc) or not doc[end].text[:1].isupper():
                    self.add(e.key, "country", state, doc[at], 0.6)

    def _name_country(self, e: Entity, span: Span) -> None:
        words = e.name.split()
        if len(words) < 2:
            return
        first = self.vocab.state_of(words[0])
        last = self.vocab.country(words[-1]) if words[-2].lower() in {"of", "the"} else None
        k = self.countries.get(first or last or "")
        if k and k != e.key:
            self.add(e.key, "country", k, span.root, 0.5)

    def name_places(self) -> None:
        """ "the Norlandic embassy in Oslo", "Oslo University", "Oslo City Hall": a body or
        a facility whose own name says where it is."""
        places: dict[str, str] = {}
        for e in self.doc._.kg_entities or []:
            if e.type == "Location":
                for n in [e.name, *e.aliases, *[m.text for m in e.mentions]]:
                    places.setdefault(n.lower(), e.key)
        heads = self.vocab.words("institution_heads")
        forces = self.vocab.words("local_force_names")
        regions = self.vocab.words("region_nouns")
        for kind in ("GovernmentAgency", "Location", "Organization"):
            for e, span in self._spans(kind):
                text = span.text.lower().removeprefix("the ")
                for name, k in places.items():
                    found = re.search(rf"(?<!\w){re.escape(name)}(?![\w-])", text)
                    if k == e.key or not found or len(name) < 3:
                        continue
                    before, rest = text[: found.start()].split(), text[found.end() :]
                    rest = rest.strip(" ,.")
                    if not rest and len(before) >= 2 and before[-1] in {"in", "at"}:
                        where = True  # "the embassy in Oslo"
                    elif before or not rest or rest.split()[0] in regions or rest[0].isdigit():
                        where = False  # "Zed region" is the place itself, not in it
                    elif rest in forces:
                        where = True  # "the Oslo police": the town's own force
                    else:
                        where = kind != "GovernmentAgency" and (
                            rest in heads or rest.split()[-1] in heads
                        )
                    if where:
                        self.add(e.key, "locatedIn", k, span.root, 0.5)

    def name_parents(self) -> None:
        """ "the NFO Appeals Board", "Acme Robotics" beside Acme, "the Court of Justice of the
        Arctic Union": a body named after another body of the article is part of it."""
        bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
        forms: dict[str, str] = {}
        for e in self.doc._.kg_entities or []:
            if e.type in bodies:
                for m in e.mentions:
                    forms.setdefault(m.text.lower(), e.key)
                    initials = "".join(
                        w[0] for w in m.text.split() if w.lower() not in {"of", "the", "and", "for"}
                    )
                    if len(initials) >= 2 and " " in m.text:
                        forms.setdefault(initials.lower(), e.key)  # "UN" for the United Nations
        generic = self.vocab.words("org_heads") | {"the", "&", "and", ".", ","}
        names = {e.key: e.name for e in self.doc._.kg_entities or []}
        for etype in bodies:
            for e, span in self._spans(etype):
                words = [t.lower_ for t in span]
                for n in range(len(words) - 1, 0, -1):
                    head = " ".join(words[:n])
                    rest = words[n:]
                    named = all(t.is_title or t.is_upper for t in span[n:] if t.is_alpha) and all(
                        t.is_alpha or t.text in {".", ","} for t in span[n:]
                    )
                    short_only = (
                        head in forms
                        and " " not in names.get(forms[head], " ")
                        and any(w.rstrip(".") in generic | {"international"} for w in rest)
                    )  # "Zedco" beside "Zedco Resorts International": a short name, not a parent
                    if (
                        head in forms
                        and named
                        and not short_only
                        and not any(w in {"and", "&"} for w in rest)
                        and not all(w.rstrip(".") in generic for w in rest)
                    ):
                        self.add(e.key, "partOf", forms[head], span[0], 0.5)
                        break
                    tail = " ".join(words[n:])
                    of = words[n - 1] == "of" or (
                        words[n - 1] == "the" and words[n - 2 : n - 1] == ["of"]
                    )
                    if of and tail in forms and n >= 2:
                        self.add(e.key, "partOf", forms[tail], span[0], 0.5)
                        break

    def mayors(self) -> None:
        """ "in Lyon, and Mayor Jean Dupont": a local title names the nearby place."""
        doc = self.doc
        for e, span in self._spans("Person"):
            if span.start == 0:
                continue
            title = doc[span.start - 1]
            if title.lower_ not in {"mayor", "governor"}:
                continue
            if span.start >= 2 and key_at(doc, span.start - 2):
                continue  # "Moscow Mayor X" is handled with the titles
            place = None
            if span.start >= 2 and doc[span.start - 2].is_title:
                # "Kyiv Mayor X" where the model folded the city into the name
                place = next(
                    (k for k, n in self.location_names.items() if n == doc[span.start - 2].text),
                    None,
                )
                if place:
                    self.add(e.key, "leads", place, title, 0.6)
                    continue
            for t in sent_of(title):
                k = key_at(doc, t.i)
                if t.i < title.i and k and self.types.get(k) == "Location":
                    place = k
            self.add(e.key, "leads", place, title, 0.5)

    def holders(self) -> None:
        """Who owns a company, said through a holder or venture noun: "Acme's shareholders
        include Globex and Initech", "Acme is the largest shareholder in Brixco", "Zed
        Motors, the joint venture of Acme and Brixco"."""
        doc = self.doc
        holders = self.vocab.words("holder_nouns")
        ventures = self.vocab.words("venture_nouns")
        for tok in doc:
            low = tok.lemma_.lower()
            if low in holders and tok.dep_ in {"nsubj", "nsubjpass"}:
                self._listed_holders(tok)
                continue
            self._holding_vehicle(tok)
            if not tok.is_lower or low not in holders | ventures:
                continue
            if tok.dep_ == "attr":
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ in {"which", "that"}:
                    subj = tok.head.head if tok.head.dep_ == "relcl" else None
                this = self.np_entity(subj) if subj is not None else None
                if this and low in holders and key_at(doc, subj.i) == this:
                    for c in tok.children:  # "Zedco is Acme's largest shareholder"
                        k = key_at(doc, c.i) if c.dep_ == "poss" else None
                        if k and k != this and self.types.get(k) == "Organization":
                            self.add(this, "owns", k, tok, 0.6)
            elif tok.dep_ == "appos":
                this = key_at(doc, tok.head.i)
                its = any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children)
                if this and its and low in holders:
                    # "Zedsat is backed by Acme, its largest shareholder": Acme owns Zedsat
                    verb = tok.head
                    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                        verb = verb.head
                    subjects = [
                        k
                        for c in verb.children
                        if c.dep_ in {"nsubj", "nsubjpass"}
                        for k in self.ents(c)
                    ]
                    for k in subjects:
                        if k != this and self.types.get(k) == "Organization":
                            self.add(this, "owns", k, tok, 0.55)
            elif low in ventures:
                # "the Zedavia consortium of A, B and C": the name before the kind noun,
                # whose partners are its members
                this = next(
                    (
                        key_at(doc, c.i)
                        for c in tok.children
                        if c.dep_ in {"compound", "amod", "nmod"} and key_at(doc, c.i)
                    ),
                    None,
                )
                if this is None:
                    continue
            else:
                continue
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in {"in", "of", "between"}:
                    continue
                for k in self.pobj_ents(prep):
                    if low in holders and prep.lower_ in {"in", "of"}:
                        self.add(this, "owns", k, tok, 0.6)  # the holder owns the company
                    elif low == "consortium":  # its partners are members, named or not
                        self.add(k, "memberOf", this, tok, 0.6)
                    elif low in ventures:
                        self.add(k, "owns", this, tok, 0.6)  # each partner owns the venture

    def _holding_vehicle(self, tok: Token) -> None:
        """ "Zedinvest, the investment vehicle of the Roe family", "Zed Holding, the holding
        company of tycoon Jane Roe": a body that holds someone's wealth is theirs; "the
        holding company of Acme" holds Acme."""
        doc = self.doc
        if not tok.is_lower or tok.dep_ not in {"appos", "attr"}:
            return
        kind = " ".join(t.lower_ for t in doc[tok.left_edge.i : tok.i + 1] if t.is_lower)
        vehicle = next(
            (v for v in self.vocab.words("holding_vehicle_nouns") if kind.endswith(v)), None
        )
        if vehicle is None:
            return
        if tok.dep_ == "appos":
            this = key_at(doc, tok.head.i)
        else:
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            this = self.np_entity(subj) if subj is not None else None
        if not this or self.types.get(this) != "Organization":
            return
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for g in prep.children:
                    owner = next(iter(self.ents(g)), None) if g.dep_ == "pobj" else None
                    if not owner or owner == this:
                        continue
                    if self.types.get(owner) == "Person" or vehicle != "holding company":
                        self.add(owner, "owns", this, tok, 0.6)
                    elif self.types.get(owner) == "Organization":
                        self.add(this, "owns", owner, tok, 0.6)

    def _listed_holders(self, subj: Token) -> None:
        """ "Acme's shareholders include Norland's Zedoil, majors A and B": each owns Acme."""
        doc = self.doc
        owned = next((key_at(doc, c.i) for c in subj.children if c.dep_ == "poss"), None)
        verb = subj.head
        if not owned or verb.lemma_.lower() not in {"include", "be"}:
            return
        for c in verb.children:
            if c.dep_ not in {"dobj", "attr"}:
                continue
            for t in c.subtree:
                k = key_at(doc, t.i)
                holder = k and t.dep_ not in {"poss", "compound"} and key_at(doc, t.head.i) != k
                if holder and (self.types.get(k) != "Country" or t.i == c.i):
                    self.add(k, "owns", owned, verb, 0.6)

    def its_operator(self) -> None:
        """ "the Zed 3 reactor began work, its operator Acme Power said": the named maker,
        operator or owner of the thing the sentence is about."""
        doc = self.doc
        kinds = self.vocab.relations["thing_role_nouns"]
        for tok in doc:
            pred = kinds.get(tok.lemma_.lower()) if tok.is_lower else None
            if pred is None or not any(c.lower_ in {"its", "their"} for c in tok.children):
                continue
            named = next((key_at(doc, c.i) for c in tok.children if c.dep_ == "appos"), None)
            named = named or next(
                (key_at(doc, t.i) for t in doc[tok.i + 1 : tok.i + 2] if key_at(doc, t.i)), None
            )
            start = tok.i
            if named is None and tok.dep_ == "appos" and key_at(doc, tok.head.i):
                named = key_at(doc, tok.head.i)  # "after Jo Roe, its owner, got a call"
                start = doc[tok.head.i].left_edge.i
            bodies = {"Organization", "GovernmentAgency"} | (
                {"Person"} if pred == "owns" else set()
            )
            if self.types.get(named or "") not in bodies:
                continue
            sent = sent_of(tok)
            thing = next(
                (
                    key_at(doc, t.i)
                    for t in reversed(doc[sent.start : start])
                    if self.types.get(key_at(doc, t.i) or "") in {"Location", "Product"}
                ),
                None,
            )
            self.add(named, pred, thing, tok, 0.55)

    def its_sites(self) -> None:
        """ "Acme shut in output at its Zed field", "Acme, which mines at its Aby and Bly
        mines": the clause's subject runs the sites it calls its own."""
        doc = self.doc
        kinds = self.vocab.words("own_site_nouns")
        for tok in doc:
            if not tok.is_lower or tok.lemma_.lower() not in kinds:
                continue
            if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children):
                continue
            sites = [
                k
                for c in tok.children
                if c.dep_ in {"compound", "nmod", "amod"}
                for t in (c, *c.conjuncts)
                if (k := key_at(doc, t.i)) and self.types.get(k) in {"Location", "Product"}
            ]
            verb = _nearest_verb(tok.head)
            if not sites or verb.pos_ not in {"VERB", "AUX"}:
                continue
            for s in self._subject(verb):
                if self.types.get(s) in {"Organization", "GovernmentAgency"}:
                    for k in dict.fromkeys(sites):
                        self.add_first(s, ["operates", "owns"], k, tok, 0.5)

    def its_regions(self) -> None:
        """ "Armenia will open a corridor across its Zed province to its Yon exclave": the
        state a clause is about holds the regions it calls its own."""
        doc = self.doc
        kinds = self.vocab.words("place_kind_nouns") | {"exclave", "enclave"}
        for tok in doc:
            if tok.dep_ != "poss" or tok.lower_ != "its":
                continue
            noun = tok.head
            if not noun.is_lower or noun.lemma_.lower() not in kinds:
                continue
            named = {key_at(doc, noun.i)} | {
                key_at(doc, c.i) for c in noun.children if c.dep_ in {"compound", "nmod"}
            }
            places = [
                k
                for k in named
                if k
                and self.types.get(k) == "Location"
                and self.entities[k].name.split()[-1].lower() not in WATERS
            ]  # "its Black Sea port of Zed": the port is its, not the sea
            states = [
                k for k in self._subject(_nearest_verb(tok.head)) if self.types.get(k) == "Country"
            ]
            before = [
                k
                for t in doc[sent_of(tok).start : tok.i]
                if (k := key_at(doc, t.i)) and self.types.get(k) == "Country"
            ]
            if len(states) != 1 or (before and before[-1] != states[0]):
                continue  # "Norland shelled Yonland's ... its region": whose, unsure
            for state in states:
                for k in places:
                    self.add(k, "locatedIn", state, tok, 0.5)

    def supplied_to(self) -> None:
        """ "Zed drones supplied to Norland", "missiles delivered to the Norland army": the
        recipient uses the product (and gets it from the "by" agent, when named)."""
        doc = self.doc
        giving = self.vocab.words("hyphen_supply_participles") | {"sell", "ship", "transfer"}
        for tok in doc:
            if tok.tag_ not in {"VBN", "VBD"} or tok.lemma_.lower() not in giving:
                continue
            if tok.dep_ == "acl" and tok.tag_ == "VBN":
                product = self.np_entity(tok.head)
            elif any(c.dep_ == "dobj" for c in tok.children):
                continue  # "the tankers A and B delivered fuel to Norland": they carried it
            else:  # "Zed drones supplied to Norland played a role", parsed as the main verb
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                product = self.np_entity(subj) if subj is not None else None
            if self.types.get(product or "") != "Product":
                continue
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    for k in self.pobj_ents(prep):
                        self.add(k, "uses", product, tok, 0.55)
                if prep.dep_ == "agent":
                    for giver in self.pobj_ents(prep):
                        for to in (c for c in tok.children if c.lower_ == "to"):
                            for k in self.pobj_ents(to):
                                self.add(giver, "supplies", k, tok, 0.55)

    def national_goods(self) -> None:
        """ "the pipeline delivers Norlandic crude to Yonland and Zedia": the state whose goods
        a thing that is no supplier carries supplies the ones it carries them to; "Norland
        supplies much of Yonland's gas": the state whose gas it is gets it."""
        doc = self.doc
        suppliers = {"Organization", "GovernmentAgency", "Country"}
        for tok in doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.giving or self._negated(tok):
                continue
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if dobj is None:
                continue
            subjects = [k for k in self._subject(tok) if self.types.get(k) in suppliers]
            to = [
                k
                for c in [*tok.children, *dobj.subtree]  # "... of Norlandic crude to A"
                if c.dep_ == "prep" and c.lower_ == "to"
                for k in self.pobj_ents(c)
                if self.types.get(k) in suppliers
            ]
            goods = [t for t in dobj.subtree if t.dep_ == "amod" and self.demonym_key(t)]
            if to and not subjects and len(goods) == 1:
                origin = self.demonym_key(goods[0])
                for k in to:
                    if k != origin:
                        self.add(origin, "supplies", k, tok, 0.55)
            if (
                subjects
                and not to
                and tok.lemma_.lower() == "supply"
                and dobj.lower_ in {"much", "most", "all", "half", "part"}
            ):
                for t in dobj.subtree:
                    own = key_at(doc, t.i) if t.dep_ == "poss" else None
                    if own and self.types.get(own) == "Country" and own not in subjects:
                        for k in subjects:
                            self.add(k, "supplies", own, tok, 0.55)

    def sent_to_act(self) -> None:
        """ "Norland sent Zed jets to bomb the border posts": what a state sends to do its
        own fighting it uses; sent to a recipient it would be supplied."""
        doc = self.doc
        for tok in doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"send", "dispatch", "scramble"}:
                continue
            if self._negated(tok) or any(
                c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children
            ):
                continue
            purpose = any(
                c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in c.children)
                for c in tok.children
            )
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if not purpose or dobj is None or dobj.tag_ != "NNS":
                continue  # "sent F-16 jets to bomb", not "send the Zed-7 probe to explore"
            products = [k for k in self.ents(dobj) if self.types.get(k) == "Product"]
            for s in self._subject(tok):
                if self.types.get(s) in {"Country", "MilitaryUnit", "GovernmentAgency"}:
                    for k in products:
                        self.add(s, "uses", k, tok, 0.55)

    def led_under(self) -> None:
        """ "the Liberal Party under Jane Doe", "Zedland under President Doe": led by her."""
        doc = self.doc
        for tok in doc:
            if tok.dep_ != "prep" or tok.lower_ != "under":
                continue
            if tok.head.pos_ not in {"NOUN", "PROPN"}:
                continue
            body = self.np_entity(tok.head)
            bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
            described = None
            if tok.head.is_lower and tok.head.dep_ == "appos":
                described = key_at(self.doc, tok.head.head.i)
            elif tok.head.is_lower:
                described = self._set_off_after(tok.head, brackets=True)
            for k in self.pobj_ents(tok):
                if self.types.get(k) == "Person":
                    self.add(k, "leads", body, tok, 0.55)
                elif (  # "the ZOP, the customs office under the Finance Ministry"
                    described not in {None, k}
                    and self.types.get(described or "") in bodies
                    and self.types.get(k) in bodies - {"Organization"}
                ):
                    self.add(described, "partOf", k, tok, 0.55)

    def as_titles(self) -> None:
        """ "kept Jane Doe as director of the Customs Agency", "named him as chief
        executive of Acme": the title after "as" with its body, for the person it describes."""
        doc = self.doc
        for tok in doc:
            if tok.dep_ != "prep" or tok.lower_ != "as":
                continue
            role_tok = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if role_tok is None or not role_tok.is_lower:
                continue
            words = [t for t in role_tok.subtree if t.i <= role_tok.i and t.is_lower]
            role = self._role_in(words)
            of = next(
                (c for c in role_tok.children if c.dep_ == "prep" and c.lower_ in {"of", "at"}),
                None,
            )
            if role is None or of is None:
                continue
            # the person named last before "as": "kept A as minister and B as director of X"
            person = None
            for t in reversed(doc[max(tok.i - 8, 0) : tok.i]):
                if t.lower_ == "as" or t.text in {";", "."}:
                    break
                if self.types.get(key_at(doc, t.i) or "") == "Person":
                    person = key_at(doc, t.i)
                    break
            if person is None:
                continue
            pred, title = role
            body_tok = next((c for c in of.children if c.dep_ == "pobj"), None)
            if body_tok is None or not key_at(doc, body_tok.i):
                continue  # "as the leader of the Zed group": a group, not Zed
            for body in self.ents(body_tok):
                self._role_relation(person, pred, title, body, {w.lower_ for w in words})

    def place_descriptions(self) -> None:
        """ "the Sichuan capital of Chengdu", "Acme, the Texas chipmaker", "Acme has its head
        office in Oslo": where a place or a body is, said in passing."""
        doc = self.doc
        towns = self.vocab.words("town_nouns")
        bodies = self.vocab.words("company_nouns") | self.vocab.words("org_context_before")
        offices = self.vocab.words("head_office_nouns")
        for tok in doc:
            low = tok.lemma_.lower()
            if tok.is_lower and low in towns:  # "the Sichuan capital of Chengdu"
                of = _of_phrase(tok)
                named = next(
                    (
                        key_at(doc, c.i)
                        for c in tok.children
                        if c.dep_ in {"compound", "nmod"}
                        and c.pos_ == "PROPN"
                        and self.types.get(key_at(doc, c.i) or "") == "Location"
                    ),
                    None,
                )
                owner = next((key_at(doc, c.i) for c in tok.children if c.dep_ == "poss"), None)
                after = tok.i + 2 if doc[tok.i + 1 : tok.i + 2].text in {",", "of"} else tok.i + 1
                town = key_at(doc, after) if after < len(doc) else None
                if owner and self.types.get(owner) in {"Country", "Location"} and town:
                    # "Yemen's capital, Sanaa", "Norland's port of Zed": however parsed
                    self.add(town, "locatedIn", owner, tok, 0.6)
                if of is None or not named:
                    continue
                for town in self.pobj_ents(of):  # the town in the region
                    self.add(town, "locatedIn", named, tok, 0.6)
            elif low == "part" and tok.i >= 2 and doc[tok.i - 1].text == ",":
                # "Zed county, part of the city of Yon": the county lies in the city
                place = key_at(doc, tok.i - 2)
                if self.types.get(place or "") != "Location":
                    continue
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        whole = self.np_entity(pobj) if pobj is not None else None
                        self.add(place, "locatedIn", whole, tok, 0.6)
            elif tok.is_lower and low in bodies and tok.dep_ == "appos":
                org = key_at(doc, tok.head.i)  # "Acme, the Texas chipmaker,"
                if self.types.get(org or "") not in {"Organization", "GovernmentAgency"}:
                    continue
                for c in tok.children:
                    k = key_at(doc, c.i)
                    if c.dep_ in {"compound", "nmod"} and self.types.get(k or "") == "Location":
                        self.add(org, "locatedIn", k, tok, 0.55)
                self._described_in(org, tok)
            elif tok.is_lower and tok.tag_ == "NN" and tok.dep_ == "appos":
                org = key_at(doc, tok.head.i)  # "the Zed Institution, a centre in Yonville,"
                if self.types.get(org or "") in {"Organization", "GovernmentAgency"}:
                    self._described_in(org, tok)
            elif low == "have" and tok.pos_ in {"VERB", "AUX"}:  # "has its head office in Oslo"
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if obj is None or obj.lemma_.lower() not in offices:
                    continue
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subj is None and tok.dep_ == "conj":  # "is based in X and has its office in Y"
                    subj = next(
                        (c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None
                    )
                where = [
                    k
                    for p in [*obj.children, *tok.children]
                    if p.dep_ == "prep" and p.lower_ in {"in", "at"}
                    for k in self.pobj_ents(p)
                ]
                if not where and any(c.lower_ == "where" for c in tok.children):
                    # "Zedville, where Acme has its headquarters"
                    where = self.ents(tok.head) if tok.dep_ in {"relcl", "advcl"} else []
                owner = self.np_entity(subj) if subj is not None else None
                for k in where:
                    self.add(owner, "locatedIn", k, tok, 0.6)

    def home_towns(self) -> None:
        """ "Spirit Zedsystems of Wichita, Kansas": a company "of" a town given with its
        state is based there."""
        doc = self.doc
        for of in doc:
            if of.lower_ != "of" or of.dep_ != "prep" or key_at(doc, of.i):
                continue
            org = key_at(doc, of.head.i)
            if self.types.get(org or "") != "Organization":
                continue
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
            town = key_at(doc, pobj.i) if pobj is not None else None
            if self.types.get(town or "") != "Location":
                continue
            end = pobj.i + 1
            while end < len(doc) and key_at(doc, end) == town:
                end += 1
            state = key_at(doc, end + 1) if end + 1 < len(doc) and doc[end].text == "," else None
            if state and state != town and self.types.get(state) in {"Location", "Country"}:
                self.add(org, "locatedIn", town, of, 0.55)

    def _described_in(self, org: str, noun: Token) -> None:
        """ "Acme, a research centre in Zedville": a body described as in a place is there."""
        if noun.lemma_.lower() in self.vocab.words("relational_nouns"):
            return  # "Acme, a rival in Norland"
        continents = self.vocab.words("continents")
        for p in noun.children:
            if p.dep_ != "prep" or p.lower_ != "in":
                continue
            for k in self.pobj_ents(p):
                kind = self.types.get(k)
                if kind == "Location" and self.entities[k].name.lower() not in continents:
                    self.add(org, "locatedIn", k, noun, 0.55)
                elif kind == "Country":
                    self.add_first(org, ["country", "locatedIn"], k, noun, 0.55)

    def subsidiary_compounds(self) -> None:
        """ "built by Acme subsidiary Zedtron": the named company is a part of the first."""
        doc = self.doc
        for tok in doc:
            if not tok.is_lower or tok.lemma_.lower() not in self.vocab.words("subsidiary_nouns"):
                continue
            parent = next(
                (key_at(doc, c.i) for c in tok.children if c.dep_ in {"compound", "poss", "nmod"}),
                None,
            )
            child = key_at(doc, tok.i + 1) if tok.i + 1 < len(doc) else None
            if (
                parent
                and child
                and parent != child
                and self.types.get(parent) == "Organization"
                and self.types.get(child) == "Organization"
            ):
                self.add(child, "partOf", parent, tok, 0.6)

    def member_appositions(self) -> None:
        """ "Norway, a NATO ally", "Estonia and Latvia, both NATO members", "NATO member
        Norway": the states belong to the alliance."""
        doc = self.doc
        for tok in doc:
            if tok.lemma_.lower() not in {"member", "ally"} or not tok.is_lower:
                continue
            body = next(
                (
                    key_at(doc, c.i)
                    for c in tok.children
                    if c.dep_ in {"compound", "poss"}
                    and self.types.get(key_at(doc, c.i) or "") == "Organization"
                ),
                None,
            )
            named = key_at(doc, tok.i + 1) if tok.i + 1 < len(doc) else None
            before = key_at(doc, tok.i - 1) if tok.i > 0 else None
            if self.types.get(before or "") == "Organization" and tok.tag_ == "NN":
                body = body or before  # the parser may take "X and NATO" for a pair
            if body and named and self.types.get(named) == "Country":
                self.add(named, "memberOf", body, tok, 0.6)  # "NATO member Norway"
                continue
            edge = tok.left_edge.i
            if body is None or edge < 2 or doc[edge - 1].text != ",":
                continue
            last = doc[edge - 2]
            first = last.head if last.dep_ == "conj" else last
            while first.dep_ == "conj":
                first = first.head
            listed = [first, *first.conjuncts] if tok.tag_ == "NNS" else [last]
            for t in listed:
                k = key_at(doc, t.i)
                if k and k != body and self.types.get(k) in {"Country", "Organization"}:
                    self.add(k, "memberOf", body, tok, 0.6)

    def both_members(self) -> None:
        """ "Norland has a treaty with Zedland, and both countries are members of the Zed
        Treaty Organization": the two states just named, in its sentence or the one before."""
        doc = self.doc
        for tok in doc:
            if tok.lower_ != "members" or tok.dep_ != "attr" or tok.head.lemma_ != "be":
                continue
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None or not (
                subj.lower_ == "both"
                or (
                    subj.lemma_ in {"country", "state", "nation"}
                    and any(c.lower_ == "both" for c in subj.children)
                )
            ):
                continue
            bodies = [
                k
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for k in self.pobj_ents(c)
                if self.types.get(k) in {"Organization", "GovernmentAgency"}
            ]
            sent = sent_of(tok)
            states = self._states_in(sent.start, subj.i)
            if not states and sent.start > 0:
                before = sent_of(doc[sent.start - 1])
                states = self._states_in(before.start, before.end)
            if len(states) != 2:
                continue
            for body in bodies[:1]:
                for k in states:
                    self.add(k, "memberOf", body, tok, 0.55)

    def _states_in(self, start: int, end: int) -> list[str]:
        """The distinct states named between two tokens, in order."""
        keys = [key_at(self.doc, i) for i in range(start, end)]
        return list(dict.fromkeys(k for k in keys if k and self.types.get(k) == "Country"))

    def listed_members(self) -> None:
        """ "five EU member states, A, B and C", "two NATO members, A and B": each named."""
        doc = self.doc
        for tok in doc:
            kind = tok.lemma_.lower()
            if not tok.is_lower or tok.tag_ != "NNS":
                continue
            compounds = [c for c in tok.children if c.dep_ == "compound"]
            if kind in {"state", "country", "nation"}:
                if not any(c.lower_ == "member" for c in compounds):
                    continue
            elif kind not in {"member", "ally"}:
                continue
            body = next(
                (
                    k
                    for c in compounds
                    if (k := key_at(doc, c.i)) and self.types.get(k) == "Organization"
                ),
                None,
            )
            named = [a for c in tok.children if c.dep_ == "appos" for a in (c, *c.conjuncts)]
            for t in named if body else ():
                k = key_at(doc, t.i)
                if k and self.types.get(k) == "Country":
                    self.add(k, "memberOf", body, tok, 0.6)

    def subplaces(self) -> None:
        """ "the Kyiv suburb of Bucha", "the Nairobi neighbourhoods of Kibera and Mathare":
        the places named after "of" lie in the place that names the kind; but "the Tal Zed
        neighbourhood of Rafah", "the Frogner district of Oslo": the named part lies in the
        place after "of"."""
        doc = self.doc
        inner_first = self.vocab.words("inner_place_nouns")
        for tok in doc:
            kind = tok.lemma_.lower()
            if not tok.is_lower or kind not in self.vocab.words("subplace_nouns") | inner_first:
                continue
            named = next(
                (
                    k
                    for c in tok.children
                    if c.dep_ in {"compound", "nmod"}
                    and (k := key_at(doc, c.i))
                    and self.types.get(k) in {"Location", "Country"}
                ),
                None,
            )
            if named is None:
                continue
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for k in self.pobj_ents(prep):
                        if k == named or self.types.get(k) not in {"Location", "Country"}:
                            continue
                        if kind in inner_first and tok.tag_ == "NN":
                            # "the Tal Zed neighbourhood of Rafah": the named part lies in Rafah
                            if self.types.get(named) == "Location":
                                self.add(named, "locatedIn", k, tok, 0.6)
                        elif self.types.get(k) == "Location" and not self.vocab.capital_of(
                            self.entities[k].name
                        ):
                            self.add(k, "locatedIn", named, tok, 0.6)

    def things_of_bodies(self) -> None:
        """ "the BRP Zed, a vessel of the Bureau of Fisheries", "the Zedra, a frigate of
        the Norland Navy": the body runs the thing."""
        doc = self.doc
        kinds = self.vocab.words("product_nouns") | self.vocab.words("vessel_nouns")
        bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
        for tok in doc:
            if not tok.is_lower or tok.lower_ not in kinds or tok.pos_ != "NOUN":
                continue
            edge = tok.left_edge.i
            if tok.dep_ == "appos":
                thing = key_at(doc, tok.head.i)
            elif edge >= 2 and doc[edge - 1].text == "," and doc[edge].lower_ in {"a", "an"}:
                thing = key_at(doc, edge - 2)  # the same, parsed as an object of the verb
            else:
                continue
            if thing is None or self.types.get(thing) != "Product":
                continue
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for k in self.pobj_ents(prep):
                        if self.types.get(k) in bodies:
                            self.add(k, "operates", thing, tok, 0.6)

    def groupings(self) -> None:
        """ "Zed Union, an alliance of the Greens and the Norland Communist Party": each
        party named after the grouping noun belongs to it."""
        doc = self.doc
        bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
        for tok in doc:
            if not tok.is_lower or tok.lemma_.lower() not in self.vocab.words("grouping_nouns"):
                continue
            if tok.dep_ == "appos":
                body = key_at(doc, tok.head.i)
            elif tok.dep_ == "attr":
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                body = key_at(doc, subj.i) if subj is not None else None
            else:
                continue
            if body is None or self.types.get(body) not in bodies:
                continue
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for k in self.pobj_ents(prep):
                        # not "a coalition of pro-Zedland groups": a word of another noun
                        modifier = any(
                            key_at(doc, t.i) == k
                            and t.dep_ in {"amod", "compound", "npadvmod", "nmod"}
                            and t.head.is_lower
                            and key_at(doc, t.head.i) != k
                            for t in prep.subtree
                        )
                        if k != body and not modifier and self.types.get(k) in bodies | {"Country"}:
                            self.add(k, "memberOf", body, tok, 0.6)

    def units_of(self) -> None:
        """ "the 53rd Brigade of the Norland Armed Forces", "the Enterprise Chamber of the
        Zed Court of Appeal": a named unit or office, then "of" and the force or body it
        belongs to."""
        doc = self.doc
        state_bodies = {"GovernmentAgency", "MilitaryUnit"}
        for tok in doc:
            if tok.lower_ != "of" or tok.i == 0:
                continue
            part = key_at(doc, tok.i - 1)
            if part is None or self.types.get(part) not in state_bodies:
                continue
            if key_at(doc, tok.i + 1) == part:
                continue  # "Ministry of Defence": one name
            nxt = tok.i + 1
            if nxt < len(doc) and doc[nxt].lower_ == "the":
                nxt += 1
            whole = key_at(doc, nxt) if nxt < len(doc) else None
            if whole and whole != part and self.types.get(whole) in state_bodies:
                self.add(part, "partOf", whole, tok, 0.6)

    def part_of(self) -> None:
        """ "X, a subsidiary of Y", "X is part of Y" """
        doc = self.doc
        nouns = self.vocab.words("part_of_nouns")
        kinds = self.vocab.words("part_of_kind_nouns")  # "X is the law school of Y"
        for tok in doc:
            kind = tok.lower_ in kinds and tok.dep_ in {"attr", "appos"} and not key_at(doc, tok.i)
            sibling = (  # "Zedworks, another Acme company": one of Acme's companies
                tok.lemma_.lower() in self.vocab.words("sibling_company_nouns")
                and tok.dep_ == "appos"
                and any(c.dep_ == "det" and c.lower_ == "another" for c in tok.children)
            )
            if (
                tok.lower_ not in nouns
                and not (tok.tag_ == "NNS" and tok.lemma_.lower() in nouns - {"member"})
                and not kind
                and not sibling
            ):
                continue
            if not tok.is_lower and key_at(doc, tok.i):
                continue  # "the 76th Guards Air Assault Division, one of ...": a name's word
            subjects: list[str] = []
            bodies = {"Organization", "GovernmentAgency", "MilitaryUnit"}
            before = self._set_off_after(tok) if tok.dep_ == "appos" else None
            if (
                before
                and self.types.get(before) in bodies
                and self.types.get(key_at(doc, tok.head.i) or "") not in bodies
            ):
                subjects = [before]  # "the head of Acme, the arm of Brixco": hung on the head
            elif tok.dep_ == "appos" and key_at(doc, tok.head.i):
                subjects = [key_at(doc, tok.head.i)]  # type: ignore[list-item]
            elif tok.dep_ == "appos":
                # "Zed Holding (ZH), a unit of Acme" with the long name missed: the acronym
                subjects = [
                    k for c in tok.head.children if c.dep_ == "appos" and (k := key_at(doc, c.i))
                ]
            elif tok.dep_ == "compound" and key_at(doc, tok.head.i) and tok.is_lower:
                # "the Acme unit Zedcom", "whose subsidiary Zedcom": the name the noun precedes
                subjects = [key_at(doc, tok.head.i)]  # type: ignore[list-item]
                whose = next((c for c in tok.children if c.lower_ == "whose"), None)
                if whose is not None:
                    owner = self._whose_antecedent(whose) or (
                        key_at(doc, whose.i - 2) if doc[whose.i - 1].text == "," else None
                    )  # "Acme, whose subsidiary Zedcom ...", however the clause is hung
                    if owner:
                        for subj in subjects:
                            self.add_first(subj, ["partOf"], owner, tok, 0.6)
                    continue
            elif (
                tok.dep_ == "conj"
                and tok.head.dep_ == "appos"
                and key_at(doc, tok.head.head.i)
                and not key_at(doc, tok.head.i)
            ):
                # "X, a former journalist and member of the Zed Assembly", "X, the maker of
                # Zed and a unit of Acme"
                subjects = [key_at(doc, tok.head.head.i)]  # type: ignore[list-item]
            elif tok.dep_ == "attr":
                s = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                if s is not None and s.lower_ in {"that", "which"} and tok.head.dep_ == "relcl":
                    s = tok.head.head  # "Zed, the truckmaker that is a unit of Acme"
                subjects = self.ents(s) if s is not None else []
            subjects += [k for c in tok.children if c.dep_ == "appos" for k in self.ents(c)]
            if (
                not subjects
                and tok.lower_ != "part"
                and key_at(doc, tok.i) is None
                and any(c.dep_ == "poss" and key_at(doc, c.i) for c in tok.children)
            ):
                # "Acme's Brixco unit": the named part before the noun, its whole the possessor
                subjects = [
                    key_at(doc, c.i)  # type: ignore[misc]
                    for c in tok.children
                    if c.dep_ == "compound" and key_at(doc, c.i)
                ]
            if not subjects:
                continue
            named = [k for c in tok.children if c.dep_ == "appos" and (k := key_at(doc, c.i))]
            head_key = key_at(doc, tok.head.i) if tok.dep_ == "appos" else None
            if (
                named
                and head_key
                and head_key not in named
                and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children)
            ):
                # "sued Acme, its American affiliate Acme.US and ...": Acme.US is Acme's
                for k in named:
                    self.add(k, "partOf", head_key, tok, 0.6)
                continue
            objs: list[str] = []
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    objs += self.pobj_ents(c)
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    named = key_at(doc, pobj.i + 1) if pobj is not None and pobj.is_lower else None
                    if named and self.types.get(named) in bodies and named not in objs:
                        objs.append(named)  # "part of Norway's arms group Zedcorp", misparsed
                elif c.dep_ in {"poss", "compound"}:
                    k = key_at(doc, c.i) or anaphor_entity(
                        doc, c, self.vocab.entity["definite_anaphors"]
                    )
                    if k in subjects and not key_at(doc, c.i):
                        # "Zed Airlines, the company's cargo subsidiary": the company whose
                        # name the subsidiary's begins with
                        own = {self.entities[s].name for s in subjects}
                        k = salient_entity_before(
                            doc,
                            c.idx,
                            {"Organization"},
                            lambda name, own=own: any(n.startswith(name + " ") for n in own),
                        )
                    if not k and c.lower_ in {"its", "their"}:
                        k = salient_entity_before(doc, c.idx, {"Organization", "GovernmentAgency"})
                    if k and not kind:
                        objs.append(k)
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if not objs and tok.dep_ == "conj" and after is not None and after.lower_ == "of":
                objs = self.pobj_ents(after)  # "of" hung on the first of the two nouns
            pred = "memberOf" if tok.lower_ == "member" else "partOf"
            if pred == "memberOf" and objs:
                # "a member of the EU and NATO", with NATO hung on "member" by the parser
                bodies_named = [
                    k
                    for c in tok.conjuncts
                    if c.i > tok.i and (k := key_at(doc, c.i)) and self.types.get(k) in bodies
                ]
                objs += [k for k in bodies_named if k not in objs]
            if pred == "partOf":  # "X, one of Norland's airborne formations": its country
                objs = [o for o in objs if self.types.get(o) != "Country"]
            for subj in subjects:
                for o in objs:
                    self.add_first(subj, [pred] if kind else [pred, "memberOf"], o, tok, 0.7)

    def settlements(self) -> None:
        """ "Acme and Brixco settled their dispute", "Acme settled with Brixco" """
        for tok in self.doc:
            if tok.lemma_.lower() != "settle" or tok.pos_ != "VERB":
                continue
            sides = self._subject(tok)
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "with":
                    sides += self.pobj_ents(p)
            neg = self._negated(tok)
            for a, b in zip(sides, sides[1:], strict=False):
                self.add(a, "contractWith", b, tok, 0.55, negated=neg, asserted=True)

    def war_idioms(self) -> None:
        """ "X and Y have been at war since ...", "X is at war with Y", "traded fire with Y" """
        doc = self.doc
        for tok in doc:
            verb = None
            if tok.lower_ == "war" and tok.dep_ == "pobj" and tok.head.lower_ == "at":
                verb = tok.head.head
                holder = tok
            elif tok.lemma_.lower() in {"trade", "exchange"} and any(
                c.dep_ == "dobj" and c.lower_ in {"fire", "blows", "strikes"} for c in tok.children
            ):
                verb, holder = tok, tok
            if (
                tok.lemma_.lower() == "invade"
                and tok.pos_ == "VERB"
                and not any(c.dep_ in {"dobj", "nsubjpass"} for c in tok.children)
            ):
                # "since Norland invaded in 2022": in a report about the war, the state
                # the article names most
                for s_ in self._subject(tok):
                    if self.types.get(s_) == "Country":
                        other = self._main_country(exclude={s_})
                        self.add(s_, "inConflictWith", other, tok, 0.45, asserted=True)
                continue
            if verb is None or verb.pos_ not in {"VERB", "AUX"}:
                continue
            sides = self._subject(verb)
            others: list[str] = []
            for h in (holder, verb, *[c for c in verb.children if c.dep_ == "dobj"]):
                for p in h.children:
                    if p.dep_ == "prep" and p.lower_ in {"with", "against"}:
                        others += self.pobj_ents(p)
            neg = self._negated(verb)
            if not others and len(sides) >= 2:
                others, sides = sides[1:], sides[:1]
            for s_ in sides:
                for o in others:
                    self.add(s_, "inConflictWith", o, verb, 0.6, negated=neg, asserted=True)

    def _side_state(self, tok: Token | None) -> str | None:
        """The state a fighting side stands for: "Norland", "Norlandic troops", "Norland's
        forces", "Yonlandic defensive lines"."""
        if tok is None:
            return None
        k = key_at(self.doc, tok.i)
        if k and self.types.get(k) != "MilitaryUnit":  # "Norlandic forces" may be one
            return k if self.types.get(k) == "Country" else None
        if tok.lemma_.lower() not in self.vocab.words("battle_side_nouns"):
            return None
        for c in tok.children:
            if c.dep_ in {"amod", "compound", "nmod"} and (state := self.demonym_key(c)):
                return state
            k = key_at(self.doc, c.i) if c.dep_ == "poss" else None
            if k and self.types.get(k) == "Country":
                return k
        return None

    def clashes_of_sides(self) -> None:
        """ "Norlandic troops encircled Yonlandic units", "Norland's forces broke through
        Yonlandic lines": the states whose forces fight each other are in conflict, where
        neither side is a named force."""
        doc = self.doc
        verbs = self.vocab.words("clash_verbs")
        for tok in doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            targets = [c for c in tok.children if c.dep_ == "dobj"] + [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in {"through", "against", "on"}
                for g in c.children
                if g.dep_ == "pobj"
            ]
            a = self._side_state(subj)
            neg = self._negated(tok)
            for target in targets:
                b = self._side_state(target)
                if a and b and a != b:
                    self.add(a, "inConflictWith", b, tok, 0.5, negated=neg, asserted=True)

    def struck_states(self) -> None:
        """An attack on a place is an attack on the state the article puts it in."""
        where = {
            r.subject: r.object
            for r in self.out
            if r.predicate in {"locatedIn", "country"}
            and self.types.get(r.object) == "Country"
            and not r.negated
        }
        for e in self.doc._.kg_entities or []:
            cap = self.vocab.capital_of(e.name) if e.type == "Location" else None
            if cap and self.countries.get(cap):
                where.setdefault(e.key, self.countries[cap])
        by_name = {e.name: e.key for e in self.doc._.kg_entities or []}
        for e in self.doc._.kg_entities or []:
            words = e.name.split()
            city = by_name.get(" ".join(words[:-1]))
            if e.type == "Location" and words[-1].lower() in ADMIN_AREAS and city in where:
                where.setdefault(e.key, where[city])  # "the Zedsk region" around Zedsk
        for s_, place, tok in self.struck_places:
            self.add(s_, "inConflictWith", where.get(place), tok, 0.45, asserted=True)
        friends = {
            frozenset((r.subject, r.object))
            for r in self.out
            if r.predicate in {"supplies", "contractWith"} and not r.negated
        }
        for s_, state, tok in self.unnamed_targets:
            if frozenset((s_, state)) not in friends:
                self.add(s_, "inConflictWith", state, tok, 0.45)

    def conflicts_of_forces(self) -> None:
        """A national force at war puts its state at war: "Russian forces attacked Y"."""
        states: dict[str, str] = {}  # from the force's own name: "Russian Armed Forces"
        for e in self.doc._.kg_entities or []:
            if e.type == "MilitaryUnit" and e.key not in states:
                for w in e.name.split():
                    k = self.countries.get(self.vocab.state_of(w) or "")
                    if k:
                        states[e.key] = k
                        break
        seats = self.vocab.entity["government_seats"]
        for e in self.doc._.kg_entities or []:
            # "the Kremlin's offensive": a state's government at war puts its state at war
            state = (
                self.countries.get(seats.get(e.name, "")) if e.type == "GovernmentAgency" else None
            )
            if state:
                states.setdefault(e.key, state)
        for r in self.out:  # or one the article says is the state's
            if (
                r.predicate == "country"
                and not r.negated
                and self.types.get(r.subject) == "GovernmentAgency"
                and self.types.get(r.object) == "Country"
            ):
                states.setdefault(r.subject, r.object)
        for r in list(self.out):
            if r.predicate != "inConflictWith" or r.negated:
                continue
            for a, b in ((r.subject, r.object), (r.object, r.subject)):
                state = states.get(a)
                if state and state != b and self.fits("inConflictWith", state, b):
                    self.out.append(replace(r, subject=state, object=b, confidence=0.45))
            sa, sb = states.get(r.subject), states.get(r.object)
            if sa and sb and sa != sb:  # "Ukrainian troops pushed back Russian forces"
                self.out.append(replace(r, subject=sa, object=sb, confidence=0.45))

    def infer_countries(self) -> None:
        """A place in a place in a state is in that state too ("Calgary, Alberta, Canada")."""
        up: dict[str, list[RelationCandidate]] = {}
        for r in self.out:
            if r.predicate in {"locatedIn", "country"} and not r.negated:
                up.setdefault(r.subject, []).append(r)
        known = {(r.subject, r.object) for r in self.out}
        for r in list(self.out):
            if r.predicate != "locatedIn" or r.negated or self.types.get(r.object) != "Location":
                continue
            for r2 in up.get(r.object, []):
                if self.types.get(r2.object) == "Country" and (r.subject, r2.object) not in known:
                    known.add((r.subject, r2.object))
                    self.out.append(
                        RelationCandidate(
                            r.subject,
                            "country",
                            r2.object,
                            r.trigger,
                            r.evidence,
                            0.4,
                            asserted=False,
                        )
                    )


def _portfolio_named(name: str, keys: list[str]) -> bool:
    """Whether a body's name is its portfolio ("State Department", "Department of State",
    "the Pentagon"), not a body that only has the word ("Ministry of State Security")."""
    words = name.lower().replace(",", "").split()
    after = {"ministry", "department", "office", "affairs", "and", "secretariat"}
    return any(
        w in keys and (i == len(words) - 1 or words[i + 1] in after) for i, w in enumerate(words)
    )


def _nearest_verb(tok: Token) -> Token:
    """The verb a phrase hangs from ("at its Zed field" in "Acme shut output at ..."), or
    the sentence root when no verb is above it."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _head_before_linker(name: str) -> str | None:
    """The head word of "Office for Democratic Institutions", "Center of Excellence":
    the word before the first linker, or None when the name has no linker."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w in {"for", "of", "on"}), None)
    return words[cut - 1] if cut is not None else None


def _place_in_state(f: _Finder, r: RelationCandidate) -> RelationCandidate:
    """ "Norland's Zed region", "the Norlandic port of Yon": a place's state is where it lies.

    Readers (and the facts contract's annotators) say a place is located in its country
    rather than that it has one, which a company or a person does. A nationality word keeps
    the contract's `country` (and a name the model mistook for a place keeps its right
    relation); so does a place already put in a region (the region lies in the state), and
    a flag is a registry.
    """
    if r.predicate != "country" or f.types.get(r.subject) != "Location":
        return r
    trigger = f.doc[r.trigger]
    if f.vocab.demonym(trigger.text):
        return r  # "the Norlandic port of Zed", "Norlandic Zedcom": the contract's country
    if any("flag" in t.lower_ for t in (trigger, trigger.head)) or any(
        o.subject == r.subject
        and o.predicate == "locatedIn"
        and f.types.get(o.object) == "Location"
        for o in f.out
    ):
        return r
    return replace(r, predicate="locatedIn")


def _money(tok: Token) -> bool:
    """Whether a noun phrase is a sum: "$2 billion", "95 a share", "1.2 billion euros"."""
    return tok.like_num or any(
        t.tag_ == "$" or t.lower_ in {"billion", "million", "trillion"} for t in tok.subtree
    )


def find_relations(doc: Doc, vocab: Vocab) -> list[RelationCandidate]:
    """Every relation candidate in the article (facts and reported ones alike)."""
    f = _Finder(doc, vocab)
    f.possessives()
    f.possessive_states()
    f.titles()
    f.in_charge()
    f.appositive_titles()
    f.titles_named_after()
    f.maker_titles()
    f.titles_before_names()
    f.nationality()
    f.located()
    f.comma_in()
    f.on_waters()
    f.flagships()
    f.where_at()
    f.sites_in()
    f.set_in()
    f.verbs()
    f.contracts()
    f.purchase_deals()
    f.made_for()
    f.receipts()
    f.conflicts()
    f.uses_nouns()
    f.fleets_of()
    f.supply_nouns()
    f.maker_kit()
    f.importers()
    f.arsenals()
    f.home_to()
    f.seats()
    f.assignments()
    f.acquisitions()
    f.part_of()
    f.units_of()
    f.fronted_foundings()
    f.bodies_at()
    f.listed_members()
    f.both_members()
    f.member_appositions()
    f.groupings()
    f.subplaces()
    f.things_of_bodies()
    f.party_affiliations()
    f.subsidiary_compounds()
    f.holders()
    f.its_operator()
    f.its_sites()
    f.its_regions()
    f.led_under()
    f.as_titles()
    f.supplied_to()
    f.national_goods()
    f.sent_to_act()
    f.place_descriptions()
    f.makers()
    f.made_by()
    f.clients()
    f.supplier_roles()
    f.customer_roles()
    f.own_conjuncts()
    f.member_of_which()
    f.grouped_members()
    f.persons_of_bodies()
    f.sales_of_holdings()
    f.city_state_based()
    f.home_towns()
    f.products_from()
    f.brands_such_as()
    f.run_facilities()
    f.fused_participles()
    f.mayors()
    f.name_countries()
    f.name_places()
    f.of_states()
    f.body_compounds()
    f.name_parents()
    f.brands()
    f.listed_products()
    f.listed_parts()
    f.named_parts()
    f.operator_compounds()
    f.stakes()
    f.state_owned()
    f.settlements()
    f.war_idioms()
    f.clashes_of_sides()
    f.struck_states()
    f.conflicts_of_forces()
    f.persons_bodies()
    f.owners_of_names()
    f.flags()
    f.infer_countries()
    f.customers_of_makers()
    leads = {(r.subject, r.object) for r in f.out if r.predicate in {"leads", "founded"}}
    # "Norland's President Ana Dorn": heading the state says more than being its citizen
    return [
        _place_in_state(f, r)
        for r in f.out
        if not (r.predicate in {"memberOf", "country"} and (r.subject, r.object) in leads)
        and not (
            r.predicate in {"contractWith", "inConflictWith"}
            and frozenset((r.subject, r.object)) in f.own_pairs
        )
        # "Acme sold Zedly to Brixco": Zedly is the buyer's, not the seller's product
        and f.sold.get((r.trigger, r.object), r.subject) == r.subject
    ]
