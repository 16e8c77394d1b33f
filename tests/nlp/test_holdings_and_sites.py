"""Holders, sites, supplied products and places set off by commas. Invented names, run
through the real model."""

from __future__ import annotations

from nlp_helpers import triples


def test_a_holder_in_apposition_owns_the_possessor(run):
    ex = run("Analysts expect Norvik Motors, Kestrel Auto's biggest shareholder, to back the plan.")
    assert ("Norvik Motors", "owns", "Kestrel Auto") in triples(ex)
    assert ("Kestrel Auto", "owns", "Norvik Motors") not in triples(ex)


def test_listed_shareholders_each_own_the_company(run):
    ex = run(
        "Caspiana's shareholders include Norway's Statoil, the U.S. firms Brixco Inc. and "
        "Zedcorp Inc., and Acme Energy."
    )
    got = triples(ex)
    for holder in ("Statoil", "Brixco Inc", "Zedcorp Inc", "Acme Energy"):
        assert (holder, "owns", "Caspiana") in got
    assert ("Norway", "owns", "Caspiana") not in got


def test_a_product_supplied_to_a_state_is_used_by_it(run):
    ex = run("Zed-9 drones supplied to Norland played a key role in the offensive.")
    assert ("Norland", "uses", "Zed-9") in triples(ex)
    ex = run("Zed-7 missiles delivered to Estonia by Acme Defense Corp. hit the bridge.")
    assert ("Estonia", "uses", "Zed-7") in triples(ex)
    assert ("Acme Defense Corp", "supplies", "Estonia") in triples(ex)


def test_a_companys_site_in_apposition_is_operated_by_it(run):
    ex = run("The rocket lifted off from Ridgeport, Acme Aerospace Corp.'s site in Nevada.")
    assert ("Acme Aerospace Corp", "operates", "Ridgeport") in triples(ex)


def test_a_chartered_vessel_is_used_by_the_charterer(run):
    ex = run("The navy seized the Brixoil-chartered tanker Sea Aurora in the strait.")
    assert ("Brixoil", "uses", "Sea Aurora") in triples(ex)


def test_a_place_phrase_set_off_by_commas_locates_the_place(run):
    ex = run("Kirkenes, on the Varanger Peninsula, hosts a radar station.")
    assert ("Kirkenes", "locatedIn", "Varanger Peninsula") in triples(ex)


def test_a_regions_capital_and_a_towns_district_are_placed(run):
    ex = run("A truce brokered in the Sichuan capital of Chengdu held until June.")
    assert ("Chengdu", "locatedIn", "Sichuan") in triples(ex)
    ex = run("The storm hit the Frogner district of Oslo on Friday.")
    got = triples(ex)
    assert not any(s == "Oslo" and p == "locatedIn" for s, p, _ in got)
    assert any(p == "locatedIn" and o == "Oslo" for _, p, o in got)


def test_a_company_described_by_its_state_or_with_its_head_office_is_placed(run):
    ex = run("Acme Robotics, the Texas chipmaker, said sales rose.")
    assert ("Acme Robotics", "locatedIn", "Texas") in triples(ex)
    ex = run(
        "Brixco Corp. is legally domiciled in the Netherlands and has its head office in Amsterdam."
    )
    assert ("Brixco Corp", "locatedIn", "Netherlands") in triples(ex)
    assert ("Brixco Corp", "locatedIn", "Amsterdam") in triples(ex)


def test_a_vessel_chartered_by_a_company_is_used_by_it(run):
    ex = run(
        "The navy seized the tanker Sea Aurora, chartered by the Norwegian shipper Brixoil ASA."
    )
    assert ("Brixoil ASA", "uses", "Sea Aurora") in triples(ex)


def test_holders_and_venture_partners_own_the_company(run):
    ex = run("Zedholm Invest is the largest shareholder in Brixco Motors with about 14%.")
    assert ("Zedholm Invest", "owns", "Brixco Motors") in triples(ex)
    ex = run("Zed Motors, the joint venture of Acme Corp. and Brixco Corp., unveiled a car.")
    assert ("Acme Corp", "owns", "Zed Motors") in triples(ex)
    assert ("Brixco Corp", "owns", "Zed Motors") in triples(ex)


def test_its_operator_named_after_the_thing_runs_it(run):
    ex = run(
        "Norway's Halden 2 reactor began regular production on Sunday, its operator "
        "Kestrel Power Co. said."
    )
    assert any(s == "Kestrel Power Co" and p == "operates" for s, p, _ in triples(ex))


def test_a_states_possessive_and_a_nationality_stop_at_their_own_names(run):
    ex = run(
        "Caspiana's shareholders include Norway's Statoil, the U.S. firms Brixco Inc. and "
        "Zedcorp Inc., and Acme Energy."
    )
    got = triples(ex)
    assert ("Statoil", "country", "Norway") in got
    assert ("Brixco Inc", "country", "United States") in got
    assert ("Zedcorp Inc", "country", "United States") in got
    assert ("Statoil", "country", "United States") not in got
    assert ("Zedcorp Inc", "country", "Norway") not in got


def test_a_list_of_places_each_in_its_region_pairs_only_its_own(run):
    ex = run(
        "The drones hit the Kelvo air base in Zarsk Oblast in eastern Siberia, Olvik in "
        "Murmansk Oblast, Dyagil in Ryazan Oblast and Norsk in Ivanovo Oblast."
    )
    got = {(s, o) for s, p, o in triples(ex) if p == "locatedIn"}
    assert ("Dyagil", "Ryazan Oblast") in got
    assert ("Norsk", "Ivanovo Oblast") in got
    oblasts = {"Zarsk Oblast", "Murmansk Oblast", "Ryazan Oblast", "Ivanovo Oblast"}
    assert not {(s, o) for s, o in got if s in oblasts and o != "Siberia"}
