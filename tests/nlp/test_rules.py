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
    nato = by_name(ex, "NATO")
    assert nato.name == "North Atlantic Treaty Organization"
    assert nato.type == "Organization"


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
    assert ("Paul Novak", "leads", "Raytheon") in triples(ex)
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


def test_negated_relation_dropped(run, texts):
    ex = run(texts["negated_supply"])
    assert not any(r.predicate == "supplies" for r in ex.relations)


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
    assert ex.entity(claim.speaker).name == "Olaf Scholz"
    assert claim.date == "2024-03-12"


def test_officials_speak_for_their_company(run, texts):
    ex = run(texts["officials_speaker"])
    (claim,) = ex.claims
    assert ex.entity(claim.speaker).name == "Microsoft"


def test_page_furniture_is_ignored(run, texts):
    ex = run(texts["furniture"])
    names = {e.name for e in ex.entities}
    assert "London" not in names
    assert "Bank of England" not in names
