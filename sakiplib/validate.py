"""Checks across rows and tables: duplicate keys, broken references, oddities.

They run on the tables of one workbook or of a whole ingest (many workbooks
concatenated), and name the cell of every problem through the provenance
columns the reader adds.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pandas as pd
from openpyxl.utils import get_column_letter

from sakiplib.findings import GALAT, PERINGATAN, Finding, Severity
from sakiplib.fmt import angka
from sakiplib.schema import TABLES, Table

#: file label -> table -> column -> column letter
Letters = Mapping[str, Mapping[str, Mapping[str, str]]]
UNIT_SCOPE = ("kode_unit", "tahun_laporan")


def check_tables(tables: Mapping[str, pd.DataFrame], letters: Letters) -> list[Finding]:
    """All cross-row checks, errors and warnings, in a stable order."""
    findings: list[Finding] = []
    for table in TABLES.values():
        frame = tables.get(table.name)
        if frame is None or frame.empty:
            continue
        findings.extend(_duplicates(table, frame, letters))
        findings.extend(_references(table, frame, tables, letters))
    findings.extend(_rentang_targets(tables, letters))
    findings.extend(_anggaran_warnings(tables, letters))
    findings.extend(_ikm_warnings(tables, letters))
    return findings


def _cell(row: pd.Series, table: str, column: str, letters: Letters) -> str:
    letter = letters.get(row["sumber_file"], {}).get(table, {}).get(column)
    if letter is None:  # no letter map (tables loaded from Parquet): the schema's layout
        letter = get_column_letter(TABLES[table].column_names.index(column) + 1)
    return f"{letter}{row['sumber_baris']}"


def finding_at(
    severity: Severity,
    row: pd.Series,
    table: str,
    column: str,
    letters: Letters,
    value: object,
    expected: str,
    message: str,
) -> Finding:
    """A finding located at ``row``'s cell in ``column`` (via the provenance columns)."""
    return Finding(
        severity,
        str(row["sumber_file"]),
        str(row["sumber_sheet"]),
        _cell(row, table, column, letters),
        value,
        expected,
        message,
    )


def _scoped_key(table: Table, frame: pd.DataFrame) -> list[str]:
    key = list(table.key)
    if table.name == "unit":
        return ["kode_unit", "tahun"]
    if "tahun_laporan" in frame.columns:
        key = ["tahun_laporan", *key]
    return key


def _duplicates(table: Table, frame: pd.DataFrame, letters: Letters) -> Iterator[Finding]:
    key = _scoped_key(table, frame)
    dup = frame.duplicated(subset=key, keep=False)
    if not dup.any():
        return
    first_row: dict[tuple, pd.Series] = {}
    for _, row in frame[dup].iterrows():
        k = tuple(None if pd.isna(row[c]) else row[c] for c in key)
        if k not in first_row:
            first_row[k] = row
            continue
        first = first_row[k]
        shown = [c for c in table.key if c != "kode_unit"] or list(table.key)
        where = (
            f"{first['sumber_file']} sheet '{first['sumber_sheet']}' baris {first['sumber_baris']}"
        )
        yield finding_at(
            GALAT,
            row,
            table.name,
            shown[-1],
            letters,
            ", ".join(f"{c}={row[c]}" for c in shown if not pd.isna(row[c])),
            "setiap " + " + ".join(shown) + " hanya muncul sekali",
            f"data ganda: sama dengan {where}",
        )


def _references(
    table: Table, frame: pd.DataFrame, tables: Mapping[str, pd.DataFrame], letters: Letters
) -> Iterator[Finding]:
    scope = [c for c in UNIT_SCOPE if c in frame.columns]
    for column, ref_table, ref_column in table.references:
        present = frame[frame[column].notna()]
        if present.empty:
            continue
        target = tables.get(ref_table)
        if target is None or target.empty:
            known = pd.MultiIndex.from_tuples([], names=[*scope, column])
        else:
            known = pd.MultiIndex.from_frame(target[[*scope, ref_column]].dropna())
        found = pd.MultiIndex.from_frame(present[[*scope, column]]).isin(known)
        self_ref = (
            present[column] == present[ref_column]
            if table.name == ref_table and column != ref_column
            else pd.Series(False, index=present.index)
        )
        ref_sheet = TABLES[ref_table].sheet
        offending = present[~found | self_ref.to_numpy()]
        for _, row in offending.iterrows():
            value = row[column]
            if table.name == ref_table and column != ref_column and value == row[ref_column]:
                yield finding_at(
                    GALAT, row, table.name, column, letters, value,
                    f"kode {ref_column} lain", f"{column} menunjuk baris ini sendiri",
                )  # fmt: skip
            else:
                yield finding_at(
                    GALAT,
                    row,
                    table.name,
                    column,
                    letters,
                    value,
                    f"{ref_column} yang ada di sheet '{ref_sheet}' untuk unit {row['kode_unit']}",
                    f"{column} tidak ditemukan di sheet '{ref_sheet}'",
                )


def _rentang_targets(tables: Mapping[str, pd.DataFrame], letters: Letters) -> Iterator[Finding]:
    target, indikator = tables.get("target"), tables.get("indikator")
    if target is None or indikator is None or target.empty or indikator.empty:
        return
    scope = [c for c in UNIT_SCOPE if c in target.columns]
    rentang = indikator.loc[indikator["polaritas"] == "rentang", [*scope, "kode_indikator"]]
    merged = target.merge(rentang.assign(_rentang=True), on=[*scope, "kode_indikator"], how="left")
    suspicious = merged["_rentang"].notna() | merged["nilai_atas"].notna()
    for _, row in merged[suspicious].iterrows():
        if row["_rentang"] is True and pd.isna(row["nilai_atas"]):
            yield finding_at(
                GALAT, row, "target", "nilai_atas", letters, None,
                "batas atas target untuk indikator berpolaritas rentang",
                "indikator rentang memerlukan nilai_atas",
            )  # fmt: skip
        elif (
            not pd.isna(row["nilai_atas"])
            and not pd.isna(row["nilai"])
            and row["nilai_atas"] < row["nilai"]
        ):
            yield finding_at(
                GALAT, row, "target", "nilai_atas", letters, row["nilai_atas"],
                f"batas atas tidak kurang dari batas bawah {row['nilai']:g}",
                "nilai_atas lebih kecil dari nilai (batas bawah)",
            )  # fmt: skip


def _anggaran_warnings(tables: Mapping[str, pd.DataFrame], letters: Letters) -> Iterator[Finding]:
    frame = tables.get("anggaran")
    if frame is None or frame.empty:
        return
    over = frame[(frame["realisasi"] > frame["pagu"]) & frame["pagu"].notna()]
    for _, row in over.iterrows():
        yield finding_at(
            PERINGATAN, row, "anggaran", "realisasi", letters, row["realisasi"],
            f"realisasi tidak melebihi pagu {angka(row['pagu'])}",
            "realisasi anggaran melebihi pagu",
        )  # fmt: skip
    plan = frame[frame["dokumen"] != "DPA"]
    for _, row in plan[plan["realisasi"].notna()].iterrows():
        yield finding_at(
            PERINGATAN, row, "anggaran", "realisasi", letters, row["realisasi"],
            "realisasi hanya diisi pada baris dokumen DPA",
            f"realisasi pada dokumen perencanaan '{row['dokumen']}' diabaikan",
        )  # fmt: skip


def _ikm_warnings(tables: Mapping[str, pd.DataFrame], letters: Letters) -> Iterator[Finding]:
    frame = tables.get("ikm")
    if frame is None or frame.empty:
        return
    outside = frame[(frame["nilai"] < 25) | (frame["nilai"] > 100)]
    for _, row in outside.iterrows():
        yield finding_at(
            PERINGATAN, row, "ikm", "nilai", letters, row["nilai"],
            "nilai IKM terkonversi antara 25 dan 100 (PermenPAN-RB 14/2017)",
            "nilai IKM di luar skala 25-100, tidak mungkin terjadi",
        )  # fmt: skip


def split_codes(text: object) -> list[str]:
    """Split a crosscutting cell ("KBM-BKPSDM, KBM-BAPPEDA") into unit codes.

    >>> split_codes("KBM-BKPSDM, KBM-BAPPEDA;X")
    ['KBM-BKPSDM', 'KBM-BAPPEDA', 'X']
    """
    if text is None or pd.isna(text):
        return []
    return [p.strip() for p in str(text).replace(";", ",").split(",") if p.strip()]
