"""Pohon kinerja checks (PermenPAN-RB 89/2021 and the five-stage method of seed 001).

Checked per unit: one root (the outcome); levels run parent to child
(outcome before CSF before kondisi antara before kondisi operasional, or
tujuan, sasaran, program, kegiatan, sub kegiatan); every node has at least one
indicator; no condition and no indicator stated twice; crosscutting links
point to another unit that exists, never to the unit itself; no cycles; and
the penanggung jawab fits the jenis kinerja (stage 5: strategis to the head of
the unit or a kasi/kabid, taktikal to a kasi/kabid, operasional to a pelaksana
or jabatan fungsional).

Cycles and a missing root make the tree unusable and are errors (galat); the
others are warnings (peringatan).

>>> import pandas as pd
>>> pohon = pd.DataFrame({"kode_unit": ["U"] * 2, "kode_node": ["1", "1.1"],
...     "kode_induk": [None, "1"], "tingkat": ["outcome", "csf"],
...     "jenis_kinerja": ["strategis", "operasional"], "uraian": ["A", "B"],
...     "penanggung_jawab": ["Camat", "Camat"], "crosscutting": [None, "U"],
...     "sumber_file": ["f.xlsx"] * 2, "sumber_sheet": ["Pohon"] * 2, "sumber_baris": [2, 3]})
>>> indikator = pd.DataFrame({"kode_unit": ["U"], "kode_node": ["1"], "uraian": ["IKM"],
...     "sumber_file": ["f.xlsx"], "sumber_sheet": ["Indikator"], "sumber_baris": [2]})
>>> sorted({f.message.split(":")[0] for f in check_pohon(pohon, indikator, {"U"})})
['crosscutting menunjuk unit ini sendiri', 'node belum memiliki indikator', 'penanggung jawab tidak sesuai jenis kinerja']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import pandas as pd

from sakiplib.findings import GALAT, PERINGATAN, Finding
from sakiplib.schema import TINGKAT_RANK
from sakiplib.validate import Letters, finding_at, split_codes

HEAD = ("camat", "kepala", "sekretaris daerah", "sekda", "bupati", "direktur", "inspektur")
MIDDLE = (
    "kasi",
    "kepala seksi",
    "kabid",
    "kepala bidang",
    "kasubag",
    "kasubbag",
    "kabag",
    "sekcam",
    "sekretaris",
    "seksi",
    "bagian",
    "bidang",
)
STAFF = (
    "pelaksana",
    "jf",
    "fungsional",
    "staf",
    "analis",
    "pengadministrasi",
    "pengelola",
    "pranata",
)


def jabatan_class(penanggung_jawab: object) -> str | None:
    """Classify a jabatan: "kepala", "menengah", "pelaksana", or None when unknown.

    >>> jabatan_class("Camat"), jabatan_class("Kasi Trantibum"), jabatan_class("Pelaksana/JF")
    ('kepala', 'menengah', 'pelaksana')
    """
    if penanggung_jawab is None or pd.isna(penanggung_jawab):
        return None
    text = " " + re.sub(r"[^a-z ]", " ", str(penanggung_jawab).lower()) + " "
    if any(f" {w} " in text for w in STAFF):
        return "pelaksana"
    if any(f" {w} " in text for w in MIDDLE):
        return "menengah"
    if any(f" {w} " in text for w in HEAD):
        return "kepala"
    return None


#: jenis kinerja -> jabatan classes that fit it (stage 5 of seed 001)
FITTING = {
    "strategis": {"kepala", "menengah"},
    "taktikal": {"menengah"},
    "operasional": {"pelaksana", "menengah"},
}


def _normalise(text: object) -> str:
    return " ".join(str(text).lower().split())


def check_pohon(
    pohon: pd.DataFrame,
    indikator: pd.DataFrame,
    known_units: set[str],
    letters: Letters | None = None,
) -> list[Finding]:
    """Every tree finding for every unit in ``pohon``."""
    letters = letters or {}
    findings: list[Finding] = []
    for unit, nodes in pohon.groupby("kode_unit", sort=True):
        unit_indicators = (
            indikator[indikator["kode_unit"] == unit] if not indikator.empty else indikator
        )
        findings.extend(_check_unit(str(unit), nodes, unit_indicators, known_units, letters))
    return findings


def _check_unit(
    unit: str,
    nodes: pd.DataFrame,
    indikator: pd.DataFrame,
    known_units: set[str],
    letters: Letters,
) -> Iterator[Finding]:
    by_code = {row["kode_node"]: row for _, row in nodes.iterrows()}
    roots = nodes[nodes["kode_induk"].isna()]
    if roots.empty:
        first = nodes.iloc[0]
        yield finding_at(
            GALAT, first, "pohon", "kode_induk", letters, None,
            "tepat satu node akar (outcome/tujuan) dengan kode_induk kosong",
            f"pohon kinerja unit {unit} tidak memiliki akar",
        )  # fmt: skip
    for _, row in roots.iloc[1:].iterrows():
        yield finding_at(
            PERINGATAN, row, "pohon", "kode_induk", letters, row["kode_node"],
            f"satu akar per unit (akar pertama: {roots.iloc[0]['kode_node']})",
            "pohon kinerja memiliki lebih dari satu akar",
        )  # fmt: skip
    yield from _cycles(nodes, by_code, letters)
    for _, row in nodes.iterrows():
        parent = by_code.get(row["kode_induk"])
        if parent is not None and TINGKAT_RANK[row["tingkat"]] <= TINGKAT_RANK[parent["tingkat"]]:
            yield finding_at(
                PERINGATAN, row, "pohon", "tingkat", letters, row["tingkat"],
                f"tingkat di bawah '{parent['tingkat']}' (induk {parent['kode_node']})",
                "urutan tingkat tidak runtut dari induk ke anak",
            )  # fmt: skip
    with_indicator = set(indikator["kode_node"]) if not indikator.empty else set()
    for _, row in nodes[~nodes["kode_node"].isin(with_indicator)].iterrows():
        yield finding_at(
            PERINGATAN, row, "pohon", "kode_node", letters, row["kode_node"],
            "minimal satu indikator di sheet Indikator",
            f"node belum memiliki indikator: {row['uraian']}",
        )  # fmt: skip
    yield from _stated_twice(nodes, "pohon", "uraian", "kondisi", letters)
    if not indikator.empty:
        yield from _stated_twice(indikator, "indikator", "uraian", "indikator", letters)
    yield from _crosscutting(unit, nodes, known_units, letters)
    yield from _jabatan(nodes, letters)


def _cycles(
    nodes: pd.DataFrame, by_code: Mapping[str, pd.Series], letters: Letters
) -> Iterator[Finding]:
    reported: set[str] = set()
    for code, row in by_code.items():
        seen = [code]
        current = row["kode_induk"]
        while isinstance(current, str) and current in by_code:
            if current in seen:
                loop = seen[seen.index(current) :]
                if not reported.intersection(loop):
                    reported.update(loop)
                    yield finding_at(
                        GALAT, row, "pohon", "kode_induk", letters, row["kode_induk"],
                        "pohon tanpa siklus (setiap node bermuara ke akar)",
                        "siklus pada pohon kinerja: " + " -> ".join([*loop, current]),
                    )  # fmt: skip
                break
            seen.append(current)
            current = by_code[current]["kode_induk"]


def _stated_twice(
    frame: pd.DataFrame, table: str, column: str, what: str, letters: Letters
) -> Iterator[Finding]:
    keys = frame[column].map(_normalise)
    dup = keys.duplicated(keep="first")
    for idx in frame.index[dup]:
        row = frame.loc[idx]
        first = frame.loc[keys[keys == keys[idx]].index[0]]
        yield finding_at(
            PERINGATAN, row, table, column, letters, row[column],
            f"setiap {what} dirumuskan sekali (tahap 3: jangan redundansi)",
            f"{what} yang sama sudah ada di baris {first['sumber_baris']}",
        )  # fmt: skip


def _crosscutting(
    unit: str, nodes: pd.DataFrame, known_units: set[str], letters: Letters
) -> Iterator[Finding]:
    for _, row in nodes[nodes["crosscutting"].notna()].iterrows():
        for code in split_codes(row["crosscutting"]):
            if code == unit:
                yield finding_at(
                    PERINGATAN, row, "pohon", "crosscutting", letters, code,
                    "kode unit lain", "crosscutting menunjuk unit ini sendiri",
                )  # fmt: skip
            elif code not in known_units:
                yield finding_at(
                    PERINGATAN, row, "pohon", "crosscutting", letters, code,
                    "kode unit yang ada", f"crosscutting ke unit '{code}' yang tidak ada datanya",
                )  # fmt: skip


def _jabatan(nodes: pd.DataFrame, letters: Letters) -> Iterator[Finding]:
    for _, row in nodes.iterrows():
        klass = jabatan_class(row["penanggung_jawab"])
        fitting = FITTING[row["jenis_kinerja"]]
        if klass is not None and klass not in fitting:
            yield finding_at(
                PERINGATAN, row, "pohon", "penanggung_jawab", letters, row["penanggung_jawab"],
                f"kinerja {row['jenis_kinerja']}: " + {
                    "strategis": "kepala unit (Camat/Kepala) atau kasi/kabid",
                    "taktikal": "kasi/kabid/kasubag",
                    "operasional": "pelaksana atau jabatan fungsional",
                }[row["jenis_kinerja"]],
                "penanggung jawab tidak sesuai jenis kinerja",
            )  # fmt: skip
