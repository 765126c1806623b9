"""Two Kebumen units whose pohon kinerja is transcribed from the seeds.

* Kecamatan Sempor (seed 000): outcome, CSF, conditions and their indicators,
  the crosscutting links to BKPSDM and BAPPEDA, and the IKM targets 82,70
  (2021) and 91,74 (2026).
* BKPSDM Kabupaten Kebumen (seed 002): ultimate outcome, two outcomes, 30
  CSF (sasaran kegiatan) with their required conditions, three indicators.

What the seeds do not give (targets other than those above, realisasi
2022-2024, SKM answers 2024, anggaran 2024, and the satuan, polaritas and
agregasi of each indicator) is synthesised with the generator pieces of
:mod:`sakiplib.samples.synthetic` and labelled "SINTETIS" in the workbook.
Known defects of the seeds are kept on purpose (see each unit's notes).

>>> sempor, bkpsdm = workbooks()
>>> sempor.tables["pohon"]["crosscutting"].dropna().tolist()
['KBM-BKPSDM', 'KBM-BAPPEDA']
>>> bkpsdm.tables["unit"].loc[0, "jenis_unit"]
'badan'
"""

from __future__ import annotations

import numpy as np

from sakiplib.samples import SampleWorkbook
from sakiplib.samples.synthetic import (
    TAHUN,
    Indicator,
    Kegiatan,
    Level,
    Node,
    Program,
    SubKegiatan,
    indikator_frame,
    pohon_frame,
    synth_anggaran,
    synthesise_kinerja,
    unit_frame,
    unit_rng,
)

_PCT = {"desimal": 2, "maksimum": 100.0}
_IKM_FORMULA = "Rata-rata nilai unsur pelayanan (U1..U9) x 25 (PermenPAN-RB 14/2017)"
_SKM_SOURCE = "Survei Kepuasan Masyarakat (sheet SKM)"


def _u(rng: np.random.Generator, low: float, high: float, desimal: int = 0) -> float | int:
    value = rng.uniform(low, high)
    return int(round(value)) if desimal == 0 else round(float(value), desimal)


def _subs(*items: tuple) -> tuple[SubKegiatan, ...]:
    return tuple(SubKegiatan(i, *item) for i, item in enumerate(items, start=1))


# =========================================================================== Kecamatan Sempor

SEMPOR = "Sempor"
SEMPOR_KODE = "KBM-SEMPOR"
SEMPOR_IKM_2021 = 82.70
SEMPOR_IKM_2026 = 91.74

_DUPLICATE = "Jumlah penyelenggaraan Pemerintahan Umum sesuai penugasan Kepala Daerah"

#: (kode_node, uraian of the condition, uraian of its indicator): seed 000, stage 3 table.
_SEMPOR_CONDITIONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "1.1": (
        ("1.1.1", "Terlaksananya layanan administrasi kepegawaian perangkat daerah",
         "Jumlah kegiatan Administrasi kepegawaian perangkat daerah"),
        ("1.1.2", "Terlaksananya layanan administrasi umum perangkat daerah",
         "Jumlah kegiatan Administrasi umum perangkat daerah"),
        ("1.1.3",
         "Terlaksananya layanan pengadaan barang milik daerah penunjang urusan pemerintah daerah",
         "Jumlah Pengadaan barang milik daerah penunjang urusan pemerintah daerah"),
        ("1.1.4", "Terlaksananya layanan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
         "Jumlah layanan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"),
        ("1.1.5",
         "Terlaksananya pelayanan Pemeliharaan Barang Milik Daerah Penunjang Urusan "
         "Pemerintahan Daerah",
         "Jumlah pelayanan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan "
         "Daerah"),
        ("1.1.6", "Terlaksananya layanan Perencanaan, Penganggaran",
         "Jumlah dokumen perencanaan yang tersusun daerah yang disusun (Renja, rka, dpa, rkap, "
         "dppa,)"),
        ("1.1.7", "Terlaksananya layanan Evaluasi Kinerja Perangkat Daerah",
         "Jumlah Dokumen Evaluasi perangkat Daerah yang disusun (LKJIP, LKPJ, LPPD, Sakip, "
         "Dalev, SPIP)"),
        ("1.1.8", "Terlaksananya ketersediaan Gaji dan Tunjangan ASN",
         "Jumlah ASN yang mendapatkan Gaji dan Tunjangan"),
        ("1.1.9", "Terlaksananya fasilitas Pengelolaan Administrasi keuangan (GU, TU, LS, UP)",
         "Jumlah Dokumen fasilitas pengelolaan"),
    ),
    "1.2": (
        ("1.2.1",
         "Terlaksananya layanan Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan "
         "Kepala Daerah", _DUPLICATE),
        ("1.2.2", "Terlaksananya Fasilitas penyelenggaraan ketentraman dan ketertiban umum",
         _DUPLICATE),  # seed 000 repeats the indicator above: a defect kept on purpose
    ),
    "1.3": (
        ("1.3.1",
         "Terlaksananya layanan Fasilitas, Rekomendasi, Koordinasi Pembinaan dan Pengawasan "
         "Pemerintahan Desa",
         "Jumlah fasilitas rekomendasi dan koordinasi pengawasan Pemerintahan Desa"),
        ("1.3.2", "Terlaksananya layanan urusan pemerintahan yang dilimpahkan camat",
         "Jumlah layanan urusan pemerintahan yang dilimpahkan kepada camat"),
    ),
}  # fmt: skip

#: (kode_node, uraian, indicator): the outcome and the three CSF of stage 3.
_SEMPOR_CSF = (
    ("1.1", "Meningkatnya Perencanaan, Administrasi umum, keuangan dan kepegawaian",
     "Persentase terselenggaranya Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
    ("1.2", "Meningkatnya Kondusifitas Kecamatan Sempor", "Indeks kondusifitas Kecamatan"),
    ("1.3", "Meningkatnya Desa membangun kategori maju dan mandiri",
     "Persentase Desa dengan indek Desa membangun kategori maju dan mandiri"),
)  # fmt: skip


def sempor_pohon() -> list[Node]:
    """Seed 000's tree: three outcomes (stage 1), the CSF, and the conditions of stage 2/3."""
    nodes = [
        Node("1", None, "outcome", "strategis",
             "Meningkatnya kualitas pelayanan publik oleh kecamatan"),
    ]  # fmt: skip
    for kode, uraian, _ in _SEMPOR_CSF:
        nodes.append(Node(kode, "1", "csf", "strategis", uraian))
        for sub_kode, kondisi, _ in _SEMPOR_CONDITIONS[kode]:
            nodes.append(Node(sub_kode, kode, "kondisi antara", "taktikal", kondisi))
    nodes += [
        Node("2", None, "outcome", "strategis", "Meningkatnya kompetensi ASN"),
        Node("2.1", "2", "csf", "strategis",
             "Meningkatnya Kapasitas ASN (Crosscutting dengan BKPSDM)", crosscutting="KBM-BKPSDM"),
        Node("3", None, "outcome", "strategis",
             "Meningkatnya kualitas perencanaan pemerintah daerah dan Perangkat Daerah"),
        Node("3.1", "3", "csf", "strategis",
             "Meningkatnya koordinasi dan sinkronisasi perencanaan urusan Pembangunan daerah "
             "(Crosscutting dengan BAPPEDA)", crosscutting="KBM-BAPPEDA"),
    ]  # fmt: skip
    return nodes


#: Satuan, polaritas and agregasi assigned to Sempor's indicators (not in the seed).
_SEMPOR_META: dict[str, tuple[str, str]] = {
    "1.1.1": ("kegiatan", "kumulatif"),
    "1.1.2": ("kegiatan", "kumulatif"),
    "1.1.3": ("paket", "kumulatif"),
    "1.1.4": ("layanan", "kumulatif"),
    "1.1.5": ("unit", "kumulatif"),
    "1.1.6": ("dokumen", "kumulatif"),
    "1.1.7": ("dokumen", "kumulatif"),
    "1.1.8": ("orang", "akhir periode"),
    "1.1.9": ("dokumen", "kumulatif"),
    "1.2.1": ("kegiatan", "kumulatif"),
    "1.2.2": ("kegiatan", "kumulatif"),
    "1.3.1": ("kegiatan", "kumulatif"),
    "1.3.2": ("layanan", "kumulatif"),
}


def sempor_indikator() -> list[Indicator]:
    """Seed 000's indicators (stage 3), with satuan/polaritas/agregasi assigned here."""
    inds = [
        Indicator("IK-1", "1", "Indeks Kepuasan Masyarakat (IKM) Kecamatan Sempor", "indeks",
                  "positif", "rata-rata", _IKM_FORMULA, _SKM_SOURCE, "ya"),
        Indicator("IK-1.1", "1.1", _SEMPOR_CSF[0][2], "%", "positif", "akhir periode",
                  iku="ya"),
        Indicator("IK-1.2", "1.2", _SEMPOR_CSF[1][2], "indeks", "positif", "rata-rata",
                  iku="ya"),
        Indicator("IK-1.3", "1.3", _SEMPOR_CSF[2][2], "%", "positif", "akhir periode",
                  iku="ya"),
    ]  # fmt: skip
    for conditions in _SEMPOR_CONDITIONS.values():
        for kode, _, uraian in conditions:
            satuan, agregasi = _SEMPOR_META[kode]
            inds.append(Indicator(f"IK-{kode}", kode, uraian, satuan, "positif", agregasi))
    order = {n.kode_node: i for i, n in enumerate(sempor_pohon())}
    return sorted(inds, key=lambda i: order[i.kode_node])


def sempor_levels(rng: np.random.Generator) -> dict[str, Level]:
    """IKM from seed 000 (2021 and 2026; the years between interpolated); the rest synthetic."""
    asn = _u(rng, 22, 32)
    layanan = _u(rng, 1500, 3500)
    return {
        "IK-1": Level(SEMPOR_IKM_2021, SEMPOR_IKM_2026, **_PCT),
        "IK-1.1": Level(_u(rng, 90, 95), 100, **_PCT),
        "IK-1.1.1": Level(_u(rng, 4, 6), _u(rng, 6, 8)),
        "IK-1.1.2": Level(_u(rng, 8, 12), _u(rng, 10, 14)),
        "IK-1.1.3": Level(_u(rng, 2, 4), _u(rng, 3, 6)),
        "IK-1.1.4": Level(12, 12),
        "IK-1.1.5": Level(_u(rng, 4, 8), _u(rng, 6, 10)),
        "IK-1.1.6": Level(5, 5),
        "IK-1.1.7": Level(6, 6),
        "IK-1.1.8": Level(asn, asn, 0, float(asn)),
        "IK-1.1.9": Level(_u(rng, 36, 48), _u(rng, 48, 60)),
        "IK-1.2": Level(_u(rng, 78, 82, 2), _u(rng, 86, 90, 2), **_PCT),
        "IK-1.2.1": Level(_u(rng, 8, 16), _u(rng, 12, 20)),
        "IK-1.2.2": Level(_u(rng, 8, 16), _u(rng, 12, 20)),
        "IK-1.3": Level(_u(rng, 35, 50), _u(rng, 65, 80), **_PCT),
        "IK-1.3.1": Level(_u(rng, 16, 32), _u(rng, 24, 40)),
        "IK-1.3.2": Level(layanan, round(layanan * 1.15)),
    }


_OPS, _MODAL = "operasi", "modal"

#: Sempor's programs (nomenclature as in seed 003), each sub kegiatan tied to its condition.
SEMPOR_PROGRAM: tuple[Program, ...] = (
    Program(1, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", (
        Kegiatan(1, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", _subs(
            ("Penyusunan Dokumen Perencanaan Perangkat Daerah", "1.1.6", _OPS, 1.0),
            ("Evaluasi Kinerja Perangkat Daerah", "1.1.7", _OPS, 0.8),
        ), "1.1"),
        Kegiatan(2, "Administrasi Keuangan Perangkat Daerah", _subs(
            ("Penyediaan Gaji dan Tunjangan ASN", "1.1.8", _OPS, 60.0),
            ("Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", "1.1.9", _OPS,
             2.5),
        ), "1.1"),
        Kegiatan(3, "Administrasi Kepegawaian Perangkat Daerah", _subs(
            ("Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", "1.1.1", _OPS, 1.0),
        ), "1.1.1"),
        Kegiatan(4, "Administrasi Umum Perangkat Daerah", _subs(
            ("Penyediaan Bahan Logistik Kantor", "1.1.2", _OPS, 2.0),
            ("Penyediaan Barang Cetakan dan Penggandaan", "1.1.2", _OPS, 1.5),
        ), "1.1.2"),
        Kegiatan(5, "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", _subs(
            ("Pengadaan Peralatan dan Mesin Lainnya", "1.1.3", _MODAL, 1.0),
        ), "1.1.3"),
        Kegiatan(6, "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", _subs(
            ("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "1.1.4", _OPS, 2.0),
            ("Penyediaan Jasa Pelayanan Umum Kantor", "1.1.4", _OPS, 3.0),
        ), "1.1.4"),
        Kegiatan(7, "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", _subs(
            ("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan "
             "Dinas Operasional atau Lapangan", "1.1.5", _OPS, 1.0),
        ), "1.1.5"),
    ), "1.1"),
    Program(2, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", (
        Kegiatan(1, "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", _subs(
            ("Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan", "1.2.1", _OPS,
             10.0),
        ), "1.2.1"),
        Kegiatan(2, "Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa", _subs(
            ("Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
             "1.3.1", _OPS, 2.0),
        ), "1.3.1"),
        Kegiatan(3, "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", _subs(
            ("Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan", "1.3.2", _OPS, 1.5),
        ), "1.3.2"),
    )),
    Program(3, "Program Pemberdayaan Masyarakat Desa dan Kelurahan", (
        Kegiatan(1, "Koordinasi Kegiatan Pemberdayaan Desa", _subs(
            ("Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan "
             "di Desa", "1.3", _OPS, 0.5),
            ("Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
             "1.3", _OPS, 3.0),
        ), "1.3"),
    ), "1.3"),
    Program(4, "Program Koordinasi Ketentraman dan Ketertiban Umum", (
        Kegiatan(1, "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", _subs(
            ("Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia "
             "dan Instansi Vertikal di Wilayah Kecamatan", "1.2.2", _OPS, 4.0),
        ), "1.2.2"),
    ), "1.2"),
)  # fmt: skip

SEMPOR_NOTES: tuple[str, ...] = (
    "SEBAGIAN SINTETIS: pohon kinerja ditranskripsi dari dokumen Pohon Kinerja Kecamatan Sempor "
    "(seed 000); angka kinerja dan anggaran disintesis.",
    "TRANSKRIPSI (seed 000): sheet Pohon (uraian outcome, CSF dan kondisi, hubungan induk-anak, "
    "crosscutting ke KBM-BKPSDM dan KBM-BAPPEDA); kolom uraian sheet Indikator; target IKM "
    "Renstra 2021 (82,70) dan 2026 (91,74). Uraian node diambil apa adanya dari tabel tahap 3 "
    "(yang memasangkan kinerja dengan indikatornya), termasuk ejaan 'fasilitas'; dua cabang "
    "crosscutting dari tabel tahap 1.",
    "CACAT SEED DIPERTAHANKAN: indikator 'Jumlah penyelenggaraan Pemerintahan Umum sesuai "
    "penugasan Kepala Daerah' dipakai dua kondisi berbeda (IK-1.2.1 dan IK-1.2.2); tabel tahap 1 "
    "memuat tiga outcome (tiga akar pohon); outcome dan CSF crosscutting (2, 2.1, 3, 3.1) tidak "
    "memiliki indikator; KBM-BAPPEDA tidak memiliki workbook.",
    "SINTETIS: target IKM 2022-2025 (interpolasi linear antara 82,70 dan 91,74: 84,51; 86,32; "
    "88,12; 89,93).",
    "SINTETIS: tingkat dan jenis_kinerja (outcome dan CSF strategis; kondisi = sasaran kegiatan "
    "= kondisi antara, taktikal); penanggung_jawab dikosongkan (tidak ada di seed); satuan, "
    "polaritas, agregasi, formulasi, sumber_data dan iku indikator.",
    "SINTETIS: target indikator selain IKM, realisasi 2022-2024, jawaban SKM 2024 per triwulan "
    "dan anggaran 2024 (nama program/kegiatan menurut nomenklatur, angka acak), dibuat dengan "
    "generator sakiplib.samples.synthetic (benih crc32 nama unit). Realisasi IKM 2024 dihitung "
    "dari jawaban SKM.",
)


def sempor_workbook() -> SampleWorkbook:
    """Kecamatan Sempor: tree transcribed from seed 000, numbers synthesised."""
    indikator = indikator_frame(SEMPOR_KODE, sempor_indikator())
    levels = sempor_levels(unit_rng(SEMPOR, "target"))
    tables = synthesise_kinerja(SEMPOR, SEMPOR_KODE, indikator, levels, "IK-1")
    arng = unit_rng(SEMPOR, "anggaran")
    anggaran = synth_anggaran(
        SEMPOR_KODE,
        SEMPOR_PROGRAM,
        float(arng.uniform(2.5e9, 4.0e9)),
        float(arng.uniform(0.03, 0.08)),
        arng,
    )
    keterangan = (
        "Pohon kinerja, uraian indikator dan target IKM 2021 dan 2026 ditranskripsi dari "
        "Pohon Kinerja Kecamatan Sempor (seed 000). SINTETIS: target IKM 2022-2025 (interpolasi "
        "linear), target lain, realisasi 2022-2024, SKM 2024, anggaran 2024, dan satuan/"
        "polaritas/agregasi indikator (generator sakiplib.samples.synthetic)."
    )
    return SampleWorkbook(
        relative_path=f"kebumen/{TAHUN}/kecamatan-sempor.xlsx",
        tables={
            "unit": unit_frame(SEMPOR_KODE, "Kecamatan Sempor", "kecamatan", keterangan),
            "pohon": pohon_frame(SEMPOR_KODE, sempor_pohon()),
            "indikator": indikator,
            **tables,
            "anggaran": anggaran,
        },
        petunjuk_notes=SEMPOR_NOTES,
        synthetic=False,
    )


# =========================================================================== BKPSDM

BKPSDM = "BKPSDM Kebumen"
BKPSDM_KODE = "KBM-BKPSDM"
BKPSDM_NAMA = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Kebumen"
BKPSDM_KEPALA = "H. Moh. Amirudin, S.IP. MM"

#: Seed 002, section 3.3: (CSF / sasaran kegiatan, the condition it requires), in the
#: seed's order, grouped by the outcome they serve. The seed's diagram was lost in
#: extraction, so the grouping is inferred: support kegiatan serve the ultimate
#: outcome, personnel management the placement outcome, training the competence one.
_BKPSDM_PENUNJANG: tuple[tuple[str, str], ...] = (
    ("Penyusunan Dokumen Perencanaan Perangkat Daerah",
     "Terpenuhinya dokumen data/informasi perencanaan pelaksanaan dokumen evaluasi yang disusun"),
    ("Evaluasi Kinerja Perangkat Daerah",
     "Terpenuhinya dokumen perencanaan dan evaluasi kinerja perangkat daerah yang disusun."),
    ("Penyediaan Gaji dan Tunjangan ASN", "Terpenuhinya ASN yang mendapat gaji dan tunjangan"),
    ("Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
     "Tercukupinya dokumen penatausahaan dan pengujian/verifikasi keuangan SKPD yang tersusun"),
    ("Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
     "Terpenuhinya jenis komponen instalasi listrik/penerangan bangunan kantor."),
    ("Penyediaan Bahan Logistik Kantor", "Terpenuhinya penyediaan bahan logistik kantor"),
    ("Penyediaan Barang Cetak dan Penggandaan",
     "Jumlah bulan penyediaan barang cetak dan penggandaan"),
    ("Meningkatnya kualitas penyusunan peraturan perundang-undangan",
     "Terlaksananya intensifikasi terhadap penyusunan peraturan yang akan dibuat"),
    ("Penyediaan Bahan/Material", "Terpenuhinya penyediaan bahan/material"),
    ("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
     "Terpenuhinya rapat koordinasi dan konsultasi SKPD yang diselenggarakan"),
    ("Penatausahaan Arsip Dinamis pada SKPD", "Terlaksananya penataan arsip dinamis"),
    ("Pengadaan Peralatan dan Mesin Lainnya",
     "Terpenuhinya unit pengadaan peralatan gedung kantor"),
    ("Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
     "Terpenuhinya unit pengadaan perlengkapan gedung Kantor"),
    ("Penyediaan Jasa Surat Menyurat", "Terpenuhinya penyediaan jasa surat menyurat"),
    ("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
     "Terpenuhinya penyediaan jasa komunikasi, sumber daya air dan listrik"),
    ("Penyediaan Jasa Pelayanan Umum Kantor", "Terpenuhinya penyediaan jasa pelayanan umum"),
    ("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas "
     "Operasional atau Lapangan", "Terpenuhinya unit kendaraan dinas operasional atau lapangan"),
    ("Pemeliharaan Peralatan dan Mesin Lainnya",
     "Terpenuhinya unit peralatan dan mesin lainnya yang terpelihara"),
    ("Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
     "Terpenuhinya unit gedung kantor dan bangunan lainnya yang terpelihara"),
)  # fmt: skip

_BKPSDM_PENEMPATAN: tuple[tuple[str, str], ...] = (
    ("Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan",
     "Terlaksananya kegiatan Pengadaan ASN"),
    ("Koordinasi Pelaksanaan Administrasi Pemberhentian",
     "Terpenuhinya dokumen Pemberhentian Kepegawaian ASN"),
    ("Pengelolaan Sistem Informasi Kepegawaian",
     "Terpenuhinya dokumen Pemutakhiran Data Kepegawaian"),
    ("Pengelolaan Mutasi ASN", "Terlaksananya kegiatan Pengelolaan Mutasi ASN"),
    ("Pengelolaan Promosi ASN", "Terlaksananya kegiatan pengelolaan promosi ASN"),
    ("Fasilitasi Pengembangan Karir dalam Jabatan Fungsional",
     "Terpenuhinya dokumen SK Jabatan Fungsional yang diterbitkan"),
    ("Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
     "Terpenuhinya jenis dokumen evaluasi kinerja aparatur"),
    ("Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur",
     "Terpenuhinya Jenis dokumen Hasil Penilaian dan Evaluasi Kinerja Aparatur"),
)  # fmt: skip

_KOMPETENSI_TEKNIS = (
    "Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti, dan pilihan bagi Jabatan "
    "Administrasi Penyelenggara Urusan Pemerintahan Konkuren, Perangkat Daerah Penunjang, dan "
    "Urusan Pemerintahan Umum"
)  # split by a page break in the seed; joined here
_KEBIJAKAN_TEKNIS = (
    "Penyusunan Kebijakan Teknis dan Rencana Sertifikasi Kompetensi, Pengelolaan Kelembagaan, "
    "Tenaga Pengembang Kompetensi, Sumber Belajar, Kerja Sama, Pengembangan Kompetensi Pimpinan "
    "Daerah, Jabatan Pimpinan Tinggi, Kepemimpinan dan Prajabatan, serta Jabatan Fungsional"
)

_BKPSDM_KOMPETENSI: tuple[tuple[str, str], ...] = (
    ("Pengelolaan Pendidikan Lanjutan ASN",
     "Terpenuhinya orang yang mengikuti Pelaksanaan Pendidikan lanjutan"),
    (_KOMPETENSI_TEKNIS, "Terlaksananya Penialian dan Evaluasi"),
    (_KEBIJAKAN_TEKNIS,
     "Terlaksananya jenis Diklat Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, "
     "Jabatan Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan"),
)  # fmt: skip


def _bkpsdm_groups() -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
    """(parent node, code prefix, CSF rows): CSF under the root are numbered after the outcomes."""
    return [
        ("1.1", "1.1", _BKPSDM_PENEMPATAN),
        ("1.2", "1.2", _BKPSDM_KOMPETENSI),
        ("1", "1", _BKPSDM_PENUNJANG),
    ]


def bkpsdm_csf_codes() -> dict[str, str]:
    """Node code of every CSF (sasaran kegiatan), by its uraian."""
    codes = {}
    for _, prefix, rows in _bkpsdm_groups():
        start = 3 if prefix == "1" else 1  # 1.1 and 1.2 are the outcomes
        for i, (csf, _) in enumerate(rows, start=start):
            codes[csf] = f"{prefix}.{i}"
    return codes


def bkpsdm_pohon() -> list[Node]:
    """Seed 002's tree: ultimate outcome, two outcomes, 30 CSF, each with its condition."""
    nodes = [
        Node("1", None, "ultimate outcome", "strategis",
             "Mewujudkan peningkatan kualitas pelayanan publik"),
        Node("1.1", "1", "outcome", "taktikal",
             "Meningkatnya penempatan PNS dalam jabatan sesuai dengan kompetensi"),
        Node("1.2", "1", "outcome", "taktikal", "Meningkatnya Kompetensi ASN"),
    ]  # fmt: skip
    codes = bkpsdm_csf_codes()
    for parent, _, rows in _bkpsdm_groups():
        for csf, kondisi in rows:
            kode = codes[csf]
            nodes.append(Node(kode, parent, "csf", "operasional", csf))
            nodes.append(Node(f"{kode}.1", kode, "kondisi operasional", "operasional", kondisi))
    return nodes


def bkpsdm_indikator() -> list[Indicator]:
    """Seed 002's three indicators (section 3.2/3.4); satuan etc. assigned here."""
    return [
        Indicator("IK-1", "1", "Indeks Kepuasan Masyarakat", "indeks", "positif", "rata-rata",
                  _IKM_FORMULA, _SKM_SOURCE, "ya"),
        Indicator("IK-1.1", "1.1", "Persentase Penempatan PNS dalam Jabatan", "%", "positif",
                  "akhir periode", iku="ya"),
        Indicator("IK-1.2", "1.2",
                  "Persentase Pejabat Struktural ASN yang Telah Mengikuti Pendidikan dan "
                  "Pelatihan Struktural", "%", "positif", "akhir periode", iku="ya"),
    ]  # fmt: skip


def bkpsdm_levels(rng: np.random.Generator) -> dict[str, Level]:
    """Synthetic Renstra trajectories of BKPSDM's three indicators."""
    return {
        "IK-1": Level(_u(rng, 80, 83, 2), _u(rng, 86, 89, 2), **_PCT),
        "IK-1.1": Level(_u(rng, 80, 88), _u(rng, 92, 98), **_PCT),
        "IK-1.2": Level(_u(rng, 55, 70), _u(rng, 80, 90), **_PCT),
    }


def bkpsdm_programs() -> tuple[Program, ...]:
    """BKPSDM's programs: the seed's CSF are sub kegiatan names (Permendagri 90 nomenclature)."""
    node = bkpsdm_csf_codes()

    def subs(*names: str, modal: tuple[str, ...] = (), bobot: dict[str, float] | None = None):
        weights = bobot or {}
        return tuple(
            SubKegiatan(i, n, node[n], _MODAL if n in modal else _OPS, weights.get(n, 1.0))
            for i, n in enumerate(names, start=1)
        )

    p = _BKPSDM_PENUNJANG
    gaji = p[2][0]
    return (
        Program(1, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", (
            Kegiatan(1, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                     subs(p[0][0], p[1][0])),
            Kegiatan(2, "Administrasi Keuangan Perangkat Daerah",
                     subs(gaji, p[3][0], bobot={gaji: 45.0})),
            Kegiatan(3, "Administrasi Umum Perangkat Daerah",
                     subs(p[4][0], p[5][0], p[6][0], p[8][0], p[9][0], p[10][0])),
            Kegiatan(4, "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
                     subs(p[11][0], p[12][0], modal=(p[11][0], p[12][0]))),
            Kegiatan(5, "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
                     subs(p[13][0], p[14][0], p[15][0], bobot={p[14][0]: 2.0, p[15][0]: 3.0})),
            Kegiatan(6, "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
                     subs(p[16][0], p[17][0], p[18][0])),
        )),
        Program(2, "Program Kepegawaian Daerah", (
            Kegiatan(1, "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
                     subs(*(r[0] for r in _BKPSDM_PENEMPATAN[:3]),
                          bobot={_BKPSDM_PENEMPATAN[2][0]: 2.0}), "1.1"),
            Kegiatan(2, "Mutasi dan Pengembangan Karir",
                     subs(_BKPSDM_PENEMPATAN[3][0], _BKPSDM_PENEMPATAN[4][0],
                          _BKPSDM_KOMPETENSI[0][0], _BKPSDM_PENEMPATAN[5][0],
                          bobot={_BKPSDM_KOMPETENSI[0][0]: 3.0}), "1.1"),
            Kegiatan(3, "Penilaian dan Evaluasi Kinerja Aparatur, dan Pemberian Penghargaan "
                        "bagi ASN", subs(*(r[0] for r in _BKPSDM_PENEMPATAN[6:])), "1.1"),
        ), "1.1"),
        Program(3, "Program Pengembangan Sumber Daya Manusia", (
            Kegiatan(1, "Pengembangan Kompetensi ASN",
                     subs(_KOMPETENSI_TEKNIS, _KEBIJAKAN_TEKNIS,
                          bobot={_KOMPETENSI_TEKNIS: 6.0, _KEBIJAKAN_TEKNIS: 6.0}), "1.2"),
        ), "1.2"),
    )  # fmt: skip


BKPSDM_NOTES: tuple[str, ...] = (
    "SEBAGIAN SINTETIS: pohon kinerja ditranskripsi dari dokumen Pohon Kinerja BKPSDM Kabupaten "
    "Kebumen (seed 002); angka kinerja dan anggaran disintesis.",
    "TRANSKRIPSI (seed 002): ultimate outcome, dua outcome, 30 CSF (sasaran kegiatan) beserta "
    "kondisi yang diperlukan (bagian 3.3), dan tiga indikator (bagian 3.2/3.4): IKM, Persentase "
    "Penempatan PNS dalam Jabatan, Persentase Pejabat Struktural ASN yang Telah Mengikuti "
    "Pendidikan dan Pelatihan Struktural. Kepala unit dari tanda tangan dokumen.",
    "DITAFSIRKAN: diagram pohon hilang saat ekstraksi, jadi induk setiap CSF ditafsirkan: CSF "
    "penunjang (1.3-1.21) di bawah ultimate outcome, CSF manajemen kepegawaian (1.1.x) di bawah "
    "outcome penempatan PNS, CSF pengembangan kompetensi (1.2.x) di bawah outcome kompetensi ASN. "
    "Nama CSF yang terpotong pindah halaman digabung; tanda kutip hasil ekstraksi dibuang; "
    "salah ketik ('Penialian') dipertahankan.",
    "CACAT SEED DIPERTAHANKAN: 60 node CSF/kondisi tidak memiliki indikator; banyak CSF berupa "
    "nama kegiatan, bukan kondisi; kondisi 1.9.1 dirumuskan sebagai indikator ('Jumlah bulan "
    "penyediaan barang cetak dan penggandaan').",
    "SINTETIS: tingkat dan jenis_kinerja (ultimate outcome strategis, outcome taktikal, CSF dan "
    "kondisi operasional); penanggung_jawab dikosongkan; satuan, polaritas, agregasi, iku.",
    "SINTETIS: semua target (Renstra 2021-2026, PK 2024), realisasi 2022-2024, jawaban SKM 2024 "
    "per triwulan dan anggaran 2024 (sub kegiatan = nama CSF seed, dikelompokkan menurut "
    "nomenklatur; angka acak), dibuat dengan generator sakiplib.samples.synthetic. Realisasi IKM "
    "2024 dihitung dari jawaban SKM.",
)


def bkpsdm_workbook() -> SampleWorkbook:
    """BKPSDM Kabupaten Kebumen: tree transcribed from seed 002, numbers synthesised."""
    indikator = indikator_frame(BKPSDM_KODE, bkpsdm_indikator())
    levels = bkpsdm_levels(unit_rng(BKPSDM, "target"))
    tables = synthesise_kinerja(BKPSDM, BKPSDM_KODE, indikator, levels, "IK-1")
    arng = unit_rng(BKPSDM, "anggaran")
    anggaran = synth_anggaran(
        BKPSDM_KODE,
        bkpsdm_programs(),
        float(arng.uniform(9.0e9, 13.0e9)),
        float(arng.uniform(0.03, 0.08)),
        arng,
    )
    keterangan = (
        "Pohon kinerja dan uraian indikator ditranskripsi dari Pohon Kinerja BKPSDM Kabupaten "
        "Kebumen (seed 002); induk CSF ditafsirkan. SINTETIS: semua target, realisasi 2022-2024, "
        "SKM 2024, anggaran 2024, dan satuan/polaritas/agregasi indikator (generator "
        "sakiplib.samples.synthetic)."
    )
    return SampleWorkbook(
        relative_path=f"kebumen/{TAHUN}/bkpsdm.xlsx",
        tables={
            "unit": unit_frame(
                BKPSDM_KODE, BKPSDM_NAMA, "badan", keterangan, kepala_unit=BKPSDM_KEPALA
            ),
            "pohon": pohon_frame(BKPSDM_KODE, bkpsdm_pohon()),
            "indikator": indikator,
            **tables,
            "anggaran": anggaran,
        },
        petunjuk_notes=BKPSDM_NOTES,
        synthetic=False,
    )


def workbooks() -> list[SampleWorkbook]:
    """Kecamatan Sempor and BKPSDM Kabupaten Kebumen."""
    return [sempor_workbook(), bkpsdm_workbook()]
