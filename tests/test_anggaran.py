"""Tests for sakiplib.anggaran: capaian anggaran, roll-up, belanja shares, per sasaran."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from sakiplib.anggaran import (
    belanja_shares,
    budget_per_sasaran,
    capaian_anggaran,
    leaf_rows,
    rollup_check,
    sum_by_kode,
)

NA = np.nan

# Seed 003 (Kecamatan Semboro 2021), "Alokasi Anggaran Belanja Per Program".
# The seed gives belanja modal only as a total (160.484.900); here it is put on
# sub kegiatan 1.3.1 (152.575.400) and on part of 1.5.3 (7.909.500), which is
# split over two rows with the same kode, one per jenis_belanja.
SEMBORO = [
    # kode, kode_induk, tingkat, jenis_belanja, pagu, realisasi, kode_node
    ("1", None, "program", None, 2519516374, 2225339480, None),
    ("1.1", "1", "kegiatan", None, NA, NA, None),
    ("1.1.1", "1.1", "subkegiatan", "operasi", NA, NA, None),
    ("1.1.2", "1.1", "subkegiatan", "operasi", NA, NA, None),
    ("1.2", "1", "kegiatan", None, 2222034374, 1955769314, None),
    ("1.2.1", "1.2", "subkegiatan", "operasi", 2150194374, 1886959314, None),
    ("1.2.2", "1.2", "subkegiatan", "operasi", 71840000, 68810000, None),
    ("1.2.3", "1.2", "subkegiatan", "operasi", NA, NA, None),
    ("1.3", "1", "kegiatan", None, 152575400, 136444000, None),
    ("1.3.1", "1.3", "subkegiatan", "modal", 152575400, 136444000, None),
    ("1.4", "1", "kegiatan", None, 85508600, 80011939, None),
    ("1.4.1", "1.4", "subkegiatan", "operasi", 85508600, 80011939, None),
    ("1.5", "1", "kegiatan", None, 59398000, 53114227, None),
    ("1.5.1", "1.5", "subkegiatan", "operasi", 34326000, 29764227, None),
    ("1.5.2", "1.5", "subkegiatan", "operasi", 14872000, 13150000, None),
    ("1.5.3", "1.5", "subkegiatan", "operasi", 2290500, 2290500, None),
    ("1.5.3", "1.5", "subkegiatan", "modal", 7909500, 7909500, None),
    ("2", None, "program", None, 561477500, 560270000, None),
    ("2.1", "2", "kegiatan", None, 536900000, 535790000, "S2"),
    ("2.1.1", "2.1", "subkegiatan", "operasi", 536900000, 535790000, None),
    ("2.2", "2", "kegiatan", None, 24577500, 24480000, "S1"),
    ("2.2.1", "2.2", "subkegiatan", "operasi", 24577500, 24480000, None),
    ("3", None, "program", None, 91570000, 77969000, "S2"),
    ("3.1", "3", "kegiatan", None, 91570000, 77969000, None),
    ("3.1.1", "3.1", "subkegiatan", "operasi", 2840000, 2300000, None),
    ("3.1.2", "3.1", "subkegiatan", "operasi", 88730000, 75669000, None),
    ("4", None, "program", None, 284900000, 284900000, "S2"),
    ("4.1", "4", "kegiatan", None, 284900000, 284900000, None),
    ("4.1.1", "4.1", "subkegiatan", "operasi", 284900000, 284900000, None),
]


def semboro() -> pd.DataFrame:
    frame = pd.DataFrame(
        SEMBORO,
        columns=[
            "kode",
            "kode_induk",
            "tingkat",
            "jenis_belanja",
            "pagu",
            "realisasi",
            "kode_node",
        ],
    )
    frame.insert(0, "uraian", "uraian " + frame["kode"])
    frame.insert(0, "periode", "Tahunan")
    frame.insert(0, "tahun", 2021)
    frame.insert(0, "kode_unit", "JBR-SEMBORO")
    return frame


POHON_SEMBORO = pd.DataFrame(
    {
        "kode_unit": "JBR-SEMBORO",
        "kode_node": ["T1", "S1", "S2"],
        "kode_induk": [None, "T1", "T1"],
        "tingkat": ["tujuan", "sasaran", "sasaran"],
        "uraian": [
            "Meningkatkan kualitas kelembagaan",
            "Meningkatnya kualitas pelayanan",
            "Meningkatnya koordinasi pemerintahan dan penyelenggara pemerintahan Desa",
        ],
    }
)

# Seed 004 (Setda Kebumen 2024), Tabel 3.7: (tingkat, pagu, realisasi, % capaian anggaran)
TABEL_3_7 = [
    ("program", 38127840000, 34652249175, 90.88),
    ("kegiatan", 20512282000, 18754922665, 91.43),
    ("kegiatan", 273000000, 269264900, 98.63),
    ("kegiatan", 5907470000, 4826172914, 81.70),
    ("kegiatan", 2180950000, 2126747640, 97.51),
    ("kegiatan", 2576263000, 2328036020, 90.36),
    ("kegiatan", 3277716000, 3120123660, 95.19),
    ("kegiatan", 1237194000, 1106496010, 89.44),
    ("kegiatan", 1043701000, 1027271023, 98.43),
    ("kegiatan", 373518000, 372428649, 99.71),
    ("kegiatan", 745746000, 720785694, 96.65),
    ("program", 34158774800, 31446523018, 92.06),
    ("kegiatan", 450918800, 448499339, 99.46),
    ("kegiatan", 33337644000, 30636711488, 91.90),
    ("kegiatan", 343182000, 334626679, 97.51),
    ("kegiatan", 27030000, 26685512, 98.73),
    ("program", 1565899000, 1481852876, 94.63),
    ("kegiatan", 175480000, 174831793, 99.63),
    ("kegiatan", 160453000, 158197607, 98.59),
    ("kegiatan", 848321000, 772483108, 91.06),
    ("kegiatan", 381645000, 376340368, 98.61),
]


def setda() -> pd.DataFrame:
    rows, program, k = [], 0, 0
    for tingkat, pagu, realisasi, reported in TABEL_3_7:
        if tingkat == "program":
            program, k = program + 1, 0
            rows.append((str(program), None, tingkat, pagu, realisasi, reported))
        else:
            k += 1
            rows.append((f"{program}.{k}", str(program), tingkat, pagu, realisasi, reported))
    frame = pd.DataFrame(
        rows, columns=["kode", "kode_induk", "tingkat", "pagu", "realisasi", "capaian_laporan"]
    )
    return frame.assign(uraian="x", kode_unit="KBM-SETDA", tahun=2024, periode="Tahunan")


# --------------------------------------------------------------------------- capaian


def test_capaian_anggaran_seed_figures():
    out = capaian_anggaran(semboro()).set_index("kode")
    programs = out[out["tingkat"] == "program"]["capaian_anggaran"].round(2)
    assert programs.tolist() == [88.32, 99.78, 85.15, 100.0]
    assert np.isnan(out.loc["1.1", "capaian_anggaran"])  # "-" in the seed
    total = capaian_anggaran(pd.DataFrame({"pagu": [3457463874], "realisasi": [3148478480]}))
    assert round(total["capaian_anggaran"].iloc[0], 2) == 91.06
    total = capaian_anggaran(pd.DataFrame({"pagu": [73852513800], "realisasi": [67580625069]}))
    assert round(total["capaian_anggaran"].iloc[0], 2) == 91.51


def test_capaian_anggaran_matches_tabel_3_7_and_programs_sum_to_total():
    out = capaian_anggaran(setda())
    assert out["capaian_anggaran"].round(2).tolist() == out["capaian_laporan"].tolist()
    programs = out[out["tingkat"] == "program"]
    assert programs["pagu"].sum() == 73852513800
    assert programs["realisasi"].sum() == 67580625069
    assert round(programs["realisasi"].sum() / programs["pagu"].sum() * 100, 2) == 91.51


def test_capaian_anggaran_undefined_pagu():
    df = pd.DataFrame({"pagu": [0, None, -5, 100], "realisasi": [10, 10, 1, None]})
    assert capaian_anggaran(df)["capaian_anggaran"].isna().all()


# --------------------------------------------------------------------------- roll-up


def test_sum_by_kode_adds_rows_per_jenis_belanja():
    nodes = sum_by_kode(semboro()).set_index("kode")
    assert nodes.loc["1.5.3", "pagu"] == 10200000
    assert nodes.loc["1.5.3", "n_rows"] == 2
    assert np.isnan(nodes.loc["1.1", "pagu"])
    assert len(nodes) == len(SEMBORO) - 1


def test_rollup_of_the_seeds_is_clean():
    assert rollup_check(semboro()).empty
    assert rollup_check(setda()).empty


def test_rollup_finds_mismatches_and_leaves_input_alone():
    df = semboro()
    df.loc[df["kode"] == "1.2.2", "pagu"] = 71000000  # kegiatan 1.2 now differs by 840.000
    df.loc[df["kode"] == "3", "realisasi"] = 78000000  # program 3 realisasi off by 31.000
    before = df.copy()
    found = rollup_check(df)
    pd.testing.assert_frame_equal(df, before)
    assert found[["kode", "column", "difference"]].values.tolist() == [
        ["1.2", "pagu", 840000.0],
        ["3", "realisasi", 31000.0],
    ]
    first = found.iloc[0]
    assert first["tingkat"] == "kegiatan" and first["n_children"] == 3
    assert first["kode_unit"] == "JBR-SEMBORO" and first["tahun"] == 2021
    assert first["message"] == (
        "Pagu kegiatan 1.2 (Rp 2.222.034.374) tidak sama dengan jumlah pagu 3 sub kegiatan "
        "di bawahnya (Rp 2.221.194.374); selisih Rp 840.000."
    )
    assert "Realisasi program 3" in found.iloc[1]["message"]


def test_rollup_empty_parent_or_empty_children():
    df = pd.DataFrame(
        {
            "kode": ["1", "1.1", "2", "2.1"],
            "kode_induk": [None, "1", None, "2"],
            "tingkat": ["program", "kegiatan", "program", "kegiatan"],
            "uraian": "x",
            "pagu": [NA, 100.0, 50.0, NA],
            "realisasi": [NA, NA, NA, NA],
        }
    )
    found = rollup_check(df)
    assert found[["kode", "column"]].values.tolist() == [["1", "pagu"], ["2", "pagu"]]
    assert "kosong, padahal" in found.iloc[0]["message"]
    assert "di bawahnya kosong" in found.iloc[1]["message"]


def test_rollup_keeps_contexts_apart_and_tolerance():
    df = semboro()
    other_year = df.assign(tahun=2022)
    other_year.loc[other_year["kode"] == "4", "pagu"] = 284900000.4  # below tolerance
    assert rollup_check(pd.concat([df, other_year], ignore_index=True)).empty
    assert len(rollup_check(other_year, tolerance=0.1)) == 1


def test_empty_dokumen_means_dpa():
    df = semboro().assign(dokumen=None)
    df.loc[df["kode"] == "1", "dokumen"] = "DPA"
    assert rollup_check(df).empty


# --------------------------------------------------------------------------- shares


def test_leaf_rows():
    leaves = semboro()[leaf_rows(semboro()).to_numpy()]
    assert set(leaves["tingkat"]) == {"subkegiatan"}


def test_belanja_shares_seed_003():
    out = belanja_shares(semboro())
    assert out["jenis_belanja"].tolist() == ["operasi", "modal"]
    assert out["pagu"].tolist() == [3296978974, 160484900]
    assert out["share_pagu"].round(2).tolist() == [95.36, 4.64]
    assert out["share_pagu"].sum() == pytest.approx(100)


def test_belanja_shares_with_missing_jenis():
    df = pd.DataFrame({"kode": ["1", "2"], "jenis_belanja": [None, "modal"],
                       "pagu": [75.0, 25.0], "realisasi": [50.0, 25.0]})  # fmt: skip
    out = belanja_shares(df)
    assert out["jenis_belanja"].tolist() == ["modal", "(tidak diisi)"]
    assert out["share_pagu"].tolist() == [25.0, 75.0]
    assert out["share_realisasi"].tolist() == pytest.approx([100 / 3, 200 / 3])


# --------------------------------------------------------------------------- per sasaran


def test_budget_per_sasaran_seed_003():
    out = budget_per_sasaran(semboro(), POHON_SEMBORO)
    assert out["kode_sasaran"].tolist()[:2] == ["S1", "S2"]
    assert pd.isna(out["kode_sasaran"].iloc[2])
    assert out["uraian_sasaran"].iloc[2] == "(tidak terhubung ke sasaran)"
    assert out["pagu"].tolist() == [24577500, 913370000, 2519516374]
    # seed 003: 0,71% and 26,42% of the total 3.457.463.874
    assert out["share_pagu"].round(2).tolist() == [0.71, 26.42, 72.87]
    assert out["share_pagu"].sum() == pytest.approx(100)
    assert round(out["capaian_anggaran"].iloc[0], 2) == 99.60


def test_budget_per_sasaran_walks_up_the_tree():
    pohon = pd.DataFrame(
        {
            "kode_node": ["O", "S", "K", "K.1", "X", "Y"],
            "kode_induk": [None, "O", "S", "K", "Y", "X"],  # X and Y form a cycle
            "tingkat": ["tujuan", "sasaran", "kegiatan", "subkegiatan", "kegiatan", "kegiatan"],
            "uraian": ["o", "Sasaran S", "k", "k1", "x", "y"],
        }
    )
    ang = pd.DataFrame(
        {
            "kode": ["1", "1.1", "1.1.1", "1.1.2", "2", "3"],
            "kode_induk": [None, "1", "1.1", "1.1", None, None],
            "tingkat": ["program", "kegiatan", "subkegiatan", "subkegiatan", "program", "program"],
            "kode_node": [None, None, "K.1", None, "X", "ZZZ"],
            "pagu": [30.0, 30.0, 10.0, 20.0, 5.0, 5.0],
            "realisasi": [30.0, 30.0, 10.0, 20.0, 5.0, 5.0],
        }
    )
    out = budget_per_sasaran(ang, pohon)
    # 1.1.1 links through K.1 -> K -> S; 1.1.2 has no link of its own nor above it
    assert out["kode_sasaran"].iloc[0] == "S" and out["pagu"].iloc[0] == 10
    assert pd.isna(out["kode_sasaran"].iloc[1]) and out["pagu"].iloc[1] == 30  # 1.1.2, 2, 3
    assert out["n_lines"].tolist() == [1, 3]
    by_outcome = budget_per_sasaran(ang, pohon, tingkat=("tujuan",))
    assert by_outcome["kode_sasaran"].iloc[0] == "O"
