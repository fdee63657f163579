pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// Shown at start and after every reset: the year motto (in its year only),
// the notices of the moment, the topics gently taking turns, and an
// invitation to touch, all in every language at once.
// Its type is already large and does not follow "Aa": the reset that leads
// here turns large text off, and choosing it here starts the visit.
Page {
    id: screen
    required property KioskModel kiosk
    readonly property var content: kiosk.attract
    property int highlight: 0
    onActiveChanged: if (active) highlight = 0

    // Everything sits on the bar colour (children, so that what is drawn
    // on it is plainly drawn on it).
    Rectangle {
        id: backdrop
        anchors.fill: parent
        color: Theme.bar

        Column {
            id: motto
            objectName: "attractMotto"
            anchors.top: parent.top
            // Closer to the top when notices need the room (and the display
            // controls leave it: not upright, where the motto is wider).
            anchors.topMargin: screen.content.notices.length > 0 && !Theme.portrait
                               ? Theme.px(110) : Theme.px(150)
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.margin
            spacing: Theme.px(10)
            Repeater {
                model: screen.content.motto
                delegate: KText {
                    required property int index
                    required property string modelData
                    width: motto.width
                    horizontalAlignment: Text.AlignHCenter
                    text: modelData
                    color: index === 0 ? Theme.barInk : Theme.barInkMuted
                    font.pixelSize: index === 0 ? Theme.px(56) : Theme.px(40)
                    font.bold: index === 0
                }
            }
        }

        // A closure, a holiday, an event: only while its window is open.
        Column {
            id: notices
            objectName: "attractNotices"
            anchors.top: screen.content.motto.length > 0 ? motto.bottom : parent.top
            anchors.topMargin: screen.content.motto.length > 0 ? Theme.px(36) : Theme.px(110)
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1400))
            spacing: Theme.px(20)
            Repeater {
                model: screen.content.notices
                delegate: AttractNotice {
                    width: notices.width
                }
            }
        }

        // The topics, one after another, every six seconds, in the middle
        // of the room the motto, the notices and the invitation leave.
        Item {
            id: stage
            anchors.top: notices.bottom
            anchors.bottom: prompt.top
            anchors.margins: Theme.px(40)
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1400))

            Repeater {
                model: screen.content.highlights
                delegate: Column {
                    id: highlight
                    required property int index
                    required property list<string> modelData    // one topic, in every language
                    objectName: "highlight_" + index
                    width: stage.width
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: Theme.px(12)
                    opacity: index === screen.highlight ? 1 : 0
                    // Notices come first: the topics show where there is room.
                    visible: opacity > 0 && implicitHeight <= stage.height
                    Behavior on opacity { NumberAnimation { duration: 600; easing.type: Easing.InOutQuad } }
                    Repeater {
                        model: highlight.modelData
                        delegate: KText {
                            required property int index
                            required property string modelData
                            width: stage.width
                            horizontalAlignment: Text.AlignHCenter
                            text: modelData
                            color: Theme.barInk
                            font.pixelSize: Theme.px(40)
                            font.bold: index === 0
                        }
                    }
                }
            }
        }

        Timer {
            interval: 6000
            repeat: true
            running: screen.active && screen.content.highlights.length > 1
            onTriggered: screen.highlight = (screen.highlight + 1) % screen.content.highlights.length
        }

        // "Touch the screen to begin" in every language: on one line when it
        // fits, one under another when not.
        Rectangle {
            id: prompt
            objectName: "attractPrompt"
            readonly property bool oneLine: promptRow.implicitWidth + Theme.px(96) <= parent.width - 2 * Theme.margin
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.px(90)
            anchors.horizontalCenter: parent.horizontalCenter
            width: (oneLine ? promptRow.implicitWidth : promptColumn.implicitWidth) + Theme.px(96)
            height: (oneLine ? promptRow.implicitHeight : promptColumn.implicitHeight) + Theme.px(48)
            radius: Math.min(height / 2, Theme.px(60))
            color: Theme.barInk
            Row {
                id: promptRow
                visible: parent.oneLine
                anchors.centerIn: parent
                spacing: Theme.px(28)
                Repeater {
                    model: screen.content.prompts
                    delegate: Row {
                        id: promptLine
                        required property int index
                        required property string modelData
                        spacing: Theme.px(28)
                        KText {
                            visible: promptLine.index > 0
                            text: "·"
                            color: Theme.bar
                            font.pixelSize: Theme.px(30)
                        }
                        KText {
                            text: promptLine.modelData
                            color: Theme.bar
                            font.pixelSize: Theme.px(30)
                            font.bold: true
                            wrapMode: Text.NoWrap
                        }
                    }
                }
            }
            Column {
                id: promptColumn
                visible: !parent.oneLine
                anchors.centerIn: parent
                spacing: Theme.px(10)
                Repeater {
                    model: screen.content.prompts
                    delegate: KText {
                        required property string modelData
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: modelData
                        color: Theme.bar
                        font.pixelSize: Theme.px(30)
                        font.bold: true
                        wrapMode: Text.NoWrap
                    }
                }
            }
        }

        // Large text and high contrast, before the visit begins: a choice here
        // also starts the visit (the whole screen is a "touch to begin").
        DisplayControls {
            objectName: "attractDisplayControls"
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: Theme.margin
            display: screen.kiosk.display
            onUsed: screen.kiosk.wake()
        }
    }

    // Any touch starts a visit.
    TapHandler {
        objectName: "attractTap"
        onTapped: screen.kiosk.wake()
    }
    Accessible.role: Accessible.Button
    Accessible.name: screen.content.prompts.join(" · ")
    Accessible.onPressAction: screen.kiosk.wake()
}
