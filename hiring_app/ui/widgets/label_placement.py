"""Where the names beside a chart's points go, so that no name covers another name or a point:
a greedy choice among a few places around each point, nearest first, then farther away (joined
to the point by a leader line), else none (the chart numbers the point instead and names it in
the tooltip). Plain geometry without Qt, tested on its own."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """A rectangle in screen coordinates (y grows downwards)."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def intersects(self, other: Box) -> bool:
        """Whether the two overlap by more than a shared edge."""
        return (self.left < other.right and other.left < self.right
                and self.top < other.bottom and other.top < self.bottom)

    def inside(self, bounds: Box) -> bool:
        return (self.left >= bounds.left and self.top >= bounds.top
                and self.right <= bounds.right and self.bottom <= bounds.bottom)


@dataclass(frozen=True)
class Placed:
    """Where one label goes: `box` None when there is no room for it anywhere (show a number
    on the point instead); `leader` when it sits away from its point (draw a line to it)."""

    box: Box | None
    leader: bool = False


def _near(x: float, y: float, w: float, h: float, r: float) -> list[Box]:
    """Right, left, above, below, then the four corners: touching the marker."""
    d = r * 0.75
    return [Box(x + r, y - h / 2, w, h), Box(x - r - w, y - h / 2, w, h),
            Box(x - w / 2, y - r - h, w, h), Box(x - w / 2, y + r, w, h),
            Box(x + d, y - d - h, w, h), Box(x + d, y + d, w, h),
            Box(x - d - w, y - d - h, w, h), Box(x - d - w, y + d, w, h)]


def _far(x: float, y: float, w: float, h: float, r: float, reach: int) -> list[Box]:
    """Farther out, one label height more each step: stacked beside the point, above and
    below it, diagonally, and straight out to either side."""
    boxes = []
    d = r * 0.75
    for step in range(1, reach + 1):
        shift = step * (h + 2)
        for dy in (-shift, shift):
            boxes += [Box(x + r + 4, y - h / 2 + dy, w, h), Box(x - r - 4 - w, y - h / 2 + dy, w, h)]
        boxes += [Box(x - w / 2, y - r - h - shift, w, h), Box(x - w / 2, y + r + shift, w, h),
                  Box(x + d + shift, y + d + shift, w, h), Box(x + d + shift, y - d - h - shift, w, h),
                  Box(x - d - w - shift, y + d + shift, w, h),
                  Box(x - d - w - shift, y - d - h - shift, w, h),
                  Box(x + r + 2 * shift, y - h / 2, w, h), Box(x - r - w - 2 * shift, y - h / 2, w, h)]
    return boxes


def place_labels(anchors: Sequence[tuple[float, float]], sizes: Sequence[tuple[float, float]],
                 bounds: Box, *, marker: float = 6.0, gap: float = 3.0,
                 avoid: Sequence[Box] = (), reach: int = 3) -> list[Placed]:
    """Place one label of `sizes[i]` (width, height) for each point `anchors[i]` (x, y), in
    order (earlier points get the better places). A label stays inside `bounds`, and never
    covers another label, a leader line or any point's marker (a square of `marker` around each
    point). It would rather go a little further (with a leader line) than cover the `avoid`
    boxes (the chart's own words: two texts over each other are unreadable); its leader line
    avoids other labels unless there is no other way to name the point."""
    if len(anchors) != len(sizes):
        raise ValueError("one size per anchor")
    board = _Board(bounds, [Box(x - marker, y - marker, 2 * marker, 2 * marker)
                            for x, y in anchors], avoid)
    result: list[Placed] = []
    r = marker + gap
    for (x, y), (w, h) in zip(anchors, sizes, strict=True):
        near, far = _near(x, y, w, h, r), _far(x, y, w, h, r, reach)
        # beside the point, clear of the chart's words; else further out with a leader line
        # that crosses no other name; only then over the chart's words; and at last with a
        # line over another name (still better than no name at all)
        passes = ((near, False, True, True), (far, True, True, True),
                  (near, False, False, True), (far, True, False, True),
                  (far, True, True, False), (far, True, False, False))
        choice = next(((box, leader) for boxes, leader, soft, clean in passes
                       for box in boxes if board.fits(box, (x, y), leader, soft, clean)), None)
        if choice is None:
            result.append(Placed(None))
            continue
        board.take(*choice, (x, y))
        result.append(Placed(*choice))
    return result


class _Board:
    """What is on the chart so far: the names placed, their leader lines, every point."""

    def __init__(self, bounds: Box, markers: list[Box], avoid: Sequence[Box]) -> None:
        self.bounds, self.markers, self.avoid = bounds, markers, avoid
        self.placed: list[Box] = []
        self.leaders: list[tuple[float, float, float, float]] = []

    def fits(self, box: Box, anchor: tuple[float, float], leader: bool, soft: bool,
             clean: bool) -> bool:
        """Whether `box` is free (`soft`: of the chart's words too); with a leader line and
        `clean`, whether the line crosses no other name (it may pass over a point: in a tight
        cluster every way out does)."""
        if not (box.inside(self.bounds)
                and not any(box.intersects(other) for other in self.placed)
                and not any(box.intersects(m) for m in self.markers)
                and not any(crosses(box, *line) for line in self.leaders)
                and not (soft and any(box.intersects(a) for a in self.avoid))):
            return False
        if not leader or not clean:
            return True
        line = (*anchor, *leader_end(box, *anchor))
        return not any(crosses(other, *line) for other in self.placed)

    def take(self, box: Box, leader: bool, anchor: tuple[float, float]) -> None:
        self.placed.append(box)
        if leader:
            self.leaders.append((*anchor, *leader_end(box, *anchor)))


def crosses(box: Box, x0: float, y0: float, x1: float, y1: float) -> bool:
    """Whether the segment from (x0, y0) to (x1, y1) passes through the inside of `box`
    (touching its edge does not count): Liang-Barsky clipping."""
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - box.left), (dx, box.right - x0),
                 (-dy, y0 - box.top), (dy, box.bottom - y0)):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low >= high:
            return False
    return True


def leader_end(box: Box, x: float, y: float) -> tuple[float, float]:
    """The point of `box`'s edge nearest to (x, y): where a leader line from the point ends."""
    return (min(max(x, box.left), box.right), min(max(y, box.top), box.bottom))
