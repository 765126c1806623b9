"""Tests for sakiplib.ikm: NRR, IKM with both weights, mutu, range checks."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakiplib.ikm import (
    compare_unit_kabupaten,
    flag_out_of_range,
    ikm_from_skm,
    ikm_long,
    ikm_tahunan,
    kinerja,
    mutu,
    mutu_series,
    nrr_per_unsur,
)
from sakiplib.schema import UNSUR_SKM

# Four respondents, computed by hand:
#   NRR  U1 3,5  U2 3,5  U3 2,75  U4 2,5  U5 4  U6 3,5  U7 3,5  U8 2,75  U9 2,5
#   sum of NRR = 28,5
#   exact:  28,5 / 9 x 25      = 79,1666... -> 79,17 (B, Baik)
#   0,111:  28,5 x 0,111 x 25  = 79,0875    -> 79,09 (B, Baik)
SHEET = [
    [4, 4, 3, 3, 4, 4, 4, 3, 2],
    [3, 3, 3, 2, 4, 3, 4, 3, 2],
    [4, 3, 2, 2, 4, 3, 3, 3, 3],
    [3, 4, 3, 3, 4, 4, 3, 2, 3],
]


def sheet(rows=SHEET, **columns) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(UNSUR_SKM))
    frame.insert(0, "responden", range(1, len(rows) + 1))
    defaults = {"kode_unit": "KBM-SETDA", "tahun": 2024, "triwulan": "TW I"}
    for name, value in {**defaults, **columns}.items():
        frame.insert(0, name, value)
    return frame


def test_nrr_per_unsur_by_hand():
    nrr = nrr_per_unsur(sheet()).iloc[0]
    assert nrr["n_respondents"] == 4
    expected = [3.5, 3.5, 2.75, 2.5, 4.0, 3.5, 3.5, 2.75, 2.5]
    assert [nrr[u] for u in UNSUR_SKM] == expected


def test_ikm_exact_weight_by_hand():
    out = ikm_from_skm(sheet()).iloc[0]
    assert out["kode_unit"] == "KBM-SETDA" and out["triwulan"] == "TW I"
    assert out["ikm"] == pytest.approx(28.5 / 9 * 25)
    assert round(out["ikm"], 2) == 79.17
    assert out["U1"] == 87.5 and out["U3"] == 68.75 and out["U5"] == 100 and out["U9"] == 62.5
    assert out["mutu"] == "B" and out["kinerja"] == "Baik"


def test_ikm_legacy_weight_by_hand():
    out = ikm_from_skm(sheet(), weight="0.111").iloc[0]
    assert out["ikm"] == pytest.approx(79.0875)
    assert round(out["ikm"], 2) == 79.09
    assert out["U1"] == 87.5  # the per-unsur values do not depend on the weight
    assert out["mutu"] == "B"


def test_perfect_and_worst_sheets():
    best = sheet([[4] * 9] * 3)
    worst = sheet([[1] * 9] * 3)
    assert ikm_from_skm(best)["ikm"].iloc[0] == 100.0
    assert ikm_from_skm(best, weight="0.111")["ikm"].iloc[0] == pytest.approx(99.9)
    assert ikm_from_skm(worst)["ikm"].iloc[0] == 25.0
    assert ikm_from_skm(worst)["mutu"].iloc[0] == "D"
    legacy = ikm_from_skm(worst, weight="0.111").iloc[0]
    assert legacy["ikm"] == pytest.approx(24.975)
    assert pd.isna(legacy["mutu"])  # 24,98 lies under the D band's floor of 25,00


def test_grouping_per_triwulan_and_without_kode_unit():
    data = pd.concat([sheet(), sheet([[4] * 9] * 2, triwulan="TW II")], ignore_index=True)
    out = ikm_from_skm(data)
    assert out["triwulan"].tolist() == ["TW I", "TW II"]
    assert out["n_respondents"].tolist() == [4, 2]
    single = ikm_from_skm(data.drop(columns="kode_unit"))
    assert "kode_unit" not in single.columns
    assert single["ikm"].tolist() == out["ikm"].tolist()


def test_yearly_pooled_and_mean_of_quarters():
    data = pd.concat([sheet(), sheet([[4] * 9] * 2, triwulan="TW II")], ignore_index=True)
    pooled = ikm_tahunan(data).iloc[0]
    # pooled NRR: U1 = (3,5 x 4 + 4 x 2) / 6 = 22 / 6, etc.; sum of NRR = (28,5 x 4 + 36 x 2) / 6
    assert pooled["ikm"] == pytest.approx((28.5 * 4 + 36 * 2) / 6 / 9 * 25)
    assert pooled["n_respondents"] == 6
    mean = ikm_tahunan(data, metode="rata_triwulan").iloc[0]
    assert mean["ikm"] == pytest.approx((28.5 / 9 * 25 + 100) / 2)
    assert mean["n_quarters"] == 2 and mean["n_respondents"] == 6
    assert mean["U1"] == pytest.approx((87.5 + 100) / 2)
    with pytest.raises(ValueError, match="Metode"):
        ikm_tahunan(data, metode="median")


def test_skipped_answers_and_invalid_answers():
    rows = [row[:] for row in SHEET]
    rows[0][0] = None  # respondent 1 skipped U1
    nrr = nrr_per_unsur(sheet(rows)).iloc[0]
    assert nrr["U1"] == pytest.approx((3 + 4 + 3) / 3)
    assert nrr["U2"] == 3.5
    bad = sheet()
    bad.loc[2, "U4"] = 5
    with pytest.raises(ValueError, match="kolom U4 baris indeks 2 berisi 5 "):
        ikm_from_skm(bad)
    with pytest.raises(ValueError, match="Bobot"):
        ikm_from_skm(sheet(), weight="0.11")
    with pytest.raises(ValueError, match="tidak ada: U9"):
        ikm_from_skm(sheet().drop(columns="U9"))
    sourced = bad.assign(sumber_baris=range(5, 9), sumber_sheet="SKM", sumber_file="setda.xlsx")
    with pytest.raises(ValueError, match="kolom U4 baris 7 sheet SKM berkas setda.xlsx berisi 5"):
        ikm_from_skm(sourced)


@pytest.mark.parametrize(
    ("value", "letter", "label"),
    [
        (100.0, "A", "Sangat Baik"),
        (90.40, "A", "Sangat Baik"),
        (88.31, "A", "Sangat Baik"),
        (88.305, "A", "Sangat Baik"),  # rounds to 88,31
        (88.3049, "B", "Baik"),  # rounds to 88,30
        (88.30, "B", "Baik"),
        (76.61, "B", "Baik"),
        (76.605, "B", "Baik"),
        (76.6049, "C", "Kurang Baik"),
        (76.60, "C", "Kurang Baik"),
        (65.00, "C", "Kurang Baik"),
        (64.995, "C", "Kurang Baik"),  # rounds to 65,00
        (64.99, "D", "Tidak Baik"),
        (25.0, "D", "Tidak Baik"),
        (24.99, None, None),
        (100.004, "A", "Sangat Baik"),  # prints as 100,00
        (100.005, None, None),  # prints as 100,01
        (None, None, None),
    ],
)
def test_mutu_bands(value, letter, label):
    assert mutu(value) == letter
    assert kinerja(value) == label


# Seed 004 Tabel 3.6: Setda and kabupaten per unsur.
SETDA = [90.88, 90.62, 89.50, 94.11, 90.38, 90.30, 90.54, 90.66, 94.77]
KABUPATEN = [100.60, 100.27, 98.16, 107.30, 100.39, 100.56, 100.56, 99.21, 106.63]


def tabel_3_6() -> pd.DataFrame:
    rows = [("unit", u, v) for u, v in zip(UNSUR_SKM, SETDA, strict=True)]
    rows += [("kabupaten", u, v) for u, v in zip(UNSUR_SKM, KABUPATEN, strict=True)]
    frame = pd.DataFrame(rows, columns=["lingkup", "unsur", "nilai"])
    return frame.assign(kode_unit="KBM-SETDA", tahun=2024, periode="Tahunan")


def test_flag_out_of_range_seed_004_kabupaten():
    found = flag_out_of_range(tabel_3_6())
    assert set(found["lingkup"]) == {"kabupaten"}
    assert found["unsur"].tolist() == ["U1", "U2", "U4", "U5", "U6", "U7", "U9"]
    assert "107,3" in found.set_index("unsur").loc["U4", "message"]
    assert "di luar rentang 25-100" in found["message"].iloc[0]


def test_flag_out_of_range_on_wide_output_and_clean_data():
    clean = ikm_from_skm(sheet())
    found = flag_out_of_range(clean)
    assert found.empty and "message" in found.columns
    broken = clean.assign(U2=101.0, ikm=24.0)
    found = flag_out_of_range(broken)
    assert found["unsur"].tolist() == ["U2", "IKM"]
    assert found["message"].iloc[1].startswith("Nilai IKM 24 di luar")


def test_compare_unit_kabupaten_tabel_3_6():
    out = compare_unit_kabupaten(tabel_3_6(), tahun=2024)
    assert out["unsur"].tolist() == list(UNSUR_SKM)
    assert out["nama_unsur"].iloc[3] == "Biaya/tarif"
    assert set(out["kinerja_unit"]) == {"Sangat Baik"}
    by_unsur = out.set_index("unsur")
    assert by_unsur.loc["U3", "kinerja_kabupaten"] == "Sangat Baik"  # 98,16
    assert pd.isna(by_unsur.loc["U4", "mutu_kabupaten"])  # 107,30: impossible
    assert pd.isna(by_unsur.loc["U4", "kinerja_kabupaten"])
    assert by_unsur.loc["U4", "message"] == "Nilai kabupaten 107,3 di luar rentang 25-100."
    assert pd.isna(by_unsur.loc["U3", "message"])
    assert by_unsur.loc["U1", "difference"] == pytest.approx(90.88 - 100.60)


def test_ikm_long_feeds_compare_unit_kabupaten():
    unit = ikm_long(ikm_tahunan(sheet()))
    assert set(unit["periode"]) == {"Tahunan"} and set(unit["lingkup"]) == {"unit"}
    assert unit["unsur"].tolist() == [*UNSUR_SKM, "IKM"]
    kab = unit.assign(lingkup="kabupaten", nilai=80.0)
    out = compare_unit_kabupaten(pd.concat([unit, kab]))
    assert out["unsur"].tolist() == [*UNSUR_SKM, "IKM"]
    assert out.set_index("unsur").loc["IKM", "nilai_unit"] == pytest.approx(28.5 / 9 * 25)


# --------------------------------------------------------------------------- properties

answers = st.lists(st.lists(st.integers(1, 4), min_size=9, max_size=9), min_size=1, max_size=25)


@settings(max_examples=200)
@given(answers)
def test_ikm_always_within_25_and_100(rows):
    out = ikm_from_skm(sheet(rows)).iloc[0]
    assert 25 - 1e-9 <= out["ikm"] <= 100 + 1e-9
    assert all(25 <= out[u] <= 100 for u in UNSUR_SKM)
    assert out["mutu"] in {"A", "B", "C", "D"}
    legacy = ikm_from_skm(sheet(rows), weight="0.111").iloc[0]
    assert 24.975 - 1e-9 <= legacy["ikm"] <= 99.9 + 1e-9


@given(st.lists(st.one_of(st.floats(0, 120, allow_nan=False), st.none()), max_size=40))
def test_mutu_series_agrees_with_scalar(values):
    series = mutu_series(pd.Series(values, dtype="float64"))
    assert series.tolist() == [mutu(v) for v in values]
