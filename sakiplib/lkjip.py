"""The tables of a LKjIP's Bab III, computed from one unit's ingested data.

Each ``tabel_*`` function takes a :class:`~sakiplib.dataset.UnitView` and
returns a DataFrame with Indonesian column headers and real numbers (not text);
:func:`tampilkan` formats one for reading (id-ID numbers) and
:func:`sakiplib.excel.write_lkjip` writes them all to a workbook.

Choices where the regulations are silent (also in README.md):

* the measuring target of a year is chosen by document priority PK Perubahan >
  PK > RKT > Renstra (:func:`sakiplib.kinerja.select_target`);
* a yearly realisasi is the "Tahunan" row when there is one, otherwise it is
  derived from the quarters by the indicator's agregasi;
* Tabel 3.1 lists the indicators of strategis nodes (tujuan, sasaran, outcome,
  CSF) that have a realisasi in the year;
* a program, kegiatan or sub kegiatan with several indicators gets the mean of
  their capaian;
* analisis keberhasilan: an output "menunjang" its sasaran when its capaian is
  at least 100%; the mean is the plain mean over the programs and kegiatan
  listed (seed 004 Tabel 3.8: 123,81%);
* efisiensi uses the deepest budget level whose rows have a capaian keluaran
  (kegiatan in seed 004, sub kegiatan in seed 003), CK capped at 100% by
  default, uncapped shown beside it.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from sakiplib import anggaran as ang
from sakiplib.dataset import UnitView, combined_value
from sakiplib.efisiensi import efisiensi, nilai_efisiensi
from sakiplib.fmt import angka, nilai, persen
from sakiplib.ikm import ikm_from_skm, kinerja, mutu
from sakiplib.kategori import kategori_series
from sakiplib.kinerja import aggregate_quarters, capaian_frame, select_target, tingkat_kemajuan
from sakiplib.schema import TINGKAT_RANK, UNSUR_NAMES, UNSUR_SKM

BUDGET_LEVELS = ("program", "kegiatan", "subkegiatan")


def _natural_key(code: object) -> tuple:
    """Sort "1.10" after "1.9" and "II" after "I".

    >>> sorted(["1.10", "1.9", "1"], key=_natural_key)
    ['1', '1.9', '1.10']
    """
    roman = {
        "I": 1,
        "II": 2,
        "III": 3,
        "IV": 4,
        "V": 5,
        "VI": 6,
        "VII": 7,
        "VIII": 8,
        "IX": 9,
        "X": 10,
    }
    parts = re.split(r"[.\-/]", str(code))
    return tuple(
        (0, roman[p], "") if p in roman else (0, int(p), "") if p.isdigit() else (1, 0, p)
        for p in parts
    )


def natural_order(codes: pd.Series) -> np.ndarray:
    """Position of each code in natural order (computed once per distinct code)."""
    ordered = sorted(codes.dropna().unique(), key=_natural_key)
    return pd.Categorical(codes, categories=ordered, ordered=True).codes


def yearly_realisasi(view: UnitView) -> pd.DataFrame:
    """Yearly realisasi per indicator: the Tahunan row, else derived from quarters."""
    real = view["realisasi"].copy()
    real["nilai"] = combined_value(real)
    yearly = real[real["periode"] == "Tahunan"]
    quarters = real[(real["periode"] != "Tahunan") & real["nilai"].notna()]
    have = pd.MultiIndex.from_frame(yearly[["kode_indikator", "tahun"]])
    missing = quarters[~pd.MultiIndex.from_frame(quarters[["kode_indikator", "tahun"]]).isin(have)]
    if missing.empty:
        return yearly.reset_index(drop=True)
    derived = aggregate_quarters(
        missing[["kode_indikator", "tahun", "periode", "nilai"]],
        view["indikator"][["kode_indikator", "agregasi"]],
    )
    derived["periode"] = "Tahunan"
    return pd.concat([yearly, derived], ignore_index=True)


def measurement(view: UnitView) -> pd.DataFrame:
    """Per indicator and year: target, realisasi, capaian, kategori, and what the report stated."""
    ind = view["indikator"]
    nodes = view["pohon"][["kode_node", "uraian", "tingkat", "jenis_kinerja"]].rename(
        columns={"uraian": "node"}
    )
    target = view["target"].copy()
    target["nilai"] = combined_value(target)
    target = select_target(target[target["periode"] == "Tahunan"])
    target = target[["kode_indikator", "tahun", "nilai", "nilai_atas", "dokumen"]].rename(
        columns={"nilai": "target", "nilai_atas": "target_atas", "dokumen": "dokumen_target"}
    )
    real = yearly_realisasi(view)
    keep = [
        "kode_indikator",
        "tahun",
        "nilai",
        "capaian_laporan",
        "kategori_laporan",
        "sumber_file",
        "sumber_sheet",
        "sumber_baris",
    ]
    real = real[[c for c in keep if c in real.columns]].rename(columns={"nilai": "realisasi"})
    merged = target.merge(real, on=["kode_indikator", "tahun"], how="outer")
    info = ind[["kode_indikator", "kode_node", "uraian", "satuan", "polaritas", "iku"]].rename(
        columns={"uraian": "indikator"}
    )
    merged = merged.merge(info, on="kode_indikator", how="left").merge(
        nodes, on="kode_node", how="left"
    )
    merged["target_atas"] = pd.to_numeric(merged["target_atas"], errors="coerce")
    merged = capaian_frame(merged)
    merged["kategori"] = kategori_series(merged["capaian"], view.scale).astype(object)
    merged["kategori"] = merged["kategori"].where(merged["capaian"].notna(), None)
    merged["rank"] = merged["tingkat"].map(TINGKAT_RANK)
    merged["_order"] = natural_order(merged["kode_indikator"])
    merged = merged.sort_values(["tahun", "rank", "_order"], kind="stable")
    return merged.drop(columns=["_order"]).reset_index(drop=True)


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and np.isnan(value))


def _strategis(m: pd.DataFrame, tahun: int) -> pd.DataFrame:
    return m[(m["tahun"] == tahun) & (m["jenis_kinerja"] == "strategis") & m["realisasi"].notna()]


def tabel_pengukuran(view: UnitView, tahun: int | None = None) -> pd.DataFrame:
    """Tabel 3.1/3.2: pengukuran capaian kinerja of the strategic indicators."""
    tahun = tahun or view.tahun
    m = _strategis(measurement(view), tahun)
    return pd.DataFrame(
        {
            "Tingkat": m["tingkat"].str.capitalize(),
            "Sasaran/Tujuan": m["node"],
            "Indikator": m["indikator"],
            "Satuan": m["satuan"],
            "Target": m["target"],
            "Realisasi": m["realisasi"],
            "Capaian (%)": m["capaian"],
            "Kategori": m["kategori"],
        }
    ).reset_index(drop=True)


def _renstra_end(view: UnitView) -> pd.DataFrame:
    t = view["target"].copy()
    t["nilai"] = combined_value(t)
    r = t[(t["dokumen"] == "Renstra") & (t["periode"] == "Tahunan") & t["nilai"].notna()]
    last = r.sort_values("tahun").groupby("kode_indikator").tail(1)
    return last[["kode_indikator", "tahun", "nilai"]].rename(
        columns={"tahun": "tahun_akhir", "nilai": "target_akhir"}
    )


def tabel_kemajuan(view: UnitView, tahun: int | None = None) -> pd.DataFrame:
    """Tabel 3.4: realisasi against the last Renstra target (tingkat kemajuan)."""
    tahun = tahun or view.tahun
    m = measurement(view)
    now = _strategis(m, tahun)
    before = m[m["tahun"] == tahun - 1][["kode_indikator", "realisasi"]].rename(
        columns={"realisasi": "lalu"}
    )
    t = now.merge(before, on="kode_indikator", how="left").merge(
        _renstra_end(view), on="kode_indikator", how="left"
    )
    kemajuan = [
        tingkat_kemajuan(r, a, p) if _present(r) and _present(a) else None
        for r, a, p in zip(t["realisasi"], t["target_akhir"], t["polaritas"], strict=True)
    ]
    return pd.DataFrame(
        {
            "Indikator": t["indikator"],
            f"Realisasi {tahun - 1}": t["lalu"],
            f"Target {tahun}": t["target"],
            f"Realisasi {tahun}": t["realisasi"],
            "Capaian (%)": t["capaian"],
            "Target Akhir Renstra": t["target_akhir"],
            "Tahun Akhir Renstra": t["tahun_akhir"],
            "Tingkat Kemajuan (%)": pd.to_numeric(
                pd.Series(kemajuan, dtype=object), errors="coerce"
            ),
        }
    )


def tabel_perbandingan(view: UnitView) -> pd.DataFrame:
    """Tabel 3.5: target, realisasi and capaian of the strategic indicators over the years."""
    m = measurement(view)
    m = m[(m["jenis_kinerja"] == "strategis") & (m["realisasi"].notna() | m["target"].notna())]
    m = m[m["tahun"] <= view.tahun]
    years = sorted(int(y) for y in m.loc[m["realisasi"].notna(), "tahun"].unique())
    base = m.drop_duplicates("kode_indikator")[["kode_indikator", "tingkat", "node", "indikator"]]
    out = pd.DataFrame(
        {
            "Tingkat": base["tingkat"].str.capitalize(),
            "Sasaran/Tujuan": base["node"],
            "Indikator": base["indikator"],
        }
    )
    keyed = m.set_index(["kode_indikator", "tahun"])
    for year in years:
        for col, label in (
            ("target", "Target {}"),
            ("realisasi", "Realisasi {}"),
            ("capaian", "Capaian {} (%)"),
        ):
            out[label.format(year)] = [
                keyed[col].get((k, year), np.nan) for k in base["kode_indikator"]
            ]
    out = out.dropna(axis=1, how="all")
    return out.reset_index(drop=True)


def _budget_rows(view: UnitView, tahun: int) -> pd.DataFrame:
    a = view["anggaran"]
    a = a[(a["dokumen"] == "DPA") & (a["periode"] == "Tahunan") & (a["tahun"] == tahun)]
    if a.empty:
        return a
    rows = ang.sum_by_kode(a.drop(columns=["kode_unit"], errors="ignore"))
    rows["_order"] = natural_order(rows["kode"])
    return rows.sort_values("_order", kind="stable").drop(columns="_order").reset_index(drop=True)


def _node_outputs(view: UnitView, tahun: int) -> pd.DataFrame:
    """Per tree node: its indicators (text), and target, realisasi, mean capaian in ``tahun``."""
    m = measurement(view)
    m = m[m["tahun"] == tahun]
    grouped = m.groupby("kode_node", sort=False)
    out = pd.DataFrame(
        {
            "indikator": grouped["indikator"].agg(
                lambda s: "; ".join(dict.fromkeys(str(x) for x in s))
            ),
            "n": grouped.size(),
            "target": grouped["target"].first(),
            "realisasi": grouped["realisasi"].first(),
            "capaian": grouped["capaian"].mean(),
        }
    )
    single = out["n"] == 1
    out.loc[~single, ["target", "realisasi"]] = None
    return out.reset_index()


def tabel_anggaran(view: UnitView, tahun: int | None = None) -> pd.DataFrame:
    """Tabel 3.7: realisasi anggaran per program, kegiatan and sub kegiatan, with their outputs."""
    tahun = tahun or view.tahun
    rows = _budget_rows(view, tahun)
    columns = ["Kode", "Tingkat", "Program/Kegiatan", "Indikator Kinerja", "Target", "Realisasi",
               "Capaian Kinerja (%)", "Pagu (Rp)", "Realisasi (Rp)", "Capaian Anggaran (%)"]  # fmt: skip
    if rows.empty:
        return pd.DataFrame(columns=columns)
    outputs = _node_outputs(view, tahun).rename(
        columns={"target": "keluaran_target", "realisasi": "keluaran_realisasi"}
    )
    rows = rows.merge(outputs, on="kode_node", how="left")
    rows = ang.capaian_anggaran(rows)
    table = pd.DataFrame(
        {
            "Kode": rows["kode"],
            "Tingkat": rows["tingkat"].map(
                {"program": "Program", "kegiatan": "Kegiatan", "subkegiatan": "Sub Kegiatan"}
            ),
            "Program/Kegiatan": rows["uraian"],
            "Indikator Kinerja": rows["indikator"],
            "Target": rows["keluaran_target"],
            "Realisasi": rows["keluaran_realisasi"],
            "Capaian Kinerja (%)": rows["capaian"],
            "Pagu (Rp)": rows["pagu"],
            "Realisasi (Rp)": rows["realisasi"],
            "Capaian Anggaran (%)": rows["capaian_anggaran"],
        }
    )
    top = (
        rows["tingkat"] == "program"
        if (rows["tingkat"] == "program").any()
        else rows["kode_induk"].isna()
    )
    pagu, real = table.loc[top, "Pagu (Rp)"].sum(), table.loc[top, "Realisasi (Rp)"].sum()
    total = {c: None for c in columns} | {
        "Program/Kegiatan": "JUMLAH",
        "Pagu (Rp)": pagu,
        "Realisasi (Rp)": real,
        "Capaian Anggaran (%)": real / pagu * 100 if pagu else None,
    }
    return pd.concat([table, pd.DataFrame([total])], ignore_index=True)


def tabel_keberhasilan(view: UnitView, tahun: int | None = None) -> pd.DataFrame:
    """Tabel 3.8: each program and kegiatan with its capaian, menunjang or not, and the mean."""
    t = tabel_anggaran(view, tahun)
    t = t[t["Tingkat"].isin(["Program", "Kegiatan"]) & t["Capaian Kinerja (%)"].notna()]
    table = pd.DataFrame(
        {
            "Tingkat": t["Tingkat"],
            "Program/Kegiatan": t["Program/Kegiatan"],
            "Indikator Kinerja": t["Indikator Kinerja"],
            "Capaian (%)": t["Capaian Kinerja (%)"],
            "Menunjang/Tidak Menunjang": np.where(
                t["Capaian Kinerja (%)"] >= 100, "Menunjang", "Tidak Menunjang"
            ),
        }
    )
    if table.empty:
        return table
    mean = {"Tingkat": None, "Program/Kegiatan": "Rata-rata", "Indikator Kinerja": None,
            "Capaian (%)": table["Capaian (%)"].mean(), "Menunjang/Tidak Menunjang": None}  # fmt: skip
    return pd.concat([table, pd.DataFrame([mean])], ignore_index=True)


def efisiensi_outputs(view: UnitView, tahun: int | None = None) -> pd.DataFrame:
    """The output rows efisiensi is computed over: the deepest budget level with capaian."""
    t = tabel_anggaran(view, tahun)
    t = t[t["Tingkat"].notna()]
    for level in ("Sub Kegiatan", "Kegiatan", "Program"):
        rows = t[(t["Tingkat"] == level) & t["Capaian Kinerja (%)"].notna()]
        if not rows.empty:
            return pd.DataFrame(
                {
                    "tingkat": level,
                    "uraian": rows["Program/Kegiatan"],
                    "pagu": rows["Pagu (Rp)"].astype(float),
                    "realisasi": rows["Realisasi (Rp)"].astype(float),
                    "capaian": rows["Capaian Kinerja (%)"].astype(float),
                }
            ).reset_index(drop=True)
    return pd.DataFrame(columns=["tingkat", "uraian", "pagu", "realisasi", "capaian"])


def tabel_efisiensi(view: UnitView, tahun: int | None = None) -> pd.DataFrame:
    """Tabel 3.9: efisiensi anggaran per PMK 214/PMK.02/2017, capped and uncapped."""
    tahun = tahun or view.tahun
    outputs = efisiensi_outputs(view, tahun)
    e_capped = efisiensi(outputs, cap_capaian=True) if not outputs.empty else None
    e_uncapped = efisiensi(outputs, cap_capaian=False) if not outputs.empty else None
    budget = tabel_anggaran(view, tahun)
    total = budget[budget["Program/Kegiatan"] == "JUMLAH"]
    stated = view.unit.get("efisiensi_laporan")
    row = {
        "Tingkat Keluaran": outputs["tingkat"].iloc[0] if not outputs.empty else None,
        "Jumlah Keluaran": len(outputs),
        "Pagu (Rp)": total["Pagu (Rp)"].iloc[0] if not total.empty else None,
        "Realisasi (Rp)": total["Realisasi (Rp)"].iloc[0] if not total.empty else None,
        "Capaian Anggaran (%)": total["Capaian Anggaran (%)"].iloc[0] if not total.empty else None,
        "Efisiensi (%)": e_capped,
        "Nilai Efisiensi (%)": nilai_efisiensi(e_capped) if e_capped is not None else None,
        "Efisiensi tanpa batas capaian (%)": e_uncapped,
        "Efisiensi tertulis di laporan (%)": stated
        if stated is not None and pd.notna(stated)
        else None,
    }
    return pd.DataFrame([row])


def tabel_belanja(view: UnitView, tahun: int | None = None) -> pd.DataFrame:
    """Proporsi belanja operasi and modal (seed 003: 95,36% and 4,64%)."""
    tahun = tahun or view.tahun
    a = view["anggaran"]
    a = a[(a["dokumen"] == "DPA") & (a["periode"] == "Tahunan") & (a["tahun"] == tahun)]
    if a.empty:
        return pd.DataFrame(
            columns=["Jenis Belanja", "Pagu (Rp)", "Realisasi (Rp)", "Proporsi Pagu (%)"]
        )
    shares = ang.belanja_shares(a.drop(columns=["kode_unit"], errors="ignore"))
    return pd.DataFrame(
        {
            "Jenis Belanja": "Belanja " + shares["jenis_belanja"].astype(str).str.capitalize(),
            "Pagu (Rp)": shares["pagu"],
            "Realisasi (Rp)": shares["realisasi"],
            "Proporsi Pagu (%)": shares["share_pagu"],
        }
    ).reset_index(drop=True)


def ikm_unit(view: UnitView) -> pd.DataFrame:
    """The unit's IKM per year and periode, per unsur: from raw SKM answers, else the IKM sheet.

    Long form: tahun, periode, lingkup, unsur (U1..U9, IKM), nilai.
    """
    rows = []
    skm = view["skm"]
    if not skm.empty:
        for by, periode in ((("tahun", "triwulan"), None), (("tahun",), "Tahunan")):
            wide = ikm_from_skm(skm, by=by)
            for _, r in wide.iterrows():
                p = periode or r["triwulan"]
                for u in (*UNSUR_SKM, "ikm"):
                    rows.append({"tahun": int(r["tahun"]), "periode": p, "lingkup": "unit",
                                 "unsur": "IKM" if u == "ikm" else u, "nilai": float(r[u])})  # fmt: skip
    ikm = view["ikm"]
    given = ikm[["tahun", "periode", "lingkup", "unsur", "nilai"]] if not ikm.empty else None
    computed = pd.DataFrame(rows, columns=["tahun", "periode", "lingkup", "unsur", "nilai"])
    if given is None:
        return computed
    have = set(
        zip(
            computed["tahun"],
            computed["periode"],
            computed["lingkup"],
            computed["unsur"],
            strict=True,
        )
    )
    extra = given[
        [
            k not in have
            for k in zip(
                given["tahun"], given["periode"], given["lingkup"], given["unsur"], strict=True
            )
        ]
    ]
    return pd.concat([computed, extra], ignore_index=True)


def _ikm_values(view: UnitView, kabupaten_ikm: pd.DataFrame | None) -> pd.DataFrame:
    """The unit's IKM values, with the kabupaten's appended when given."""
    own = ikm_unit(view)
    return own if kabupaten_ikm is None else pd.concat([own, kabupaten_ikm], ignore_index=True)


def tabel_ikm_unsur(
    view: UnitView, kabupaten_ikm: pd.DataFrame | None = None, tahun: int | None = None
) -> pd.DataFrame:
    """Tabel 3.6: IKM per unsur of the unit beside the kabupaten's, with mutu and kinerja."""
    tahun = tahun or view.tahun
    values = _ikm_values(view, kabupaten_ikm)
    v = values[(values["tahun"] == tahun) & (values["periode"] == "Tahunan")]
    unit = v[v["lingkup"] == "unit"].drop_duplicates("unsur").set_index("unsur")["nilai"]
    kab = v[v["lingkup"] == "kabupaten"].drop_duplicates("unsur").set_index("unsur")["nilai"]
    unsur = [u for u in (*UNSUR_SKM, "IKM") if u in unit.index or u in kab.index]
    return pd.DataFrame(
        {
            "Unsur": [UNSUR_NAMES.get(u, "IKM (gabungan)") for u in unsur],
            "Nilai Unit": [unit.get(u, np.nan) for u in unsur],
            "Mutu Unit": [mutu(unit.get(u)) for u in unsur],
            "Kinerja Unit": [kinerja(unit.get(u)) for u in unsur],
            "Nilai Kabupaten": [kab.get(u, np.nan) for u in unsur],
            "Kinerja Kabupaten": [kinerja(kab.get(u)) for u in unsur],
        }
    )


def tabel_ikm_triwulan(
    view: UnitView, kabupaten_ikm: pd.DataFrame | None = None, tahun: int | None = None
) -> pd.DataFrame:
    """IKM per triwulan, the unit against the kabupaten and the target (seed 004 Grafik 3.2)."""
    tahun = tahun or view.tahun
    values = _ikm_values(view, kabupaten_ikm)
    v = values[(values["tahun"] == tahun) & (values["unsur"] == "IKM")]
    periods = [p for p in ("TW I", "TW II", "TW III", "TW IV", "Tahunan") if p in set(v["periode"])]
    unit = v[v["lingkup"] == "unit"].drop_duplicates("periode").set_index("periode")["nilai"]
    kab = v[v["lingkup"] == "kabupaten"].drop_duplicates("periode").set_index("periode")["nilai"]
    return pd.DataFrame(
        {
            "Periode": periods,
            "IKM Unit": [unit.get(p, np.nan) for p in periods],
            "Mutu": [mutu(unit.get(p)) for p in periods],
            "IKM Kabupaten": [kab.get(p, np.nan) for p in periods],
        }
    )


def kabupaten_ikm(tables: dict[str, pd.DataFrame], kabupaten: str) -> pd.DataFrame:
    """The kabupaten-wide IKM values recorded by any unit of ``kabupaten`` (lingkup kabupaten)."""
    unit = tables["unit"]
    codes = set(unit.loc[unit["kabupaten"] == kabupaten, "kode_unit"])
    ikm = tables.get("ikm")
    if ikm is None or ikm.empty:
        return pd.DataFrame(columns=["tahun", "periode", "lingkup", "unsur", "nilai"])
    k = ikm[ikm["kode_unit"].isin(codes) & (ikm["lingkup"] == "kabupaten")]
    return k[["tahun", "periode", "lingkup", "unsur", "nilai"]].drop_duplicates(
        ["tahun", "periode", "unsur"]
    )


# --------------------------------------------------------------------------- display

RUPIAH = re.compile(r"\(Rp\)$")
PERSEN = re.compile(r"\(%\)$")


def column_kind(name: str) -> str:
    """How a table column is shown: rupiah, persen, nilai or teks.

    >>> column_kind("Pagu (Rp)"), column_kind("Capaian 2024 (%)"), column_kind("Target 2024")
    ('rupiah', 'persen', 'nilai')
    >>> column_kind("Tahun Akhir Renstra"), column_kind("Indikator")
    ('tahun', 'teks')
    """
    if RUPIAH.search(name):
        return "rupiah"
    if PERSEN.search(name):
        return "persen"
    if name.startswith("Tahun"):
        return "tahun"
    if name.split(" ")[0] in ("Target", "Realisasi", "Nilai", "IKM", "Jumlah"):
        return "nilai"
    return "teks"


def tampilkan(table: pd.DataFrame) -> pd.DataFrame:
    """The table with every number as id-ID text (3.457.463.874; 91,06%), for reading.

    >>> t = pd.DataFrame({"Uraian": ["A"], "Pagu (Rp)": [3457463874.0], "Capaian (%)": [91.0612]})
    >>> tampilkan(t).iloc[0].tolist()
    ['A', '3.457.463.874', '91,06%']
    """
    out = {}
    for name in table.columns:
        kind = column_kind(str(name))
        col = table[name]
        if kind == "rupiah":
            out[name] = [angka(v) if pd.notna(v) else "-" for v in col]
        elif kind == "persen":
            out[name] = [persen(float(v)) if pd.notna(v) else "-" for v in col]
        elif kind == "nilai":
            out[name] = [nilai(v) for v in col]
        elif kind == "tahun":
            out[name] = [str(int(v)) if pd.notna(v) else "-" for v in col]
        else:
            out[name] = [
                "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in col
            ]
    return pd.DataFrame(out, index=table.index)


def semua_tabel(
    view: UnitView, kabupaten_values: pd.DataFrame | None = None
) -> dict[str, pd.DataFrame]:
    """Every Bab III table of the unit, keyed by its sheet title."""
    return {
        "Tabel 3.1 Pengukuran": tabel_pengukuran(view),
        "Tabel 3.4 Kemajuan": tabel_kemajuan(view),
        "Tabel 3.5 Perbandingan": tabel_perbandingan(view),
        "Tabel 3.6 IKM per Unsur": tabel_ikm_unsur(view, kabupaten_values),
        "IKM per Triwulan": tabel_ikm_triwulan(view, kabupaten_values),
        "Tabel 3.7 Anggaran": tabel_anggaran(view),
        "Tabel 3.8 Keberhasilan": tabel_keberhasilan(view),
        "Tabel 3.9 Efisiensi": tabel_efisiensi(view),
        "Proporsi Belanja": tabel_belanja(view),
    }


def ringkasan(view: UnitView, tables: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """The headline of a unit: who, which scale, capaian per sasaran, IKM, realisasi anggaran."""
    tables = tables or semua_tabel(view)
    rows: list[tuple[str, object]] = [
        ("Unit", view.nama),
        ("Kode unit", view.kode_unit),
        ("Kabupaten", view.kabupaten),
        ("Tahun", view.tahun),
        ("Skala kategori", f"{view.scale.name}: {view.scale.judul}".strip(": ")),
    ]
    for _, r in tables["Tabel 3.1 Pengukuran"].iterrows():
        rows.append(
            (f"Capaian {r['Tingkat'].lower()}: {r['Indikator']}",
             f"{persen(r['Capaian (%)'])} ({r['Kategori']})" if pd.notna(r["Capaian (%)"]) else "-")
        )  # fmt: skip
    ikm = tables["IKM per Triwulan"]
    yearly = ikm[ikm["Periode"] == "Tahunan"]
    if not yearly.empty and pd.notna(yearly["IKM Unit"].iloc[0]):
        rows.append(
            (
                "IKM tahunan",
                f"{angka(yearly['IKM Unit'].iloc[0], 2)} (mutu {yearly['Mutu'].iloc[0]})",
            )
        )
    budget = tables["Tabel 3.7 Anggaran"]
    total = budget[budget["Program/Kegiatan"] == "JUMLAH"]
    if not total.empty:
        t = total.iloc[0]
        rows.append(("Pagu anggaran (Rp)", angka(t["Pagu (Rp)"])))
        rows.append(("Realisasi anggaran (Rp)", angka(t["Realisasi (Rp)"])))
        rows.append(("Realisasi anggaran (%)", persen(t["Capaian Anggaran (%)"])))
    return pd.DataFrame(rows, columns=["Keterangan", "Nilai"])
