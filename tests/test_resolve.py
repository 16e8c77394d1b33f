from kg.model import Article, Entity, Extraction, Mention
from kg.resolve import EntityIndex, normalise, resolve, slug


def _ex(aid: str, *entities: Entity) -> Extraction:
    return Extraction(article=Article(id=aid, text="x"), entities=list(entities))


def test_same_name_in_two_articles_is_one_node():
    index = EntityIndex()
    a = resolve(_ex("a", Entity("1", "Jane Roe", "Person")), index)
    b = resolve(_ex("b", Entity("9", "Jane Roe", "Person")), index)
    assert a["1"] == b["9"]


def test_acronym_known_as_another_name_links_to_the_existing_node():
    index = EntityIndex()
    first = resolve(
        _ex("a", Entity("1", "Office of Space Works", "GovernmentAgency", aliases=["OSW"])), index
    )
    second = resolve(_ex("b", Entity("1", "OSW", "GovernmentAgency")), index)
    assert second["1"] == first["1"]
    assert second["1"].label == "Office of Space Works"


def test_descriptions_and_other_types_do_not_link():
    index = EntityIndex()
    resolve(_ex("a", Entity("1", "Vale", "Location", [Mention("the city", 0, 8)])), index)
    other = resolve(_ex("b", Entity("1", "Vale", "Person")), index)
    assert other["1"].type == "Person"
    assert other["1"].local != "vale"
    city = resolve(_ex("c", Entity("1", "Port", "Location", [Mention("the city", 0, 8)])), index)
    assert city["1"].local == "port"


def test_normalise_and_slug():
    assert normalise("The Pentagon's") == "pentagon"
    assert slug("Zaporizhzhia Nuclear Power Plant") == "zaporizhzhia-nuclear-power-plant"
    assert slug("Ölüdeniz") == "oludeniz"
    assert slug("…").startswith("x-")


def _ministry(key: str, name: str) -> Entity:
    return Entity(key, name, "GovernmentAgency", [Mention("Defence Ministry", 0, 16)])


def test_two_entities_of_one_article_never_become_one_node():
    index = EntityIndex()
    nodes = resolve(
        _ex(
            "a",
            _ministry("1", "Azerbaijani Defence Ministry"),
            _ministry("2", "Russian Defence Ministry"),
        ),
        index,
    )
    assert nodes["1"] != nodes["2"]
    assert nodes["2"].label == "Russian Defence Ministry"


def test_a_countrys_body_is_not_found_by_its_bare_generic_name():
    index = EntityIndex()
    russian = resolve(_ex("a", _ministry("1", "Russian Defence Ministry")), index)["1"]
    assert resolve(_ex("b", _ministry("1", "Ukrainian Defence Ministry")), index)["1"] != russian
    assert resolve(_ex("c", _ministry("1", "Russian Defence Ministry")), index)["1"] == russian


def _embassy(name: str) -> Entity:
    return Entity("1", name, "GovernmentAgency", aliases=["Norlandic Embassy"])


def test_one_states_embassies_in_two_cities_are_two_nodes():
    index = EntityIndex()
    first = resolve(_ex("a", _embassy("Norlandic Embassy in Tarsk")), index)["1"]
    assert resolve(_ex("b", _embassy("Norlandic Embassy in Velm")), index)["1"] != first
    assert resolve(_ex("c", _embassy("Norlandic Embassy in Tarsk")), index)["1"] == first


def test_a_body_known_only_by_its_portfolio_stays_in_its_article():
    index = EntityIndex()
    first = resolve(_ex("a", Entity("1", "interior ministry", "GovernmentAgency")), index)
    second = resolve(_ex("b", Entity("1", "interior ministry", "GovernmentAgency")), index)
    named = resolve(_ex("c", Entity("1", "Interior Ministry", "GovernmentAgency")), index)
    assert first["1"] != second["1"]
    assert named["1"] not in {first["1"], second["1"]}
    assert first["1"].label == "interior ministry"
