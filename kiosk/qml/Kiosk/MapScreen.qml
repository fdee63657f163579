import QtQuick
import QtQuick.Layouts
import Kiosk.Models
import Kiosk.Views

// Partner regions on an offline world map. Tap a country or a legend chip to
// read about its region; one finger pans, two fingers zoom, and the + − and
// reset buttons do the same for anyone who does not pinch.
Page {
    id: screen
    required property KioskModel kiosk
    readonly property MapModel map: kiosk.map
    readonly property var info: map.selectionInfo

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.px(20)

        // Back, the title and how to use the map; the hint takes a row of
        // its own when the three do not fit side by side.
        GridLayout {
            id: top
            readonly property bool oneRow: back.implicitWidth + heading.implicitWidth + Theme.px(560)
                                           + 2 * columnSpacing <= width
            Layout.fillWidth: true
            columns: oneRow ? 3 : 2
            columnSpacing: Theme.px(32)
            rowSpacing: Theme.px(12)
            TouchButton {
                id: back
                objectName: "mapBackButton"
                text: qsTr("Back")
                iconName: "arrow-left"
                onClicked: screen.kiosk.goBack()
            }
            KText {
                id: heading
                text: qsTr("Partners around the world")
                color: Theme.accent
                font.pixelSize: Theme.pt(40)
                font.bold: true
                elide: Text.ElideNone
                Layout.fillWidth: !top.oneRow
            }
            KText {
                Layout.fillWidth: true
                Layout.columnSpan: top.oneRow ? 1 : 2
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

                Rectangle {
                    id: frame
                    Layout.fillWidth: true
                    // The map's own shape, or shorter when the screen is short
                    // (large text); the key figures sit right under it.
                    Layout.preferredHeight: Math.round(width * screen.map.aspect)
                    Layout.maximumHeight: Math.round(width * screen.map.aspect)
                    Layout.minimumHeight: Theme.px(200)
                    Layout.fillHeight: !Theme.portrait
                    radius: Theme.radius
                    color: "transparent"        // the canvas paints its own sea
                    border.color: Theme.line
                    border.width: Theme.edge
                    clip: true

                    Item {
                        id: viewport
                        objectName: "mapViewport"
                        anchors.fill: parent
                        anchors.margins: Theme.px(2)
                        clip: true

                        WorldMapCanvas {
                            id: canvas
                            objectName: "mapCanvas"
                            width: viewport.width
                            height: viewport.height
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("World map of the partner regions")
                            // Painted only while visible; the geometry is loaded
                            // after the kiosk's first frame, never at start-up.
                            model: screen.map
                            seaColor: Theme.mapSea
                            landColor: Theme.mapLand
                            borderColor: Theme.mapBorder
                            homeColor: Theme.mapHome
                            homeBorderColor: Theme.mapHomeEdge
                            markerColor: Theme.mapMarker
                            capitalColor: Theme.mapCapital
                            transform: [
                                Scale { xScale: screen.map.liveScale; yScale: screen.map.liveScale },
                                Translate { x: screen.map.liveX; y: screen.map.liveY }
                            ]
                        }

                        PinchHandler {
                            id: pinch
                            target: null
                            property real lastScale: 1
                            property point lastTranslation: Qt.point(0, 0)
                            onActiveChanged: {
                                lastScale = 1
                                lastTranslation = Qt.point(0, 0)
                                if (!active) screen.map.settle()
                            }
                            onActiveScaleChanged: {
                                screen.map.zoomBy(activeScale / lastScale,
                                                  centroid.position.x, centroid.position.y)
                                lastScale = activeScale
                            }
                            onActiveTranslationChanged: {
                                screen.map.panBy(activeTranslation.x - lastTranslation.x,
                                                 activeTranslation.y - lastTranslation.y)
                                lastTranslation = activeTranslation
                            }
                        }
                        DragHandler {
                            id: drag
                            target: null
                            minimumPointCount: 1
                            maximumPointCount: 1
                            property point last: Qt.point(0, 0)
                            onActiveChanged: {
                                last = Qt.point(0, 0)
                                if (!active) screen.map.settle()
                            }
                            onActiveTranslationChanged: {
                                screen.map.panBy(activeTranslation.x - last.x, activeTranslation.y - last.y)
                                last = activeTranslation
                            }
                        }
                        TapHandler {
                            onTapped: (eventPoint) => screen.map.tapAt(eventPoint.position.x,
                                                                      eventPoint.position.y)
                        }
                    }

                    // Zoom buttons: a column, or a row when the map is short.
                    Grid {
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        anchors.margins: Theme.px(16)
                        columns: frame.height >= 3 * Theme.touch + 2 * spacing + Theme.px(60) ? 1 : 3
                        spacing: Theme.px(10)
                        TouchButton {
                            objectName: "zoomIn"
                            text: "+"
                            Accessible.name: qsTr("Zoom in")
                            onClicked: screen.map.zoomIn()
                        }
                        TouchButton {
                            objectName: "zoomOut"
                            text: "−"
                            Accessible.name: qsTr("Zoom out")
                            onClicked: screen.map.zoomOut()
                        }
                        TouchButton {
                            objectName: "zoomReset"
                            text: "⟲"
                            Accessible.name: qsTr("Whole world")
                            onClicked: screen.map.resetView()
                        }
                    }
                }

                // Turkmenistan's chip and the key figures: in a row when they
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
                    Rectangle {
                        id: homeChipBox
                        Layout.columnSpan: figures.oneRow ? 1 : figures.columns
                        implicitHeight: Math.max(Theme.touch, homeChip.implicitHeight + Theme.px(20))
                        implicitWidth: homeChip.implicitWidth + Theme.px(74)
                        radius: Math.min(height / 2, Theme.px(36))
                        color: Theme.selected
                        Rectangle {
                            x: Theme.px(20)
                            anchors.verticalCenter: parent.verticalCenter
                            width: Theme.px(22); height: width; radius: width / 2
                            color: Theme.selectedInk
                        }
                        KText {
                            id: homeChip
                            x: Theme.px(54)
                            anchors.verticalCenter: parent.verticalCenter
                            text: screen.map.homeName
                            color: Theme.selectedInk
                            font.pixelSize: Theme.smallSize
                            font.bold: true
                            wrapMode: Text.NoWrap
                        }
                    }
                    Item { visible: figures.oneRow; Layout.fillWidth: true }
                    Repeater {
                        model: screen.kiosk.figures
                        delegate: RowLayout {
                            required property int index
                            required property string value
                            required property string label
                            objectName: "mapFigure_" + index
                            spacing: Theme.px(14)
                            Layout.fillWidth: !figures.oneRow
                            Layout.preferredWidth: figures.oneRow ? -1 : 1
                            KText {
                                text: value
                                color: Theme.accent
                                font.pixelSize: Theme.pt(48)
                                font.bold: true
                                wrapMode: Text.NoWrap
                            }
                            KText {
                                Layout.preferredWidth: figures.oneRow ? figures.labelWidth : 1
                                Layout.fillWidth: !figures.oneRow
                                text: label
                                color: Theme.inkMuted
                                font.pixelSize: Theme.smallSize
                                lineHeight: 1.0
                                elide: Text.ElideNone
                            }
                        }
                    }
                }
            }

            // The region's story, or the key figures while nothing is chosen.
            Rectangle {
                objectName: "regionPanel"
                Layout.preferredWidth: Theme.portrait ? -1 : Theme.px(520) * Math.min(Theme.textScale, 1.25)
                Layout.fillWidth: Theme.portrait
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.line
                border.width: Theme.edge

                // The legend: a row per region; tapping one selects it. It
                // scrolls when large text makes it taller than the panel.
                Flickable {
                    id: legend
                    objectName: "legend"
                    readonly property int columns: Theme.portrait && width >= 2 * Theme.px(420) * Theme.textScale ? 2 : 1
                    readonly property int gap: Theme.px(7)
                    readonly property real cellWidth: Math.floor((width - (columns - 1) * gap) / columns)
                    // Chips made so far: the Repeater's count changes before
                    // its chips exist, so `tallest` is measured again as each
                    // one arrives (else it keeps the height of none).
                    property int made: 0
                    readonly property real tallest: {
                        let most = Theme.px(64)
                        for (let i = 0; i < Math.min(made, chips.count); ++i) {
                            const chip = chips.itemAt(i)
                            if (chip) most = Math.max(most, chip.needed)
                        }
                        return most
                    }
                    visible: !screen.info.id
                    anchors.fill: parent
                    anchors.margins: Theme.px(16)
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
                            text: qsTr("Partner regions")
                            font.bold: true
                            elide: Text.ElideNone
                        }
                        Grid {
                            columns: legend.columns
                            spacing: legend.gap
                            Repeater {
                                id: chips
                                model: screen.map.regionList
                                onItemAdded: legend.made++
                                onItemRemoved: legend.made--
                                delegate: Rectangle {
                                    id: chip
                                    required property string regionId
                                    required property string name
                                    required property string colour
                                    readonly property real needed: chipLabel.implicitHeight + Theme.px(10)
                                    objectName: "legend_" + regionId
                                    width: legend.cellWidth
                                    // Side by side, chips share one height; in a
                                    // single column each is as tall as it needs.
                                    height: legend.columns > 1 ? legend.tallest : Math.max(Theme.px(64), needed)
                                    radius: Theme.px(12)
                                    color: chipTap.pressed ? Theme.accentSoft : Theme.surface
                                    border.color: Theme.line
                                    border.width: Theme.edge
                                    Accessible.role: Accessible.Button
                                    Accessible.name: name
                                    Accessible.onPressAction: screen.map.selectRegion(regionId)
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
                                        onTapped: screen.map.selectRegion(chip.regionId)
                                    }
                                }
                            }
                        }
                    }
                }

                Flickable {
                    id: details
                    objectName: "regionDetails"
                    visible: !!screen.info.id
                    anchors.fill: parent
                    anchors.margins: Theme.px(36)
                    contentHeight: body.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    Column {
                        id: body
                        width: details.width
                        spacing: Theme.px(18)
                        RowLayout {
                            width: parent.width
                            spacing: Theme.px(16)
                            Rectangle {
                                Layout.preferredWidth: Theme.px(28)
                                Layout.preferredHeight: Theme.px(28)
                                Layout.alignment: Qt.AlignTop
                                Layout.topMargin: Theme.px(10)
                                radius: width / 2
                                color: screen.info.colour || "transparent"
                            }
                            KText {
                                objectName: "regionName"
                                Layout.fillWidth: true
                                text: screen.info.name || ""
                                color: Theme.accent
                                font.pixelSize: Theme.pt(36)
                                font.bold: true
                                elide: Text.ElideNone
                            }
                            TouchButton {
                                objectName: "regionClose"
                                Layout.alignment: Qt.AlignTop
                                text: "✕"
                                Accessible.name: qsTr("Close")
                                onClicked: screen.map.clearSelection()
                            }
                        }
                        KText {
                            objectName: "regionText"
                            width: parent.width
                            text: screen.info.text || ""
                            elide: Text.ElideNone
                        }
                        KText {
                            visible: (screen.info.formats || []).length > 0
                            width: parent.width
                            text: qsTr("Dialogue formats")
                            font.bold: true
                            elide: Text.ElideNone
                        }
                        Repeater {
                            model: screen.info.formats || []
                            delegate: KText {
                                required property string modelData
                                width: body.width
                                text: "• " + modelData
                                font.pixelSize: Theme.smallSize
                                elide: Text.ElideNone
                            }
                        }
                        KText {
                            width: parent.width
                            text: qsTr("Countries")
                            font.bold: true
                            elide: Text.ElideNone
                        }
                        KText {
                            objectName: "regionCountries"
                            width: parent.width
                            text: (screen.info.countries || []).join(", ")
                            color: Theme.inkMuted
                            font.pixelSize: Theme.smallSize
                            elide: Text.ElideNone
                        }
                    }
                }
            }
        }
    }

    Connections {
        target: screen.map
        function onSelectionChanged() { details.contentY = 0 }
    }
    Connections {
        target: screen.kiosk
        function onResetDone() { legend.contentY = 0 }
    }

    // More below in the region panel: a soft fade says so.
    Rectangle {
        parent: details.parent
        visible: (details.visible && !details.atYEnd)
                 || (legend.visible && legend.interactive && !legend.atYEnd)
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.px(2)
        height: Theme.px(80)
        radius: Theme.radius
        gradient: Gradient {
            GradientStop { position: 0; color: Theme.surfaceClear }
            GradientStop { position: 1; color: Theme.surface }
        }
    }
}
