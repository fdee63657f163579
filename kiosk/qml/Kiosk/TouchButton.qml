import QtQuick

// A button for fingers: large, with a visible pressed state, no hover. It
// grows with its label (large text) and never goes below the touch size.
Rectangle {
    id: control
    property string text
    property string iconName             // an icon in resources/icons, drawn in the label's colour
    property bool checked: false
    property bool toggle: false          // a switch that stays on (checked is its state)
    property bool onDark: false          // drawn on the header bar
    property int labelSize: Theme.pt(26)
    // A label of one width in every language (0: as wide as its text): a
    // longer translation shrinks to fit, so the button never changes size
    // when the language does.
    property real labelRoom: 0
    readonly property bool pressed: tap.pressed
    signal clicked()

    implicitHeight: Math.max(Theme.touch, content.implicitHeight + Theme.px(20))
    readonly property real naturalWidth: Math.max(Theme.touch, content.implicitWidth + Theme.px(44))
    implicitWidth: naturalWidth
    radius: Math.min(height / 2, Theme.px(36))
    color: {
        if (onDark)
            return checked ? Theme.barInk : (pressed ? Theme.barPressed : "transparent")
        return pressed ? Theme.accentSoft : (checked ? Theme.selected : Theme.surface)
    }
    border.width: Theme.edge
    border.color: onDark ? Theme.barInkMuted : (checked ? Theme.selected : Theme.line)
    // A key that cannot be used now (the locked PIN pad) must not look as
    // if it could: faded, as WCAG allows for inactive controls.
    opacity: enabled ? 1 : 0.38
    scale: pressed ? 0.96 : 1
    Behavior on scale { NumberAnimation { duration: 120 } }
    Behavior on color { enabled: Theme.settled; ColorAnimation { duration: 120 } }

    readonly property color foreground: onDark ? (checked ? Theme.bar : Theme.barInk)
                                               : (checked && !pressed ? Theme.selectedInk : Theme.accent)

    Accessible.role: Accessible.Button
    Accessible.name: control.text
    Accessible.checkable: control.toggle
    Accessible.checked: control.checked
    Accessible.onPressAction: control.clicked()
    // A Tab stop for keys; Return/Select press it (kiosk/views/keypad_focus.py).
    activeFocusOnTab: true

    FocusRing {}

    Row {
        id: content
        anchors.centerIn: parent
        spacing: Theme.px(12)
        Image {
            visible: control.iconName !== ""
            source: visible ? Theme.icon(control.iconName, control.foreground) : ""
            sourceSize.width: Math.round(control.labelSize * 1.25)
            sourceSize.height: Math.round(control.labelSize * 1.25)
            anchors.verticalCenter: parent.verticalCenter
        }
        KText {
            text: control.text
            visible: text !== ""
            color: control.foreground
            font.pixelSize: control.labelSize
            font.bold: true
            // As wide as its text unless given a room: undefined leaves the
            // width implicit, where a binding to implicitWidth could loop
            // (a soak run warned of one as large text and the language
            // changed together).
            width: control.labelRoom > 0 ? control.labelRoom : undefined
            fontSizeMode: control.labelRoom > 0 ? Text.HorizontalFit : Text.FixedSize
            minimumPixelSize: Math.round(control.labelSize * 0.6)
            elide: control.labelRoom > 0 ? Text.ElideNone : Text.ElideRight
            wrapMode: Text.NoWrap
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        // A slow press is a tap too: by default a press held 0.8 s is a
        // "long press" and its release does nothing, and visitors who press
        // slowly (a tremor, a stiff hand, a child) lost their tap. Only the
        // staff corners (StaffCorners.qml) use a long press. Every visitor's
        // TapHandler says so (tests/ui/test_slow_press.py).
        longPressThreshold: 0
        onTapped: control.clicked()
    }
}
