pragma Singleton
import QtQuick

// Colours, sizes and motion in one place.
//
// Sizes are written for a 1920×1080 screen (or 1080×1920 upright) and scaled
// to the window by Main.qml; text sizes also follow the visitor's "Aa"
// choice. Colours are named for what they do, not what they are, so that the
// high-contrast palette can take every role: each text role meets WCAG AA
// (4.5:1) on each background role it is drawn on, in both palettes
// (tests/ui/test_theme_contrast.py computes the ratios from this file).
QtObject {
    id: theme

    // Set by Main.qml.
    property real scale: 1                // the window against 1920×1080
    property real textScale: 1            // 1.5 with large text ("Aa")
    property bool highContrast: false
    property bool portrait: false         // an upright totem screen
    // From the screen's size on the glass (kiosk/models/display_geometry.py):
    // the least scale for text (body text >= 24 px and a few mm, so a
    // 1280×800 screen does not get 16 px text) and the least touch target
    // in pixels (9 mm).
    property real textUnit: 0
    property int touchFloor: 0
    // The first frame is on screen: from now on colour changes may animate.
    // (Before it, the visitor's choices arrive after the items are made, and
    // the first frame must show them finished, not half-way.)
    property bool settled: false
    // Whether an item may be drawn through a layer (a texture of its own).
    // Qt's software renderer draws layers wrong at a device pixel ratio other
    // than 1 (a screen at 150 or 200 %): black at 2, empty at 1.5. A page
    // fading in its layer flashed black, and the attract screen's arcs were
    // gone. There, items are drawn one by one instead (Main.qml sets it).
    property bool layers: true

    readonly property bool largeText: textScale > 1
    function px(v: real): int { return Math.round(v * scale) }               // layout
    // Text: the floor holds for the size the visitor sees, so large text
    // on a small screen is as large as before and standard text no smaller
    // than the floor (1280×800: 24 px body, 28 with "Aa").
    function pt(v: real): int { return Math.round(v * Math.max(scale * textScale, textUnit)) }
    // A display heading (a topic's title) is large already: with "Aa" it grows
    // by a fifth, not by half, so that the text it heads keeps its room (at
    // 1080p a topic opens on its first lines, not on a page of title).
    readonly property real headingScale: 1 + (textScale - 1) * 0.4
    function headingPt(v: real): int { return Math.round(v * Math.max(scale * headingScale, textUnit)) }

    // An icon from resources/icons drawn in one of these colours (the SVGs'
    // own colour is replaced by kiosk/views/icons.py).
    // A region's colour by its row; a row of -1 (a delegate a model reset is
    // taking away) still gets a colour, never undefined.
    function regionColour(row: int): color {
        const n = mapRegions.length
        return mapRegions[((row % n) + n) % n]
    }
    function icon(name: string, colour: color): string {
        return "image://icon/" + name + "/" + String(colour).substring(1)
    }

    // Identity. The green of the national flag: Pantone 348 C, RGB 0-133-58,
    // #00853A, as the colour table of Wikipedia's "Flag of Turkmenistan"
    // gives it (no law publishes a colour code; flag-icons' tm.svg, in
    // resources/flag, draws #00843D, the same green to the eye). White on
    // it is 4.76:1, so it can carry the header's text (WCAG AA).
    readonly property color flagGreen: "#00853A"
    // Headings and the ministry's name: Noto Serif Display (OFL; Turkmen
    // Latin and Cyrillic; kiosk/app.py loads it). Reading text stays Noto Sans.
    readonly property string displayFont: "Noto Serif Display"
    // The flag, as packaged (drawn in its own colours).
    readonly property string flag: "image://icon/flag-tm/000000"

    // Every colour role. Each is required, so the two palettes below name
    // the same roles, and a role one of them lacks is an error at start-up.
    component Palette: QtObject {
        required property color page
        required property color surface
        required property color ink
        required property color inkMuted
        required property color accent          // headings, icons, outlines
        required property color accentSoft      // pressed surfaces
        required property color bar             // the header, the attract screen
        required property color barPressed
        required property color barInk
        required property color barInkMuted
        required property color band            // the ornamental band under the header
        required property color bandInk         // its carpet guls
        required property color selected        // the chosen topic, a checked button
        required property color selectedInk
        required property color line            // card and button edges
        required property color scrim           // behind an overlay
        // The focus ring: two bands, each at least 3:1 against what it may
        // lie on where the other is not (WCAG 2.4.13, technique C40): the
        // outer one against light grounds, the inner one against dark.
        required property color focusOuter
        required property color focusInner
        // The map and the address card's inset (kiosk/views/map_canvas.py
        // paints with them).
        required property color mapSea
        required property color mapLand         // countries outside any region
        required property color mapBorder
        required property color mapHome         // Turkmenistan
        required property color mapHomeEdge
        required property color mapMarker       // Ashgabat's ring
        required property color mapCapital      // Ashgabat's dot
        // The regions, in the order of partners.yaml (the region in row i
        // has colour i): the map, its legend and the region panel take
        // them from here, and nowhere else. Chosen to stay apart for
        // protan, deutan and tritan vision, from each other and from the
        // land, the sea and home, and each at least 3:1 against the sea and
        // the panel it is drawn on (WCAG 1.4.11, non-text contrast): in the
        // standard palette they are the darker, stronger tones, none a pale
        // tint (tests/ui/test_map_palette.py). tools/palette_search.py finds
        // palettes that pass, one hue family per region; these were chosen
        // by eye from its best.
        required property list<color> mapRegions
    }

    readonly property Palette standard: Palette {
        page: "#F4F2EC"
        surface: "#FFFFFF"
        ink: "#1B2420"
        inkMuted: "#4A5751"
        accent: "#0B5D3B"
        accentSoft: "#E4EFE8"
        bar: "#00853A"                  // flagGreen
        barPressed: "#006B2E"
        barInk: "#FFFFFF"
        barInkMuted: "#F7FBF9"          // white on the flag's green is 4.76:1: no room for grey
        // The flag's carpet stripe, quietened: guls in a soft gold on a deep
        // claret (the flag's red, #D22630, darkened).
        band: "#8E1B22"
        bandInk: "#E3B75A"
        selected: "#0B5D3B"
        selectedInk: "#FFFFFF"
        line: "#D8D3C6"
        scrim: "#CC101814"
        focusOuter: "#101814"           // 17:1 on the page, 4.0:1 on the flag's green
        focusInner: "#FFE14D"           // 5.8:1 on a chosen (dark green) button
        mapSea: "#E3EBEF"
        mapLand: "#D3D8D4"
        mapBorder: "#FFFFFF"
        mapHome: "#0B5D3B"
        mapHomeEdge: "#06402A"
        mapMarker: "#FFFFFF"
        mapCapital: "#0B5D3B"
        // Nine hue families a visitor names apart, in an atlas's tones (no
        // primary; chroma under half of pure blue's); none lighter than L* 56,
        // for 3:1 on the pale sea. A chosen region stays apart from every
        // other one faded, so the one chosen is the one that stands out.
        mapRegions: [
            "#A28105",  // Central Asia: ochre gold, the carpet's; light beside home's green
            "#0885DC",  // Europe: the one blue; apart from the orchid and gold it meets
            "#097468",  // Southern Asia: teal, bluer and lighter than home's dark green
            "#A72D4F",  // Eastern Asia: crimson, between teal, gold and blue
            "#BD529B",  // Western Asia: orchid; its neighbours blue, gold, teal, brown
            "#633317",  // Africa: earth brown, dark against the orchid across the Red Sea
            "#393976",  // Northern America: indigo violet, dark against the green below
            "#6A8F61",  // Latin America: sage green, greyer and lighter than home's
            "#716306",  // Oceania: olive; far in hue from South-eastern Asia's crimson
        ]
    }

    // Black and white with a yellow accent: the pairing low-vision visitors
    // know from operating-system high-contrast modes. On the map: a black
    // sea and dark land, black borders between the regions' colours,
    // Turkmenistan in white ringed in yellow.
    readonly property Palette contrast: Palette {
        page: "#000000"
        surface: "#000000"
        ink: "#FFFFFF"
        inkMuted: "#E8E8E8"
        accent: "#FFE14D"
        accentSoft: "#333333"
        bar: "#000000"
        barPressed: "#333333"
        barInk: "#FFFFFF"
        barInkMuted: "#E8E8E8"
        band: "#000000"
        bandInk: "#8C8C8C"
        selected: "#FFE14D"
        selectedInk: "#000000"
        line: "#FFFFFF"
        scrim: "#E6000000"
        focusOuter: "#00E5FF"           // cyan: apart from the white edges and the yellow
        focusInner: "#000000"           // on a chosen (yellow) button
        mapSea: "#000000"
        mapLand: "#5C5C5C"
        mapBorder: "#000000"
        mapHome: "#FFFFFF"
        mapHomeEdge: "#FFE14D"
        mapMarker: "#000000"
        mapCapital: "#FFE14D"
        // The standard palette's families, lighter, on black (3:1 on it), so
        // Europe stays the blue one when high contrast is turned on; none
        // neon, none the land's grey or home's white. Faded towards the dark
        // land, the others must not match the chosen one: so no dim colour.
        mapRegions: [
            "#A45C0C",  // Central Asia: amber, dark beside home's white
            "#3966C7",  // Europe: blue
            "#77E6F3",  // Southern Asia: aqua, light against the amber and pink
            "#FEB7BD",  // Eastern Asia: pink (the red family, light)
            "#BB94B9",  // Western Asia: mauve (plum), between blue, aqua and orange
            "#D57942",  // Africa: orange (brick); lighter than Central Asia's amber
            "#9587ED",  // Northern America: periwinkle violet
            "#8CA980",  // Latin America: sage green, darker than the violet above it
            "#BDCD7C",  // Oceania: pale olive, beside the pink
        ]
    }

    readonly property Palette colours: highContrast ? contrast : standard
    readonly property color page: colours.page
    readonly property color surface: colours.surface
    readonly property color ink: colours.ink
    readonly property color inkMuted: colours.inkMuted
    readonly property color accent: colours.accent
    readonly property color accentSoft: colours.accentSoft
    readonly property color bar: colours.bar
    readonly property color barPressed: colours.barPressed
    readonly property color barInk: colours.barInk
    readonly property color barInkMuted: colours.barInkMuted
    readonly property color band: colours.band
    readonly property color bandInk: colours.bandInk
    readonly property color selected: colours.selected
    readonly property color selectedInk: colours.selectedInk
    readonly property color line: colours.line
    readonly property color scrim: colours.scrim
    readonly property color focusOuter: colours.focusOuter
    readonly property color focusInner: colours.focusInner
    readonly property int focusBand: Math.max(3, px(4))   // each band of the ring
    readonly property color mapSea: colours.mapSea
    readonly property color mapLand: colours.mapLand
    readonly property color mapBorder: colours.mapBorder
    readonly property color mapHome: colours.mapHome
    readonly property color mapHomeEdge: colours.mapHomeEdge
    readonly property color mapMarker: colours.mapMarker
    readonly property color mapCapital: colours.mapCapital
    readonly property list<color> mapRegions: colours.mapRegions
    // A fade into a surface or the page ("more below") starts from it, clear.
    readonly property color surfaceClear: Qt.rgba(surface.r, surface.g, surface.b, 0)
    readonly property color pageClear: Qt.rgba(page.r, page.g, page.b, 0)
    readonly property int edge: highContrast ? px(3) : px(2)    // border widths

    readonly property int bodySize: pt(28)            // never below 24 px at 1080p
    readonly property int smallSize: pt(24)
    readonly property int touch: Math.max(px(72), touchFloor) // ≥ 64 px at 1080p, ≥ 9 mm
    readonly property int margin: px(48)
    readonly property int radius: px(14)
    readonly property int fade: 200                   // transitions 150–250 ms
}
