pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The open topic: its headline, summary, paragraphs, bullets and numbered
// panels, then the ways onward (ReaderOnward), in one flickable column.
// The column is at most about 75 characters of body text wide, however wide
// the screen: longer lines are hard to follow back to their start. Its left
// edge is the same for every topic (ReaderPanel.columnLeft).
Rectangle {
    id: panel
    required property KioskModel kiosk
    readonly property SectionReader reader: kiosk.reader
    // The column in characters: the average character of this topic's own
    // text in the language on screen (Cyrillic is wider than Latin), in the
    // body font at its size now. 72 on average puts the longest lines, of
    // narrow letters, at about 75 (tests/ui/test_reading_layout.py lays
    // every line out again and counts).
    readonly property int measure: 72
    readonly property real averageCharacter: reader.sample.length > 0
        ? body.advanceWidth(reader.sample) / reader.sample.length : body.averageCharacterWidth
    // The column's left edge stays put from topic to topic (the eye goes
    // back to it): where a column of the body font's average character would
    // start, centred. Only its width follows the topic's own text.
    readonly property real columnLeft: Math.max(Theme.px(64), Math.round(
        (width - Math.floor(measure * body.averageCharacterWidth)) / 2))
    readonly property real columnWidth: Math.min(width - columnLeft - Theme.px(64),
                                                 Math.floor(measure * averageCharacter))
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.line
    border.width: Theme.edge

    function toTop(): void { reading.toTop() }

    FontMetrics {
        id: body
        font.pixelSize: Theme.bodySize
    }

    KeepPlaceList {
        id: reading
        objectName: "readerList"
        kiosk: panel.kiosk
        // No rows made ahead of time: a row still being made in the
        // background when the visitor opens another section is
        // cancelled with a Qt warning (seen on slow 4K frames).
        cacheBuffer: 0
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.leftMargin: panel.columnLeft
        anchors.topMargin: Theme.px(2)
        anchors.bottomMargin: Theme.px(2)
        width: panel.columnWidth
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: panel.reader.rows
        // A Tab stop of its own: the arrows scroll the text a page at a
        // time, then move on (kiosk/views/keypad_focus.py).
        activeFocusOnTab: true
        Accessible.role: Accessible.Document
        Accessible.name: panel.reader.title

        header: Item {
            width: ListView.view.width
            height: readerTitle.y + readerTitle.implicitHeight + Theme.px(18)
                    + readerSummary.implicitHeight + Theme.px(22) + rule.height + Theme.px(10)
            EvenText {
                id: readerTitle
                objectName: "readerTitle"
                // With large text, closer to the top and its lines closer
                // together: the body's first lines must show too (at 1080p,
                // five of them under a two-line title).
                y: Theme.largeText ? Theme.px(20) : Theme.px(52)
                width: parent.width
                lineHeight: Theme.largeText ? 1.0 : 1.15
                text: panel.reader.title
                font.family: Theme.displayFont
                font.pixelSize: Theme.headingPt(54)
                font.bold: true
                color: Theme.accent
                elide: Text.ElideNone
            }
            KText {
                id: readerSummary
                objectName: "readerSummary"
                anchors.top: readerTitle.bottom
                anchors.topMargin: Theme.px(18)
                width: parent.width
                text: panel.reader.summary
                font.pixelSize: Theme.pt(32)
                lineHeight: Theme.largeText ? 1.05 : 1.15
                color: Theme.inkMuted
                elide: Text.ElideNone
            }
            Rectangle {
                id: rule
                anchors.top: readerSummary.bottom
                anchors.topMargin: Theme.px(22)
                width: Theme.px(120)
                height: Theme.px(5)
                radius: height / 2
                color: Theme.accent
            }
        }

        footer: ReaderOnward {
            width: ListView.view.width
            kiosk: panel.kiosk
        }

        delegate: ReaderRow {
            width: ListView.view.width
        }
    }

    FocusRing {
        target: reading
        radius: panel.radius
    }

    // More below: a soft fade at the bottom edge, and a slim position bar.
    ScrollFade {
        objectName: "readerFade"
        // Shorter with large text: what it covers is a larger share of less.
        height: Theme.largeText ? Theme.px(56) : Theme.px(90)
        visible: !reading.atYEnd
    }
    Rectangle {
        objectName: "scrollBar"
        visible: reading.visibleArea.heightRatio < 1
        anchors.right: parent.right
        anchors.rightMargin: Theme.px(20)
        width: Theme.px(8)
        radius: width / 2
        color: Theme.line
        y: Theme.px(24) + reading.visibleArea.yPosition * (parent.height - Theme.px(48))
        height: Math.max(Theme.px(48), reading.visibleArea.heightRatio * (parent.height - Theme.px(48)))
    }
}
