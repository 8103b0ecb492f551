"""PySide6 asks of every module imported after it whether its source mentions PySide6; the app
answers that question from the file's bytes (hiring_app/ui/__init__.py), a quarter of the
window's start spent no longer. The answer must be PySide6's own for every module."""
from __future__ import annotations

import inspect
import sys

import hiring_app.ui.main_window  # noqa: F401 - installs the quicker check, then imports much


def pyside_answer(module) -> bool:
    """PySide6's own way: the source through inspect."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_quicker_check_answers_as_pyside_does_for_every_module_loaded():
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    assert check is not None and getattr(check, "quicker", False)  # installed on this PySide6
    modules = [m for name, m in list(sys.modules.items()) if m is not None
               and isinstance(getattr(m, "__file__", None), str)]
    assert len(modules) > 100
    said = {m.__name__: check(m) for m in modules}
    assert said == {m.__name__: pyside_answer(m) for m in modules}
    assert said["hiring_app.ui.main_window"] is True and said["json"] is False
