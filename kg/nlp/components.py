"""The project's spaCy pipeline components, registered with `@Language.factory`.

Each component reads what the model (and earlier components) put on the Doc
and stores its own result in a `doc._.kg_*` extension, so the steps can be
run, inspected and tested one at a time.  The last one, kg_output, turns the
results into plain data (doc._.kg_output) so that Docs can cross process
boundaries in `nlp.pipe(n_process>1)`.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp.background import drop_background_forces
from kg.nlp.claims import find_claims
from kg.nlp.convert import to_plain
from kg.nlp.entities import (
    acronym_candidates,
    ampersand_firms,
    bodies_of_states,
    bureau_names,
    conjunct_places,
    dateline_credits,
    dateline_place_names,
    district_bodies,
    joined_portfolios,
    known_names,
    listed_body_names,
    model_candidates,
    names_ending_in_states,
    national_units,
    nicknamed_people,
    numbered_names,
    outside_headlines,
    outside_law_names,
    outside_titles,
    overlap_filter,
    party_families,
    places_before_kind,
    renamed_descriptions,
    rule_candidates,
    split_maker_titles,
    split_makers,
    split_recipients,
    split_states,
    untagged_names,
    untagged_states,
    vessel_names,
)
from kg.nlp.furniture import furniture_ranges
from kg.nlp.offices import titled_heads
from kg.nlp.relations import find_relations
from kg.nlp.resolve import add_description_mentions, build_entities, propagate_names
from kg.nlp.vocab import Vocab, get_vocab

DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z .'’-]{2,30}(?:,[^\n–—]{0,30})?(?:\s*\([^)\n]{1,20}\))?\s+[–—-]+\s+"
)
INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "U.K.", "E.U."
VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})
EXTENSIONS = (
    "kg_output",
    "kg_furniture",
    "kg_entities",
    "kg_token_ents",
    "kg_relations",
    "kg_claims",
    "kg_claim_dates",
    "kg_heads",
    "kg_error",
)
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class ParagraphComponent:
    """Sentences never run across a line break (headlines, bylines, furniture).

    Runs before the parser, which keeps sentence starts that are already set.
    """

    def __call__(self, doc: Doc) -> Doc:
        for m in DATELINE.finditer(doc.text):  # "OSLO, May 3 – Text ..." starts after the dash
            after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if after is not None and after.start > 0:
                doc[after.start].is_sent_start = True
        for i in range(1, len(doc)):
            prev = doc[i - 1]
            if (
                INITIALS.match(prev.text)
                and "\n" not in prev.whitespace_
                and (doc[i].is_lower or doc[i].tag_ in VERB_TAGS)
            ):
                doc[i].is_sent_start = False  # "the U.S. was not involved": one sentence
                continue
            if ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)) and not (
                doc[i].is_space
            ):
                doc[i].is_sent_start = True
        return doc


class AppositionComponent:
    """A singular apposition after a list describes the list's last member.

    In "Chevron and Azule Energy, a joint venture of BP and Eni" the parser hangs
    "venture" on "Chevron"; every rule that reads appositions then describes the
    wrong company.  Runs right after the parser; plural appositions ("A and B, two
    of its customers") and quantifiers ("none of them") keep the whole list.
    A description right after a bracketed acronym ("by the Zed Directorate (ZD),
    an agency of the ministry") describes the name before the bracket, wherever
    the parser hung it.
    """

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            head = tok.head
            if tok.dep_ != "appos" or tok.tag_ != "NN" or head.i > tok.i:
                continue
            edge = tok.left_edge.i
            named = _bracketed_name(doc, edge)
            if named is not None and named.i > head.i and tok not in named.ancestors:
                tok.head = named  # "by the Zed Directorate (ZD), an agency of X": the agency
                continue
            before = [c for c in head.conjuncts if head.i < c.i < tok.i]
            if not before or edge < 2 or doc[edge - 1].text != ",":
                continue
            last = max(before, key=lambda c: c.i)
            if last.right_edge.i in {edge - 2, edge - 1}:  # the comma may hang on it
                tok.head = last
        return doc


def _bracketed_name(doc: Doc, edge: int) -> Token | None:
    """The name before "(ACRONYM)," that ends just before token `edge`, if any: the
    parser often hangs the apposition after the bracket on an earlier noun."""
    if edge < 4 or doc[edge - 1].text != "," or doc[edge - 2].text != ")":
        return None
    opening = next((k for k in range(edge - 3, max(0, edge - 6), -1) if doc[k].text == "("), None)
    # the tags only: the coarse parts of speech come later, from the attribute ruler
    if opening is None or opening == 0 or doc[opening - 1].tag_ not in {"NNP", "NNPS"}:
        return None
    inner = doc[opening + 1]
    if inner.dep_ == "appos" and inner.head.i < opening and inner.head.tag_ in {"NNP", "NNPS"}:
        return inner.head
    name = doc[opening - 1]
    return name if name.dep_ != "compound" else None


STEP_SECONDS = 60.0  # one step on one article takes milliseconds; this is a runaway


class StepTimeout(Exception):
    """A step ran past STEP_SECONDS on one article."""


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise StepTimeout in the block after `seconds`, where the platform allows it
    (SIGALRM, main thread); elsewhere the block simply runs."""
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise StepTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _guarded(step: str) -> Callable[[Callable[[Any, Doc], Doc]], Callable[[Any, Doc], Doc]]:
    """One article that trips a rule must not stop the stream of the others.

    The failure is written on the Doc (doc._.kg_error) and later components
    leave that Doc alone; the build reports the article with the reason and
    stores nothing from it.  A rule that runs away on an article (a loop that
    never ends) is stopped after STEP_SECONDS and reported the same way.
    """

    def wrap(call: Callable[[Any, Doc], Doc]) -> Callable[[Any, Doc], Doc]:
        @wraps(call)
        def guarded(self: Any, doc: Doc) -> Doc:
            if doc._.kg_error:
                return doc
            try:
                with _time_limit(STEP_SECONDS):
                    return call(self, doc)
            except Exception as exc:  # a bug in a rule, on this article only
                doc._.kg_error = f"{step} failed: {type(exc).__name__}: {exc}"
                return doc

        return guarded

    return wrap


class EntityComponent:
    """Typed, merged entities: doc._.kg_entities and doc._.kg_token_ents."""

    def __init__(self, vocab: Vocab, nlp: Language) -> None:
        self.vocab = vocab
        # the words the model was trained on, read before any name or article adds its own
        self.common = frozenset(s for s in nlp.vocab.strings if s.isalpha() and s.islower())
        self.known = vocab.gazetteer.phrase_matcher(nlp.vocab, nlp.make_doc)

    @_guarded("entity extraction")
    def __call__(self, doc: Doc) -> Doc:
        furniture = furniture_ranges(doc.text, self.vocab)
        cands = (
            model_candidates(doc, self.vocab, furniture, self.common)
            + rule_candidates(doc, self.vocab, furniture)
            + untagged_names(doc, self.vocab, furniture)
            + untagged_states(doc, self.vocab, furniture)
            + dateline_credits(doc, self.vocab)
            + dateline_place_names(doc, self.vocab)
            + party_families(doc, self.vocab, furniture)
            + vessel_names(doc, self.vocab, furniture)
            + ampersand_firms(doc, self.vocab, furniture)
            + nicknamed_people(doc, self.vocab, furniture)
            + listed_body_names(doc, self.vocab, furniture)
            + district_bodies(doc, self.vocab, furniture)
        )
        cands += acronym_candidates(doc, cands, self.vocab, furniture)
        found = {}  # the strongest candidate already on each span, typed with more context
        for c in cands:
            found[(c.start, c.end)] = max(found.get((c.start, c.end), 0), c.weight)
        cands += [
            c
            for c in known_names(doc, self.known, self.vocab, furniture)
            if found.get((c.start, c.end), 0) < c.weight
        ]
        cands += national_units(doc, cands, self.vocab)
        cands += names_ending_in_states(doc, cands, self.vocab)
        cands += bodies_of_states(doc, cands, self.vocab)
        cands += joined_portfolios(doc, cands, self.vocab, self.common)
        cands = outside_law_names(doc, outside_titles(doc, cands, self.vocab), self.vocab)
        cands = outside_headlines(doc, cands, self.vocab)
        cands = bureau_names(doc, cands, self.vocab)
        cands = split_makers(doc, split_states(doc, overlap_filter(cands), self.vocab), self.vocab)
        cands = split_maker_titles(doc, cands, self.vocab)
        cands = places_before_kind(doc, split_recipients(doc, cands, self.vocab), self.vocab)
        conjunct_places(doc, cands, self.vocab)
        numbered_names(doc, cands, self.vocab)
        cands = renamed_descriptions(doc, cands, self.vocab)
        # an acronym whose description lost an overlap links to what covers it instead
        for c in cands:
            if c.link is not None and c.link not in cands:
                c.link = next((d for d in cands if d.start <= c.link.start < d.end), None)
                if c.link is not None and c.source == "acronym":
                    c.type = c.link.type  # "the Grain Board of Norland (GBN)": not the state's
        cands = add_description_mentions(doc, cands, self.vocab)
        cands = propagate_names(doc, cands, self.vocab, furniture)
        entities, token_map = build_entities(doc, cands, self.vocab)
        doc._.kg_furniture = furniture
        doc._.kg_entities = entities
        doc._.kg_token_ents = token_map
        return doc


class RelationComponent:
    """Candidate relations from the parse: doc._.kg_relations."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    @_guarded("relation extraction")
    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_relations = find_relations(doc, self.vocab)
        doc._.kg_heads = titled_heads(doc, self.vocab)
        return doc


class ClaimComponent:
    """Attributed statements: doc._.kg_claims; moves reported relations into them."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    @_guarded("claim extraction")
    def __call__(self, doc: Doc) -> Doc:
        claims, dates, relations = find_claims(doc, self.vocab, doc._.kg_relations or [])
        doc._.kg_entities, relations, claims = drop_background_forces(
            doc._.kg_entities or [], relations, claims, self.vocab
        )
        doc._.kg_claims = claims
        doc._.kg_claim_dates = dates
        doc._.kg_relations = relations
        return doc


class OutputComponent:
    """The results as plain data (doc._.kg_output); drops the working objects.

    Docs cross process boundaries as msgpack, which cannot carry dataclasses.
    """

    def __call__(self, doc: Doc) -> Doc:
        if doc._.kg_error:
            doc._.kg_output = to_plain([], [], [], [], error=doc._.kg_error)
        else:
            doc._.kg_output = to_plain(
                doc._.kg_entities or [],
                doc._.kg_relations or [],
                doc._.kg_claims or [],
                doc._.kg_claim_dates or [],
                heads=doc._.kg_heads or [],
            )
        for name in EXTENSIONS[1:]:
            doc._.set(name, None)
        doc.user_data.pop("kg_sents", None)
        doc.user_data.pop("kg_text", None)
        doc.user_data.pop("kg_dateline", None)
        return doc


@Language.factory("kg_paragraphs")
def make_paragraph_component(nlp: Language, name: str) -> ParagraphComponent:
    return ParagraphComponent()


@Language.factory("kg_appositions")
def make_apposition_component(nlp: Language, name: str) -> AppositionComponent:
    return AppositionComponent()


@Language.factory("kg_entities")
def make_entity_component(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent(get_vocab(), nlp)


@Language.factory("kg_relations")
def make_relation_component(nlp: Language, name: str) -> RelationComponent:
    return RelationComponent(get_vocab())


@Language.factory("kg_claims")
def make_claim_component(nlp: Language, name: str) -> ClaimComponent:
    return ClaimComponent(get_vocab())


@Language.factory("kg_output")
def make_output_component(nlp: Language, name: str) -> OutputComponent:
    return OutputComponent()
