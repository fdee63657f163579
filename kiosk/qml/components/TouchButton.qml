import QtQuick

// A button for fingers: large, with a visible pressed state, no hover.
Rectangle {
    id: control
    property string text
    property url icon
    property bool checked: false
    property bool onDark: false          // drawn on the green header
    readonly property bool pressed: tap.pressed
    signal clicked()

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, content.implicitWidth + Theme.px(44))
    radius: height / 2
    color: {
        if (onDark)
            return checked ? Theme.light : (pressed ? Theme.greenPressed : "transparent")
        return pressed ? Theme.greenSoft : (checked ? Theme.green : Theme.surface)
    }
    border.width: onDark ? Theme.px(2) : Theme.px(2)
    border.color: onDark ? Theme.lightMuted : (checked ? Theme.green : Theme.line)
    scale: pressed ? 0.96 : 1
    Behavior on scale { NumberAnimation { duration: 120 } }
    Behavior on color { ColorAnimation { duration: 120 } }

    readonly property color foreground: onDark ? (checked ? Theme.green : Theme.light)
                                               : (checked && !pressed ? Theme.light : Theme.green)

    Accessible.role: Accessible.Button
    Accessible.name: control.text
    Accessible.checkable: true
    Accessible.checked: control.checked
    Accessible.onPressAction: control.clicked()

    Row {
        id: content
        anchors.centerIn: parent
        spacing: Theme.px(12)
        Image {
            visible: control.icon.toString() !== ""
            source: control.icon
            sourceSize.width: Theme.px(32)
            sourceSize.height: Theme.px(32)
            anchors.verticalCenter: parent.verticalCenter
            layer.enabled: false
        }
        KText {
            text: control.text
            visible: text !== ""
            color: control.foreground
            font.pixelSize: Theme.px(26)
            font.bold: true
            wrapMode: Text.NoWrap
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: control.clicked()
    }
}
