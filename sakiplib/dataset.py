"""The ingested dataset: find a unit by code or name, and take one unit's view.

>>> import pandas as pd
>>> unit = pd.DataFrame({"kode_unit": ["JBR-SEMBORO", "KBM-SETDA", "KBM-SEMPOR"],
...     "nama_unit": ["Kecamatan Semboro", "Sekretariat Daerah Kabupaten Kebumen", "Kecamatan Sempor"],
...     "kabupaten": ["Jember", "Kebumen", "Kebumen"], "tahun": [2021, 2024, 2024]})
>>> resolve_unit({"unit": unit}, "sekretariat")
('KBM-SETDA', 2024)
>>> resolve_unit({"unit": unit}, "semboro", 2021)
('JBR-SEMBORO', 2021)
>>> try:
...     resolve_unit({"unit": unit}, "sem")
... except UnitNotFound as err:
...     print(err)
Unit 'sem' tidak unik; pilih salah satu: JBR-SEMBORO (Kecamatan Semboro, Jember 2021), KBM-SEMPOR (Kecamatan Sempor, Kebumen 2024)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from sakiplib.kategori import Scale, available_scales, load_scale
from sakiplib.reader import empty_table
from sakiplib.schema import TABLES

Tables = Mapping[str, pd.DataFrame]


class UnitNotFound(LookupError):
    """An unknown or ambiguous unit; the message lists the candidates."""


def _describe(row: pd.Series) -> str:
    return f"{row['kode_unit']} ({row['nama_unit']}, {row['kabupaten']} {row['tahun']})"


def resolve_unit(tables: Tables, query: str, tahun: int | None = None) -> tuple[str, int]:
    """A unit's (kode_unit, tahun) from its code or a unique part of its name."""
    unit = tables["unit"]
    if tahun is not None:
        unit = unit[unit["tahun"] == tahun]
    q = query.strip().lower()
    exact = unit[unit["kode_unit"].str.lower() == q]
    matches = (
        exact
        if not exact.empty
        else unit[
            unit["nama_unit"].str.lower().str.contains(q, regex=False)
            | unit["kode_unit"].str.lower().str.contains(q, regex=False)
        ]
    )
    if len(matches) == 1:
        row = matches.iloc[0]
        return str(row["kode_unit"]), int(row["tahun"])
    when = f" tahun {tahun}" if tahun is not None else ""
    if matches.empty:
        known = ", ".join(_describe(r) for _, r in unit.iterrows()) or "(tidak ada)"
        raise UnitNotFound(f"Unit '{query}'{when} tidak ditemukan; unit yang ada: {known}")
    raise UnitNotFound(
        f"Unit '{query}'{when} tidak unik; pilih salah satu: "
        + ", ".join(_describe(r) for _, r in matches.iterrows())
    )


@dataclass(frozen=True)
class UnitView:
    """Every table restricted to one unit and its report year."""

    kode_unit: str
    tahun: int
    unit: pd.Series
    tables: Mapping[str, pd.DataFrame]

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.tables:
            return empty_table(TABLES[name])
        return self.tables[name]

    @property
    def nama(self) -> str:
        return str(self.unit["nama_unit"])

    @property
    def kabupaten(self) -> str:
        return str(self.unit["kabupaten"])

    @property
    def scale(self) -> Scale:
        return scale_for(self.kabupaten)


def unit_view(tables: Tables, kode_unit: str, tahun: int) -> UnitView:
    """Restrict every table to ``kode_unit`` and report year ``tahun``."""
    units = tables["unit"]
    row = units[(units["kode_unit"] == kode_unit) & (units["tahun"] == tahun)]
    if row.empty:
        raise UnitNotFound(f"Unit {kode_unit} tahun {tahun} tidak ada dalam data olahan")
    mine = {}
    for name, frame in tables.items():
        if name == "unit":
            continue
        mask = frame["kode_unit"] == kode_unit
        if "tahun_laporan" in frame.columns:
            mask &= frame["tahun_laporan"] == tahun
        mine[name] = frame[mask.fillna(False)].reset_index(drop=True)
    return UnitView(kode_unit, tahun, row.iloc[0], mine)


def kabupaten_tables(tables: Tables, kabupaten: str, tahun: int) -> dict[str, pd.DataFrame]:
    """Every table restricted to the units of one kabupaten and report year."""
    units = tables["unit"]
    chosen = units[(units["kabupaten"] == kabupaten) & (units["tahun"] == tahun)]
    codes = set(chosen["kode_unit"])
    out = {"unit": chosen.reset_index(drop=True)}
    for name, frame in tables.items():
        if name != "unit":
            mask = frame["kode_unit"].isin(codes) & (frame["tahun_laporan"] == tahun).fillna(False)
            out[name] = frame[mask].reset_index(drop=True)
    return out


def scale_for(kabupaten: str) -> Scale:
    """The kategori scale of a kabupaten (config/kategori.yaml), else the default.

    >>> scale_for("Kebumen").name, scale_for("Antah Berantah").name
    ('kebumen', 'default')
    """
    name = kabupaten.strip().lower()
    return load_scale(name if name in available_scales() else "default")


def combined_value(frame: pd.DataFrame, column: str = "nilai") -> pd.Series:
    """``nilai`` with the mutu letter where the value is qualitative (object Series).

    >>> f = pd.DataFrame({"nilai": [85.0, float("nan")], "nilai_mutu": [None, "B"]})
    >>> combined_value(f).tolist()
    [85.0, 'B']
    """
    values = frame[column].to_numpy(dtype=object)
    letters = frame.get(f"{column}_mutu")
    if letters is not None:
        has_letter = letters.notna().to_numpy()
        if has_letter.any():
            values = values.copy()
            values[has_letter] = letters[has_letter].to_numpy(dtype=object)
    return pd.Series(values, index=frame.index, dtype=object)
