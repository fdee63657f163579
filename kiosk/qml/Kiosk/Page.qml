import QtQuick

// A full screen that fades in when it becomes the active one.
Item {
    id: page
    property bool active: false
    opacity: active ? 1 : 0
    visible: opacity > 0
    enabled: active
    Behavior on opacity { NumberAnimation { duration: Theme.fade; easing.type: Easing.OutCubic } }
}
