__version__ = "0.1.0"


def _load_when_used(name: str) -> None:
    """Put module `name` in place without running it: it runs the first time one of its names is
    read (the standard library's importlib.util.LazyLoader). For a module a dependency imports
    at its top but the app never calls: sqlite-utils imports python-dateutil's parser (about
    30 ms, with its time-zone code) for recipes the app does not use, and every start, the
    window's and each command's, would pay for it."""
    import importlib.util
    import sys

    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return
    if spec is None or spec.loader is None:
        return
    try:  # a loader that cannot defer (an unusual installation) just imports as usual
        spec.loader = importlib.util.LazyLoader(spec.loader)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    except Exception:  # noqa: BLE001
        sys.modules.pop(name, None)
        return
    parent, _, child = name.rpartition(".")
    if parent in sys.modules:
        setattr(sys.modules[parent], child, module)


_load_when_used("dateutil.parser")
