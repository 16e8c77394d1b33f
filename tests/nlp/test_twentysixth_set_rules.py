"""Entities, relations and claims from rules added after reading a twenty-sixth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, names, stances, triples


def test_a_startup_named_in_apposition_is_a_company_that_makes_its_product(run):
    ex = run(
        "Globex will put $2 billion into Quorvia, the machine learning startup behind the "
        "Tessel assistant, according to a filing on Friday."
    )
    assert by_name(ex, "Quorvia").type == "Organization"
    assert ("Quorvia", "operates", "Tessel") in triples(ex)


def test_both_titles_before_one_of_phrase_belong_to_that_body(run):
    ex = run(
        "Vesna Holt, the chief executive and co-founder of Quorvia, said the deal would "
        "help. Globex named Brixco Cloud Services its cloud partner."
    )
    assert ("Vesna Holt", "leads", "Quorvia") in triples(ex)
    assert ("Vesna Holt", "founded", "Quorvia") in triples(ex)
    assert not any(s == "Vesna Holt" and o == "Brixco Cloud Services" for s, _, o in triples(ex))


def test_a_shadow_minister_is_a_member_of_the_party_not_its_leader(run):
    ex = run(
        "Tom Varley, the opposition Green Party's shadow trade secretary, said the "
        "tariffs would hurt farmers."
    )
    assert ("Tom Varley", "memberOf", "Green Party") in triples(ex)
    assert ("Tom Varley", "leads", "Green Party") not in triples(ex)


def test_a_named_owner_in_apposition_owns_the_building_named_before(run):
    ex = run(
        "Shops in the Marlow Tower shut early on Sunday after Omar Vell, its owner, ordered "
        "the lifts checked."
    )
    assert ("Omar Vell", "owns", "Marlow Tower") in triples(ex)


def test_whose_title_after_the_company_description_names_its_officer(run):
    ex = run(
        "Tarvo Systems won the order. The Ankara-based company, whose chief technology "
        "officer Selim Arda is a former pilot, earned $1 billion."
    )
    assert ("Selim Arda", "memberOf", "Tarvo Systems") in triples(ex)


def test_a_lawmaker_who_sits_in_parliament_is_a_member(run):
    ex = run("Jo Marr, a lawmaker who sits in the Vesna Rada, said the shelter held.")
    assert ("Jo Marr", "memberOf", "Vesna Rada") in triples(ex)


def test_a_deal_worth_a_sum_to_buy_jets_from_a_state_is_a_deal_with_it(run):
    ex = run(
        "Chile on Tuesday signed a deal worth about 1.5 billion euros to buy 12 Tarvo-9 "
        "fighter jets from Sweden."
    )
    assert ("Chile", "contractWith", "Sweden") in triples(ex)
    assert ("Sweden", "supplies", "Chile") in triples(ex)


def test_a_pronoun_buyer_of_a_deal_worth_a_sum_is_left_unresolved(run):
    ex = run(
        "Brixco Defence will build the tanks. In May, it signed a deal worth $4 billion to "
        "buy 200 tanks from Norway."
    )
    assert ("Brixco Defence", "contractWith", "Norway") not in triples(ex)


def test_agreeing_to_sell_goods_to_a_state_is_a_contract_with_it(run):
    ex = run("Sweden has agreed to sell Archer howitzers to Chile, deepening ties with Santiago.")
    assert ("Sweden", "contractWith", "Chile") in triples(ex)


def test_a_person_whose_first_name_is_a_parliament_word_is_a_person(run):
    ex = run("The opposition Zed Alliance, led by former judge Duma Kello, won most seats.")
    assert by_name(ex, "Duma Kello").type == "Person"
    assert ("Duma Kello", "leads", "Zed Alliance") in triples(ex)


def test_a_hyphenated_given_name_makes_a_person_the_model_took_for_a_company(run):
    ex = run("The Tarvo Alliance, led by Yves-François Brulotte, lost four seats in the vote.")
    assert by_name(ex, "Yves-François Brulotte").type == "Person"
    assert ("Yves-François Brulotte", "leads", "Tarvo Alliance") in triples(ex)


def test_a_product_described_by_its_maker_s_possessive_is_a_product(run):
    ex = run(
        "The data will be combined with Varnex, Acme Corp's threat analytics platform, and "
        "with other tools."
    )
    assert by_name(ex, "Varnex").type == "Product"
    assert ("Acme Corp", "operates", "Varnex") in triples(ex)


def test_a_korean_name_ending_in_un_is_no_united_nations_body(run):
    ex = run(
        "Opening the congress, Pak Song-un declared that the army would answer any "
        "provocation, state media said."
    )
    assert by_name(ex, "Pak Song-un").type == "Person"


def test_a_surname_with_its_arabic_article_dropped_is_the_same_person(run):
    ex = run(
        "Abu Karim al-Tarvi, the leader of the group, was killed in the raid. Officials "
        "said Tarvi's deputy had escaped."
    )
    assert "Tarvi" not in names(ex)
    assert "Tarvi" in by_name(ex, "Abu Karim al-Tarvi").aliases


def test_a_nickname_in_quotes_inside_a_name_makes_one_person(run):
    ex = run(
        'The singer Andre "Kilo" Voss, the co-founder of Zed Records, was cleared on '
        "Wednesday of fraud. Voss thanked his fans outside the court."
    )
    assert ('Andre "Kilo" Voss', "founded", "Zed Records") in triples(ex)
    assert by_name(ex, 'Andre "Kilo" Voss').type == "Person"
    assert "Voss" in by_name(ex, 'Andre "Kilo" Voss').aliases
    assert "Andre" not in names(ex)


def test_she_is_not_the_man_the_article_calls_he(run):
    ex = run(
        "Senator Lena Varga welcomed the vote. Interior Minister Tomas Bakker said his "
        "police were ready. She presides over the Senate, which meets on Monday."
    )
    assert ("Lena Varga", "leads", "Senate") in triples(ex)
    assert ("Tomas Bakker", "leads", "Senate") not in triples(ex)


def test_a_spokeswoman_is_who_she_means(run):
    ex = run(
        "Ilka Brenner, the ministry's spokeswoman, opened the briefing. Deputy Minister "
        "Pavel Orlov then took questions with his aides. She denied that any troops had "
        "crossed the border."
    )
    assert stances(ex, "Ilka Brenner") == {"denies"}
    assert stances(ex, "Pavel Orlov") == set()


def test_a_denial_the_parser_joined_to_the_report_is_the_speaker_s_own(run):
    ex = run(
        "Tarvo Rail, which runs the city's metro, said trains were running on time and "
        "rejected reports that its main depot had been flooded."
    )
    assert stances(ex, "Tarvo Rail") == {"asserts", "denies"}


def test_a_venture_of_two_owners_the_model_joined_is_two_companies(run):
    ex = run(
        "Marlin Wind, a joint venture of Vestro and Oslo Infrastructure Partners, will start "
        "up next year. Vestro is majority owned by Ardel Energia."
    )
    assert {"Vestro", "Oslo Infrastructure Partners"} <= names(ex)
    assert ("Vestro", "owns", "Marlin Wind") in triples(ex)
    assert ("Oslo Infrastructure Partners", "owns", "Marlin Wind") in triples(ex)


def test_brands_such_as_named_ones_are_the_company_s_products(run):
    ex = run(
        "Velcom, which is based in Tampa, has about 9 million subscribers who buy prepaid "
        "plans under brands such as Clear Talk, Open Mobile and Easy Prepaid."
    )
    assert by_name(ex, "Clear Talk").type == "Product"
    assert ("Velcom", "operates", "Clear Talk") in triples(ex)


def test_an_airport_that_reports_delays_is_still_a_place(run):
    ex = run("Varna Airport and Burgas Airport in Bulgaria reported long queues on Monday.")
    assert by_name(ex, "Burgas Airport").type == "Location"
    assert by_name(ex, "Varna Airport").type == "Location"
