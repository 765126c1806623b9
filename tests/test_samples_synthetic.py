"""The synthetic kecamatan workbooks and the two transcribed trees (Sempor, BKPSDM)."""

from __future__ import annotations

import numpy as np
import openpyxl
import pandas as pd
import pytest

from sakiplib.samples import SampleWorkbook, synthetic, trees
from sakiplib.schema import TABLES, TRIWULAN, UNSUR_SKM

NAMES = [
    "Adimulyo", "Alian", "Ambal", "Ayah", "Bonorowo", "Buayan", "Buluspesantren", "Gombong",
    "Karanganyar", "Karanggayam", "Karangsambung", "Kebumen", "Klirong", "Kutowinangun",
    "Kuwarasan", "Mirit", "Padureso", "Pejagoan", "Petanahan", "Poncowarno", "Prembun", "Puring",
    "Rowokele", "Sadang", "Sruweng",
]  # fmt: skip
BROKEN_ANGGARAN = "KBM-BONOROWO"
UNEQUAL_RESPONDENTS = "KBM-PREMBUN"


@pytest.fixture(scope="module")
def kecamatan() -> list[SampleWorkbook]:
    return synthetic.workbooks()


@pytest.fixture(scope="module")
def tree_books() -> list[SampleWorkbook]:
    return trees.workbooks()


@pytest.fixture(scope="module")
def every_book(kecamatan, tree_books) -> list[SampleWorkbook]:
    return [*kecamatan, *tree_books]


def _kode(book: SampleWorkbook) -> str:
    return str(book.tables["unit"].loc[0, "kode_unit"])


def _ikm_indicator(book: SampleWorkbook) -> str:
    """The IKM indicator on the tree's first root."""
    pohon, indikator = book.tables["pohon"], book.tables["indikator"]
    root = pohon.loc[pohon["kode_induk"].isna(), "kode_node"].iloc[0]
    rows = indikator[
        (indikator["kode_node"] == root)
        & indikator["uraian"].str.startswith("Indeks Kepuasan Masyarakat")
    ]
    assert len(rows) == 1
    return str(rows["kode_indikator"].iloc[0])


def _by_hand(answers: pd.DataFrame) -> float:
    """IKM: mean over the 9 unsur of the mean answer, times 25."""
    unsur_means = [answers[u].sum() / len(answers) for u in UNSUR_SKM]
    return sum(unsur_means) / 9 * 25


def test_deterministic(kecamatan, tree_books):
    for first, second in ((kecamatan, synthetic.workbooks()), (tree_books, trees.workbooks())):
        assert [b.relative_path for b in first] == [b.relative_path for b in second]
        for a, b in zip(first, second, strict=True):
            assert list(a.tables) == list(b.tables)
            assert list(a.petunjuk_notes) == list(b.petunjuk_notes)
            for name in a.tables:
                pd.testing.assert_frame_equal(a.tables[name], b.tables[name])


def test_units(kecamatan):
    assert len(kecamatan) == 25
    for book, name in zip(kecamatan, NAMES, strict=True):
        unit = book.tables["unit"].iloc[0]
        assert book.relative_path == f"kebumen/2024/kecamatan-{name.lower()}.xlsx"
        assert unit["kode_unit"] == f"KBM-{name.upper()}"
        assert unit["nama_unit"] == f"Kecamatan {name}"
        assert unit["jenis_unit"] == "kecamatan"
        assert (unit["kabupaten"], unit["tahun"]) == ("Kebumen", 2024)
        assert unit["keterangan"].startswith("DATA SINTETIS")
        assert book.synthetic
        assert book.petunjuk_notes[0].startswith("DATA SINTETIS")
        assert "sakiplib.samples.synthetic" in " ".join(book.petunjuk_notes)
        for table, frame in book.tables.items():
            assert set(frame.columns) <= set(TABLES[table].column_names), table


def test_tree_shape(kecamatan):
    for book in kecamatan:
        pohon, indikator = book.tables["pohon"], book.tables["indikator"]
        assert len(pohon) == 18
        assert pohon["tingkat"].value_counts().to_dict() == {
            "kondisi operasional": 8, "kondisi antara": 5, "csf": 4, "outcome": 1,
        }  # fmt: skip
        assert set(pohon["kode_node"]) == set(indikator["kode_node"])  # every node measured
        assert (indikator["polaritas"] == "negatif").sum() == 1
    links = [b for b in kecamatan if b.tables["pohon"]["crosscutting"].notna().any()]
    assert 0 < len(links) < 25
    for book in links:
        assert book.tables["pohon"]["crosscutting"].dropna().tolist() == ["KBM-BKPSDM"]


def test_ikm_realisasi_equals_skm(every_book):
    for book in every_book:
        kode = _ikm_indicator(book)
        skm, real = book.tables["skm"], book.tables["realisasi"]
        real = real[(real["kode_indikator"] == kode) & (real["tahun"] == 2024)]
        values = real.set_index("periode")["nilai"]
        for tw in TRIWULAN:
            expected = _by_hand(skm[skm["triwulan"] == tw])
            assert abs(values[tw] - expected) <= 0.005 + 1e-9, (_kode(book), tw)
        assert abs(values["Tahunan"] - _by_hand(skm)) <= 0.005 + 1e-9, _kode(book)


def test_ikm_range_and_mutu(kecamatan):
    yearly = {}
    for book in kecamatan:
        real = book.tables["realisasi"]
        real = real[(real["kode_indikator"] == "IK-1") & (real["tahun"] == 2024)]
        row = real[real["periode"] == "Tahunan"]
        yearly[_kode(book)] = float(row["nilai"].iloc[0])
    assert all(70 <= v <= 95 for v in yearly.values())
    mutu_c = [k for k, v in yearly.items() if v < 76.61]
    assert mutu_c == ["KBM-SADANG"]
    assert sum(v >= 88.31 for v in yearly.values()) >= 2  # some A, most B


def test_yearly_follows_agregasi(every_book):
    for book in every_book:
        agregasi = book.tables["indikator"].set_index("kode_indikator")["agregasi"]
        real = book.tables["realisasi"]
        real = real[real["tahun"] == 2024]
        for kode, rows in real.groupby("kode_indikator"):
            v = rows.set_index("periode")["nilai"]
            quarters = [v[tw] for tw in TRIWULAN]
            if agregasi[kode] == "kumulatif":
                assert v["Tahunan"] == sum(quarters), (_kode(book), kode)
            elif agregasi[kode] == "akhir periode":
                assert v["Tahunan"] == v["TW IV"], (_kode(book), kode)
            elif _kode(book) == UNEQUAL_RESPONDENTS and kode == "IK-1":
                assert v["Tahunan"] - np.mean(quarters) > 0.5  # pooled, not the mean
            else:
                assert abs(v["Tahunan"] - np.mean(quarters)) <= 0.01 + 1e-9, (_kode(book), kode)


def test_quarterly_targets(every_book):
    for book in every_book:
        agregasi = book.tables["indikator"].set_index("kode_indikator")["agregasi"]
        target = book.tables["target"]
        pk = target[(target["dokumen"] == "PK") & (target["tahun"] == 2024)]
        for kode, rows in pk.groupby("kode_indikator"):
            v = rows.set_index("periode")["nilai"]
            if agregasi[kode] == "kumulatif":
                assert sum(v[tw] for tw in TRIWULAN) == v["Tahunan"]
            else:
                assert v["TW IV"] == v["Tahunan"]
        renstra = target[target["dokumen"] == "Renstra"]
        assert sorted(renstra["tahun"].unique()) == list(range(2021, 2027))


def test_edge_cases(kecamatan):
    zero_targets = [
        (_kode(b), k)
        for b in kecamatan
        for k in b.tables["target"].loc[b.tables["target"]["nilai"] == 0, "kode_indikator"]
    ]
    assert set(zero_targets) == {("KBM-MIRIT", "IK-1.1.1.1-2")}
    zero_real = {_kode(b) for b in kecamatan if (b.tables["realisasi"]["nilai"] == 0).any()} - {
        "KBM-MIRIT"
    }
    assert zero_real == {"KBM-ALIAN", "KBM-AYAH"}
    for book in kecamatan:
        name = book.tables["unit"].loc[0, "nama_unit"].removeprefix("Kecamatan ")
        if name in synthetic.EDGE_CASES:
            assert any(n.startswith("KASUS UJI") for n in book.petunjuk_notes)


def _parent_sum_mismatches(anggaran: pd.DataFrame) -> list[tuple[str, str, int]]:
    """(kode, periode, difference) where a parent's pagu or realisasi is not its children's sum."""
    out = []
    for periode, rows in anggaran.groupby("periode"):
        for _, parent in rows[rows["tingkat"] != "subkegiatan"].iterrows():
            children = rows[rows["kode_induk"] == parent["kode"]]
            assert len(children) > 0
            for col in ("pagu", "realisasi"):
                diff = int(parent[col] - children[col].sum())
                if diff:
                    out.append((parent["kode"], periode, diff))
    return out


def test_anggaran_parent_equals_sum_of_children(every_book):
    for book in every_book:
        mismatches = _parent_sum_mismatches(book.tables["anggaran"])
        if _kode(book) == BROKEN_ANGGARAN:
            assert mismatches == [("1", "Tahunan", -250_000), ("1.02", "Tahunan", 250_000)]
        else:
            assert mismatches == [], _kode(book)


def test_anggaran_ranges(kecamatan):
    for book in kecamatan:
        a = book.tables["anggaran"]
        assert set(a["periode"]) == {"Tahunan", *TRIWULAN}
        assert (a["dokumen"] == "DPA").all()
        yearly = a[a["periode"] == "Tahunan"]
        programs = yearly[yearly["tingkat"] == "program"]
        assert len(programs) == 4
        assert 2e9 <= programs["pagu"].sum() <= 5e9
        kegiatan = yearly[yearly["tingkat"] == "kegiatan"]
        assert kegiatan.groupby("kode_induk").size().between(2, 4).all()
        subs = yearly[yearly["tingkat"] == "subkegiatan"]
        assert subs.groupby("kode_induk").size().between(1, 3).all()
        ratio = subs["realisasi"] / subs["pagu"]
        assert ratio.between(0.8, 1.0).all()
        modal = subs.loc[subs["jenis_belanja"] == "modal", "pagu"].sum() / subs["pagu"].sum()
        assert 0.025 <= modal <= 0.085
        assert a["jenis_belanja"].dropna().isin(["operasi", "modal"]).all()
        quarters = a[a["periode"] != "Tahunan"].pivot_table(
            index="kode", columns="periode", values="realisasi"
        )
        assert (quarters[list(TRIWULAN)].diff(axis=1).iloc[:, 1:] >= 0).all().all()


def test_skm_answers(every_book):
    for book in every_book:
        skm = book.tables["skm"]
        answers = skm[list(UNSUR_SKM)]
        assert answers.isin([1, 2, 3, 4]).all().all()
        sizes = skm.groupby("triwulan").size()
        assert list(sizes.index) == sorted(TRIWULAN)
        assert sizes.between(40, 120).all()
        assert not skm.duplicated(["triwulan", "responden"]).any()


def test_codes_resolve(every_book):
    for book in every_book:
        nodes = set(book.tables["pohon"]["kode_node"])
        assert book.tables["pohon"]["kode_node"].is_unique
        assert set(book.tables["pohon"]["kode_induk"].dropna()) <= nodes
        assert set(book.tables["indikator"]["kode_node"]) <= nodes
        assert set(book.tables["anggaran"]["kode_node"].dropna()) <= nodes
        indicators = set(book.tables["indikator"]["kode_indikator"])
        assert set(book.tables["target"]["kode_indikator"]) == indicators
        assert set(book.tables["realisasi"]["kode_indikator"]) == indicators


def test_write_and_reopen(kecamatan, tmp_path):
    path = kecamatan[0].write(tmp_path)
    assert path == tmp_path / "kebumen" / "2024" / "kecamatan-adimulyo.xlsx"
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Petunjuk", *(t.sheet for t in TABLES.values())]
    assert wb["Petunjuk"]["A1"].value.startswith("DATA SINTETIS")
    assert wb["Unit"]["A2"].value == "KBM-ADIMULYO"
    assert wb["Unit"]["B2"].value == "Kecamatan Adimulyo"
    pohon = wb["Pohon"]
    header = [c.value for c in pohon[1]]
    assert pohon.cell(2, header.index("uraian") + 1).value == (
        "Terwujudnya Tata Kelola Pemerintah Kecamatan yang Baik"
    )
    skm = wb["SKM"]
    header = [c.value for c in skm[1]]
    assert skm.cell(2, header.index("U1") + 1).value in (1, 2, 3, 4)
    assert skm.max_row == len(kecamatan[0].tables["skm"]) + 1
    anggaran = wb["Anggaran"]
    header = [c.value for c in anggaran[1]]
    assert isinstance(anggaran.cell(2, header.index("pagu") + 1).value, int)


def test_sempor_transcription(tree_books):
    sempor = tree_books[0]
    assert sempor.relative_path == "kebumen/2024/kecamatan-sempor.xlsx"
    assert not sempor.synthetic
    assert any(n.startswith("SINTETIS") for n in sempor.petunjuk_notes)
    assert "SINTETIS" in sempor.tables["unit"].loc[0, "keterangan"]
    pohon, indikator = sempor.tables["pohon"], sempor.tables["indikator"]
    cross = pohon.dropna(subset=["crosscutting"]).set_index("crosscutting")["uraian"]
    assert cross["KBM-BKPSDM"] == "Meningkatnya Kapasitas ASN (Crosscutting dengan BKPSDM)"
    assert cross["KBM-BAPPEDA"].endswith("(Crosscutting dengan BAPPEDA)")
    duplicate = "Jumlah penyelenggaraan Pemerintahan Umum sesuai penugasan Kepala Daerah"
    assert (indikator["uraian"] == duplicate).sum() == 2  # the seed's defect, kept
    target = sempor.tables["target"]
    ikm = target[(target["kode_indikator"] == "IK-1") & (target["dokumen"] == "Renstra")]
    assert ikm.set_index("tahun")["nilai"].to_dict() == {
        2021: 82.70, 2022: 84.51, 2023: 86.32, 2024: 88.12, 2025: 89.93, 2026: 91.74,
    }  # fmt: skip


def test_bkpsdm_transcription(tree_books):
    bkpsdm = tree_books[1]
    unit = bkpsdm.tables["unit"].iloc[0]
    assert (unit["kode_unit"], unit["jenis_unit"]) == ("KBM-BKPSDM", "badan")
    assert unit["nama_unit"] == (
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Kebumen"
    )
    assert unit["kepala_unit"] == "H. Moh. Amirudin, S.IP. MM"
    pohon = bkpsdm.tables["pohon"]
    assert pohon["tingkat"].value_counts().to_dict() == {
        "csf": 30, "kondisi operasional": 30, "outcome": 2, "ultimate outcome": 1,
    }  # fmt: skip
    assert len(bkpsdm.tables["indikator"]) == 3
    assert not bkpsdm.synthetic
