import QtQuick

// A full screen that fades in when it becomes the active one.
Item {
    id: page
    property bool active: false
    opacity: active ? 1 : 0
    visible: opacity > 0
    enabled: active
    // While it fades, the page is drawn once into a layer and only that
    // picture is blended: the software renderer would otherwise draw every
    // item of a whole screen again at each step of the fade.
    layer.enabled: opacity > 0 && opacity < 1
    Behavior on opacity { NumberAnimation { duration: Theme.fade; easing.type: Easing.OutCubic } }
}
