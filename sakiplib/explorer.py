"""The interactive explorer for analysts (JupyterLab, ipywidgets): IKM and capaian trends.

The widgets only choose; :func:`ikm_trend` and :func:`capaian_trend` compute,
and they are tested without a browser.

>>> import pandas as pd
>>> ikm = pd.DataFrame({"kode_unit": ["A", "A", "B"], "tahun": [2024] * 3,
...     "periode": ["TW I", "TW II", "TW I"], "lingkup": ["unit"] * 3, "unsur": ["IKM"] * 3,
...     "nilai": [80.0, 82.5, 90.0]})
>>> ikm_trend(ikm, ["A"], (2024, 2024))["nilai"].tolist()
[80.0, 82.5]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from sakiplib import lkjip
from sakiplib.dataset import unit_view
from sakiplib.ingest import load_tables
from sakiplib.schema import PERIODE_RANK


def all_ikm(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """IKM (gabungan) of every unit, per year and periode, from raw SKM answers or the IKM sheet."""
    frames = []
    for _, unit in tables["unit"].iterrows():
        view = unit_view(tables, str(unit["kode_unit"]), int(unit["tahun"]))
        values = lkjip.ikm_unit(view)
        values = values[(values["unsur"] == "IKM") & (values["lingkup"] == "unit")]
        frames.append(values.assign(kode_unit=unit["kode_unit"], nama_unit=unit["nama_unit"]))
    if not frames:
        return pd.DataFrame(
            columns=["kode_unit", "nama_unit", "tahun", "periode", "lingkup", "unsur", "nilai"]
        )
    return pd.concat(frames, ignore_index=True)


def ikm_trend(ikm: pd.DataFrame, units: Sequence[str], years: tuple[int, int]) -> pd.DataFrame:
    """IKM of the chosen units over the chosen years, in time order (quarters, then the year)."""
    chosen = ikm[
        ikm["kode_unit"].isin(units) & ikm["tahun"].between(*years) & (ikm["unsur"] == "IKM")
    ]
    chosen = chosen.assign(_p=chosen["periode"].map(PERIODE_RANK).replace({0: 5}))
    return (
        chosen.sort_values(["kode_unit", "tahun", "_p"]).drop(columns="_p").reset_index(drop=True)
    )


def capaian_trend(
    tables: Mapping[str, pd.DataFrame], kode_unit: str, kode_indikator: str, years: tuple[int, int]
) -> pd.DataFrame:
    """Target, realisasi, capaian and kategori of one indicator of one unit over the years."""
    unit = tables["unit"]
    tahun = int(unit.loc[unit["kode_unit"] == kode_unit, "tahun"].max())
    m = lkjip.measurement(unit_view(tables, kode_unit, tahun))
    m = m[(m["kode_indikator"] == kode_indikator) & m["tahun"].between(*years)]
    return m[["tahun", "target", "realisasi", "capaian", "kategori"]].reset_index(drop=True)


def explorer(data_olahan: str | Path):  # noqa: ANN201 - returns an ipywidgets box
    """Build the explorer widget: choose units, an indicator and years; see IKM and capaian trends."""
    import ipywidgets as w
    import plotly.graph_objects as go
    from IPython.display import display

    from sakiplib import charts

    tables = load_tables(data_olahan)
    ikm = all_ikm(tables)
    units = tables["unit"].sort_values(["kabupaten", "nama_unit"])
    options = [
        (f"{r.nama_unit} ({r.kabupaten} {r.tahun})", r.kode_unit) for r in units.itertuples()
    ]
    years = sorted(
        set(tables["realisasi"]["tahun"].dropna().astype(int)) | set(ikm["tahun"].astype(int))
    )
    pick_units = w.SelectMultiple(
        options=options, value=(options[0][1],), description="Unit", rows=8
    )
    pick_indicator = w.Dropdown(description="Indikator")
    pick_years = w.IntRangeSlider(
        value=(years[0], years[-1]), min=years[0], max=years[-1], description="Tahun"
    )
    out = w.Output()

    def indicators_of(kode: str) -> list[tuple[str, str]]:
        ind = tables["indikator"][tables["indikator"]["kode_unit"] == kode]
        return [
            (f"{r.kode_indikator} - {r.uraian}"[:90], r.kode_indikator) for r in ind.itertuples()
        ]

    def refresh(*_: object) -> None:
        first = pick_units.value[0] if pick_units.value else None
        if first and pick_indicator.options != tuple(indicators_of(first)):
            pick_indicator.options = indicators_of(first)
        out.clear_output()
        with out:
            trend = ikm_trend(ikm, list(pick_units.value), pick_years.value)
            fig = go.Figure(layout={"title": "IKM per triwulan dan tahun", "separators": ",."})
            for _kode, part in trend.groupby("kode_unit", sort=False):
                x = [f"{t} {p}" for t, p in zip(part["tahun"], part["periode"], strict=True)]
                fig.add_scatter(
                    x=x, y=part["nilai"], mode="lines+markers", name=str(part["nama_unit"].iloc[0])
                )
            charts.show(fig)
            if first and pick_indicator.value:
                table = capaian_trend(tables, first, pick_indicator.value, pick_years.value)
                display(lkjip.tampilkan(table.rename(columns=str.capitalize)))

    for widget in (pick_units, pick_indicator, pick_years):
        widget.observe(refresh, names="value")
    refresh()
    return w.VBox([w.HBox([pick_units, w.VBox([pick_indicator, pick_years])]), out])
