"""Messages in the user's language, for the window and the command line alike (no Qt here).

The core describes what happened as a code and named parameters (`UserError("role.not_found",
role_id=...)`, or a `Message` for a part of a sentence); `render` turns either into text in zh,
en or es from the one catalogue (`hiring_app.i18n.catalog`). Parameters are inserted as they
are: a name or a path holding `{}` is shown, never read as a placeholder. A parameter may itself
be a Message (or an error), a list (joined the way the language lists things) or a dict of
texts by language (a role's name); a template may have a form for one and for several `count`.
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

LANGUAGES = ("zh", "en", "es")
DEFAULT_LANGUAGE = "en"
STRICT_ENV = "HIRING_APP_STRICT_MESSAGES"  # tests set it: a code or parameter missing fails

_FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)(?::([^{}]*))?\}")
_LIST_SEPARATOR = {"zh": "、", "en": ", ", "es": ", "}


class Message:
    """A code and its parameters: something to say, in whichever language it is shown."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        if strict():
            check(code, params)

    def render(self, language: str) -> str:
        return render(self, language)

    def __str__(self) -> str:
        return render(self, DEFAULT_LANGUAGE)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Message) and other.code == self.code
                and other.params == self.params)

    __hash__ = None  # type: ignore[assignment]


def strict() -> bool:
    return os.environ.get(STRICT_ENV) == "1"


def language_or_default(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def _catalogue() -> Mapping[str, Mapping[str, Any]]:
    from hiring_app.i18n.catalog import CATALOGUE

    return CATALOGUE


def template(code: str, language: str, count: object = None) -> str | None:
    """The template of `code` in `language` (English when that language lacks it)."""
    entry = _catalogue().get(code)
    if entry is None:
        return None
    chosen = entry.get(language, entry.get(DEFAULT_LANGUAGE))
    if isinstance(chosen, Mapping):  # {"one": ..., "other": ...}, chosen by the count
        return chosen["one"] if count == 1 else chosen["other"]
    return chosen


def placeholders(text: str) -> set[str]:
    return {match.group(1) for match in _FIELD.finditer(text)}


def render_value(value: Any, language: str) -> str:
    """A parameter's text: a message rendered, a list joined, a text picked by language."""
    return _value(value, language_or_default(language), None)


def _value(value: Any, language: str, spec: str | None) -> str:
    if hasattr(value, "code") and hasattr(value, "params"):  # a Message or a UserError
        return render(value, language)
    if callable(getattr(value, "render", None)):  # anything else that can say itself
        return value.render(language)
    if isinstance(value, Mapping):  # a text in several languages, e.g. a role's name
        text = value.get(language) or value.get(DEFAULT_LANGUAGE) or next(
            (v for v in value.values() if v), "")
        return str(text)
    if isinstance(value, (list, tuple)):
        return _LIST_SEPARATOR.get(language, ", ").join(_value(v, language, None) for v in value)
    if isinstance(value, PurePath):
        value = str(value)
    if spec:
        try:
            return format(value, spec)
        except (TypeError, ValueError):
            pass
    return str(value)


def render(item: Any, language: str) -> str:
    """The text of a UserError, a Message or a plain string in `language` (zh, en or es)."""
    if item is None:
        return ""
    if isinstance(item, str):
        return item
    language = language_or_default(language)
    code, params = item.code, item.params
    text = template(code, language, params.get("count"))
    if text is None:
        if strict():
            raise KeyError(f"no message for the code {code!r}")
        return code

    def fill(match: re.Match) -> str:
        name, spec = match.group(1), match.group(2)
        if name not in params:
            if strict():
                raise KeyError(f"{code}: the parameter {name!r} was not given")
            return match.group(0)
        return _value(params[name], language, spec)

    return _FIELD.sub(fill, text)


def text(code: str, language: str, /, **params: Any) -> str:
    """One message of the catalogue, in `language`."""
    return render(Message(code, **params), language)


def check(code: str, params: Mapping[str, Any]) -> None:
    """Raise KeyError unless `code` is catalogued and every text of it can be filled from
    `params` (used in strict mode, i.e. by the tests, at every raise)."""
    entry = _catalogue().get(code)
    if entry is None:
        raise KeyError(f"no message for the code {code!r}")
    for language in LANGUAGES:
        forms = entry[language]
        for form in (forms.values() if isinstance(forms, Mapping) else [forms]):
            missing = placeholders(form) - set(params)
            if missing:
                raise KeyError(f"{code} ({language}) needs {sorted(missing)}")


def entry(zh: Any, en: Any, es: Any) -> dict[str, Any]:
    """One catalogue entry. A text may be {"one": ..., "other": ...}, chosen by `count`."""
    return {"zh": zh, "en": en, "es": es}
