pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The end of a topic: where to go on. "See on the map" for each map region
// the topic names (the map opens with that region chosen), and "Next topic"
// with the next topic's title (after the last, the first again).
Column {
    id: onward
    required property KioskModel kiosk
    readonly property SectionReader reader: kiosk.reader
    spacing: Theme.px(16)
    topPadding: Theme.px(40)
    bottomPadding: Theme.px(56)

    Rectangle {
        width: parent.width
        height: Theme.edge
        color: Theme.line
    }

    Flow {
        id: links
        objectName: "mapLinks"
        visible: onward.reader.regions.length > 0 && onward.kiosk.hasMap
        width: parent.width
        spacing: Theme.px(16)
        KText {
            height: Theme.touch
            verticalAlignment: Text.AlignVCenter
            text: qsTr("See on the map:")
            color: Theme.inkMuted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.NoWrap
        }
        Repeater {
            model: onward.reader.regions
            delegate: TouchButton {
                id: link
                required property var modelData
                objectName: "seeOnMap_" + modelData.regionId
                iconName: "globe"
                text: modelData.name
                onClicked: onward.kiosk.openMap(modelData.regionId)
                // A long name (large text, upright) shrinks to the column
                // rather than run out of it: the room beside the icon.
                readonly property real room: links.width - Theme.px(44) - Theme.px(12)
                                             - Math.round(labelSize * 1.25)
                labelRoom: nameWidth.advanceWidth > room ? room : 0
                TextMetrics {
                    id: nameWidth
                    font.pixelSize: link.labelSize
                    font.bold: true
                    text: link.text
                }
            }
        }
    }

    // "Next topic" and the topic's title under it, wrapping when long (a
    // one-line button would run out of an upright screen with large text).
    Rectangle {
        id: next
        objectName: "nextTopicButton"
        signal clicked()
        visible: onward.reader.nextId !== ""
        width: parent.width
        height: Math.max(Theme.touch, nextWords.implicitHeight + 2 * Theme.px(16))
        radius: Theme.radius
        color: nextTap.pressed ? Theme.accentSoft : Theme.surface
        border.color: nextTap.pressed ? Theme.accent : Theme.line
        border.width: Theme.edge
        scale: nextTap.pressed ? 0.98 : 1
        Behavior on scale { NumberAnimation { duration: 120 } }
        onClicked: onward.kiosk.openSection(onward.reader.nextId)

        Accessible.role: Accessible.Button
        Accessible.name: nextLabel.text + ": " + nextTitle.text
        Accessible.onPressAction: next.clicked()
        activeFocusOnTab: true

        FocusRing {}

        Column {
            id: nextWords
            anchors.left: parent.left
            anchors.right: arrow.left
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Theme.px(24)
            anchors.rightMargin: Theme.px(16)
            spacing: Theme.px(2)
            KText {
                id: nextLabel
                width: parent.width
                text: qsTr("Next topic")
                color: Theme.inkMuted
                font.pixelSize: Theme.smallSize
                elide: Text.ElideNone
            }
            KText {
                id: nextTitle
                objectName: "nextTopicTitle"
                width: parent.width
                text: onward.reader.nextTitle
                color: Theme.accent
                font.bold: true
                elide: Text.ElideNone
            }
        }
        Image {
            id: arrow
            anchors.right: parent.right
            anchors.rightMargin: Theme.px(24)
            anchors.verticalCenter: parent.verticalCenter
            source: Theme.icon("arrow-right", Theme.accent)
            sourceSize.width: Theme.pt(32)
            sourceSize.height: Theme.pt(32)
        }
        TapHandler {
            longPressThreshold: 0   // a slow press is a tap too (TouchButton.qml)
            id: nextTap
            gesturePolicy: TapHandler.ReleaseWithinBounds
            onTapped: next.clicked()
        }
    }
}
