pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// Shown at start and after every reset, in every language at once: the year
// motto (in its year only), the notices of the moment, the world with arcs
// from Ashgabat to the partner regions, the key figures, the topics taking
// turns, and three ways in: "Başla", "Начать", "Start".
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
    // motion begins after it, with a pause on that picture.
    readonly property bool moving: active && Theme.settled
    onActiveChanged: if (active) topics.current = 0

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

        // Large text and high contrast, before the visit begins: a choice
        // here also starts the visit.
        DisplayControls {
            id: controls
            objectName: "attractDisplayControls"
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: Theme.margin
            display: screen.kiosk.display
            onUsed: screen.kiosk.wake()
        }

        Column {
            id: motto
            objectName: "attractMotto"
            anchors.top: parent.top
            // Between the display controls when wide; under them upright.
            anchors.topMargin: Theme.portrait ? 2 * Theme.margin + controls.height : Theme.margin
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * (Theme.portrait ? Theme.margin : controls.width + 2 * Theme.margin)
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
                    font.pixelSize: index === 0 ? Theme.px(48) : Theme.px(34)
                    font.bold: index === 0
                    lineHeight: 1.05
                }
            }
        }

        // A closure, a holiday, an event: only while its window is open.
        Column {
            id: notices
            objectName: "attractNotices"
            anchors.top: screen.content.motto.length > 0 ? motto.bottom : controls.bottom
            anchors.topMargin: Theme.px(20)
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

        // The world, the key figures and the topics, in the room the words
        // above and the ways in below leave; the world keeps its shape and
        // takes what the others do not need. Wide: the figures either side
        // of the world, the topics under it. Upright: the world, the
        // figures in a row, the topics, one under another.
        Item {
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

            readonly property real gap: Theme.px(28)
            readonly property real aspect: screen.kiosk.map.aspect
            // What shows when notices leave little room: the topics first,
            // then (upright) the figures, then the world, if it can be large
            // enough to read.
            readonly property bool topicsFit: topics.implicitHeight <= height
            readonly property real topicsRoom: topicsFit ? topics.implicitHeight : 0
            readonly property bool figuresFit: Theme.portrait
                                               && topicsRoom + gap + figuresGrid.implicitHeight <= height
            readonly property real figuresRoom: figuresFit ? figuresGrid.implicitHeight + gap : 0
            readonly property real below: topicsRoom + figuresRoom
            // Wide: a column either side for the figures. Nothing's width
            // depends on a height here (a wrapped line's height would move
            // the world, which would move the wrap: a loop).
            readonly property real sideWidth: Theme.px(400)
            readonly property real centreWidth: Theme.portrait ? width : width - 2 * (sideWidth + gap)
            readonly property real worldWidth: Math.max(0, Math.min(centreWidth,
                                                                    (height - below - gap) / aspect))
            readonly property bool worldFits: screen.kiosk.hasMap && worldWidth * aspect >= Theme.px(160)
            readonly property real worldHeight: worldFits ? worldWidth * aspect : 0
            // The parts that show, one under another, with the room left over
            // shared out evenly above, between and below them (an upright
            // screen is filled, not left with a gap at one end).
            readonly property int parts: (worldFits ? 1 : 0) + (figuresFit ? 1 : 0) + (topicsFit ? 1 : 0)
            readonly property real space: Math.max(0, (height - worldHeight - (figuresFit ? figuresGrid.implicitHeight : 0)
                                                      - (topicsFit ? topics.implicitHeight : 0)) / (parts + 1))
            readonly property real worldY: space
            readonly property real figuresY: worldY + (worldFits ? worldHeight + space : 0)
            readonly property real topicsY: figuresY + (figuresFit ? figuresGrid.implicitHeight + space : 0)

            AttractWorldView {
                id: world
                objectName: "attractWorldView"
                map: screen.kiosk.map
                width: middle.worldWidth
                height: middle.worldHeight
                x: (middle.width - width) / 2
                y: middle.worldY
                visible: middle.worldFits
                reveal: screen.reveal
                fade: screen.fade
                breathing: screen.moving
            }

            // Upright: the figures in a row under the world.
            Grid {
                id: figuresGrid
                visible: middle.figuresFit
                columns: 2
                columnSpacing: middle.gap
                rowSpacing: Theme.px(24)
                anchors.horizontalCenter: parent.horizontalCenter
                y: middle.figuresY
                Repeater {
                    model: Theme.portrait ? screen.content.figures : []
                    delegate: AttractFigure {
                        width: (middle.width - middle.gap) / 2
                        language: screen.kiosk.language
                        counted: screen.counted
                        numberShown: screen.numbers
                    }
                }
            }
            // Wide: the figures in the columns either side of the world (the
            // first left, the second right, ...), in the middle of the height.
            Repeater {
                model: Theme.portrait ? [] : screen.content.figures
                delegate: AttractFigure {
                    width: middle.sideWidth
                    x: index % 2 === 0 ? 0 : middle.width - width
                    y: (middle.height - height) / 2
                    visible: height <= middle.height
                    language: screen.kiosk.language
                    counted: screen.counted
                    numberShown: screen.numbers
                }
            }

            AttractTopics {
                id: topics
                objectName: "attractTopics"
                anchors.horizontalCenter: parent.horizontalCenter
                y: middle.topicsY
                width: middle.centreWidth
                height: implicitHeight
                visible: middle.topicsFit
                titles: screen.content.highlights
                turning: screen.moving
            }
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
    SequentialAnimation {
        id: motion
        objectName: "attractMotion"
        running: screen.moving && world.arcCount > 0
        loops: Animation.Infinite
        onRunningChanged: if (!running) screen.rest()
        PauseAnimation { duration: 6000 }
        ParallelAnimation {
            NumberAnimation { target: screen; property: "fade"; to: 0; duration: 1600; easing.type: Easing.InOutSine }
            NumberAnimation { target: screen; property: "numbers"; to: 0; duration: 1600; easing.type: Easing.InOutSine }
        }
        PropertyAction { target: screen; property: "reveal"; value: 0 }
        PropertyAction { target: screen; property: "counted"; value: 0 }
        PropertyAction { target: screen; property: "fade"; value: 1 }
        PauseAnimation { duration: 600 }
        ParallelAnimation {
            // Each arc fades in over 0.9 s, as the one before it finishes.
            NumberAnimation { target: screen; property: "reveal"; from: 0; to: world.arcCount; duration: 900 * world.arcCount }
            NumberAnimation { target: screen; property: "numbers"; to: 1; duration: 900; easing.type: Easing.InOutSine }
            // At most 2.5 steps of the count a second (kiosk/models/attract_texts.py).
            NumberAnimation { target: screen; property: "counted"; from: 0; to: 1; duration: 3200 }
        }
    }

    // A touch anywhere else starts a visit in the kiosk's default language.
    TapHandler {
        objectName: "attractTap"
        onTapped: screen.kiosk.wake()
    }
    Accessible.role: Accessible.Button
    Accessible.name: screen.content.prompts.join(" · ")
    Accessible.onPressAction: screen.kiosk.wake()
}
