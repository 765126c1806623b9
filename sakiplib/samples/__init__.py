"""Sample data for data/raw: seed transcriptions and a deterministic generator.

Each sample module exposes ``workbooks() -> list[SampleWorkbook]``.
:func:`write_samples` writes them all under a raw-data folder, e.g.
``data/raw/kebumen/2024/kec-adimulyo.xlsx``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from sakiplib.template import write_workbook


@dataclass
class SampleWorkbook:
    """One workbook to write: its path below data/raw and its tables."""

    relative_path: str
    tables: Mapping[str, pd.DataFrame]
    petunjuk_notes: Sequence[str] = ()
    notes: Mapping[str, Sequence[str]] = field(default_factory=dict)
    merges: Mapping[str, Sequence[str]] = field(default_factory=dict)
    synthetic: bool = False

    def write(self, raw_dir: str | Path) -> Path:
        path = Path(raw_dir) / self.relative_path
        write_workbook(
            path,
            self.tables,
            petunjuk_notes=self.petunjuk_notes,
            notes=self.notes,
            merges=self.merges,
        )
        return path


def all_workbooks() -> list[SampleWorkbook]:
    """Every sample workbook: the seed transcriptions, then the synthetic units."""
    from sakiplib.samples import semboro, setda_kebumen, synthetic, trees

    return [
        *semboro.workbooks(),
        *setda_kebumen.workbooks(),
        *trees.workbooks(),
        *synthetic.workbooks(),
    ]


def write_samples(raw_dir: str | Path) -> list[Path]:
    """Write every sample workbook below ``raw_dir``; returns the paths written."""
    return [wb.write(raw_dir) for wb in all_workbooks()]
