"""Numbers and dates as each report language writes them (Babel's locale data, CLDR): 4.4 in
English and Chinese, 4,4 in Spanish; 2026年10月3日, Oct 3, 2026, 3 oct 2026.

The few patterns the reports use are written out here per language, as Babel gives them (the
decimal sign, the medium date and its month names); importing Babel took longer than laying
out a report. tests/unit/reports/test_formats.py checks that every output equals Babel's.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

LOCALES = {"zh": "zh_Hans_CN", "en": "en", "es": "es"}
# The decimal sign (the minus sign is "-" in all three).
DECIMAL = {"zh": ".", "en": ".", "es": ","}
# The medium date: {y} {m} {d} and the month's abbreviated name {mmm}.
MEDIUM_DATE = {"zh": "{y}年{m}月{d}日", "en": "{mmm} {d}, {y}", "es": "{d} {mmm} {y}"}
MONTHS = {
    "zh": tuple(f"{n}月" for n in range(1, 13)),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}


def _decimal(value: float, digits: int, language: str, trim: bool = False) -> str:
    """`value` rounded half to even at `digits` decimals (Babel rounds the decimal text of a
    float, not its binary value), trailing zeros dropped when `trim`."""
    text = format(Decimal(str(value)).quantize(Decimal(1).scaleb(-digits)), "f")
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", DECIMAL.get(language, "."))


def number(value: float | None, language: str, digits: int = 1) -> str:
    """A score or a threshold with `digits` decimals ("—" for none): 4.4 / 4,4."""
    if value is None:
        return "—"
    return _decimal(value, digits, language)


def plain(value: float, language: str) -> str:
    """A number with as many decimals as it has (up to 2): 3, 3.5 / 3,5, 1.25 / 1,25."""
    return _decimal(round(value, 2), 2, language, trim=True)


def score_of_five(value: float | None, language: str) -> str:
    """"4.4 / 5" (4,4 / 5 in Spanish), or "—" without a score."""
    return "—" if value is None else f"{number(value, language)} / 5"


def day(value: str | date | None, language: str) -> str:
    """A day (an ISO date or date-time, or a date) in the language's medium form; "" for none,
    and the text as it is when it is not a date."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return value
        value = parsed.astimezone().date() if parsed.tzinfo else parsed.date()
    language = language if language in MEDIUM_DATE else "en"
    return MEDIUM_DATE[language].format(y=value.year, m=value.month, d=value.day,
                                        mmm=MONTHS[language][value.month - 1])


def days(values: list[str], language: str) -> list[str]:
    """Distinct days in order, each formatted."""
    return [day(v, language) for v in sorted(set(v for v in values if v))]


class LocalNumber(float):
    """A number that formats itself the language's way wherever a format spec such as ".1f"
    or "g" is applied to it (the messages of hiring_app.i18n), so a message rendered for a
    Spanish report says 4,4 (see localised())."""

    language: str

    def __new__(cls, value: float, language: str) -> LocalNumber:
        self = super().__new__(cls, value)
        self.language = language
        return self

    def __format__(self, spec: str) -> str:
        if spec.startswith(".") and spec.endswith("f") and spec[1:-1].isdigit():
            return number(float(self), self.language, int(spec[1:-1]))
        if spec in ("", "g"):
            return plain(float(self), self.language)
        return format(float(self), spec)

    def __str__(self) -> str:
        return plain(float(self), self.language)


def localised(value: Any, language: str) -> Any:
    """`value` (a Message, a list, a number) with every float in it a LocalNumber: render the
    result in `language` and its numbers are written that language's way."""
    if isinstance(value, bool) or isinstance(value, int) and not isinstance(value, float):
        return value
    if isinstance(value, float):
        return LocalNumber(value, language)
    if isinstance(value, (list, tuple)):
        return type(value)(localised(v, language) for v in value)
    code, params = getattr(value, "code", None), getattr(value, "params", None)
    if isinstance(code, str) and isinstance(params, dict):
        copy = object.__new__(type(value))
        copy.code = code
        copy.params = {k: localised(v, language) for k, v in params.items()}
        return copy
    return value
