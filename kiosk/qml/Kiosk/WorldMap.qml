pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models
import Kiosk.Views

// The partner map itself: the painted world, one finger to pan, two to zoom,
// a tap to choose a region, and + − and reset buttons for anyone who does
// not pinch. Pan and zoom frames only move the last picture (liveScale,
// liveX, liveY); the model has it drawn again, crisp, once the hand rests.
Rectangle {
    id: frame
    required property MapModel map
    objectName: "mapFrame"
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
            model: frame.map
            seaColor: Theme.mapSea
            landColor: Theme.mapLand
            borderColor: Theme.mapBorder
            homeColor: Theme.mapHome
            homeBorderColor: Theme.mapHomeEdge
            markerColor: Theme.mapMarker
            capitalColor: Theme.mapCapital
            regionColors: Array.from(Theme.mapRegions)  // a list<color> as a JS array
            transform: [
                Scale { xScale: frame.map.liveScale; yScale: frame.map.liveScale },
                Translate { x: frame.map.liveX; y: frame.map.liveY }
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
                if (!active) frame.map.settle()
            }
            onActiveScaleChanged: {
                frame.map.zoomBy(activeScale / lastScale,
                                 centroid.position.x, centroid.position.y)
                lastScale = activeScale
            }
            onActiveTranslationChanged: {
                frame.map.panBy(activeTranslation.x - lastTranslation.x,
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
                if (!active) frame.map.settle()
            }
            onActiveTranslationChanged: {
                frame.map.panBy(activeTranslation.x - last.x, activeTranslation.y - last.y)
                last = activeTranslation
            }
        }
        TapHandler {
            longPressThreshold: 0   // a slow press is a tap too (TouchButton.qml)
            onTapped: (eventPoint) => frame.map.tapAt(eventPoint.position.x,
                                                     eventPoint.position.y)
        }

        MapLabels {
            anchors.fill: parent
            map: frame.map
        }
    }

    // Zoom buttons: a column, or a row when the map is short. No region
    // label goes under them. Bottom left: over the South Pacific in the
    // whole world's view at every size (bottom right, they lay over
    // Australia and New Zealand).
    Grid {
        id: buttons
        objectName: "zoomButtons"
        // The model keeps labels a margin off them (map_regions.EDGE_ROOM).
        function keepLabelsOff(): void {
            frame.map.labels.setKeepOut(Qt.rect(x - viewport.x, y - viewport.y, width, height))
        }
        onXChanged: keepLabelsOff()
        onYChanged: keepLabelsOff()
        onWidthChanged: keepLabelsOff()
        onHeightChanged: keepLabelsOff()
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.px(16)
        columns: frame.height >= 3 * Theme.touch + 2 * spacing + Theme.px(60) ? 1 : 3
        spacing: Theme.px(10)
        // One size for the three, as large as the largest wants to be: with
        // large text, "+" and "−" grew taller than wide and the reset icon
        // wider than tall, three different shapes side by side. Round, as
        // at the standard size.
        readonly property real side: Math.max(zoomIn.implicitWidth, zoomIn.implicitHeight,
                                              zoomOut.implicitWidth, zoomOut.implicitHeight,
                                              zoomReset.implicitWidth, zoomReset.implicitHeight)
        TouchButton {
            id: zoomIn
            width: buttons.side
            height: buttons.side
            radius: buttons.side / 2
            objectName: "zoomIn"
            text: "+"
            Accessible.name: qsTr("Zoom in")
            onClicked: frame.map.zoomIn()
        }
        TouchButton {
            id: zoomOut
            width: buttons.side
            height: buttons.side
            radius: buttons.side / 2
            objectName: "zoomOut"
            text: "−"
            Accessible.name: qsTr("Zoom out")
            onClicked: frame.map.zoomOut()
        }
        TouchButton {
            id: zoomReset
            width: buttons.side
            height: buttons.side
            radius: buttons.side / 2
            objectName: "zoomReset"
            iconName: "reset-view"
            Accessible.name: qsTr("Whole world")
            onClicked: frame.map.resetView()
        }
    }
}
