"""Parse the cell contents Indonesian SAKIP spreadsheets really hold.

Numbers come as real numbers, or as text in either convention, in the same
file: "Rp. 3.457.463.874", "2,519,516,374", "60,7", "90.40", "91,06%",
"Rp. 31.860.576.000,-", "-" or blank. Every parser returns a value or raises
:class:`CellError` with what was expected, in Bahasa Indonesia.

Rule for a single separator: a "." or "," followed by exactly three digits
(and preceded by a non-zero integer part) groups thousands; otherwise it is the
decimal mark. With both marks present, the last one is the decimal mark.

>>> parse_number("Rp. 3.457.463.874")
3457463874.0
>>> parse_number("2,519,516,374")
2519516374.0
>>> parse_number("60,7")
60.7
>>> parse_number("90.40")
90.4
>>> parse_number("1.234,5")
1234.5
>>> parse_number("91,06%")
91.06
>>> parse_number("Rp. 31.860.576.000,-")
31860576000.0
>>> parse_number("-") is None
True
>>> parse_nilai(" b ")
'B'
>>> parse_code(1.0)
'1'
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

MISSING_TEXT = {"", "-", "--", "–", "—", "n/a", "na", "#n/a", "tidak ada", "nihil"}
_CURRENCY = re.compile(r"^(rp\.?|idr)\s*", re.IGNORECASE)
_DIGITS = re.compile(r"^\d+$")
_MUTU = {"A", "B", "C", "D"}
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/\-]*$")


class CellError(ValueError):
    """A cell whose content does not fit its column; ``expected`` says what would."""

    def __init__(self, expected: str, detail: str = "") -> None:
        super().__init__(expected)
        self.expected = expected
        self.detail = detail


def is_missing(value: object) -> bool:
    """True for an empty cell, NaN, or a dash/placeholder such as "-".

    >>> is_missing("-"), is_missing(" "), is_missing(0), is_missing(float("nan"))
    (True, True, False, True)
    """
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip().lower() in MISSING_TEXT


def _clean_numeric_text(text: str) -> tuple[str, bool]:
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    s = _CURRENCY.sub("", s)
    percent = s.endswith("%")
    if percent:
        s = s[:-1].strip()
    if s.endswith(",-") or s.endswith(".-"):
        s = s[:-2]
    s = s.replace(" ", "")
    return s, percent


def _normalise_separators(s: str) -> str:
    """Turn an Indonesian or English formatted number into Python's form."""
    if "." in s and "," in s:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        integer, _, fraction = s.rpartition(decimal)
        groups = integer.split(thousands)
        if not _valid_groups(groups) or not _DIGITS.match(fraction):
            raise CellError("angka", "pemisah ribuan/desimal tidak konsisten")
        return "".join(groups) + "." + fraction
    for sep in (".", ","):
        if sep not in s:
            continue
        parts = s.split(sep)
        if len(parts) > 2:
            if not _valid_groups(parts):
                raise CellError("angka", "pemisah ribuan tidak konsisten")
            return "".join(parts)
        integer, fraction = parts
        if len(fraction) == 3 and integer not in ("", "0") and _DIGITS.match(integer + fraction):
            return integer + fraction
        return integer + "." + fraction
    return s


def _valid_groups(groups: list[str]) -> bool:
    head, *rest = groups
    return (
        1 <= len(head) <= 3
        and _DIGITS.match(head) is not None
        and all(len(g) == 3 and _DIGITS.match(g) for g in rest)
    )


def parse_number(value: object) -> float | None:
    """Read a number from a cell value (number or Indonesian/English text)."""
    if is_missing(value):
        return None
    if isinstance(value, bool):
        raise CellError("angka")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, datetime | date):
        raise CellError("angka", "sel berisi tanggal")
    s, _ = _clean_numeric_text(str(value))
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    if s.startswith("-"):
        negative, s = True, s[1:]
    elif s.startswith("+"):
        s = s[1:]
    if not s:
        raise CellError("angka")
    s = _normalise_separators(s)
    try:
        number = float(s)
    except ValueError:
        raise CellError("angka") from None
    if not math.isfinite(number):
        raise CellError("angka")
    return -number if negative else number


def grouping_mark(value: object) -> str | None:
    """The mark that groups thousands in a number typed as text, if any.

    >>> grouping_mark("Rp. 3.457.463.874"), grouping_mark("2,519,516,374"), grouping_mark("60,7")
    ('.', ',', None)
    """
    if not isinstance(value, str) or is_missing(value):
        return None
    s, _ = _clean_numeric_text(value)
    s = s.strip("()+-")
    if "." in s and "," in s:
        return "," if s.rfind(".") > s.rfind(",") else "."
    for sep in (".", ","):
        parts = s.split(sep)
        if len(parts) > 2:
            return sep
        if len(parts) == 2 and len(parts[1]) == 3 and parts[0] not in ("", "0"):
            return sep
    return None


def parse_integer(value: object) -> int | None:
    """Read a whole number; "2.024" is refused, 2024.0 is accepted.

    >>> parse_integer("2024"), parse_integer(3.0)
    (2024, 3)
    """
    number = parse_number(value)
    if number is None:
        return None
    if not float(number).is_integer():
        raise CellError("bilangan bulat")
    return int(number)


def parse_nilai(value: object) -> float | str | None:
    """A target or realisasi: a number, or a mutu letter A-D (qualitative)."""
    if isinstance(value, str) and value.strip().upper() in _MUTU:
        return value.strip().upper()
    return parse_number(value)


def parse_code(value: object) -> str | None:
    """An identifier; a number typed into a code cell becomes its text."""
    if is_missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return repr(value)
    text = str(value).strip()
    if not _CODE.match(text):
        raise CellError("kode (huruf, angka, titik atau tanda hubung, tanpa spasi)")
    return text


def parse_text(value: object) -> str | None:
    """Free text, whitespace trimmed; numbers are written as typed."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = " ".join(str(value).split())
    return text or None


def parse_enum(value: object, allowed: tuple[str, ...]) -> str | None:
    """One of ``allowed``, matched case- and space-insensitively.

    >>> parse_enum(" pk perubahan ", ("Renstra", "PK", "PK Perubahan"))
    'PK Perubahan'
    >>> parse_enum("tw 1", ("TW I", "TW II"))
    'TW I'
    """
    if is_missing(value):
        return None
    key = _enum_key(str(value))
    for option in allowed:
        if _enum_key(option) == key:
            return option
    raise CellError("salah satu dari: " + ", ".join(allowed))


_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv"}


def _enum_key(text: str) -> str:
    words = " ".join(text.replace("_", " ").replace("-", " ").lower().split()).split(" ")
    # "TW 1" == "TW I", "Triwulan II" == "TW II", "sub kegiatan" == "subkegiatan"
    if words and words[0] in ("triwulan", "tw"):
        words = ["tw", *(_ROMAN.get(w, w) for w in words[1:])]
    joined = " ".join(words)
    return joined.replace("sub kegiatan", "subkegiatan")
