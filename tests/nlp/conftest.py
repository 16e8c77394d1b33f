"""Shared fixtures for the NLP stage tests: the pipeline and small texts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.model import Article, Extraction

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nlp"


@pytest.fixture(scope="session")
def texts() -> dict[str, str]:
    return json.loads((FIXTURES / "texts.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def run() -> Callable[..., Extraction]:
    """Extract one article from a text (the real model, end to end)."""
    from kg.nlp import extract

    def _run(text: str, published: str | None = "2024-03-15") -> Extraction:
        return next(extract([Article(id="t", text=text, published=published)]))

    return _run
