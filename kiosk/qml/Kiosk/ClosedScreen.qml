pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// Outside opening hours: calm and still (no motion at all), the flag and
// the ministry's name, then "closed" and when it opens again in every
// language at once. After a while the display is asked to sleep (ops);
// a touch only wakes it (kiosk/ops/wake_filter.py).
Page {
    id: screen
    objectName: "closedScreen"
    required property KioskModel kiosk

    Rectangle {
        anchors.fill: parent
        color: Theme.bar
    }

    // The carpet guls' band at the top and foot, as under the header.
    GulBand {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
    }
    GulBand {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }

    // Touches land here, and nothing behind the closed screen is pressed.
    MouseArea {
        anchors.fill: parent
    }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1200))
        spacing: Theme.px(36)

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            // The flag framed in white, as in the header.
            width: closedFlag.width + Theme.px(6)
            height: closedFlag.height + Theme.px(6)
            color: Theme.barInk
            Image {
                id: closedFlag
                objectName: "closedFlag"
                anchors.centerIn: parent
                // As large as the screen's calm allows: the one picture on it
                // (upright, the screen is mostly green around the words).
                height: Theme.px(Theme.portrait ? 150 : 110)
                width: Math.round(height * 4 / 3)
                sourceSize.width: width
                sourceSize.height: height
                source: Theme.flag
            }
        }

        // The ministry's name, once per language that has one.
        Repeater {
            model: screen.kiosk.attract.letterheads.filter(l => l[1] !== "")
            delegate: KText {
                required property var modelData
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: modelData[1]
                color: Theme.barInkMuted
                font.pixelSize: Theme.pt(24)
                font.bold: true
            }
        }

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.px(120)
            height: Theme.px(6)
            radius: height / 2
            color: Theme.barInk
        }

        Repeater {
            model: screen.kiosk.closed.messages
            delegate: Column {
                id: message
                required property var modelData
                objectName: "closed_" + modelData.lang
                width: parent.width
                spacing: Theme.px(8)
                KText {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: message.modelData.title
                    font.pixelSize: Theme.pt(44)
                    font.bold: true
                    color: Theme.barInk
                }
                KText {
                    objectName: "reopens_" + message.modelData.lang
                    width: parent.width
                    visible: text !== ""
                    horizontalAlignment: Text.AlignHCenter
                    text: message.modelData.detail
                    color: Theme.barInkMuted
                }
            }
        }
    }
}
