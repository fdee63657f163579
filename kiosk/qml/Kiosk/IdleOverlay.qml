import QtQuick
import Kiosk.Ops

// After a quiet spell: a countdown and a large Continue (WCAG 2.2.1). A tap
// anywhere continues too; at zero the kiosk resets for the next visitor.
Rectangle {
    id: overlay
    required property IdleMonitor idle
    objectName: "idleOverlay"
    color: Theme.scrim
    opacity: idle.warning ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.fade } }
    // Keys: the overlay takes the focus (Continue) and gives it back.
    readonly property bool open: idle.warning
    onOpenChanged: Keyboard.overlay(overlay, open)
    Component.onCompleted: if (open) Keyboard.overlay(overlay, true)
    function dismiss(): void { idle.keepGoing() }   // Escape: Continue

    TapHandler { longPressThreshold: 0; onTapped: overlay.idle.keepGoing() }

    OverlayPanel {
        width: Theme.px(900)
        height: column.implicitHeight + 2 * Theme.px(48)

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.px(48)
            spacing: Theme.px(28)
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
                color: Theme.accent
                font.pixelSize: Theme.pt(48)
                font.bold: true
            }
            KText {
                objectName: "idleCountdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("The screen returns to the start in %n second(s).", "", overlay.idle.secondsLeft)
            }
            TouchButton {
                objectName: "idleContinue"
                anchors.horizontalCenter: parent.horizontalCenter
                implicitHeight: Theme.px(96)
                implicitWidth: Theme.px(420)
                text: qsTr("Continue")
                // Heard first when the warning takes the focus (speech, a
                // screen reader): the question, not only the button.
                Accessible.name: qsTr("Are you still there?") + " " + text
                checked: true
                onClicked: overlay.idle.keepGoing()
            }
        }
    }
}
