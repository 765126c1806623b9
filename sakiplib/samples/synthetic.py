"""Deterministic synthetic SAKIP workbooks for the 25 kecamatan of Kabupaten Kebumen.

Every number here is invented. The pohon kinerja and its indicators follow the
worked kecamatan example of seed 001 (five stages: outcome, CSF, kondisi antara,
kondisi operasional, indicators and jabatan); targets, realisasi, SKM answers
and anggaran are drawn at random but stay internally consistent:

* yearly realisasi follows each indicator's ``agregasi`` (sum of the quarters for
  kumulatif, the TW IV value for akhir periode, the mean for rata-rata);
* the IKM indicator's realisasi is the IKM computed from the raw SKM answers
  (mean over U1..U9 of the mean answer, x 25, rounded to 2 decimals; the yearly
  value pools all respondents of the year);
* in the Anggaran sheet a program equals the sum of its kegiatan, which equals
  the sum of their sub kegiatan, for pagu and realisasi, in every periode
  (except the one unit listed in :data:`EDGE_CASES`).

Randomness is reproducible: each unit and each part (target, skm, anggaran ...)
gets its own ``numpy.random.default_rng`` seeded by the crc32 of the unit name
and of the part name (never Python's ``hash()``, which is salted per process).

The pieces take a tree and an indicator list as input, so
:mod:`sakiplib.samples.trees` reuses them for the transcribed trees of Kecamatan
Sempor and BKPSDM.

>>> books = workbooks()
>>> len(books), books[0].relative_path
(25, 'kebumen/2024/kecamatan-adimulyo.xlsx')
>>> books[0].tables["unit"].loc[0, "kode_unit"]
'KBM-ADIMULYO'
>>> split_integer(10, [1, 1, 1])
[4, 3, 3]
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from sakiplib.samples import SampleWorkbook
from sakiplib.schema import TRIWULAN, UNSUR_SKM

KABUPATEN = "Kebumen"
TAHUN = 2024
RENSTRA_TAHUN: tuple[int, ...] = tuple(range(2021, 2027))
RIWAYAT_TAHUN: tuple[int, ...] = (2022, 2023)

KECAMATAN: tuple[str, ...] = (
    "Adimulyo",
    "Alian",
    "Ambal",
    "Ayah",
    "Bonorowo",
    "Buayan",
    "Buluspesantren",
    "Gombong",
    "Karanganyar",
    "Karanggayam",
    "Karangsambung",
    "Kebumen",
    "Klirong",
    "Kutowinangun",
    "Kuwarasan",
    "Mirit",
    "Padureso",
    "Pejagoan",
    "Petanahan",
    "Poncowarno",
    "Prembun",
    "Puring",
    "Rowokele",
    "Sadang",
    "Sruweng",
)

#: Deliberate edge cases, one unit each, written into the unit's notes.
EDGE_CASES: dict[str, str] = {
    "Alian": "realisasi TW I 2024 indikator IK-1.3.1.1 (Jumlah Fasilitasi Kegiatan "
    "Ketentraman dan Ketertiban Umum) = 0; realisasi tahunan tetap jumlah triwulan.",
    "Ayah": "realisasi 2024 indikator IK-1.2.1.2 (Jumlah Keluarga yang Ditingkatkan "
    "Kualitas SDMnya) = 0 pada semua triwulan dan tahunan (kegiatan tidak terlaksana).",
    "Bonorowo": "sheet Anggaran, periode Tahunan, kegiatan 1.02 (Administrasi Keuangan "
    "Perangkat Daerah): pagu ditulis Rp 250.000 lebih besar dari jumlah sub kegiatannya, "
    "sehingga program 1 juga tidak sama dengan jumlah kegiatannya (program 1 = jumlah "
    "sub kegiatan). Kesalahan ini disengaja untuk menguji pemeriksaan anggaran.",
    "Karanggayam": "capaian 2024 indikator IK-1.4.1.1 (Jumlah Kegiatan Penyelenggaraan "
    "Pemerintahan Tingkat Kecamatan) sekitar 57% (kategori Kurang).",
    "Mirit": "target PK 2024 indikator IK-1.1.1.1-2 (Jumlah Pengaduan Layanan yang Tidak "
    "Terselesaikan, polaritas negatif) = 0 (tahunan dan semua triwulan); realisasinya 2 "
    "(TW II dan TW IV masing-masing 1). Satu-satunya target bernilai 0.",
    "Padureso": "capaian 2024 indikator IK-1.4-2 (Persentase Desa yang Tertib Administrasi "
    "Keuangan) sekitar 56% (kategori Kurang).",
    "Prembun": "jumlah responden SKM berbeda tiap triwulan (sedikit pada TW I dan TW III yang "
    "nilainya rendah, banyak pada TW II dan TW IV), sehingga IKM tahunan (dihitung dari seluruh "
    "responden) hampir 1 poin di atas rata-rata IKM keempat triwulan.",
    "Sadang": "tingkat kepuasan SKM 2024 rendah: IKM sekitar 75 (mutu C, Kurang Baik).",
}


# --------------------------------------------------------------------------- randomness


def unit_rng(nama: str, bagian: str) -> np.random.Generator:
    """A generator seeded by the crc32 of the unit name and of the part name.

    >>> float(unit_rng("Alian", "skm").random()) == float(unit_rng("Alian", "skm").random())
    True
    """
    seed = [zlib.crc32(nama.encode("utf-8")), zlib.crc32(bagian.encode("utf-8"))]
    return np.random.default_rng(seed)


def slug(nama: str) -> str:
    """File-name form of a unit name: ``"Kutowinangun"`` -> ``"kutowinangun"``."""
    return "-".join(nama.lower().split())


def split_integer(total: int, weights: Sequence[float]) -> list[int]:
    """Split a non-negative integer into parts proportional to ``weights`` (largest remainder)."""
    w = np.asarray(weights, dtype=float)
    if w.sum() <= 0:
        w = np.ones_like(w)
    raw = total * w / w.sum()
    base = np.floor(raw).astype(int)
    rest = int(total - base.sum())
    order = np.argsort(-(raw - base), kind="stable")
    base[order[:rest]] += 1
    return [int(x) for x in base]


def _round(value: float, desimal: int) -> float | int:
    """Round to ``desimal`` places; whole numbers come back as ``int``."""
    if desimal == 0:
        return int(round(float(value)))
    return round(float(value), desimal)


# --------------------------------------------------------------------------- tree and indicators


@dataclass(frozen=True)
class Node:
    """One condition of a pohon kinerja (a row of the Pohon sheet)."""

    kode_node: str
    kode_induk: str | None
    tingkat: str
    jenis_kinerja: str
    uraian: str
    penanggung_jawab: str | None = None
    crosscutting: str | None = None


@dataclass(frozen=True)
class Indicator:
    """One indicator of a node (a row of the Indikator sheet)."""

    kode_indikator: str
    kode_node: str
    uraian: str
    satuan: str
    polaritas: str
    agregasi: str
    formulasi: str | None = None
    sumber_data: str | None = None
    iku: str = "tidak"


def pohon_frame(kode_unit: str, nodes: Sequence[Node]) -> pd.DataFrame:
    """The Pohon table of one unit."""
    return pd.DataFrame(
        [
            {
                "kode_unit": kode_unit,
                "kode_node": n.kode_node,
                "kode_induk": n.kode_induk,
                "tingkat": n.tingkat,
                "jenis_kinerja": n.jenis_kinerja,
                "uraian": n.uraian,
                "penanggung_jawab": n.penanggung_jawab,
                "crosscutting": n.crosscutting,
            }
            for n in nodes
        ]
    )


def indikator_frame(kode_unit: str, indicators: Sequence[Indicator]) -> pd.DataFrame:
    """The Indikator table of one unit."""
    return pd.DataFrame(
        [
            {
                "kode_unit": kode_unit,
                "kode_indikator": i.kode_indikator,
                "kode_node": i.kode_node,
                "uraian": i.uraian,
                "satuan": i.satuan,
                "polaritas": i.polaritas,
                "agregasi": i.agregasi,
                "formulasi": i.formulasi,
                "sumber_data": i.sumber_data,
                "iku": i.iku,
            }
            for i in indicators
        ]
    )


def unit_frame(
    kode_unit: str,
    nama_unit: str,
    jenis_unit: str,
    keterangan: str,
    *,
    kepala_unit: str | None = None,
    kabupaten: str = KABUPATEN,
    tahun: int = TAHUN,
) -> pd.DataFrame:
    """The Unit table: one row."""
    return pd.DataFrame(
        [
            {
                "kode_unit": kode_unit,
                "nama_unit": nama_unit,
                "jenis_unit": jenis_unit,
                "kabupaten": kabupaten,
                "tahun": tahun,
                "kepala_unit": kepala_unit,
                "keterangan": keterangan,
            }
        ]
    )


_PJ_OPS = "Pelaksana/JF"
_KASI_YANLIK = "Kasi Pelayanan dan Kesejahteraan Sosial"
_KASI_PMD = "Kasi Pemberdayaan Masyarakat"
_KASI_TRANTIB = "Kasi Ketentraman dan Ketertiban Umum"
_KASI_PEM = "Kasi Pemerintahan"
_KASI_BANG = "Kasi Pembangunan"

#: The kecamatan tree of seed 001 (stages 1-3 and the jabatan of stage 5).
KECAMATAN_POHON: tuple[Node, ...] = (
    Node("1", None, "outcome", "strategis",
         "Terwujudnya Tata Kelola Pemerintah Kecamatan yang Baik", "Camat"),
    Node("1.1", "1", "csf", "strategis",
         "Meningkatnya Fasilitasi Pelayanan Masyarakat", _KASI_YANLIK),
    Node("1.1.1", "1.1", "kondisi antara", "taktikal",
         "Terselenggaranya Pelayanan di Tingkat Kecamatan sesuai dengan Standar Pelayanan",
         _KASI_YANLIK),
    Node("1.1.1.1", "1.1.1", "kondisi operasional", "operasional",
         "Terlaksananya Pelayanan di Tingkat Kecamatan", _PJ_OPS),
    Node("1.2", "1", "csf", "strategis",
         "Meningkatnya Fasilitasi Pemberdayaan Masyarakat", _KASI_PMD),
    Node("1.2.1", "1.2", "kondisi antara", "taktikal",
         "Terselenggaranya Pemberdayaan Masyarakat di Tingkat Kecamatan", _KASI_PMD),
    Node("1.2.1.1", "1.2.1", "kondisi operasional", "operasional",
         "Terakomodirnya Partisipasi Masyarakat dalam Musyawarah Pembangunan", _PJ_OPS),
    Node("1.2.1.2", "1.2.1", "kondisi operasional", "operasional",
         "Terlaksananya Peningkatan Kualitas SDM Keluarga", _PJ_OPS),
    Node("1.3", "1", "csf", "strategis",
         "Meningkatnya Ketentraman dan Ketertiban Umum di Wilayah Kecamatan", _KASI_TRANTIB),
    Node("1.3.1", "1.3", "kondisi antara", "taktikal",
         "Terselenggaranya Ketentraman dan Ketertiban Umum di Tingkat Kecamatan", _KASI_TRANTIB),
    Node("1.3.1.1", "1.3.1", "kondisi operasional", "operasional",
         "Terlaksananya Fasilitasi Kegiatan Ketentraman dan Ketertiban Umum", _PJ_OPS),
    Node("1.4", "1", "csf", "strategis",
         "Meningkatnya Penyelenggaraan Pemerintahan Desa", f"{_KASI_PEM} dan {_KASI_BANG}"),
    Node("1.4.1", "1.4", "kondisi antara", "taktikal",
         "Terselenggaranya Pembinaan dan Pengawasan Administrasi Pemerintahan Lingkup Kecamatan",
         _KASI_PEM),
    Node("1.4.1.1", "1.4.1", "kondisi operasional", "operasional",
         "Terlaksananya Penyelenggaraan Urusan Pemerintahan Tingkat Kecamatan", _PJ_OPS),
    Node("1.4.1.2", "1.4.1", "kondisi operasional", "operasional",
         "Terlaksananya Peningkatan Kualitas Administrasi Umum Desa dan Kelurahan", _PJ_OPS),
    Node("1.4.2", "1.4", "kondisi antara", "taktikal",
         "Terselenggaranya Pembinaan dan Pengawasan Pembangunan Lingkup Kecamatan", _KASI_BANG),
    Node("1.4.2.1", "1.4.2", "kondisi operasional", "operasional",
         "Terlaksananya Peningkatan Kualitas Pengelolaan Keuangan serta Aset Desa dan Kelurahan",
         _PJ_OPS),
    Node("1.4.2.2", "1.4.2", "kondisi operasional", "operasional",
         "Terlaksananya Fasilitasi Pembangunan Desa dan Kelurahan", _PJ_OPS),
)  # fmt: skip

_PCT = "%"
_PCT_FORMULA = "(jumlah yang terlaksana / jumlah seluruhnya) x 100%"
_IKM_FORMULA = "Rata-rata nilai unsur pelayanan (U1..U9) x 25 (PermenPAN-RB 14/2017)"


def _jumlah(
    kode: str,
    node: str,
    uraian: str,
    satuan: str,
    agregasi: str = "kumulatif",
    polaritas: str = "positif",
    sumber: str = "Laporan seksi",
) -> Indicator:
    return Indicator(kode, node, uraian, satuan, polaritas, agregasi, None, sumber, "tidak")


def _persen(
    kode: str, node: str, uraian: str, iku: str = "tidak", sumber: str = "Laporan seksi"
) -> Indicator:
    return Indicator(
        kode, node, uraian, _PCT, "positif", "akhir periode", _PCT_FORMULA, sumber, iku
    )


#: The indicators of seed 001 stage 4 (one per node; CSF 4 carries two, as in the
#: seed), plus one negative-polarity indicator added for the synthetic units.
KECAMATAN_INDIKATOR: tuple[Indicator, ...] = (
    Indicator("IK-1", "1", "Indeks Kepuasan Masyarakat (IKM)", "indeks", "positif",
              "rata-rata", _IKM_FORMULA, "Survei Kepuasan Masyarakat (sheet SKM)", "ya"),
    Indicator("IK-1.1", "1.1",
              "Indeks Kepuasan Masyarakat (IKM) Pelayanan dan Kesejahteraan Sosial", "indeks",
              "positif", "rata-rata", _IKM_FORMULA, "Survei Kepuasan Masyarakat seksi", "ya"),
    _persen("IK-1.1.1", "1.1.1",
            "Persentase Penyelenggaraan Pelayanan di Tingkat Kecamatan sesuai Standar Pelayanan"),
    _jumlah("IK-1.1.1.1", "1.1.1.1", "Jumlah Pelaksanaan Pelayanan di Tingkat Kecamatan",
            "layanan", sumber="Register pelayanan kecamatan"),
    _jumlah("IK-1.1.1.1-2", "1.1.1.1", "Jumlah Pengaduan Layanan yang Tidak Terselesaikan",
            "pengaduan", polaritas="negatif", sumber="Register pengaduan (SP4N-LAPOR)"),
    _jumlah("IK-1.2", "1.2", "Jumlah Lembaga Kemasyarakatan Desa (LKD) yang Aktif", "lembaga",
            agregasi="akhir periode"),
    _persen("IK-1.2.1", "1.2.1",
            "Persentase Penyelenggaraan Pemberdayaan Masyarakat di Tingkat Kecamatan yang "
            "Difasilitasi"),
    _jumlah("IK-1.2.1.1", "1.2.1.1",
            "Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Musyawarah Pembangunan",
            "lembaga"),
    _jumlah("IK-1.2.1.2", "1.2.1.2", "Jumlah Keluarga yang Ditingkatkan Kualitas SDMnya", "KK"),
    _persen("IK-1.3", "1.3",
            "Persentase Gangguan Ketentraman dan Ketertiban Umum yang Ditangani", iku="ya"),
    _persen("IK-1.3.1", "1.3.1",
            "Persentase Penyelenggaraan Ketentraman dan Ketertiban Umum di Tingkat Kecamatan "
            "yang Difasilitasi"),
    _jumlah("IK-1.3.1.1", "1.3.1.1",
            "Jumlah Fasilitasi Kegiatan Ketentraman dan Ketertiban Umum", "kegiatan"),
    _persen("IK-1.4", "1.4", "Persentase Desa yang Tertib Administrasi Pemerintahan", iku="ya"),
    _persen("IK-1.4-2", "1.4", "Persentase Desa yang Tertib Administrasi Keuangan", iku="ya"),
    _jumlah("IK-1.4.1", "1.4.1",
            "Jumlah Desa dan Kelurahan yang Dibina dan Diawasi Administrasi Pemerintahnya",
            "desa/kelurahan", agregasi="akhir periode"),
    _jumlah("IK-1.4.1.1", "1.4.1.1",
            "Jumlah Kegiatan Penyelenggaraan Pemerintahan Tingkat Kecamatan", "kegiatan"),
    _jumlah("IK-1.4.1.2", "1.4.1.2",
            "Jumlah Desa dan Kelurahan yang Ditingkatkan Kualitas Administrasi Umumnya",
            "desa/kelurahan", agregasi="akhir periode"),
    _jumlah("IK-1.4.2", "1.4.2", "Jumlah Desa dan Kelurahan yang Dibina dan Diawasi Pembangunannya",
            "desa/kelurahan", agregasi="akhir periode"),
    _jumlah("IK-1.4.2.1", "1.4.2.1",
            "Jumlah Desa dan Kelurahan yang Ditingkatkan Pengelolaan Keuangan dan Asetnya",
            "desa/kelurahan", agregasi="akhir periode"),
    _jumlah("IK-1.4.2.2", "1.4.2.2", "Jumlah Desa dan Kelurahan yang Difasilitasi Pembangunannya",
            "desa/kelurahan", agregasi="akhir periode"),
)  # fmt: skip


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Level:
    """The Renstra trajectory of one indicator and how its quarters behave.

    ``awal`` is the target of the first Renstra year, ``akhir`` of the last; the
    years between are linear interpolations. ``maksimum`` caps realisasi (100 for
    a percentage, the number of desa for a count of desa). For ``akhir periode``
    indicators, ``bertahap`` makes the quarterly targets ramp up (k/4 of the
    year: coverage built through the year) instead of repeating the yearly one.
    ``bobot_tw`` weights the quarterly split of ``kumulatif`` targets.

    >>> Level(82.70, 91.74, 2).renstra(2024)
    88.12
    """

    awal: float
    akhir: float
    desimal: int = 0
    maksimum: float | None = None
    bertahap: bool = False
    bobot_tw: tuple[float, float, float, float] = (1.0, 1.0, 1.0, 1.0)
    tahun: tuple[int, ...] = field(default=RENSTRA_TAHUN)

    def renstra(self, tahun: int) -> float | int:
        first, last = self.tahun[0], self.tahun[-1]
        frac = (tahun - first) / (last - first)
        return _round(self.awal + frac * (self.akhir - self.awal), self.desimal)


def quarterly_targets(yearly: float, level: Level, agregasi: str) -> list[float | int]:
    """TW I..TW IV targets consistent with the yearly one and the indicator's agregasi.

    >>> quarterly_targets(10, Level(10, 10), "kumulatif")
    [3, 3, 2, 2]
    >>> quarterly_targets(16, Level(16, 16, bertahap=True), "akhir periode")
    [4, 8, 12, 16]
    """
    if agregasi == "kumulatif":
        if level.desimal == 0:
            return list(split_integer(int(yearly), level.bobot_tw))
        w = np.asarray(level.bobot_tw, dtype=float)
        parts = [_round(yearly * x / w.sum(), level.desimal) for x in w[:3]]
        return [*parts, _round(yearly - sum(parts), level.desimal)]
    if agregasi == "akhir periode" and level.bertahap:
        return [_round(yearly * k / 4, level.desimal) for k in (1, 2, 3)] + [yearly]
    return [yearly] * 4


def synth_targets(
    kode_unit: str,
    indikator: pd.DataFrame,
    levels: Mapping[str, Level],
    *,
    tahun: int = TAHUN,
    renstra_tahun: Sequence[int] = RENSTRA_TAHUN,
) -> pd.DataFrame:
    """Renstra targets for every Renstra year; PK targets (yearly, per triwulan) for ``tahun``."""
    rows = []
    for ind in indikator.itertuples(index=False):
        level = levels[ind.kode_indikator]
        for year in renstra_tahun:
            rows.append((ind.kode_indikator, year, "Tahunan", level.renstra(year), "Renstra"))
        yearly = level.renstra(tahun)
        rows.append((ind.kode_indikator, tahun, "Tahunan", yearly, "PK"))
        for tw, value in zip(TRIWULAN, quarterly_targets(yearly, level, ind.agregasi), strict=True):
            rows.append((ind.kode_indikator, tahun, tw, value, "PK"))
    frame = pd.DataFrame(rows, columns=["kode_indikator", "tahun", "periode", "nilai", "dokumen"])
    frame.insert(0, "kode_unit", kode_unit)
    return frame


# --------------------------------------------------------------------------- realisasi


def draw_capaian(rng: np.random.Generator, skala: float = 1.0) -> float:
    """A capaian ratio (1.0 = on target): half above target, most others just under, a few Cukup."""
    u = rng.random()
    if u < 0.50:
        c = rng.uniform(1.0, 1.15)
    elif u < 0.93:
        c = rng.uniform(0.88, 1.0)
    else:
        c = rng.uniform(0.68, 0.85)
    return float(c * skala)


def realize(target: float, capaian: float, level: Level, polaritas: str) -> float | int:
    """The realisasi that gives ``capaian`` against ``target``, capped and rounded.

    For negative polarity capaian = (2T - R) / T, so R = T (2 - capaian).

    >>> realize(10, 0.9, Level(10, 10), "negatif")
    11
    """
    value = target * (2 - capaian) if polaritas == "negatif" else target * capaian
    value = max(value, 0.0)
    if level.maksimum is not None:
        value = min(value, level.maksimum)
    return _round(value, level.desimal)


def _quarters_2024(
    agregasi: str,
    polaritas: str,
    level: Level,
    yearly_target: float,
    capaian: float,
    rng: np.random.Generator,
) -> tuple[list[float | int], float | int]:
    """Quarterly realisasi and the yearly value consistent with the agregasi."""
    tq = quarterly_targets(yearly_target, level, agregasi)
    if agregasi == "kumulatif":
        yearly = realize(yearly_target, capaian, level, polaritas)
        weights = np.asarray(tq, dtype=float) * rng.uniform(0.75, 1.25, 4)
        if level.desimal == 0:
            return list(split_integer(int(yearly), weights)), yearly
        parts = [_round(yearly * w / weights.sum(), level.desimal) for w in weights[:3]]
        return [*parts, _round(yearly - sum(parts), level.desimal)], yearly
    if agregasi == "akhir periode":
        yearly = realize(yearly_target, capaian, level, polaritas)
        if level.bertahap:
            quarters: list[float | int] = []
            for k in (1, 2, 3):
                q = _round(min(yearly, yearly * k / 4 * rng.uniform(0.85, 1.1)), level.desimal)
                quarters.append(max(q, quarters[-1]) if quarters else q)
            return [*quarters, yearly], yearly
        quarters = [realize(t, capaian * rng.uniform(0.95, 1.03), level, polaritas) for t in tq[:3]]
        return [*quarters, yearly], yearly
    quarters = [realize(t, capaian * rng.uniform(0.97, 1.03), level, polaritas) for t in tq]
    return quarters, _round(float(np.mean(quarters)), level.desimal)


def synth_realisasi(
    kode_unit: str,
    indikator: pd.DataFrame,
    levels: Mapping[str, Level],
    rng: np.random.Generator,
    *,
    tahun: int = TAHUN,
    riwayat: Sequence[int] = RIWAYAT_TAHUN,
    skala: float = 1.0,
    capaian: Mapping[str, float] | None = None,
    tetap: Mapping[str, Mapping[str, float]] | None = None,
) -> pd.DataFrame:
    """Realisasi: yearly for the ``riwayat`` years, per triwulan and yearly for ``tahun``.

    Targets come from ``levels`` (the Renstra value of each year). ``skala``
    shifts the whole unit's performance; ``capaian`` forces the 2024 capaian of
    some indicators; ``tetap`` gives fixed 2024 values per periode (e.g. the IKM
    computed from the SKM answers) for some indicators.
    """
    capaian = capaian or {}
    tetap = tetap or {}
    rows = []
    for ind in indikator.itertuples(index=False):
        level = levels[ind.kode_indikator]
        for year in riwayat:
            if ind.satuan == "indeks":
                c = float(rng.uniform(0.97, 1.04))
            else:
                c = draw_capaian(rng, skala)
            value = realize(level.renstra(year), c, level, ind.polaritas)
            rows.append((ind.kode_indikator, year, "Tahunan", value))
        c = capaian.get(ind.kode_indikator, draw_capaian(rng, skala))
        quarters, yearly = _quarters_2024(
            ind.agregasi, ind.polaritas, level, level.renstra(tahun), c, rng
        )
        values = dict(zip(TRIWULAN, quarters, strict=True)) | {"Tahunan": yearly}
        values |= tetap.get(ind.kode_indikator, {})
        for periode in (*TRIWULAN, "Tahunan"):
            rows.append((ind.kode_indikator, tahun, periode, values[periode]))
    frame = pd.DataFrame(rows, columns=["kode_indikator", "tahun", "periode", "nilai"])
    frame.insert(0, "kode_unit", kode_unit)
    return frame


# --------------------------------------------------------------------------- SKM and IKM

#: Typical per-unsur deviation of the mean answer: biaya (U4) is high because
#: kecamatan services are free; sarana (U8) and waktu (U3) lag.
UNSUR_OFFSET: dict[str, float] = {
    "U1": 0.00, "U2": -0.03, "U3": -0.08, "U4": 0.18, "U5": 0.00,
    "U6": 0.02, "U7": 0.06, "U8": -0.10, "U9": -0.05,
}  # fmt: skip


def answer_probabilities(mean: float) -> np.ndarray:
    """Probabilities of the answers 1..4 giving the requested mean answer (about 2.9-3.9).

    >>> p = answer_probabilities(3.5)
    >>> round(float(p @ [1, 2, 3, 4]), 6), round(float(p.sum()), 6)
    (3.5, 1.0)
    """
    mean = float(np.clip(mean, 2.9, 3.9))
    p1 = 0.005
    p2 = 0.03 + max(0.0, 3.25 - mean) * 0.5
    p4 = mean - 3 + 2 * p1 + p2  # from mean = 3 - 2 p1 - p2 + p4
    p3 = 1 - p1 - p2 - p4
    return np.array([p1, p2, p3, p4])


def ikm_from_answers(answers: pd.DataFrame) -> float:
    """IKM of a set of SKM answers: mean over U1..U9 of the mean answer, x 25, 2 decimals."""
    return round(float(answers[list(UNSUR_SKM)].mean().mean() * 25), 2)


def ikm_from_skm(skm: pd.DataFrame) -> dict[str, float]:
    """IKM per triwulan and for the year (all respondents pooled)."""
    result = {tw: ikm_from_answers(skm[skm["triwulan"] == tw]) for tw in TRIWULAN}
    result["Tahunan"] = ikm_from_answers(skm)
    return result


def skm_plan(
    rng: np.random.Generator,
    ikm_target: float,
    *,
    tingkat: float | None = None,
    responden_berbeda: bool = False,
) -> tuple[dict[str, float], dict[str, int]]:
    """Intended IKM and respondent count per triwulan for one unit.

    The level sits around ``ikm_target`` (or at ``tingkat``) with a drift through
    the year and quarterly noise. Respondents: 40-120, the same in every quarter
    unless ``responden_berbeda``: then the low quarters (TW I, TW III) have few
    respondents and the high ones many, so the pooled yearly IKM is clearly
    above the plain mean of the quarterly values.
    """
    base = (
        tingkat
        if tingkat is not None
        else float(np.clip(ikm_target * rng.uniform(0.93, 1.07), 77.5, 92.0))
    )
    drift = rng.uniform(-0.4, 0.9)
    levels = {
        tw: float(base + drift * (k - 1.5) + rng.normal(0, 0.8)) for k, tw in enumerate(TRIWULAN)
    }
    if responden_berbeda:  # few respondents in low quarters, many in high ones
        counts = [int(rng.integers(40, 56)), int(rng.integers(105, 121))] * 2
        swing = {"TW I": -3.0, "TW II": 3.0, "TW III": -3.0, "TW IV": 3.0}
        levels = {tw: value + swing[tw] for tw, value in levels.items()}
    else:
        counts = [int(rng.integers(40, 121))] * 4
    return levels, dict(zip(TRIWULAN, counts, strict=True))


def synth_skm(
    kode_unit: str,
    ikm_tw: Mapping[str, float],
    responden_tw: Mapping[str, int],
    rng: np.random.Generator,
    *,
    tahun: int = TAHUN,
) -> pd.DataFrame:
    """Raw SKM answers (1..4 for U1..U9), one row per respondent, for each triwulan."""
    offsets = {u: UNSUR_OFFSET[u] + rng.normal(0, 0.04) for u in UNSUR_SKM}
    frames = []
    for tw in TRIWULAN:
        n = responden_tw[tw]
        mean = ikm_tw[tw] / 25
        answers = {
            u: rng.choice(4, size=n, p=answer_probabilities(mean + offsets[u])) + 1
            for u in UNSUR_SKM
        }
        frame = pd.DataFrame({"responden": np.arange(1, n + 1), **answers})
        frame.insert(0, "triwulan", tw)
        frames.append(frame)
    skm = pd.concat(frames, ignore_index=True)
    skm.insert(0, "tahun", tahun)
    skm.insert(0, "kode_unit", kode_unit)
    return skm.astype({u: "int64" for u in UNSUR_SKM} | {"responden": "int64"})


# --------------------------------------------------------------------------- anggaran


@dataclass(frozen=True)
class SubKegiatan:
    """A sub kegiatan: its number within the kegiatan, the node it serves, its relative size."""

    nomor: int
    uraian: str
    kode_node: str | None = None
    jenis_belanja: str = "operasi"
    bobot: float = 1.0


@dataclass(frozen=True)
class Kegiatan:
    nomor: int
    uraian: str
    sub: tuple[SubKegiatan, ...]
    kode_node: str | None = None


@dataclass(frozen=True)
class Program:
    nomor: int
    uraian: str
    kegiatan: tuple[Kegiatan, ...]
    kode_node: str | None = None


def _sub(*items: tuple) -> tuple[SubKegiatan, ...]:
    """Number sub kegiatan 1, 2, ... in the order given."""
    return tuple(SubKegiatan(i, *item) for i, item in enumerate(items, start=1))


_MODAL = "modal"
_OPS = "operasi"

#: Program structure of a kecamatan (nomenclature as in seed 003), with the
#: kecamatan tree node each kegiatan and sub kegiatan serves.
KECAMATAN_PROGRAM: tuple[Program, ...] = (
    Program(1, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", (
        Kegiatan(1, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", _sub(
            ("Penyusunan Dokumen Perencanaan Perangkat Daerah", None, _OPS, 1.0),
            ("Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi "
             "Kinerja SKPD", None, _OPS, 0.8),
            ("Evaluasi Kinerja Perangkat Daerah", None, _OPS, 0.8),
        )),
        Kegiatan(2, "Administrasi Keuangan Perangkat Daerah", _sub(
            ("Penyediaan Gaji dan Tunjangan ASN", None, _OPS, 60.0),
            ("Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", None, _OPS, 2.5),
            ("Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", None, _OPS, 0.8),
        )),
        Kegiatan(3, "Administrasi Umum Perangkat Daerah", _sub(
            ("Penyediaan Peralatan dan Perlengkapan Kantor", None, _OPS, 4.0),
            ("Penyediaan Bahan Logistik Kantor", None, _OPS, 2.0),
            ("Penyediaan Barang Cetakan dan Penggandaan", None, _OPS, 1.5),
        )),
        Kegiatan(4, "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", _sub(
            ("Pengadaan Peralatan dan Mesin Lainnya", None, _MODAL, 1.0),
            ("Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", None, _MODAL,
             1.0),
        )),
        Kegiatan(5, "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", _sub(
            ("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", None, _OPS, 2.0),
            ("Penyediaan Jasa Pelayanan Umum Kantor", None, _OPS, 3.0),
        )),
        Kegiatan(6, "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", _sub(
            ("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan "
             "Dinas Operasional atau Lapangan", None, _OPS, 1.0),
            ("Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan "
             "Lainnya", None, _OPS, 1.0),
        )),
    )),
    Program(2, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", (
        Kegiatan(1, "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", _sub(
            ("Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan", "1.4.1.1",
             _OPS, 10.0),
        ), "1.4.1"),
        Kegiatan(2, "Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja "
                    "Perangkat Daerah yang ada di Kecamatan", _sub(
            ("Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah "
             "Kecamatan", "1.1.1.1", _OPS, 1.0),
        ), "1.1.1"),
        Kegiatan(3, "Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa", _sub(
            ("Fasilitasi Administrasi Tata Pemerintahan Desa", "1.4.1.2", _OPS, 1.5),
            ("Fasilitasi Pengelolaan Keuangan Desa", "1.4.2.1", _OPS, 1.5),
            ("Fasilitasi Pelaksanaan Pembangunan Desa", "1.4.2.2", _OPS, 1.5),
        ), "1.4"),
        Kegiatan(4, "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", _sub(
            ("Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan", "1.1.1.1", _OPS, 1.5),
        ), "1.1.1"),
    )),
    Program(3, "Program Pemberdayaan Masyarakat Desa dan Kelurahan", (
        Kegiatan(1, "Koordinasi Kegiatan Pemberdayaan Desa", _sub(
            ("Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan "
             "di Desa", "1.2.1.1", _OPS, 0.5),
            ("Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
             "1.2.1", _OPS, 3.0),
            ("Fasilitasi Peningkatan Kualitas SDM Keluarga", "1.2.1.2", _OPS, 1.0),
        ), "1.2.1"),
        Kegiatan(2, "Koordinasi Pemberdayaan Lembaga Kemasyarakatan Desa", _sub(
            ("Fasilitasi Penguatan Lembaga Kemasyarakatan Desa", "1.2", _OPS, 1.0),
        ), "1.2"),
    ), "1.2"),
    Program(4, "Program Koordinasi Ketentraman dan Ketertiban Umum", (
        Kegiatan(1, "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", _sub(
            ("Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia "
             "dan Instansi Vertikal di Wilayah Kecamatan", "1.3.1.1", _OPS, 4.0),
            ("Fasilitasi Penanganan Gangguan Ketentraman dan Ketertiban Umum", "1.3", _OPS, 1.0),
        ), "1.3.1"),
        Kegiatan(2, "Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala "
                    "Daerah", _sub(
            ("Koordinasi dengan Perangkat Daerah dalam Penegakan Peraturan Daerah dan Peraturan "
             "Kepala Daerah", "1.3.1", _OPS, 1.0),
        ), "1.3.1"),
    ), "1.3"),
)  # fmt: skip


def pick_kecamatan_programs(rng: np.random.Generator) -> tuple[Program, ...]:
    """Choose 2-4 kegiatan per program and 1-3 sub kegiatan per kegiatan from the catalogue.

    Program 1 always keeps Administrasi Keuangan (salaries) and the Pengadaan
    kegiatan (belanja modal); program 2 always keeps its first two kegiatan.
    """
    required = {1: (2, 4), 2: (1, 2)}
    chosen = []
    for program in KECAMATAN_PROGRAM:
        keep = required.get(program.nomor, ())
        optional = [k for k in program.kegiatan if k.nomor not in keep]
        n_total = int(rng.integers(max(2, len(keep)), min(4, len(program.kegiatan)) + 1))
        n_extra = max(0, n_total - len(keep))
        extra_idx = rng.choice(len(optional), size=min(n_extra, len(optional)), replace=False)
        extra = {optional[i].nomor for i in extra_idx}
        kegiatan = []
        for k in program.kegiatan:
            if k.nomor not in keep and k.nomor not in extra:
                continue
            n_sub = int(rng.integers(1, len(k.sub) + 1))
            sub_idx = sorted(int(i) for i in rng.choice(len(k.sub), size=n_sub, replace=False))
            subs = tuple(k.sub[i] for i in sub_idx)
            if k.nomor == 2 and program.nomor == 1 and k.sub[0] not in subs:
                subs = (k.sub[0], *subs)  # salaries are always paid
            kegiatan.append(Kegiatan(k.nomor, k.uraian, subs, k.kode_node))
        chosen.append(Program(program.nomor, program.uraian, tuple(kegiatan), program.kode_node))
    return tuple(chosen)


def _kode(*parts: int) -> str:
    head, *rest = parts
    return ".".join([str(head), *(f"{p:02d}" for p in rest)])


def synth_anggaran(
    kode_unit: str,
    programs: Sequence[Program],
    total: float,
    modal_share: float,
    rng: np.random.Generator,
    *,
    tahun: int = TAHUN,
) -> pd.DataFrame:
    """DPA pagu and realisasi per program, kegiatan and sub kegiatan, Tahunan and TW I..TW IV.

    Sub kegiatan get pagu proportional to their ``bobot`` (belanja modal gets
    ``modal_share`` of ``total``), rounded to Rp 100; realisasi is 80-100% of
    pagu (some exactly 100%) in whole rupiah. Quarterly rows carry the pagu and
    the realisasi cumulated to the end of the quarter; TW IV equals Tahunan.
    Kegiatan and program rows are exact sums of their children.
    """
    leaves = [(p, k, s) for p in programs for k in p.kegiatan for s in k.sub]
    modal = np.array([s.jenis_belanja == _MODAL for _, _, s in leaves])
    weights = np.array([s.bobot for _, _, s in leaves]) * rng.lognormal(0, 0.35, len(leaves))
    amounts = np.zeros(len(leaves))
    if modal.any():
        amounts[modal] = weights[modal] / weights[modal].sum() * total * modal_share
        amounts[~modal] = weights[~modal] / weights[~modal].sum() * total * (1 - modal_share)
    else:
        amounts = weights / weights.sum() * total
    periodes = ("Tahunan", *TRIWULAN)
    rows = []
    for (p, k, s), amount in zip(leaves, amounts, strict=True):
        pagu = int(round(amount / 100)) * 100
        ratio = 1.0 if rng.random() < 0.15 else float(rng.uniform(0.80, 0.995))
        realisasi = int(np.floor(pagu * ratio))
        f1 = rng.uniform(0.10, 0.25)
        f2 = f1 + rng.uniform(0.18, 0.30)
        f3 = min(0.97, f2 + rng.uniform(0.18, 0.30))
        cumulative = {"TW I": f1, "TW II": f2, "TW III": f3, "TW IV": 1.0, "Tahunan": 1.0}
        for periode in periodes:
            rows.append({
                "kode": _kode(p.nomor, k.nomor, s.nomor),
                "kode_induk": _kode(p.nomor, k.nomor),
                "tingkat": "subkegiatan",
                "uraian": s.uraian,
                "kode_node": s.kode_node,
                "jenis_belanja": s.jenis_belanja,
                "periode": periode,
                "pagu": pagu,
                "realisasi": int(np.floor(realisasi * cumulative[periode])),
            })  # fmt: skip
    totals: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        for kode in (row["kode_induk"], row["kode_induk"].split(".")[0]):
            acc = totals.setdefault((kode, row["periode"]), [0, 0])
            acc[0] += row["pagu"]
            acc[1] += row["realisasi"]
    parents = []
    for p in programs:
        items = [(_kode(p.nomor), None, "program", p.uraian, p.kode_node)]
        items += [
            (_kode(p.nomor, k.nomor), _kode(p.nomor), "kegiatan", k.uraian, k.kode_node)
            for k in p.kegiatan
        ]
        for kode, induk, tingkat, uraian, node in items:
            for periode in periodes:
                pagu, real = totals[(kode, periode)]
                parents.append({
                    "kode": kode, "kode_induk": induk, "tingkat": tingkat, "uraian": uraian,
                    "kode_node": node, "jenis_belanja": None, "periode": periode,
                    "pagu": pagu, "realisasi": real,
                })  # fmt: skip
    frame = pd.DataFrame(parents + rows)
    rank = {p: i for i, p in enumerate(periodes)}
    order = frame.assign(
        _p=frame["periode"].map(rank),
        _k=frame["kode"].map(lambda kode: tuple(int(x) for x in kode.split("."))),
    ).sort_values(["_p", "_k"], kind="stable")
    frame = order.drop(columns=["_p", "_k"]).reset_index(drop=True)
    frame.insert(0, "tahun", tahun)
    frame.insert(0, "kode_unit", kode_unit)
    frame.insert(frame.columns.get_loc("periode") + 1, "dokumen", "DPA")
    return frame.astype({"pagu": "int64", "realisasi": "int64"})


# --------------------------------------------------------------------------- one unit


def synthesise_kinerja(
    nama_unit: str,
    kode_unit: str,
    indikator: pd.DataFrame,
    levels: Mapping[str, Level],
    kode_ikm: str,
    *,
    tingkat_ikm: float | None = None,
    responden_berbeda: bool = False,
    capaian: Mapping[str, float] | None = None,
    tetap: Mapping[str, Mapping[str, float]] | None = None,
    tahun: int = TAHUN,
) -> dict[str, pd.DataFrame]:
    """Targets, SKM answers and realisasi for any tree's indicators.

    The realisasi of ``kode_ikm`` in ``tahun`` is the IKM computed from the SKM
    answers generated here (per triwulan, and pooled for the year).
    """
    target = synth_targets(kode_unit, indikator, levels, tahun=tahun)
    ikm_target = float(levels[kode_ikm].renstra(tahun))
    ikm_tw, responden_tw = skm_plan(
        unit_rng(nama_unit, "skm-plan"),
        ikm_target,
        tingkat=tingkat_ikm,
        responden_berbeda=responden_berbeda,
    )
    skm = synth_skm(kode_unit, ikm_tw, responden_tw, unit_rng(nama_unit, "skm"), tahun=tahun)
    fixed = {kode_ikm: ikm_from_skm(skm), **(tetap or {})}
    skala = float(unit_rng(nama_unit, "kinerja").uniform(0.97, 1.03))
    realisasi = synth_realisasi(
        kode_unit,
        indikator,
        levels,
        unit_rng(nama_unit, "realisasi"),
        tahun=tahun,
        skala=skala,
        capaian=capaian,
        tetap=fixed,
    )
    return {"target": target, "realisasi": realisasi, "skm": skm}


def _u(rng: np.random.Generator, low: float, high: float, desimal: int = 0) -> float | int:
    return _round(rng.uniform(low, high), desimal)


def kecamatan_levels(rng: np.random.Generator, n_desa: int) -> dict[str, Level]:
    """Renstra trajectories of the kecamatan indicators, scaled by the number of desa."""
    pct = {"desimal": 2, "maksimum": 100.0}
    desa = Level(n_desa, n_desa, 0, float(n_desa), bertahap=True)
    lkd = n_desa * int(rng.integers(4, 7))
    layanan = int(rng.integers(2000, 6001))
    keluarga = int(rng.integers(120, 301))
    return {
        "IK-1": Level(_u(rng, 80, 84, 2), _u(rng, 86, 90, 2), **pct),
        "IK-1.1": Level(_u(rng, 79, 83, 2), _u(rng, 85, 89, 2), **pct),
        "IK-1.1.1": Level(_u(rng, 85, 92), 100, **pct),
        "IK-1.1.1.1": Level(layanan, round(layanan * rng.uniform(1.10, 1.20))),
        "IK-1.1.1.1-2": Level(_u(rng, 14, 22), _u(rng, 4, 8)),
        "IK-1.2": Level(round(lkd * 0.8), lkd, 0, float(lkd)),
        "IK-1.2.1": Level(_u(rng, 80, 90), 100, **pct),
        "IK-1.2.1.1": Level(n_desa * 3, n_desa * 4, bobot_tw=(0.7, 0.1, 0.1, 0.1)),
        "IK-1.2.1.2": Level(keluarga, round(keluarga * 1.2)),
        "IK-1.3": Level(_u(rng, 95, 100), 100, **pct),
        "IK-1.3.1": Level(_u(rng, 85, 95), 100, **pct),
        "IK-1.3.1.1": Level(_u(rng, 12, 24), _u(rng, 24, 40)),
        "IK-1.4": Level(_u(rng, 70, 85), _u(rng, 90, 100), **pct),
        "IK-1.4-2": Level(_u(rng, 65, 80), _u(rng, 88, 100), **pct),
        "IK-1.4.1": desa,
        "IK-1.4.1.1": Level(_u(rng, 12, 24), _u(rng, 24, 36)),
        "IK-1.4.1.2": desa,
        "IK-1.4.2": desa,
        "IK-1.4.2.1": desa,
        "IK-1.4.2.2": desa,
    }


def _zero_first_quarter(realisasi: pd.DataFrame, kode: str, tahun: int) -> pd.DataFrame:
    """Set TW I to 0 for a kumulatif indicator and keep the yearly value the sum of quarters."""
    out = realisasi.copy()
    mask = (out["kode_indikator"] == kode) & (out["tahun"] == tahun)
    out.loc[mask & (out["periode"] == "TW I"), "nilai"] = 0
    quarters = out.loc[mask & out["periode"].isin(TRIWULAN), "nilai"].sum()
    out.loc[mask & (out["periode"] == "Tahunan"), "nilai"] = quarters
    return out


def _petunjuk(nama: str) -> list[str]:
    notes = [
        f"DATA SINTETIS - bukan data resmi Kecamatan {nama}.",
        "Workbook ini dibuat oleh generator sakiplib.samples.synthetic (deterministik: "
        "numpy default_rng dengan benih crc32 nama unit).",
        "Pohon kinerja dan indikator meniru contoh pohon kinerja kecamatan pada seed 001 "
        "(metode lima tahap: outcome, CSF, kondisi antara, kondisi operasional, indikator, "
        "jabatan), ditambah satu indikator berpolaritas negatif (IK-1.1.1.1-2).",
        "Target, realisasi, jawaban SKM dan anggaran adalah angka acak yang konsisten: "
        "realisasi tahunan mengikuti agregasi indikator; realisasi IKM (IK-1) dihitung dari "
        "jawaban SKM (rata-rata 9 unsur x 25; tahunan dari seluruh responden); "
        "pagu/realisasi program = jumlah kegiatan = jumlah sub kegiatan.",
    ]
    if nama in EDGE_CASES:
        notes.append(f"KASUS UJI DISENGAJA: {EDGE_CASES[nama]}")
    return notes


def kecamatan_workbook(nama: str) -> SampleWorkbook:
    """The synthetic workbook of one kecamatan of Kabupaten Kebumen."""
    kode_unit = f"KBM-{nama.upper()}"
    rng = unit_rng(nama, "struktur")
    n_desa = int(rng.integers(7, 33))
    nodes = list(KECAMATAN_POHON)
    if rng.random() < 0.3:  # pelayanan depends on the competence of ASN (BKPSDM)
        nodes[1] = replace(nodes[1], crosscutting="KBM-BKPSDM")
    pohon = pohon_frame(kode_unit, nodes)
    indikator = indikator_frame(kode_unit, KECAMATAN_INDIKATOR)
    levels = kecamatan_levels(unit_rng(nama, "target"), n_desa)

    capaian = {"Padureso": {"IK-1.4-2": 0.56}, "Karanggayam": {"IK-1.4.1.1": 0.57}}.get(nama)
    tetap: dict[str, dict[str, float]] = {}
    if nama == "Ayah":
        tetap["IK-1.2.1.2"] = {p: 0 for p in (*TRIWULAN, "Tahunan")}
    if nama == "Mirit":
        tetap["IK-1.1.1.1-2"] = {"TW I": 0, "TW II": 1, "TW III": 0, "TW IV": 1, "Tahunan": 2}
    tables = synthesise_kinerja(
        nama,
        kode_unit,
        indikator,
        levels,
        "IK-1",
        tingkat_ikm=75.0 if nama == "Sadang" else None,
        responden_berbeda=nama == "Prembun",
        capaian=capaian,
        tetap=tetap,
    )
    if nama == "Alian":
        tables["realisasi"] = _zero_first_quarter(tables["realisasi"], "IK-1.3.1.1", TAHUN)
    if nama == "Mirit":
        target = tables["target"]
        mask = (
            (target["kode_indikator"] == "IK-1.1.1.1-2")
            & (target["tahun"] == TAHUN)
            & (target["dokumen"] == "PK")
        )
        target.loc[mask, "nilai"] = 0

    arng = unit_rng(nama, "anggaran")
    programs = pick_kecamatan_programs(arng)
    anggaran = synth_anggaran(
        kode_unit,
        programs,
        float(arng.uniform(2.2e9, 4.8e9)),
        float(arng.uniform(0.03, 0.08)),
        arng,
    )
    if nama == "Bonorowo":
        mask = (anggaran["kode"] == "1.02") & (anggaran["periode"] == "Tahunan")
        anggaran.loc[mask, "pagu"] += 250_000

    keterangan = (
        "DATA SINTETIS dari generator sakiplib.samples.synthetic (pohon kinerja model seed 001); "
        f"bukan data resmi Kecamatan {nama}."
    )
    if nama in EDGE_CASES:
        keterangan += f" Kasus uji: {EDGE_CASES[nama]}"
    return SampleWorkbook(
        relative_path=f"kebumen/{TAHUN}/kecamatan-{slug(nama)}.xlsx",
        tables={
            "unit": unit_frame(kode_unit, f"Kecamatan {nama}", "kecamatan", keterangan),
            "pohon": pohon,
            "indikator": indikator,
            **tables,
            "anggaran": anggaran,
        },
        petunjuk_notes=_petunjuk(nama),
        synthetic=True,
    )


def workbooks() -> list[SampleWorkbook]:
    """One synthetic workbook per kecamatan of Kabupaten Kebumen (25 units)."""
    return [kecamatan_workbook(nama) for nama in KECAMATAN]
