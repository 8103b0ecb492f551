"""The desktop window (PySide6).

PySide6 asks of every module imported after it whether its source mentions PySide6 (for its
`__feature__` switches), by reading the source through `inspect`: a few tenths of a millisecond
a module, over the hundred and more the window imports before its first paint. The same question
is answered here from the file's bytes (`_uses_pyside`); a module without a source file, or a
PySide6 that asks otherwise, is left to PySide6's own way."""
from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads PySide6's import hook this module speeds up


def _quicker_pyside_check() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "quicker", False):
        return

    def _uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    _uses_pyside.quicker = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


_quicker_pyside_check()
