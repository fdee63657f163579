import QtQuick
import Kiosk.Models

// The way back: Home away from home, and Back beside it only where Back
// leads somewhere else (a topic opened from the map). One level below home
// the two would do the same, so only Home is there (KioskModel.backShown).
// Each has one width in every language: a longer word shrinks to fit.
// Compact (a narrow landscape screen), they show their icon only, and keep
// their name for screen readers.
Row {
    id: nav
    required property KioskModel kiosk
    property bool compact: false
    spacing: Theme.px(16)
    // Room for the label: "Baş sahypa", the longest today, takes about six of
    // its ems and shrinks a little to fit.
    readonly property real labelRoom: Math.round(5.5 * Theme.pt(26))
    // What each button takes, shown or not (both are as wide), with its
    // label and compact.
    readonly property real slotWidth: Math.max(Theme.touch, Math.round(1.25 * Theme.pt(26)) + Theme.px(56)
                                               + labelRoom)
    readonly property real compactSlotWidth: Math.max(Theme.touch, Math.round(1.25 * Theme.pt(26)) + Theme.px(44))

    TouchButton {
        objectName: "backButton"
        visible: nav.kiosk.backShown
        onDark: true
        iconName: "arrow-left"
        text: nav.compact ? "" : qsTr("Back")
        Accessible.name: qsTr("Back")
        labelRoom: nav.compact ? 0 : nav.labelRoom
        onClicked: nav.kiosk.goBack()
    }
    TouchButton {
        id: home
        objectName: "homeButton"
        visible: nav.kiosk.screen !== Screens.Home
        onDark: true
        iconName: "home"
        text: nav.compact ? "" : qsTr("Home")
        Accessible.name: qsTr("Home")
        labelRoom: nav.compact ? 0 : nav.labelRoom
        onClicked: nav.kiosk.goHome()
    }
}
