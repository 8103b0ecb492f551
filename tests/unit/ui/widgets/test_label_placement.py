"""Names beside the chart's points never cover each other or a point (ui/widgets/
label_placement.py: plain geometry, no Qt)."""
from __future__ import annotations

import itertools
import random

import pytest

from hiring_app.ui.widgets.label_placement import Box, crosses, leader_end, place_labels

BOUNDS = Box(0, 0, 400, 300)
MARKER = 6.0


def check(anchors, sizes, placed, bounds=BOUNDS) -> None:
    """What a person would see go wrong: a name over a name, over a dot, or off the chart."""
    boxes = [p.box for p in placed if p.box is not None]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b), (a, b)
    for box in boxes:
        assert box.inside(bounds), box
        for x, y in anchors:
            assert not box.intersects(Box(x - MARKER, y - MARKER, 2 * MARKER, 2 * MARKER))
    for (w, h), p in zip(sizes, placed, strict=True):
        if p.box is not None:
            assert (p.box.width, p.box.height) == (w, h)
    # no name is drawn over a leader line
    for n, ((x, y), p) in enumerate(zip(anchors, placed, strict=True)):
        if p.box is None or not p.leader:
            continue
        line = (x, y, *leader_end(p.box, x, y))
        for m, other in enumerate(placed):
            if m > n and other.box is not None:
                assert not crosses(other.box, *line), (n, m)


def test_two_close_points_get_names_that_do_not_overlap() -> None:
    # the review's case: two candidates 4 px apart, names side by side on the same line
    anchors, sizes = [(200, 150), (204, 151)], [(42, 14), (30, 14)]
    placed = place_labels(anchors, sizes, BOUNDS, marker=MARKER)
    check(anchors, sizes, placed)
    assert all(p.box is not None and not p.leader for p in placed)


def test_a_lone_point_has_its_name_on_the_right() -> None:
    placed = place_labels([(100, 100)], [(50, 14)], BOUNDS, marker=MARKER)
    assert placed[0].box is not None and placed[0].box.left > 100 and not placed[0].leader


def test_a_point_in_the_corner_keeps_its_name_on_the_chart() -> None:
    anchors, sizes = [(400, 0)], [(90, 14)]   # attitude 5, ability 5
    placed = place_labels(anchors, sizes, BOUNDS, marker=MARKER)
    check(anchors, sizes, placed)
    assert placed[0].box is not None


def test_a_crowded_cluster_gets_every_name_without_overlaps() -> None:
    anchors = [(200 + dx, 150 + dy) for dx, dy in
               [(0, 0), (5, 3), (-4, 6), (8, -5), (2, 10), (-9, -2), (12, 4), (-3, -9)]]
    sizes = [(40 + 6 * n, 14) for n in range(len(anchors))]
    placed = place_labels(anchors, sizes, BOUNDS, marker=MARKER)
    check(anchors, sizes, placed)
    assert all(p.box is not None for p in placed)
    assert any(p.leader for p in placed)   # some sit further out, joined to their point
    for (x, y), p in zip(anchors, placed, strict=True):   # with room around, no line
        if p.leader:                                      # runs through another name
            line = (x, y, *leader_end(p.box, x, y))
            assert not any(crosses(o.box, *line) for o in placed if o is not p)


def test_with_no_room_left_a_name_is_dropped_rather_than_drawn_over_another() -> None:
    small = Box(0, 0, 120, 60)
    anchors = [(60 + n % 3, 30 + n % 2) for n in range(12)]
    sizes = [(50, 14)] * 12
    placed = place_labels(anchors, sizes, small, marker=MARKER)
    check(anchors, sizes, placed, small)
    assert any(p.box is None for p in placed)
    assert placed[0].box is not None          # the first (best ranked) is named first


def test_the_charts_own_words_are_avoided_when_there_is_another_place() -> None:
    title = Box(150, 100, 120, 16)            # a quadrant's name right of the point
    placed = place_labels([(140, 108)], [(50, 14)], BOUNDS, marker=MARKER, avoid=[title])
    assert placed[0].box is not None and not placed[0].box.intersects(title)


@pytest.mark.parametrize("seed", range(25))
def test_random_charts_never_overlap(seed: int) -> None:
    rng = random.Random(seed)
    count = rng.randint(2, 20)
    anchors = [(rng.uniform(0, 400), rng.uniform(0, 300)) for _ in range(count)]
    if seed % 2:  # half of them bunched together, as scores often are
        anchors = [(200 + rng.uniform(-25, 25), 120 + rng.uniform(-20, 20)) for _ in anchors]
    sizes = [(rng.uniform(20, 110), 14) for _ in anchors]
    placed = place_labels(anchors, sizes, BOUNDS, marker=MARKER)
    check(anchors, sizes, placed)


def test_a_leader_line_ends_on_the_edge_of_the_name() -> None:
    box = Box(10, 10, 40, 14)
    assert leader_end(box, 0, 17) == (10, 17)
    assert leader_end(box, 30, 50) == (30, 24)


@pytest.mark.parametrize(("line", "through"), [
    ((0, 17, 60, 17), True),      # straight across
    ((30, 0, 30, 40), True),      # straight down
    ((0, 0, 9, 9), False),        # stops short
    ((0, 10, 60, 10), False),     # along the top edge only
    ((0, 0, 60, 40), True),       # corner to corner, diagonally
    ((55, 0, 55, 40), False),     # beside it
])
def test_a_line_crosses_a_box_only_through_its_inside(line, through) -> None:
    assert crosses(Box(10, 10, 40, 14), *line) is through

