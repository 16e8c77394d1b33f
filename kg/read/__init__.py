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
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

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
    from kg.read.html import _from_html
    from kg.read.jsonl import _read_json, _read_jsonl
    from kg.read.markdown import _from_markdown

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


# --------------------------------------------------------------------------- plain text


def _from_plain(text: str, origin: str) -> Article | ReadProblem:
    text = _clean_newlines(text).strip()
    return Article(id=_content_id(text), text=text, title=_first_line(text), origin=origin)
