"""The malformed corpus: each workbook is refused naming the right sheet and cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from sakiplib.cli import main
from sakiplib.ingest import collect, ingest
from tests.malformed import CASES, Case


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_malformed_workbook_names_sheet_and_cell(case: Case, tmp_path: Path) -> None:
    path = tmp_path / f"{case.name}.xlsx"
    case.make(path)
    result = collect([path], base=tmp_path)
    assert not result.ok
    matching = [f for f in result.report.errors if case.message in f.message]
    assert matching, result.report.format()
    finding = matching[0]
    assert finding.file == path.name
    assert finding.sheet == case.sheet
    assert finding.cell == case.cell
    assert finding.expected  # says what was expected
    line = finding.format()
    assert line.startswith("GALAT") and path.name in line


def test_corpus_has_at_least_fifteen_cases() -> None:
    assert len(CASES) >= 15


def test_all_errors_of_a_run_are_reported_at_once(tmp_path: Path) -> None:
    for case in CASES:
        case.make(tmp_path / f"{case.name}.xlsx")
    result = collect(sorted(tmp_path.glob("*.xlsx")), base=tmp_path)
    files_with_errors = {f.file for f in result.report.errors}
    assert files_with_errors == {f"{c.name}.xlsx" for c in CASES}


def test_validate_cli_exits_1_and_prints_indonesian_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = next(c for c in CASES if c.name == "skm_answer_5")
    path = tmp_path / "a.xlsx"
    case.make(path)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "sheet 'SKM'" in out and "melebihi batas 4" in out and "Validasi GAGAL" in out


def test_failed_ingest_leaves_processed_exactly_as_it_was(tmp_path: Path) -> None:
    from sakiplib.template import write_workbook
    from tests.conftest import valid_tables

    raw, out = tmp_path / "raw", tmp_path / "processed"
    write_workbook(raw / "good.xlsx", valid_tables())
    first = ingest(raw, out)
    assert first.ok, first.report.format()
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    case = next(c for c in CASES if c.name == "negative_pagu")
    case.make(raw / "bad.xlsx")
    raw_before = {p.name: p.read_bytes() for p in raw.iterdir()}
    second = ingest(raw, out)
    assert not second.ok
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert {p.name: p.read_bytes() for p in raw.iterdir()} == raw_before
    assert not [p for p in out.iterdir() if p.name.startswith(".tables")]
