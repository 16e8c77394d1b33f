"""Entity candidates: the model's named entities, retyped and trimmed, plus rule matches.

The small English model confuses companies with people, cities with
countries and products with organisations, and misses military units and
descriptions introduced with an acronym.  This module turns `doc.ents` and a
few linguistic patterns into typed candidate mentions (spans over tokens);
`resolve.py` then groups them into one entity per real-world thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.nlp.furniture import in_ranges
from kg.nlp.lookup import dateline_places, doc_text, place_group, possessor_state
from kg.nlp.vocab import Vocab, fold

DROP_LABELS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "LAW"}
)
# labels under which an ambiguous gazetteer form ("Patriot", "Apple") is taken as the known thing
KNOWN_AMBIGUOUS_LABELS = frozenset({"ORG", "PRODUCT", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART"})
NAME_LINKERS = frozenset({"of", "the", "and", "for", "&", "de", "on", "in", "-"})
TRAILING_PARTICLES = frozenset({"von", "van", "der", "den", "du", "di", "da", "del", "le", "la"})
NAME_PARTICLES = TRAILING_PARTICLES | {"de", "dos", "das", "do"}  # "Ana de la Cruz"
ROMANCE_LINKERS = frozenset({"y", "e", "para", "el", "de", "del", "do", "da", "dos", "das"})
ORDINAL_RE = re.compile(
    r"^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[IVX]+)$",
    re.I,
)
PLACE_ON_RIVER_RE = re.compile(r"^[A-Z][\w'’]+-(?:on|upon|sur|am|an|en)-[A-Z][\w'’]+$")
CURRENCY_WORDS = frozenset(
    {"euros", "euro", "dollars", "pounds", "yuan", "yen", "rupees", "roubles", "rubles", "francs"}
)
DECADE_RE = re.compile(r"^['’]?\d+['’]?s$")
ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z0-9&.\-]{0,9}$")


@dataclass(eq=False)
class Candidate:
    """A typed mention before grouping: token span [start, end) of the doc."""

    start: int
    end: int
    type: str
    weight: int  # how sure the typing is: 1 model label, 2 context, 3 rule
    source: str
    key_hint: str | None = None  # forces grouping with others of the same hint
    descriptive: bool = False  # a common-noun description ("the state security agency")
    link: Candidate | None = None  # a candidate this one names as well (acronyms)
    country: str | None = None  # the state a generic body name belongs to ("Norway's Navy")

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        bool(ACRONYM_RE.match(text))
        and len(letters) >= 2
        and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
    )


def trim(
    doc: Doc, start: int, end: int, vocab: Vocab, names: frozenset[str] = frozenset()
) -> tuple[int, int, int | None]:
    """Strip a leading determiner, a country possessor and a trailing possessive.

    Returns the new (start, end) and, where a country possessor was cut off
    ("Poland's 12th ..."), the token index where that country mention starts.
    """
    possessor: int | None = None
    # never run across a line break or a bracket
    for i in range(start, end):
        if (doc[i].is_space or doc[i].text in {"(", ")"}) and i > start:
            end = i
            break
        if "\n" in doc[i].whitespace_ and i + 1 < end:
            end = i + 1
            break
    honorifics = vocab.words("honorifics")
    bodies = vocab.words("agency_heads") | vocab.words("org_heads") | vocab.words("military_heads")
    if any(t.lower_ in bodies for t in doc[start + 1 : end]):
        # "the Supreme Court", "the Supreme Court of Justice"
        honorifics = honorifics - {"supreme", "rear", "vice"}
    while start < end and _maker_participle(doc[start], vocab):
        start += 1  # "U.S.-made ballistic missile": the maker's participle is no name
    if start < end and all(t.is_lower for t in doc[start:end]):
        start = end
    while (
        start < end
        and (
            doc[start].lower_ in {"the", "a", "an", "his", "her", "its", "their"}
            or (doc[start].lower_.rstrip(".") in honorifics and end - start > 1)
            or (  # "Justice Jane Roe", not "Justice Department"
                doc[start].lower_ == "justice"
                and end - start > 2
                and doc[start + 1].text in vocab.given_names
            )
            or (doc[start].text == "." and start > 0 and doc[start - 1].lower_ in honorifics)
            # "Crown Prince Jan Roe": the heir's title; a bare "Prince Harry" keeps his
            or doc[start : start + 2].text == "Crown Prince"
            or (doc[start].text == "Prince" and start > 0 and doc[start - 1].text == "Crown")
        )
    ):
        start += 1
    j = start  # "Dutch company Acme Group": the description is not part of the name
    while j < end - 1 and (doc[j].is_lower or vocab.demonym(doc[j].text)) and doc[j].is_alpha:
        j += 1
    if (
        j > start
        and j < end
        and any(t.is_lower for t in doc[start:j])
        and doc[j].is_title
        and not (j == start + 1 and doc[start].lower_ in vocab.words("name_particles"))
    ):
        start = j  # but "al Zedda": a particle opens the name
    for i in range(start, end - 1):
        if doc[i].tag_ == "POS" or doc[i].lower_ in {"'s", "’s"}:
            owner = doc[start:i].text
            elsewhere = doc_text(doc).count(owner) >= 2 and all(
                t.text[:1].isupper() for t in doc[start:i]
            )
            known = vocab.known(owner)
            if (
                i > start
                and i + 1 < end
                and (vocab.country(owner) or owner in names or elsewhere or known is not None)
            ):
                possessor = start
                start = i + 1
            break
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in {"on", "in", "at", "near", "off"} and vocab.country(
            doc[i + 1 : end].text
        ):
            end = i  # "Zedport on Norland's coast": the place is before the preposition
            break
    if doc[end - 1].lower_ == "ago":  # "the Atlantic two weeks ago": a time, not the name's
        cut = next((i for i in range(start + 1, end) if doc[i].is_lower or doc[i].like_num), end)
        end = cut
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in {"'s", "’s"} or doc[end - 1].is_punct
    ):
        end -= 1
    if (
        end < len(doc)
        and end - start > 1
        and doc[end].is_title
        and f"{doc[end - 1].lower_} {doc[end].lower_}" in vocab.roles
    ):
        end = start  # "Energy Cabinet" + "Secretary X": a title, no body's name
    if (
        end - start > 2
        and doc[end - 1].lower_ in CURRENCY_WORDS
        and doc[end - 2].like_num | (doc[end - 2].lower_ in {"million", "billion", "trillion"})
    ):
        end -= 1  # "fined Google 325 million euros"
    while (
        end - start > 1
        and doc[end - 1].lower_ in {"million", "billion", "trillion"}
        and doc[end - 2].like_num
    ):
        end -= 2  # "fined Google 325 million euros": the sum is no part of the name
        while end > start + 1 and doc[end - 1].like_num:
            end -= 1
        if any(ch in "$€£¥" for ch in doc[start:end].text):
            end = start  # "US$ 9 billion": a sum, no name at all
    while start < end and doc[start].is_punct:
        start += 1
    if (
        end - start > 1
        and doc[start].is_sent_start
        and doc[start].lower_ in vocab.words("relational_nouns")
        and doc[start + 1].text[:1].isupper()
    ):
        start += 1  # "Rival Zedair, ...": a sentence-initial kind word is not in the name
    if all(t.lower_.rstrip(".") in honorifics or t.is_punct for t in doc[start:end]):
        start = end  # "Rear Adm.", "Supreme": a title the model took for a name
    while end - start > 1 and doc[end - 1].lower_ in NAME_LINKERS | TRAILING_PARTICLES:
        end -= 1  # "Court of", "Council for Trade and", "... von der"
    while (
        end - start > 1
        and doc[end - 1].is_lower
        and doc[end - 1].is_alpha
        and doc[end - 1].dep_ in {"compound", "amod"}
        and doc[end - 1].head.i >= end
        and doc[end - 1].head.is_lower
        and doc[end - 1].lower_ not in bodies  # "Russian navy ships": the navy's
    ):
        end -= 1  # "Zedfin V5 sea drones": the kind of thing after a name is not in it
    while (  # "Zed Chief Executive Officer Jane Roe": every title word goes
        end - start > 1
        and end < len(doc)
        and doc[end - 1].is_title
        and doc[end - 1].lower_ in vocab.roles
        and (doc[end].lower_ == "and" or (doc[end].pos_ == "PROPN" and doc[end].is_title))
    ):
        end -= 1  # "Acme Chair and CEO Jane Roe": the title of the name after it
    while (
        end - start > 2
        and doc[end - 2].text in {"-", "–"}
        and doc[end - 1].is_lower
        and doc[end - 1].tag_ in {"VBN", "VBD"}
    ):
        end -= 2  # "the Acme Group-owned airline": the owner, not "Acme Group-owned"
    # hyphenated names the tokenizer split: "Stratford-upon-Avon", "MIM-104"; not two
    # names the gazetteer knows apart ("the Norland-Zedland war")
    while (
        end + 1 < len(doc)
        and doc[end - 1].whitespace_ == ""
        and doc[end].text in {"-", "–"}
        and doc[end].whitespace_ == ""
        and doc[end + 1].is_alpha
        and not _known_apart(doc[start:end].text, doc[end + 1].text, next_word(doc, end + 2), vocab)
        and (
            doc[end + 1].text[:1].isupper()
            or doc[end + 1].lower_ in {"on", "upon", "sur", "am", "de"}
            or (  # "Kim Dae-jung", but not "Ortega-brokered"
                doc[end - 1].ent_type_ == "PERSON"
                and len(doc[end + 1]) <= 6
                and doc[end + 1].is_lower
                and not doc[end + 1].lower_.endswith("ed")
            )
        )
    ):
        end += 2
        if (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and doc[end - 1].lower_ in {"on", "upon", "sur", "am", "de"}
        ):
            end += 2
    while (
        start >= 2
        and doc[start - 1].text in {"-", "–"}
        and doc[start - 1].whitespace_ == ""
        and doc[start - 2].whitespace_ == ""
        and doc[start - 2].text[:1].isupper()
        and not _known_apart(doc[start - 2].text, doc[start:end].text, next_word(doc, end), vocab)
    ):
        start -= 2
    return start, end, possessor


def _known_apart(left: str, right: str, after: Token | None, vocab: Vocab) -> bool:
    """Whether two hyphened names are two sides of what the common noun after them names
    ("the Norland-Zedland war", "Norland-Zedland talks"): each a state or a name the gazetteer
    knows, and the whole none ("Guinea-Bissau"); not a facility's name ("the Norland-Zedland
    pipeline") nor a photo credit ("ZPA-YFE")."""
    if after is None or not after.is_lower or after.pos_ != "NOUN":
        return False
    if after.lower_ in vocab.words("location_heads") | vocab.words("facility_nouns"):
        return False
    whole = f"{left}-{right}"
    return not (vocab.known(whole) or vocab.country(whole)) and all(
        vocab.country(n) or vocab.listed(n) for n in (left, right)
    )


def _maker_participle(tok: Token, vocab: Vocab) -> bool:
    """ "U.S.-made", "Zedland-built": who made a thing, fused to the participle."""
    return tok.lower_.endswith(tuple("-" + p for p in vocab.relations["participle_lemmas"]))


def next_word(doc: Doc, end: int) -> Token | None:
    """The word after a name, skipping a possessive "'s"."""
    if end < len(doc) and doc[end].tag_ == "POS":
        end += 1
    return doc[end] if end < len(doc) else None


def prev_word(doc: Doc, start: int) -> Token | None:
    return doc[start - 1] if start > 0 else None


def has_title_before(doc: Doc, start: int, vocab: Vocab, end: int | None = None) -> bool:
    """A role title right before a name ("President Jane Doe", "its chief executive,
    Jane Doe") or in apposition right after it ("Jane Doe, Acme's chief executive")."""
    for skip in (0, 1):
        if skip and (start < 1 or doc[start - 1].text != ","):
            break
        for n in (1, 2, 3):
            if start - skip - n < 0:
                break
            words = doc[start - skip - n : start - skip].text.lower()
            if words in vocab.roles:
                return True
    if (
        end is not None
        and end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ != "whose"  # "Zed Movement, whose leader X": X's title
    ):
        after = doc[end + 1 : end + 6]
        for t in after:
            if t.lower_ in vocab.roles and t.is_lower:
                return True
            if t.text == "," or t.pos_ == "VERB":
                break
    return False


def _place_kind(noun: Token, vocab: Vocab) -> bool:
    """ "town", "cities": a noun naming a kind of place."""
    kinds = vocab.words("place_kind_nouns")
    return noun.lower_ in kinds or (noun.tag_ == "NNS" and noun.lemma_.lower() in kinds)


def _hyphenated(tok: Token) -> str:
    """A noun with the words hyphened before it, as one word ("start-up", not "up")."""
    doc, i = tok.doc, tok.i
    while i >= 2 and doc[i - 1].text == "-" and doc[i - 1].whitespace_ == "":
        i -= 2
    return doc[i : tok.i + 1].text.lower().replace(" ", "")


def _before_described_kind(span: Span, vocab: Vocab) -> bool:
    """ "Acme's Zed surface-to-air missile system": a name whose words lead, past lower-case
    modifiers, to a kind of product is that product's name."""
    head = span.root
    for _ in range(4):
        if head.dep_ not in {"compound", "nmod"} or head.head.i <= head.i:
            return False
        head = head.head
        if not head.is_lower:
            return False
        if head.lower_ in vocab.words("product_nouns") and head.i > span.end:
            between = span.doc[span.end : head.i]
            return any(t.text in {"-", "–"} for t in between)  # "surface-to-air"
    return False


def _state_agency_noun(doc: Doc, tok: Token | None, vocab: Vocab) -> bool:
    """ "intelligence agency", "the state agency", "Norland's data protection agency":
    an agency of a state, not a news or advertising agency."""
    if tok is None or tok.lower_ != "agency" or not tok.is_lower:
        return False
    mods = vocab.words("state_agency_modifiers")
    before = [t.lower_ for t in doc[max(0, tok.i - 2) : tok.i]]
    return bool(before) and (before[-1] in mods or " ".join(before) in mods)


def _past_number_sign(doc: Doc, end: int) -> int:
    """End of a name numbered after it: "Zed Court No. 2", tokenised "No", ".", "2"."""
    if end + 1 < len(doc) and doc[end].text == "No." and doc[end + 1].like_num:
        return end + 2
    if (
        end + 2 < len(doc)
        and doc[end].text == "No"
        and doc[end + 1].text == "."
        and doc[end + 2].like_num
    ):
        return end + 3
    return end


def _leaning_before(doc: Doc, start: int, vocab: Vocab) -> bool:
    """A political leaning right after "the" and before a name: "the centre-left Zed"."""
    leanings = vocab.words("political_leanings") - {"ruling", "opposition"}
    for n in (1, 3):  # "liberal", "far - right"
        if start - n - 1 < 0 or doc[start - n - 1].lower_ != "the":
            continue
        words = doc[start - n : start]
        if words.text.islower() and words.text.replace(" ", "") in leanings:
            return True
    return False


def _named_state_agency(doc: Doc, start: int, end: int, vocab: Vocab) -> bool:
    """A name a state-agency noun stands before or beside as a definition."""
    root = doc[start:end].root
    prv = doc[start - 1] if start > 0 else None
    return (
        _state_agency_noun(doc, prv, vocab)
        or (root.dep_ == "appos" and _state_agency_noun(doc, root.head, vocab))
        or any(c.dep_ == "appos" and _state_agency_noun(doc, c, vocab) for c in root.children)
    )


def context_type(doc: Doc, start: int, end: int, vocab: Vocab) -> str | None:
    """Type suggested by the words around a name ("X terminals", "the app X", "in X")."""
    nxt, prv = next_word(doc, end), prev_word(doc, start)
    span = doc[start:end]
    if _named_with_its_region(doc, end, vocab):
        return "Location"  # "the Zedton, California, headquarters", "Zedton, Texas-based"
    if end + 1 < len(doc) and doc[end].tag_ == "POS":
        titles = vocab.words("company_role_titles")
        after = [doc[end + 1 : end + 1 + k].text.lower() for k in (4, 3, 2, 1)]
        if doc[end + 1].is_lower and any(a in titles for a in after):
            return "Organization"  # "Zedgram's general counsel": a company has one
    watchdogs = vocab.words("regulator_descriptions")
    if (prv is not None and prv.is_lower and prv.lower_ in watchdogs) or (
        span.root.dep_ == "appos" and span.root.head.is_lower and span.root.head.lower_ in watchdogs
    ):
        return "GovernmentAgency"  # "oil regulator Zed", "the consumer watchdog, the ZCA"
    if _named_state_agency(doc, start, end, vocab):
        return "GovernmentAgency"  # "intelligence agency Zed", "Zed, the state agency that"
    if _leaning_before(doc, start, vocab):
        return "Organization"  # "the liberal Z66", "the far-right Zed Bloc": a party
    if (
        end + 1 < len(doc)
        and doc[end].text in {"-", "–"}
        and doc[end + 1].lower_ in vocab.words("based_words")
    ):
        return "Location"  # "the Lyon-based maker"
    if nxt is not None and (nxt.is_lower or nxt.is_title) and len(span) <= 3:
        two_after = doc[nxt.i : nxt.i + 2].text.lower()
        j = nxt.i  # past "chairman and chief executive"
        while j + 1 < len(doc):
            if doc[j : j + 2].text.lower() in vocab.roles:
                j += 2
            elif doc[j].lower_ in vocab.roles:
                j += 1
            else:
                break
            if j + 1 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].lower_ in vocab.roles:
                j += 1
        after_role = doc[j] if j > nxt.i and j + 1 < len(doc) else None
        if after_role is not None and after_role.text == "," and after_role.i + 1 < len(doc):
            after_role = doc[after_role.i + 1]  # "Zed's chief executive, Jane Doe,"
        named_after = after_role is not None and (
            after_role.ent_type_ == "PERSON"
            or (after_role.pos_ == "PROPN" and after_role.is_title and not after_role.ent_type_)
            or after_role.text[:1].isupper()
            and doc[after_role.i - 1].text == ","
        )
        place_heads = vocab.words("local_head") | vocab.words("head_of_state")
        if (
            (nxt.lower_ in vocab.roles or two_after in vocab.roles)
            and nxt.lower_ not in vocab.words("product_nouns")
            and named_after
            and (nxt.is_lower or not {nxt.lower_, two_after} & place_heads)  # "Alberta Premier X"
        ):
            return "Organization"  # "Zed chief executive Jane Doe": a body before a title
    if (
        nxt is not None
        and nxt.lower_ in {"made", "manufactured", "produced", "designed"}
        and nxt.i + 1 < len(doc)
        and doc[nxt.i + 1].lower_ == "by"
    ):
        return "Product"  # "the Zed made by Acme"
    if (
        nxt is not None
        and nxt.lower_ in {"state", "province", "region"}
        and nxt.is_lower
        and span[-1].pos_ == "PROPN"
        and not vocab.demonym(span.text)  # "the Jewish state"
        and (nxt.i + 1 == len(doc) or doc[nxt.i + 1].pos_ in {"PUNCT", "ADP", "VERB", "AUX"})
    ):
        return "Location"  # "the capital of Zed state, ...": not "Zed state media"
    if nxt is not None and nxt.is_lower and nxt.pos_ in {"NOUN", "PROPN", "VERB"}:
        w = nxt.lower_
        after2 = doc[nxt.i : nxt.i + 2].text.lower()
        known = vocab.known(span.text)
        if (
            w in vocab.words("military_context_after")
            and not any(ch.isdigit() for ch in span.text)
            and not (known is not None and known.type == "Product")  # jets the list knows
        ):
            return "MilitaryUnit"  # "Wagner fighters", but "Su-30 fighters" are jets
        if w in vocab.words("facility_after") or after2 in vocab.words("facility_after"):
            return "Location"
        after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if (
            w in vocab.words("product_context_before")
            and after is not None
            and after.pos_ == "PROPN"
            and after.text[:1].isupper()
        ):
            return "Organization"  # "the Globex boxship Aurora": the operator, then the vessel
        if (
            w in vocab.words("product_nouns") or w in vocab.words("brand_nouns")  # "the Zed brand"
        ) and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ in {"of", "for"}):
            return "Product"
        platform = fold(span.text) in {fold(n) for n in vocab.entity["platform_names"]}
        if platform and w in vocab.words("owner_nouns"):
            return None  # "Zedgram owner Acme": the platform is what is owned
        if w in vocab.words("org_context_after") or after2 in vocab.words("org_context_after"):
            return "Organization"  # "Zed shares", "the Zed Policy Forum think tank"
    if _before_described_kind(span, vocab):
        return "Product"
    root = span.root
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.is_lower
        and _place_kind(root.head.head, vocab)
    ):
        return "Location"  # "the town of Zedsk", "the port city of Yon", before other cues
    named = root
    while named.dep_ == "conj" and named.head.i < named.i:
        named = named.head
    kind = named.head if named.dep_ == "appos" else _noun_before_list(doc, start)
    such_as = (
        named.dep_ == "pobj"
        and named.head.lower_ == "as"
        and named.head.i > 0
        and doc[named.head.i - 1].lower_ == "such"
    )
    if kind is None and such_as and named.head.head.is_lower:
        kind = named.head.head  # "brands such as Zed and Yon", "drones such as the Zed"
    if such_as and kind is not None and kind.lemma_.lower() in vocab.words("brand_nouns"):
        return "Product"
    first = root
    while first.dep_ == "conj" and first.head.i < first.i and not first.head.is_lower:
        first = first.head
    if (
        kind is None
        and first.dep_ == "conj"
        and first.head.is_lower
        and first.head.pos_ == "NOUN"
        and first.left_edge.i > 0
        and doc[first.left_edge.i - 1].text == ","
    ):
        kind = first.head  # "two submarines, the Zed and the Yon", parsed as a list
    if (
        kind is not None
        and kind.is_lower
        and kind.lemma_.lower() in vocab.words("product_context_before")
        and kind.lemma_.lower()
        not in vocab.words("place_kind_nouns") | vocab.words("org_context_before") | {"site"}
    ):
        return "Product"  # "its two ships, the Zed Star and the Yon"
    if any(
        c.dep_ == "acl" and c.lower_ in {"based", "headquartered"} for c in root.children
    ) and not any(c.dep_ == "appos" for c in root.children):
        return "Organization"  # "Fortum, based in Espoo, ...": places are not based anywhere
    defining = next(
        (c for c in root.children if c.dep_ == "appos" and c.is_lower and c.pos_ == "NOUN"), None
    )
    agency_only = {
        w for w, kinds in vocab.entity["definite_anaphors"].items() if kinds == ["GovernmentAgency"]
    } - {"service"}  # "a streaming service" is a product
    if defining is not None and defining.lower_ in agency_only:
        return "GovernmentAgency"  # "Zedcosmos, Russia's space agency"
    if end + 2 < len(doc) and doc[end].text == ",":
        # the same apposition when the parser hangs it elsewhere
        j = end + 1
        if doc[j].lower_ in {"the", "a", "an"}:
            j += 1
        elif j + 1 < len(doc) and doc[j + 1].tag_ == "POS":
            j += 2  # "X, Russia's space agency"
        while (
            j < len(doc)
            and j < end + 7
            and (doc[j].is_lower or vocab.demonym(doc[j].text))
            and doc[j].pos_ in {"ADJ", "NOUN", "PROPN"}
        ):
            if doc[j].lower_ in agency_only and not (
                j + 1 < len(doc) and doc[j + 1].is_lower and doc[j + 1].is_alpha
            ):
                return "GovernmentAgency"
            j += 1
    # "X hypersonic missiles": the name modifies a product noun further on
    if root.dep_ in {"compound", "nmod", "amod"} and root.head.i >= end:
        h = root.head
        while h.dep_ == "compound" and h.is_lower and h.head.i > h.i and h.head.is_lower:
            h = h.head  # "X cloud platform": up to the kind of thing
        if h.is_lower and h.lower_ in vocab.words("product_nouns"):
            return "Product"
        if h.is_lower and h.lower_ in vocab.words("facility_after"):
            return "Location"
    if root.dep_ == "pobj" and root.head.lower_ in {"of", "at"}:
        role = root.head.head
        if (
            (role.is_lower or (role.is_sent_start and role.is_title))
            and (role.lower_ in vocab.roles or role.lemma_.lower() in vocab.roles)
            and role.lower_ not in vocab.words("local_head") | vocab.words("head_of_state")
        ):
            return "Organization"  # "the chief executive of Zed", "an analyst at Zed"
    if root.dep_ == "poss" and root.head.is_lower:
        title = root.head
        chief = any(c.dep_ in {"compound", "amod"} and c.lower_ == "chief" for c in title.children)
        if (chief and title.lower_ in {"executive", "officer"}) or title.lower_ in (
            vocab.words("corporate_titles") - {"president", "chief", "boss"}
        ):
            return "Organization"  # "Zed's new chief executive", "Zed's chairman"
    if root.dep_ == "nsubj" and any(
        c.dep_ == "attr" and c.lower_ == "home" for c in root.head.children
    ):
        return "Location"  # "Zed is home to ..."
    if (
        prv is not None
        and prv.lower_ in vocab.words("based_words")
        and start >= 2
        and doc[start - 2].text in {"-", "–"}
    ):
        return "Organization"  # "Oslo-based A.P. Zedsen-Line": people are not based
    if prv is not None and _made_in(doc, prv):
        return "Product"  # "the U.S.-made Zed", "a Norland-built Zed"
    if prv is not None and prv.is_lower:
        if prv.i > 0 and doc[prv.i - 1 : prv.i + 1].text.lower() in vocab.words(
            "org_context_before"
        ):
            return "Organization"  # "the think tank Zed Institute": no tank
        if prv.lower_ in vocab.words("product_context_before"):
            return "Product"
        if prv.lower_ in vocab.words("org_context_before"):
            return "Organization"
    if (
        end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].ent_type_ == "GPE"
        and doc[end + 1].ent_iob_ == "B"
        and not any(t.tag_ == "POS" for t in doc[end + 2 : end + 5])
        and not (len(span) > 1 and all(t.ent_type_ == "PERSON" for t in span))
    ):
        return "Location"  # "Mediaș, Romania", "Menlo Park, California", not "Jane Roe, Paris"
    # "X is a village in ...", "X, a town on ..."
    if root.dep_ in {"nsubj"} and root.head.lemma_ == "be":
        attr = next((c for c in root.head.children if c.dep_ == "attr"), None)
        if attr is not None and attr.lower_ in vocab.words("place_kind_nouns"):
            return "Location"
        if attr is not None and _person_noun(attr, vocab):
            return "Person"  # "X was an English actor"
    appos = next((c for c in root.children if c.dep_ == "appos"), None)
    if appos is not None and appos.lower_ in vocab.words("place_kind_nouns"):
        return "Location"
    if appos is not None and place_group(appos):
        return "Location"  # "Zed Islands, an uninhabited island group"
    if appos is not None and appos.is_lower and appos.lower_ in vocab.words("facility_appositives"):
        return "Location"  # "Zedroca, a high-security jail near ..."
    if (
        appos is not None
        and appos.lower_ == "home"
        and any(c.dep_ == "prep" and c.lower_ in {"to", "of"} for c in appos.children)
    ):
        return "Location"  # "Zed, home to the 6th Brigade"
    if appos is not None and appos.is_lower and appos.lower_ in vocab.words("product_nouns"):
        return "Product"  # "Zed, a cybersecurity platform"
    if appos is not None and _vessel_noun(appos, vocab):
        return "Product"  # "Zed Ace, a car carrier that caught fire"
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        attr = next((c for c in root.head.children if c.dep_ == "attr"), None)
        if attr is not None and attr.is_lower and attr.lower_ in vocab.words("product_nouns"):
            return "Product"  # "Zed is a long-range missile"
    if (
        root.dep_ == "dobj"
        and root.head.pos_ == "VERB"
        and root.head.lemma_.lower() in vocab.words("territory_verbs")
    ):
        return "Location"  # "Russia occupied Zed", "troops liberated Zed"
    if (
        root.dep_ == "dobj"
        and root.head.pos_ == "VERB"
        and root.head.lemma_.lower() in vocab.words("product_verbs")
        and not (root.head.lemma_.lower() in {"buy", "sell"} and span.root.ent_type_ == "ORG")
        and not any(c.dep_ in {"xcomp", "ccomp"} for c in root.head.children)
    ):
        # "the army fired Zeds", "users installed Zed"; "bought Acme" is Acme, and
        # "ordered Acme to shut the plant" gives an order to a company
        return "Product"
    if (
        appos is not None
        and (_person_noun(appos, vocab) or _described_person(span, vocab))
        and not (root.dep_ == "pobj" and root.head.lower_ in vocab.words("place_preps") | {"from"})
    ):
        return "Person"  # "X, a retired footballer, ..."
    if appos is not None and _hyphenated(appos) in vocab.words("org_context_before"):
        return "Organization"  # "Globex, the Dutch company that ...", "Zedera, a start-up"
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in {"the", "a", "an"}:
        j = end + 2
        kinds = vocab.words("org_context_before")
        while j < len(doc) and j < end + 6:
            # "the AI startup behind ...": the parser may tag the kind word a verb
            if doc[j].pos_ not in {"ADJ", "PROPN", "NOUN"} and doc[j].lower_ not in kinds:
                break
            if doc[j].is_lower and doc[j].lower_ in kinds:
                return "Organization"  # surface form of the same apposition
            if doc[j].is_lower and doc[j].lower_ in vocab.words("place_kind_nouns"):
                return "Location"
            j += 1
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "PROPN":
        # "Zed, Acme's security analytics platform" when the parser joins the two as a list
        k = end + 1
        while k < min(len(doc), end + 4) and doc[k].pos_ == "PROPN":
            k += 1
        j = k + 1
        if k < len(doc) and doc[k].tag_ == "POS":
            while j < len(doc) and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"}:
                j += 1
        last = doc[j - 1]
        if j > k + 1 and last.lower_ in vocab.words("product_nouns") and last.pos_ == "NOUN":
            return "Product"
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "dobj" and root.head.lemma_ == "include":
        subj = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
        kinds = [subj, *subj.conjuncts] if subj is not None else []
        if any(k.lemma_.lower() in vocab.words("place_kind_nouns") for k in kinds):
            return "Location"  # "Towns and villages in the zone include X, Y and Z"
    if root.dep_ == "pobj" and root.head.lower_ in {"of", "between"}:
        noun = root.head.head
        if noun.is_lower and noun.lemma_.lower() in vocab.words("venture_nouns"):
            return "Organization"  # "a consortium of X and Y", "a joint venture between X"
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head
        if noun.is_lower and noun.lemma_.lower() in vocab.words("relative_nouns"):
            return "Person"  # "the eldest son of X", "the brother of X"
        if _place_kind(noun, vocab):
            return "Location"  # "the town of X", "the nearby cities of X and Y"
        if noun.lower_ in vocab.words("compass_words"):
            return "Location"  # "north of X", "15 km east of X"
    if root.dep_ == "appos" and root.head.lower_ in vocab.words("place_kind_nouns"):
        return "Location"  # "the county town, X"
    if root.dep_ == "pobj" and root.head.lower_ in {"including", "like"}:
        kind = root.head.head
        if kind.lemma_.lower() in vocab.words("place_kind_nouns") | {"area", "territory"}:
            return "Location"  # "occupied areas, including X"
    if (
        root.dep_ == "nsubjpass"
        and root.head.lemma_.lower() in vocab.words("border_verbs")
        and not any(c.dep_ in {"xcomp", "advmod"} for c in root.head.children)
    ):
        return "Location"  # "X is bordered by ...", but "X is well situated to lead"
    if is_acronym(span.text):
        return None
    if (
        root.dep_ in {"pobj"}
        and root.head.dep_ in {"prep", "agent"}
        and root.head.head.lemma_.lower() in vocab.words("place_verbs")
        and root.head.head.pos_ == "VERB"
    ):
        return "Location"  # "born in X", "bordered by X", "located at X"
    if root.dep_ == "pobj" and root.head.lower_ == "in":
        holder = root.head.head
        held = [holder, *(c for c in holder.children if c.dep_ == "dobj")]
        if any(t.lemma_.lower() in vocab.words("holding_nouns") for t in held) and (
            span[-1].lower_ not in vocab.words("location_heads")
        ):
            return "Organization"  # "a stake in X", "took a 30% stake in X"
    if root.dep_ == "pobj" and root.head.lower_ in vocab.words("locative_context_preps"):
        return "Location"
    if root.dep_ == "pobj" and root.head.lower_ == "at":
        site = root.head.head  # "the refinery at Zed", or "runs the refinery at Zed"
        sites = [site, *(c for c in site.children if c.dep_ == "dobj")]
        kinds = vocab.words("location_heads") | vocab.words("facility_after")
        if any(t.is_lower and t.lemma_.lower() in kinds | {"complex", "site"} for t in sites):
            return "Location"  # not "an analyst at Zed"
    if root.dep_ in {"nsubj"} and root.head.lemma_ in vocab.words("speech_verbs"):
        if span[-1].lower_ in vocab.words("speaking_place_heads"):
            return "Location"  # "Burgas Airport reported delays": the airport, still a place
        return "Organization"
    if (
        root.dep_ == "pobj"
        and root.head.dep_ == "agent"
        and root.head.head.lemma_.lower() in vocab.words("maker_agent_verbs")
    ):
        return "Organization"  # "a ship operated by Zed", "a drone made by Zed"
    if root.dep_ == "nsubj" and root.head.lemma_ in vocab.words("agent_verbs"):
        return "Organization"  # "Acme Pipeline paid the ransom": a place pays nothing
    return None


MADE_WORDS = ("made", "built", "designed", "produced", "manufactured", "supplied")


def _made_in(doc: Doc, tok: Token) -> bool:
    """A "<maker or country>-made" word, as one token or split at its hyphen."""
    low = tok.lower_
    if any(low.endswith("-" + w) for w in MADE_WORDS):
        return True
    return low in MADE_WORDS and tok.i > 0 and doc[tok.i - 1].text in {"-", "–"}


def _noun_before_list(doc: Doc, start: int) -> Token | None:
    """The noun a comma-led list of names describes, from its surface ("its ships, the
    Zed and the Yon"), for when the parser does not hang the names on it."""
    j = start - 1
    for _ in range(8):
        while j >= 0 and (doc[j].lower_ in {"the", "a", "an"} or doc[j].pos_ == "PROPN"):
            j -= 1
        if j < 1 or doc[j].lower_ not in {",", "and"}:
            return None
        if doc[j].text == ",":
            return doc[j - 1] if doc[j - 1].pos_ == "NOUN" else None
        j -= 1
    return None


def _headed_body(span: Span, vocab: Vocab) -> bool:
    """ "Jane Roe, head of Zed Cornwall": a name someone is head of is no person."""
    root = span.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.is_lower
        and root.head.head.lower_ in vocab.words("body_role_nouns")
    )


def _defined_as_org(doc: Doc, start: int, end: int, vocab: Vocab) -> bool:
    """ "X is a Japanese video game company", "X, a loosely organised group of hackers":
    a definition, which outweighs the model's guess that a two-word name is a person."""
    root = doc[start:end].root
    if (
        root.dep_ == "appos"
        and root.head.is_lower
        and root.head.lemma_.lower() in vocab.words("subsidiary_nouns")
        and any(c.dep_ == "poss" for c in root.head.children)
    ):
        return True  # "its Brazilian unit, Zed Brasil", "Acme's chip division, Zed Labs"
    kinds = vocab.words("org_context_before") | vocab.words("org_kind_nouns")
    appos = next((c for c in root.children if c.dep_ == "appos"), None)
    if (
        appos is not None
        and appos.is_lower
        and appos.tag_ == "NN"
        and appos.lower_ in kinds
        and not place_group(appos)  # "an uninhabited island group": a place
        and not _vessel_noun(appos, vocab)  # "a car carrier": a ship, not an airline
        and any(
            c.dep_ == "det"
            and (
                c.lower_ in {"a", "an"}
                or (  # "X, the Dutch affiliate of Oxfam": a part of a body is a body;
                    # "X, the main party of the Zed minority": so is a party of people
                    c.lower_ == "the"
                    and appos.lower_
                    in vocab.words("subsidiary_nouns") | vocab.words("org_kind_nouns")
                    and any(d.dep_ == "prep" and d.lower_ == "of" for d in appos.children)
                )
                or (  # "X, the small rocket company founded by ...": a definition too
                    c.lower_ == "the"
                    and appos.lower_ in vocab.words("company_nouns")
                    and any(d.dep_ in {"compound", "amod", "acl", "relcl"} for d in appos.children)
                    and not any(d.pos_ == "PROPN" for d in appos.children)
                )
            )
            for c in appos.children
        )
    ):
        return True
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    attr = next((c for c in root.head.children if c.dep_ == "attr"), None)
    return attr is not None and attr.is_lower and attr.tag_ == "NN" and attr.lower_ in kinds


def _titles_follow(doc: Doc, end: int, vocab: Vocab) -> bool:
    """ "Zed chief executive Jane Roe", "Zed Chairman Jo Poe": a place has no chief
    executive, so a name that context already calls a body is surely an organisation."""
    return end < len(doc) and doc[end].lower_ in vocab.words("corporate_titles")


def _company_title_follows(doc: Doc, end: int, vocab: Vocab) -> bool:
    """ "Zedcor CEO Jane Roe said", "Zedcor Chief Executive Jane Roe": a company's title
    and the name of its holder right after the words."""
    for k in (3, 2, 1):
        phrase = doc[end : end + k]
        if (
            end + k < len(doc)
            and phrase.text.lower() in vocab.words("company_titles")
            and doc[end + k].pos_ == "PROPN"
            and doc[end + k].is_title
        ):
            return True
    return False


def _personal_clause(doc: Doc, end: int) -> bool:
    """ "Jane Roe, who ...", "Jane Roe, 47, ...": said only of a person."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    nxt = doc[end + 1]
    if nxt.lower_ == "who":
        return nxt.head.dep_ == "relcl"
    return nxt.text.isdigit() and 16 <= int(nxt.text) <= 105 and doc[end + 2].text == ","


def _which_clause(doc: Doc, start: int, end: int) -> bool:
    """ "Zedcap, which disclosed a stake": nobody says "which" of a person, though "a book
    by Jane Roe, which sold well" says it of the book."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "which":
        return False
    root, rel = doc[start:end].root, doc[end + 1].head
    authored = root.dep_ == "pobj" and root.head.lower_ in {"by", "of"}
    return rel.dep_ == "relcl" and rel.head.i == root.i and not authored


def _body_clause(doc: Doc, start: int, end: int, vocab: Vocab) -> bool:
    """ "Zedcor, led by its co-founder Jane Roe": nobody is led, run or owned by someone."""
    if end - start < 2 or end + 2 >= len(doc) or doc[end].text != ",":
        return False  # a one-word short name is left to grouping with its full name
    verb = doc[end + 1]
    return (
        verb.lower_ in vocab.words("body_participles")
        and doc[end + 2].lower_ == "by"
        and verb.head.i == doc[start:end].root.i
    )


def _collective_apposition(doc: Doc, start: int, end: int, vocab: Vocab) -> bool:
    """ "Grey Lynx, the gang behind the Zed malware": nobody is called a gang or a group."""
    appos = next((c for c in doc[start:end].root.children if c.dep_ == "appos"), None)
    return (
        appos is not None
        and appos.i >= end
        and appos.is_lower
        and appos.lower_ in vocab.words("collective_appositives")
        # "Jan Roe, the Zed party": another name; "Zed Arm, a Norlandic gang" is this one
        and not any(t.text[:1].isupper() and not vocab.demonym(t.text) for t in appos.lefts)
        and not place_group(appos)  # "an uninhabited island group": a place
        and not any(c.lower_ == "based" for c in appos.children)  # "Varde, Norland-based firm"
    )


def _person_noun_before(doc: Doc, start: int, vocab: Vocab) -> bool:
    """ "the architect X", "American singer-songwriter X": an occupation before a name."""
    return start > 0 and _person_noun(doc[start - 1], vocab)


def _person_noun(tok: Token, vocab: Vocab) -> bool:
    """A common noun for a human ("actor", "singer-songwriter"), not a name."""
    return (
        tok.is_lower
        and tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and tok.lower_ in vocab.words("person_nouns")
    )


def name_type(span: Span, label: str, vocab: Vocab) -> tuple[str | None, int]:
    """Type of a name from its own words and the model's label; (None, 0) drops it.

    An ambiguous gazetteer form ("Patriot", "Apple") only replaces the model's bare label.
    """
    typ, weight = _name_type(span, label, vocab)
    if typ in {"Organization", "Person", "Product"} and PLACE_ON_RIVER_RE.match(span.text):
        return "Location", 3  # "Rostov-on-Don", "Boulogne-sur-Mer": a town named by its river
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if typ == "GovernmentAgency" and after == "party":
        return "Organization", weight  # "the Zed Congress party": a party, not the legislature
    portfolio = all(t.lower_ in vocab.words("portfolio_words") for t in span) and (
        after in vocab.roles or after in vocab.words("agency_heads")
    )  # "Labour Minister Jan Roe", "the Labour Ministry": a field, not the party
    if (
        weight <= 1
        and label in KNOWN_AMBIGUOUS_LABELS
        and not vocab.demonym(span.text)
        and not portfolio
    ):
        known = vocab.known(span.text)
        if known is not None and known.ambiguous and known.type not in {"Person", "Country"}:
            return known.type, 2
    return typ, weight


def _slashed_names(text: str) -> bool:
    """Words on both sides of a slash, none of them a number or a letter ("F-16C/D",
    "F/A-XX" are one model)."""
    parts = [p.strip() for p in text.split("/")]
    return (
        len(parts) >= 2
        and all(len(p) >= 3 for p in parts)
        and not any(ch.isdigit() for ch in text)
        and all(p[:1].isupper() for p in parts)
    )


def _known_thing(span: Span, vocab: Vocab) -> bool:
    """A name listed as a company or body, or ending in a company word ("Acme Corp.")."""
    known = vocab.known(span.text)
    return (known is not None and known.type != "Person") or span[-1].lower_.rstrip(
        "."
    ) in vocab.words("company_name_tails")


def _state_branch(span: Span, vocab: Vocab) -> bool:
    """ "Dockers Norway", "Zedcom Chile": a body's national branch; a person's name ends in a
    state's only after a given name ("Jon Chad")."""
    return (
        len(span) >= 2
        and bool(vocab.country(span[-1].text))
        and span[0].text not in vocab.given_names
        and not vocab.country(span.text)
    )


def _peoples(words: list[str], vocab: Vocab) -> bool:
    """A plural nationality ("Chileans", "Kenyans"): people, not an entity."""
    last = words[-1]
    return (
        last.endswith("s")
        and len(last) > 3
        and bool(vocab.demonym(last[:-1]) or (last.endswith("es") and vocab.demonym(last[:-2])))
    )


def _name_type(span: Span, label: str, vocab: Vocab) -> tuple[str | None, int]:
    text = span.text
    if _slashed_names(text):
        return None, 0  # "Jan Roe/AFP", "REUTERS/Stringer", "Oslo/Bergen": credits, datelines
    words = [t.lower_ for t in span]
    lowered = " ".join(words)
    doc, start = span.doc, span.start
    if (
        vocab.country(text)
        and start >= 2
        and doc[start - 1].lower_ in vocab.words("based_words")
        and doc[start - 2].text in {"-", "–"}
    ):
        return "Organization", 3  # "Oslo-based Norway": a company; no state is based anywhere
    if vocab.country(text) and label not in {"PERSON"}:
        return "Country", 3
    if vocab.country(text):
        return "Country", 2  # "Chile said", "Costa Rica's capital": the model's "person"
    if vocab.demonym(text) or all(vocab.demonym(w) for w in text.split()):
        return None, 0
    if len(span) >= 2 and span[0].is_upper and words[0] in vocab.words("vessel_prefixes"):
        return "Product", 3  # "USS Carney", "HMS Diamond": a ship
    if text.lower().startswith(tuple(vocab.words("identifier_prefixes"))):
        return None, 0  # "CVE-2023-34362" names a flaw
    if text.lower() in vocab.words("disease_names"):
        return None, 0  # "the COVID-19 pandemic": a disease is none of the seven types
    storms = vocab.words("storm_words")
    if (
        words[0] in storms
        or (start > 0 and doc[start - 1].lower_ in storms)
        or (span.root.dep_ == "appos" and span.root.head.lemma_.lower() in storms)
    ):
        # "Hurricane Zelda", "a new storm, Zelda,": a storm is none of the seven types
        return None, 0
    if _group_code(text, vocab):
        return "Organization", 3  # "APT31", "UNC2452": a tracked hacking group
    if (
        label in {"GPE", "LOC", "ORG", "NORP"}
        and len(span) >= 2
        and (
            words[-1] in vocab.words("state_heads") or (words[0] == "kingdom" and words[1] == "of")
        )
        and span[-1].is_title
    ):
        return "Country", 3  # "the Ottoman Empire", "Kingdom of X": a (historical) state
    if all(w in vocab.words("portfolio_words") for w in words):
        return None, 0
    known = vocab.known(text)
    if (
        known is not None
        and not known.ambiguous
        and known.type != "Person"
        and label not in {"DATE", "TIME", "PERCENT", "MONEY"}
    ):
        return known.type, 3 if known.type != "Product" else 2  # "Zedgram said": the company
    if label in DROP_LABELS or label in {"WORK_OF_ART", "EVENT"}:
        return None, 0
    if label == "NORP":
        return None, 0
    last = words[-1]
    plural = last.endswith("s") and len(last) > 3
    if (label in {"PERSON", "ORG"} and last in vocab.words("people_groups")) and (
        len(words) == 1 or plural
    ):
        return None, 0  # "Montenegro Serbs", "Kurds", "Druze": peoples, which are no entities
    if _peoples(words, vocab):
        return None, 0  # "Chileans", "Kenyans" (whatever the model calls them)
    if len(words) == 1 and words[0] in vocab.words("camp_words") and span[0].is_title:
        return None, 0  # "the West": a political camp, no place
    if words[0] in vocab.words("credit_words") and len(span) == 1:
        return None, 0  # "(Writing by Jane Roe; Editing by ...)": the credit, not a name
    if words[0] == "operation" and len(span) >= 2 and span[0].is_title:
        return None, 0  # "Operation X" names an operation, which is no entity
    if (
        len(span) >= 2
        and span[-1].is_title
        and words[-1].removesuffix("s") in vocab.words("law_heads")
    ):
        return None, 0  # "the Digital Markets Act", "the Camp Zed Accords": no entities
    if vocab.capital_of(text) and label in {"ORG", "PERSON", "GPE", "LOC", "FAC"}:
        return "Location", 2  # a capital city; resolve.merge_capitals handles "Moscow warned"
    folded = fold(text)
    if folded in {fold(n) for n in vocab.entity["agency_names"]}:
        return "GovernmentAgency", 3
    if folded in {fold(n) for n in vocab.entity["armed_group_names"]}:
        return "MilitaryUnit", 3
    if folded in {fold(n) for n in vocab.entity["platform_names"]}:
        return "Product", 2  # "Zedgram said ..." can still make it the company
    if folded in {fold(n) for n in vocab.entity["international_bodies"]}:
        return "Organization", 3
    head = words[-1].rstrip(".")
    two = " ".join(words[-2:])
    mil = vocab.words("military_heads")
    if (
        len(words) >= 3
        and (head in vocab.words("compass_words") or head == "central")
        and (words[-2] in mil or " ".join(words[-3:-1]) in mil)
        and span[-1].is_title
    ):
        return "MilitaryUnit", 3  # "Operational Command South", "Air Forces Central"
    if (
        label in {"ORG", "FAC", "PRODUCT", "PERSON", "GPE", "LOC", "NORP"}
        and (two in mil or (head in mil and head not in vocab.words("military_needs_qualifier")))
        and (span[-1].is_title or span[-1].is_upper)
    ):
        return "MilitaryUnit", 3
    if label in {"ORG", "PERSON", "NORP"} and any(
        w in vocab.words("armed_group_words") for w in words
    ):
        return "MilitaryUnit", 2
    intl = vocab.words("international_words")
    loc_heads = vocab.words("location_heads")
    if (
        label in {"ORG", "GPE", "PERSON", "FAC"}
        # a lower-case word is no body's name: "Pak Song-un" holds no "UN"
        and (
            any(w in intl and not t.is_lower for w, t in zip(words, span, strict=True))
            or any(p in lowered for p in intl if " " in p)
        )
        and not ((head in loc_heads or two in loc_heads) and span[-1].is_title)
        and "national" not in words  # "the Norlandic National Security Council"
        and not (  # "Norland's Security Council" is the state's own
            start >= 2 and doc[start - 1].tag_ == "POS" and vocab.country(doc[start - 2].text)
        )
    ):  # "... International Airport" is a place
        return "Organization", 3
    if label in {"ORG", "GPE", "PERSON", "FAC", "NORP"} and head in {
        "palace",
        "building",
        "buildings",
    }:
        return "Location", 3  # "the Senate Palace", "Parliament Buildings": where a body sits
    if label in {"ORG", "GPE", "PERSON", "FAC", "NORP"}:
        agency = vocab.words("agency_heads")
        courts = head in {"court", "tribunal"} and span[-1].is_title  # "Zed Company Tribunal"
        # "Duma Kello": a person whose first name is a body's word, when the model says so
        first_name_only = (
            label == "PERSON"
            and len(span) == 2
            and span[0].lower_ in agency
            and span[1].lower_ not in agency | vocab.words("org_heads")
        )
        if (
            (courts or not any(w in vocab.words("not_agency_words") for w in words))
            and (any(w in agency for w in words) or two in agency)
            and (
                span[-1].is_title
                or span[-1].is_upper
                or lowered in agency
                # "Health ministry spokesman X": a portfolio, then the body's own word
                or (head == "ministry" and set(words[:-1]) <= _ministry_portfolios(vocab))
            )
            and not first_name_only
        ):
            return "GovernmentAgency", 3
    if (
        label in {"ORG", "PERSON", "GPE", "FAC", "LOC"}
        and (head in loc_heads or two in loc_heads)  # "... Convention Centre"
        and span[-1].is_title
    ) or (
        label in {"ORG", "PERSON", "GPE", "FAC"}
        and len(span) >= 2
        and words[0] in vocab.words("location_first")
        and span[0].is_title
    ):
        return "Location", 2
    if (
        label in {"ORG", "PRODUCT", "FAC", "PERSON", "GPE"}
        and len(span) >= 2
        and head in vocab.words("product_name_heads")
        and span[-1].is_title
    ):
        return "Product", 2  # "Army Tactical Missile System"
    if (
        label in {"ORG", "PERSON", "GPE", "PRODUCT", "FAC"}
        and len(span) >= 2
        and head in vocab.words("product_name_tails")
        and span[-1].is_title
    ):
        return "Product", 2  # "Acme Wallet", "App Store", "Acme Search"
    if label == "ORG" and head in vocab.words("org_heads"):
        return "Organization", 3 if head != "group" else 2
    if (
        label in {"PERSON", "GPE", "ORG"}
        and len(span) >= 2
        and head in vocab.words("company_final_words")
    ):
        return "Organization", 3  # "Vela Air", "Zed Lithium": a company whatever the context
    if label in {"PERSON", "GPE"} and len(span) >= 2 and head in vocab.words("org_heads"):
        return "Organization", 2  # "Gamma Holdings", "Acme Corp" are not people
    if label == "PERSON" and _state_branch(span, vocab):
        return "Organization", 2
    if (
        label == "PERSON"
        and len(span) >= 3
        and any(t.is_title and t.lower_ in vocab.words("org_heads") for t in span[1:-1])
    ):
        return "Organization", 2  # "Jan Roe Airlines Nordic": a company's regional arm
    if (
        label in {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"}
        and 2 <= len(span) <= 4
        and span[0].text in vocab.given_names
        and span[-1].text[:1].isupper()
        and all(
            (t.text[:1].isupper() and t.text.replace("-", "").isalpha())
            or (0 < t.i - span.start < len(span) - 1 and t.lower_ in NAME_PARTICLES)
            or (0 < t.i - span.start < len(span) - 1 and t.text == "-")  # "Yves-Marc Roe"
            for t in span
        )
        and sum(t.text[:1].isupper() for t in span) <= 3
        and sum(t.text[:1].isupper() for t in span) >= 2
    ):
        return "Person", 3  # "Dmitry Volkov", "Ana de la Cruz": a given name and a surname
    if label in {"PERSON", "GPE", "LOC"} and len(span) == 1 and re.search(r"[a-z][A-Z]", text):
        return "Organization", 2  # CamelCase: "GlobeTel", "NetDyne"
    if label == "PERSON":
        if len(span) == 1 and text.isupper() and len(text) > 1:
            return "Organization", 1
        if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in span):
            return "Product", 2  # "Borsuk 2", "ZM-21 Burya": people's names carry no numbers
        return "Person", 1
    if label == "ORG":
        return "Organization", 1
    if label in {"GPE", "LOC"} and len(span) == 1 and is_acronym(text) and len(text) <= 5:
        return "Organization", 1  # "the ABC": an acronym is rarely a place
    if label == "GPE":
        return "Location", 1
    if label in {"LOC", "FAC"}:
        return "Location", 1
    if label == "PRODUCT" and len(span) >= 2 and span[0].is_title and span[1].like_num:
        return "Product", 3  # "Boeing 737-800s": a maker's name and a model number
    if label == "PRODUCT":
        return "Product", 1
    return None, 0


def _is_dateline(doc: Doc, start: int, end: int) -> bool:
    """ "SEATTLE —", "LONDON, April 27 –": the place a report was filed from."""
    span = doc[start:end]
    if not span.text.isupper() or not (start == 0 or "\n" in doc[start - 1].text_with_ws):
        return False
    nxt = doc[end] if end < len(doc) else None
    return nxt is not None and nxt.text in {"—", "–", "-", ",", "("}


def _generic_word(span: Span, weight: int, vocab: Vocab) -> bool:
    """A lone title or head word the model tagged ("Producer", "Church", "Board")."""
    words = span.text.lower()
    if words in vocab.roles or all(t.lower_ in vocab.roles for t in span):
        return True
    people = vocab.words("person_nouns") | vocab.words("org_context_before")
    if all(t.lower_ in vocab.roles or t.lower_ in people for t in span):
        return True  # "Head Chef", "Chief Designer": capitalised titles, not names
    return (
        len(span) == 1
        and weight < 3
        and words in vocab.words("location_heads") | vocab.words("org_heads")
    )


def _ministry_portfolios(vocab: Vocab) -> frozenset[str]:
    """Words that name a ministry's field ("health", "shipping"); a few only before
    "ministry", since "Acme Shipping" is a company's name."""
    return vocab.words("portfolio_words") | vocab.words("ministry_portfolio_words")


def _portfolio_start(doc: Doc, ministry: int, vocab: Vocab) -> int | None:
    """Where the lowercase portfolio before "ministry" starts ("the infrastructure and
    transport ministry"), or None when the words before it name no portfolio."""
    portfolios = _ministry_portfolios(vocab)
    i = ministry
    while (
        i > 0
        and doc[i - 1].is_lower
        and (doc[i - 1].lower_ in portfolios or (doc[i - 1].lower_ == "and" and i < ministry))
    ):
        i -= 1
    if i < ministry and doc[i].lower_ == "and":
        i += 1
    return i if i < ministry else None


def _with_demonym(doc: Doc, start: int, vocab: Vocab) -> int:
    """Take in a nationality word right before a body's name ("Norwegian Police Service")."""
    if start > 0 and doc[start - 1].is_title and vocab.demonym(doc[start - 1].text):
        return start - 1
    return start


def _is_name_token(tok: Token, vocab: Vocab) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and tok.lower_ not in vocab.roles
        and tok.lower_ not in vocab.words("not_name_words")
        and tok.lower_ not in vocab.words("military_heads")
        and tok.lower_ not in vocab.words("agency_heads")
        and tok.lower_ not in vocab.words("location_heads")
        and tok.lower_ not in vocab.words("org_heads")
        and not vocab.demonym(tok.text)
        and not vocab.country(tok.text)
    )


def _name_run_end(doc: Doc, start: int, vocab: Vocab, words: int = 4) -> int:
    """End of a person's name starting at `start`: up to `words` name words, with the
    particles and suffixes names carry ("Ana Maria da Costa", "Omar bin Saleh",
    "Karim al-Haddad", "John Roe Jr.")."""
    particles, suffixes = vocab.words("name_particles"), vocab.words("name_suffixes")
    j, n = start, 0
    while j < len(doc) and n < words:
        if _is_name_token(doc[j], vocab):
            j, n = j + 1, n + 1
        elif n and doc[j].lower_ in particles and j + 1 < len(doc):
            k = j + 1
            while k < len(doc) and (doc[k].lower_ in particles or doc[k].text == "-"):
                k += 1  # "al-Haddad" is three tokens; "van der", "de la" two particles
            if k >= len(doc) or not _is_name_token(doc[k], vocab):
                break
            j, words = k, words + 1  # a name with particles runs longer
        else:
            break
    if j < len(doc) and doc[j].lower_ in suffixes and (n >= 2 or doc[j].text.isupper()):
        j += 1  # "John Roe Jr.", "Harald V"
    return j


def _has_name_word(span: Span) -> bool:
    """Whether a span still holds a capitalised word or a model number."""
    return any(t.text[:1].isupper() or any(ch.isdigit() for ch in t.text) for t in span)


def _one_word(span: Span) -> bool:
    """A one-word name, counting a hyphenated given name ("Jean-Luc") as one."""
    return len(span) == 1 or (
        len(span) == 3
        and span[1].text == "-"
        and not span[0].whitespace_
        and not span[1].whitespace_
        and span[0].is_title
        and span[2].is_title
    )


def person_names(doc: Doc, vocab: Vocab) -> list[Span]:
    """The model's entities with split person names repaired.

    The small model often tags only the surname ("Jan [Kowalski]") or
    splits a name in two ("[Maria] [Nowak]"); a given name right before
    a PERSON, or two one-word names side by side next to a role word, are
    joined into one PERSON span.
    """
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        start, end, label = ent.start, ent.end, ent.label_
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and nxt.start == end
            and _one_word(ent)
            and len(nxt) == 1
            and ent.label_ in {"PERSON", "GPE", "ORG", "LOC", "NORP"}
            and nxt.label_ in {"PERSON", "GPE", "ORG", "LOC", "NORP"}
            and _is_name_token(doc[start], vocab)
            and _is_name_token(doc[nxt.start], vocab)
            and "PERSON" in {ent.label_, nxt.label_}
            or (
                nxt is not None
                and nxt.start == end
                and len(ent) == 1
                and len(nxt) == 1
                and _is_name_token(doc[start], vocab)
                and _is_name_token(doc[nxt.start], vocab)
                and (
                    (start > 0 and doc[start - 1].lower_ in vocab.roles)
                    or (
                        nxt.end + 1 < len(doc)
                        and doc[nxt.end].text == ","
                        and any(t.lower_ in vocab.roles for t in doc[nxt.end + 1 : nxt.end + 4])
                    )
                )
            )
        ):
            end, label = nxt.end, "PERSON"
            i += 1
        elif (
            nxt is not None
            and nxt.start == end
            and ent.label_ == "PERSON"
            and doc[end - 1].is_lower
            and doc[end - 1].lower_ in vocab.words("name_particles")
            and doc[nxt.start].is_title
        ):
            end, label = nxt.end, "PERSON"  # "[Anna von der] [Zedde]": one name
            i += 1
        if (
            label == "PERSON"
            and end - start == 1
            and start > 0
            and _is_name_token(doc[start - 1], vocab)
            and not doc[start - 1].ent_type_
        ):
            start -= 1
        elif (
            end - start == 3
            and doc[start + 1].text == "-"
            and not ent.text_with_ws.count(" ")
            and start > 0
            and doc[start - 1].text in vocab.given_names
            and not doc[start - 1].ent_type_
        ):
            start, label = start - 1, "PERSON"  # "Jana [Roe-Zedde]": a double surname
        out.append(Span(doc, start, end, label=label))
        i += 1
    return _titled_names(doc, out, vocab)


def _titled_names(doc: Doc, ents: list[Span], vocab: Vocab) -> list[Span]:
    """ "Deputy Prime Minister Jan Kowalski": two or more name words after a title."""
    extra: list[Span] = []
    for tok in doc:
        if tok.lower_ not in vocab.roles or tok.i + 2 >= len(doc):
            continue
        first = tok.i + 1
        if doc[first].lower_ in {"for", "of"}:
            # "Minister for Health Jane Roe": the portfolio, then the name
            first += 1
            while first < len(doc) and (
                doc[first].lower_ in vocab.words("portfolio_words") | {"and", ","}
                and doc[first].text[:1] in {",", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "a"}
            ):
                first += 1
            if first == tok.i + 2:
                continue
        j = _name_run_end(doc, first, vocab)
        if j - first >= 2 and "\n" not in doc[first : j - 1].text_with_ws:
            extra.append(Span(doc, first, j, label="PERSON"))
    # "Jan Kowalski, Poland's deputy prime minister": a name run before an appositive title
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 4 and _is_name_token(doc[j], vocab):
            j += 1
        if (
            j - i >= 2
            and j + 1 < len(doc)
            and doc[j].text == ","
            and any(t.lower_ in vocab.roles for t in doc[j + 1 : j + 6])
            and "\n" not in doc[i : j - 1].text_with_ws
        ):
            extra.append(Span(doc, i, j, label="PERSON"))
        i = max(j, i + 1)
    # "S.P. Zed Roe": initials the model took in stay with the name
    extra = [
        x
        for x in extra
        if not any(
            e.label_ == "PERSON"
            and e.start < x.start
            and x.end <= e.end
            and all(re.fullmatch(r"(?:[A-Z]\.)+", t.text) for t in doc[e.start : x.start])
            for e in ents
        )
    ]
    if not extra:
        return ents
    taken = {i for sp in extra for i in range(sp.start, sp.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted(kept + extra, key=lambda sp: sp.start)


def _joined_names(doc: Doc, ents: list[Span], vocab: Vocab) -> list[Span]:
    """ "Compania Minera y Metalurgica de Zed SA" read by the model as two names around a
    Spanish or Portuguese linker, "the Directorate of Hydrography and Navigation" as two
    around "and": one organisation each."""
    bodies = vocab.words("agency_heads") | {"directorate", "institute", "academy"}
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and ent.start == prev.end + 1
            and doc[prev.end].lower_ in ROMANCE_LINKERS
            and doc[prev.end].is_lower
            and "ORG" in {prev.label_, ent.label_}
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        if (
            prev is not None
            and ent.start == prev.end + 1
            and doc[prev.end].lower_ in ROMANCE_LINKERS - {"y", "e", "para", "el"}
            and doc[prev.end].is_lower
            and prev.label_ in {"GPE", "LOC", "PERSON"}
            and ent.label_ in {"GPE", "LOC"}
            and all(t.is_title for t in (*prev, *ent))
        ):  # "Vila Nova" + "do" + "Serro": one town around its linker
            out[-1] = Span(doc, prev.start, ent.end, label="GPE")
            continue
        if (
            prev is not None
            and ent.start == prev.end
            and prev.label_ == "PERSON"
            and ent.label_ in {"FAC", "LOC", "ORG"}
            and ent[-1].lower_ in vocab.words("location_heads")
            and all(t.is_title for t in ent)
        ):  # "Jane K. Roe International Airport": a place named after a person
            out[-1] = Span(doc, prev.start, ent.end, label="FAC")
            continue
        if (
            prev is not None
            and ent.start == prev.end
            and prev.label_ == "ORG"
            and ent.label_ == "PRODUCT"
            and ent[0].like_num
        ):  # "Boeing 737-800s": the maker's name and a model number are one product
            out[-1] = Span(doc, prev.start, ent.end, label="PRODUCT")
            continue
        if (
            prev is not None
            and ent.start == prev.end
            and prev.label_ in {"GPE", "LOC"}
            and ent.label_ in {"GPE", "LOC", "NORP"}
            and len(prev) == len(ent) == 1
            and ent[0].is_title
            and doc[prev.end - 1].whitespace_ == " "
            and not any(
                vocab.country(t.text) or vocab.demonym(t.text) or vocab.known(t.text)
                for t in (prev[0], ent[0])
            )
        ):  # "Llanwen Morfa" read as two places side by side: one town
            out[-1] = Span(doc, prev.start, ent.end, label="GPE")
            continue
        if (
            prev is not None
            and ent.start == prev.end + 1
            and doc[prev.end].lower_ == "and"
            and prev.label_ == ent.label_ == "ORG"
            and len(ent) <= 2
            and all(t.is_title for t in ent)
            and any(
                t.lower_ == "of" and doc[t.i - 1].lower_ in bodies and t.i + 2 == prev.end
                for t in prev
            )
            and (ent.end == len(doc) or not doc[ent.end].is_title)
        ):  # "the Directorate of Hydrography and Navigation": one body, not two
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        if (
            prev is not None
            and ent.start == prev.end + 1
            and doc[prev.end].lower_ == "for"
            and prev.label_ == "ORG"
            and prev[-1].lower_ in vocab.words("for_body_heads")
            and ent.label_ in {"ORG", "GPE", "LOC", "NORP"}
            and not vocab.state_of(ent.text)  # "a fund for U.S. factories": not the state's
            and all(t.is_title or t.lower_ == "and" for t in ent)
            and (ent.end == len(doc) or not doc[ent.end].is_title)
        ):  # "the Zedland Agency for Water": one body, named for what it is for
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        particles = vocab.words("name_particles")
        if (
            prev is not None
            and prev.label_ == "PERSON"
            and prev[-1].lower_ in particles
            and prev.end <= ent.start <= prev.end + 2
            and all(t.lower_ in particles for t in doc[prev.end : ent.start])
            and len(ent) <= 2
            and all(t.is_title for t in ent)
        ):  # "Jana van" + "der" + "Zwan" (even as a place): one name around its particles
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if (
            ent.label_ in {"GPE", "LOC", "FAC"}
            and nxt is not None
            and nxt.is_title
            and nxt.lower_ in vocab.words("street_heads")
            and not any(e.start <= nxt.i < e.end for e in ents)
        ):
            ent = Span(doc, ent.start, ent.end + 1, label="FAC")  # "Pellam" + "Street"
        if (
            ent.label_ == "ORG"
            and ent[-1].lower_ in vocab.words("for_body_heads")
            and nxt is not None
            and nxt.lower_ == "for"
            and not any(e.start == nxt.i + 1 for e in ents)
        ):
            end = nxt.i + 1
            while end < len(doc) and (
                doc[end].is_title
                or (doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_title)
            ):
                end += 1
            if end > nxt.i + 1 and doc[end - 1].is_title:
                ent = Span(doc, ent.start, end, label="ORG")  # "the Zed Agency for Water"
        out.append(ent)
    return out


def _count(name: str, text: str) -> int:
    return len(re.findall(rf"\b{re.escape(name)}\b", text))


def _split_lists(doc: Doc, ents: list[Span], vocab: Vocab) -> list[Span]:
    """ "Facegram, Instabook and Whatsit" read by the model as one name: one span per
    name ("Acme, Inc." stays whole)."""
    out: list[Span] = []
    for ent in ents:
        cuts = [
            i
            for i in range(ent.start + 1, ent.end - 1)
            if doc[i].text == "," and doc[i + 1].lower_.rstrip(".") not in LEGAL_SUFFIXES
        ]
        # "Zed 3 and Zed Y": two names of one family, joined
        first = next((t for t in ent if t.lower_ != "the"), ent[0])
        family = [
            i
            for i in range(first.i + 2, ent.end - 2)
            if doc[i].lower_ in {"and", "or"}
            and doc[i + 1].text == first.text
            and any(
                len(t) == 1 or any(ch.isdigit() for ch in t.text)
                for t in doc[ent.start : ent.end]
                if t.i != i
            )
        ]
        # "KKR, Cinven and Providence Partners": the model's last name of a list is two
        before = doc[max(0, ent.start - 3) : ent.start]
        between = ent.start >= 1 and doc[ent.start - 1].lower_ == "between"
        listed = ent.label_ == "ORG" and (
            between  # "the deal between Acme and Brixco": two parties, one named each
            or (
                ent.start >= 2
                and doc[ent.start - 1].text == ","
                and doc[ent.start - 2].pos_ == "PROPN"
            )
            or (  # "Acme, Norland's Zed and Yon, Zedland's Brix": inside a list of possessives
                any(t.text == "," for t in before)
                and any(t.tag_ == "POS" for t in before)
                and ent.end + 1 < len(doc)
                and doc[ent.end].text == ","
                and doc[ent.end + 1].pos_ == "PROPN"
            )
        )
        # "Acme's Zed-7 and Brixco's Yon": two owners' things read as one name
        listed = listed or (
            ent.start >= 1
            and doc[ent.start - 1].tag_ == "POS"
            and ent.end < len(doc)
            and doc[ent.end].tag_ == "POS"
        )
        text = doc_text(doc)
        lead = doc[first.i - 1].lower_ if first.i > 0 else ""
        named_apart = [  # "Zedoil and Yonco", each of them named on its own elsewhere
            i
            for i in range(first.i + 1, ent.end - 1)
            if doc[i].lower_ == "and"
            and (left := doc[first.i : i].text) != (right := doc[i + 1 : ent.end].text)
            and all(n[:1].isupper() for n in (left, right))
            # named on its own, not only inside the whole name again: both, or one when
            # the other is a name of two words or more after a word that lists parties
            # ("a venture of Zedco and Brix Fund Partners")
            and (
                sum(
                    _count(n, text) > _count(doc[first.i : ent.end].text, text)
                    for n in (left, right)
                )
                >= (1 if ent.end - i - 1 >= 2 and lead in {"of", "between", "by", "with"} else 2)
            )
            and not (vocab.known(ent.text) or vocab.country(ent.text))
        ]
        if not cuts and not family and not listed and not named_apart:
            pair = _known_pair(doc, ent, vocab)
            if pair is None:
                out.append(ent)
            else:  # "Zedsk and Yonsk", "the Norland-Zedland war": two names the model joined
                out += [
                    Span(doc, ent.start, pair, label=ent.label_),
                    Span(doc, pair + 1, ent.end, label=ent.label_),
                ]
            continue
        cuts += [i for i in range(ent.start + 1, ent.end - 1) if doc[i].lower_ in {"and", "or"}]
        start = ent.start
        for i in [*sorted(cuts), ent.end]:
            if i > start:
                out.append(Span(doc, start, i, label=ent.label_))
            start = i + 1
    return out


def _known_pair(doc: Doc, ent: Span, vocab: Vocab) -> int | None:
    """The "and" or hyphen between two names the gazetteer knows, in a span it does not
    know whole ("Zedsk and Yonsk", "Norland-Zedland"), else None."""
    if vocab.known(ent.text) or vocab.country(ent.text):
        return None
    for i in range(ent.start + 1, ent.end - 1):
        joint = doc[i]
        hyphen = joint.text in {"-", "–"} and not doc[i - 1].whitespace_ and not joint.whitespace_
        if not (joint.lower_ == "and" or hyphen):
            continue
        left = doc[ent.start : i]
        if left[0].lower_ == "the":
            left = left[1:]
        right = doc[i + 1 : ent.end].text
        if hyphen:
            if _known_apart(left.text, right, next_word(doc, ent.end), vocab):
                return i
        elif all(vocab.country(n) or vocab.listed(n) for n in (left.text, right)):
            return i
    return None


def _common_word_opening(
    doc: Doc, start: int, end: int, vocab: Vocab, common: frozenset[str]
) -> bool:
    """A capitalised common word that opens a sentence, which the model took for a name.

    It counts as common when the tagger calls it a common noun and the model's own
    vocabulary (`common`, read before any article) knows it in lower case, or when the
    article uses it in lower case elsewhere; a name the gazetteer lists, or one the
    article capitalises inside a sentence too, stays a name.
    """
    tok = doc[start]
    opening = tok.is_sent_start or (
        start > 0 and doc[start - 1].is_quote and doc[start - 1].is_sent_start
    )
    if end - start != 1 or not tok.is_title or not opening or vocab.known(tok.text):
        return False
    if any(t.text == tok.text and t.i != start and not t.is_sent_start for t in doc):
        return False
    if tok.tag_ in {"NN", "NNS"} and tok.lower_ in common:
        return True
    if tok.pos_ == "VERB" and tok.tag_ in {"VBN", "VBG"} and tok.lower_ in common:
        return True  # "Commissioned in 2022, the ship ...": an opening participle
    if (
        tok.lower_ in common
        and tok.text not in vocab.given_names
        and not vocab.country(tok.text)
        and tok.ent_type_ not in {"GPE", "LOC"}
        and start + 1 < len(doc)
        and doc[start + 1].pos_ in {"AUX", "VERB"}
        and doc[start + 1].lower_ not in {"said", "says", "told"}
    ):
        return True  # "Turnout was 58%": a common word opening a clause, named nowhere else
    return any(t.lower_ == tok.lower_ and t.is_lower for t in doc)


def model_candidates(
    doc: Doc,
    vocab: Vocab,
    furniture: list[tuple[int, int]],
    common: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Candidates from the statistical NER, trimmed and typed; `common` holds the lower-case
    words the model knows, which a capitalised word opening a sentence may be."""
    out: list[Candidate] = []
    ents = _split_lists(doc, _joined_names(doc, person_names(doc, vocab), vocab), vocab)
    names = frozenset(
        e.text for e in ents if e.label_ in {"ORG", "PERSON", "GPE", "PRODUCT"} and len(e) <= 3
    )
    surnames = frozenset(
        e[-1].text
        for e in ents
        if e.label_ == "PERSON"
        and len(e) >= 2
        and not (vocab.demonym(e[0].text) and e.end < len(doc) and doc[e.end].pos_ == "NOUN")
    )
    for ent in ents:
        if in_ranges(ent.start_char, furniture):
            continue
        start, end, possessor = trim(doc, ent.start, ent.end, vocab, names)
        if (
            ent.label_ == "PERSON"
            and end - start > 1
            and vocab.demonym(doc[start].text)
            and end < len(doc)
            and doc[end].is_lower
            and doc[end].pos_ == "NOUN"  # a name that qualifies a thing; "German Roe" said
        ):
            start += 1  # "Russian Zedmark rockets": no person's name opens with a nationality
        if start >= end:
            continue
        if (
            possessor is not None
            and possessor > 0
            and start - possessor == 2  # "General" + "'s"
            and doc[possessor - 1].is_title
            and doc[possessor - 1 : possessor + 1].text.lower() in vocab.roles
            and doc[start].is_title
        ):
            start, possessor = possessor, None  # "the Attorney General's Office", split
        if (
            start > 0
            and possessor is None
            and doc[start - 1].is_title
            and any(t.tag_ == "POS" for t in doc[start:end])
            and doc[start - 1 : start + 1].text.lower() in vocab.roles
        ):
            start -= 1  # "the Attorney General's Office": the title names the office
        if (
            end + 2 < len(doc)
            and doc[end - 1].lower_ in {"attorney"} | vocab.words("agency_heads")
            and doc[end - 1].is_title
            and doc[end].lower_ == "for"
            and doc[end + 1].lower_ == "the"
            and doc[end + 2].is_title
        ):  # "the District Court for the Upper District of Zedland": one body (an agency too)
            j = end + 2
            while j < len(doc) and (
                doc[j].is_title
                or (doc[j].lower_ == "of" and j + 1 < len(doc) and doc[j + 1].is_title)
            ):
                j += 1
            end = j
        cut = next(
            (
                k
                for k in range(start + 2, end - 1)
                if doc[k].lower_ == "in"
                and doc[k - 1].lower_ in vocab.words("operated_site_nouns")
                and doc[k + 1].text[:1].isupper()
            ),
            None,
        )
        if cut is not None and ent.label_ in {"FAC", "LOC", "GPE", "ORG"}:
            # "the Zed Plant in Varna": a site, then the place it is in
            tail = _place_extension(doc, end, vocab, town=True)
            out.append(Candidate(cut + 1, tail, "Location", 2, "place-after-site"))
            end = cut
        honorific = vocab.words("honorifics") - {"rear", "vice", "supreme"}
        before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
        if before == "" and start > 1 and doc[start - 1].text == ".":
            before = doc[start - 2].lower_
        if (
            ent.label_ in {"PERSON", "ORG", "GPE"}
            and before in honorific
            and all(t.text[:1].isupper() for t in doc[start:end])
        ):
            out.append(Candidate(start, end, "Person", 3, "honorific"))  # "Mr Biden", "Gen. X"
            continue
        owner_country: str | None = None
        if possessor is not None:
            owner = doc[possessor : start - 1]
            owner_country = vocab.country(owner.text)
            if owner_country:
                out.append(Candidate(possessor, start - 1, "Country", 3, "possessor"))
            else:
                ptyp, pw = name_type(owner, "ORG", vocab)
                out.append(Candidate(possessor, start - 1, ptyp or "Organization", 1, "possessor"))
        span = doc[start:end]
        if (
            not any(ch.isalpha() for ch in span.text)  # "U.S.", "M4" are names
            or DECADE_RE.match(span.text)  # "1990s" is not
            or span.text in vocab.entity["common_acronyms"]
            # "low Earth orbit", "returned to Earth": the planet all the places are on is
            # no place an analyst tracks (the contract's places are regions, towns, seas)
            or span.text in vocab.entity["home_planet_names"]
        ):
            continue
        if (
            ent.label_ == "ORG"
            and end + 1 < len(doc)
            and doc[end].lower_ in vocab.words("portfolio_title_heads")
            and doc[end].is_title
            and doc[end + 1].is_title
            and not any(vocab.state_of(t.text) for t in span)
            and vocab.known(span.text) is None
        ):
            continue  # "External Affairs Minister Jane Roe": a portfolio, no body named
        if ent.label_ in {"PERSON", "ORG"} and _common_word_opening(doc, start, end, vocab, common):
            continue  # "Videos posted by ...", "Debris was found ...": no name
        if ent.label_ == "PERSON" and end < len(doc) and doc[end].lower_ == "administration":
            out.append(Candidate(start, end + 1, "GovernmentAgency", 3, "administration"))
            continue  # "the Roe administration": the government a president leads
        place_end = _place_extension(doc, end, vocab, town=ent.label_ in {"GPE", "LOC", "PERSON"})
        if (
            place_end > end
            and (
                ent.label_ in {"GPE", "LOC", "ORG", "PERSON", "FAC", "NORP"}
                # "the Zed training area", tagged a product: a two-word site noun says not
                or (ent.label_ == "PRODUCT" and place_end - end == 2 and doc[end].is_lower)
            )
            and not (ent.label_ == "NORP" and vocab.demonym(span.text))
            and (not vocab.country(span.text) or doc[end].lower_ in vocab.words("facility_nouns"))
        ):
            out.append(Candidate(start, place_end, "Location", 3, "place-noun"))
            continue
        label = ent.label_
        if label == "NORP" and _peoples([t.lower_ for t in span], vocab):
            continue
        if label == "NORP" and not vocab.demonym(span.text):
            ctx = context_type(doc, start, end, vocab)
            if ctx == "MilitaryUnit":
                if span[-1].lower_ in vocab.words("people_groups"):
                    continue  # "Zed gunmen" of a people named for who they are: no force
                out.append(Candidate(start, end, "MilitaryUnit", 3, "norp-armed"))
            elif ctx == "Location" and not any(vocab.demonym(t.text) for t in span):
                out.append(Candidate(start, end, "Location", 2, "norp-place"))  # "bay of Zed"
            elif (
                ctx == "Organization"
                and end < len(doc)
                and doc[end].lower_ in vocab.words("venture_nouns")
                and not any(vocab.demonym(t.text) for t in span)
            ):
                out.append(Candidate(start, end, "Organization", 2, "norp-venture"))
            elif (
                ctx == "Product"
                and not any(vocab.demonym(t.text) for t in span)
                and not span.text.lower().endswith(("an", "ern", "ish", "ese", "ic"))
                and end < len(doc)
                and doc[end].lower_ in vocab.words("product_nouns")
                and not (
                    end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN"
                )
            ):
                # "40 Zed drones": a weapon's name the model took for a nationality
                out.append(Candidate(start, end, "Product", 2, "norp-product"))
            continue
        if (
            label in {"ORG", "PERSON", "GPE"}
            and (
                has_title_before(doc, start, vocab, end)
                or _person_noun_before(doc, start, vocab)
                or (label == "PERSON" and _personal_clause(doc, end))
            )
            and not _which_clause(doc, start, end)  # "activist investor Zedcap, which"
            and len(span) >= 2
            and not any(
                t.lower_.rstrip(".")
                in vocab.words("agency_heads")
                | vocab.words("org_heads")
                | vocab.words("location_heads")
                | vocab.words("military_heads")
                for t in span
            )
            and not _known_thing(span, vocab)  # "activist investor Zedcap Management"
            and not vocab.country(span.text)  # "Saudi Arabia, OPEC's de facto leader"
            and not (label == "ORG" and _state_branch(span, vocab))  # "head of Dockers Norway"
        ):
            label = "PERSON"
            out.append(Candidate(start, end, "Person", 3, "titled"))
            continue
        typ, weight = name_type(span, label, vocab)
        if typ == "Organization" and _named_state_agency(doc, start, end, vocab):
            typ, weight = "GovernmentAgency", 3  # the text says what it is
        if (
            label == "PERSON"
            and start > 0
            and doc[start - 1].lower_ in {"its", "their"}
            and span.root.dep_ not in {"poss", "compound", "nmod", "amod"}
        ):
            typ, weight = "Product", 2  # "the carmaker builds its Zed": nobody's person
        if _is_dateline(doc, start, end) and not _slashed_names(span.text):
            # one place per name: "MOSCOW/KYIV" gives both, from dateline_place_names
            typ, weight = ("Country", 3) if vocab.country(span.text) else ("Location", 3)
        if typ is None or _generic_word(span, weight, vocab):
            continue
        if typ in {"GovernmentAgency", "MilitaryUnit"}:
            new_start = _with_demonym(doc, start, vocab)
            owned_by = possessor_state(doc, start)
            if new_start == start and owned_by:
                owner_country = owner_country or owned_by[0]
            elif new_start < start:
                owner_country = vocab.demonym(doc[new_start].text)
            start = new_start
            if start > 0 and vocab.country(doc[start - 1].text) and doc[start - 1].is_upper:
                start -= 1  # "UK Home Office", "US Coast Guard"
            if not is_generic_body(doc[start:end], vocab):
                owner_country = None
            elif owner_country is None and start == new_start:
                owner_country = _state_in_opening(doc, start, vocab)
            if (
                start > 0
                and ORDINAL_RE.match(doc[start - 1].text)
                and doc[start - 1].text[0].isdigit()
            ):
                start -= 1  # "the 5th U.S. Circuit Court of Appeals": one of several circuits
            end = _past_number_sign(doc, end)  # "Labour Court No. 4"
        if typ in {"Organization", "Person", "Location", "Product"} and weight < 3:
            ctx = context_type(doc, start, end, vocab)
            defined = _defined_as_org(doc, start, end, vocab) or (
                start >= 2
                and doc[start - 1].lower_ in vocab.words("based_words")
                and doc[start - 2].text in {"-", "–"}
            )
            defined = defined or (ctx == "Organization" and _titles_follow(doc, end, vocab))
            defined = defined or _body_clause(doc, start, end, vocab)
            defined = defined or _collective_apposition(doc, start, end, vocab)
            defined = defined or _leaning_before(doc, start, vocab)
            defined = defined or (typ == "Person" and _headed_body(doc[start:end], vocab))
            # "Jin Roe, which is listed in Zed": "which", never "who", so no person
            defined = defined or (
                ctx == "Organization" and typ == "Person" and _which_clause(doc, start, end)
            )
            if defined or (ctx is None and typ == "Person" and _which_clause(doc, start, end)):
                ctx = "Organization"
            if (
                ctx == "Location"
                and typ == "Person"
                and span.root.dep_ == "conj"
                and _given_name_first(span, vocab)
            ):
                ctx = None  # "Jane Roe in Oslo and John Doe in Varna": people listed with places
            after_its = start > 0 and doc[start - 1].lower_ in {"its", "their"}
            # "defence company Lockheed Martin": nobody calls a person a company;
            # "brake maker Zed-Bremse", "the pilots' union Zed": a kind of body before it
            kind_before = (
                ctx == "Organization"
                and start > 0
                and doc[start - 1].is_lower
                and doc[start - 1].lower_
                in vocab.words("company_nouns") | vocab.words("body_kind_nouns")
            )
            after_its = after_its or kind_before
            # "submarines, the Zed Lung and the Zed Hu": nobody calls a person "the Zed Lung"
            product_the = ctx == "Product" and start > 0 and doc[start - 1].lower_ == "the"
            if (
                ctx == "Product"
                and typ == "Organization"
                and doc[end - 1].is_title
                and doc[end - 1].lower_ in vocab.words("org_heads")
            ):
                ctx = None  # "bought Zedimax Media": a company's name says what it is
            if ctx is not None and not (
                typ == "Person"
                and (len(span) > 1 or span.text in surnames)  # "Jane Roe ... Roe said"
                and ctx != "Location"
                and not defined
                and not after_its
                and not product_the
            ):
                typ, weight = ctx, 2 if ctx != "MilitaryUnit" and not defined else 3
                if kind_before and label == "PERSON":
                    weight = 3  # "marine contractor Jan Roe": a full name, but a company's
                if ctx == "Location" and label == "PERSON":
                    weight = 3  # a "person" born in, bordered by or located at: a place
        if (
            typ in {"Location", "Country"}
            and start >= 2
            and _vessel_noun(doc[start - 1], vocab)
            and doc[start - 1].dep_ != "pobj"
            and doc[start - 1].left_edge.lower_ in {"the", "its", "their"}
        ):
            typ = "Product"  # "the aircraft carrier Zedong": a ship named after a place
        if typ == "Product" and end - start > 1:
            # "a Russian Zed-24", "the tanker Zed S after ...": the product's own words only
            cut = next(
                (
                    t.i
                    for t in doc[start + 1 : end]
                    if t.is_lower and t.pos_ in {"ADP", "SCONJ"} and doc[t.i - 1].whitespace_
                ),
                None,
            )
            if cut is not None and _has_name_word(doc[start:cut]):
                end = cut
            first = doc[start].text
            if vocab.demonym(first) and not first.isupper() and end - start > 1:
                start += 1
        out.append(Candidate(start, end, typ, weight, "ner:" + label, country=owner_country))
    return out


def _state_in_opening(doc: Doc, start: int, vocab: Vocab) -> str | None:
    """ "In Tehran, Foreign Ministry spokesman X said": a sentence set in a capital (or a
    state) speaks of that state's ministry."""
    sent = doc[start].sent
    if start < sent.start + 3 or doc[sent.start].lower_ != "in":
        return None
    comma = next((t.i for t in doc[sent.start + 1 : start] if t.text == ","), None)
    if comma is None or comma > sent.start + 4 or comma + 1 != start:
        return None
    place = doc[sent.start + 1 : comma].text
    return vocab.country(place) or vocab.capital_of(place)


def _place_extension(doc: Doc, end: int, vocab: Vocab, *, town: bool = False) -> int:
    """End of "Lviv region", "Temelin nuclear power plant" after a place name.

    `town`: the name is a place's ("the Zed nuclear plant"), so works named after it
    are places too; after a company's name ("the Acme plant") they are not.
    """
    regions, facilities = vocab.words("region_nouns"), vocab.words("facility_nouns")
    if town:
        facilities = facilities | vocab.words("works_nouns")
    j = end
    while (
        j < len(doc) and j - end < 3 and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN", "ADV"}
    ):
        two = doc[j : j + 2].text.lower()
        if two in facilities:
            return j + 2
        if doc[j].lower_ in facilities or (j == end and doc[j].lower_ in regions):
            if j + 1 < len(doc) and doc[j + 1].pos_ in {"NOUN", "PROPN"} and doc[j + 1].is_lower:
                return end
            return j + 1
        j += 1
    return end


def is_generic_body(span: Span, vocab: Vocab) -> bool:
    """A body named only by common words ("Navy", "Security Service", "Defense Ministry")."""
    heads = vocab.words("military_heads") | vocab.words("agency_heads")
    generic = (
        heads
        | {w for h in heads for w in h.split()}  # "Armed Forces", "Central Bank"
        | vocab.words("portfolio_words")
        | {"of", "the", "and", "intelligence", "national", "federal", "state", "general"}
    )
    if len(span) and span[-1].lower_ == "ministry":
        generic |= _ministry_portfolios(vocab)  # "Norland's shipping ministry"
    words = [t.lower_ for t in span if not vocab.demonym(t.text) and not vocab.country(t.text)]
    return bool(words) and all(w in generic for w in words)


def _proper_run_before(doc: Doc, end: int, limit: int = 6) -> int:
    """Start of the run of capitalised words (and linkers) ending at token `end`."""
    i = end
    while i > 0 and end - i < limit:
        t = doc[i - 1]
        if (
            t.is_title
            or t.is_upper
            or (t.like_num and ORDINAL_RE.match(t.text))
            or (
                t.lower_ in NAME_LINKERS
                and i - 1 > 0
                and (doc[i - 2].is_title or doc[i - 2].is_upper)
                # "the" inside a name follows "of" ("Bank of the X"): "In May the Army"
                # and "Since the Navy" start no name
                and (t.lower_ != "the" or doc[i - 2].lower_ in {"of", "for"})
            )
        ):
            i -= 1
        else:
            break
    # words that open a sentence or a date before the name: "Twelve Zed Army soldiers"
    while i < end and (
        doc[i].lower_ in NAME_LINKERS
        or doc[i].ent_type_ in {"DATE", "CARDINAL", "TIME"}
        or (doc[i].is_sent_start and doc[i].pos_ in {"SCONJ", "ADP", "CCONJ", "ADV", "PRON"})
    ):
        i += 1
    return i


def _title_run(doc: Doc, i: int) -> int:
    """End of a run of capitalised words starting at token i (i itself when none)."""
    while i < len(doc) and doc[i].is_title and doc[i].is_alpha:
        i += 1
    return i


def _listed_portfolios(doc: Doc, i: int) -> int | None:
    """End of "Land, Transport and Tourism" starting at token i: capitalised runs joined
    by commas, the last by "and"; None unless there is at least one comma."""
    j = _title_run(doc, i)
    commas = 0
    while j > i:
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].is_title:
            commas += 1
            j = _title_run(doc, j + 1)
            continue
        k = j + 1 if j < len(doc) and doc[j].text == "," else j  # the Oxford comma
        if commas and k + 1 < len(doc) and doc[k].lower_ in {"and", "&"} and doc[k + 1].is_title:
            return _title_run(doc, k + 1)
        return None
    return None


def district_bodies(doc: Doc, vocab: Vocab, furniture: list[tuple[int, int]]) -> list[Candidate]:
    """ "the U.S. Court of Appeals for the Zed Circuit", "the U.S. Attorney's Office for the
    Southern District of Zed": a federal court or prosecutor named with its district."""
    heads = "|".join(re.escape(h) for h in vocab.entity["district_body_heads"])
    pattern = re.compile(
        rf"(?:(?:U\.S\.|US|United States) )?(?:[A-Z][a-z]+ )*(?:{heads}) for the "
        r"(?:(?:[A-Z][a-z]+ |of )+Circuit|(?:[A-Z][a-z]+ )*District of [A-Z][a-z]+"
        r"(?: (?:York|Jersey|Carolina|Dakota|Mexico|Hampshire|Virginia|Island|Columbia))?)"
    )
    out: list[Candidate] = []
    for m in pattern.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and len(span) > 3 and not in_ranges(m.start(), furniture):
            out.append(Candidate(span.start, span.end, "GovernmentAgency", 3, "district-body"))
    return out


def listed_body_names(doc: Doc, vocab: Vocab, furniture: list[tuple[int, int]]) -> list[Candidate]:
    """Bodies named by a list of portfolios: "Ministry of Land, Transport and Tourism",
    "Foreign, Trade and Development Office". The model cuts such a name at the first
    comma and takes the rest for other names."""
    heads = vocab.words("agency_heads")
    out: list[Candidate] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        end = None
        if (
            tok.is_title
            and tok.lower_ in heads
            and i + 2 < len(doc)
            and doc[i + 1].lower_ in {"of", "for"}
        ):
            # "Department of the Environment, Climate and Communications"
            first = i + 3 if doc[i + 2].lower_ == "the" and i + 3 < len(doc) else i + 2
            end = _listed_portfolios(doc, first)
        elif (
            tok.is_title
            and tok.lower_ != "the"
            and (i == 0 or not doc[i - 1].is_title or doc[i - 1].lower_ == "the")
        ):
            stop = _listed_portfolios(doc, i)
            if stop is not None and doc[stop - 1].lower_ in heads:
                end = stop
        if end is not None and any(t.ent_type_ == "PERSON" for t in doc[i:end]):
            end = None  # "the Zed Command, General Jan Roe, and the National Police": a list
        if end is not None and not in_ranges(tok.idx, furniture):
            out.append(Candidate(i, end, "GovernmentAgency", 3, "listed-body"))
            i = end
            continue
        i += 1
    return out


def _platform_acting(tok: Token, vocab: Vocab) -> bool:
    """ "Zedgram said it would appeal", "a Zedgram spokesperson", "Zedgram Chief Executive
    Jane Roe": the platform acts as the company that runs it, which the text then means
    wherever it names it; "posted on Zedgram", "access to Zedgram" are the service."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.is_lower
        and nxt.lower_ in vocab.words("org_context_after") - vocab.words("owner_nouns")
    ):
        return True  # "a Zedgram spokesperson", "Zedgram shares"; not "Zedgram owner Acme"
    titles = vocab.words("company_role_titles")
    if nxt is not None and any(
        doc[tok.i + 1 : tok.i + 1 + k].text.lower() in titles for k in (1, 2, 3)
    ):
        return True
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in {"be", "have", "remain", "become", "let", "allow"}
    )


def rule_candidates(doc: Doc, vocab: Vocab, furniture: list[tuple[int, int]]) -> list[Candidate]:
    """Military units, national armed forces and named products found by pattern."""
    out: list[Candidate] = []
    mil = vocab.words("military_heads")
    needs_q = vocab.words("military_needs_qualifier")
    force = vocab.words("force_nouns")
    agency_nouns = vocab.words("generic_agency_nouns")
    common: set[str] | None = None  # lower-case words of the text, built on first use
    platforms = {p for p in vocab.entity["platform_names"] if " " not in p} - set(
        vocab.entity["ambiguous_platform_names"]
    )
    n = len(doc)
    for i, tok in enumerate(doc):
        if in_ranges(tok.idx, furniture):
            continue
        low = tok.lower_
        two = f"{doc[i - 1].lower_} {low}" if i > 0 else ""
        if (  # "Zedhed-type attack drones": the model the things are of
            tok.is_title
            and tok.is_alpha
            and i + 3 < n
            and tok.whitespace_ == ""
            and doc[i + 1].text in {"-", "–"}
            and doc[i + 1].whitespace_ == ""
            and doc[i + 2].lower_ == "type"
            and doc[i + 3].is_lower
            and doc[i + 3].pos_ == "NOUN"
            and not (vocab.country(tok.text) or vocab.demonym(tok.text))
            and tok.ent_type_ not in {"NORP", "GPE"}
        ):
            out.append(Candidate(i, i + 1, "Product", 2, "model-type"))
        if low in vocab.words("numbered_unit_heads") and tok.is_title:
            start = _proper_run_before(doc, i)
            if start < i and ORDINAL_RE.match(doc[start].text):
                # "the 41st Flight Test Group": a numbered group is a unit
                out.append(Candidate(start, i + 1, "MilitaryUnit", 3, "numbered-unit"))
        # capitalised unit names: "12th Mechanized Division", "Northern Fleet", "Armed Forces of X"
        if (tok.is_title or tok.is_upper) and (low in mil or two in mil):
            head_start = i - 1 if two in mil else i
            start = _proper_run_before(doc, head_start)
            end = i + 1
            if end < n and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].like_num:
                continue  # "Army Tactical Missile System": the word opens a longer name
            if end < n and doc[end].like_num and doc[end].whitespace_ in {" ", ""}:
                end += 1
            numbered = any(t.like_num or ORDINAL_RE.match(t.text) for t in doc[start:end])
            if (
                end + 1 < n
                and doc[end].lower_ == "of"
                and vocab.country(doc[end + 1].text)
                and not numbered  # "the 41st Brigade of Norland": the brigade, then its state
                and not (end + 2 < n and doc[end + 2].tag_ == "POS")  # "of Norland's Fleet"
            ):
                end += 2
            has_qual = start < head_start or end > i + 1
            if low in {"division", "wing", "command", "detachment", "unit"} and start < head_start:
                # "Tax Division", "Research and Planning Wing" are no military units
                has_qual = (
                    any(
                        t.like_num
                        or ORDINAL_RE.match(t.text)
                        or t.lower_ in vocab.words("military_qualifiers")
                        or t.ent_type_ in {"GPE", "LOC", "NORP"}
                        for t in doc[start:head_start]
                    )
                    or end > i + 1
                )
            if end > i + 1 and doc[i + 1].like_num:
                has_qual = True
            if low in needs_q and not has_qual:
                continue
            if start < head_start or low not in needs_q or end > i + 1:
                start, end, _ = trim(doc, start, end, vocab)
                span = doc[start:end]
                if any(t.lower_ == "and" for t in span) and end < n and doc[end].tag_ == "POS":
                    continue  # "Acme's Zed-7 and Brixco Aviation's Yon": two owners, no unit
                if start < end and not vocab.country(span.text):
                    country = None
                    if span[0].text and vocab.demonym(span[0].text):
                        country = vocab.demonym(span[0].text)
                    elif end - start >= 3 and doc[end - 2].lower_ == "of":
                        country = vocab.country(doc[end - 1].text)
                    hint = None
                    rest = " ".join(t.lower_ for t in span[1:]) if country else ""
                    if country and (rest in force or rest.endswith("armed forces")):
                        hint = f"forces:{country}"
                    if country and span.text.lower().startswith("armed forces of"):
                        hint = f"forces:{country}"
                    out.append(Candidate(start, end, "MilitaryUnit", 3, "unit", key_hint=hint))
        # capitalised agency names the model missed: "Commerce Ministry", "Ministry of Commerce"
        if (
            tok.is_title
            and low in vocab.words("agency_heads")
            and not tok.ent_type_
            and not (i > 0 and doc[i - 1].ent_type_ in {"ORG"})
            and not (
                i + 1 < n and f"{low} {doc[i + 1].lower_}" in vocab.roles
            )  # "Cabinet Secretary"
        ):
            start = _proper_run_before(doc, i)
            while start < i and (vocab.country(doc[start].text) or doc[start].is_sent_start):
                if vocab.country(doc[start].text) or doc[start].lower_ in {"the", "a"}:
                    start += 1
                else:
                    break
            end = i + 1
            if end + 1 < n and doc[end].lower_ == "of" and doc[end + 1].is_title:
                end += 2
                while end < n and (doc[end].is_title or doc[end].lower_ in {"and", "of"}):
                    end += 1
                while doc[end - 1].lower_ in {"and", "of"}:
                    end -= 1
            if end - start >= 2:
                out.append(Candidate(start, end, "GovernmentAgency", 2, "agency-name"))
        # "the FSB security service", "its GRU military intelligence agency"
        if (
            tok.is_upper
            and tok.is_alpha
            and 2 <= len(tok) <= 6
            and not vocab.country(tok.text)
            and tok.text not in vocab.entity["common_acronyms"]
        ):
            j = i + 1
            while j < n and j <= i + 4 and doc[j].is_lower and doc[j].is_alpha:
                if "GovernmentAgency" in vocab.entity["definite_anaphors"].get(doc[j].lower_, []):
                    if j + 1 >= n or not doc[j + 1].is_lower or doc[j + 1].pos_ != "NOUN":
                        out.append(Candidate(i, i + 1, "GovernmentAgency", 3, "agency-acronym"))
                    break
                j += 1
        # a possessive inside a name: "National Children's Hospital", "People's Court"
        if (
            tok.tag_ == "POS"
            and 0 < i < n - 1
            and doc[i - 1].is_title
            and doc[i - 1].lower_ in vocab.words("possessive_name_words")
            and doc[i + 1].is_title
        ):
            start = _proper_run_before(doc, i - 1)
            end = i + 1
            while end < n and (doc[end].is_title or doc[end].lower_ in {"of", "and"}):
                end += 1
            while doc[end - 1].lower_ in {"of", "and"}:
                end -= 1
            typ, _ = name_type(doc[start:end], "ORG", vocab)
            if typ and end - i > 1:
                out.append(Candidate(start, end, typ, 3, "possessive-name"))
        # "Zed is home to ...": a place the model did not tag
        if (
            tok.dep_ == "nsubj"
            and tok.pos_ == "PROPN"
            and tok.head.lemma_ == "be"
            and any(c.dep_ == "attr" and c.lower_ == "home" for c in tok.head.children)
        ):
            start = i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
                start -= 1
            out.append(Candidate(start, i + 1, "Location", 2, "home-to"))
        # "the Tarvik, Nevada-based company": the town before the state the model did tag
        if (
            tok.text == ","
            and i + 3 < n
            and doc[i + 1].is_title
            and doc[i + 1].ent_type_ in {"GPE", "LOC"}
            and doc[i + 2].text in {"-", "–"}
            and doc[i + 3].lower_ in vocab.words("based_words")
            and i > 0
            and doc[i - 1].is_title
            and doc[i - 1].pos_ == "PROPN"
            and not doc[i - 1].ent_type_
        ):
            start = i - 1
            while start > i - 3 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                start -= 1
            out.append(Candidate(start, i, "Location", 2, "town-before-state"))
        # "Zelkor-owned Mandivo", "the Acme-operated field": the owner the model missed
        if (
            tok.pos_ == "PROPN"
            and tok.is_title
            and not tok.ent_type_
            and i + 2 < n
            and doc[i + 1].text == "-"
            and doc[i + 2].lower_ in vocab.relations["participle_lemmas"]
            and not vocab.country(tok.text)
            and not vocab.demonym(tok.text)
        ):
            start = i
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                start -= 1
            out.append(Candidate(start, i + 1, "Organization", 1, "hyphen-owner"))
        # capitals the model does not tag ("Russia struck Kyiv")
        if tok.is_title and not tok.ent_type_ and not (i > 0 and doc[i - 1].is_title):
            for size in (3, 2, 1):
                span_text = doc[i : i + size].text
                if (
                    i + size <= n
                    and not doc[i + size - 1].is_punct  # not "Oslo," with its comma
                    and vocab.capital_of(span_text)
                    and not vocab.country(span_text)
                ):
                    if all(not t.ent_type_ for t in doc[i : i + size]):
                        out.append(Candidate(i, i + size, "Location", 2, "capital"))
                    break
        # well-known platforms the model does not tag ("Instagram and WhatsApp")
        if tok.text in platforms and tok.text[:1].isupper() and len(tok) > 1:
            if _platform_acting(tok, vocab):
                out.append(Candidate(i, i + 1, "Organization", 3, "platform-actor"))
            else:
                out.append(Candidate(i, i + 1, "Product", 2, "platform-name"))
        # "Acme's Zedphone", "Acme's Facegram, Instabook and Whatsit": names a company owns
        # that the model left untagged are its products
        if tok.tag_ == "POS" and i > 0 and doc[i - 1].ent_type_ == "ORG":
            owned = doc[i - 1].head if doc[i - 1].dep_ == "poss" else None
            if owned is not None and i < owned.i <= i + 3:
                names_ = [(i + 1, owned.i + 1)]
                for c in owned.conjuncts:
                    if c.i > owned.i:
                        cs = c.i
                        while cs > owned.i + 1 and doc[cs - 1].dep_ == "compound":
                            cs -= 1
                        names_.append((cs, c.i + 1))
                blocked = (
                    set(vocab.roles)
                    | vocab.words("org_heads")
                    | vocab.words("agency_heads")
                    | vocab.words("title_modifiers")
                )
                for a, b in names_:
                    toks = doc[a:b]
                    if all(
                        t.text[:1].isupper()
                        and t.pos_ in {"PROPN", "NOUN"}
                        and t.ent_type_ in {"", "PRODUCT", "GPE", "LOC"}  # "Acme's Windows"
                        and not vocab.capital_of(t.text)
                        and t.lower_ not in blocked
                        and not t.lower_.endswith(("factory", "plant", "port", "field"))
                        and not vocab.country(t.text)
                        and not vocab.demonym(t.text)
                        for t in toks
                    ):
                        out.append(Candidate(a, b, "Product", 2, "org-possessed"))
        # "Acme's Zed system", "the Zed software", "an Atlas V rocket": an untagged name
        # before a product noun
        if (
            i + 1 < n
            and doc[i + 1].is_lower
            and doc[i + 1].lower_
            in vocab.words("product_nouns") | {"maker", "developer", "creator"}
            and (
                (tok.pos_ == "PROPN" and tok.text[:1].isupper())
                or (tok.is_upper and len(tok) <= 3 and i > 0 and doc[i - 1].pos_ == "PROPN")
                or (tok.like_num and i > 0 and doc[i - 1].pos_ == "PROPN")  # "Kestrel 9 rocket"
            )
        ):
            start = i
            while (
                start > i - 3
                and start > 0
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].text[:1].isupper()
                and not doc[start - 1].is_upper
                and not vocab.country(doc[start - 1].text)
                and not vocab.demonym(doc[start - 1].text)
            ):
                start -= 1
            single = start == i
            before = start - 1
            if before > 0 and doc[before].is_lower and doc[before].pos_ == "ADJ":
                before -= 1  # "Acme's troubled Zed capsule"
            if (
                start > 0
                and (
                    doc[before].lower_ in {"the", "its", "their", "'s", "’s", "a", "an", ")"}
                    or doc[before].like_num
                )
                and (tok.is_title or not tok.is_upper if single else True)
                and not any(vocab.state_of(t.text) for t in doc[start : i + 1])
            ):
                out.append(Candidate(start, i + 1, "Product", 2, "product-noun-after"))
        # "the company launched Zed", "Acme unveiled the Z9": a product the model missed
        if (
            tok.dep_ == "dobj"
            and (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and not tok.is_sent_start))
            and tok.text[:1].isupper()
            and tok.ent_type_ not in {"GPE", "LOC", "NORP", "PERSON", "ORG", "FAC"}
            and tok.head.lemma_.lower() in vocab.words("product_verbs")
            and not vocab.country(tok.text)
        ):
            start = i
            while (
                start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN"
            ):
                start -= 1
            out.append(Candidate(start, i + 1, "Product", 2, "product-object"))
        # "wrote on X", "in a post on Zed": the platform a statement appeared on
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "on"
            and tok.text[:1].isupper()
            and not tok.ent_type_
            and not vocab.country(tok.text)
            and (
                tok.head.head.lemma_.lower() in vocab.words("posting_verbs")
                or tok.head.head.lemma_.lower() in vocab.words("post_nouns")
                # "thanked the crews on X.": a platform's own name, ending the phrase
                or (
                    tok.text in vocab.entity["platform_names"]
                    and not (i + 1 < n and doc[i + 1].text[:1].isupper())
                )
            )
        ):
            start = i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
                start -= 1
            out.append(Candidate(start, i + 1, "Product", 2, "platform"))
        # "French army", "Polish forces", "France's military"
        if low in force or two in force:
            fstart = i - 1 if two in force and not doc[i - 1].is_title else i
            if tok.is_lower and fstart > 0:
                prev = doc[fstart - 1]
                country = None
                pstart = fstart - 1
                if prev.tag_ == "POS" and fstart >= 2:
                    country = vocab.country(doc[fstart - 2].text)
                    pstart = fstart - 2
                else:
                    country = vocab.demonym(prev.text)
                followed = i + 1 < n and doc[i + 1].pos_ in {"NOUN", "PROPN"}
                if followed and doc[i + 1].lower_ in vocab.roles:
                    followed = False  # "the Polish army chief": the army, then a title
                if country and not followed:
                    owned = prev.tag_ == "POS"  # "Norway's military": the state, then its force
                    out.append(
                        Candidate(
                            fstart if owned else pstart,
                            i + 1,
                            "MilitaryUnit",
                            3,
                            "forces",
                            key_hint=f"forces:{country}",
                            country=country if owned else None,
                        )
                    )
                    if owned:
                        out.append(Candidate(pstart, pstart + 1, "Country", 3, "possessor"))
        # "Dutch police", "Indian government", "Bavaria interior ministry"
        envoys = (  # "Norland's mission to the United Nations": its diplomats there
            low == "mission"
            and i + 3 < n
            and doc[i - 1].tag_ == "POS"  # not "Norland's first mission to the Moon"
            and doc[i + 1].lower_ == "to"
            and doc[i + 2 + (doc[i + 2].lower_ == "the")].ent_type_ in {"ORG", "GPE"}
        )
        if tok.is_lower and (low in agency_nouns or two in agency_nouns or envoys) and i > 0:
            fstart = i - 1 if two in agency_nouns and doc[i - 1].is_lower else i
            j = fstart - 1
            while (
                j > 0
                and j >= fstart - 3
                and doc[j].is_lower
                and (
                    doc[j].pos_ == "ADJ"
                    or (low == "cabinet" and doc[j].pos_ == "NOUN" and doc[j].dep_ == "compound")
                    or (low == "ministry" and doc[j].lower_ in _ministry_portfolios(vocab))
                )
            ):
                j -= 1  # "Bavaria interior ministry", "Norway's security cabinet" keep them
            if j > 0 and doc[j].tag_ == "POS":
                j -= 1  # "Bavaria's interior ministry"
            if (
                j >= 0
                and doc[j].text[:1].isupper()
                and (doc[j].ent_type_ or not doc[j].is_sent_start)
            ):
                country = vocab.state_of(doc[j].text)
                k = j
                while k > 0 and doc[k].ent_iob_ == "I":
                    k -= 1
                is_place = doc[j].ent_type_ in {"GPE", "LOC"} or bool(country)
                nxt_noun = i + 1 < n and doc[i + 1].pos_ in {"NOUN", "PROPN"}
                if nxt_noun and (doc[i + 1].lower_ in vocab.roles or doc[i + 1].lower_ == "press"):
                    nxt_noun = False  # "Hungarian government spokesman X": the body, then a title
                if is_place and not nxt_noun:
                    typ = (
                        "MilitaryUnit"
                        if low in {"navy", "army"} or two == "air force"
                        else ("GovernmentAgency")
                    )
                    hint = (
                        f"government:{country}"
                        if country and low in {"government", "authorities"}
                        else None
                    )
                    if doc[j + 1].tag_ == "POS" and k == j and vocab.country(doc[j].text):
                        # "Norway's parliament": the state is named, and its body after it
                        out.append(Candidate(j, j + 1, "Country", 3, "possessor"))
                        out.append(
                            Candidate(
                                j + 2,
                                i + 1,
                                typ,
                                3,
                                "generic-agency",
                                key_hint=hint,
                                country=country,
                            )
                        )
                        continue
                    out.append(Candidate(k, i + 1, typ, 3, "generic-agency", key_hint=hint))
            if low == "ministry" and not any(
                c.end == i + 1 and c.type == "GovernmentAgency" for c in out[-3:]
            ):
                portfolio = _portfolio_start(doc, i, vocab)
                det = doc[portfolio - 1] if portfolio is not None and portfolio > 0 else None
                # "Foreign ministry spokesman X said": the portfolio capitalised first
                opening = (
                    portfolio is None
                    and i > 0
                    and doc[i - 1].is_sent_start
                    and doc[i - 1].is_title
                    and doc[i - 1].lower_ in _ministry_portfolios(vocab)
                )
                if opening:
                    portfolio = i - 1
                if opening or (
                    det is not None
                    and (
                        det.lower_ == "the"
                        or (det.tag_ == "POS" and doc[det.i - 1].pos_ == "PROPN")
                    )
                ):
                    # "the digital ministry", "Roe's interior ministry": a body of the
                    # article's own state, named by its portfolio alone
                    out.append(Candidate(portfolio, i + 1, "GovernmentAgency", 2, "portfolio"))
        # "Acme plant manager Jane Doe": the body named before a title
        if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and i > 1:
            r = i
            title_words = set(vocab.roles) | vocab.words("title_modifiers")
            # "Foreign Minister", "Brigadier General": a portfolio or a rank, not a body
            not_bodies = vocab.words("portfolio_words") | vocab.words("honorifics") | title_words
            while r > 0 and (
                (doc[r - 1].is_lower and doc[r - 1].pos_ in {"NOUN", "ADJ"})
                or (doc[r - 1].is_title and doc[r - 1].lower_ in title_words)
            ):
                r -= 1  # "Acme plant manager Jane Doe", "CISA Director Jane Doe"
            if r < i and any(t.lower_ in vocab.roles for t in doc[r:i]):
                start = r
                while (
                    start > 0
                    and doc[start - 1].text[:1].isupper()
                    and doc[start - 1].pos_ in {"PROPN", "ADJ", "NOUN"}
                    and not doc[start - 1].ent_type_
                    and doc[start - 1].lower_ not in vocab.roles
                    and doc[start - 1].lower_.rstrip(".") not in not_bodies
                ):
                    start -= 1
                if common is None:
                    common = {t.lower_ for t in doc if t.is_lower} | vocab.words("title_modifiers")
                while start < r and doc[start].lower_ in common:
                    start += 1  # "Naval intelligence spokeswoman": common words, not a name
                while r > start and f"{doc[r - 1].lower_} {doc[r].lower_}" in vocab.roles:
                    r -= 1  # "Prime Minister": the first word is the title's own
                if start < r and not vocab.demonym(doc[start].text):
                    out.append(Candidate(start, r, "Organization", 1, "before-title"))
        # "the state shipping company Acme": a company noun then a capitalised name
        if (
            tok.is_lower
            and low in vocab.words("org_context_before")
            and i + 1 < n
            and doc[i + 1].pos_ == "PROPN"
            and doc[i + 1].text[:1].isupper()
            and doc[i + 1].ent_type_ in {"", "ORG", "PERSON", "GPE", "PRODUCT"}
            and not vocab.country(doc[i + 1].text)
            # "record producer Jane Roe", "the company Jane Roe founded": a full personal name
            and not (
                i + 2 < n
                and doc[i + 1].ent_type_ == "PERSON"
                and doc[i + 2].ent_iob_ == "I"
                and low not in vocab.words("org_kind_nouns")  # "the band Jane Roe" is a band
            )
        ):
            start = i + 1
            while start < n:
                end = start + 1
                while end < n and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                    end += 1
                out.append(Candidate(start, end, "Organization", 2, "org-noun"))
                # a list after a plural noun: "internet groups Acme, Globex and Initech"
                if not low.endswith("s") or end + 1 >= n or doc[end].text not in {",", "and"}:
                    break
                nxt = end + 1 if doc[end].text == "," else end + 1
                if nxt < n and doc[nxt].lower_ == "and":
                    nxt += 1
                if nxt >= n or doc[nxt].pos_ != "PROPN" or not doc[nxt].text[:1].isupper():
                    break
                start = nxt
        # model designations: "X200", "Z3", "F-16", "747 MAX 8", with the brand before them
        if _is_model_token(tok, vocab) and not (i > 0 and _is_model_token(doc[i - 1], vocab)):
            start, end = i, i + 1
            while end < n and (
                _is_model_token(doc[end], vocab)
                or (doc[end].is_upper and doc[end].is_alpha and len(doc[end]) > 1)
                or (doc[end].like_num and doc[end].whitespace_ != "" and len(doc[end]) <= 2)
                or (doc[end].text == "-" and doc[end].whitespace_ == "")
            ):
                if doc[end].text == "-" and not (end + 1 < n and doc[end + 1].text.isalnum()):
                    break
                end += 1
            while end - 1 > start and doc[end - 1].text == "-":
                end -= 1
            while (
                start > 0
                and doc[start - 1].text[:1].isupper()
                and doc[start - 1].pos_ == "PROPN"
                and not vocab.country(doc[start - 1].text)
                and not vocab.demonym(doc[start - 1].text)
                and not (start > 1 and vocab.demonym(doc[start - 2 : start].text))
                and not doc[start - 1].is_sent_start
                and not _maker_participle(doc[start - 1], vocab)
            ):
                start -= 1
            while (
                end + 1 < n
                and doc[end].pos_ == "PROPN"
                and doc[end].is_title
                and doc[end + 1].is_lower
                and doc[end + 1].lower_ in vocab.words("product_nouns")
            ):
                end += 1  # "ZM-21 Burya rockets": the model's name after the designation
            kind = "Organization" if _group_code(doc[start:end].text, vocab) else "Product"
            if _leaning_before(doc, start, vocab):
                kind = "Organization"  # "the liberal Z66": a party with a number in its name
            out.append(Candidate(start, end, kind, 2, "model"))
        # "iPhone", "iMessage 2": lower-case first, then capitalised, is a product's spelling
        if (
            re.match(r"^[a-z][A-Z][A-Za-z]+$", tok.text)
            and not tok.ent_type_
            and not (i > 0 and re.match(r"^[a-z][A-Z]", doc[i - 1].text))
        ):
            end = i + 1
            if end < n and doc[end].like_num and len(doc[end]) <= 2:
                end += 1
            known = vocab.known(doc[i:end].text)  # "xAI", "eBay": companies the list knows
            kind = known.type if known is not None and not known.ambiguous else "Product"
            out.append(Candidate(i, end, kind, 2, "lower-camel"))
        # "the Torvik 70 Pro", "its Zed 5 Max": a name, a number and a model suffix
        if (
            tok.like_num
            and len(tok) <= 3
            and 0 < i < n - 1
            and doc[i - 1].pos_ == "PROPN"
            and doc[i - 1].is_title
            and doc[i + 1].lower_ in vocab.words("model_suffixes")
            and doc[i + 1].text[:1].isupper()
        ):
            start = i - 1
            if start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                start -= 1
            out.append(Candidate(start, i + 2, "Product", 2, "model-suffix"))
        # "the app X", "the drone Kestrel": a product noun then a capitalised name
        if (
            low in vocab.words("product_context_before")
            and tok.is_lower
            and not (i > 0 and doc[i - 1 : i + 1].text.lower() in vocab.words("org_context_before"))
            and i + 1 < n
            and doc[i + 1].pos_ == "PROPN"
            and doc[i + 1].text[:1].isupper()
        ):
            end = i + 2
            while end < n and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            out.append(Candidate(i + 1, end, "Product", 2, "product-noun"))
    return out


def dateline_credits(doc: Doc, vocab: Vocab) -> list[Candidate]:
    """The wire service a dateline credits ("PARIS (AFP) -", "Port Sudan (AFP) –"): a
    listed news organisation in brackets right before the dash."""
    out: list[Candidate] = []
    for tok in doc:
        i = tok.i
        if tok.text != "(" or i + 3 >= len(doc) or doc[i + 2].text != ")":
            continue
        if doc[i + 3].text not in {"-", "–", "—"}:
            continue
        known = vocab.known(doc[i + 1].text)
        if known is not None and known.type == "Organization" and doc[i + 1].is_upper:
            out.append(Candidate(i + 1, i + 2, "Organization", 3, "dateline-credit"))
    return out


def ampersand_firms(doc: Doc, vocab: Vocab, furniture: list[tuple[int, int]]) -> list[Candidate]:
    """ "Tarrow, Pike, Holm & Co", "Lund, Berg & Vik": partners' surnames joined by commas
    and an ampersand name one firm; a list of people or places takes "and"."""
    out: list[Candidate] = []
    for amp in doc:
        if amp.text != "&" or amp.i + 1 >= len(doc) or not doc[amp.i + 1].is_title:
            continue
        if any(s <= amp.idx < e for s, e in furniture):
            continue
        names = [amp.i - 1]
        i = amp.i - 1
        while i >= 2 and doc[i - 1].text == "," and doc[i - 2].is_title:
            i -= 2
            names.append(i)
        end = amp.i + 2
        if end < len(doc) and doc[end].text == "." and doc[amp.i + 1].lower_ == "co":
            end += 1
        words = [doc[k] for k in names] + [doc[amp.i + 1]]
        if (
            len(names) < 2
            or not all(w.is_title and w.is_alpha for w in words[:-1])
            or any(vocab.country(w.text) or vocab.demonym(w.text) for w in words)
            or (i > 0 and doc[i - 1].is_title)
        ):
            continue
        out.append(Candidate(i, end, "Organization", 3, "ampersand-firm"))
    return out


def nicknamed_people(doc: Doc, vocab: Vocab, furniture: list[tuple[int, int]]) -> list[Candidate]:
    """'Jana "Jay" Roe', 'Omar "the Fox" Vell': a given name, a nickname in quotes and
    a surname are one person, which the model often splits or misses."""
    out: list[Candidate] = []
    quotes = {'"', "“", "”"}
    for tok in doc:
        if not tok.is_title or not tok.is_alpha or tok.i + 3 >= len(doc):
            continue
        if any(s <= tok.idx < e for s, e in furniture) or doc[tok.i + 1].text not in quotes:
            continue
        close = next((t.i for t in doc[tok.i + 2 : tok.i + 6] if t.text in quotes), None)
        if close is None or close == tok.i + 2 or close + 1 >= len(doc):
            continue
        inner = doc[tok.i + 2 : close]
        if not any(t.is_title for t in inner) or not all(t.is_alpha for t in inner):
            continue
        end = close + 1
        while end < len(doc) and end < close + 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        last = doc[end - 1].lower_
        if end > close + 1 and not (
            last in vocab.words("org_heads") | vocab.words("company_name_tails")
            or vocab.country(doc[end - 1].text)
        ):
            weight = 3 if tok.text in vocab.given_names else 2
            out.append(Candidate(tok.i, end, "Person", weight, "nicknamed"))
    return out


def vessel_names(doc: Doc, vocab: Vocab, furniture: list[tuple[int, int]]) -> list[Candidate]:
    """ "HMNZS Zed Star", "BRP Yon": a ship prefix and the capitalised words after
    it, which the model often leaves untagged or cuts after the prefix."""
    out: list[Candidate] = []
    prefixes = vocab.words("vessel_prefixes")
    for i, tok in enumerate(doc):
        if not tok.is_upper or tok.lower_ not in prefixes or in_ranges(tok.idx, furniture):
            continue
        end = i + 1
        while end < len(doc) and end < i + 5 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end > i + 1:
            out.append(Candidate(i, end, "Product", 3, "vessel"))
    return out


def party_families(doc: Doc, vocab: Vocab, furniture: list[tuple[int, int]]) -> list[Candidate]:
    """ "the Greens", "the Free Democrats": a party named by its family, capitalised and
    plural, which the model reads as a common noun."""
    out: list[Candidate] = []
    names = {tuple(n.split()) for n in vocab.entity["party_family_names"]}
    for i, tok in enumerate(doc):
        if i == 0 or doc[i - 1].lower_ != "the" or in_ranges(tok.idx, furniture):
            continue
        for n in (2, 1):
            words = tuple(t.text for t in doc[i : i + n])
            if words in names and not (
                i + n < len(doc) and doc[i + n].text[:1].isupper() and doc[i + n].is_alpha
            ):  # not "the Social Democrats Party" or "the Greens Zed", named whole elsewhere
                out.append(Candidate(i, i + n, "Organization", 3, "party-family"))
                break
    return out


def dateline_place_names(doc: Doc, vocab: Vocab) -> list[Candidate]:
    """The places a dateline names ("ULAANBAATAR, Jan 25 (Reuters) -", "MOSCOW/KYIV"),
    which the model, reading capitals, often misses."""
    out: list[Candidate] = []
    for start, end in dateline_places(doc.text):
        span = doc.char_span(start, end)
        if span is None:
            continue
        state = vocab.country(span.text)
        out.append(
            Candidate(span.start, span.end, "Country" if state else "Location", 3, "dateline")
        )
    return out


def untagged_states(doc: Doc, vocab: Vocab, furniture: list[tuple[int, int]]) -> list[Candidate]:
    """A state's name the model left untagged ("Bahamas, Bangladesh, Barbados, Benin"):
    its capitalised name is enough. Names the model tagged otherwise ("Chad" the
    person, "Georgia" the state) are left to it."""
    out: list[Candidate] = []
    n, i = len(doc), 0
    while i < n:
        for size in (4, 3, 2, 1):
            span = doc[i : i + size]
            if (
                len(span) == size
                and span[0].text[:1].isupper()
                and span[-1].text[:1].isupper()
                and not any(t.ent_type_ for t in span)
                and vocab.country(span.text)
                and not in_ranges(span[0].idx, furniture)
                and not (i > 0 and doc[i - 1].text in {"-", "–"} and not doc[i - 1].whitespace_)
                and not (
                    i + size < n and doc[i + size].text in {"-", "–"} and not span[-1].whitespace_
                )
            ):
                out.append(Candidate(i, i + size, "Country", 2, "state-name"))
                i += size - 1
                break
        else:
            country = vocab.demonym(doc[i].text) if doc[i].text[:1].isupper() else None
            if (
                country
                and i > 0
                and i + 1 < n
                and doc[i - 1].lower_ == "the"
                and doc[i + 1].lower_ == "state"
                and doc[i + 1].dep_ != "compound"  # "the Norlandic state oil company"
                and not (
                    i + 2 < n
                    and (
                        doc[i + 2].pos_ in {"NOUN", "PROPN", "ADJ", "ADP"}
                        or doc[i + 2].tag_ == "VBG"
                    )
                )
                and not in_ranges(doc[i].idx, furniture)
            ):
                # "an insurgency against the Turkish state": the state itself
                out.append(
                    Candidate(i, i + 2, "Country", 2, "state-name", key_hint=f"country:{country}")
                )
                i += 1
        i += 1
    return out


def _defined_company(doc: Doc, i: int, vocab: Vocab) -> bool:
    """ "Zedtron, a subsidiary of Acme, ...", "Zedtron is a unit of Acme": one capitalised
    word that the next words define as a company (the parser may call it a common noun)."""
    tok = doc[i]
    if not (tok.is_title and tok.is_alpha and len(tok) > 2):
        return False
    j = i + 2  # past "," or "is"
    linked = doc[i + 1] if i + 1 < len(doc) else None
    if linked is None or not (linked.text == "," or linked.lower_ in {"is", "was"}):
        return False
    if not (j < len(doc) and doc[j].lower_ in {"a", "an"}):
        return False
    kinds = vocab.words("company_nouns") | vocab.words("subsidiary_nouns")
    for t in doc[j + 1 : j + 5]:
        if t.is_lower and (t.lower_ in kinds or t.lemma_.lower() in kinds):
            return True
        if not (t.is_lower and t.pos_ in {"ADJ", "NOUN"}) and t.text != "-":
            return False
    return False


def untagged_names(doc: Doc, vocab: Vocab, furniture: list[tuple[int, int]]) -> list[Candidate]:
    """Proper-noun runs the model left untagged, kept only where the words around them
    say what they are ("Volkor, which is based in ...", "an analyst at Zedcor")."""
    common = {t.lower_ for t in doc if t.is_lower}
    thing_words = (  # last words of names that are no person's ("the Zed Accords")
        vocab.words("law_heads")
        | vocab.words("product_nouns")
        | vocab.words("facility_nouns")
        | vocab.words("org_heads")
    )
    skip = (
        set(vocab.roles)
        | vocab.words("title_modifiers")
        | vocab.words("honorifics")
        | vocab.words("portfolio_words")
    )
    out: list[Candidate] = []
    n, i = len(doc), 0
    while i < n:
        tok = doc[i]
        defined = _defined_company(doc, i, vocab)
        if not ((tok.pos_ == "PROPN" or defined) and tok.text[:1].isupper() and not tok.ent_type_):
            i += 1
            continue
        if tok.is_sent_start and tok.lower_ in vocab.words("relational_nouns"):
            i += 1  # "Rival Zedair, ...": a sentence-initial kind word is not in the name
            continue
        end = i + 1
        while (
            end < n
            and end - i < 4
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and not doc[end].ent_type_
        ):
            end += 1
        cut = next((k for k in range(i + 1, end) if doc[k].lower_ in skip), end)
        if _company_title_follows(doc, cut, vocab) and not any(
            t.lower_ in vocab.words("agency_heads") | vocab.words("military_heads")
            for t in doc[i:cut]
        ):  # "Zedcor CEO Jane Roe", not "Ministry spokesman Jo Roe": the title is no name
            end, titled = cut, True
        else:
            titled = False
        span = doc[i:end]
        words = [t.lower_.rstrip(".") for t in span]
        hyphened = (i > 0 and doc[i - 1].text in {"-", "–"} and not doc[i - 1].whitespace_) or (
            end + 1 < n
            and doc[end].text in {"-", "–"}
            and not doc[end - 1].whitespace_
            and doc[end + 1].text[:1].isupper()
        )  # "PORT-AU-PRINCE": a piece of a longer name ("Gdansk-based" is whole)
        if not (
            hyphened
            or in_ranges(tok.idx, furniture)
            or any(w in skip for w in words)
            or (len(span) == 1 and (words[0] in common or len(words[0]) < 3))
            or span.text in vocab.entity["common_acronyms"]  # "the NGO Zed": a kind word
            or any(vocab.state_of(t.text) for t in span)
            or not all(t.is_alpha for t in span)
            or (
                tok.is_sent_start
                and len(span) == 1
                and not defined
                and not titled
                and not (  # "Volkor, which is based in ...": described, so a name
                    end + 1 < n
                    and doc[end].text == ","
                    and (
                        doc[end + 1].lower_ in {"which", "a", "an", "the"}
                        or (end + 2 < n and doc[end + 2].tag_ == "POS")  # "Zed, Acme's app"
                    )
                )
            )
        ):
            typ = (
                "Organization"
                if (defined or titled) and len(span) == 1
                else context_type(doc, i, end, vocab)
            )
            owned = i >= 2 and doc[i - 1].tag_ == "POS"  # "Acme's Zed cloud platform"
            if typ == "Product" and not (end < n and doc[end].text == ",") and not owned:
                typ = None  # "Acme games": the maker, too often; "Zed, a chatbot" defines it
            if (
                # "(Wire) - Jane Roe said": a speaker is no company for being one
                (typ is None or (typ == "Organization" and not (defined or titled)))
                and len(span) <= 3
                and _given_name_first(span, vocab)
                and span[-1].tag_ != "NNPS"  # "the Abraham Accords"
                and span[-1].lower_.removesuffix("s") not in thing_words
            ):
                typ = "Person"  # "(Wire) - Jane Roe on Friday named ...": the model missed her
            if typ is not None:
                strong = typ == "Organization" and (
                    _titles_follow(doc, end, vocab) or _defined_as_org(doc, i, end, vocab)
                )
                out.append(Candidate(i, end, typ, 3 if strong else 1, "untagged"))
        i = end
    return out


def known_names(
    doc: Doc, matcher: PhraseMatcher, vocab: Vocab, furniture: list[tuple[int, int]]
) -> list[Candidate]:
    """Unambiguous gazetteer names wherever they stand, the ones the model missed or split
    ("Lockheed" + "Martin") included. A one-word name is weighed like context, so a longer
    name around it ("Acme Search") still wins the overlap and split_makers decides."""
    out: list[Candidate] = []
    inside = {  # tokens of a longer model name: "RAF X" the base, "Acme Zed 3" the product
        i: (e.start, e.end) for e in doc.ents for i in range(e.start, e.end) if len(e) > 1
    }

    def longer_name(outer: tuple[int, int], start: int, end: int) -> bool:
        extra = [t for t in doc[outer[0] : outer[1]] if not start <= t.i < end]
        return outer[1] >= end and any(t.text[:1].isupper() or t.like_num for t in extra)

    for match_id, start, end in matcher(doc):
        if in_ranges(doc[start].idx, furniture):
            continue
        typ = doc.vocab.strings[match_id]
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if (
            before is not None
            and before.text in {"-", "–", "@", "#", "/", "."}
            and not before.whitespace_
        ) or (after is not None and after.text in {"-", "–", "/"} and not doc[end - 1].whitespace_):
            continue  # part of a compound word or a handle
        if (
            after is not None
            and after.tag_ == "POS"
            and end - start >= 3
            and doc[end - 2].lower_ == "of"
            and vocab.country(doc[end - 1].text)
        ):
            continue  # "the General Staff of Norland's Armed Forces": the state owns what follows
        weight = 3 if end - start >= 2 else 2
        outer = inside.get(start)
        if outer is not None and longer_name(outer, start, end):
            weight = 1  # the longer name wins
        out.append(Candidate(start, end, typ, weight, "gazetteer"))
    return out


LEGAL_SUFFIXES = frozenset(
    {
        "inc",
        "ltd",
        "llc",
        "co",
        "corp",
        "plc",
        "ag",
        "sa",
        "nv",
        "bv",
        "gmbh",
        "lp",
        "llp",
        "jr",
        "sr",
    }
)
MODEL_RE = re.compile(
    r"^(?=[^\d]*\d)(?=.*[A-Za-z])[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Za-z]{0,2}$|^\d{3}$"
    r"|^[A-Z][a-z]{2,7}-\d{1,4}[A-Za-z]{0,2}$"  # "Kestral-136"
)


def _group_code(text: str, vocab: Vocab) -> bool:
    """A tracking code that names a hacking group ("APT28", "UNC2452"), not a model."""
    return any(re.match(p, text) for p in vocab.entity["group_code_patterns"])


def _is_model_token(tok: Token, vocab: Vocab) -> bool:
    """ "X200", "Z3", "F-16" (one token or "F" "-" "16"), "747" before "MAX"."""
    text = tok.text
    if text.lower() in vocab.words("model_number_exclude") or ORDINAL_RE.match(text):
        return False
    if text.lower().startswith(tuple(vocab.words("identifier_prefixes"))):
        return False  # "CVE-2023-34362" names a flaw, not a product
    if re.match(r"^\d{3}$", text):
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return (
            nxt is not None
            and nxt.is_upper
            and nxt.is_alpha
            and len(nxt) > 1
            and nxt.lower_ not in vocab.words("measure_units")
        )
    return bool(MODEL_RE.match(text)) and tok.ent_type_ not in {"DATE", "TIME", "MONEY", "PERCENT"}


def acronym_candidates(
    doc: Doc, cands: list[Candidate], vocab: Vocab, furniture: list[tuple[int, int]]
) -> list[Candidate]:
    """ "description (ACR)" and "Full Name (ACR)": the acronym and what it stands for."""
    out: list[Candidate] = []
    by_end = {c.end: c for c in cands}
    chunks: dict[int, Span] | None = None
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or not is_acronym(doc[i + 1].text):
            continue
        if in_ranges(doc[i].idx, furniture):
            continue
        if i + 3 < len(doc) and doc[i + 3].text in {"-", "–", "—"}:
            continue  # "Port Sudan (AFP) -": a dateline's credit, no acronym of the place
        acr = doc[i + 1].text
        prev = by_end.get(i)
        if prev is not None and _initial_fits(doc[prev.start : prev.end], acr):
            # "Zed Metal Mining Group (ZMC)": the brackets say what the letters stand for,
            # whatever else a listed body of those letters may be
            out.append(
                Candidate(i + 1, i + 2, prev.type, max(prev.weight, 3), "acronym", link=prev)
            )
            continue
        start = _proper_run_before(doc, i, limit=10)
        if start < i - 1 and _initial_fits(doc[start:i], acr):
            # "United Nations Interim Force in Lebanon (UNIFIL)": a name the model split
            span = doc[start:i]
            typ, _ = name_type(span, "ORG", vocab)
            full = Candidate(start, i, typ or "Organization", 3, "acronym-name")
            out.append(full)
            out.append(Candidate(i + 1, i + 2, full.type, 3, "acronym", link=full))
            continue
        # a common-noun description: the noun chunk that ends right before "("
        if chunks is None:
            chunks = {nc.end: nc for nc in doc.noun_chunks}
        chunk = chunks.get(i)
        if chunk is None:
            continue
        start = chunk.start
        while start < i and (
            doc[start].dep_ in {"det", "poss", "case"}
            or doc[start].tag_ == "POS"
            or doc[start].is_punct
        ):
            start += 1
        # a possessor inside the chunk ("Ukraine's military ...") is not part of the name
        for j in range(start, i):
            if doc[j].tag_ == "POS":
                start = j + 1
        if start >= i:
            continue
        desc = doc[start:i]
        head = desc[-1].lower_
        words = {t.lower_ for t in desc}
        if head in vocab.words("military_heads") or desc.text.lower() in vocab.words(
            "military_heads"
        ):
            typ = "MilitaryUnit"
        elif head in vocab.words("agency_heads") or words & {"intelligence", "ministry", "police"}:
            typ = "GovernmentAgency"
        elif head in vocab.words("product_nouns"):
            typ = "Product"
        else:
            typ = "Organization"
        proper = all(t.text[:1].isupper() or t.lower_ in NAME_LINKERS for t in desc)
        if not proper and (
            acr.lower() in vocab.words("common_acronyms") or not _names_a_body(head, vocab)
        ):
            continue  # "liquefied natural gas (LNG)", "artificial intelligence (AI)"
        if proper and not _initial_fits(desc, acr):
            continue  # "JERUSALEM (AP)": a credit, not an acronym of the name before it
        d = Candidate(start, i, typ, 3, "acronym-desc", descriptive=not proper)
        out.append(d)
        out.append(Candidate(i + 1, i + 2, typ, 3, "acronym", link=d))
    return out


def _names_a_body(head: str, vocab: Vocab) -> bool:
    """Whether a lower-case description's head word can name a body, a unit or a product."""
    return (
        head in vocab.words("military_heads")
        or head in vocab.words("agency_heads")
        or head in vocab.words("product_nouns")
        or head in vocab.words("org_heads")
        or head in vocab.words("org_kind_nouns")
        or head in vocab.words("company_nouns")
        or head in vocab.entity["definite_anaphors"]
    )


def _initial_fits(span: Span, acronym: str) -> bool:
    """Whether an acronym can stand for a proper name.

    Any name of two or more words may (acronyms are often foreign: "BND"); a
    one-word name needs the same first letter and its letters in order, so
    "AP" after "JERUSALEM" is a credit, not the city's acronym.
    """
    words = [t.text for t in span if t.text[:1].isupper() and t.lower_ not in NAME_LINKERS]
    if not words or len(words) >= 2:
        return True  # a full name may have a foreign acronym ("... of Germany (BND)")
    letters = [c for c in acronym.upper() if c.isalpha()]
    if not letters or letters[0] != words[0][0].upper():
        return False
    name = "".join(t.text for t in span).upper()  # linkers count too: UNIFIL's "in"
    pos = 0
    for c in letters:
        pos = name.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def national_units(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """ "Acme Deutschland", "Acme UK": a company's unit named after its country is a
    body of its own, not the company and a state side by side."""
    out: list[Candidate] = []
    for c in cands:
        if c.type != "Organization":
            continue
        for n in (2, 1):
            end = c.end + n
            if end > len(doc) or not all(t.text[:1].isupper() for t in doc[c.end : end]):
                continue
            if not vocab.country(doc[c.end : end].text):
                continue
            last = doc[c.end - 1]
            told = c.start > 0 and doc[c.start - 1].lemma_.lower() in {"tell", "inform", "warn"}
            if (
                not told  # "told Reuters Russia had paid": two names
                and last.dep_ == "compound"
                and doc[c.end : end].start <= last.head.i < end
            ):
                out.append(Candidate(c.start, end, "Organization", 3, "national-unit"))
            break
    return out


def names_ending_in_states(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """ "Zedco Leach Zambia", "Air Norland": capitalised words the parser hangs on a state's
    name make one company's name with it, the state being its seat or its market."""
    out: list[Candidate] = []
    skip = vocab.words("compass_words") | vocab.words("state_name_modifiers")
    for c in cands:
        if c.type != "Country" or c.start == 0:
            continue
        last = doc[c.start - 1]
        if last.pos_ != "PROPN" or not c.start <= last.head.i < c.end:
            continue
        i = c.start - 1
        while i >= 0 and (
            (doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper())
            or (doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_)
            or (doc[i].text[:1].isupper() and doc[i + 1].text == "-" and not doc[i].whitespace_)
        ):
            i -= 1
        start = i + 1
        run = doc[start : c.start]
        if (
            not len(run)
            or (start > 0 and doc[start - 1].text == "(")  # "(ALPA India)": an acronym's place
            or run[0].lower_ in skip
            or (run[0].is_sent_start and len(run) == 1)  # "Neighbouring Norland said"
            or vocab.country(run.text)
            or vocab.country(doc[start : c.end].text)
            or any(vocab.demonym(t.text) or t.lower_ in vocab.roles for t in run)
        ):
            continue
        out.append(Candidate(start, c.end, "Organization", 3, "state-tail-name"))
    return out


def bodies_of_states(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """ "the Grain Board of Norland", "the Ports Authority of the Zed Republic": an
    institution's name that ends in its state is one name, with the state inside.

    Only institution heads take the state this way; a company or a group named "of" a
    state ("Zedco Group of Norland") keeps the state apart, its seat or market.
    """
    heads = vocab.words("state_named_body_heads")
    by_end = {c.end: c for c in cands if c.type in {"Organization", "GovernmentAgency"}}
    out: list[Candidate] = []
    for c in cands:
        if c.type != "Country" or c.start < 2:
            continue
        of = c.start - 2 if doc[c.start - 1].lower_ == "the" else c.start - 1
        body = by_end.get(of)
        if body is None or doc[of].lower_ != "of":
            continue
        # "the Chamber of Fisheries of Norland": the word before its own "of" is the head
        head = doc[next((t.i for t in body.span(doc) if t.lower_ == "of"), body.end) - 1]
        after = doc[c.end] if c.end < len(doc) else None
        if (
            head.lower_ not in heads
            or not head.is_title
            or (after is not None and (after.is_title or after.tag_ == "POS"))
        ):
            continue
        out.append(Candidate(body.start, c.end, body.type, max(body.weight, 3), "body-of-state"))
    return out


def joined_portfolios(
    doc: Doc, cands: list[Candidate], vocab: Vocab, common: frozenset[str]
) -> list[Candidate]:
    """ "the Mail and Cable Authority", "the Docks and Marine Organization": a field
    named in common words, "and", then a public body's name is one body, which the model
    reads as two names."""
    heads = vocab.words("agency_heads") | {"organization", "organisation"}
    by_start = {c.start: c for c in cands}
    out: list[Candidate] = []
    for a in cands:
        b = by_start.get(a.end + 1)
        if (
            b is None
            or a.end >= len(doc)
            or doc[a.end].lower_ != "and"
            or a.type not in {"Organization", "GovernmentAgency"}
            or b.type not in {"Organization", "GovernmentAgency"}
            or doc[b.end - 1].lower_ not in heads
            or not doc[b.end - 1].is_title
            or a.end - a.start > 3
            or (a.start > 0 and doc[a.start - 1].text in {",", "and"})  # a list of bodies
        ):
            continue
        field = doc[a.start : a.end]
        plain = all(t.is_title and t.lower_ in common for t in field)
        if plain and vocab.known(field.text) is None:
            out.append(Candidate(a.start, b.end, "GovernmentAgency", 3, "joined-portfolios"))
    return out


def split_recipients(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """ "sent Norland Zed tanks": a state named right after a verb of giving is who
    receives, not the front of the thing's name."""
    giving = vocab.frame_lemmas("supplies")
    out: list[Candidate] = []
    for c in cands:
        before = doc[c.start - 1] if c.start > 0 else None
        if (
            c.type in {"Product", "Organization"}
            and before is not None
            and before.pos_ == "VERB"
            and before.lemma_.lower() in giving
        ):
            for k in (3, 2, 1):
                if c.start + k < c.end and vocab.country(doc[c.start : c.start + k].text):
                    out.append(Candidate(c.start, c.start + k, "Country", c.weight, "recipient"))
                    c.start += k
                    break
        out.append(c)
    return out


def split_states(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """ "the Czech Republic and Austria" tagged as one place: two states."""
    out: list[Candidate] = []
    for c in cands:
        words = doc[c.start : c.end]
        envoy = _envoy_state_and_name(doc, c, vocab)
        if envoy is not None:
            out += envoy  # "Ambassador to Norland Jane Roe": the state, then the envoy
            continue
        cut = next((t.i for t in words if t.lower_ == "and" and t.i > c.start), None)
        if cut is None or c.type == "Person":
            out.append(c)
            continue
        left, right = doc[c.start : cut], doc[cut + 1 : c.end]
        first = left[1:] if left[0].lower_ == "the" else left
        if len(right) and len(first) and vocab.country(first.text) and vocab.country(right.text):
            out.append(Candidate(first.start, first.end, "Country", 3, "split-state"))
            out.append(Candidate(right.start, right.end, "Country", 3, "split-state"))
        else:
            out.append(c)
    return out


def _envoy_state_and_name(doc: Doc, c: Candidate, vocab: Vocab) -> list[Candidate] | None:
    """ "U.S. Ambassador to Norland Jane Roe", tagged as one name after "to"."""
    if c.start == 0 or doc[c.start - 1].lower_ != "to" or c.end - c.start < 3:
        return None
    for k in (1, 2):
        state, rest = doc[c.start : c.start + k], doc[c.start + k : c.end]
        if (
            vocab.country(state.text)
            and len(rest) >= 2
            and rest[0].text in vocab.given_names
            and all(t.is_title for t in rest)
        ):
            return [
                Candidate(state.start, state.end, "Country", 3, "split-state"),
                Candidate(rest.start, rest.end, "Person", 3, "envoy"),
            ]
    return None


def split_makers(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """ "a Norvik Kestrel 9 rocket": the maker named at the front of a product is the
    maker's mention, and the product's name is what follows it. Ships are named after
    their owners ("its vessel Norvik Star") and keep the name whole."""
    owners = {
        doc[c.start : c.end].text: c.type
        for c in cands
        if c.type in {"Organization", "MilitaryUnit"}
    }
    out: list[Candidate] = []
    for c in cands:
        if c.type == "Product" and c.end - c.start >= 2:
            for k in range(min(4, c.end - c.start - 1), 0, -1):
                rest = doc[c.start + k]
                owner = owners.get(doc[c.start : c.start + k].text) or _known_owner(
                    doc[c.start : c.start + k], vocab
                )
                generic = all(
                    t.lower_ in vocab.words("product_name_tails") | vocab.words("product_nouns")
                    for t in doc[c.start + k : c.end]
                )  # "Acme Wallet", "Acme Ad Manager": the maker's name is part of the product's
                vessel = c.start > 0 and doc[c.start - 1].lower_ in vocab.words("vessel_nouns")
                front = doc[c.start : c.start + k]
                service = (  # "Norland Air Force C-99 planes": the force flies the C-99
                    front[-1].is_title
                    and (
                        front[-1].lower_ in vocab.words("military_heads")
                        or front[-2:].text.lower() in vocab.words("military_heads")
                    )
                    and _is_model_token(rest, vocab)
                )
                if service:
                    out.append(Candidate(c.start, c.start + k, "MilitaryUnit", 2, "service-prefix"))
                    c.start += k
                    break
                if owner and rest.is_alpha and rest.is_title and not generic and not vessel:
                    out.append(Candidate(c.start, c.start + k, owner, 1, "maker-prefix"))
                    c.start += k
                    break
        out.append(c)
    return out


def split_maker_titles(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """ "Glimmerfall creator Pexa Studios", read by the model as one name or as two
    companies: the product before the maker noun and the company after it are two things."""
    makers = vocab.relations["maker_nouns"]
    making = {w for w, p in makers.items() if p != "owns"}
    starts = {c.start: c for c in cands}
    out: list[Candidate] = []
    for c in cands:
        after = starts.get(c.end + 1)
        if (
            c.end - c.start >= 2
            and c.type in {"Organization", "Person"}
            and c.weight < 3
            and doc[c.end - 1].is_lower
            and doc[c.end - 1].lower_ in making
            and starts.get(c.end) is not None
        ):
            c.end -= 1  # "[Glimmerfall creator] [Pexa Studios]": the noun ends no name
            after = starts.get(c.end + 1)
        if (
            c.type in {"Organization", "Person"}
            and c.weight < 3
            and c.end < len(doc)
            and doc[c.end].is_lower
            and doc[c.end].lower_ in making
            and after is not None
            and after.type in {"Organization", "Person"}
        ):
            c.type = "Product"  # "Glimmerfall creator Pexa Studios": the model's two names
        cut = next(
            (
                k
                for k in range(c.start + 1, c.end - 1)
                if doc[k].is_lower
                and doc[k].lower_ in makers
                and doc[k - 1].text[:1].isupper()
                and doc[k + 1].text[:1].isupper()
            ),
            None,
        )
        if cut is None or c.type not in {"Product", "Organization", "Person"}:
            out.append(c)
            continue
        out.append(Candidate(c.start, cut, "Product", 2, "maker-title-product"))
        out.append(Candidate(cut + 1, c.end, "Organization", 2, "maker-title-company"))
    return out


def _known_owner(span: Span, vocab: Vocab) -> str | None:
    """The type of a maker or operator the gazetteer knows ("SpaceX", "Air Force")."""
    known = vocab.known(span.text)
    if known is None or known.ambiguous or known.type not in {"Organization", "MilitaryUnit"}:
        return None
    return known.type


def bureau_names(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """ "(Reporting by Zednews Oslo bureau)": the agency's office in a city is the agency."""
    for c in cands:
        if (
            c.type == "Organization"
            and c.end - c.start >= 2
            and c.end < len(doc)
            and doc[c.end].lower_ in vocab.words("bureau_nouns")
        ):
            for k in range(c.end - 1, c.start, -1):
                known = vocab.known(doc[c.start : k].text)
                if known is not None and known.type == "Organization":
                    c.end = k  # the rest names the city
                    break
    return cands


def outside_titles(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """Drop names that are only words of a capitalised title ("Chief Financial Officer
    Jane Roe", "Majority Leader John Doe"): the model takes "Financial" for a company."""
    titles = [t.split() for t in vocab.roles if " " in t]
    inside: set[int] = set()
    words = [t.lower_ for t in doc]
    for i, tok in enumerate(doc):
        if not tok.is_title:
            continue
        for t in titles:
            if words[i : i + len(t)] == t and doc[i + len(t) - 1].is_title:
                inside |= set(range(i, i + len(t)))
    return [c for c in cands if not all(i in inside for i in range(c.start, c.end))]


def outside_headlines(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """Drop names found only in a headline set in title case ("Putin Vows 'Worthy
    Response'"): there every word is capitalised and the model takes verbs and nouns for
    names.  A name the body repeats, or a listed name, stays."""
    small = vocab.words("headline_small_words")
    lines: list[tuple[int, int]] = []
    start = 0
    for line in doc.text.split("\n"):
        found = re.findall(r"[^\W\d_][\w'’-]*", line)
        words = [w for w in found if w.lower() not in small]
        credit = any(w.lower() in vocab.words("credit_words") for w in found)
        if (  # not a credit line ("Reporting by Jane Roe"), nor a sentence of names
            not credit
            and not line.rstrip().endswith((".", "!", "?", '."', '?"'))
            and len(words) >= 4
            and sum(w[0].isupper() for w in words) >= 0.85 * len(words)
        ):
            lines.append((start, start + len(line)))
        start += len(line) + 1
    if not lines:
        return cands

    def in_headline(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in lines)

    pieces, prev = [], 0
    for s, e in lines:
        pieces.append(doc.text[prev:s])
        prev = e
    body = "\n".join([*pieces, doc.text[prev:]]).lower()
    out = []
    for c in cands:
        span = doc[c.start : c.end]
        if (
            in_headline(span.start_char, span.end_char)
            and span.text.lower() not in body
            and vocab.listed(span.text) is None
            and not vocab.state_of(span.text)
            and not (len(span) >= 2 and span[0].text in vocab.given_names)  # a byline
        ):
            continue
        out.append(c)
    return out


def outside_law_names(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """Drop names inside the name of a law or treaty ("the Zedland Rivals Through
    Sanctions Act", "the Rome Statute"): the model cuts such a name at a small word and
    types the pieces."""
    linkers, heads = vocab.words("law_name_linkers"), vocab.words("law_heads")
    bodies = vocab.words("agency_heads") | vocab.words("org_heads") | vocab.words("military_heads")
    inside: set[int] = set()
    for tok in doc:
        if not (tok.is_title and tok.lower_ in heads) or tok.i == 0:
            continue
        i = tok.i
        while i > 0 and tok.i - i < 10:
            prev = doc[i - 1]
            if prev.tag_ == "POS" or not (prev.is_title or prev.is_upper or prev.lower_ in linkers):
                break  # the owner of "Zedland's Media Act" is no part of its name
            i -= 1
        while i < tok.i and doc[i].lower_ in linkers:
            i += 1
        if any(t.lower_ in bodies for t in doc[i : tok.i]):
            continue  # "the State Administration for Market Regulation" is a body
        if i < tok.i:
            inside |= set(range(i, tok.i + 1))
    return [
        c
        for c in cands
        if not all(i in inside for i in range(c.start, c.end))
        or (  # a known body whose name ends in the word: "World Food Programme"
            doc[c.end - 1].lower_ in heads and vocab.listed(doc[c.start : c.end].text) is not None
        )
    ]


def overlap_filter(cands: list[Candidate]) -> list[Candidate]:
    """Keep the stronger of overlapping candidates (rule over model, longer over shorter)."""
    # at equal strength an acronym that carries its description's link wins
    ranked = sorted(cands, key=lambda c: (-c.weight, -(c.end - c.start), c.link is None, c.start))
    taken: set[int] = set()
    kept: list[Candidate] = []
    for c in ranked:
        toks = set(range(c.start, c.end))
        if toks & taken:
            continue
        taken |= toks
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def numbered_names(doc: Doc, cands: list[Candidate], vocab: Vocab) -> None:
    """A unit number belongs to the name before a kind noun: "the Zedheim 2 reactor",
    "Brix 3 plant"; the model leaves the number out."""
    kinds = vocab.words("facility_after") | vocab.words("product_nouns")
    taken = {i for c in cands for i in range(c.start, c.end)}
    for c in cands:
        if c.type in {"Person", "Country"} or c.end + 1 >= len(doc):
            continue
        num, kind = doc[c.end], doc[c.end + 1]
        if (
            num.i not in taken
            and num.like_num
            and len(num.text) <= 3
            and num.whitespace_
            and kind.is_lower
            and kind.lower_ in kinds
        ):
            c.end += 1
        elif (
            c.type == "Location"
            and num.i not in taken
            and num.text.isdigit()
            and len(num.text) <= 3
            and doc[c.end - 1].lower_ in kinds
            and kind.pos_ not in {"NOUN", "PROPN"}  # "Plant 42 in X", not "Plant 42 workers"
        ):
            c.end += 1  # "Tarvo Air Plant 42": the site's number is part of its name


def renamed_descriptions(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """A description set off before the name it describes: "Norway's civil aviation
    agency, Luftfart, said" or "head of the state's spy agency, the NSB,"; the
    description is a mention of the named body, whatever the parse attached the
    name to.
    """
    taken = {i for c in cands for i in range(c.start, c.end)}
    starts = {c.start: c for c in cands if not c.descriptive}
    chunks = {nc.end: nc for nc in doc.noun_chunks}
    out: list[Candidate] = []
    for i, tok in enumerate(doc[:-2]):
        chunk = chunks.get(i)
        if tok.text != "," or chunk is None:
            continue
        j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        name = starts.get(j)
        if name is None or name.type not in {"GovernmentAgency", "Organization", "MilitaryUnit"}:
            continue
        if name.end < len(doc) and doc[name.end].lower_ in {"and", "or"}:
            continue  # "the ministry, Acme and Brix": a list, not a second name
        if any(t.tag_ in {"PRP$", "WP$"} for t in doc[chunk.start : i]):
            continue  # "its unit, Acme Rail": a relation to the owner, which other rules read
        start = chunk.start
        for k in range(chunk.start, i):
            if doc[k].tag_ == "POS" or doc[k].dep_ == "det":
                start = k + 1  # "Norway's", "the": not part of the description
        desc = doc[start:i]
        if (
            not desc
            or any(k in taken for k in range(start, i))
            or not all(t.is_lower for t in desc)
            or not _names_a_body(desc[-1].lower_, vocab)
        ):
            continue
        out.append(Candidate(start, i, name.type, 3, "description", descriptive=True, link=name))
    return cands + out


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def places_before_kind(doc: Doc, cands: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """Every name of a list before a plural kind of place is a place: "the Alna, Bryn and
    Ulven districts", "the towns" read as one noun after the names. The model types such
    names one by one, as people or not at all."""
    kinds = {_plural(k) for k in vocab.words("place_list_kinds")}
    at = {i: c for c in cands for i in range(c.start, c.end)}
    out = list(cands)
    for tok in doc:
        if tok.lower_ not in kinds or tok.i == 0 or not doc[tok.i - 1].is_title:
            continue
        runs: list[tuple[int, int]] = []
        end = tok.i
        while end > 0 and doc[end - 1].is_title:
            start = end - 1
            while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ != "the":
                start -= 1
            runs.append((start, end))
            sep = doc[start - 1] if start > 0 else None
            if sep is None or not (sep.text == "," or sep.lower_ in {"and", "or"}):
                break
            end = start - 1
            if doc[end - 1].text == "," and sep.lower_ in {"and", "or"}:
                end -= 1  # the Oxford comma
        if len(runs) < 2:
            continue  # one name before "districts" is a name's own part ("Lviv districts")
        for start, end in runs:
            c = at.get(start)
            if c is not None and c.start == start and c.end == end:
                c.type, c.weight = "Location", max(c.weight, 3)
            elif not any(i in at for i in range(start, end)):
                out.append(Candidate(start, end, "Location", 3, "listed-place"))
    return sorted(out, key=lambda c: c.start)


def _named_with_its_region(doc: Doc, end: int, vocab: Vocab) -> bool:
    """A name followed by ", <state or country>," (or "-based"): a town given with the
    region it lies in, as wire style writes "Zedton, Texas,"."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    for k in (2, 1):
        after = doc[end + 1 : end + 1 + k]
        if len(after) < k or not all(t.is_title for t in after):
            continue
        known = vocab.known(after.text)
        region = vocab.country(after.text) or (known is not None and known.type == "Location")
        closed = end + 1 + k == len(doc) or doc[end + 1 + k].text in {",", "-", "–", "."}
        if region and closed:
            return True
    return False


def _vessel_noun(tok: Token, vocab: Vocab) -> bool:
    """ "a tanker", "a car carrier", "a very large crude carrier": a ship, not "a low-cost
    carrier" (an airline) or "an ocean liner" company."""
    if not tok.is_lower or tok.lower_ not in vocab.words("vessel_nouns"):
        return False
    if tok.lower_ not in {"carrier", "carriers"}:
        return True
    cargo = vocab.words("cargo_words")
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in cargo for c in tok.children)


def _described_person(span: Span, vocab: Vocab) -> bool:
    """ "Jane Roe, a senior consultant at Zed", "Chai Nit, a senior party figure": an
    apposition only a person fits (or a job, after a given name)."""
    doc = span.doc
    appos = next((c for c in span.root.children if c.dep_ == "appos" and c.i > span.end), None)
    if appos is None or not appos.is_lower or appos.pos_ != "NOUN" or doc[span.end].text != ",":
        return False
    if _person_noun(appos, vocab) or appos.lower_ == "figure":
        return True
    return _given_name_first(span, vocab) and vocab.roles.get(appos.lower_) is not None


def _given_name_first(span: Span, vocab: Vocab) -> bool:
    """A full personal name ("Jane Roe"), not a site named after one ("Gary Works")."""
    return (
        len(span) > 1
        and span[0].text in vocab.given_names
        and span[-1].lower_
        not in vocab.words("operated_site_nouns") | vocab.words("location_heads")
    )


def conjunct_places(doc: Doc, cands: list[Candidate], vocab: Vocab) -> None:
    """A weakly typed name in a list of places is a place too ("X, Y and Z", where
    Y is a known region and X, Z are names the model took for people or companies);
    one in a list of full personal names is a person.
    """
    at = {i: c for c in cands for i in range(c.start, c.end)}
    for c in cands:
        if (
            c.weight > 1
            or c.type not in {"Person", "Organization"}
            or not c.source.startswith("ner:")
        ):
            continue
        root = doc[c.start : c.end].root
        others = [at.get(t.i) for t in root.conjuncts]
        others = [o for o in others if o is not None and o is not c]
        places = [o for o in others if o.type == "Location"]
        actors = [o for o in others if o.type not in {"Location", "Country"} and o.weight > 1]
        people = [o for o in others if o.type == "Person" and o.end - o.start > 1]
        strong = [o for o in places if o.weight > 1]
        full_name = c.type == "Person" and c.end - c.start > 1
        if (
            places
            and not actors
            and len(places) > len(people)
            and (strong or not full_name)
            and not _given_name_first(doc[c.start : c.end], vocab)  # "Jane Roe in Oslo, Norway"
        ):
            c.type, c.weight = "Location", 2
            continue
        if c.type == "Organization" and len(people) >= 2 and len(people) == len(others):
            c.type, c.weight = "Person", 2  # "stars like X, Jane Roe and John Doe"
            continue
        firms = [o for o in others if o.type == "Organization"]
        named = [o for o in others if o.type == "Person" and " " in doc[o.start : o.end].text]
        if c.type == "Person" and len(others) >= 2 and not named and 2 * len(firms) >= len(others):
            c.type, c.weight = "Organization", 2  # "chains including Acme, Zedmart and Brix"
