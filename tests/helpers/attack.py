"""Counts from the tests that attack the app (kills survived, fuzz cases tried), printed in the
summary at the end of every test run so CI's log shows how hard each was tried."""
from __future__ import annotations

from collections import Counter
from typing import Any

COUNTS: Counter[str] = Counter()


def record(label: str, count: int = 1) -> None:
    """Add `count` to what the summary line `label` reports."""
    COUNTS[label] += count


def counted(label: str):
    """Decorate a hypothesis test body: every example tried is counted under `label`."""
    def wrap(test):
        import functools

        @functools.wraps(test)
        def inner(*args, **kwargs):
            record(label)
            return test(*args, **kwargs)
        return inner
    return wrap


def paths_in(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside nested dicts and lists (the root excluded): where a fuzz
    test can change a document."""
    found: list[tuple] = []
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return found
    for key, child in items:
        found.append((*prefix, key))
        found.extend(paths_in(child, (*prefix, key)))
    return found


def parent_of(data: Any, path: tuple) -> Any:
    for step in path[:-1]:
        data = data[step]
    return data
