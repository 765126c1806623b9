"""Benchmark: `sakip run` over every sample unit against the naive loop a user would script.

The naive baseline, run in the same session on the same machine: a serial shell
loop that, for each unit (and each kabupaten overview), runs
``papermill NOTEBOOK out.ipynb -p ...`` and then
``jupyter nbconvert --to html --no-input out.ipynb``. `sakip run` runs the same
notebooks with its default number of workers (the number of cores).

Reports total and per-notebook wall time, the ratio, and where the time goes
(kernel start, namespace reset, execution, HTML export) from the run log.

Run: .venv/bin/python benchmarks/bench_run.py
Target (issue 4): at least 3x faster than the naive loop on 2 cores.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import append_results  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def setup(tmp: Path) -> Path:
    shutil.copytree(ROOT / "notebooks", tmp / "notebooks")
    subprocess.run([BIN / "sakip", "ingest", "--raw", ROOT / "data" / "raw", "--out", tmp / "data" / "processed", "--limit", "0"],
                   check=True, capture_output=True)  # fmt: skip
    return tmp


def naive(project: Path) -> dict:
    import pandas as pd

    units = pd.read_parquet(project / "data" / "processed" / "tables" / "unit.parquet")
    out = project / "naive"
    out.mkdir()
    data = str(project / "data" / "processed")
    jobs = [
        (
            "dasbor_unit.ipynb",
            r.kode_unit,
            ["-p", "kode_unit", r.kode_unit, "-p", "tahun", str(r.tahun)],
        )
        for r in units.itertuples()
    ]
    for (kab, tahun), _ in units.groupby(["kabupaten", "tahun"]):
        jobs.append(
            (
                "ikhtisar_kabupaten.ipynb",
                f"ikhtisar-{kab}",
                ["-p", "kabupaten", kab, "-p", "tahun", str(tahun)],
            )
        )
    pm_times, nbc_times = [], []
    start = time.perf_counter()
    for notebook, name, params in jobs:
        executed = out / f"{name}.ipynb"
        t = time.perf_counter()
        subprocess.run([BIN / "papermill", project / "notebooks" / notebook, executed, *params, "-p", "data_olahan", data,
                        "--kernel", "python3", "--no-progress-bar"], check=True, capture_output=True)  # fmt: skip
        pm_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        subprocess.run(
            [BIN / "jupyter", "nbconvert", "--to", "html", "--no-input", executed],
            check=True,
            capture_output=True,
        )
        nbc_times.append(time.perf_counter() - t)
    return {
        "seconds": time.perf_counter() - start,
        "notebooks": len(jobs),
        "papermill": pm_times,
        "nbconvert": nbc_times,
    }


def ours(project: Path) -> dict:
    env = {**os.environ, "SAKIP_ROOT": str(project)}
    start = time.perf_counter()
    subprocess.run(
        [BIN / "sakip", "run", "--no-progress"], check=True, capture_output=True, env=env
    )
    seconds = time.perf_counter() - start
    log = json.loads(
        (project / "reports" / "_log" / "run-terakhir.json").read_text(encoding="utf-8")
    )
    return {"seconds": seconds, "hasil": log["hasil"]}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_a, tempfile.TemporaryDirectory() as tmp_b:
        ours_result = ours(setup(Path(tmp_a)))
        naive_result = naive(setup(Path(tmp_b)))
    n = naive_result["notebooks"]
    hasil = ours_result["hasil"]
    assert len(hasil) == n and all(h["status"] == "ok" for h in hasil), (
        "sakip run did not finish every notebook"
    )
    phase = {
        k: [h["timings"].get(k, 0.0) for h in hasil]
        for k in ("kernel", "reset", "execute", "export")
    }
    kernels = sum(1 for v in phase["kernel"] if v)
    cores = os.cpu_count()
    lines = [
        f"{n} notebooks (every sample unit's dashboard + one overview per kabupaten and year), one run each.",
        "",
        "| method | total s | per notebook s (wall) | notes |",
        "|---|---:|---:|---|",
        f"| `sakip run` ({cores} workers, warm kernels) | {ours_result['seconds']:.1f} | {ours_result['seconds'] / n:.2f} | "
        f"{kernels} kernel starts |",
        f"| naive serial loop: papermill then nbconvert --no-input | {naive_result['seconds']:.1f} | "
        f"{naive_result['seconds'] / n:.2f} | median papermill {statistics.median(naive_result['papermill']):.2f} s, "
        f"nbconvert {statistics.median(naive_result['nbconvert']):.2f} s per notebook |",
        "",
        f"Ratio: `sakip run` is {naive_result['seconds'] / ours_result['seconds']:.1f}x faster than the naive loop (target >= 3x).",
        "",
        "Where `sakip run`'s time goes (summed over workers, seconds): "
        + ", ".join(
            f"{k} {sum(v):.1f} (median per notebook {statistics.median([x for x in v if x] or [0]):.2f})"
            for k, v in phase.items()
        )
        + ". The naive loop pays a kernel start, the imports of pandas, plotly, matplotlib and sakiplib, "
        "and a fresh nbconvert process for every notebook.",
    ]
    append_results("sakip run against the naive papermill + nbconvert loop", lines)


if __name__ == "__main__":
    main()
