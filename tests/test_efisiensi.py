"""Tests for sakiplib.efisiensi (PMK 214/PMK.02/2017), with seed 004 Tabel 3.7."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakiplib.efisiensi import efisiensi, efisiensi_table, nilai_efisiensi
from sakiplib.kinerja import capaian_frame

# Seed 004 (Setda Kebumen 2024), Tabel 3.7, as printed:
# (tingkat, program, target, realisasi, pagu, realisasi anggaran)
TABEL_3_7 = [
    ("program", 1, 85, 90.40, 38127840000, 34652249175),
    ("kegiatan", 1, 12, 12, 20512282000, 18754922665),
    ("kegiatan", 1, 12, 12, 273000000, 269264900),
    ("kegiatan", 1, 12, 12, 5907470000, 4826172914),
    ("kegiatan", 1, 64, 64, 2180950000, 2126747640),
    ("kegiatan", 1, 12, 12, 2576263000, 2328036020),
    ("kegiatan", 1, 127, 127, 3277716000, 3120123660),
    ("kegiatan", 1, 12, 12, 1237194000, 1106496010),
    ("kegiatan", 1, 12, 12, 1043701000, 1027271023),
    ("kegiatan", 1, 4, 4, 373518000, 372428649),
    ("kegiatan", 1, 8, 8, 745746000, 720785694),
    ("program", 2, 2.95, 3.27, 34158774800, 31446523018),
    ("kegiatan", 2, 3, 11, 450918800, 448499339),
    ("kegiatan", 2, 15, 15, 33337644000, 30636711488),
    ("kegiatan", 2, 3, 3, 343182000, 334626679),
    ("kegiatan", 2, 5, 12, 27030000, 26685512),
    ("program", 3, 89, 96, 1565899000, 1481852876),
    ("kegiatan", 3, 3, 4, 175480000, 174831793),
    ("kegiatan", 3, 2, 2, 160453000, 158197607),
    ("kegiatan", 3, 10, 11, 848321000, 772483108),
    ("kegiatan", 3, 4, 5, 381645000, 376340368),
]


@pytest.fixture
def tabel() -> pd.DataFrame:
    frame = pd.DataFrame(
        TABEL_3_7,
        columns=[
            "tingkat",
            "program",
            "target_keluaran",
            "realisasi_keluaran",
            "pagu",
            "realisasi",
        ],
    )
    withcap = capaian_frame(
        frame.assign(polaritas="positif"),
        realisasi="realisasi_keluaran",
        target="target_keluaran",
    )
    return withcap


def test_tabel_3_7_capaian_and_means(tabel):
    assert (tabel["tingkat"] == "kegiatan").sum() == 18
    assert round(tabel["capaian"].mean(), 2) == 123.81  # Tabel 3.8 "rata-rata"
    kegiatan = tabel[tabel["tingkat"] == "kegiatan"]
    assert kegiatan["pagu"].sum() == 73852513800
    assert kegiatan["realisasi"].sum() == 67580625069


def test_seed_004_efisiensi_kegiatan_only(tabel):
    kegiatan = tabel[tabel["tingkat"] == "kegiatan"]
    assert round(efisiensi(kegiatan), 2) == 8.49  # CK capped at 100%
    assert round(efisiensi(kegiatan, cap_capaian=False), 2) == 10.29


def test_seed_004_efisiensi_other_levels_and_the_reported_figure(tabel):
    programs = tabel[tabel["tingkat"] == "program"]
    # Every capaian is at least 100%, so capped, any single level gives 1 - R/P.
    assert round(efisiensi(programs), 2) == 8.49
    assert round(1 - 67580625069 / 73852513800, 4) * 100 == pytest.approx(8.49)
    assert round(efisiensi(programs, cap_capaian=False), 2) == 15.63
    # Programs and kegiatan together count every rupiah twice: still not 12,99.
    assert round(efisiensi(tabel), 2) == 8.49
    assert round(efisiensi(tabel, cap_capaian=False), 2) == 13.04
    candidates = [
        efisiensi(part, cap_capaian=cap)
        for part in (tabel, programs, tabel[tabel["tingkat"] == "kegiatan"])
        for cap in (True, False)
    ]
    assert all(round(c, 2) != 12.99 for c in candidates)


def test_nilai_efisiensi():
    assert nilai_efisiensi(0) == 50.0
    assert nilai_efisiensi(8.49) == pytest.approx(71.225)
    assert nilai_efisiensi(10.29) == pytest.approx(75.725)
    assert nilai_efisiensi(-10) == 25.0
    assert nilai_efisiensi(20) == 100.0
    assert nilai_efisiensi(45) == 100.0  # clipped
    assert nilai_efisiensi(-45) == 0.0  # clipped
    assert nilai_efisiensi(None) is None
    assert nilai_efisiensi(float("nan")) is None


def test_hand_computed_capped_and_uncapped():
    df = pd.DataFrame(
        {"pagu": [100.0, 200.0, 50.0], "realisasi": [80.0, 150.0, 50.0],
         "capaian": [100.0, 120.0, 50.0]}
    )  # fmt: skip
    # capped:   PAK x CK = 100 + 200 + 25 = 325; minus RAK 280 -> 45 / 325
    assert efisiensi(df) == pytest.approx(45 / 325 * 100)
    # uncapped: PAK x CK = 100 + 240 + 25 = 365; minus RAK 280 -> 85 / 365
    assert efisiensi(df, cap_capaian=False) == pytest.approx(85 / 365 * 100)


def test_missing_values_and_degenerate_frames():
    df = pd.DataFrame({"pagu": [100.0, None, 100.0], "realisasi": [90.0, 10.0, 95.0],
                       "capaian": [100.0, 100.0, None]})  # fmt: skip
    assert efisiensi(df) == pytest.approx(10.0)  # only the first row is usable
    assert efisiensi(df.iloc[0:0]) is None
    zero = pd.DataFrame({"pagu": [100.0], "realisasi": [10.0], "capaian": [0.0]})
    assert efisiensi(zero) is None  # denominator 0


def test_efisiensi_table_per_program(tabel):
    kegiatan = tabel[tabel["tingkat"] == "kegiatan"]
    out = efisiensi_table(kegiatan, by=["program"])
    assert out["program"].tolist() == [1, 2, 3]
    assert out["n_outputs"].tolist() == [10, 4, 4]
    assert out["pagu"].tolist() == [38127840000, 34158774800, 1565899000]
    capped = out["efisiensi"].tolist()
    for value, (pagu, real) in zip(
        capped,
        [(38127840000, 34652249175), (34158774800, 31446523018), (1565899000, 1481852876)],
        strict=True,
    ):
        assert value == pytest.approx((1 - real / pagu) * 100)
    whole = efisiensi_table(kegiatan, cap_capaian=False)
    assert round(whole["efisiensi"].iloc[0], 2) == 10.29
    assert whole["n_skipped"].iloc[0] == 0
    assert round(whole["nilai_efisiensi"].iloc[0], 2) == round(nilai_efisiensi(10.2891), 2)


amounts = st.floats(min_value=1, max_value=1e12, allow_nan=False)


@given(st.lists(st.tuples(amounts, st.floats(0, 1.5), st.floats(1, 500)), min_size=1, max_size=20))
def test_capping_never_raises_efisiensi(rows):
    df = pd.DataFrame(
        [(p, p * share, ck) for p, share, ck in rows], columns=["pagu", "realisasi", "capaian"]
    )
    capped, uncapped = efisiensi(df), efisiensi(df, cap_capaian=False)
    assert capped is not None and uncapped is not None
    # E = 1 - RAK / sum(PAK x CK): capping lowers the sum, so E cannot rise.
    assert capped <= uncapped + 1e-9
    assert -np.inf < capped <= 100
