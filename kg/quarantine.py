"""The quarantine: statements that failed validation, kept aside with their report.

It lives in a folder beside the database (never inside it), one folder per
article, so that no analyst query sees quarantined data by accident and
rebuilding an article replaces what it had set aside.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.mapping import article_segment


@dataclass(frozen=True)
class QuarantineRecord:
    """What one article had set aside at validation, and why."""

    article_id: str
    violations: list[dict[str, str]]
    data_path: Path
    report_path: Path


@dataclass(frozen=True)
class QuarantineFolder:
    root: Path

    def write(
        self, article_id: str, data: Graph, report: Graph, violations: list[dict[str, str]]
    ) -> None:
        """Write all three files, then swap the folder in, so a reader never sees half."""
        folder = self.root / article_segment(article_id)
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        data.serialize(tmp / "data.ttl", format="turtle")
        report.serialize(tmp / "report.ttl", format="turtle")
        (tmp / "violations.json").write_text(
            json.dumps({"article": article_id, "violations": violations}, indent=2)
        )
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)

    def clear(self, article_id: str) -> None:
        shutil.rmtree(self.root / article_segment(article_id), ignore_errors=True)

    def records(self) -> list[QuarantineRecord]:
        if not self.root.is_dir():
            return []
        out = []
        for folder in sorted(p for p in self.root.iterdir() if p.is_dir()):
            if folder.suffix == ".tmp":
                continue
            try:
                meta = json.loads((folder / "violations.json").read_text())
            except (OSError, json.JSONDecodeError):
                continue
            out.append(
                QuarantineRecord(
                    article_id=meta["article"],
                    violations=meta["violations"],
                    data_path=folder / "data.ttl",
                    report_path=folder / "report.ttl",
                )
            )
        return out
