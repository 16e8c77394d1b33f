"""Entities and relations from rules added after reading a ninth set of news.

Invented sentences (names made up or generic), run through the real model end to end,
except where the model would have to make a particular mistake first (a blank pipeline).
"""

from __future__ import annotations

import spacy
from nlp_helpers import by_name, names, triples
from spacy.tokens import Span

from kg.nlp.entities import _split_lists
from kg.nlp.vocab import get_vocab


def test_an_embassy_is_named_with_its_seat(run):
    ex = run(
        "Varnia ordered ten staff of the Norlandic Embassy in Tarsk to leave. Norland "
        "said the Norlandic Embassy would keep working."
    )
    embassy = by_name(ex, "Norlandic Embassy")
    assert embassy.name == "Norlandic Embassy in Tarsk"
    assert embassy.type == "GovernmentAgency"
    assert ("Norlandic Embassy in Tarsk", "locatedIn", "Tarsk") in triples(ex)


def test_a_possessive_embassy_keeps_the_form_the_text_uses(run):
    ex = run("The activist spent four years in Peru's embassy in Tarsk.")
    embassy = by_name(ex, "Peru's embassy in Tarsk")
    assert embassy.name == "Peruvian embassy in Tarsk"
    assert ("Peruvian embassy in Tarsk", "locatedIn", "Tarsk") in triples(ex)


def test_a_court_is_named_with_its_city(run):
    ex = run("The ruling was upheld by the Higher Regional Court in Bramfeld on Monday.")
    assert "Higher Regional Court in Bramfeld" in names(ex)


def test_one_name_in_two_cities_is_two_bodies_each_named_with_its_city(run):
    ex = run(
        "Protesters gathered outside the Norlandic Embassy in Tarsk. A day later the "
        "Norlandic Embassy in Velm was closed."
    )
    embassies = {n for n in names(ex) if "Embassy" in n}
    assert embassies == {"Norlandic Embassy in Tarsk", "Norlandic Embassy in Velm"}


def test_reporters_listed_with_their_cities_stay_people(run):
    ex = run(
        "Reuters writers Hannah Kessling in Tarsk, Varnia, and Konrad Mielke in Velm "
        "contributed to this report."
    )
    assert by_name(ex, "Konrad Mielke").type == "Person"
    assert ("Konrad Mielke", "locatedIn", "Velm") not in triples(ex)


def test_a_description_set_off_before_a_name_is_that_body(run):
    ex = run(
        "Maren Holt, head of Norway's coastal surveillance agency, the KVS, told reporters "
        "that two boats had been seen."
    )
    kvs = by_name(ex, "KVS")
    assert "coastal surveillance agency" in kvs.aliases
    got = triples(ex)
    assert ("Maren Holt", "leads", "KVS") in got
    assert ("KVS", "country", "Norway") in got


def test_a_title_whose_name_follows_the_body(run):
    ex = run(
        "The head of Chile's mining regulator, Sernatek, Rodrigo Ibarra, said on Monday "
        "that the permit would be reviewed."
    )
    assert ("Rodrigo Ibarra", "leads", "Sernatek") in triples(ex)


def test_an_owners_unit_set_off_by_commas_is_no_description_of_it(run):
    ex = run(
        "The ruling hurts Veltron Group, whose local unit, Veltron Rail Nordic, runs the "
        "depot near Tarsk."
    )
    assert ("Veltron Group", "partOf", "Veltron Rail Nordic") not in triples(ex)


def test_a_place_that_only_gives_a_bearing_is_not_in_the_region(run):
    ex = run(
        "The crash site lies about 150 km northeast of Tarsk in Velmar province, officials said."
    )
    assert ("Tarsk", "locatedIn", "Velmar province") not in triples(ex)


def test_a_rank_before_a_name_of_a_force(run):
    ex = run(
        "The briefing was given by Colonel Mira Halden of the Norlandic Army and Wing "
        "Commander Tove Lind of the Norlandic Air Force on Friday."
    )
    got = triples(ex)
    assert ("Mira Halden", "memberOf", "Norlandic Army") in got
    assert ("Tove Lind", "memberOf", "Norlandic Air Force") in got
    assert "Wing" not in names(ex)


def test_a_minister_of_a_party_is_its_member(run):
    ex = run("Interior Minister Hanna Vogt of the Green Freedom Party defended the ban.")
    got = triples(ex)
    assert ("Hanna Vogt", "memberOf", "Green Freedom Party") in got
    assert ("Hanna Vogt", "leads", "Green Freedom Party") not in got


def test_a_prosecutor_serves_the_department(run):
    ex = run("Justice Department prosecutor Owen Brandt told the court the case was closed.")
    assert ("Owen Brandt", "memberOf", "Justice Department") in triples(ex)


def test_a_justice_is_no_part_of_the_name(run):
    ex = run("The oath was administered by Chief Justice Maria Santos in the capital.")
    assert "Maria Santos" in names(ex)


def test_a_unit_of_a_states_service_is_part_of_the_service(run):
    ex = run("Police said agents of Unit 4410 of Norway's ZRU spy service had planted the device.")
    assert ("Unit 4410", "partOf", "ZRU") in triples(ex)


def test_two_parties_after_between_are_two_names():
    nlp = spacy.blank("en")
    doc = nlp("The deal between Norneft and Velgaz was signed in 2019.")
    merged = Span(doc, 3, 6, label="ORG")  # the model's one name for both
    assert [e.text for e in _split_lists(doc, [merged], get_vocab())] == ["Norneft", "Velgaz"]


def test_a_description_after_two_names_is_the_second(run):
    ex = run("The five-year deal between Norneft and Velgaz, Russia's state gas company, expired.")
    got = triples(ex)
    assert ("Velgaz", "country", "Russia") in got
    assert ("Norneft", "country", "Russia") not in got


def test_a_numbered_unit_is_a_military_unit_and_a_business_unit_is_not(run):
    ex = run("The 14th Marine Raider Unit landed on Monday. Veltron's Cloud Unit grew 20%.")
    assert by_name(ex, "14th Marine Raider Unit").type == "MilitaryUnit"
    assert by_name(ex, "Cloud Unit").type != "MilitaryUnit"


def test_a_company_name_after_a_title_is_no_person(run):
    ex = run("The startup was founded by Mara Lind, a former president of Brixwell Corp., in 2017.")
    assert by_name(ex, "Brixwell Corp").type == "Organization"


def test_a_name_with_a_particle_is_a_person(run):
    ex = run("Rodrigo de la Vega, who heads the Interior Ministry, told reporters it was over.")
    assert by_name(ex, "Rodrigo de la Vega").type == "Person"


def test_the_based_company_is_not_the_subject_that_bought_into_it(run):
    ex = run(
        "Veltron Group shares rose on Monday. Brixcorp Capital disclosed a stake of "
        "$1 billion in the Tarsk, Ostraland-based company last year."
    )
    got = triples(ex)
    assert ("Veltron Group", "locatedIn", "Tarsk") in got
    assert ("Brixcorp Capital", "locatedIn", "Tarsk") not in got


def test_an_alliances_named_committee_is_part_of_it(run):
    ex = run("He once chaired NATO's Planning Committee before he retired.")
    assert ("Planning Committee", "partOf", "NATO") in triples(ex)


def test_an_office_named_for_its_work_is_part_of_the_body_that_owns_it(run):
    ex = run("Observers from the OSCE's Office for Media Freedom (OMF) said the vote was fair.")
    got = triples(ex)
    assert ("Office for Media Freedom", "partOf", "OSCE") in got
    assert ("OSCE", "owns", "Office for Media Freedom") not in got


def test_a_centre_at_a_council_is_part_of_it(run):
    ex = run(
        "Mira Holt, who leads the Center for Strategic Messaging at Norway's National "
        "Defence Council, called the claim a lie."
    )
    assert (
        "Center for Strategic Messaging",
        "partOf",
        by_name(ex, "National Defence Council").name,
    ) in triples(ex)


def test_founder_and_chief_executive_after_whose(run):
    ex = run(
        "Freeport Energy, whose founder and chief executive Martin Hale turned the plant into an "
        "export hub, began shipping in 2019."
    )
    got = triples(ex)
    assert ("Martin Hale", "founded", "Freeport Energy") in got
    assert ("Martin Hale", "leads", "Freeport Energy") in got


def test_a_fronted_founding_clause_names_the_founders(run):
    ex = run(
        "Founded in 2015 by Dana Whitlock, Peter Osgood, Maya Lind and Omar Haddad, "
        "Oslo-based Quantiva makes payroll tools for banks."
    )
    got = triples(ex)
    assert ("Dana Whitlock", "founded", "Quantiva") in got
    assert ("Omar Haddad", "founded", "Quantiva") in got


def test_a_spanish_name_around_y_is_one_company(run):
    ex = run("The state miner and Compania Minera y Metalurgica de Tarsk SA signed an accord.")
    assert "Compania Minera y Metalurgica de Tarsk SA" in names(ex)


def test_substations_and_salt_flats_are_named_places(run):
    ex = run(
        "A fire at the Kestrel Hill substation in Varde cut power. The firm also bid for "
        "the Ostra salt flat in the Velmar region."
    )
    got = triples(ex)
    assert ("Kestrel Hill substation", "locatedIn", "Varde") in got
    assert ("Ostra salt flat", "locatedIn", by_name(ex, "Velmar region").name) in got


def test_an_office_named_after_a_title(run):
    ex = run("The Attorney General's Office, led by Marta Quiroga, opened an inquiry.")
    assert ("Marta Quiroga", "leads", "Attorney General's Office") in triples(ex)


def test_a_court_for_a_district_is_one_name(run):
    ex = run(
        "Chief Judge Helena Varga of the US District Court for the Upper District of "
        "Velmar accepted the plea."
    )
    court = "US District Court for the Upper District of Velmar"
    assert by_name(ex, court).type == "GovernmentAgency"
    assert ("Helena Varga", "leads", court) in triples(ex)


def test_a_model_number_the_parser_takes_for_a_count_still_names_the_product(run):
    ex = run("The Norwegian Air Force flies F-35 jets from the northern base.")
    assert ("Norwegian Air Force", "uses", "F-35") in triples(ex)


def test_a_makers_plural_model_is_one_product_and_a_share_of_them_is_used(run):
    ex = run("Norjet Airways flies 12 of the 40 Boeing 787-9s registered in the country.")
    assert by_name(ex, "Boeing 787-9").type == "Product"
    assert ("Norjet Airways", "uses", "Boeing 787-9") in triples(ex)


def test_names_other_trackers_give_a_group_are_its_aliases(run):
    ex = run(
        "Prosecutors charged seven hackers. APT77, which Veltron tracks as Copper Heron and "
        "Brixcorp calls Jade Lynx, was also blamed for a 2021 breach."
    )
    group = by_name(ex, "APT77")
    assert group.type == "Organization"
    assert {"Copper Heron", "Jade Lynx"} <= {group.name, *group.aliases}


def test_a_place_set_off_before_a_compass_and_a_city_is_in_the_city(run):
    ex = run("The fire at a depot in Brantham, east Glasgow, closed the line for a day.")
    assert ("Brantham", "locatedIn", "Glasgow") in triples(ex)
