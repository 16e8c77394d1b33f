"""Entities, relations and claims from rules added after reading a seventeenth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

import spacy
from nlp_helpers import by_name, names, stances, triples
from spacy.tokens import Doc

from kg.nlp.entities import context_type
from kg.nlp.vocab import get_vocab


def triples_by_alias(ex) -> set[tuple[str, str, str]]:
    """Triples named by every name an entity goes by (a product named in the plural)."""
    forms = {e.key: [e.name, *e.aliases] for e in ex.entities}
    return {
        (s, r.predicate, o) for r in ex.relations for s in forms[r.subject] for o in forms[r.object]
    }


def test_a_navy_directorate_named_after_a_possessive_is_part_of_the_navy(run):
    ex = run(
        "The Zedland Navy's Directorate of Hydrography said in a statement that it had "
        "found no threat to the coast."
    )
    assert ("Directorate of Hydrography", "partOf", "Zedland Navy") in triples(ex)


def test_a_numbered_unit_of_an_intelligence_agency_is_part_of_it(run):
    ex = run(
        "Colonel Ivan Petrov oversees cyber operations for the GRU's Unit 29155, prosecutors said."
    )
    assert ("Unit 29155", "partOf", "GRU") in triples(ex)


def test_a_joint_staff_and_an_army_region_are_military_units(run):
    ex = run(
        "The photo was released by the Defense Ministry's Joint Staff. Lieutenant General "
        "Ivo Brand commands the Royal Zed Army's Second Army Region."
    )
    assert by_name(ex, "Joint Staff").type == "MilitaryUnit"
    assert by_name(ex, "Second Army Region").type == "MilitaryUnit"
    assert ("Joint Staff", "partOf", "Defense Ministry") in triples(ex)


def test_a_member_of_a_leaders_party_belongs_to_the_party_not_the_leader(run):
    ex = run("Dan Levi, a member of Yoram Tal's Likud party, rejected the decision.")
    assert ("Dan Levi", "memberOf", "Likud") in triples(ex)
    assert not [t for t in triples(ex) if t[0] == "Dan Levi" and t[2] == "Yoram Tal"]


def test_a_prime_minister_from_a_party_is_its_member_not_its_leader(run):
    ex = run(
        "Paula Sin is the second prime minister from the Zed Thai Party to be ousted by "
        "the court in a year."
    )
    assert ("Paula Sin", "memberOf", "Zed Thai Party") in triples(ex)
    assert ("Paula Sin", "leads", "Zed Thai Party") not in triples(ex)


def test_a_figurehead_of_a_party_belongs_to_it(run):
    ex = run("Marine Lebrun, the figurehead of the far-right National Rally, said no.")
    assert ("Marine Lebrun", "memberOf", "National Rally") in triples(ex)


def test_a_name_described_as_a_consultant_is_a_person_at_the_body_after_the_region(run):
    ex = run(
        "Piers Pigou, a senior consultant for southern Africa at the International Crisis "
        "Group, said retaking towns was the easier part."
    )
    assert by_name(ex, "Piers Pigou").type == "Person"
    assert ("Piers Pigou", "memberOf", "International Crisis Group") in triples(ex)


def test_a_name_described_as_a_party_figure_is_a_person_in_the_party(run):
    ex = run(
        "Chaikasem Nitisiri, a senior Pheu Thai figure, said the party would name a "
        "candidate next week."
    )
    assert by_name(ex, "Chaikasem Nitisiri").type == "Person"


def test_a_pilot_before_a_titled_name_does_not_make_the_service_a_person(run):
    ex = run(
        "The pilot, Air Force officer Oleksiy Mes, had shot down three cruise missiles "
        "before contact was lost."
    )
    assert by_name(ex, "Air Force").type == "MilitaryUnit"


def test_the_manager_of_a_ship_is_a_company(run):
    ex = run("The Liberian-flagged Magic Dawn is managed by Greece's Halcyon Marine.")
    assert by_name(ex, "Halcyon Marine").type == "Organization"
    assert ("Halcyon Marine", "country", "Greece") in triples(ex)


def test_a_name_the_model_missed_that_manages_a_ship_is_a_company():
    """The parse is given, so the rule is tested whatever the model would tag."""
    words = ["The", "ship", "is", "managed", "by", "Greece", "'s", "Allseas", "Marine", "."]
    heads = [1, 3, 3, 3, 3, 8, 5, 8, 4, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "agent", "poss", "case", "compound"]
    deps += ["pobj", "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["the", "ship", "be", "manage", "by", "Greece", "'s", "Allseas", "Marine", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert context_type(doc, 7, 9, get_vocab()) == "Organization"


def test_a_registration_plea_and_a_section_trail_in_capitals_are_page_furniture(run):
    ex = run(
        "NATIONAL / POLITICS\n\nRegister now for FREE unlimited access to Wirenews.com\n\n"
        "OTTAWA, Jan 9 (Reuters) - Canada will buy 88 jets."
    )
    assert names(ex) == {"Ottawa", "Reuters", "Canada"}


def test_a_known_product_named_in_the_plural_is_the_product(run):
    ex = run(
        "The new jet will replace the Eurofighter Typhoons flown by the Royal Air Force "
        "and the Italian Air Force."
    )
    assert by_name(ex, "Eurofighter Typhoon").type == "Product"
    assert ("Royal Air Force", "uses", "Eurofighter Typhoon") in triples_by_alias(ex)
    assert ("Italian Air Force", "uses", "Eurofighter Typhoon") in triples_by_alias(ex)


def test_a_makers_kind_of_product_including_named_ones_makes_them_its_own(run):
    ex = run(
        "Phones sold abroad will lose access to popular Microsoft apps and services "
        "including Bing, Outlook and Xbox Live."
    )
    assert by_name(ex, "Microsoft").type == "Organization"
    assert {("Microsoft", "operates", p) for p in ("Bing", "Outlook", "Xbox Live")} <= triples(ex)


def test_a_region_a_state_calls_its_own_is_in_that_state(run):
    ex = run(
        "Moldova will allow a transit corridor across its Zedunik district linking "
        "Ukraine with its Karvan exclave."
    )
    assert ("Zedunik district", "locatedIn", "Moldova") in triples(ex)
    assert ("Karvan", "locatedIn", "Moldova") not in triples(ex)  # another state's


def test_a_sea_before_a_states_own_port_is_not_in_the_state(run):
    ex = run("Romania will expand its Black Sea port of Zedanta next year.")
    assert ("Black Sea", "locatedIn", "Romania") not in triples(ex)


def test_a_first_name_shared_by_two_people_is_the_one_introduced_first(run):
    ex = run(
        "Leader Choi Jin Ho watched the launch with his daughter Choi Su Min, state media "
        "said. Choi said the test was a success."
    )
    assert "Choi" in [m.text for m in by_name(ex, "Choi Jin Ho").mentions]
    assert "Choi" not in [m.text for m in by_name(ex, "Choi Su Min").mentions]


def test_a_demonym_before_republic_names_the_state(run):
    ex = run("The Kyrgyz Republic seized control of the mine on Saturday.")
    assert by_name(ex, "Kyrgyzstan").type == "Country"


def test_a_body_of_two_fields_joined_by_and_is_one_body(run):
    ex = run(
        "The Zedland Navy's Directorate of Hydrography and Navigation, which issues "
        "tsunami alerts, said in a statement that it had found no threat."
    )
    assert by_name(ex, "Directorate of Hydrography and Navigation").type == "GovernmentAgency"
    assert "Navigation" not in names(ex)


def test_a_party_named_by_its_family_is_an_organisation_its_members_belong_to(run):
    ex = run(
        "A spokeswoman for the ministry, which is headed by Robert Haber of the Greens, "
        "rejected suggestions that it had blocked the deal. The Free Democrats said nothing."
    )
    assert by_name(ex, "Greens").type == "Organization"
    assert by_name(ex, "Free Democrats").type == "Organization"
    assert ("Robert Haber", "memberOf", "Greens") in triples(ex)


def test_a_party_named_with_a_lower_case_party_is_named_without_it(run):
    ex = run("Luisa Gonzalez of the leftist Citizen Renewal party said she would demand a recount.")
    assert "Citizen Renewal" in names(ex)
    assert ("Luisa Gonzalez", "memberOf", "Citizen Renewal") in triples(ex)


def test_a_ministry_after_a_two_word_states_possessive_is_that_states(run):
    ex = run("South Korea's Justice Ministry said it would seek his extradition.")
    ministry = by_name(ex, "South Korean Justice Ministry")
    assert "South Korea's Justice Ministry" in ministry.aliases
    assert ("South Korean Justice Ministry", "country", "South Korea") in triples(ex)


def test_a_ministry_in_a_sentence_set_in_a_capital_is_that_states(run):
    ex = run(
        "Iraq's Foreign Ministry condemned the strike. In Tehran, Foreign Ministry "
        "spokesman Nasser Kanaani said the strikes were precise. Iran said nothing more."
    )
    assert ("Nasser Kanaani", "memberOf", "Iranian Foreign Ministry") in triples(ex)
    assert ("Nasser Kanaani", "memberOf", "Iraqi Foreign Ministry") not in triples(ex)


def test_an_editor_in_chief_leads_the_outlet(run):
    ex = run(
        "The recording was published on Friday by Marta Lind, editor-in-chief of Zedland "
        "state broadcaster RT, on her channel."
    )
    assert ("Marta Lind", "leads", "RT") in triples(ex)


def test_he_in_a_clause_after_the_subject_named_in_a_title_is_that_subject(run):
    ex = run(
        "NASA chief Bill Nelson praised the crew. SpaceX founder and CEO Elon Musk posted "
        "his congratulations on X, the social media platform he owns."
    )
    assert ("Elon Musk", "owns", "X") in triples(ex)
    assert ("Bill Nelson", "owns", "X") not in triples(ex)


def test_the_unions_president_leads_the_union_named_before(run):
    ex = run(
        "Dockworkers represented by the International Zed Workers Association walked off "
        "the job. The union's president, Harold Dagg, has demanded a 77% pay increase."
    )
    assert ("Harold Dagg", "leads", "International Zed Workers Association") in triples(ex)


def test_a_portfolio_minister_leads_the_ministry_of_that_portfolio_and_another(run):
    ex = run(
        "The Ministry of Infrastructure and Water Management oversees the agency. "
        "Infrastructure Minister Mark Harb told reporters it was bad."
    )
    assert ("Mark Harb", "leads", "Ministry of Infrastructure and Water Management") in triples(ex)


def test_the_union_is_never_just_the_last_organisation_named(run):
    ex = run(
        "Zedahda, the largest party in parliament, protested. The powerful labour union, "
        "which says it has more than a million members, said the measures must be temporary."
    )
    assert stances(ex, "Zedahda") == set()


def test_the_union_may_be_named_for_its_workers(run):
    ex = run(
        "Workers represented by the United Zedworkers rallied on Monday. The union's "
        "president, David Hale, said no."
    )
    assert ("David Hale", "leads", "United Zedworkers") in triples(ex)


def test_an_agencys_inspector_general_is_a_member_not_its_head(run):
    ex = run("NASA's inspector general, Paul Marten, told Congress the flights were costly.")
    assert ("Paul Marten", "memberOf", "NASA") in triples(ex)
    assert ("Paul Marten", "leads", "NASA") not in triples(ex)


def test_experts_and_lecturers_belong_to_the_body_named_with_them(run):
    ex = run(
        "Greenpeace maritime expert Thilo Maas told reporters. Bleddyn Bowe, a space policy "
        "lecturer at the University of Leicester, said it was hard."
    )
    assert ("Thilo Maas", "memberOf", "Greenpeace") in triples(ex)
    assert ("Bleddyn Bowe", "memberOf", "University of Leicester") in triples(ex)


def test_a_named_unit_of_a_police_force_is_part_of_it(run):
    ex = run("The Dutch police's National High Tech Crime Unit said two servers were seized.")
    assert ("National High Tech Crime Unit", "partOf", "Dutch police") in triples(ex)


def test_the_companys_subsidiary_is_another_companys_not_its_own(run):
    ex = run(
        "The Zed-225 was built by Vantonov. It was operated by Vantonov Airlines, the "
        "company's cargo subsidiary."
    )
    assert ("Vantonov Airlines", "partOf", "Vantonov") in triples(ex)


def test_the_partners_of_a_consortium_described_after_its_name_are_members(run):
    ex = run(
        "The government holds a 49% stake, while the Zed Group, a consortium of British "
        "Airways, Virgin Atlantic and other carriers, owns 42%."
    )
    assert ("British Airways", "memberOf", "Zed Group") in triples(ex)
    assert ("British Airways", "owns", "Zed Group") not in triples(ex)


def test_an_agencys_named_program_is_not_a_part_of_it(run):
    ex = run("NASA's Zedemis program aims to return astronauts to the moon by 2028.")
    assert not [t for t in triples(ex) if t[1] == "partOf"]


def test_a_name_ending_in_engine_or_module_is_a_product(run):
    ex = run("The game runs on Zedreal Engine, made by Epic Games, the studio said.")
    assert by_name(ex, "Zedreal Engine").type == "Product"


def test_its_affiliate_in_a_list_of_the_sued_is_the_previous_names(run):
    ex = run(
        "The Securities and Exchange Commission sued Vexor, its American affiliate "
        "Vexor Americas and its founder in June."
    )
    assert ("Vexor Americas", "partOf", "Vexor") in triples(ex)
    assert not [t for t in triples(ex) if t[2] == "Securities and Exchange Commission"]


def test_the_leader_of_a_bodys_observers_does_not_lead_the_body(run):
    ex = run(
        "The European Union's observers, led by Spanish lawmaker Gabriel Mateo, are due "
        "to present a preliminary report on Tuesday."
    )
    assert ("Gabriel Mateo", "leads", "European Union") not in triples(ex)


def test_a_presidents_administration_is_not_an_agency_named_administration(run):
    ex = run(
        "The Cyberspace Administration of China summoned Nvidia. President Donald Trump's "
        "administration effectively banned its sale to China."
    )
    assert ("Donald Trump", "leads", "Cyberspace Administration of China") not in triples(ex)
