"""Who asserts and who denies, from rules added after reading a sixth set of unseen news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import stances


def test_a_charge_rebutted_in_the_same_sentence_is_asserted_by_one_and_denied_by_another(run):
    ex = run(
        "Freedom Party leader Jan Berg accused the cabinet of taking orders from abroad, a "
        'charge Prime Minister Maria Lopez dismissed as "absurd".'
    )
    assert stances(ex, "Jan Berg") == {"asserts"}
    assert stances(ex, "Maria Lopez") == {"denies"}


def test_the_accused_rejects_the_accusation(run):
    ex = run(
        "Maria Lopez accused President Jan Berg of meddling in the campaign, an accusation "
        "he rejected."
    )
    assert stances(ex, "Maria Lopez") == {"asserts"}
    assert stances(ex, "Jan Berg") == {"denies"}


def test_said_and_denied_are_two_claims(run):
    ex = run(
        "Minister Ana Soto said the ruling was grounded in the facts and denied that her office "
        "had any part in the trial."
    )
    assert stances(ex, "Ana Soto") == {"asserts", "denies"}


def test_researchers_at_a_firm_speak_for_it(run):
    ex = run(
        "Researchers at Zedsec Labs, a security company in Oslo, said the attackers had "
        "exploited an unknown bug."
    )
    assert stances(ex, "Zedsec Labs") == {"asserts"}


def test_something_that_never_happened_before_is_no_denial(run):
    ex = run('"This has never happened before," Prime Minister Jan Berg told reporters.')
    assert stances(ex, "Jan Berg") == {"asserts"}


def test_an_option_not_ruled_out_is_no_denial(run):
    ex = run("Jan Berg said no hypothesis had been ruled out.")
    assert stances(ex, "Jan Berg") == {"asserts"}


def test_offers_advice_and_rulings_are_claims(run):
    assert stances(run("Norway's President Jan Berg offered to help."), "Jan Berg") == {"asserts"}
    ex = run("The Zed Safety Administration advised owners to park their vehicles outside.")
    assert stances(ex, "Zed Safety Administration") == {"asserts"}
    ex = run("The Zed High Court ruled on Monday that the merger was legal.")
    assert stances(ex, "Zed High Court") == {"asserts"}
