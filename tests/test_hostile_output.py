"""Hostile text from spreadsheets: shown as text and never executed on any page,
neutralised in exported spreadsheets; hostile unit names give safe, unique file
names and nothing is written outside reports/.
"""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from sakiplib.cli import main
from sakiplib.ingest import collect, ingest
from sakiplib.report import WINDOWS_RESERVED
from sakiplib.runner import run
from sakiplib.settings import Paths
from sakiplib.template import write_workbook
from tests.conftest import open_page, valid_tables

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'
PAYLOAD = f"{SCRIPT}{IMG}&amp;'\""
KABUPATEN = f"Kebumen {SCRIPT}"
LONG_NAME = "Kecamatan " + "Sangat Panjang Sekali " * 20
NON_LATIN = "Кечаматан Прембун 北京市 ❤"
UNITS = {
    "CON": "CON",
    "TITIK": "../../x",
    "DUP": "../../x",  # the same name twice must still give two folders
    "PANJANG": LONG_NAME,
    "NONLATIN": NON_LATIN,
    "XSS": f"Kecamatan {PAYLOAD}",
}


def hostile_tables(kode: str, nama: str) -> dict:
    """The valid dataset with script, markup and formula-looking text in every text column."""
    tables = valid_tables()
    tables["unit"] = tables["unit"].assign(
        kode_unit=kode,
        nama_unit=nama,
        kabupaten=KABUPATEN,
        kepala_unit=f'=HYPERLINK("http://contoh.invalid","{PAYLOAD}")',
        keterangan=f"+{PAYLOAD}",
    )
    tables["pohon"] = tables["pohon"].assign(
        uraian=tables["pohon"]["uraian"] + f" {PAYLOAD}",
        penanggung_jawab=f"@{PAYLOAD}",
    )
    tables["indikator"] = tables["indikator"].assign(
        uraian="=" + tables["indikator"]["uraian"] + f" {PAYLOAD}",
        satuan=f"-{IMG}",
        formulasi=f"=1+1 {PAYLOAD}",
        sumber_data=PAYLOAD,
    )
    tables["realisasi"] = tables["realisasi"].assign(kategori_laporan=f"={PAYLOAD}")
    tables["anggaran"] = tables["anggaran"].assign(
        uraian=tables["anggaran"]["uraian"] + f" {PAYLOAD}"
    )
    return tables


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory: pytest.TempPathFactory):
    outer = tmp_path_factory.mktemp("luar")
    paths = Paths.from_root(outer / "proyek")
    shutil.copytree(ROOT / "notebooks", paths.notebooks)
    for kode, nama in UNITS.items():
        write_workbook(paths.raw / f"{kode}.xlsx", hostile_tables(kode, nama))
    result = ingest(paths.raw, paths.processed)
    assert result.ok, result.report.format()
    summary = run(
        paths, notebooks=["dasbor", "pohon", "ikm", "anggaran"], workers=2, progress=False
    )
    return outer, paths, summary


def test_every_notebook_runs_on_hostile_text(hostile_project) -> None:
    _outer, _paths, summary = hostile_project
    assert not summary.failed, summary.lines()
    assert len(summary.results) == len(UNITS) * 4 + 1


def test_file_names_are_safe_unique_and_inside_reports(hostile_project) -> None:
    outer, paths, _summary = hostile_project
    # nothing but the project itself under the outer folder: no ../../x escaped
    assert sorted(p.name for p in outer.iterdir()) == ["proyek"]
    assert sorted(p.name for p in paths.root.iterdir()) == [
        "data",
        "notebooks",
        "reports",
    ]
    for path in paths.reports.rglob("*"):
        assert path.resolve().is_relative_to(paths.reports.resolve())
        name = path.name.split(".")[0] if not path.name.startswith(".") else "x"
        assert re.fullmatch(r"[a-z0-9_-]{1,60}|index|ikhtisar", name) or path.name.startswith(
            ("_", ".")
        ), path
        assert name.lower() not in WINDOWS_RESERVED, path
    kabupaten_dirs = [p for p in paths.reports.iterdir() if p.is_dir() and p.name != "_static"]
    kabupaten_dirs = [p for p in kabupaten_dirs if p.name != "_log"]
    assert len(kabupaten_dirs) == 1
    (year_dir,) = list(kabupaten_dirs[0].iterdir())
    unit_dirs = sorted(p.name for p in year_dir.iterdir() if p.is_dir())
    assert len(unit_dirs) == len(UNITS) == len(set(unit_dirs))
    assert "unit-con" in unit_dirs and "x" in unit_dirs
    assert all(len(name) <= 60 for name in unit_dirs)


def _pages(paths: Paths) -> list[Path]:
    return sorted(p for p in paths.reports.rglob("*.html"))


ALL_CHARTS_DRAWN = """() => [...document.querySelectorAll('.js-plotly-plot')]
  .every(gd => gd._fullLayout && gd.querySelector('.main-svg'))"""
HOVER_EVERY_POINT = """() => {
  let shown = 0;
  for (const gd of document.querySelectorAll('.js-plotly-plot')) {
    (gd.data || []).forEach((trace, curve) => {
      const n = Math.min((trace.x || trace.y || trace.labels || trace.ids || []).length, 60);
      for (let i = 0; i < n; i++) {
        try {
          Plotly.Fx.hover(gd, [{curveNumber: curve, pointNumber: i}]);
          shown += document.querySelectorAll('.hovertext').length;
        } catch (e) { /* chart kinds without Fx.hover */ }
      }
    });
  }
  return shown;
}"""


class _Elements(HTMLParser):
    """Every element, attribute and script body of a page, as a browser parses them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def test_markup_from_cells_is_escaped_in_every_page(hostile_project) -> None:
    _outer, paths, _summary = hostile_project
    pages = _pages(paths)
    assert len(pages) == len(UNITS) * 4 + 3  # + overview, kabupaten index, root index
    for page in pages:
        source = page.read_text(encoding="utf-8")
        assert SCRIPT not in source and IMG not in source, page
        parsed = _Elements()
        parsed.feed(source)
        # no element came from a cell: no <img>, no event handler, no script of ours
        assert [t for t, _ in parsed.tags if t == "img"] == [], page
        assert [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")] == [], page
        for script in parsed.scripts:
            # data inside plotly's JSON is escaped text, never a closing tag
            assert "</script" not in script.lower() and "window.__pwned=1</" not in script
    dashboard = next(p for p in pages if p.name == "dasbor_unit.html" and "kecamatan" in str(p))
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in dashboard.read_text(encoding="utf-8")


def test_pages_show_the_text_and_run_nothing_in_chromium(hostile_project, browser) -> None:
    _outer, paths, _summary = hostile_project
    for path in _pages(paths):
        page, requests, errors = open_page(browser, path)
        dialogs: list[str] = []
        page.on("dialog", lambda d, seen=dialogs: (seen.append(d.message), d.dismiss()))
        if path.name not in ("index.html",):
            page.wait_for_selector(".js-plotly-plot .main-svg", timeout=20_000)
            page.wait_for_function(ALL_CHARTS_DRAWN, timeout=20_000)
            # hover every point of every chart: plotly draws the hover label from data
            hovered = page.evaluate(HOVER_EVERY_POINT)
            assert hovered > 0, path
        assert page.evaluate("window.__pwned") is None, path
        assert dialogs == [] and errors == [], (path, errors)
        assert [u for u in requests if not u.startswith("file://")] == [], path
        assert [u for u in requests if u.endswith("/x")] == [], path  # <img src=x> never loaded
        page.close()
    dashboard = next(p for p in _pages(paths) if "kecamatan" in str(p.parent))
    page, _requests, _errors = open_page(browser, dashboard)
    assert SCRIPT in page.inner_text("body")  # shown to the reader as text
    page.close()


def test_exported_spreadsheet_carries_no_formula(hostile_project, tmp_path: Path) -> None:
    _outer, paths, _summary = hostile_project
    out = tmp_path / "lkjip.xlsx"
    assert (
        main(["lkjip", "--unit", "XSS", "--out", str(out), "--processed", str(paths.processed)])
        == 0
    )
    workbook = openpyxl.load_workbook(out)
    texts = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                    assert not cell.value.startswith(("=", "+", "-", "@")), cell.value
    assert any(text.startswith("'=") and SCRIPT in text for text in texts)
    raw = json.dumps(texts)
    assert "HYPERLINK" not in raw or "'=HYPERLINK" in raw


def test_a_code_with_a_path_is_refused_at_input(tmp_path: Path) -> None:
    path = tmp_path / "jalur.xlsx"
    write_workbook(path, hostile_tables("../../x", "Kecamatan Jalur"))
    result = collect([path], base=tmp_path)
    assert not result.ok
    finding = result.report.errors[0]
    assert finding.sheet == "Unit" and finding.cell == "A2"
    assert finding.expected == "kode (huruf, angka, titik atau tanda hubung)"
    assert finding.value == "../../x"
