"""Safe file output: write aside, then rename into place.

A crash never leaves a half-written file or folder where a reader expects a
complete one.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> with atomic_path(target) as tmp:
...     _ = tmp.write_text("selesai")
>>> target.read_text()
'selesai'
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it onto ``path`` on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600 files; use the usual mode
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


@contextmanager
def atomic_directory(path: str | Path) -> Iterator[Path]:
    """Yield an empty staging folder; on success it replaces ``path`` whole.

    The old folder is moved aside, the new one renamed in, then the old one
    removed. If anything fails before the swap, ``path`` is left untouched.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    recover_directory(target)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        yield staging
        os.chmod(staging, 0o777 & ~_umask())
        for child in staging.rglob("*"):
            os.chmod(child, (0o777 if child.is_dir() else 0o666) & ~_umask())
        old = target.parent / f".{target.name}.old"
        if target.exists():
            os.replace(target, old)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def recover_directory(path: str | Path) -> None:
    """Undo a swap interrupted between its two renames (restore the old folder)."""
    target = Path(path)
    old = target.parent / f".{target.name}.old"
    if old.exists():
        if target.exists():
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(old, target)


def sweep_temporaries(folder: str | Path) -> list[Path]:
    """Remove what an interrupted writer left: the hidden temporaries of
    :func:`atomic_path` and :func:`atomic_directory` and the runner's
    ``.<stem>.<pid>.tmp.ipynb``. Call it only while holding the folder's lock,
    so no live writer owns them. Returns what was removed.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / ".dasbor.html.k2j4.tmp").write_text("<html><bo")
    >>> _ = (folder / "dasbor.html").write_text("<html></html>")
    >>> [p.name for p in sweep_temporaries(folder)], sorted(p.name for p in folder.iterdir())
    (['.dasbor.html.k2j4.tmp'], ['dasbor.html'])
    """
    removed = []
    for path in sorted(Path(folder).rglob(".*")):
        name = path.name
        stale_file = path.is_file() and (name.endswith(".tmp") or name.endswith(".tmp.ipynb"))
        stale_dir = path.is_dir() and ".new-" in name
        if stale_file or stale_dir:
            if stale_dir:
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path)
    return removed
