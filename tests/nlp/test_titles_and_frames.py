"""Titles split or misattached by the parser, who-clauses, sub-units, implicit targets,
delivered products, brands and "home to". Invented sentences, the real model end to end."""

from __future__ import annotations

import pytest
from nlp_helpers import triples

CASES = [
    (
        "Demand fell in Norway. Brixco chief executive Jane Smith said on Monday that sales rose "
        "and blamed the weather.",
        ("Jane Smith", "leads", "Brixco"),
    ),
    (
        "Norland Shipping, a state-owned group based in Oslo and led by chief executive Tor Berg, "
        "runs tankers.",
        ("Tor Berg", "leads", "Norland Shipping"),
    ),
    (
        "Mark Stone, who heads Bavaria's economy ministry, said the attack was cowardly.",
        ("Mark Stone", "leads", "Bavaria economy ministry"),
    ),
    (
        "Jane Doe, head of the cyber department at the Security Service of Uruguay (SSU), "
        "told a broadcaster that the attack was serious.",
        ("Jane Doe", "memberOf", "Security Service of Uruguay"),
    ),
    (
        "Paraguay's National Fraud Agency led the raid. The head of the National Fraud Agency, "
        "Luis Pena, said the group was finished.",
        ("Luis Pena", "leads", "National Fraud Agency"),
    ),
    (
        "Estonia's army said the drills would go on. Estonian army chief Martin Kask said the "
        "risk was low.",
        ("Martin Kask", "leads", "Estonian Armed Forces"),
    ),
    (
        "Zentrix Holdings was ordered to liquidate. Trading in its two listed subsidiaries, "
        "Alpha Foods Ltd and Brixco Ltd, was halted.",
        ("Alpha Foods Ltd", "partOf", "Zentrix Holdings"),
    ),
    (
        "Norfolk is home to the headquarters of the Atlantic Fleet, which lost its flagship, "
        "the cruiser Valiant, in May.",
        ("Atlantic Fleet", "locatedIn", "Norfolk"),
    ),
    (
        "Ukraine has received 30 tanks since Russia's full-scale invasion in 2022. Ukraine wants "
        "more, and Poland agreed. Ukraine said so.",
        ("Russia", "inConflictWith", "Ukraine"),
    ),
    (
        "Iran denied it. Israel's shield is the main defence against Iranian ballistic missiles, "
        "including the Fattah.",
        ("Fattah", "country", "Iran"),
    ),
    (
        "Shells were carried by the Russian-flagged cargo ship Volga to a port in Russia.",
        ("Volga", "country", "Russia"),
    ),
    (
        "Norway will send Poland two more Zephyr air defense systems, the ministry said.",
        ("Poland", "uses", "Zephyr"),
    ),
    (
        "Volkner said the Volkner V300 damage was cosmetic.",
        ("Volkner", "operates", "Volkner V300"),
    ),
    (
        "Japan imposed new rules. Japanese carmakers Toyota, Honda and Nissan cut output.",
        ("Nissan", "country", "Japan"),
    ),
    (
        "Sandcrest, also known as Unit 555, is a hacking unit of Russia's FSB security service.",
        ("FSB", "country", "Russia"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), CASES)
def test_relation_pattern(run, text, triple):
    assert triple in triples(run(text))


def test_a_sub_unit_chair_is_a_member_not_the_leader(run):
    found = triples(run("Sam Wu, who chaired the CMA panel that reviewed the deal, said no."))
    assert ("Sam Wu", "memberOf", "CMA") in found
    assert ("Sam Wu", "leads", "CMA") not in found


def test_a_capital_and_an_x_based_name_are_places(run):
    ex = run("The Copenhagen-based line said its ships would wait. Rebels in Sanaa said nothing.")
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Copenhagen") == "Location"
    assert types.get("Sanaa") == "Location"


def test_a_denied_delivery_gives_no_use(run):
    found = triples(run("Norway never sent Poland any Zephyr air defense systems."))
    assert ("Poland", "uses", "Zephyr") not in found


def test_who_became_or_serves_as_a_title_holds_it(run):
    ex = run(
        "Anna Berg, who became the chief executive of Kestrel Metals Ltd in 2020, said so. "
        "John Doe, who serves as chairman of Brixco Group, declined to comment."
    )
    assert ("Anna Berg", "leads", "Kestrel Metals Ltd") in triples(ex)
    assert ("John Doe", "leads", "Brixco Group") in triples(ex)


def test_co_founded_is_one_verb_and_the_partner_founded_too(run):
    ex = run("Tom Hale co-founded Brixco Group with Paul Ames in 2011.")
    assert ("Tom Hale", "founded", "Brixco Group") in triples(ex)
    assert ("Paul Ames", "founded", "Brixco Group") in triples(ex)


def test_a_product_before_a_maker_noun_before_a_name_is_its_product(run):
    ex = run("Shares of Falco-9 maker Kestrel Aerospace Corp. rose 4% on Monday.")
    assert ("Kestrel Aerospace Corp", "operates", "Falco-9") in triples(ex)


def test_a_bare_company_title_is_of_the_company_just_spoken_of(run):
    ex = run(
        "Norvik Energy Corp. said on Monday it would appeal the fine. Spokesperson Jane Roe "
        "said the ruling was unfair. Chief Executive Tom Hale has long defended the plan."
    )
    assert ("Jane Roe", "memberOf", "Norvik Energy Corp") in triples(ex)
    assert ("Tom Hale", "leads", "Norvik Energy Corp") in triples(ex)


def test_a_bare_company_title_after_a_government_speaks_names_no_company(run):
    ex = run(
        "Regulators fined Norvik Energy Corp. on Monday. The Trade Ministry said the fine was "
        "fair. Spokesperson Jane Roe said more cases would follow."
    )
    # the ministry that just spoke is hers (twelfth set); the company it fined is not
    assert {t for t in triples(ex) if t[0] == "Jane Roe"} <= {
        ("Jane Roe", "memberOf", "Trade Ministry")
    }


def test_a_bare_company_title_in_apposition_is_of_the_company_just_spoken_of(run):
    ex = run(
        "Norvik Energy Corp. said on Monday it would appeal the fine. Jane Roe, a "
        "spokesperson, said the ruling was unfair."
    )
    assert ("Jane Roe", "memberOf", "Norvik Energy Corp") in triples(ex)


def test_a_persons_ministry_is_the_ministry_named_before_that_she_leads(run):
    ex = run(
        "The Norland Interior Ministry said on Monday that the border was closed. Jane Roe "
        "spoke to reporters in the morning. Roe's ministry later reopened two crossings."
    )
    assert ("Jane Roe", "leads", "Norland Interior Ministry") in triples(ex)


def test_whose_chief_executive_leads_the_company_the_clause_describes(run):
    ex = run(
        "The decision hit Norvik Energy Corp., whose new chief executive Jane Roe took over in May."
    )
    assert ("Jane Roe", "leads", "Norvik Energy Corp") in triples(ex)


def test_the_chief_executive_of_the_town_firm_leads_the_firm_not_the_town(run):
    ex = run(
        "Brixco Trading Ltd. said it had sold the radios. Jane Roe, the chief executive of the "
        "Oslo firm, told reporters she had never seen them."
    )
    assert ("Jane Roe", "leads", "Brixco Trading Ltd") in triples(ex)


def test_a_title_after_whose_outside_a_relative_clause_names_no_body(run):
    ex = run("Norvik Energy Corp. said it is unclear whose chief executive Jane Roe is.")
    assert ("Jane Roe", "leads", "Norvik Energy Corp") not in triples(ex)
