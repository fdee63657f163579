import QtQuick
import Kiosk.Models

// Large text ("Aa") and high contrast: on every screen, for any visitor, and
// both off again at the idle reset (kiosk/models/display_prefs.py).
Row {
    id: controls
    required property DisplayPrefs display
    property bool onDark: true
    signal used()
    spacing: Theme.px(12)

    TouchButton {
        objectName: "largeTextButton"
        onDark: controls.onDark
        toggle: true
        checked: controls.display.largeText
        text: "Aa"
        // The label says what the button does; the sign stays the same size.
        labelSize: Theme.px(30)
        Accessible.name: qsTr("Large text")
        onClicked: { controls.display.toggleLargeText(); controls.used() }
    }
    TouchButton {
        objectName: "contrastButton"
        onDark: controls.onDark
        toggle: true
        checked: controls.display.highContrast
        iconName: "contrast"
        labelSize: Theme.px(30)
        Accessible.name: qsTr("High contrast")
        onClicked: { controls.display.toggleHighContrast(); controls.used() }
    }
}
