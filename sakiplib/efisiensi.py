"""Efisiensi anggaran per PMK 214/PMK.02/2017 (annex).

For outputs i with pagu anggaran keluaran PAK, capaian keluaran CK (as a
fraction) and realisasi anggaran keluaran RAK:

    E  = sum_i (PAK_i x CK_i - RAK_i) / sum_i (PAK_i x CK_i) x 100%
    NE = 50% + (E / 20%) x 50%

Choices where the regulation leaves room:

* CK is capped at 100% by default (``cap_capaian=True``), as PMK practice
  does: over-achieving an output does not make spending more efficient.
  ``cap_capaian=False`` uses CK as reported.
* E is only meaningful for outputs of one level. Passing programs together
  with their kegiatan counts every rupiah twice; pass the kegiatan (or sub
  kegiatan) rows only.
* NE is defined for E within -20%..+20%; outside it E is clipped to that
  range first, so NE always lies in 0..100 (E of 25% scores 100).
* A row with an empty pagu, realisasi or capaian is left out;
  :func:`efisiensi_table` reports how many were left out.
* With nothing usable, or a zero denominator, the result is None.

Seed 004 (Setda Kebumen 2024), Tabel 3.7, the 18 kegiatan rows: E = 8,49%
capped and 10,29% uncapped; the report's 12,99% cannot be reproduced.

>>> df = pd.DataFrame({"pagu": [100.0, 200.0], "realisasi": [80.0, 150.0],
...                    "capaian": [100.0, 120.0]})
>>> round(efisiensi(df), 2), round(efisiensi(df, cap_capaian=False), 2)
(23.33, 32.35)
>>> nilai_efisiensi(8.49)
71.225
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

__all__ = ["E_LIMIT", "efisiensi", "efisiensi_table", "nilai_efisiensi"]

#: NE is defined for E within -E_LIMIT..+E_LIMIT percent.
E_LIMIT = 20.0


def _arrays(
    frame: pd.DataFrame, pagu: str, realisasi: str, capaian: str, cap_capaian: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """PAK, CK (fraction, capped if asked) and RAK of the usable rows."""
    columns = {}
    for name in (pagu, realisasi, capaian):
        columns[name] = pd.to_numeric(frame[name], errors="coerce").to_numpy(
            dtype="float64", na_value=np.nan
        )
    pak, rak, ck = columns[pagu], columns[realisasi], columns[capaian] / 100.0
    usable = ~(np.isnan(pak) | np.isnan(rak) | np.isnan(ck))
    pak, rak, ck = pak[usable], rak[usable], ck[usable]
    if cap_capaian:
        ck = np.minimum(ck, 1.0)
    return pak, ck, rak


def efisiensi(
    frame: pd.DataFrame,
    cap_capaian: bool = True,
    *,
    pagu: str = "pagu",
    realisasi: str = "realisasi",
    capaian: str = "capaian",
) -> float | None:
    """Efisiensi E (percent) over the output rows of ``frame``.

    ``capaian`` is the capaian keluaran in percent (e.g. 366.67). By default
    CK is capped at 100% (``cap_capaian=True``, as PMK practice); see the
    module docstring for every choice.

    >>> df = pd.DataFrame({"pagu": [100.0], "realisasi": [91.0], "capaian": [250.0]})
    >>> round(efisiensi(df), 2), round(efisiensi(df, cap_capaian=False), 2)
    (9.0, 63.6)
    >>> efisiensi(df.iloc[0:0]) is None
    True
    """
    pak, ck, rak = _arrays(frame, pagu, realisasi, capaian, cap_capaian)
    denominator = float(np.sum(pak * ck))
    if pak.size == 0 or denominator == 0:
        return None
    return float(np.sum(pak * ck - rak)) / denominator * 100.0


def nilai_efisiensi(e: float | None) -> float | None:
    """NE = 50 + E / 20 x 50 (percent), with E clipped to -20..+20 first.

    >>> nilai_efisiensi(0), nilai_efisiensi(20), nilai_efisiensi(-20), nilai_efisiensi(35)
    (50.0, 100.0, 0.0, 100.0)
    >>> nilai_efisiensi(None) is None
    True
    """
    if e is None or np.isnan(e):
        return None
    clipped = min(max(float(e), -E_LIMIT), E_LIMIT)
    return 50.0 + clipped / E_LIMIT * 50.0


def efisiensi_table(
    frame: pd.DataFrame,
    by: Sequence[str] = (),
    cap_capaian: bool = True,
    *,
    pagu: str = "pagu",
    realisasi: str = "realisasi",
    capaian: str = "capaian",
) -> pd.DataFrame:
    """E and NE per group of ``by`` (or over all rows when ``by`` is empty).

    Columns: the ``by`` columns, ``pagu`` and ``realisasi`` (totals of the
    usable rows), ``efisiensi`` (E), ``nilai_efisiensi`` (NE), ``n_outputs``
    (rows used) and ``n_skipped`` (rows left out for an empty value).

    >>> df = pd.DataFrame({"program": ["A", "A", "B"], "pagu": [100.0, 100.0, 50.0],
    ...                    "realisasi": [90.0, 95.0, 50.0], "capaian": [100.0, None, 100.0]})
    >>> out = efisiensi_table(df, by=["program"])
    >>> out[["program", "efisiensi", "n_outputs", "n_skipped"]].values.tolist()
    [['A', 10.0, 1, 1], ['B', 0.0, 1, 0]]
    """
    groups = frame.groupby(list(by), sort=True, dropna=False) if by else [((), frame)]
    rows = []
    for key, part in groups:
        pak, ck, rak = _arrays(part, pagu, realisasi, capaian, cap_capaian)
        e = efisiensi(part, cap_capaian, pagu=pagu, realisasi=realisasi, capaian=capaian)
        keys = key if isinstance(key, tuple) else (key,)
        rows.append(
            {
                **dict(zip(by, keys, strict=False)),
                "pagu": float(pak.sum()),
                "realisasi": float(rak.sum()),
                "efisiensi": e,
                "nilai_efisiensi": nilai_efisiensi(e),
                "n_outputs": int(pak.size),
                "n_skipped": int(len(part) - pak.size),
            }
        )
    return pd.DataFrame(rows)
