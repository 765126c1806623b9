"""Tests for sakiplib.kinerja: capaian rules, quarterly aggregation, targets."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakiplib.kinerja import (
    aggregate_quarters,
    capaian,
    capaian_frame,
    compare_years,
    select_target,
    tingkat_kemajuan,
)


def r2(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


# --------------------------------------------------------------------------- seeds


@pytest.mark.parametrize(
    ("realisasi", "target", "expected"),
    [
        (60.7, 85, 71.41),  # seed 003 SKM Semboro (report: 71,4%)
        (80, 80, 100.0),  # seed 003 sasaran 2
        (90.40, 85, 106.35),  # seed 004 IKM Setda 2024
        (89.57, 84, 106.63),  # seed 004 IKM Setda 2023
        (90.38, 85, 106.33),  # seed 004 tujuan 2024
        (3.27, 2.95, 110.85),  # seed 004 Nilai EKPPD
        (11, 3, 366.67),  # seed 004 Administrasi Pemerintahan
        ("60,7", "85", 71.41),  # Indonesian number text
    ],
)
def test_seed_figures_positif(realisasi, target, expected):
    assert r2(capaian(realisasi, target, "positif")) == expected


def test_tingkat_kemajuan_seed_004():
    # 90,40 / 86 = 105,116...: 105,12 when rounded. The report prints 105,11,
    # reproducible only by truncation or from the unrounded IKM.
    value = tingkat_kemajuan(90.40, 86)
    assert r2(value) == 105.12
    assert math.floor(value * 100) / 100 == 105.11
    assert r2(tingkat_kemajuan(90.395, 86)) == 105.11
    assert r2(tingkat_kemajuan(60.7, 85)) == 71.41  # seed 003 Tabel 3.3


TABEL_3_8 = [  # (target, realisasi) of the 3 programs and 18 kegiatan, seed 004
    (85, 90.40), (12, 12), (12, 12), (12, 12), (64, 64), (12, 12), (127, 127), (12, 12),
    (12, 12), (4, 4), (8, 8), (2.95, 3.27), (3, 11), (15, 15), (3, 3), (5, 12), (89, 96),
    (3, 4), (2, 2), (10, 11), (4, 5),
]  # fmt: skip


def test_tabel_3_8_mean_is_plain_mean_of_21_rows():
    df = pd.DataFrame(TABEL_3_8, columns=["target", "realisasi"]).assign(polaritas="positif")
    out = capaian_frame(df)
    assert len(out) == 21
    assert round(out["capaian"].mean(), 2) == 123.81


# --------------------------------------------------------------------------- rules


def test_negative_polarity():
    assert capaian(12, 10, "negatif") == 80.0
    assert capaian(8, 10, "negatif") == 120.0
    assert capaian(10, 10, "negatif") == 100.0
    assert capaian(0, 10, "negatif") == 200.0  # realisasi 0 is the best possible
    assert capaian(25, 10, "negatif") == 0.0  # floored: never negative


def test_positive_polarity_and_zero_realisasi():
    assert capaian(0, 50, "positif") == 0.0
    assert capaian(-5, 50, "positif") == 0.0  # floored
    assert capaian(100, 50, "positif") == 200.0  # no upper cap


def test_zero_target():
    assert capaian(0, 0, "positif") == 100.0
    assert capaian(5, 0, "positif") is None
    assert capaian(0, 0, "negatif") == 100.0
    assert capaian(-1, 0, "negatif") == 100.0
    assert capaian(3, 0, "negatif") == 0.0
    assert capaian(0, 0, "stabil") == 100.0
    assert capaian(2, 0, "stabil") == 0.0


def test_negative_target_is_undefined():
    for pol in ("positif", "negatif", "stabil"):
        assert capaian(-2, -1, pol) is None


def test_range_target():
    assert capaian(85, 80, "rentang", 90) == 100.0
    assert capaian(80, 80, "rentang", 90) == 100.0  # bounds belong to the band
    assert capaian(90, 80, "rentang", 90) == 100.0
    assert capaian(72, 80, "rentang", 90) == 90.0  # 72 / 80
    assert capaian(99, 80, "rentang", 90) == 90.0  # (180 - 99) / 90
    assert capaian(200, 80, "rentang", 90) == 0.0  # floored
    assert capaian(85, 80, "rentang") is None  # no upper bound
    assert capaian(85, 90, "rentang", 80) is None  # inverted bounds
    assert capaian(0, 0, "rentang", 5) == 100.0  # inside [0, 5]
    assert capaian(7, 0, "rentang", 0) == 0.0  # above an upper bound of 0


def test_stabil():
    assert capaian(110, 100, "stabil") == 90.0
    assert capaian(90, 100, "stabil") == 90.0
    assert capaian(100, 100, "stabil") == 100.0
    assert capaian(300, 100, "stabil") == 0.0  # floored
    # the smaller of the positive and the negative formula
    assert capaian(120, 100, "stabil") == min(
        capaian(120, 100, "positif"), capaian(120, 100, "negatif")
    )


def test_qualitative_mutu_letters():
    assert capaian("B", "B", "positif") == 100.0
    assert capaian("A", "B", "positif") == 100.0  # never above 100
    assert capaian("C", "A", "positif") == 50.0  # 2 / 4
    assert r2(capaian("D", "B", "positif")) == 33.33  # 1 / 3
    assert capaian(" b ", "B", "negatif") == 100.0  # polaritas not consulted
    assert capaian("B", 85, "positif") is None  # letter against number
    assert capaian(85, "B", "positif") is None


def test_missing_values():
    assert capaian(None, 85, "positif") is None
    assert capaian(60.7, None, "positif") is None
    assert capaian(float("nan"), 85, "positif") is None
    assert capaian("-", 85, "positif") is None


def test_unknown_polaritas_is_refused():
    with pytest.raises(ValueError, match="Polaritas 'naik' tidak dikenal"):
        capaian(1, 1, "naik")


# --------------------------------------------------------------------------- frame


def test_capaian_frame_matches_scalar_and_keeps_input():
    df = pd.DataFrame(
        {
            "realisasi": [60.7, 12, 72, 110, "C", "B", None, 5, 0],
            "target": [85, 10, 80, 100, "A", 85, 85, 0, 0],
            "polaritas": ["positif", "negatif", "rentang", "stabil", "positif", "positif",
                          "positif", "positif", "negatif"],
            "target_atas": [None, None, 90, None, None, None, None, None, None],
        },
        index=list("abcdefghi"),
    )  # fmt: skip
    before = df.copy()
    out = capaian_frame(df)
    pd.testing.assert_frame_equal(df, before)
    assert list(out.index) == list("abcdefghi")
    for row in out.itertuples():
        expected = capaian(row.realisasi, row.target, row.polaritas, row.target_atas)
        got = None if np.isnan(row.capaian) else row.capaian
        assert got == pytest.approx(expected) if expected is not None else got is None


def test_capaian_frame_without_target_atas_column():
    df = pd.DataFrame({"realisasi": [1.0], "target": [2.0], "polaritas": ["positif"]})
    assert capaian_frame(df)["capaian"].tolist() == [50.0]


def test_capaian_frame_refuses_bad_values():
    bad_value = pd.DataFrame({"realisasi": ["tinggi"], "target": [2.0], "polaritas": ["positif"]})
    with pytest.raises(ValueError, match="bukan angka dan bukan huruf mutu"):
        capaian_frame(bad_value)
    empty_pol = pd.DataFrame({"realisasi": [1.0], "target": [2.0], "polaritas": [None]})
    with pytest.raises(ValueError, match="polaritas kosong"):
        capaian_frame(empty_pol)
    unknown_pol = pd.DataFrame({"realisasi": [1.0], "target": [2.0], "polaritas": ["naik"]})
    with pytest.raises(ValueError, match="tidak dikenal"):
        capaian_frame(unknown_pol)


def test_capaian_frame_agrees_with_the_scalar_rule_row_by_row():
    n = 5_000
    rng = np.random.default_rng(1)
    df = pd.DataFrame(
        {
            "realisasi": np.round(rng.uniform(0, 120, n), 2),
            "target": np.round(rng.uniform(0, 100, n), 2),
            "polaritas": rng.choice(["positif", "negatif", "stabil", "rentang"], n),
            "target_atas": np.round(rng.uniform(100, 120, n), 2),
        }
    )
    df.loc[::97, "target"] = 0.0
    out = capaian_frame(df)
    for row, got in zip(df.itertuples(index=False), out["capaian"], strict=True):
        want = capaian(row.realisasi, row.target, row.polaritas, row.target_atas)
        assert (want is None and pd.isna(got)) or got == pytest.approx(want)


# --------------------------------------------------------------------------- properties

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
positive_target = st.floats(min_value=1e-3, max_value=1e6, allow_nan=False)


@given(finite, finite, positive_target)
def test_positive_capaian_never_falls_when_realisasi_rises(r1, r2_, t):
    low, high = sorted((r1, r2_))
    assert capaian(low, t, "positif") <= capaian(high, t, "positif")


@given(finite, finite, st.one_of(positive_target, st.just(0.0)))
def test_negative_capaian_never_rises_when_realisasi_rises(r1, r2_, t):
    low, high = sorted((r1, r2_))
    assert capaian(low, t, "negatif") >= capaian(high, t, "negatif")


@given(finite, finite, st.sampled_from(["positif", "negatif", "stabil"]))
def test_capaian_is_never_negative(r, t, pol):
    value = capaian(r, t, pol)
    assert value is None or value >= 0


rows = st.tuples(
    finite,
    st.one_of(positive_target, st.just(0.0)),
    st.sampled_from(["positif", "negatif", "stabil", "rentang"]),
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
)


@settings(max_examples=50)
@given(st.lists(rows, min_size=1, max_size=30))
def test_frame_agrees_with_scalar(data):
    df = pd.DataFrame(data, columns=["realisasi", "target", "polaritas", "target_atas"])
    out = capaian_frame(df)["capaian"].tolist()
    for (r, t, pol, upper), got in zip(data, out, strict=True):
        expected = capaian(r, t, pol, upper)
        if expected is None:
            assert np.isnan(got)
        else:
            assert got == pytest.approx(expected)


# --------------------------------------------------------------------------- quarters

INDIKATOR = pd.DataFrame(
    {
        "kode_unit": "U1",
        "kode_indikator": ["FLOW", "STOCK", "MEAN", "MUTU"],
        "agregasi": ["kumulatif", "akhir periode", "rata-rata", "akhir periode"],
    }
)


def _quarters(code, values, periods=("TW I", "TW II", "TW III", "TW IV"), tahun=2024):
    return pd.DataFrame(
        {"kode_unit": "U1", "kode_indikator": code, "tahun": tahun, "periode": list(periods),
         "nilai": list(values)}
    )  # fmt: skip


def test_aggregate_quarters_sum_period_end_mean():
    real = pd.concat(
        [
            _quarters("FLOW", [10, 20, 30, 40]),
            _quarters("STOCK", [50, 55, 53, 58]),
            _quarters("MEAN", [80, 90, 85, 93]),
            _quarters("MUTU", ["C", "B", "B", "A"]),
            _quarters("FLOW", [99], periods=["Tahunan"]),  # ignored: not a quarter
        ],
        ignore_index=True,
    )
    out = aggregate_quarters(real, INDIKATOR).set_index("kode_indikator")
    assert out.loc["FLOW", "nilai"] == 100
    assert out.loc["STOCK", "nilai"] == 58
    assert out.loc["MEAN", "nilai"] == 87
    assert out.loc["MUTU", "nilai"] == "A"
    assert set(out["periode"]) == {"Tahunan"}
    assert set(out["n_quarters"]) == {4}


def test_aggregate_quarters_with_missing_quarters():
    real = pd.concat(
        [
            _quarters("FLOW", [10, None, 30], periods=["TW I", "TW II", "TW III"]),
            _quarters("STOCK", [5, 7, None, None]),  # last available is TW II
            _quarters("MEAN", [90, 70], periods=["TW III", "TW I"]),  # unordered input
        ],
        ignore_index=True,
    )
    out = aggregate_quarters(real, INDIKATOR).set_index("kode_indikator")
    assert out.loc["FLOW", "nilai"] == 40
    assert out.loc["FLOW", "n_quarters"] == 2
    assert out.loc["STOCK", "nilai"] == 7
    assert out.loc["STOCK", "last_quarter"] == "TW II"
    assert out.loc["MEAN", "nilai"] == 80
    assert out.loc["MEAN", "last_quarter"] == "TW III"


def test_aggregate_quarters_refusals():
    with pytest.raises(ValueError, match="Huruf mutu"):
        aggregate_quarters(_quarters("FLOW", ["A", "B", "B", "A"]), INDIKATOR)
    with pytest.raises(ValueError, match="LAIN"):
        aggregate_quarters(_quarters("LAIN", [1, 2, 3, 4]), INDIKATOR)
    twice = _quarters("FLOW", [1, 2], periods=["TW I", "TW I"])
    with pytest.raises(ValueError, match="lebih dari sekali"):
        aggregate_quarters(twice, INDIKATOR)


def test_aggregate_quarters_keeps_units_apart():
    real = pd.concat([_quarters("FLOW", [1, 1, 1, 1]), _quarters("FLOW", [2, 2, 2, 2])])
    real["kode_unit"] = ["U1"] * 4 + ["U2"] * 4
    ind = pd.concat([INDIKATOR, INDIKATOR.assign(kode_unit="U2")])
    out = aggregate_quarters(real, ind)
    assert out.set_index("kode_unit")["nilai"].to_dict() == {"U1": 4.0, "U2": 8.0}


# --------------------------------------------------------------------------- targets


def test_select_target_priority():
    t = pd.DataFrame(
        {
            "kode_indikator": ["A"] * 4 + ["B"] * 3 + ["C"] * 2,
            "tahun": 2024,
            "periode": "Tahunan",
            "nilai": [86, 84, 85, 87, 80, 81, 82, None, 70],
            "dokumen": ["Renstra", "RKT", "PK", "PK Perubahan", "Renstra", "RKT", "PK",
                        "PK Perubahan", "Renstra"],
        }
    )  # fmt: skip
    out = select_target(t).set_index("kode_indikator")
    assert out.loc["A", "dokumen"] == "PK Perubahan" and out.loc["A", "nilai"] == 87
    assert out.loc["B", "dokumen"] == "PK" and out.loc["B", "nilai"] == 82
    assert out.loc["C", "dokumen"] == "Renstra"  # an empty PK Perubahan never wins


def test_select_target_keeps_periods_apart_and_refuses_unknown_documents():
    t = pd.DataFrame(
        {"kode_indikator": "A", "tahun": 2024, "periode": ["TW I", "TW II"], "nilai": [1, 2],
         "dokumen": "PK"}
    )  # fmt: skip
    assert len(select_target(t)) == 2
    with pytest.raises(ValueError, match="Dokumen target DIPA"):
        select_target(t.assign(dokumen="DIPA"))


def test_compare_years_tabel_3_5():
    real = pd.DataFrame(
        {"kode_indikator": "IKM-SETDA", "tahun": [2022, 2023, 2024], "periode": "Tahunan",
         "nilai": [86.53, 89.57, 90.40]}
    )  # fmt: skip
    tgt = pd.DataFrame(
        {"kode_indikator": "IKM-SETDA", "tahun": [2023, 2024, 2024], "periode": "Tahunan",
         "nilai": [84, 86, 85], "dokumen": ["PK", "Renstra", "PK"]}
    )  # fmt: skip
    ind = pd.DataFrame({"kode_indikator": ["IKM-SETDA"], "polaritas": ["positif"]})
    out = compare_years(real, target_df=tgt, indikator_df=ind)
    assert list(out.columns) == [
        "kode_indikator", "realisasi_2022", "target_2023", "realisasi_2023", "capaian_2023",
        "target_2024", "realisasi_2024", "capaian_2024",
    ]  # fmt: skip
    row = out.iloc[0]
    assert row["realisasi_2022"] == 86.53
    assert row["target_2024"] == 85  # PK beats Renstra
    assert round(row["capaian_2023"], 2) == 106.63
    assert round(row["capaian_2024"], 2) == 106.35
    only = compare_years(real, years=[2023, 2024])
    assert list(only.columns) == ["kode_indikator", "realisasi_2023", "realisasi_2024"]


def test_capaian_frame_reads_indonesian_number_text_like_the_scalar():
    df = pd.DataFrame(
        {"realisasi": ["60,7", "b", 3.27, "-"], "target": ["85", "B", "2,95", 1.0]}
    ).assign(polaritas="positif")
    out = capaian_frame(df)["capaian"].round(2).tolist()
    assert out[:3] == [71.41, 100.0, 110.85]
    assert np.isnan(out[3])
    with pytest.raises(ValueError, match="bukan angka dan bukan huruf mutu"):
        capaian("tinggi", 85, "positif")
