"""Tests for kg.read: what an analyst pointing the tool at a messy folder would check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import Article, ReadProblem
from kg.read import MAX_BYTES, SUFFIXES, ReadResult, iter_inputs, read_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "read"
GOLD = (
    Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "001-baykar-tb2-ukraine.json"
)


def by_origin_name(result: ReadResult) -> dict[str, Article]:
    return {Path(a.origin.split(":")[0]).name: a for a in result.articles}


def reasons(result: ReadResult) -> dict[str, str]:
    return {p.origin: p.reason for p in result.problems}


# --------------------------------------------------------------------------- mixed folder


def test_messy_folder_reads_good_inputs_and_reports_each_bad_one(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Kyiv talks\n\nUkraine and Poland signed a grain deal.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.md").write_text("  \n\n\t\n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "ok-1", "title": "Good", "text": "Nvidia sells chips to China."})
        + "\n"
        + '{"id": "bad-1", "text": "unterminated\n'
    )
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.7")  # ignored inside folders

    result = read_inputs([tmp_path])

    good = by_origin_name(result)
    assert set(good) == {"good.txt", "feed.jsonl"}
    assert good["feed.jsonl"].id == "ok-1"
    assert good["good.txt"].text.startswith("Kyiv talks")
    assert good["feed.jsonl"].origin == f"{tmp_path / 'feed.jsonl'}:1"

    problems = reasons(result)
    assert problems == {
        str(tmp_path / "empty.txt"): "empty file",
        str(tmp_path / "blank.md"): "empty file",
        str(tmp_path / "image.txt"): "binary file, not text",
        f"{tmp_path / 'feed.jsonl'}:2": problems[f"{tmp_path / 'feed.jsonl'}:2"],
    }
    assert problems[f"{tmp_path / 'feed.jsonl'}:2"].startswith("not valid JSON: ")


def test_iter_inputs_streams_articles_and_problems_in_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First story.")
    (tmp_path / "b.txt").write_text("")
    (tmp_path / "c.txt").write_text("Third story.")
    items = list(iter_inputs([tmp_path]))
    assert [type(i) for i in items] == [Article, ReadProblem, Article]
    assert [Path(i.origin).name for i in items] == ["a.txt", "b.txt", "c.txt"]


def test_folders_are_walked_recursively_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "inner.md").write_text("Inner note.")
    (tmp_path / "a.txt").write_text("Top story.")
    (tmp_path / "c.TXT").write_text("Upper-case suffix.")
    (tmp_path / ".hidden.txt").write_text("Hidden file.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden folder.")
    (tmp_path / "readme.rst").write_text("Ignored suffix.")

    result = read_inputs([tmp_path])

    assert [Path(a.origin).name for a in result.articles] == ["a.txt", "inner.md", "c.TXT"]
    assert result.problems == []


def test_missing_path_raises_input_error_before_reading(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Fine.")
    with pytest.raises(InputError, match="does-not-exist"):
        iter_inputs([tmp_path / "ok.txt", tmp_path / "does-not-exist"])


def test_explicit_file_with_unknown_suffix_is_a_problem(tmp_path: Path) -> None:
    pdf = tmp_path / "report.xyz"
    pdf.write_text("whatever")
    result = read_inputs([pdf])
    assert result.articles == []
    assert result.problems[0].origin == str(pdf)
    assert result.problems[0].reason.startswith("unsupported file type .xyz")


def test_single_path_string_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Just one.")
    assert len(read_inputs(str(tmp_path / "one.txt")).articles) == 1  # type: ignore[arg-type]


# --------------------------------------------------------------------------- file-level problems


def test_oversized_file_is_reported_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 2000)
    result = read_inputs([big], max_bytes=1000)
    assert result.articles == []
    assert result.problems == [ReadProblem(str(big), "file too large: 2000 bytes > limit 1000")]
    assert MAX_BYTES == 5 * 1024 * 1024


def test_oversized_jsonl_line_is_reported_and_rest_still_read(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    long_line = json.dumps({"id": "long", "text": "y" * 5000})
    short_line = json.dumps({"id": "short", "text": "Short story."})
    feed.write_text(long_line + "\n" + short_line + "\n")
    result = read_inputs([feed], max_bytes=1000)
    assert [a.id for a in result.articles] == ["short"]
    assert result.problems[0].origin == f"{feed}:1"
    assert result.problems[0].reason == f"line too long: {len(long_line)} bytes > limit 1000"


def test_latin1_file_is_reported_not_guessed(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Erdoğan met the café owner in Zürich.".encode("latin-1", errors="replace"))
    result = read_inputs([f])
    assert result.articles == []
    assert result.problems[0].origin == str(f)
    assert result.problems[0].reason.startswith("not valid UTF-8 text: byte 0xe9 at line 1")


def test_utf8_with_bom_is_read(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbfCaf\xc3\xa9 opens in Kyiv.")
    [article] = read_inputs([f]).articles
    assert article.text == "Café opens in Kyiv."


def test_utf16_file_gets_a_clear_reason(tmp_path: Path) -> None:
    f = tmp_path / "wide.txt"
    f.write_text("Some text", encoding="utf-16")
    [problem] = read_inputs([f]).problems
    assert "UTF-16" in problem.reason


def test_control_character_soup_is_binary(tmp_path: Path) -> None:
    f = tmp_path / "junk.md"
    f.write_bytes(bytes(range(1, 32)) * 20)
    assert read_inputs([f]).problems[0].reason == "binary file, not text"


def test_unreadable_file_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "secret.txt"
    f.write_text("classified")
    (tmp_path / "fine.txt").write_text("Public.")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", deny)
    result = read_inputs([tmp_path])
    assert [Path(a.origin).name for a in result.articles] == ["fine.txt"]
    assert result.problems == [ReadProblem(str(f), "cannot read: Permission denied")]


# --------------------------------------------------------------------------- JSONL / JSON


def test_jsonl_line_problems_are_specific(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Good one.", "published": "2024-02-12T10:00:00Z"}),
        "",
        "[1, 2]",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "   "}),
        json.dumps({"id": "d", "text": 42}),
        json.dumps({"id": {"x": 1}, "text": "Weird id."}),
        json.dumps({"id": 7, "text": "Numeric id.", "published": "sometime soon"}),
    ]
    feed.write_text("\n".join(lines) + "\n")
    result = read_inputs([feed])

    assert [(a.id, a.published) for a in result.articles] == [("a", "2024-02-12"), ("7", None)]
    assert reasons(result) == {
        f"{feed}:3": "not a JSON object (found a list)",
        f"{feed}:4": "missing or empty 'text'",
        f"{feed}:5": "missing or empty 'text'",
        f"{feed}:6": "'text' is not a string (found a number)",
        f"{feed}:7": "'id' is not a string or number (found an object)",
    }


def test_jsonl_fixture_keeps_own_id_and_metadata() -> None:
    result = read_inputs([FIXTURES / "articles.jsonl"])
    [article] = result.articles
    assert article.id == "nyt-001"
    assert article.title == "Wagner fighters leave Rostov"
    assert article.published == "2023-06-24"
    assert article.url == "https://example.com/wagner"
    assert article.source == "Example Times"
    [problem] = result.problems
    assert problem.origin == f"{FIXTURES / 'articles.jsonl'}:3"


def test_json_ids_are_kept_verbatim_even_if_not_iri_safe(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "AP news/2024 #1", "text": "Text."}) + "\n")
    assert read_inputs([feed]).articles[0].id == "AP news/2024 #1"


def test_gold_json_file_reads_as_one_article() -> None:
    assert GOLD.exists(), f"the shared eval set belongs beside the checkout: {GOLD}"
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    [article] = read_inputs([GOLD]).articles
    assert article.id == gold["id"] == "001-baykar-tb2-ukraine"
    assert article.title == gold["title"]
    assert article.published == gold["published"]
    assert article.text == gold["text"]
    assert article.source == gold["source"]
    assert article.url is None  # "" in the file means unknown
    assert article.origin == str(GOLD)


def test_json_list_gives_one_article_per_item(tmp_path: Path) -> None:
    f = tmp_path / "batch.json"
    f.write_text(json.dumps([{"id": "x", "text": "One."}, {"text": "Two."}, {"id": "z"}]))
    result = read_inputs([f])
    assert [a.id for a in result.articles][0] == "x"
    assert result.articles[1].id.startswith("a-")
    assert result.articles[1].origin == f"{f}[1]"
    assert result.problems == [ReadProblem(f"{f}[2]", "missing or empty 'text'")]


def test_broken_json_file_is_a_problem(tmp_path: Path) -> None:
    f = tmp_path / "broken.json"
    f.write_text('{"id": "x", "text": ')
    [problem] = read_inputs([f]).problems
    assert problem.origin == str(f)
    assert problem.reason.startswith("not valid JSON: ")


# --------------------------------------------------------------------------- HTML


def test_html_page_yields_article_body_and_metadata() -> None:
    [article] = read_inputs([FIXTURES / "news-page.html"]).articles
    text = article.text

    paragraphs = [
        "Dock workers at the port of Odesa walked off the job on Monday, "
        "halting grain shipments bound for Egypt and Turkey.",
        "The Ukrainian Sea Ports Authority said loading would resume "
        "once talks with the union ended.",
        "Maersk, which charters several of the affected vessels, declined to comment.",
    ]
    for p in paragraphs:
        assert p in text
    assert "\n\n".join(paragraphs) in text  # separated, and inline whitespace collapsed

    for junk in (
        "trackPageView",
        "font-family",
        "cookies",
        "Accept all",
        "Business",  # nav
        "All rights reserved",  # footer
        "Related articles",
        "Grain corridor reopens",
        "Share on",
        "Advertisement",
        "loadComments",
    ):
        assert junk not in text, junk

    assert article.title == "Port strike halts grain exports from Odesa"
    assert article.published == "2024-02-12"
    assert article.url == "https://herald.example.com/news/port-strike"
    assert article.source == "Harbour Herald"


def test_html_fallbacks_title_jsonld_date_and_publisher(tmp_path: Path) -> None:
    page = tmp_path / "plain.htm"
    page.write_text(
        "<html><head><title>Fallback title</title>"
        '<script type="application/ld+json">'
        '{"@graph": [{"@type": "NewsArticle", "datePublished": "2023-04-04T12:00:00+03:00",'
        ' "publisher": {"name": "Helsinki Daily"}}]}</script></head>'
        "<body><div>First block<br>second line</div><p>Finland joined NATO.</p></body></html>"
    )
    [article] = read_inputs([page]).articles
    assert article.title == "Fallback title"
    assert article.published == "2023-04-04"
    assert article.source == "Helsinki Daily"
    assert article.url is None
    assert article.text == "First block\n\nsecond line\n\nFinland joined NATO."


def test_html_wrapper_with_misleading_class_is_not_dropped(tmp_path: Path) -> None:
    page = tmp_path / "wrapped.html"
    page.write_text(
        '<html><body class="nav-open"><form id="aspnetForm">'
        '<div class="content has-sidebar"><p>Para one.</p><p>Para two.</p><p>Para three.</p></div>'
        '<div class="sidebar"><p>Most read today</p></div></form></body></html>'
    )
    [article] = read_inputs([page]).articles
    assert article.text == "Para one.\n\nPara two.\n\nPara three."


def test_html_without_text_is_a_problem(tmp_path: Path) -> None:
    page = tmp_path / "shell.html"
    page.write_text("<html><body><nav>Home</nav><script>app()</script></body></html>")
    assert read_inputs([page]).problems == [ReadProblem(str(page), "no article text found in HTML")]


# --------------------------------------------------------------------------- Markdown / text


def test_markdown_front_matter_and_markup_are_removed() -> None:
    [article] = read_inputs([FIXTURES / "briefing.md"]).articles
    assert article.title == "Weekly briefing: Red Sea shipping"
    assert article.published == "2024-01-15"
    assert article.url == "https://notes.example.org/briefing-red-sea"
    assert article.source == "Analyst Desk"
    text = article.text
    assert text.startswith("Red Sea shipping update\n\n")
    assert "Maersk paused transits through the Bab el-Mandeb strait" in text
    assert "the Houthi movement on container ships." in text
    assert "Insurers raised war-risk premiums." in text
    assert "route: Suez -> Cape of Good Hope" in text  # code kept as text
    assert "snake_case_name" in text
    for markup in ("---", "tags:", "#", "**", "](", "![", "red-sea.png", "```", "wikipedia"):
        assert markup not in text, markup


def test_markdown_without_front_matter_takes_heading_as_title(tmp_path: Path) -> None:
    f = tmp_path / "note.md"
    f.write_text("\n## *Drone* strikes on Zaporizhzhia\n\nShelling continued overnight.\n")
    [article] = read_inputs([f]).articles
    assert article.title == "Drone strikes on Zaporizhzhia"
    assert article.published is None


def test_text_file_title_is_first_non_empty_line() -> None:
    [article] = read_inputs([FIXTURES / "finland.txt"]).articles
    assert article.title == "Finland joins NATO"
    assert "31st member of NATO" in article.text


# --------------------------------------------------------------------------- ids


def test_ids_are_stable_and_independent_of_file_name(tmp_path: Path) -> None:
    a = tmp_path / "one" / "story.txt"
    b = tmp_path / "two" / "copy-with-other-name.txt"
    a.parent.mkdir()
    b.parent.mkdir()
    shutil.copy(FIXTURES / "finland.txt", a)
    shutil.copy(FIXTURES / "finland.txt", b)
    first = read_inputs([a, b])
    second = read_inputs([tmp_path])
    ids = [x.id for x in first.articles]
    assert ids[0] == ids[1]
    assert ids[0].startswith("a-") and len(ids[0]) == 18
    assert [x.id for x in second.articles] == ids  # duplicates are kept, not deduped
    other = tmp_path / "other.txt"
    other.write_text("A different story.")
    assert read_inputs([other]).articles[0].id != ids[0]


def test_suffixes_constant() -> None:
    assert SUFFIXES == (".jsonl", ".json", ".txt", ".md", ".html", ".htm")
