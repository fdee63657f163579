pragma ComponentBehavior: Bound
import QtQuick

// One group of a region's countries under its heading ("States of the
// region", "Territories of the region"): one chip a name, in the order
// Python gives (the alphabet on screen). Hidden when the group is empty.
Column {
    id: group
    required property string listName  // the chips' objectName; heading: + "Heading"
    required property string heading
    required property var names
    visible: names.length > 0
    spacing: Theme.px(8)

    KText {
        objectName: group.listName + "Heading"
        width: group.width
        text: group.heading
        font.bold: true
        elide: Text.ElideNone
    }
    // A list the eye runs down, not a block of commas.
    Flow {
        objectName: group.listName
        width: group.width
        spacing: Theme.px(8)
        Repeater {
            model: group.names
            delegate: Rectangle {
                required property string modelData
                width: Math.min(chip.implicitWidth + 2 * Theme.px(14), group.width)
                height: chip.implicitHeight + 2 * Theme.px(6)
                radius: height / 2
                color: Theme.surface
                border.color: Theme.line
                border.width: Theme.edge
                KText {
                    id: chip
                    x: Theme.px(14)
                    y: Theme.px(6)
                    width: Math.min(implicitWidth, group.width - 2 * Theme.px(14))
                    text: parent.modelData
                    font.pixelSize: Theme.smallSize
                    lineHeight: 1.0
                    elide: Text.ElideNone
                }
            }
        }
    }
}
