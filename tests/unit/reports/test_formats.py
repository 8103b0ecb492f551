"""Numbers and dates in the reports are written as Babel (CLDR) writes them in each language,
though the reports no longer import Babel to do it."""
from __future__ import annotations

import random
import subprocess
import sys
from datetime import date, timedelta

import pytest
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from hiring_app.reports import formats

LANGUAGES = ("zh", "en", "es")


def _values() -> list[float]:
    draw = random.Random(17)
    values = [0.0, -0.0, 0.05, 0.15, 0.25, 0.35, 1.25, 2.675, 4.45, 4.55, 5.0, -0.05, -2.5,
              1 / 3, 2 / 3, 9.995, 10.005, 1234567.891, 1e-7, 0.125, 3.14159]
    values += [round(draw.uniform(-10, 10), draw.randint(0, 4)) for _ in range(400)]
    values += [draw.uniform(0, 5) for _ in range(400)]
    values += [n / 20 for n in range(0, 101)]  # every score step from 0 to 5
    return values


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_are_written_as_babel_writes_them(language: str) -> None:
    locale = Locale.parse(formats.LOCALES[language])
    for value in _values():
        for digits in (0, 1, 2):
            pattern = "0." + "0" * digits if digits else "0"
            assert formats.number(value, language, digits) == \
                format_decimal(value, format=pattern, locale=locale), (value, digits)
        assert formats.plain(value, language) == \
            format_decimal(round(value, 2), format="0.##", locale=locale), value
    for whole in (0, 3, 5, 10, 100):
        assert formats.number(whole, language) == format_decimal(whole, format="0.0",
                                                                 locale=locale)


@pytest.mark.parametrize("language", LANGUAGES)
def test_days_are_written_as_babel_writes_them(language: str) -> None:
    locale = Locale.parse(formats.LOCALES[language])
    first = date(2024, 1, 1)
    for offset in range(0, 366 * 3, 3):  # every month, days of one and two digits, a leap day
        day = first + timedelta(days=offset)
        assert formats.day(day, language) == format_date(day, format="medium", locale=locale)
    assert formats.day("2026-10-03", language) == \
        format_date(date(2026, 10, 3), format="medium", locale=locale)


def test_spanish_and_chinese_examples() -> None:
    assert formats.score_of_five(4.44, "es") == "4,4 / 5"
    assert formats.day("2026-10-03", "zh") == "2026年10月3日"
    assert formats.day("2026-10-03", "en") == "Oct 3, 2026"
    assert formats.day("2026-09-03", "es") == "3 sept 2026"
    assert formats.day("not a date", "en") == "not a date"


def test_writing_a_report_does_not_import_babel() -> None:
    """Babel's import cost more than a report's layout; the report command runs without it."""
    script = ("import sys, io\n"
              "from hiring_app.reports import formats\n"
              "from hiring_app.reports.common import para, styles\n"
              "from hiring_app.reports.pages import write_pdf\n"
              "s = styles('es')\n"
              "write_pdf(io.BytesIO(), [para(formats.score_of_five(4.4, 'es'), s['body'])],"
              " 'es', 't')\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.strip() == "[]"
