import QtQuick

// A time with − and + beside it (half-hour steps, decided in Python).
Row {
    id: stepper
    property string time
    property string earlierName
    property string laterName
    signal shift(int steps)
    spacing: Theme.px(8)

    TouchButton {
        objectName: stepper.objectName + "_earlier"
        text: "−"
        Accessible.name: stepper.earlierName
        onClicked: stepper.shift(-1)
    }
    KText {
        objectName: stepper.objectName + "_time"
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.px(100)
        horizontalAlignment: Text.AlignHCenter
        text: stepper.time
        wrapMode: Text.NoWrap
    }
    TouchButton {
        objectName: stepper.objectName + "_later"
        text: "+"
        Accessible.name: stepper.laterName
        onClicked: stepper.shift(1)
    }
}
