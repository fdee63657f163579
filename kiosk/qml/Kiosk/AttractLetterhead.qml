pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The attract screen's letterhead, as the other screens' header has it: the
// flag, framed in white, and the ministry's full name, here in every
// language at once, as everything on this screen is: the first language's
// brighter, on a line of its own, the others together on the line below.
// Quiet: smaller than the figures and the ways in, no motion.
RowLayout {
    id: letterhead
    // kiosk.attract.letterheads: per language, [title, ministry's name].
    required property var letterheads
    spacing: Theme.px(20)

    Rectangle {
        id: frame
        readonly property int padding: Theme.px(3)
        implicitWidth: flag.width + 2 * padding
        implicitHeight: flag.height + 2 * padding
        Layout.alignment: Qt.AlignVCenter
        color: Theme.barInk
        Image {
            id: flag
            objectName: "flag"
            x: frame.padding
            y: frame.padding
            // The flag in its own proportions, 2:3 (resources/flag), as
            // tall as the names beside it, and no taller where they wrap.
            height: Math.min(Math.round(names.implicitHeight * 0.9), Theme.px(64))
            width: Math.round(height * 3 / 2)
            sourceSize.width: width
            sourceSize.height: height
            source: Theme.flag
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Flag of Turkmenistan")
        }
    }

    ColumnLayout {
        id: names
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        Layout.alignment: Qt.AlignVCenter
        spacing: Theme.px(2)
        Repeater {
            // The ministry's name, or the kiosk's title where it has none.
            model: {
                const names = letterhead.letterheads.map(l => l[1] !== "" ? l[1] : l[0])
                return names.length > 1 ? [names[0], names.slice(1).join("  ·  ")] : names
            }
            delegate: KText {
                required property int index
                required property string modelData
                objectName: "attractMinistry_" + index
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                text: modelData
                color: index === 0 ? Theme.barInk : Theme.barInkMuted
                font.pixelSize: index === 0 ? Theme.px(28) : Theme.px(24)
                font.bold: index === 0
                lineHeight: 1.0
                // Wraps where the screen is narrow (upright), never cut: the
                // screen shows every language at once, so no language
                // switch can change its height.
                wrapMode: Text.Wrap
                elide: Text.ElideNone
            }
        }
    }
}
