"""Saved web pages: the story's text without page furniture, and the page's metadata."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from kg.model import Article, ReadProblem
from kg.read import _content_id, _first_line
from kg.read.dates import _normalise_date

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
