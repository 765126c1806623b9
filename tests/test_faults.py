"""Faults around the batch: `sakip run` and `sakip ingest` killed with SIGKILL,
and two commands at once on the same folders.

Every command runs as a real subprocess, as cron would start it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import psutil

from sakiplib.ingest import MANIFEST, TABLES_DIRNAME, ingest, load_tables
from sakiplib.settings import Paths

ROOT = Path(__file__).resolve().parents[1]
KEBUMEN = ["KBM-ADIMULYO", "KBM-ALIAN", "KBM-AMBAL", "KBM-AYAH", "KBM-BUAYAN", "KBM-GOMBONG"]


def _project(tmp: Path) -> Paths:
    paths = Paths.from_root(tmp)
    shutil.copytree(ROOT / "notebooks", paths.notebooks)
    shutil.copytree(ROOT / "data" / "raw", paths.raw)
    assert ingest(paths.raw, paths.processed).ok
    return paths


def _sakip(paths: Paths, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "sakiplib.cli", *args],
        cwd=paths.root,
        env={**os.environ, "SAKIP_ROOT": str(paths.root)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _run_args(units: list[str], *extra: str) -> list[str]:
    args = ["run", "--no-progress", "--workers", "2", *extra]
    for unit in units:
        args += ["--unit", unit]
    return args


def _wait_for(condition, timeout: float = 120.0, step: float = 0.005) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(step)


def _visible(folder: Path, suffix: str) -> list[Path]:
    return [p for p in folder.rglob(f"*{suffix}") if not p.name.startswith(".")]


def _complete_outputs(reports: Path) -> None:
    """Every page and notebook that can be seen is whole."""
    for page in _visible(reports, ".html"):
        assert page.read_text(encoding="utf-8").rstrip().endswith("</html>"), page
    for notebook in _visible(reports, ".ipynb"):
        nbformat.read(notebook, as_version=4)  # raises on a truncated file


def _temporaries(folder: Path) -> list[Path]:
    return [
        p
        for p in folder.rglob(".*")
        if p.name.endswith((".tmp", ".tmp.ipynb")) or ".new-" in p.name or p.name.endswith(".old")
    ]


def _done_units(reports: Path) -> set[Path]:
    """Unit folders whose dashboard, notebook and fingerprint are all written."""
    return {
        page.parent
        for page in reports.rglob("dasbor_unit.html")
        if (page.parent / "dasbor_unit.ipynb").exists()
        and (page.parent / ".dasbor_unit.sakip.json").exists()
    }


def test_sigkill_of_run_leaves_whole_files_and_resume_does_only_the_rest(tmp_path: Path) -> None:
    paths = _project(tmp_path)
    run = _sakip(paths, *_run_args(KEBUMEN))
    _wait_for(lambda: len(_done_units(paths.reports)) >= 1)
    family = psutil.Process(run.pid).children(recursive=True)  # workers and their kernels
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    # the workers die with the run, their kernels follow: nothing keeps writing
    _gone, alive = psutil.wait_procs(family, timeout=15)
    assert alive == []
    _complete_outputs(paths.reports)
    done_before = _done_units(paths.reports)
    assert 1 <= len(done_before) < len(KEBUMEN)

    rerun = _sakip(paths, *_run_args(KEBUMEN, "--resume"))
    output, _ = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, output
    log = json.loads((paths.reports / "_log" / "run-terakhir.json").read_text(encoding="utf-8"))
    skipped = {h["unit"] for h in log["hasil"] if h["status"] == "dilewati"}
    redone = {h["unit"] for h in log["hasil"] if h["status"] == "ok" and h["unit"]}
    assert len(skipped) == len(done_before)
    assert skipped | redone >= set(KEBUMEN) and not skipped & redone
    assert len(_done_units(paths.reports)) == len(KEBUMEN)
    _complete_outputs(paths.reports)
    assert _temporaries(paths.reports) == []


def _consistent(processed: Path) -> list[str]:
    """The Parquet set matches its manifest; returns the files it was made from."""
    tables = load_tables(processed)
    manifest = json.loads((processed / TABLES_DIRNAME / MANIFEST).read_text(encoding="utf-8"))
    assert {name: len(frame) for name, frame in tables.items()} == manifest["rows"]
    return sorted(entry["file"] for entry in manifest["files"])


def test_sigkill_of_ingest_never_leaves_a_partial_set(tmp_path: Path) -> None:
    paths = _project(tmp_path)
    old_files = _consistent(paths.processed)
    # the new set differs from the old one: one more unit
    extra = paths.raw / "kebumen" / "2024" / "kecamatan-baru.xlsx"
    shutil.copy(paths.raw / "kebumen" / "2024" / "kecamatan-ayah.xlsx", extra)
    shutil.move(paths.raw / "kebumen" / "2024" / "kecamatan-ayah.xlsx", tmp_path / "ayah.xlsx")
    new_files = sorted(
        str(p.relative_to(paths.raw)) for p in paths.raw.rglob("*.xlsx") if p.is_file()
    )
    staging_hit = 0
    for delay in (None, 0.2, 0.6, 1.0):
        child = _sakip(paths, "ingest")
        if delay is None:  # kill while the new set is being written
            _wait_for(
                lambda child=child: (
                    any(p.name.startswith(".tables.new-") for p in paths.processed.iterdir())
                    or child.poll() is not None
                ),
                step=0.001,
            )
        else:
            time.sleep(delay)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        staging_hit += any(p.name.startswith(".tables.new-") for p in paths.processed.iterdir())
        assert _consistent(paths.processed) in (old_files, new_files)
        assert _visible(paths.processed, ".parquet") == _visible(
            paths.processed / TABLES_DIRNAME, ".parquet"
        )
    assert staging_hit >= 1  # at least one kill landed while the new set was being written
    done = _sakip(paths, "ingest")
    output, _ = done.communicate(timeout=300)
    assert done.returncode == 0, output
    assert _consistent(paths.processed) == new_files
    assert _temporaries(paths.processed) == []


def _lock_held(paths: Paths) -> bool:
    """`sakip run` copies plotly.js only after taking both locks."""
    return (paths.reports / "_static" / "plotly.min.js").exists()


def test_second_run_is_refused_and_an_ingest_waits_for_the_run(tmp_path: Path) -> None:
    paths = _project(tmp_path)
    first = _sakip(paths, *_run_args(KEBUMEN[:3]))
    _wait_for(lambda: _lock_held(paths) or first.poll() is not None)
    assert first.poll() is None

    second = _sakip(paths, *_run_args(KEBUMEN[:3]))
    output, _ = second.communicate(timeout=60)
    assert second.returncode == 1
    assert "sakip run lain sedang memakai folder" in output

    ingesting = _sakip(paths, "ingest")
    first_output, _ = first.communicate(timeout=600)
    assert ingesting.poll() is None  # still waiting for the run's data lock
    ingest_output, _ = ingesting.communicate(timeout=600)
    assert first.returncode == 0, first_output
    assert ingesting.returncode == 0, ingest_output
    _complete_outputs(paths.reports)
    _consistent(paths.processed)


def test_two_ingests_at_once_take_turns(tmp_path: Path) -> None:
    paths = _project(tmp_path)
    children = [_sakip(paths, "ingest") for _ in range(2)]
    outputs = [child.communicate(timeout=600)[0] for child in children]
    assert [child.returncode for child in children] == [0, 0], outputs
    _consistent(paths.processed)
    assert _temporaries(paths.processed) == []
