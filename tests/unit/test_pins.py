"""The versions the suite runs on are the recorded ones, so a fresh machine resolves exactly what
passed here, and a new release of a dependency cannot turn the build red unnoticed."""
from __future__ import annotations

from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.tools import pins


def _installed_tree(root: str, extras: set[str]) -> dict[str, str]:
    """{name: installed version} of everything `root[extras]` needs here, recursively."""
    seen: dict[str, str] = {}
    todo = [(root, frozenset(extras))]
    while todo:
        name, wanted = todo.pop()
        dist = metadata.distribution(name)
        key = canonicalize_name(dist.metadata["Name"])
        if key in seen and not wanted:
            continue
        seen[key] = dist.version
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or any(
                    req.marker.evaluate({"extra": extra}) for extra in (wanted or {""})):
                todo.append((req.name, frozenset(req.extras)))
    return seen


def test_the_two_records_agree_and_name_no_registry() -> None:
    assert pins.check() == []


def test_every_package_the_app_and_its_tests_use_runs_at_its_pinned_version() -> None:
    recorded = pins.from_constraints()
    used = _installed_tree("hiring-app", {"test"})
    used.pop("hiring-app")
    assert {"pyside6-essentials", "pyyaml", "reportlab", "pytest"} <= set(used)
    unpinned = sorted(set(used) - set(recorded))
    assert unpinned == [], f"not recorded: {unpinned} (python -m tests.tools.pins upgrade)"
    differ = {name: (version, recorded[name][0]) for name, version in used.items()
              if version != recorded[name][0]}
    assert differ == {}, "installed != recorded; run uv sync (or pip install -c constraints.txt)"
