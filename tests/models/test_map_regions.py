"""Where each region is framed and labelled, on the real map: regions cut by
the map's edge (the antimeridian) and very large ones are framed sensibly."""

from __future__ import annotations

import math

import pytest

from kiosk import paths
from kiosk.content import load_content
from kiosk.models.map_callout import CALLOUT_GAP
from kiosk.models.map_camera import MapCamera
from kiosk.models.map_hits import contains
from kiosk.models.map_regions import (
    FOREIGN,
    OWN,
    Label,
    RegionPlaces,
    land_under,
    place_label_forms,
    place_labels,
    region_frame,
    ring_area,
)
from kiosk.models.map_shapes import Box, read_world, world_file


@pytest.fixture(scope="module")
def places():
    world = read_world(world_file())
    regions = load_content(paths.default_content_dir()).content.regions
    placed = RegionPlaces()
    placed.place(regions, world.countries, width=world.width, home="TM")
    return world, {r.id: r for r in regions}, placed


def test_ring_area():
    assert ring_area(((0, 0), (4, 0), (4, 3), (0, 3))) == 12


@pytest.mark.parametrize(
    "region", ["oceania", "northern-america", "europe", "eastern-asia", "latin-america"]
)
def test_no_region_is_framed_as_the_whole_world(places, region):
    """Chukotka's tip, the Aleutians' west end and French Polynesia lie at
    the map's other edge: the frame leaves them out (they stay on the map)."""
    world, _, placed = places
    frame = placed.frames[region]
    assert frame.width < 0.5 * world.width, (region, frame)


def test_the_frame_holds_the_regions_main_land(places):
    world, _, placed = places
    checks = {
        "oceania": ("AU", "NZ", "PG"),
        "europe": ("FR", "DE", "RU", "IS", "PT"),
        "northern-america": ("US", "CA"),
        "latin-america": ("BR", "MX", "AR"),
    }
    for region, codes in checks.items():
        frame = placed.frames[region].grown(1e-6)
        for code in codes:
            largest = max(world.countries[code].rings, key=ring_area)
            box = Box.around((largest,))
            assert frame.contains((box.left, box.top)) and frame.contains(
                (box.right, box.bottom)
            ), (
                region,
                code,
            )


def test_frames_leave_out_the_far_edge(places):
    world, _, placed = places
    # French Polynesia sits at the map's west edge; Oceania's frame is east.
    assert placed.frames["oceania"].left > world.width / 2
    assert region_frame([]) is None


def test_labels_sit_inside_their_region(places):
    world, regions, placed = places
    for region_id, anchor in placed.anchors.items():
        region = regions[region_id]
        assert any(
            contains(world.countries[c], anchor) for c in region.countries if c in world.countries
        ), region_id


def test_labels_never_overlap_each_other_or_the_buttons_or_the_edge():
    region = Box(0, 0, 1000, 1000)
    labels = [
        Label("a", 100, 100, 80, 20, region),
        Label("b", 120, 105, 80, 20, region),  # on a: left out
        Label("c", 980, 500, 80, 20, region),  # over the view's edge
        Label("d", 500, 500, 80, 20, region),  # on the buttons
        Label("f", 300, 600, 80, 20, Box(0, 0, 50, 50)),  # wider than its region
        Label("g", 300, 400, 80, 20, region),
    ]
    shown = place_labels(labels, Box(0, 0, 1000, 800), [Box(450, 450, 550, 550)])
    # b moves just below a and c slides in from the edge, to 8 px from it
    # (its anchor still under it); d has no room by its anchor off the
    # buttons and moves elsewhere over its region (land unknown: all of it
    # counts); f (wider than its region) waits.
    assert shown == {
        "a": (100, 100),
        "b": (120, 127),
        "c": (952, 500),
        "d": (500, 400),
        "g": (300, 400),
    }
    view = Box(0, 0, 1000, 800)
    slid = place_labels([Label("c", 975, 500, 80, 20, region)], view, [])
    assert slid == {"c": (952, 500)}  # slid 23 px in: its anchor still under it
    # Too far over the edge to slide in and keep its anchor under it, its
    # region (all beyond the edge) has no other place: hidden.
    beyond = Box(990, 0, 1100, 1000)
    assert place_labels([Label("c", 995, 500, 80, 20, beyond)], view, []) == {}


def _land(*spans: tuple[float, float, float]):
    """Land as horizontal strips (left, right, y ± 15 px), for place_labels."""

    def on_land(box: Box) -> list[int]:
        y = (box.top + box.bottom) / 2
        xs = [box.left + (box.right - box.left) * i / 12 for i in range(13)]
        return [int(any(a <= x <= b and abs(y - at) <= 15 for a, b, at in spans)) for x in xs]

    return on_land


def test_a_label_stands_mostly_on_its_own_land_or_is_hidden():
    view, region = Box(0, 0, 1000, 800), Box(0, 0, 1000, 800)
    # Its anchor off the land's east tip: the label moves west, over the land.
    tip = Label("a", 430, 300, 100, 20, region, land=_land((100, 400, 300)))
    ((x, y),) = place_labels([tip], view, []).values()
    assert (
        x < 430
        and abs(y - 300) <= 15
        and _land((100, 400, 300))(Box(x - 50, y - 10, x + 50, y + 10)).count(True) >= 7
    )
    # A sliver of land narrower than half the label: hidden, not shown over
    # the sea (or a neighbour) around it.
    sliver = Label("b", 400, 300, 100, 20, region, land=_land((380, 420, 300)))
    assert place_labels([sliver], view, []) == {}
    # Chosen, it shows, its middle on the land.
    chosen = Label("b", 400, 300, 100, 20, region, chosen=True, land=_land((380, 420, 300)))
    ((x, y),) = place_labels([chosen], view, []).values()
    assert 380 <= x <= 420 and abs(y - 300) <= 15


def test_the_chosen_regions_label_shows_even_wider_than_its_region():
    """The camera frames the chosen region: its label is shown (emphasised
    in QML) though wider than the region, but never on the buttons."""
    small = Box(280, 590, 320, 610)
    shown = place_labels(
        [Label("f", 300, 600, 80, 20, small, chosen=True)], Box(0, 0, 1000, 800), []
    )
    assert shown == {"f": (300, 600)}
    # On the buttons, it moves over its region, a margin off them.
    region = Box(300, 300, 700, 700)
    on_buttons = [Label("f", 500, 500, 80, 20, region, chosen=True)]
    buttons = [Box(400, 400, 600, 600)]
    ((x, y),) = place_labels(on_buttons, Box(0, 0, 1000, 800), buttons).values()
    box = Box(x - 40, y - 10, x + 40, y + 10)
    assert region.contains((x, y))
    assert box.right <= 392 or box.left >= 608 or box.bottom <= 392 or box.top >= 608, box


def test_a_name_goes_onto_two_lines_only_where_one_line_does_not_fit():
    view, region = Box(0, 0, 1000, 800), Box(0, 0, 1000, 800)
    land = _land((340, 460, 300))  # 120 px of land
    wide = Label("a", 400, 300, 300, 20, region, land=land)
    two = Label("a", 400, 300, 160, 40, region, land=land, lines=2)
    # One line over the sea on both sides: on two lines it stands on its land.
    ((_, form),) = place_label_forms([(wide, two)], view, []).values()
    assert form.lines == 2
    # One line that fits wins, though two would fit too.
    fits = Label("a", 400, 300, 180, 20, region, land=land)
    ((_, form),) = place_label_forms([(fits, two)], view, []).values()
    assert form.lines == 1
    # Neither fits: hidden; chosen, it shows in its last form (two lines).
    narrow = _land((390, 410, 300))
    forms = (Label("a", 400, 300, 300, 20, region, land=narrow),)
    forms += (Label("a", 400, 300, 160, 40, region, land=narrow, lines=2),)
    assert place_label_forms([forms], view, []) == {}
    chosen = tuple(Label(**{**f.__dict__, "chosen": True}) for f in forms)
    ((_, form),) = place_label_forms([chosen], view, []).values()
    assert form.lines == 2


def test_no_label_covers_turkmenistan_or_its_mark(places):
    """At every zoom about Ashgabat, no shown label touches Turkmenistan's box."""
    world, _, placed = places
    placed.home = world.countries["TM"].box
    placed.sizes = {r: (260.0, 40.0) for r in placed.anchors}
    for selection in ("", *placed.anchors):
        for zoom in (1.0, 1.6, 2.6, 4.1, 6.5, 8.0):
            cam = MapCamera(world.width, world.height)
            cam.set_viewport(1200, 700)
            cam.zoom_by(zoom, *cam.to_view(*world.places["ashgabat"]))
            left, top = cam.to_view(placed.home.left, placed.home.top)
            right, bottom = cam.to_view(placed.home.right, placed.home.bottom)
            home = Box(left, top, right, bottom)
            for region_id, (x, y, *_) in placed.spots(cam, selection).items():
                box = Box(x - 130, y - 20, x + 130, y + 20)
                apart = (
                    box.right < home.left
                    or home.right < box.left
                    or box.bottom < home.top
                    or home.bottom < box.top
                )
                assert apart, (selection, zoom, region_id)


def test_labels_follow_the_zoom(places):
    """Labels follow the zoom: Turkmenistan's region, a callout
    off its land at the world's zoom, stands on it once there is room."""
    world, _, placed = places
    placed.sizes = {r: (150.0, 30.0) for r in placed.anchors}
    cam = MapCamera(world.width, world.height)
    cam.set_viewport(1200, 600)
    few = placed.spots(cam, "")
    cam.zoom_by(3, *cam.to_view(*placed.anchors["central-asia"]))
    more = placed.spots(cam, "")
    assert len(few["central-asia"]) == 6 and len(more["central-asia"]) == 4


@pytest.mark.parametrize("label_size", [(300.0, 34.0), (420.0, 44.0)], ids=["text", "large-text"])
@pytest.mark.parametrize(
    "view", [(1264, 536), (1000, 760), (846, 412)], ids=["wide", "upright", "small"]
)
def test_turkmenistans_region_is_named_at_the_worlds_zoom_by_a_callout(places, view, label_size):
    """Central Asia, too small for its name at the world's zoom, is named off
    its land: the label whole in the view, on no other label, off the
    buttons and Turkmenistan's mark, at least CALLOUT_GAP label heights from
    the anchor its leader line goes to, and the anchor on its own land."""
    world, regions, placed = places
    width, height = view
    w, h = label_size
    # Real labels are as wide as their names: Europe's is short.
    placed.sizes = {r: (w if r != "europe" else w / 2, h) for r in placed.anchors}
    buttons = Box(16, height - 250, 90, height - 16)
    placed.keep_out = (buttons,)
    cam = MapCamera(world.width, world.height)
    cam.set_viewport(width, height)
    cam.set_home(placed.land(), placed.anchor_box())
    cam.show(cam.home())
    spots = placed.spots(cam, "")
    x, y, _, box_width, ax, ay = spots["central-asia"]
    box = Box(x - box_width / 2, y - h / 2, x + box_width / 2, y + h / 2)
    assert box.left >= 8 and box.right <= width - 8 and box.top >= 8 and box.bottom <= height - 8
    home = placed.home_box(cam)
    for other in [buttons.grown(8), home]:
        assert (
            box.right <= other.left
            or other.right <= box.left
            or box.bottom <= other.top
            or (other.bottom <= box.top)
        )
    for region_id, (ox, oy, _, ow, *_) in spots.items():
        if region_id != "central-asia":
            assert abs(ox - x) >= (ow + box_width) / 2 or abs(oy - y) >= h, region_id
    gap = math.hypot(max(box.left - ax, 0, ax - box.right), max(box.top - ay, 0, ay - box.bottom))
    assert gap >= CALLOUT_GAP * h - 1
    shapes = [world.countries[c] for c in regions["central-asia"].countries]
    assert any(contains(s, cam.to_map(ax, ay)) for s in shapes)


# Label boxes as the kiosk reserves them (view pixels), small and large text.
LABEL_SIZES = {"text": (300.0, 34.0), "large-text": (480.0, 44.0)}
VIEWS = {"landscape": (1300, 540), "portrait": (1000, 760), "small": (846, 412)}


@pytest.mark.parametrize("label_size", LABEL_SIZES.values(), ids=LABEL_SIZES.keys())
@pytest.mark.parametrize("view", VIEWS.values(), ids=VIEWS.keys())
def test_every_label_stands_on_its_own_land_a_margin_off_edges_and_buttons(
    places, view, label_size
):
    """The first view and every region framed: each shown label keeps
    EDGE_ROOM from the view's edges and the buttons, at least half its
    centre line lies over its own region's land and at most a quarter over
    other regions' land; the chosen region's label always shows, centred on its land."""
    world, _, placed = places
    placed.sizes = {r: label_size for r in placed.anchors}
    width, height = view
    buttons = Box(width - 90, height - 250, width - 16, height - 16)
    placed.keep_out = (buttons,)
    for selection in ("", *placed.frames):
        cam = MapCamera(world.width, world.height)
        cam.set_viewport(width, height)
        cam.set_home(placed.land(), placed.anchor_box())
        cam.show(cam.framing(placed.frames[selection]) if selection else cam.home())
        spots = placed.spots(cam, selection)
        assert not selection or selection in spots, (view, selection)
        w, h = label_size
        for region_id, (x, y, lines, _, *leader) in spots.items():
            assert lines == 1  # no two-line sizes given here
            if leader:  # a callout off its land (its own test), with no region chosen
                assert region_id == "central-asia" and not selection, (view, selection)
                continue
            box = Box(x - w / 2, y - h / 2, x + w / 2, y + h / 2)
            where = (view, label_size, selection, region_id, box)
            assert box.left >= 8 and box.right <= width - 8, where
            assert box.top >= 8 and box.bottom <= height - 8, where
            near = buttons.grown(8)
            assert (
                box.right <= near.left
                or near.right <= box.left
                or box.bottom <= near.top
                or near.bottom <= box.top
            ), where
            under = land_under(box, region_id, placed.land_index, cam.to_map)
            well = under.count(OWN) >= 0.5 * len(under) and under.count(FOREIGN) <= len(under) / 4
            # Wider than its land (a long name, large text), the chosen
            # region's label still stands with its middle on it.
            assert well or (region_id == selection and under[len(under) // 2] == OWN), where
