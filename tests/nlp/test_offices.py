"""Bare head-of-state titles read against the publication date (kg/nlp/offices.py and
kg/data/office_holders.json), through the real pipeline."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

from nlp_helpers import triples

from kg.nlp.offices import holders

TEXT = (
    "President Joe Biden said on Tuesday that the United States would send more air "
    "defence systems to Ukraine."
)


def test_the_office_holders_file_has_terms_that_make_sense():
    data = json.loads(
        resources.files("kg").joinpath("data", "office_holders.json").read_text("utf-8")
    )
    assert data["_about"]
    table = holders()
    assert len(table) >= 500
    assert all(h.end is None or h.start < h.end for h in table)
    assert all(h.start >= date(1900, 1, 1) for h in table)


def test_a_bare_title_names_the_head_of_the_state_on_the_day(run):
    ex = run(TEXT, published="2023-06-13")
    assert ("Joe Biden", "leads", "United States") in triples(ex)
    [rel] = [r for r in ex.relations if r.predicate == "leads"]
    assert "President Joe Biden" in rel.evidence.text


def test_out_of_office_on_the_day_gives_no_relation(run):
    ex = run(TEXT, published="2026-03-01")
    assert not [t for t in triples(ex) if t[1] == "leads"]


def test_no_publication_date_gives_no_relation(run):
    ex = run(TEXT, published=None)
    assert not [t for t in triples(ex) if t[1] == "leads"]


def test_a_surname_alone_after_the_title_is_enough(run):
    ex = run(
        "President Biden met the Polish delegation on Monday. The United States will pay "
        "for the new radars.",
        published="2022-05-02",
    )
    assert ("Biden", "leads", "United States") in triples(ex)


def test_a_state_the_article_never_names_gives_no_relation(run):
    ex = run("President Joe Biden said the talks in Geneva had gone well.", published="2023-06-13")
    assert not [t for t in triples(ex) if t[1] == "leads"]


def test_vice_and_former_titles_are_not_the_head(run):
    ex = run(
        "Vice President Kamala Harris and former President Barack Obama spoke in Chicago. "
        "The United States will host the summit.",
        published="2023-06-13",
    )
    assert not [t for t in triples(ex) if t[1] == "leads"]


def test_a_head_named_in_full_without_a_title_leads_the_state(run):
    ex = run(
        "The German chancellor said the situation had changed after Vladimir Putin "
        "recognised the two republics. Russia rejected the criticism.",
        published="2022-02-23",
    )
    assert ("Vladimir Putin", "leads", "Russia") in triples(ex)
    [rel] = [r for r in ex.relations if r.predicate == "leads"]
    assert rel.confidence < 0.6  # knowledge alone, no title in the text


def test_a_surname_alone_without_a_title_is_not_enough(run):
    ex = run(
        "The chancellor said Putin had recognised the two republics. Russia rejected the "
        "criticism.",
        published="2022-02-23",
    )
    assert not [t for t in triples(ex) if t[1] == "leads"]


def test_a_head_named_in_full_after_the_term_leads_nothing(run):
    ex = run(
        "Boris Johnson said on Monday that Britain should send more tanks to Ukraine.",
        published="2024-05-01",
    )
    assert not [t for t in triples(ex) if t[1] == "leads"]
