"""Audit: where a workbook records what a report stated, compare it with what sakiplib computes.

Each contradiction is a warning (peringatan) naming the cell that holds the
stated figure. Checked per unit:

* the capaian and kategori a report states for an indicator (Realisasi sheet,
  capaian_laporan and kategori_laporan) against the computed capaian and the
  kategori of the kabupaten's scale;
* the capaian anggaran a report states (Anggaran sheet) against realisasi/pagu;
* a program or kegiatan whose pagu or realisasi differs from the sum of its
  children (flagged, never fixed);
* a planning document (RKT) whose pagu for a kegiatan differs from the DPA;
* the efisiensi a report states (Unit sheet) against the PMK 214/2017 formula,
  capped and uncapped;
* a capaian above 200% (the target was probably set too low);
* an IKM whose stated value differs from the mean of its nine unsur;
* a target for TW IV that differs from the yearly target of the same document
  for an indicator that is not cumulative.

Differences smaller than :data:`TOLERANCE` percentage points are rounding and
are not reported (seed 003 states 71,4% for 71,41%).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import numpy as np
import pandas as pd

from sakiplib import anggaran as ang
from sakiplib.dataset import UnitView, combined_value, unit_view
from sakiplib.efisiensi import efisiensi
from sakiplib.findings import PERINGATAN, Finding
from sakiplib.fmt import angka, nilai, persen
from sakiplib.lkjip import efisiensi_outputs, measurement
from sakiplib.schema import UNSUR_SKM
from sakiplib.validate import Letters, finding_at

TOLERANCE = 0.1
LOW_TARGET_CAPAIAN = 200.0


def audit_tables(
    tables: Mapping[str, pd.DataFrame], letters: Letters | None = None
) -> list[Finding]:
    """Audit findings for every unit of the dataset."""
    findings: list[Finding] = []
    for _, unit in tables["unit"].iterrows():
        view = unit_view(tables, str(unit["kode_unit"]), int(unit["tahun"]))
        findings.extend(audit_unit(view, letters or {}))
    return findings


def audit_unit(view: UnitView, letters: Letters | None = None) -> list[Finding]:
    """Every audit finding of one unit, in a stable order."""
    letters = letters or {}
    m = measurement(view)
    return [
        *_stated_capaian(m, view, letters),
        *_high_capaian(m, letters),
        *_stated_anggaran(view, letters),
        *_rollups(view, letters),
        *_rkt_against_dpa(view, letters),
        *_stated_efisiensi(view, letters),
        *_ikm_mean(view, letters),
        *_quarter_targets(view, letters),
    ]


def _located(m: pd.DataFrame) -> pd.DataFrame:
    return m[m["sumber_file"].notna() & m["sumber_baris"].notna()]


def _stated_capaian(m: pd.DataFrame, view: UnitView, letters: Letters) -> Iterator[Finding]:
    rows = _located(m)
    stated = rows[rows["capaian_laporan"].notna() & rows["capaian"].notna()]
    off = stated[(stated["capaian_laporan"] - stated["capaian"]).abs() >= TOLERANCE]
    for _, r in off.iterrows():
        yield finding_at(
            PERINGATAN, r, "realisasi", "capaian_laporan", letters, r["capaian_laporan"],
            f"capaian hasil hitung {persen(r['capaian'])} (realisasi {nilai(r['realisasi'])} terhadap target {nilai(r['target'])})",
            f"capaian tertulis di laporan berbeda dengan hasil hitung untuk '{r['indikator']}' tahun {r['tahun']}",
        )  # fmt: skip
    labels = rows[rows["kategori_laporan"].notna() & rows["kategori"].notna()]
    for _, r in labels.iterrows():
        if str(r["kategori_laporan"]).strip().lower() != str(r["kategori"]).lower():
            yield finding_at(
                PERINGATAN, r, "realisasi", "kategori_laporan", letters, r["kategori_laporan"],
                f"kategori '{r['kategori']}' untuk capaian {persen(r['capaian'])} menurut skala {view.kabupaten}",
                f"kategori tertulis di laporan tidak sesuai skala kategori untuk '{r['indikator']}' tahun {r['tahun']}",
            )  # fmt: skip


def _high_capaian(m: pd.DataFrame, letters: Letters) -> Iterator[Finding]:
    rows = _located(m)
    for _, r in rows[rows["capaian"] > LOW_TARGET_CAPAIAN].iterrows():
        yield finding_at(
            PERINGATAN, r, "realisasi", "nilai", letters, r["realisasi"],
            f"target yang menantang (capaian di atas {angka(LOW_TARGET_CAPAIAN)}% menandakan target terlalu rendah)",
            f"capaian {persen(r['capaian'])} untuk '{r['indikator']}' tahun {r['tahun']}: target {nilai(r['target'])} mungkin terlalu rendah",
        )  # fmt: skip


def _dpa(view: UnitView) -> pd.DataFrame:
    a = view["anggaran"]
    return a[a["dokumen"] == "DPA"]


def _stated_anggaran(view: UnitView, letters: Letters) -> Iterator[Finding]:
    a = ang.capaian_anggaran(_dpa(view))
    stated = a[a["capaian_laporan"].notna() & a["capaian_anggaran"].notna()]
    off = stated[(stated["capaian_laporan"] - stated["capaian_anggaran"]).abs() >= TOLERANCE]
    for _, r in off.iterrows():
        yield finding_at(
            PERINGATAN, r, "anggaran", "capaian_laporan", letters, r["capaian_laporan"],
            f"{persen(r['capaian_anggaran'])} (realisasi {angka(r['realisasi'])} / pagu {angka(r['pagu'])})",
            f"capaian anggaran tertulis berbeda dengan hasil hitung untuk {r['tingkat']} {r['kode']}",
        )  # fmt: skip


def _rollups(view: UnitView, letters: Letters) -> Iterator[Finding]:
    a = _dpa(view)
    if a.empty:
        return
    found = ang.rollup_check(a)
    for _, f in found.iterrows():
        parent = a[
            (a["kode"] == f["kode"]) & (a["tahun"] == f["tahun"]) & (a["periode"] == f["periode"])
        ]
        if parent.empty:
            continue
        yield finding_at(
            PERINGATAN, parent.iloc[0], "anggaran", str(f["column"]), letters, f["value"],
            f"jumlah {f['column']} di bawahnya: {angka(f['children_sum'])} (periode {f['periode']})",
            str(f["message"]).rstrip("."),
        )  # fmt: skip


def _rkt_against_dpa(view: UnitView, letters: Letters) -> Iterator[Finding]:
    a = view["anggaran"]
    plan = a[(a["dokumen"] == "RKT") & a["pagu"].notna()]
    if plan.empty:
        return
    dpa = ang.sum_by_kode(
        _dpa(view)[
            [
                "tahun",
                "periode",
                "dokumen",
                "kode",
                "kode_induk",
                "tingkat",
                "uraian",
                "pagu",
                "realisasi",
            ]
        ]
    )
    by_key = {
        (r["tahun"], r["kode"]): r["pagu"] for _, r in dpa.iterrows() if r["periode"] == "Tahunan"
    }
    for _, r in plan.iterrows():
        pagu = by_key.get((r["tahun"], r["kode"]))
        if pagu is not None and not np.isnan(pagu) and abs(pagu - r["pagu"]) >= 0.5:
            yield finding_at(
                PERINGATAN, r, "anggaran", "pagu", letters, r["pagu"],
                f"pagu DPA {angka(pagu)} untuk kode {r['kode']}",
                f"pagu RKT berbeda dengan pagu DPA (selisih {angka(r['pagu'] - pagu)})",
            )  # fmt: skip


def _stated_efisiensi(view: UnitView, letters: Letters) -> Iterator[Finding]:
    stated = view.unit.get("efisiensi_laporan")
    if stated is None or pd.isna(stated):
        return
    outputs = efisiensi_outputs(view)
    capped = efisiensi(outputs, cap_capaian=True) if not outputs.empty else None
    uncapped = efisiensi(outputs, cap_capaian=False) if not outputs.empty else None
    if any(v is not None and abs(v - stated) < TOLERANCE for v in (capped, uncapped)):
        return
    yield finding_at(
        PERINGATAN, view.unit, "unit", "efisiensi_laporan", letters, stated,
        f"rumus PMK 214/PMK.02/2017 atas {len(outputs)} keluaran: {persen(capped)} (capaian keluaran dibatasi 100%) "
        f"atau {persen(uncapped)} (tanpa batas)",
        "efisiensi tertulis di laporan tidak dapat direproduksi dari data anggaran dan capaian keluaran",
    )  # fmt: skip


def _ikm_mean(view: UnitView, letters: Letters) -> Iterator[Finding]:
    ikm = view["ikm"]
    if ikm.empty:
        return
    for (tahun, periode, lingkup), group in ikm.groupby(["tahun", "periode", "lingkup"], sort=True):
        parts = group[group["unsur"].isin(UNSUR_SKM)]
        total = group[group["unsur"] == "IKM"]
        if len(parts) != len(UNSUR_SKM) or total.empty:
            continue
        mean = float(parts["nilai"].mean())
        r = total.iloc[0]
        if abs(mean - r["nilai"]) >= TOLERANCE:
            yield finding_at(
                PERINGATAN, r, "ikm", "nilai", letters, r["nilai"],
                f"rata-rata sembilan unsur = {angka(mean, 2)} (bobot 1/9 tiap unsur)",
                f"IKM {lingkup} {periode} {tahun} berbeda dengan rata-rata nilai per unsur",
            )  # fmt: skip


def _quarter_targets(view: UnitView, letters: Letters) -> Iterator[Finding]:
    t = view["target"].copy()
    if t.empty:
        return
    t["nilai"] = combined_value(t)
    agregasi = view["indikator"].set_index("kode_indikator")["agregasi"]
    t = t[t["kode_indikator"].map(agregasi) != "kumulatif"]
    yearly = t[t["periode"] == "Tahunan"].set_index(["kode_indikator", "tahun", "dokumen"])["nilai"]
    for _, r in t[t["periode"] == "TW IV"].iterrows():
        year_value = yearly.get((r["kode_indikator"], r["tahun"], r["dokumen"]))
        if year_value is not None and r["nilai"] is not None and year_value != r["nilai"]:
            yield finding_at(
                PERINGATAN, r, "target", "nilai", letters, r["nilai"],
                f"target tahunan {nilai(year_value)} ({r['dokumen']} {r['tahun']}), karena indikator tidak kumulatif",
                f"target TW IV berbeda dengan target tahunan untuk indikator {r['kode_indikator']}",
            )  # fmt: skip
