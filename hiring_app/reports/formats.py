"""Numbers and dates as each report language writes them (Babel's locale data): 4.4 in English
and Chinese, 4,4 in Spanish; 2026年10月3日, Oct 3, 2026, 3 oct 2026.

Babel is imported on first use, so a module that only lays out text does not pay for it.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

LOCALES = {"zh": "zh_Hans_CN", "en": "en", "es": "es"}


@lru_cache(maxsize=8)
def _locale(language: str) -> Any:
    from babel import Locale

    return Locale.parse(LOCALES.get(language, "en"))


def number(value: float | None, language: str, digits: int = 1) -> str:
    """A score or a threshold with `digits` decimals ("—" for none): 4.4 / 4,4."""
    if value is None:
        return "—"
    from babel.numbers import format_decimal

    pattern = "0." + "0" * digits if digits else "0"
    return format_decimal(value, format=pattern, locale=_locale(language))


def plain(value: float, language: str) -> str:
    """A number with as many decimals as it has (up to 2): 3, 3.5 / 3,5, 1.25 / 1,25."""
    from babel.numbers import format_decimal

    return format_decimal(round(value, 2), format="0.##", locale=_locale(language))


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
    from babel.dates import format_date

    return format_date(value, format="medium", locale=_locale(language))


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
