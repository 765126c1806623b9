"""Round trips through real .xlsx files, and the quirks of real workbooks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from sakiplib.ingest import collect, ingest, load_tables
from sakiplib.reader import read_workbook
from sakiplib.schema import TABLES
from sakiplib.template import write_template, write_workbook
from tests.conftest import valid_tables


def _fill_template(path: Path, tables: dict[str, pd.DataFrame]) -> None:
    """Fill the blank template the way an operator would: below the example row."""
    wb = openpyxl.load_workbook(path)
    for name, frame in tables.items():
        ws = wb[TABLES[name].sheet]
        header = [c.value for c in ws[1]]
        for i, record in enumerate(frame.to_dict("records"), start=3):
            for column, value in record.items():
                if value is not None and not (isinstance(value, float) and np.isnan(value)):
                    ws.cell(row=i, column=header.index(column) + 1, value=value)
    wb.save(path)


def _assert_same(read: pd.DataFrame, written: pd.DataFrame, table: str) -> None:
    for column in written.columns:
        got = read[column].tolist()
        want = written[column].tolist()
        for g, w in zip(got, want, strict=True):
            if w is None or (isinstance(w, float) and np.isnan(w)):
                assert g is None or g is pd.NA or (isinstance(g, float) and np.isnan(g)), (
                    table,
                    column,
                )
            elif isinstance(w, int | float) and not isinstance(w, bool):
                assert float(g) == pytest.approx(float(w)), (table, column)
            else:
                assert str(g) == str(w), (table, column, g, w)


def test_template_filled_by_code_ingests_to_what_was_filled(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    path = raw / "isian.xlsx"
    write_template(path)
    filled = valid_tables()
    _fill_template(path, filled)

    result = ingest(raw, out)
    assert result.ok, result.report.format()
    # the example rows were skipped, with one warning per sheet
    assert {f.sheet for f in result.report.warnings} == {t.sheet for t in TABLES.values()}
    tables = load_tables(out)
    for name, frame in filled.items():
        assert len(tables[name]) == len(frame), name
        _assert_same(tables[name], frame, name)
    assert set(tables["realisasi"]["kode_unit"]) == {"UJI-1"}  # blank kode_unit filled from Unit
    assert tables["anggaran"]["dokumen"].tolist() == ["DPA"] * 3  # default document


def test_write_workbook_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    written = valid_tables()
    write_workbook(path, written)
    data = read_workbook(path, label="a.xlsx")
    assert data.findings == []
    for name, frame in written.items():
        _assert_same(data.tables[name], frame, name)


def _quirky_workbook(path: Path) -> None:
    tables = valid_tables()
    tables["anggaran"] = tables["anggaran"].astype(object)
    tables["anggaran"].loc[0, ["pagu", "realisasi"]] = ["Rp. 3.457.463.874", "3,148,478,480"]
    tables["anggaran"].loc[1, ["pagu", "realisasi", "capaian_laporan"]] = [
        "3.457.463.874",
        "-",
        "91,06%",
    ]
    tables["anggaran"].loc[2, ["pagu", "realisasi"]] = ["2,519,516,374", None]
    tables["realisasi"] = tables["realisasi"].astype(object)
    tables["realisasi"].loc[0, "nilai"] = "60,7"
    tables["realisasi"].loc[1, "nilai"] = "12"  # number stored as text
    tables["target"] = tables["target"].astype(object)
    tables["target"].loc[0, "nilai"] = "B"
    tables["realisasi"]["kode_unit"] = ["UJI-1", None]
    write_workbook(
        path,
        tables,
        notes={
            "realisasi": ["Sumber: LKjIP Kecamatan Uji 2024, Tabel 3.1"],
            "anggaran": ["Keterangan: data sementara"],
        },
        merges={"realisasi": ["A2:A3"]},
    )
    wb = openpyxl.load_workbook(path)
    ws = wb["Pohon"]
    ws.insert_rows(1)
    ws["A1"] = "LAMPIRAN POHON KINERJA KECAMATAN UJI"
    wb.save(path)


def test_real_quirks_are_read_as_the_clerk_meant(tmp_path: Path) -> None:
    path = tmp_path / "quirks.xlsx"
    _quirky_workbook(path)
    data = read_workbook(path, label="quirks.xlsx")
    assert [f for f in data.findings if f.severity == "galat"] == []

    anggaran = data.tables["anggaran"]
    assert anggaran["pagu"].tolist() == [3457463874, 3457463874, 2519516374]
    assert anggaran["realisasi"].iloc[0] == 3148478480
    assert np.isnan(anggaran["realisasi"].iloc[1]) and np.isnan(anggaran["realisasi"].iloc[2])
    assert anggaran["capaian_laporan"].iloc[1] == pytest.approx(91.06)

    realisasi = data.tables["realisasi"]
    assert realisasi["nilai"].tolist() == pytest.approx([60.7, 12.0])
    assert realisasi["kode_unit"].tolist() == ["UJI-1", "UJI-1"]  # merged cell filled down
    assert len(realisasi) == 2  # the note row under the table is not data
    target = data.tables["target"]
    assert target["nilai_mutu"].iloc[0] == "B" and np.isnan(target["nilai"].iloc[0])

    pohon = data.tables["pohon"]
    assert len(pohon) == 3 and pohon["sumber_baris"].tolist() == [3, 4, 5]  # title row above header

    mixed = [f for f in data.findings if "format angka campuran" in f.message]
    assert len(mixed) == 1 and mixed[0].sheet == "Anggaran"


def test_warnings_do_not_fail_but_are_reported(tmp_path: Path) -> None:
    tables = valid_tables()
    tables["anggaran"].loc[2, "realisasi"] = 1_200_000  # above pagu
    tables["ikm"].loc[0, "nilai"] = 107.30  # impossible on the 25-100 scale
    write_workbook(tmp_path / "w.xlsx", tables)
    result = collect([tmp_path / "w.xlsx"], base=tmp_path)
    assert result.ok
    messages = [f.message for f in result.report.warnings]
    assert "realisasi anggaran melebihi pagu" in messages
    assert "nilai IKM di luar skala 25-100, tidak mungkin terjadi" in messages


def test_duplicate_unit_across_files_is_an_error(tmp_path: Path) -> None:
    write_workbook(tmp_path / "a.xlsx", valid_tables())
    write_workbook(tmp_path / "b.xlsx", valid_tables())
    result = collect([tmp_path / "a.xlsx", tmp_path / "b.xlsx"], base=tmp_path)
    dups = [f for f in result.report.errors if f.sheet == "Unit" and "data ganda" in f.message]
    assert dups and dups[0].file == "b.xlsx" and "a.xlsx" in dups[0].message


def test_excel_lock_files_are_skipped(tmp_path: Path) -> None:
    from sakiplib.ingest import find_workbooks

    write_workbook(tmp_path / "a.xlsx", valid_tables())
    (tmp_path / "~$a.xlsx").write_bytes(b"lock")
    assert [p.name for p in find_workbooks(tmp_path)] == ["a.xlsx"]


def test_text_that_looks_like_a_formula_round_trips_as_text(tmp_path: Path) -> None:
    """write_workbook never turns text into a formula; the reader gets the text back."""
    from tests.conftest import valid_tables

    tables = valid_tables()
    tables["pohon"].loc[0, "uraian"] = '=HYPERLINK("http://contoh.invalid","klik")'
    path = tmp_path / "teks.xlsx"
    write_workbook(path, tables)
    sheet = openpyxl.load_workbook(path)["Pohon"]
    (cell,) = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("=")]
    assert cell.data_type == "s" and cell.quotePrefix
    result = collect([path], base=tmp_path)
    assert result.ok, result.report.format()
    assert result.tables["pohon"]["uraian"].iloc[0] == '=HYPERLINK("http://contoh.invalid","klik")'
