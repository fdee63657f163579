pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The attract screen's letterhead, as the other screens' header has it: the
// flag, framed in white, and the ministry's full name, here in every
// language at once (the first brighter), as everything on this screen is.
// Quiet: smaller than the figures and the ways in, no motion. A name too
// long for its line shrinks to fit (down to three quarters), never wraps,
// so the letterhead keeps one height whatever the content says.
RowLayout {
    id: letterhead
    // kiosk.attract.letterheads: per language, [title, ministry's name].
    required property var letterheads
    readonly property real fit: 0.75
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
            // The flag in its own proportions, 2:3 (resources/flag).
            height: Math.round(names.implicitHeight * 0.9)
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
            model: letterhead.letterheads.map(l => l[1] !== "" ? l[1] : l[0])
            delegate: KText {
                required property int index
                required property string modelData
                objectName: "attractMinistry_" + index
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                text: modelData
                color: index === 0 ? Theme.barInk : Theme.barInkMuted
                font.pixelSize: index === 0 ? Theme.px(28) : Theme.px(22)
                font.bold: index === 0
                lineHeight: 1.0
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Math.round(font.pixelSize * letterhead.fit)
            }
        }
    }
}
