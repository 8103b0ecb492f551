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
    """Labels stacked beside, above and below the point, one label height further each step."""
    boxes = []
    for step in range(1, reach + 1):
        shift = step * (h + 2)
        for dy in (-shift, shift):
            boxes += [Box(x + r + 4, y - h / 2 + dy, w, h), Box(x - r - 4 - w, y - h / 2 + dy, w, h)]
        boxes += [Box(x - w / 2, y - r - h - shift, w, h), Box(x - w / 2, y + r + shift, w, h)]
    return boxes


def place_labels(anchors: Sequence[tuple[float, float]], sizes: Sequence[tuple[float, float]],
                 bounds: Box, *, marker: float = 6.0, gap: float = 3.0,
                 avoid: Sequence[Box] = (), reach: int = 3) -> list[Placed]:
    """Place one label of `sizes[i]` (width, height) for each point `anchors[i]` (x, y), in
    order (earlier points get the better places). A label stays inside `bounds`, and never
    covers another label or any point's marker (a square of `marker` around each point). It
    would rather not cover the `avoid` boxes (the chart's own words), but may when that is the
    only way to stay beside its point."""
    if len(anchors) != len(sizes):
        raise ValueError("one size per anchor")
    markers = [Box(x - marker, y - marker, 2 * marker, 2 * marker) for x, y in anchors]
    placed: list[Box] = []
    result: list[Placed] = []
    r = marker + gap
    for (x, y), (w, h) in zip(anchors, sizes, strict=True):

        def free(box: Box, soft: bool) -> bool:
            return (box.inside(bounds)
                    and not any(box.intersects(other) for other in placed)
                    and not any(box.intersects(m) for m in markers)
                    and not (soft and any(box.intersects(a) for a in avoid)))

        near, far = _near(x, y, w, h, r), _far(x, y, w, h, r, reach)
        choice = next(((box, leader) for boxes, leader, soft in (
            (near, False, True), (near, False, False), (far, True, True), (far, True, False))
            for box in boxes if free(box, soft)), None)
        if choice is None:
            result.append(Placed(None))
        else:
            placed.append(choice[0])
            result.append(Placed(*choice))
    return result


def leader_end(box: Box, x: float, y: float) -> tuple[float, float]:
    """The point of `box`'s edge nearest to (x, y): where a leader line from the point ends."""
    return (min(max(x, box.left), box.right), min(max(y, box.top), box.bottom))
