"""Unit tests of rules that need no parse (blank pipeline or plain functions)."""

from __future__ import annotations

import pytest
import spacy

from kg.errors import NLPError
from kg.model import Article
from kg.nlp.dates import resolve_date
from kg.nlp.entities import is_acronym, trim
from kg.nlp.furniture import furniture_ranges
from kg.nlp.vocab import fold, get_vocab


@pytest.mark.parametrize(
    ("raw", "published", "expected"),
    [
        ("Feb. 11", "2024-02-12", "2024-02-11"),
        ("on Feb. 8", "2024-02-12", "2024-02-08"),
        ("December 30", "2024-01-05", "2023-12-30"),
        ("June 2023", "2024-02-12", "2023-06"),
        ("March 3, 2022", None, "2022-03-03"),
        ("Saturday", "2023-06-25", "2023-06-24"),
        ("yesterday", "2024-02-12", "2024-02-11"),
        ("last week", "2024-02-12", "2024-02-05"),
        ("the past decade", "2024-02-12", None),
        ("Saturday", None, None),
    ],
)
def test_resolve_date(raw, published, expected):
    assert resolve_date(raw, published) == expected


def test_countries_and_demonyms():
    v = get_vocab()
    assert v.country("the U.S.") == "United States"
    assert v.country("Türkiye") == "Turkey"
    assert v.demonym("Ukrainian") == "Ukraine"
    assert v.capital_of("Kyiv") == "Ukraine"
    assert v.country("Lviv Oblast") is None


def test_fold_matches_scorer_normalisation():
    assert fold("The Kremlin’s") == "kremlin"


def test_acronyms():
    assert is_acronym("OSCE") and is_acronym("U.S.") and is_acronym("WFP")
    assert not is_acronym("Smith") and not is_acronym("A")


def test_trim_strips_determiner_possessive_and_country_possessor():
    nlp = spacy.blank("en")
    doc = nlp("the Kremlin’s")
    assert trim(doc, 0, 3, get_vocab())[:2] == (1, 2)  # "Kremlin"
    doc = nlp("Poland's Defense Ministry said")
    start, end, possessor = trim(doc, 0, 4, get_vocab())
    assert doc[start:end].text == "Defense Ministry" and possessor == 0


def test_furniture_lines():
    text = "-3 C\nOslo\n\nHeadline\n\nBody text here.\n\nRead also: Something else\n"
    got = [text[s:e] for s, e in furniture_ranges(text, get_vocab())]
    assert got == ["-3 C", "Oslo", "Read also: Something else"]


def test_a_caption_is_read_but_its_picture_credit_is_not():
    text = (
        "Photo: Rescuers at the scene of a blast in Zedville, Norland, on May 2. "
        "(Regional Rescue Service / Telegram)\n\nA crane stands at the port of Zedville. "
        "(Photo: Jane Roe / Zed Press)\n\nNorland said the blast was an accident.\n"
    )
    got = [text[s:e] for s, e in furniture_ranges(text, get_vocab())]
    assert got == ["(Regional Rescue Service / Telegram)", "(Photo: Jane Roe / Zed Press)"]


def test_section_labels_share_bars_and_tags_are_furniture():
    text = (
        "Energy | Europe\n\nCybercrime\n\nNorvik to leave the Arctic project\n\n"
        "Norvik said on Monday it would leave. Europe will pay.\n\nShare this article\n"
        "Facebook Twitter LinkedIn Email\n\nTags: energy, Norvik, Arctic\n"
    )
    got = [text[s:e] for s, e in furniture_ranges(text, get_vocab())]
    assert got == [
        "Energy | Europe",
        "Cybercrime",
        "Share this article",
        "Facebook Twitter LinkedIn Email",
        "Tags: energy, Norvik, Arctic",
    ]


def test_credits_related_headlines_and_page_tools_are_furniture():
    text = (
        "News > Business\n\nMar 3, 2025 | Font size A A | Print\n\nNorvik to leave\n\n"
        "More news is expected on Monday, Norvik said.\n\n"
        "Related articles Norvik shares fall after Arctic exit\n"
        "Related stories - Arctic project loses partner\n"
        "Join our Energy Forums to keep talking about the story.\n"
        "Subscribe to NORVIK PLUS to read more.\n"
        "Our Standards: The Norvik Trust Principles.\n"
    )
    got = [text[s:e] for s, e in furniture_ranges(text, get_vocab())]
    assert got == [
        "News > Business",
        "Mar 3, 2025 | Font size A A | Print",
        "Related articles Norvik shares fall after Arctic exit",
        "Related stories - Arctic project loses partner",
        "Join our Energy Forums to keep talking about the story.",
        "Subscribe to NORVIK PLUS to read more.",
        "Our Standards: The Norvik Trust Principles.",
    ]


def test_extract_keeps_order_and_batches():
    from kg.nlp import extract

    arts = (Article(id=str(i), text=f"Finland joined the OSCE in {2000 + i}.") for i in range(5))
    out = list(extract(arts, batch_size=2))  # a lazy iterable is fine
    assert [x.article.id for x in out] == ["0", "1", "2", "3", "4"]


def test_missing_model_raises_nlp_error(monkeypatch):
    from kg.nlp import pipeline

    def boom(name):
        raise OSError("not installed")

    pipeline.load_pipeline.cache_clear()
    monkeypatch.setattr(pipeline.spacy, "load", boom)
    try:
        with pytest.raises(NLPError):
            pipeline.load_pipeline()
    finally:
        pipeline.load_pipeline.cache_clear()


def test_extract_with_two_processes_and_empty_texts():
    from kg.nlp import extract

    arts = [
        Article(id="empty", text=""),
        Article(id="blank", text="  \n\n "),
        Article(id="one", text="Airbus denied the report.", published="not a date"),
    ]
    arts += [Article(id=f"n{i}", text=f"Siemens denied report number {i}.") for i in range(5)]
    out = list(extract(arts, batch_size=2, n_process=2))
    assert [x.article.id for x in out] == ["empty", "blank", "one"] + [f"n{i}" for i in range(5)]
    assert out[0].entities == [] and out[1].claims == []
    assert [c.stance for c in out[2].claims] == ["denies"]


def test_follow_and_share_pleas_and_first_published_notes_are_furniture():
    text = (
        "Norvik to leave\n\nNorvik said on Monday it would leave the Arctic project.\n\n"
        "Related: Fjordgas shares fall after Arctic exit\n\n"
        "Follow us on WhatsApp for the latest energy news\n\n"
        "This story was first published by Arctic Radio. Share on Facebook / Share on X\n\n"
        "Please share: Facebook Twitter WhatsApp\n"
    )
    got = [text[s:e] for s, e in furniture_ranges(text, get_vocab())]
    assert got == [
        "Related: Fjordgas shares fall after Arctic exit",
        "Follow us on WhatsApp for the latest energy news",
        "This story was first published by Arctic Radio. Share on Facebook / Share on X",
        "Please share: Facebook Twitter WhatsApp",
    ]


def test_prose_that_mentions_support_cookies_or_donations_is_not_furniture():
    text = (
        "Norvik said it was glad to keep supporting the ministry. Ola Berg, its chief, agreed.\n\n"
        "The browser will stop accepting third-party cookies next year, Fjordnet said.\n\n"
        "The founder pledged to donate half of his shares to charity.\n\n"
        "Consider supporting the Norvik Gazette.\n"
    )
    got = [text[s:e] for s, e in furniture_ranges(text, get_vocab())]
    assert got == ["Consider supporting the Norvik Gazette."]


def test_share_buttons_are_furniture_but_share_prices_are_news():
    text = (
        "Share\nShare Article via Facebook\nShare Article via Email\n\n"
        "Share prices fell on Monday after Norvik's report.\n"
    )
    got = [text[s:e] for s, e in furniture_ranges(text, get_vocab())]
    assert got == ["Share", "Share Article via Facebook", "Share Article via Email"]


def _tagged(words: list[str], spaces: list[bool], ents: list[tuple[int, int, str]]):
    """A blank-pipeline Doc with proper-noun tags and the model's entities set by hand."""
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    for tok in doc:
        tok.pos_ = "PROPN" if tok.text[:1].isupper() else "NOUN"
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_a_person_name_split_after_a_hyphenated_given_name_is_joined():
    from kg.nlp.entities import person_names

    words = ["Velmar", "chief", "executive", "Jean", "-", "Luc", "Marchand", "resigned"]
    spaces = [True, True, True, False, False, True, True, False]
    doc = _tagged(words, spaces, [(3, 6, "PERSON"), (6, 7, "PERSON")])
    assert [(s.text, s.label_) for s in person_names(doc, get_vocab())] == [
        ("Jean-Luc Marchand", "PERSON")
    ]


def test_an_untagged_name_with_a_chief_executive_is_surely_a_company():
    from kg.nlp.entities import untagged_names

    words = ["Rio", "Velo", "chief", "executive", "Anna", "Lind", "quit", "."]
    doc = _tagged(words, [True] * 7 + [False], [(4, 6, "PERSON")])
    got = [
        (doc[c.start : c.end].text, c.type, c.weight) for c in untagged_names(doc, get_vocab(), [])
    ]
    assert got == [("Rio Velo", "Organization", 3)]


def test_a_word_the_parser_calls_a_noun_but_the_text_defines_as_a_subsidiary_is_a_company():
    from kg.nlp.entities import untagged_names

    words = ["Zedtronics", ",", "a", "subsidiary", "of", "Leidos", ",", "proposed", "a", "lander"]
    doc = _tagged(words, [False, True, True, True, True, False, True, True, True, False], [])
    doc[0].pos_ = "NOUN"  # as the small model tags an unknown word opening a sentence
    doc[0].is_sent_start = True
    got = [(doc[c.start : c.end].text, c.type) for c in untagged_names(doc, get_vocab(), [])]
    assert ("Zedtronics", "Organization") in got
