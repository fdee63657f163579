pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The map's legend: a chip per region, in the content's order (never
// re-sorted by language: no chip moves under a finger when the language
// changes); tapping one selects it. Below, the standard the regions follow.
// It scrolls when large text makes it taller than the panel; upright, with
// room for two, the chips stand side by side.
Flickable {
    id: legend
    required property MapModel map
    contentWidth: width
    contentHeight: legendBody.height
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    interactive: contentHeight > height

    Column {
        id: legendBody
        width: legend.width
        spacing: Theme.px(7)
        KText {
            width: parent.width
            text: qsTr("Regions")
            font.bold: true
            elide: Text.ElideNone
        }
        TileGrid {
            id: chips
            width: legend.width
            columns: Theme.portrait && width >= 2 * Theme.px(420) * Theme.textScale ? 2 : 1
            spacing: Theme.px(7)
            minimumHeight: Theme.px(64)
            model: legend.map.regionList
            delegate: Rectangle {
                id: chip
                required property string regionId
                required property string name
                required property string colour
                objectName: "legend_" + regionId
                implicitHeight: chipLabel.implicitHeight + Theme.px(10)
                width: chips.cellWidth
                height: chips.tileHeight(implicitHeight)
                radius: Theme.px(12)
                color: chipTap.pressed ? Theme.accentSoft : Theme.surface
                border.color: Theme.line
                border.width: Theme.edge
                Accessible.role: Accessible.Button
                Accessible.name: name
                Accessible.onPressAction: legend.map.selectRegion(chip.regionId)
                Rectangle {
                    id: swatch
                    x: Theme.px(18)
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.px(26); height: width; radius: width / 2
                    color: chip.colour
                    border.color: Qt.darker(chip.colour, 1.4)
                    border.width: Theme.px(1)
                }
                KText {
                    id: chipLabel
                    anchors.left: swatch.right
                    anchors.leftMargin: Theme.px(16)
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.px(12)
                    anchors.verticalCenter: parent.verticalCenter
                    text: chip.name
                    font.pixelSize: Theme.smallSize
                    lineHeight: 1.0
                    elide: Text.ElideNone
                }
                TapHandler {
                    id: chipTap
                    gesturePolicy: TapHandler.ReleaseWithinBounds
                    onTapped: legend.map.selectRegion(chip.regionId)
                }
            }
        }
        KText {
            objectName: "legendSource"
            width: parent.width
            topPadding: Theme.px(6)
            text: qsTr("Regions and their countries as the UN Statistics Division groups them (M49).")
            color: Theme.inkMuted
            font.pixelSize: Theme.smallSize
            elide: Text.ElideNone
        }
    }
}
