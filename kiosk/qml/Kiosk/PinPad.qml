pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Ops

// The staff PIN pad. Five wrong PINs lock it, for longer each time (1, 5, 15,
// 60 minutes); a lock over a minute counts down in whole minutes.
Rectangle {
    id: pad
    required property StaffAccess staff
    objectName: "pinPad"
    color: Theme.scrim
    opacity: staff.padOpen ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.fade } }
    // Keys: the pad keeps the focus while it shows; Escape cancels.
    onVisibleChanged: Keyboard.overlay(pad, visible)
    Component.onCompleted: if (visible) Keyboard.overlay(pad, true)   // made open
    function dismiss(): void { staff.cancel() }

    TapHandler {}   // nothing behind the pad reacts while it is open

    OverlayPanel {
        objectName: "pinCard"
        // Wider with large text (a visitor may have left it on): the lock's
        // message and the title take fewer lines, so the card stays on a
        // 1080-line screen.
        width: Theme.px(560) * Theme.textScale
        height: column.implicitHeight + 2 * Theme.px(40)

        ColumnLayout {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.px(40)
            spacing: Theme.px(20)

            KText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Staff access")
                color: Theme.accent
                font.pixelSize: Theme.pt(40)
                font.bold: true
            }
            Row {
                objectName: "pinDots"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredHeight: Theme.px(28)
                spacing: Theme.px(14)
                Repeater {
                    model: pad.staff.enteredCount
                    delegate: Rectangle {
                        width: Theme.px(22)
                        height: width
                        radius: width / 2
                        color: Theme.ink
                    }
                }
            }
            KText {
                objectName: "pinMessage"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                color: Theme.inkMuted
                text: pad.staff.lockedSeconds > 60
                      ? qsTr("Too many wrong PINs. Try again in %n minute(s).", "",
                             Math.ceil(pad.staff.lockedSeconds / 60))
                      : pad.staff.lockedSeconds > 0
                      ? qsTr("Too many wrong PINs. Try again in %n second(s).", "", pad.staff.lockedSeconds)
                      : pad.staff.message === "wrong" ? qsTr("Wrong PIN. Try again.")
                                                      : qsTr("Enter the staff PIN.")
            }
            GridLayout {
                Layout.alignment: Qt.AlignHCenter
                columns: 3
                rowSpacing: Theme.px(14)
                columnSpacing: Theme.px(14)
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"]
                    delegate: TouchButton {
                        required property string modelData
                        objectName: modelData === "erase" ? "pinErase"
                                    : modelData === "ok" ? "pinOk" : "pinKey_" + modelData
                        implicitWidth: Theme.px(130)
                        implicitHeight: Theme.px(96)
                        radius: Theme.px(14)
                        enabled: pad.staff.lockedSeconds === 0
                        checked: modelData === "ok"
                        text: modelData === "erase" ? "⌫" : modelData === "ok" ? qsTr("OK") : modelData
                        Accessible.name: modelData === "erase" ? qsTr("Erase") : text
                        onClicked: modelData === "erase" ? pad.staff.erase()
                                 : modelData === "ok" ? pad.staff.submit() : pad.staff.digit(modelData)
                    }
                }
            }
            TouchButton {
                objectName: "pinCancel"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Cancel")
                onClicked: pad.staff.cancel()
            }
        }
    }
}
