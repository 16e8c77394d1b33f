"""Entities, relations and claims from rules added after reading a twenty-second set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

import spacy
from nlp_helpers import by_name, triples
from spacy.tokens import Span

from kg.nlp.entities import _joined_names
from kg.nlp.vocab import get_vocab


def test_a_region_of_a_state_lies_in_it_rather_than_having_it_as_a_country(run):
    found = triples(run("The governor of Peru's Zolotyi region said two drones were downed."))
    assert ("Zolotyi region", "locatedIn", "Peru") in found
    assert ("Zolotyi region", "country", "Peru") not in found


def test_a_flag_is_a_registry_not_a_place(run):
    found = triples(run("The Peruvian-flagged tanker Marisol docked in Callao on Monday."))
    assert not any(s == "Marisol" and p == "locatedIn" and o == "Peru" for s, p, o in found)


def test_a_body_is_in_the_place_after_its_short_form_in_brackets(run):
    found = triples(
        run("Engineers at the Norvik Materials Institute (NMI) in Brantford said the alloy failed.")
    )
    assert ("Norvik Materials Institute", "locatedIn", "Brantford") in found


def test_a_place_is_in_the_place_after_its_short_form_in_brackets(run):
    found = triples(run("Officials visited the Kestrel Valley Reservoir (KVR) in Dunmore County."))
    assert ("Kestrel Valley Reservoir", "locatedIn", "Dunmore County") in found


def test_a_regional_post_in_a_body_makes_a_member_of_the_body(run):
    found = triples(
        run(
            "Amnesty International deputy Europe director Tomas Lindqvist said the ruling "
            "was wrong."
        )
    )
    assert ("Tomas Lindqvist", "memberOf", "Amnesty International") in found


def test_the_chief_of_a_product_at_a_company_is_a_member_of_the_company(run):
    found = triples(run("Mara Quill, head of Kindle at Amazon, said on Tuesday that sales rose."))
    assert ("Mara Quill", "memberOf", "Amazon") in found
    assert ("Mara Quill", "leads", "Amazon") not in found


def test_an_envoy_for_a_state_belongs_to_the_body_that_sent_him(run):
    found = triples(
        run("Anton Vell, the World Bank's special representative for Bolivia, urged restraint.")
    )
    assert ("Anton Vell", "memberOf", "World Bank") in found
    assert ("Anton Vell", "country", "Bolivia") not in found


def test_states_a_body_groups_are_its_members(run):
    found = triples(
        run("The Eastern Grain Compact (EGC), which groups Peru, Chile and Ecuador, met in Lima.")
    )
    assert {
        ("Peru", "memberOf", "Eastern Grain Compact"),
        ("Ecuador", "memberOf", "Eastern Grain Compact"),
    } <= found


def test_companies_named_as_a_lobbys_members_belong_to_it(run):
    found = triples(
        run(
            "The Fairmarket Alliance, a lobbying group whose members include Siemens and "
            "Philips, welcomed the ruling."
        )
    )
    assert ("Siemens", "memberOf", "Fairmarket Alliance") in found
    assert ("Philips", "memberOf", "Fairmarket Alliance") in found


def test_a_person_of_a_firm_belongs_to_it(run):
    found = triples(run("The court appointed Vera Lind of the law firm Castell & Ross as trustee."))
    assert ("Vera Lind", "memberOf", "Castell & Ross") in found


def test_listed_people_who_are_a_firms_executives_belong_to_it(run):
    found = triples(
        run("Prosecutors said Chen Bo, Wang Lei and Zhou Ning are executives of Zedcore Networks.")
    )
    assert {(p, "memberOf", "Zedcore Networks") for p in ("Chen Bo", "Wang Lei", "Zhou Ning")} <= (
        found
    )


def test_listed_founders_each_founded_the_firm(run):
    found = triples(run("Ines Marlow and Teo Brandt are the founders of Zedcore Networks."))
    assert ("Ines Marlow", "founded", "Zedcore Networks") in found
    assert ("Teo Brandt", "founded", "Zedcore Networks") in found


def test_a_title_taken_up_at_a_company_makes_a_member(run):
    found = triples(
        run("Ines Marlow became chief financial officer at the software company Zedflare in 2019.")
    )
    assert ("Ines Marlow", "memberOf", "Zedflare") in found


def test_a_named_person_in_a_list_of_bodies_is_no_part_of_a_body_name(run):
    ex = run(
        "The chief of the Coastal Defence Command, Admiral Rui Santos, and Federal Police "
        "commander Ana Vidal visited the port."
    )
    assert not any("Rui Santos" in e.name and e.type != "Person" for e in ex.entities)
    found = triples(ex)
    assert ("Ana Vidal", "leads", "Federal Police") in found
    assert ("Ana Vidal", "leads", "Coastal Defence Command") not in found


def test_a_persons_armed_force_is_the_one_he_commands(run):
    found = triples(run("Omar Zaid's Free Sahel Army shelled the town overnight."))
    assert ("Omar Zaid", "leads", "Free Sahel Army") in found


def test_who_replaced_someone_as_chief_executive_leads(run):
    found = triples(
        run("Shares rose after Lena Ortiz replaced Tom Kell as Zedcab's chief executive in May.")
    )
    assert ("Lena Ortiz", "leads", "Zedcab") in found


def test_the_mayor_of_the_town_of_a_place_leads_it(run):
    found = triples(
        run("The mayor of the mountain town of Alto Rei, Rui Arca, resigned on Friday.")
    )
    assert ("Rui Arca", "leads", "Alto Rei") in found


def test_a_national_foreign_minister_leads_the_foreign_ministry_the_text_names(run):
    found = triples(
        run(
            "Chilean Foreign Minister Ana Soto said on Monday that Santiago would respond. "
            "The Foreign Ministry summoned the ambassador."
        )
    )
    assert ("Ana Soto", "leads", "Foreign Ministry") in found


def test_a_listed_jet_before_fighters_is_a_product_not_a_force(run):
    ex = run("The air force will receive 24 Typhoon fighters next year.")
    assert by_name(ex, "Typhoon").type == "Product"


def test_jets_bought_from_a_company_are_its_products(run):
    found = triples(run("Norway bought 12 Zedhawk helicopters from Acme Aerospace in 2019."))
    assert ("Acme Aerospace", "operates", "Zedhawk") in found
    found = triples(run("It flies 36 Zedhawk helicopters bought from Acme Aerospace in 2019."))
    assert ("Acme Aerospace", "operates", "Zedhawk") in found


def test_a_platform_that_acts_is_the_company(run):
    ex = run(
        "Regulators fined Instagram 20 million euros on Monday. Instagram said it would "
        "appeal, and an Instagram spokesperson called the fine unfair."
    )
    assert by_name(ex, "Instagram").type == "Organization"


def test_a_platform_people_post_on_stays_a_product(run):
    ex = run("The minister wrote on Instagram that access to Instagram had been restricted.")
    assert by_name(ex, "Instagram").type == "Product"


def test_a_platforms_owner_makes_the_platform_no_company(run):
    ex = run("The fine was levied on Instagram owner Meta Platforms last year.")
    assert by_name(ex, "Instagram").type == "Product"


def test_a_company_named_with_a_company_word_stays_one_company_when_bought(run):
    ex = run(
        "Sony bought Zedimax Media in March. Zedimax said its games would stay on all consoles."
    )
    assert by_name(ex, "Zedimax Media").type == "Organization"
    assert ("Sony", "owns", "Zedimax Media") in triples(ex)


def test_companies_named_as_a_groups_studios_are_its_parts(run):
    found = triples(
        run(
            "Sony bought Zedimax Media in March. Zedimax said the deal brings eight Zedimax "
            "studios, among them Ubisoft, Remedy Entertainment and Crytek, under one roof."
        )
    )
    assert ("Ubisoft", "partOf", "Zedimax Media") in found
    assert ("Crytek", "partOf", "Zedimax Media") in found


def test_a_numbered_group_is_a_military_unit(run):
    ex = run(
        "Captain Lena Berg of the Royal Danish Air Force's 41st Test and Trials Group flew "
        "the prototype."
    )
    assert by_name(ex, "41st Test and Trials Group").type == "MilitaryUnit"


def test_a_title_before_a_court_name_is_part_of_it(run):
    ex = run("The case went to the Supreme Court of Appeal on Tuesday.")
    assert by_name(ex, "Supreme Court of Appeal").type == "GovernmentAgency"


def test_a_two_word_town_the_model_splits_is_one_place():
    doc = spacy.blank("en")("They build trucks at a plant in Llanwen Morfa in Wales.")
    town = [Span(doc, 7, 8, label="GPE"), Span(doc, 8, 9, label="NORP")]
    joined = _joined_names(doc, [*town, Span(doc, 10, 11, label="GPE")], get_vocab())
    assert [(e.text, e.label_) for e in joined] == [("Llanwen Morfa", "GPE"), ("Wales", "GPE")]


def test_a_title_before_the_next_listed_person_is_not_the_first_ones(run):
    found = triples(
        run(
            "Officers arrested three men, including her spokesman, Tiago Lenz, the mayor of "
            "the fishing village of Porto Vel, Rui Arca, and a banker."
        )
    )
    assert ("Rui Arca", "leads", "Porto Vel") in found
    assert ("Tiago Lenz", "leads", "Porto Vel") not in found


def test_a_possessive_in_a_list_belongs_to_the_name_after_it(run):
    found = triples(
        run(
            "Partners include Chile's Andes Holding, Japan's Mizuten and German carmaker "
            "Volkswagen."
        )
    )
    assert ("Mizuten", "country", "Japan") in found
    assert ("Andes Holding", "country", "Japan") not in found


def test_a_plural_description_after_a_list_describes_each_name(run):
    found = triples(
        run(
            "Customers of Safaricom, Airtel and Telkom, Kenya's three largest carriers, lost "
            "service."
        )
    )
    assert {(c, "country", "Kenya") for c in ("Airtel", "Telkom")} <= found


def test_a_forces_own_jets_are_ones_it_uses(run):
    found = triples(run("The Zedland Air Force will phase out its ageing Zedhawk jets by 2030."))
    assert ("Zedland Air Force", "uses", "Zedhawk") in found
    assert ("Zedland Air Force", "operates", "Zedhawk") not in found


def test_its_in_what_a_state_says_is_the_states(run):
    found = triples(run("Peru said one of its Zedhawk drones had spotted the vessel."))
    assert ("Peru", "uses", "Zedhawk") in found


def test_a_states_unnamed_air_force_flies_for_the_state(run):
    found = triples(run("Talks stalled with Peru, whose air force flies Zedhawk jets."))
    assert ("Peru", "uses", "Zedhawk") in found


def test_what_a_unit_of_a_force_flies_is_the_units(run):
    found = triples(
        run(
            "The 51st Transport Regiment of the Zedland Air Forces, which flies Zedlift planes, "
            "moved to Tarsk."
        )
    )
    assert ("51st Transport Regiment", "uses", "Zedlift") in found
    assert ("Zedland Air Forces", "uses", "Zedlift") not in found


def test_an_observatory_is_a_place(run):
    ex = run("The Kestrel Ridge Observatory closed on Tuesday after its dish collapsed.")
    assert by_name(ex, "Kestrel Ridge Observatory").type == "Location"


def test_a_deal_signed_to_buy_from_a_company_is_a_contract_with_it(run):
    found = triples(run("Peru signed a deal to buy six Zedhawk helicopters from Acme Aerospace."))
    assert ("Peru", "contractWith", "Acme Aerospace") in found or (
        "Acme Aerospace",
        "contractWith",
        "Peru",
    ) in found
    found = triples(run("Peru bought six Zedhawk helicopters from Acme Aerospace."))
    assert not any(p == "contractWith" for _, p, _ in found)
