"""Findings: what is wrong (galat) or suspicious (peringatan) in the input.

Every finding names the file, sheet and cell, the value found and what was
expected, in Bahasa Indonesia, so a clerk can fix the workbook.

>>> f = Finding("galat", "a.xlsx", "Realisasi", "E7", "abc", "angka", "bukan angka")
>>> f.format()
"GALAT  a.xlsx, sheet 'Realisasi', sel E7: bukan angka. Ditemukan: 'abc'. Seharusnya: angka."
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Literal

import pandas as pd

from sakiplib.fmt import angka

Severity = Literal["galat", "peringatan"]
GALAT: Severity = "galat"
PERINGATAN: Severity = "peringatan"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    file: str
    sheet: str | None
    cell: str | None
    value: object
    expected: str
    message: str

    def location(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.cell:
            parts.append(f"sel {self.cell}")
        return ", ".join(parts)

    def format(self) -> str:
        label = "GALAT " if self.severity == GALAT else "PERINGATAN"
        text = f"{label} {self.location()}: {self.message}."
        if not _is_blank(self.value):
            text += f" Ditemukan: {_show(self.value)}."
        if self.expected:
            text += f" Seharusnya: {self.expected}."
        return text


def _is_blank(value: object) -> bool:
    """None, "", NaN and pd.NA (a finding may quote a missing cell of a table).

    >>> import pandas as pd
    >>> [_is_blank(v) for v in (None, "", float("nan"), pd.NA, 0, "x")]
    [True, True, True, True, False, False]
    """
    if value is None or (isinstance(value, str) and value == ""):
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays are not blank
        return False


def _show(value: object) -> str:
    if isinstance(value, float):
        return angka(value, 0 if value.is_integer() else 2)
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 80 else text[:77] + "..."


@dataclass
class Report:
    """All findings of a run, in the order they were found."""

    findings: list[Finding] = field(default_factory=list)

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)

    def extend(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == GALAT]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == PERINGATAN]

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        """One line: counts of errors and warnings per file."""
        if not self.findings:
            return "Tidak ada galat maupun peringatan."
        per_file = Counter((f.file, f.severity) for f in self.findings)
        files = sorted({f.file for f in self.findings})
        parts = [
            f"{name}: {per_file[(name, GALAT)]} galat, {per_file[(name, PERINGATAN)]} peringatan"
            for name in files
        ]
        return (
            f"Jumlah: {len(self.errors)} galat, {len(self.warnings)} peringatan ("
            + "; ".join(parts)
            + ")."
        )

    def format(self, limit: int | None = None) -> str:
        """Errors first, then warnings; ``limit`` caps the lines printed per severity."""
        lines: list[str] = []
        for group in (self.errors, self.warnings):
            shown = group if limit is None else group[:limit]
            lines.extend(f.format() for f in shown)
            if len(group) > len(shown):
                lines.append(f"... dan {len(group) - len(shown)} lagi.")
        lines.append(self.summary())
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        columns = ["severity", "file", "sheet", "cell", "value", "expected", "message"]
        rows = [
            {**asdict(f), "value": _show(f.value) if f.value is not None else None}
            for f in self.findings
        ]
        return pd.DataFrame(rows, columns=columns)
