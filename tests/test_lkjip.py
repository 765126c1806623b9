"""Seed figures reproduced from the sample data read through ingest, the audit, and `sakip lkjip`."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from sakiplib import lkjip
from sakiplib.audit import audit_unit
from sakiplib.cli import main
from sakiplib.dataset import UnitNotFound, resolve_unit, unit_view
from sakiplib.ingest import ingest, load_tables

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("processed")
    result = ingest(ROOT / "data" / "raw", out)
    assert result.ok, result.report.format(limit=10)
    return out


@pytest.fixture(scope="module")
def tables(processed: Path) -> dict[str, pd.DataFrame]:
    return load_tables(processed)


@pytest.fixture(scope="module")
def semboro(tables):
    return unit_view(tables, *resolve_unit(tables, "semboro"))


@pytest.fixture(scope="module")
def setda(tables):
    return unit_view(tables, *resolve_unit(tables, "sekretariat daerah"))


def _row(table: pd.DataFrame, column: str, text: str) -> pd.Series:
    rows = table[table[column].astype(str).str.contains(text, regex=False)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


# --------------------------------------------------------------------------- Semboro 2021


def test_semboro_capaian_and_kategori_on_the_jember_scale(semboro) -> None:
    t = lkjip.tabel_pengukuran(semboro)
    skm = _row(t, "Indikator", "Hasil Survey Kepuasan Masyarakat")
    assert (skm["Target"], skm["Realisasi"]) == (85, pytest.approx(60.7))
    assert round(skm["Capaian (%)"], 1) == 71.4  # the report's precision
    assert skm["Kategori"] == "Cukup"  # not "Baik", as the report says
    second = _row(t, "Indikator", "Prosentase rekomendasi")
    assert (second["Target"], second["Realisasi"], second["Capaian (%)"]) == (80, 80, 100)
    assert second["Kategori"] == "Baik"


def test_semboro_realisasi_anggaran(semboro) -> None:
    t = lkjip.tabel_anggaran(semboro)
    total = _row(t, "Program/Kegiatan", "JUMLAH")
    assert total["Pagu (Rp)"] == 3_457_463_874
    assert total["Realisasi (Rp)"] == 3_148_478_480
    assert round(total["Capaian Anggaran (%)"], 2) == 91.06
    programs = t[t["Tingkat"] == "Program"]["Capaian Anggaran (%)"].round(2).tolist()
    assert programs == [88.32, 99.78, 85.15, 100.00]
    shares = lkjip.tabel_belanja(semboro).set_index("Jenis Belanja")["Proporsi Pagu (%)"].round(2)
    assert shares.to_dict() == {"Belanja Operasi": 95.36, "Belanja Modal": 4.64}


def test_semboro_budget_behind_each_sasaran_from_the_rkt(semboro) -> None:
    a = semboro["anggaran"]
    rkt = a[a["dokumen"] == "RKT"].groupby("kode_node")["pagu"].sum()
    total = lkjip.tabel_anggaran(semboro).iloc[-1]["Pagu (Rp)"]
    assert round(rkt["S1"] / total * 100, 2) == 0.71
    assert round(rkt["S2"] / total * 100, 2) == 26.42


def test_semboro_audit_flags_the_report_category_and_the_rkt_figure(semboro) -> None:
    findings = audit_unit(semboro)
    kategori = [f for f in findings if "kategori tertulis" in f.message]
    assert {(f.value, f.expected.split("'")[1]) for f in kategori} == {
        ("Baik", "Cukup"),
        ("Sangat Baik", "Baik"),
    }
    assert all(f.sheet == "Realisasi" and f.cell.startswith("G") for f in kategori)
    rkt = [f for f in findings if "pagu RKT berbeda" in f.message]
    assert len(rkt) == 1 and rkt[0].value == 24_577_000 and "24.577.500" in rkt[0].expected


# --------------------------------------------------------------------------- Setda Kebumen 2024


def test_setda_ikm_capaian_on_the_kebumen_scale(setda) -> None:
    t = lkjip.tabel_pengukuran(setda)
    sasaran = _row(t, "Tingkat", "Sasaran")
    assert (sasaran["Target"], sasaran["Realisasi"]) == (85, pytest.approx(90.40))
    assert round(sasaran["Capaian (%)"], 2) == 106.35 and sasaran["Kategori"] == "Baik Sekali"
    tujuan = _row(t, "Tingkat", "Tujuan")
    assert tujuan["Realisasi"] == pytest.approx(90.38) and round(tujuan["Capaian (%)"], 2) == 106.33


def test_setda_kemajuan_and_comparison_over_years(setda) -> None:
    k = _row(lkjip.tabel_kemajuan(setda), "Indikator", "Setda")
    assert k["Target Akhir Renstra"] == 86 and k["Realisasi 2023"] == pytest.approx(89.57)
    # 90,40 / 86 = 105,116: the report prints 105,11 (truncated); within its precision
    assert k["Tingkat Kemajuan (%)"] == pytest.approx(105.11, abs=0.01)
    p = _row(lkjip.tabel_perbandingan(setda), "Indikator", "Setda")
    assert (p["Target 2023"], p["Realisasi 2023"]) == (84, pytest.approx(89.57))
    assert round(p["Capaian 2023 (%)"], 2) == 106.63


def test_setda_tabel_3_7_3_8_3_9(setda) -> None:
    t = lkjip.tabel_anggaran(setda)
    ekppd = _row(t, "Indikator Kinerja", "Nilai EKPPD")
    assert (ekppd["Target"], ekppd["Realisasi"], round(ekppd["Capaian Kinerja (%)"], 2)) == (
        2.95,
        3.27,
        110.85,
    )
    total = t.iloc[-1]
    assert (total["Pagu (Rp)"], total["Realisasi (Rp)"]) == (73_852_513_800, 67_580_625_069)
    assert round(total["Capaian Anggaran (%)"], 2) == 91.51
    k = lkjip.tabel_keberhasilan(setda)
    assert len(k) == 22 and set(k["Menunjang/Tidak Menunjang"].dropna()) == {"Menunjang"}
    assert round(k.iloc[-1]["Capaian (%)"], 2) == 123.81
    e = lkjip.tabel_efisiensi(setda).iloc[0]
    assert e["Jumlah Keluaran"] == 18
    assert (
        round(e["Efisiensi (%)"], 2) == 8.49
        and round(e["Efisiensi tanpa batas capaian (%)"], 2) == 10.29
    )
    assert e["Efisiensi tertulis di laporan (%)"] == 12.99


def test_setda_ikm_per_unsur_and_quarters(setda, tables) -> None:
    kab = lkjip.kabupaten_ikm(tables, "Kebumen")
    u = lkjip.tabel_ikm_unsur(setda, kab)
    persyaratan = _row(u, "Unsur", "Persyaratan")
    assert persyaratan["Nilai Unit"] == pytest.approx(90.88) and persyaratan["Mutu Unit"] == "A"
    assert persyaratan["Nilai Kabupaten"] == pytest.approx(100.60)
    assert pd.isna(persyaratan["Kinerja Kabupaten"])  # above 100: no mutu on a 25-100 scale
    q = lkjip.tabel_ikm_triwulan(setda, kab).set_index("Periode")
    assert q.loc["Tahunan", "IKM Unit"] == pytest.approx(90.40)
    higher = (q["IKM Unit"] > q["IKM Kabupaten"]).drop("Tahunan").to_dict()
    assert higher == {"TW I": True, "TW II": False, "TW III": False, "TW IV": True}


def test_setda_audit_names_each_seed_defect(setda) -> None:
    findings = audit_unit(setda)
    messages = " | ".join(f.message for f in findings)
    efisiensi = [f for f in findings if "efisiensi tertulis" in f.message]
    assert len(efisiensi) == 1 and efisiensi[0].value == 12.99
    assert "8,49%" in efisiensi[0].expected and "10,29%" in efisiensi[0].expected
    assert efisiensi[0].sheet == "Unit"
    low = [f for f in findings if "mungkin terlalu rendah" in f.message]
    assert {
        round(float(f.message.split("capaian ")[1].split("%")[0].replace(",", ".")), 2) for f in low
    } == {366.67, 240.0}
    mean = [f for f in findings if "rata-rata nilai per unsur" in f.message and "unit" in f.message]
    assert mean and "91,31" in mean[0].expected
    assert "target TW IV berbeda" in messages


# --------------------------------------------------------------------------- the command


def test_lkjip_command_writes_every_seed_figure(processed: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "setda.xlsx"
    assert (
        main(
            [
                "lkjip",
                "--unit",
                "KBM-SETDA",
                "--tahun",
                "2024",
                "--out",
                str(out),
                "--processed",
                str(processed),
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "106,35% (Baik Sekali)" in printed and "91,51%" in printed
    wb = openpyxl.load_workbook(out)
    values = [
        c.value
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if c.value is not None
    ]
    numbers = [v for v in values if isinstance(v, int | float)]
    for figure in (73_852_513_800, 67_580_625_069, 38_127_840_000):
        assert figure in numbers  # numeric cells, not text
    rounded = {round(v, 2) for v in numbers}
    assert {106.35, 106.33, 91.51, 110.85, 123.81, 8.49, 10.29, 90.4} <= rounded
    assert "Baik Sekali" in values
    ws = wb["Tabel 3.7 Anggaran"]
    pagu = next(c for row in ws.iter_rows() for c in row if c.value == 73_852_513_800)
    assert pagu.number_format == "#,##0" and pagu.data_type == "n"


def test_lkjip_command_for_semboro(processed: Path, tmp_path: Path) -> None:
    out = tmp_path / "semboro.xlsx"
    assert (
        main(["lkjip", "--unit", "semboro", "--out", str(out), "--processed", str(processed)]) == 0
    )
    wb = openpyxl.load_workbook(out)
    t31 = wb["Tabel 3.1 Pengukuran"]
    rows = [[c.value for c in r] for r in t31.iter_rows(min_row=4)]
    skm = next(r for r in rows if "Survey Kepuasan" in str(r[2]))
    assert skm[4:6] == [85, 60.7] and round(skm[6], 1) == 71.4 and skm[7] == "Cukup"


def test_unknown_or_ambiguous_unit_lists_candidates(
    processed: Path, tmp_path: Path, capsys, tables
) -> None:
    assert (
        main(
            [
                "lkjip",
                "--unit",
                "kec",
                "--out",
                str(tmp_path / "x.xlsx"),
                "--processed",
                str(processed),
            ]
        )
        == 1
    )
    out = capsys.readouterr().out
    assert "tidak unik" in out and "KBM-SEMPOR (Kecamatan Sempor, Kebumen 2024)" in out
    assert not (tmp_path / "x.xlsx").exists()
    with pytest.raises(UnitNotFound, match="tidak ditemukan; unit yang ada: JBR-SEMBORO"):
        resolve_unit(tables, "Bandung")


def test_exported_text_cannot_carry_formulas(tmp_path: Path) -> None:
    from sakiplib.excel import write_tables

    table = pd.DataFrame(
        {
            "Uraian": ['=HYPERLINK("http://contoh","klik")', "+1+1", "@SUM(A1)", "-", "Biasa"],
            "Pagu (Rp)": [1, 2, 3, 4, 5],
        }
    )
    write_tables(tmp_path / "a.xlsx", {"T": table})
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["T"]
    texts = [ws.cell(row=r, column=1) for r in range(2, 7)]
    assert [c.data_type for c in texts] == ["s"] * 5
    assert [c.value for c in texts] == [
        '\'=HYPERLINK("http://contoh","klik")',
        "'+1+1",
        "'@SUM(A1)",
        "-",
        "Biasa",
    ]
