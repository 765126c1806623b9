"""Every cell format the issue lists, parsed the way a clerk means it."""

from __future__ import annotations

import math

import pytest

from sakiplib.parsing import (
    CellError,
    grouping_mark,
    is_missing,
    parse_code,
    parse_enum,
    parse_integer,
    parse_nilai,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp. 3.457.463.874", 3457463874),
        ("Rp 3.457.463.874", 3457463874),
        ("2,519,516,374", 2519516374),
        ("3.457.463.874", 3457463874),
        ("Rp. 31.860.576.000,-", 31860576000),
        ("91,06%", 91.06),
        ("106.35%", 106.35),
        ("60,7", 60.7),
        ("90.40", 90.40),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("24.577.500", 24577500),
        ("441", 441),
        ("0,5", 0.5),
        ("(1.000)", -1000),
        ("  85  ", 85),
        ("3.27", 3.27),
        (3457463874, 3457463874),
        (60.7, 60.7),
    ],
)
def test_numbers_in_every_convention(text: object, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["-", "", "  ", None, "–", float("nan")])
def test_dash_and_blank_mean_no_data(text: object) -> None:
    assert parse_number(text) is None
    assert is_missing(text)


@pytest.mark.parametrize("text", ["abc", "12a", "1.23.4", "1,2,3", "Rp.", "1.234.56,7,8", "inf"])
def test_garbage_is_refused(text: str) -> None:
    with pytest.raises(CellError):
        parse_number(text)


def test_mutu_letters_are_qualitative_values() -> None:
    assert parse_nilai("B") == "B"
    assert parse_nilai(" a ") == "A"
    assert parse_nilai("60,7") == pytest.approx(60.7)
    with pytest.raises(CellError):
        parse_nilai("E")


def test_integers() -> None:
    assert parse_integer("2024") == 2024
    assert parse_integer(2021.0) == 2021
    with pytest.raises(CellError):
        parse_integer("60,7")


def test_codes_typed_as_numbers_become_text() -> None:
    assert parse_code(1.0) == "1"
    assert parse_code("1.01.02") == "1.01.02"
    with pytest.raises(CellError):
        parse_code("kode dengan spasi")


def test_enums_tolerate_case_roman_and_spacing() -> None:
    assert parse_enum("TW 3", ("TW I", "TW II", "TW III", "TW IV")) == "TW III"
    assert parse_enum("Triwulan IV", ("TW I", "TW IV")) == "TW IV"
    assert parse_enum("Sub Kegiatan", ("program", "kegiatan", "subkegiatan")) == "subkegiatan"
    with pytest.raises(CellError) as err:
        parse_enum("naik", ("positif", "negatif"))
    assert "positif, negatif" in err.value.expected


def test_grouping_mark_tells_the_two_conventions_apart() -> None:
    assert grouping_mark("38,127,840,000") == ","
    assert grouping_mark("73.852.513.800") == "."
    assert grouping_mark("90.40") is None
    assert math.isclose(parse_number("38,127,840,000"), 38127840000)
