"""Markdown notes: front matter for metadata, and the markup stripped to plain sentences."""

from __future__ import annotations

import re

from kg.model import Article, ReadProblem
from kg.read import _clean_newlines, _content_id, _first_line
from kg.read.dates import _normalise_date

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
