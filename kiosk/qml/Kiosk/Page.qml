import QtQuick

// A full screen that fades in when it becomes the active one, and out when
// another one does.
//
// While it fades, the page is drawn once into a layer and only that picture is
// blended: the software renderer would otherwise draw every item of a whole
// screen again at each step of the fade. Drawing those layers the first time,
// and laying the pages out again after the language switch that comes with a
// Start or a reset, costs more than a frame; done at the fade's first step, it
// held that step back by 30 ms or more. So the fade waits for the frames that
// do that work, none of which shows anything new:
// 1. the change's own frame (the one after a tap), as light as before: the
//    new page is not drawn yet;
// 2. the incoming page laid out and drawn into its layer at an opacity too
//    small to see, the outgoing one into its layer;
// 3. each layer drawn again (Qt's software layer marks itself changed after
//    its first drawing).
// Each step of the fade then only blends two finished pictures. Dropping the
// layer (the page drawn item by item again) costs a few milliseconds more, so
// it waits until the fade's last frame is on screen, and motion on the page
// waits for it (`still`).
Item {
    id: page
    property bool active: false
    enabled: active
    opacity: 0
    visible: opacity > 0
    // Frames still to come before the fade starts (see above): 3, 2, 1.
    property int waiting: 0
    // From the fade's start until `ending` takes over. Not `fade.running`:
    // that turns false as the fade ends, before `ending` turns true, and
    // the layer went off and on again in between (drawn anew: 15 ms), as
    // `still` did (what moves on the page started and stopped).
    property bool fading: false
    // Between the fade's end and its last frame on screen.
    property bool ending: false
    // The outgoing page keeps its layer from the second frame on, though its
    // opacity is still 1 when the fade starts.
    layer.enabled: Theme.layers && visible
                   && ((waiting > 0 && waiting < 3) || fading || ending || opacity < 1)
    // Shown, and drawn item by item: what moves on the page may start.
    readonly property bool still: active && opacity === 1 && !layer.enabled

    // Drawn (the scene graph skips whatever is under an opacity below 0.001),
    // yet not seen: 8-bit blending rounds 0.0015 of a colour to nothing.
    readonly property real unseen: 0.0015

    // The page's own ground, under everything on it. The software renderer
    // leaves what a layer's items do not cover undrawn, and a page in its
    // layer showed that as black: opening the map, or a topic with links to
    // it, faded the screen to black and back.
    Rectangle {
        anchors.fill: parent
        z: -1
        color: Theme.page
    }

    // Where the page is drawn (its Loader, or the stage) while it is in the
    // window. A hidden page is taken out of the window: the scene graph
    // updated every hidden page's nodes at each language switch or text size
    // change (most of such a frame's work). It comes back when it becomes
    // active, before the frames that prepare its fade.
    property Item home: null
    property bool keepInWindow: false   // the map: its canvas is slow to draw again
    readonly property bool inWindow: keepInWindow || active || opacity > 0 || waiting > 0

    // Made in place (at start-up, or by `kiosk shot`): shown at once, no fade.
    Component.onCompleted: {
        opacity = active ? 1 : 0
        home = parent
        parent = Qt.binding(() => page.inWindow ? page.home : null)
    }

    onActiveChanged: {
        fade.stop()
        fading = false
        ending = false
        // Before the first frame (the kiosk starting, `kiosk shot` with the
        // visitor's choices still arriving) there is nothing to fade from:
        // the page is made in place, so the first frame shows it whole.
        if (!Theme.settled) {
            waiting = 0
            opacity = active ? 1 : 0
            return
        }
        // A hidden page that stays hidden has nothing to do.
        waiting = visible || active ? 3 : 0
    }

    Connections {
        target: page.home ? page.home.Window.window : null
        enabled: page.waiting > 0 || page.ending
        function onFrameSwapped(): void {
            if (page.ending) {
                page.ending = false
                return
            }
            if (page.waiting > 1) {
                page.waiting -= 1
                if (page.waiting === 2 && page.active && page.opacity < page.unseen)
                    page.opacity = page.unseen
                page.home.Window.window.update()   // in case nothing else asks for a frame
                return
            }
            // The fade runs before the wait ends: between the two, the
            // outgoing page (still whole) had no reason to keep its layer,
            // and dropping it and making it again cost a frame of 15 ms
            // just as the fade began.
            fade.to = page.active ? 1 : 0
            page.fading = true
            fade.start()
            page.waiting = 0
        }
    }

    NumberAnimation {
        id: fade
        objectName: "pageFade"
        target: page
        property: "opacity"
        duration: Theme.fade
        easing.type: Easing.OutCubic
        onFinished: {
            page.ending = page.visible
            page.fading = false
        }
    }
}
