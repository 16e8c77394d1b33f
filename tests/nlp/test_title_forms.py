"""Titles in the forms news uses: two titles joined by "and", a title in apposition
before the name, "as <title> of <body>", a body "under" its leader, a party's candidate.
Invented names, run through the real model."""

from __future__ import annotations

from nlp_helpers import triples


def test_two_titles_joined_by_and_both_hold(run):
    ex = run("Brixco Corp. founder and Chief Executive Jane Roe said in a memo that sales rose.")
    assert ("Jane Roe", "founded", "Brixco Corp") in triples(ex)
    assert ("Jane Roe", "leads", "Brixco Corp") in triples(ex)
    ex = run("Kestrel Motors President and CEO Taro Ishida told investors on Tuesday.")
    assert ("Taro Ishida", "leads", "Kestrel Motors") in triples(ex)


def test_a_portfolio_title_before_a_name_in_commas_leads_the_ministry(run):
    ex = run(
        "The Ministry of Defence confirmed the flights. The UK defence secretary, Tom "
        "Varga, told parliament the flights would resume."
    )
    assert ("Tom Varga", "leads", "Ministry of Defence") in triples(ex)


def test_as_a_title_of_a_body(run):
    ex = run(
        "The premier named Ivan Petrov as finance minister and Oleg Sorin as director of the "
        "Customs Agency."
    )
    assert ("Oleg Sorin", "leads", "Customs Agency") in triples(ex)
    assert ("Ivan Petrov", "leads", "Customs Agency") not in triples(ex)
    ex = run("The board named Jane Roe as chief executive of Brixco Corp. on Monday.")
    assert ("Jane Roe", "leads", "Brixco Corp") in triples(ex)


def test_as_the_leader_of_a_named_group_is_no_title_of_the_name(run):
    ex = run("Police named Tom Varga as the leader of the Telegram channel Zed Hall.")
    assert not any(s == "Tom Varga" and p == "leads" for s, p, _ in triples(ex))


def test_a_body_under_a_person_is_led_by_that_person(run):
    ex = run("Zedland under President Jane Roe has refused to sign the accord.")
    assert ("Jane Roe", "leads", "Zedland") in triples(ex)


def test_a_partys_candidate_is_a_member(run):
    ex = run("Ana Ruiz, the candidate of the ruling Progress Party, won the vote.")
    assert ("Ana Ruiz", "memberOf", "Progress Party") in triples(ex)


def test_a_ministers_title_names_no_other_states_ministry(run):
    ex = run(
        "Norway's Defence Ministry denied it. Swedish Defence Minister Tom Varga said the "
        "jets had landed. The Office of Foreign Assets Control listed two firms, and "
        "Foreign Minister Nina Holm welcomed it."
    )
    got = triples(ex)
    assert not any(s == "Tom Varga" and p == "leads" and "Norw" in o for s, p, o in got)
    assert ("Nina Holm", "leads", "Office of Foreign Assets Control") not in got


def test_a_ministers_title_still_names_the_ministry_of_its_portfolio(run):
    ex = run(
        "The Ministry of Land, Transport and Tourism issued the order. Transport Minister "
        "Taro Ishida said the checks would continue."
    )
    assert ("Taro Ishida", "leads", "Ministry of Land, Transport and Tourism") in triples(ex)


def test_its_leader_after_an_armed_group_leads_the_group(run):
    ex = run(
        "OSLO, May 3 (Norpress) - The Black Lantern Brigade confirmed on Saturday that its "
        "leader Omar Haddad had been killed in an air strike."
    )
    assert ("Omar Haddad", "leads", "Black Lantern Brigade") in triples(ex)
    assert ("Omar Haddad", "leads", "Norpress") not in triples(ex)
