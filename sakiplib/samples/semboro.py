"""Seed 003 transcribed: LKjIP 2021 of Kecamatan Semboro, Kabupaten Jember.

Sources inside the seed: the Renstra matrix 2016-2021 (Lampiran 1), the RKT
2021 (Bab II B and Lampiran 2), the PK 2021 (Bab II C and Lampiran 3), the PK
Perubahan 2021 (Lampiran 3), the IKU (Bab II D and Lampiran 4), Tabel 3.1-3.3,
the sub kegiatan outputs of Bab III B and the budget table of Bab III C.2.

Cells deliberately carry the quirks of real Indonesian spreadsheets: amounts
as "Rp. 2.519.516.374" text, the PK Perubahan in comma grouping
("Rp. 2,519,516,374"), plain numbers, "91,06%" and "99,60 %" percentages,
"60,7" and "441" as text, "-" for rows without money, merged cells in the
Realisasi sheet and note rows under the tables.

The only synthesised figures are the split of the budget into belanja operasi
and belanja modal per sub kegiatan (the seed gives only the totals); see
:data:`PETUNJUK_NOTES`. No raw SKM answers exist in the seed, so the SKM and
IKM sheets stay empty.

>>> [wb.relative_path for wb in workbooks()]
['jember/2021/kecamatan-semboro.xlsx']
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from openpyxl.utils import get_column_letter

from sakiplib.samples import SampleWorkbook
from sakiplib.schema import TABLES

KODE_UNIT = "JBR-SEMBORO"
TAHUN = 2021
RELATIVE_PATH = "jember/2021/kecamatan-semboro.xlsx"
SOURCE = "LKjIP Kecamatan Semboro 2021"

PETUNJUK_NOTES = (
    "DATA CONTOH: transkripsi seed LKjIP Kecamatan Semboro (Kabupaten Jember) Tahun 2021.",
    "Sumber: Renstra 2016-2021 (Lampiran 1), RKT 2021, PK 2021 dan PK Perubahan 2021, "
    "IKU (Bab II D), Tabel 3.1-3.3, keluaran sub kegiatan Bab III B, tabel anggaran Bab III C.2.",
    "SINTETIS: pembagian belanja operasi/modal per sub kegiatan. Laporan hanya memuat total "
    "Belanja Operasi Rp 3.296.978.974 dan Belanja Modal Rp 160.484.900; di sini modal = "
    "Penyediaan Peralatan dan Perlengkapan Kantor (152.575.400, realisasi 136.444.000) + "
    "7.909.500 (realisasi 7.909.500) dari Pemeliharaan/Rehabilitasi Sarana dan Prasarana "
    "Gedung Kantor, yang sisanya 2.290.500 (realisasi 2.290.500) operasi.",
    "Tidak ada jawaban mentah SKM di laporan: sheet SKM dan IKM sengaja kosong.",
    "Cacat yang sengaja dipertahankan dari laporan: RKT menulis 24.577.000, tabel anggaran "
    "24.577.500; capaian SKM 71,4% disebut 'Baik' padahal skala Jember memberi 'Cukup'.",
)


def workbooks() -> list[SampleWorkbook]:
    """The Semboro workbook (one unit, one year)."""
    realisasi_frame = realisasi()
    return [
        SampleWorkbook(
            relative_path=RELATIVE_PATH,
            tables={
                "unit": unit(),
                "pohon": pohon(),
                "indikator": indikator(),
                "target": target(),
                "realisasi": realisasi_frame,
                "anggaran": anggaran(),
            },
            petunjuk_notes=PETUNJUK_NOTES,
            notes={
                "indikator": (
                    f"Sumber: {SOURCE}, Lampiran 1 (Renstra), Bab II B (RKT), Bab II D (IKU), "
                    "Bab III B, Lampiran 3 (PK Perubahan).",
                    "Penanggung jawab IKU: Sekretariat dan Seksi Pelayanan Umum (IKU-1); "
                    "Sekretariat, Seksi Pemerintahan, Seksi Pembangunan Masyarakat dan Kesos, "
                    "Seksi Pelayanan Umum, Seksi Trantib (IKU-2).",
                    "Sasaran PK Perubahan: PKP-1 'Meningkatnya kualitas pelayanan aparatur'; "
                    "PKP-2 'Meningkatnya kemandirian dan peran serta masyarakat dalam pemenuhan "
                    "pembayaran pajak dan retribusi daerah'; PKP-3 'Meningkatnya Pemberdayaan "
                    "Pemerintah Desa'.",
                ),
                "target": (
                    f"Sumber: {SOURCE}, Lampiran 1 (Renstra), Bab II C dan Tabel 3.1 (PK), "
                    "Lampiran 2 (RKT), Lampiran 3 (PK Perubahan), Bab III B (keluaran).",
                ),
                "realisasi": (
                    f"Sumber: {SOURCE}, Tabel 3.1 dan Tabel 3.2; keluaran sub kegiatan Bab III B.",
                ),
                "anggaran": (
                    f"Sumber: {SOURCE}, Bab III C.2 (Alokasi Anggaran Belanja Per Program), "
                    "Lampiran 2 (RKT), Lampiran 3 (PK dan PK Perubahan).",
                    "JUMLAH (DPA): pagu Rp. 3.457.463.874, realisasi Rp. 3.148.478.480 (91,06%). "
                    "PK: Rp. 3.876.837.329. PK Perubahan: Rp. 3,457,463,874.",
                    "Jenis belanja per sub kegiatan SINTETIS (lihat sheet Petunjuk).",
                ),
            },
            merges={"realisasi": realisasi_merges(realisasi_frame)},
        )
    ]


def table_frame(table: str, rows: Sequence[dict[str, object]]) -> pd.DataFrame:
    """Rows -> DataFrame with the table's column order; Python values kept as given."""
    names = [c for c in TABLES[table].column_names if any(c in row for row in rows)]
    frame = pd.DataFrame(list(rows), columns=names, dtype=object)
    return frame.astype(object).where(frame.notna(), None)


def unit() -> pd.DataFrame:
    return table_frame(
        "unit",
        [
            {
                "kode_unit": KODE_UNIT,
                "nama_unit": "Kecamatan Semboro",
                "jenis_unit": "kecamatan",
                "kabupaten": "Jember",
                "tahun": TAHUN,
                "kepala_unit": "Ir. Okto Haryanto",
                "keterangan": f"Transkripsi {SOURCE}; jenis belanja per sub kegiatan SINTETIS.",
            }
        ],
    )


# --- Pohon -------------------------------------------------------------------
#
# Codes: tujuan T1/T2, sasaran S1/S2; programs, kegiatan and sub kegiatan reuse
# the row numbers of the budget table (program I..IV, kegiatan I.2, sub
# kegiatan I.2.1), the same codes as the Anggaran sheet. The seed prints no
# Permendagri 90 codes, and we do not invent them.
#
# Program -> sasaran links follow "Alokasi Belanja Per Sasaran Strategis"
# (Bab III C.3) and Bab III B:
# - III (Pemberdayaan) and IV (Trantib) support sasaran 2 only.
# - II (Penyelenggaraan Pemerintahan dan Pelayanan Publik) supports both:
#   kegiatan II.2 (24.577.000) sasaran 1, kegiatan II.1 (536.900.000)
#   sasaran 2. A tree has one parent, so II hangs under S2 (the larger share
#   and three of the four mentions in the text). The RKT rows of the Anggaran
#   sheet keep the kegiatan-level link to the sasaran (kode_node S1 / S2).
# - I (Penunjang) is not mentioned: we chose S1, as the brief allows; its
#   indicators (kepuasan aparatur, nilai SAKIP) are about institutional quality,
#   which is tujuan 1.
#
# Two roots (two tujuan) and kegiatan I.1 without an indicator are as in the
# seed; tree checks are expected to report them.

_CAMAT = "Camat"
_SEKCAM = "Sekretaris Camat"
_KASUBAG_PK = "Kasubag Perencanaan dan Keuangan"
_KASUBAG_UMUM = "Kasubag Umum dan Kepegawaian"
_KASI_PEM = "Kasi Pemerintahan"
_KASI_PMD = "Kasi Pemberdayaan Masyarakat dan Kesejahteraan Sosial"
_KASI_TRANTIB = "Kasi Ketentraman dan Ketertiban Umum"
_KASI_YANUM = "Kasi Pelayanan Umum"

_POHON: tuple[tuple[str, str | None, str, str, str], ...] = (
    # kode_node, kode_induk, tingkat, uraian, penanggung_jawab
    (
        "T1",
        None,
        "tujuan",
        "Meningkatkan Kualitas Kelembagaan dan Kapabilitas Penyelenggara Pemerintahan "
        "Khususnya Pemerintahan Kecamatan dan Desa",
        _CAMAT,
    ),
    (
        "T2",
        None,
        "tujuan",
        "Meningkatkan Koordinasi pemerintahan dan penyelenggara pemerintahan Desa",
        _CAMAT,
    ),
    ("S1", "T1", "sasaran", "Meningkatnya Kualitas Pelayanan", _CAMAT),
    (
        "S2",
        "T2",
        "sasaran",
        "Meningkatnya koordinasi Pemerintahan dan penyelenggara pemerintahan Desa",
        _CAMAT,
    ),
    ("I", "S1", "program", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", _SEKCAM),
    (
        "I.1",
        "I",
        "kegiatan",
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        _KASUBAG_PK,
    ),
    ("I.1.1", "I.1", "subkegiatan", "Penyusunan Dokumen Perencanaan Perangkat Daerah", _KASUBAG_PK),
    (
        "I.1.2",
        "I.1",
        "subkegiatan",
        "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
        _KASUBAG_PK,
    ),
    ("I.2", "I", "kegiatan", "Administrasi Keuangan Perangkat Daerah", _KASUBAG_PK),
    ("I.2.1", "I.2", "subkegiatan", "Penyediaan Gaji dan Tunjangan ASN", _KASUBAG_PK),
    (
        "I.2.2",
        "I.2",
        "subkegiatan",
        "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        _KASUBAG_PK,
    ),
    (
        "I.2.3",
        "I.2",
        "subkegiatan",
        "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
        _KASUBAG_PK,
    ),
    ("I.3", "I", "kegiatan", "Administrasi Umum Perangkat Daerah", _KASUBAG_UMUM),
    ("I.3.1", "I.3", "subkegiatan", "Penyediaan Peralatan dan Perlengkapan Kantor", _KASUBAG_UMUM),
    ("I.4", "I", "kegiatan", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", _KASUBAG_UMUM),
    ("I.4.1", "I.4", "subkegiatan", "Penyediaan Jasa Pelayanan Umum Kantor", _KASUBAG_UMUM),
    (
        "I.5",
        "I",
        "kegiatan",
        "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        _KASUBAG_UMUM,
    ),
    (
        "I.5.1",
        "I.5",
        "subkegiatan",
        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas "
        "atau Kendaraan Dinas Jabatan",
        _KASUBAG_UMUM,
    ),
    (
        "I.5.2",
        "I.5",
        "subkegiatan",
        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas "
        "Operasional atau Lapangan",
        _KASUBAG_UMUM,
    ),
    (
        "I.5.3",
        "I.5",
        "subkegiatan",
        "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
        _KASUBAG_UMUM,
    ),
    (
        "II",
        "S2",
        "program",
        "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
        _KASI_PEM,
    ),
    (
        "II.1",
        "II",
        "kegiatan",
        "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
        _KASI_PEM,
    ),
    (
        "II.1.1",
        "II.1",
        "subkegiatan",
        "Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan",
        _KASI_PEM,
    ),
    (
        "II.2",
        "II",
        "kegiatan",
        "Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja Perangkat "
        "Daerah yang ada di Kecamatan",
        _KASI_YANUM,
    ),
    (
        "II.2.1",
        "II.2",
        "subkegiatan",
        "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan",
        _KASI_YANUM,
    ),
    ("III", "S2", "program", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", _KASI_PMD),
    ("III.1", "III", "kegiatan", "Koordinasi Kegiatan Pemberdayaan Desa", _KASI_PMD),
    (
        "III.1.1",
        "III.1",
        "subkegiatan",
        "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa",
        _KASI_PMD,
    ),
    (
        "III.1.2",
        "III.1",
        "subkegiatan",
        "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
        _KASI_PMD,
    ),
    ("IV", "S2", "program", "Program Koordinasi Ketentraman dan Ketertiban Umum", _KASI_TRANTIB),
    (
        "IV.1",
        "IV",
        "kegiatan",
        "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
        _KASI_TRANTIB,
    ),
    (
        "IV.1.1",
        "IV.1",
        "subkegiatan",
        "Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan "
        "Instansi Vertikal di Wilayah Kecamatan",
        _KASI_TRANTIB,
    ),
)

_JENIS_KINERJA = {
    "tujuan": "strategis",
    "sasaran": "strategis",
    "program": "taktikal",
    "kegiatan": "taktikal",
    "subkegiatan": "operasional",
}


def _pelaksana(penanggung_jawab: str) -> str:
    """Operational nodes belong to the staff (pelaksana) of the section."""
    seksi = penanggung_jawab.removeprefix("Kasubag ").removeprefix("Kasi ")
    prefix = "Sub Bagian" if penanggung_jawab.startswith("Kasubag") else "Seksi"
    return f"Pelaksana {prefix} {seksi}"


def pohon() -> pd.DataFrame:
    rows = []
    for kode, induk, tingkat, uraian, pj in _POHON:
        rows.append(
            {
                "kode_unit": KODE_UNIT,
                "kode_node": kode,
                "kode_induk": induk,
                "tingkat": tingkat,
                "jenis_kinerja": _JENIS_KINERJA[tingkat],
                "uraian": uraian,
                "penanggung_jawab": _pelaksana(pj) if tingkat == "subkegiatan" else pj,
            }
        )
    return table_frame("pohon", rows)


# --- Indikator ---------------------------------------------------------------
#
# PK Perubahan indicators (PKP-*) are attached to the existing Renstra sasaran
# rather than to new sasaran nodes: the PK Perubahan keeps the same four
# programs, and sasaran without programs below them would only add orphan
# nodes. SKM Aparatur and SKM Publik measure service quality (S1); Desa
# Mandiri measures village governance (S2). The PK Perubahan's own sasaran
# wording is kept in a note under the Indikator sheet. Its second sasaran
# (pajak dan retribusi daerah) measured by an SKM is a mismatch of the seed.
#
# The two tujuan indicators are listed in the IKU decree (Lampiran 4), hence
# iku "ya". The IKU table's "SUMBER DANA: APBD" column is a funding source,
# not a data source, so sumber_data stays empty for IKU-1 and IKU-2.

_SUMBER_ESR = "Data Pengumpulan LKIP pada ESR"
_REKOMENDASI = (
    "Prosentase rekomendasi hasil bidang pemerintahan, ketertiban, dan keamanan, pemberdayaan "
    "masyarakat dan kesejahteraan sosial yang ditindaklanjuti dalam satu tahun"
)

_INDIKATOR: tuple[dict[str, object], ...] = (
    # tujuan
    {
        "kode_indikator": "IKT-1",
        "kode_node": "T1",
        "uraian": "Hasil Survey Kepuasan Masyarakat (SKM)",
        "satuan": "indeks",
        "agregasi": "akhir periode",
        "iku": "ya",
    },
    {
        "kode_indikator": "IKT-2",
        "kode_node": "T2",
        "uraian": "Prosentasi rekomendasi hasil bidang pemerintahan, ketertiban dan keamanan, "
        "pemberdayaan masyarakat dan Kesos yang ditindaklanjuti dalam satu tahun",
        "satuan": "%",
        "agregasi": "akhir periode",
        "iku": "ya",
    },
    # sasaran (Renstra, PK, Tabel 3.1)
    {
        "kode_indikator": "IKS-1",
        "kode_node": "S1",
        "uraian": "Hasil Survey Kepuasan Masyarakat (SKM) pada bidang pelayanan publik",
        "satuan": "indeks",
        "agregasi": "akhir periode",
        "sumber_data": _SUMBER_ESR,
        "iku": "ya",
    },
    {
        "kode_indikator": "IKS-2",
        "kode_node": "S2",
        "uraian": _REKOMENDASI,
        "satuan": "%",
        "agregasi": "akhir periode",
        "sumber_data": _SUMBER_ESR,
        "iku": "ya",
    },
    # third indicator of the PK 2021 lampiran (not measured in the report)
    {
        "kode_indikator": "IKS-2.2",
        "kode_node": "S2",
        "uraian": "Prosentase Desa yang sudah Menyusun Dokumen Perencanaan Penganggaran dengan "
        "benar dan tepat waktu",
        "satuan": "%",
        "agregasi": "akhir periode",
        "iku": "tidak",
    },
    # IKU table (Bab II D)
    {
        "kode_indikator": "IKU-1",
        "kode_node": "S1",
        "uraian": "Prosentase masyarakat yang membutuhkan pelayanan",
        "satuan": "%",
        "agregasi": "akhir periode",
        "formulasi": "Jumlah total pelayanan masyarakat yang dapat diselesaikan / Jumlah total "
        "masyarakat yang membutuhkan pelayanan x 100",
        "iku": "ya",
    },
    {
        "kode_indikator": "IKU-2",
        "kode_node": "S2",
        "uraian": "Prosentase Peningkatan Koordinasi kewilayahan dan pemerintahan",
        "satuan": "%",
        "agregasi": "akhir periode",
        "formulasi": "Jumlah hasil koordinasi dan pembinaan pemerintahan yang dilaksanakan oleh "
        "dinas sektoral dan desa / Jumlah pelaksanaan koordinasi dan pembinaan pemerintahan "
        "desa x 100",
        "iku": "ya",
    },
    # PK Perubahan 2021
    {
        "kode_indikator": "PKP-1",
        "kode_node": "S1",
        "uraian": "SKM Aparatur (Survey Kepuasan Aparatur Kecamatan dan Desa terhadap layanan "
        "Kecamatan secara kelembagaan)",
        "satuan": "indeks",
        "agregasi": "akhir periode",
        "iku": "tidak",
    },
    {
        "kode_indikator": "PKP-2",
        "kode_node": "S1",
        "uraian": "SKM Publik (Survey Kepuasan Masyarakat terhadap layanan Kecamatan)",
        "satuan": "indeks",
        "agregasi": "akhir periode",
        "iku": "tidak",
    },
    {
        "kode_indikator": "PKP-3",
        "kode_node": "S2",
        "uraian": "Prosentase Desa Mandiri",
        "satuan": "%",
        "agregasi": "akhir periode",
        "iku": "tidak",
    },
    # programs (Bab II B; wording of the RKT lampiran where it differs)
    {
        "kode_indikator": "IKP-I.1",
        "kode_node": "I",
        "uraian": "Tingkat Kepuasan aparatur perangkat daerah terhadap pelayanan kesekretariatan",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKP-I.2",
        "kode_node": "I",
        "uraian": "Nilai SAKIP OPD",
        "satuan": "nilai",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKP-II",
        "kode_node": "II",
        "uraian": "SKM terhadap layanan publik yang menjadi kewenangan Kecamatan",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKP-III",
        "kode_node": "III",
        "uraian": "Prosentase hasil pemberdayaan ekonomi masyarakat dan desa yang dapat "
        "terfasilitasi oleh kecamatan yang ditargetkan",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKP-IV",
        "kode_node": "IV",
        "uraian": "Prosentase koordinasi ketenteraman dan ketertiban yang dapat terfasilitasi "
        "kecamatan",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    # kegiatan (Bab II B and RKT)
    {
        "kode_indikator": "IKK-I.2",
        "kode_node": "I.2",
        "uraian": "Persentase realisasi anggaran PD",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKK-I.3",
        "kode_node": "I.3",
        "uraian": "Persentase pemenuhan kebutuhan sarana dan prasarana kantor",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKK-I.4",
        "kode_node": "I.4",
        "uraian": "Persentase tingkat pemenuhan kebutuhan dasar operasional SKPD",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKK-I.5",
        "kode_node": "I.5",
        "uraian": "Jumlah barang milik daerah penunjang urusan pemerintahan daerah yang "
        "dilakukan pemeliharaan",
        "satuan": "unit",
        "agregasi": "kumulatif",
    },
    {
        "kode_indikator": "IKK-II.1",
        "kode_node": "II.1",
        "uraian": "Prosentase fasilitasi pembinaan Desa",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKK-II.2",
        "kode_node": "II.2",
        "uraian": "Prosentase pelayanan terhadap masyarakat",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKK-III.1",
        "kode_node": "III.1",
        "uraian": "Prosentase pemberdayaan masyarakat Desa yang terfasilitasi",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKK-IV.1",
        "kode_node": "IV.1",
        "uraian": "Prosentase koordinasi dengan instansi secepat dalam penegakan peraturan "
        "Daerah dan peraturan kepala daerah",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    # sub kegiatan outputs (Bab III B)
    {
        "kode_indikator": "IKO-II.1.1a",
        "kode_node": "II.1.1",
        "uraian": "Jumlah RT RW yang mendapatkan honor",
        "satuan": "RT/RW",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKO-II.1.1b",
        "kode_node": "II.1.1",
        "uraian": "Jumlah rapat koordinasi tingkat kecamatan",
        "satuan": "kali",
        "agregasi": "kumulatif",
    },
    {
        "kode_indikator": "IKO-II.2.1",
        "kode_node": "II.2.1",
        "uraian": "Prosentase masyarakat yang mendapatkan pelayanan",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKO-III.1.1",
        "kode_node": "III.1.1",
        "uraian": "Jumlah kegiatan musrenbang tingkat kecamatan yang dilaksanakan",
        "satuan": "kegiatan",
        "agregasi": "kumulatif",
    },
    {
        "kode_indikator": "IKO-III.1.2a",
        "kode_node": "III.1.2",
        "uraian": "Jumlah pertemuan rutin PKK",
        "satuan": "kali",
        "agregasi": "kumulatif",
    },
    {
        "kode_indikator": "IKO-III.1.2b",
        "kode_node": "III.1.2",
        "uraian": "Jumlah Sosialisasi",
        "satuan": "kali",
        "agregasi": "kumulatif",
    },
    {
        "kode_indikator": "IKO-IV.1.1a",
        "kode_node": "IV.1.1",
        "uraian": "Honorarium Pol PP",
        "satuan": "%",
        "agregasi": "akhir periode",
    },
    {
        "kode_indikator": "IKO-IV.1.1b",
        "kode_node": "IV.1.1",
        "uraian": "Pelaksanaan HBN",
        "satuan": "kegiatan",
        "agregasi": "kumulatif",
    },
)


def indikator() -> pd.DataFrame:
    rows = []
    for spec in _INDIKATOR:
        row: dict[str, object] = {"kode_unit": KODE_UNIT, "polaritas": "positif", "iku": "tidak"}
        row.update(spec)
        rows.append(row)
    return table_frame("indikator", rows)


# --- Target ------------------------------------------------------------------
#
# PK 2021 targets follow Bab II C and Tabel 3.1 (SKM 85, rekomendasi 80%). The
# signed PK lampiran prints different ones (SKM "B", rekomendasi 100%); the key
# allows one PK target per indicator and year, and Bab II C is what the report
# measures against. The RKT targets are 100% for both sasaran, as printed.
# Sub kegiatan output targets are filed under "RKT": they come from the yearly
# work plan (Renja/DPA), which the PK does not list.

_RENSTRA_YEARS = range(2016, 2022)


def target() -> pd.DataFrame:
    rows: list[dict[str, object]] = []

    def add(kode: str, tahun: int, nilai: object, dokumen: str) -> None:
        rows.append(
            {
                "kode_unit": KODE_UNIT,
                "kode_indikator": kode,
                "tahun": tahun,
                "periode": "Tahunan",
                "nilai": nilai,
                "dokumen": dokumen,
            }
        )

    for tahun in _RENSTRA_YEARS:
        add("IKS-1", tahun, "B", "Renstra")
    for tahun in _RENSTRA_YEARS:
        add("IKS-2", tahun, 80, "Renstra")
    add("IKS-1", TAHUN, 85, "PK")
    add("IKS-2", TAHUN, "80%", "PK")
    add("IKS-2.2", TAHUN, "100%", "PK")
    for kode, nilai in (
        ("IKS-1", "100%"),
        ("IKS-2", "100%"),
        ("IKP-II", "100%"),
        ("IKP-III", "100%"),
        ("IKP-IV", 100),
        ("IKK-II.1", "100%"),
        ("IKK-II.2", "100%"),
        ("IKK-III.1", "100%"),
        ("IKK-IV.1", 100),
    ):
        add(kode, TAHUN, nilai, "RKT")
    add("PKP-1", TAHUN, "B", "PK Perubahan")
    add("PKP-2", TAHUN, "B", "PK Perubahan")
    add("PKP-3", TAHUN, "50%", "PK Perubahan")
    for kode, nilai in _OUTPUT_TARGET.items():
        add(kode, TAHUN, nilai, "RKT")
    return table_frame("target", rows)


# (target, realisasi, capaian as printed) of the sub kegiatan outputs, Bab III B
_OUTPUTS: dict[str, tuple[object, object, str]] = {
    "IKO-II.1.1a": ("441", "441", "100%"),
    "IKO-II.1.1b": (6, 6, "100%"),
    "IKO-II.2.1": ("100%", "100%", "100%"),
    "IKO-III.1.1": (1, 1, "100%"),
    "IKO-III.1.2a": (12, 9, "75%"),
    "IKO-III.1.2b": (8, 8, "100%"),
    "IKO-IV.1.1a": ("100%", "100%", "100%"),
    "IKO-IV.1.1b": (1, 0, "0"),
}
_OUTPUT_TARGET = {kode: spec[0] for kode, spec in _OUTPUTS.items()}


# --- Realisasi ---------------------------------------------------------------

# Tabel 3.2: the same 60,7 four years out of five, as printed.
_SKM_REALISASI: tuple[tuple[int, object], ...] = (
    (2017, "60,7"),
    (2018, 60),
    (2019, 60.7),
    (2020, "60,7"),
    (2021, "60,7"),
)
_REKOMENDASI_REALISASI: tuple[tuple[int, object], ...] = (
    (2017, "80%"),
    (2018, "80%"),
    (2019, 80),
    (2020, "80%"),
    (2021, "80%"),
)


def realisasi() -> pd.DataFrame:
    rows: list[dict[str, object]] = []

    def add(kode: str, tahun: int, nilai: object, capaian: object = None, kategori: object = None):
        rows.append(
            {
                "kode_unit": KODE_UNIT,
                "kode_indikator": kode,
                "tahun": tahun,
                "periode": "Tahunan",
                "nilai": nilai,
                "capaian_laporan": capaian,
                "kategori_laporan": kategori,
            }
        )

    for tahun, nilai in _SKM_REALISASI:
        # Tabel 3.1 and the Ikhtisar call 71,4% "Baik" (Jember scale says Cukup).
        add("IKS-1", tahun, nilai, *(("71,4%", "Baik") if tahun == TAHUN else ()))
    for tahun, nilai in _REKOMENDASI_REALISASI:
        add("IKS-2", tahun, nilai, *(("100%", "Sangat Baik") if tahun == TAHUN else ()))
    for kode, (_, nilai, capaian) in _OUTPUTS.items():
        add(kode, TAHUN, nilai, capaian)
    return table_frame("realisasi", rows)


def vertical_runs(frame: pd.DataFrame, table: str, column: str) -> list[str]:
    """Excel ranges merging each run of equal consecutive values in ``column``.

    Data start on row 2 (no example row). Only runs of two or more cells.

    >>> f = pd.DataFrame({"tahun": [2020, 2021, 2021, 2021, 2022]})
    >>> vertical_runs(f, "realisasi", "tahun")
    ['C3:C5']
    """
    letter = get_column_letter(TABLES[table].column_names.index(column) + 1)
    values = list(frame[column])
    ranges = []
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            if i - start >= 2:
                ranges.append(f"{letter}{start + 2}:{letter}{i + 1}")
            start = i
    return ranges


def realisasi_merges(frame: pd.DataFrame) -> list[str]:
    """Merge the indicator code over its yearly rows and the year over its run.

    The file then holds the value only in the top cell, as a clerk's merged
    cells do; the reader fills merged cells down.
    """
    return [
        *vertical_runs(frame, "realisasi", "kode_indikator"),
        *vertical_runs(frame, "realisasi", "tahun"),
    ]


# --- Anggaran ----------------------------------------------------------------
#
# DPA rows: Bab III C.2 as printed (program rows as "Rp. ..." text, some sub
# kegiatan in dot-grouped text, one in bare digits, "-" where the seed has no
# money). jenis_belanja on sub kegiatan rows is SYNTHESISED (see module doc):
# I.3.1 is modal; I.5.3 (10.200.000) is split into 2.290.500 operasi and
# 7.909.500 modal, so it appears twice with the same kode. Belanja operasi
# then totals 3.296.978.974 (95,36%) and modal 160.484.900 (4,64%), and the
# operasi sub kegiatan other than gaji and penatausahaan add up to the seed's
# Belanja Barang/Jasa 1.074.944.600.

_DPA: tuple[tuple[str, str, object, object, str, str | None], ...] = (
    # kode, uraian as printed, pagu, realisasi, capaian as printed, jenis_belanja
    (
        "I",
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        "Rp. 2.519.516.374",
        "Rp. 2.225.339.480",
        "88,32%",
        None,
    ),
    (
        "I.1",
        "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        "-",
        "-",
        "-",
        None,
    ),
    (
        "I.1.1",
        "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "-",
        "-",
        "-",
        "operasi",
    ),
    (
        "I.1.2",
        "Sub Kegiatan Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi "
        "Kinerja SKPD",
        "-",
        "-",
        "-",
        "operasi",
    ),
    (
        "I.2",
        "Kegiatan Administrasi Keuangan Perangkat Daerah",
        2222034374,
        1955769314,
        "88,02%",
        None,
    ),
    (
        "I.2.1",
        "Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN",
        "2.150.194.374",
        "1.886.959.314",
        "87,76%",
        "operasi",
    ),
    (
        "I.2.2",
        "Sub Kegiatan Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        71840000,
        68810000,
        "95,78%",
        "operasi",
    ),
    (
        "I.2.3",
        "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
        "-",
        "-",
        "-",
        "operasi",
    ),
    ("I.3", "Kegiatan Administrasi Umum Perangkat Daerah", 152575400, 136444000, "89,43%", None),
    (
        "I.3.1",
        "Sub Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor",
        152575400,
        136444000,
        "89,43%",
        "modal",
    ),
    (
        "I.4",
        "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        85508600,
        80011939,
        "93,57%",
        None,
    ),
    (
        "I.4.1",
        "Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor",
        85508600,
        80011939,
        "93,57%",
        "operasi",
    ),
    (
        "I.5",
        "Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        59398000,
        53114227,
        "89,42%",
        None,
    ),
    (
        "I.5.1",
        "Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan "
        "Perorangan Dinas atau Kendaraan Dinas Jabatan",
        34326000,
        29764227,
        "86,71%",
        "operasi",
    ),
    (
        "I.5.2",
        "Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan "
        "Kendaraan Dinas Operasional atau Lapangan",
        "14.872.000",
        "13.150.000",
        "88,42%",
        "operasi",
    ),
    (
        "I.5.3",
        "Sub Kegiatan Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau "
        "Bangunan Lainnya",
        2290500,  # SINTETIS: operasi part of 10.200.000
        2290500,
        "100,00%",
        "operasi",
    ),
    (
        "I.5.3",
        "Sub Kegiatan Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau "
        "Bangunan Lainnya",
        7909500,  # SINTETIS: modal part of 10.200.000
        7909500,
        "100,00%",
        "modal",
    ),
    (
        "II",
        "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        "Rp. 561.477.500",
        "Rp. 560.270.000",
        "99,78%",
        None,
    ),
    (
        "II.1",
        "Kegiatan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
        536900000,
        535790000,
        "99,79%",
        None,
    ),
    (
        "II.1.1",
        "Sub Kegiatan Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan",
        536900000,
        535790000,
        "99,79%",
        "operasi",
    ),
    (
        "II.2",
        "Kegiatan Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja "
        "Perangkat Daerah yang ada di Kecamatan",
        24577500,
        24480000,
        "99,60%",
        None,
    ),
    (
        "II.2.1",
        "Sub Kegiatan Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di "
        "Wilayah Kecamatan",
        "24.577.500",
        "24.480.000",
        "99,60 %",
        "operasi",
    ),
    (
        "III",
        "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
        "Rp. 91.570.000",
        "Rp. 77.969.000",
        "85,15%",
        None,
    ),
    ("III.1", "Kegiatan Koordinasi Kegiatan Pemberdayaan Desa", 91570000, 77969000, "85,15%", None),
    (
        "III.1.1",
        "Sub Kegiatan Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan "
        "Pembangunan di Desa",
        "2840000",
        "2300000",
        "80,99%",
        "operasi",
    ),
    (
        "III.1.2",
        "Sub Kegiatan Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah "
        "Kecamatan",
        88730000,
        75669000,
        "85,28%",
        "operasi",
    ),
    (
        "IV",
        "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM",
        "Rp. 284.900.000",
        "Rp. 284.900.000",
        "100,00%",
        None,
    ),
    (
        "IV.1",
        "Kegiatan Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
        284900000,
        284900000,
        "100,00%",
        None,
    ),
    (
        "IV.1.1",
        "Sub Kegiatan Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional "
        "Indonesia dan Instansi Vertikal di Wilayah Kecamatan",
        284900000,
        284900000,
        "100,00%",
        "operasi",
    ),
)

# RKT 2021 (Lampiran 2): kegiatan budgets grouped by the sasaran they serve.
# kode_node points at that sasaran, which keeps the seed's "Alokasi Belanja Per
# Sasaran Strategis" (S1: 24.577.000 = 0,71%; S2: 913.370.000 = 26,42%).
# 24.577.000 is printed so (the budget table has 24.577.500): a seed defect.
_RKT: tuple[tuple[str, str, str, str], ...] = (
    (
        "II.1",
        "Kegiatan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
        "536.900.000",
        "S2",
    ),
    ("III.1", "Kegiatan Koordinasi Kegiatan Pemberdayaan Desa", "91.570.000", "S2"),
    (
        "IV.1",
        "Kegiatan Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
        "284.900.000",
        "S2",
    ),
    (
        "II.2",
        "Kegiatan Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja "
        "Perangkat Daerah yang ada di Kecamatan",
        "24.577.000",
        "S1",
    ),
)

_PROGRAM_NAMES = {
    "I": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "II": "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
    "III": "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
    "IV": "Program Koordinasi Ketentraman dan Ketertiban Umum",
}
# PK 2021 (anggaran APBD murni) and PK Perubahan 2021 (PAPBD), as printed.
_PK = {"I": "Rp. 2.627.750.329", "II": 568919000, "III": "Rp. 367.164.000", "IV": 313004000}
_PK_PERUBAHAN = {
    "I": "Rp. 2,519,516,374",
    "II": "Rp. 561,477,500",
    "III": "Rp. 91,570,000",
    "IV": "Rp. 284,900,000",
}

_TINGKAT_BY_DEPTH = {0: "program", 1: "kegiatan", 2: "subkegiatan"}


def _parent(kode: str) -> str | None:
    return kode.rsplit(".", 1)[0] if "." in kode else None


def anggaran() -> pd.DataFrame:
    base = {"kode_unit": KODE_UNIT, "tahun": TAHUN, "periode": "Tahunan"}
    rows: list[dict[str, object]] = []
    for kode, uraian, pagu, real, capaian, jenis in _DPA:
        rows.append(
            {
                **base,
                "kode": kode,
                "kode_induk": _parent(kode),
                "tingkat": _TINGKAT_BY_DEPTH[kode.count(".")],
                "uraian": uraian,
                "kode_node": kode,
                "jenis_belanja": jenis,
                "dokumen": "DPA",
                "pagu": pagu,
                "realisasi": real,
                "capaian_laporan": capaian,
            }
        )
    for kode, uraian, pagu, node in _RKT:
        rows.append(
            {
                **base,
                "kode": kode,
                "kode_induk": _parent(kode),
                "tingkat": "kegiatan",
                "uraian": uraian,
                "kode_node": node,
                "dokumen": "RKT",
                "pagu": pagu,
            }
        )
    for dokumen, amounts in (("PK", _PK), ("PK Perubahan", _PK_PERUBAHAN)):
        for kode, pagu in amounts.items():
            rows.append(
                {
                    **base,
                    "kode": kode,
                    "tingkat": "program",
                    "uraian": _PROGRAM_NAMES[kode],
                    "kode_node": kode,
                    "dokumen": dokumen,
                    "pagu": pagu,
                }
            )
    return table_frame("anggaran", rows)
