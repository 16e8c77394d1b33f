"""JSON and JSON Lines records: one article per object, every bad line or item reported."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

from kg.model import Article, ReadProblem
from kg.read import _SNIFF_BYTES, MAX_LINE_BYTES, _content_id, _decode, _sniff
from kg.read.dates import _normalise_date


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
