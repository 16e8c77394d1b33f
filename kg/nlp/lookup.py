"""Shared look-ups over a parsed Doc: which entity a token names, evidence sentences.

Relations and claims both need to get from a parse token ("officials",
"company", "he") to the entity it stands for; the rules for that live here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg.model import Sentence
from kg.nlp.vocab import get_vocab


def key_at(doc: Doc, i: int) -> str | None:
    """Entity key of the mention covering token i, if any."""
    return (doc._.kg_token_ents or {}).get(i)


def entity_types(doc: Doc) -> dict[str, str]:
    return {e.key: e.type for e in doc._.kg_entities or []}


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once (Doc.text joins every token on each access)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.text
        doc.user_data["kg_text"] = text
    return text


def sent_of(tok: Token) -> Span:
    """The sentence of a token, from a per-Doc index (Token.sent rescans the Doc)."""
    doc = tok.doc
    sents = doc.user_data.get("kg_sents")
    if sents is None:
        sents = [(s.start, s.end) for s in doc.sents]
        doc.user_data["kg_sents"] = sents
    n = bisect_right([s for s, _ in sents], tok.i) - 1
    start, end = sents[max(n, 0)]
    return doc[start:end]


def sentence_of(doc: Doc, tok: Token) -> Sentence:
    sent = sent_of(tok)
    text = sent.text_with_ws
    stripped = text.rstrip()
    return Sentence(start=sent.start_char, end=sent.start_char + len(stripped), text=stripped)


def possessor_state(doc: Doc, start: int) -> tuple[str, int] | None:
    """The state whose possessive ends just before `start` ("Norland's", "South Norland's")
    and the index its name begins at."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return None
    for k in (1, 2, 3):
        if k < start:
            state = get_vocab().country(doc[start - 1 - k : start - 1].text)
            if state:
                return state, start - 1 - k
    return None


def place_group(tok: Token) -> bool:
    """ "an island group", "a mountain chain": a group of places, itself a place."""
    vocab = get_vocab()
    return tok.lower_ in vocab.words("place_group_nouns") and any(
        c.dep_ == "compound"
        and c.lower_ in vocab.words("place_kind_nouns")
        and c.lower_ not in vocab.words("settlement_nouns")  # "a neighbourhood group": people
        for c in tok.children
    )


def phrase_entity(doc: Doc, tok: Token, *, through_preps: bool = False) -> str | None:
    """The entity a noun phrase headed by `tok` names.

    The head's own mention wins; then a compound or possessor inside the
    phrase ("Acme officials", "the minister's office"); with `through_preps`
    also a prepositional object ("a source in the agency X", "spokesman for X").
    """
    k = key_at(doc, tok.i)
    if k:
        return k
    if tok.dep_ == "compound" and key_at(doc, tok.head.i):
        return key_at(doc, tok.head.i)  # "corporation Acme"
    found: list[str] = []
    relational = tok.is_lower and tok.lower_ in get_vocab().words("relational_nouns")
    if tok.is_lower and tok.pos_ == "NOUN":
        for child in tok.children:  # "Norland's only nuclear plant, Zedberg": Zedberg
            if child.dep_ == "appos" and key_at(doc, child.i):
                return key_at(doc, child.i)
    for child in tok.children:
        if relational and child.dep_ != "appos":
            continue  # "Acme's main rival, Brixco": the rival, never Acme
        if child.dep_ in {"compound", "poss", "nmod", "amod", "appos", "nummod"}:
            k = key_at(doc, child.i)  # "nummod": "F-35 jets" tagged as a number
            if k:
                found.append(k)
                continue
            if (
                child.dep_ == "amod"
                and child.i > 0
                and doc[child.i - 1].text in {"-", "–"}
                and child.lower_ in get_vocab().relations["participle_lemmas"].keys() | {"run"}
            ):
                continue  # "the Acme-run Zed mine": Acme runs the thing, it is not the thing
            for grand in child.children:
                if grand.dep_ in {"compound", "poss", "nummod", "nmod", "case"} and key_at(
                    doc, grand.i
                ):
                    found.append(key_at(doc, grand.i))  # type: ignore[arg-type]
    types = entity_types(doc)
    if (
        found
        and tok.is_lower
        and tok.pos_ == "NOUN"
        and all(types.get(k) == "Country" for k in found)
    ):
        # "Acme, the UK chip designer, said": an apposition the parser left unattached
        # names Acme, not the country that describes it
        edge = tok.left_edge.i
        if edge >= 2 and doc[edge - 1].text == ",":
            k = key_at(doc, edge - 2)
            if k and types.get(k) in {"Organization", "GovernmentAgency", "MilitaryUnit"}:
                return k
        anaphors = get_vocab().entity["definite_anaphors"]
        if "Organization" in anaphors.get(tok.lower_, []):
            # "the US energy company": the company the text is about, not the US
            k = anaphor_entity(doc, tok, anaphors)
            if k:
                return k
    if found:
        # the thing itself ("Norway's company Acme") before its country, and the
        # person a title names ("Acme chief executive Jane Doe") before the body
        owners = {key_at(doc, c.i) for c in tok.children if c.dep_ == "poss"}
        # not the possessor: "Jane Roe's Zed party" names the party
        people = [k for k in found if types.get(k) == "Person" and k not in owners]
        if people:
            return people[-1]
        own = [k for k in found if types.get(k) != "Country"]
        named = [k for k in own if k not in owners]  # "Acme's Zed unit": the Zed unit
        return (named or own or found)[0]
    if through_preps:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "at", "from", "of", "for", "with"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        k = phrase_entity(doc, pobj)
                        if k:
                            return k
    return None


def last_entity_before(doc: Doc, char: int, types: set[str]) -> str | None:
    """The entity of one of `types` mentioned last before a character offset."""
    best: tuple[int, str] | None = None
    for e in doc._.kg_entities or []:
        if e.type not in types:
            continue
        for m in e.mentions:
            if m.start < char and (best is None or m.start > best[0]):
                best = (m.start, e.key)
    return best[1] if best else None


def _gender_votes(doc: Doc) -> dict[str, str]:
    """The gender the article itself gives each person, where it gives one: a word
    next to a name ("Mrs Roe", "Jo Roe, the firm's spokeswoman", "his wife Ann Roe") or
    the pronoun a sentence uses after its only person ("Roe said his party ...")."""
    cached = doc.user_data.get("kg_genders")
    if cached is not None:
        return cached
    vocab = get_vocab()
    words = {"f": vocab.words("female_person_words"), "m": vocab.words("male_person_words")}
    pronouns = {"f": vocab.words("female_pronouns"), "m": vocab.words("male_pronouns")}
    votes: dict[str, dict[str, int]] = {}
    people = [e for e in doc._.kg_entities or [] if e.type == "Person"]
    spans = {
        e.key: [
            s for m in e.mentions if (s := doc.char_span(m.start, m.end, alignment_mode="expand"))
        ]
        for e in people
    }
    for key, mentions in spans.items():
        count = votes.setdefault(key, {"f": 0, "m": 0})
        for span in mentions:
            near = list(doc[max(0, span.start - 2) : span.start])
            if span.end + 1 < len(doc) and doc[span.end].text == ",":
                near += list(doc[span.end + 1 : span.end + 6])
            for t in near:
                for g, ws in words.items():
                    count[g] += t.lower_.rstrip(".") in ws
            sent = sent_of(span[0])
            alone = not any(s.sent == sent for k, ms in spans.items() if k != key for s in ms)
            if alone and span.root.dep_ in {"nsubj", "nsubjpass"}:
                for t in doc[span.end : sent.end]:
                    for g, ws in pronouns.items():
                        count[g] += t.lower_ in ws
    genders = {k: ("f" if v["f"] > v["m"] else "m") for k, v in votes.items() if v["f"] != v["m"]}
    doc.user_data["kg_genders"] = genders
    return genders


def last_person_before(doc: Doc, char: int) -> str | None:
    """The person "he"/"she" most likely means.

    Only people named in full count; the subject of the current or previous
    sentence wins over a person merely mentioned later in it ("Doe said
    the case against Roe would be dropped ... he said"); a person the article
    gives the other gender is not meant.
    """
    here = doc.char_span(char, char + 1, alignment_mode="expand")
    vocab = get_vocab()
    word = here[0].lower_ if here is not None else ""
    want = (
        "f"
        if word in vocab.words("female_pronouns")
        else "m"
        if word in vocab.words("male_pronouns")
        else None
    )
    genders = _gender_votes(doc) if want else {}
    recent: set[int] = set()
    if here is not None:
        sent = sent_of(here[0])
        recent.add(sent.start)
        if sent.start > 0:
            recent.add(sent_of(doc[sent.start - 1]).start)
    best: tuple[int, int, str] | None = None
    for e in doc._.kg_entities or []:
        if e.type != "Person" or not any(" " in m.text for m in e.mentions):
            continue
        if want and genders.get(e.key, want) != want:
            continue
        for m in e.mentions:
            if m.start >= char:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            subject = 0
            root = span.root if span is not None else None
            while (
                root is not None
                and root.dep_ in {"appos", "compound", "conj"}
                and root.head.i != root.i
            ):
                root = root.head  # "Acme founder and CEO Jane Roe posted ...": the subject
            if span is not None and root is not None and root.dep_ in {"nsubj", "nsubjpass"}:
                # the main clause's subject outranks one inside what it reports
                main = root.head.dep_ == "ROOT"
                subject = (2 if main else 1) if sent_of(span[0]).start in recent else 0
            score = (subject, m.start, e.key)
            if best is None or score[:2] > best[:2]:
                best = score
    return best[2] if best else None


def fold_name(name: str) -> str:
    return " ".join(name.lower().replace(".", "").split())


INTERNATIONAL_BODIES = frozenset(fold_name(n) for n in get_vocab().entity["international_bodies"])
REGION_WORDS = frozenset({"region", "province", "oblast", "krai", "county", "district", "state"})
# regions that commonly share their name with their chief city ("the Zedsk region", "Zedsk")
ADMIN_AREAS = frozenset(
    {"region", "oblast", "province", "krai", "raion", "governorate", "prefecture", "county"}
)


RECENT_CHARS = 400  # about two sentences of news text


# "KYIV, Sept 26 (Reuters) - ", "MOSCOW/KYIV, May 23 - ", "Port Sudan (AFP) - ": the place
# a report was filed from, at the start of a line; a place in mixed case only before a credit
DATELINE_PLACE = re.compile(
    r"(?m)^(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?(?:/[A-Z][A-Za-z.'’ -]{1,40}?)*)"
    r"(?P<rest>(?:, [^\n–—()]{1,40}?)?(?: ?\([A-Za-z .&]{1,20}\))?) ?(?:[–—]|--?) "
)


def dateline_places(text: str) -> list[tuple[int, int]]:
    """Character spans of the places in the article's dateline, if it has one."""
    for m in DATELINE_PLACE.finditer(text[:1500]):
        place = m.group("place")
        if not place.isupper() and "(" not in m.group("rest"):
            continue
        spans, start = [], m.start("place")
        for part in place.split("/"):
            stripped = part.strip()
            if stripped:
                at = start + part.index(stripped)
                spans.append((at, at + len(stripped)))
            start += len(part) + 1
        return spans
    return []


def in_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end are one of the places of the article's dateline."""
    spans = doc.user_data.get("kg_dateline")
    if spans is None:
        spans = doc.user_data["kg_dateline"] = dateline_places(doc.text)
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) in spans


def salient_entity_before(
    doc: Doc,
    char: int,
    types: set[str],
    name_ok: Callable[[str], bool] | None = None,
    *,
    in_view: bool = True,
    speakers_bodies: bool = True,
) -> str | None:
    """The entity of one of `types` mentioned most often before `char` (ties: latest).

    "The company" usually means the company the article is about, not the
    last one named in passing ("told a broadcaster"), so salience beats recency.
    Without `in_view`, one named long before counts as much as one just named;
    without `speakers_bodies`, "Acme CEO Jane Roe said" makes only her, not Acme, a
    recent subject beyond her own sentence.
    """
    best: tuple[int, int, int, int, str] | None = None
    topics = _recent_subjects(doc, char, speakers_bodies=speakers_bodies)
    for e in doc._.kg_entities or []:
        if e.type not in types or (name_ok is not None and not name_ok(e.name)):
            continue
        before = [m.start for m in e.mentions if m.start < char]
        if not before:
            continue
        # among the entities still in view (named in the last few sentences) first,
        # and among those the one the text was just about
        recent = int(char - max(before) <= RECENT_CHARS) if in_view else 0
        score = (recent, topics.get(e.key, 0), len(before), max(before), e.key)
        if best is None or score[:4] > best[:4]:
            best = score
    return best[4] if best else None


def topic_entity(doc: Doc, char: int, types: set[str]) -> str | None:
    """The entity of one of `types` the text was just about (a main clause's subject in
    the sentence or the two before `char`), if there is exactly one nearest."""
    types_of = entity_types(doc)
    ranked = sorted(
        ((rank, k) for k, rank in _recent_subjects(doc, char).items() if types_of.get(k) in types),
        reverse=True,
    )
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _recent_subjects(doc: Doc, char: int, *, speakers_bodies: bool = False) -> dict[str, int]:
    """Entities that are the subject of a main clause before `char`, in its sentence and the
    two before (the nearer, the higher the rank).

    "Acme said on Monday ... The Oslo-based company said": news refers back to
    what the last sentences were about, which may be named less often than
    a body they mention in passing.
    """
    here = doc.char_span(char, char + 1, alignment_mode="expand")
    if here is None:
        return {}
    sents = [sent_of(here[0])]
    while len(sents) < 3 and sents[-1].start > 0:
        sents.append(sent_of(doc[sents[-1].start - 1]))
    found: dict[str, int] = {}
    types_of = entity_types(doc)
    for rank, s in enumerate(reversed(sents), start=1):
        if rank == len(sents) and _own_clause_pronoun(here[0]):
            continue  # "Acme said it would keep the company's offices": not Acme's
        for t in s:
            if t.idx >= char:
                break
            if t.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if any(c.dep_ == "conj" and key_at(doc, c.i) for c in t.children):
                continue  # "A, B and C each cancelled ...": a list, none of them the topic
            verb = t.head
            while verb.dep_ == "conj":
                verb = verb.head
            if verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT":
                verb = verb.head  # "Acme will get a loan, the ministry said": Acme too
            # in the sentence itself only a subject that is a name, not a phrase about it
            k = key_at(doc, t.i) if rank == len(sents) else phrase_entity(doc, t)
            if k and verb.dep_ == "ROOT":
                found[k] = rank  # the nearer sentence ranks higher
                # "Acme CEO Jane Roe said the Oslo-based company ...": Acme too; for the
                # single topic a bare title refers to, only in her own sentence
                speaker = types_of.get(k) == "Person" and (speakers_bodies or rank == len(sents))
                for c in t.subtree if speaker else ():
                    body = key_at(doc, c.i) if c.i < t.i else None
                    if body and types_of.get(body) in {"Organization", "GovernmentAgency"}:
                        found.setdefault(body, rank)
    return found


def _own_clause_pronoun(tok: Token) -> bool:
    """Whether the clause a word sits in has "it" or "they" as its subject."""
    verb = tok
    for _ in range(8):
        if verb.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None:
                return subj.lower_ in {"it", "they"}
            if verb.dep_ not in {"conj", "xcomp"}:
                return False
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def anaphor_entity(doc: Doc, tok: Token, anaphors: dict[str, list[str]]) -> str | None:
    """ "the company", "the ministry's": the salient entity of a fitting type, if definite."""
    word = tok.lower_ if tok.lower_ in anaphors else tok.lemma_.lower()
    if word not in anaphors or not any(c.lower_ == "the" for c in tok.children):
        return None
    vocab = get_vocab()
    kinds = [  # "the digital ministry" is a ministry named for digital affairs
        c.lower_[:5]
        for c in tok.children
        if c.dep_ in {"amod", "compound"}
        and c.is_lower
        and c.is_alpha
        and c.tag_ in {"JJ", "NN", "NNP"}  # "the coast guard", tagged a name
        and doc[c.i - 1].text not in {"-", "–"}  # not "the Oslo-based agency"
        and c.lower_ not in vocab.words("neutral_modifiers")
        and not vocab.demonym(c.text)
    ]
    named = any(c.dep_ == "compound" and not c.is_lower for c in tok.children)
    if word == "agency" and "news" in kinds and not named:  # not "the Zednews news agency"
        # "the news agency's chief": a news agency, which is no public body
        agencies = set(vocab.entity["news_agencies"])
        return salient_entity_before(
            doc,
            tok.idx,
            {"Organization"},
            lambda name: name in agencies or {"news", "agency"} & set(name.lower().split()),
        )
    if kinds and "GovernmentAgency" in anaphors[word]:
        return salient_entity_before(
            doc,
            tok.idx,
            set(anaphors[word]),
            lambda name: all(k in name.lower() for k in kinds),
        )
    if word in {"authority", "council", "commission", "committee"}:
        # "the authority" after "the Zed Civil Aviation Authority": the body so named,
        # however often another one was mentioned
        named = salient_entity_before(
            doc, tok.idx, set(anaphors[word]), lambda name: name.lower().split()[-1] == word
        )
        if named:
            return named
    if word in {"union", "association"}:
        # "the union" is a body named as one ("the Zed Workers' Union", "the Zed
        # Longshoremen's Association"), never just the last organisation named
        members = {"union", "association", "federation", "brotherhood", "guild", "confederation"}
        return salient_entity_before(
            doc,
            tok.idx,
            set(anaphors[word]),
            lambda name: any(w in members or w.endswith("workers") for w in name.lower().split()),
        )  # "the United Steelworkers" too
    if "Organization" in anaphors[word] and word not in {"alliance", "bloc", "group"}:
        # "the company" is never the EU or NATO, nor "the miner" the wire service
        bodies = INTERNATIONAL_BODIES
        if word not in {"broadcaster", "newspaper", "outlet"}:
            bodies = bodies | {fold_name(n) for n in vocab.entity["news_agencies"]}
        # "the Norlandic launch company" is no Space Agency
        public = vocab.words("public_body_heads") if word in {"company", "firm"} else frozenset()
        return salient_entity_before(
            doc,
            tok.idx,
            set(anaphors[word]),
            lambda name: fold_name(name) not in bodies and name.lower().split()[-1] not in public,
        )
    if word in vocab.words("named_site_anaphors"):
        # "the canal", "the dam": the site whose name says it is one, not any place
        return salient_entity_before(
            doc, tok.idx, set(anaphors[word]), lambda name: word in name.lower().split()
        )
    if word in REGION_WORDS:
        # "the region" means a place named as a region, not the city named most
        return salient_entity_before(
            doc,
            tok.idx,
            set(anaphors[word]),
            lambda name: bool(REGION_WORDS & set(name.lower().split())),
        )
    return salient_entity_before(doc, tok.idx, set(anaphors[word]))


def span_keys(doc: Doc, span: Span) -> tuple[str, ...]:
    """Entity keys mentioned in a span, in order of first mention."""
    seen: list[str] = []
    for t in span:
        k = key_at(doc, t.i)
        if k and k not in seen:
            seen.append(k)
    return tuple(seen)
