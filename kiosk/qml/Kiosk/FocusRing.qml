import QtQuick

// The focus ring of a keypad or keyboard visitor: two bands drawn just
// inside the control's edge, so no list or panel that clips can cut it off,
// shown only once a key has been used (a touch visitor never sees it). One
// component for every control that takes the focus.
Item {
    id: ring
    // Whose focus it shows (its parent, unless given).
    property Item target: parent
    property real radius: target ? (target as Rectangle)?.radius ?? 0 : 0
    anchors.fill: parent
    // The focused item itself: a list (a focus scope) also has activeFocus
    // while a control inside it has the focus.
    visible: Keyboard.inUse && target !== null && target.activeFocus
             && target.Window.activeFocusItem === target
    z: 100

    Rectangle {
        objectName: "focusRingOuter"
        anchors.fill: parent
        radius: ring.radius
        color: "transparent"
        border.width: Theme.focusBand
        border.color: Theme.focusOuter
    }
    Rectangle {
        objectName: "focusRingInner"
        anchors.fill: parent
        anchors.margins: Theme.focusBand
        radius: Math.max(0, ring.radius - Theme.focusBand)
        color: "transparent"
        border.width: Theme.focusBand
        border.color: Theme.focusInner
    }
}
