pragma ComponentBehavior: Bound
import QtQuick

// One row of the reader: a paragraph, one bullet of a list, or one numbered
// panel (a short list whose order is its point: the three objectives).
// Every height is a binding on the text, so KeepPlaceList can keep the
// reader's place across a language switch.
Item {
    id: row
    required property int index
    required property string kind
    required property string text
    required property bool continued
    required property int number
    readonly property bool bullet: kind === "bullet"
    readonly property bool numbered: kind === "numbered"
    readonly property int gap: continued ? Theme.px(12) : Theme.px(24)
    objectName: "row_" + index
    height: gap + (numbered ? panel.height : label.implicitHeight)

    Rectangle {
        visible: row.bullet
        x: 0
        y: row.gap + Theme.px(14)
        width: Theme.px(12)
        height: width
        radius: width / 2
        color: Theme.accent
    }

    // A numbered panel: the number large on the left, the text beside it.
    Rectangle {
        id: panel
        objectName: "numberedPanel_" + row.number
        visible: row.numbered
        y: row.gap
        width: parent.width
        height: Math.max(number.implicitHeight, label.implicitHeight) + 2 * Theme.px(20)
        radius: Theme.radius
        color: Theme.accentSoft
        border.color: Theme.line
        border.width: Theme.edge
        KText {
            id: number
            x: Theme.px(24)
            anchors.verticalCenter: parent.verticalCenter
            text: row.number
            color: Theme.accent
            font.pixelSize: Theme.pt(48)
            font.bold: true
            wrapMode: Text.NoWrap
            lineHeight: 1.0
        }
    }
    KText {
        id: label
        x: row.numbered ? Theme.px(100) * Theme.textScale : row.bullet ? Theme.px(32) : 0
        y: row.numbered ? row.gap + (panel.height - implicitHeight) / 2 : row.gap
        width: parent.width - x - (row.numbered ? Theme.px(24) : 0)
        text: row.text
        elide: Text.ElideNone
    }
}
