"""Benchmark: how fast and how lean `sakip validate` refuses each hostile workbook,
and what the guard (sakiplib.xlsxguard) costs on a large valid workbook.

Each command runs as a fresh process (python -m sakiplib.cli validate FILE);
peak memory is the command's own high-water mark (VmHWM), which includes the
interpreter and pandas (about 110 MiB before any file is opened).

Run: .venv/bin/python benchmarks/bench_hostile.py [--repeat 3]
Bound (issue 5): each refused within 10 s and 500 MB.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import WORK, append_results, median, run_child  # noqa: E402

from tests.hostile import CASES, run_cli_measured  # noqa: E402


def validate(path: Path) -> tuple[int, float, float]:
    code, _output, seconds, peak = run_cli_measured(["validate", str(path)], path.parent)
    return code, seconds, peak


GUARD_CODE = """
from sakiplib.xlsxguard import inspect_workbook
def main(path):
    t = time.perf_counter()
    problems = inspect_workbook(path)
    return {"seconds": time.perf_counter() - t, "problems": len(problems)}
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = WORK / "hostile"
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        "`sakip validate FILE` in a fresh process; median of "
        f"{args.repeat} runs; bound: 10 s and 500 MB.",
        "",
        "| case | file size | exit | time | peak memory |",
        "|---|---|---|---|---|",
    ]
    for case in CASES:
        path = folder / f"{case.name}.xlsx"
        case.make(path)
        runs = [validate(path) for _ in range(args.repeat)]
        codes = {code for code, _, _ in runs}
        seconds = median([s for _, s, _ in runs])
        peak = median([m for _, _, m in runs])
        size = path.stat().st_size
        lines.append(
            f"| {case.name} | {size / 1024:,.0f} KiB | {','.join(map(str, sorted(codes)))} "
            f"| {seconds:.2f} s | {peak:.0f} MiB |"
        )
    big = WORK / "realisasi-200000.xlsx"
    if big.exists():
        guard = [run_child(GUARD_CODE, str(big))["seconds"] for _ in range(args.repeat)]
        lines += [
            "",
            f"Guard alone on the 200.000-row benchmark workbook (42 MB of sheet XML): "
            f"median {median(guard):.3f} s.",
        ]
    append_results("Hostile workbooks refused (issue 5)", lines)


if __name__ == "__main__":
    main()
