"""The committed sample data: it ingests cleanly, holds the seed figures, and matches the generator."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from sakiplib.ingest import collect, find_workbooks, ingest, load_tables
from sakiplib.samples import write_samples

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in find_workbooks(folder)
    }


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    before = _digests(RAW)
    out = tmp_path_factory.mktemp("processed")
    result = ingest(RAW, out)
    assert result.ok, result.report.format(limit=20)
    assert _digests(RAW) == before  # raw data never modified
    return load_tables(out)


def test_every_sample_unit_is_ingested(ingested: dict[str, pd.DataFrame]) -> None:
    unit = ingested["unit"]
    assert len(unit) == 29
    assert set(unit["kabupaten"]) == {"Jember", "Kebumen"}
    kebumen = unit[unit["kabupaten"] == "Kebumen"]
    assert len(kebumen) == 28 and set(kebumen["tahun"]) == {2024}
    assert {"KBM-SETDA", "KBM-BKPSDM", "KBM-SEMPOR", "KBM-SRUWENG", "JBR-SEMBORO"} <= set(
        unit["kode_unit"]
    )
    for name in ("pohon", "indikator", "target", "realisasi", "anggaran", "skm", "ikm"):
        assert len(ingested[name]) > 0, name


def test_semboro_budget_figures(ingested: dict[str, pd.DataFrame]) -> None:
    a = ingested["anggaran"]
    dpa = a[(a["kode_unit"] == "JBR-SEMBORO") & (a["dokumen"] == "DPA")]
    sub = dpa[dpa["tingkat"] == "subkegiatan"]
    assert sub["pagu"].sum() == 3_457_463_874
    assert sub["realisasi"].sum() == 3_148_478_480
    modal = sub.loc[sub["jenis_belanja"] == "modal", "pagu"].sum()
    assert modal == 160_484_900
    assert round(modal / sub["pagu"].sum() * 100, 2) == 4.64
    programs = dpa[dpa["tingkat"] == "program"].set_index("kode")
    assert (
        programs.loc["I", "pagu"] == 2_519_516_374
    )  # written "Rp. 2,519,516,374"-style in the seed
    rkt = a[(a["kode_unit"] == "JBR-SEMBORO") & (a["dokumen"] == "RKT")]
    assert 24_577_000 in set(rkt["pagu"])  # the RKT's figure, kept as printed


def test_setda_figures(ingested: dict[str, pd.DataFrame]) -> None:
    a = ingested["anggaran"]
    dpa = a[(a["kode_unit"] == "KBM-SETDA") & (a["dokumen"] == "DPA")]
    programs = dpa[dpa["tingkat"] == "program"]
    assert programs["pagu"].sum() == 73_852_513_800
    assert programs["realisasi"].sum() == 67_580_625_069
    r = ingested["realisasi"]
    ikm = r[
        (r["kode_unit"] == "KBM-SETDA")
        & (r["tahun"] == 2024)
        & (r["periode"] == "Tahunan")
        & (r["capaian_laporan"] == 106.35)
    ]
    assert ikm["nilai"].tolist() == [
        90.40,
        90.40,
    ]  # sasaran and Program Penunjang (Nilai IKM Setda)


def test_sample_warnings_flag_the_seed_defects() -> None:
    result = collect(find_workbooks(RAW), base=RAW)
    warnings = result.report.warnings
    above_100 = [
        f
        for f in warnings
        if f.file == "kebumen/2024/sekretariat-daerah.xlsx" and "di luar skala 25-100" in f.message
    ]
    assert len(above_100) == 7  # seed 004 Tabel 3.6: 7 of the kabupaten's 9 unsur exceed 100
    mixed = {f.file for f in warnings if "format angka campuran" in f.message}
    assert mixed == {"jember/2021/kecamatan-semboro.xlsx", "kebumen/2024/sekretariat-daerah.xlsx"}
    bappeda = [f for f in warnings if "KBM-BAPPEDA" in str(f.value)]
    assert bappeda and bappeda[0].file == "kebumen/2024/kecamatan-sempor.xlsx"


def test_committed_samples_match_the_generator(tmp_path: Path) -> None:
    write_samples(tmp_path)
    assert sorted(_digests(tmp_path)) == sorted(_digests(RAW))
    fresh = collect(find_workbooks(tmp_path), base=tmp_path).tables
    committed = collect(find_workbooks(RAW), base=RAW).tables
    for name, frame in committed.items():
        pd.testing.assert_frame_equal(frame, fresh[name], check_dtype=True, obj=name)
