"""Offline HTML: notebook export with code hidden, safe file names, and the index pages.

Pages load nothing from a network. The dashboards share one local copy of
plotly.js per report set (``reports/_static/plotly.min.js``, about 4,6 MB once)
instead of embedding it in every page; everything else is inline.

>>> safe_name("Kecamatan Sempor")
'kecamatan-sempor'
>>> safe_name("../../x"), safe_name("CON"), safe_name("Прембун")
('x', 'unit-con', 'unit-8d9c19')
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import nbformat
import pandas as pd

from sakiplib.fmt import angka, persen
from sakiplib.io import atomic_path

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC_DIRNAME = "_static"
PLOTLY_JS = "plotly.min.js"
MAX_NAME = 60
WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}


def safe_name(text: str, taken: Iterable[str] = ()) -> str:
    """A file or folder name from any text: ASCII letters, digits and dashes only.

    Never empty, never a Windows device name, never "." or "..", at most 60
    characters, and different from every name in ``taken`` (a short hash of
    the text is appended when needed).
    """
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_NAME].strip("-")
    digest = hashlib.sha1(str(text).encode("utf-8")).hexdigest()[:6]
    if not slug:
        slug = f"unit-{digest}"
    elif slug.split("-")[0] in WINDOWS_RESERVED or slug in WINDOWS_RESERVED:
        slug = f"unit-{slug}"
    taken = set(taken)
    if slug in taken:
        slug = f"{slug[: MAX_NAME - 7]}-{digest}"
    n = 2
    base = slug
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def copy_static(reports_dir: Path) -> Path:
    """Put the shared plotly.min.js in reports/_static (once per report set)."""
    from sakiplib.charts import plotly_js_path

    source = plotly_js_path()
    target = reports_dir / STATIC_DIRNAME / PLOTLY_JS
    if not target.exists() or target.stat().st_size != source.stat().st_size:
        with atomic_path(target) as tmp:
            shutil.copyfile(source, tmp)
    return target


def relative_url(from_dir: Path, target: Path) -> str:
    """A relative link usable from a page in ``from_dir`` (forward slashes)."""
    return Path(os.path.relpath(target, from_dir)).as_posix()


_EXPORTER = None


def html_exporter():  # noqa: ANN201 - nbconvert type
    """The HTML exporter (created once per process: building it is slow)."""
    global _EXPORTER
    if _EXPORTER is None:
        from nbconvert import HTMLExporter

        _EXPORTER = HTMLExporter(
            template_name="sakip",
            extra_template_basedirs=[str(TEMPLATES)],
            exclude_input=True,
            exclude_input_prompt=True,
            exclude_output_prompt=True,
        )
    return _EXPORTER


def export_html(nb: nbformat.NotebookNode, path: Path, plotly_src: str, nav_html: str = "") -> int:
    """Write the executed notebook as an offline HTML page (code hidden); returns its size."""
    resources = {
        "sakip": {"plotly_src": plotly_src, "nav": nav_html},
        "metadata": {"name": path.stem},
    }
    body, _ = html_exporter().from_notebook_node(nb, resources=resources)
    with atomic_path(path) as tmp:
        tmp.write_text(body, encoding="utf-8")
    return len(body.encode("utf-8"))


# --------------------------------------------------------------------------- index pages


@dataclass(frozen=True)
class IndexEntry:
    """One unit on a kabupaten index: its headline and status."""

    kode_unit: str
    nama: str
    link: str | None
    status: str
    detail: str
    headline: Mapping[str, object]


def _e(value: object) -> str:
    return html.escape(
        "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    )


PAGE_CSS = """
body{font-family:Segoe UI,Arial,sans-serif;max-width:1200px;margin:0 auto;padding:16px 24px;color:#111}
h1{font-size:24px;margin-bottom:4px} .meta{color:#333;font-size:14px}
table{border-collapse:collapse;font-size:14px;width:100%}
th{background:#1f4e78;color:#fff;padding:6px 8px;text-align:left;position:sticky;top:0}
td{border-bottom:1px solid #ddd;padding:5px 8px;vertical-align:top}
td.num{text-align:right;white-space:nowrap}
.ok{color:#1b5e20;font-weight:700} .gagal{color:#b71c1c;font-weight:700}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:700;font-size:13px}
"""


def kabupaten_index_html(
    kabupaten: str,
    tahun: int,
    entries: Sequence[IndexEntry],
    overview_link: str | None,
    colors: Mapping[str, tuple[str, str]],
    generated: datetime,
) -> str:
    """The index of one kabupaten and year: every dashboard with its headline and status.

    ``colors`` maps a kategori to its (background, text) colours.
    """
    failed = sum(e.status != "ok" for e in entries)
    rows = []
    for rank, e in enumerate(entries, start=1):
        h = e.headline
        name = f'<a href="{_e(e.link)}">{_e(e.nama)}</a>' if e.link else _e(e.nama)
        kategori = h.get("Kategori")
        fill, ink = colors.get(str(kategori), ("#ddd", "#111"))
        badge = (
            f'<span class="badge" style="background:{_e(fill)};color:{_e(ink)}">{_e(kategori)}</span>'
            if kategori and not pd.isna(kategori)
            else ""
        )
        status = (
            '<span class="ok">selesai</span>'
            if e.status == "ok"
            else f'<span class="gagal">gagal</span><br>{_e(e.detail)}'
        )
        rows.append(
            "<tr>"
            f"<td class='num'>{rank}</td><td>{name}<br><small>{_e(e.kode_unit)}</small></td>"
            f"<td class='num'>{_e(persen(h.get('Capaian Sasaran Utama (%)')))}</td><td>{badge}</td>"
            f"<td class='num'>{_e(angka(h.get('IKM'), 2)) if h.get('IKM') is not None else '-'}</td>"
            f"<td>{_e(h.get('Mutu IKM') or '-')}</td>"
            f"<td class='num'>{_e(angka(h.get('Pagu (Rp)')))}</td>"
            f"<td class='num'>{_e(persen(h.get('Realisasi Anggaran (%)')))}</td>"
            f"<td>{status}</td></tr>"
        )
    overview = (
        f'<p><a href="{_e(overview_link)}">Ikhtisar kabupaten (semua unit berdampingan)</a></p>'
        if overview_link
        else ""
    )
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Dasbor SAKIP Kabupaten {_e(kabupaten)} {tahun}</title><style>{PAGE_CSS}</style></head><body>"
        f"<h1>Dasbor SAKIP Kabupaten {_e(kabupaten)} Tahun {tahun}</h1>"
        f"<p class='meta'>{len(entries)} unit, {len(entries) - failed} selesai, {failed} gagal. "
        f"Dibuat {_e(generated.strftime('%d-%m-%Y %H:%M'))}. Diurutkan menurut IKM.</p>{overview}"
        "<table><thead><tr><th>No</th><th>Unit</th><th>Capaian sasaran utama</th><th>Kategori</th>"
        "<th>IKM</th><th>Mutu</th><th>Pagu (Rp)</th><th>Realisasi anggaran</th><th>Status</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></body></html>"
    )


def root_index_html(pages: Sequence[tuple[str, int, str]], generated: datetime) -> str:
    """reports/index.html: one link per kabupaten and year."""
    items = "".join(
        f"<li><a href='{_e(link)}'>Kabupaten {_e(kab)} {tahun}</a></li>"
        for kab, tahun, link in pages
    )
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Dasbor SAKIP</title>"
        f"<style>{PAGE_CSS}</style></head><body><h1>Dasbor SAKIP</h1>"
        f"<p class='meta'>Dibuat {_e(generated.strftime('%d-%m-%Y %H:%M'))}.</p><ul>{items}</ul></body></html>"
    )


def write_page(path: Path, markup: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(markup, encoding="utf-8")
