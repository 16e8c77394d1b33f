"""Find page-furniture lines (weather, teasers, support pleas) in scraped text.

Scrapers keep headers and footers around the article body; names in them
("Lisbon" next to a temperature, "Read also: ..." teasers) are not part of
what the article states, so the extractor ignores those lines entirely. A
picture's caption is read (it says where and what), its credit is not.
"""

from __future__ import annotations

import re

from kg.nlp.vocab import Vocab

_SHORT_PLACE = re.compile(r"^\s*[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}\s*$")


def furniture_ranges(text: str, vocab: Vocab) -> list[tuple[int, int]]:
    """Character ranges (start, end) of lines that are page furniture."""
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, pos + len(line.rstrip("\r\n")), line.rstrip("\r\n")))
        pos += len(line)
    ranges: list[tuple[int, int]] = []
    weather_idx: set[int] = set()
    for i, (start, end, line) in enumerate(lines):
        if not line.strip():
            continue
        if any(p.match(line) for p in vocab.weather) and re.search(r"\d", line):
            weather_idx.add(i)
            ranges.append((start, end))
        elif any(p.match(line) for p in vocab.furniture):
            ranges.append((start, end))
        else:  # "... in Zedville. (Photo: Jane Roe / AFP)": the credit, not the caption
            ranges += [
                (start + m.start(), start + m.end())
                for p in vocab.credits
                for m in p.finditer(line)
            ]
    # a bare place name just before or after a weather line belongs to it
    for i in weather_idx:
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and _SHORT_PLACE.match(lines[j][2]) and j not in weather_idx:
                ranges.append((lines[j][0], lines[j][1]))
    return sorted(set(ranges))


def in_ranges(start: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether a character offset falls inside one of the ranges."""
    return any(s <= start < e for s, e in ranges)
