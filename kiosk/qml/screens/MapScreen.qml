import QtQuick
import QtQuick.Layouts
import Kiosk.Models
import "../components"

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

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.px(32)
            TouchButton {
                objectName: "mapBackButton"
                text: qsTr("Back")
                icon: screen.kiosk.iconBase + "arrow-left.svg"
                onClicked: screen.kiosk.goBack()
            }
            KText {
                text: qsTr("Partners around the world")
                color: Theme.green
                font.pixelSize: Theme.px(40)
                font.bold: true
                wrapMode: Text.NoWrap
            }
            KText {
                Layout.fillWidth: true
                text: qsTr("Tap a country, or a region in the list, to read about it. Drag to move the map; pinch or use + and − to zoom.")
                color: Theme.inkMuted
                font.pixelSize: Theme.smallSize
                maximumLineCount: 3
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.px(32)

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.px(16)

                Rectangle {
                    id: frame
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.round(width * 0.4867)   // the map's own shape
                    radius: Theme.radius
                    color: "#E3EBEF"
                    border.color: Theme.line
                    border.width: Theme.px(2)
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
                            // Painted only while visible; the geometry is loaded
                            // after the kiosk's first frame, never at start-up.
                            model: screen.map
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

                    Column {
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        anchors.margins: Theme.px(16)
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

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.px(20)
                    Rectangle {
                        Layout.preferredHeight: Theme.touch
                        Layout.preferredWidth: homeChip.implicitWidth + Theme.px(74)
                        radius: height / 2
                        color: Theme.green
                        Rectangle {
                            x: Theme.px(20)
                            anchors.verticalCenter: parent.verticalCenter
                            width: Theme.px(22); height: width; radius: width / 2
                            color: Theme.light
                        }
                        KText {
                            id: homeChip
                            x: Theme.px(54)
                            anchors.verticalCenter: parent.verticalCenter
                            text: screen.map.homeName
                            color: Theme.light
                            font.pixelSize: Theme.smallSize
                            font.bold: true
                            wrapMode: Text.NoWrap
                        }
                    }
                    Item { Layout.fillWidth: true }
                    Repeater {
                        model: screen.kiosk.figures
                        delegate: RowLayout {
                            required property int index
                            required property string value
                            required property string label
                            objectName: "mapFigure_" + index
                            spacing: Theme.px(14)
                            KText {
                                text: value
                                color: Theme.green
                                font.pixelSize: Theme.px(48)
                                font.bold: true
                                wrapMode: Text.NoWrap
                            }
                            KText {
                                Layout.preferredWidth: Theme.px(390)
                                text: label
                                color: Theme.inkMuted
                                font.pixelSize: Theme.smallSize
                                lineHeight: 1.0
                                maximumLineCount: 3
                            }
                        }
                    }
                }
                Item { Layout.fillHeight: true }
            }

            // The region's story, or the key figures while nothing is chosen.
            Rectangle {
                objectName: "regionPanel"
                Layout.preferredWidth: Theme.px(520)
                Layout.fillWidth: false
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.line
                border.width: Theme.px(2)

                // The legend: a row per region; tapping one selects it.
                Column {
                    objectName: "legend"
                    visible: !screen.info.id
                    anchors.fill: parent
                    anchors.margins: Theme.px(16)
                    spacing: Theme.px(7)
                    KText {
                        width: parent.width
                        text: qsTr("Partner regions")
                        font.bold: true
                    }
                    Repeater {
                        model: screen.map.regionList
                        delegate: Rectangle {
                            id: chip
                            required property string regionId
                            required property string name
                            required property string colour
                            objectName: "legend_" + regionId
                            width: parent.width
                            height: Math.max(Theme.px(64), chipLabel.implicitHeight + Theme.px(14))
                            radius: Theme.px(12)
                            color: chipTap.pressed ? Theme.greenSoft : Theme.surface
                            border.color: Theme.line
                            border.width: Theme.px(2)
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
                                maximumLineCount: 2
                            }
                            TapHandler {
                                id: chipTap
                                gesturePolicy: TapHandler.ReleaseWithinBounds
                                onTapped: screen.map.selectRegion(chip.regionId)
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
                                color: Theme.green
                                font.pixelSize: Theme.px(36)
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
                            text: qsTr("Dialogue formats")
                            font.bold: true
                        }
                        Repeater {
                            model: screen.info.formats || []
                            delegate: KText {
                                required property string modelData
                                width: body.width
                                text: "• " + modelData
                                font.pixelSize: Theme.smallSize
                            }
                        }
                        KText {
                            text: qsTr("Countries")
                            font.bold: true
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

    // More below in the region panel: a soft fade says so.
    Rectangle {
        parent: details.parent
        visible: details.visible && !details.atYEnd
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.px(2)
        height: Theme.px(80)
        radius: Theme.radius
        gradient: Gradient {
            GradientStop { position: 0; color: "#00FFFFFF" }
            GradientStop { position: 1; color: Theme.surface }
        }
    }
}
