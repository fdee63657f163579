pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// Shown only when the content is unusable as a whole: a calm message in all
// three languages at once, never a traceback, never a blank screen.
Page {
    id: screen
    required property KioskModel kiosk

    DisplayControls {
        objectName: "unavailableDisplayControls"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        onDark: false
        display: screen.kiosk.display
        speech: screen.kiosk.speech
    }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1200))
        spacing: Theme.px(40)

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.px(120)
            height: Theme.px(6)
            radius: height / 2
            color: Theme.accent
        }

        Repeater {
            model: screen.kiosk.unavailableMessages
            delegate: Column {
                id: message
                required property var modelData
                objectName: "unavailable_" + modelData.lang
                width: parent.width
                spacing: Theme.px(10)
                KText {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: message.modelData.title
                    font.pixelSize: Theme.pt(44)
                    font.bold: true
                    color: Theme.accent
                }
                KText {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: message.modelData.detail
                    color: Theme.inkMuted
                }
            }
        }
    }
}
