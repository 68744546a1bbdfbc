"""Label geometry for static pictures: spread actors so labels never overlap, fit edge labels.

All lengths are in points (1/72 inch) so that text measured in points and positions share
one unit; the drawing then maps one data unit to one point.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle: centre and half sizes (points)."""

    x: float
    y: float
    half_w: float
    half_h: float

    def moved(self, x: float, y: float) -> Box:
        """Return the same box centred on (x, y)."""
        return Box(x, y, self.half_w, self.half_h)

    def corners(self) -> tuple[tuple[float, float], ...]:
        """Return the four corners, counter-clockwise."""
        x, y, w, h = self.x, self.y, self.half_w, self.half_h
        return ((x - w, y - h), (x + w, y - h), (x + w, y + h), (x - w, y + h))


@dataclass(frozen=True, slots=True)
class EdgeLabel:
    """A label placed along an edge: centre, angle (degrees) and its corners."""

    x: float
    y: float
    angle: float
    corners: tuple[tuple[float, float], ...]


def overlapping(a: Box, b: Box, pad: float = 0.0) -> bool:
    """Whether two boxes overlap once each is grown by ``pad`` / 2 on every side."""
    return (abs(a.x - b.x) < a.half_w + b.half_w + pad
            and abs(a.y - b.y) < a.half_h + b.half_h + pad)


def remove_overlaps(boxes: Sequence[Box], *, pad: float = 4.0, sweeps: int = 400
                    ) -> list[Box]:
    """Move boxes apart until no two overlap (with ``pad`` points between them).

    Every overlapping pair is pushed apart along the axis where it overlaps least, each box
    by half the overlap, all pairs at once per sweep; boxes that overlap nothing stay put, so
    the layout keeps its shape. Boxes with the same centre are split by their index.

    Parameters
    ----------
    boxes : sequence of Box
        Actor boxes (a node with its label).
    pad : float
        Gap left between boxes.
    sweeps : int
        Most rounds; 400 is ample for the few hundred boxes a picture holds.

    Returns
    -------
    list of Box
        The boxes in the same order, moved.

    """
    import numpy as np

    n = len(boxes)
    if n < 2:
        return list(boxes)
    x = np.array([b.x for b in boxes], dtype=float)
    y = np.array([b.y for b in boxes], dtype=float)
    w = np.array([b.half_w for b in boxes], dtype=float)
    h = np.array([b.half_h for b in boxes], dtype=float)
    need_x = w[:, None] + w[None, :] + pad
    need_y = h[:, None] + h[None, :] + pad
    order = np.arange(n)
    tie = np.sign(order[:, None] - order[None, :]).astype(float)  # split equal centres by index
    eye = np.eye(n, dtype=bool)
    for _ in range(sweeps):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        over_x = need_x - np.abs(dx)
        over_y = need_y - np.abs(dy)
        hit = (over_x > 1e-6) & (over_y > 1e-6) & ~eye
        if not hit.any():
            break
        along_x = hit & (over_x <= over_y)
        along_y = hit & ~along_x
        sx = np.where(dx != 0, np.sign(dx), tie)
        sy = np.where(dy != 0, np.sign(dy), tie)
        # half the overlap each, plus a hair so that touching boxes part for good
        x = x + np.where(along_x, sx * (over_x / 2 + 0.05), 0.0).sum(axis=1) / np.maximum(
            1, along_x.sum(axis=1)) ** 0.5
        y = y + np.where(along_y, sy * (over_y / 2 + 0.05), 0.0).sum(axis=1) / np.maximum(
            1, along_y.sum(axis=1)) ** 0.5
    return [b.moved(float(x[i]), float(y[i])) for i, b in enumerate(boxes)]


def _project(corners: Sequence[tuple[float, float]], axis: tuple[float, float]
             ) -> tuple[float, float]:
    values = [cx * axis[0] + cy * axis[1] for cx, cy in corners]
    return min(values), max(values)


def polygons_overlap(a: Sequence[tuple[float, float]], b: Sequence[tuple[float, float]]) -> bool:
    """Whether two convex polygons (corners in order) overlap (separating-axis test)."""
    for poly in (a, b):
        for i, (x1, y1) in enumerate(poly):
            x2, y2 = poly[(i + 1) % len(poly)]
            axis = (y1 - y2, x2 - x1)
            lo_a, hi_a = _project(a, axis)
            lo_b, hi_b = _project(b, axis)
            if hi_a <= lo_b or hi_b <= lo_a:
                return False
    return True


def readable_angle(x1: float, y1: float, x2: float, y2: float) -> float:
    """Return the angle (degrees) of the line through two points, turned to read left to right."""
    angle = math.degrees(math.atan2(y2 - y1, x2 - x1))
    if angle > 90:
        angle -= 180
    elif angle <= -90:
        angle += 180
    return angle


def place_along(start: tuple[float, float], end: tuple[float, float], width: float,
                height: float, obstacles: Sequence[Sequence[tuple[float, float]]], *,
                margin: tuple[float, float] = (0.0, 0.0),
                spots: Sequence[float] = (0.5, 0.4, 0.6, 0.32, 0.68)) -> EdgeLabel | None:
    """Place a ``width`` × ``height`` label along the segment start → end, clear of obstacles.

    Parameters
    ----------
    start, end : (float, float)
        The edge's ends (node centres).
    width, height : float
        The label's size (points), padding included.
    obstacles : sequence of polygons
        Corners of what the label must not cover (actor boxes, labels placed before).
    margin : (float, float)
        Length kept free at the start and at the end (the nodes' radii).
    spots : sequence of float
        Where to try, as fractions of the edge from ``start``.

    Returns
    -------
    EdgeLabel or None
        The first spot where the label lies within the free part of the edge and covers no
        obstacle, on the line or else shifted beside it by 0.6 × its height; ``None`` when the
        label fits nowhere.

    """
    (x1, y1), (x2, y2) = start, end
    length = math.hypot(x2 - x1, y2 - y1)
    if length == 0:
        return None
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    angle = readable_angle(x1, y1, x2, y2)
    rad = math.radians(angle)
    ax_, ay_ = math.cos(rad) * width / 2, math.sin(rad) * width / 2
    bx_, by_ = -math.sin(rad) * height / 2, math.cos(rad) * height / 2
    # on the line first; then just beside it (still read as the line's), above before below
    nx_, ny_ = -math.sin(rad), math.cos(rad)
    for shift in (0.0, height * 0.6, -height * 0.6):
        for t in spots:
            along = t * length
            if along - width / 2 < margin[0] or along + width / 2 > length - margin[1]:
                continue
            cx, cy = x1 + ux * along + nx_ * shift, y1 + uy * along + ny_ * shift
            corners = ((cx - ax_ - bx_, cy - ay_ - by_), (cx + ax_ - bx_, cy + ay_ - by_),
                       (cx + ax_ + bx_, cy + ay_ + by_), (cx - ax_ + bx_, cy - ay_ + by_))
            if not any(polygons_overlap(corners, other) for other in obstacles):
                return EdgeLabel(cx, cy, angle, corners)
    return None
