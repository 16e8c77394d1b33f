"""Group candidate mentions into one entity per real-world thing.

Within one article the same thing is named several ways: "Jane Doe" and
"Doe", "state security agency (ABC)" and "ABC", "U.S." and "United
States", "French army" and "France's army".  Grouping is a
union-find over mentions linked by these rules; each group gets a type by
weighted vote and a stable canonical name, from which the node IRI is later
derived across articles.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Token

from kg.model import Entity, Mention
from kg.nlp.entities import Candidate, is_acronym, is_generic_body
from kg.nlp.gazetteer import Known
from kg.nlp.lookup import ADMIN_AREAS, in_dateline, possessor_state
from kg.nlp.vocab import Vocab, fold

GENERIC_TAILS = frozenset(
    {"group", "pmc", "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "ag", "sa"}
)
REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")
LOWER_TAILS = frozenset({"party"})  # not "province": "Idlib province" and Idlib city differ
RENAME_CUES = (
    "formerly",
    "previously",
    "now known as",
    "formerly known as",
    "also known as",
    "better known as",
    "known as",
)
ALIAS_CUES = ("better known as", "known as")  # after a comma only: "Jane Roe, known as Zed,"


class _Groups:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def add_description_mentions(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """Find later uses of a description introduced with an acronym ("the agency's ...")."""
    taken = {i for c in cands for i in range(c.start, c.end)}
    extra: list[Candidate] = []
    for c in [c for c in cands if c.descriptive]:
        words = [t.lower_ for t in doc[c.start : c.end]]
        forms = [words]
        if len(words) >= 3 and words[-1] in vocab.words("agency_heads"):
            forms.append(words[:-1])
        for form in forms:
            n = len(form)
            for i in range(len(doc) - n + 1):
                if any(j in taken for j in range(i, i + n)):
                    continue
                if [t.lower_ for t in doc[i : i + n]] != form:
                    continue
                if n < len(words):
                    nxt = doc[i + n] if i + n < len(doc) else None
                    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in vocab.roles:
                        continue
                extra.append(
                    Candidate(i, i + n, c.type, c.weight, "description", descriptive=True, link=c)
                )
                taken |= set(range(i, i + n))
    return cands + extra


def propagate_names(
    doc: Doc, cands: list[Candidate], vocab: Vocab, furniture: list[tuple[int, int]]
) -> list[Candidate]:
    """Other occurrences of a name the model tagged elsewhere ("Doe wrote ...").

    The model tags a name in one sentence and misses it in the next; every
    untagged occurrence of an already found proper name becomes a mention.
    """
    taken = {i for c in cands for i in range(c.start, c.end)}
    forms: dict[tuple[str, ...], Candidate] = {}
    for c in cands:
        toks = doc[c.start : c.end]
        if c.descriptive or not any(ch.isupper() for ch in toks.text) or len(toks.text) < 3:
            continue
        if toks[0].is_lower:
            continue
        forms.setdefault(tuple(t.text for t in toks), c)
    # a company's name without its legal form ("Zedsoft Inc ... Zedsoft customers"), which
    # the model tags in some sentences and not in others
    legal = vocab.words("legal_form_words")
    for c in cands:
        toks = doc[c.start : c.end]
        if (
            c.type == "Organization"
            and len(toks) >= 2
            and toks[-1].lower_.rstrip(".") in legal
            and toks[0].text[:1].isupper()
            and not vocab.country(toks[:-1].text)
            and not vocab.demonym(toks[:-1].text)
            and len(toks[:-1].text) >= 3
        ):
            forms.setdefault(tuple(t.text for t in toks[:-1]), c)
    # a person's surname alone ("Schrems said ...") once the full name is known,
    # unless two people share it
    surnames: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        toks = doc[c.start : c.end]
        if (
            c.type == "Person"
            and len(toks) >= 2
            and toks[-1].is_title
            and len(toks[-1]) >= 3
            and all(doc[d.start : d.end].text != toks.text for d in surnames[toks[-1].text])
        ):
            surnames[toks[-1].text].append(c)
    for last, people in surnames.items():
        # two people of one surname: the surname alone is the one introduced first (group)
        if not vocab.country(last) and not vocab.demonym(last):
            forms.setdefault((last,), min(people, key=lambda c: c.start))
    extra: list[Candidate] = []
    words = [t.text for t in doc]
    by_first: dict[str, list[tuple[tuple[str, ...], Candidate]]] = defaultdict(list)
    for form, c in forms.items():
        by_first[form[0]].append((form, c))
    for i in range(len(doc)):
        if i in taken or words[i] not in by_first:
            continue
        for form, c in by_first[words[i]]:
            n = len(form)
            if i + n > len(doc) or any(j in taken for j in range(i, i + n)):
                continue
            if tuple(words[i : i + n]) != form:
                continue
            if any(s <= doc[i].idx < e for s, e in furniture):
                continue
            nxt = doc[i + n] if i + n < len(doc) else None
            titled = any(  # "Acme Chairman Jane Roe": a title, not the rest of a name
                doc[i + n : i + n + k].text.lower() in vocab.roles for k in (1, 2, 3)
            )
            if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and not titled:
                continue  # part of a longer name
            extra.append(Candidate(i, i + n, c.type, 1, "propagated", link=c))
            taken |= set(range(i, i + n))
            break
    return cands + extra


def core_name(doc: Doc, c: Candidate, vocab: Vocab) -> str:
    """A name without its country qualifier and generic tail, in "X Ministry" order."""
    words = [t.text for t in doc[c.start : c.end]]
    while words and (vocab.state_of(words[0]) or words[0].lower() == "the"):
        words = words[1:]
    while len(words) > 1 and words[-1].lower() in GENERIC_TAILS | {"department"}:
        words = words[:-1]
    low = [w.lower() for w in words]
    if len(low) >= 3 and low[1] == "of" and low[0] in vocab.words("agency_heads"):
        low = low[2:] + low[:1]
    return fold(" ".join(low)) if low else ""


def _qualifier(doc: Doc, c: Candidate, vocab: Vocab) -> str | None:
    """The state a body's name starts with: "the Norlandic navy" is Norland's."""
    start = c.start + (doc[c.start].lower_ == "the" and c.end - c.start > 1)
    return c.country or vocab.state_of(doc[start].text)


def _used_as_place(doc: Doc, c: Candidate, vocab: Vocab) -> bool:
    """ "in Moscow", "flew to Moscow", "Moscow-based", "the Moscow metro" are places."""
    root = doc[c.start : c.end].root
    if c.end + 1 < len(doc) and doc[c.end].text in {"-", "–"}:
        # "Moscow-based" is a place; "Moscow-backed", "Beijing-friendly" are the state
        return doc[c.end + 1].lower_ not in vocab.words("state_hyphen_words")
    if (
        doc[c.start : c.end].text.isupper()
        and (c.start == 0 or "\n" in doc[c.start - 1].text_with_ws)
    ) or in_dateline(doc, c.start, c.end):
        return True  # a dateline: "WARSAW, March 4 -", "Paris (AFP) -"
    if root.dep_ in {"compound", "nmod", "amod"}:
        # "the Oslo regime", "Oslo authorities" speak for the state; "the Oslo metro" is
        # the city's
        return root.head.lemma_.lower() not in vocab.words("state_voice_nouns")
    country = vocab.capital_of(doc[c.start : c.end].text)
    if c.end + 1 < len(doc) and doc[c.end].lower_ in {",", "in"} and country:
        after = doc[c.end + 1 : c.end + 1 + len(country.split())].text
        if vocab.country(after) == country:
            return True  # "for Oslo, Norway", "from Oslo in Norway": the city, with its state
    if root.dep_ == "poss" and root.head.lemma_.lower() in vocab.words("city_possession_nouns"):
        return True  # "Moscow's main airport", "Oslo's mayor": the city's own things
    if (
        root.dep_ == "poss"
        and root.head.pos_ == "PROPN"
        and root.head.lower_ in vocab.relations["sited_institution_heads"]
    ):
        return True  # "Oslo's Institute of Space Studies", "Oslo's Yon Hospital"
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None:
        return False
    if prep.lower_ in vocab.words("place_preps") - {"toward", "towards"}:
        return True  # "a drift towards Washington" leans to a state, not a place
    moving = prep.head.lemma_.lower() in vocab.words("motion_verbs")
    return prep.lower_ in {"to", "toward", "towards"} and moving


def _used_as_actor(doc: Doc, c: Candidate, vocab: Vocab) -> bool:
    """ "Moscow has warned", "Washington's sanctions", "urged Oslo to", "talks between
    Oslo and Rome", "aid for Oslo": the city acts, owns or is dealt with as a state."""
    root = doc[c.start : c.end].root
    if doc[c.start : c.end].text.isupper() or in_dateline(doc, c.start, c.end):
        return False  # a dateline ("MOSCOW, May 3 -"), not an actor
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "between Oslo and Rome": as the first conjunct
    if root.dep_ == "poss":
        return True
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ in {"with", "against", "by", "between"}:
            return True  # "talks with Washington", "sanctions against Moscow"
        if (
            prep.lower_ in {"for", "from"}
            and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() not in vocab.words("envoy_nouns")
        ):
            return True  # "objections from Moscow", "aid for Oslo"; an envoy is posted there
        if (
            prep.lower_ == "to"
            and (prep.head.pos_ == "ADJ" or prep.head.lower_ in {"subordinated", "allied"})
            and prep.head.lower_ not in {"close", "near", "next", "adjacent", "nearby"}
        ):
            return True  # "acceptable to Washington", "subordinated to Moscow"
        return prep.lower_ == "on" and prep.head.lemma_.lower() == "call"  # "calling on Oslo to"
    if root.dep_ == "dobj":  # "urged Oslo to explain", "backed Oslo"
        return root.head.lemma_.lower() in vocab.words("actor_object_verbs")
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if root.head.lemma_ == "be":  # "Tehran is behind ..." acts; "Oslo is a city" does not
        return not any(
            c.dep_ == "attr"
            or (c.dep_ == "acomp" and c.lower_ not in vocab.words("attitude_adjectives"))
            for c in root.head.children
        )  # "Oslo was cautious" acts
    return True


def _listed_apart(short: str, full: str, vocab: Vocab) -> bool:
    """Whether the gazetteer lists the short name as a company of its own that the longer
    name is not."""
    known = vocab.known(short)
    if known is None or known.ambiguous or known.type != "Organization":
        return False
    other = vocab.known(full)
    return other is None or other.name != known.name


def _acting(tok: Token) -> bool:
    """The subject of a verb other than "be": something that does, which a region does not."""
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_ != "be"


def _surname_speaking(doc: Doc, c: Candidate, vocab: Vocab) -> bool:
    """ "Chad said", "told Chad directly": a one-word state name where only a person
    speaks or is spoken to."""
    if c.end - c.start != 1:
        return False
    tok = doc[c.start]
    speech = vocab.words("speech_verbs")
    if tok.dep_ == "nsubj" and tok.head.lemma_ in speech and tok.head.i > tok.i:
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_ == "tell"


def merge_capitals(doc: Doc, groups: list[list[Candidate]], vocab: Vocab) -> list[list[Candidate]]:
    """A capital that is never used as a place ("Moscow warned") joins its country."""
    by_country: dict[str, list[Candidate]] = {}
    for members in groups:
        for c in members:
            name = vocab.country(doc[c.start : c.end].text) if c.type == "Country" else None
            if name:
                by_country[name] = members
    out: list[list[Candidate]] = []
    for members in groups:
        texts = {doc[c.start : c.end].text for c in members}
        country = next((vocab.capital_of(t) for t in texts if vocab.capital_of(t)), None)
        if country and all(
            c.type != "Country" and (c.type != "Person" or (c.weight < 3 and c.end - c.start == 1))
            for c in members
        ):
            # standing for the state ("Moscow warned", "objections from Moscow"), never a place
            as_place = any(_used_as_place(doc, c, vocab) for c in members)
            as_actor = any(_used_as_actor(doc, c, vocab) for c in members)
            if as_actor and not as_place:
                if country in by_country:
                    by_country[country].extend(members)
                    continue
                for c in members:
                    c.type, c.weight = "Country", 3
                by_country[country] = members
        out.append(members)
    return out


CITY_NOUNS = frozenset({"city", "town", "capital", "port", "mayor"})


def city_named(doc: Doc, name: str, vocab: Vocab) -> bool:
    """Whether the text calls the bare name a city: a capital, "the city of Zedsk",
    "Zedsk Mayor X", "mayor of Zedsk", "in Zedsk, the country's second city"."""
    if vocab.capital_of(name):
        return True
    words = name.split()
    n = len(words)
    for t in doc:
        if [w.text for w in doc[t.i : t.i + n]] != words:
            continue
        before = [w.lower_ for w in doc[max(t.i - 2, 0) : t.i]]
        if before[-1:] == ["of"] and before[0] in CITY_NOUNS:
            return True
        after = doc[t.i + n : t.i + n + 8]
        if after[:1].text.lower() in CITY_NOUNS:
            return True
        if after[:1].text == ",":
            for w in after[1:]:
                if w.is_punct and w.text != "-":  # "third-largest city"
                    break
                if w.lower_ in CITY_NOUNS:
                    return True
    return False


def _company_tails(vocab: Vocab) -> frozenset[str]:
    """Words a company's name may end in beyond its own name: a legal form or an industry
    ("Zedoil Oil and Gas", "Western Pacific Railway")."""
    return vocab.words("company_name_tails") | vocab.words("industry_tails")


def _join_short_forms(
    doc: Doc, cands: list[Candidate], texts: list[str], g: _Groups, vocab: Vocab
) -> None:
    """A name that is the start of one longer name introduced before it is that thing:
    "Brixco Resources Ltd ... Brixco", "Zed Aerospace Private Ltd ... Zed Aerospace" (the
    rest is a company's legal or trade tail), "Zedsk Oblast ... Zedsk", "the Ridgeway oil
    field ... Ridgeway" (the rest is a kind of place)."""
    # "Zedoil Oil and Gas ... Zedoil": an industry named after the company's own name
    company_tails = _company_tails(vocab) | vocab.words("firm_tails")  # "Zedburg Research"
    place_tails = (
        vocab.words("region_nouns")
        | vocab.words("place_kind_nouns")
        | vocab.words("location_heads")
        | {"oil", "gas", "air", "naval", "field", "works", "area"}
    )
    first: dict[str, int] = {}
    for c, t in zip(cands, texts, strict=True):
        first[t] = min(first.get(t, c.start), c.start)
    surnames = {
        t.split()[-1] for c, t in zip(cands, texts, strict=True) if c.type == "Person" and " " in t
    }
    for i, c in enumerate(cands):
        short = texts[i].split()
        if (
            c.type in {"Country", "Product"}
            or vocab.state_of(texts[i])
            or (c.type == "Person" and c.weight >= 3)
            or not doc[c.start].text[:1].isupper()
        ):
            continue
        longer = []
        for j, d in enumerate(cands):
            full = texts[j].split()
            if len(full) <= len(short) or full[: len(short)] != short:
                continue
            rest = {w.lower().strip(".") for w in full[len(short) :]}
            if d.type in {"Organization", "GovernmentAgency", "MilitaryUnit"} and rest <= (
                company_tails
            ):
                kind_ok = c.type in {d.type, "Person"} or c.weight < 3
            elif d.type == "Location" and rest <= ADMIN_AREAS and city_named(doc, texts[i], vocab):
                # "the Zedsk region ... the city of Zedsk": a city named like its region
                longer.append((j, False))
                continue
            elif d.type == "Location" and rest <= place_tails:
                # "Zedco ... Zedco Tower": a company named before the building is the owner
                kind_ok = c.type in {"Location", "Person"} or (
                    c.type == "Organization" and first[texts[i]] > d.start
                )
            elif vocab.country(" ".join(full[len(short) :])):
                continue  # "Acme China", a national unit, leaves "Acme" to the parent
            elif (
                d.type == "Organization"
                and c.type in {"Person", "Location"}
                and c.weight < 2
                and len(short) == 1
                and texts[i] not in vocab.given_names
                and texts[i] not in surnames
                and vocab.known(texts[i]) is None
                # "nationalising Zedgold" is the mine; "Zedgold said" the company
                and (c.type == "Person" or _used_as_actor(doc, c, vocab))
            ):
                # "Kestrel Marwood Inc ... Kestrel said": the model's person or place is the
                # firm's first word, when no person of the article bears it and no place is
                # known by it
                longer.append((j, d.start < c.start))
                continue
            else:
                longer.append((j, False))  # another longer name: the short one is ambiguous
                continue
            longer.append((j, kind_ok and d.start < c.start))
        roots = {g.find(j) for j, _ in longer}
        if len(roots) == 1 and all(ok for _, ok in longer) and not _parent_named(doc, i, cands):
            g.union(longer[0][0], i)


def _parent_named(doc: Doc, i: int, cands: list[Candidate]) -> bool:
    """ "Zed Power's parent, Zed Power Holdings": the short name is another company."""
    text = doc[cands[i].start : cands[i].end].text
    return any(
        doc[c.start : c.end].text == text
        and c.end + 1 < len(doc)
        and doc[c.end].tag_ == "POS"
        and doc[c.end + 1].lower_ in {"parent", "owner", "owners"}
        for c in cands
    )


def _known_body(text: str, c: Candidate, vocab: Vocab) -> Known | None:
    """The gazetteer's entry for a candidate; a state's body named without its state
    ("Sweden's Security Service", "Ukrainian forces") is looked up with it."""
    country = c.country
    if (c.key_hint or "").startswith("forces:"):
        country, text = c.key_hint.split(":", 1)[1], "Armed Forces"
    forms = [text]
    if country:
        demonyms = [d.title() for d, n in vocab.country_by_demonym.items() if n == country]
        forms = [f"{d} {text}" for d in demonyms] + [f"{text} of {country}", text]
    for form in forms:
        known = vocab.known(form)
        named = form if form != text else known.name if known is not None else ""
        if known is not None and known.type == c.type and _same_state(named, country, vocab):
            return known
    return None


def _same_state(name: str, country: str | None, vocab: Vocab) -> bool:
    """A body known by name is the one of the state its mention belongs to, if any."""
    if not country:
        return True
    return any(vocab.demonym(w) == country or vocab.country(w) == country for w in name.split())


def _body_start(doc: Doc) -> int:
    """The first token after a headline line (no closing stop, at most 25 words), or 0."""
    first, _, rest = doc.text.partition("\n")
    if not rest or first.rstrip().endswith((".", "!", "?", '"', "”")) or len(first.split()) > 25:
        return 0
    span = doc.char_span(len(first), len(first) + 1, alignment_mode="expand")
    return span.end if span is not None else 0


def _seat(doc: Doc, c: Candidate, vocab: Vocab) -> str:
    """ "in Varna" after "the Norlandic Embassy": one state's embassies in two capitals
    are two bodies."""
    last = " ".join(t.lower_ for t in doc[max(c.start, c.end - 2) : c.end])
    nouns = vocab.words("seated_body_nouns")
    if not (last in nouns or doc[c.end - 1].lower_ in nouns) or c.end + 1 >= len(doc):
        return ""
    if doc[c.end].lower_ != "in" or doc[c.end + 1].pos_ != "PROPN":
        return ""
    end = c.end + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return f"#in {fold(doc[c.end + 1 : end].text)}"


def group(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[list[Candidate]]:
    """Union-find over candidates; returns the groups in order of first mention."""
    g = _Groups(len(cands))
    index = {id(c): i for i, c in enumerate(cands)}
    by_key: dict[str, int] = {}
    texts = [doc[c.start : c.end].text for c in cands]
    for i, c in enumerate(cands):
        keys = []
        country = vocab.country(texts[i]) if c.type == "Country" else None
        # "Chile's Defence Ministry" and "Peru's Defence Ministry" are two bodies
        keys.append(
            f"name:{fold(texts[i])}" + (f"@{c.country}" if c.country else "") + _seat(doc, c, vocab)
        )
        last = doc[c.end - 1]
        if c.end - c.start > 1 and last.is_lower and last.lower_ in LOWER_TAILS:
            # "the Zed Front party" ... "Zed Front"
            keys.append(f"name:{fold(doc[c.start : c.end - 1].text)}")
        full = vocab.entity["place_abbreviations"].get(texts[i].rstrip("."))
        if full and c.type == "Location":
            keys.append(f"name:{fold(full)}")  # "Long Beach, Calif." and "California"
        if country:
            keys.append(f"country:{country}")
        known = _known_body(texts[i], c, vocab)
        if known is not None:
            keys.append(f"known:{known.name}")  # "IAEA" and "International Atomic Energy Agency"
        if c.key_hint:
            keys.append(c.key_hint)
        for k in keys:
            if k in by_key:
                g.union(by_key[k], i)
            else:
                by_key[k] = i
        if c.link is not None and id(c.link) in index:
            g.union(index[id(c.link)], i)
    # a person named in full absorbs mentions of the surname alone
    full_people: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(cands):
        if c.type == "Person" and " " in texts[i]:
            last = texts[i].split()[-1]  # "Volkova-Zed" is three tokens but one word
            full_people[last.lower()].add(g.find(i))  # "al-Zed" ... "Al-Zed said"
            article, _, bare = last.partition("-")
            if bare and article.lower() in vocab.words("surname_articles"):
                full_people[bare.lower()].add(g.find(i))  # "Omar al-Zed" ... "Zed said"
    # where naming goes by another part of the name ("Prime Minister Zewde Alemu ...
    # Zewde said", "Ana Maria Lima da Costa ... Lima said"), that word alone is the one
    # person whose name has it, if no one has it as surname
    name_words: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(cands):
        if c.type == "Person" and c.end - c.start >= 2:
            for t in doc[c.start : c.end - 1]:
                # "Wu Zeming ... Wu said": a short family name given first counts too
                if t.is_title and (len(t) >= 3 or (t.i == c.start and t.is_alpha)):
                    name_words[t.text].add(g.find(i))
    first_at: dict[int, int] = {}
    for i, c in enumerate(cands):
        first_at[g.find(i)] = min(first_at.get(g.find(i), c.start), c.start)
    # the first word of a longer name of a thing: "Hessel Corp ... Hessel said" is the company
    things = {
        texts[j].split()[0]
        for j, d in enumerate(cands)
        if d.type != "Person"
        and " " in texts[j]
        and doc[d.start + 1].tag_ != "POS"
        and not (
            doc[d.start + 1].lower_ in {"and", "&"} and texts[j].split()[0].lower() in full_people
        )
        and d.source != "administration"  # "the Roe administration ... Roe said": the person
    }
    for i, c in enumerate(cands):
        if c.type == "Country" and _surname_speaking(doc, c, vocab):
            roots = {g.find(r) for r in full_people.get(texts[i].lower(), set())}
            if len(roots) == 1 and first_at.get(next(iter(roots)), len(doc)) < c.start:
                c.type = "Person"  # "Chief Executive Tom Chad ... Chad said": the man
                g.union(next(iter(roots)), i)
                continue
        if " " not in texts[i] and c.type in {"Person", "Organization", "Product", "Location"}:
            roots = {g.find(r) for r in full_people.get(texts[i].lower(), set())}
            if texts[i] in things and (c.type != "Person" or c.weight < 3):
                continue
            if len(roots) > 1 and c.type in {"Person", "Organization"}:
                # two people share the surname ("Jan Doe ... his wife Eva Doe ... Doe said"):
                # the surname alone is the one the article introduced first
                first = min(roots, key=lambda r: first_at.get(r, len(doc)))
                if first_at.get(first, len(doc)) < c.start:
                    roots = {first}
            if len(roots) == 1:
                g.union(next(iter(roots)), i)
                if c.type == "Organization" and c.weight < 3:
                    c.type = "Person"  # "Doe's party": Jane Doe's, not a company named Doe
            elif not roots and c.type in {"Person", "Organization"}:
                firsts = {g.find(r) for r in name_words.get(texts[i], set())}
                if len(firsts) > 1:  # "Kim Jong Un ... his daughter Kim Ju Ae ... Kim said"
                    first = min(firsts, key=lambda r: first_at.get(r, len(doc)))
                    if first_at.get(first, len(doc)) < c.start:
                        firsts = {first}
                if len(firsts) == 1:
                    g.union(next(iter(firsts)), i)
    # a longer name's last words ("Ana Lopez Garcia" ... "Lopez Garcia said", "Sheikh Omar
    # bin Saleh" ... "Omar bin Saleh") and a nickname in quotes inside it ('Juan "El Zorro"
    # Ruiz' ... "El Zorro") name the one person who has them
    people = [(j, texts[j].split()) for j, d in enumerate(cands) if d.type == "Person"]
    nicknames: dict[str, set[int]] = defaultdict(set)
    for j, _ in people:
        for m in re.finditer(r'["“]([^"”]{2,30})["”]', texts[j]):
            nicknames[m.group(1)].add(g.find(j))
    for i, c in enumerate(cands):
        if c.type not in {"Person", "Organization"}:
            continue
        words = texts[i].split()
        roots = set(nicknames.get(texts[i], set()))
        if len(words) >= 2:
            roots |= {
                g.find(j)
                for j, full in people
                if len(full) > len(words)
                # "Anna von der Zedde" ... "Von der Zedde said", capitalised to open a sentence
                and [w.lower() for w in full[-len(words) :]] == [w.lower() for w in words]
            }
            # a monarch's name without its number: "King Olaf V ... King Olaf said"
            titled = words[1:] if words[0].lower() in vocab.roles else words
            roots |= {
                g.find(j)
                for j, full in people
                if full[-1:] != words[-1:]
                and [w for w in full[:-1] if w.lower() not in vocab.roles] == titled
                and REGNAL_NUMBER.fullmatch(full[-1])
                and c.type == "Person"
            }
        if len(roots) == 1 and next(iter(roots)) != g.find(i):
            g.union(next(iter(roots)), i)
    # acronyms against the initials of a full name; "Globex" / "Globex Corp";
    # "Treasury" / "UK Treasury Department"; "Defence Ministry" / "Ministry of Defence"
    body = _body_start(doc)  # a headline's short name ("Acme to buy Zed") introduces nothing
    cores = [core_name(doc, c, vocab) for c in cands]
    quals: dict[int, set[str]] = defaultdict(set)
    for i, c in enumerate(cands):
        q = _qualifier(doc, c, vocab)
        if q:
            quals[g.find(i)].add(q)

    by_core: dict[str, set[str]] = defaultdict(set)
    for i, core in enumerate(cores):
        if core:
            by_core[core].add(texts[i])
    core_partner = [bool(cores[i]) and len(by_core[cores[i]]) > 1 for i in range(len(cands))]

    seats = [_seat(doc, c, vocab) for c in cands]

    def compatible(a: int, b: int) -> bool:
        qa, qb = quals.get(g.find(a), set()), quals.get(g.find(b), set())
        if seats[a] and seats[b] and seats[a] != seats[b]:
            return False
        return not qa or not qb or qa == qb

    def join(a: int, b: int) -> None:
        merged = quals.get(g.find(a), set()) | quals.get(g.find(b), set())
        g.union(a, b)
        quals[g.find(a)] = merged

    tails = _company_tails(vocab)
    for i, c in enumerate(cands):
        t = texts[i]
        single = c.end - c.start == 1
        for j, d in enumerate(cands):
            if i == j or g.find(i) == g.find(j):
                continue
            if c.type == "Person" or d.type == "Person" or "Country" in {c.type, d.type}:
                continue
            national = [bool(vocab.demonym(texts[k].split()[0])) for k in (i, j)]
            if (
                cores[i]
                and cores[i] == cores[j]
                and (c.type == d.type or min(c.weight, d.weight) < 3)
                and compatible(i, j)
                # "American Acme" is Acme's national arm, not Acme; "China Acme Group" is Acme
                and not ({c.type, d.type} == {"Organization"} and national[0] != national[1])
            ):
                join(j, i)
                continue
            if d.end - d.start < 2 or not single or d.source == "administration":
                continue  # "Roe" is not "the Roe administration"
            words = [w.text for w in doc[d.start : d.end]]
            while words and (vocab.state_of(words[0]) or words[0] == "the"):
                words = words[1:]
            full = [w.text for w in doc[d.start : d.end]]
            # "Western Pacific Railway ... WP": the company's initials without its kind
            core = words[:-1] if words and words[-1].lower().rstrip(".") in tails else []
            if (
                is_acronym(t)
                and len(words) >= 2
                and t.replace(".", "")
                in {
                    _initials(words),
                    _initials(full),
                    _initials(core) if len(core) >= 2 and d.type == "Organization" else "",
                }
                - {""}
            ):
                g.union(j, i)
                continue
            if (
                words
                and words[0] == t
                and not core_partner[i]  # "Evergrande" is "China Evergrande Group" already
                and (
                    c.type != "Location"
                    # "Northwest Zedair ... Northwest cancelled": a company acts, a place not
                    or (c.weight < 3 and c.end - c.start == 1 and _acting(doc[c.start]))
                )
                and d.type in {"Organization", "MilitaryUnit", "GovernmentAgency"}
                # "American Acme (Vehicles)" is a national unit of Acme, not Acme
                and not (vocab.state_of(full[0]) and len(words) < 2)
                # "Acme Norland ... Acme": a listed company is itself, not its unit
                and not _listed_apart(t, texts[j], vocab)
                and not _parent_named(doc, i, cands)
                and (
                    all(w.lower() in GENERIC_TAILS for w in words[1:])
                    # a weak short form names the longer one introduced before it; one that
                    # comes first is the parent ("Acme ... Acme Web Services")
                    or (
                        c.weight < 3
                        and not vocab.state_of(full[0])
                        and d.start
                        < min(
                            (
                                e.start
                                for e, x in zip(cands, texts, strict=True)
                                if x == t and e.start >= body
                            ),
                            default=c.start,
                        )
                    )
                )
                and sum(
                    1
                    for e in cands
                    if t in {doc[e.start].text, doc[e.end - 1].text}  # "Royal Acme", "Acme Web"
                    and e.end - e.start >= 2
                    and texts[cands.index(e)] != texts[j]
                    # "Acme Airlines Pilots Association" is named after Acme Airlines
                    and not texts[cands.index(e)].startswith(texts[j] + " ")
                    and not vocab.country(doc[e.start + 1 : e.end].text)  # "Acme China": a unit
                )
                == 0
            ):
                g.union(j, i)
    _join_short_forms(doc, cands, texts, g, vocab)
    # "the Commission" for the one "European Commission" of the article
    last_words: dict[str, set[int]] = defaultdict(set)
    for j, d in enumerate(cands):
        if d.type == "Organization" and all(
            vocab.demonym(t.text) for t in doc[d.start : d.end - 1]
        ):
            continue  # "American Acme" is Acme's national arm, not Acme
        if d.end - d.start >= 2 and d.type in {"Organization", "GovernmentAgency", "MilitaryUnit"}:
            last_words[doc[d.end - 1].text].add(g.find(j))
    for i, c in enumerate(cands):
        if c.end - c.start == 1 and c.type in {"Organization", "GovernmentAgency", "MilitaryUnit"}:
            roots = last_words.get(texts[i], set())
            if len(roots) == 1 and doc[c.start].is_title:
                g.union(next(iter(roots)), i)
    # "Park" for "Park Ji Won" when no other full name starts or ends with it
    first_people: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(cands):
        if c.type == "Person" and c.end - c.start >= 2:
            first_people[doc[c.start].text].add(g.find(i))
    for i, c in enumerate(cands):
        if c.end - c.start == 1 and c.type == "Person" and texts[i].lower() not in full_people:
            roots = {g.find(r) for r in first_people.get(texts[i], set())}
            if len(roots) == 1 and g.find(i) not in roots:
                g.union(next(iter(roots)), i)
    # a product named without its brand: "747 MAX 8" / "Acme 747 MAX 8", "Z3s" / "Acme Z3"
    for i, c in enumerate(cands):
        if c.type != "Product":
            continue
        short = fold(texts[i])
        singular = short[:-1] if short.endswith("s") else short
        for j, d in enumerate(cands):
            if i != j and d.type == "Product" and d.end - d.start > c.end - c.start:
                long = fold(texts[j])
                if long.endswith(" " + short) or long.endswith(" " + singular):
                    g.union(i, j)
                    break
    # "Taliban" / "Talibans", "Orbiter" / "Orbiters"
    folds = [fold(t) for t in texts]
    by_fold: dict[str, list[int]] = defaultdict(list)
    for j, f in enumerate(folds):
        by_fold[f].append(j)
    for i, c in enumerate(cands):
        for j in by_fold.get(folds[i] + "s", []):
            d = cands[j]
            if (
                i != j
                and not (c.type == "Person" and d.type == "Person")
                and "Country" not in {c.type, d.type}
            ):
                g.union(i, j)
    # apposition of two names: "Norway's navy, the Royal Norwegian Navy"
    for i, c in enumerate(cands):
        for j, d in enumerate(cands):
            if d.start <= c.end or d.start > c.end + 3 or doc[c.end].text != ",":
                continue
            root = doc[d.start : d.end].root
            if root.dep_ != "appos" or not (c.start <= root.head.i < c.end):
                continue
            if any(g.dep_ == "conj" for g in root.children) or (
                d.end + 1 < len(doc)
                and doc[d.end].lower_ in {",", "and", "or"}
                and doc[d.end + 1].text[:1].isupper()
            ):
                continue  # "Facegram, Instabook and Whatsit": a list, not one thing twice
            if doc[d.start - 1].text == "," and any(
                g.dep_ == "conj" and g.i >= d.end for g in root.head.children
            ):
                continue  # "A, Brixco, which runs X, and C": the list goes on after it
            if {c.type, d.type} & {"Person", "Country", "Location"}:
                continue
            if c.type != d.type and "Product" in {c.type, d.type}:
                continue  # a platform in apposition to a body is two things
            if c.type == d.type or min(c.weight, d.weight) < 3 or c.key_hint:
                g.union(i, j)
    # "Israeli forces" and the one named force of that state ("Israel Defense Forces")
    vocab_forces = {"forces", "force", "army", "military"}
    whole = vocab.words("whole_forces_words")
    for i, c in enumerate(cands):
        if not (c.key_hint or "").startswith("forces:"):
            continue
        country = (c.key_hint or "").split(":", 1)[1]
        named = {
            g.find(j)
            for j, d in enumerate(cands)
            if d.type == "MilitaryUnit"
            and not d.key_hint
            and doc[d.end - 1].lower_ in vocab_forces
            # only a name for the whole forces: not a branch ("the Norlandic Air Force") nor
            # a rebel army named after the state ("Norland Democratic Alliance Army")
            and all(
                t.lower_ in whole or vocab.state_of(t.text) or t.lower_ in {"of", "the", "-"}
                for t in doc[d.start : d.end - 1]
            )
            and any(
                vocab.country(t.text) == country or vocab.demonym(t.text) == country
                for t in doc[d.start : d.end]
            )
        }
        if len(named) == 1:
            g.union(next(iter(named)), i)
    _regulator_descriptions(doc, cands, g, vocab)
    # "the Keystone pipeline" / "Keystone": a name and the same name with its kind noun
    kinds = vocab.words("facility_nouns") | vocab.words("product_nouns")
    by_text: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(texts):
        by_text[t].append(i)
    for j, d in enumerate(cands):
        words = texts[j].split()
        if len(words) >= 2 and words[-1].lower() in kinds and d.type != "Person":
            for i in by_text.get(" ".join(words[:-1]), []):
                # "Acme" the company and "Acme Wallet" its product are two things
                if (
                    cands[i].type not in {"Country"}
                    and not vocab.capital_of(texts[i])
                    and not (
                        cands[i].type == "Organization"
                        and (d.type == "Product" or (d.type == "Location" and cands[i].weight >= 2))
                    )
                ):  # nor "its subsidiary Zedoil" and "the Zedoil refinery"
                    g.union(j, i)
                    d.weight = max(d.weight, 3)  # the kind noun says what the thing is
    # "X, formerly Y"
    for i, c in enumerate(cands):
        after = doc[c.end : c.end + 5].text.lower()
        for cue in RENAME_CUES:
            if cue in ALIAS_CUES and not after.startswith(","):
                continue  # "the Zed district known as the Bunker": a place in it
            if re.match(rf"^,?\s*{cue}\b", after):
                for j, d in enumerate(cands):
                    if d.start > c.end and d.start <= c.end + 5:
                        if (
                            cue in ALIAS_CUES
                            and d.end - d.start > 1
                            and doc[d.start].text == doc[c.start].text
                        ):
                            break  # "Acme Inc's software, known as Acme Bleed": named after it
                        possessive = d.end < len(doc) and doc[d.end].tag_ == "POS"
                        same_kind = (c.type == "Person") == (d.type == "Person")
                        if not possessive and (same_kind or min(c.weight, d.weight) < 3):
                            # not "Jane Roe, formerly Acme's head of sales": her old employer
                            g.union(i, j)
                        break
                break
    _alias_clauses(doc, cands, g, vocab)
    groups: dict[int, list[Candidate]] = defaultdict(list)
    for i, c in enumerate(cands):
        groups[g.find(i)].append(c)
    merged = merge_capitals(doc, list(groups.values()), vocab)
    return sorted(merged, key=lambda cs: min(c.start for c in cs))


def _regulator_descriptions(doc: Doc, cands: list[Candidate], g: _Groups, vocab: Vocab) -> None:
    """ "the Chinese regulator", "Norland's antitrust watchdog": a description of the one
    regulator the article names ("the State Administration for Market Regulation")."""
    described = vocab.words("regulator_descriptions")
    heads = vocab.words("regulator_heads")
    named = [
        j
        for j, d in enumerate(cands)
        if d.type == "GovernmentAgency"
        and d.source != "generic-agency"
        and doc[d.end - 1].lower_ in heads
    ]
    for i, c in enumerate(cands):
        if c.source != "generic-agency" or doc[c.end - 1].lower_ not in described:
            continue
        state = vocab.state_of(doc[c.start].text)
        roots = {g.find(j) for j in named}
        if len(roots) > 1 and state:
            # "the Pakistani regulator": of several, the one whose name has the state
            roots = {
                g.find(j)
                for j in named
                if any(vocab.state_of(t.text) == state for t in doc[cands[j].start : cands[j].end])
            }
        if len(roots) == 1:
            g.union(next(iter(roots)), i)


def _alias_clauses(doc: Doc, cands: list[Candidate], g: _Groups, vocab: Vocab) -> None:
    """ "Zed Group, which Acme tracks as Storm-9 and Brix calls Ember Fox": the names
    others give a group are the group's own."""
    at = {t: i for i, c in enumerate(cands) for t in range(c.start, c.end)}
    verbs = vocab.words("alias_verbs")
    for i, c in enumerate(cands):
        if c.type in {"Person", "Country"}:
            continue
        root = doc[c.start : c.end].root
        clauses = [t for t in root.children if t.dep_ == "relcl" and t.lemma_.lower() in verbs]
        if not clauses:
            continue
        end = next((t.i for t in doc[clauses[0].i :] if t.text in {",", ";", "."}), len(doc))
        # "which Acme tracks as X and Brix calls Y", however the second verb was parsed
        for verb in [t for t in doc[clauses[0].i : end] if t.lemma_.lower() in verbs]:
            names = [t for t in verb.children if t.dep_ in {"oprd", "dobj", "xcomp", "ccomp"}]
            names += [  # "tracks as X", with or without X parsed as the object of "as"
                doc[p.i + 1]
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "as" and p.i + 1 < len(doc)
            ]
            for t in names:
                j = at.get(t.i)
                if j is not None and j != i and cands[j].type != "Country":
                    g.union(i, j)


def group_type(doc: Doc, members: list[Candidate]) -> str:
    """Weighted vote over the members' types; a named state stays a Country.

    A one-word "person" never named in full is weak evidence: news introduce
    people with their full names, so a lone "Globex" is more likely a company.
    """
    votes: Counter[str] = Counter()
    texts = [doc[c.start : c.end].text for c in members]
    lone_person = not any(
        c.type == "Person" and " " in t for c, t in zip(members, texts, strict=True)
    )
    for c, t in zip(members, texts, strict=True):
        weight = float(c.weight)
        if c.type == "Person" and lone_person and c.weight < 3:
            weight *= 0.4
        elif c.type == "Person" and " " in t:
            weight *= 2  # a full "First Last" name
        votes[c.type] += weight
    if any(c.type == "Country" and c.weight >= 3 for c in members):
        return "Country"
    placed = any(
        (c.type == "Location" and c.weight >= 2) or (c.type == "Organization" and c.weight >= 3)
        for c in members
    )
    if any(
        c.type == "Person" and (c.weight >= 3 or (" " in doc[c.start : c.end].text and not placed))
        for c in members
    ):
        return "Person"  # a titled or full "First Last" name, unless the context places it
    strong = {c.type for c in members if c.weight >= 3}
    if len(strong) == 1:
        return strong.pop()  # a rule's typing ("the X pipeline") over the model's labels
    return votes.most_common(1)[0][0]


def canonical_name(doc: Doc, members: list[Candidate], typ: str, vocab: Vocab) -> str:
    """Stable name: full person name, listed country name, acronym after a description."""
    texts = [doc[c.start : c.end].text for c in members]
    if typ == "Product":  # "the Zed Typhoons flown by ...": the product, in the singular
        texts = [_singular_product(t, vocab) for t in texts]
    if typ == "Country":
        for t in texts:
            if vocab.country(t):
                return vocab.country(t) or t
        for t in texts:
            if vocab.capital_of(t):
                return vocab.capital_of(t) or t
        for c in members:  # "the Turkish state"
            if c.key_hint and c.key_hint.startswith("country:"):
                return c.key_hint.split(":", 1)[1]
    hints = [c.key_hint for c in members if c.key_hint and c.key_hint.startswith("forces:")]
    if hints:
        country = hints[0].split(":", 1)[1]
        proper = [
            t for c, t in zip(members, texts, strict=True) if c.source == "unit" and t.istitle()
        ]
        if proper:
            return max(proper, key=len)
        dem = next(
            (d for d, n in vocab.country_by_demonym.items() if n == country and not d.isupper()),
            None,
        )
        return f"{dem.title()} Armed Forces" if dem else f"Armed Forces of {country}"
    descriptive = any(c.descriptive for c in members)
    proper = [t for c, t in zip(members, texts, strict=True) if not c.descriptive]
    if not proper:
        return max(texts, key=len)
    if descriptive:
        acr = [t for t in proper if is_acronym(t)]
        if acr:
            return Counter(acr).most_common(1)[0][0]
    if typ == "Person":
        return max(proper, key=lambda t: (len(t.split()), len(t)))
    non_acr = [t for t in proper if not is_acronym(t)]
    pool = non_acr or proper
    name = max(pool, key=lambda t: (len(t.split()), pool.count(t), len(t)))
    if typ == "Organization" and name.endswith(" party") and len(name.split()) > 1:
        name = name.removesuffix(" party")  # "the Zed Revolution party" is Zed Revolution
    return name


def _singular_product(text: str, vocab: Vocab) -> str:
    known = vocab.known(text)
    return known.name if known is not None and known.name + "s" == text else text


def _owner_country(doc: Doc, members: list[Candidate], vocab: Vocab) -> str | None:
    """The state a generically named body belongs to: "Peru's Trade Ministry"."""
    for c in members:
        if c.source != "forces" and not is_generic_body(doc[c.start : c.end], vocab):
            return None
    for c in members:
        owner = possessor_state(doc, c.start)
        if owner:
            return owner[0]
        if c.start >= 1 and (vocab.demonym(doc[c.start - 1].text)):
            return vocab.demonym(doc[c.start - 1].text)
    return None


def _possessed_form(doc: Doc, c: Candidate, vocab: Vocab) -> str | None:
    """ "Norland's foreign ministry" for a body named after a state's possessive.

    The entity's name is built as "Norlandic foreign ministry" so that articles
    agree on it; the possessive form is how the text (and a reader) names it.
    """
    owner = possessor_state(doc, c.start)
    if owner is None:
        return None
    if c.source != "forces" and not is_generic_body(doc[c.start : c.end], vocab):
        return None
    return doc[owner[1] : c.end].text


def country_prefix(country: str, vocab: Vocab) -> str:
    """ "US" for the United States, "Ukrainian" for Ukraine: a qualifier for a generic name."""
    short = [a for a, n in vocab.country_by_name.items() if n == country and len(a) == 2]
    if short:
        return short[0].upper()
    dem = [d for d, n in vocab.country_by_demonym.items() if n == country]
    return dem[0].title() if dem else country


def build_entities(
    doc: Doc, cands: list[Candidate], vocab: Vocab
) -> tuple[list[Entity], dict[int, str]]:
    """Entities of the article and a map from token index to entity key."""
    entities: list[Entity] = []
    token_map: dict[int, str] = {}
    for n, members in enumerate(group(doc, cands, vocab), 1):
        typ = group_type(doc, members)
        if not any(
            c.country
            or c.source == "portfolio"
            or any(ch.isupper() for ch in doc[c.start : c.end].text)
            for c in members
        ):  # a description alone names nothing, unless it is a state's body
            continue
        key = f"e{n}"
        name = canonical_name(doc, members, typ, vocab)
        if any(c.source == "generic-agency" for c in members):
            name = re.sub(r"['’]s\b", "", name)  # "Bavaria's interior ministry"
            first, _, rest = name.partition(" ")
            if rest and vocab.country(first) and not vocab.demonym(first):
                name = f"{country_prefix(vocab.country(first) or first, vocab)} {rest}"
        if name.endswith(".") and name.count(".") == 1:
            name = name[:-1]  # "the app Zed." at a sentence end
        if typ == "Product" and re.search(r"\d[A-Z]?s$", name):
            name = name[:-1]  # "Zed 737-800s", "Zed-16s": the model, not the plural
        if typ in {"Location", "Country"} and name.isupper() and len(name) > 3 and " " not in name:
            name = name.title()  # a dateline: "OSLO, May 3 -"
        country = next((c.country for c in members if c.country), None)
        if not country and typ in {"GovernmentAgency", "MilitaryUnit"}:
            country = _owner_country(doc, members, vocab)
        if (
            country
            and typ in {"GovernmentAgency", "MilitaryUnit"}
            and not any(vocab.state_of(w) for w in name.split())
        ):
            name = f"{country_prefix(country, vocab)} {name}"
        mentions = []
        aliases: list[str] = []
        for c in sorted(members, key=lambda c: c.start):
            span = doc[c.start : c.end]
            mentions.append(Mention(span.text, span.start_char, span.end_char))
            if span.text != name and span.text not in aliases:
                aliases.append(span.text)
            owned = _possessed_form(doc, c, vocab)
            if owned and owned != name and owned not in aliases:
                aliases.append(owned)  # "Norland's foreign ministry", as the text says it
            bare = doc[c.start : c.end - 1]
            if (
                c.source == "place-noun"
                and len(bare) > 0
                and doc[c.end - 1].lower_ in vocab.words("region_nouns")
                and bare.text not in aliases
            ):
                aliases.append(bare.text)  # "the Zedia region": the region is "Zedia" too
            kinds = vocab.words("region_nouns") | vocab.words("facility_after")
            for said in (doc[c.end : c.end + 2], doc[c.end : c.end + 1]):
                # "Zedia region", "Zed dam", "the Zed gas field", "Zed LNG terminal" as said
                if (
                    typ == "Location"
                    and len(said)
                    and said[-1].is_lower
                    and said.text.lower() in kinds
                    and f"{span.text} {said.text}" not in aliases
                ):
                    aliases.append(f"{span.text} {said.text}")
                    break
            for i in range(c.start, c.end):
                token_map[i] = key
            known = vocab.listed(span.text)
            if (
                known is not None
                and known.type == typ
                and known.name != name
                and known.name not in aliases
                and _same_state(known.name, country, vocab)
            ):
                aliases.append(known.name)  # links "IAEA" here to the full name in other articles
        entities.append(Entity(key=key, name=name, type=typ, mentions=mentions, aliases=aliases))
    _name_seats(doc, entities, token_map, vocab)
    return entities, token_map


def _name_seats(doc: Doc, entities: list[Entity], token_map: dict[int, str], vocab: Vocab) -> None:
    """Name a mission or court after its seat: "the Norlandic Embassy in Varna".

    A state keeps an embassy in many capitals, and courts of one kind sit in many
    cities; named without the seat, the embassies of one state in two capitals
    would become one node across articles.
    """
    by_key = {e.key: e for e in entities}
    seat_nouns = vocab.words("seated_body_nouns")
    for e in entities:
        if e.type not in {"GovernmentAgency", "Organization", "Location"}:
            continue
        seats: dict[str, list[str]] = {}
        for m in e.mentions:
            span = doc.char_span(m.start, m.end)
            if span is None or not any(
                " ".join(t.lower_ for t in span[-n:]) in seat_nouns for n in (1, 2)
            ):
                continue
            at = span.end
            if at + 2 >= len(doc) or doc[at].lower_ not in {"in", "to"}:
                continue
            first = at + 1 + (doc[at].lower_ == "to" and doc[at + 1].lower_ == "the")
            place = by_key.get(token_map.get(first, ""))
            # "the embassy in Varna"; "its mission to the United Nations", "embassy to Norland"
            hosts = {"in": {"Location", "Country"}, "to": {"Country", "Organization"}}
            if place is None or place.type not in hosts[doc[at].lower_]:
                continue
            pm = next((p for p in place.mentions if p.start == doc[first].idx), None)
            if pm is None:
                continue
            seat = f"{doc[at].lower_} {doc.text[doc[at + 1].idx : doc[first].idx]}{place.name}"
            seats.setdefault(seat, []).append(doc.text[m.start : pm.end])
            if span.start >= 2 and doc[span.start - 1].tag_ == "POS":
                seats[seat].append(doc.text[doc[span.start - 2].idx : pm.end])
        if len(seats) != 1:
            continue  # none, or one name for missions in two cities: leave it as the text has it
        (seat, forms), old = next(iter(seats.items())), e.name
        e.name = f"{old} {seat}"
        e.aliases = [a for a in dict.fromkeys([old, *e.aliases, *forms]) if a != e.name]
