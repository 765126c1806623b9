"""The ``sakip`` command line: template, validate, ingest, sample.

Messages are in Bahasa Indonesia. Exit status: 0 success, 1 invalid input
(the report says what and where), 2 wrong usage or an unexpected failure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sakiplib.findings import Report
from sakiplib.settings import project_paths

EXIT_OK, EXIT_INVALID, EXIT_FAILURE = 0, 1, 2


def _cmd_template(args: argparse.Namespace) -> int:
    from sakiplib.template import write_template

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        print(f"Nama file keluaran harus berakhiran .xlsx: {out}")
        return EXIT_FAILURE
    write_template(out)
    print(f"Template ditulis: {out}")
    return EXIT_OK


def _print_result(result, limit: int | None) -> None:  # noqa: ANN001
    for line in result.summary_lines():
        print(line)
    if result.report.findings:
        print()
        print(result.report.format(limit=limit))


def _cmd_validate(args: argparse.Namespace) -> int:
    from sakiplib.ingest import collect

    result = collect([Path(p) for p in args.files])
    _print_result(result, args.limit)
    if not result.ok:
        print("\nValidasi GAGAL: perbaiki galat di atas lalu jalankan lagi.")
        return EXIT_INVALID
    print("\nValidasi berhasil: tidak ada galat.")
    return EXIT_OK


def _cmd_ingest(args: argparse.Namespace) -> int:
    from sakiplib.ingest import ingest

    paths = project_paths()
    raw = Path(args.raw) if args.raw else paths.raw
    out = Path(args.out) if args.out else paths.processed
    result = ingest(raw, out)
    _print_result(result, args.limit)
    if not result.ok:
        print(f"\nIngest GAGAL: tidak ada yang ditulis; {out} tetap seperti sebelumnya.")
        return EXIT_INVALID
    print(f"\nIngest berhasil: data olahan ditulis ke {result.written_to}.")
    return EXIT_OK


def _cmd_lkjip(args: argparse.Namespace) -> int:
    from sakiplib import lkjip
    from sakiplib.audit import audit_unit
    from sakiplib.dataset import UnitNotFound, resolve_unit, unit_view
    from sakiplib.excel import write_tables
    from sakiplib.ingest import load_tables
    from sakiplib.pohon import check_pohon

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        print(f"Nama file keluaran harus berakhiran .xlsx: {out}")
        return EXIT_FAILURE
    processed = Path(args.processed) if args.processed else project_paths().processed
    try:
        tables = load_tables(processed)
        kode, tahun = resolve_unit(tables, args.unit, args.tahun)
    except (FileNotFoundError, UnitNotFound) as exc:
        print(exc)
        return EXIT_INVALID
    view = unit_view(tables, kode, tahun)
    sheets = lkjip.semua_tabel(view, lkjip.kabupaten_ikm(tables, view.kabupaten))
    findings = [
        *check_pohon(view["pohon"], view["indikator"], set(tables["unit"]["kode_unit"])),
        *audit_unit(view),
    ]
    temuan = (
        Report(findings)
        .to_frame()
        .rename(
            columns={
                "severity": "Jenis",
                "file": "File",
                "sheet": "Sheet",
                "cell": "Sel",
                "value": "Ditemukan",
                "expected": "Seharusnya",
                "message": "Temuan",
            }  # fmt: skip
        )
    )
    workbook = {"Ringkasan": lkjip.ringkasan(view, sheets), **sheets, "Temuan": temuan}
    write_tables(out, workbook, title=f"LKjIP {view.nama} {tahun}")
    for _, row in workbook["Ringkasan"].iterrows():
        print(f"{row['Keterangan']}: {row['Nilai']}")
    print(f"{len(findings)} temuan audit. Tabel LKjIP ditulis ke {out}.")
    return EXIT_OK


def _cmd_run(args: argparse.Namespace) -> int:
    from sakiplib.runner import UNIT_NOTEBOOKS, RunLocked, run

    paths = project_paths()
    chosen = args.notebook or ["dasbor"]
    notebooks = list(UNIT_NOTEBOOKS) if "semua" in chosen else chosen
    try:
        summary = run(
            paths,
            only_units=args.unit or (),
            tahun=args.tahun,
            workers=args.workers,
            resume=args.resume,
            timeout=args.timeout,
            notebooks=notebooks,
            progress=not args.no_progress,
        )
    except (RunLocked, FileNotFoundError) as exc:
        print(exc)
        return EXIT_INVALID
    for line in summary.lines():
        print(line)
    return EXIT_INVALID if summary.failed else EXIT_OK


def _cmd_sample(args: argparse.Namespace) -> int:
    from sakiplib.samples import write_samples

    out = Path(args.out) if args.out else project_paths().raw
    written = write_samples(out)
    print(f"{len(written)} workbook contoh ditulis ke {out}.")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sakip",
        description="Alat SAKIP: template workbook, validasi, ingest dan laporan kinerja.",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="tampilkan traceback bila terjadi kesalahan tak terduga",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")

    p = sub.add_parser("template", help="tulis workbook template kosong untuk operator OPD")
    p.add_argument("out", metavar="OUT.xlsx")
    p.set_defaults(func=_cmd_template)

    p = sub.add_parser("validate", help="periksa workbook tanpa menulis apa pun")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--limit", type=int, default=None, help="batasi jumlah baris galat/peringatan yang dicetak"
    )
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser(
        "ingest", help="baca semua workbook di data/raw dan tulis Parquet ke data/processed"
    )
    p.add_argument("--raw", default=None, help="folder data mentah (bawaan: data/raw)")
    p.add_argument("--out", default=None, help="folder data olahan (bawaan: data/processed)")
    p.add_argument(
        "--limit", type=int, default=50, help="batasi jumlah baris galat/peringatan yang dicetak"
    )
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("lkjip", help="tulis tabel Bab III LKjIP satu unit ke workbook .xlsx")
    p.add_argument("--unit", required=True, help="kode unit atau bagian unik dari namanya")
    p.add_argument(
        "--tahun", type=int, default=None, help="tahun laporan (bila unit punya beberapa tahun)"
    )
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.add_argument("--processed", default=None, help="folder data olahan (bawaan: data/processed)")
    p.set_defaults(func=_cmd_lkjip)

    p = sub.add_parser(
        "run", help="jalankan notebook semua unit dan ekspor dasbor HTML ke reports/"
    )
    p.add_argument(
        "--unit", action="append", help="kode atau nama unit (boleh diulang); bawaan: semua unit"
    )
    p.add_argument("--tahun", type=int, default=None, help="hanya tahun laporan ini")
    p.add_argument(
        "--workers", type=int, default=None, help="jumlah proses pekerja (bawaan: jumlah inti CPU)"
    )
    p.add_argument(
        "--resume", action="store_true", help="lewati notebook yang keluarannya sudah mutakhir"
    )
    p.add_argument(
        "--timeout", type=int, default=600, help="batas waktu per sel notebook, detik (bawaan 600)"
    )
    p.add_argument(
        "--notebook",
        action="append",
        choices=["dasbor", "pohon", "ikm", "anggaran", "semua"],
        default=None,
        help="notebook per unit (bawaan: dasbor; 'semua' = dasbor, pohon, ikm, anggaran)",
    )
    p.add_argument("--no-progress", action="store_true", help="tanpa bilah kemajuan")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("sample", help="tulis ulang workbook contoh (data/raw) dari generator")
    p.add_argument("--out", default=None, help="folder tujuan (bawaan: data/raw)")
    p.set_defaults(func=_cmd_sample)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("Dihentikan oleh pengguna.")
        return EXIT_FAILURE
    except Exception as exc:
        if args.debug:
            raise
        print(f"Terjadi kesalahan tak terduga: {type(exc).__name__}: {exc}", file=sys.stderr)
        print("Jalankan ulang dengan 'sakip --debug ...' untuk rincian.", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
