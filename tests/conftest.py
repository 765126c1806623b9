"""Shared fixtures: a small valid dataset that tests mutate into bad ones."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


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


# --------------------------------------------------------------------------- in a real browser


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        if os.environ.get("CI"):
            pytest.fail("chromium tidak terpasang; .ci/run memasangnya dengan apt-get")
        pytest.skip("chromium not installed (CI installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


def open_page(browser, path: Path):  # noqa: ANN001, ANN201 - playwright types
    """Open a local page; collect every request and console error."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, requests, errors
