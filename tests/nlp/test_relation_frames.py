"""Verb frames and noun phrases for uses, partOf, operates, contractWith, inConflictWith.

Invented sentences only, run through the real model end to end.
"""

from __future__ import annotations

import pytest
from nlp_helpers import by_name, triples

CASES = [
    # uses
    ("Paraguay relies on Kestrel X5 drones.", ("Paraguay", "uses", "Kestrel X5")),
    (
        "The Paraguayan Navy is equipped with Kestrel X5 launchers.",
        ("Paraguayan Navy", "uses", "Kestrel X5"),
    ),
    (
        "The Paraguayan Navy's Kestrel X5 drones flew over the river.",
        ("Paraguayan Navy", "uses", "Kestrel X5"),
    ),
    (
        "The Kestrel X5 is operated by Saab and has been extensively used by "
        "Paraguayan forces for military applications.",
        ("Paraguayan Armed Forces", "uses", "Kestrel X5"),
    ),
    # operates
    ("The Saab-made Kestrel X5 drone crashed.", ("Saab", "operates", "Kestrel X5")),
    ("Saab AB's Kestrel X5 drone crashed.", ("Saab AB", "operates", "Kestrel X5")),
    ("Saab's Ridgeway refinery was shut.", ("Saab", "operates", "Ridgeway refinery")),
    (
        "Camp Ridgeway was a Paraguayan Army training camp north of the city.",
        ("Paraguayan Army", "operates", "Camp Ridgeway"),
    ),
    (
        "The rules block exports of the Kestrel X5, which Marlex Corp designed for export.",
        ("Marlex Corp", "operates", "Kestrel X5"),
    ),
    # partOf
    (
        "Task Force 77 operates under the Paraguayan Navy.",
        ("Task Force 77", "partOf", "Paraguayan Navy"),
    ),
    (
        "The Bureau of Procurement falls under the Paraguayan Defence Ministry.",
        ("Bureau of Procurement", "partOf", "Paraguayan Defence Ministry"),
    ),
    ("Marlex Corp's Brixco unit said nothing.", ("Brixco", "partOf", "Marlex Corp")),
    (
        "Trading in Zentrix Group's two listed subsidiaries, Brixco Ltd and Orvane Ltd, "
        "was halted.",
        ("Orvane Ltd", "partOf", "Zentrix Group"),
    ),
    (
        "The Paraguayan Army's 5th Infantry Brigade moved north.",
        ("5th Infantry Brigade", "partOf", "Paraguayan Army"),
    ),
    (
        "The Paraguayan Defence Ministry's Bureau of Procurement said nothing.",
        ("Bureau of Procurement", "partOf", "Paraguayan Defence Ministry"),
    ),
    (
        "Northern Naval Forces Vostra was a command of the Paraguayan Navy from 1944 to 1958.",
        ("Northern Naval Forces", "partOf", "Paraguayan Navy"),
    ),
    (
        "Brixco Ltd belonged to the Zentrix Group holding.",
        ("Brixco Ltd", "partOf", "Zentrix Group"),
    ),
    # contractWith
    ("Orvane Corp awarded Marlex Corp a contract.", ("Orvane Corp", "contractWith", "Marlex Corp")),
    (
        "The deal between Marlex Corp and Brixco Ltd closed.",
        ("Marlex Corp", "contractWith", "Brixco Ltd"),
    ),
    (
        "Under a 2019 arrangement between Marlex Corp and the Uruguayan Treasury, taxes fell.",
        ("Marlex Corp", "contractWith", "Uruguayan Treasury"),
    ),
    (
        "The preliminary memorandum of terms between Marlex Corp and Orvane Corp is short.",
        ("Marlex Corp", "contractWith", "Orvane Corp"),
    ),
    (
        "Marlex Corp's contract with Orvane Corp expired.",
        ("Marlex Corp", "contractWith", "Orvane Corp"),
    ),
    (
        "Saab AB and Orvane Corp reached an agreement on training in December.",
        ("Saab AB", "contractWith", "Orvane Corp"),
    ),
    # inConflictWith
    (
        "Heavy fighting between Uruguay and Paraguay intensified.",
        ("Uruguay", "inConflictWith", "Paraguay"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), CASES)
def test_relation_pattern(run, text, triple):
    found = triples(run(text))
    s, p, o = triple
    assert triple in found or (p in {"contractWith", "inConflictWith"} and (o, p, s) in found)


def test_reported_and_negated_uses_are_no_facts(run):
    said = run("Embraer said Paraguay relies on Kestrel X5 drones.")
    assert not any(p == "uses" for _, p, _ in triples(said))
    assert said.claims
    negated = run("Paraguay does not rely on Kestrel X5 drones.")
    assert not any(p == "uses" for _, p, _ in triples(negated))


def test_winning_a_contract_together_is_no_contract_between_the_winners(run):
    found = triples(run("Saab AB and Orvane Corp won a contract from Uruguay."))
    assert ("Saab AB", "contractWith", "Orvane Corp") not in found
    assert ("Saab AB", "contractWith", "Uruguay") in found


def test_a_country_in_a_command_name_is_no_member(run):
    found = triples(run("Northern Naval Forces Vostra was a command of the Paraguayan Navy."))
    assert not any(p == "memberOf" for _, p, _ in found)


def test_operating_something_under_a_licence_is_no_part_of(run):
    found = triples(run("Marlex Corp operates Brixco Ltd under a licence from Orvane Corp."))
    assert not any(p == "partOf" for _, p, _ in found)


def test_what_a_state_delivered_in_a_clause_the_parser_detached_is_used(run):
    ex = run(
        "Targets were hit by the Krab and Kovar launchers that Poland has already delivered "
        "to Moldova."
    )
    assert ("Poland", "supplies", "Moldova") in triples(ex)
    assert ("Moldova", "uses", "Krab") in triples(ex)


def test_a_state_right_after_a_verb_of_giving_receives(run):
    ex = run("Germany gave Ukraine Leopard tanks in March.")
    assert by_name(ex, "Ukraine").type == "Country"
    assert ("Germany", "supplies", "Ukraine") in triples(ex)
    assert ("Leopard", "country", "Ukraine") not in triples(ex)


def test_contracts_awarded_to_two_firms_are_contracts_with_each(run):
    ex = run(
        "The Pentagon awarded deals last year to Halvard Marine Corp. and to Brixco Group for "
        "two new frigates."
    )
    assert ("Pentagon", "contractWith", "Halvard Marine Corp") in triples(ex)
    assert ("Pentagon", "contractWith", "Brixco Group") in triples(ex)


def test_fighting_between_two_forces_is_a_conflict(run):
    ex = run(
        "Fighting between the Sudanese army and the Rapid Support Forces has killed thousands."
    )
    assert ("Sudanese Armed Forces", "inConflictWith", "Rapid Support Forces") in triples(ex)
