"""Kategori capaian: per-kabupaten category scales kept as configuration.

Every kabupaten fixes its own scale by Perbup, so the scales live in
``sakiplib/config/kategori.yaml`` (package data, read through
:mod:`importlib.resources`), not in code. A scale is a list of bands, each with
a label, a lower and an upper bound and whether each bound is inclusive.
:func:`validate_scale` refuses a scale that leaves a hole or has an overlap
anywhere on ``[0, +inf)``; the error (in Bahasa Indonesia) names the two bands.

Values are compared after rounding to 2 decimals (``decimals=2``), the
precision the reports print: a capaian printed as "100,00%" is never classified
as "more than 100%". Rounding is half away from zero, like Excel's ROUND
(:func:`round_id`). Pass ``decimals=None`` to compare raw values.

>>> kategori(71.41, "jember")
'Cukup'
>>> kategori(106.35, "kebumen")
'Baik Sekali'
>>> kategori(100, "jember")
'Baik'
>>> kategori(62, "kebumen")
'Kurang'
>>> kategori_series(pd.Series([71.41, 100.0, None]), "jember").tolist()
['Cukup', 'Baik', nan]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from sakiplib import fmt

__all__ = [
    "Band",
    "Scale",
    "ScaleError",
    "available_scales",
    "format_angka",
    "kategori",
    "kategori_series",
    "load_scale",
    "round_id",
    "validate_scale",
]


class ScaleError(ValueError):
    """A category scale that is not a clean partition of ``[0, +inf)``."""


def round_id(values: float | np.ndarray, decimals: int = 2) -> np.ndarray:
    """Round half away from zero at ``decimals``, as Excel's ROUND and the reports do.

    ``numpy.round`` rounds half to even on the binary value, so 88,305 (stored
    as 88,30499999...) would become 88,30; here the binary noise below 1e-6
    of the last printed digit is removed first, so 88,305 becomes 88,31.

    >>> round_id(np.array([88.305, 88.304, 0.285, 75.005, -1.005])).tolist()
    [88.31, 88.3, 0.29, 75.01, -1.01]
    """
    x = np.asarray(values, dtype="float64")
    factor = 10.0**decimals
    scaled = np.round(np.abs(x) * factor, 6)
    return np.sign(x) * np.floor(scaled + 0.5) / factor


def format_angka(value: float, decimals: int = 2) -> str:
    """Format a number the Indonesian way (:func:`sakiplib.fmt.nilai`: half up, zeros dropped).

    >>> format_angka(1234567.891), format_angka(60.0), format_angka(75.5)
    ('1.234.567,89', '60', '75,5')
    >>> format_angka(float("inf"))
    'tak hingga'
    """
    if math.isinf(value):
        return "tak hingga" if value > 0 else "minus tak hingga"
    return fmt.nilai(float(value), decimals)


@dataclass(frozen=True)
class Band:
    """One category band: ``label`` for capaian between ``lower`` and ``upper``.

    ``upper`` is ``math.inf`` for an open top band. A band with
    ``lower == upper`` is a single point and needs both bounds inclusive.

    >>> Band("Baik", 85, 100, lower_inclusive=False, upper_inclusive=True).describe()
    'lebih dari 85 sampai dengan 100'
    >>> baik = Band("Baik", 85, 100, lower_inclusive=False, upper_inclusive=True)
    >>> baik.contains(85), baik.contains(100)
    (False, True)
    """

    label: str
    lower: float
    upper: float = math.inf
    lower_inclusive: bool = True
    upper_inclusive: bool = False

    def contains(self, value: float) -> bool:
        """True when ``value`` lies in this band (no rounding applied)."""
        above = value > self.lower or (self.lower_inclusive and value == self.lower)
        below = value < self.upper or (self.upper_inclusive and value == self.upper)
        return above and below

    def describe(self) -> str:
        """The band in words, in Bahasa Indonesia."""
        if self.lower == self.upper:
            return f"tepat {format_angka(self.lower)}"
        low = ("" if self.lower_inclusive else "lebih dari ") + format_angka(self.lower)
        if math.isinf(self.upper):
            return ("lebih dari " if not self.lower_inclusive else "mulai ") + format_angka(
                self.lower
            )
        high = ("sampai dengan " if self.upper_inclusive else "sampai kurang dari ") + format_angka(
            self.upper
        )
        return f"{low} {high}"


@dataclass(frozen=True)
class Scale:
    """A validated scale: bands sorted from the lowest capaian to the highest."""

    name: str
    bands: tuple[Band, ...]
    judul: str = ""
    sumber: str = ""
    catatan: str = ""

    @property
    def labels(self) -> tuple[str, ...]:
        """Band labels from the lowest to the highest (ordered categories)."""
        return tuple(b.label for b in self.bands)


def _band_from_mapping(raw: Mapping[str, object]) -> Band:
    try:
        label = str(raw["label"]).strip()
        lower = float(raw["lower"])  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError):
        raise ScaleError(
            f"Pita kategori tidak lengkap: {dict(raw)!r}; wajib ada 'label' dan 'lower' (angka)."
        ) from None
    upper_raw = raw.get("upper")
    upper = math.inf if upper_raw is None else float(upper_raw)  # type: ignore[arg-type]
    return Band(
        label=label,
        lower=lower,
        upper=upper,
        lower_inclusive=bool(raw.get("lower_inclusive", True)),
        upper_inclusive=bool(raw.get("upper_inclusive", False)),
    )


def _quote(band: Band) -> str:
    return f"'{band.label}' ({band.describe()})"


def validate_scale(bands: Iterable[Band | Mapping[str, object]]) -> tuple[Band, ...]:
    """Check that ``bands`` cover ``[0, +inf)`` exactly once; return them sorted.

    Raises :class:`ScaleError` with a message in Bahasa Indonesia that names the
    bands around a hole or the two bands that overlap.

    >>> ok = validate_scale([
    ...     {"label": "Tinggi", "lower": 50, "lower_inclusive": False, "upper": None},
    ...     {"label": "Rendah", "lower": 0, "upper": 50, "upper_inclusive": True},
    ... ])
    >>> [b.label for b in ok]
    ['Rendah', 'Tinggi']
    >>> try:
    ...     validate_scale([
    ...         {"label": "Tinggi", "lower": 60, "upper": None},
    ...         {"label": "Rendah", "lower": 0, "upper": 50, "upper_inclusive": True},
    ...     ])
    ... except ScaleError as err:
    ...     print(err)  # doctest: +NORMALIZE_WHITESPACE
    Skala kategori berlubang di antara pita 'Rendah' (0 sampai dengan 50) dan pita
    'Tinggi' (mulai 60): capaian lebih dari 50 sampai kurang dari 60 tidak masuk
    kategori mana pun.
    """
    items = [b if isinstance(b, Band) else _band_from_mapping(b) for b in bands]
    if not items:
        raise ScaleError("Skala kategori kosong: belum ada pita sama sekali.")
    seen: set[str] = set()
    for band in items:
        if not band.label:
            raise ScaleError(f"Pita kategori tanpa label: {band!r}.")
        if band.label in seen:
            raise ScaleError(f"Label pita '{band.label}' dipakai lebih dari sekali.")
        seen.add(band.label)
        if any(math.isnan(x) for x in (band.lower, band.upper)):
            raise ScaleError(f"Batas pita '{band.label}' harus berupa angka.")
        if band.lower > band.upper or (
            band.lower == band.upper and not (band.lower_inclusive and band.upper_inclusive)
        ):
            raise ScaleError(
                f"Pita '{band.label}' kosong: batas bawah {format_angka(band.lower)} "
                f"tidak di bawah batas atas {format_angka(band.upper)}."
            )
    ordered = sorted(items, key=lambda b: (b.lower, not b.lower_inclusive, b.upper))
    first = ordered[0]
    if first.lower > 0 or (first.lower == 0 and not first.lower_inclusive):
        upto = (
            "sampai kurang dari " if first.lower_inclusive else "sampai dengan "
        ) + format_angka(first.lower)
        raise ScaleError(
            f"Skala kategori berlubang di bawah pita {_quote(first)}: capaian 0 {upto} "
            "tidak masuk kategori mana pun."
        )
    for low, high in zip(ordered, ordered[1:], strict=False):
        _check_neighbours(low, high)
    last = ordered[-1]
    if not math.isinf(last.upper):
        start = ("lebih dari " if last.upper_inclusive else "") + format_angka(last.upper)
        raise ScaleError(
            f"Skala kategori berlubang di atas pita {_quote(last)}: capaian {start} ke atas "
            "tidak masuk kategori mana pun."
        )
    return tuple(ordered)


def _check_neighbours(low: Band, high: Band) -> None:
    """Raise when ``low`` and the next band ``high`` leave a hole or overlap."""
    if low.upper < high.lower or (
        low.upper == high.lower and not low.upper_inclusive and not high.lower_inclusive
    ):
        if low.upper == high.lower:
            gap = f"tepat {format_angka(low.upper)}"
        else:
            start = ("lebih dari " if low.upper_inclusive else "") + format_angka(low.upper)
            end = ("sampai kurang dari " if high.lower_inclusive else "sampai dengan ") + (
                format_angka(high.lower)
            )
            gap = f"{start} {end}"
        raise ScaleError(
            f"Skala kategori berlubang di antara pita {_quote(low)} dan pita {_quote(high)}: "
            f"capaian {gap} tidak masuk kategori mana pun."
        )
    if low.upper > high.lower or (low.upper_inclusive and high.lower_inclusive):
        top = min(low.upper, high.upper)
        if top == high.lower:
            shared = f"tepat {format_angka(top)}"
        else:
            shared = f"{format_angka(high.lower)} sampai {format_angka(top)}"
        raise ScaleError(
            f"Skala kategori tumpang tindih: pita {_quote(low)} dan pita {_quote(high)} "
            f"sama-sama mencakup capaian {shared}."
        )


def _config_text() -> str:
    return resources.files("sakiplib").joinpath("config", "kategori.yaml").read_text("utf-8")


@lru_cache(maxsize=8)
def _packaged_scales() -> dict[str, dict]:
    return _parse_config(_config_text(), "sakiplib/config/kategori.yaml")


def _parse_config(text: str, where: str) -> dict[str, dict]:
    data = yaml.safe_load(text) or {}
    scales = data.get("scales") if isinstance(data, dict) else None
    if not isinstance(scales, dict):
        raise ScaleError(f"Berkas {where} harus berisi kunci 'scales' berupa daftar skala.")
    return scales


def available_scales(path: str | Path | None = None) -> list[str]:
    """Names of the scales in the packaged configuration (or in ``path``).

    >>> available_scales()
    ['default', 'jember', 'kebumen']
    """
    scales = (
        _packaged_scales()
        if path is None
        else _parse_config(Path(path).read_text("utf-8"), str(path))
    )
    return sorted(scales)


def load_scale(name: str = "default", path: str | Path | None = None) -> Scale:
    """Load and validate scale ``name`` from the packaged YAML (or from ``path``).

    ``path`` lets a kabupaten keep its own YAML file in the same format.

    >>> s = load_scale("kebumen")
    >>> s.labels
    ('Sangat Kurang', 'Kurang', 'Cukup', 'Baik', 'Baik Sekali')
    >>> "60%" in s.catatan
    True
    """
    if path is None:
        return _load_packaged(name.strip().lower())
    scales = _parse_config(Path(path).read_text("utf-8"), str(path))
    return _build_scale(name, scales, str(path))


@lru_cache(maxsize=32)
def _load_packaged(name: str) -> Scale:
    return _build_scale(name, _packaged_scales(), "sakiplib/config/kategori.yaml")


def _build_scale(name: str, scales: Mapping[str, dict], where: str) -> Scale:
    if name not in scales:
        raise ScaleError(
            f"Skala kategori '{name}' tidak ada di {where}; yang tersedia: "
            + ", ".join(sorted(scales))
            + "."
        )
    raw = scales[name] or {}
    try:
        bands = validate_scale(raw.get("bands") or [])
    except ScaleError as err:
        raise ScaleError(f"Skala '{name}' ({where}): {err}") from None
    return Scale(
        name=name,
        bands=bands,
        judul=str(raw.get("judul") or ""),
        sumber=" ".join(str(raw.get("sumber") or "").split()),
        catatan=" ".join(str(raw.get("catatan") or "").split()),
    )


def _resolve(scale: Scale | str | Iterable[Band | Mapping[str, object]]) -> Scale:
    if isinstance(scale, Scale):
        return scale
    if isinstance(scale, str):
        return load_scale(scale)
    return Scale(name="(tanpa nama)", bands=validate_scale(scale))


def _codes(values: np.ndarray, scale: Scale, decimals: int | None) -> np.ndarray:
    """Band index of each value (-1 for missing or uncovered), vectorised."""
    x = np.asarray(values, dtype="float64")
    if decimals is not None:
        x = round_id(x, decimals)
    bands = scale.bands
    lowers = np.array([b.lower for b in bands])
    uppers = np.array([b.upper for b in bands])
    lower_incl = np.array([b.lower_inclusive for b in bands])
    upper_incl = np.array([b.upper_inclusive for b in bands])
    idx = np.searchsorted(lowers, x, side="right") - 1
    # a value sitting exactly on an exclusive lower bound belongs to the band below
    safe = np.clip(idx, 0, len(bands) - 1)
    on_open_lower = (idx >= 0) & (x == lowers[safe]) & ~lower_incl[safe]
    idx = np.where(on_open_lower, idx - 1, idx)
    safe = np.clip(idx, 0, len(bands) - 1)
    inside = (idx >= 0) & ((x < uppers[safe]) | (upper_incl[safe] & (x == uppers[safe])))
    inside &= (x > lowers[safe]) | (lower_incl[safe] & (x == lowers[safe]))
    return np.where(inside & ~np.isnan(x), idx, -1).astype("int64")


def kategori(
    capaian: float | None,
    scale: Scale | str = "default",
    decimals: int | None = 2,
) -> str | None:
    """The category label of one capaian value; None when missing or uncovered.

    >>> kategori(75.004, "jember"), kategori(75.01, "jember")
    ('Cukup', 'Baik')
    >>> kategori(100.004, "default"), kategori(100.01, "default")
    ('Baik', 'Sangat Baik')
    >>> kategori(None, "jember") is None
    True
    """
    if capaian is None or (isinstance(capaian, float) and math.isnan(capaian)):
        return None
    resolved = _resolve(scale)
    code = int(_codes(np.array([float(capaian)]), resolved, decimals)[0])
    return None if code < 0 else resolved.bands[code].label


def kategori_series(
    values: pd.Series | Iterable[float],
    scale: Scale | str = "default",
    decimals: int | None = 2,
) -> pd.Series:
    """Vectorised :func:`kategori`: an ordered categorical Series (low to high).

    Missing or uncovered values become NaN. Uses ``numpy.searchsorted`` on the
    band bounds, so 10 million values take well under a second.

    >>> s = kategori_series(pd.Series([49.9, 50.0, 50.01, 62, 106.35]), "kebumen")
    >>> s.tolist()
    ['Sangat Kurang', 'Sangat Kurang', 'Kurang', 'Kurang', 'Baik Sekali']
    >>> s.cat.ordered
    True
    """
    resolved = _resolve(scale)
    series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype="float64")
    numbers = pd.to_numeric(series, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    codes = _codes(numbers, resolved, decimals)
    categorical = pd.Categorical.from_codes(codes, categories=list(resolved.labels), ordered=True)
    return pd.Series(categorical, index=series.index, name="kategori")
