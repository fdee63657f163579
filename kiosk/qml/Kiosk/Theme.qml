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
    // The first frame is on screen: from now on colour changes may animate.
    // (Before it, the visitor's choices arrive after the items are made, and
    // the first frame must show them finished, not half-way.)
    property bool settled: false

    readonly property bool largeText: textScale > 1
    function px(v: real): int { return Math.round(v * scale) }               // layout
    function pt(v: real): int { return Math.round(v * scale * textScale) }   // text

    // An icon from resources/icons drawn in one of these colours (the SVGs'
    // own colour is replaced by kiosk/views/icons.py).
    function icon(name: string, colour: color): string {
        return "image://icon/" + name + "/" + String(colour).substring(1)
    }

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
        required property color selected        // the chosen topic, a checked button
        required property color selectedInk
        required property color line            // card and button edges
        required property color scrim           // behind an overlay
        // The map and the address card's inset (kiosk/views/map_canvas.py
        // paints with them).
        required property color mapSea
        required property color mapLand         // countries outside any region
        required property color mapBorder
        required property color mapHome         // Turkmenistan
        required property color mapHomeEdge
        required property color mapMarker       // Ashgabat's ring
        required property color mapCapital      // Ashgabat's dot
        required property color mapInsetHome    // Turkmenistan on the inset
        // The regions, in the order of partners.yaml (the region in row i
        // has colour i): the map, its legend and the region panel take
        // them from here, and nowhere else. Chosen to stay apart for
        // protan, deutan and tritan vision, from each other and from the
        // land, the sea and home (tests/ui/test_map_palette.py).
        required property list<color> mapRegions
    }

    readonly property Palette standard: Palette {
        page: "#F4F2EC"
        surface: "#FFFFFF"
        ink: "#1B2420"
        inkMuted: "#4A5751"
        accent: "#0B5D3B"
        accentSoft: "#E4EFE8"
        bar: "#0B5D3B"
        barPressed: "#06402A"
        barInk: "#FFFFFF"
        barInkMuted: "#D5E7DC"
        selected: "#0B5D3B"
        selectedInk: "#FFFFFF"
        line: "#D8D3C6"
        scrim: "#CC101814"
        mapSea: "#E3EBEF"
        mapLand: "#D3D8D4"
        mapBorder: "#FFFFFF"
        mapHome: "#0B5D3B"
        mapHomeEdge: "#06402A"
        mapMarker: "#FFFFFF"
        mapCapital: "#0B5D3B"
        mapInsetHome: "#5E9C80"
        mapRegions: ["#AA4C5B", "#6FD2EE", "#F2DD69", "#898BF2", "#C9F2CA", "#D099A5",
                     "#5E60C4", "#F2696B", "#967290"]
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
        selected: "#FFE14D"
        selectedInk: "#000000"
        line: "#FFFFFF"
        scrim: "#E6000000"
        mapSea: "#000000"
        mapLand: "#5C5C5C"
        mapBorder: "#000000"
        mapHome: "#FFFFFF"
        mapHomeEdge: "#FFE14D"
        mapMarker: "#000000"
        mapCapital: "#FFE14D"
        mapInsetHome: "#FFFFFF"
        mapRegions: ["#7E52D6", "#9CA3FF", "#CADAAD", "#78406E", "#40A07C", "#A1EAFB",
                     "#ED4041", "#EBE240", "#9F7EA1"]
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
    readonly property color selected: colours.selected
    readonly property color selectedInk: colours.selectedInk
    readonly property color line: colours.line
    readonly property color scrim: colours.scrim
    readonly property color mapSea: colours.mapSea
    readonly property color mapLand: colours.mapLand
    readonly property color mapBorder: colours.mapBorder
    readonly property color mapHome: colours.mapHome
    readonly property color mapHomeEdge: colours.mapHomeEdge
    readonly property color mapMarker: colours.mapMarker
    readonly property color mapCapital: colours.mapCapital
    readonly property color mapInsetHome: colours.mapInsetHome
    readonly property list<color> mapRegions: colours.mapRegions
    // A fade into a surface ("more below") starts from that surface, clear.
    readonly property color surfaceClear: Qt.rgba(surface.r, surface.g, surface.b, 0)
    readonly property int edge: highContrast ? px(3) : px(2)    // border widths

    readonly property int bodySize: pt(28)            // never below 24 px at 1080p
    readonly property int smallSize: pt(24)
    readonly property int touch: px(72)               // touch targets ≥ 64 px at 1080p
    readonly property int margin: px(48)
    readonly property int radius: px(14)
    readonly property int fade: 200                   // transitions 150–250 ms
}
