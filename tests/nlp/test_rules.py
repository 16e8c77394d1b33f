"""Rule tests on small texts, run through the real model end to end."""

from __future__ import annotations

from nlp_helpers import by_name, triples


def test_acronym_after_description(run, texts):
    ex = run(texts["acronym_description"])
    agency = by_name(ex, "ABW")
    assert agency.name == "ABW"
    assert agency.type == "GovernmentAgency"
    assert "internal security agency" in agency.aliases
    assert len([e for e in ex.entities if e.name == "ABW"]) == 1
    assert ("ABW", "country", "Poland") in triples(ex)


def test_acronym_after_proper_name_keeps_full_name(run, texts):
    ex = run(texts["acronym_proper"])
    wfp = by_name(ex, "WFP")
    assert wfp.name == "World Food Programme"
    assert wfp.type == "Organization"
    assert len([m for m in wfp.mentions if m.text == "WFP"]) == 2


def test_surname_merge(run, texts):
    ex = run(texts["surname"])
    people = [e for e in ex.entities if e.type == "Person"]
    assert [p.name for p in people] == ["Jane Doerr"]
    assert "Doerr" in people[0].aliases
    assert ex.claims and ex.claims[0].speaker == people[0].key


def test_apposition_member_of(run, texts):
    ex = run(texts["apposition_member"])
    assert ("Olena Kovalenko", "memberOf", "State Border Guard Service") in triples(ex)


def test_apposition_leads_and_claimed_relation(run, texts):
    ex = run(texts["apposition_leads"])
    assert ("Paul Novak", "leads", "Thales") in triples(ex)
    # the sale is only what Novak said: a claimed relation, not a fact
    assert not any(r.predicate == "supplies" for r in ex.relations)
    (claim,) = ex.claims
    assert claim.relation is not None and claim.relation.predicate == "supplies"


def test_possessive_country(run, texts):
    ex = run(texts["possessive_country"])
    unit = by_name(ex, "12th Mechanized Division")
    assert unit.type == "MilitaryUnit"
    assert ("12th Mechanized Division", "country", "Poland") in triples(ex)


def test_passive_operated_by(run, texts):
    ex = run(texts["passive_operated"])
    assert by_name(ex, "Kestrel").type == "Product"
    assert ("Volaris Systems", "operates", "Kestrel") in triples(ex)
    assert ("Volaris Systems", "locatedIn", "Geneva") in triples(ex)


def test_negated_relation_dropped(run, texts):
    ex = run(texts["negated_supply"])
    assert not any(r.predicate == "supplies" for r in ex.relations)
    # the same frame without the negation is a fact
    assert ("Thales", "supplies", "Greece") in triples(run(texts["positive_supply"]))


def test_denial_verb(run, texts):
    ex = run(texts["denial_verb"])
    assert [c.stance for c in ex.claims] == ["denies"]


def test_denial_phrase(run, texts):
    ex = run(texts["denial_phrase"])
    assert [c.stance for c in ex.claims] == ["denies"]


def test_negative_policy_asserts(run, texts):
    ex = run(texts["negative_policy"])
    assert [c.stance for c in ex.claims] == ["asserts"]


def test_contract_and_conflict(run, texts):
    ex = run(texts["contract_conflict"])
    got = triples(ex)
    assert ("Greece", "contractWith", "Pentagon") in got
    assert ("Turkey", "inConflictWith", "Cyprus") in got


def test_pronoun_speaker_and_date(run, texts):
    ex = run(texts["pronoun_speaker"], published="2024-03-15")
    (claim,) = ex.claims
    assert ex.entity(claim.speaker).name == "Emmanuel Macron"
    assert claim.date == "2024-03-12"


def test_officials_speak_for_their_company(run, texts):
    ex = run(texts["officials_speaker"])
    (claim,) = ex.claims
    assert ex.entity(claim.speaker).name == "Siemens"


def test_page_furniture_is_ignored(run, texts):
    ex = run(texts["furniture"])
    names = {e.name for e in ex.entities}
    assert "London" not in names
    assert "Bank of England" not in names


def test_speaker_denies_for_own_company_and_claimed_relation(run, texts):
    ex = run(texts["owner_denial"], published="2024-03-15")
    assert ("Jan Kowalski", "owns", "Globex") in triples(ex)
    assert not any(r.predicate == "supplies" for r in ex.relations)
    (claim,) = ex.claims
    assert claim.stance == "denies"
    assert claim.date == "2024-03-02"
    assert claim.relation is not None
    assert ex.entity(claim.relation.subject).name == "Globex"


def test_according_to_names_the_speaker(run, texts):
    ex = run(texts["according_to"])
    (claim,) = ex.claims
    speaker = ex.entity(claim.speaker)
    assert speaker.type == "GovernmentAgency"
    assert speaker.name == "Polish Defense Ministry"  # a generic name gets its state


def test_each_conjunct_speaks(run, texts):
    ex = run(texts["conjunct_speakers"])
    assert {ex.entity(c.speaker).name for c in ex.claims} == {"Siemens", "Airbus"}


def test_capital_standing_for_its_state(run, texts):
    ex = run(texts["capital_for_state"])
    norway = by_name(ex, "Norway")
    assert norway.type == "Country"
    assert "Oslo" in norway.aliases
    assert by_name(ex, "Norwegian Navy").type == "MilitaryUnit"


def test_military_units_and_national_forces(run, texts):
    ex = run(texts["units"])
    assert by_name(ex, "3rd Armored Cavalry Regiment").type == "MilitaryUnit"
    forces = by_name(ex, "Polish forces")
    assert forces.type == "MilitaryUnit"
    assert "Poland's forces" in forces.aliases or "Poland’s forces" in forces.aliases


def test_description_used_again_is_the_same_entity(run, texts):
    ex = run(texts["description_again"])
    agency = by_name(ex, "ABW")
    assert len(agency.mentions) == 3
    assert ex.claims and ex.claims[0].speaker == agency.key


def test_received_from_is_supply(run, texts):
    ex = run(texts["receipt"])
    assert ("Germany", "supplies", "Greece") in triples(ex)


def test_operator_named_before_a_vessel(run, texts):
    ex = run(texts["operator_vessel"])
    assert by_name(ex, "Globex").type == "Organization"
    assert by_name(ex, "Aurora Star").type == "Product"
    assert ("Globex", "operates", "Aurora Star") in triples(ex)


def test_model_designations_are_products(run, texts):
    ex = run(texts["model_numbers"])
    for name in ("NH90", "F-35"):
        assert by_name(ex, name).type == "Product"
    assert ("Hellenic Navy", "uses", "NH90") in triples(ex)


def test_agency_names_the_model_missed(run, texts):
    ex = run(texts["agency_name"])
    ministry = by_name(ex, "Fisheries Ministry")
    assert ministry.type == "GovernmentAgency"
    assert ministry.name == "Norwegian Fisheries Ministry"  # a generic name gets its state
    assert ex.entity(ex.claims[0].speaker).key == ministry.key
    assert by_name(ex, "Ministry of Digital Transformation").type == "GovernmentAgency"


def test_list_after_a_company_noun(run, texts):
    ex = run(texts["org_list"])
    for name in ("Equinor", "Aker", "Vaar"):
        assert by_name(ex, name).type == "Organization"


def test_model_named_without_its_brand_is_the_same_product(run, texts):
    ex = run(texts["brandless_model"])
    k2 = by_name(ex, "Hyundai K2")
    assert k2.type == "Product" and "K2s" in k2.aliases


def test_dateline_is_a_place_and_not_a_speaker(run):
    ex = run("OSLO, May 3 – Airbus said it had ordered more engines.")
    assert by_name(ex, "Oslo").type == "Location"
    assert [ex.entity(c.speaker).name for c in ex.claims] == ["Airbus"]


def test_hyphenated_person_name_and_title_modifier(run):
    ex = run("Former president Kim Dae-jung met the Ortega-backed envoy.")
    assert by_name(ex, "Kim Dae-jung").type == "Person"
    assert not any(e.name == "Former" for e in ex.entities)


def test_acronyms_need_a_fitting_name(run):
    text = (
        "JERUSALEM (AP) — The United Nations Interim Force in Lebanon (UNIFIL) urged "
        "restraint. UNIFIL has about 10,000 peacekeepers."
    )
    ex = run(text)
    assert "AP" not in by_name(ex, "Jerusalem").aliases  # a news-agency credit
    unifil = by_name(ex, "UNIFIL")
    assert unifil.name == "United Nations Interim Force in Lebanon"
    assert len([m for m in unifil.mentions if m.text == "UNIFIL"]) == 2
