"""Charts built from the sample data: tree layout, colours, escaping, id-ID text, display."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from sakiplib import charts, lkjip
from sakiplib.charts import PALETTE, kategori_color, relative_luminance
from sakiplib.dataset import UnitView, resolve_unit, unit_view
from sakiplib.ingest import ingest, load_tables
from sakiplib.kategori import available_scales, load_scale

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    out = tmp_path_factory.mktemp("olahan")
    result = ingest(RAW, out)
    assert result.ok, [f.format() for f in result.report.errors]
    return load_tables(out)


def view(tables: dict[str, pd.DataFrame], query: str) -> UnitView:
    return unit_view(tables, *resolve_unit(tables, query))


@pytest.fixture(scope="module")
def setda(tables: dict[str, pd.DataFrame]) -> UnitView:
    return view(tables, "sekretariat daerah")


@pytest.fixture(scope="module")
def setda_fig(setda: UnitView) -> go.Figure:
    return charts.pohon_figure(setda)


@pytest.fixture(scope="module")
def bkpsdm_fig(tables: dict[str, pd.DataFrame]) -> go.Figure:
    return charts.pohon_figure(view(tables, "bkpsdm"))


def node_index(fig: go.Figure, kode: str) -> int:
    return list(charts.tree_trace(fig).customdata).index(kode)


def rectangles(trace: go.Scatter) -> list[tuple[float, float, float, float]]:
    """(x0, y0, x1, y1) of the closed polygons of a trace (None-separated)."""
    out, xs, ys = [], [], []
    for x, y in zip(trace.x, trace.y, strict=True):
        if x is None:
            if xs:
                out.append((min(xs), min(ys), max(xs), max(ys)))
            xs, ys = [], []
        else:
            xs.append(x)
            ys.append(y)
    return out


def box_color(fig: go.Figure, kode: str) -> str:
    """The fill colour of the box drawn around node ``kode``."""
    node = charts.tree_trace(fig)
    i = node_index(fig, kode)
    x, y = node.x[i], node.y[i]
    hits = [
        t.fillcolor
        for t in fig.data
        if t.meta == "kotak"
        for (x0, y0, x1, y1) in rectangles(t)
        if x0 < x < x1 and y0 < y < y1
    ]
    assert len(hits) == 1, hits
    return hits[0]


# --------------------------------------------------------------------------- tree


@pytest.mark.parametrize(("query", "expected"), [("sekretariat daerah", 23), ("bkpsdm", 63)])
def test_one_node_per_pohon_row(
    tables: dict[str, pd.DataFrame], setda_fig: go.Figure, bkpsdm_fig: go.Figure, query, expected
) -> None:
    # BKPSDM: ultimate outcome + 2 outcomes + 30 CSF with one condition each = 63 rows
    fig = setda_fig if query.startswith("sekretariat") else bkpsdm_fig
    rows = len(view(tables, query)["pohon"])
    assert rows == expected
    assert len(charts.tree_trace(fig).x) == rows
    boxes = sum(len(rectangles(t)) for t in fig.data if t.meta == "kotak")
    assert boxes == rows
    assert sum(x is None for x in charts.tree_trace(fig, "garis").x) == rows - 1  # one root


def test_long_tree_grows_and_uses_a_smaller_font(
    setda_fig: go.Figure, bkpsdm_fig: go.Figure
) -> None:
    assert charts.tree_layout(pd.DataFrame({"kode_node": ["1"]}))["orientation"].iloc[0] == "tb"
    assert bkpsdm_fig.layout.height > setda_fig.layout.height > 1500
    assert charts.tree_trace(bkpsdm_fig).textfont.size < charts.tree_trace(setda_fig).textfont.size
    xs, ys = charts.tree_trace(bkpsdm_fig).x, charts.tree_trace(bkpsdm_fig).y
    assert (
        bkpsdm_fig.layout.xaxis.range[0] <= min(xs) and max(xs) <= bkpsdm_fig.layout.xaxis.range[1]
    )
    assert (
        bkpsdm_fig.layout.yaxis.range[0] <= min(ys) and max(ys) <= bkpsdm_fig.layout.yaxis.range[1]
    )


def test_node_with_capaian_106_35_is_baik_sekali(setda: UnitView, setda_fig: go.Figure) -> None:
    nodes = charts.pohon_nodes(setda).set_index("kode_node")
    assert round(nodes.loc["S1", "capaian"], 2) == 106.35
    assert nodes.loc["S1", "kategori"] == "Baik Sekali"
    expected = kategori_color("Baik Sekali", "kebumen")
    assert expected == PALETTE.kategori[-1]
    assert nodes.loc["S1", "color"] == expected
    assert box_color(setda_fig, "S1") == expected
    # a node at exactly 100% is Baik, drawn in the next colour down
    assert box_color(setda_fig, "1.01") == kategori_color("Baik", "kebumen") == PALETTE.kategori[-2]


def test_semboro_skm_node_is_cukup_on_the_jember_scale(tables: dict[str, pd.DataFrame]) -> None:
    semboro = view(tables, "semboro")
    assert semboro.scale.name == "jember"
    fig = charts.pohon_figure(semboro)
    text = charts.tree_trace(fig).text[node_index(fig, "S1")]
    assert "71,41% · Cukup" in text
    assert box_color(fig, "S1") == kategori_color("Cukup", "jember")
    assert box_color(fig, "T1") == PALETTE.no_capaian  # no realisasi at the tujuan
    legend = [t.name for t in fig.data if t.meta == "strip"]
    assert legend == [
        "Sangat Baik (> 100%)",
        "Baik (> 75–100%)",
        "Cukup (55–75%)",
        "Kurang (< 55%)",
        "Tanpa capaian",
    ]


def test_crosscutting_node_is_marked(tables: dict[str, pd.DataFrame]) -> None:
    sempor = view(tables, "sempor")
    fig = charts.pohon_figure(sempor)
    node = charts.tree_trace(fig)
    i = node_index(fig, "2.1")
    assert "↔ KBM-BKPSDM" in node.text[i]
    assert "Crosscutting dengan: KBM-BKPSDM" in node.hovertext[i]
    outline = charts.tree_trace(fig, "crosscutting")
    assert outline.line.dash == "dash" and outline.line.width >= 3
    framed = [r for r in rectangles(outline) if r[0] < node.x[i] < r[2] and r[1] < node.y[i] < r[3]]
    assert len(framed) == 1
    assert len(rectangles(outline)) == 2  # 2.1 (BKPSDM) and 3.1 (BAPPEDA)
    assert "↔" not in node.text[node_index(fig, "1.1")]


def test_no_two_nodes_share_a_position(tables: dict[str, pd.DataFrame]) -> None:
    for kode in tables["unit"]["kode_unit"]:
        pohon = tables["pohon"][tables["pohon"]["kode_unit"] == kode]
        layout = charts.tree_layout(pohon)
        assert not layout[["x", "y"]].duplicated().any(), kode
    for query in ("sekretariat daerah", "bkpsdm", "semboro", "sempor", "adimulyo"):
        nodes = charts.pohon_nodes(view(tables, query))
        g = charts._tree_geometry(nodes)
        for a, b in itertools.combinations(range(len(nodes)), 2):
            apart_x = abs(g.cx[a] - g.cx[b]) >= g.box_w
            apart_y = abs(g.cy[a] - g.cy[b]) >= g.box_h
            assert apart_x or apart_y, (query, a, b)  # boxes never overlap


def test_layout_is_a_tidy_tree() -> None:
    pohon = pd.DataFrame(
        {
            "kode_node": ["1", "1.1", "1.2", "1.2.1", "1.2.2", "2"],
            "kode_induk": [None, "1", "1", "1.2", "1.2", None],
            "tingkat": ["outcome", "csf", "csf", "kondisi antara", "kondisi antara", "outcome"],
        }
    )
    layout = charts.tree_layout(pohon, "tb").set_index("kode_node")
    leaves = layout.loc[["1.1", "1.2.1", "1.2.2", "2"], "x"].tolist()
    assert leaves == [0.0, 1.0, 2.0, 3.0]  # evenly spaced, roots side by side
    assert layout.loc["1.2", "x"] == 1.5  # centred over its children
    assert layout.loc["1", "x"] == 0.75
    assert layout.loc["1.2.1", "y"] == -2.0


def test_levels_follow_tingkat() -> None:
    # a CSF hanging directly under the ultimate outcome stays in the CSF row (BKPSDM)
    pohon = pd.DataFrame(
        {
            "kode_node": ["1", "1.1", "1.1.1", "1.2"],
            "kode_induk": [None, "1", "1.1", "1"],
            "tingkat": ["ultimate outcome", "outcome", "csf", "csf"],
        }
    )
    levels = charts.tree_layout(pohon).set_index("kode_node")["level"]
    assert levels.to_dict() == {"1": 0, "1.1": 1, "1.1.1": 2, "1.2": 2}


def test_cycles_unknown_parents_and_self_links_do_not_crash() -> None:
    pohon = pd.DataFrame(
        {
            "kode_node": ["A", "B", "C", "D", "E", "F", "A"],
            "kode_induk": ["C", "A", "B", "TIDAK-ADA", "E", "D", None],
            "tingkat": ["csf", "csf", "csf", "outcome", "bukan tingkat", None, "outcome"],
        }
    )
    layout = charts.tree_layout(pohon)
    assert len(layout) == len(pohon)
    assert not layout[["x", "y"]].duplicated().any()
    induk = dict(zip(layout.index, layout["induk"], strict=True))
    assert induk[3] is None and induk[4] is None  # unknown parent, own parent: roots
    assert induk[5] == "D"
    assert sum(induk[i] is None for i in (0, 1, 2)) == 1  # the cycle is cut once
    with pytest.raises(ValueError, match="orientation"):
        charts.tree_layout(pohon, "diagonal")  # type: ignore[arg-type]


def test_auto_orientation() -> None:
    star = pd.DataFrame(
        {"kode_node": ["0", *map(str, range(1, 14))], "kode_induk": [None] + ["0"] * 13}
    )
    assert charts.tree_layout(star)["orientation"].iloc[0] == "lr"
    assert charts.tree_layout(star.head(4))["orientation"].iloc[0] == "tb"
    assert charts.tree_layout(star, "tb")["orientation"].iloc[0] == "tb"
    lr = charts.tree_layout(star.head(3), "lr").set_index("kode_node")
    assert lr.loc["0", "x"] == 0 and lr.loc["1", "x"] == 1  # depth runs along x


# --------------------------------------------------------------------------- text


def test_hover_uses_id_id_numbers(setda_fig: go.Figure) -> None:
    node = charts.tree_trace(setda_fig)
    hover = node.hovertext[node_index(setda_fig, "S1")]
    assert "106,35%" in hover and "106.35" not in hover
    assert "target 85 indeks" in hover and "realisasi 90,4 indeks" in hover
    assert "Indeks Kepuasan Masyarakat Setda" in hover
    assert "S1 · 106,35% · Baik Sekali" in node.text[node_index(setda_fig, "S1")]


def test_html_in_data_is_escaped(tables: dict[str, pd.DataFrame]) -> None:
    base = view(tables, "adimulyo")
    pohon = base["pohon"].copy()
    pohon.loc[0, "uraian"] = '<script>alert(1)</script> <a href="http://x">klik</a>'
    pohon.loc[0, "penanggung_jawab"] = "<b>Camat</b> & staf"
    indikator = base["indikator"].copy()
    indikator.loc[indikator["kode_node"] == "1", "uraian"] = "<img src=x onerror=alert(2)>"
    bad = UnitView(
        base.kode_unit,
        base.tahun,
        base.unit,
        {**base.tables, "pohon": pohon, "indikator": indikator},
    )
    fig = charts.pohon_figure(bad)
    node = charts.tree_trace(fig)
    i = node_index(fig, "1")
    text, hover = node.text[i], node.hovertext[i]
    for part in (text, hover):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in part
        assert "&lt;a" in part and 'href="http://x"&gt;klik&lt;/a&gt;' in part
        assert "<script" not in part and "<a " not in part and "<b>Camat" not in part
        assert "&lt;b&gt;Camat&lt;/b&gt; &amp; staf" in part
    assert "&lt;img src=x onerror=alert(2)&gt;" in hover and "<img" not in hover
    markup = charts.plotly_bundle(fig, "uji")["text/html"]
    assert "<script>alert" not in markup and "<img" not in markup


def test_a_very_long_unit_name_keeps_the_tree_title_short(tables: dict[str, pd.DataFrame]) -> None:
    base = view(tables, "adimulyo")
    unit = base.unit.copy()
    unit["nama_unit"] = "Kecamatan " + "Sangat Panjang Sekali " * 20
    long = UnitView(base.kode_unit, base.tahun, unit, base.tables)
    fig = charts.pohon_figure(long)
    title = fig.layout.title.text
    assert title.count("<br>") <= 2 and title.endswith("…</b>")
    assert fig.layout.margin.t < 300


# --------------------------------------------------------------------------- static figures


def test_matplotlib_png_and_svg(setda: UnitView, tmp_path: Path) -> None:
    fig = charts.pohon_matplotlib(setda)
    png = charts.save_figure(fig, tmp_path / "pohon.png", dpi=60)
    svg = charts.save_figure(fig, tmp_path / "pohon.svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    text = svg.read_text(encoding="utf-8")
    assert "Meningkatnya Kualitas" in text  # the nodes' text stays text in SVG
    assert "S1 · 106,35% · Baik Sekali" in text
    assert "Baik Sekali (&gt; 100%)" in text  # legend
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pohon.png", "pohon.svg"]
    with pytest.raises(ValueError, match="tidak didukung"):
        charts.save_figure(fig, tmp_path / "pohon.jpg")


def test_matplotlib_uses_the_same_colours_and_hatches(setda: UnitView) -> None:
    from matplotlib.colors import to_hex

    fig = charts.pohon_matplotlib(setda)
    ax = fig.axes[0]
    fills = {to_hex(p.get_facecolor()).upper() for p in ax.patches}
    assert {kategori_color("Baik Sekali", "kebumen"), kategori_color("Baik", "kebumen")} <= fills
    hatches = {p.get_hatch() for p in ax.patches} - {None}
    assert {"..", "---"} <= hatches


# --------------------------------------------------------------------------- colours


def test_kategori_colours_are_distinct_and_ordered_in_lightness() -> None:
    lum = [relative_luminance(c) for c in PALETTE.kategori]
    assert all(b - a > 0.1 for a, b in itertools.pairwise(lum))  # worst dark, best light
    assert len(set(PALETTE.patterns)) == len(PALETTE.patterns)
    assert len(set(PALETTE.hatches)) == len(PALETTE.hatches)
    for name in available_scales():
        scale = load_scale(name)
        colors = [kategori_color(label, scale) for label in scale.labels]  # worst .. best
        assert len(set(colors)) == len(colors), name
        lums = [relative_luminance(c) for c in colors]
        assert lums == sorted(lums) and len(set(lums)) == len(lums), name
        assert PALETTE.no_capaian not in colors
        patterns = [charts.kategori_style(label, scale).pattern for label in scale.labels]
        assert len(set(patterns)) == len(patterns) and "" not in patterns
    assert kategori_color(None, "jember") == PALETTE.no_capaian
    assert charts.kategori_style(None).pattern == ""
    with pytest.raises(ValueError, match="tidak ada pada skala"):
        kategori_color("Luar Biasa", "kebumen")


def test_text_colour_reads_on_every_kategori() -> None:
    for name in available_scales():
        scale = load_scale(name)
        for label in scale.labels:
            style = charts.kategori_style(label, scale)
            assert charts._contrast(style.color, style.text_color) >= 4.5, (name, label)


# --------------------------------------------------------------------------- other figures


@pytest.fixture(scope="module")
def kab_ikm(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return lkjip.kabupaten_ikm(tables, "Kebumen")


def test_ikm_triwulan_figure(setda: UnitView, kab_ikm: pd.DataFrame) -> None:
    fig = charts.ikm_triwulan_figure(lkjip.tabel_ikm_triwulan(setda, kab_ikm), target=85)
    unit, kab = fig.data[0], fig.data[1]
    assert list(unit.x) == ["TW I", "TW II", "TW III", "TW IV", "Tahunan"]
    assert unit.text[-1] == "90,40 (A)" and kab.text[-1] == "89,85"
    assert any(s.y0 == 85 and s.y1 == 85 and s.line.dash == "dash" for s in fig.layout.shapes)
    assert "Target 85" in [t.name for t in fig.data]
    assert fig.layout.yaxis.range[0] <= 25 and fig.layout.yaxis.range[1] >= 100


def test_ikm_unsur_figure_shows_and_flags_values_above_100(
    setda: UnitView, kab_ikm: pd.DataFrame
) -> None:
    fig = charts.ikm_unsur_figure(lkjip.tabel_ikm_unsur(setda, kab_ikm))
    kab = next(t for t in fig.data if t.name == "IKM kabupaten")
    unit = next(t for t in fig.data if t.name == "IKM unit")
    assert max(kab.x) == 107.30 and fig.layout.xaxis.range[1] > 107.30
    flagged = [h for h in kab.hovertext if "Di luar skala IKM 25–100" in h]
    assert len(flagged) == 7  # 100,60; 100,27; 107,30; 100,39; 100,56; 100,56; 106,63
    assert "⚠ 107,30" in kab.text
    assert not any("⚠" in t for t in unit.text)
    assert any(s.x0 == 25 and s.x1 == 100 for s in fig.layout.shapes)


def test_ikm_tahun_figure(setda: UnitView, kab_ikm: pd.DataFrame) -> None:
    values = pd.concat([lkjip.ikm_unit(setda), kab_ikm], ignore_index=True)  # has duplicates
    fig = charts.ikm_tahun_figure(values)
    unit = next(t for t in fig.data if t.name == "IKM unit")
    kab = next(t for t in fig.data if t.name == "IKM kabupaten")
    assert list(unit.x) == ["2022", "2023", "2024"] and list(kab.x) == ["2022", "2023", "2024"]
    assert list(unit.text) == ["86,53", "89,57", "90,40"]
    assert list(kab.y) == [85.9, 88.72, 89.85]
    assert fig.layout.xaxis.type == "category"  # never "2.024"


def test_ikm_tahun_uses_the_mean_of_quarters_without_a_yearly_value() -> None:
    values = pd.DataFrame(
        {
            "tahun": [2024, 2024],
            "periode": ["TW I", "TW II"],
            "lingkup": ["unit", "unit"],
            "unsur": ["IKM", "IKM"],
            "nilai": [80.0, 90.0],
        }
    )
    trace = charts.ikm_tahun_figure(values).data[0]
    assert list(trace.y) == [85.0] and "rata-rata triwulan" in trace.hovertext[0]


def test_anggaran_figure(tables: dict[str, pd.DataFrame]) -> None:
    fig = charts.anggaran_figure(lkjip.tabel_anggaran(view(tables, "semboro")))
    pagu = next(t for t in fig.data if t.name == "Pagu")
    real = next(t for t in fig.data if t.name == "Realisasi")
    assert len(pagu.y) == 4
    top = list(pagu.y).index(max(pagu.y))  # program I is drawn on top
    assert pagu.text[top] == "2,5 M"
    assert real.text[top] == "2,2 M (88,32%)"
    assert "Pagu: Rp 2.519.516.374" in pagu.hovertext[top]
    assert "Rp 3.457.463.874" in fig.layout.title.subtitle.text
    assert "(91,06%)" in fig.layout.title.subtitle.text
    assert "M" in fig.layout.xaxis.ticktext[-1]


def test_capaian_figure(tables: dict[str, pd.DataFrame], setda: UnitView) -> None:
    semboro = view(tables, "semboro")
    fig = charts.capaian_figure(lkjip.tabel_pengukuran(semboro), semboro.scale)
    bars = fig.data[0]
    i = [k for k, t in enumerate(bars.text) if t.startswith("71,41%")][0]
    assert bars.text[i] == "71,41% · Cukup"
    assert bars.marker.color[i] == kategori_color("Cukup", "jember")
    assert any(s.x0 == 100 and s.x1 == 100 for s in fig.layout.shapes)
    assert "106,35%" in "".join(charts.capaian_figure(lkjip.tabel_pengukuran(setda)).data[0].text)
    inferred = charts.capaian_figure(lkjip.tabel_pengukuran(setda))  # "Baik Sekali": Kebumen
    assert inferred.data[0].marker.color[0] == kategori_color("Baik Sekali", "kebumen")


def test_units_figure() -> None:
    summary = pd.DataFrame({"Unit": ["A", "B", "C"], "IKM": [90.4, 83.86, None]})
    fig = charts.units_figure(summary, "IKM", "IKM per unit")
    assert list(fig.data[0].text) == ["-", "83,86", "90,40"]
    assert fig.data[1].name == "Rata-rata 87,13"


def test_every_figure_uses_id_id_separators(
    setda: UnitView, setda_fig: go.Figure, kab_ikm: pd.DataFrame
) -> None:
    figures = [
        setda_fig,
        charts.ikm_triwulan_figure(lkjip.tabel_ikm_triwulan(setda, kab_ikm)),
        charts.ikm_unsur_figure(lkjip.tabel_ikm_unsur(setda, kab_ikm)),
        charts.ikm_tahun_figure(kab_ikm),
        charts.anggaran_figure(lkjip.tabel_anggaran(setda)),
        charts.capaian_figure(lkjip.tabel_pengukuran(setda), setda.scale),
    ]
    assert [f.layout.separators for f in figures] == [",."] * len(figures)


# --------------------------------------------------------------------------- display


def test_show_emits_both_mimetypes_without_cdn(
    setda_fig: go.Figure, monkeypatch: pytest.MonkeyPatch
) -> None:
    import IPython.display

    shown: list[tuple[object, dict]] = []
    monkeypatch.setattr(IPython.display, "display", lambda obj, **kw: shown.append((obj, kw)))
    charts.show(setda_fig)
    charts.show(setda_fig)
    (first, kw), (second, _) = shown
    assert kw == {"raw": True}
    assert {"application/vnd.plotly.v1+json", "text/html"} <= set(first)
    json.dumps(first["application/vnd.plotly.v1+json"])  # JSON-safe, no numpy inside
    markup = first["text/html"]
    assert "cdn" not in markup.lower() and "<script src" not in markup
    ids = [b["text/html"].split('id="', 1)[1].split('"', 1)[0] for b in (first, second)]
    assert ids[0].startswith("sakip-pohon-kinerja-sekretariat-daerah-kabupaten-kebumen")
    assert ids[0] != ids[1]
    assert first["application/vnd.plotly.v1+json"]["layout"]["separators"] == ",."


def test_show_matplotlib_emits_inline_svg(setda: UnitView, monkeypatch: pytest.MonkeyPatch) -> None:
    import IPython.display

    shown: list[dict] = []
    monkeypatch.setattr(IPython.display, "display", lambda obj, **kw: shown.append(obj))
    charts.show_matplotlib(charts.pohon_matplotlib(setda))
    bundle = shown[0]
    assert bundle["text/html"].startswith('<div class="sakip-svg"><svg')
    assert "Meningkatnya Kualitas" in bundle["image/svg+xml"]
    assert "<?xml" not in bundle["text/html"]


def test_plotly_js_path() -> None:
    path = charts.plotly_js_path()
    assert path.name == "plotly.min.js" and path.stat().st_size > 1_000_000
