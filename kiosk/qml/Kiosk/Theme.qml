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
    function px(v) { return Math.round(v * scale) }               // layout
    function pt(v) { return Math.round(v * scale * textScale) }   // text

    // An icon from resources/icons drawn in one of these colours (the SVGs'
    // own colour is replaced by kiosk/views/icons.py).
    function icon(name, colour) {
        return "image://icon/" + name + "/" + String(colour).substring(1)
    }

    readonly property QtObject standard: QtObject {
        readonly property color page: "#F4F2EC"
        readonly property color surface: "#FFFFFF"
        readonly property color ink: "#1B2420"
        readonly property color inkMuted: "#4A5751"
        readonly property color accent: "#0B5D3B"        // headings, icons, outlines
        readonly property color accentSoft: "#E4EFE8"    // pressed surfaces
        readonly property color bar: "#0B5D3B"           // the header, the attract screen
        readonly property color barPressed: "#06402A"
        readonly property color barInk: "#FFFFFF"
        readonly property color barInkMuted: "#D5E7DC"
        readonly property color selected: "#0B5D3B"      // the chosen topic, a checked button
        readonly property color selectedInk: "#FFFFFF"
        readonly property color line: "#D8D3C6"          // card and button edges
        readonly property color scrim: "#CC101814"       // behind an overlay
    }

    // Black and white with a yellow accent: the pairing low-vision visitors
    // know from operating-system high-contrast modes.
    readonly property QtObject contrast: QtObject {
        readonly property color page: "#000000"
        readonly property color surface: "#000000"
        readonly property color ink: "#FFFFFF"
        readonly property color inkMuted: "#E8E8E8"
        readonly property color accent: "#FFE14D"
        readonly property color accentSoft: "#333333"
        readonly property color bar: "#000000"
        readonly property color barPressed: "#333333"
        readonly property color barInk: "#FFFFFF"
        readonly property color barInkMuted: "#E8E8E8"
        readonly property color selected: "#FFE14D"
        readonly property color selectedInk: "#000000"
        readonly property color line: "#FFFFFF"
        readonly property color scrim: "#E6000000"
    }

    readonly property QtObject colours: highContrast ? contrast : standard
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
