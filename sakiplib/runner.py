"""`sakip run`: execute the notebooks for every unit, export offline HTML, write the indexes.

How it is fast: each worker process keeps one warm Jupyter kernel and runs its
units one after the other in it (papermill with the worker's kernel manager),
so the kernel start and the imports of pandas, plotly and matplotlib are paid
once per worker instead of once per notebook; the namespace is reset between
units (``%reset -f``). HTML is exported in the worker with one reusable
nbconvert exporter. Workers are separate processes (``--workers``, default the
number of cores).

How it is safe: every file is written aside and renamed into place; a failing
unit (an exception, a dead kernel, a cell past the timeout) is recorded with
its notebook, cell and error while the others go on, and its kernel is
restarted; the run exits non-zero when anything failed. ``--resume`` skips
jobs whose outputs exist and whose inputs (notebook, data, parameters,
sakiplib code) are unchanged. Only one run at a time may use a reports folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing.util
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from datetime import datetime
from multiprocessing import get_context
from pathlib import Path

import pandas as pd
from filelock import FileLock, Timeout
from jupyter_core.utils import run_sync

from sakiplib import __version__
from sakiplib.fmt import angka
from sakiplib.ingest import LOCK_NAME as INGEST_LOCK_NAME
from sakiplib.ingest import LOCK_TIMEOUT_S as INGEST_LOCK_TIMEOUT_S
from sakiplib.ingest import TABLES_DIRNAME
from sakiplib.io import atomic_path, recover_directory, sweep_temporaries
from sakiplib.report import (
    IndexEntry,
    copy_static,
    export_html,
    kabupaten_index_html,
    relative_url,
    root_index_html,
    safe_name,
    write_page,
)
from sakiplib.settings import Paths

KERNEL_NAME = "python3"
UNIT_NOTEBOOKS = {
    "dasbor": "dasbor_unit.ipynb",
    "pohon": "pohon_kinerja.ipynb",
    "ikm": "ikm_triwulan.ipynb",
    "anggaran": "realisasi_anggaran.ipynb",
}
OVERVIEW_NOTEBOOK = "ikhtisar_kabupaten.ipynb"
DEFAULT_TIMEOUT_S = 600
LOCK_NAME = ".sakip-run.lock"


@dataclass(frozen=True)
class Job:
    """One notebook to execute and export."""

    kind: str
    notebook: str
    kabupaten: str
    tahun: int
    kode_unit: str | None
    nama: str
    out_dir: str
    stem: str
    parameters: dict = field(compare=False, hash=False)

    @property
    def html_path(self) -> Path:
        return Path(self.out_dir) / f"{self.stem}.html"

    @property
    def ipynb_path(self) -> Path:
        return Path(self.out_dir) / f"{self.stem}.ipynb"

    @property
    def stamp_path(self) -> Path:
        return Path(self.out_dir) / f".{self.stem}.sakip.json"

    @property
    def label(self) -> str:
        return f"{self.nama} ({self.notebook})"


@dataclass
class JobResult:
    job: Job
    status: str  # "ok", "gagal", "dilewati"
    seconds: float = 0.0
    html_bytes: int = 0
    error: str = ""
    cell: int | None = None
    timings: dict[str, float] = field(default_factory=dict)

    def describe(self) -> str:
        where = f", sel {self.cell}" if self.cell is not None else ""
        return f"{self.job.nama} [{self.job.kode_unit or self.job.kabupaten}] {self.job.notebook}{where}: {self.error}"


@dataclass
class RunSummary:
    results: list[JobResult]
    seconds: float
    indexes: list[Path]
    log_path: Path | None = None

    @property
    def failed(self) -> list[JobResult]:
        return [r for r in self.results if r.status == "gagal"]

    def lines(self) -> list[str]:
        done = sum(r.status == "ok" for r in self.results)
        skipped = sum(r.status == "dilewati" for r in self.results)
        lines = [
            f"{len(self.results)} notebook: {done} selesai, {len(self.failed)} gagal, {skipped} dilewati "
            f"(sudah mutakhir), {angka(self.seconds, 1)} detik."
        ]
        lines += [f"GAGAL {r.describe()}" for r in self.failed]
        lines += [f"Indeks: {p}" for p in self.indexes]
        if self.log_path:
            lines.append(f"Ringkasan dan log: {self.log_path}")
        return lines


# --------------------------------------------------------------------------- planning


def _code_fingerprint() -> str:
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml", ".j2", ".json") and "__pycache__" not in path.parts:
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(job: Job, notebook_dir: Path, processed: Path, code: str) -> str:
    """What a job's outputs depend on: notebook, data manifest, parameters, code."""
    digest = hashlib.sha256()
    digest.update((notebook_dir / job.notebook).read_bytes())
    manifest = processed / "tables" / "manifest.json"
    digest.update(manifest.read_bytes() if manifest.exists() else b"")
    digest.update(json.dumps(job.parameters, sort_keys=True).encode())
    digest.update(code.encode())
    return digest.hexdigest()


def plan_jobs(
    units: pd.DataFrame,
    paths: Paths,
    only_units: Sequence[str] = (),
    tahun: int | None = None,
    notebooks: Sequence[str] = ("dasbor",),
    overview: bool = True,
) -> list[Job]:
    """Every notebook job: the chosen notebooks per unit, and one overview per kabupaten and year."""
    chosen = units.sort_values(["kabupaten", "tahun", "kode_unit"])
    if tahun is not None:
        chosen = chosen[chosen["tahun"] == tahun]
    if only_units:
        wanted = {u.lower() for u in only_units}
        chosen = chosen[
            chosen["kode_unit"].str.lower().isin(wanted)
            | chosen["nama_unit"].str.lower().isin(wanted)
        ]
    processed = str(paths.processed.resolve())
    kab_names: dict[str, str] = {}
    jobs: list[Job] = []
    for (kabupaten, year), group in chosen.groupby(["kabupaten", "tahun"], sort=True):
        kab_dir = kab_names.setdefault(
            str(kabupaten), safe_name(str(kabupaten), kab_names.values())
        )
        year_dir = paths.reports / kab_dir / str(int(year))
        taken: set[str] = set()
        for _, unit in group.iterrows():
            slug = safe_name(str(unit["nama_unit"]), taken)
            taken.add(slug)
            for kind in notebooks:
                jobs.append(
                    Job(
                        kind=kind,
                        notebook=UNIT_NOTEBOOKS[kind],
                        kabupaten=str(kabupaten),
                        tahun=int(year),
                        kode_unit=str(unit["kode_unit"]),
                        nama=str(unit["nama_unit"]),
                        out_dir=str(year_dir / slug),
                        stem=Path(UNIT_NOTEBOOKS[kind]).stem,
                        parameters={
                            "kode_unit": str(unit["kode_unit"]),
                            "tahun": int(year),
                            "data_olahan": processed,
                        },
                    )
                )
        if overview:
            jobs.append(
                Job(
                    kind="ikhtisar",
                    notebook=OVERVIEW_NOTEBOOK,
                    kabupaten=str(kabupaten),
                    tahun=int(year),
                    kode_unit=None,
                    nama=f"Kabupaten {kabupaten}",
                    out_dir=str(year_dir),
                    stem="ikhtisar",
                    parameters={
                        "kabupaten": str(kabupaten),
                        "tahun": int(year),
                        "data_olahan": processed,
                    },
                )
            )
    return jobs


# --------------------------------------------------------------------------- worker side

_KERNEL = None
_KERNEL_STARTED_S = 0.0


def _kernel():  # noqa: ANN202 - jupyter_client type
    """This worker's warm kernel, started (and pre-importing sakiplib) on first use.

    An AsyncKernelManager, as nbclient expects: with a blocking client a dead
    kernel would leave nbclient waiting for output forever.
    """
    global _KERNEL, _KERNEL_STARTED_S
    if _kernel_alive():
        return _KERNEL
    from jupyter_client import AsyncKernelManager

    _discard_kernel()
    start = time.perf_counter()
    env = {
        **os.environ,
        "SAKIP_EXPORT": "1",
        "MPLBACKEND": "Agg",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    }
    # jupyter_client picks free loopback ports, releases them, and the kernel binds them a
    # moment later: two workers starting kernels at once could pick the same ports. Kernels
    # are started one at a time (across the workers on this machine) to close that race.
    with FileLock(str(Path(tempfile.gettempdir()) / "sakip-kernel-start.lock"), timeout=300):
        km = AsyncKernelManager(kernel_name=KERNEL_NAME)
        run_sync(km.start_kernel)(env=env, extra_arguments=["--HistoryManager.enabled=False"])
        _KERNEL = km
        _execute_quietly("import sakiplib.views, sakiplib.charts", timeout=120)
    _KERNEL_STARTED_S = time.perf_counter() - start
    if not _FINALIZER_SET:
        _set_finalizer()
    return km


_FINALIZER_SET = False


def _set_finalizer() -> None:
    """Shut the kernel down when this worker process ends (not only when the parent dies)."""
    global _FINALIZER_SET
    multiprocessing.util.Finalize(None, _discard_kernel, exitpriority=10)
    _FINALIZER_SET = True


def _kernel_alive() -> bool:
    return _KERNEL is not None and bool(run_sync(_KERNEL.is_alive)())


def _execute_quietly(code: str, timeout: float) -> None:
    """Run ``code`` in the worker's kernel through a blocking client of its own.

    (An async client driven through run_sync from outside its event loop can
    hang on its second use; a blocking client has no loop to confuse.)
    """
    from jupyter_client.blocking import BlockingKernelClient

    kc = BlockingKernelClient()
    kc.load_connection_info(_KERNEL.get_connection_info())
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=timeout)
        reply = kc.execute_interactive(code, timeout=timeout, output_hook=lambda _msg: None)
        if reply["content"].get("status") != "ok":
            raise RuntimeError(
                f"kernel menolak perintah {code!r}: {reply['content'].get('evalue', '')}"
            )
    finally:
        kc.stop_channels()


def _die_with_parent(parent_pid: int) -> None:
    """Worker start: if `sakip run` is killed (even with SIGKILL), die too, so
    no orphan goes on writing into reports/ while a rerun starts. The kernel
    follows: ipykernel exits when its parent process is gone."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before the line above
        os._exit(1)


def _discard_kernel() -> None:
    global _KERNEL
    if _KERNEL is not None:
        with contextlib.suppress(Exception):  # the kernel may already be dead
            run_sync(_KERNEL.shutdown_kernel)(now=True)
    _KERNEL = None


def run_job(job: Job, notebook_dir: str, plotly_js: str, stamp: str, timeout: int) -> JobResult:
    """Execute one notebook in this worker's kernel and export it; never raises."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    start = time.perf_counter()
    timings: dict[str, float] = {}
    out_dir = Path(job.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp_nb = out_dir / f".{job.stem}.{os.getpid()}.tmp.ipynb"
    fresh = not _kernel_alive()
    try:
        km = _kernel()
        if fresh:
            timings["kernel"] = _KERNEL_STARTED_S
        t = time.perf_counter()
        _execute_quietly("%reset -f", timeout=60)
        timings["reset"] = time.perf_counter() - t
        t = time.perf_counter()
        nb = pm.execute_notebook(
            str(Path(notebook_dir) / job.notebook),
            str(tmp_nb),
            parameters=job.parameters,
            kernel_name=KERNEL_NAME,
            km=km,
            request_save_on_cell_execute=False,
            progress_bar=False,
            execution_timeout=timeout,
            start_timeout=120,
        )
        timings["execute"] = time.perf_counter() - t
        t = time.perf_counter()
        nb.metadata["title"] = (
            f"{job.nama} {job.tahun}"
            if job.kind == "ikhtisar"
            else f"Dasbor {job.nama} {job.tahun}"
        )
        nav = _nav_html(job)
        size = export_html(nb, job.html_path, relative_url(out_dir, Path(plotly_js)), nav)
        os.replace(tmp_nb, job.ipynb_path)
        with atomic_path(job.stamp_path) as tmp:
            tmp.write_text(
                json.dumps(
                    {"fingerprint": stamp, "selesai": datetime.now().isoformat(timespec="seconds")}
                )
            )
        timings["export"] = time.perf_counter() - t
        return JobResult(job, "ok", time.perf_counter() - start, size, timings=timings)
    except PapermillExecutionError as exc:
        _keep_failed(tmp_nb, job)
        error = f"{exc.ename}: {exc.evalue}".strip().rstrip(":")
        return JobResult(
            job,
            "gagal",
            time.perf_counter() - start,
            error=error,
            cell=exc.exec_count,
            timings=timings,
        )
    except Exception as exc:  # dead kernel, cell timeout, broken notebook, disk full...
        _keep_failed(tmp_nb, job)
        _discard_kernel()
        name = type(exc).__name__
        message = {
            "DeadKernelError": "kernel berhenti mendadak (mati) saat menjalankan notebook",
            "CellTimeoutError": f"sel melewati batas waktu {timeout} detik",
        }.get(name, str(exc).splitlines()[0] if str(exc) else name)
        return JobResult(
            job, "gagal", time.perf_counter() - start, error=f"{name}: {message}", timings=timings
        )
    finally:
        if tmp_nb.exists():
            tmp_nb.unlink()


def _keep_failed(tmp_nb: Path, job: Job) -> None:
    """Keep the partly executed notebook beside the outputs, for the analyst."""
    if tmp_nb.exists():
        os.replace(tmp_nb, Path(job.out_dir) / f"{job.stem}.gagal.ipynb")


def _nav_html(job: Job) -> str:
    import html as _html

    up = "index.html" if job.kind == "ikhtisar" else "../index.html"
    return f'<a href="{up}">&larr; Indeks Kabupaten {_html.escape(job.kabupaten)} {job.tahun}</a>'


# --------------------------------------------------------------------------- parent side


def _up_to_date(job: Job, stamp: str) -> bool:
    if not (job.html_path.exists() and job.ipynb_path.exists() and job.stamp_path.exists()):
        return False
    try:
        return json.loads(job.stamp_path.read_text())["fingerprint"] == stamp
    except (OSError, ValueError, KeyError):
        return False


def run(
    paths: Paths,
    only_units: Sequence[str] = (),
    tahun: int | None = None,
    workers: int | None = None,
    resume: bool = False,
    timeout: int = DEFAULT_TIMEOUT_S,
    notebooks: Sequence[str] = ("dasbor",),
    progress: bool = True,
) -> RunSummary:
    """Run every job, then write the indexes and the run summary.

    A second run on the same reports folder is refused at once (RunLocked).
    The data lock is held too while notebooks read data/processed: an ingest
    started meanwhile waits, so no unit sees half of an old and half of a new set.
    """
    start = time.perf_counter()
    paths.reports.mkdir(parents=True, exist_ok=True)
    paths.processed.mkdir(parents=True, exist_ok=True)
    busy = (
        f"sakip run lain sedang memakai folder {paths.reports};"
        " tunggu sampai selesai lalu jalankan lagi"
    )
    ingesting = (
        f"ingest masih menulis {paths.processed} (sudah menunggu {INGEST_LOCK_TIMEOUT_S} detik);"
        " jalankan lagi setelah ingest selesai"
    )
    with (
        _holding(paths.reports / LOCK_NAME, 0, busy),
        _holding(paths.processed / INGEST_LOCK_NAME, INGEST_LOCK_TIMEOUT_S, ingesting),
    ):
        sweep_temporaries(paths.reports)  # left by a run that was killed
        recover_directory(paths.processed / TABLES_DIRNAME)  # ... or an ingest
        return _run_locked(
            paths, only_units, tahun, workers, resume, timeout, notebooks, progress, start
        )


@contextlib.contextmanager
def _holding(path: Path, timeout: float, message: str) -> Iterator[None]:
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise RunLocked(message) from None
    try:
        yield
    finally:
        lock.release()


def _run_locked(
    paths: Paths,
    only_units: Sequence[str],
    tahun: int | None,
    workers: int | None,
    resume: bool,
    timeout: int,
    notebooks: Sequence[str],
    progress: bool,
    start: float,
) -> RunSummary:
    from sakiplib.ingest import load_tables

    tables = load_tables(paths.processed)
    jobs = plan_jobs(tables["unit"], paths, only_units, tahun, notebooks)
    plotly_js = copy_static(paths.reports)
    code = _code_fingerprint()
    stamps = {job: fingerprint(job, paths.notebooks, paths.processed, code) for job in jobs}
    results: list[JobResult] = []
    todo = []
    for job in jobs:
        if resume and _up_to_date(job, stamps[job]):
            results.append(JobResult(job, "dilewati"))
        else:
            todo.append(job)
    results += _execute(todo, paths, str(plotly_js), stamps, workers, timeout, progress)
    indexes = write_indexes(tables, jobs, results, paths)
    summary = RunSummary(results, time.perf_counter() - start, indexes)
    summary.log_path = _write_log(summary, paths)
    return summary


class RunLocked(RuntimeError):
    """Another `sakip run` holds the reports folder."""


def _execute(
    jobs: list[Job],
    paths: Paths,
    plotly_js: str,
    stamps: dict[Job, str],
    workers: int | None,
    timeout: int,
    progress: bool,
) -> list[JobResult]:
    if not jobs:
        return []
    from tqdm import tqdm

    workers = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    bar = tqdm(
        total=len(jobs), desc="sakip run", unit="notebook", disable=not progress, file=sys.stderr
    )
    results = []
    # Longest first (dashboards before overviews) balances the workers.
    ordered = sorted(jobs, key=lambda j: j.kind == "ikhtisar")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        futures = {
            pool.submit(run_job, job, str(paths.notebooks), plotly_js, stamps[job], timeout): job
            for job in ordered
        }
        for future in as_completed(futures):
            job = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # the worker process itself died
                result = JobResult(
                    job, "gagal", error=f"proses pekerja berhenti: {type(exc).__name__}: {exc}"
                )
            results.append(result)
            bar.set_postfix_str(job.nama[:30])
            bar.update()
    bar.close()
    return results


def write_indexes(
    tables: dict[str, pd.DataFrame], jobs: list[Job], results: list[JobResult], paths: Paths
) -> list[Path]:
    """index.html per kabupaten and year (headline and status of every unit), and reports/index.html."""
    from sakiplib import charts
    from sakiplib.dataset import scale_for
    from sakiplib.views import kabupaten_summary

    by_job = {r.job: r for r in results}
    now = datetime.now()
    pages = []
    written = []
    groups: dict[tuple[str, int], list[Job]] = {}
    for job in jobs:
        groups.setdefault((job.kabupaten, job.tahun), []).append(job)
    for (kabupaten, tahun), group in groups.items():
        summary = kabupaten_summary(tables, kabupaten, tahun).set_index("Kode")
        scale = scale_for(kabupaten)
        colors = {
            label: (charts.kategori_color(label, scale), charts.kategori_text_color(label, scale))
            for label in scale.labels
        }
        unit_jobs = [j for j in group if j.kind == "dasbor"] or [
            j for j in group if j.kind != "ikhtisar"
        ]
        overview = next((j for j in group if j.kind == "ikhtisar"), None)
        year_dir = Path(overview.out_dir) if overview else Path(unit_jobs[0].out_dir).parent
        entries = []
        for job in unit_jobs:
            unit_results = [
                by_job[j] for j in group if j.kode_unit == job.kode_unit and j in by_job
            ]
            failed = [r for r in unit_results if r.status == "gagal"]
            ok = (
                job.html_path.exists()
                and by_job.get(job) is not None
                and by_job[job].status != "gagal"
            )
            headline = (
                summary.loc[job.kode_unit].to_dict() if job.kode_unit in summary.index else {}
            )
            entries.append(
                IndexEntry(
                    kode_unit=job.kode_unit or "",
                    nama=job.nama,
                    link=relative_url(year_dir, job.html_path) if ok else None,
                    status="gagal" if failed else "ok",
                    detail="; ".join(f"{r.job.notebook}: {r.error}" for r in failed),
                    headline=headline,
                )
            )
        order = {kode: i for i, kode in enumerate(summary.index)}
        entries.sort(key=lambda e: order.get(e.kode_unit, len(order)))
        overview_link = (
            relative_url(year_dir, overview.html_path)
            if overview
            and overview.html_path.exists()
            and by_job.get(overview, JobResult(overview, "ok")).status != "gagal"
            else None
        )
        index = year_dir / "index.html"
        write_page(
            index, kabupaten_index_html(kabupaten, tahun, entries, overview_link, colors, now)
        )
        written.append(index)
        pages.append((kabupaten, tahun, relative_url(paths.reports, index)))
    root = paths.reports / "index.html"
    write_page(root, root_index_html(sorted(pages), now))
    return [root, *written]


def _write_log(summary: RunSummary, paths: Paths) -> Path:
    log_dir = paths.reports / "_log"
    record = {
        "selesai": datetime.now().isoformat(timespec="seconds"),
        "detik": round(summary.seconds, 2),
        "hasil": [
            {
                **{k: v for k, v in asdict(r).items() if k != "job"},
                "unit": r.job.kode_unit,
                "kabupaten": r.job.kabupaten,
                "tahun": r.job.tahun,
                "notebook": r.job.notebook,
                "html": str(r.job.html_path),
            }
            for r in summary.results
        ],
    }
    path = log_dir / "run-terakhir.json"
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    with atomic_path(log_dir / f"run-{stamp}.json") as tmp:
        tmp.write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
    return path
