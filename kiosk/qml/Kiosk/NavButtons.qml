import QtQuick
import Kiosk.Models

// The way back: Home away from home, and Back beside it only where Back
// leads somewhere else (a topic opened from the map). One level below home
// the two would do the same, so only Home is there (KioskModel.backShown).
// Each has one width in every language: a longer word shrinks to fit.
Row {
    id: nav
    required property KioskModel kiosk
    spacing: Theme.px(16)
    // Room for the label: "Baş sahypa", the longest today, takes about six of
    // its ems and shrinks a little to fit.
    readonly property real labelRoom: Math.round(5.5 * Theme.pt(26))
    // What each button takes, shown or not (both are as wide).
    readonly property real slotWidth: home.implicitWidth

    TouchButton {
        objectName: "backButton"
        visible: nav.kiosk.backShown
        onDark: true
        iconName: "arrow-left"
        text: qsTr("Back")
        labelRoom: nav.labelRoom
        onClicked: nav.kiosk.goBack()
    }
    TouchButton {
        id: home
        objectName: "homeButton"
        visible: nav.kiosk.screen !== Screens.Home
        onDark: true
        iconName: "home"
        text: qsTr("Home")
        labelRoom: nav.labelRoom
        onClicked: nav.kiosk.goHome()
    }
}
