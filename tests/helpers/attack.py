"""Counts from the tests that attack the app (kills survived, fuzz cases tried), printed in the
summary at the end of every test run so CI's log shows how hard each was tried."""
from __future__ import annotations

from collections import Counter

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
