"""Ingest: every workbook under data/raw -> one tidy Parquet set in data/processed.

All workbooks are read and checked first; if any error is found nothing is
written and data/processed stays exactly as it was. Otherwise the new set is
written into a staging folder and swapped in whole. Raw files are only read.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from filelock import FileLock, Timeout

from sakiplib import __version__
from sakiplib.audit import audit_tables
from sakiplib.findings import GALAT, Finding, Report
from sakiplib.fmt import angka
from sakiplib.io import atomic_directory, sweep_temporaries
from sakiplib.pohon import check_pohon
from sakiplib.reader import WorkbookData, empty_table, gc_paused, read_workbook
from sakiplib.schema import TABLES
from sakiplib.validate import check_tables

TABLES_DIRNAME = "tables"
MANIFEST = "manifest.json"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")
LOCK_TIMEOUT_S = 600
#: Held by `sakip ingest` while it writes, and by `sakip run` while notebooks read.
LOCK_NAME = ".sakip-ingest.lock"


@dataclass
class IngestResult:
    """What a validate or ingest run found and (for ingest) wrote."""

    report: Report
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    cells: int = 0
    seconds: float = 0.0
    written_to: Path | None = None

    @property
    def ok(self) -> bool:
        return self.report.ok

    def summary_lines(self) -> list[str]:
        """What was read, in Bahasa Indonesia: units and rows per table."""
        lines = [
            f"{len(self.files)} workbook dibaca ({angka(self.cells)} sel, {angka(self.seconds, 1)} detik)."
        ]
        unit = self.tables.get("unit")
        if unit is not None and not unit.empty:
            lines.append(f"{len(unit)} unit:")
            for (kab, tahun), group in unit.groupby(["kabupaten", "tahun"], sort=True):
                names = ", ".join(group["nama_unit"].astype(str))
                lines.append(f"  {kab} {tahun} ({len(group)}): {names}")
        counts = ", ".join(f"{name} {angka(len(df))}" for name, df in self.tables.items())
        if counts:
            lines.append("Baris per tabel: " + counts + ".")
        return lines


def find_workbooks(raw_dir: str | Path) -> list[Path]:
    """Workbooks below ``raw_dir`` (sorted), skipping Excel's "~$" lock files."""
    root = Path(raw_dir)
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() in WORKBOOK_SUFFIXES and not p.name.startswith("~$")
    )


def collect(paths: Sequence[str | Path], base: str | Path | None = None) -> IngestResult:
    """Read and check workbooks; nothing is written."""
    with gc_paused():
        return _collect(paths, base)


def _collect(paths: Sequence[str | Path], base: str | Path | None) -> IngestResult:
    start = time.perf_counter()
    report = Report()
    workbooks: list[WorkbookData] = []
    for path in paths:
        label = _label(Path(path), base)
        data = read_workbook(path, label=label)
        workbooks.append(data)
        report.extend(data.findings)
    tables = _concat(workbooks)
    letters = {wb.label: wb.letters for wb in workbooks}
    readable = [wb for wb in workbooks if wb.readable]
    checked = _concat(readable) if len(readable) < len(workbooks) else tables
    report.extend(check_tables(checked, letters))
    report.extend(_tree_findings(checked, letters))
    if report.ok and "unit" in checked:
        report.extend(audit_tables(checked, letters))
    result = IngestResult(
        report=report,
        tables=tables,
        files=[wb.label for wb in workbooks],
        cells=sum(wb.cells_read for wb in workbooks),
    )
    result.seconds = time.perf_counter() - start
    return result


def _tree_findings(tables: dict[str, pd.DataFrame], letters: dict) -> list[Finding]:
    pohon, unit = tables.get("pohon"), tables.get("unit")
    if pohon is None or pohon.empty or unit is None:
        return []
    indikator = tables.get("indikator", pd.DataFrame(columns=["kode_unit", "kode_node", "uraian"]))
    return check_pohon(pohon, indikator, set(unit["kode_unit"].dropna()), letters)


def _label(path: Path, base: str | Path | None) -> str:
    if base is not None:
        try:
            return str(path.resolve().relative_to(Path(base).resolve()))
        except ValueError:
            pass
    return str(path)


def _concat(workbooks: Iterable[WorkbookData]) -> dict[str, pd.DataFrame]:
    tables: dict[str, pd.DataFrame] = {}
    for name in TABLES:
        frames = [wb.tables[name] for wb in workbooks if name in wb.tables]
        frames = [f for f in frames if not f.empty] or frames[:1] or [empty_table(TABLES[name])]
        if frames:
            tables[name] = (
                pd.concat(frames, ignore_index=True)
                if len(frames) > 1
                else frames[0].reset_index(drop=True)
            )
    return tables


def ingest(raw_dir: str | Path, out_dir: str | Path) -> IngestResult:
    """Read every workbook under ``raw_dir``; if all is valid, write the Parquet set.

    The set lands in ``out_dir/tables`` (one Parquet file per table and a
    manifest.json) and replaces the previous set in one rename.
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    paths = find_workbooks(raw_dir)
    if not paths:
        report = Report(
            [
                Finding(
                    GALAT,
                    str(raw_dir),
                    None,
                    None,
                    None,
                    "file .xlsx",
                    "tidak ada workbook di folder ini",
                )
            ]
        )
        return IngestResult(report=report)
    out_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(out_dir / LOCK_NAME))
    try:
        lock.acquire(timeout=LOCK_TIMEOUT_S)
    except Timeout:
        msg = (
            f"ingest atau sakip run lain masih memakai {out_dir}"
            f" (sudah menunggu {LOCK_TIMEOUT_S} detik); coba lagi nanti"
        )
        return IngestResult(
            report=Report([Finding(GALAT, str(out_dir), None, None, None, "", msg)])
        )
    try:
        sweep_temporaries(out_dir)  # left by an ingest that was killed
        result = collect(paths, base=raw_dir)
        if result.ok:
            target = out_dir / TABLES_DIRNAME
            with atomic_directory(target) as staging:
                write_tables(result, staging, paths, raw_dir)
            result.written_to = target
        return result
    finally:
        lock.release()


def write_tables(result: IngestResult, folder: Path, paths: Sequence[Path], raw_dir: Path) -> None:
    """Write each table as Parquet plus a manifest describing the set."""
    for name, frame in result.tables.items():
        frame.to_parquet(folder / f"{name}.parquet", index=False)
    manifest = {
        "dibuat": datetime.now(UTC).isoformat(timespec="seconds"),
        "sakiplib": __version__,
        "files": [
            {"file": _label(p, raw_dir), "sha256": _sha256(p), "bytes": p.stat().st_size}
            for p in paths
        ],
        "rows": {name: int(len(df)) for name, df in result.tables.items()},
        "warnings": [f.format() for f in result.report.warnings],
    }
    (folder / MANIFEST).write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8"
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def load_tables(processed_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Read the Parquet set written by :func:`ingest`."""
    folder = Path(processed_dir) / TABLES_DIRNAME
    if not (folder / MANIFEST).exists():
        raise FileNotFoundError(
            f"data olahan tidak ditemukan di {folder}; jalankan 'sakip ingest' terlebih dahulu"
        )
    return {
        name: pd.read_parquet(folder / f"{name}.parquet")
        for name in TABLES
        if (folder / f"{name}.parquet").exists()
    }
