"""Read articles from disk, tolerating the mess that real collections contain.

Analysts point the tool at whatever folder their scraper or colleague left
behind: JSONL dumps, saved web pages, Markdown notes, stray binaries.  One bad
file must not sink a run of thousands, so every data problem becomes a
`ReadProblem` that names the file (and line) and says what to fix, while the
good inputs still flow on.  Only a path that does not exist at all is a usage
error (`InputError`): there is nothing sensible to read in that case.

The stage hands the NLP stage natural sentences, so saved pages are stripped
of menus, adverts and other page furniture, and Markdown of its markup.  Ids
come from the input when it has one and otherwise from the text itself, so
re-reading the same content (under any file name) gives the same graph nodes.
Duplicate ids are passed on unchanged; deciding which copy wins is the
caller's business, because only the caller sees the whole run.
"""

from __future__ import annotations

import codecs
import email.utils
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from kg.errors import InputError
from kg.model import Article, ReadProblem

__all__ = [
    "MAX_BYTES",
    "MAX_LINE_BYTES",
    "SUFFIXES",
    "ReadResult",
    "iter_inputs",
    "read_inputs",
]

MAX_BYTES: int = 5 * 1024 * 1024
"""Largest file read whole (.json, .txt, .md, .html); larger ones are reported."""

MAX_LINE_BYTES: int = 1024 * 1024
"""Largest single line of a .jsonl file (a .jsonl file itself is streamed, not capped)."""

SUFFIXES: tuple[str, ...] = (".jsonl", ".json", ".txt", ".md", ".html", ".htm")

_SNIFF_BYTES = 8192
_CONTROL_SHARE = 0.10
_TITLE_MAX = 300


@dataclass
class ReadResult:
    """Everything one run read: the usable articles and the inputs that were not."""

    articles: list[Article] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)


def read_inputs(paths: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> ReadResult:
    """Read every article under `paths` (files or folders).

    Raises `InputError` if a path does not exist; every other trouble is a
    `ReadProblem` in the result.  Articles with the same id are all returned.
    """
    result = ReadResult()
    for item in iter_inputs(paths, max_bytes):
        if isinstance(item, Article):
            result.articles.append(item)
        else:
            result.problems.append(item)
    return result


def iter_inputs(
    paths: Iterable[str | Path], max_bytes: int = MAX_BYTES
) -> Iterator[Article | ReadProblem]:
    """Yield articles and problems one by one, in input order.

    Folders are walked recursively in sorted order, taking files whose suffix
    is in `SUFFIXES` and skipping hidden files and folders.  A file named
    explicitly with another suffix is reported.  Every path is checked before
    anything is read, so a typo raises `InputError` straight away.

    `max_bytes` caps each file read whole; for .jsonl files it caps each line
    (at most `MAX_LINE_BYTES`).  Origins are the file path, with ":LINE" for a
    .jsonl line and "[INDEX]" (0-based) for an item of a .json list.
    Duplicate ids are not removed here.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    items = [paths] if isinstance(paths, str | Path) else list(paths)
    checked: list[Path] = []
    missing: list[str] = []
    for raw in items:
        path = Path(raw)
        if not path.exists():
            missing.append(str(raw))
        checked.append(path)
    if missing:
        raise InputError("input path does not exist: " + ", ".join(missing))
    return _iter_checked(checked, max_bytes)


# --------------------------------------------------------------------------- walking


def _iter_checked(paths: list[Path], max_bytes: int) -> Iterator[Article | ReadProblem]:
    for path in paths:
        if path.is_dir():
            for file in _walk(path):
                if isinstance(file, ReadProblem):
                    yield file
                else:
                    yield from _read_file(file, max_bytes)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield from _read_file(path, max_bytes)
            else:
                yield ReadProblem(str(path), _unsupported(path))
        else:
            yield ReadProblem(str(path), "cannot read: not a regular file or folder")


def _unsupported(path: Path) -> str:
    expected = ", ".join(SUFFIXES)
    if not path.suffix:
        return f"unsupported file type (no suffix; expected one of {expected})"
    return f"unsupported file type {path.suffix} (expected one of {expected})"


def _walk(folder: Path) -> Iterator[Path | ReadProblem]:
    """Files to read under `folder`, depth first in name order.

    Symlinked folders are not followed (they can loop); a folder that cannot
    be listed is reported, since its articles would silently be missing.
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield ReadProblem(str(folder), f"cannot read folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path))
            elif entry.is_file() and Path(entry.name).suffix.lower() in SUFFIXES:
                yield Path(entry.path)
        except OSError:
            continue


# --------------------------------------------------------------------------- files


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | ReadProblem]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, origin, max_bytes)
        return
    loaded = _load_text(path, origin, max_bytes)
    if isinstance(loaded, ReadProblem):
        yield loaded
        return
    if suffix == ".json":
        yield from _read_json(loaded, origin)
    elif suffix == ".md":
        yield _from_markdown(loaded, origin)
    elif suffix in (".html", ".htm"):
        yield _from_html(loaded, origin)
    else:
        yield _from_plain(loaded, origin)


def _load_text(path: Path, origin: str, max_bytes: int) -> str | ReadProblem:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return ReadProblem(origin, f"file too large: {size} bytes > limit {max_bytes}")
        if size == 0:
            return ReadProblem(origin, "empty file")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return ReadProblem(origin, f"cannot read: {exc.strerror or exc}")
    if len(data) > max_bytes:  # grew since stat
        return ReadProblem(origin, f"file too large: {len(data)}+ bytes > limit {max_bytes}")
    bad = _sniff(data[:_SNIFF_BYTES])
    if bad:
        return ReadProblem(origin, bad)
    text = _decode(data, origin)
    if isinstance(text, ReadProblem):
        return text
    if not text.strip():
        return ReadProblem(origin, "empty file")
    return text


def _sniff(head: bytes) -> str | None:
    """Reason why these first bytes are not UTF-8 text, if they obviously are not."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "not valid UTF-8 text: file is UTF-16/UTF-32 (byte order mark found); save as UTF-8"
    if b"\x00" in head:
        return "binary file, not text"
    if head:
        controls = sum(1 for b in head if (b < 32 and b not in (9, 10, 12, 13)) or b == 127)
        if controls / len(head) > _CONTROL_SHARE:
            return "binary file, not text"
    return None


def _decode(data: bytes, origin: str, line: int | None = None) -> str | ReadProblem:
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        if line is None:
            line = data.count(b"\n", 0, offset) + 1
        detail = f"byte 0x{data[offset]:02x} at line {line} (offset {offset}): {exc.reason}"
        return ReadProblem(origin, f"not valid UTF-8 text: {detail}")


def _content_id(text: str) -> str:
    return "a-" + hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) > _TITLE_MAX:
                cut = line[:_TITLE_MAX].rsplit(" ", 1)[0]
                return cut.rstrip() + "…"
            return line
    return ""


def _clean_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- JSON / JSONL


def _read_jsonl(path: Path, origin: str, max_bytes: int) -> Iterator[Article | ReadProblem]:
    limit = min(max_bytes, MAX_LINE_BYTES)
    try:
        if path.stat().st_size == 0:
            yield ReadProblem(origin, "empty file")
            return
        with path.open("rb") as fh:
            bad = _sniff(fh.read(_SNIFF_BYTES))
            if bad:
                yield ReadProblem(origin, bad)
                return
            fh.seek(0)
            lineno = 0
            seen_content = False
            while True:
                raw = fh.readline(limit + 1)
                if not raw:
                    break
                lineno += 1
                where = f"{origin}:{lineno}"
                if len(raw) > limit and not raw.endswith(b"\n"):
                    total = len(raw)
                    while not raw.endswith(b"\n"):
                        raw = fh.readline(1 << 16)
                        if not raw:
                            break
                        total += len(raw)
                    total -= 1 if raw.endswith(b"\n") else 0
                    seen_content = True
                    yield ReadProblem(where, f"line too long: {total} bytes > limit {limit}")
                    continue
                if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                if not raw.strip():
                    continue
                seen_content = True
                line = _decode(raw, where, lineno)
                if isinstance(line, ReadProblem):
                    yield line
                    continue
                try:
                    obj = json.loads(line.rstrip("\r\n"))
                except json.JSONDecodeError as exc:
                    yield ReadProblem(where, f"not valid JSON: {exc.msg} (column {exc.colno})")
                    continue
                yield _record(obj, where)
    except OSError as exc:
        yield ReadProblem(origin, f"cannot read: {exc.strerror or exc}")
        return
    if not seen_content:
        yield ReadProblem(origin, "empty file")


def _read_json(text: str, origin: str) -> Iterator[Article | ReadProblem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadProblem(
            origin, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        )
        return
    if isinstance(data, list):
        if not data:
            yield ReadProblem(origin, "JSON list is empty, no articles")
        for i, obj in enumerate(data):
            yield _record(obj, f"{origin}[{i}]")
    elif isinstance(data, dict):
        yield _record(data, origin)
    else:
        yield ReadProblem(
            origin, f"JSON holds {_json_type(data)}, expected an object or a list of objects"
        )


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _record(obj: object, origin: str) -> Article | ReadProblem:
    """One article from a decoded JSON value (extra fields such as gold annotations ignored)."""
    if not isinstance(obj, dict):
        return ReadProblem(origin, f"not a JSON object (found {_json_type(obj)})")
    text = obj.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        return ReadProblem(origin, "missing or empty 'text'")
    if not isinstance(text, str):
        return ReadProblem(origin, f"'text' is not a string (found {_json_type(text)})")
    raw_id = obj.get("id")
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        article_id = _content_id(text)
    elif isinstance(raw_id, str):
        article_id = raw_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        article_id = str(raw_id)
    else:
        return ReadProblem(origin, f"'id' is not a string or number (found {_json_type(raw_id)})")
    return Article(
        id=article_id,
        text=text,
        title=_str_field(obj.get("title")) or "",
        published=_normalise_date(obj.get("published")),
        url=_str_field(obj.get("url")),
        source=_str_field(obj.get("source")),
        origin=origin,
    )


def _str_field(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


# --------------------------------------------------------------------------- dates

_ISO_DATE = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?=$|[T\s_])")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?=$|T)")
_TEXT_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


def _normalise_date(value: object) -> str | None:
    """`YYYY-MM-DD` for a date or datetime string, None when absent or unparseable.

    A datetime keeps the calendar date it was written with: converting to UTC
    would move late-evening stories to the next day.
    """
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    for pattern, groups in ((_ISO_DATE, (1, 3, 4)), (_COMPACT_DATE, (1, 2, 3))):
        m = pattern.match(s)
        if m:
            try:
                y, mo, d = (int(m.group(g)) for g in groups)
                return date(y, mo, d).isoformat()
            except ValueError:
                return None
    try:
        return email.utils.parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s.replace(".", ""))
    for fmt in _TEXT_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


# --------------------------------------------------------------------------- plain text


def _from_plain(text: str, origin: str) -> Article | ReadProblem:
    text = _clean_newlines(text).strip()
    return Article(id=_content_id(text), text=text, title=_first_line(text), origin=origin)


# --------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FM_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_FM_KEYS = {
    "title": "title",
    "date": "published",
    "published": "published",
    "url": "url",
    "source": "source",
    "publisher": "source",
}
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_ESCAPABLE = "\\`*_{}[]()#+-.!>~|"
_PROTECT = {c: chr(0xE000 + i) for i, c in enumerate(_ESCAPABLE)}
_UNPROTECT = {v: k for k, v in _PROTECT.items()}
_NO_BLANK = r"(?:(?!\n[ \t]*\n)[^\x00])"  # any char, but never across a blank line
_INLINE_SUBS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), ""),
    (re.compile(r"\[([^\]]*)\]\([^)\s]*(?:\s+[\"'(][^)]*)?\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>"), r"\1"),
    (re.compile(r"<([^@>\s]+@[^>\s]+\.[^>\s]+)>"), r"\1"),
    (re.compile(r"\*\*(?=\S)(" + _NO_BLANK + r"+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"(?<!\w)__(?=\S)(" + _NO_BLANK + r"+?)(?<=\S)__(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)(" + _NO_BLANK + r"+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\*(?=[^\s*])(" + _NO_BLANK + r"+?)(?<=[^\s*])\*"), r"\1"),
    (re.compile(r"(?<!\w)_(?=[^\s_])(" + _NO_BLANK + r"+?)(?<=[^\s_])_(?!\w)"), r"\1"),
    (
        re.compile(
            r"</?(?:br|span|div|p|sup|sub|em|strong|b|i|u|a|img|small|font|center|mark)\b[^>]*>",
            re.IGNORECASE,
        ),
        "",
    ),
)


def _from_markdown(source: str, origin: str) -> Article | ReadProblem:
    source = _clean_newlines(source)
    meta, body = _front_matter(source)
    text = _markdown_to_text(body)
    if not text:
        return ReadProblem(origin, "no text left after removing Markdown markup")
    return Article(
        id=_content_id(text),
        text=text,
        title=meta.get("title") or _first_line(text),
        published=_normalise_date(meta.get("published")),
        url=meta.get("url"),
        source=meta.get("source"),
        origin=origin,
    )


def _front_matter(source: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` front matter (the subset of YAML notes actually use)."""
    m = _FRONT_MATTER.match(source.lstrip("\ufeff"))
    if not m:
        return {}, source
    meta: dict[str, str] = {}
    found_key = False
    for line in m.group(1).split("\n"):
        lm = _FM_LINE.match(line)
        if not lm:
            continue
        found_key = True
        key = _FM_KEYS.get(lm.group(1).lower())
        value = lm.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if key and value and key not in meta:
            meta[key] = value.strip()
    if not found_key:
        return {}, source
    return meta, source.lstrip("\ufeff")[m.end() :]


def _markdown_to_text(md: str) -> str:
    out: list[str] = []
    prose: list[str] = []
    fence: str | None = None

    def flush() -> None:
        if prose:
            out.append(_inline_markdown("\n".join(prose)))
            prose.clear()

    for line in md.split("\n"):
        if fence is not None:
            stripped = line.strip()
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                fence = None
                continue
            out.append(line.rstrip())  # code is kept as written
            continue
        fm = _FENCE.match(line)
        if fm:
            flush()
            fence = fm.group(1)
            continue
        previous = prose[-1] if prose else ""
        if _SETEXT.match(line) and previous.strip():
            continue
        if _RULE.match(line) or _REF_DEF.match(line):
            prose.append("")
            continue
        hm = _HEADING.match(line)
        if hm:
            line = hm.group(1)
        else:
            line = _QUOTE.sub("", line)
            line = _BULLET.sub("", line)
        prose.append(line.rstrip())
    flush()
    text = "\n".join(out)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _inline_markdown(chunk: str) -> str:
    chunk = re.sub(r"\\([" + re.escape(_ESCAPABLE) + r"])", lambda m: _PROTECT[m.group(1)], chunk)
    chunk = re.sub(
        r"(`+)(.+?)\1",
        lambda m: "".join(_PROTECT.get(c, c) for c in m.group(2).strip()),
        chunk,
        flags=re.DOTALL,
    )
    for pattern, repl in _INLINE_SUBS:
        chunk = pattern.sub(repl, chunk)
    return "".join(_UNPROTECT.get(c, c) for c in chunk)


# --------------------------------------------------------------------------- HTML

_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "iframe",
        "svg",
        "button",
        "select",
        "input",
        "textarea",
        "dialog",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "map",
    }
)
# Page regions that could, on odd sites, wrap the whole story; kept if they do.
_STRUCTURAL_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})
_NEVER_DROP = frozenset({"html", "body", "article", "main"})
_JUNK_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "menu",
        "menubar",
        "search",
        "dialog",
        "alertdialog",
    }
)
_JUNK_WORDS = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "menubar",
        "breadcrumb",
        "breadcrumbs",
        "masthead",
        "header",
        "footer",
        "sidebar",
        "ad",
        "ads",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "sponsor",
        "sponsored",
        "promo",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "newsletter",
        "subscribe",
        "signup",
        "share",
        "sharing",
        "social",
        "related",
        "recommended",
        "trending",
        "popular",
        "mostread",
        "comment",
        "comments",
        "disqus",
        "popup",
        "modal",
        "banner",
        "skip",
        "toolbar",
        "outbrain",
        "taboola",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "div",
        "br",
        "tr",
        "section",
        "article",
        "main",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "figure",
        "figcaption",
        "pre",
        "hr",
        "address",
        "details",
        "summary",
        "caption",
    }
)
_CELL_TAGS = frozenset({"td", "th"})
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_WS = re.compile(r"\s+")
_CONTENT_SELECTOR = "article, main, [role=main]"
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "date",
    "datepublished",
)
_PUBLISHED_META_EXTRA = (
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
)


def _from_html(source: str, origin: str) -> Article | ReadProblem:
    try:
        tree = LexborHTMLParser(source)
    except Exception as exc:  # the parser is lenient; this is a last resort
        return ReadProblem(origin, f"cannot parse HTML: {exc}")
    meta = _html_meta(tree)
    _remove_boilerplate(tree)
    text = ""
    for root in _content_roots(tree):
        text = _block_text(root)
        if text:
            break
    if not text:
        return ReadProblem(origin, "no article text found in HTML")
    return Article(
        id=_content_id(text),
        text=text,
        title=meta.get("title") or _first_line(text),
        published=meta.get("published"),
        url=meta.get("url"),
        source=meta.get("source"),
        origin=origin,
    )


def _attr(node: LexborNode, name: str) -> str:
    value = node.attributes.get(name)
    return value.strip() if isinstance(value, str) else ""


def _html_meta(tree: LexborHTMLParser) -> dict[str, str]:
    metas: dict[str, str] = {}
    for node in tree.css("meta"):
        content = _attr(node, "content")
        if not content:
            continue
        for key_attr in ("property", "name", "itemprop"):
            key = _attr(node, key_attr).lower()
            if key:
                metas.setdefault(key, content)
    ld = _json_ld(tree)
    found: dict[str, str] = {}

    title = metas.get("og:title") or metas.get("twitter:title")
    if not title:
        node = tree.css_first("title")
        title = _WS.sub(" ", node.text()).strip() if node else ""
    if not title:
        node = tree.css_first("h1")
        title = _WS.sub(" ", node.text()).strip() if node else ""
    title = title or ld.get("headline", "")
    if title:
        found["title"] = title

    candidates: list[str] = [metas.get(k, "") for k in _PUBLISHED_META]
    for node in tree.css("[itemprop=datePublished]"):
        candidates += [_attr(node, "datetime"), _attr(node, "content")]
    for node in tree.css("article time[datetime]"):
        candidates.append(_attr(node, "datetime"))
    candidates.append(ld.get("datePublished", ""))
    candidates += [metas.get(k, "") for k in _PUBLISHED_META_EXTRA]
    for candidate in candidates:
        published = _normalise_date(candidate)
        if published:
            found["published"] = published
            break

    url = ""
    for node in tree.css("link[rel]"):
        if "canonical" in _attr(node, "rel").lower().split():
            url = _attr(node, "href")
            if url:
                break
    url = url or metas.get("og:url", "")
    if url:
        found["url"] = url

    source = metas.get("og:site_name") or ld.get("publisher", "")
    if source:
        found["source"] = source
    return found


def _json_ld(tree: LexborHTMLParser) -> dict[str, str]:
    """datePublished, publisher (name) and headline from the page's JSON-LD, first found."""
    found: dict[str, str] = {}
    for script in tree.css("script[type]"):
        if "ld+json" not in _attr(script, "type").lower():
            continue
        try:
            data: Any = json.loads(script.text(), strict=False)
        except (json.JSONDecodeError, ValueError):
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                for key in ("datePublished", "headline"):
                    value = item.get(key)
                    if isinstance(value, str) and value.strip():
                        found.setdefault(key, value.strip())
                publisher = item.get("publisher")
                if isinstance(publisher, list) and publisher:
                    publisher = publisher[0]
                if isinstance(publisher, dict):
                    publisher = publisher.get("name")
                if isinstance(publisher, str) and publisher.strip():
                    found.setdefault("publisher", publisher.strip())
                stack.extend(reversed([v for v in item.values() if isinstance(v, dict | list)]))
    return found


def _class_words(node: LexborNode) -> set[str]:
    words: set[str] = set()
    for attr in ("class", "id"):
        value = _attr(node, attr)
        if value:
            words.update(w for w in _WORD_SPLIT.split(_CAMEL.sub(" ", value).lower()) if w)
    return words


def _paragraph_chars(node: LexborNode) -> int:
    return sum(len(p.text().strip()) for p in node.css("p"))


def _is_junk(node: LexborNode, body_chars: int) -> bool:
    """Whether `node` is page furniture rather than story.

    Class and id words are only a hint: a wrapper such as
    `<div class="content has-sidebar">` that holds the article (or most of the
    page's paragraph text) is kept.
    """
    tag = node.tag or ""
    if tag in _NEVER_DROP:
        return False
    if tag in _DROP_TAGS:
        if tag not in _STRUCTURAL_TAGS:
            return True
        if node.css_first(_CONTENT_SELECTOR) is not None:
            return False
        return not (tag == "form" and len(node.css("p")) >= 3)
    hidden = "hidden" in node.attributes or _attr(node, "aria-hidden").lower() == "true"
    marked = (
        hidden
        or _attr(node, "role").lower() in _JUNK_ROLES
        or not _class_words(node).isdisjoint(_JUNK_WORDS)
    )
    if not marked or node.css_first(_CONTENT_SELECTOR) is not None:
        return False
    return not (body_chars and _paragraph_chars(node) * 2 > body_chars)


def _remove_boilerplate(tree: LexborHTMLParser) -> None:
    start = tree.body
    if start is None:
        return
    body_chars = _paragraph_chars(start)
    junk: list[LexborNode] = []
    stack = list(start.iter())
    while stack:
        node = stack.pop()
        if _is_junk(node, body_chars):
            junk.append(node)  # its descendants go with it
        else:
            stack.extend(node.iter())
    for node in junk:
        node.decompose()


def _content_roots(tree: LexborHTMLParser) -> Iterator[LexborNode]:
    """Where the story most likely is: the fullest <article>, then <main>, then <body>."""
    articles = sorted(tree.css("article"), key=lambda n: len(n.text().strip()), reverse=True)
    if articles:
        yield articles[0]
    main = tree.css_first("main") or tree.css_first("[role=main]")
    if main is not None:
        yield main
    if tree.body is not None:
        yield tree.body


def _block_text(root: LexborNode) -> str:
    blocks: list[str] = []
    inline: list[str] = []

    def flush() -> None:
        piece = _WS.sub(" ", "".join(inline)).strip()
        inline.clear()
        if piece:
            blocks.append(piece)

    stack: list[LexborNode | None] = [root]
    while stack:
        node = stack.pop()
        if node is None:
            flush()
            continue
        if node.is_text_node:
            inline.append(node.text_content or "")
            continue
        if not node.is_element_node:
            continue
        tag = node.tag or ""
        if tag in _BLOCK_TAGS:
            flush()
            stack.append(None)
        elif tag in _CELL_TAGS:
            inline.append(" ")
        stack.extend(reversed(list(node.iter(include_text=True))))
    flush()
    return "\n\n".join(blocks)
