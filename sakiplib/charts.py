"""Charts for the dashboards (plotly) and the printed reports (matplotlib).

Every label, title and hover text is in Bahasa Indonesia with id-ID numbers
(:mod:`sakiplib.fmt`); plotly figures carry ``layout.separators=",."`` so the
numbers plotly formats itself (axis ticks) follow the same convention.

Colours (:data:`PALETTE`) are built on the Okabe-Ito colour-blind-safe set. The
kategori colours run from dark (worst) to light (best), each step clearly
lighter than the one before, so a grayscale print keeps the order; each
kategori also has a plotly pattern and a matplotlib hatch (drawn on a narrow
stripe at the left of a tree node, so the node's text stays clean).

Text taken from the data is HTML-escaped before it reaches plotly, which reads
tags such as ``<b>`` and ``<a>`` in labels and hovers (:func:`esc`).

>>> kategori_color("Baik Sekali", "kebumen")
'#CCECE3'
>>> kategori_color(None, "kebumen")  # no capaian
'#D9D9D9'
>>> fig = ikm_triwulan_figure(pd.DataFrame({"Periode": ["TW I", "Tahunan"],
...     "IKM Unit": [91.2, 90.4], "Mutu": ["A", "A"], "IKM Kabupaten": [89.3, 89.85]}), target=85)
>>> fig.layout.separators, fig.data[0].text
(',.', ('91,20 (A)', '90,40 (A)'))
"""

from __future__ import annotations

import html
import io
import itertools
import json
import math
import re
import textwrap
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from sakiplib.dataset import UnitView
from sakiplib.fmt import angka, nilai, persen
from sakiplib.io import atomic_path
from sakiplib.kategori import Band, Scale, available_scales, kategori, load_scale
from sakiplib.lkjip import measurement
from sakiplib.schema import TINGKAT_RANK

if TYPE_CHECKING:  # matplotlib is imported only when a static figure is drawn
    from matplotlib.figure import Figure as MplFigure

__all__ = [
    "PALETTE",
    "KategoriStyle",
    "Palette",
    "anggaran_figure",
    "capaian_figure",
    "esc",
    "ikm_tahun_figure",
    "ikm_triwulan_figure",
    "ikm_unsur_figure",
    "kategori_color",
    "kategori_style",
    "kategori_text_color",
    "plotly_bundle",
    "plotly_js_path",
    "pohon_figure",
    "pohon_matplotlib",
    "pohon_nodes",
    "relative_luminance",
    "rupiah_singkat",
    "save_figure",
    "show",
    "show_matplotlib",
    "svg_markup",
    "tree_layout",
    "tree_trace",
    "units_figure",
]

# --------------------------------------------------------------------------- colours


@dataclass(frozen=True)
class Palette:
    """Named colours of every chart (hex), from the Okabe-Ito set.

    ``kategori``, ``patterns`` and ``hatches`` run from the worst category to
    the best; a scale with fewer bands takes evenly spaced entries (see
    :func:`kategori_style`).
    """

    kategori: tuple[str, ...]
    patterns: tuple[str, ...]
    hatches: tuple[str, ...]
    no_capaian: str
    unit: str
    kabupaten: str
    target: str
    pagu: str
    realisasi: str
    edge: str
    text: str
    light_text: str
    band: str


PALETTE = Palette(
    # worst -> best: vermillion shaded, vermillion, orange, sky blue tint, bluish green tint.
    # Relative luminance 0,07 / 0,22 / 0,42 / 0,59 / 0,78 (CIELAB L* 33 / 54 / 71 / 82 / 91).
    kategori=("#803800", "#D55E00", "#E69F00", "#9AD2F2", "#CCECE3"),
    patterns=("x", "\\", "/", "-", "."),
    hatches=("xx", "\\\\\\", "///", "---", ".."),
    no_capaian="#D9D9D9",
    unit="#0072B2",
    kabupaten="#E69F00",
    target="#000000",
    pagu="#56B4E9",
    realisasi="#0072B2",
    edge="#4D4D4D",
    text="#1A1A1A",
    light_text="#FFFFFF",
    band="#EDEDED",
)

FONT_FAMILY = "Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"

_TEMPLATE = go.layout.Template(
    layout={
        "font": {"family": FONT_FAMILY, "size": 13, "color": PALETTE.text},
        "separators": ",.",
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "colorway": ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7"],
        "hoverlabel": {"align": "left", "bgcolor": "white", "font": {"size": 12}},
        "xaxis": {"gridcolor": "#E5E5E5", "zerolinecolor": "#BDBDBD", "automargin": True},
        "yaxis": {"gridcolor": "#E5E5E5", "zerolinecolor": "#BDBDBD", "automargin": True},
    }
)


def relative_luminance(color: str) -> float:
    """WCAG relative luminance of a ``#RRGGBB`` colour (0 black, 1 white).

    >>> round(relative_luminance("#D55E00"), 3), relative_luminance("#FFFFFF")
    (0.222, 1.0)
    """
    value = color.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _text_on(fill: str) -> str:
    """Black or white text, whichever contrasts more with ``fill``."""
    dark, light = PALETTE.text, PALETTE.light_text
    return light if _contrast(fill, light) > _contrast(fill, dark) else dark


def _mix(a: str, b: str, t: float) -> str:
    ca = [int(a.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    cb = [int(b.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb, strict=True))


@dataclass(frozen=True)
class KategoriStyle:
    """How one kategori is drawn; ``rank`` is -1 for "no capaian"."""

    label: str | None
    rank: int
    color: str
    text_color: str
    pattern: str
    hatch: str


def _resolve_scale(scale: Scale | str) -> Scale:
    return scale if isinstance(scale, Scale) else load_scale(scale)


def _palette_position(rank: int, n: int) -> float:
    """Where band ``rank`` of ``n`` sits on the 5-colour ramp (0 worst .. 4 best).

    Evenly spaced, rounded up towards the better colours, so a 4-band scale
    (Jember) takes 0, 2, 3, 4: its "Cukup" gets orange, like Kebumen's.

    >>> [_palette_position(i, 4) for i in range(4)], [_palette_position(i, 5) for i in range(5)]
    ([0, 2, 3, 4], [0, 1, 2, 3, 4])
    """
    k = len(PALETTE.kategori)
    if n <= 1:
        return k - 1
    exact = rank * (k - 1) / (n - 1)
    return math.ceil(exact - 1e-9) if n <= k else exact


def kategori_style(label: str | None, scale: Scale | str = "default") -> KategoriStyle:
    """Colour, text colour, pattern and hatch of a kategori label on ``scale``.

    The colour depends on the band's rank in the scale, not on its name, so
    "Baik" is drawn differently on a 4-band and a 5-band scale. ``None`` (or an
    empty label) means no capaian: neutral grey, no pattern.

    >>> kategori_style("Cukup", "jember").color == kategori_style("Cukup", "kebumen").color
    True
    >>> kategori_style("Sangat Kurang", "kebumen").text_color
    '#FFFFFF'
    """
    if label is None or (isinstance(label, float) and math.isnan(label)) or str(label) == "":
        return KategoriStyle(None, -1, PALETTE.no_capaian, PALETTE.text, "", "")
    resolved = _resolve_scale(scale)
    labels = list(resolved.labels)
    if label not in labels:
        raise ValueError(
            f"Kategori '{label}' tidak ada pada skala '{resolved.name}'; "
            f"kategori yang ada: {', '.join(labels)}."
        )
    rank = labels.index(str(label))
    pos = _palette_position(rank, len(labels))
    idx = round(pos)
    if float(pos).is_integer():
        color = PALETTE.kategori[int(pos)]
    else:  # more bands than colours: interpolate between neighbours
        low = math.floor(pos)
        color = _mix(PALETTE.kategori[low], PALETTE.kategori[low + 1], pos - low)
    return KategoriStyle(
        str(label), rank, color, _text_on(color), PALETTE.patterns[idx], PALETTE.hatches[idx]
    )


def kategori_color(label: str | None, scale: Scale | str = "default") -> str:
    """The fill colour of a kategori on ``scale`` (grey for no capaian).

    >>> [kategori_color(x, "jember") for x in ("Kurang", "Cukup", "Baik", "Sangat Baik")]
    ['#803800', '#E69F00', '#9AD2F2', '#CCECE3']
    """
    return kategori_style(label, scale).color


def kategori_text_color(label: str | None, scale: Scale | str = "default") -> str:
    """Black or white, whichever reads better on the kategori's colour.

    >>> kategori_text_color("Sangat Kurang", "default"), kategori_text_color("Baik", "default")
    ('#FFFFFF', '#1A1A1A')
    """
    return kategori_style(label, scale).text_color


def _band_range(band: Band) -> str:
    """A band in short form for legends.

    >>> from sakiplib.kategori import load_scale
    >>> [_band_range(b) for b in load_scale("kebumen").bands]
    ['≤ 50%', '> 50–65%', '> 65–85%', '> 85–100%', '> 100%']
    >>> [_band_range(b) for b in load_scale("default").bands][2:4]
    ['80–< 100%', '100%']
    """
    low = angka(band.lower, 2).rstrip("0").rstrip(",")
    high = angka(band.upper, 2).rstrip("0").rstrip(",") if math.isfinite(band.upper) else ""
    if band.lower == band.upper:
        return f"{low}%"
    if not high:
        return ("≥ " if band.lower_inclusive else "> ") + f"{low}%"
    if band.lower == 0 and band.lower_inclusive:
        return ("≤ " if band.upper_inclusive else "< ") + f"{high}%"
    return (
        ("" if band.lower_inclusive else "> ")
        + f"{low}–"
        + ("" if band.upper_inclusive else "< ")
        + f"{high}%"
    )


def _infer_scale(labels: Iterable[object]) -> Scale:
    """The smallest packaged scale holding every label (for tables without a scale)."""
    wanted = {str(x) for x in labels if isinstance(x, str) and x}
    candidates = [load_scale(name) for name in available_scales()]
    fitting = [s for s in candidates if wanted <= set(s.labels)]
    if not fitting:
        return load_scale("default")
    return min(fitting, key=lambda s: (len(s.labels), s.name != "default"))


# --------------------------------------------------------------------------- text helpers


def esc(value: object) -> str:
    """Text from the data made safe for plotly labels (which read <b>, <a>, <br> ...).

    ``quote=False``: plotly.js decodes &lt; &gt; &amp; and numeric entities, but
    shows ``&quot;`` literally; quotes are harmless once < and > are escaped.

    >>> esc('<a href="http://x">') , esc(None)
    ('&lt;a href="http://x"&gt;', '')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return html.escape(str(value), quote=False)


def _text(value: object) -> str:
    """A cell as plain text ('' for missing)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _wrap(text: str, width: int = 28, max_lines: int | None = None) -> list[str]:
    """Wrap Indonesian text on word boundaries; an ellipsis marks a cut.

    >>> _wrap("Meningkatnya Kualitas Pelayanan Publik di Kecamatan", 20)
    ['Meningkatnya', 'Kualitas Pelayanan', 'Publik di Kecamatan']
    >>> _wrap("Meningkatnya Kualitas Pelayanan Publik di Kecamatan", 20, max_lines=2)
    ['Meningkatnya', 'Kualitas Pelayanan…']
    """
    lines = textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False) or [""]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        lines[-1] = (last if len(last) < width else last[: width - 1].rstrip()) + "…"
    return lines


def _wrap_html(text: object, width: int, max_lines: int | None = None) -> str:
    return "<br>".join(esc(line) for line in _wrap(_text(text), width, max_lines))


def rupiah_singkat(value: float | None) -> str:
    """A rupiah amount in short id-ID form: rb, jt, M (miliar), T (triliun).

    >>> rupiah_singkat(2519516374), rupiah_singkat(561477500), rupiah_singkat(73852513800)
    ('2,5 M', '561,5 jt', '73,9 M')
    >>> rupiah_singkat(3_000_000_000), rupiah_singkat(950), rupiah_singkat(None)
    ('3 M', '950', '-')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    for size, unit in ((1e12, "T"), (1e9, "M"), (1e6, "jt"), (1e3, "rb")):
        if abs(value) >= size:
            text = angka(value / size, 1)
            return (text[:-2] if text.endswith(",0") else text) + f" {unit}"
    return angka(value)


def _rupiah(value: object) -> str:
    return "-" if value is None or pd.isna(value) else f"Rp {angka(float(value))}"  # type: ignore[arg-type]


def _nice_ticks(maximum: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``maximum`` (steps of 1, 2, 2,5 or 5 x 10^k).

    >>> _nice_ticks(3_812_784_000)
    [0.0, 1000000000.0, 2000000000.0, 3000000000.0, 4000000000.0]
    """
    if not maximum or maximum <= 0 or not math.isfinite(maximum):
        return [0.0]
    raw = maximum / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    n = math.ceil(maximum / step - 1e-9)
    return [float(i * step) for i in range(n + 1)]


def _base_layout(
    fig: go.Figure,
    title: str,
    subtitle: str | None = None,
    legend: bool = True,
    legend_rows: int = 1,
    **layout: object,
) -> None:
    """Template, id-ID separators, title and subtitle (already escaped), legend on top.

    The top margin is made to fit title, subtitle and a one-row legend unless
    ``margin`` gives its own ``t``.
    """
    margin = dict(layout.pop("margin", None) or {})  # type: ignore[call-overload]
    margin.setdefault("t", 56 + (20 if subtitle else 0) + (26 * legend_rows + 4 if legend else 0))
    title_spec: dict[str, object] = {
        "text": f"<b>{title}</b>", "x": 0, "xanchor": "left", "xref": "paper", "y": 1,
        "yref": "container", "yanchor": "top", "pad": {"t": 14}, "font": {"size": 17},
    }  # fmt: skip
    if subtitle:
        title_spec["subtitle"] = {"text": subtitle, "font": {"size": 12, "color": "#555555"}}
    fig.update_layout(
        template=_TEMPLATE,
        separators=",.",
        title=title_spec,
        showlegend=legend,
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1, "yanchor": "bottom"},
        margin=margin,
        **layout,
    )


def _legend_line(fig: go.Figure, name: str, color: str, dash: str = "dash") -> None:
    """A legend entry for a reference line drawn as a shape (shapes have no legend)."""
    fig.add_trace(
        go.Scatter(x=[None], y=[None], mode="lines", name=name, hoverinfo="skip",
                   line={"color": color, "width": 2, "dash": dash})
    )  # fmt: skip


# --------------------------------------------------------------------------- tree layout

Orientation = Literal["auto", "tb", "lr"]
#: "auto" draws left to right when the widest level has more nodes than this. A node box
#: holds 28 characters a line (about 230 px), so 6 boxes side by side already fill a
#: 1.366 px office screen or an A4 page; wider levels stack better vertically.
AUTO_LR_WIDTH = 6


def _resolved_parents(codes: list[str], parents: list[object]) -> list[int | None]:
    """Row index of each row's parent; None for roots, unknown parents and self-links."""
    first: dict[str, int] = {}
    for i, code in enumerate(codes):
        first.setdefault(code, i)
    out: list[int | None] = []
    for i, p in enumerate(parents):
        j = first.get(_text(p)) if _text(p) else None
        out.append(j if j is not None and j != i else None)
    return out


def _spanning_forest(parent: list[int | None]) -> tuple[list[int | None], list[int]]:
    """Tree parents (cycles cut) and the preorder of all rows, roots in row order.

    A node that cannot be reached from a root sits in a cycle or hangs below
    one: walk up from it until a node repeats, and make that node a root.
    """
    n = len(parent)
    children: list[list[int]] = [[] for _ in range(n)]
    for i, p in enumerate(parent):
        if p is not None:
            children[p].append(i)
    tree_parent: list[int | None] = [None] * n
    visited = [False] * n
    preorder: list[int] = []

    def walk(root: int) -> None:
        stack = [root]
        visited[root] = True
        while stack:
            node = stack.pop()
            preorder.append(node)
            for child in reversed(children[node]):
                if not visited[child]:
                    visited[child] = True
                    tree_parent[child] = node
                    stack.append(child)

    for i in range(n):
        if parent[i] is None and not visited[i]:
            walk(i)
    for i in range(n):
        if not visited[i]:
            seen: set[int] = set()
            node = i
            while parent[node] is not None and node not in seen and not visited[node]:
                seen.add(node)
                node = parent[node]  # type: ignore[assignment]
            walk(node if not visited[node] else i)
    return tree_parent, preorder


def tree_layout(pohon: pd.DataFrame, orientation: Orientation = "auto") -> pd.DataFrame:
    """Positions of the pohon kinerja nodes: a tidy tree computed in Python.

    Leaves are evenly spaced (one slot each, depth-first in row order), a
    parent sits centred over its first and last child, several roots stand side
    by side. The level of a node follows its ``tingkat`` (TINGKAT_RANK, levels
    present in the tree numbered densely), and is always below its parent, so
    every CSF of a tree sits in one row even when some hang directly under the
    root. A parent that does not exist, a node that is its own parent and a
    cycle never crash: such nodes become roots (column ``induk`` is None).

    Returns the rows of ``pohon`` (same order) with ``induk`` (the parent used),
    ``level``, ``slot``, ``orientation`` ("tb" top-down or "lr" left-right;
    "auto" picks "lr" when the widest level has more than AUTO_LR_WIDTH = 6 nodes) and ``x``,
    ``y`` in grid units (top-down: x = slot, y = -level; left-right: x = level,
    y = -slot).

    >>> p = pd.DataFrame({"kode_node": ["1", "1.1", "1.2", "1.2.1"],
    ...                   "kode_induk": [None, "1", "1", "1.2"]})
    >>> tree_layout(p)[["kode_node", "level", "x", "y"]].values.tolist()
    [['1', 0, 0.5, 0.0], ['1.1', 1, 0.0, -1.0], ['1.2', 1, 1.0, -1.0], ['1.2.1', 2, 1.0, -2.0]]
    >>> cycle = pd.DataFrame({"kode_node": ["A", "B", "C"], "kode_induk": ["C", "A", "B"]})
    >>> tree_layout(cycle, "lr")[["kode_node", "induk", "x", "y"]].values.tolist()
    [['A', None, 0.0, 0.0], ['B', 'A', 1.0, 0.0], ['C', 'B', 2.0, 0.0]]
    """
    n = len(pohon)
    frame = pohon.reset_index(drop=True).copy()
    codes = [_text(c) or f"#{i}" for i, c in enumerate(frame.get("kode_node", [None] * n))]
    raw_parents = list(frame["kode_induk"]) if "kode_induk" in frame else [None] * n
    tree_parent, preorder = _spanning_forest(_resolved_parents(codes, raw_parents))

    tingkat = list(frame["tingkat"]) if "tingkat" in frame else [None] * n
    ranks = [TINGKAT_RANK.get(_text(t).lower()) for t in tingkat]
    dense = {r: k for k, r in enumerate(sorted({r for r in ranks if r is not None}))}
    level = [0] * n
    for node in preorder:  # parents come before their children
        p = tree_parent[node]
        own = dense.get(ranks[node], 0) if ranks[node] is not None else 0
        level[node] = max(own, level[p] + 1) if p is not None else own

    kids: list[list[int]] = [[] for _ in range(n)]
    for node in preorder:
        if tree_parent[node] is not None:
            kids[tree_parent[node]].append(node)  # type: ignore[index]
    slot = [0.0] * n
    next_leaf = 0
    for node in preorder:
        if not kids[node]:
            slot[node] = float(next_leaf)
            next_leaf += 1
    for node in reversed(preorder):
        if kids[node]:
            slot[node] = (slot[kids[node][0]] + slot[kids[node][-1]]) / 2

    if orientation == "auto":
        widest = max(Counter(level).values(), default=0)
        orientation = "lr" if widest > AUTO_LR_WIDTH else "tb"
    if orientation not in ("tb", "lr"):
        raise ValueError(f"orientation harus 'auto', 'tb' atau 'lr', bukan {orientation!r}")
    frame["induk"] = pd.Series(
        [codes[p] if p is not None else None for p in tree_parent], index=frame.index, dtype=object
    )
    frame["level"] = level
    frame["slot"] = slot
    frame["orientation"] = orientation
    lv = np.asarray(level, dtype=float)
    sl = np.asarray(slot, dtype=float)
    frame["x"] = sl if orientation == "tb" else lv
    frame["y"] = 0.0 - (lv if orientation == "tb" else sl)  # 0.0 - x: never -0.0
    return frame


# --------------------------------------------------------------------------- pohon nodes

_TINGKAT_LABEL = {
    "csf": "CSF",
    "subkegiatan": "Sub Kegiatan",
}


def _tingkat_label(value: object) -> str:
    text = _text(value).lower()
    return _TINGKAT_LABEL.get(text, text.title())


def _crosscutting(value: object) -> list[str]:
    return [c.strip() for c in re.split(r"[,;]", _text(value)) if c.strip()]


def _with_satuan(value: object, satuan: str) -> str:
    text = nilai(value)
    if text == "-" or not satuan:
        return text
    return text + "%" if satuan.strip() == "%" else f"{text} {satuan}"


def _indicator_hover(rows: pd.DataFrame) -> list[str]:
    lines = []
    for _, r in rows.iterrows():
        satuan = _text(r.get("satuan"))
        target = _with_satuan(r.get("target"), satuan)
        atas = r.get("target_atas")
        if atas is not None and pd.notna(atas):
            target = f"{nilai(r.get('target'))}–{_with_satuan(atas, satuan)}"
        real = _with_satuan(r.get("realisasi"), satuan)
        cap = r.get("capaian")
        cap_text = persen(float(cap)) if cap is not None and pd.notna(cap) else "-"
        label = _text(r.get("kategori"))
        lines.append(
            "• "
            + _wrap_html(r.get("indikator"), 60)
            + f"<br>&nbsp;&nbsp;&nbsp;target {esc(target)} · realisasi {esc(real)} · capaian {esc(cap_text)}"
            + (f" ({esc(label)})" if label else "")
        )
    return lines


_NODE_COLUMNS = ("capaian", "kategori", "color", "text_color", "pattern", "hatch", "rank",
                 "crosscutting_list", "uraian_lines", "pj_lines", "status_line", "cross_lines",
                 "lines", "hover")  # fmt: skip


def pohon_nodes(
    view: UnitView,
    tahun: int | None = None,
    orientation: Orientation = "auto",
    wrap: int = 28,
    max_lines: int = 4,
) -> pd.DataFrame:
    """The tree's nodes with layout, capaian, kategori style, text lines and hover.

    ``capaian`` is the mean capaian of the node's indicators in ``tahun``
    (default: the unit's report year) from :func:`sakiplib.lkjip.measurement`;
    ``kategori`` is its category on the unit's scale. ``lines`` are the node's
    plain text lines (wrapped uraian, penanggung jawab, code and capaian,
    crosscutting); ``hover`` is escaped HTML for plotly.
    """
    tahun = tahun or view.tahun
    nodes = tree_layout(view["pohon"], orientation)
    m = measurement(view)
    m = m[m["tahun"] == tahun]
    mean = m.groupby("kode_node")["capaian"].mean()
    ind = view["indikator"]
    yearly = m.drop_duplicates("kode_indikator").set_index("kode_indikator")
    scale = view.scale
    records = []
    for _, node in nodes.iterrows():
        kode = _text(node.get("kode_node"))
        cap = mean.get(kode, np.nan)
        cap = float(cap) if pd.notna(cap) else None
        label = kategori(cap, scale) if cap is not None else None
        style = kategori_style(label, scale)
        cross = _crosscutting(node.get("crosscutting"))
        pj = _text(node.get("penanggung_jawab"))
        status = f"{kode} · " + (f"{persen(cap)} · {label}" if cap is not None else "tanpa capaian")
        uraian_lines = _wrap(_text(node.get("uraian")), wrap, max_lines)
        pj_lines = _wrap(pj, wrap, 2) if pj else []
        cross_lines = _wrap("↔ " + ", ".join(cross), wrap) if cross else []
        mine = ind[ind["kode_node"].astype(str) == kode]
        rows = pd.DataFrame(
            {
                "indikator": mine["uraian"].to_numpy(),
                "satuan": mine["satuan"].to_numpy() if "satuan" in mine else "",
            }
        )
        for col in ("target", "target_atas", "realisasi", "capaian", "kategori"):
            rows[col] = [
                yearly[col].get(k) if k in yearly.index else None for k in mine["kode_indikator"]
            ]
        hover = [
            f"<b>{esc(kode)} · {esc(_tingkat_label(node.get('tingkat')))}</b>",
            _wrap_html(node.get("uraian"), 60),
        ]
        if pj:
            hover.append(f"Penanggung jawab: {esc(pj)}")
        if cross:
            hover.append(f"Crosscutting dengan: {esc(', '.join(cross))}")
        hover.append(
            f"Capaian rata-rata {tahun}: "
            + (f"<b>{esc(persen(cap))}</b> ({esc(label)})" if cap is not None else "belum ada")
        )
        hover.append(
            "<b>Indikator</b>:<br>" + "<br>".join(_indicator_hover(rows))
            if not rows.empty
            else "<i>Belum ada indikator.</i>"
        )
        records.append(
            {
                "capaian": cap,
                "kategori": label,
                "color": style.color,
                "text_color": style.text_color,
                "pattern": style.pattern,
                "hatch": style.hatch,
                "rank": style.rank,
                "crosscutting_list": cross,
                "uraian_lines": uraian_lines,
                "pj_lines": pj_lines,
                "status_line": status,
                "cross_lines": cross_lines,
                "lines": uraian_lines + pj_lines + [status] + cross_lines,
                "hover": "<br>".join(hover),
            }
        )
    extra = pd.DataFrame(records, index=nodes.index, columns=list(_NODE_COLUMNS))
    # keep None (not NaN) for "no kategori": pandas would infer a str column
    extra["kategori"] = pd.Series([r["kategori"] for r in records], index=nodes.index, dtype=object)
    return pd.concat([nodes, extra], axis=1)


# --------------------------------------------------------------------------- tree geometry


@dataclass(frozen=True)
class _TreeGeometry:
    """Pixel geometry shared by the plotly and the matplotlib tree."""

    orientation: str
    font_px: int
    line_px: int
    box_w: float
    box_h: float
    stripe_w: float
    gap_depth: float
    width: float
    height: float
    cx: np.ndarray
    cy: np.ndarray
    edges: list[tuple[list[float], list[float]]]
    headings: list[tuple[float, float, str]]


CHAR_WIDTH_EM = 0.6  # average width of a character in DejaVu Sans / Arial, in em
PAD = 8.0
OUTER = 8.0  # empty border around the drawing, so outlines are never clipped


def _font_px(n: int) -> int:
    """Smaller text for long trees (BKPSDM: 63 nodes)."""
    return 12 if n <= 30 else 11 if n <= 50 else 10


def _headings(nodes: pd.DataFrame) -> dict[int, str]:
    """The tingkat name(s) of each level, most frequent first."""
    out = {}
    for level, group in nodes.groupby("level"):
        names = [_tingkat_label(t) for t, _ in Counter(group.get("tingkat", [])).most_common()]
        out[int(level)] = " / ".join(n for n in names if n)
    return out


def _tree_geometry(nodes: pd.DataFrame) -> _TreeGeometry:
    n = len(nodes)
    font = _font_px(n)
    line = round(font * 1.3)
    chars = max((len(x) for lines in nodes["lines"] for x in lines), default=10)
    stripe = round(font * 1.1)
    box_w = math.ceil(chars * CHAR_WIDTH_EM * font + 2 * PAD + stripe)
    n_lines = max((len(x) for x in nodes["lines"]), default=1)
    box_h = n_lines * line + 2 * PAD
    lr = bool(n) and nodes["orientation"].iloc[0] == "lr"
    levels = nodes["level"].to_numpy(dtype=float)
    slots = nodes["slot"].to_numpy(dtype=float)
    if lr:
        gap_depth, gap_breadth = 56.0, 12.0
        head_top, head_left = OUTER + 30.0, OUTER
        step_x, step_y = box_w + gap_depth, box_h + gap_breadth
        cx = head_left + levels * step_x + box_w / 2
        cy = -(head_top + slots * step_y + box_h / 2)
        width = head_left + (levels.max(initial=0) + 1) * step_x - gap_depth
        height = head_top + (slots.max(initial=0) + 1) * step_y - gap_breadth
    else:
        gap_depth, gap_breadth = 48.0, 16.0
        head_top, head_left = OUTER, OUTER + 110.0
        step_x, step_y = box_w + gap_breadth, box_h + gap_depth
        cx = head_left + slots * step_x + box_w / 2
        cy = -(head_top + levels * step_y + box_h / 2)
        width = head_left + (slots.max(initial=0) + 1) * step_x - gap_breadth
        height = head_top + (levels.max(initial=0) + 1) * step_y - gap_depth
    index = {code: i for i, code in reversed(list(enumerate(nodes["kode_node"].astype(str))))}
    edges = []
    for i, parent in enumerate(nodes["induk"]):
        if not _text(parent):
            continue
        p = index[str(parent)]
        if lr:
            mid = cx[i] - box_w / 2 - gap_depth / 2
            xs = [cx[p] + box_w / 2, mid, mid, cx[i] - box_w / 2]
            ys = [cy[p], cy[p], cy[i], cy[i]]
        else:
            mid = cy[i] + box_h / 2 + gap_depth / 2
            xs = [cx[p], cx[p], cx[i], cx[i]]
            ys = [cy[p] - box_h / 2, mid, mid, cy[i] + box_h / 2]
        edges.append(([float(x) for x in xs], [float(y) for y in ys]))
    headings = []
    for level, name in _headings(nodes).items():
        if lr:
            headings.append((head_left + level * step_x + box_w / 2, -(head_top + OUTER) / 2, name))
        else:
            name = "\n".join(_wrap(name, 12))
            headings.append((head_left - 10, -(head_top + level * step_y + box_h / 2), name))
    return _TreeGeometry(
        "lr" if lr else "tb",
        font,
        line,
        float(box_w),
        float(box_h),
        float(stripe),
        gap_depth,
        float(width + OUTER),
        float(height + OUTER),
        np.asarray(cx, dtype=float),
        np.asarray(cy, dtype=float),
        edges,
        headings,
    )


def _rect(x0: float, y0: float, x1: float, y1: float) -> tuple[list[float | None], ...]:
    return [x0, x1, x1, x0, x0, None], [y0, y0, y1, y1, y0, None]


def _legend_entries(scale: Scale, present: set[str | None]) -> list[tuple[str, KategoriStyle]]:
    """Kategori of the scale, best first, then "no capaian" when some node has none."""
    entries = [
        (f"{band.label} ({_band_range(band)})", kategori_style(band.label, scale))
        for band in reversed(scale.bands)
    ]
    if None in present:
        entries.append(("Tanpa capaian", kategori_style(None, scale)))
    return entries


@dataclass(frozen=True)
class _TreeHeader:
    """Title, subtitle and legend above a tree, wrapped to the figure's width."""

    title: list[str]
    subtitle: list[str]
    legend: list[tuple[str, KategoriStyle]]
    crosscutting: bool
    per_row: int
    title_y: float  # px from the top of the figure
    subtitle_y: float
    legend_y: float
    top: float  # height of the whole header (the figure's top margin)


TITLE_PX, SUBTITLE_PX, LEGEND_PX = 17, 12, 12
LEGEND_ITEM_PX = 200


def _tree_header(view: UnitView, tahun: int, nodes: pd.DataFrame, total_w: float) -> _TreeHeader:
    scale = view.scale
    title = f"Pohon Kinerja {view.nama} Tahun {tahun}"
    subtitle = (
        f"Warna dan arsir: {scale.judul or 'kategori capaian, skala ' + scale.name}, dari "
        "rata-rata capaian indikator setiap kondisi. Bingkai putus-putus tebal: crosscutting."
    )
    usable = max(total_w - 32, 200)
    # Room for the modebar; at least 28 characters a line and at most 3 lines, so a
    # very long unit name on a narrow tree cannot push the tree off the page.
    title_lines = _wrap(title, max(int((usable - 240) / (TITLE_PX * 0.6)), 28), max_lines=3)
    subtitle_lines = _wrap(subtitle, int(usable / (SUBTITLE_PX * 0.56)))
    present = {k if isinstance(k, str) else None for k in nodes["kategori"]}
    legend = _legend_entries(scale, present)
    cross = bool(nodes["crosscutting_list"].map(bool).any())
    per_row = max(1, int(usable // LEGEND_ITEM_PX))
    rows = math.ceil((len(legend) + cross) / per_row)
    title_y = 12.0
    subtitle_y = title_y + 24 * len(title_lines) + 4
    legend_y = subtitle_y + 17 * len(subtitle_lines) + 8
    top = legend_y + 24 * rows + 6
    return _TreeHeader(
        title_lines, subtitle_lines, legend, cross, per_row, title_y, subtitle_y, legend_y, top
    )


def pohon_figure(
    view: UnitView, tahun: int | None = None, orientation: Orientation = "auto"
) -> go.Figure:
    """The pohon kinerja as an interactive plotly figure.

    Boxes are coloured by the kategori of each node's mean capaian on the
    unit's scale, with the kategori pattern on a stripe at their left; text:
    wrapped uraian, penanggung jawab, code with capaian and kategori, and a
    "↔ KODE-UNIT" line for crosscutting nodes (which also get a thick dashed
    outline). Hover lists the node's indicators with target, realisasi and
    capaian. The figure's size follows the layout: long trees grow in height
    and use a smaller font, so BKPSDM's 63 nodes stay readable.
    """
    tahun = tahun or view.tahun
    nodes = pohon_nodes(view, tahun, orientation)
    fig = go.Figure()
    if nodes.empty:
        title = f"Pohon Kinerja {view.nama} Tahun {tahun}"
        _base_layout(fig, esc(title), "Pohon kinerja unit ini belum diisi.", height=240)
        fig.update_xaxes(visible=False)
        fig.update_yaxes(visible=False)
        return fig
    g = _tree_geometry(nodes)
    head = _tree_header(view, tahun, nodes, g.width + 32)
    ex: list[float | None] = []
    ey: list[float | None] = []
    for xs, ys in g.edges:
        ex += [*xs, None]
        ey += [*ys, None]
    fig.add_trace(
        go.Scatter(x=ex, y=ey, mode="lines", line={"color": PALETTE.edge, "width": 1.2},
                   hoverinfo="skip", showlegend=False, name="garis", meta="garis")
    )  # fmt: skip
    half_w, half_h = g.box_w / 2, g.box_h / 2
    for name, style in head.legend:
        mine = nodes.index[nodes["kategori"].map(lambda k, s=style: (k or None) == s.label)]
        bx: list[float | None] = []
        by: list[float | None] = []
        sx: list[float | None] = []
        sy: list[float | None] = []
        for i in mine:
            x0, y0 = g.cx[i] - half_w, g.cy[i] - half_h
            xs, ys = _rect(x0, y0, x0 + g.box_w, y0 + g.box_h)
            bx += xs
            by += ys
            xs, ys = _rect(x0, y0, x0 + g.stripe_w, y0 + g.box_h)
            sx += xs
            sy += ys
        group = f"kategori-{style.rank}"
        fig.add_trace(
            go.Scatter(x=bx or [None], y=by or [None], mode="lines", fill="toself",
                       fillcolor=style.color, line={"color": PALETTE.edge, "width": 1},
                       hoverinfo="skip", showlegend=False, legendgroup=group, name=name,
                       meta="kotak")
        )  # fmt: skip
        fig.add_trace(
            go.Scatter(
                x=sx or [None], y=sy or [None], mode="lines", fill="toself",
                fillcolor=style.color, line={"color": PALETTE.edge, "width": 1},
                fillpattern={"shape": style.pattern, "fgcolor": style.text_color,
                             "bgcolor": style.color, "fgopacity": 0.7, "size": 7,
                             "solidity": 0.35, "fillmode": "replace"},
                hoverinfo="skip", legendgroup=group, name=name, showlegend=True, meta="strip",
            )
        )  # fmt: skip
    cross = nodes.index[nodes["crosscutting_list"].map(bool)]
    if len(cross):
        ox: list[float | None] = []
        oy: list[float | None] = []
        for i in cross:
            xs, ys = _rect(g.cx[i] - half_w - 4, g.cy[i] - half_h - 4,
                           g.cx[i] + half_w + 4, g.cy[i] + half_h + 4)  # fmt: skip
            ox += xs
            oy += ys
        fig.add_trace(
            go.Scatter(x=ox, y=oy, mode="lines", line={"color": "#000000", "width": 3, "dash": "dash"},
                       hoverinfo="skip", name="Crosscutting (lintas unit)", meta="crosscutting")
        )  # fmt: skip
    text = []
    for _, r in nodes.iterrows():
        parts = [esc(x) for x in r["uraian_lines"]]
        parts += [f"<i>{esc(x)}</i>" for x in r["pj_lines"]]
        parts.append(f"<b>{esc(r['status_line'])}</b>")
        parts += [f"<b>{esc(x)}</b>" for x in r["cross_lines"]]
        text.append("<br>".join(parts))
    fig.add_trace(
        go.Scatter(
            x=g.cx, y=g.cy, mode="markers+text", text=text, textposition="middle center",
            textfont={"size": g.font_px, "color": list(nodes["text_color"])},
            marker={"size": min(g.box_h, g.box_w), "symbol": "square", "opacity": 0},
            hovertext=list(nodes["hover"]), hoverinfo="text", showlegend=False, name="node", meta="node",
            customdata=list(nodes["kode_node"].astype(str)),
        )
    )  # fmt: skip
    for x, y, name in g.headings:
        fig.add_annotation(
            x=x, y=y, text="<b>" + "<br>".join(esc(x) for x in name.split("\n")) + "</b>", showarrow=False, font={"size": g.font_px + 1},
            xanchor="center" if g.orientation == "lr" else "right",
        )  # fmt: skip
    margin = {"l": 16, "r": 16, "t": int(math.ceil(head.top)), "b": 16}
    height = int(g.height + margin["t"] + margin["b"])
    _base_layout(
        fig, "<br>".join(esc(x) for x in head.title), None,
        width=int(g.width + margin["l"] + margin["r"]), height=height,
        margin=margin, hovermode="closest", hoverdistance=int(g.box_w / 2), dragmode="pan",
    )  # fmt: skip
    fig.update_layout(
        title={"yref": "container", "y": 1, "yanchor": "top", "pad": {"t": head.title_y},
               "font": {"size": TITLE_PX}},
        legend={"yref": "container", "y": 1 - head.legend_y / height, "yanchor": "top",
                "font": {"size": LEGEND_PX}, "entrywidth": LEGEND_ITEM_PX - 40},
    )  # fmt: skip
    fig.add_annotation(
        text="<br>".join(esc(x) for x in head.subtitle), xref="paper", yref="paper", x=0,
        y=1 + (head.top - head.subtitle_y) / g.height, xanchor="left", yanchor="top",
        showarrow=False, align="left", font={"size": SUBTITLE_PX, "color": "#555555"},
    )  # fmt: skip
    axis = {"visible": False, "showgrid": False, "zeroline": False, "autorange": False}
    fig.update_xaxes(range=[0, g.width], **axis)
    fig.update_yaxes(range=[-g.height, 0], **axis)
    return fig


def tree_trace(fig: go.Figure, meta: str = "node") -> go.Scatter:
    """A trace of a :func:`pohon_figure` by role: "node" (text, hover, ``customdata`` =
    kode_node), "kotak" / "strip" (one per kategori), "crosscutting" or "garis"."""
    return next(t for t in fig.data if t.meta == meta)


def pohon_matplotlib(
    view: UnitView, tahun: int | None = None, orientation: Orientation = "auto"
) -> MplFigure:
    """The pohon kinerja as a static matplotlib figure for printed reports.

    Same layout, colours and text as :func:`pohon_figure`, with the kategori
    hatch on each box's stripe so the categories survive a black-and-white
    print. Built on ``matplotlib.figure.Figure`` with an Agg canvas: pyplot and
    the global backend are left alone, so notebooks keep theirs.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle

    tahun = tahun or view.tahun
    nodes = pohon_nodes(view, tahun, orientation)
    px = 1 / 96  # inches per pixel: 1 px = 0,75 pt
    pt = 0.75
    if nodes.empty:
        fig = Figure(figsize=(8, 2), dpi=96)
        FigureCanvasAgg(fig)
        fig.text(0.02, 0.7, f"Pohon Kinerja {view.nama} Tahun {tahun}", fontsize=14, weight="bold")
        fig.text(0.02, 0.4, "Pohon kinerja unit ini belum diisi.", fontsize=10)
        return fig
    g = _tree_geometry(nodes)
    margin_l, margin_r, margin_b = 16, 16, 16
    total_w = g.width + margin_l + margin_r
    head = _tree_header(view, tahun, nodes, total_w)
    total_h = g.height + head.top + margin_b
    fig = Figure(figsize=(total_w * px, total_h * px), dpi=96)
    FigureCanvasAgg(fig)
    ax = fig.add_axes(
        (margin_l / total_w, margin_b / total_h, g.width / total_w, g.height / total_h)
    )
    ax.set_xlim(0, g.width)
    ax.set_ylim(-g.height, 0)
    ax.axis("off")
    for xs, ys in g.edges:
        ax.plot(xs, ys, color=PALETTE.edge, linewidth=1.2 * pt, solid_capstyle="butt", zorder=1)
    half_w, half_h = g.box_w / 2, g.box_h / 2
    for i, r in nodes.iterrows():
        x0, y0 = g.cx[i] - half_w, g.cy[i] - half_h
        ax.add_patch(Rectangle((x0, y0), g.box_w, g.box_h, facecolor=r["color"],
                               edgecolor=PALETTE.edge, linewidth=0.75, zorder=2))  # fmt: skip
        ax.add_patch(Rectangle((x0, y0), g.stripe_w, g.box_h, linewidth=0.75, zorder=3,
                               **_hatch_style(r["color"], r["hatch"], r["text_color"])))  # fmt: skip
        if r["crosscutting_list"]:
            ax.add_patch(Rectangle((x0 - 4, y0 - 4), g.box_w + 8, g.box_h + 8, fill=False,
                                   edgecolor="#000000", linewidth=2.2, linestyle=(0, (4, 2)),
                                   zorder=4))  # fmt: skip
        lines = (
            [(x, "normal", "normal") for x in r["uraian_lines"]]
            + [(x, "italic", "normal") for x in r["pj_lines"]]
            + [(r["status_line"], "normal", "bold")]
            + [(x, "normal", "bold") for x in r["cross_lines"]]
        )
        top = g.cy[i] + (len(lines) - 1) * g.line_px / 2
        text_x = g.cx[i] + g.stripe_w / 2
        for k, (line, style, weight) in enumerate(lines):
            ax.text(text_x, top - k * g.line_px, line, ha="center", va="center",
                    fontsize=g.font_px * pt, color=r["text_color"], fontstyle=style,
                    fontweight=weight, zorder=5)  # fmt: skip
    for x, y, name in g.headings:
        ax.text(x, y, name, ha="center" if g.orientation == "lr" else "right", va="center",
                fontsize=(g.font_px + 1) * pt, fontweight="bold", color=PALETTE.text)  # fmt: skip
    left = margin_l / total_w
    fig.text(left, 1 - head.title_y / total_h, "\n".join(head.title), fontsize=TITLE_PX * pt,
             fontweight="bold", va="top", color=PALETTE.text, linespacing=1.25)  # fmt: skip
    fig.text(left, 1 - head.subtitle_y / total_h, "\n".join(head.subtitle),
             fontsize=SUBTITLE_PX * pt, va="top", color="#555555", linespacing=1.3)  # fmt: skip
    handles: list[Patch | Line2D] = [
        Patch(label=name, **_hatch_style(s.color, s.hatch, s.text_color)) for name, s in head.legend
    ]
    if head.crosscutting:
        handles.append(Line2D([0], [0], color="#000000", linewidth=2.2, linestyle=(0, (4, 2)),
                              label="Crosscutting (lintas unit)"))  # fmt: skip
    fig.legend(
        handles=_row_major(handles, head.per_row), loc="upper left", bbox_to_anchor=(left, 1 - head.legend_y / total_h),
        ncol=head.per_row, frameon=False, fontsize=LEGEND_PX * pt, handlelength=2.2,
        handleheight=1.4, borderaxespad=0, columnspacing=1.2,
    )  # fmt: skip
    return fig


def _hatch_style(fill: str, hatch: str, hatch_color: str) -> dict[str, object]:
    """Patch keywords for a hatched fill; matplotlib < 3.10 draws hatches in the edge colour."""
    from matplotlib.patches import Patch

    style: dict[str, object] = {
        "facecolor": fill,
        "edgecolor": PALETTE.edge,
        "hatch": hatch or None,
    }
    if hasattr(Patch, "set_hatchcolor"):
        style["hatchcolor"] = hatch_color
    elif hatch:
        style["edgecolor"] = hatch_color
    return style


def _row_major(items: list, ncol: int) -> list:
    """Reorder legend items so matplotlib's column-wise filling reads row by row.

    >>> _row_major(list("abcde"), 3)  # shown as: a b c / d e
    ['a', 'd', 'b', 'e', 'c']
    """
    n = len(items)
    rows = math.ceil(n / ncol) if ncol else 0
    return [items[r * ncol + c] for c in range(ncol) for r in range(rows) if r * ncol + c < n]


def save_figure(fig: MplFigure, path: str | Path, dpi: int = 150) -> Path:
    """Write a matplotlib figure as PNG, SVG or PDF (by suffix), atomically.

    SVG keeps its text as text (``svg.fonttype = none``): crisp, searchable and
    small; the output is reproducible (no date, fixed ids).
    """
    from matplotlib import rc_context

    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg", "pdf"):
        raise ValueError(
            f"Format gambar '{target.suffix}' tidak didukung; pakai .png, .svg atau .pdf"
        )
    metadata = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None}}
    with (
        rc_context({"svg.fonttype": "none", "svg.hashsalt": "sakiplib", "hatch.linewidth": 0.8}),
        atomic_path(target) as tmp,
    ):
        fig.savefig(tmp, format=fmt, dpi=dpi, metadata=metadata[fmt], facecolor="white")
    return target


def svg_markup(fig: MplFigure) -> str:
    """A matplotlib figure as inline ``<svg>`` markup (text kept as text, scales to its box)."""
    from matplotlib import rc_context

    buffer = io.StringIO()
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "sakiplib", "hatch.linewidth": 0.8}):
        fig.savefig(buffer, format="svg", metadata={"Date": None}, facecolor="white")
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    return svg.replace("<svg ", '<svg style="max-width:100%;height:auto" ', 1)


# --------------------------------------------------------------------------- IKM figures

MUTU_BANDS = (("D", 25.0, 64.99), ("C", 65.0, 76.60), ("B", 76.61, 88.30), ("A", 88.31, 100.0))


def _ikm_text(value: object, mutu: object = None) -> str:
    if value is None or pd.isna(value):  # type: ignore[arg-type]
        return ""
    text = angka(float(value), 2)  # type: ignore[arg-type]
    return f"{text} ({mutu})" if _text(mutu) else text


def _mutu_bands(fig: go.Figure) -> None:
    """Light horizontal bands with the mutu letters A-D (PermenPAN-RB 14/2017)."""
    for k, (letter, low, high) in enumerate(MUTU_BANDS):
        fig.add_hrect(
            y0=low, y1=high, fillcolor=PALETTE.band if k % 2 else "white", line_width=0,
            layer="below", annotation_text=f"mutu {letter}", annotation_position="right",
            annotation_font={"size": 10, "color": "#777777"},
        )  # fmt: skip


def ikm_triwulan_figure(
    tabel: pd.DataFrame,
    target: float | None = None,
    judul: str = "Indeks Kepuasan Masyarakat per Triwulan",
) -> go.Figure:
    """Quarterly IKM of the unit beside the kabupaten's, with the target line.

    ``tabel`` is :func:`sakiplib.lkjip.tabel_ikm_triwulan` (Periode, IKM Unit,
    Mutu, IKM Kabupaten). Grouped bars labelled in id-ID with the mutu letter;
    the y axis spans the IKM scale 25-100 with the mutu bands behind.
    """
    periods = [str(p) for p in tabel["Periode"]]
    unit = pd.to_numeric(tabel["IKM Unit"], errors="coerce")
    kab = pd.to_numeric(tabel.get("IKM Kabupaten", pd.Series(dtype=float)), errors="coerce")
    mutu = list(tabel.get("Mutu", [None] * len(tabel)))
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            x=periods, y=unit, name="IKM unit", marker={"color": PALETTE.unit},
            text=[_ikm_text(v, m) for v, m in zip(unit, mutu, strict=True)],
            textposition="outside", cliponaxis=False,
            customdata=[_ikm_text(v, m) for v, m in zip(unit, mutu, strict=True)],
            hovertemplate="%{x}<br>IKM unit: %{customdata}<extra></extra>",
        )
    )  # fmt: skip
    if kab.notna().any():
        fig.add_trace(
            go.Bar(
                x=periods, y=kab, name="IKM kabupaten",
                marker={"color": PALETTE.kabupaten,
                        "pattern": {"shape": "/", "fgcolor": "#FFFFFF", "size": 8, "solidity": 0.25,
                                    "fillmode": "overlay"}},
                text=[_ikm_text(v) for v in kab], textposition="outside", cliponaxis=False,
                customdata=[_ikm_text(v) for v in kab],
                hovertemplate="%{x}<br>IKM kabupaten: %{customdata}<extra></extra>",
            )
        )  # fmt: skip
    values = [v for v in [*unit, *kab, target] if v is not None and pd.notna(v)]
    top = max([100.0, *values]) + 6
    bottom = min([25.0, *values]) - 1
    _mutu_bands(fig)
    if target is not None and pd.notna(target):
        fig.add_hline(y=float(target), line={"color": PALETTE.target, "width": 2, "dash": "dash"})
        _legend_line(fig, f"Target {nilai(float(target))}", PALETTE.target)
    _base_layout(
        fig, esc(judul), None, barmode="group", height=430, margin={"r": 70},
        yaxis={"title": {"text": "Nilai IKM"}, "range": [bottom, top]},
        xaxis={"title": {"text": "Periode"}, "type": "category"},
    )  # fmt: skip
    return fig


def ikm_unsur_figure(
    tabel: pd.DataFrame, judul: str = "Nilai IKM per Unsur Pelayanan"
) -> go.Figure:
    """IKM per unsur of the unit beside the kabupaten's (horizontal bars).

    ``tabel`` is :func:`sakiplib.lkjip.tabel_ikm_unsur`. The valid range 25-100
    is shaded; a value outside it (seed 004's kabupaten reports 107,30) is still
    drawn, marked "⚠" in its label and explained in the hover.
    """
    unsur = [str(u) for u in tabel["Unsur"]][::-1]
    pos = list(range(len(unsur)))
    fig = go.Figure()
    fig.add_vrect(x0=25, x1=100, fillcolor=PALETTE.band, line_width=0, layer="below")
    # horizontal groups draw the first trace lowest: kabupaten first puts the unit on top
    series = [("Nilai Kabupaten", "IKM kabupaten", PALETTE.kabupaten, "/"), ("Nilai Unit", "IKM unit", PALETTE.unit, "")]  # fmt: skip
    maximum = 100.0
    for column, name, color, pattern in series:
        if column not in tabel or not pd.to_numeric(tabel[column], errors="coerce").notna().any():
            continue
        values = pd.to_numeric(tabel[column], errors="coerce").to_list()[::-1]
        maximum = max([maximum, *[v for v in values if pd.notna(v)]])
        outside = [pd.notna(v) and not 25 <= v <= 100 for v in values]
        labels = [
            ("⚠ " if o else "") + _ikm_text(v) if pd.notna(v) else "-"
            for v, o in zip(values, outside, strict=True)
        ]
        hover = [
            f"<b>{esc(u)}</b><br>{name}: {lab}"
            + (
                "<br>⚠ Di luar skala IKM 25–100: nilai ini tidak mungkin, periksa data."
                if o
                else ""
            )
            for u, lab, o in zip(unsur, labels, outside, strict=True)
        ]
        fig.add_trace(
            go.Bar(
                y=pos, x=values, orientation="h", name=name, text=labels,
                textposition="outside", cliponaxis=False, hovertext=hover, hoverinfo="text",
                marker={"color": color, "line": {"color": ["#000000" if o else color for o in outside],
                                                "width": [2 if o else 0 for o in outside]},
                        "pattern": {"shape": pattern, "fgcolor": "#FFFFFF", "size": 8, "solidity": 0.25,
                                    "fillmode": "overlay"}},
            )
        )  # fmt: skip
    _base_layout(
        fig, esc(judul),
        "Nilai per unsur sudah dikonversi (× 25). Area abu-abu: rentang sah 25–100; "
        "⚠ menandai nilai di luar rentang itu.",
        barmode="group", height=170 + 56 * len(unsur), margin={"r": 40},
        legend_traceorder="reversed",
        xaxis={"title": {"text": "Nilai"}, "range": [0, maximum * 1.12]},
        yaxis={"tickvals": pos, "ticktext": [_wrap_html(u, 30) for u in unsur]},
    )  # fmt: skip
    return fig


def _yearly_ikm(values_long: pd.DataFrame) -> pd.DataFrame:
    """IKM per tahun and lingkup: the Tahunan value, else the mean of the quarters."""
    v = values_long[values_long["unsur"] == "IKM"].drop_duplicates(
        ["tahun", "periode", "lingkup", "unsur"]
    )
    rows = []
    for (tahun, lingkup), group in v.groupby(["tahun", "lingkup"]):
        yearly = group[group["periode"] == "Tahunan"]
        if not yearly.empty:
            rows.append((int(tahun), lingkup, float(yearly["nilai"].iloc[0]), "tahunan"))
        elif group["nilai"].notna().any():
            rows.append((int(tahun), lingkup, float(group["nilai"].mean()), "rata-rata triwulan"))
    return pd.DataFrame(rows, columns=["tahun", "lingkup", "nilai", "dasar"])


def ikm_tahun_figure(
    values_long: pd.DataFrame, judul: str = "Indeks Kepuasan Masyarakat per Tahun"
) -> go.Figure:
    """IKM over the years, the unit against the kabupaten (lines with markers).

    ``values_long`` is :func:`sakiplib.lkjip.ikm_unit` concatenated with
    :func:`sakiplib.lkjip.kabupaten_ikm` (tahun, periode, lingkup, unsur,
    nilai); duplicates are dropped, a year without a "Tahunan" value uses the
    mean of its quarters (said in the hover). Years are categories, so 2024 is
    never printed "2.024".
    """
    yearly = _yearly_ikm(values_long)
    fig = go.Figure()
    styles = {
        "unit": ("IKM unit", PALETTE.unit, "solid", "circle", "top center"),
        "kabupaten": ("IKM kabupaten", PALETTE.kabupaten, "dash", "square", "bottom center"),
    }
    years = sorted(yearly["tahun"].unique())
    for lingkup, (name, color, dash, symbol, where) in styles.items():
        s = yearly[yearly["lingkup"] == lingkup].sort_values("tahun")
        if s.empty:
            continue
        labels = [_ikm_text(v) for v in s["nilai"]]
        fig.add_trace(
            go.Scatter(
                x=[str(t) for t in s["tahun"]], y=s["nilai"], name=name, mode="lines+markers+text",
                line={"color": color, "dash": dash, "width": 2.5},
                marker={"symbol": symbol, "size": 9, "color": color},
                text=labels, textposition=where,
                hovertext=[f"{t}: {name} {lab} ({d})" for t, lab, d in zip(s["tahun"], labels, s["dasar"], strict=True)],
                hoverinfo="text",
            )
        )  # fmt: skip
    values = yearly["nilai"].tolist()
    _mutu_bands(fig)
    _base_layout(
        fig, esc(judul), None, height=420, margin={"r": 70},
        xaxis={"title": {"text": "Tahun"}, "type": "category",
               "categoryarray": [str(t) for t in years], "categoryorder": "array"},
        yaxis={"title": {"text": "Nilai IKM"},
               "range": [min([60.0, *values]) - 2, max([100.0, *values]) + 3]},
    )  # fmt: skip
    return fig


# --------------------------------------------------------------------------- anggaran, capaian


def anggaran_figure(
    tabel: pd.DataFrame,
    tingkat: str = "Program",
    judul: str = "Pagu dan Realisasi Anggaran per Program",
) -> go.Figure:
    """Pagu against realisasi per program (horizontal bars) from :func:`sakiplib.lkjip.tabel_anggaran`.

    Labels give short amounts ("2,5 M") and the capaian anggaran; the hover
    gives full rupiah ("Rp 2.519.516.374"). The x axis uses short id-ID amounts.
    """
    rows = tabel[tabel["Tingkat"] == tingkat]
    if rows.empty:
        rows = tabel[tabel["Tingkat"].notna()]
    rows = rows.iloc[::-1]
    pos = list(range(len(rows)))
    names = [
        f"{_text(k)} {_text(u)}".strip()
        for k, u in zip(rows["Kode"], rows["Program/Kegiatan"], strict=True)
    ]
    pagu = pd.to_numeric(rows["Pagu (Rp)"], errors="coerce").to_list()
    real = pd.to_numeric(rows["Realisasi (Rp)"], errors="coerce").to_list()
    cap = pd.to_numeric(rows["Capaian Anggaran (%)"], errors="coerce").to_list()
    hover = [
        f"<b>{_wrap_html(n, 60)}</b><br>Pagu: {_rupiah(p)}<br>Realisasi: {_rupiah(r)}"
        f"<br>Capaian anggaran: {persen(c) if pd.notna(c) else '-'}"
        for n, p, r, c in zip(names, pagu, real, cap, strict=True)
    ]
    fig = go.Figure()
    # horizontal groups stack the first trace lowest: realisasi first puts pagu above it
    fig.add_trace(
        go.Bar(
            y=pos, x=real, orientation="h", name="Realisasi", marker={"color": PALETTE.realisasi},
            text=[f"{rupiah_singkat(r)} ({persen(c) if pd.notna(c) else '-'})" for r, c in zip(real, cap, strict=True)],
            textposition="outside", cliponaxis=False, hovertext=hover, hoverinfo="text",
        )
    )  # fmt: skip
    fig.add_trace(
        go.Bar(y=pos, x=pagu, orientation="h", name="Pagu", marker={"color": PALETTE.pagu},
               text=[rupiah_singkat(p) for p in pagu], textposition="outside", cliponaxis=False,
               hovertext=hover, hoverinfo="text")
    )  # fmt: skip
    total = tabel[tabel["Program/Kegiatan"] == "JUMLAH"]
    subtitle = None
    if not total.empty:
        t = total.iloc[0]
        c = t["Capaian Anggaran (%)"]
        subtitle = (
            f"Jumlah pagu {_rupiah(t['Pagu (Rp)'])}, realisasi {_rupiah(t['Realisasi (Rp)'])}"
            + (f" ({persen(float(c))})" if pd.notna(c) else "")
        )
    maximum = max([v for v in [*pagu, *real] if pd.notna(v)], default=0.0)
    ticks = _nice_ticks(maximum)
    _base_layout(
        fig, esc(judul), esc(subtitle) if subtitle else None, barmode="group",
        height=170 + 80 * len(rows), margin={"r": 30}, legend_traceorder="reversed",
        xaxis={"title": {"text": "Rupiah"}, "tickvals": ticks,
               "ticktext": [rupiah_singkat(v) for v in ticks], "range": [0, maximum * 1.3 or 1]},
        yaxis={"tickvals": pos, "ticktext": [_wrap_html(n, 36) for n in names]},
    )  # fmt: skip
    return fig


def capaian_figure(
    tabel: pd.DataFrame,
    scale: Scale | str | None = None,
    judul: str = "Capaian Kinerja Indikator Strategis",
) -> go.Figure:
    """Capaian per indicator (bars coloured and patterned by kategori) with a 100% line.

    ``tabel`` is :func:`sakiplib.lkjip.tabel_pengukuran`. Pass the unit's scale
    (``view.scale``); without it the smallest packaged scale holding every
    label of the table's Kategori column is used.
    """
    resolved = _infer_scale(tabel["Kategori"]) if scale is None else _resolve_scale(scale)
    rows = tabel.iloc[::-1]
    pos = list(range(len(rows)))
    cap = pd.to_numeric(rows["Capaian (%)"], errors="coerce").to_list()
    labels = [_text(k) or None for k in rows["Kategori"]]
    styles = [kategori_style(k, resolved) for k in labels]
    hover = []
    for (_, r), c, k in zip(rows.iterrows(), cap, labels, strict=True):
        satuan = _text(r.get("Satuan"))
        hover.append(
            f"<b>{_wrap_html(r['Indikator'], 60)}</b>"
            f"<br>{esc(r.get('Tingkat'))}: {_wrap_html(r.get('Sasaran/Tujuan'), 60)}"
            f"<br>Target {esc(_with_satuan(r.get('Target'), satuan))} · "
            f"realisasi {esc(_with_satuan(r.get('Realisasi'), satuan))}"
            f"<br>Capaian: <b>{persen(c) if pd.notna(c) else '-'}</b>"
            + (f" ({esc(k)})" if k else "")
        )
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            y=pos, x=[c if pd.notna(c) else 0 for c in cap], orientation="h", showlegend=False,
            marker={"color": [s.color for s in styles], "line": {"color": PALETTE.edge, "width": 1},
                    "pattern": {"shape": [s.pattern for s in styles], "fillmode": "overlay",
                                "fgcolor": [s.text_color for s in styles], "fgopacity": 0.45,
                                "size": 8, "solidity": 0.2}},
            text=[f"{persen(c)} · {k}" if pd.notna(c) and k else persen(c) if pd.notna(c) else "-"
                  for c, k in zip(cap, labels, strict=True)],
            textposition="outside", cliponaxis=False, hovertext=hover, hoverinfo="text", name="capaian",
        )
    )  # fmt: skip
    for band in reversed(resolved.bands):
        s = kategori_style(band.label, resolved)
        fig.add_trace(
            go.Bar(y=[None], x=[None], orientation="h", name=f"{band.label} ({_band_range(band)})",
                   marker={"color": s.color, "line": {"color": PALETTE.edge, "width": 1},
                           "pattern": {"shape": s.pattern, "fgcolor": s.text_color, "size": 8,
                                       "fgopacity": 0.45, "solidity": 0.2, "fillmode": "overlay"}})
        )  # fmt: skip
    fig.add_vline(x=100, line={"color": PALETTE.target, "width": 2, "dash": "dash"}, layer="below")
    _legend_line(fig, "100% (target tercapai)", PALETTE.target)
    maximum = max([100.0, *[c for c in cap if pd.notna(c)]])
    _base_layout(
        fig, esc(judul), esc(f"Warna dan arsir: {resolved.judul or 'skala ' + resolved.name}"),
        legend_rows=2, height=200 + 62 * len(rows), margin={"r": 30}, barmode="overlay",
        xaxis={"title": {"text": "Capaian (%)"}, "ticksuffix": "%", "range": [0, maximum * 1.3]},
        yaxis={"tickvals": pos, "ticktext": [_wrap_html(i, 40) for i in rows["Indikator"]]},
    )  # fmt: skip
    return fig


def units_figure(
    summary: pd.DataFrame, column: str, judul: str, label_column: str = "Unit"
) -> go.Figure:
    """One value per unit (from :func:`sakiplib.views.kabupaten_summary`), ranked, with the mean.

    Columns ending in "(%)" are shown as percentages, others with 2 decimals.
    """
    data = summary[[label_column, column]].copy()
    data[column] = pd.to_numeric(data[column], errors="coerce")
    data = data.sort_values(column, ascending=True, na_position="first")
    is_pct = column.strip().endswith("(%)")
    values = data[column].to_list()
    text = [(persen(v) if is_pct else angka(v, 2)) if pd.notna(v) else "-" for v in values]
    pos = list(range(len(data)))
    fig = go.Figure(
        go.Bar(
            y=pos, x=[v if pd.notna(v) else None for v in values], orientation="h",
            marker={"color": PALETTE.unit}, text=text, textposition="outside", cliponaxis=False,
            hovertext=[f"<b>{esc(u)}</b><br>{esc(column)}: {t}" for u, t in zip(data[label_column], text, strict=True)],
            hoverinfo="text", showlegend=False,
        )
    )  # fmt: skip
    known = [v for v in values if pd.notna(v)]
    if known:
        mean = float(np.mean(known))
        fig.add_vline(
            x=mean, line={"color": PALETTE.target, "width": 2, "dash": "dash"}, layer="below"
        )
        _legend_line(fig, f"Rata-rata {persen(mean) if is_pct else angka(mean, 2)}", PALETTE.target)
    maximum = max([*known, 1.0])
    # IKM lives on 25-100: its axis starts at 25, the scale's own zero
    start = 25.0 if column.upper().startswith("IKM") and min(known, default=25) >= 25 else 0.0
    _base_layout(
        fig, esc(judul), None, height=150 + 30 * len(data), margin={"r": 30},
        xaxis={"title": {"text": esc(column)}, "range": [start, maximum * 1.1 + 2],
               "ticksuffix": "%" if is_pct else ""},
        yaxis={"tickvals": pos, "ticktext": [_wrap_html(u, 40) for u in data[label_column]]},
    )  # fmt: skip
    return fig


# --------------------------------------------------------------------------- display

_DIV_COUNTER = itertools.count(1)
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}


def _slug(text: str) -> str:
    """An id-safe slug of a title (tags and entities dropped).

    >>> _slug("Pohon Kinerja <b>Kecamatan</b> Sempor &amp; Co 2024")
    'pohon-kinerja-kecamatan-sempor-co-2024'
    """
    plain = re.sub(r"<[^>]*>|&[#\w]+;", " ", text)
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "grafik"


def _div_id(fig: go.Figure) -> str:
    title = fig.layout.title.text or ""
    return f"sakip-{_slug(title)}-{next(_DIV_COUNTER)}"


def plotly_bundle(fig: go.Figure, div_id: str | None = None) -> dict[str, object]:
    """The display bundle of a plotly figure: plotly mimetype (JSON-safe) and an HTML div.

    The HTML part needs a global ``Plotly`` loaded by the page (one shared local
    plotly.min.js, see :func:`plotly_js_path`); it references no CDN.
    """
    div_id = div_id or _div_id(fig)
    return {
        "application/vnd.plotly.v1+json": json.loads(pio.to_json(fig, validate=False)),
        "text/html": fig.to_html(
            full_html=False,
            include_plotlyjs=False,
            include_mathjax=False,
            div_id=div_id,
            config=PLOTLY_CONFIG,
        ),  # fmt: skip
        "text/plain": f"<Grafik: {html.unescape(re.sub(r'<[^>]*>', '', fig.layout.title.text or ''))}>",
    }


def show(fig: go.Figure, div_id: str | None = None) -> None:
    """Display a plotly figure so that JupyterLab and the nbconvert HTML export both show it.

    JupyterLab renders the plotly mimetype; the HTML export keeps the text/html
    div (with a unique, stable id: title slug + counter), drawn by the page's
    shared local plotly.min.js.
    """
    from IPython import display as ipd

    ipd.display(plotly_bundle(fig, div_id), raw=True)


def show_matplotlib(fig: MplFigure) -> None:
    """Display a matplotlib figure as inline SVG (crisp, text searchable in the HTML export)."""
    from IPython import display as ipd

    svg = svg_markup(fig)
    ipd.display(
        {"text/html": f'<div class="sakip-svg">{svg}</div>', "image/svg+xml": svg,
         "text/plain": "<Gambar statis>"},
        raw=True,
    )  # fmt: skip


def plotly_js_path() -> Path:
    """The plotly.min.js shipped inside the installed plotly package (copied once per report set)."""
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise FileNotFoundError(
            f"plotly.min.js tidak ditemukan di {path}; pasang ulang paket plotly (pip install plotly)."
        )
    return path
