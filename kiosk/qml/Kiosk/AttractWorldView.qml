pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Kiosk.Models
import Kiosk.Views

// The world on the attract screen: the land in one quiet tone, Turkmenistan
// marked, and an arc from Ashgabat to each partner region, ending in the
// region's colour from the map's legend.
// Cheap on the software renderer by construction: the land is painted once
// (kiosk/views/attract_map.py); each arc is a small shape cached in a layer
// and only faded; Ashgabat's ring only scales and fades.
Item {
    id: view
    required property MapModel map
    // Set by the attract screen's motion: arc i shows by (reveal - i),
    // clamped to 0..1, so arcs fade in one after another; all of them, and
    // Ashgabat's ring, also by `fade`. At rest: every arc shown.
    property real reveal: arcCount
    property real fade: 1
    property bool breathing: false        // Ashgabat's ring
    readonly property int arcCount: world.arcs.length

    // The shapes are read after the kiosk's first frame: the world fades in
    // once they are there.
    // (Before the first frame, as in a picture, it is simply there.)
    opacity: world.arcs.length > 0 ? 1 : 0
    Behavior on opacity { enabled: Theme.settled; NumberAnimation { duration: 900; easing.type: Easing.InOutSine } }

    AttractWorld {
        id: world
        objectName: "attractWorld"
        anchors.fill: parent
        model: view.map
        landColor: Qt.rgba(Theme.barInk.r, Theme.barInk.g, Theme.barInk.b, 0.2)
        homeColor: Theme.barInk
        homeBorderColor: Theme.barInk
        Accessible.ignored: true      // a picture; the screen's words say it all
    }

    Repeater {
        model: world.arcs
        delegate: Shape {
            id: arc
            required property int index
            required property var modelData   // its box, its points, its region's row
            objectName: "attractArc_" + modelData.region
            x: modelData.x
            y: modelData.y
            width: modelData.width
            height: modelData.height
            opacity: Math.max(0, Math.min(1, view.reveal - index)) * view.fade
            visible: opacity > 0
            // Drawn once into a texture: a fade only blends it.
            layer.enabled: Theme.layers
            layer.smooth: true

            ShapePath {
                strokeColor: Theme.barInk
                strokeWidth: Math.max(2, Theme.px(3))
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap
                startX: arc.modelData.startX
                startY: arc.modelData.startY
                PathQuad {
                    x: arc.modelData.endX
                    y: arc.modelData.endY
                    controlX: arc.modelData.controlX
                    controlY: arc.modelData.controlY
                }
            }
            Rectangle {
                readonly property int size: Theme.px(20)
                x: arc.modelData.endX - size / 2
                y: arc.modelData.endY - size / 2
                width: size
                height: size
                radius: size / 2
                color: Theme.regionColour(arc.modelData.row)
                border.color: Theme.barInk
                border.width: Theme.edge
            }
        }
    }

    // Ashgabat: a dot where every arc starts, and a ring that slowly grows
    // and fades (in and out, never switched: no flash).
    Item {
        id: home
        x: world.home.x
        y: world.home.y
        visible: world.home.x >= 0
        Rectangle {
            id: ring
            objectName: "attractHomeRing"
            readonly property int size: Theme.px(44)
            x: -size / 2
            y: -size / 2
            width: size
            height: size
            radius: size / 2
            color: "transparent"
            border.color: Theme.barInk
            border.width: Theme.edge
            opacity: 0
            scale: 1
        }
        Rectangle {
            readonly property int size: Theme.px(16)
            x: -size / 2
            y: -size / 2
            width: size
            height: size
            radius: size / 2
            color: Theme.barInk
        }
    }
    SequentialAnimation {
        objectName: "attractHomeBreath"
        running: view.breathing
        loops: Animation.Infinite
        onRunningChanged: if (!running) { ring.opacity = 0; ring.scale = 1 }
        ParallelAnimation {
            NumberAnimation { target: ring; property: "opacity"; from: 0; to: 0.7; duration: 1400; easing.type: Easing.InOutSine }
            NumberAnimation { target: ring; property: "scale"; from: 1; to: 1.6; duration: 1400; easing.type: Easing.InOutSine }
        }
        ParallelAnimation {
            NumberAnimation { target: ring; property: "opacity"; to: 0; duration: 1400; easing.type: Easing.InOutSine }
            NumberAnimation { target: ring; property: "scale"; to: 2.2; duration: 1400; easing.type: Easing.InOutSine }
        }
        PropertyAction { target: ring; property: "scale"; value: 1 }
        // A hold, not a PauseAnimation (AttractScreen.qml's motion says why).
        NumberAnimation { objectName: "hold"; target: ring; property: "opacity"; to: 0; duration: 1200 }
    }
}
