pragma Singleton
import QtQuick

// Colours, sizes and motion in one place. Sizes are given for 1920×1080 and
// scaled to the window by Main.qml; every colour pair used for text meets
// WCAG AA (4.5:1) on the background it is drawn on.
QtObject {
    property real scale: 1
    function px(v) { return Math.round(v * scale) }

    readonly property color green: "#0B5D3B"         // header, accents (7.9:1 with white)
    readonly property color greenPressed: "#06402A"
    readonly property color greenSoft: "#E4EFE8"      // selected / pressed surfaces
    readonly property color page: "#F4F2EC"
    readonly property color surface: "#FFFFFF"
    readonly property color ink: "#1B2420"            // 14.2:1 on page
    readonly property color inkMuted: "#4A5751"       // 6.8:1 on page
    readonly property color light: "#FFFFFF"
    readonly property color lightMuted: "#D5E7DC"   // 6.2:1 on green (tests/ui/test_theme_contrast.py)
    readonly property color line: "#D8D3C6"

    readonly property int bodySize: px(28)            // never below 24 px at 1080p
    readonly property int smallSize: px(24)
    readonly property int touch: px(72)               // touch targets ≥ 64 px at 1080p
    readonly property int gap: px(16)
    readonly property int margin: px(48)
    readonly property int radius: px(14)
    readonly property int fade: 200                   // transitions 150–250 ms
}
