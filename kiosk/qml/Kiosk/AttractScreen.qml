pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// Shown at start and after every reset, in every language at once: the
// letterhead (the flag, the ministry's name), the year motto (in its year
// only), the notices of the moment, the world with arcs from Ashgabat to the
// partner regions, the key figures with the day they hold for, the topics
// taking turns, and three ways in: "Başla", "Начать", "Start", alike.
// Its type is already large and does not follow "Aa": the reset that leads
// here turns large text off, and choosing it here starts the visit.
//
// The motion is calm (WCAG 2.3.1): only slow fades and one slow count, each
// fade at least 0.9 s, so nothing changes more than once a second; it runs
// only while this screen shows, and at rest (a picture, another screen) the
// screen is its finished state: every arc drawn, every figure counted.
Page {
    id: screen
    required property KioskModel kiosk
    readonly property var content: kiosk.attract
    // The first frame is the finished picture (`kiosk shot` grabs it); the
    // motion begins after it, with a pause on that picture, once the screen
    // has faded in (a still page fades as one cached picture: Page.qml).
    readonly property bool moving: still && Theme.settled
    onActiveChanged: if (active) middle.firstTopic()

    // The motion's state, which the world and the figures follow.
    property real reveal: 1000            // arcs drawn, one after another
    property real fade: 1                 // the arcs, together
    property real counted: 1              // the figures' count, 0..1
    property real numbers: 1              // the figures' numbers
    function rest(): void { reveal = 1000; fade = 1; counted = 1; numbers = 1 }

    Rectangle {
        id: backdrop
        anchors.fill: parent
        color: Theme.bar

        // The letterhead, as on every other screen: the flag and the
        // ministry's name, top left.
        AttractLetterhead {
            id: letterhead
            objectName: "attractLetterhead"
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: controls.left
            anchors.margins: Theme.margin
            anchors.topMargin: Theme.px(28)
            anchors.rightMargin: 2 * Theme.margin
            letterheads: screen.content.letterheads
        }

        // Large text and high contrast, before the visit begins: a choice
        // here also starts the visit. Beside the letterhead; upright, under
        // the three ways in, within a hand's reach as every control is.
        DisplayControls {
            id: controls
            objectName: "attractDisplayControls"
            anchors.verticalCenter: letterhead.verticalCenter
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            display: screen.kiosk.display
            speech: screen.kiosk.speech
            onUsed: screen.kiosk.wake()
        }
        states: State {
            when: Theme.portrait
            AnchorChanges {
                target: controls
                anchors.verticalCenter: undefined
                anchors.right: undefined
                anchors.top: starts.bottom
                anchors.horizontalCenter: backdrop.horizontalCenter
            }
            PropertyChanges { controls.anchors.topMargin: Theme.px(24) }
            AnchorChanges { target: letterhead; anchors.right: backdrop.right }
        }
        // The top of what follows: under the letterhead (and the controls
        // beside it).
        readonly property real headBottom: Theme.portrait
                                           ? letterhead.y + letterhead.height
                                           : Math.max(letterhead.y + letterhead.height,
                                                      controls.y + controls.height)

        Column {
            id: motto
            objectName: "attractMotto"
            y: backdrop.headBottom + Theme.px(8)
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.margin
            spacing: Theme.px(4)
            Repeater {
                model: screen.content.motto
                delegate: KText {
                    required property int index
                    required property string modelData
                    width: motto.width
                    horizontalAlignment: Text.AlignHCenter
                    text: modelData
                    color: index === 0 ? Theme.barInk : Theme.barInkMuted
                    font.pixelSize: index === 0 ? Theme.px(44) : Theme.px(30)
                    font.bold: index === 0
                    lineHeight: 1.05
                }
            }
        }

        // A closure, a holiday, an event: only while its window is open.
        Column {
            id: notices
            objectName: "attractNotices"
            y: (screen.content.motto.length > 0 ? motto.y + motto.height : backdrop.headBottom)
               + Theme.px(20)
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1400))
            spacing: Theme.px(16)
            Repeater {
                model: screen.content.notices
                delegate: AttractNotice {
                    width: notices.width
                }
            }
        }

        // The world, the key figures and the topics (AttractStage.qml).
        AttractStage {
            id: middle
            objectName: "attractMiddle"
            anchors.top: notices.bottom
            anchors.bottom: prompt.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.topMargin: Theme.px(20)
            anchors.bottomMargin: Theme.px(20)
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            kiosk: screen.kiosk
            reveal: screen.reveal
            fade: screen.fade
            counted: screen.counted
            numbers: screen.numbers
            moving: screen.moving
        }

        // "Touch the screen to begin", in every language: a tap anywhere but
        // on a button starts the visit in the kiosk's default language.
        KText {
            id: prompt
            objectName: "attractPrompt"
            // On one line when it fits; else one language a line, never a
            // phrase broken in two.
            readonly property string oneLine: screen.content.prompts.join("  ·  ")
            anchors.bottom: starts.top
            anchors.bottomMargin: Theme.px(14)
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.margin
            horizontalAlignment: Text.AlignHCenter
            text: measure.implicitWidth <= width ? oneLine : screen.content.prompts.join("\n")
            color: Theme.barInkMuted
            font.pixelSize: Theme.px(26)
            KText {
                id: measure
                visible: false
                text: prompt.oneLine
                font: prompt.font
                wrapMode: Text.NoWrap
            }
        }

        AttractStarts {
            id: starts
            objectName: "attractStarts"
            kiosk: screen.kiosk
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            // Upright, lifted off the floor into a hand's reach.
            anchors.bottomMargin: Theme.portrait ? Theme.px(160) : Theme.px(40)
        }
    }

    // The motion, looping while the screen shows: the finished picture for a
    // while, then the arcs and numbers fade away together, and come back,
    // the arcs one after another while the figures count up.
    // The waits are holds (a value animated to what it already is), not
    // PauseAnimations: an animation that starts with a pause, as the map's
    // camera move ends, puts Qt's animation clock in a state where it warns
    // "QUnifiedTimer::stopAnimationDriver: driver is not running"
    // (tests/ui/test_animation_clock.py). A hold changes nothing on screen.
    SequentialAnimation {
        id: motion
        objectName: "attractMotion"
        running: screen.moving
        loops: Animation.Infinite
        onRunningChanged: if (!running) screen.rest()
        NumberAnimation { objectName: "hold"; target: screen; property: "fade"; to: 1; duration: 6000 }
        ParallelAnimation {
            NumberAnimation { target: screen; property: "fade"; to: 0; duration: 1600; easing.type: Easing.InOutSine }
            NumberAnimation { target: screen; property: "numbers"; to: 0; duration: 1600; easing.type: Easing.InOutSine }
        }
        PropertyAction { target: screen; property: "reveal"; value: 0 }
        PropertyAction { target: screen; property: "counted"; value: 0 }
        PropertyAction { target: screen; property: "fade"; value: 1 }
        NumberAnimation { objectName: "hold"; target: screen; property: "fade"; to: 1; duration: 600 }
        ParallelAnimation {
            // Each arc fades in over 0.9 s, as the one before it finishes.
            NumberAnimation { target: screen; property: "reveal"; from: 0; to: middle.arcCount; duration: 900 * middle.arcCount }
            NumberAnimation { target: screen; property: "numbers"; to: 1; duration: 900; easing.type: Easing.InOutSine }
            // At most 2.5 steps of the count a second (kiosk/models/attract_texts.py).
            NumberAnimation { target: screen; property: "counted"; from: 0; to: 1; duration: 3200 }
        }
        // Back to rest: every arc shown, however many regions new content brings.
        PropertyAction { target: screen; property: "reveal"; value: 1000 }
    }

    // A touch anywhere else starts a visit in the kiosk's default language.
    TapHandler {
        longPressThreshold: 0   // a slow press is a tap too (TouchButton.qml)
        objectName: "attractTap"
        onTapped: screen.kiosk.wake()
    }
    Accessible.role: Accessible.Button
    Accessible.name: screen.content.prompts.join(" · ")
    Accessible.onPressAction: screen.kiosk.wake()
}
