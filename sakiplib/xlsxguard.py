"""Inspect an .xlsx container before any parser touches it.

Workbooks arrive by e-mail and chat from many offices; one day one will be
hostile. python-calamine is fast but trusts its input: a two-cell sheet with a
cell at XFD1048576 makes it allocate half a terabyte and abort the process, and
a sheet with more rows than Excel allows is read in full. This module reads the
zip directory and streams (never loads) the XML parts calamine will parse,
with the output of every inflate bounded, and refuses:

- a file that is an old .xls, or password-protected (OLE container), or not a
  zip at all, or a truncated zip;
- parts whose declared size is too large, or that inflate past the size the zip
  declares for them (a zip bomb that lies about its size);
- any DOCTYPE / ENTITY declaration (XML entity bombs; Excel never writes one);
- sheets with more rows than Excel allows, cells outside A1:XFD1048576, or a
  used range too large to hold in memory;
- and it names the cells that hold a formula without a cached value (files
  written by programs, not saved by Excel): calamine would read them as blank.

The scan costs about one inflate of each part (0,1 s for a 42 MB sheet).
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from sakiplib.fmt import angka

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLS = 16_384
#: Formula cells named one by one in a message; the rest are counted.
LISTED_CELLS = 20
READ_CHUNK = 1 << 20
INFLATE_CHUNK = 4 << 20
NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
EXPECTED = "workbook Excel .xlsx yang dibuat dari template SAKIP"
RESAVE = "buka file di Excel lalu simpan ulang sebagai 'Excel Workbook (.xlsx)'"


@dataclass(frozen=True)
class Limits:
    """What one workbook may hold. Defaults are far above any real SAKIP file.

    ``max_cells`` bounds rows x columns of a sheet's used range, which is what
    calamine allocates (32 bytes a cell): 8 million cells is about 250 MB.
    """

    max_members: int = 10_000
    max_part_bytes: int = 256 << 20
    max_total_bytes: int = 1 << 30
    max_cells: int = 8_000_000


@dataclass(frozen=True)
class Problem:
    """One reason to refuse (``fatal``) or to report a cell, in words a clerk reads."""

    sheet: str | None
    cell: str | None
    value: object
    expected: str
    message: str
    fatal: bool = True


class Refused(Exception):
    """The container must not be handed to a parser."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def inspect_workbook(
    path: str | Path,
    wanted: Callable[[str], bool] = lambda _name: True,
    limits: Limits = Limits(),
) -> list[Problem]:
    """Check ``path`` without parsing it. An empty list means it is safe to parse.

    Every sheet is measured (rows, used range); cell findings (formulas without
    a value) are reported for the sheets where ``wanted(name)`` is true.

    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "laporan.xlsx"
    >>> _ = bad.write_bytes(b"PK\\x03\\x04 terpotong")
    >>> inspect_workbook(bad)[0].message
    'file .xlsx rusak atau terpotong (misalnya unduhan atau lampiran yang belum selesai)'
    """
    path = Path(path)
    try:
        return _inspect(path, wanted, limits)
    except Refused as refused:
        return [refused.problem]


def _inspect(path: Path, wanted: Callable[[str], bool], limits: Limits) -> list[Problem]:
    with path.open("rb") as fh:
        head = fh.read(8)
    if not head:
        raise Refused(Problem(None, None, None, EXPECTED, "file kosong (0 byte)"))
    if head.startswith(OLE_MAGIC):
        raise Refused(_ole_problem(path))
    if not head.startswith(ZIP_MAGIC):
        raise Refused(Problem(None, None, None, EXPECTED, "file ini bukan workbook Excel (.xlsx)"))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise Refused(_damaged(exc)) from None
    with archive, path.open("rb") as raw:
        infos = _check_directory(archive, limits)
        sheets = _sheet_parts(raw, infos, limits)
        support = set(_support_parts(infos))
        names = {part: name for name, part in sheets.items()}
        problems: list[Problem] = []
        for part, info in infos.items():
            if part in support:
                _scan(raw, info, _XmlScanner(None, part), limits)
            elif part.endswith(".xml"):
                # Every sheet, and any XML part no sheet points to, is measured:
                # a reader resolving paths differently must not find one unchecked.
                scanner = _SheetScanner(names.get(part, part), part, limits)
                _scan(raw, info, scanner, limits)
                found = scanner.finish()
                if part in names and wanted(names[part]):
                    problems.extend(found)  # cell findings only where we read cells
        return problems


def _ole_problem(path: Path) -> Problem:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry).lower() for entry in ole.listdir()}
    except Exception:  # noqa: BLE001 - any damage means "not a workbook we can read"
        streams = set()
    if "encryptedpackage" in streams or "encryptioninfo" in streams:
        return Problem(
            None,
            None,
            None,
            "buka di Excel, hapus kata sandi (File > Info > Lindungi Workbook), simpan ulang",
            "file dilindungi kata sandi, isinya tidak dapat dibaca",
        )
    if "workbook" in streams or "book" in streams:
        return Problem(
            None, None, None, RESAVE, "file ini berformat Excel lama (.xls), bukan .xlsx"
        )
    return Problem(None, None, None, EXPECTED, "file ini dokumen Office lama, bukan workbook .xlsx")


def _damaged(exc: BaseException) -> Problem:
    return Problem(
        None,
        None,
        type(exc).__name__,
        "kirim ulang file yang utuh, atau " + RESAVE,
        "file .xlsx rusak atau terpotong (misalnya unduhan atau lampiran yang belum selesai)",
    )


def _bomb(part: str, size: int, limit: int) -> Problem:
    return Problem(
        None,
        None,
        f"{part}: {angka(size)} byte",
        f"paling banyak {angka(limit)} byte",
        "isi file terlalu besar setelah diekstrak (pola 'zip bomb'); file ditolak",
    )


def _check_directory(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise Refused(
            Problem(
                None,
                None,
                f"{angka(len(infos))} bagian",
                f"paling banyak {angka(limits.max_members)} bagian",
                "file memuat terlalu banyak bagian untuk sebuah workbook",
            )
        )
    if any(info.flag_bits & 0x1 for info in infos):
        raise Refused(
            Problem(
                None,
                None,
                None,
                "simpan ulang tanpa kata sandi",
                "file dilindungi kata sandi, isinya tidak dapat dibaca",
            )
        )
    total = sum(info.file_size for info in infos)
    if total > limits.max_total_bytes:
        raise Refused(_bomb("(seluruh isi)", total, limits.max_total_bytes))
    for info in infos:
        if info.file_size > limits.max_part_bytes:
            raise Refused(_bomb(info.filename, info.file_size, limits.max_part_bytes))
    return {info.filename: info for info in infos}


def _support_parts(infos: dict[str, zipfile.ZipInfo]) -> list[str]:
    """XML parts a reader parses besides the sheets: relations, workbook, strings, styles."""
    return [
        name
        for name in infos
        if name.endswith(".rels")
        or name == "[Content_Types].xml"
        or name.rsplit("/", 1)[-1] in {"workbook.xml", "sharedStrings.xml", "styles.xml"}
    ]


def _read_small(raw, info: zipfile.ZipInfo, limits: Limits) -> bytes:  # noqa: ANN001
    collector = _Collector()
    _scan(raw, info, _XmlScanner(None, info.filename, collector), limits)
    return b"".join(collector.parts)


def _parse_xml(raw, info: zipfile.ZipInfo, limits: Limits):  # noqa: ANN001, ANN202
    data = _read_small(raw, info, limits)
    try:
        return SafeET.fromstring(data)
    except DefusedXmlException:
        raise Refused(_entity_problem(info.filename)) from None
    except SafeET.ParseError as exc:
        raise Refused(_damaged(exc)) from None


def _sheet_parts(raw, infos: dict[str, zipfile.ZipInfo], limits: Limits) -> dict[str, str]:  # noqa: ANN001
    """Sheet name -> zip part, from the workbook and its relationships."""
    workbook_part = _workbook_part(raw, infos, limits)
    if workbook_part not in infos:
        raise Refused(
            Problem(None, None, None, EXPECTED, "file zip ini bukan workbook Excel (.xlsx)")
        )
    folder = PurePosixPath(workbook_part).parent
    rels_part = str(folder / "_rels" / (PurePosixPath(workbook_part).name + ".rels"))
    targets: dict[str, str] = {}
    if rels_part in infos:
        for rel in _parse_xml(raw, infos[rels_part], limits):
            target = rel.get("Target", "")
            resolved = target.lstrip("/") if target.startswith("/") else str(folder / target)
            targets[rel.get("Id", "")] = _normalise(resolved)
    sheets: dict[str, str] = {}
    for element in _parse_xml(raw, infos[workbook_part], limits).iter():
        if element.tag.rsplit("}", 1)[-1] == "sheet":
            rid = element.get(NS_REL + "id") or element.get("id") or ""
            if rid in targets:
                sheets[element.get("name", "")] = targets[rid]
    return sheets


def _workbook_part(raw, infos: dict[str, zipfile.ZipInfo], limits: Limits) -> str:  # noqa: ANN001
    if "_rels/.rels" in infos:
        for rel in _parse_xml(raw, infos["_rels/.rels"], limits):
            if rel.get("Type", "").endswith("/officeDocument"):
                return _normalise(rel.get("Target", "").lstrip("/"))
    return "xl/workbook.xml"


def _normalise(part: str) -> str:
    stack: list[str] = []
    for piece in part.split("/"):
        if piece == "..":
            if stack:
                stack.pop()
        elif piece not in ("", "."):
            stack.append(piece)
    return "/".join(stack)


# --- streaming inflate ------------------------------------------------------------------


def _scan(raw, info: zipfile.ZipInfo, scanner: _XmlScanner, limits: Limits) -> None:  # noqa: ANN001
    """Inflate one part in bounded pieces and feed them to ``scanner``.

    Reads the compressed bytes from the local header on, so a part that
    inflates past its declared size is caught however it is built.
    """
    ceiling = min(info.file_size, limits.max_part_bytes)
    total = 0
    for piece in _inflate(raw, info):
        total += len(piece)
        if total > ceiling:
            if total > limits.max_part_bytes:
                raise Refused(_bomb(info.filename, total, limits.max_part_bytes))
            raise Refused(
                Problem(
                    None,
                    None,
                    f"{info.filename}: lebih dari {angka(info.file_size)} byte",
                    f"{angka(info.file_size)} byte seperti tertulis di dalam zip",
                    "isi file mengembang melebihi ukuran yang tertulis (pola 'zip bomb');"
                    " file ditolak",
                )
            )
        scanner.feed(piece)
    scanner.close()


def _inflate(raw, info: zipfile.ZipInfo) -> Iterator[bytes]:  # noqa: ANN001
    raw.seek(info.header_offset)
    header = raw.read(30)
    if len(header) < 30 or header[:4] != ZIP_MAGIC:
        raise Refused(_damaged(zipfile.BadZipFile(info.filename)))
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    raw.seek(info.header_offset + 30 + name_len + extra_len)
    left = info.compress_size
    if info.compress_type == zipfile.ZIP_STORED:
        while left > 0:
            chunk = raw.read(min(READ_CHUNK, left))
            if not chunk:
                raise Refused(_damaged(EOFError(info.filename)))
            left -= len(chunk)
            yield chunk
        return
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise Refused(
            Problem(
                None,
                None,
                f"{info.filename}: metode kompresi {info.compress_type}",
                RESAVE,
                "bagian file dikompres dengan cara yang tidak dipakai Excel",
            )
        )
    inflater = zlib.decompressobj(-15)
    try:
        while left > 0 and not inflater.eof:
            chunk = raw.read(min(READ_CHUNK, left))
            if not chunk:
                raise Refused(_damaged(EOFError(info.filename)))
            left -= len(chunk)
            while chunk and not inflater.eof:
                yield inflater.decompress(chunk, INFLATE_CHUNK)
                chunk = inflater.unconsumed_tail
    except zlib.error as exc:
        raise Refused(_damaged(exc)) from None


class _Collector:
    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def __call__(self, piece: bytes) -> None:
        self.parts.append(piece)


# --- XML scanners -----------------------------------------------------------------------


def _entity_problem(part: str) -> Problem:
    return Problem(
        None,
        None,
        f"{part}: <!DOCTYPE>/<!ENTITY>",
        "workbook .xlsx biasa yang disimpan dari Excel",
        "file memuat deklarasi entitas XML (pola 'bom entitas XML'); Excel tidak pernah"
        " membuatnya, file ditolak demi keamanan",
    )


class _XmlScanner:
    """Splits the stream at tag ends and refuses DTDs; subclasses look at segments."""

    def __init__(
        self, sheet: str | None, part: str, sink: Callable[[bytes], None] | None = None
    ) -> None:
        self.sheet = sheet
        self.part = part
        self.sink = sink
        self.carry = b""

    def feed(self, piece: bytes) -> None:
        if self.sink is not None:
            self.sink(piece)
        data = self.carry + piece
        cut = data.rfind(b">") + 1
        self.carry = data[cut:]
        if len(self.carry) > INFLATE_CHUNK * 4:
            raise Refused(_damaged(ValueError(f"{self.part}: tag terlalu panjang")))
        if cut:
            self.segment(data[:cut])

    def close(self) -> None:
        if self.carry:
            self.segment(self.carry)
            self.carry = b""

    def segment(self, data: bytes) -> None:
        if b"!" in data and (b"<!DOCTYPE" in data or b"<!ENTITY" in data):
            raise Refused(_entity_problem(self.part))


_ROOT = re.compile(rb"<(\w+:)?worksheet\b")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})?(\d+)?(?::([A-Z]{1,3})(\d+))?"')
_ANY_REF = re.compile(rb'\sr="([A-Z]{0,4})(\d*)"')
#: Searches for a bound that is still rising before measuring a segment reference by reference.
RAISE_ATTEMPTS = 32


def column_number(letters: str) -> int:
    """Excel column letters to a number.

    >>> column_number("A"), column_number("XFD")
    (1, 16384)
    """
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _greater_than(value: str, low: str, high: str) -> str:
    """Regex for strings of ``value``'s length, over ``low``..``high``, that sort after it.

    >>> import re
    >>> pattern = re.compile(_greater_than("205", "0", "9") + "$")
    >>> [v for v in ("199", "205", "206", "210", "999") if pattern.match(v)]
    ['206', '210', '999']
    """
    branches = []
    for i, char in enumerate(value):
        if char < high:
            rest = f"[{low}-{high}]{{{len(value) - i - 1}}}" if i < len(value) - 1 else ""
            branches.append(re.escape(value[:i]) + f"[{chr(ord(char) + 1)}-{high}]" + rest)
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


def column_letters(number: int) -> str:
    """Column number to Excel letters (0 gives "").

    >>> column_letters(7), column_letters(16384), column_letters(0)
    ('G', 'XFD', '')
    """
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@lru_cache(maxsize=256)
def _row_above(row: int) -> re.Pattern[bytes]:
    """A cell or row reference whose row number is greater than ``row``."""
    digits = str(row)
    greater = rf"(?:\d{{{len(digits) + 1},}}|{_greater_than(digits, '0', '9')})"
    return re.compile(rf' r="[A-Z]*({greater})"'.encode())


@lru_cache(maxsize=256)
def _beyond(col: int, digits: int) -> re.Pattern[bytes]:
    """A reference beyond column number ``col``, or whose row has more than ``digits``
    digits. Groups: the column letters, the row digits (one of them matches)."""
    letters = column_letters(col)
    wider = rf"[A-Z]{{{len(letters) + 1},}}|{_greater_than(letters, 'A', 'Z')}"
    return re.compile(rf' r="(?:({wider})\d|[A-Z]{{0,3}}(\d{{{digits + 1},}}))'.encode())


@lru_cache(maxsize=256)
def _row_above(row: int) -> re.Pattern[bytes]:
    """A cell or row reference whose row number is greater than ``row``.
    Groups: none for the column (always None), the row digits."""
    digits = str(row)
    greater = rf"(?:\d{{{len(digits) + 1},}}|{_greater_than(digits, '0', '9')})"
    return re.compile(rf' r="[A-Z]*()({greater})"'.encode())


@dataclass
class _Extent:
    rows: int = 0
    max_row: int = 0
    max_col: int = 0
    formula_cells: list[str] = field(default_factory=list)


class _SheetScanner(_XmlScanner):
    """Counts rows and cells, finds the used range and formula cells without a value."""

    def __init__(self, sheet: str, part: str, limits: Limits) -> None:
        super().__init__(sheet, part)
        self.limits = limits
        self.extent = _Extent()
        self.prefix: bytes | None = None
        #: Rows below this are possible but not each checked (see _measure).
        self.row_ceiling = 0
        self.formulas = False

    def segment(self, data: bytes) -> None:
        super().segment(data)
        if self.prefix is None:
            self._start(data)
        p = self.prefix or b""
        extent = self.extent
        extent.rows += data.count(b"<" + p + b"row")
        if extent.rows > EXCEL_MAX_ROWS + 1:  # + 1: <rowBreaks> starts alike
            self._refuse_rows()
        if p or self.unreferenced.search(data):
            self._measure_each(data)  # unusual writers: every reference, one by one
        else:
            self._measure(data)
        # Shared formulas written as <f .../> follow a master formula with </f>.
        self.formulas = self.formulas or b"</" + p + b"f>" in data
        if self.formulas:
            self._formulas(data)

    def _start(self, data: bytes) -> None:
        root = _ROOT.search(data)
        self.prefix = (root.group(1) or b"") if root else b""
        found = _DIMENSION.search(data)
        if found and found.group(2):
            col = column_number((found.group(3) or found.group(1) or b"A").decode())
            row = int(found.group(4) or found.group(2))
            # A sane dimension is a starting bound (the scan still checks every
            # reference against it); sloppy writers' A1:XFD1048576 is ignored.
            if col * row <= self.limits.max_cells:
                self.extent.max_col, self.extent.max_row = col, row
        p = re.escape(self.prefix)
        # A cell whose reference is not the literal ' r="' right after its tag name:
        # no reference at all (placed after the previous cell), or odd whitespace.
        self.unreferenced = re.compile(rb"<" + p + rb'c(?! r=")[\s/>]')
        self.formula_cell = re.compile(
            rb"<" + p + rb"c\b([^>]*)>\s*<" + p + rb"f\b[^>]*?(?:/>|>[^<]*</" + p + rb"f>)\s*"
            rb"(?:<" + p + rb"v\s*/>|<" + p + rb"v>\s*</" + p + rb"v>)?\s*</" + p + rb"c>"
        )

    def _measure(self, data: bytes) -> None:
        """Raise the used range to cover every reference in ``data``, at C speed.

        One search looks for a column beyond the widest so far or a row number
        with more digits than the largest so far, until none is left; then every
        row is known to be below the next power of ten. Only when that ceiling
        could exceed the limits are rows searched one bound at a time.
        """
        extent = self.extent
        last = _ANY_REF.match(data, max(data.rfind(b' r="'), 0))
        if last:
            self._note(last.group(1), last.group(2))
        if not self._raise(data, lambda: _beyond(extent.max_col, len(str(extent.max_row)))):
            return
        ceiling = 10 ** len(str(extent.max_row)) - 1
        if ceiling <= EXCEL_MAX_ROWS and ceiling * extent.max_col <= self.limits.max_cells:
            self.row_ceiling = max(self.row_ceiling, ceiling)
        else:
            self._raise(data, lambda: _row_above(extent.max_row))

    def _raise(self, data: bytes, pattern: Callable[[], re.Pattern[bytes]]) -> bool:
        """Note matches of ``pattern()`` (groups: letters, digits) until none is
        left; False if that took too many rounds and the segment was measured
        reference by reference instead."""
        for _ in range(RAISE_ATTEMPTS):
            found = pattern().search(data)
            if found is None:
                return True
            self._note(found.group(1) or b"", found.group(2) or b"")
        self._measure_each(data)
        return False

    def _measure_each(self, data: bytes) -> None:
        """Every reference and every row's cell count, one by one."""
        extent = self.extent
        letters_seen, digits_seen = set(), set()
        for letters, digits in _ANY_REF.findall(data):
            letters_seen.add(letters)
            digits_seen.add(digits)
        for letters in letters_seen:
            self._note(letters, b"")
        for digits in digits_seen:
            self._note(b"", digits)
        p = self.prefix or b""
        widest = max(row.count(b"<" + p + b"c") for row in data.split(b"</" + p + b"row>"))
        # cells without a reference continue after the previous one
        extent.max_col = max(extent.max_col, widest)
        extent.max_row = max(extent.max_row, extent.rows)

    def _note(self, letters: bytes, digits: bytes) -> None:
        extent = self.extent
        if letters:
            extent.max_col = max(extent.max_col, column_number(letters.decode()))
        if digits:
            extent.max_row = max(extent.max_row, int(digits))

    def _formulas(self, data: bytes) -> None:
        for match in self.formula_cell.finditer(data):
            attributes = match.group(1)
            if b't="str"' in attributes and b"<v" in match.group(0) and b"/>" not in match.group(0):
                continue  # a formula whose cached result is the empty string
            ref = re.search(rb'\br="([A-Z]+\d+)"', attributes)
            self.extent.formula_cells.append(ref.group(1).decode() if ref else "?")

    def _refuse_rows(self) -> None:
        raise Refused(
            Problem(
                self.sheet,
                None,
                f"lebih dari {angka(EXCEL_MAX_ROWS)} baris",
                f"paling banyak {angka(EXCEL_MAX_ROWS)} baris (batas Excel)",
                "sheet memuat lebih banyak baris daripada yang dimungkinkan Excel; file ditolak",
            )
        )

    def finish(self) -> list[Problem]:
        cols, rows = max(self.extent.max_col, 1), max(self.extent.max_row, 1)
        if rows > EXCEL_MAX_ROWS or cols > EXCEL_MAX_COLS:
            raise Refused(
                Problem(
                    self.sheet,
                    None,
                    f"{angka(rows)} baris, {angka(cols)} kolom",
                    "di dalam A1:XFD1048576 (batas Excel)",
                    "sheet memuat sel di luar batas Excel; file ditolak",
                )
            )
        # rows without r="" are placed one after another; some rows may only be
        # known to lie below a ceiling (see _measure)
        rows = max(rows, self.extent.rows, self.row_ceiling)
        if rows * cols > self.limits.max_cells:
            raise Refused(
                Problem(
                    self.sheet,
                    None,
                    f"{angka(rows)} baris x {angka(cols)} kolom = {angka(rows * cols)} sel",
                    f"rentang terpakai paling banyak {angka(self.limits.max_cells)} sel",
                    "rentang sheet terlalu besar untuk dibaca; hapus sel terisi atau"
                    " berformat yang jauh di bawah atau di kanan tabel",
                )
            )
        cells = self.extent.formula_cells
        if not cells:
            return []
        listed = ", ".join(cells[:LISTED_CELLS])
        more = (
            f" dan {angka(len(cells) - LISTED_CELLS)} sel lain" if len(cells) > LISTED_CELLS else ""
        )
        return [
            Problem(
                self.sheet,
                cells[0],
                f"{angka(len(cells))} sel: {listed}{more}",
                "nilai tersimpan; " + RESAVE + ", atau ganti rumus dengan nilainya",
                "sel berisi rumus tanpa nilai tersimpan (file dibuat program lain, bukan"
                " disimpan dari Excel), sehingga nilainya tidak dapat dibaca",
                fatal=False,
            )
        ]
