"""Chart labels placed without Qt or reportlab: none covers another label or any point, all
stay inside the plot, the short form or a leader line is used only when crowded."""
from __future__ import annotations

import random

import pytest

from hiring_app.reports.placement import Box, place_labels

BOUNDS = Box(0, 0, 300, 300)


def _check(anchors, sizes, placed, marker=4.0):
    boxes = [p.box for p in placed if p.box is not None]
    for n, a in enumerate(boxes):
        assert a.inside(BOUNDS)
        assert not any(a.overlaps(b) for b in boxes[n + 1:])
        assert not any(a.overlaps(Box(x - marker, y - marker, x + marker, y + marker))
                       for x, y in anchors)


def test_a_lone_point_is_labelled_right_beside_it_in_full():
    [placed] = place_labels([(100, 100)], [[(40, 8), (8, 8)]], BOUNDS)
    assert placed.form == 0 and not placed.leader
    assert placed.box.x0 > 100 and placed.box.y0 < 100 < placed.box.y1


def test_a_label_near_the_edge_goes_to_the_other_side():
    [placed] = place_labels([(295, 150)], [[(40, 8)]], BOUNDS)
    assert placed.box.x1 < 295


@pytest.mark.parametrize("seed", range(8))
def test_crowded_points_get_labels_that_never_collide(seed):
    rng = random.Random(seed)
    anchors = [(rng.uniform(200, 290), rng.uniform(200, 290)) for _ in range(20)]  # a cluster
    sizes = [[(rng.uniform(30, 60), 8), (10, 8)] for _ in anchors]
    placed = place_labels(anchors, sizes, BOUNDS)
    _check(anchors, sizes, placed)
    assert sum(p.box is not None for p in placed) >= 18


def test_the_chart_s_own_words_are_avoided_while_there_is_room():
    words = Box(90, 90, 160, 110)
    [placed] = place_labels([(100, 100)], [[(30, 8)]], BOUNDS, avoid=[words])
    assert not placed.box.overlaps(words)


def test_sizes_must_match_the_points():
    with pytest.raises(ValueError):
        place_labels([(1, 1)], [], BOUNDS)
