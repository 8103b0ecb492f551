"""Where the labels of a chart's points go, so that no label covers another label or any point:
for each point in turn (the first get the best places), the first free place among a few
around the point, then farther away (drawn with a leader line to the point), each first with
the label's full text and then with its short form (a rank number, say). A label would rather
not cover the chart's own words (`avoid`), but may when that is the only place left near its
point. Plain geometry, y growing upwards as in a PDF; no reportlab, tested on its own.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        """More than a shared edge in common."""
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 \
            and other.y0 < self.y1

    def inside(self, bounds: Box) -> bool:
        return (self.x0 >= bounds.x0 and self.y0 >= bounds.y0 and self.x1 <= bounds.x1
                and self.y1 <= bounds.y1)

    def nearest(self, x: float, y: float) -> tuple[float, float]:
        """The point of the box nearest to (x, y): where a leader line from (x, y) ends."""
        return min(max(x, self.x0), self.x1), min(max(y, self.y0), self.y1)


@dataclass(frozen=True)
class Placed:
    """Where a label goes: `box` (None when there is no room anywhere), `form` the index of the
    text used (0 the full one, 1 the short one...), `leader` when away from its point."""

    box: Box | None
    form: int = 0
    leader: bool = False


def _near(x: float, y: float, w: float, h: float, r: float) -> list[Box]:
    """Right, left, above, below, then the four corners, touching the point's marker."""
    d = r * 0.7
    return [Box(x + r, y - h / 2, x + r + w, y + h / 2),
            Box(x - r - w, y - h / 2, x - r, y + h / 2),
            Box(x - w / 2, y + r, x + w / 2, y + r + h),
            Box(x - w / 2, y - r - h, x + w / 2, y - r),
            Box(x + d, y + d, x + d + w, y + d + h),
            Box(x + d, y - d - h, x + d + w, y - d),
            Box(x - d - w, y + d, x - d, y + d + h),
            Box(x - d - w, y - d - h, x - d, y - d)]


def _far(x: float, y: float, w: float, h: float, r: float, reach: int) -> list[Box]:
    """Places one label height farther out at each step: beside, above and below."""
    boxes = []
    for step in range(1, reach + 1):
        shift = step * (h + 2)
        for dy in (shift, -shift):
            boxes.append(Box(x + r + 4, y - h / 2 + dy, x + r + 4 + w, y + h / 2 + dy))
            boxes.append(Box(x - r - 4 - w, y - h / 2 + dy, x - r - 4, y + h / 2 + dy))
        boxes.append(Box(x - w / 2, y + r + shift, x + w / 2, y + r + shift + h))
        boxes.append(Box(x - w / 2, y - r - shift - h, x + w / 2, y - r - shift))
    return boxes


def place_labels(anchors: Sequence[tuple[float, float]],
                 sizes: Sequence[Sequence[tuple[float, float]]], bounds: Box, *,
                 marker: float = 4.0, gap: float = 1.5, avoid: Sequence[Box] = (),
                 reach: int = 4) -> list[Placed]:
    """One label per point `anchors[i]`; `sizes[i]` the (width, height) of each form of its
    text, the preferred first. Labels stay inside `bounds` and never overlap each other or a
    point's marker (a square of half-side `marker` around every point)."""
    if len(anchors) != len(sizes):
        raise ValueError("one list of sizes per anchor")
    markers = [Box(x - marker, y - marker, x + marker, y + marker) for x, y in anchors]
    placed: list[Box] = []
    result: list[Placed] = []
    r = marker + gap
    for (x, y), forms in zip(anchors, sizes):

        def free(box: Box, strict: bool) -> bool:
            return (box.inside(bounds) and not any(box.overlaps(b) for b in placed)
                    and not any(box.overlaps(m) for m in markers)
                    and not (strict and any(box.overlaps(a) for a in avoid)))

        tries = [(form, near, strict) for strict in (True, False) for near in (True, False)
                 for form in range(len(forms))]
        choice = None
        for form, near, strict in tries:
            w, h = forms[form]
            boxes = _near(x, y, w, h, r) if near else _far(x, y, w, h, r, reach)
            box = next((b for b in boxes if free(b, strict)), None)
            if box is not None:
                choice = Placed(box, form, leader=not near)
                break
        if choice is None:
            result.append(Placed(None))
        else:
            placed.append(choice.box)  # type: ignore[arg-type]
            result.append(choice)
    return result
