import QtQuick
import Kiosk.Models

// Upright, every control of the chrome at the bottom of the screen, within
// reach of a child or a seated visitor (a totem's top is far above them):
// the languages above, Back and Home, Aa and contrast below. Its rows
// depend on the window and the text size, never on the language.
Rectangle {
    id: bar
    required property KioskModel kiosk
    objectName: "navBar"
    implicitHeight: controls.implicitHeight + 2 * Theme.px(20)
    color: Theme.bar

    ChromeControls {
        id: controls
        kiosk: bar.kiosk
        twoRows: true
        keepNavPlace: true
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
    }

    // In high contrast the bar is as black as the page: a rule keeps them apart.
    Rectangle {
        visible: Theme.highContrast
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Theme.edge
        color: Theme.line
    }
}
