"""The gazetteer of well-known names (kg/data/gazetteer): its files, how it merges them,
and what it changes in the real pipeline."""

from __future__ import annotations

import json
from importlib import resources

import spacy
from nlp_helpers import by_name, triples

from kg.nlp.gazetteer import TYPES, load_gazetteer
from kg.nlp.vocab import fold, get_vocab


def _files() -> list[tuple[str, dict]]:
    folder = resources.files("kg").joinpath("data", "gazetteer")
    return [
        (p.name, json.loads(p.read_text(encoding="utf-8")))
        for p in folder.iterdir()
        if p.name.endswith(".json")
    ]


def test_every_gazetteer_file_lists_typed_names_without_people():
    files = _files()
    assert len(files) >= 4
    for name, data in files:
        assert data["_about"], name
        assert len(data["entries"]) >= 200, name
        for entry in data["entries"]:
            assert entry["type"] in TYPES - {"Person", "Country"}, (name, entry)
            forms = [entry["name"], *entry["aliases"]]
            assert all(f.strip() == f and f for f in forms), (name, entry)
            assert set(entry["ambiguous"]) <= set(forms), (name, entry)


def test_no_form_is_listed_twice_in_one_file():
    for name, data in _files():
        seen: dict[str, str] = {}
        for entry in data["entries"]:
            for form in {entry["name"], *entry["aliases"]}:
                assert form not in seen, (name, form, seen.get(form), entry["name"])
                seen[form] = entry["name"]


def _gazetteer(entries: list[dict]):
    vocab = get_vocab()
    return load_gazetteer(fold, vocab.country, entries)


def test_a_form_given_two_types_is_left_out_and_one_type_kept():
    gaz = _gazetteer(
        [
            {"name": "Varnex", "type": "Organization", "aliases": ["VRX"], "ambiguous": []},
            {"name": "Varnex Arrow", "type": "Product", "aliases": ["VRX"], "ambiguous": []},
        ]
    )
    assert gaz.lookup("VRX", "vrx") is None
    assert gaz.lookup("Varnex", "varnex").type == "Organization"
    assert gaz.lookup("Varnex Arrow", "varnex arrow").type == "Product"


def test_country_names_are_left_to_the_country_list():
    gaz = _gazetteer([{"name": "Georgia", "type": "Organization", "aliases": [], "ambiguous": []}])
    assert gaz.lookup("Georgia", "georgia") is None


def test_ambiguous_forms_never_make_a_mention_on_their_own():
    gaz = _gazetteer(
        [
            {
                "name": "Varnex Corporation",
                "type": "Organization",
                "aliases": ["Varnex", "Anvil"],
                "ambiguous": ["Anvil"],
            }
        ]
    )
    assert gaz.lookup("Anvil", "anvil").ambiguous
    assert not gaz.lookup("Varnex", "varnex").ambiguous
    nlp = spacy.blank("en")
    matcher = gaz.phrase_matcher(nlp.vocab, nlp.make_doc)
    doc = nlp.make_doc("Varnex Corporation bought Anvil and Varnex said so.")
    found = {doc[s:e].text for _, s, e in matcher(doc)}
    assert found == {"Varnex Corporation", "Varnex"}


def test_a_known_company_the_model_splits_is_one_organisation(run):
    ex = run("Engineers from Lockheed Martin inspected the launchers on Tuesday.")
    company = by_name(ex, "Lockheed Martin")
    assert company.type == "Organization"
    assert not [e for e in ex.entities if e.name == "Martin"]


def test_two_known_names_of_one_body_are_one_entity(run):
    ex = run(
        "The Shin Bet arrested two men in Haifa on Monday. "
        "The Israel Security Agency said they had planned an attack."
    )
    agency = by_name(ex, "Shin Bet")
    assert agency is by_name(ex, "Israel Security Agency")
    assert agency.type == "GovernmentAgency"


def test_a_states_forces_named_both_ways_are_one_unit(run):
    ex = run(
        "The Bundeswehr sent engineers to the border on Monday. German forces will stay "
        "until the spring, the ministry said."
    )
    forces = [e for e in ex.entities if e.type == "MilitaryUnit"]
    assert len(forces) == 1
    assert {m.text for m in forces[0].mentions} == {"Bundeswehr", "German forces"}


def test_a_body_known_by_name_links_to_the_same_node_in_another_article():
    from kg.model import Article
    from kg.nlp import extract
    from kg.resolve import EntityIndex, resolve

    first, second = extract(
        [
            Article(id="a", text="The Shin Bet said two men had been arrested in Haifa."),
            Article(id="b", text="Israel Security Agency officers searched the port on Friday."),
        ]
    )
    index = EntityIndex()
    nodes_a = resolve(first, index)
    nodes_b = resolve(second, index)
    [agency_a] = [nodes_a[e.key] for e in first.entities if e.type == "GovernmentAgency"]
    [agency_b] = [nodes_b[e.key] for e in second.entities if e.type == "GovernmentAgency"]
    assert agency_a == agency_b


def test_a_known_weapon_system_is_a_product_its_unit_uses(run):
    ex = run("The 12th Artillery Brigade fired Bayraktar TB2 drones and HIMARS at the depot.")
    assert by_name(ex, "HIMARS").type == "Product"
    assert by_name(ex, "Bayraktar TB2").type == "Product"
    assert ("12th Artillery Brigade", "uses", "Bayraktar TB2") in triples(ex)


def test_a_known_name_inside_a_longer_name_leaves_the_longer_name_whole(run):
    ex = run("Tankers were refuelled at RAF Mildenhall Station before the exercise.")
    assert not [e for e in ex.entities if e.name == "RAF"]


def test_a_person_with_a_surname_that_is_an_ambiguous_company_name_stays_a_person(run):
    ex = run("Senator Elaine Ford said the plant would reopen in June.")
    assert by_name(ex, "Elaine Ford").type == "Person"


def test_known_towns_the_model_takes_for_things_or_people_are_places(run):
    ex = run("Drones hit Kramatorsk overnight. Krynky was shelled again, the general staff said.")
    assert by_name(ex, "Kramatorsk").type == "Location"
    assert by_name(ex, "Krynky").type == "Location"


def test_a_known_possessor_inside_a_model_name_is_its_own_entity(run):
    ex = run("Users complained about Tencent’s WeChat Pay wallet on Monday.")
    assert by_name(ex, "Tencent").type == "Organization"
    assert by_name(ex, "WeChat Pay").type == "Product"


def test_a_known_maker_before_its_product_is_its_own_mention(run):
    ex = run("Engineers checked a Rocket Lab Electron rocket before the launch window opened.")
    assert by_name(ex, "Rocket Lab").type == "Organization"
    assert ("Rocket Lab", "operates", "Electron") in triples(ex)


def test_a_mixed_case_name_ending_a_sentence_is_found(run):
    ex = run("The capsule that will bring the crew home was built by SpaceX.")
    assert by_name(ex, "SpaceX").type == "Organization"
    assert "SpaceX." not in {m.text for e in ex.entities for m in e.mentions}
