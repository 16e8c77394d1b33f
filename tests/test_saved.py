import pytest

from kg.errors import QueryError
from kg.saved import saved_queries, saved_query

REQUIRED = {
    "who-said-what-about",
    "contested",
    "corroboration",
    "entity-profile",
    "organisation-structure",
    "supply-and-contracts",
    "fact-sources",
    "claims-timeline",
}


def test_the_saved_questions_are_there_with_a_header():
    queries = saved_queries()
    assert set(queries) >= REQUIRED
    for q in queries.values():
        assert q.title and not q.title.startswith(("SELECT", "PREFIX"))
        assert q.description, q.name


def test_a_parameter_replaces_its_values_clause():
    q = saved_query("who-said-what-about")
    assert set(q.params) == {"name"}
    text = q.render({"name": 'Ann "the" Lee'})
    assert 'VALUES ?name { "Ann \\"the\\" Lee" }' in text
    iri = saved_query("fact-sources").render(
        {"predicate": "<https://w3id.org/newskg/ontology#supplies>"}
    )
    assert "VALUES ?predicate { <https://w3id.org/newskg/ontology#supplies> }" in iri


def test_unknown_query_or_parameter_is_a_clear_error():
    with pytest.raises(QueryError, match="no saved query"):
        saved_query("nothing-like-this")
    with pytest.raises(QueryError, match="has no parameter 'who'"):
        saved_query("entity-profile").render({"who": "x"})


def test_every_saved_question_runs_on_a_store(tmp_path, extraction):
    from kg.build import ingest
    from kg.store import open_store

    ingest([extraction], tmp_path / "s")
    with open_store(tmp_path / "s") as store:
        for q in saved_queries().values():
            store.query(q.text)  # raises QueryError if a saved query is broken
        rows = store.query(saved_query("entity-profile").render({"name": "Acme Corp."})).records()
        timeline = store.query(saved_query("claims-timeline").text).records()
    assert {(r["direction"], r["predicate"], r["other"]) for r in rows} == {
        ("in", "leads", "Jane Doe"),
        ("out", "operates", "Skyhawk"),
    }
    assert [(t["speaker"], t["stance"], t["date"]) for t in timeline] == [
        ("Jane Doe", "denies", "2024-03-03")
    ]
