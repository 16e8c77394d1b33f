"""Context rules for typing names and placing places (invented sentences)."""

from __future__ import annotations

from nlp_helpers import by_name, triples


def test_compass_direction_makes_a_place(run):
    ex = run("The reef lies 15 km east of Vostrel, according to the survey.")
    assert by_name(ex, "Vostrel").type == "Location"


def test_bordered_subject_is_a_place(run):
    ex = run("Debrovan Marsk is bordered on the south by Lake Ulma.")
    assert by_name(ex, "Debrovan Marsk").type == "Location"


def test_plural_place_noun_of_names(run):
    ex = run("Along with the nearby cities of Harnovik and Peltra, Zarovo forms an industrial hub.")
    assert by_name(ex, "Harnovik").type == "Location"


def test_apposition_to_place_noun(run):
    ex = run("The region's county town, Brellick, is located ten miles away.")
    assert by_name(ex, "Brellick").type == "Location"


def test_person_noun_attribute(run):
    ex = run("Hollow Birch Gravel was a Canadian singer.")
    assert by_name(ex, "Hollow Birch Gravel").type == "Person"


def test_list_of_places_types_its_members(run):
    ex = run("The region includes Varnoka, Ostelm, Gribau and Dessa prefectures.")
    assert by_name(ex, "Gribau").type == "Location"


def test_list_of_people_types_its_members(run):
    ex = run("He met international stars like Ilse Quillon, Oskar Lind Ravelle and Peter Dunmore.")
    assert by_name(ex, "Ilse Quillon").type == "Person"


def test_abbreviated_company_suffix(run):
    ex = run("Plexon, a unit of Globex Corp., makes chips.")
    assert by_name(ex, "Globex Corp").type == "Organization"
    assert ("Plexon", "partOf", "Globex Corp") in triples(ex)


def test_description_before_a_name_is_trimmed(run):
    ex = run("The Dutch company Marvex Group said it would expand.")
    assert by_name(ex, "Marvex Group").type == "Organization"
    assert not any(e.name.startswith("Dutch") for e in ex.entities)


def test_region_of_a_state_and_lies_in(run):
    ex = run("Lake Ostra lies in the Varma province of Finland.")
    found = triples(ex)
    assert ("Lake Ostra", "locatedIn", "Varma province") in found
    assert ("Varma province", "locatedIn", "Finland") in found


def test_citing_gives_the_cited_source_and_the_publisher(run):
    ex = run(
        "The Brellick Herald, citing the Varnok Institute, reported that a small group "
        "was behind the attack. Vantor News published a similar "
        "account, citing its own sources."
    )
    speakers = {(c.speaker, c.stance) for c in ex.claims}
    assert (by_name(ex, "Varnok Institute").key, "asserts") in speakers
    assert (by_name(ex, "Vantor News").key, "asserts") in speakers


def test_road_head_word_is_a_place(run):
    ex = run("Marten Holloway Drive is a freeway in the west of the city.")
    assert by_name(ex, "Marten Holloway Drive").type == "Location"


def test_school_head_word_is_an_organisation(run):
    ex = run("Dunmore was assistant coach at Brackley High School, Norway.")
    assert by_name(ex, "Brackley High School").type == "Organization"


def test_definition_as_a_company(run):
    ex = run(
        "Velmar Soft is a Japanese video game development and publishing company. "
        "Velmar Soft released games."
    )
    assert by_name(ex, "Velmar Soft").type == "Organization"


def test_occupation_before_a_name(run):
    ex = run("She married the architect Jean-Luc Vantreau a short while after.")
    assert by_name(ex, "Jean-Luc Vantreau").type == "Person"


def test_international_airport_is_a_place(run):
    ex = run("The flight left Brellick International Airport on Monday.")
    assert by_name(ex, "Brellick International Airport").type == "Location"


def test_capitalised_job_title_is_not_a_name(run):
    ex = run("He worked as Head Writer and Producer for Tarnby Studios.")
    assert not any(e.name in {"Head Writer", "Producer"} for e in ex.entities)


def test_place_pair_before_a_person(run):
    ex = run("Born in Brellick, Norway, Jane Varnok began her career with three seasons.")
    assert ("Brellick", "locatedIn", "Norway") in triples(ex) or (
        "Brellick",
        "country",
        "Norway",
    ) in triples(ex)


def test_place_pair_before_a_verb(run):
    ex = run("Jane Varnok is a singer from Brellick, Norway and went to school there.")
    found = triples(ex)
    assert {("Brellick", "locatedIn", "Norway"), ("Brellick", "country", "Norway")} & found


def test_kind_of_place_in_a_place(run):
    ex = run("Tarnby Drive is a freeway in Brellick, Norway.")
    assert ("Tarnby Drive", "locatedIn", "Brellick") in triples(ex)


def test_dotted_country_abbreviation_is_a_name(run):
    ex = run("Gorvan Park is a park in the U.S. state of Varmont.")
    assert by_name(ex, "U.S.").type == "Country"
    found = triples(ex)
    assert ("Varmont", "country", "United States") in found or (
        "Varmont",
        "locatedIn",
        "United States",
    ) in found


def test_region_keeps_its_bare_name(run):
    ex = run("Leonta is a town in the Varma region of Finland.")
    region = by_name(ex, "Varma region")
    assert "Varma" in region.aliases


def test_relative_pronoun_speaker(run):
    ex = run(
        "The talks followed remarks by Finnish President Jane Varnok, who said that the "
        "border would stay closed."
    )
    assert (by_name(ex, "Jane Varnok").key, "asserts") in {(c.speaker, c.stance) for c in ex.claims}


def test_believe_attributes_a_view(run):
    ex = run("The Varnok Institute believes the group is linked to the army.")
    assert (by_name(ex, "Varnok Institute").key, "asserts") in {
        (c.speaker, c.stance) for c in ex.claims
    }


def test_two_word_head_of_state_title_in_apposition(run):
    ex = run("He met the prime minister of Norway, Jane Varnok, in Oslo.")
    assert ("Jane Varnok", "leads", "Norway") in triples(ex)


def test_elected_to_a_role(run):
    ex = run("Holm Peters was elected chairman of the Varnok Institute in 1990.")
    assert ("Holm Peters", "leads", "Varnok Institute") in triples(ex)


def test_occupation_title_gives_membership(run):
    ex = run("Brollin Boys bassist Oskar Warrenz explained the song.")
    assert ("Oskar Warrenz", "memberOf", "Brollin Boys") in triples(ex)


def test_waterfall_head_word_is_a_place(run):
    ex = run("The line runs up to the Brenvik Waterfall, in the municipality of Sebnor.")
    assert by_name(ex, "Brenvik Waterfall").type == "Location"


def test_club_and_band_before_a_name(run):
    ex = run("Jane Varnok was admitted to the skiing club Varnheim Ski in 1898.")
    assert by_name(ex, "Varnheim Ski").type == "Organization"


def test_full_name_after_company_noun_stays_a_person(run):
    ex = run("She is the sister of movie producer Tarven Olbrisk. Her farm is owned by him.")
    assert by_name(ex, "Tarven Olbrisk").type == "Person"


def test_relative_of_a_name_is_a_person(run):
    ex = run("He was born in Brellick, the son of Vardo Kellin, a farmer.")
    assert by_name(ex, "Vardo Kellin").type == "Person"


def test_birthplace_before_a_misattached_apposition(run):
    ex = run("He was born in Brellick, the son of Vardo Kellin, a farmer.")
    assert by_name(ex, "Brellick").type == "Location"


def test_historical_empire_is_a_state(run):
    ex = run("The governorate was part of the Varnian Empire until 1782.")
    assert by_name(ex, "Varnian Empire").type == "Country"


def test_places_a_place_includes(run):
    ex = run("Towns and villages in the zone include Halvik Ostrum, Orvel Dannet and Gribau.")
    assert by_name(ex, "Orvel Dannet").type == "Location"


def test_a_makers_name_before_generic_service_words_is_one_product(run):
    ex = run("Regulators said Google Advertising must change its terms, Google said on Monday.")
    assert by_name(ex, "Google Advertising").type == "Product"
    assert ("Google", "operates", "Google Advertising") in triples(ex)


def test_a_states_name_the_model_missed_in_a_list_is_a_state(run):
    ex = run("Police units came from Bangladesh, Barbados, Benin and Chad, the mission said.")
    assert by_name(ex, "Barbados").type == "Country"


def test_two_models_of_one_family_are_two_products_of_their_maker(run):
    ex = run("Brixco Motors recalled 2 million Model 3 and Model Y cars on Friday.")
    names = {e.name for e in ex.entities}
    assert {"Model 3", "Model Y"} <= names
    assert ("Brixco Motors", "operates", "Model 3") in triples(ex)
    assert ("Brixco Motors", "operates", "Model Y") in triples(ex)


def test_a_people_is_no_entity(run):
    ex = run("Montenegro Serbs and Kurds marched through the capital on Sunday.")
    names = {e.name for e in ex.entities}
    assert "Montenegro Serbs" not in names and "Kurds" not in names
