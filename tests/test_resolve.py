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
