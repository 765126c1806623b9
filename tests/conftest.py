"""Shared fixtures: a small valid dataset that tests mutate into bad ones."""

from __future__ import annotations

import pandas as pd
import pytest


def valid_tables() -> dict[str, pd.DataFrame]:
    """One unit with a three-node tree, two indicators and every table filled."""
    unit = pd.DataFrame(
        [
            {
                "kode_unit": "UJI-1",
                "nama_unit": "Kecamatan Uji",
                "jenis_unit": "kecamatan",
                "kabupaten": "Kebumen",
                "tahun": 2024,
            }
        ]
    )
    pohon = pd.DataFrame(
        [
            {
                "kode_node": "1",
                "kode_induk": None,
                "tingkat": "outcome",
                "jenis_kinerja": "strategis",
                "uraian": "Terwujudnya tata kelola yang baik",
                "penanggung_jawab": "Camat",
            },
            {
                "kode_node": "1.1",
                "kode_induk": "1",
                "tingkat": "csf",
                "jenis_kinerja": "strategis",
                "uraian": "Meningkatnya pelayanan",
                "penanggung_jawab": "Kasi Pelayanan",
            },
            {
                "kode_node": "1.1.1",
                "kode_induk": "1.1",
                "tingkat": "kondisi operasional",
                "jenis_kinerja": "operasional",
                "uraian": "Terlaksananya pelayanan",
                "penanggung_jawab": "Pelaksana",
            },
        ]
    )
    indikator = pd.DataFrame(
        [
            {
                "kode_indikator": "IK-1",
                "kode_node": "1",
                "uraian": "Indeks Kepuasan Masyarakat",
                "satuan": "indeks",
                "polaritas": "positif",
                "agregasi": "rata-rata",
                "iku": "ya",
            },
            {
                "kode_indikator": "IK-2",
                "kode_node": "1.1.1",
                "uraian": "Jumlah pengaduan tidak selesai",
                "satuan": "kasus",
                "polaritas": "negatif",
                "agregasi": "kumulatif",
                "iku": "tidak",
            },
        ]
    )
    target = pd.DataFrame(
        [
            {
                "kode_indikator": "IK-1",
                "tahun": 2024,
                "periode": "Tahunan",
                "nilai": 85,
                "dokumen": "PK",
            },
            {
                "kode_indikator": "IK-2",
                "tahun": 2024,
                "periode": "Tahunan",
                "nilai": 10,
                "dokumen": "PK",
            },
        ]
    )
    realisasi = pd.DataFrame(
        [
            {"kode_indikator": "IK-1", "tahun": 2024, "periode": "Tahunan", "nilai": 90.4},
            {"kode_indikator": "IK-2", "tahun": 2024, "periode": "Tahunan", "nilai": 12},
        ]
    )
    anggaran = pd.DataFrame(
        [
            {
                "tahun": 2024,
                "kode": "1",
                "kode_induk": None,
                "tingkat": "program",
                "uraian": "Program Penunjang",
                "periode": "Tahunan",
                "pagu": 1000000,
                "realisasi": 900000,
            },
            {
                "tahun": 2024,
                "kode": "1.01",
                "kode_induk": "1",
                "tingkat": "kegiatan",
                "uraian": "Administrasi Umum",
                "periode": "Tahunan",
                "pagu": 1000000,
                "realisasi": 900000,
            },
            {
                "tahun": 2024,
                "kode": "1.01.01",
                "kode_induk": "1.01",
                "tingkat": "subkegiatan",
                "uraian": "Penyediaan ATK",
                "kode_node": "1.1.1",
                "jenis_belanja": "operasi",
                "periode": "Tahunan",
                "pagu": 1000000,
                "realisasi": 900000,
            },
        ]
    )
    skm = pd.DataFrame(
        [
            {
                "tahun": 2024,
                "triwulan": "TW I",
                "responden": r,
                **{f"U{i}": 3 + (r + i) % 2 for i in range(1, 10)},
            }
            for r in (1, 2)
        ]
    )
    ikm = pd.DataFrame(
        [
            {
                "tahun": 2024,
                "periode": "Tahunan",
                "lingkup": "kabupaten",
                "unsur": "IKM",
                "nilai": 88.5,
            }
        ]
    )
    return {
        "unit": unit,
        "pohon": pohon,
        "indikator": indikator,
        "target": target,
        "realisasi": realisasi,
        "anggaran": anggaran,
        "skm": skm,
        "ikm": ikm,
    }


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    return valid_tables()
