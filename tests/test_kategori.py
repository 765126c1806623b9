"""Tests for sakiplib.kategori: configured scales, validation, classification."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakiplib.kategori import (
    Band,
    ScaleError,
    available_scales,
    kategori,
    kategori_series,
    load_scale,
    validate_scale,
)


def band(label, lower, upper=None, lower_inclusive=True, upper_inclusive=False):
    return {
        "label": label,
        "lower": lower,
        "upper": upper,
        "lower_inclusive": lower_inclusive,
        "upper_inclusive": upper_inclusive,
    }


# --------------------------------------------------------------------------- configuration


def test_packaged_scales_load_and_validate():
    assert available_scales() == ["default", "jember", "kebumen"]
    for name in available_scales():
        scale = load_scale(name)
        assert scale.bands[0].lower == 0 and scale.bands[0].lower_inclusive
        assert math.isinf(scale.bands[-1].upper)
        assert scale.catatan and scale.sumber
    assert load_scale("jember").labels == ("Kurang", "Cukup", "Baik", "Sangat Baik")
    assert load_scale("kebumen").labels == (
        "Sangat Kurang", "Kurang", "Cukup", "Baik", "Baik Sekali",
    )  # fmt: skip


def test_catatan_says_how_the_holes_were_closed():
    assert "75%" in load_scale("jember").catatan and "76%" in load_scale("jember").catatan
    kebumen = load_scale("kebumen").catatan
    assert "60%" in kebumen and "65%" in kebumen and "50%" in kebumen


@pytest.mark.parametrize(
    ("value", "scale", "expected"),
    [
        (71.4, "jember", "Cukup"),  # seed 003 Semboro: Cukup, not Baik as the report says
        (71.41, "jember", "Cukup"),
        (100, "jember", "Baik"),
        (100.01, "jember", "Sangat Baik"),
        (75, "jember", "Cukup"),
        (75.5, "jember", "Baik"),  # the 75-76 hole closed: Baik is > 75 to 100
        (76, "jember", "Baik"),
        (55, "jember", "Cukup"),
        (54.99, "jember", "Kurang"),
        (0, "jember", "Kurang"),
        (106.35, "kebumen", "Baik Sekali"),  # seed 004 Setda
        (62, "kebumen", "Kurang"),  # the 60-65 hole closed
        (65, "kebumen", "Kurang"),
        (65.01, "kebumen", "Cukup"),
        (85, "kebumen", "Cukup"),
        (85.5, "kebumen", "Baik"),
        (100, "kebumen", "Baik"),
        (50, "kebumen", "Sangat Kurang"),  # the point hole at exactly 50 closed
        (50.01, "kebumen", "Kurang"),
        (123.81, "kebumen", "Baik Sekali"),  # seed 004 Tabel 3.8 mean
        (59.99, "default", "Sangat Kurang"),
        (60, "default", "Kurang"),
        (99.99, "default", "Cukup"),
        (100, "default", "Baik"),
        (100.01, "default", "Sangat Baik"),
    ],
)
def test_seed_and_boundary_values(value, scale, expected):
    assert kategori(value, scale) == expected


def test_values_are_compared_as_printed_with_two_decimals():
    assert kategori(100.004, "jember") == "Baik"  # printed 100,00%
    assert kategori(100.005, "jember") == "Sangat Baik"  # printed 100,01%
    assert kategori(100.004, "jember", decimals=None) == "Sangat Baik"
    assert kategori(75.004, "kebumen") == "Cukup"


def test_missing_and_uncovered_values():
    assert kategori(None, "jember") is None
    assert kategori(float("nan"), "jember") is None
    assert kategori(-1, "jember") is None  # capaian is never negative; nothing covers it


def test_load_scale_errors_and_custom_file(tmp_path):
    with pytest.raises(ScaleError, match="'bandung' tidak ada.*default, jember, kebumen"):
        load_scale("bandung")
    path = tmp_path / "kategori.yaml"
    path.write_text(
        "scales:\n"
        "  contoh:\n"
        "    catatan: uji\n"
        "    bands:\n"
        "      - {label: Tinggi, lower: 50, lower_inclusive: false, upper: null}\n"
        "      - {label: Rendah, lower: 0, upper: 50, upper_inclusive: true}\n"
        "  rusak:\n"
        "    bands:\n"
        "      - {label: Tinggi, lower: 60, upper: null}\n"
        "      - {label: Rendah, lower: 0, upper: 50, upper_inclusive: true}\n",
        encoding="utf-8",
    )
    scale = load_scale("contoh", path=path)
    assert kategori(50, scale) == "Rendah" and kategori(50.01, scale) == "Tinggi"
    assert available_scales(path) == ["contoh", "rusak"]
    with pytest.raises(ScaleError, match="Skala 'rusak'.*berlubang"):
        load_scale("rusak", path=path)


# --------------------------------------------------------------------------- validation


def test_seed_004_scale_as_printed_is_refused():
    printed = [
        band("Baik Sekali", 100, None, False),
        band("Baik", 85, 100, False, True),
        band("Cukup", 65, 85, False, True),
        band("Kurang", 50, 60, False, True),
        band("Sangat Kurang", 0, 50, True, False),
    ]
    with pytest.raises(ScaleError) as err:
        validate_scale(printed)
    message = str(err.value)
    assert "berlubang" in message
    assert "'Sangat Kurang'" in message and "'Kurang'" in message
    assert "tepat 50" in message
    printed[-1] = band("Sangat Kurang", 0, 50, True, True)  # close the point at 50 only
    with pytest.raises(ScaleError) as err:
        validate_scale(printed)
    message = str(err.value)
    assert "'Kurang'" in message and "'Cukup'" in message
    assert "lebih dari 60 sampai dengan 65" in message


def test_seed_003_scale_as_printed_is_refused():
    printed = [
        band("Sangat Baik", 100, None, False),
        band("Baik", 76, 100, True, True),
        band("Cukup", 55, 75, True, True),
        band("Kurang", 0, 55, True, False),
    ]
    with pytest.raises(ScaleError) as err:
        validate_scale(printed)
    message = str(err.value)
    assert "'Cukup'" in message and "'Baik'" in message
    assert "lebih dari 75 sampai kurang dari 76" in message


def test_overlap_is_refused_naming_both_bands():
    overlapping = [
        band("Baik", 85, None, False),
        band("Cukup", 65, 90, False, True),
        band("Kurang", 0, 65, True, True),
    ]
    with pytest.raises(ScaleError) as err:
        validate_scale(overlapping)
    message = str(err.value)
    assert "tumpang tindih" in message
    assert "'Cukup'" in message and "'Baik'" in message
    assert "85 sampai 90" in message


def test_overlap_at_a_single_point_is_refused():
    with pytest.raises(ScaleError, match="tumpang tindih.*tepat 50"):
        validate_scale([band("Tinggi", 50, None, True), band("Rendah", 0, 50, True, True)])


def test_other_malformed_scales():
    with pytest.raises(ScaleError, match="kosong"):
        validate_scale([])
    with pytest.raises(ScaleError, match="di bawah pita 'Rendah'"):
        validate_scale([band("Rendah", 10, None)])
    with pytest.raises(ScaleError, match="di atas pita 'Rendah'"):
        validate_scale([band("Rendah", 0, 100, True, True)])
    with pytest.raises(ScaleError, match="lebih dari sekali"):
        validate_scale([band("A", 0, 50), band("A", 50, None)])
    with pytest.raises(ScaleError, match="Pita 'A' kosong"):
        validate_scale([band("A", 50, 50, True, False), band("B", 0, 50), band("C", 50, None)])
    with pytest.raises(ScaleError, match="tidak lengkap"):
        validate_scale([{"label": "A"}])


def test_validate_scale_accepts_band_objects_and_sorts_them():
    bands = validate_scale([Band("Tinggi", 50, math.inf, False), Band("Rendah", 0, 50, True, True)])
    assert [b.label for b in bands] == ["Rendah", "Tinggi"]


# --------------------------------------------------------------------------- series


def test_kategori_series_is_ordered_and_keeps_the_index():
    values = pd.Series([71.4, None, 100.0, 120.0, 10.0], index=list("abcde"))
    out = kategori_series(values, "jember")
    assert list(out.index) == list("abcde")
    assert out.cat.ordered
    assert list(out.cat.categories) == ["Kurang", "Cukup", "Baik", "Sangat Baik"]
    assert out.tolist() == ["Cukup", np.nan, "Baik", "Sangat Baik", "Kurang"]
    assert out["d"] > out["a"]


def test_kategori_series_agrees_with_scalar_on_many_values():
    values = pd.Series(np.round(np.random.default_rng(0).uniform(0, 150, 5_000), 3))
    out = kategori_series(values, "kebumen")
    assert out.notna().all()
    assert out.astype(str).tolist() == [kategori(v, "kebumen") for v in values]


# --------------------------------------------------------------------------- properties

edges = [0, 50, 55, 60, 65, 75, 76, 80, 85, 100]
near_edges = st.sampled_from(edges).flatmap(
    lambda e: st.sampled_from([e - 0.01, e - 0.005, e - 0.004, e, e + 0.004, e + 0.005, e + 0.01])
)
capaian_values = st.one_of(
    st.floats(min_value=0, max_value=1000, allow_nan=False), near_edges, st.none()
)


@settings(max_examples=200)
@given(
    st.lists(capaian_values, min_size=1, max_size=50),
    st.sampled_from(["jember", "kebumen", "default"]),
)
def test_series_agrees_with_scalar(values, name):
    series = kategori_series(pd.Series(values, dtype="float64"), name)
    for value, label in zip(values, series, strict=True):
        expected = kategori(value, name)
        assert (label if isinstance(label, str) else None) == expected


@st.composite
def partitions(draw):
    """A random valid scale: sorted cut points, each owned by one side."""
    cuts = sorted(set(draw(st.lists(st.integers(1, 500), min_size=1, max_size=6))))
    owner_below = draw(st.lists(st.booleans(), min_size=len(cuts), max_size=len(cuts)))
    bounds = [0, *cuts, math.inf]
    bands = []
    for i in range(len(bounds) - 1):
        lower_inclusive = i == 0 or not owner_below[i - 1]
        upper_inclusive = i < len(cuts) and owner_below[i]
        bands.append(Band(f"K{i}", bounds[i], bounds[i + 1], lower_inclusive, upper_inclusive))
    return bands


@settings(max_examples=100)
@given(partitions(), st.lists(st.floats(min_value=0, max_value=600, allow_nan=False), max_size=30))
def test_valid_partitions_classify_every_value_exactly_once(bands, values):
    validated = validate_scale(bands)
    probe = values + [b.lower for b in bands] + [b.upper for b in bands if not math.isinf(b.upper)]
    labels = kategori_series(pd.Series(probe, dtype="float64"), validated, decimals=None)
    for value, label in zip(probe, labels, strict=True):
        owners = [b.label for b in validated if b.contains(value)]
        assert owners == [label]
