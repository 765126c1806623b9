"""id-ID number formatting for everything users read.

>>> angka(3457463874)
'3.457.463.874'
>>> angka(60.7, 1)
'60,7'
>>> persen(91.0612)
'91,06%'
>>> angka(None)
'-'
>>> persen(100.005)  # rounded half away from zero, like Excel's ROUND and the kategori
'100,01%'
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal


def angka(value: float | int | None, decimals: int = 0) -> str:
    """A number with "." grouping thousands and "," as the decimal mark."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    rounded = Decimal(repr(float(value))).quantize(
        Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP
    )
    text = f"{rounded:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def persen(value: float | None, decimals: int = 2) -> str:
    """A percentage: 91,06%."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return angka(value, decimals) + "%"


def nilai(value: object, decimals: int = 2) -> str:
    """A target or realisasi: a mutu letter as is, a number in id-ID without useless decimals.

    >>> nilai(85.0), nilai(60.7), nilai("B"), nilai(None)
    ('85', '60,7', 'B', '-')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, str):
        return value
    v = float(value)
    if v.is_integer():
        return angka(v, 0)
    return angka(v, decimals).rstrip("0").rstrip(",") if decimals else angka(v, 0)
