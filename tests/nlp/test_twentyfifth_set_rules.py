"""Entities, relations and claims from rules added after reading a twenty-fifth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

import pytest
from nlp_helpers import by_name, names, stances, triples


def _at_war(ex, a: str, b: str) -> bool:
    """The conflict holds either way round."""
    return bool({(a, "inConflictWith", b), (b, "inConflictWith", a)} & triples(ex))


def test_a_claim_dismissed_in_the_passive_is_the_dismisser_s_denial(run):
    ex = run(
        "Armenia's defence ministry claimed that its soldiers now held the hamlet of Brenno, "
        "a claim promptly rejected by Azerbaijan's army, which said the hamlet was still "
        "contested."
    )
    assert ex.error is None
    assert stances(ex, "Armenian defence ministry") == {"asserts"}
    assert "denies" in stances(ex, "Azerbaijan's army")


def test_a_state_that_fought_a_war_with_a_group_is_in_conflict_with_it(run):
    ex = run(
        "Peru, which fought a long war with the Shining Path before 2000, still battles "
        "drug gangs in the Andes."
    )
    assert ("Peru", "inConflictWith", "Shining Path") in triples(ex)


def test_a_war_with_a_state_s_militia_is_no_war_with_the_state(run):
    ex = run(
        "Chad, which has fought several wars with Libya's Tarvo Movement, denied any role "
        "in the raid."
    )
    assert ("Chad", "inConflictWith", "Tarvo Movement") in triples(ex)
    assert not _at_war(ex, "Chad", "Libya")


def test_a_gang_whose_victims_included_companies_attacked_them(run):
    ex = run(
        "Police dismantled BlackVane, a ransomware gang whose victims included the Acme Bank "
        "and Zedsoft Inc."
    )
    assert ("BlackVane", "inConflictWith", "Acme Bank") in triples(ex)
    assert ("BlackVane", "inConflictWith", "Zedsoft Inc") in triples(ex)


def test_a_judge_who_presides_over_a_body_leads_it(run):
    ex = run("Lee Kim, who presides over the Zed Assembly of Parties, opened the session.")
    assert ("Lee Kim", "leads", "Zed Assembly of Parties") in triples(ex)


def test_what_a_speaker_rejects_is_not_the_title_given_before_the_verb(run):
    ex = run(
        "Lee Kim, the judge who heads the Tarvo Tribunal, said on Monday that he rejected "
        "the measures."
    )
    assert ("Lee Kim", "leads", "Tarvo Tribunal") in triples(ex)
    assert "denies" in stances(ex, "Lee Kim")
    assert not any(c.relation is not None for c in ex.claims)


def test_a_pledge_does_not_take_in_the_clause_that_says_when_it_came(run):
    ex = run(
        "Zedlock, which analysts say is run by Jo Roe, pledged loyalty to Moscow after "
        "Russia invaded Ukraine."
    )
    assert ("Russia", "inConflictWith", "Ukraine") in triples(ex)


def test_a_field_terminal_or_station_named_with_its_kind_is_known_that_way(run):
    ex = run(
        "Velora Energy said output at the Tarvo oil field fell. Trains will stop at Pellam "
        "Street station in Leeds."
    )
    assert by_name(ex, "Tarvo oil field").type == "Location"
    assert by_name(ex, "Pellam Street station").type == "Location"


def test_a_place_name_around_a_portuguese_linker_is_one_place(run):
    ex = run("The company builds engines in Santa Cruz do Sul, Brazil.")
    assert "Santa Cruz do Sul" in names(ex)
    assert "Sul" not in names(ex)


def test_its_largest_shareholder_owns_the_company_the_clause_is_about(run):
    ex = run("Zedsat is backed by Velmar Holdings, its largest shareholder.")
    assert ("Velmar Holdings", "owns", "Zedsat") in triples(ex)


def test_an_invasion_without_its_object_is_of_the_state_the_article_is_about(run):
    ex = run(
        "Norway sent jets to Ukraine. Ukraine's navy has lost four ships since Russia "
        "invaded, the ministry said."
    )
    assert ("Russia", "inConflictWith", "Ukraine") in triples(ex)


@pytest.mark.parametrize(
    "text",
    [
        # a site in a region the state owns
        "A Ukrainian drone attack on a fuel depot in Russia's Tver Oblast set three tanks ablaze.",
        # sites the state holds
        "Ukrainian raids on three Russian-held depots burned fuel trucks.",
    ],
)
def test_an_attack_on_a_state_s_sites_is_an_attack_on_the_state(run, text):
    ex = run("Russia and Ukraine gave different tolls. " + text)
    assert _at_war(ex, "Ukraine", "Russia")


def test_calling_the_story_fiction_denies_it(run):
    ex = run("In an interview, Ada Roe said the report was pure fiction.")
    assert stances(ex, "Ada Roe") == {"denies"}


def test_a_site_s_number_after_its_kind_word_is_part_of_its_name(run):
    ex = run("The bomber was rolled out of a hangar at Tarvo Air Plant 42 in Palmdale, California.")
    assert "Tarvo Air Plant 42" in names(ex)
    assert ("Tarvo Air Plant 42", "locatedIn", "Palmdale") in triples(ex)


def test_a_company_s_named_field_is_one_it_operates(run):
    ex = run("Gas flows from Tarvogaz's Belyansk field in Yakutia.")
    assert ("Tarvogaz", "operates", "Belyansk") in triples(ex)


def test_two_owners_things_joined_by_and_are_no_military_unit(run):
    ex = run(
        "The contest ended; Acme Aero's Zed-16 and Brixco Aviation's Raptor had also been in "
        "the running."
    )
    assert "Zed-16" in names(ex)
    assert not any(" and " in n for n in names(ex))
    assert all(e.type != "MilitaryUnit" for e in ex.entities)


def test_a_group_whose_leader_is_named_is_a_body_its_leader_leads(run):
    ex = run(
        "Protests were organised by groups including the Tarvo Movement, whose leader Savo "
        "Ilic said on Thursday that they would go on."
    )
    assert by_name(ex, "Tarvo Movement").type == "Organization"
    assert ("Savo Ilic", "leads", "Tarvo Movement") in triples(ex)


def test_a_state_s_missile_strike_is_on_the_state_the_report_is_about(run):
    ex = run(
        "Ukraine buried its dead on Saturday. A Russian missile strike killed seven people "
        "in Zarnytsia on Friday, Ukraine's emergency service said, and Ukraine asked its "
        "allies for more air defence. Russia did not comment."
    )
    assert ("Russia", "inConflictWith", "Ukraine") in triples(ex)


def test_a_government_at_war_puts_its_state_at_war(run):
    ex = run(
        "Russia's economy slowed. Kremlin aide Ivan Sorin said the Kremlin's offensive in "
        "Ukraine would go on."
    )
    assert _at_war(ex, "Russia", "Ukraine")
