"""Rules for bodies named after other bodies, towns before "-based", defined groups
and who "it" is in a report. Invented names, run through the real model end to end."""

from __future__ import annotations

import pytest
from nlp_helpers import by_name, triples


def test_a_group_defined_in_apposition_is_an_organisation(run):
    ex = run("Investigators tied the breach to Grey Lantern, a loosely organised group of hackers.")
    assert by_name(ex, "Grey Lantern").type == "Organization"


def test_a_body_named_after_another_by_its_initials_is_part_of_it(run):
    ex = run(
        "The NFO Appeals Board overturned the quota on Monday after the Nordic Fisheries "
        "Organisation said stocks had recovered."
    )
    assert ("NFO Appeals Board", "partOf", "Nordic Fisheries Organisation") in triples(ex)


def test_a_body_of_another_body_is_part_of_it(run):
    ex = run(
        "The Court of Justice of the Arctic Union ruled on Tuesday. The Arctic Union said it "
        "would comply."
    )
    assert ("Court of Justice of the Arctic Union", "partOf", "Arctic Union") in triples(ex)


def test_a_company_name_with_only_a_legal_suffix_added_is_no_part(run):
    ex = run("Norvik Group said on Monday that Norvik Group Ltd would appeal.")
    assert not {t for t in triples(ex) if t[1] == "partOf"}


def test_the_town_before_a_state_based_is_a_place_in_it(run):
    ex = run("The Tarvik, Nevada-based company said it had restored its systems.")
    assert by_name(ex, "Tarvik").type == "Location"
    assert ("Tarvik", "locatedIn", "Nevada") in triples(ex)


def test_the_place_that_describes_a_company_is_never_its_speaker(run):
    ex = run("The Tarvik, Nevada-based company said it had restored its systems.")
    assert not ex.claims


def test_it_is_the_last_speaker_not_a_subject_of_a_subordinate_clause(run):
    ex = run(
        "The ransomware gang Grey Lantern claimed the attack on Thursday. The group said it had "
        "encrypted 100 servers after Norvik refused to negotiate. It also rejected media reports "
        "that teenagers had carried out the intrusion, calling them rumors."
    )
    speakers = {e.key: e.name for e in ex.entities}
    denials = [speakers[c.speaker] for c in ex.claims if c.stance == "denies"]
    assert denials == ["Grey Lantern"]


def test_the_owner_before_owned_is_a_body_that_owns(run):
    ex = run("Zelkor-owned Mandivo tracks the group as UNC1234.")
    assert ("Zelkor", "owns", "Mandivo") in triples(ex)


def test_an_oil_block_and_a_casino_are_places(run):
    ex = run(
        "Fjordgas holds a stake in the Norvik-operated Tarsk block. "
        "Guests at the Brixton Casino waited."
    )
    assert by_name(ex, "Tarsk block").type == "Location"
    assert by_name(ex, "Brixton Casino").type == "Location"
    assert ("Norvik", "operates", "Tarsk block") in triples(ex)


def test_a_vulnerability_identifier_is_no_entity_and_breaks_nothing(run):
    ex = run("The flaw, tracked as CVE-2023-34362, was patched by Norvik on Friday.")
    assert [e.name for e in ex.entities] == ["Norvik"]


def test_products_listed_after_a_company_possessive_are_its_products(run):
    ex = run(
        "Norvik said on Monday it would appeal. Norvik's Zedstore, its Zedix operating system "
        "and its Zafari browser were designated, as were Volkor's Facegram, Instabook and "
        "Whatsit. Volkor said it would comply."
    )
    found = triples(ex)
    for product in ("Zedstore", "Zedix"):
        assert by_name(ex, product).type == "Product"
        assert ("Norvik", "operates", product) in found
    for product in ("Instabook", "Whatsit"):
        assert ("Volkor", "operates", product) in found


def test_a_maker_named_before_its_product_is_not_part_of_the_name(run):
    ex = run(
        "Norvik said on Monday the crew was ready. Two astronauts will launch on a Norvik "
        "Kestrel 9 rocket with two empty seats."
    )
    assert by_name(ex, "Kestrel 9").type == "Product"
    assert ("Norvik", "operates", "Kestrel 9") in triples(ex)


PRODUCT_SPELLINGS = [
    ("They flew on a Taurin V rocket built by Norvik Launch.", "Taurin V"),
    ("Norvik unveiled its zPad 3 and its zMessage service.", "zPad 3"),
    ("Norvik unveiled its zPad 3 and its zMessage service.", "zMessage"),
    ("Volkor began selling the Torvik 70 Pro in August.", "Torvik 70 Pro"),
    ("Russia fired Kestral-136 drones at the port.", "Kestral-136"),
    ("The army fired ZM-21 Burya rockets at the town.", "ZM-21 Burya"),
    ("Engineers returned on Norvik's troubled Skyliner capsule.", "Skyliner"),
]


@pytest.mark.parametrize(("text", "name"), PRODUCT_SPELLINGS)
def test_product_names_the_model_misses(run, text, name):
    assert by_name(run(text), name).type == "Product"


TITLES = [
    (
        "Prices will fall, said Jens Halvorsen, Norvik's founder and chief executive.",
        {("Jens Halvorsen", "founded", "Norvik"), ("Jens Halvorsen", "leads", "Norvik")},
    ),
    (
        "The chief of staff of Chile's armed forces, Major General Tomas Varga, said the "
        "drills were over.",
        {("Tomas Varga", "leads", "Chilean Armed Forces")},
    ),
    (
        "NFSA Director Jana Kral told reporters the intrusions appeared opportunistic.",
        {("Jana Kral", "leads", "NFSA")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_titles(run, text, expected):
    assert expected <= triples(run(text))


def test_a_two_word_title_leaves_no_body_behind(run):
    ex = run("Prime Minister Jan Novak and Foreign Minister Eva Berg said the talks failed.")
    assert {e.name for e in ex.entities} == {"Jan Novak", "Eva Berg"}


UNTAGGED = [
    ("Volkor, which is based in Burlington, Massachusetts, disclosed the bug.", "Volkor"),
    ("Analysts at Zedfield said in a note that sales could fall.", "Zedfield"),
]


@pytest.mark.parametrize(("text", "name"), UNTAGGED)
def test_names_the_model_misses_are_kept_where_the_context_types_them(run, text, name):
    assert by_name(run(text), name).type == "Organization"


def test_a_company_named_before_its_products_stays_a_company(run):
    ex = run("The regulator rejected Volkor's offer to license Zedvision games to rivals.")
    assert by_name(ex, "Volkor").type == "Organization"


MEMBERS = [
    (
        "Jana Kral, the Commission's executive vice-president in charge of trade, told reporters "
        "it would act.",
        ("Jana Kral", "memberOf", "Commission"),
    ),
    (
        "Ken Berg, Norvik's associate administrator for space operations, said engineers were "
        "puzzled.",
        ("Ken Berg", "memberOf", "Norvik"),
    ),
    (
        "Steve Lind, manager of Norvik's Commercial Crew Program, said the crew was well.",
        ("Steve Lind", "memberOf", "Norvik"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), MEMBERS)
def test_subordinate_titles_are_membership(run, text, triple):
    found = triples(run(text))
    assert triple in found
    assert (triple[0], "leads", triple[2]) not in found


def test_two_countries_bodies_of_one_name_stay_two(run):
    ex = run(
        "Chile's Defence Ministry announced drills on Tuesday. Peru's Defence Ministry said "
        "its pilots were ready."
    )
    bodies = {e.name: e for e in ex.entities if e.type == "GovernmentAgency"}
    assert len(bodies) == 2
    found = triples(ex)
    assert {
        (name, "country", country)
        for name, country in zip(sorted(bodies), ["Chile", "Peru"], strict=True)
    } <= found


DEALS = [
    (
        "Zedbot shares fell. Norvik and Zedbot said Monday they had called off Norvik's planned "
        "$1.4 billion acquisition of the Roomba maker.",
        {("Norvik", "contractWith", "Zedbot"), ("Zedbot", "operates", "Roomba")},
    ),
    (
        "Regulators sued Norvik on Thursday, accusing the Zedphone maker of monopolizing the "
        "market.",
        {("Norvik", "operates", "Zedphone")},
    ),
    (
        "Norvik awarded contracts in 2014 to Volkor and to Fjordcraft to ferry astronauts.",
        {("Norvik", "contractWith", "Volkor")},
    ),
    (
        "The German government will take a stake in Norvik under a deal agreed with the company "
        "and its parent Volkor.",
        {("German government", "contractWith", "Volkor")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEALS)
def test_deals_and_makers(run, text, expected):
    assert expected <= triples(run(text))


def test_a_planned_takeover_makes_no_owner(run):
    found = triples(run("Norvik said it had abandoned its planned takeover of Volkor."))
    assert ("Norvik", "owns", "Volkor") not in found


def test_a_stake_in_a_name_makes_it_a_company(run):
    ex = run("Norvik took a 30% stake in Zedcor last year.")
    assert by_name(ex, "Zedcor").type == "Organization"


OWNERS_AND_USERS = [
    ("Norvik is majority-owned by Volkor.", {("Volkor", "owns", "Norvik")}),
    (
        "Fjordkraft, based in Espoo, Finland, is majority-owned by the Finnish state.",
        {("Finland", "owns", "Fjordkraft"), ("Fjordkraft", "locatedIn", "Espoo")},
    ),
    (
        "Zedfor, the NATO-led peacekeeping force in Kosovo, said it stepped up patrols.",
        {("Zedfor", "partOf", "NATO")},
    ),
    (
        "The airfield is the main base of Chile's Southern Fleet, which flies Zk-24 bombers and "
        "Zk-30 fighters from it.",
        {("Southern Fleet", "uses", "Zk-24"), ("Southern Fleet", "uses", "Zk-30")},
    ),
    (
        "The Royal Air Force (RAF) said on Sunday that RAF Kestrel jets had shot down drones.",
        {("Royal Air Force", "uses", "Kestrel")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNERS_AND_USERS)
def test_owners_and_users(run, text, expected):
    assert expected <= triples(run(text))


def test_it_in_a_relative_clause_is_the_main_clauses_subject(run):
    ex = run(
        "Norvik has expanded through acquisitions, including doorbell camera maker Zedring, "
        "which it bought in 2018."
    )
    assert ("Norvik", "owns", "Zedring") in triples(ex)


def test_a_company_described_by_its_country_is_the_speaker_not_the_country(run):
    ex = run("Norvik, the UK chip designer owned by Volkor, said profits rose.")
    names = {e.key: e.name for e in ex.entities}
    assert [names[c.speaker] for c in ex.claims] == ["Norvik"]
    assert ("Volkor", "owns", "Norvik") in triples(ex)


def test_a_spokesperson_after_a_named_object_is_not_that_object(run):
    ex = run(
        'The Energy Department said two sites were hit. The department "took immediate steps" '
        "and notified Congress, the spokesperson said."
    )
    names = {e.key: e.name for e in ex.entities}
    assert "Congress" not in {names[c.speaker] for c in ex.claims}


def test_a_division_without_a_military_qualifier_is_no_unit(run):
    ex = run(
        "Jon Karsten, who heads the department's Antitrust Division, said the case was strong."
    )
    assert by_name(ex, "Antitrust Division").type != "MilitaryUnit"
    assert ("Jon Karsten", "leads", "Antitrust Division") in triples(ex)


def test_numbered_and_qualified_divisions_stay_units(run):
    ex = run("The 3rd Infantry Division moved north. The 45th Signal Wing stayed in Texas.")
    assert by_name(ex, "3rd Infantry Division").type == "MilitaryUnit"
    assert by_name(ex, "45th Signal Wing").type == "MilitaryUnit"


TYPED_BY_DESCRIPTION = [
    (
        "Zedcosmos, Russia's space agency, said the launch was delayed.",
        "Zedcosmos",
        "GovernmentAgency",
    ),
    ("Norvik, the Dutch competition regulator, opened a probe.", "Norvik", "GovernmentAgency"),
    ("Change Zedcare said its systems were down for a week.", "Change Zedcare", "Organization"),
    ("Buyers were steered to the Norvik Wallet and the Norvik Watch.", "Norvik Watch", "Product"),
    ("Norvik said buyers were steered to its own Norvik Wallet app.", "Norvik Wallet", "Product"),
]


@pytest.mark.parametrize(("text", "name", "typ"), TYPED_BY_DESCRIPTION)
def test_types_from_descriptions_and_name_words(run, text, name, typ):
    assert by_name(run(text), name).type == typ


def test_a_brand_and_its_product_named_after_it_are_two_things(run):
    ex = run(
        "Norvik said on Thursday it would fight. The lawsuit says Norvik bars rival wallets, "
        "leaving the market to its own Norvik Wallet app. Norvik denied the claims."
    )
    assert by_name(ex, "Norvik").type == "Organization"
    assert by_name(ex, "Norvik Wallet").type == "Product"
    assert ("Norvik", "operates", "Norvik Wallet") in triples(ex)
    names = {e.key: e.name for e in ex.entities}
    assert {names[c.speaker] for c in ex.claims} == {"Norvik"}


def test_an_event_said_never_to_have_happened_is_a_denial(run):
    ex = run(
        "Kremlin forces said they had taken the town. Tomas Varga, a spokesman for the eastern "
        "command, said the town has not been captured."
    )
    names = {e.key: e.name for e in ex.entities}
    assert ("Tomas Varga", "denies") in {(names[c.speaker], c.stance) for c in ex.claims}


def test_an_open_question_is_no_denial(run):
    ex = run("Jana Kral, a spokeswoman for Norvik, said a sale has not been ruled out.")
    assert [c.stance for c in ex.claims] == ["asserts"]


def test_a_former_second_title_is_no_leadership(run):
    found = triples(run("Jan Berg, Norvik's founder and former chief executive, was arrested."))
    assert ("Jan Berg", "founded", "Norvik") in found
    assert ("Jan Berg", "leads", "Norvik") not in found


def test_a_second_title_without_the_possessor_names_no_body(run):
    found = triples(run("Tomas Varga was a Chilean Army officer and colonial administrator."))
    assert ("Tomas Varga", "leads", "Chilean Army") not in found


def test_who_started_a_company_founded_it(run):
    assert ("Jan Berg", "founded", "Norvik") in triples(
        run("Jan Berg, who started Norvik in 2019, was arrested.")
    )


LEADERS = [
    "Norvik, led by Jan Berg, said sales rose.",
    "Jan Berg became Norvik's chairman in 2020.",
    "Jan Berg remains chief executive of Norvik.",
]


@pytest.mark.parametrize("text", LEADERS)
def test_more_ways_to_say_who_leads(run, text):
    assert ("Jan Berg", "leads", "Norvik") in triples(run(text))


PRODUCTS_DEFINED = [
    "Zedchat, a chatbot developed by Norvik, was banned.",
    "Zedchat, the chat service from Norvik, was banned.",
    "Zedchat, Norvik's popular chatbot, was banned.",
]


@pytest.mark.parametrize("text", PRODUCTS_DEFINED)
def test_a_product_defined_in_apposition(run, text):
    ex = run(text)
    assert by_name(ex, "Zedchat").type == "Product"
    assert ("Norvik", "operates", "Zedchat") in triples(ex)


PENDING = [
    ("Norvik struck a deal to buy Volkor Group for $5 billion.", "contractWith"),
    ("Volkor Group agreed to buy Norvik for $3 billion.", "contractWith"),
    ("Volkor Group plans to buy Norvik.", None),
    ("Volkor Group bought Norvik in 2019.", "owns"),
]


@pytest.mark.parametrize(("text", "predicate"), PENDING)
def test_an_agreed_or_planned_purchase_makes_no_owner(run, text, predicate):
    ex = run(text)
    assert by_name(ex, "Norvik").type == "Organization"
    found = {p for s, p, o in triples(ex) if {s, o} == {"Norvik", "Volkor Group"}}
    assert found == ({predicate} if predicate else set())


def test_works_named_after_a_town_are_a_place_but_a_states_plant_is_not(run):
    ex = run("The Zedgrad nuclear plant in southern Ukraine lost power.")
    assert by_name(ex, "Zedgrad nuclear plant").type == "Location"
    assert ("Zedgrad nuclear plant", "locatedIn", "Ukraine") in triples(ex)
    names = {e.name for e in run("Norvik said the Arizona plant would open in 2025.").entities}
    assert "Arizona plant" not in names


def test_a_place_then_comma_in_another_lies_in_it(run):
    ex = run("The fire broke out at a pylon in Zedhof, in the Oder-Spree district of Brandenburg.")
    assert ("Zedhof", "locatedIn", "Oder-Spree district") in triples(ex)


def test_a_name_based_somewhere_is_a_body(run):
    ex = run("Copenhagen-based A.P. Zedsen-Maersk said on Monday it would resume sailings.")
    assert by_name(ex, "A.P. Zedsen-Maersk").type == "Organization"
    assert ("A.P. Zedsen-Maersk", "locatedIn", "Copenhagen") in triples(ex)


def test_a_place_the_model_calls_a_nationality(run):
    ex = run("The fleet came under attack in the bay of Sevastopol early on Saturday.")
    assert by_name(ex, "Sevastopol").type == "Location"


def test_which_a_company_began_selling_is_its_product(run):
    ex = run("The Kestrel 9 Pro, which Norvik began selling in May, uses a new chip.")
    assert ("Norvik", "operates", "Kestrel 9 Pro") in triples(ex)


def test_a_portfolio_chief_is_a_member(run):
    found = triples(run("The Nordic Union's foreign policy chief, Eva Lind, condemned the attack."))
    assert ("Eva Lind", "memberOf", "Nordic Union") in found
    assert ("Eva Lind", "leads", "Nordic Union") not in found


MEMBERSHIP_PHRASES = [
    (
        "Senator Tom Lund, the top Republican on the Senate Armed Services Committee, said it "
        "was a failure.",
        ("Tom Lund", "memberOf", "Senate Armed Services Committee"),
    ),
    ("Jan Berg, who sits on Norvik's board, said sales rose.", ("Jan Berg", "memberOf", "Norvik")),
]


@pytest.mark.parametrize(("text", "triple"), MEMBERSHIP_PHRASES)
def test_seats_on_boards_and_committees(run, text, triple):
    assert triple in triples(run(text))


def test_the_based_company_is_one_still_in_view(run):
    ex = run(
        "Norvik said on Monday that sales rose. Norvik plans a new plant. Norvik hired staff. "
        "Analysts expect the wider market for home robots to grow quickly over the next five "
        "years, as prices fall and more households buy vacuum cleaners and lawn mowers. "
        "Regulators in Brussels have taken a closer interest in the sector since last year. "
        "Consumer groups have complained for years that the devices collect too much data "
        "about the homes they clean and the people who live in them. "
        "They opened a probe into Volkor on Tuesday, saying the Seattle-based retailer had "
        "broken the rules."
    )
    found = triples(ex)
    assert ("Volkor", "locatedIn", "Seattle") in found
    assert ("Norvik", "locatedIn", "Seattle") not in found


def test_never_with_a_perfect_is_a_denial(run):
    ex = run(
        "Government spokesman Jan Berg wrote on X that Norvik was only a trader and that the "
        "devices had never been in the country."
    )
    assert [c.stance for c in ex.claims] == ["denies"]


def test_a_short_name_beside_the_companys_full_name_is_no_parent(run):
    ex = run(
        "Casino giant Zedco Resorts International was struggling on Thursday, leaving guests "
        "at the Bellagio and the Zedco Grand waiting. Zedco said in a statement that its "
        "resorts remained open."
    )
    assert not {
        t for t in triples(ex) if t[1] == "partOf" and t[0] == "Zedco Resorts International"
    }


PLACES_IN_PLACES = [
    (
        "Artillery has been pounding positions around Zedodonetsk and Zedchansk in the Luhansk "
        "region.",
        {
            ("Zedodonetsk", "locatedIn", "Luhansk region"),
            ("Zedchansk", "locatedIn", "Luhansk region"),
        },
    ),
    (
        "Trucks blocked a bridge at the entrance to Zedska, in the municipality of Zvecan.",
        {("Zedska", "locatedIn", "Zvecan")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_IN_PLACES)
def test_places_in_places(run, text, expected):
    assert expected <= triples(run(text))


def test_a_city_described_as_a_states_capital_and_two_word_states(run):
    ex = run("Its first soldiers arrived in Zedgadougou, Burkina Faso's capital, in late January.")
    assert by_name(ex, "Burkina Faso").type == "Country"
    assert ("Zedgadougou", "locatedIn", "Burkina Faso") in triples(ex)


def test_clients_of_a_company_are_supplied_and_keep_their_own_nationality(run):
    found = triples(
        run(
            "The first disclosures came from Zellcorp, a payroll provider based in the UK whose "
            "clients include British Airways, Aer Lingus and the BBC."
        )
    )
    assert {("Zellcorp", "supplies", "Aer Lingus"), ("Zellcorp", "supplies", "BBC")} <= found
    assert ("Aer Lingus", "country", "United Kingdom") not in found


def test_ships_ranks_and_shop_chains(run):
    ex = run("The destroyers USS Arleigh Zed and USS Carnell shot down drones.")
    assert by_name(ex, "USS Carnell").type == "Product"
    names = {
        e.name
        for e in run(
            "Seven officers were killed, among them Brigadier General Reza Zedahi, a senior "
            "commander."
        ).entities
    }
    assert names == {"Reza Zedahi"}
    assert by_name(
        run("Clients include the British pharmacy chain Zedboots."), "Zedboots"
    ).type == ("Organization")


def test_a_list_the_model_reads_as_one_name_is_split_and_owners_stay_apart(run):
    ex = run(
        "Volkor said it would comply. Volkor's Facegram, Instabook and Whatsit and Norvik's "
        "Zedows and Linkup were designated."
    )
    names = {e.name for e in ex.entities}
    assert {"Facegram", "Instabook", "Whatsit"} <= names
    found = triples(ex)
    assert ("Norvik", "operates", "Zedows") in found
    assert ("Volkor", "operates", "Zedows") not in found


def test_a_state_before_its_body_is_named_as_well(run):
    ex = run("Norway’s parliament approved the fishing treaty on Thursday by a wide margin.")
    assert by_name(ex, "Norway").type == "Country"
    body = next(e for e in ex.entities if e.type == "GovernmentAgency")
    assert (body.name, "country", "Norway") in triples(ex)


def test_a_given_name_and_a_surname_are_a_person_whatever_the_model_says(run):
    ex = run("The board fired Dmitry Ostrin, the fund's co-founder, after the audit.")
    assert by_name(ex, "Dmitry Ostrin").type == "Person"


def test_a_state_possessor_in_a_list_still_gives_the_country(run):
    ex = run("Regulators fined Vexora, Talmet and South Korea's Hanjin Ovaro on Monday.")
    assert ("Hanjin Ovaro", "country", "South Korea") in triples(ex)


def test_a_state_named_in_a_compound_description_gives_the_country(run):
    ex = run("Carrowfield, a large U.S. textbook publisher, sued the agency on Friday.")
    assert ("Carrowfield", "country", "United States") in triples(ex)


def test_a_two_word_title_after_a_possessive_in_apposition_is_read(run):
    ex = run(
        "Tomas Verlaine, the Norvik Agency's under secretary for trade, said the tariffs "
        "would stay."
    )
    assert ("Tomas Verlaine", "memberOf", "Norvik Agency") in triples(ex)


def test_a_possessed_campaign_does_not_make_its_target_product_the_owners(run):
    ex = run(
        "Hospitals were disrupted as Vantor Group's MOVEit extortion spree spread across Europe."
    )
    assert not [t for t in triples(ex) if t[1] in {"operates", "owns"}]


def test_a_company_whose_chief_took_over_is_not_taken_over(run):
    ex = run(
        "Analysts cheered the Austin, Texas-based company, whose new chairman Jane Holloway "
        "took over last week."
    )
    assert not [t for t in triples(ex) if t[1] == "owns"]
