"""Entity typing, relations and claims from rules added for unseen news text.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

import pytest
from nlp_helpers import by_name, triples

TYPES = [
    ("Mr Ostrowski said the plan would fail.", "Ostrowski", "Person"),
    ("Brig. Gen. Tomas Varga said the drills were over.", "Tomas Varga", "Person"),
    ("Boko Haram fighters raided the village.", "Boko Haram", "MilitaryUnit"),
    ("Jana Kral posted the video on Telegram late on Monday.", "Telegram", "Product"),
    ("Jana Kral wrote on X that the vote was rigged.", "X", "Product"),
    ("Portugal will send Borsuk 2 tanks to the front.", "Borsuk 2", "Product"),
    ("Norvik's Skyline system was recalled after the crash.", "Skyline", "Product"),
    ("Uruguay's SIN security service arrested two men.", "SIN", "GovernmentAgency"),
    ("The Maribor-based firm said it would appeal.", "Maribor", "Location"),
]


@pytest.mark.parametrize(("text", "name", "typ"), TYPES)
def test_entity_type(run, text, name, typ):
    assert by_name(run(text), name).type == typ


def test_rank_abbreviations_are_no_entities(run):
    names = {e.name for e in run("Rear Adm. Pedro Ruiz and Brig. Ana Soto spoke.").entities}
    assert not names & {"Rear Adm", "Adm", "Brig", "Rear Adm."}


RELATIONS = [
    (
        "Norvik Energy reported a loss. Jan Berg told reporters at the company's offices in "
        "Bergen that output would recover.",
        ("Norvik Energy", "locatedIn", "Bergen"),
    ),
    (
        "Tomas Varga, a sergeant assigned to the 45th Signal Brigade, was arrested.",
        ("Tomas Varga", "memberOf", "45th Signal Brigade"),
    ),
    (
        "Norvik Energy completed its $4 billion acquisition of Fjordgas Holdings on Friday.",
        ("Norvik Energy", "owns", "Fjordgas Holdings"),
    ),
    (
        "Azerbaijan launched a large-scale offensive on Armenia on Tuesday.",
        ("Azerbaijan", "inConflictWith", "Armenia"),
    ),
    (
        "Norvik Energy holds a stake in the Fjordgas-operated Snow Field offshore.",
        ("Fjordgas", "operates", "Snow Field"),
    ),
    (
        "The missiles are launched from Zed-9 bombers of Chile's Long-Range Aviation.",
        ("Long-Range Aviation", "uses", "Zed-9"),
    ),
    (
        "Peru's ambassador to Chile, Luis Ortega, who was not hurt, told reporters it was a "
        "provocation.",
        ("Luis Ortega", "country", "Peru"),
    ),
    (
        "The Justice Department filed charges. Attorney General Maria Lopez said in a statement "
        "that the case was strong.",
        ("Maria Lopez", "leads", "Justice Department"),
    ),
    (
        "Mateo Ruiz, a senior commander of the Southern Brigade, was among the dead.",
        ("Mateo Ruiz", "memberOf", "Southern Brigade"),
    ),
]


RELATIONS += [
    (
        "Armenia and Azerbaijan have been at war since 2020.",
        ("Armenia", "inConflictWith", "Azerbaijan"),
    ),
    (
        "Zedcrew, which has traded fire with Chilean forces since May, vowed revenge. "
        "Chile said so.",
        ("Zedcrew", "inConflictWith", "Chilean Armed Forces"),
    ),
    (
        "Peruvian forces attacked Chile on Monday. Peru denied it.",
        ("Peru", "inConflictWith", "Chile"),
    ),
    (
        "Peru struck Santiago with missiles on Monday. Chile said so.",
        ("Peru", "inConflictWith", "Chile"),
    ),
    (
        "Norvik Energy founder and chairman Jan Berg said output rose.",
        ("Jan Berg", "founded", "Norvik Energy"),
    ),
    (
        "Norvik Energy is back. The company operates through two joint ventures with Fjordgas.",
        ("Norvik Energy", "contractWith", "Fjordgas"),
    ),
    (
        "The deal makes the Houston, Texas-based oil major Norvik Energy the biggest producer.",
        ("Norvik Energy", "locatedIn", "Houston"),
    ),
    (
        "Chicago trading giant Norvik Energy said output rose.",
        ("Norvik Energy", "locatedIn", "Chicago"),
    ),
]


def test_national_forces_join_the_named_force_of_their_state(run):
    ex = run(
        "The Chilean Army Forces said the border was calm. Chilean forces fired flares overnight."
    )
    forces = [e for e in ex.entities if e.type == "MilitaryUnit"]
    assert len(forces) == 1


def test_a_state_that_buys_weapons_uses_them_and_owns_nothing(run):
    found = triples(run("Peru bought Zed-9 howitzers from Chile last year."))
    assert ("Peru", "uses", "Zed-9") in found
    assert ("Peru", "owns", "Zed-9") not in found


def test_the_company_is_never_an_international_body(run):
    ex = run(
        "The European Union fined Norvik Energy. The EU said the firm had broken the rules. "
        "Jan Berg, the company's chief executive, said it would appeal."
    )
    assert ("Jan Berg", "leads", "European Union") not in triples(ex)


def test_initials_do_not_end_a_sentence(run):
    ex = run("Defense spokeswoman Ana Soto told reporters the U.S. was not involved in the strike.")
    (claim,) = ex.claims
    assert claim.stance == "denies"
    assert by_name(ex, "Ana Soto").key == claim.speaker


def test_it_speaks_for_the_body_named_before(run):
    ex = run(
        "The hacking group Zedcrew claimed the attack in a post on its site. It also rejected "
        "reports that teenagers had carried out the intrusion."
    )
    speaker = by_name(ex, "Zedcrew").key
    assert any(c.speaker == speaker and c.stance == "denies" for c in ex.claims)


def test_a_surname_the_model_missed_still_speaks(run):
    ex = run(
        "The case was brought by privacy activist Max Ortmann. Ortmann said he welcomed the "
        "decision."
    )
    assert [c.speaker for c in ex.claims] == [by_name(ex, "Max Ortmann").key]


def _speakers(ex) -> set[str]:
    names = {e.key: e.name for e in ex.entities}
    return {names[c.speaker] for c in ex.claims}


def test_a_report_by_a_source_is_its_claim(run):
    ex = run("Norvik Energy answered a report by Reuters that it was weighing a sale.")
    assert "Reuters" in _speakers(ex)


def test_according_to_data_released_by_a_body(run):
    ex = run("According to imagery released by the Pentagon, the containers were loaded in May.")
    assert _speakers(ex) == {"Pentagon"}


def test_officials_named_by_a_short_form_of_their_body(run):
    ex = run(
        "The US Treasury Department widened its sanctions. Treasury officials said the aim "
        "was to cut revenue."
    )
    assert _speakers(ex) == {"US Treasury Department"}


def test_condemning_is_a_claim(run):
    ex = run("Chile condemned the strike on Monday.")
    assert _speakers(ex) == {"Chile"}


def test_an_operation_is_no_entity(run):
    ex = run("Ships joined Operation Harbour Shield, the Chilean Navy said.")
    assert not any("Harbour Shield" in e.name for e in ex.entities)


def test_a_short_name_joins_the_group_whose_core_it_is(run):
    ex = run(
        "A court ordered the liquidation of China Zentrix Group. Trading in Zentrix Property "
        "Services Group was halted. Zentrix said it would appeal."
    )
    assert by_name(ex, "Zentrix").key == by_name(ex, "China Zentrix Group").key
    assert by_name(ex, "Zentrix").key != by_name(ex, "Zentrix Property Services Group").key


FOUND = [
    (
        "China protested. The rules cover two Chinese chip developers, Zentrix Technology and "
        "Brixco Micro, and their units.",
        ("Brixco Micro", "country", "China"),
    ),
    (
        "Norvik Energy reinstated its founder, ending days of turmoil at the Skyline maker.",
        ("Norvik Energy", "operates", "Skyline"),
    ),
    (
        "Vardo is home to the headquarters of the Northern Fleet, which lost its flagship, the "
        "cruiser Valiant, in April.",
        ("Northern Fleet", "operates", "Valiant"),
    ),
    (
        "Vardo is home to the headquarters of the Northern Fleet, which lost its flagship, the "
        "cruiser Valiant, in April.",
        ("Northern Fleet", "locatedIn", "Vardo"),
    ),
]


def test_a_hyphenated_supplier_supplies_the_user(run):
    found = triples(
        run(
            "The United States sent more aid. Peru has used U.S.-supplied Zed-9 missiles for "
            "the first time."
        )
    )
    assert ("United States", "supplies", "Peru") in found
    assert ("Peru", "uses", "Zed-9") in found


def test_backing_or_occupying_gives_no_nationality(run):
    found = triples(
        run(
            "Iran denied it. The Iran-backed group Zedcrew fired rockets at the Russian-occupied "
            "town of Vardo. Russia said so."
        )
    )
    assert not any(p == "country" and o in {"Iran", "Russia"} for _, p, o in found)


def test_a_portfolio_president_is_a_member(run):
    found = triples(
        run(
            "The European Union fined Norvik Energy. Jan Berg, the company's president of global "
            "affairs, and Ana Soto, its chief legal officer, rejected the finding."
        )
    )
    assert ("Jan Berg", "memberOf", "Norvik Energy") in found
    assert ("Jan Berg", "leads", "Norvik Energy") not in found
    assert not any(o == "European Union" for _, _, o in found)


FOUND += [
    (
        "Chile said so. Missiles hit the Chilean cities of Arica, Iquique and Calama.",
        ("Calama", "country", "Chile"),
    ),
    (
        "Peru denied it and Chile protested. Peruvian forces fired 38 missiles at Santiago.",
        ("Peru", "inConflictWith", "Chile"),
    ),
]


FOUND.append(
    (
        "Norvik Energy was fined. Jan Berg, an analyst from Norvik Energy, said so.",
        ("Jan Berg", "memberOf", "Norvik Energy"),
    )
)


FOUND += [
    (
        "Norvik Energy holds a majority stake in Fjordgas Holdings.",
        ("Norvik Energy", "owns", "Fjordgas Holdings"),
    ),
    ("Chile's state-owned Codelco said output fell.", ("Chile", "owns", "Codelco")),
]


FOUND += [
    (
        "Norvik Energy and Fjordgas Holdings settled their legal dispute on Wednesday.",
        ("Norvik Energy", "contractWith", "Fjordgas Holdings"),
    ),
    (
        "Norvik Energy and Fjordgas Holdings reached an amicable settlement.",
        ("Norvik Energy", "contractWith", "Fjordgas Holdings"),
    ),
]


FOUND += [
    (
        "Peruvian troops recaptured the town from Chilean forces. Peru and Chile said so.",
        ("Peru", "inConflictWith", "Chile"),
    ),
    (
        "Clashes erupted between the Chilean army and the Zedcrew militia in the north.",
        ("Chilean Armed Forces", "inConflictWith", "Zedcrew"),
    ),
]


FOUND.append(("Chile's fleet of Zed-9 jets is ageing.", ("Chile", "uses", "Zed-9")))


LAUNCHES = [
    ("Norvik Energy launched Voltix in 2022.", ("Norvik Energy", "operates", "Voltix")),
    ("Volkner unveiled the Z321XL in Paris.", ("Volkner", "operates", "Z321XL")),
    ("Chile launched Zed-9 missiles at the ships.", ("Chile", "uses", "Zed-9")),
]


@pytest.mark.parametrize(("text", "triple"), RELATIONS + FOUND + LAUNCHES)
def test_relation(run, text, triple):
    found = triples(run(text))
    s, p, o = triple
    assert triple in found or (p in {"inConflictWith", "contractWith"} and (o, p, s) in found)


def test_officials_of_a_nation_speak_for_its_state(run):
    ex = run("Chile protested. Two generals were killed, Chilean officials said.")
    assert _speakers(ex) == {"Chile"}


def test_a_speaker_that_says_it_disagrees_denies(run):
    ex = run("Norvik Energy said in a filing that it disagreed with the regulator's allegations.")
    assert [c.stance for c in ex.claims] == ["denies"]


def test_a_delivery_noun_states_a_supply_and_a_ban_does_not(run):
    found = triples(run("Norway approved the transfer of Zed-9 drones to Poland."))
    assert {("Norway", "supplies", "Poland"), ("Poland", "uses", "Zed-9")} <= found
    banned = triples(run("Chile banned the sale of Zed-9 drones to Peru."))
    assert not any(p in {"supplies", "uses"} for _, p, _ in banned)


def test_a_state_in_a_body_s_own_name(run):
    found = triples(
        run("Chile and Peru met. The Security Service of Chile and the Peru Coast Guard said so.")
    )
    assert ("Security Service of Chile", "country", "Chile") in found
    assert ("Peru Coast Guard", "country", "Peru") in found
