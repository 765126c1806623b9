"""What the notebooks show: one call per section, so notebooks stay a parameters cell and markdown.

Every text taken from a spreadsheet is HTML-escaped before it reaches a page.

>>> headline_html([{"label": "<b>IKM</b>", "value": "90,40", "note": "mutu A", "kategori": "Baik Sekali"}])[:25]
'<div class="sakip-cards">'
>>> "&lt;b&gt;IKM&lt;/b&gt;" in headline_html([{"label": "<b>IKM</b>", "value": "1", "note": "", "kategori": None}])
True
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from sakiplib import lkjip
from sakiplib.dataset import UnitView, kabupaten_tables, resolve_unit, unit_view
from sakiplib.fmt import angka, nilai, persen
from sakiplib.ingest import load_tables

CSS = """
<style>
.sakip-cards{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 16px}
.sakip-card{border:1px solid #c8c8c8;border-left:8px solid #555;border-radius:6px;padding:10px 14px;min-width:220px;max-width:360px;background:#fff}
.sakip-card .label{font-size:13px;color:#333}
.sakip-card .value{font-size:28px;font-weight:700;color:#111}
.sakip-card .note{font-size:13px;color:#333}
.sakip-card .kategori{display:inline-block;margin-top:4px;padding:2px 8px;border-radius:10px;font-weight:700;font-size:13px;color:#111}
.sakip-meta{color:#333;font-size:14px}
.sakip-table{border-collapse:collapse;font-size:13px}
.sakip-table th{background:#1f4e78;color:#fff;padding:4px 8px;text-align:left}
.sakip-table td{border-bottom:1px solid #ddd;padding:3px 8px;vertical-align:top}
.sakip-table td.num{text-align:right;white-space:nowrap}
</style>
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def headline_html(
    cards: Sequence[Mapping[str, object]],
    colors: Mapping[str, str] | None = None,
    text_colors: Mapping[str, str] | None = None,
) -> str:
    """Headline cards: label, big value, a note and a kategori badge (text contrasting with its colour)."""
    colors = colors or {}
    text_colors = text_colors or {}
    parts = ['<div class="sakip-cards">']
    for card in cards:
        kategori = card.get("kategori")
        color = colors.get(str(kategori), "#bdbdbd") if kategori else "#bdbdbd"
        badge = (
            f'<div class="kategori" style="background:{_e(color)};color:{_e(text_colors.get(str(kategori), "#111"))}">'
            f"{_e(kategori)}</div>"
            if kategori
            else ""
        )
        parts.append(
            f'<div class="sakip-card" style="border-left-color:{_e(color)}">'
            f'<div class="label">{_e(card["label"])}</div>'
            f'<div class="value">{_e(card["value"])}</div>'
            f'<div class="note">{_e(card.get("note", ""))}</div>{badge}</div>'
        )
    parts.append("</div>")
    return "".join(parts)


def table_html(table: pd.DataFrame) -> str:
    """A Bab III table as escaped HTML with id-ID numbers (numbers right-aligned)."""
    shown = lkjip.tampilkan(table)
    kinds = [lkjip.column_kind(str(c)) for c in table.columns]
    head = "".join(f"<th>{_e(c)}</th>" for c in shown.columns)
    rows = []
    for record in shown.itertuples(index=False, name=None):
        cells = "".join(
            f'<td class="num">{_e(v)}</td>'
            if k in ("rupiah", "persen", "nilai")
            else f"<td>{_e(v)}</td>"
            for v, k in zip(record, kinds, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>")
    return f'<table class="sakip-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _stated(value: object) -> str:
    return f"{nilai(float(value))}%" if value is not None and pd.notna(value) else ""


@dataclass
class UnitReport:
    """One unit's data and the sections of its dashboard."""

    view: UnitView
    tables: Mapping[str, pd.DataFrame]
    kabupaten_ikm: pd.DataFrame
    lkjip_tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lkjip_tables = lkjip.semua_tabel(self.view, self.kabupaten_ikm)

    # ------------------------------------------------------------------ figures
    def headline_cards(self) -> list[dict[str, object]]:
        """Capaian per sasaran with kategori, IKM with mutu, realisasi anggaran %."""
        cards: list[dict[str, object]] = []
        measured = lkjip.measurement(self.view)
        measured = measured[
            (measured["tahun"] == self.view.tahun) & (measured["jenis_kinerja"] == "strategis")
        ]
        for _, r in measured[measured["capaian"].notna()].iterrows():
            note = f"target {nilai(r['target'])}, realisasi {nilai(r['realisasi'])}"
            stated = _stated(r.get("capaian_laporan"))
            if stated:
                note += f"; tertulis di laporan: {stated}"
                if isinstance(r.get("kategori_laporan"), str):
                    note += f" ({r['kategori_laporan']})"
            cards.append(
                {
                    "label": f"Capaian {str(r['tingkat']).lower()}: {r['indikator']}",
                    "value": persen(r["capaian"]),
                    "note": note,
                    "kategori": r["kategori"],
                }
            )
        ikm = self.lkjip_tables["IKM per Triwulan"]
        yearly = ikm[ikm["Periode"] == "Tahunan"]
        if not yearly.empty and pd.notna(yearly["IKM Unit"].iloc[0]):
            value = float(yearly["IKM Unit"].iloc[0])
            kab = yearly["IKM Kabupaten"].iloc[0]
            note = f"mutu {yearly['Mutu'].iloc[0]}"
            if pd.notna(kab):
                note += f"; kabupaten {angka(float(kab), 2)}"
            cards.append(
                {
                    "label": f"IKM {self.view.tahun}",
                    "value": angka(value, 2),
                    "note": note,
                    "kategori": None,
                }
            )
        total = self.lkjip_tables["Tabel 3.7 Anggaran"]
        total = total[total["Program/Kegiatan"] == "JUMLAH"]
        if not total.empty and pd.notna(total["Capaian Anggaran (%)"].iloc[0]):
            t = total.iloc[0]
            cards.append(
                {
                    "label": "Realisasi anggaran",
                    "value": persen(t["Capaian Anggaran (%)"]),
                    "note": f"Rp {angka(t['Realisasi (Rp)'])} dari pagu Rp {angka(t['Pagu (Rp)'])}",
                    "kategori": None,
                }
            )
        return cards

    def headline(self) -> str:
        """The page's opening: unit, year, scale, then the headline cards."""
        from sakiplib import charts

        scale = self.view.scale
        colors = {label: charts.kategori_color(label, scale) for label in scale.labels}
        text_colors = {label: charts.kategori_text_color(label, scale) for label in scale.labels}
        meta = (
            f'<p class="sakip-meta">{_e(self.view.nama)} &middot; Kabupaten {_e(self.view.kabupaten)} '
            f"&middot; Tahun {self.view.tahun} &middot; skala kategori: {_e(self.view.scale.judul or self.view.scale.name)}</p>"
        )
        return CSS + meta + headline_html(self.headline_cards(), colors, text_colors)

    def show_headline(self) -> None:
        _display_html(self.headline())

    def show_pohon(self) -> None:
        from sakiplib import charts

        charts.show(charts.pohon_figure(self.view))

    def show_pohon_static(self) -> None:
        from sakiplib import charts

        charts.show_matplotlib(charts.pohon_matplotlib(self.view))

    def show_capaian(self) -> None:
        from sakiplib import charts

        t = self.lkjip_tables["Tabel 3.1 Pengukuran"]
        if t.empty:
            _display_html("<p>Belum ada indikator strategis dengan realisasi pada tahun ini.</p>")
            return
        charts.show(charts.capaian_figure(t, scale=self.view.scale))
        _display_html(table_html(t))

    def show_ikm(self) -> None:
        from sakiplib import charts

        quarters = self.lkjip_tables["IKM per Triwulan"]
        if quarters.empty:
            _display_html("<p>Data IKM unit ini tidak tersedia.</p>")
            return
        charts.show(charts.ikm_triwulan_figure(quarters, target=self.ikm_target()))
        unsur = self.lkjip_tables["Tabel 3.6 IKM per Unsur"]
        if not unsur.empty:
            charts.show(charts.ikm_unsur_figure(unsur))
            _display_html(table_html(unsur))
        values = pd.concat([lkjip.ikm_unit(self.view), self.kabupaten_ikm], ignore_index=True)
        if values["tahun"].nunique() > 1:
            charts.show(charts.ikm_tahun_figure(values))

    def ikm_target(self) -> float | None:
        """The year's target of the unit's IKM indicator, if it has one."""
        m = lkjip.measurement(self.view)
        ikm = m[
            (m["tahun"] == self.view.tahun)
            & m["indikator"].str.contains("Kepuasan", case=False, na=False)
        ]
        ikm = ikm[pd.to_numeric(ikm["target"], errors="coerce").notna()]
        return float(ikm["target"].iloc[0]) if not ikm.empty else None

    def show_anggaran(self) -> None:
        from sakiplib import charts

        t = self.lkjip_tables["Tabel 3.7 Anggaran"]
        if t.empty:
            _display_html("<p>Data anggaran unit ini tidak tersedia.</p>")
            return
        charts.show(charts.anggaran_figure(t))
        _display_html(table_html(t))
        for name in ("Proporsi Belanja", "Tabel 3.8 Keberhasilan", "Tabel 3.9 Efisiensi"):
            if not self.lkjip_tables[name].empty:
                _display_html(f"<h4>{_e(name)}</h4>" + table_html(self.lkjip_tables[name]))

    def show_table(self, name: str) -> None:
        _display_html(table_html(self.lkjip_tables[name]))


def _display_html(markup: str) -> None:
    from IPython.display import HTML, display

    display(HTML(markup))


def open_unit(unit: str, tahun: int | None, data_olahan: str | Path) -> UnitReport:
    """Load the processed data and open one unit (kode or unique part of the name)."""
    tables = load_tables(data_olahan)
    kode, year = resolve_unit(tables, unit, tahun)
    view = unit_view(tables, kode, year)
    return UnitReport(view, tables, lkjip.kabupaten_ikm(tables, view.kabupaten))


def kabupaten_summary(
    tables: Mapping[str, pd.DataFrame], kabupaten: str, tahun: int
) -> pd.DataFrame:
    """One row per unit of a kabupaten and year with its headline figures, ranked by IKM."""
    subset = kabupaten_tables(tables, kabupaten, tahun)
    kab_ikm = lkjip.kabupaten_ikm(tables, kabupaten)
    rows = []
    for _, unit in subset["unit"].iterrows():
        view = unit_view(tables, str(unit["kode_unit"]), tahun)
        m = lkjip.measurement(view)
        m = m[(m["tahun"] == tahun) & (m["jenis_kinerja"] == "strategis") & m["capaian"].notna()]
        ikm = lkjip.tabel_ikm_triwulan(view, kab_ikm)
        yearly = ikm[ikm["Periode"] == "Tahunan"]
        budget = lkjip.tabel_anggaran(view)
        total = budget[budget["Program/Kegiatan"] == "JUMLAH"]
        # the main sasaran: a sasaran/outcome indicator before a tujuan or CSF one
        main = m.assign(_main=~m["tingkat"].isin(["sasaran", "outcome"])).sort_values(
            "_main", kind="stable"
        )
        first = main.iloc[0] if not main.empty else None
        rows.append(
            {
                "Kode": unit["kode_unit"],
                "Unit": unit["nama_unit"],
                "Capaian Sasaran Utama (%)": first["capaian"] if first is not None else None,
                "Kategori": first["kategori"] if first is not None else None,
                "Rata-rata Capaian Strategis (%)": m["capaian"].mean() if not m.empty else None,
                "IKM": yearly["IKM Unit"].iloc[0] if not yearly.empty else None,
                "Mutu IKM": yearly["Mutu"].iloc[0] if not yearly.empty else None,
                "Pagu (Rp)": total["Pagu (Rp)"].iloc[0] if not total.empty else None,
                "Realisasi Anggaran (%)": total["Capaian Anggaran (%)"].iloc[0]
                if not total.empty
                else None,
            }
        )
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    out = out.sort_values(
        ["IKM", "Rata-rata Capaian Strategis (%)"], ascending=False, na_position="last"
    )
    out.insert(0, "Peringkat", range(1, len(out) + 1))
    return out.reset_index(drop=True)


@dataclass
class KabupatenReport:
    """All units of a kabupaten and year side by side (the overview page)."""

    kabupaten: str
    tahun: int
    summary: pd.DataFrame

    def show_title(self) -> None:
        n = len(self.summary)
        _display_html(
            CSS
            + f'<p class="sakip-meta">Kabupaten {_e(self.kabupaten)} &middot; Tahun {self.tahun} '
            f"&middot; {n} unit, diurutkan menurut IKM</p>"
        )

    def show_ranking(self) -> None:
        _display_html(table_html(self.summary))

    def show_ikm(self) -> None:
        from sakiplib import charts

        charts.show(
            charts.units_figure(self.summary, "IKM", f"IKM per unit, {self.kabupaten} {self.tahun}")
        )

    def show_capaian(self) -> None:
        from sakiplib import charts

        column = "Rata-rata Capaian Strategis (%)"
        charts.show(
            charts.units_figure(
                self.summary, column, f"Rata-rata capaian indikator strategis, {self.tahun}"
            )
        )

    def show_anggaran(self) -> None:
        from sakiplib import charts

        column = "Realisasi Anggaran (%)"
        charts.show(
            charts.units_figure(self.summary, column, f"Realisasi anggaran per unit, {self.tahun}")
        )


def open_kabupaten(kabupaten: str, tahun: int, data_olahan: str | Path) -> KabupatenReport:
    """Load the processed data and summarise every unit of one kabupaten and year."""
    tables = load_tables(data_olahan)
    return KabupatenReport(kabupaten, tahun, kabupaten_summary(tables, kabupaten, tahun))
