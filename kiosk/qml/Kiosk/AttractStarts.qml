pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The three ways in: "Başla", "Начать", "Start", each in its own language
// and named in it for a screen reader, in the content's order. Each starts
// the visit, at home, in its language. All three look alike: none is
// preferred, whatever language a tap anywhere else starts in (the kiosk's
// default). White on the green, as the first thing to touch.
Row {
    id: starts
    required property KioskModel kiosk
    readonly property var choices: kiosk.attract.starts
    // One width for all three, the widest label's, so none looks lesser.
    readonly property real buttonWidth: {
        let widest = Theme.px(260)
        for (let i = 0; i < measures.count; ++i)
            widest = Math.max(widest, measures.itemAt(i).implicitWidth + Theme.px(80))
        return widest
    }
    spacing: Theme.px(28)

    // Each label's natural width (not drawn).
    Repeater {
        id: measures
        model: starts.choices
        delegate: KText {
            required property var modelData
            visible: false
            text: modelData.label
            font.pixelSize: Theme.px(48)
            font.bold: true
            wrapMode: Text.NoWrap
        }
    }

    Repeater {
        model: starts.choices
        delegate: Rectangle {
            id: button
            required property var modelData   // {lang, label, name, language}
            readonly property bool pressed: tap.pressed
            signal clicked()
            onClicked: starts.kiosk.wake(modelData.lang)
            objectName: "start_" + modelData.lang
            width: starts.buttonWidth
            height: Theme.px(112)
            radius: Theme.px(24)
            color: pressed ? Theme.barPressed : Theme.barInk
            border.color: Theme.barInk
            border.width: Theme.px(3)
            scale: pressed ? 0.96 : 1
            Behavior on scale { NumberAnimation { duration: 120 } }

            Accessible.role: Accessible.Button
            Accessible.name: button.modelData.name
            Accessible.onPressAction: button.clicked()
            activeFocusOnTab: true

            FocusRing {}

            Column {
                anchors.centerIn: parent
                KText {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: button.modelData.label
                    color: button.pressed ? Theme.barInk : Theme.bar
                    font.pixelSize: Theme.px(48)
                    font.bold: true
                    wrapMode: Text.NoWrap
                    lineHeight: 1
                }
                KText {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: button.modelData.language
                    color: button.pressed ? Theme.barInk : Theme.bar
                    font.pixelSize: Theme.px(24)
                    wrapMode: Text.NoWrap
                    lineHeight: 1
                }
            }

            TapHandler {
                longPressThreshold: 0   // a slow press is a tap too (TouchButton.qml)
                id: tap
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: button.clicked()
            }
        }
    }
}
