"""Capaian kinerja: realisasi against target, per indicator polarity.

The formulas follow PermenPAN-RB 53/2014 (and seed 003, Bab III) where they
exist and are fixed here where the regulations are silent. Every rule is
applied by one vectorised kernel, so :func:`capaian` (one value) and
:func:`capaian_frame` (a whole table) can never disagree.

Rules (T = target, R = realisasi, U = upper bound of a range target):

``positif`` (higher is better)
    R / T x 100.
``negatif`` (lower is better)
    (T - (R - T)) / T x 100 = (2T - R) / T x 100.
``rentang`` (a band [T, U] is the goal; both deviations are bad)
    100 inside the band (bounds included); below the band the positive formula
    against the lower bound, R / T x 100; above the band the negative formula
    against the upper bound, (2U - R) / U x 100. Without U, or with T > U,
    the capaian is None. (PermenPAN-RB 8/2021 also compares with the lower
    bound below and the upper bound above, but keeps the indicator's own
    polarity, so a positive indicator above its band scores over 100. Here
    ``rentang`` *is* the polarity: staying in the band is the aim. An
    indicator that only needs "at least T" is ``positif``.)
``stabil`` (keep the value at T)
    100 - |R - T| / T x 100: a deviation either way lowers it by the same
    amount, i.e. the smaller of the positive and the negative formula.
Mutu letters (A best, then B, C, D; ordinal A=4, B=3, C=2, D=1)
    100 when the realisasi letter is at least as good as the target letter,
    otherwise R / T x 100 on the ordinals (target A, realisasi C: 2/4 = 50).
    A letter never scores above 100, and ``polaritas`` is not consulted:
    letters carry their own order. A letter compared with a number gives None.

Shared rules:

* capaian is never negative: results below 0 are floored at 0 (a negative
  indicator whose realisasi is more than twice its target scores 0, not -20);
* there is no upper cap: over-achievement shows as more than 100;
* realisasi 0 is an ordinary value (positif: 0; negatif: 200);
* target 0 makes the ratio undefined, so only "met or not" remains:
  positif: R = 0 gives 100, any other R gives None (a positive target of 0
  promised nothing; such a row should be fixed, not scored);
  negatif: R <= 0 gives 100 (zero tolerance met), R > 0 gives 0;
  stabil: R = 0 gives 100, any other R gives 0;
  rentang: the same rules applied to the bound that is crossed;
* a target (or a crossed range bound) below 0 gives None: ratios of signed
  values mislead (a realisasi of -2 against a target of -1 is not 200%);
* a missing realisasi or target gives None (NaN in frames).

>>> round(capaian(60.7, 85, "positif"), 2)
71.41
>>> capaian(12, 10, "negatif")
80.0
>>> capaian("B", "B", "positif")
100.0
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from sakiplib.parsing import CellError, parse_nilai, parse_number
from sakiplib.schema import PERIODE, PERIODE_RANK, TRIWULAN

__all__ = [
    "AGREGASI",
    "DOKUMEN_PRIORITY",
    "MUTU_ORDINAL",
    "POLARITAS",
    "aggregate_quarters",
    "capaian",
    "capaian_frame",
    "compare_years",
    "select_target",
    "tingkat_kemajuan",
]

POLARITAS = ("positif", "negatif", "stabil", "rentang")
AGREGASI = ("kumulatif", "akhir periode", "rata-rata")
MUTU_ORDINAL = {"A": 4, "B": 3, "C": 2, "D": 1}
#: Which target measures a year: the most recent commitment wins.
DOKUMEN_PRIORITY = ("PK Perubahan", "PK", "RKT", "Renstra")

_POL_CODE = {name: i for i, name in enumerate(POLARITAS)}
_POSITIF, _NEGATIF, _STABIL, _RENTANG = range(4)


# --------------------------------------------------------------------------- kernel


def _ratio(numerator: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """numerator / t x 100 where t > 0 (NaN elsewhere), and the mask t == 0."""
    out = np.full(t.shape, np.nan)
    with np.errstate(over="ignore"):  # a tiny positive target: capaian is huge, not an error
        np.divide(numerator, t, out=out, where=t > 0)
        out *= 100.0
    return out, t == 0


def _positif(r: np.ndarray, t: np.ndarray) -> np.ndarray:
    out, zero = _ratio(r, t)
    out[zero] = np.where(r[zero] == 0, 100.0, np.nan)
    return out


def _negatif(r: np.ndarray, t: np.ndarray) -> np.ndarray:
    out, zero = _ratio(2.0 * t - r, t)
    out[zero] = np.where(r[zero] <= 0, 100.0, 0.0)
    return out


def _stabil(r: np.ndarray, t: np.ndarray) -> np.ndarray:
    out, zero = _ratio(t - np.abs(r - t), t)
    out[zero] = np.where(r[zero] == 0, 100.0, 0.0)
    return out


def _rentang(r: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
    out = np.full(r.shape, np.nan)
    valid = ~np.isnan(upper) & (lower <= upper)
    below = valid & (r < lower)
    above = valid & (r > upper)
    out[valid & (r >= lower) & (r <= upper)] = 100.0
    out[below] = _positif(r[below], lower[below])
    out[above] = _negatif(r[above], upper[above])
    return out


_FORMULAS = {_POSITIF: _positif, _NEGATIF: _negatif, _STABIL: _stabil}


def _kernel(
    r: np.ndarray,
    t: np.ndarray,
    upper: np.ndarray,
    pol: np.ndarray,
    r_mutu: np.ndarray,
    t_mutu: np.ndarray,
) -> np.ndarray:
    """All capaian rules on aligned arrays; NaN where undefined.

    Each formula runs only on the rows of its polarity (boolean subsets), so a
    table costs about one pass of arithmetic whatever its mix of polarities.
    """
    out = np.full(r.shape, np.nan)
    numeric = ~np.isnan(r) & ~np.isnan(t)
    for code, formula in _FORMULAS.items():
        rows = numeric & (pol == code)
        if rows.any():
            out[rows] = formula(r[rows], t[rows])
    rows = numeric & (pol == _RENTANG)
    if rows.any():
        out[rows] = _rentang(r[rows], t[rows], upper[rows])
    letter = (r_mutu > 0) & (t_mutu > 0)
    if letter.any():
        out[letter] = np.minimum(r_mutu[letter] / t_mutu[letter], 1.0) * 100.0
    return np.maximum(out, 0.0)  # NaN stays NaN


# --------------------------------------------------------------------------- inputs


def _scalar_parts(value: object) -> tuple[float, int]:
    """A cell value as (number or NaN, mutu ordinal or 0)."""
    try:
        parsed = parse_nilai(value)
    except CellError:
        raise ValueError(f"Nilai {value!r} bukan angka dan bukan huruf mutu A-D.") from None
    if parsed is None:
        return np.nan, 0
    if isinstance(parsed, str):
        return np.nan, MUTU_ORDINAL[parsed]
    return float(parsed), 0


def _polaritas_code(value: object) -> int:
    key = str(value).strip().lower() if value is not None else ""
    if key not in _POL_CODE:
        raise ValueError(
            f"Polaritas {value!r} tidak dikenal; gunakan salah satu dari: " + ", ".join(POLARITAS)
        )
    return _POL_CODE[key]


def _series_parts(values: pd.Series, column: str) -> tuple[np.ndarray, np.ndarray]:
    """Numbers (NaN elsewhere) and mutu ordinals (0 elsewhere) of a column.

    Numeric columns pass straight through. Otherwise real numbers are taken by
    ``pd.to_numeric``, letters by a dictionary look-up, and only what is left
    (text such as "60,7") goes through :func:`sakiplib.parsing.parse_nilai`.
    """
    n = len(values)
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return values.to_numpy(dtype="float64", na_value=np.nan), np.zeros(n, dtype="float64")
    numbers = pd.to_numeric(values, errors="coerce").to_numpy(
        dtype="float64", na_value=np.nan, copy=True
    )
    mutu = np.zeros(n, dtype="float64")
    rest = np.isnan(numbers) & values.notna().to_numpy()
    if not rest.any():
        return numbers, mutu
    raw = values[rest]
    ordinals = raw.astype(str).str.strip().str.upper().map(MUTU_ORDINAL).to_numpy(dtype="float64")
    mutu[rest] = np.nan_to_num(ordinals, nan=0.0)
    leftover = np.isnan(ordinals)
    if leftover.any():
        parsed, bad = [], []
        for value in raw[leftover]:
            try:
                number = parse_number(value)
            except CellError:
                bad.append(value)
                number = None
            parsed.append(np.nan if number is None else number)
        if bad:
            examples = ", ".join(repr(v) for v in list(dict.fromkeys(bad))[:5])
            raise ValueError(
                f"Kolom '{column}' berisi nilai yang bukan angka dan bukan huruf mutu A-D: "
                f"{examples} ({len(bad)} baris)."
            )
        positions = np.flatnonzero(rest)[leftover]
        numbers[positions] = parsed
    return numbers, mutu


def _polaritas_codes(values: pd.Series) -> np.ndarray:
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if (codes < 0).any():
        raise ValueError(
            f"Kolom polaritas kosong pada {int((codes < 0).sum())} baris; isi dengan salah satu "
            "dari: " + ", ".join(POLARITAS)
        )
    mapping = np.array([_polaritas_code(u) for u in uniques], dtype="int64")
    return mapping[codes]


# --------------------------------------------------------------------------- public


def capaian(
    realisasi: object,
    target: object,
    polaritas: str,
    target_atas: object = None,
) -> float | None:
    """Capaian (percent) of one indicator; see the module docstring for rules.

    Values may be numbers, Indonesian number text ("60,7") or mutu letters.

    >>> round(capaian(90.40, 85, "positif"), 2)  # seed 004: 106,35%
    106.35
    >>> capaian(0, 50, "positif"), capaian(0, 0, "positif"), capaian(5, 0, "positif")
    (0.0, 100.0, None)
    >>> capaian(0, 0, "negatif"), capaian(3, 0, "negatif"), capaian(25, 10, "negatif")
    (100.0, 0.0, 0.0)
    >>> [capaian(r, 80, "rentang", 90) for r in (85, 72, 99)]
    [100.0, 90.0, 90.0]
    >>> capaian(110, 100, "stabil"), capaian(90, 100, "stabil")
    (90.0, 90.0)
    >>> capaian("A", "B", "positif"), capaian("C", "A", "positif"), capaian("B", 85, "positif")
    (100.0, 50.0, None)
    >>> capaian(None, 85, "positif") is None
    True
    """
    r, r_mutu = _scalar_parts(realisasi)
    t, t_mutu = _scalar_parts(target)
    upper, upper_mutu = _scalar_parts(target_atas)
    if upper_mutu:
        raise ValueError("Batas atas target rentang harus angka, bukan huruf mutu.")
    result = _kernel(
        np.array([r]),
        np.array([t]),
        np.array([upper]),
        np.array([_polaritas_code(polaritas)]),
        np.array([float(r_mutu)]),
        np.array([float(t_mutu)]),
    )[0]
    return None if np.isnan(result) else float(result)


def capaian_frame(
    df: pd.DataFrame,
    *,
    realisasi: str = "realisasi",
    target: str = "target",
    polaritas: str = "polaritas",
    target_atas: str = "target_atas",
    out: str = "capaian",
) -> pd.DataFrame:
    """Return a copy of ``df`` with a ``capaian`` column (float, NaN = undefined).

    Vectorised with numpy (no Python loop over rows): 10 million numeric rows
    take about a second. ``target_atas`` may be absent when no indicator is a
    range. Unknown or empty polaritas raises ValueError; so does a value that
    is neither a number nor a mutu letter.

    >>> df = pd.DataFrame({
    ...     "realisasi": [60.7, 12, 85, "A", 3.27],
    ...     "target": [85, 10, 80, "B", 2.95],
    ...     "polaritas": ["positif", "negatif", "rentang", "positif", "positif"],
    ...     "target_atas": [None, None, 90, None, None],
    ... })
    >>> capaian_frame(df)["capaian"].round(2).tolist()
    [71.41, 80.0, 100.0, 100.0, 110.85]
    """
    r, r_mutu = _series_parts(df[realisasi], realisasi)
    t, t_mutu = _series_parts(df[target], target)
    if target_atas in df.columns:
        upper, upper_mutu = _series_parts(df[target_atas], target_atas)
        if upper_mutu.any():
            raise ValueError(f"Kolom '{target_atas}' (batas atas rentang) harus angka.")
    else:
        upper = np.full(len(df), np.nan)
    pol = _polaritas_codes(df[polaritas])
    return df.assign(**{out: _kernel(r, t, upper, pol, r_mutu, t_mutu)})


def tingkat_kemajuan(
    realisasi: object,
    target_akhir_renstra: object,
    polaritas: str = "positif",
    target_atas: object = None,
) -> float | None:
    """Progress towards the end-of-Renstra target: capaian against that target.

    Same rules as :func:`capaian` (R / T x 100 for a positive indicator).
    Seed 004 Tabel 3.4 prints 105,11% for 90,40 against 86, but 90,40 / 86 is
    105,1163..., i.e. 105,12% when rounded; the report either truncated or
    used the unrounded IKM (any realisasi from 90,395 to 90,3989 prints as
    90,40 and gives 105,11%).

    >>> round(tingkat_kemajuan(90.40, 86), 2)
    105.12
    >>> round(tingkat_kemajuan(90.395, 86), 2)
    105.11
    """
    return capaian(realisasi, target_akhir_renstra, polaritas, target_atas)


def _keys(*frames: pd.DataFrame) -> list[str]:
    """kode_unit when every frame has it, then kode_indikator."""
    unit = all("kode_unit" in f.columns for f in frames)
    return (["kode_unit"] if unit else []) + ["kode_indikator"]


def aggregate_quarters(realisasi_df: pd.DataFrame, indikator_df: pd.DataFrame) -> pd.DataFrame:
    """Yearly values from the TW I..TW IV rows, by each indicator's ``agregasi``.

    * ``kumulatif``: sum of the available quarters (flows);
    * ``akhir periode``: the value of the last available quarter (stocks);
    * ``rata-rata``: mean of the available quarters.

    Quarters with an empty ``nilai`` are ignored; ``n_quarters`` tells how many
    were used, ``last_quarter`` which was the latest, so a caller can demand
    all four. Rows with ``periode`` "Tahunan" are not used (this function only
    derives yearly values). Mutu letters can only be ``akhir periode``; a
    letter on a kumulatif or rata-rata indicator, an indicator missing from
    ``indikator_df``, or the same quarter twice raises ValueError.

    >>> ind = pd.DataFrame({"kode_indikator": ["A", "B", "C"],
    ...                     "agregasi": ["kumulatif", "akhir periode", "rata-rata"]})
    >>> real = pd.DataFrame({
    ...     "kode_indikator": ["A"] * 4 + ["B"] * 3 + ["C"] * 2,
    ...     "tahun": 2024,
    ...     "periode": ["TW I", "TW II", "TW III", "TW IV", "TW I", "TW III", "TW II",
    ...                 "TW I", "TW II"],
    ...     "nilai": [10, 20, 30, 40, 5, 7, 6, 80, 90],
    ... })
    >>> out = aggregate_quarters(real, ind)
    >>> out[["kode_indikator", "nilai", "n_quarters", "last_quarter"]].values.tolist()
    [['A', 100.0, 4, 'TW IV'], ['B', 7.0, 3, 'TW III'], ['C', 85.0, 2, 'TW II']]
    """
    keys = _keys(realisasi_df, indikator_df)
    quarters = realisasi_df.loc[
        realisasi_df["periode"].isin(TRIWULAN) & realisasi_df["nilai"].notna(),
        [*keys, "tahun", "periode", "nilai"],
    ]
    duplicated = quarters.duplicated([*keys, "tahun", "periode"], keep=False)
    if duplicated.any():
        first = quarters[duplicated].iloc[0]
        raise ValueError(
            f"Realisasi indikator {first['kode_indikator']} tahun {first['tahun']} "
            f"{first['periode']} tercatat lebih dari sekali."
        )
    indikator = indikator_df[[*keys, "agregasi"]].drop_duplicates(keys)
    merged = quarters.merge(indikator, on=keys, how="left")
    missing = merged["agregasi"].isna()
    if missing.any():
        codes = ", ".join(sorted(map(str, merged.loc[missing, "kode_indikator"].unique())))
        raise ValueError(
            f"Agregasi indikator tidak diketahui (tidak ada di sheet Indikator): {codes}"
        )
    unknown = ~merged["agregasi"].isin(AGREGASI)
    if unknown.any():
        values = ", ".join(sorted(map(str, merged.loc[unknown, "agregasi"].unique())))
        raise ValueError(
            f"Agregasi {values} tidak dikenal; gunakan salah satu dari: " + ", ".join(AGREGASI)
        )
    number = pd.to_numeric(merged["nilai"], errors="coerce")
    letters = number.isna() & (merged["agregasi"] != "akhir periode")
    if letters.any():
        codes = ", ".join(sorted(map(str, merged.loc[letters, "kode_indikator"].unique())))
        raise ValueError(
            "Huruf mutu hanya bisa diagregasi 'akhir periode' (nilai triwulan terakhir); "
            f"indikator {codes} memakai agregasi lain."
        )
    merged = merged.assign(_number=number, _rank=merged["periode"].map(PERIODE_RANK))
    merged = merged.sort_values([*keys, "tahun", "_rank"], kind="stable")
    grouped = merged.groupby([*keys, "tahun"], sort=True, dropna=False)
    result = grouped.agg(
        agregasi=("agregasi", "first"),
        _sum=("_number", "sum"),
        _mean=("_number", "mean"),
        _last=("nilai", "last"),
        n_quarters=("nilai", "size"),
        last_quarter=("periode", "last"),
    ).reset_index()
    nilai = np.select(
        [result["agregasi"] == "kumulatif", result["agregasi"] == "rata-rata"],
        [result["_sum"], result["_mean"]],
        default=np.nan,
    )
    last = result["_last"]
    period_end = result["agregasi"] == "akhir periode"
    if pd.to_numeric(last[period_end], errors="coerce").notna().all():
        values: pd.Series = pd.Series(nilai, index=result.index)
        values[period_end] = pd.to_numeric(last[period_end]).astype("float64")
    else:
        values = pd.Series(nilai, index=result.index, dtype="object")
        values[period_end] = last[period_end]
    result = result.assign(periode="Tahunan", nilai=values)
    return result[[*keys, "tahun", "periode", "nilai", "agregasi", "n_quarters", "last_quarter"]]


def select_target(target_df: pd.DataFrame) -> pd.DataFrame:
    """One measuring target per indicator, year and periode, by document priority.

    Priority: PK Perubahan > PK > RKT > Renstra (the latest signed commitment
    measures the year; the Renstra figure only when nothing newer exists). Rows
    with an empty ``nilai`` never win. An unknown ``dokumen`` raises ValueError.
    The chosen rows keep all their columns, ``dokumen`` included.

    >>> t = pd.DataFrame({
    ...     "kode_indikator": ["IK1", "IK1", "IK1", "IK2"],
    ...     "tahun": 2024, "periode": "Tahunan",
    ...     "nilai": [86, 85, 84, 80], "dokumen": ["Renstra", "PK", "RKT", "Renstra"],
    ... })
    >>> select_target(t)[["kode_indikator", "nilai", "dokumen"]].values.tolist()
    [['IK1', 85, 'PK'], ['IK2', 80, 'Renstra']]
    """
    rank = {d: i for i, d in enumerate(DOKUMEN_PRIORITY)}
    ranks = target_df["dokumen"].map(rank)
    unknown = ranks.isna()
    if unknown.any():
        values = ", ".join(sorted(map(str, target_df.loc[unknown, "dokumen"].unique())))
        raise ValueError(
            f"Dokumen target {values} tidak dikenal; gunakan salah satu dari: "
            + ", ".join(DOKUMEN_PRIORITY)
        )
    keys = [*_keys(target_df), "tahun", "periode"]
    usable = target_df.assign(_rank=ranks)[target_df["nilai"].notna()]
    chosen = usable.sort_values([*keys, "_rank"], kind="stable").drop_duplicates(keys)
    return chosen.drop(columns="_rank").reset_index(drop=True)


def compare_years(
    realisasi_df: pd.DataFrame,
    years: Iterable[int] | None = None,
    *,
    target_df: pd.DataFrame | None = None,
    indikator_df: pd.DataFrame | None = None,
    periode: str = "Tahunan",
) -> pd.DataFrame:
    """Realisasi per year side by side, one row per indicator (Tabel 3.5 style).

    Columns ``realisasi_<year>``; with ``target_df`` also ``target_<year>``
    (chosen by :func:`select_target`), and with ``indikator_df`` (for the
    polaritas) also ``capaian_<year>``. Per year the order is target,
    realisasi, capaian, as in the T / R / C columns of the reports.

    >>> real = pd.DataFrame({"kode_indikator": "IKM", "tahun": [2022, 2023, 2024],
    ...                      "periode": "Tahunan", "nilai": [86.53, 89.57, 90.40]})
    >>> tgt = pd.DataFrame({"kode_indikator": "IKM", "tahun": [2023, 2024],
    ...                     "periode": "Tahunan", "nilai": [84, 85], "dokumen": "PK"})
    >>> ind = pd.DataFrame({"kode_indikator": ["IKM"], "polaritas": ["positif"]})
    >>> out = compare_years(real, target_df=tgt, indikator_df=ind)
    >>> list(out.columns)[:5]
    ['kode_indikator', 'realisasi_2022', 'target_2023', 'realisasi_2023', 'capaian_2023']
    >>> out[["capaian_2023", "capaian_2024"]].round(2).values.tolist()
    [[106.63, 106.35]]
    """
    if periode not in PERIODE:
        raise ValueError(
            f"Periode {periode!r} tidak dikenal; gunakan salah satu dari: " + ", ".join(PERIODE)
        )
    keys = _keys(realisasi_df)
    real = realisasi_df[realisasi_df["periode"] == periode]
    wanted: Sequence[int] = sorted(real["tahun"].unique()) if years is None else list(years)
    long = real[real["tahun"].isin(wanted)][[*keys, "tahun", "nilai"]].rename(
        columns={"nilai": "realisasi"}
    )
    value_cols = ["realisasi"]
    if target_df is not None:
        keys = [k for k in keys if k in target_df.columns]
        tgt = select_target(target_df[target_df["periode"] == periode])
        cols = [*keys, "tahun", "nilai"] + (["nilai_atas"] if "nilai_atas" in tgt.columns else [])
        tgt = tgt[tgt["tahun"].isin(wanted)][cols].rename(
            columns={"nilai": "target", "nilai_atas": "target_atas"}
        )
        long = long[[*keys, "tahun", "realisasi"]].merge(tgt, on=[*keys, "tahun"], how="outer")
        value_cols = ["target", "realisasi"]
        if indikator_df is not None:
            ikeys = [k for k in keys if k in indikator_df.columns]
            pol = indikator_df[[*ikeys, "polaritas"]].drop_duplicates(ikeys)
            long = long.merge(pol, on=ikeys, how="left")
            long = capaian_frame(long)
            value_cols.append("capaian")
    wide = long.pivot(index=keys, columns="tahun", values=value_cols)
    ordered = [(col, year) for year in wanted for col in value_cols if (col, year) in wide.columns]
    wide = wide[ordered]
    wide.columns = [f"{col}_{year}" for col, year in ordered]
    wide = wide.dropna(axis=1, how="all").reset_index()
    return wide
