"""The exact versions the suite passed with, recorded twice from one resolution: in
`pyproject.toml` (`[tool.uv] constraint-dependencies`, read by `uv run` / `uv sync`) and in
`constraints.txt` (for `pip install -c constraints.txt`). Neither names a package registry.

    uv run python -m tests.tools.pins check     # both records agree (a test runs this too)
    uv run python -m tests.tools.pins upgrade   # resolve the newest releases and write both

After `upgrade`: `uv sync`, run the whole suite (README's test command) on 3.11, 3.12 and 3.13,
and commit only when it is green; an exclusion (`!=`) in `dependencies` keeps a bad release out.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"
CONSTRAINTS = ROOT / "constraints.txt"
BEGIN, END = "# pins: begin (tests/tools/pins.py writes this block)", "# pins: end"
HEADER = ("# Exact versions the test suite passed with, for `pip install -e \".[test]\" -c "
          "constraints.txt`.\n# Written by `python -m tests.tools.pins upgrade` together with "
          "[tool.uv] constraint-dependencies\n# in pyproject.toml; a test checks that the two "
          "agree.\n")
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)\s*(?:;\s*(.+))?$")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def parse(lines: list[str]) -> dict[str, tuple[str, str]]:
    """{canonical name: (version, marker)} of `name==version [; marker]` lines."""
    pins: dict[str, tuple[str, str]] = {}
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _PIN.match(line)
        if not match:
            raise ValueError(f"not an exact pin: {line!r}")
        name = _canonical(match[1])
        if name in pins:  # a split by markers would need both kept: say so, never drop one
            raise ValueError(f"{name} is pinned twice ({pins[name][0]}, {match[2]}): keep "
                             "one version for every platform, or extend tests/tools/pins.py")
        pins[name] = (match[2], (match[3] or "").replace('"', "'"))
    return pins


def from_constraints() -> dict[str, tuple[str, str]]:
    return parse(CONSTRAINTS.read_text(encoding="utf-8").splitlines())


def from_pyproject() -> dict[str, tuple[str, str]]:
    tool = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["uv"]
    return parse(tool.get("constraint-dependencies", []))


def build_pins() -> dict[str, tuple[str, str]]:
    tool = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["uv"]
    return parse(tool.get("build-constraint-dependencies", []))


def _uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")
    if not found:
        sys.exit("uv is needed for this step (python3 -m pip install uv)")
    return found


def _compile(*args: str) -> list[str]:
    """A universal resolution (every OS, Python 3.11 up) of the newest releases, ignoring the
    current pins (`--no-config`)."""
    out = subprocess.run(
        [_uv(), "pip", "compile", "--no-config", "--python-preference", "only-system",
         "--universal", "--python-version", "3.11", "--no-header", "--no-annotate", "--quiet",
         *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line and not line.startswith(("#", "-"))]


def _write(runtime: list[str], build: list[str]) -> None:
    CONSTRAINTS.write_text(HEADER + "".join(f"{line}\n" for line in runtime), encoding="utf-8")
    block = [BEGIN, "constraint-dependencies = ["]
    block += [f'    "{line}",' for line in runtime]
    block += ["]", "build-constraint-dependencies = ["]
    block += [f'    "{line}",' for line in build]
    block += ["]", END]
    text = PYPROJECT.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    PYPROJECT.write_text(text[:start] + "\n".join(block) + text[end:], encoding="utf-8")


def upgrade() -> None:
    runtime = _compile("pyproject.toml", "--all-extras", "--group", "lint", "--group", "bundle")
    requires = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["build-system"]["requires"]
    source = ROOT / ".build-requires.in"
    source.write_text("\n".join(requires) + "\n", encoding="utf-8")
    try:
        build = _compile(str(source))
    finally:
        source.unlink()
    _write(runtime, build)
    print(f"pinned {len(runtime)} packages and {len(build)} build packages; now: uv sync, "
          "then the whole suite on 3.11, 3.12 and 3.13")


def check() -> list[str]:
    """Problems with the records (empty when they agree)."""
    problems = []
    ours, uvs = from_constraints(), from_pyproject()
    for name in sorted(set(ours) | set(uvs)):
        if ours.get(name) != uvs.get(name):
            problems.append(f"{name}: constraints.txt {ours.get(name)} != pyproject.toml "
                            f"{uvs.get(name)}")
    if not build_pins():
        problems.append("pyproject.toml: no build-constraint-dependencies")
    pyproject = PYPROJECT.read_text(encoding="utf-8")
    records = (CONSTRAINTS.read_text(encoding="utf-8"),
               pyproject[pyproject.index(BEGIN):pyproject.index(END)],
               tomllib.loads(pyproject)["tool"]["uv"].__repr__())
    for text in records:
        if re.search(r"https?://|index-url|find-links|\bindex\b\s*=", text):
            problems.append("a package registry's address is recorded")
    return problems


def main(argv: list[str]) -> int:
    if argv[:1] == ["upgrade"]:
        upgrade()
        return 0
    if argv[:1] == ["check"]:
        problems = check()
        print("\n".join(problems) or "pins agree")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
