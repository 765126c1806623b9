"""Write the operators' workbook: the blank template, or one filled by code.

The sheets, headers, dropdowns and number formats come from
:mod:`sakiplib.schema`, so the template and the reader always agree.

>>> import tempfile, pathlib, openpyxl
>>> out = pathlib.Path(tempfile.mkdtemp()) / "template.xlsx"
>>> write_template(out)
>>> wb = openpyxl.load_workbook(out)
>>> wb.sheetnames[:3]
['Petunjuk', 'Unit', 'Pohon']
>>> [c.value for c in wb["Realisasi"][1]][:4]
['kode_unit', 'kode_indikator', 'tahun', 'periode']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from sakiplib.io import atomic_path
from sakiplib.schema import EXAMPLE_MARKER, TABLES, Column, Table

VALIDATION_ROWS = 5000
_HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_EXAMPLE_FONT = Font(italic=True, color="7F7F7F")

PETUNJUK_INTRO = [
    "PETUNJUK PENGISIAN WORKBOOK SAKIP",
    "",
    "Workbook ini dipakai untuk mengirim data kinerja (pohon kinerja, indikator, target, realisasi, "
    "anggaran dan survei kepuasan masyarakat) ke analis SAKIP kabupaten.",
    "Aturan umum:",
    "1. Jangan mengubah nama sheet dan judul kolom di baris pertama setiap sheet.",
    "2. Satu baris = satu data. Jangan menggabungkan (merge) sel di tengah tabel bila tidak perlu.",
    "3. Angka boleh ditulis 3.457.463.874 atau 3457463874; desimal memakai koma (60,7). "
    "Tanda Rp dan % boleh ditulis. Sel kosong atau '-' berarti data tidak ada.",
    "4. Target dan realisasi kualitatif ditulis dengan huruf mutu A, B, C atau D.",
    "5. Kolom berpilihan (dropdown) hanya menerima nilai dari daftar.",
    "6. Baris contoh (kode_unit = CONTOH) akan diabaikan; hapus atau timpa baris tersebut.",
    "7. kode_unit boleh dikosongkan di sheet selain Unit bila workbook hanya berisi satu unit.",
    "8. Jangan menulis rumus (=...) di sel data; tulis nilainya.",
    "9. Catatan boleh ditulis di bawah tabel, dipisah satu baris kosong, dalam satu sel saja.",
    "",
    "Daftar sheet dan kolom:",
]


def write_template(path: str | Path) -> None:
    """Write the blank template (Petunjuk, one sheet per table, example rows)."""
    write_workbook(path, {}, example_rows=True)


def write_workbook(
    path: str | Path,
    tables: Mapping[str, pd.DataFrame],
    *,
    example_rows: bool = False,
    petunjuk_notes: Sequence[str] = (),
    notes: Mapping[str, Sequence[str]] | None = None,
    merges: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """Write a workbook in the template's layout holding ``tables``.

    ``tables`` maps table names (``"realisasi"``) to DataFrames whose columns
    are a subset of the table's columns; cell values are written as given, so
    text such as ``"Rp. 3.457.463.874"`` stays text. ``notes`` adds note rows
    under a sheet's table, ``merges`` merges cell ranges ("A2:A5"), and
    ``petunjuk_notes`` adds lines on top of the Petunjuk sheet (e.g. that the
    data are synthetic). The file is written aside and renamed into place.
    """
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise KeyError(f"unknown tables: {sorted(unknown)}")
    wb = Workbook()
    _write_petunjuk(wb.active, petunjuk_notes)
    for table in TABLES.values():
        ws = wb.create_sheet(table.sheet)
        _write_header(ws, table)
        start = 2
        if example_rows:
            _write_example(ws, table)
            start = 3
        frame = tables.get(table.name)
        end = start - 1
        if frame is not None:
            end = _write_rows(ws, table, frame, start)
        for i, text in enumerate((notes or {}).get(table.name, ())):
            end += 2 if i == 0 else 1  # one blank row between the table and its notes
            ws.cell(row=end, column=1, value=text).font = Font(italic=True)
        for cell_range in (merges or {}).get(table.name, ()):
            ws.merge_cells(cell_range)
        _add_validations(ws, table)
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _write_petunjuk(ws: Worksheet, extra: Iterable[str]) -> None:
    ws.title = "Petunjuk"
    lines = [*extra, *([""] if extra else []), *PETUNJUK_INTRO]
    for i, text in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=text)
    ws["A1"].font = Font(bold=True, size=13)
    row = len(lines) + 1
    for table in TABLES.values():
        ws.cell(row=row, column=1, value=f"Sheet {table.sheet}").font = Font(bold=True)
        ws.cell(row=row, column=2, value=table.description)
        row += 1
        for col in table.columns:
            ws.cell(row=row, column=2, value=col.name)
            ws.cell(row=row, column=3, value="wajib" if col.required else "boleh kosong")
            ws.cell(row=row, column=4, value=col.description)
            ws.cell(row=row, column=5, value=col.expectation())
            row += 1
        row += 1
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 13
    ws.column_dimensions["D"].width = 70
    ws.column_dimensions["E"].width = 45


def _write_header(ws: Worksheet, table: Table) -> None:
    for j, col in enumerate(table.columns, start=1):
        cell = ws.cell(row=1, column=j, value=col.name)
        cell.fill = _HEADER_FILL
        cell.font = _HEADER_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.comment = Comment(f"{col.description}\nIsi: {col.expectation()}", "sakiplib")
        ws.column_dimensions[get_column_letter(j)].width = col.width
    ws.freeze_panes = "A2"


def _write_example(ws: Worksheet, table: Table) -> None:
    for j, col in enumerate(table.columns, start=1):
        value = EXAMPLE_MARKER if col.name == "kode_unit" else col.example
        cell = ws.cell(row=2, column=j, value=value if value != "" else None)
        cell.font = _EXAMPLE_FONT
        cell.number_format = col.number_format


def _write_rows(ws: Worksheet, table: Table, frame: pd.DataFrame, start: int) -> int:
    unknown = [c for c in frame.columns if c not in table.column_names]
    if unknown:
        raise KeyError(f"{table.name}: unknown columns {unknown}")
    positions = [(table.column_names.index(c) + 1, table.column(c)) for c in frame.columns]
    row = start - 1
    for row, values in enumerate(frame.itertuples(index=False, name=None), start=start):
        for (j, col), value in zip(positions, values, strict=True):
            if value is None or (isinstance(value, float) and value != value):
                continue
            cell = ws.cell(row=row, column=j, value=_plain(value))
            cell.number_format = col.number_format
            if isinstance(value, str) and cell.data_type == "f":
                # Text that looks like a formula stays text, as if typed with a
                # leading apostrophe in Excel: never a formula, value unchanged.
                cell.data_type = "s"
                cell.quotePrefix = True
    return row


def _plain(value: object) -> object:
    """numpy scalars -> Python scalars, so openpyxl writes them as numbers."""
    item = getattr(value, "item", None)
    return item() if callable(item) else value


def _add_validations(ws: Worksheet, table: Table) -> None:
    last = VALIDATION_ROWS
    for j, col in enumerate(table.columns, start=1):
        letter = get_column_letter(j)
        dv = _validation_for(col)
        if dv is None:
            continue
        dv.error = f"Isian kolom {col.name} harus {col.expectation()}."
        dv.errorTitle = "Isian tidak sesuai"
        dv.prompt = col.description
        dv.showErrorMessage = True
        dv.showInputMessage = True
        ws.add_data_validation(dv)
        dv.add(f"{letter}2:{letter}{last}")


def _validation_for(col: Column) -> DataValidation | None:
    if col.kind == "enum":
        return DataValidation(
            type="list", formula1='"' + ",".join(col.allowed) + '"', allow_blank=True
        )
    if col.kind == "integer" and col.minimum is not None and col.maximum is not None:
        return DataValidation(
            type="whole",
            operator="between",
            formula1=str(int(col.minimum)),
            formula2=str(int(col.maximum)),
            allow_blank=True,
        )
    return None
