"""Export tables to .xlsx safely: real numbers with id-ID formats, no injected formulas.

Numbers stay numeric cells with a display format (Excel shows 3.457.463.874
and 91,06% on an Indonesian-locale PC); text stays text. A text cell starting
with = + - @ (or a tab or carriage return) is prefixed with an apostrophe so
Excel never evaluates text taken from an input workbook as a formula.

>>> safe_text("=HYPERLINK(\\"http://x\\")"), safe_text("-"), safe_text("Baik")
('\\'=HYPERLINK("http://x")', '-', 'Baik')
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from sakiplib.io import atomic_path
from sakiplib.lkjip import column_kind

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FORMATS = {
    "rupiah": "#,##0",
    "persen": '#,##0.00"%"',
    "nilai": "General",
    "tahun": "0",
    "teks": "@",
}
_HEADER_FILL = PatternFill("solid", fgColor="1F4E78")


def safe_text(value: str) -> str:
    """Neutralise text that a spreadsheet would read as a formula."""
    if len(value) > 1 and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _cell_value(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, bool):
        return str(value)
    return value


def write_tables(path: str | Path, sheets: Mapping[str, pd.DataFrame], title: str = "") -> None:
    """One sheet per table, header styled, numbers formatted; written aside then renamed."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, table in sheets.items():
        ws = wb.create_sheet(_sheet_name(name))
        start = 1
        if title:
            ws.cell(row=1, column=1, value=safe_text(f"{title} - {name}")).font = Font(
                bold=True, size=12
            )
            start = 3
        kinds = [column_kind(str(c)) for c in table.columns]
        for j, column in enumerate(table.columns, start=1):
            cell = ws.cell(row=start, column=j, value=safe_text(str(column)))
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = _HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            width = max([len(str(column))] + [len(str(v)) for v in table[column].head(50)])
            ws.column_dimensions[get_column_letter(j)].width = min(max(width + 2, 10), 60)
        for i, record in enumerate(table.itertuples(index=False, name=None), start=start + 1):
            for j, (value, kind) in enumerate(zip(record, kinds, strict=True), start=1):
                v = _cell_value(value)
                if v is None:
                    continue
                cell = ws.cell(row=i, column=j)
                if isinstance(v, str):
                    cell.value = v
                    cell.data_type = "s"  # never a formula, whatever the text
                else:
                    cell.value = v
                    cell.number_format = FORMATS[kind] if kind != "teks" else "General"
        ws.freeze_panes = ws.cell(row=start + 1, column=1)
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _sheet_name(name: str) -> str:
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in name)
    return cleaned[:31]
