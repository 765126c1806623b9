"""Every path and setting in one place.

The project root is the folder holding data/ and reports/: the environment
variable SAKIP_ROOT when set, else the current directory.

>>> paths = Paths.from_root("/tmp/proyek")
>>> str(paths.raw), str(paths.processed), str(paths.reports)
('/tmp/proyek/data/raw', '/tmp/proyek/data/processed', '/tmp/proyek/reports')
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Paths:
    root: Path
    raw: Path
    processed: Path
    reports: Path
    notebooks: Path

    @classmethod
    def from_root(cls, root: str | Path) -> Paths:
        root = Path(root)
        return cls(
            root=root,
            raw=root / "data" / "raw",
            processed=root / "data" / "processed",
            reports=root / "reports",
            notebooks=root / "notebooks",
        )


def project_paths() -> Paths:
    """Paths of the current project (SAKIP_ROOT or the working directory)."""
    return Paths.from_root(os.environ.get("SAKIP_ROOT", Path.cwd()))
