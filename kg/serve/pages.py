"""Server-rendered HTML: the entity and article pages, and the layout they share.

Every value from the store or the request goes through `html.escape`
(attributes too), and links are built with `urllib.parse.quote`, so no
label, sentence or IRI can inject markup.  Pages use only the package's
own stylesheet: nothing is fetched from the network.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote, urlsplit

from kg.serve.lookups import (
    ENTITY_PREFIX,
    ArticleView,
    EntityView,
    Evidence,
    article_id,
    compact,
)


def e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def layout(title: str, body: str) -> str:
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} · kg</title>
<link rel="stylesheet" href="/assets/style.css">
</head>
<body>
<header class="top"><a class="brand" href="/">kg</a> <span class="sub">news knowledge graph</span>
<nav><a href="/">Query</a></nav></header>
<main class="page">
{body}
</main>
</body>
</html>
"""


def error_page(status: int, message: str) -> str:
    return layout(f"Error {status}", f"<h1>Error {status}</h1><p class='error'>{e(message)}</p>")


def entity_href(iri: str) -> str:
    return "/entity?iri=" + quote(iri, safe="")


def article_href(article_id_: str, ev: Evidence | None = None) -> str:
    href = "/article?id=" + quote(article_id_, safe="")
    if ev is not None and ev.start and ev.end:
        href += f"&hl={quote(ev.start)}-{quote(ev.end)}"
    return href


def iri_link(iri: str, label: str | None = None) -> str:
    """A link to the page that shows an IRI (entity or article), or the IRI as text."""
    text = label or compact(iri)
    aid = article_id(iri)
    if aid is not None:
        return f'<a href="{e(article_href(aid))}">{e(text)}</a>'
    if iri.startswith(ENTITY_PREFIX):
        return f'<a href="{e(entity_href(iri))}">{e(text)}</a>'
    return f'<span class="iri" title="{e(iri)}">{e(text)}</span>'


def _source(ev: Evidence | None) -> str:
    if ev is None:
        return ""
    where = ""
    aid = article_id(ev.article) if ev.article else None
    if aid is not None:
        where = (
            f' <span class="from">— <a href="{e(article_href(aid, ev))}">'
            f"{e(ev.headline or aid)}</a></span>"
        )
    return f'<blockquote class="sentence">{e(ev.sentence)}{where}</blockquote>'


def entity_page(view: EntityView) -> str:
    types = ", ".join(e(compact(t)) for t in view.types) or "<em>untyped</em>"
    names = "".join(f"<li>{e(n)}</li>" for n in view.names)
    parts = [
        f"<h1>{e(view.label)}</h1>",
        f'<p class="meta"><span class="types">{types}</span> · <code>{e(view.iri)}</code></p>',
        f"<section><h2>Names</h2><ul class='names'>{names or '<li><em>none</em></li>'}</ul>"
        "</section>",
    ]
    for direction, heading in (("out", "Relations out"), ("in", "Relations in")):
        rows = [r for r in view.relations if r.direction == direction]
        items = []
        for r in rows:
            pred = e(compact(r.predicate).removeprefix("nkg:"))
            other = iri_link(r.other, r.other_label)
            triple = (
                f"<b>{e(view.label)}</b> <i>{pred}</i> {other}"
                if direction == "out"
                else f"{other} <i>{pred}</i> <b>{e(view.label)}</b>"
            )
            items.append(f"<li>{triple}{_source(r.evidence)}</li>")
        body = "".join(items) or "<li><em>none</em></li>"
        parts.append(
            f"<section><h2>{heading} ({len(rows)})</h2><ul class='rel'>{body}</ul></section>"
        )
    for role, heading in (("by", "Claims by"), ("about", "Claims about")):
        rows = [c for c in view.claims if c.role == role]
        items = []
        for c in rows:
            date = f' <span class="date">{e(c.date)}</span>' if c.date else ""
            items.append(
                f'<li><span class="stance stance-{e(c.stance)}">{e(c.stance)}</span> '
                f"{iri_link(c.speaker, c.speaker_label)}: “{e(c.text)}”{date}"
                f"{_source(c.evidence)}</li>"
            )
        body = "".join(items) or "<li><em>none</em></li>"
        parts.append(
            f"<section><h2>{heading} {e(view.label)} ({len(rows)})</h2>"
            f"<ul class='claims'>{body}</ul></section>"
        )
    sentences = "".join(f"<li>{_source(ev)}</li>" for ev in view.sentences)
    parts.append(
        f"<section><h2>Source sentences ({len(view.sentences)})</h2>"
        f"<ul class='sources'>{sentences or '<li><em>none</em></li>'}</ul></section>"
    )
    mentions = "".join(
        f"<li>{iri_link(r['article'], r.get('headline'))}"
        f"{' <span class=date>' + e(r['date']) + '</span>' if r.get('date') else ''}</li>"
        for r in view.mentioned_in
    )
    parts.append(
        f"<section><h2>Mentioned in ({len(view.mentioned_in)})</h2>"
        f"<ul>{mentions or '<li><em>none</em></li>'}</ul></section>"
    )
    return layout(view.label, "\n".join(parts))


def _highlighted(text: str, hl: str | None) -> str:
    """The article text as paragraphs, with the sentence at offsets `start-end` marked."""
    start = end = -1
    if hl:
        a, _, b = hl.partition("-")
        if a.isdigit() and b.isdigit() and int(a) < int(b) <= len(text):
            start, end = int(a), int(b)
    if start >= 0:
        body = e(text[:start]) + f'<mark id="hl">{e(text[start:end])}</mark>' + e(text[end:])
    else:
        body = e(text)
    return "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())


def article_page(view: ArticleView, hl: str | None = None) -> str:
    url = ""
    if view.url:
        scheme = urlsplit(view.url).scheme.lower()
        url = (
            f'<a href="{e(view.url)}" rel="noreferrer noopener">{e(view.url)}</a>'
            if scheme in ("http", "https")
            else e(view.url)
        )
    meta = [
        ("Date", e(view.date)),
        ("Publisher", e(view.publisher)),
        ("URL", url),
        ("Id", f"<code>{e(view.id)}</code>"),
    ]
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in meta if v)
    entities = "".join(
        f"<li>{iri_link(r['entity'], r.get('label'))}"
        f"{' <span class=type>' + e(compact(r['type'])) + '</span>' if r.get('type') else ''}"
        "</li>"
        for r in view.entities
    )
    body = f"""<h1>{e(view.headline or view.id)}</h1>
<table class="meta">{rows}</table>
<article class="text">{_highlighted(view.text, hl)}</article>
<section><h2>Entities mentioned ({len(view.entities)})</h2>
<ul class="entities">{entities or "<li><em>none</em></li>"}</ul></section>"""
    return layout(view.headline or view.id, body)
