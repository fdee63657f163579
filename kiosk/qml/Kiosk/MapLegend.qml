pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The map's legend: a key per region (its colour, its name), in the
// content's order (never re-sorted by language: no key moves under a finger
// when the language changes); tapping one chooses it, and the map moves to
// it. A key is a legend's key, not a button: no outline, no fill, a pressed
// shade only under the finger; still a full touch target. Below: what grey
// means (when any country is grey) and the standard the regions follow.
// It scrolls when large text makes it taller than the panel; upright, with
// room for two, the keys stand side by side. How to use the map opens it in
// landscape, beside the list the hint speaks of, and follows the keys
// upright; what the map screen puts in it goes last (the key figures, when
// they do not fit under the map).
Flickable {
    id: legend
    required property MapModel map
    default property alias trailing: trailingItems.data
    contentWidth: width
    contentHeight: legendBody.height
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    interactive: contentHeight > height

    Column {
        id: legendBody
        width: legend.width
        spacing: Theme.px(7)
        // Landscape: how to use the map opens the panel, beside the list.
        // Upright, the panel under the map is short (with large text, the hint
        // alone filled it and no key showed before it scrolled): the keys come
        // first, the hint after them.
        MapHint { visible: !Theme.portrait }
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
                required property int index
                required property string regionId
                required property string name
                objectName: "legend_" + regionId
                implicitHeight: chipLabel.implicitHeight + Theme.px(10)
                width: chips.cellWidth
                height: chips.tileHeight(implicitHeight)
                radius: Theme.px(8)
                color: chipTap.pressed ? Theme.accentSoft : "transparent"
                Accessible.role: Accessible.Button
                Accessible.name: name
                Accessible.onPressAction: legend.map.selectRegion(chip.regionId)
                activeFocusOnTab: true

                FocusRing {}
                // The region's colour as the map draws it: a patch of land
                // with the map's own border.
                Rectangle {
                    id: swatch
                    objectName: "legendSwatch_" + chip.regionId
                    x: Theme.px(8)
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.px(44); height: Theme.px(30); radius: Theme.px(4)
                    color: Theme.regionColour(chip.index)
                    border.color: Theme.line
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
                    longPressThreshold: 0   // a slow press is a tap too (TouchButton.qml)
                    id: chipTap
                    gesturePolicy: TapHandler.ReleaseWithinBounds
                    onTapped: legend.map.selectRegion(chip.regionId)
                }
            }
        }
        MapHint { visible: Theme.portrait; topPadding: Theme.px(10) }
        // Countries in none of the regions above (none with the content as
        // shipped; a region taken out of partners.yaml leaves its countries
        // grey): said, not left for the visitor to guess.
        Row {
            objectName: "legendGrey"
            visible: legend.map.greyCount > 0
            width: parent.width
            spacing: Theme.px(16)
            topPadding: Theme.px(6)
            Rectangle {
                width: Theme.px(44); height: Theme.px(30); radius: Theme.px(4)
                x: Theme.px(8)
                color: Theme.mapLand
                border.color: Theme.line
                border.width: Theme.px(1)
            }
            KText {
                objectName: "legendGreyNote"
                width: parent.width - Theme.px(60)
                text: qsTr("Grey: countries in none of these regions")
                font.pixelSize: Theme.smallSize
                elide: Text.ElideNone
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
        Column {
            id: trailingItems
            width: parent.width
            topPadding: childrenRect.height > 0 ? Theme.px(16) : 0
        }
    }
    // One hint, in one of two places (a Column skips what is hidden).
    component MapHint: KText {
        objectName: "mapHint"
        width: legendBody.width
        bottomPadding: Theme.px(10)
        text: qsTr("Tap a country, or a region in the list, to read about it. Drag to move the map; pinch or use + and − to zoom.")
        color: Theme.inkMuted
        font.pixelSize: Theme.smallSize
        elide: Text.ElideNone
    }
}
