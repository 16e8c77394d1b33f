"""Titles that the parse loses or hangs on the wrong name, and descriptions inside a
report, which are the writer's facts, not the speaker's. Invented names, real model."""

from __future__ import annotations

from nlp_helpers import by_name, triples


def test_the_leader_of_a_named_party_leads_it(run):
    ex = run("Otieno Wambua, leader of the Green Horizon Alliance party, said the vote was rigged.")
    assert ("Otieno Wambua", "leads", "Green Horizon Alliance") in triples(ex)


def test_a_founder_named_after_a_comma_founded_the_body(run):
    ex = run(
        "Halvard Property Group's shares plunged in May after its founder, Li Wen Tao, was "
        "detained by police."
    )
    assert ("Li Wen Tao", "founded", "Halvard Property Group") in triples(ex)


def test_who_after_a_capitalised_description_is_the_person_described(run):
    ex = run(
        "Representative Jane Morrow, the Kansas Republican who chairs the House Energy "
        "Committee, called for a vote."
    )
    assert ("Jane Morrow", "leads", "House Energy Committee") in triples(ex)


def test_a_description_inside_a_report_is_the_writers_fact(run):
    ex = run(
        "Norvik Robotics said on Tuesday that Colin Hartley, who co-founded the firm in 1998, "
        "would retire at the end of the year."
    )
    assert ("Colin Hartley", "founded", "Norvik Robotics") in triples(ex)


def test_what_an_unnamed_speaker_denies_is_no_fact(run):
    ex = run("The minister denied that Brixco sold drones to Moldova.")
    assert by_name(ex, "Brixco").type == "Organization"
    assert ("Brixco", "supplies", "Moldova") not in triples(ex)


def test_a_platform_whose_chief_executive_speaks_is_the_company(run):
    ex = run(
        "Bluesky's chief executive, Lena Ortiz, wrote in a post on Friday that the firm would "
        "keep hiring."
    )
    assert by_name(ex, "Bluesky").type == "Organization"
    assert ("Lena Ortiz", "leads", "Bluesky") in triples(ex)


def test_the_company_in_a_clause_about_the_subject_is_the_subject(run):
    ex = run(
        "Brenvik Foundry lost the tender, and Brenvik Foundry shares fell. "
        "Kestrel Metals Ltd said that Anna Berg, who joined the company in 2015, would lead "
        "its Oslo plant."
    )
    assert ("Anna Berg", "memberOf", "Kestrel Metals Ltd") in triples(ex)
