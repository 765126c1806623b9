"""Seed 004 transcribed: LKjIP 2024 of the Sekretariat Daerah, Kabupaten Kebumen.

Sources inside the seed: Tabel 2.1-2.4 (Renstra 2022-2026, IKU, PK 2024),
Tabel 3.2, 3.4 and 3.5 (IKM realisasi 2022-2024), Tabel 3.6 (IKM per unsur
against the kabupaten), Tabel 3.7 (program and kegiatan: indicators, targets,
realisasi, pagu and realisasi anggaran) and the signed PK 2024 (TW IV target,
anggaran murni).

Cells keep the seed's mixed conventions: Tabel 3.7 prints "38,127,840,000",
"90.40" and "90.88%" (English style) while Tabel 3.9 prints 73.852.513.800 and
the IKM tables "90,40" (Indonesian style); both appear in this workbook.

SYNTHESISED figures (the seed shows them only in charts): the quarterly IKM
of the Setda and of the kabupaten in 2024 and the kabupaten's yearly IKM
2022-2024; see :data:`PETUNJUK_NOTES`.

Seed inconsistencies kept as printed: the kabupaten's per-unsur IKM above 100
(Tabel 3.6); the mean of the Setda's per-unsur values is 91,31, not the
reported IKM 90,40; "Administrasi Pemerintahan" target 3 against realisasi 11.

>>> [wb.relative_path for wb in workbooks()]
['kebumen/2024/sekretariat-daerah.xlsx']
"""

from __future__ import annotations

import pandas as pd

from sakiplib.samples import SampleWorkbook
from sakiplib.samples.semboro import table_frame, vertical_runs
from sakiplib.schema import UNSUR_SKM

KODE_UNIT = "KBM-SETDA"
TAHUN = 2024
RELATIVE_PATH = "kebumen/2024/sekretariat-daerah.xlsx"
SOURCE = "LKjIP Sekretariat Daerah Kabupaten Kebumen 2024"

# Quarterly IKM 2024, SYNTHESISED. The seed's text on Grafik 3.2: the Setda is
# above the kabupaten in TW I and TW IV and below it in TW II and TW III. The
# Setda quarters average exactly 90,40 (its yearly IKM); the kabupaten quarters
# average 89,85, its synthesised yearly IKM.
IKM_TRIWULAN_SETDA = {"TW I": "91,20", "TW II": "89,40", "TW III": "89,60", "TW IV": "91,40"}
IKM_TRIWULAN_KABUPATEN = {"TW I": 89.30, "TW II": 90.10, "TW III": 90.20, "TW IV": 89.80}
# Kabupaten yearly IKM for Grafik 3.1, SYNTHESISED below the Setda's each year.
IKM_TAHUNAN_KABUPATEN = {2022: 85.90, 2023: 88.72, 2024: 89.85}

PETUNJUK_NOTES = (
    f"DATA CONTOH: transkripsi seed {SOURCE}.",
    "Sumber: Tabel 2.1-2.4 (Renstra 2022-2026, IKU, PK 2024), Tabel 3.2, 3.4, 3.5 (IKM), "
    "Tabel 3.6 (IKM per unsur), Tabel 3.7 (program/kegiatan dan anggaran), lampiran PK 2024.",
    "SINTETIS: IKM triwulanan Setda 2024 (TW I 91,20; TW II 89,40; TW III 89,60; TW IV 91,40; "
    "rata-rata tepat 90,40), dibuat agar sesuai uraian Grafik 3.2.",
    "SINTETIS: IKM triwulanan Kabupaten Kebumen 2024 (89,30; 90,10; 90,20; 89,80), Setda lebih "
    "tinggi pada TW I dan TW IV dan lebih rendah pada TW II dan TW III.",
    "SINTETIS: IKM tahunan Kabupaten Kebumen 2022-2024 (85,90; 88,72; 89,85) untuk Grafik 3.1, "
    "di bawah IKM Setda.",
    "Cacat laporan yang sengaja dipertahankan: nilai unsur IKM kabupaten di atas 100 (Tabel 3.6); "
    "rata-rata unsur IKM Setda 91,31 tidak sama dengan IKM 90,40; format angka campuran "
    "(38,127,840,000 dan 73.852.513.800).",
)


def workbooks() -> list[SampleWorkbook]:
    """The Setda Kebumen workbook (one unit, one year)."""
    realisasi_frame = realisasi()
    ikm_frame = ikm()
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
                "ikm": ikm_frame,
            },
            petunjuk_notes=PETUNJUK_NOTES,
            notes={
                "target": (f"Sumber: {SOURCE}, Tabel 2.1, 2.4, 3.5, 3.7 dan lampiran PK 2024.",),
                "realisasi": (
                    f"Sumber: {SOURCE}, Tabel 2.1 (2020), 3.5 (2022-2024), 3.7 (program/kegiatan).",
                    "Realisasi triwulanan IKS-1 tahun 2024 SINTETIS (lihat sheet Petunjuk).",
                ),
                "anggaran": (
                    f"Sumber: {SOURCE}, Tabel 3.7 (DPA) dan lampiran PK 2024 (anggaran murni).",
                    "JUMLAH TOTAL: 73.852.513.800 / 67.580.625.069 (91,51%); Tabel 3.7 mencetak "
                    "73,852,513,800 dan 67,580,625,069.",
                ),
                "ikm": (
                    f"Sumber: {SOURCE}, Tabel 3.5 dan Tabel 3.6. Nilai unsur kabupaten di atas "
                    "100 tercetak demikian di laporan.",
                    "IKM triwulanan dan IKM tahunan kabupaten SINTETIS (lihat sheet Petunjuk).",
                ),
            },
            merges={
                "realisasi": vertical_runs(realisasi_frame, "realisasi", "tahun"),
                "ikm": vertical_runs(ikm_frame, "ikm", "lingkup"),
            },
        )
    ]


def unit() -> pd.DataFrame:
    return table_frame(
        "unit",
        [
            {
                "kode_unit": KODE_UNIT,
                "nama_unit": "Sekretariat Daerah Kabupaten Kebumen",
                "jenis_unit": "sekretariat daerah",
                "kabupaten": "Kebumen",
                "tahun": TAHUN,
                "kepala_unit": "Edi Rianto",
                # Tabel 3.9 states 12,99%; the audit shows it cannot be reproduced.
                "efisiensi_laporan": "12,99%",
                "keterangan": f"Transkripsi {SOURCE}; IKM triwulanan dan IKM kabupaten SINTETIS.",
            }
        ],
    )


# --- Tabel 3.7: programs and kegiatan ----------------------------------------
#
# Codes "1", "1.01", ... follow the row order of Tabel 3.7 (the seed prints no
# Permendagri 90 codes). Columns: kode, name, indicator, satuan, agregasi,
# target, realisasi, capaian (% as printed), pagu, realisasi anggaran,
# capaian anggaran, penanggung jawab. Amounts are comma-grouped as in the
# seed; a few are dot-grouped, as the seed's Tabel 3.9 writes its total, so
# the sheet mixes both conventions. Penanggung jawab: the Asisten over each
# program and the Bagian that runs each kegiatan, inferred from the
# organisation in Bab I 1.2.1 (the seed does not map them).

_ASISTEN_UMUM = "Asisten Administrasi Umum"
_ASISTEN_PEMKESRA = "Asisten Pemerintahan dan Kesejahteraan Rakyat"
_ASISTEN_EKBANG = "Asisten Perekonomian dan Pembangunan"
_KABAG_UMUM = "Kepala Bagian Umum"

_TABEL_3_7: tuple[tuple[object, ...], ...] = (
    (
        "1",
        "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        "Nilai IKM Setda",
        "indeks",
        "rata-rata",
        85,
        "90.40",
        "106.35%",
        "38,127,840,000",
        "34,652,249,175",
        "90.88%",
        _ASISTEN_UMUM,
    ),
    (
        "1.01",
        "Administrasi Keuangan Perangkat Daerah",
        "Jumlah bulan penyediaan administrasi keuangan perangkat daerah",
        "bulan",
        "kumulatif",
        12,
        12,
        "100.00%",
        "20.512.282.000",
        "18.754.922.665",
        "91.43%",
        _KABAG_UMUM,
    ),
    (
        "1.02",
        "Administrasi Kepegawaian Perangkat Daerah",
        "Jumlah bulan penyediaan administrasi kepegawaian perangkat daerah",
        "bulan",
        "kumulatif",
        12,
        12,
        "100.00%",
        "273,000,000",
        "269,264,900",
        "98.63%",
        _KABAG_UMUM,
    ),
    (
        "1.03",
        "Administrasi Umum Perangkat Daerah",
        "Jumlah bulan penyediaan Administrasi Umum Perangkat Daerah",
        "bulan",
        "kumulatif",
        12,
        12,
        "100.00%",
        "5,907,470,000",
        "4,826,172,914",
        "81.70%",
        _KABAG_UMUM,
    ),
    (
        "1.04",
        "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
        "Jumlah unit pengadaan barang milik daerah penunjang urusan pemerintah daerah",
        "unit",
        "kumulatif",
        64,
        64,
        "100.00%",
        "2,180,950,000",
        "2,126,747,640",
        "97.51%",
        _KABAG_UMUM,
    ),
    (
        "1.05",
        "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        "Jumlah bulan penyediaan jasa penunjang urusan pemerintahan daerah",
        "bulan",
        "kumulatif",
        12,
        12,
        "100.00%",
        "2,576,263,000",
        "2,328,036,020",
        "90.36%",
        _KABAG_UMUM,
    ),
    (
        "1.06",
        "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        "Jumlah unit pemeliharaan barang milik daerah penunjang urusan pemerintahan daerah",
        "unit",
        "kumulatif",
        127,
        127,
        "100.00%",
        "3,277,716,000",
        "3,120,123,660",
        "95.19%",
        _KABAG_UMUM,
    ),
    (
        "1.07",
        "Administrasi Keuangan dan Operasional Kepala Daerah dan Wakil Kepala Daerah",
        "Jumlah bulan penyediaan administrasi keuangan dan operasional KDH dan WKDH",
        "bulan",
        "kumulatif",
        12,
        12,
        "100.00%",
        "1,237,194,000",
        "1,106,496,010",
        "89.44%",
        _KABAG_UMUM,
    ),
    (
        "1.08",
        "Fasilitas Kerumahtanggaan Sekretariat Daerah",
        "Jumlah bulan penyediaan fasilitas kerumahtanggaan Sekretariat Daerah",
        "bulan",
        "kumulatif",
        12,
        12,
        "100.00%",
        "1,043,701,000",
        "1,027,271,023",
        "98.43%",
        _KABAG_UMUM,
    ),
    (
        "1.09",
        "Penataan Organisasi",
        "Jumlah dokumen kegiatan Penataan Organisasi",
        "dokumen",
        "kumulatif",
        4,
        4,
        "100.00%",
        "373,518,000",
        "372,428,649",
        "99.71%",
        "Kepala Bagian Organisasi",
    ),
    (
        "1.10",
        "Pelaksanaan Protokol dan Komunikasi Pimpinan",
        "Jumlah layanan Fasilitas Protokol dan Komunikasi Pimpinan",
        "layanan",
        "kumulatif",
        8,
        8,
        "100.00%",
        "745,746,000",
        "720,785,694",
        "96.65%",
        "Kepala Bagian Protokol dan Komunikasi Pimpinan",
    ),
    (
        "2",
        "Program Pemerintahan Dan Kesejahteraan Rakyat",
        "Nilai EKPPD",
        "nilai",
        "akhir periode",
        "2.95",
        "3.27",
        "110.85%",
        "34,158,774,800",
        "31,446,523,018",
        "92.06%",
        _ASISTEN_PEMKESRA,
    ),
    (
        "2.01",
        "Administrasi Pemerintahan",
        "Jumlah kegiatan Administrasi Tata Pemerintahan",
        "kegiatan",
        "kumulatif",
        3,
        11,
        "366.67%",
        "450,918,800",
        "448,499,339",
        "99.46%",
        "Kepala Bagian Pemerintahan",
    ),
    (
        "2.02",
        "Pelaksanaan Kebijakan Kesejahteraan Rakyat",
        "Jumlah kegiatan Fasilitas Pelaksanaan Kebijakan Kesejahteraan Rakyat",
        "kegiatan",
        "kumulatif",
        15,
        15,
        "100.00%",
        "33.337.644.000",
        "30.636.711.488",
        "91.90%",
        "Kepala Bagian Kesejahteraan Rakyat",
    ),
    (
        "2.03",
        "Fasilitasi dan Koordinasi Hukum",
        "Jumlah kegiatan Fasilitasi dan Koordinasi Hukum",
        "kegiatan",
        "kumulatif",
        3,
        3,
        "100.00%",
        "343,182,000",
        "334,626,679",
        "97.51%",
        "Kepala Bagian Hukum",
    ),
    (
        "2.04",
        "Fasilitasi Kerjasama Daerah",
        "Jumlah dokumen kerjasama daerah",
        "dokumen",
        "kumulatif",
        5,
        12,
        "240.00%",
        "27,030,000",
        "26,685,512",
        "98.73%",
        "Kepala Bagian Pemerintahan",
    ),
    (
        "3",
        "Program Perekonomian Dan Pembangunan",
        "Indeks Kualitas Kebijakan Pembangunan",
        "indeks",
        "akhir periode",
        89,
        96,
        "107.87%",
        "1.565.899.000",
        "1,481,852,876",
        "94.63%",
        _ASISTEN_EKBANG,
    ),
    (
        "3.01",
        "Pelaksanaan Kebijakan Perekonomian",
        "Jumlah dokumen fasilitasi pelaksanaan kebijakan perekonomian",
        "dokumen",
        "kumulatif",
        3,
        4,
        "133.33%",
        "175,480,000",
        "174,831,793",
        "99.63%",
        "Kepala Bagian Perekonomian dan Sumber Daya Alam",
    ),
    (
        "3.02",
        "Pelaksanaan Administrasi Pembangunan",
        "Jumlah dokumen pengendalian pembangunan dan laporan pelaksanaan pembangunan",
        "dokumen",
        "kumulatif",
        2,
        2,
        "100.00%",
        "160,453,000",
        "158,197,607",
        "98.59%",
        "Kepala Bagian Administrasi Pembangunan",
    ),
    (
        "3.03",
        "Pengelolaan Pengadaan Barang dan Jasa",
        "Jumlah Laporan Fasilitasi Pengadaan melalui SPSE",
        "laporan",
        "kumulatif",
        10,
        11,
        "110.00%",
        "848,321,000",
        "772,483,108",
        "91.06%",
        "Kepala Bagian Pengadaan Barang dan Jasa",
    ),
    (
        "3.04",
        "Pemantauan Kebijakan Sumber Daya Alam",
        "Jumlah Dokumen Fasilitasi Kebijakan Sumber Daya Alam",
        "dokumen",
        "kumulatif",
        4,
        5,
        "125.00%",
        "381,645,000",
        "376,340,368",
        "98.61%",
        "Kepala Bagian Perekonomian dan Sumber Daya Alam",
    ),
)


def _tingkat(kode: str) -> str:
    return "kegiatan" if "." in kode else "program"


def _parent(kode: str) -> str:
    """Program rows hang under the sasaran in the tree; kegiatan under their program."""
    return kode.split(".")[0] if "." in kode else "S1"


# --- Pohon -------------------------------------------------------------------
#
# The tujuan and the sasaran carry the same wording, "Meningkatnya Kualitas
# Pelayanan Publik" (Tabel 2.1); the seed's own AKIP review (Tabel 1.4, temuan
# 1) notes the missing cascading. Kept as printed: tree checks should flag it.


def pohon() -> pd.DataFrame:
    rows: list[dict[str, object]] = [
        {
            "kode_node": "T1",
            "kode_induk": None,
            "tingkat": "tujuan",
            "jenis_kinerja": "strategis",
            "uraian": "Meningkatnya Kualitas Pelayanan Publik",
            "penanggung_jawab": "Sekretaris Daerah",
        },
        {
            "kode_node": "S1",
            "kode_induk": "T1",
            "tingkat": "sasaran",
            "jenis_kinerja": "strategis",
            "uraian": "Meningkatnya Kualitas Pelayanan Publik",
            "penanggung_jawab": "Sekretaris Daerah",
        },
    ]
    for kode, uraian, *_, pj in _TABEL_3_7:
        rows.append(
            {
                "kode_node": kode,
                "kode_induk": _parent(str(kode)),
                "tingkat": _tingkat(str(kode)),
                "jenis_kinerja": "taktikal",
                "uraian": uraian,
                "penanggung_jawab": pj,
            }
        )
    return table_frame("pohon", [{"kode_unit": KODE_UNIT, **row} for row in rows])


# --- Indikator ---------------------------------------------------------------
#
# agregasi of the IKM: "rata-rata". The IKU (Tabel 2.2) says only "Tipe
# Pengukuran: Non Kumulatif", which rules out summing the quarters but does not
# say whether the year is the TW IV value or the mean. The SKM of a year pools
# the respondents of all quarters, and the PK sets a TW IV target (84) that
# differs from the yearly target (85): the year is therefore not simply the TW
# IV value, so we take the mean, which the synthesised quarters honour.

_IKM_FORMULASI = (
    "Hasil berdasarkan 9 unsur Survei Kepuasan Masyarakat yaitu: 1. Persyaratan 2. Sistem, "
    "mekanisme dan prosedur 3. Waktu penyelesaian 4. Biaya/tarif 5. Produk spesifikasi jenis "
    "pelayanan 6. Kompetensi pelaksana 7. Perilaku pelaksana 8. Sarana dan prasarana "
    "9. Penanganan pengaduan, saran dan masukan. Tipe Pengukuran: Non Kumulatif"
)
_IKM_SUMBER = "Bagian Organisasi Setda Kabupaten Kebumen"


def _kode_indikator(kode: str) -> str:
    return f"IKK-{kode}" if "." in kode else f"IKP-{kode}"


def indikator() -> pd.DataFrame:
    ikm = {
        "satuan": "indeks",
        "polaritas": "positif",
        "agregasi": "rata-rata",
        "formulasi": _IKM_FORMULASI,
        "sumber_data": _IKM_SUMBER,
        "iku": "ya",
    }
    rows: list[dict[str, object]] = [
        {
            "kode_indikator": "IKT-1",
            "kode_node": "T1",
            "uraian": "Indeks Kepuasan Masyarakat",
            **ikm,
        },
        {
            "kode_indikator": "IKS-1",
            "kode_node": "S1",
            "uraian": "Indeks Kepuasan Masyarakat Setda",
            **ikm,
        },
    ]
    for kode, _, uraian, satuan, agregasi, *_ in _TABEL_3_7:
        rows.append(
            {
                "kode_indikator": _kode_indikator(str(kode)),
                "kode_node": kode,
                "uraian": uraian,
                "satuan": satuan,
                "polaritas": "positif",
                "agregasi": agregasi,
                "iku": "tidak",
            }
        )
    return table_frame("indikator", [{"kode_unit": KODE_UNIT, **row} for row in rows])


# --- Target ------------------------------------------------------------------

# Tabel 2.1 / 2.3: the same Renstra targets for the tujuan and the sasaran.
_RENSTRA_IKM: dict[int, object] = {2022: 83, 2023: 84, 2024: 85, 2025: "85,5", 2026: 86}


def target() -> pd.DataFrame:
    rows: list[dict[str, object]] = []

    def add(kode: str, tahun: int, nilai: object, dokumen: str, periode: str = "Tahunan") -> None:
        rows.append(
            {
                "kode_unit": KODE_UNIT,
                "kode_indikator": kode,
                "tahun": tahun,
                "periode": periode,
                "nilai": nilai,
                "dokumen": dokumen,
            }
        )

    for kode in ("IKT-1", "IKS-1"):
        for tahun, nilai in _RENSTRA_IKM.items():
            add(kode, tahun, nilai, "Renstra")
        add(kode, 2023, 84, "PK")  # Tabel 3.5, T 2023
        add(kode, TAHUN, 85, "PK")  # Tabel 2.4
        add(kode, TAHUN, 84, "PK", periode="TW IV")  # signed PK 2024, column IV
    # Tabel 3.7 targets. The seed files them under no document; the PK 2024 is
    # the agreement they serve, so dokumen "PK".
    for kode, _, _, _, _, nilai, *_ in _TABEL_3_7:
        add(_kode_indikator(str(kode)), TAHUN, nilai, "PK")
    return table_frame("target", rows)


# --- Realisasi ---------------------------------------------------------------


def realisasi() -> pd.DataFrame:
    rows: list[dict[str, object]] = []

    def add(
        kode: str,
        tahun: int,
        nilai: object,
        capaian: object = None,
        kategori: object = None,
        periode: str = "Tahunan",
    ) -> None:
        rows.append(
            {
                "kode_unit": KODE_UNIT,
                "kode_indikator": kode,
                "tahun": tahun,
                "periode": periode,
                "nilai": nilai,
                "capaian_laporan": capaian,
                "kategori_laporan": kategori,
            }
        )

    # Tabel 2.1: "Capaian 2020" of the Renstra baseline (the 2021 figure, 82,5,
    # is an estimate, "Perkiraan Capaian", and is not a realisasi).
    add("IKT-1", 2020, "81,97")
    add("IKT-1", 2022, "87,69")
    add("IKT-1", 2023, "89,23", "106,23%")
    add("IKT-1", 2024, "90,38", "106,33%")
    add("IKS-1", 2020, "81,97")
    add("IKS-1", 2022, "86,53")
    add("IKS-1", 2023, "89,57", "106,63%")
    add("IKS-1", 2024, "90,40", "106,35%", "Baik Sekali")
    for periode, nilai in IKM_TRIWULAN_SETDA.items():  # SINTETIS
        add("IKS-1", TAHUN, nilai, periode=periode)
    for kode, _, _, _, _, _, nilai, capaian, *_ in _TABEL_3_7:
        add(_kode_indikator(str(kode)), TAHUN, nilai, capaian)
    return table_frame("realisasi", rows)


# --- Anggaran ----------------------------------------------------------------
#
# DPA 2024 = Tabel 3.7. Tabel 2.5 ("Perencanaan Anggaran Tahun 2024") prints
# the same three program totals as Tabel 3.7 (38.127.840.000; 34.158.774.800;
# 1.565.899.000), so it is not recorded again. The signed PK 2024 gives the
# "anggaran murni", lower for every program (program 3: 1.565.649.000 against
# 1.565.899.000 in the DPA); recorded as dokumen "PK", as printed.

_PK_MURNI = {
    "1": "Rp. 31.860.576.000,-",
    "2": "Rp. 25.432.886.000,-",
    "3": "Rp. 1.565.649.000,-",
}


def anggaran() -> pd.DataFrame:
    base = {"kode_unit": KODE_UNIT, "tahun": TAHUN, "periode": "Tahunan"}
    rows: list[dict[str, object]] = []
    names: dict[str, object] = {}
    for kode, uraian, *_, pagu, real, capaian, _pj in _TABEL_3_7:
        kode = str(kode)
        names[kode] = uraian
        rows.append(
            {
                **base,
                "kode": kode,
                "kode_induk": kode.split(".")[0] if "." in kode else None,
                "tingkat": _tingkat(kode),
                "uraian": uraian,
                "kode_node": kode,
                "dokumen": "DPA",
                "pagu": pagu,
                "realisasi": real,
                "capaian_laporan": capaian,
            }
        )
    for kode, pagu in _PK_MURNI.items():
        rows.append(
            {
                **base,
                "kode": kode,
                "tingkat": "program",
                "uraian": names[kode],
                "kode_node": kode,
                "dokumen": "PK",
                "pagu": pagu,
            }
        )
    return table_frame("anggaran", rows)


# --- IKM ---------------------------------------------------------------------

# Tabel 3.6, unsur in the order of PermenPAN-RB 14/2017 (U1 Persyaratan ...
# U9 Penanganan Pengaduan), as the table lists them.
IKM_UNSUR_SETDA = ("90,88", "90,62", "89,50", "94,11", "90,38", "90,30", "90,54", "90,66", "94,77")
# Impossible values above 100 on a 25-100 scale: a known seed defect, kept.
IKM_UNSUR_KABUPATEN = (100.60, 100.27, 98.16, 107.30, 100.39, 100.56, 100.56, 99.21, 106.63)
# Tabel 3.5: the Setda's yearly IKM (sasaran).
IKM_TAHUNAN_SETDA = {2022: 86.53, 2023: 89.57, 2024: "90,40"}


def ikm() -> pd.DataFrame:
    rows: list[dict[str, object]] = []

    def add(tahun: int, periode: str, lingkup: str, unsur: str, nilai: object) -> None:
        rows.append(
            {
                "kode_unit": KODE_UNIT,
                "tahun": tahun,
                "periode": periode,
                "lingkup": lingkup,
                "unsur": unsur,
                "nilai": nilai,
            }
        )

    for tahun, nilai in IKM_TAHUNAN_SETDA.items():
        add(tahun, "Tahunan", "unit", "IKM", nilai)
    for periode, nilai in IKM_TRIWULAN_SETDA.items():
        add(TAHUN, periode, "unit", "IKM", nilai)
    for unsur, nilai in zip(UNSUR_SKM, IKM_UNSUR_SETDA, strict=True):
        add(TAHUN, "Tahunan", "unit", unsur, nilai)
    for tahun, nilai in IKM_TAHUNAN_KABUPATEN.items():
        add(tahun, "Tahunan", "kabupaten", "IKM", nilai)
    for periode, nilai in IKM_TRIWULAN_KABUPATEN.items():
        add(TAHUN, periode, "kabupaten", "IKM", nilai)
    for unsur, nilai in zip(UNSUR_SKM, IKM_UNSUR_KABUPATEN, strict=True):
        add(TAHUN, "Tahunan", "kabupaten", unsur, nilai)
    return table_frame("ikm", rows)
