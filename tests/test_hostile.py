"""Hostile workbooks are refused by `sakip validate` and `sakip ingest`: clear words,
exit 1, no traceback, within 10 s and 500 MB, nothing written, raw files untouched.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sakiplib.ingest import collect
from sakiplib.xlsxguard import Limits, inspect_workbook
from tests.conftest import valid_tables
from tests.hostile import CASES, HostileCase, base_workbook, run_cli_measured

TIME_LIMIT_S = 10.0
MEMORY_LIMIT_MIB = 500.0


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for case in CASES:
        case.make(folder / f"{case.name}.xlsx")
    return folder


def test_the_corpus_is_what_it_claims(corpus: Path) -> None:
    import zipfile

    with zipfile.ZipFile(corpus / "zip_bomb_declared.xlsx") as archive:
        declared = archive.getinfo("xl/worksheets/sheet6.xml").file_size
    assert declared > 3 * 10**9  # inflates to gigabytes ...
    assert (corpus / "zip_bomb_declared.xlsx").stat().st_size < 10 * 10**6  # ... from 8 MB
    with zipfile.ZipFile(corpus / "zip_bomb_lying.xlsx") as archive:
        assert archive.getinfo("xl/worksheets/sheet6.xml").file_size == 40_000
    assert (corpus / "old_xls.xlsx").read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    assert (corpus / "password_protected.xlsx").read_bytes()[:4] == b"\xd0\xcf\x11\xe0"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_validate_refuses_quickly_and_clearly(case: HostileCase, corpus: Path) -> None:
    path = corpus / f"{case.name}.xlsx"
    before = _digest(corpus)
    code, output, seconds, peak_mib = run_cli_measured(["validate", str(path)], corpus)
    print(f"{case.name}: validate {seconds:.2f} s, {peak_mib:.0f} MiB")
    assert code == 1, output
    assert case.message in output, output
    assert f"{case.name}.xlsx" in output
    assert "Validasi GAGAL" in output
    assert "Traceback" not in output and "Error:" not in output
    if case.cell:
        assert f"sel {case.cell}" in output, output
    assert seconds < TIME_LIMIT_S
    assert peak_mib < MEMORY_LIMIT_MIB
    assert _digest(corpus) == before


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_ingest_refuses_and_writes_nothing(case: HostileCase, tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    base_workbook(raw / "baik.xlsx")
    case.make(raw / f"{case.name}.xlsx")
    before = _digest(raw)
    code, output, seconds, peak_mib = run_cli_measured(
        ["ingest", "--raw", str(raw), "--out", str(out)], tmp_path
    )
    print(f"{case.name}: ingest {seconds:.2f} s, {peak_mib:.0f} MiB")
    assert code == 1, output
    assert case.message in output and "Ingest GAGAL" in output, output
    assert "Traceback" not in output
    assert seconds < TIME_LIMIT_S
    assert peak_mib < MEMORY_LIMIT_MIB
    assert not (out / "tables").exists()
    assert not any(out.rglob("*.parquet")) if out.exists() else True
    assert _digest(raw) == before


def test_formula_cells_are_named_one_by_one(corpus: Path) -> None:
    result = collect([corpus / "formulas_without_values.xlsx"], base=corpus)
    finding = next(f for f in result.report.errors if "rumus" in f.message)
    assert finding.sheet == "Realisasi"
    assert finding.cell == "E2"
    assert finding.value == "2 sel: E2, E3"


def test_formulas_with_cached_values_are_read(tmp_path: Path) -> None:
    """What Excel saves (formula plus its value) is not an error."""
    import zipfile

    path = tmp_path / "excel.xlsx"
    base_workbook(path)
    with zipfile.ZipFile(path) as archive:
        members = [(i.filename, archive.read(i)) for i in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            if name == "xl/worksheets/sheet6.xml":
                data = data.replace(b"<v>12</v>", b"<f>6+6</f><v>12</v>", 1)
                assert b"<f>6+6</f>" in data
            archive.writestr(name, data)
    result = collect([path], base=tmp_path)
    assert result.ok, result.report.format()
    realisasi = result.tables["realisasi"]
    assert 12.0 in set(realisasi["nilai"])


def test_valid_and_large_workbooks_pass_the_guard(tmp_path: Path) -> None:
    """The guard refuses nothing real: the template, and a 200.000-row sheet."""
    path = tmp_path / "baik.xlsx"
    base_workbook(path)
    assert inspect_workbook(path) == []
    tables = valid_tables()
    realisasi = tables["realisasi"]
    tables["realisasi"] = realisasi.loc[realisasi.index.repeat(100_000)].reset_index(drop=True)
    big = tmp_path / "besar.xlsx"
    from sakiplib.template import write_workbook

    write_workbook(big, tables)
    assert inspect_workbook(big) == []
    # ... and a tighter limit refuses it with the sheet named
    problems = inspect_workbook(big, limits=Limits(max_cells=100_000))
    assert problems and problems[0].sheet == "Realisasi"
    assert "terlalu besar" in problems[0].message


FAR_CELL = b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        # a far cell hidden behind a newline instead of a space
        (
            lambda d: d.replace(b"</sheetData>", FAR_CELL.replace(b'<c r="', b'<c\nr="')),
            "rentang sheet terlalu besar",
        ),
        # rows written out of order, the far one first
        (
            lambda d: d.replace(b"<sheetData>", b"<sheetData>" + FAR_CELL[:-12]),
            "rentang sheet terlalu besar",
        ),
        # cells without references: one row 20.000 cells wide, then 1.000 rows
        (
            lambda d: d.replace(
                b"</sheetData>",
                b"<row>"
                + b'<c t="n"><v>1</v></c>' * 20_000
                + b"</row>"
                + b'<row><c t="n"><v>1</v></c></row>' * 1_000
                + b"</sheetData>",
            ),
            "di luar batas Excel",
        ),
        # a namespace prefix on every element
        (
            lambda d: (
                d.replace(b"<", b"<x:")
                .replace(b"<x:/", b"</x:")
                .replace(b"xmlns=", b"xmlns:x=")
                .replace(
                    b"</x:sheetData>", FAR_CELL.replace(b"<", b"<x:").replace(b"<x:/", b"</x:")
                )
            ),
            "rentang sheet terlalu besar",
        ),
        # a dimension that lies about the range
        (
            lambda d: d.replace(b'<dimension ref="A1:G3" />', b'<dimension ref="A1:B2" />').replace(
                b"</sheetData>", b'<row r="900000"><c r="Z900000"><v>1</v></c></row></sheetData>'
            ),
            "rentang sheet terlalu besar",
        ),
    ],
    ids=["newline_before_r", "out_of_order", "cells_without_r", "prefixed", "lying_dimension"],
)
def test_tricks_to_hide_a_huge_range_are_seen(edit, message: str, tmp_path: Path) -> None:
    from tests.hostile import _edit_sheet

    path = tmp_path / "akal.xlsx"
    _edit_sheet(path, edit)
    problems = inspect_workbook(path)
    assert problems and message in problems[0].message, problems
    assert problems[0].sheet == "Realisasi"
