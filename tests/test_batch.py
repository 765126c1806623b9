"""`sakip run` end to end: real notebooks in real kernels, offline HTML, indexes, failures, resume,
and the pages opened in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from sakiplib.ingest import ingest
from sakiplib.runner import run
from sakiplib.settings import Paths
from tests.conftest import open_page

ROOT = Path(__file__).resolve().parents[1]
UNITS = ["KBM-SETDA", "JBR-SEMBORO", "KBM-ADIMULYO"]


def _project(tmp: Path) -> Paths:
    paths = Paths.from_root(tmp)
    shutil.copytree(ROOT / "notebooks", paths.notebooks)
    result = ingest(ROOT / "data" / "raw", paths.processed)
    assert result.ok
    return paths


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory):
    paths = _project(tmp_path_factory.mktemp("proyek"))
    summary = run(paths, only_units=UNITS, workers=2, progress=False)
    return paths, summary


def _dashboard(paths: Paths, kabupaten: str, tahun: int, unit_dir: str) -> Path:
    return paths.reports / kabupaten / str(tahun) / unit_dir / "dasbor_unit.html"


def test_every_chosen_unit_gets_a_dashboard_and_an_index(batch) -> None:
    paths, summary = batch
    assert not summary.failed, summary.lines()
    assert {r.job.kode_unit for r in summary.results if r.job.kind == "dasbor"} == set(UNITS)
    setda = _dashboard(paths, "kebumen", 2024, "sekretariat-daerah-kabupaten-kebumen")
    semboro = _dashboard(paths, "jember", 2021, "kecamatan-semboro")
    for page in (setda, semboro):
        assert (
            page.exists() and page.with_suffix(".ipynb").exists()
        )  # executed notebook kept for audit
    assert (paths.reports / "kebumen" / "2024" / "index.html").exists()
    assert (paths.reports / "kebumen" / "2024" / "ikhtisar.html").exists()
    assert (paths.reports / "index.html").exists()
    leftovers = [
        p for p in paths.reports.rglob("*") if p.name.endswith(".tmp") or ".gagal." in p.name
    ]
    assert leftovers == []


def test_pages_are_offline_and_code_is_hidden(batch) -> None:
    paths, _ = batch
    pages = list(paths.reports.rglob("*.html"))
    assert len(pages) >= 6
    for page in pages:
        text = page.read_text(encoding="utf-8")
        sources = re.findall(r"<(?:script|link|img|iframe)[^>]+(?:src|href)=[\"']([^\"']+)", text)
        assert all(not s.startswith(("http:", "https:", "//")) for s in sources), (page, sources)
        assert "require.min.js" not in text and "mathjax" not in text.lower()
    setda = _dashboard(paths, "kebumen", 2024, "sekretariat-daerah-kabupaten-kebumen").read_text(
        encoding="utf-8"
    )
    assert "open_unit(" not in setda and "laporan.show_headline" not in setda  # code hidden
    assert '<script src="../../../_static/plotly.min.js"></script>' in setda
    assert (paths.reports / "_static" / "plotly.min.js").stat().st_size > 1_000_000
    assert setda.count("plotly.min.js") == 1  # shared, not embedded


def test_headline_figures_are_on_the_pages(batch) -> None:
    paths, _ = batch
    setda = _dashboard(paths, "kebumen", 2024, "sekretariat-daerah-kabupaten-kebumen").read_text(
        encoding="utf-8"
    )
    for figure in ("106,35%", "Baik Sekali", "90,40", "91,51%"):
        assert figure in setda, figure
    semboro = _dashboard(paths, "jember", 2021, "kecamatan-semboro").read_text(encoding="utf-8")
    for figure in ("71,41%", "71,4%", "Cukup", "91,06%"):
        assert figure in semboro, figure
    index = (paths.reports / "kebumen" / "2024" / "index.html").read_text(encoding="utf-8")
    assert "Sekretariat Daerah Kabupaten Kebumen" in index and "106,35%" in index
    assert 'href="sekretariat-daerah-kabupaten-kebumen/dasbor_unit.html"' in index


def test_resume_skips_what_is_up_to_date(batch) -> None:
    paths, _ = batch
    again = run(paths, only_units=UNITS, workers=1, resume=True, progress=False)
    assert {r.status for r in again.results} == {"dilewati"}
    page = _dashboard(paths, "jember", 2021, "kecamatan-semboro")
    page.unlink()
    third = run(paths, only_units=UNITS, workers=1, resume=True, progress=False)
    redone = [r.job.kode_unit for r in third.results if r.status == "ok"]
    assert redone == ["JBR-SEMBORO"] and page.exists()


def _break_notebook(paths: Paths) -> None:
    """A dashboard notebook that fails differently for each unit."""
    path = paths.notebooks / "dasbor_unit.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(
        3,
        nbformat.v4.new_code_cell(
            "import os, time\n"
            "if kode_unit == 'KBM-ADIMULYO':\n    raise ValueError('data uji rusak')\n"
            "if kode_unit == 'KBM-ALIAN':\n    os._exit(1)\n"
            "if kode_unit == 'KBM-AMBAL':\n    time.sleep(60)\n"
        ),
    )
    nbformat.write(nb, path)


def test_failures_are_isolated_and_reported(tmp_path: Path) -> None:
    paths = _project(tmp_path)
    _break_notebook(paths)
    units = ["KBM-ADIMULYO", "KBM-ALIAN", "KBM-AMBAL", "KBM-AYAH"]
    summary = run(paths, only_units=units, workers=2, timeout=10, progress=False)
    status = {r.job.kode_unit: r for r in summary.results if r.job.kind == "dasbor"}
    assert status["KBM-AYAH"].status == "ok"
    assert (
        status["KBM-ADIMULYO"].status == "gagal"
        and "ValueError: data uji rusak" in status["KBM-ADIMULYO"].error
    )
    assert status["KBM-ADIMULYO"].cell is not None
    assert status["KBM-ALIAN"].status == "gagal" and "kernel" in status["KBM-ALIAN"].error.lower()
    assert status["KBM-AMBAL"].status == "gagal" and "batas waktu" in status["KBM-AMBAL"].error
    lines = "\n".join(summary.lines())
    assert "GAGAL Kecamatan Adimulyo [KBM-ADIMULYO] dasbor_unit.ipynb, sel" in lines
    index = (paths.reports / "kebumen" / "2024" / "index.html").read_text(encoding="utf-8")
    assert "data uji rusak" in index and 'href="kecamatan-ayah/dasbor_unit.html"' in index
    log = json.loads((paths.reports / "_log" / "run-terakhir.json").read_text(encoding="utf-8"))
    assert sum(h["status"] == "gagal" for h in log["hasil"]) == 3
    assert (
        paths.reports / "kebumen" / "2024" / "kecamatan-adimulyo" / "dasbor_unit.gagal.ipynb"
    ).exists()
    assert not (
        paths.reports / "kebumen" / "2024" / "kecamatan-adimulyo" / "dasbor_unit.html"
    ).exists()


# --------------------------------------------------------------------------- in a real browser


def test_dashboards_render_offline_in_chromium(batch, browser) -> None:
    paths, _ = batch
    for page_path, figures in (
        (
            _dashboard(paths, "kebumen", 2024, "sekretariat-daerah-kabupaten-kebumen"),
            ("IKM", "90,40", "106,35%", "Baik Sekali"),
        ),
        (_dashboard(paths, "jember", 2021, "kecamatan-semboro"), ("71,4%", "Cukup")),
    ):
        page, requests, errors = open_page(browser, page_path)
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=20_000)
        assert page.locator(".js-plotly-plot .main-svg").count() >= 2  # plotly drew its SVG
        tree = page.locator(".js-plotly-plot").filter(has_text="Pohon")
        assert tree.count() >= 1 and tree.first.is_visible()
        text = page.inner_text("body")
        for figure in figures:
            assert figure in text, (page_path.name, figure)
        assert errors == [], errors
        assert [u for u in requests if not u.startswith("file://")] == []
        page.screenshot(path=str(page_path.with_suffix(".png")), full_page=False)
        page.close()


def test_index_renders_and_links_work(batch, browser) -> None:
    paths, _ = batch
    page, requests, errors = open_page(browser, paths.reports / "kebumen" / "2024" / "index.html")
    assert "Sekretariat Daerah Kabupaten Kebumen" in page.inner_text("body")
    page.click("text=Sekretariat Daerah Kabupaten Kebumen")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=20_000)
    assert "106,35%" in page.inner_text("body")
    assert errors == [] and [u for u in requests if not u.startswith("file://")] == []
    page.close()
