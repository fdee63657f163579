pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// A topic on home: its name and summary on a card, with the accent bar and,
// where there is room, the way in at its foot; a tap opens the topic. The
// home screen gives it its size (the grid's cell) and the room left under
// the tallest tile's words.
Rectangle {
    id: tile
    required property KioskModel kiosk
    // Room under the tallest tile's words: the way in shows where it fits.
    property real wayInRoom: 0
    required property int index
    required property string sectionId
    required property string title
    required property string summary
    objectName: "tile_" + sectionId
    implicitHeight: words.implicitHeight + Theme.px(34)
    radius: Theme.radius
    color: tap.pressed ? Theme.accentSoft : Theme.surface
    border.color: tap.pressed ? Theme.accent : Theme.line
    border.width: Theme.edge
    scale: tap.pressed ? 0.98 : 1
    Behavior on scale { NumberAnimation { duration: 120 } }

    Accessible.role: Accessible.Button
    Accessible.name: tile.title
    Accessible.description: tile.summary
    Accessible.onPressAction: tile.kiosk.openSection(tile.sectionId)
    activeFocusOnTab: true

    FocusRing {}

    Rectangle {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.px(16)
        width: Theme.px(6)
        radius: width / 2
        color: Theme.accent
    }

    Column {
        id: words
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.px(40)
        anchors.rightMargin: Theme.px(20)
        anchors.topMargin: Theme.px(16)
        spacing: Theme.px(6)

        EvenText {
            objectName: "tileTitle_" + tile.sectionId
            width: parent.width
            text: tile.title
            font.pixelSize: Theme.pt(29)
            font.bold: true
            lineHeight: 1.05
            elide: Text.ElideNone
        }
        KText {
            width: parent.width
            text: tile.summary
            color: Theme.inkMuted
            font.pixelSize: Theme.smallSize
            lineHeight: 1.0
            elide: Text.ElideNone
        }
    }

    // The way in, at the foot of tiles taller than
    // their words (they share the screen's height):
    // the space under a short summary reads as a card
    // to open, not as missing text. On every tile or
    // none: where the tallest text leaves it room (it
    // never makes the tiles scroll).
    Image {
        readonly property int size: Theme.pt(26)
        visible: tile.wayInRoom >= size + Theme.px(8)
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: Theme.px(20)
        anchors.bottomMargin: Theme.px(16)
        source: Theme.icon("arrow-right", Theme.accent)
        sourceSize.width: size
        sourceSize.height: size
        Accessible.ignored: true
    }

    TapHandler {
        longPressThreshold: 0   // a slow press is a tap too (TouchButton.qml)
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: tile.kiosk.openSection(tile.sectionId)
    }
}
