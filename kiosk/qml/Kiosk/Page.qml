import QtQuick

// A full screen that fades in when it becomes the active one, and out when
// another one does.
//
// While it fades, the page is drawn once into a layer and only that picture is
// blended: the software renderer would otherwise draw every item of a whole
// screen again at each step of the fade. Drawing those layers the first time,
// and laying the pages out again after the language switch that comes with a
// Start or a reset, costs more than a frame. So a change first spends two frames
// on preparing: the incoming page is laid out and drawn into its layer at an
// opacity too small to see, the outgoing one into its layer, and the fade
// starts only once they are on screen. Two, because a new layer draws itself
// twice (Qt's software layer marks itself changed after its first drawing). Each step of the fade then only
// blends two finished pictures. Dropping the layer (the page drawn item by
// item again) costs a few milliseconds more, so it waits until the fade's
// last frame is on screen, and motion on the page waits for it (`still`).
Item {
    id: page
    property bool active: false
    enabled: active
    opacity: 0
    visible: opacity > 0
    // Frames to wait, after a change, before the fade starts.
    property int preparing: 0
    // Between the fade's end and its last frame on screen.
    property bool ending: false
    // The outgoing page keeps its layer from that frame on, though its
    // opacity is still 1 when the fade starts.
    layer.enabled: visible && (preparing > 0 || fade.running || ending || opacity < 1)
    // Shown, and drawn item by item: what moves on the page may start.
    readonly property bool still: active && opacity === 1 && !layer.enabled

    // Drawn (the scene graph skips whatever is under an opacity below 0.001),
    // yet not seen: 8-bit blending rounds 0.0015 of a colour to nothing.
    readonly property real unseen: 0.0015

    // Made in place (at start-up, or by `kiosk shot`): shown at once, no fade.
    Component.onCompleted: opacity = active ? 1 : 0

    onActiveChanged: {
        fade.stop()
        ending = false
        if (active && opacity < unseen)
            opacity = unseen
        preparing = visible ? 2 : 0   // a hidden page that stays hidden has nothing to do
    }

    Connections {
        target: page.Window.window
        enabled: page.preparing > 0 || page.ending
        function onFrameSwapped(): void {
            if (page.ending) {
                page.ending = false
                return
            }
            page.preparing -= 1
            if (page.preparing > 0) {
                page.Window.window.update()   // in case nothing else asks for a frame
                return
            }
            fade.to = page.active ? 1 : 0
            fade.start()
        }
    }

    NumberAnimation {
        id: fade
        objectName: "pageFade"
        target: page
        property: "opacity"
        duration: Theme.fade
        easing.type: Easing.OutCubic
        onFinished: page.ending = page.visible
    }
}
