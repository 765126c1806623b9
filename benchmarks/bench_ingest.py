"""Benchmark: ingest a workbook of 200.000 realisasi rows.

Compares sakiplib's reader + validator (python-calamine, parse-once-per-value)
with reading the same file in openpyxl's normal mode, each in a fresh process,
in the same run. Reports cells per second and peak memory (medians).

Run: .venv/bin/python benchmarks/bench_ingest.py [--rows 200000] [--repeat 3]
Target (issue 2): >= 1.000.000 cells/s, < 1 GB, >= 5x openpyxl normal mode.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import WORK, append_results, median, run_child  # noqa: E402

REALISASI_COLUMNS = 7


def make_workbook(path: Path, rows: int) -> None:
    """A valid workbook: 1 unit, 50 nodes, rows/40 indicators, ``rows`` realisasi."""
    import random

    from openpyxl import Workbook

    from sakiplib.schema import TABLES

    rng = random.Random(20241121)
    n_ind = max(1, rows // 40)
    wb = Workbook(write_only=True)

    def sheet(name: str):  # noqa: ANN202
        ws = wb.create_sheet(TABLES[name].sheet)
        ws.append(TABLES[name].column_names)
        return ws

    sheet("unit").append(["BEN-1", "Kecamatan Benchmark", "kecamatan", "Kebumen", 2024])
    pohon = sheet("pohon")
    pohon.append([None, "1", None, "outcome", "strategis", "Terwujudnya tata kelola yang baik"])
    for i in range(2, 51):
        pohon.append([None, str(i), "1", "csf", "strategis", f"Kondisi {i}"])
    ind = sheet("indikator")
    for k in range(n_ind):
        ind.append(
            [
                None,
                f"IK-{k:05d}",
                str(2 + k % 49),
                f"Indikator {k}",
                "%",
                "positif",
                "akhir periode",
                None,
                None,
                "tidak",
            ]
        )
    real = sheet("realisasi")
    periods = ["Tahunan", "TW I", "TW II", "TW III", "TW IV"]
    written = 0
    for k in range(n_ind):
        for year in range(2017, 2025):
            for period in periods:
                if written == rows:
                    break
                value = round(rng.uniform(40, 110), 2)
                cell = f"{value:.2f}".replace(".", ",") if rng.random() < 0.3 else value
                real.append([None, f"IK-{k:05d}", year, period, cell, None, None])
                written += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


SAKIP_CODE = """
def main(path):
    from sakiplib.ingest import collect
    t = time.perf_counter()
    result = collect([path])
    seconds = time.perf_counter() - t
    assert result.ok, result.report.format(limit=5)
    return {"seconds": seconds, "cells": result.cells, "rows": len(result.tables["realisasi"])}
"""

OPENPYXL_CODE = """
def main(path):
    import openpyxl
    t = time.perf_counter()
    wb = openpyxl.load_workbook(path)
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += len(row)
    seconds = time.perf_counter() - t
    return {"seconds": seconds, "cells": cells}
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = WORK / f"realisasi-{args.rows}.xlsx"
    if not path.exists():
        make_workbook(path, args.rows)
    ours, theirs = [], []
    for _ in range(args.repeat):
        ours.append(run_child(SAKIP_CODE, str(path)))
        theirs.append(run_child(OPENPYXL_CODE, str(path)))
    cells = ours[0]["cells"]
    t_ours = median([r["seconds"] for r in ours])
    t_theirs = median([r["seconds"] for r in theirs])
    mem_ours = median([r["peak_mib"] for r in ours])
    mem_theirs = median([r["peak_mib"] for r in theirs])
    lines = [
        f"Workbook: {args.rows:,} realisasi rows, {path.stat().st_size / 2**20:.1f} MiB, "
        f"{cells:,} cells read and checked by sakiplib (all sheets); median of {args.repeat} runs, "
        "each in a fresh process.",
        "",
        "| reader | median s | cells/s | peak MiB |",
        "|---|---:|---:|---:|",
        f"| sakiplib collect (read + validate) | {t_ours:.2f} | {cells / t_ours:,.0f} | {mem_ours:,.0f} |",
        f"| openpyxl normal mode (load + iterate values) | {t_theirs:.2f} | {cells / t_theirs:,.0f} | {mem_theirs:,.0f} |",
        "",
        f"Ratio: sakiplib is {t_theirs / t_ours:.1f}x faster than openpyxl normal mode "
        "(targets: >= 1,000,000 cells/s, < 1 GB peak, >= 5x).",
    ]
    append_results("Ingest of 200.000 realisasi rows", lines)


if __name__ == "__main__":
    main()
