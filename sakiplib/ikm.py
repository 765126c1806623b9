"""Indeks Kepuasan Masyarakat (IKM) from raw SKM answers, PermenPAN-RB 14/2017.

The survey asks 9 unsur (U1..U9), each answered 1-4. Per unsur the NRR
(nilai rata-rata) is the mean answer; the IKM is the weighted sum of the NRR
times 25:

    IKM = 25 x sum_i (NRR_i x w),  w = 1/9

The regulation prints the weight as 0,111, which makes a perfect sheet 99,9;
``weight="exact"`` (the default) uses 1/9, ``weight="0.111"`` reproduces
legacy spreadsheets. Per-unsur values are reported converted (NRR x 25), so
with the exact weight every value lies in 25-100. (With 0,111 the range is
24,975-99,9: an all-1 sheet gives 24,975, just under the D band's floor.)

Mutu and kinerja unit pelayanan (Tabel 3.3 of seed 004)::

    A  Sangat Baik   88,31 - 100,00
    B  Baik          76,61 -  88,30
    C  Kurang Baik   65,00 -  76,60
    D  Tidak Baik    25,00 -  64,99

The printed bands have gaps between 88,30 and 88,31 (and so on). Values are
therefore compared after rounding to 2 decimals, the precision of the table,
half away from zero as Excel's ROUND (:func:`sakiplib.kategori.round_id`):
88,304 rounds to 88,30 (B), 88,305 and above to 88,31 (A). Every 2-decimal
value in 25-100 then falls in exactly one band. Values outside 25-100 get no
mutu (None) and are reported by :func:`flag_out_of_range`.

Choices where the regulation is silent:

* a respondent who skipped an unsur is left out of that unsur's mean only;
* a group with no answer at all for some unsur gets no IKM (NaN);
* the yearly IKM pools all respondents of the year (``ikm_tahunan`` with
  ``metode="gabungan"``), since the NRR is defined over respondents; the mean
  of the quarterly values (``metode="rata_triwulan"``) is offered too, and
  differs whenever quarters have different numbers of respondents.

>>> skm = pd.DataFrame({
...     "tahun": 2024, "triwulan": "TW I", "responden": [1, 2, 3],
...     **{f"U{i}": [4, 3, 3] for i in range(1, 10)},
... })
>>> out = ikm_from_skm(skm)
>>> round(float(out.loc[0, "ikm"]), 2), out.loc[0, "mutu"], out.loc[0, "kinerja"]
(83.33, 'B', 'Baik')
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from sakiplib.kategori import format_angka, round_id
from sakiplib.schema import UNSUR_NAMES, UNSUR_SKM

__all__ = [
    "KINERJA",
    "MUTU_BANDS",
    "WEIGHTS",
    "compare_unit_kabupaten",
    "flag_out_of_range",
    "ikm_from_skm",
    "ikm_long",
    "ikm_tahunan",
    "kinerja",
    "mutu",
    "mutu_series",
    "nrr_per_unsur",
]

#: Weight per unsur: the exact 1/9, or the 0,111 printed in the regulation.
WEIGHTS = {"exact": 1.0 / 9.0, "0.111": 0.111}
#: (mutu, lowest value, highest value) on the converted scale, 2 decimals.
MUTU_BANDS = (("A", 88.31, 100.0), ("B", 76.61, 88.30), ("C", 65.00, 76.60), ("D", 25.00, 64.99))
KINERJA = {"A": "Sangat Baik", "B": "Baik", "C": "Kurang Baik", "D": "Tidak Baik"}
IKM_MIN, IKM_MAX = 25.0, 100.0
DEFAULT_BY = ("kode_unit", "tahun", "triwulan")


def _weight(weight: str | float) -> float:
    if isinstance(weight, str):
        if weight not in WEIGHTS:
            raise ValueError(f"Bobot {weight!r} tidak dikenal; gunakan 'exact' (1/9) atau '0.111'.")
        return WEIGHTS[weight]
    return float(weight)


def mutu_series(values: pd.Series) -> pd.Series:
    """Vectorised :func:`mutu`: letters A-D, None outside 25-100 or when missing.

    The Series has object dtype so a missing mutu stays None; once stored in
    a DataFrame column pandas may show it as NaN (test with ``pd.isna``).

    >>> mutu_series(pd.Series([88.304, 88.305, 76.6, 64.99, 100.6, None])).tolist()
    ['B', 'A', 'C', 'D', None, None]
    """
    x = round_id(pd.to_numeric(values, errors="coerce").to_numpy(dtype="float64"), 2)
    conditions = [(x >= low) & (x <= high) for _, low, high in MUTU_BANDS]
    letters = np.select(conditions, [m for m, _, _ in MUTU_BANDS], default="")
    out = pd.Series(letters, index=values.index, dtype="object")
    return out.where(out != "", None).rename("mutu")


def mutu(value: float | None) -> str | None:
    """Mutu pelayanan (A-D) of one converted IKM value, compared at 2 decimals.

    >>> mutu(90.40), mutu(88.30), mutu(88.31), mutu(65.0), mutu(24.99), mutu(100.6)
    ('A', 'B', 'A', 'C', None, None)
    """
    if value is None:
        return None
    return mutu_series(pd.Series([value], dtype="float64")).iloc[0]


def kinerja(value: float | None) -> str | None:
    """Kinerja unit pelayanan label of one converted IKM value.

    >>> kinerja(90.40), kinerja(70), kinerja(107.3)
    ('Sangat Baik', 'Kurang Baik', None)
    """
    letter = mutu(value)
    return None if letter is None else KINERJA[letter]


def _group_keys(skm: pd.DataFrame, by: Sequence[str]) -> list[str]:
    """``by`` without kode_unit when the table has none (a one-unit workbook)."""
    keys = [k for k in by if not (k == "kode_unit" and k not in skm.columns)]
    missing = [k for k in keys if k not in skm.columns]
    if missing:
        raise ValueError("Kolom pengelompokan tidak ada di tabel SKM: " + ", ".join(missing))
    return keys


def _where(frame: pd.DataFrame, position: int) -> str:
    """A row described for a clerk: the source cell when the reader recorded it."""
    row = frame.iloc[position]
    if "sumber_baris" in frame.columns and pd.notna(row["sumber_baris"]):
        place = f"baris {row['sumber_baris']}"
        if "sumber_sheet" in frame.columns and pd.notna(row["sumber_sheet"]):
            place += f" sheet {row['sumber_sheet']}"
        if "sumber_file" in frame.columns and pd.notna(row["sumber_file"]):
            place += f" berkas {row['sumber_file']}"
        return place
    return f"baris indeks {frame.index[position]}"


def _check_answers(skm: pd.DataFrame) -> pd.DataFrame:
    missing = [u for u in UNSUR_SKM if u not in skm.columns]
    if missing:
        raise ValueError("Kolom jawaban SKM tidak lengkap; tidak ada: " + ", ".join(missing))
    answers = skm[list(UNSUR_SKM)].apply(pd.to_numeric, errors="coerce")
    bad = answers.notna() & ~answers.isin([1, 2, 3, 4])
    bad |= answers.isna() & skm[list(UNSUR_SKM)].notna()
    if bad.to_numpy().any():
        rows, cols = np.nonzero(bad.to_numpy())
        column = UNSUR_SKM[cols[0]]
        value = skm[column].iloc[rows[0]]
        shown = value.item() if isinstance(value, np.generic) else value
        raise ValueError(
            f"Jawaban SKM harus bilangan 1-4: kolom {column} {_where(skm, rows[0])} berisi "
            f"{shown!r} ({len(rows)} sel bermasalah)."
        )
    return answers


def nrr_per_unsur(skm: pd.DataFrame, by: Sequence[str] = DEFAULT_BY) -> pd.DataFrame:
    """Mean answer (NRR, 1-4) per unsur and group, with ``n_respondents``.

    A skipped answer (empty cell) is left out of that unsur's mean only.
    Answers other than 1, 2, 3, 4 raise ValueError naming the first bad cell.

    >>> skm = pd.DataFrame({"tahun": 2024, "triwulan": "TW I",
    ...                     **{u: [4, 3] for u in UNSUR_SKM}})
    >>> nrr_per_unsur(skm)[["n_respondents", "U1"]].values.tolist()
    [[2.0, 3.5]]
    """
    keys = _group_keys(skm, by)
    answers = _check_answers(skm)
    frame = pd.concat([skm[keys], answers], axis=1)
    grouped = frame.groupby(keys, sort=True, dropna=False)
    nrr = grouped[list(UNSUR_SKM)].mean()
    nrr.insert(0, "n_respondents", grouped.size())
    return nrr.reset_index()


def _with_ikm(table: pd.DataFrame, nrr: pd.DataFrame, w: float) -> pd.DataFrame:
    """Append converted unsur values, ikm, mutu and kinerja to ``table``."""
    if w == WEIGHTS["exact"]:
        index = nrr.mean(axis=1, skipna=False) * 25.0
    else:
        index = nrr.sum(axis=1, skipna=False) * w * 25.0
    out = table.copy()
    for unsur in UNSUR_SKM:
        out[unsur] = nrr[unsur].to_numpy() * 25.0
    out["ikm"] = index.to_numpy()
    out["mutu"] = mutu_series(out["ikm"]).to_numpy()
    out["kinerja"] = _kinerja_labels(out["mutu"])
    return out


def ikm_from_skm(
    skm: pd.DataFrame,
    by: Sequence[str] = DEFAULT_BY,
    weight: str | float = "exact",
) -> pd.DataFrame:
    """IKM per group (by default per unit, year and triwulan) from raw answers.

    Columns: the ``by`` columns present, ``n_respondents``, U1..U9 as NRR x 25
    (the "nilai interval konversi" of each unsur), ``ikm``, ``mutu`` (A-D) and
    ``kinerja`` (Sangat Baik, Baik, Kurang Baik, Tidak Baik). ``kode_unit`` is
    skipped when the table has none. With ``by=("kode_unit", "tahun")`` the
    respondents of the whole year are pooled (see :func:`ikm_tahunan`).

    >>> skm = pd.DataFrame({"tahun": 2024, "triwulan": "TW I",
    ...                     **{u: [4, 4] for u in UNSUR_SKM}})
    >>> float(ikm_from_skm(skm)["ikm"].iloc[0])
    100.0
    >>> float(ikm_from_skm(skm, weight="0.111")["ikm"].iloc[0])
    99.9
    """
    w = _weight(weight)
    nrr = nrr_per_unsur(skm, by)
    keys = _group_keys(skm, by)
    return _with_ikm(nrr[[*keys, "n_respondents"]], nrr[list(UNSUR_SKM)], w)


def ikm_tahunan(
    skm: pd.DataFrame,
    metode: str = "gabungan",
    weight: str | float = "exact",
    by: Sequence[str] = ("kode_unit", "tahun"),
) -> pd.DataFrame:
    """Yearly IKM: ``metode="gabungan"`` pools the year's respondents (default);
    ``metode="rata_triwulan"`` averages the quarterly values (unsur and IKM),
    each quarter counting equally whatever its number of respondents.

    >>> rows = [[4] * 9, [4] * 9, [4] * 9, [2] * 9]
    >>> skm = pd.DataFrame(rows, columns=list(UNSUR_SKM)).assign(
    ...     tahun=2024, triwulan=["TW I", "TW I", "TW I", "TW II"])
    >>> float(ikm_tahunan(skm)["ikm"].iloc[0])
    87.5
    >>> float(ikm_tahunan(skm, metode="rata_triwulan")["ikm"].iloc[0])
    75.0
    """
    if metode == "gabungan":
        return ikm_from_skm(skm, by=by, weight=weight)
    if metode != "rata_triwulan":
        raise ValueError(
            f"Metode {metode!r} tidak dikenal; gunakan 'gabungan' atau 'rata_triwulan'."
        )
    keys = _group_keys(skm, by)
    quarterly = ikm_from_skm(skm, by=[*keys, "triwulan"], weight=weight)
    grouped = quarterly.groupby(keys, sort=True, dropna=False)
    means = grouped[[*UNSUR_SKM, "ikm"]].mean()
    table = pd.DataFrame(
        {"n_respondents": grouped["n_respondents"].sum(), "n_quarters": grouped.size()}
    )
    out = table.assign(**{u: means[u] for u in UNSUR_SKM}, ikm=means["ikm"])
    out["mutu"] = mutu_series(out["ikm"])
    out["kinerja"] = _kinerja_labels(out["mutu"])
    return out.reset_index()


def ikm_long(ikm_wide: pd.DataFrame, lingkup: str = "unit") -> pd.DataFrame:
    """Turn :func:`ikm_from_skm` output into the shape of the ``ikm`` table.

    Columns: kode_unit (when present), tahun, periode (the triwulan, or
    "Tahunan" when the table has no triwulan), lingkup, unsur (U1..U9 and
    "IKM"), nilai.

    >>> skm = pd.DataFrame({"tahun": 2024, "triwulan": "TW I", **{u: [4] for u in UNSUR_SKM}})
    >>> long = ikm_long(ikm_from_skm(skm))
    >>> long[["periode", "unsur", "nilai"]].tail(2).values.tolist()
    [['TW I', 'U9', 100.0], ['TW I', 'IKM', 100.0]]
    """
    keys = [k for k in ("kode_unit", "tahun") if k in ikm_wide.columns]
    frame = ikm_wide.rename(columns={"ikm": "IKM"})
    if "triwulan" in frame.columns:
        frame = frame.rename(columns={"triwulan": "periode"})
    else:
        frame = frame.assign(periode="Tahunan")
    long = frame.melt(
        id_vars=[*keys, "periode"],
        value_vars=[*UNSUR_SKM, "IKM"],
        var_name="unsur",
        value_name="nilai",
    )
    long.insert(len(keys) + 1, "lingkup", lingkup)
    long = long.sort_values([*keys, "periode", "unsur"], key=_unsur_order, kind="stable")
    return long.reset_index(drop=True)


def _value_label(code: object) -> str:
    if code == "IKM":
        return "Nilai IKM"
    return f"Nilai IKM unsur {code} ({_unsur_name(code)})"


def _kinerja_labels(letters: pd.Series) -> list[str | None]:
    return [KINERJA.get(m) if isinstance(m, str) else None for m in letters]


def _unsur_order(column: pd.Series) -> pd.Series:
    order = {u: i for i, u in enumerate((*UNSUR_SKM, "IKM"))}
    return column.map(order) if column.name == "unsur" else column


def _unsur_name(code: object) -> str:
    if code == "IKM":
        return "IKM"
    return UNSUR_NAMES.get(str(code), str(code))


def flag_out_of_range(ikm_df: pd.DataFrame) -> pd.DataFrame:
    """Findings for IKM values outside 25-100, the only possible converted range.

    Accepts the ``ikm`` table (long: an ``unsur`` and a ``nilai`` column) or the
    wide output of :func:`ikm_from_skm` (U1..U9 and ``ikm``). Values are compared
    at 2 decimals. Returns the identifying columns, ``unsur``, ``nilai`` and a
    ``message`` in Bahasa Indonesia; empty when everything is in range.

    >>> kab = pd.DataFrame({"tahun": 2024, "periode": "Tahunan", "lingkup": "kabupaten",
    ...                     "unsur": ["U1", "U3", "U4"], "nilai": [100.60, 98.16, 107.30]})
    >>> found = flag_out_of_range(kab)
    >>> found["unsur"].tolist()
    ['U1', 'U4']
    >>> print(found["message"].iloc[1])  # doctest: +NORMALIZE_WHITESPACE
    Nilai IKM unsur U4 (Biaya/tarif) 107,3 di luar rentang 25-100 yang mungkin
    menurut PermenPAN-RB 14/2017.
    """
    if "nilai" in ikm_df.columns and "unsur" in ikm_df.columns:
        long = ikm_df
    else:
        values = [c for c in (*UNSUR_SKM, "ikm") if c in ikm_df.columns]
        ids = [c for c in ikm_df.columns if c not in values and c not in ("mutu", "kinerja")]
        long = ikm_df.melt(id_vars=ids, value_vars=values, var_name="unsur", value_name="nilai")
        long["unsur"] = long["unsur"].replace({"ikm": "IKM"})
    rounded = round_id(pd.to_numeric(long["nilai"], errors="coerce").to_numpy(dtype="float64"))
    outside = (rounded < IKM_MIN) | (rounded > IKM_MAX)
    found = long[outside].copy()
    found["message"] = [
        f"{_value_label(u)} {format_angka(float(v))} di luar rentang 25-100 yang mungkin "
        "menurut PermenPAN-RB 14/2017."
        for u, v in zip(found["unsur"], found["nilai"], strict=True)
    ]
    return found.reset_index(drop=True)


def compare_unit_kabupaten(
    ikm_df: pd.DataFrame,
    tahun: int | None = None,
    periode: str = "Tahunan",
    kode_unit: str | None = None,
) -> pd.DataFrame:
    """Per unsur, the unit's value beside the kabupaten's (seed 004 Tabel 3.6).

    ``ikm_df`` is the ``ikm`` table (long, with ``lingkup`` "unit" or
    "kabupaten"); build the unit rows from raw answers with
    :func:`ikm_long`. Returns one row per unsur (U1..U9, then IKM) and
    kode_unit/tahun when several remain after filtering, with ``nilai_unit``,
    ``mutu_unit``, ``kinerja_unit``, the same for the kabupaten,
    ``difference`` (unit minus kabupaten) and a ``message`` when a value lies
    outside 25-100 (such a value gets no mutu).

    >>> ikm = pd.DataFrame({"tahun": 2024, "periode": "Tahunan",
    ...                     "lingkup": ["unit", "kabupaten"], "unsur": "U1",
    ...                     "nilai": [90.88, 100.60]})
    >>> row = compare_unit_kabupaten(ikm).iloc[0]
    >>> row["kinerja_unit"], pd.isna(row["kinerja_kabupaten"]), round(float(row["difference"]), 2)
    ('Sangat Baik', True, -9.72)
    >>> row["message"]
    'Nilai kabupaten 100,6 di luar rentang 25-100.'
    """
    frame = ikm_df[ikm_df["periode"] == periode]
    if tahun is not None:
        frame = frame[frame["tahun"] == tahun]
    if kode_unit is not None and "kode_unit" in frame.columns:
        frame = frame[frame["kode_unit"] == kode_unit]
    keys = [
        k
        for k in ("kode_unit", "tahun")
        if k in frame.columns and frame[k].nunique(dropna=False) > 1
    ]
    wide = frame.pivot_table(
        index=[*keys, "unsur"], columns="lingkup", values="nilai", aggfunc="first", dropna=False
    )
    wide = wide.reindex(columns=["unit", "kabupaten"])
    wide = wide.reset_index()
    wide = wide.sort_values([*keys, "unsur"], key=_unsur_order, kind="stable")
    out = wide[[*keys, "unsur"]].copy()
    out["nama_unsur"] = out["unsur"].map(_unsur_name)
    messages = [""] * len(out)
    for scope in ("unit", "kabupaten"):
        values = pd.to_numeric(wide[scope], errors="coerce")
        out[f"nilai_{scope}"] = values.to_numpy()
        out[f"mutu_{scope}"] = mutu_series(values).to_numpy()
        out[f"kinerja_{scope}"] = _kinerja_labels(out[f"mutu_{scope}"])
        rounded = round_id(values.to_numpy(dtype="float64"))
        for i, (v, r) in enumerate(zip(values.to_numpy(), rounded, strict=True)):
            if not np.isnan(r) and (r < IKM_MIN or r > IKM_MAX):
                note = f"Nilai {scope} {format_angka(float(v))} di luar rentang 25-100."
                messages[i] = (messages[i] + " " + note).strip()
    out["difference"] = out["nilai_unit"] - out["nilai_kabupaten"]
    out["message"] = [m or None for m in messages]
    return out.reset_index(drop=True)
