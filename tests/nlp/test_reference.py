"""What a description refers back to: "the Oslo-based company", "the chat app", and
which bracketed initials name nothing. Invented names, run through the real model."""

from __future__ import annotations

from nlp_helpers import by_name, triples


def test_a_based_company_is_what_the_last_sentence_was_about(run):
    ex = run(
        "Halvard Mining Corp. rejected the offer, and Halvard Mining Corp. shares fell 4%. "
        "Analysts said Halvard Mining Corp. would fight. "
        "Kestrel Metals Ltd said on Monday it would raise its bid. "
        "The Oslo-based company said the deal would close in May."
    )
    assert ("Kestrel Metals Ltd", "locatedIn", "Oslo") in triples(ex)
    assert ("Halvard Mining Corp", "locatedIn", "Oslo") not in triples(ex)


def test_a_based_company_after_a_report_is_the_one_reported_on(run):
    ex = run(
        "Kolmar Steel lost the tender, and Kolmar Steel shares fell. Brenvik Foundry will "
        "receive up to $2 billion in subsidies, the Trade Ministry announced. The Gdansk-based "
        "company had asked for more."
    )
    assert ("Brenvik Foundry", "locatedIn", "Gdansk") in triples(ex)
    assert ("Kolmar Steel", "locatedIn", "Gdansk") not in triples(ex)


def test_a_description_set_off_by_a_comma_is_the_name_before_it(run):
    # the parser reads "the photo app" here as a predicate of "named", not an apposition
    ex = run(
        "Regulators fined the Kivo Store in May, and the Kivo Store must now change. Its maps "
        "service and its cloud arm were also named, along with Instagram, the photo app run "
        "by California-based Meta."
    )
    assert ("Meta", "operates", "Instagram") in triples(ex)
    assert ("Meta", "operates", "Kivo Store") not in triples(ex)


def test_initials_of_a_commodity_or_a_technology_name_nothing(run):
    ex = run(
        "The deal covers liquefied natural gas (LNG), and the group said it would invest in "
        "artificial intelligence (AI)."
    )
    assert ex.entities == []


def test_initials_of_a_described_agency_still_name_it(run):
    ex = run("Norway's coastal defence agency (KVA) said on Monday that the ship had left.")
    assert by_name(ex, "KVA").type == "GovernmentAgency"


def test_an_indefinite_based_group_is_not_the_last_company(run):
    ex = run(
        "Norvik Systems said it would appeal the fine. Friends of Tarn, a Leeds-based group, "
        "welcomed the ruling."
    )
    assert ("Norvik Systems", "locatedIn", "Leeds") not in triples(ex)


def test_the_town_and_state_based_company_is_the_last_company(run):
    ex = run(
        "Norvik Systems said it would appeal the fine. The Tarvik, Nevada-based company said "
        "it had done nothing wrong."
    )
    assert ("Norvik Systems", "locatedIn", "Tarvik") in triples(ex)


def test_a_body_described_as_a_force_in_a_country_is_there(run):
    ex = run("The Volkor Group, the main mercenary group in Mali, said it had lost two men.")
    assert ("Volkor Group", "locatedIn", "Mali") in triples(ex)


def test_a_states_agency_in_apposition_after_a_person_of_it_is_the_body(run):
    ex = run(
        "Nick Hale of NASA and cosmonaut Ivan Petrov of Zedcosmos, Russia's space agency, "
        "will fly in May."
    )
    assert ("Zedcosmos", "country", "Russia") in triples(ex)


def test_a_states_possessive_before_two_names_covers_both(run):
    ex = run("Japan's Kirova Corp. and Tanaka Heavy Industries each own a fifth of the mine.")
    assert ("Kirova Corp", "country", "Japan") in triples(ex)
    assert ("Tanaka Heavy Industries", "country", "Japan") in triples(ex)


def test_a_states_possessive_inside_a_list_covers_only_its_name(run):
    ex = run("Denmark's Orsted, Finland's Fortvik and Shell said they would bid.")
    assert ("Fortvik", "country", "Finland") in triples(ex)
    assert ("Shell", "country", "Finland") not in triples(ex)


def test_a_companys_unit_named_after_its_country_is_one_body(run):
    ex = run(
        "The regulator fined Halvard Systems UK, the local unit of the software company "
        "Halvard Systems, on Monday."
    )
    assert by_name(ex, "Halvard Systems UK").type == "Organization"
    assert ("Halvard Systems UK", "partOf", "Halvard Systems") in triples(ex)


def test_its_product_is_never_the_regulators_named_most(run):
    ex = run(
        "The Trade Ministry warned on Monday that the Trade Ministry would widen the rules. "
        "New curbs last month hit its top Z100 chip."
    )
    assert by_name(ex, "Z100").type == "Product"
    assert ("Trade Ministry", "operates", "Z100") not in triples(ex)
