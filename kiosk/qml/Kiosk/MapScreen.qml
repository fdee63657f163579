pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The world's regions (UN M49) on an offline map. Tap a country or a legend
// chip to read about its region; one finger pans, two fingers zoom, and the + − and
// reset buttons do the same for anyone who does not pinch.
Page {
    id: screen
    required property KioskModel kiosk
    readonly property MapModel map: kiosk.map

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.px(20)

        // The title and how to use the map; the hint takes a row of
        // its own when the two do not fit side by side.
        GridLayout {
            id: top
            readonly property bool oneRow: heading.implicitWidth + Theme.px(560)
                                           + columnSpacing <= width
            Layout.fillWidth: true
            columns: oneRow ? 2 : 1
            columnSpacing: Theme.px(32)
            rowSpacing: Theme.px(12)
            KText {
                id: heading
                text: qsTr("Regions of the world")
                color: Theme.accent
                font.pixelSize: Theme.pt(40)
                font.bold: true
                elide: Text.ElideNone
                Layout.fillWidth: !top.oneRow
            }
            KText {
                Layout.fillWidth: true
                text: qsTr("Tap a country, or a region in the list, to read about it. Drag to move the map; pinch or use + and − to zoom.")
                color: Theme.inkMuted
                font.pixelSize: Theme.smallSize
                elide: Text.ElideNone
            }
        }

        // Landscape: the map and the key figures, the region panel beside
        // them. Upright: the map across the screen, the panel below it.
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.px(32)
            rowSpacing: Theme.px(20)

            ColumnLayout {
                id: mapColumn
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.minimumWidth: 0
                Layout.fillHeight: !Theme.portrait
                spacing: Theme.px(16)

                WorldMap {
                    id: frame
                    map: screen.map
                    Layout.fillWidth: true
                    // The map's own shape, or shorter when the screen is short
                    // (large text); the key figures sit right under it.
                    Layout.preferredHeight: Math.round(width * screen.map.aspect)
                    Layout.maximumHeight: Math.round(width * screen.map.aspect)
                    Layout.minimumHeight: Theme.px(200)
                    Layout.fillHeight: !Theme.portrait
                }

                // The key to Turkmenistan's mark and the key figures: in a row when they
                // fit, one under another when not.
                GridLayout {
                    id: figures
                    readonly property real labelWidth: Theme.px(360) * Math.min(Theme.textScale, 1.2)
                    readonly property bool oneRow: width >= homeChipBox.implicitWidth + 3 * columnSpacing
                                                           + 2 * (Theme.pt(48) * 1.8 + Theme.px(14) + labelWidth)
                    readonly property bool twoUp: width >= 2 * (Theme.pt(48) * 1.8 + Theme.px(14) + Theme.px(300))
                                                         + columnSpacing
                    Layout.fillWidth: true
                    // Its width comes from the column, never from its own
                    // contents (which change with that width: no feedback loop).
                    Layout.preferredWidth: 1
                    Layout.minimumWidth: 0
                    Layout.alignment: Qt.AlignTop
                    columns: oneRow ? 4 : twoUp ? 2 : 1
                    columnSpacing: Theme.px(20)
                    rowSpacing: Theme.px(12)
                    HomeKey {
                        id: homeChipBox
                        Layout.columnSpan: figures.oneRow ? 1 : figures.columns
                        name: screen.map.homeName
                    }
                    Item { visible: figures.oneRow; Layout.fillWidth: true }
                    Repeater {
                        model: screen.kiosk.figures
                        delegate: RowLayout {
                            id: mapFigure
                            required property int index
                            required property string value
                            required property string label
                            objectName: "mapFigure_" + index
                            spacing: Theme.px(14)
                            Layout.fillWidth: !figures.oneRow
                            Layout.preferredWidth: figures.oneRow ? -1 : 1
                            KText {
                                text: mapFigure.value
                                color: Theme.accent
                                font.pixelSize: Theme.pt(48)
                                font.bold: true
                                wrapMode: Text.NoWrap
                            }
                            KText {
                                Layout.preferredWidth: figures.oneRow ? figures.labelWidth : 1
                                Layout.fillWidth: !figures.oneRow
                                text: mapFigure.label
                                color: Theme.inkMuted
                                font.pixelSize: Theme.smallSize
                                lineHeight: 1.0
                                elide: Text.ElideNone
                            }
                        }
                    }
                }
            }

            RegionPanel {
                kiosk: screen.kiosk
                Layout.preferredWidth: Theme.portrait ? -1 : Theme.px(520) * Math.min(Theme.textScale, 1.25)
                Layout.fillWidth: Theme.portrait
                Layout.fillHeight: true
            }
        }
    }
}
