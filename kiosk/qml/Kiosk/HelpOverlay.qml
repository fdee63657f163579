pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The help key's overlay: what each key does, in the language on screen.
// The keys themselves come from the one key table (kiosk/models/keypad.py);
// Escape, the help key again, Close or a tap outside close it.
Rectangle {
    id: overlay
    required property Keypad keypad
    objectName: "helpOverlay"
    color: Theme.scrim
    readonly property bool open: keypad !== null && keypad.helpOpen
    opacity: open ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.fade } }
    onOpenChanged: Keyboard.overlay(overlay, open)
    Component.onCompleted: if (open) Keyboard.overlay(overlay, true)

    function dismiss(): void { keypad?.closeHelp() }
    // What each action does, said for a visitor.
    function says(action: string): string {
        switch (action) {
        case "next": return qsTr("Next control")
        case "previous": return qsTr("Previous control")
        case "down": return qsTr("Next control; in a text, read on")
        case "up": return qsTr("Previous control; in a text, read back")
        case "select": return qsTr("Press the control in the frame")
        case "back": return qsTr("Back, or close this window")
        case "help": return qsTr("Open or close this help")
        case "listen": return qsTr("With Listen on: pause, louder, softer")
        }
        return ""
    }

    TapHandler { longPressThreshold: 0; onTapped: overlay.dismiss() }   // a tap outside closes

    OverlayPanel {
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1000) * Math.min(Theme.textScale, 1.3))
        height: column.implicitHeight + 2 * Theme.px(48)
        TapHandler {}    // taps on the panel itself do not close it

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.px(48)
            spacing: Theme.px(28)
            KText {
                objectName: "helpTitle"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Using the keys")
                color: Theme.accent
                font.pixelSize: Theme.pt(44)
                font.bold: true
                elide: Text.ElideNone
            }
            GridLayout {
                width: parent.width
                columns: 2
                columnSpacing: Theme.px(32)
                rowSpacing: Theme.px(14)
                Repeater {
                    model: overlay.keypad?.helpKeys ?? []
                    delegate: KText {
                        required property var modelData
                        required property int index
                        objectName: "helpKeys_" + modelData.action
                        Layout.row: index
                        Layout.column: 0
                        text: modelData.keys
                        font.bold: true
                        wrapMode: Text.NoWrap
                        elide: Text.ElideNone
                    }
                }
                Repeater {
                    model: overlay.keypad?.helpKeys ?? []
                    delegate: KText {
                        required property var modelData
                        required property int index
                        objectName: "helpSays_" + modelData.action
                        Layout.row: index
                        Layout.column: 1
                        Layout.fillWidth: true
                        text: overlay.says(modelData.action)
                        elide: Text.ElideNone
                    }
                }
            }
            TouchButton {
                objectName: "helpClose"
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Close")
                // The help takes the focus here: speech (and a screen reader)
                // says the help itself, not only the button.
                Accessible.description: {
                    const rows = (overlay.keypad?.helpKeys ?? []).map(
                        row => row.keys + ": " + overlay.says(row.action))
                    return [qsTr("Using the keys")].concat(rows).join(". ")
                }
                checked: true
                onClicked: overlay.dismiss()
            }
        }
    }
}
