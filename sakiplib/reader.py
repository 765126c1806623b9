"""Read one SAKIP workbook into tidy tables, collecting every problem at once.

The reader uses python-calamine (several times faster than openpyxl) and reads
what clerks really type: Indonesian and English number formats in one file,
"-" and blanks, numbers stored as text, mutu letters, merged cells (the value
of a merged block is filled down its first column), a title row above the
header, and notes rows under a table. Each cell is parsed once per distinct
value, so large sheets stay fast.

Tables come back with the schema's columns plus provenance (``sumber_file``,
``sumber_sheet``, ``sumber_baris``). A ``nilai`` column (number or mutu
letter) is split into ``nilai`` (number) and ``nilai_mutu`` (letter).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook

from sakiplib import parsing, xlsxguard
from sakiplib.findings import GALAT, PERINGATAN, Finding
from sakiplib.schema import (
    EXAMPLE_MARKER,
    SHEET_TO_TABLE,
    TABLES,
    Column,
    Table,
)

HEADER_SEARCH_ROWS = 10
NOTE_PREFIXES = ("catatan", "keterangan", "ket", "sumber", "*", "note", "nb")


@dataclass
class WorkbookData:
    """What one workbook holds: tables, where each column sits, and findings."""

    label: str
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    #: table -> column -> column letter in that sheet, to name cells later.
    letters: dict[str, dict[str, str]] = field(default_factory=dict)
    sheets: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    #: False when a file or sheet could not be read at all (cross-table checks skip it).
    readable: bool = True
    #: First cell (sheet, cell, text) where each thousands mark ("." or ",") was seen.
    grouping: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    def error(
        self, sheet: str | None, cell: str | None, value: object, expected: str, message: str
    ) -> None:
        self.findings.append(Finding(GALAT, self.label, sheet, cell, value, expected, message))

    def warn(
        self, sheet: str | None, cell: str | None, value: object, expected: str, message: str
    ) -> None:
        self.findings.append(Finding(PERINGATAN, self.label, sheet, cell, value, expected, message))

    @property
    def cells_read(self) -> int:
        return sum(len(df) * len(self.letters.get(name, {})) for name, df in self.tables.items())


def read_workbook(path: str | Path, label: str | None = None) -> WorkbookData:
    """Read and check one workbook; never raises for bad input, reports instead.

    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "catatan.xlsx"
    >>> _ = bad.write_text("bukan excel")
    >>> data = read_workbook(bad, label="catatan.xlsx")
    >>> data.findings[0].message
    'file ini bukan workbook Excel (.xlsx)'
    """
    path = Path(path)
    data = WorkbookData(label=label or str(path))
    workbook = _open(path, data)
    if workbook is None:
        data.readable = False
        return data
    try:
        with gc_paused():
            _read_sheets(workbook, data)
    finally:
        workbook.close()
    _mixed_grouping_warning(data)
    _fill_kode_unit(data)
    return data


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of cell objects are made.

    The cells form no reference cycles, so nothing is lost; the collector's
    repeated passes over the young objects would cost about 10% of the read.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _open(path: Path, data: WorkbookData) -> CalamineWorkbook | None:
    """Open ``path`` for calamine only after :mod:`sakiplib.xlsxguard` finds it safe."""
    if not path.is_file():
        data.error(None, None, None, xlsxguard.EXPECTED, "file tidak ditemukan")
        return None
    problems = xlsxguard.inspect_workbook(
        path, wanted=lambda sheet: sheet.strip().lower() in SHEET_TO_TABLE
    )
    for problem in problems:
        data.error(problem.sheet, problem.cell, problem.value, problem.expected, problem.message)
    if any(problem.fatal for problem in problems):
        return None
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises several types for broken zips
        data.error(
            None,
            None,
            type(exc).__name__,
            xlsxguard.EXPECTED,
            "file .xlsx rusak atau tidak lengkap",
        )
        return None


def _read_sheets(workbook: CalamineWorkbook, data: WorkbookData) -> None:
    found = {}
    for name in workbook.sheet_names:
        table_name = SHEET_TO_TABLE.get(name.strip().lower())
        if table_name is not None:
            found[table_name] = name
    if not found:
        data.error(
            None,
            None,
            ", ".join(workbook.sheet_names) or "(tidak ada sheet)",
            "sheet: " + ", ".join(t.sheet for t in TABLES.values()),
            "workbook tidak memuat satu pun sheet template SAKIP",
        )
        data.readable = False
        return
    if "unit" not in found:
        data.error(
            "Unit",
            None,
            None,
            "sheet 'Unit' berisi kode_unit, nama_unit, ...",
            "sheet 'Unit' tidak ada",
        )
        data.readable = False
    for table_name, sheet_name in found.items():
        data.sheets[table_name] = sheet_name
        try:
            rows = _sheet_rows(workbook, sheet_name)
        except Exception as exc:  # a damaged sheet inside a readable zip
            data.error(
                sheet_name,
                None,
                None,
                "sheet yang utuh; simpan ulang file dari Excel",
                f"sheet tidak dapat dibaca, file rusak ({type(exc).__name__})",
            )
            data.readable = False
            continue
        frame = _read_table(TABLES[table_name], sheet_name, rows, data)
        if frame is not None:
            data.tables[table_name] = frame
    unit = data.tables.get("unit")
    if unit is not None and unit.empty and "unit" in found:
        data.error(found["unit"], "A2", None, "minimal satu baris unit", "sheet 'Unit' belum diisi")


def _sheet_rows(workbook: CalamineWorkbook, sheet_name: str) -> list[list[object]]:
    sheet = workbook.get_sheet_by_name(sheet_name)
    rows = sheet.to_python(skip_empty_area=False)
    merged = sheet.merged_cell_ranges or ()
    for (r0, c0), (r1, _c1) in merged:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0 + 1, r1 + 1):
            while r >= len(rows):
                rows.append([])
            row = rows[r]
            if len(row) <= c0:
                row.extend([""] * (c0 + 1 - len(row)))
            if row[c0] in ("", None):
                row[c0] = value
    width = max(map(len, rows), default=0)
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return rows


def _norm_header(value: object) -> str:
    return "_".join(str(value).strip().lower().replace("-", " ").split())


def _find_header(rows: list[list[object]], table: Table) -> tuple[int, dict[int, str]]:
    names = {_norm_header(c): c for c in table.column_names}
    best_row, best = 0, {}
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        matches = {j: names[_norm_header(v)] for j, v in enumerate(row) if _norm_header(v) in names}
        if len(matches) > len(best):
            best_row, best = i, matches
    return best_row, best


def _read_table(
    table: Table, sheet: str, rows: list[list[object]], data: WorkbookData
) -> pd.DataFrame | None:
    if not any(any(v not in ("", None) for v in row) for row in rows):
        return empty_table(table)
    header_row, mapping = _find_header(rows, table)
    width = max((len(r) for r in rows[:HEADER_SEARCH_ROWS]), default=1)
    header_range = f"A{header_row + 1}:{get_column_letter(max(width, 1))}{header_row + 1}"
    seen: dict[str, int] = {}
    for j, name in sorted(mapping.items()):
        if name in seen:
            data.error(
                sheet,
                f"{get_column_letter(j + 1)}{header_row + 1}",
                name,
                "setiap judul kolom hanya sekali",
                f"judul kolom '{name}' muncul dua kali (juga di kolom {get_column_letter(seen[name] + 1)})",
            )
        seen.setdefault(name, j)
    missing = [c for c in table.required_columns if c not in seen]
    if missing:
        data.error(
            sheet,
            header_range,
            ", ".join(str(v) for v in rows[header_row] if v not in ("", None)) if rows else None,
            "judul kolom di baris pertama: " + ", ".join(table.column_names),
            "judul kolom wajib tidak ditemukan: " + ", ".join(missing),
        )
        data.readable = False
        return None
    header = rows[header_row]
    for j, value in enumerate(header):
        if value not in ("", None) and j not in mapping:
            data.warn(
                sheet,
                f"{get_column_letter(j + 1)}{header_row + 1}",
                value,
                "judul kolom: " + ", ".join(table.column_names),
                "kolom tidak dikenal, isinya diabaikan",
            )
    positions = {name: j for name, j in seen.items()}
    data.letters[table.name] = {name: get_column_letter(j + 1) for name, j in positions.items()}
    numbers, body = _data_rows(rows, header_row, positions, sheet, data)
    return _parse_columns(table, sheet, numbers, body, positions, data)


def _data_rows(
    rows: list[list[object]],
    header_row: int,
    positions: dict[str, int],
    sheet: str,
    data: WorkbookData,
) -> tuple[list[int], list[list[object]]]:
    """Row numbers and rows holding data: blanks, notes and example rows skipped."""
    first_col = min(positions.values())
    numbers: list[int] = []
    kept: list[list[object]] = []
    for number, row in enumerate(rows[header_row + 1 :], start=header_row + 2):
        filled = len(row) - row.count("") - row.count(None)
        if not filled:
            continue
        if filled == 1:
            cell = next((j, v) for j, v in enumerate(row) if v not in ("", None))
            if _is_note(cell, first_col):
                continue
        numbers.append(number)
        kept.append(row)
    unit_col = positions.get("kode_unit")
    if unit_col is None or not any(_is_example(v) for v in {row[unit_col] for row in kept}):
        return numbers, kept
    examples = [n for n, row in zip(numbers, kept, strict=True) if _is_example(row[unit_col])]
    data.warn(
        sheet,
        f"A{examples[0]}",
        EXAMPLE_MARKER,
        "hapus atau timpa baris contoh",
        f"{len(examples)} baris contoh (kode_unit = {EXAMPLE_MARKER}) diabaikan",
    )
    pairs = [(n, r) for n, r in zip(numbers, kept, strict=True) if not _is_example(r[unit_col])]
    return [n for n, _ in pairs], [r for _, r in pairs]


def _is_example(value: object) -> bool:
    return isinstance(value, str) and value.strip().upper() == EXAMPLE_MARKER


def _is_note(cell: tuple[int, object], first_col: int) -> bool:
    j, value = cell
    if not isinstance(value, str):
        return False
    text = value.strip().lower()
    return j <= first_col and (" " in text or text.startswith(NOTE_PREFIXES))


_PARSERS: dict[str, Callable[[object], object]] = {
    "code": parsing.parse_code,
    "text": parsing.parse_text,
    "integer": parsing.parse_integer,
    "number": parsing.parse_number,
    "percent": parsing.parse_number,
    "nilai": parsing.parse_nilai,
}


def _parser_for(col: Column) -> Callable[[object], object]:
    if col.kind == "enum":
        return lambda v: parsing.parse_enum(v, col.allowed)
    return _PARSERS[col.kind]


def _parse_columns(
    table: Table,
    sheet: str,
    row_numbers: list[int],
    body: list[list[object]],
    positions: dict[str, int],
    data: WorkbookData,
) -> pd.DataFrame:
    blank = ("",) * len(body)
    columns: dict[str, object] = {}
    for col in table.columns:
        j = positions.get(col.name)
        raw = list(map(itemgetter(j), body)) if j is not None else blank
        letter = data.letters[table.name].get(col.name, "?")
        keys, cache = _parse_column(col, raw, row_numbers, sheet, letter, data)
        if col.default is not None:
            cache = {k: col.default if v is None else v for k, v in cache.items()}
        if col.kind == "nilai":
            letters = {k: v if isinstance(v, str) else None for k, v in cache.items()}
            columns[col.name] = _floats(keys, cache)
            columns[col.name + "_mutu"] = pd.array(
                list(map(letters.__getitem__, keys)), dtype="string"
            )
        elif col.kind in ("number", "percent"):
            columns[col.name] = _floats(keys, cache)
        elif col.kind == "integer":
            columns[col.name] = pd.array(_floats(keys, cache), dtype="Float64").astype("Int64")
        else:
            columns[col.name] = _strings(keys, cache)
    frame = pd.DataFrame(columns)
    frame["sumber_file"] = pd.array([data.label] * len(body), dtype="string")
    frame["sumber_sheet"] = pd.array([sheet] * len(body), dtype="string")
    frame["sumber_baris"] = pd.array(row_numbers, dtype="Int64")
    return frame


def _strings(
    keys: Sequence[object], cache: dict[object, object]
) -> pd.api.extensions.ExtensionArray:
    """Parsed values as a pandas string array (built through Arrow, the fast path)."""
    values = pa.array(list(map(cache.__getitem__, keys)), type=pa.string())
    return pd.arrays.ArrowStringArray(values)


def _floats(keys: Sequence[object], cache: dict[object, object]) -> np.ndarray:
    """Parsed values as float64, NaN where blank or not a number (C-speed mapping)."""
    as_float = {k: v if isinstance(v, float | int) else np.nan for k, v in cache.items()}
    return np.fromiter(map(as_float.__getitem__, keys), dtype="float64", count=len(keys))


def _to_array(col: Column, values: list[object]) -> object:
    if col.kind == "integer":
        return pd.array(values, dtype="Int64")
    if col.kind in ("number", "percent"):
        return np.array([np.nan if v is None else v for v in values], dtype="float64")
    return pd.array(values, dtype="string")


def _parse_column(
    col: Column,
    raw: Sequence[object],
    row_numbers: list[int],
    sheet: str,
    letter: str,
    data: WorkbookData,
) -> tuple[Sequence[object], dict[object, object]]:
    """Parse each distinct value once; report bad, missing and out-of-range cells.

    Returns the key of every cell and the parsed value of every key.
    """
    parse = _parser_for(col)
    # 1 == 1.0 == True as dict keys: key by (type, value) only when booleans occur.
    typed = bool in set(map(type, raw))
    keys: Sequence[object] = list(zip(map(type, raw), raw, strict=True)) if typed else raw
    cache: dict[object, object] = {}
    failures: set[object] = set()
    for key in set(keys):
        try:
            cache[key] = parse(key[1] if typed else key)
        except parsing.CellError:
            failures.add(key)
            cache[key] = None
    required = col.required and col.name != "kode_unit"
    missing = (
        {k for k, v in cache.items() if v is None and k not in failures} if required else set()
    )
    bounds = _out_of_bounds(col, cache)
    if failures or missing or bounds:
        for n, key, value in zip(row_numbers, keys, raw, strict=True):
            cell = f"{letter}{n}"
            if key in failures:
                message = f"isi kolom '{col.name}' tidak dapat dibaca"
                data.error(sheet, cell, value, col.expectation(), message)
            elif key in missing:
                data.error(sheet, cell, None, col.expectation(), f"kolom '{col.name}' wajib diisi")
            elif key in bounds:
                data.error(sheet, cell, value, col.expectation(), bounds[key])
    if col.kind in ("number", "percent", "nilai"):
        strings = {k: v for k, v in cache.items() if v is not None and isinstance(k, str)}
        _note_grouping(raw, row_numbers, sheet, letter, strings, data)
    return keys, cache


def _out_of_bounds(col: Column, cache: dict[object, object]) -> dict[object, str]:
    """Distinct values outside the column's bounds -> the message for them."""
    if col.minimum is None and col.maximum is None:
        return {}
    bad = {}
    for key, p in cache.items():
        if not isinstance(p, int | float):
            continue
        if col.minimum is not None and p < col.minimum:
            what = (
                "tidak boleh negatif" if col.minimum == 0 else f"kurang dari batas {col.minimum:g}"
            )
            bad[key] = f"nilai kolom '{col.name}' {what}"
        elif col.maximum is not None and p > col.maximum:
            bad[key] = f"nilai kolom '{col.name}' melebihi batas {col.maximum:g}"
    return bad


def _note_grouping(
    raw: Sequence[object],
    row_numbers: list[int],
    sheet: str,
    letter: str,
    cache: dict[tuple[type, object], object],
    data: WorkbookData,
) -> None:
    """Remember where thousands were grouped with "." and with ","."""
    marks = {}
    for text in cache:
        mark = parsing.grouping_mark(text)
        if mark and mark not in data.grouping:
            marks.setdefault(mark, text)
    for mark, text in marks.items():
        n = row_numbers[raw.index(text)]
        data.grouping[mark] = (sheet, f"{letter}{n}", text)


def _mixed_grouping_warning(data: WorkbookData) -> None:
    if len(data.grouping) < 2:
        return
    (sheet_dot, cell_dot, text_dot) = data.grouping["."]
    (sheet_comma, cell_comma, text_comma) = data.grouping[","]
    data.warn(
        sheet_comma,
        cell_comma,
        text_comma,
        "satu format angka dalam satu file (disarankan 3.457.463.874 dan desimal koma)",
        f"format angka campuran: ribuan dipisah koma di sini, tetapi dipisah titik di sheet "
        f"'{sheet_dot}' sel {cell_dot} ({text_dot!r}); periksa angka ambigu seperti 1,500 atau 1.500",
    )


def empty_table(table: Table) -> pd.DataFrame:
    """A table with no rows but every column (and the provenance columns) typed."""
    columns: dict[str, object] = {}
    for col in table.columns:
        columns[col.name] = _to_array(col, [])
        if col.kind == "nilai":
            columns[col.name] = np.array([], dtype="float64")
            columns[col.name + "_mutu"] = pd.array([], dtype="string")
    frame = pd.DataFrame(columns)
    frame["sumber_file"] = pd.array([], dtype="string")
    frame["sumber_sheet"] = pd.array([], dtype="string")
    frame["sumber_baris"] = pd.array([], dtype="Int64")
    frame["tahun_laporan"] = pd.array([], dtype="Int64")
    return frame


def _fill_kode_unit(data: WorkbookData) -> None:
    """Blank kode_unit means "the workbook's only unit"; unknown codes are errors."""
    unit = data.tables.get("unit")
    if unit is None:
        return
    known = set(unit["kode_unit"].dropna())
    only = next(iter(known)) if len(known) == 1 else None
    years = dict(zip(unit["kode_unit"], unit["tahun"], strict=True))
    unit["tahun_laporan"] = unit["tahun"]
    for name, frame in data.tables.items():
        if name == "unit":
            continue
        if frame.empty:
            frame["tahun_laporan"] = pd.array([], dtype="Int64")
            continue
        sheet = data.sheets[name]
        letter = data.letters.get(name, {}).get("kode_unit", "A")
        blank = frame["kode_unit"].isna()
        if blank.any():
            if only is None:
                for n in frame.loc[blank, "sumber_baris"]:
                    data.error(
                        sheet,
                        f"{letter}{n}",
                        None,
                        "kode unit dari sheet Unit: " + ", ".join(sorted(known)),
                        "kode_unit wajib diisi karena workbook berisi lebih dari satu unit",
                    )
            else:
                frame.loc[blank, "kode_unit"] = only
        frame["tahun_laporan"] = frame["kode_unit"].map(years).astype("Int64")
        unknown = frame["kode_unit"].notna() & ~frame["kode_unit"].isin(known)
        for n, value in zip(
            frame.loc[unknown, "sumber_baris"], frame.loc[unknown, "kode_unit"], strict=True
        ):
            data.error(
                sheet,
                f"{letter}{n}",
                value,
                "kode unit dari sheet Unit: " + ", ".join(sorted(known)),
                "kode_unit tidak terdaftar di sheet Unit",
            )
