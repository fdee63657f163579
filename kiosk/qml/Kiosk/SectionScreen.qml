pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models
import QtQuick.Layouts

// The section reader: the list of topics, and the section's
// headline, summary, paragraphs and bullet lists, flickable.
Page {
    id: screen
    required property KioskModel kiosk
    readonly property SectionReader reader: kiosk.reader
    readonly property string shownId: reader.sectionId

    // A new section starts at its top.
    onShownIdChanged: reading.toTop()

    Connections {
        target: screen.kiosk
        function onResetDone() {
            reading.toTop()
            topics.contentY = 0
        }
    }

    // Landscape: the topics on the left, the reader on the right. Upright:
    // the reader, then every topic in two columns below it, where a hand
    // reaches on a totem. (Home and Back are in the header, or upright in
    // the bottom bar: NavButtons.qml.)
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.px(48)
        rowSpacing: Theme.px(24)

        // The other topics, one tap away; all of one height, scrolling when
        // they need more room than there is.
        Flickable {
            id: topics
            objectName: "topicList"
            Layout.row: Theme.portrait ? 1 : 0
            Layout.column: 0
            Layout.fillWidth: Theme.portrait
            Layout.preferredWidth: Theme.portrait ? -1 : Theme.px(460) * Math.min(Theme.textScale, 1.25)
            Layout.fillHeight: !Theme.portrait
            Layout.preferredHeight: Theme.portrait ? contentHeight : -1
            // Upright, never more than this share of the screen: very long
            // titles make the list scroll rather than push the reader away.
            Layout.maximumHeight: Theme.portrait ? Math.round(screen.height * 0.45)
                                                 : Number.POSITIVE_INFINITY
            contentWidth: width
            contentHeight: topicGrid.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height

            TileGrid {
                id: topicGrid
                width: topics.width
                columns: Theme.portrait ? 2 : 1
                spacing: Theme.px(10)
                minimumHeight: Theme.touch
                model: screen.kiosk.sections
                delegate: Rectangle {
                    id: topic
                    required property string sectionId
                    required property string title
                    readonly property bool current: sectionId === screen.shownId
                    objectName: "topic_" + sectionId
                    implicitHeight: topicLabel.implicitHeight + Theme.px(28)
                    width: topicGrid.cellWidth
                    height: topicGrid.tileHeight(implicitHeight)
                    radius: Theme.px(10)
                    color: topicTap.pressed ? Theme.accentSoft : (current ? Theme.selected : Theme.surface)
                    border.color: current ? Theme.selected : Theme.line
                    border.width: Theme.edge

                    Accessible.role: Accessible.Button
                    Accessible.name: title
                    Accessible.onPressAction: screen.kiosk.openSection(topic.sectionId)

                    KText {
                        id: topicLabel
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: Theme.px(24)
                        anchors.rightMargin: Theme.px(16)
                        text: topic.title
                        font.pixelSize: Theme.smallSize
                        font.bold: topic.current
                        color: topic.current && !topicTap.pressed ? Theme.selectedInk : Theme.ink
                        elide: Text.ElideNone
                    }
                    TapHandler {
                        id: topicTap
                        gesturePolicy: TapHandler.ReleaseWithinBounds
                        onTapped: screen.kiosk.openSection(topic.sectionId)
                    }
                }
            }
        }

        Rectangle {
            Layout.row: 0
            Layout.column: Theme.portrait ? 0 : 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.line
            border.width: Theme.edge

            KeepPlaceList {
                id: reading
                objectName: "readerList"
                kiosk: screen.kiosk
                // No rows made ahead of time: a row still being made in the
                // background when the visitor opens another section is
                // cancelled with a Qt warning (seen on slow 4K frames).
                cacheBuffer: 0
                anchors.fill: parent
                anchors.leftMargin: Theme.px(64)
                anchors.rightMargin: Theme.px(64)
                anchors.topMargin: Theme.px(2)
                anchors.bottomMargin: Theme.px(2)
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: screen.reader.rows

                header: Item {
                    width: ListView.view.width
                    height: readerTitle.y + readerTitle.implicitHeight + Theme.px(18)
                            + readerSummary.implicitHeight + Theme.px(22) + rule.height + Theme.px(10)
                    KText {
                        id: readerTitle
                        objectName: "readerTitle"
                        y: Theme.px(52)
                        width: parent.width
                        text: screen.reader.title
                        font.pixelSize: Theme.pt(54)
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
                        text: screen.reader.summary
                        font.pixelSize: Theme.pt(32)
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

                footer: Item { width: 1; height: Theme.px(72) }

                delegate: Item {
                    id: row
                    required property int index
                    required property string kind
                    required property string text
                    required property bool continued
                    readonly property bool bullet: kind === "bullet"
                    readonly property int gap: continued ? Theme.px(12) : Theme.px(24)
                    objectName: "row_" + index
                    width: ListView.view.width
                    height: gap + label.implicitHeight

                    Rectangle {
                        visible: row.bullet
                        x: 0
                        y: row.gap + Theme.px(14)
                        width: Theme.px(12)
                        height: width
                        radius: width / 2
                        color: Theme.accent
                    }
                    KText {
                        id: label
                        x: row.bullet ? Theme.px(32) : 0
                        y: row.gap
                        width: parent.width - x
                        text: row.text
                        elide: Text.ElideNone
                    }
                }
            }

            // More below: a soft fade at the bottom edge, and a slim position bar.
            ScrollFade {
                height: Theme.px(90)
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
    }
}
