"""The SAKIP data model, declared once.

Every table of the workbook template is described here: its sheet name, its
columns with type, allowed values, number format and a description in Bahasa
Indonesia. The reader, the validator and the template generator all read these
declarations, so they can never drift apart.

>>> TABLES["realisasi"].sheet
'Realisasi'
>>> [c.name for c in TABLES["realisasi"].columns][:4]
['kode_unit', 'kode_indikator', 'tahun', 'periode']
>>> TABLES["pohon"].column("jenis_kinerja").allowed
('strategis', 'taktikal', 'operasional')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ColumnKind = Literal["text", "code", "integer", "number", "percent", "nilai", "enum"]

#: Marker for the example row of the template; rows carrying it are skipped.
EXAMPLE_MARKER = "CONTOH"

PERIODE = ("Tahunan", "TW I", "TW II", "TW III", "TW IV")
TRIWULAN = ("TW I", "TW II", "TW III", "TW IV")
MUTU = ("A", "B", "C", "D")
UNSUR_SKM = tuple(f"U{i}" for i in range(1, 10))
UNSUR_NAMES = {
    "U1": "Persyaratan",
    "U2": "Sistem, mekanisme dan prosedur",
    "U3": "Waktu penyelesaian",
    "U4": "Biaya/tarif",
    "U5": "Produk spesifikasi jenis pelayanan",
    "U6": "Kompetensi pelaksana",
    "U7": "Perilaku pelaksana",
    "U8": "Sarana dan prasarana",
    "U9": "Penanganan pengaduan, saran dan masukan",
}
TINGKAT_POHON = (
    "ultimate outcome",
    "outcome",
    "csf",
    "kondisi antara",
    "kondisi operasional",
    "tujuan",
    "sasaran",
    "program",
    "kegiatan",
    "subkegiatan",
)
#: Depth rank of each tree level: a child's rank must exceed its parent's.
TINGKAT_RANK = {
    "ultimate outcome": 0,
    "tujuan": 0,
    "outcome": 1,
    "sasaran": 1,
    "csf": 2,
    "program": 2,
    "kondisi antara": 3,
    "kegiatan": 3,
    "kondisi operasional": 4,
    "subkegiatan": 4,
}
JENIS_UNIT = (
    "kecamatan",
    "kelurahan",
    "badan",
    "dinas",
    "sekretariat daerah",
    "sekretariat dprd",
    "inspektorat",
    "kantor",
    "rumah sakit",
    "lainnya",
)
ANGGARAN_DOKUMEN = ("DPA", "RKT", "PK", "PK Perubahan")
PERIODE_RANK = {p: i for i, p in enumerate(PERIODE)}


@dataclass(frozen=True)
class Column:
    """One column of a table.

    ``kind`` decides how a cell is read:
    text (free text), code (an identifier such as "1.2.3"), integer, number
    (Indonesian numbers: "Rp. 3.457.463.874", "60,7"), percent (a number that
    may carry "%"), nilai (a number or a mutu letter A-D), enum (one of
    ``allowed``, case-insensitive).
    """

    name: str
    kind: ColumnKind
    description: str
    required: bool = False
    allowed: tuple[str, ...] = ()
    example: object = None
    minimum: float | None = None
    maximum: float | None = None
    width: int = 14
    #: Value used when the cell is blank.
    default: str | None = None

    @property
    def number_format(self) -> str:
        """The Excel number format the template uses for this column."""
        return {
            "code": "@",
            "text": "@",
            "enum": "@",
            "integer": "0",
            "number": "#,##0.##",
            "percent": '0.00"%"',
            "nilai": "General",
        }[self.kind]

    def expectation(self) -> str:
        """What a clerk should type here, in Bahasa Indonesia."""
        if self.kind == "enum":
            return "salah satu dari: " + ", ".join(self.allowed)
        if self.kind == "integer":
            bounds = _bounds_text(self.minimum, self.maximum)
            return "bilangan bulat" + bounds
        if self.kind == "number":
            return "angka (mis. 3.457.463.874 atau 60,7)" + _bounds_text(self.minimum, self.maximum)
        if self.kind == "percent":
            return "persentase (mis. 91,06 atau 91,06%)"
        if self.kind == "nilai":
            return "angka (mis. 85 atau 60,7) atau huruf mutu A, B, C, D"
        if self.kind == "code":
            return "kode (huruf, angka, titik atau tanda hubung)"
        return "teks"


def _bounds_text(minimum: float | None, maximum: float | None) -> str:
    def fmt(x: float) -> str:
        return str(int(x)) if float(x).is_integer() else str(x).replace(".", ",")

    if minimum is not None and maximum is not None:
        return f" dari {fmt(minimum)} sampai {fmt(maximum)}"
    if minimum is not None:
        return f" tidak kurang dari {fmt(minimum)}"
    if maximum is not None:
        return f" tidak lebih dari {fmt(maximum)}"
    return ""


@dataclass(frozen=True)
class Table:
    """One table: a sheet of the workbook and a Parquet file after ingest."""

    name: str
    sheet: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    #: (column, referenced table, referenced column): checked within a unit.
    references: tuple[tuple[str, str, str], ...] = field(default=())

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def required_columns(self) -> list[str]:
        return [c.name for c in self.columns if c.required]


def _kode_unit(required: bool = False) -> Column:
    return Column(
        "kode_unit",
        "code",
        "Kode unit (sama dengan sheet Unit). Boleh kosong bila workbook hanya berisi satu unit.",
        required=required,
        example="KBM-SEMPOR",
        width=16,
    )


_TAHUN = Column(
    "tahun", "integer", "Tahun (4 angka)", True, example=2024, minimum=2000, maximum=2100, width=8
)

UNIT = Table(
    "unit",
    "Unit",
    "Satu baris untuk setiap unit (OPD atau kecamatan) dalam workbook ini.",
    (
        _kode_unit(required=True),
        Column(
            "nama_unit", "text", "Nama lengkap unit", True, example="Kecamatan Sempor", width=34
        ),
        Column("jenis_unit", "enum", "Jenis unit", True, JENIS_UNIT, example="kecamatan"),
        Column("kabupaten", "text", "Nama kabupaten/kota", True, example="Kebumen"),
        Column(
            "tahun",
            "integer",
            "Tahun laporan (LKjIP)",
            True,
            example=2024,
            minimum=2000,
            maximum=2100,
            width=8,
        ),
        Column(
            "kepala_unit",
            "text",
            "Nama kepala unit (Camat, Kepala Badan, ...)",
            example="",
            width=24,
        ),
        Column(
            "efisiensi_laporan",
            "percent",
            "Efisiensi anggaran (%) seperti tertulis di laporan, untuk diperiksa ulang (boleh kosong)",
            example=None,
        ),
        Column(
            "keterangan",
            "text",
            "Catatan bebas (mis. sumber data, data sintetis)",
            example="",
            width=40,
        ),
    ),
    key=("kode_unit",),
)

POHON = Table(
    "pohon",
    "Pohon",
    "Pohon kinerja: setiap baris satu kondisi (node); kode_induk menunjuk node di atasnya.",
    (
        _kode_unit(),
        Column("kode_node", "code", "Kode node, unik dalam unit", True, example="1.1", width=10),
        Column(
            "kode_induk",
            "code",
            "Kode node induk; kosong untuk akar (outcome/tujuan)",
            example="1",
            width=10,
        ),
        Column(
            "tingkat",
            "enum",
            "Tingkat node dalam pohon",
            True,
            TINGKAT_POHON,
            example="csf",
            width=18,
        ),
        Column(
            "jenis_kinerja",
            "enum",
            "Jenis kinerja (tahap 5: strategis = kepala unit, taktikal = kasi/kabid, operasional = pelaksana/JF)",
            True,
            ("strategis", "taktikal", "operasional"),
            example="strategis",
        ),
        Column(
            "uraian",
            "text",
            "Rumusan kondisi/kinerja",
            True,
            example="Meningkatnya Fasilitasi Pelayanan Masyarakat",
            width=50,
        ),
        Column(
            "penanggung_jawab",
            "text",
            "Jabatan penanggung jawab",
            example="Kasi Pelayanan",
            width=24,
        ),
        Column(
            "crosscutting",
            "text",
            "Kode unit lain yang crosscutting, dipisah koma (kosong bila tidak ada)",
            example="",
            width=18,
        ),
    ),
    key=("kode_unit", "kode_node"),
    references=(("kode_induk", "pohon", "kode_node"),),
)

INDIKATOR = Table(
    "indikator",
    "Indikator",
    "Indikator kinerja setiap node pohon kinerja.",
    (
        _kode_unit(),
        Column(
            "kode_indikator",
            "code",
            "Kode indikator, unik dalam unit",
            True,
            example="IK-1.1",
            width=12,
        ),
        Column(
            "kode_node",
            "code",
            "Kode node pohon kinerja yang diukur",
            True,
            example="1.1",
            width=10,
        ),
        Column(
            "uraian",
            "text",
            "Rumusan indikator",
            True,
            example="Indeks Kepuasan Masyarakat (IKM)",
            width=50,
        ),
        Column(
            "satuan", "text", "Satuan (%, indeks, dokumen, ...)", True, example="indeks", width=10
        ),
        Column(
            "polaritas",
            "enum",
            "positif: makin tinggi makin baik; negatif: makin rendah makin baik; stabil: dijaga tetap; rentang: target batas bawah-atas",
            True,
            ("positif", "negatif", "stabil", "rentang"),
            example="positif",
        ),
        Column(
            "agregasi",
            "enum",
            "Cara nilai tahunan dari triwulan: kumulatif (dijumlah), akhir periode (nilai TW IV), rata-rata",
            True,
            ("kumulatif", "akhir periode", "rata-rata"),
            example="akhir periode",
        ),
        Column("formulasi", "text", "Rumus/cara menghitung", example="", width=30),
        Column("sumber_data", "text", "Sumber data", example="", width=20),
        Column(
            "iku",
            "enum",
            "Termasuk Indikator Kinerja Utama?",
            True,
            ("ya", "tidak"),
            example="ya",
            width=8,
        ),
    ),
    key=("kode_unit", "kode_indikator"),
    references=(("kode_node", "pohon", "kode_node"),),
)

TARGET = Table(
    "target",
    "Target",
    "Target indikator per tahun dan periode, dengan dokumen asalnya.",
    (
        _kode_unit(),
        Column(
            "kode_indikator",
            "code",
            "Kode indikator (sheet Indikator)",
            True,
            example="IK-1.1",
            width=12,
        ),
        _TAHUN,
        Column(
            "periode", "enum", "Tahunan atau triwulan", True, PERIODE, example="Tahunan", width=10
        ),
        Column("nilai", "nilai", "Target: angka, atau huruf mutu A-D", True, example=85),
        Column("nilai_atas", "number", "Batas atas, hanya untuk indikator rentang", example=None),
        Column(
            "dokumen",
            "enum",
            "Dokumen asal target",
            True,
            ("Renstra", "PK", "PK Perubahan", "RKT"),
            example="PK",
        ),
    ),
    key=("kode_unit", "kode_indikator", "tahun", "periode", "dokumen"),
    references=(("kode_indikator", "indikator", "kode_indikator"),),
)

REALISASI = Table(
    "realisasi",
    "Realisasi",
    "Realisasi indikator per tahun dan periode.",
    (
        _kode_unit(),
        Column(
            "kode_indikator",
            "code",
            "Kode indikator (sheet Indikator)",
            True,
            example="IK-1.1",
            width=12,
        ),
        _TAHUN,
        Column(
            "periode", "enum", "Tahunan atau triwulan", True, PERIODE, example="Tahunan", width=10
        ),
        Column("nilai", "nilai", "Realisasi: angka, atau huruf mutu A-D", True, example=90.4),
        Column(
            "capaian_laporan",
            "percent",
            "Capaian (%) seperti tertulis di laporan, untuk diperiksa ulang (boleh kosong)",
            example=None,
        ),
        Column(
            "kategori_laporan",
            "text",
            "Kategori seperti tertulis di laporan, untuk diperiksa ulang (boleh kosong)",
            example="",
        ),
    ),
    key=("kode_unit", "kode_indikator", "tahun", "periode"),
    references=(("kode_indikator", "indikator", "kode_indikator"),),
)

ANGGARAN = Table(
    "anggaran",
    "Anggaran",
    "Pagu dan realisasi anggaran per program, kegiatan dan sub kegiatan.",
    (
        _kode_unit(),
        _TAHUN,
        Column(
            "kode", "code", "Kode program/kegiatan/sub kegiatan", True, example="1.01", width=10
        ),
        Column(
            "kode_induk",
            "code",
            "Kode induk (program untuk kegiatan, kegiatan untuk sub kegiatan)",
            example="1",
            width=10,
        ),
        Column(
            "tingkat",
            "enum",
            "Tingkat",
            True,
            ("program", "kegiatan", "subkegiatan"),
            example="kegiatan",
            width=12,
        ),
        Column(
            "uraian",
            "text",
            "Nama program/kegiatan/sub kegiatan",
            True,
            example="Administrasi Umum Perangkat Daerah",
            width=50,
        ),
        Column(
            "kode_node",
            "code",
            "Node pohon kinerja yang didukung (boleh kosong)",
            example="1.1",
            width=10,
        ),
        Column(
            "jenis_belanja",
            "enum",
            "Belanja operasi atau modal (boleh kosong pada program/kegiatan)",
            allowed=("operasi", "modal"),
            example="operasi",
        ),
        Column(
            "periode",
            "enum",
            "Tahunan atau triwulan (kumulatif s.d. triwulan)",
            True,
            PERIODE,
            example="Tahunan",
            width=10,
        ),
        Column(
            "dokumen",
            "enum",
            "Dokumen asal angka: DPA (pagu dan realisasi, bawaan bila kosong) atau dokumen perencanaan (RKT, PK, PK Perubahan: pagu saja)",
            allowed=ANGGARAN_DOKUMEN,
            example="DPA",
            default="DPA",
            width=12,
        ),
        Column("pagu", "number", "Pagu anggaran (Rp)", example=152575400, minimum=0, width=18),
        Column(
            "realisasi", "number", "Realisasi anggaran (Rp)", example=136444000, minimum=0, width=18
        ),
        Column(
            "capaian_laporan",
            "percent",
            "Capaian anggaran (%) seperti tertulis di laporan (boleh kosong)",
            example=None,
        ),
    ),
    key=("kode_unit", "tahun", "periode", "dokumen", "kode", "jenis_belanja"),
    references=(("kode_induk", "anggaran", "kode"), ("kode_node", "pohon", "kode_node")),
)

SKM = Table(
    "skm",
    "SKM",
    "Jawaban mentah Survei Kepuasan Masyarakat: satu baris per responden, U1..U9 bernilai 1-4.",
    (
        _kode_unit(),
        _TAHUN,
        Column("triwulan", "enum", "Triwulan survei", True, TRIWULAN, example="TW I", width=10),
        Column("responden", "integer", "Nomor responden", True, example=1, minimum=1, width=10),
        *(
            Column(
                u,
                "integer",
                f"{u}: {UNSUR_NAMES[u]} (1-4)",
                True,
                example=3,
                minimum=1,
                maximum=4,
                width=6,
            )
            for u in UNSUR_SKM
        ),
    ),
    key=("kode_unit", "tahun", "triwulan", "responden"),
)

IKM = Table(
    "ikm",
    "IKM",
    "Nilai IKM yang sudah diolah (skala 25-100), bila jawaban mentah tidak ada, mis. IKM kabupaten.",
    (
        _kode_unit(),
        _TAHUN,
        Column(
            "periode", "enum", "Tahunan atau triwulan", True, PERIODE, example="Tahunan", width=10
        ),
        Column(
            "lingkup",
            "enum",
            "unit: IKM unit ini; kabupaten: IKM seluruh kabupaten (pembanding)",
            True,
            ("unit", "kabupaten"),
            example="unit",
            width=12,
        ),
        Column(
            "unsur",
            "enum",
            "U1..U9 untuk nilai per unsur, IKM untuk nilai gabungan",
            True,
            ("IKM", *UNSUR_SKM),
            example="IKM",
            width=8,
        ),
        Column("nilai", "number", "Nilai terkonversi (25-100)", True, example=90.4, minimum=0),
    ),
    key=("kode_unit", "tahun", "periode", "lingkup", "unsur"),
)

TABLES: dict[str, Table] = {
    t.name: t for t in (UNIT, POHON, INDIKATOR, TARGET, REALISASI, ANGGARAN, SKM, IKM)
}
SHEET_TO_TABLE: dict[str, str] = {t.sheet.lower(): t.name for t in TABLES.values()}
#: Columns added by the reader to every ingested row, pointing back to the source.
PROVENANCE_COLUMNS = ("sumber_file", "sumber_sheet", "sumber_baris")
