from itertools import combinations

from kg.viz.labels import (
    Box,
    overlapping,
    place_along,
    polygons_overlap,
    readable_angle,
    remove_overlaps,
)


def test_boxes_on_one_spot_are_spread_until_none_overlap() -> None:
    boxes = [Box(0.0, 0.0, 20.0 + i, 6.0) for i in range(12)] + [Box(500.0, 500.0, 5.0, 5.0)]
    moved = remove_overlaps(boxes, pad=4.0)
    assert len(moved) == len(boxes)
    assert not any(overlapping(a, b, 4.0) for a, b in combinations(moved, 2))
    assert moved[-1] == boxes[-1]  # a box that overlaps nothing stays put
    assert [b.half_w for b in moved] == [b.half_w for b in boxes]


def test_polygons_overlap() -> None:
    square = Box(0, 0, 1, 1).corners()
    assert polygons_overlap(square, Box(1.5, 0, 1, 1).corners())
    assert not polygons_overlap(square, Box(2.5, 0, 1, 1).corners())
    diamond = ((2.2, 0.0), (3.0, 0.8), (3.8, 0.0), (3.0, -0.8))
    assert not polygons_overlap(square, diamond)


def test_readable_angle_never_upside_down() -> None:
    assert readable_angle(0, 0, 10, 0) == 0
    assert readable_angle(10, 0, 0, 0) == 0
    assert -90 < readable_angle(0, 10, 0, 0) <= 90
    assert readable_angle(0, 0, -10, -10) == 45


def test_label_placed_along_the_edge_clear_of_obstacles() -> None:
    free = place_along((0, 0), (100, 0), 30, 8, [])
    assert free is not None and (free.x, free.y, free.angle) == (50, 0, 0)
    blocked = [Box(50, 0, 6, 6).corners()]
    spot = place_along((0, 0), (100, 0), 20, 8, blocked)
    assert spot is not None and not polygons_overlap(spot.corners, blocked[0])
    assert place_along((0, 0), (100, 0), 90, 8, [], margin=(10, 10)) is None  # too long
    assert place_along((0, 0), (100, 0), 30, 8, [Box(50, 0, 60, 6).corners()]) is None


def test_label_goes_beside_the_line_when_the_line_is_crowded() -> None:
    band = [Box(50, -3, 60, 1).corners()]  # something just under the whole line
    spot = place_along((0, 0), (100, 0), 20, 8, band)
    assert spot is not None and spot.y > 0 and spot.angle == 0
    assert not polygons_overlap(spot.corners, band[0])
