"""Which value of a comparison row is its best (domain.ranking.best_in_row): the highest, ties
included, and only where there is something to compare."""
from __future__ import annotations

import pytest

from hiring_app.domain.ranking import best_in_row


@pytest.mark.parametrize(("values", "best"), [
    ([3.0, None, 4.0, 4.0], {2, 3}),          # ties of the highest are all best
    ([1.0, 1.5], {1}),
    ([4.0, 4.0 - 1e-12, 1.0], {0, 1}),        # float noise is still a tie
    ([2.0, None, 5.0, None, 3.0], {2}),
])
def test_the_highest_value_is_best_ties_included(values, best):
    assert best_in_row(values) == best


@pytest.mark.parametrize("values", [
    [None, 2.5, None],                        # a lone value: nothing to compare it with
    [None, 1.0],                              # a lone 1.0 above all is not "the best"
    [5.0],
    [None, None],                             # no value at all
    [],
    [3.0, 3.0],                               # all equal: nobody stands out
    [3.0, None, 3.0, 3.0],
    [10 / 3, 10 / 3 - 1e-12],                 # equal but for float noise
])
def test_nothing_is_best_without_two_different_values(values):
    assert best_in_row(values) == set()
