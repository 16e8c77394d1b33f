"""Holders, sites, supplied products and places set off by commas. Invented names, run
through the real model."""

from __future__ import annotations

from nlp_helpers import triples


def test_a_holder_in_apposition_owns_the_possessor(run):
    ex = run("Brixco approached Norvik Motors, Kestrel Auto's largest shareholder, last year.")
    assert ("Norvik Motors", "owns", "Kestrel Auto") in triples(ex)
    assert ("Kestrel Auto", "owns", "Norvik Motors") not in triples(ex)


def test_listed_shareholders_each_own_the_company(run):
    ex = run(
        "Besides Zedneft, Caspiana's shareholders include Norway's state oil company "
        "Statoil, U.S. majors Chevron and ExxonMobil, and Italy's Eni."
    )
    got = triples(ex)
    for holder in ("Statoil", "Chevron", "ExxonMobil", "Eni"):
        assert (holder, "owns", "Caspiana") in got
    assert ("Norway", "owns", "Caspiana") not in got
    assert ("Zedneft", "owns", "Caspiana") not in got


def test_a_product_supplied_to_a_state_is_used_by_it(run):
    ex = run("Zed-9 drones supplied to Norland played a key role in the offensive.")
    assert ("Norland", "uses", "Zed-9") in triples(ex)
    ex = run("Zed-7 missiles delivered to Estonia by Acme Defense Corp. hit the bridge.")
    assert ("Estonia", "uses", "Zed-7") in triples(ex)
    assert ("Acme Defense Corp", "supplies", "Estonia") in triples(ex)


def test_a_companys_site_in_apposition_is_operated_by_it(run):
    ex = run("The rocket lifted off from Ridgeport, Acme Aerospace Corp.'s site in South Texas.")
    assert ("Acme Aerospace Corp", "operates", "Ridgeport") in triples(ex)


def test_a_chartered_vessel_is_used_by_the_charterer(run):
    ex = run("The navy seized the Brixoil-chartered tanker Sea Aurora in the strait.")
    assert ("Brixoil", "uses", "Sea Aurora") in triples(ex)


def test_a_place_phrase_set_off_by_commas_locates_the_place(run):
    ex = run("Severomorsk, on the Kola Peninsula, hosts the fleet's submarines.")
    assert ("Severomorsk", "locatedIn", "Kola Peninsula") in triples(ex)


def test_a_regions_capital_and_a_towns_district_are_placed(run):
    ex = run("A truce brokered in the Yunnan capital of Kunming held until June.")
    assert ("Kunming", "locatedIn", "Yunnan") in triples(ex)
    ex = run("The strike hit the Haret Hreik district of Dahiyeh on Friday.")
    got = triples(ex)
    assert not any(s == "Dahiyeh" and p == "locatedIn" for s, p, _ in got)
    assert any(p == "locatedIn" and o == "Dahiyeh" for _, p, o in got)


def test_a_company_described_by_its_state_or_with_its_head_office_is_placed(run):
    ex = run("Acme Robotics, the Texas chipmaker, said sales rose.")
    assert ("Acme Robotics", "locatedIn", "Texas") in triples(ex)
    ex = run(
        "Brixco Corp. is legally domiciled in the Netherlands and has its head office in Amsterdam."
    )
    assert ("Brixco Corp", "locatedIn", "Netherlands") in triples(ex)
    assert ("Brixco Corp", "locatedIn", "Amsterdam") in triples(ex)


def test_a_vessel_chartered_by_a_company_is_used_by_it(run):
    ex = run("The navy seized the tanker Sea Aurora, chartered by U.S. oil major Chevron.")
    assert ("Chevron", "uses", "Sea Aurora") in triples(ex)


def test_holders_and_venture_partners_own_the_company(run):
    ex = run("Exor is the largest shareholder in Brixco Motors with about 14%.")
    assert ("Exor", "owns", "Brixco Motors") in triples(ex)
    ex = run("Zed Motors, the joint venture of Acme Corp. and Brixco Corp., unveiled a car.")
    assert ("Acme Corp", "owns", "Zed Motors") in triples(ex)
    assert ("Brixco Corp", "owns", "Zed Motors") in triples(ex)


def test_its_operator_named_after_the_thing_runs_it(run):
    ex = run(
        "Finland's Olkiluoto 3 reactor began regular production on Sunday, its operator "
        "Pohjola Voima Oy said."
    )
    assert any(s == "Pohjola Voima Oy" and p == "operates" for s, p, _ in triples(ex))
