pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The world, the key figures and the topics, in the room the words
// above and the ways in below leave; the world keeps its shape and
// takes what the others do not need. Wide: the figures either side
// of the world, the topics under it. Upright: the world, the
// figures in a row, the topics, one under another.
Item {
    id: stage
    required property KioskModel kiosk
    readonly property var content: kiosk.attract
    // The attract screen's motion (AttractScreen.qml), which this follows.
    property real reveal: 1000
    property real fade: 1
    property real counted: 1
    property real numbers: 1
    property bool moving: false
    readonly property int arcCount: world.arcCount
    function firstTopic(): void { topics.current = 0 }

    readonly property real gap: Theme.px(28)
    readonly property real aspect: stage.kiosk.map.aspect
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
    readonly property real sideWidth: Theme.px(440)
    readonly property real centreWidth: Theme.portrait ? width : width - 2 * (sideWidth + gap)
    readonly property real worldWidth: Math.max(0, Math.min(centreWidth,
                                                            (height - below - gap) / aspect))
    readonly property bool worldFits: stage.kiosk.hasMap && worldWidth * aspect >= Theme.px(160)
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
        map: stage.kiosk.map
        width: stage.worldWidth
        height: stage.worldHeight
        x: (stage.width - width) / 2
        y: stage.worldY
        visible: stage.worldFits
        reveal: stage.reveal
        fade: stage.fade
        breathing: stage.moving && stage.worldFits
    }

    // The key figures on one grid (AttractFigures.qml). Upright: in a row
    // under the world. Wide: either side of the world, in the middle of
    // the height, and not at all if they do not fit.
    // Shown or not by opacity: a positioner that is not visible positions
    // nothing and has no height, so hiding it for its height would show it
    // again, and so on, for ever (a polish loop).
    Item {
        anchors.fill: parent
        opacity: (Theme.portrait ? stage.figuresFit : figuresGrid.implicitHeight <= stage.height) ? 1 : 0
        AttractFigures {
            id: figuresGrid
            objectName: "attractFigures"
            figures: stage.content.figures
            language: stage.kiosk.language
            counted: stage.counted
            numberShown: stage.numbers
            columnSpacing: stage.gap
            columnWidth: Theme.portrait ? (stage.width - stage.gap) / 2 : stage.sideWidth
            middleWidth: Theme.portrait ? 0 : stage.centreWidth
            x: (stage.width - width) / 2
            y: Theme.portrait ? stage.figuresY : (stage.height - height) / 2
        }
    }

    AttractTopics {
        id: topics
        objectName: "attractTopics"
        anchors.horizontalCenter: parent.horizontalCenter
        y: stage.topicsY
        width: stage.centreWidth
        height: implicitHeight
        visible: stage.topicsFit
        titles: stage.content.highlights
        turning: stage.moving
    }
}
