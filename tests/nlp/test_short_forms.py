"""One node per real thing: capitals standing for their state, people named by part of
the name or a nickname, companies and places by the start of their names. Invented
names where the rule allows, run through the real model."""

from __future__ import annotations

from nlp_helpers import by_name


def test_a_capital_dealt_with_as_a_state_is_the_state(run):
    ex = run(
        "The vote showed the party's drift towards Washington, and any sale needs "
        "Washington's consent. The United States has not commented."
    )
    assert "Washington" in {m.text for m in by_name(ex, "United States").mentions}
    ex = run(
        "Ministers urged Oslo to explain the decision, and talks between Oslo and Rome "
        "stalled. Norway and Italy disagree."
    )
    assert "Oslo" in {m.text for m in by_name(ex, "Norway").mentions}


def test_a_capital_used_as_a_place_stays_a_place(run):
    ex = run("Ghana flew the troops to Accra on Monday. Ghana said the mission would grow.")
    assert by_name(ex, "Accra").type == "Location"


def test_a_two_word_surname_and_a_longer_form_are_the_one_person(run):
    ex = run(
        "President Ana Lucia Ferreira Santos spoke on Monday. Ferreira Santos said the "
        "budget would pass. Sheikh Omar Haddad Saleh met her, and Omar Haddad Saleh agreed."
    )
    ana = by_name(ex, "Ana Lucia Ferreira Santos")
    assert "Ferreira Santos" in {m.text for m in ana.mentions}
    assert len([e for e in ex.entities if "Haddad" in e.name]) == 1


def test_a_nickname_in_quotes_is_the_person(run):
    ex = run('Joaquin "El Zorro" Ramirez was jailed in 2019. El Zorro ran the gang for years.')
    person = by_name(ex, 'Joaquin "El Zorro" Ramirez')
    assert "El Zorro" in {m.text for m in person.mentions}


def test_a_surname_two_people_share_is_the_one_introduced_first(run):
    ex = run(
        "Former Governor Pedro Alves lost the appeal. His brother, Marco Alves, spoke to "
        "supporters. Alves said he had committed no crime."
    )
    assert "Alves" in {m.text for m in by_name(ex, "Pedro Alves").mentions}
    assert "Alves" not in {m.text for m in by_name(ex, "Marco Alves").mentions}


def test_a_companys_short_name_is_not_a_person_of_that_name(run):
    ex = run(
        "Brixco agreed to buy Hessel Corp. for $5 billion. Anna Hessel, the daughter of "
        "its founder, will join the board. Hessel said the deal was good for shareholders."
    )
    assert "Hessel" not in {m.text for m in by_name(ex, "Anna Hessel").mentions}


def test_the_start_of_a_company_or_place_name_is_that_company_or_place(run):
    ex = run(
        "Brixco Resources Ltd. agreed to sell its coal unit. Brixco said the deal was fair. "
        "Drones hit Kaluga Oblast overnight, and officials in Kaluga said two died."
    )
    assert "Brixco" in {m.text for m in by_name(ex, "Brixco Resources Ltd").mentions}
    assert "Kaluga" in {m.text for m in by_name(ex, "Kaluga Oblast").mentions}
