"""Anggaran: capaian anggaran, roll-up checks, belanja shares, budget per sasaran.

Input is the ``anggaran`` table: kode, kode_induk, tingkat (program, kegiatan,
subkegiatan), uraian, kode_node, jenis_belanja (operasi, modal), pagu,
realisasi, and the context columns kode_unit, tahun, periode and dokumen
(whichever are present; an empty dokumen means DPA, as the template says).
Figures are compared and summed within one context only.

A sub kegiatan may appear on two rows with the same kode, one per
jenis_belanja: :func:`sum_by_kode` adds them up before any roll-up. No
function modifies its input.

>>> df = pd.DataFrame({
...     "kode": ["1", "1.1", "1.1.1", "1.1.1"],
...     "kode_induk": [None, "1", "1.1", "1.1"],
...     "tingkat": ["program", "kegiatan", "subkegiatan", "subkegiatan"],
...     "uraian": ["P", "K", "S", "S"],
...     "jenis_belanja": [None, None, "operasi", "modal"],
...     "pagu": [100.0, 100.0, 70.0, 30.0], "realisasi": [90.0, 90.0, 60.0, 30.0],
... })
>>> rollup_check(df).empty
True
>>> capaian_anggaran(df)["capaian_anggaran"].tolist()
[90.0, 90.0, 85.71428571428571, 100.0]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from sakiplib.kategori import format_angka

__all__ = [
    "CONTEXT",
    "belanja_shares",
    "budget_per_sasaran",
    "capaian_anggaran",
    "leaf_rows",
    "rollup_check",
    "sum_by_kode",
]

#: Columns that separate one set of figures from another.
CONTEXT = ("kode_unit", "tahun", "periode", "dokumen")
_CHILD_LEVEL = {"program": "kegiatan", "kegiatan": "sub kegiatan"}
_LABEL = {"pagu": "Pagu", "realisasi": "Realisasi"}
NOT_LINKED = "(tidak terhubung ke sasaran)"
NOT_FILLED = "(tidak diisi)"


def _context(df: pd.DataFrame) -> list[str]:
    return [c for c in CONTEXT if c in df.columns]


def _prepared(df: pd.DataFrame) -> pd.DataFrame:
    """A copy with numeric pagu/realisasi and an explicit dokumen."""
    out = df.copy()
    for column in ("pagu", "realisasi"):
        if column not in out.columns:
            out[column] = np.nan
        out[column] = pd.to_numeric(out[column], errors="coerce").astype("float64")
    if "dokumen" in out.columns:
        out["dokumen"] = out["dokumen"].fillna("DPA")
    if "kode_induk" not in out.columns:
        out["kode_induk"] = None
    return out


def _rupiah(value: float) -> str:
    return "Rp " + format_angka(value)


def capaian_anggaran(df: pd.DataFrame, out: str = "capaian_anggaran") -> pd.DataFrame:
    """Return a copy of ``df`` with realisasi / pagu x 100 per row.

    Pagu 0, negative or missing, or realisasi missing, gives NaN (undefined).

    >>> df = pd.DataFrame({"pagu": [3457463874, 0, None], "realisasi": [3148478480, 5, 1]})
    >>> capaian_anggaran(df)["capaian_anggaran"].round(2).tolist()  # seed 003: 91,06%
    [91.06, nan, nan]
    """
    pagu = pd.to_numeric(df["pagu"], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    real = pd.to_numeric(df["realisasi"], errors="coerce").to_numpy(
        dtype="float64", na_value=np.nan
    )
    result = np.full(len(df), np.nan)
    np.divide(real, pagu, out=result, where=pagu > 0)
    return df.assign(**{out: result * 100.0})


def sum_by_kode(df: pd.DataFrame) -> pd.DataFrame:
    """One row per context and kode: pagu and realisasi summed over its rows.

    The rows of one kode (e.g. a sub kegiatan split into belanja operasi and
    modal) are added up; an all-empty column stays empty (NaN). ``tingkat``,
    ``kode_induk``, ``uraian`` and ``kode_node`` take the first filled value;
    ``n_rows`` counts the rows that were merged.

    >>> df = pd.DataFrame({"kode": ["1.1", "1.1"], "tingkat": "subkegiatan",
    ...                    "jenis_belanja": ["operasi", "modal"],
    ...                    "pagu": [70, 30], "realisasi": [60, None]})
    >>> sum_by_kode(df)[["kode", "pagu", "realisasi", "n_rows"]].values.tolist()
    [['1.1', 100.0, 60.0, 2]]
    """
    data = _prepared(df)
    keys = [*_context(data), "kode"]
    grouped = data.groupby(keys, sort=False, dropna=False)
    sums = grouped[["pagu", "realisasi"]].sum(min_count=1)
    firsts = grouped[
        [c for c in ("tingkat", "kode_induk", "uraian", "kode_node") if c in data]
    ].first()
    out = firsts.join(sums)
    out["n_rows"] = grouped.size()
    return out.reset_index()


def leaf_rows(df: pd.DataFrame) -> pd.Series:
    """Boolean mask of the lowest-level rows: kodes that are nobody's kode_induk.

    >>> df = pd.DataFrame({"kode": ["1", "1.1", "1.1.1", "2"],
    ...                    "kode_induk": [None, "1", "1.1", None]})
    >>> leaf_rows(df).tolist()
    [False, False, True, True]
    """
    data = _prepared(df)
    context = _context(data)
    parents = (
        data.loc[data["kode_induk"].notna(), [*context, "kode_induk"]]
        .drop_duplicates()
        .rename(columns={"kode_induk": "kode"})
        .assign(_is_parent=True)
    )
    marked = data[[*context, "kode"]].merge(parents, on=[*context, "kode"], how="left")
    return pd.Series(marked["_is_parent"].isna().to_numpy(), index=df.index, name="leaf")


def rollup_check(df: pd.DataFrame, tolerance: float = 0.5) -> pd.DataFrame:
    """Findings where a program differs from the sum of its kegiatan, or a
    kegiatan from the sum of its sub kegiatan, in pagu or in realisasi.

    Only parents that have children are checked. A difference above
    ``tolerance`` rupiah (default 0,5, i.e. any whole rupiah) is a finding, and
    so is a parent left empty while its children have figures, or the reverse.
    Columns: the context, kode, tingkat, uraian, ``column`` (pagu or
    realisasi), ``value`` (the parent's), ``children_sum``, ``difference``
    (value minus children_sum), ``n_children`` and a ``message`` in Bahasa
    Indonesia. The input is never modified.

    >>> df = pd.DataFrame({
    ...     "kode": ["1", "1.1", "1.2"], "kode_induk": [None, "1", "1"],
    ...     "tingkat": ["program", "kegiatan", "kegiatan"], "uraian": ["P", "K1", "K2"],
    ...     "pagu": [2519516374, 2222034374, 297000000], "realisasi": [10, 4, 6],
    ... })
    >>> found = rollup_check(df)
    >>> found[["kode", "column", "difference"]].values.tolist()
    [['1', 'pagu', 482000.0]]
    >>> print(found["message"].iloc[0])  # doctest: +NORMALIZE_WHITESPACE
    Pagu program 1 (Rp 2.519.516.374) tidak sama dengan jumlah pagu 2 kegiatan
    di bawahnya (Rp 2.519.034.374); selisih Rp 482.000.
    """
    nodes = sum_by_kode(df)
    context = _context(nodes)
    children = nodes[nodes["kode_induk"].notna()]
    grouped = children.groupby([*context, "kode_induk"], sort=False, dropna=False)
    sums = grouped[["pagu", "realisasi"]].sum(min_count=1)
    sums["n_children"] = grouped.size()
    sums = sums.reset_index().rename(columns={"kode_induk": "kode"})
    parents = nodes.merge(sums, on=[*context, "kode"], how="inner", suffixes=("", "_children"))
    findings = []
    for column in ("pagu", "realisasi"):
        value = parents[column]
        total = parents[f"{column}_children"]
        bad = (value.isna() != total.isna()) | ((value - total).abs() > tolerance)
        if not bad.any():
            continue
        rows = parents[bad]
        part = rows[[*context, "kode", "tingkat", "uraian"]].assign(
            column=column,
            value=rows[column],
            children_sum=rows[f"{column}_children"],
            difference=rows[column] - rows[f"{column}_children"],
            n_children=rows["n_children"],
        )
        part["message"] = [_rollup_message(column, r) for r in part.itertuples(index=False)]
        findings.append(part)
    columns = [
        *context,
        "kode",
        "tingkat",
        "uraian",
        "column",
        "value",
        "children_sum",
        "difference",
        "n_children",
        "message",
    ]
    if not findings:
        return pd.DataFrame(columns=columns)
    return pd.concat(findings, ignore_index=True)[columns]


def _rollup_message(column: str, row: object) -> str:
    tingkat = str(getattr(row, "tingkat", "") or "")
    child = _CHILD_LEVEL.get(tingkat, "baris")
    label = _LABEL[column]
    who = f"{tingkat} {row.kode}".strip()  # type: ignore[attr-defined]
    n = row.n_children  # type: ignore[attr-defined]
    value, total = row.value, row.children_sum  # type: ignore[attr-defined]
    if pd.isna(value):
        return (
            f"{label} {who} kosong, padahal jumlah {column} {n} {child} di bawahnya "
            f"{_rupiah(total)}."
        )
    if pd.isna(total):
        return f"{label} {who} {_rupiah(value)}, padahal {column} {n} {child} di bawahnya kosong."
    return (
        f"{label} {who} ({_rupiah(value)}) tidak sama dengan jumlah {column} {n} {child} "
        f"di bawahnya ({_rupiah(total)}); selisih {_rupiah(value - total)}."
    )


def belanja_shares(df: pd.DataFrame) -> pd.DataFrame:
    """Belanja operasi and modal as shares of the total, from the lowest-level rows.

    Only leaf rows (:func:`leaf_rows`) count, so nothing is counted twice.
    Columns: the context, ``jenis_belanja`` (an empty one is shown as
    "(tidak diisi)"), ``pagu``, ``realisasi``, ``share_pagu`` and
    ``share_realisasi`` (percent of the context's total).

    >>> df = pd.DataFrame({"kode": ["1.1", "1.2"], "jenis_belanja": ["operasi", "modal"],
    ...                    "pagu": [3296978974, 160484900], "realisasi": [0, 0]})
    >>> belanja_shares(df)["share_pagu"].round(2).tolist()  # seed 003
    [95.36, 4.64]
    """
    data = _prepared(df)
    context = _context(data)
    leaves = data[leaf_rows(data).to_numpy()]
    if "jenis_belanja" in leaves.columns:
        jenis = leaves["jenis_belanja"].fillna(NOT_FILLED)
    else:
        jenis = pd.Series(NOT_FILLED, index=leaves.index)
    leaves = leaves.assign(jenis_belanja=jenis)
    out = (
        leaves.groupby([*context, "jenis_belanja"], sort=False, dropna=False)[["pagu", "realisasi"]]
        .sum(min_count=1)
        .reset_index()
    )
    for column in ("pagu", "realisasi"):
        total = (
            out.groupby(context, dropna=False)[column].transform("sum")
            if context
            else out[column].sum()
        )
        out[f"share_{column}"] = out[column] / total * 100.0
    order = {"operasi": 0, "modal": 1, NOT_FILLED: 2}
    out = out.sort_values(
        [*context, "jenis_belanja"],
        key=lambda s: s.map(order).fillna(1.5) if s.name == "jenis_belanja" else s,
        kind="stable",
    )
    return out.reset_index(drop=True)


def budget_per_sasaran(
    anggaran_df: pd.DataFrame,
    pohon_df: pd.DataFrame,
    tingkat: str | Sequence[str] = "sasaran",
) -> pd.DataFrame:
    """The budget behind each sasaran, through the kode_node links.

    Each lowest-level budget line (duplicates per jenis_belanja summed) takes
    its own ``kode_node``, or failing that the nearest ``kode_node`` of its
    kegiatan or program. From that node the pohon kinerja is climbed through
    ``kode_induk`` to the first node whose ``tingkat`` is ``tingkat`` (pass
    e.g. "outcome" or ("sasaran", "outcome") for other tree styles). Lines
    that reach no such node form the row "(tidak terhubung ke sasaran)", so
    the shares of a context add up to 100.

    Columns: the context, ``kode_sasaran`` (NaN for the unlinked row),
    ``uraian_sasaran``, ``pagu``, ``realisasi``, ``share_pagu`` (percent of
    the context's total pagu), ``capaian_anggaran`` and ``n_lines``.

    >>> pohon = pd.DataFrame({"kode_node": ["T1", "S1", "S2"], "kode_induk": [None, "T1", "T1"],
    ...                       "tingkat": ["tujuan", "sasaran", "sasaran"],
    ...                       "uraian": ["Tujuan", "Pelayanan", "Koordinasi"]})
    >>> ang = pd.DataFrame({"kode": ["2", "2.1", "2.2", "3"], "kode_induk": [None, "2", "2", None],
    ...                     "tingkat": ["program", "kegiatan", "kegiatan", "program"],
    ...                     "kode_node": [None, "S2", "S1", None],
    ...                     "pagu": [300, 200, 100, 700], "realisasi": [300, 200, 100, 700]})
    >>> out = budget_per_sasaran(ang, pohon)
    >>> out[["kode_sasaran", "pagu", "share_pagu"]].values.tolist()
    [['S1', 100.0, 10.0], ['S2', 200.0, 20.0], [nan, 700.0, 70.0]]
    """
    levels = {tingkat} if isinstance(tingkat, str) else set(tingkat)
    nodes = sum_by_kode(anggaran_df)
    context = _context(nodes)
    if "kode_node" not in nodes.columns:
        nodes["kode_node"] = None
    by_unit = "kode_unit" in context and "kode_unit" in pohon_df.columns

    line_index = {
        (tuple(r[:-3]), r[-3]): (r[-2], r[-1])
        for r in nodes[[*context, "kode", "kode_node", "kode_induk"]].itertuples(index=False)
    }
    tree = {
        ((r[0] if by_unit else None), r[1]): (r[2], r[3], r[4])
        for r in pohon_df.assign(_unit=pohon_df["kode_unit"] if by_unit else None)[
            ["_unit", "kode_node", "kode_induk", "tingkat", "uraian"]
        ].itertuples(index=False)
    }

    def linked_node(ctx: tuple, kode: str) -> object:
        seen: set[str] = set()
        while kode is not None and not pd.isna(kode) and kode not in seen:
            seen.add(kode)
            node, parent = line_index.get((ctx, kode), (None, None))
            if node is not None and not pd.isna(node):
                return node
            kode = parent
        return None

    def sasaran_of(unit: object, node: object) -> tuple[object, object]:
        seen: set[object] = set()
        while node is not None and not pd.isna(node) and node not in seen:
            seen.add(node)
            entry = tree.get((unit if by_unit else None, node))
            if entry is None:
                return None, None
            parent, level, uraian = entry
            if level in levels:
                return node, uraian
            node = parent
        return None, None

    leaves = nodes[leaf_rows(nodes).to_numpy()].copy()
    codes, names = [], []
    unit_pos = context.index("kode_unit") if by_unit else None
    for row in leaves[[*context, "kode"]].itertuples(index=False):
        ctx = tuple(row[:-1])
        node = linked_node(ctx, row[-1])
        code, name = sasaran_of(ctx[unit_pos] if unit_pos is not None else None, node)
        codes.append(code)
        names.append(name if code is not None else NOT_LINKED)
    leaves["kode_sasaran"] = pd.Series(codes, index=leaves.index, dtype="object")
    leaves["uraian_sasaran"] = names
    grouped = leaves.groupby([*context, "kode_sasaran", "uraian_sasaran"], sort=False, dropna=False)
    out = grouped[["pagu", "realisasi"]].sum(min_count=1)
    out["n_lines"] = grouped.size()
    out = out.reset_index()
    total = (
        out.groupby(context, dropna=False)["pagu"].transform("sum")
        if context
        else out["pagu"].sum()
    )
    out["share_pagu"] = out["pagu"] / total * 100.0
    out = capaian_anggaran(out)
    out["_unlinked"] = out["kode_sasaran"].isna()
    out = out.sort_values([*context, "_unlinked", "kode_sasaran"], kind="stable")
    columns = [
        *context,
        "kode_sasaran",
        "uraian_sasaran",
        "pagu",
        "realisasi",
        "share_pagu",
        "capaian_anggaran",
        "n_lines",
    ]
    return out[columns].reset_index(drop=True)
