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
    onShownIdChanged: panel.toTop()

    Connections {
        target: screen.kiosk
        function onResetDone() {
            panel.toTop()
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
        // they need more room than there is, with a scroll bar beside them
        // (in the gap before the reader): with large text the list ended on a
        // whole tile, and nothing said that an eighth topic lay below.
        Item {
            Layout.row: Theme.portrait ? 1 : 0
            Layout.column: 0
            Layout.fillWidth: Theme.portrait
            Layout.preferredWidth: Theme.portrait ? -1 : Theme.px(460) * Math.min(Theme.textScale, 1.25)
            Layout.fillHeight: !Theme.portrait
            Layout.preferredHeight: Theme.portrait ? topics.contentHeight : -1
            // Upright, never more than this share of the screen: very long
            // titles make the list scroll rather than push the reader away.
            Layout.maximumHeight: Theme.portrait ? Math.round(screen.height * 0.45)
                                                 : Number.POSITIVE_INFINITY
            Flickable {
                id: topics
                objectName: "topicList"
                anchors.fill: parent
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
                        Accessible.selected: current   // "selected": the one being read
                        Accessible.onPressAction: screen.kiosk.openSection(topic.sectionId)
                        activeFocusOnTab: true

                        FocusRing {}

                        EvenText {
                            id: topicLabel
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.leftMargin: Theme.px(24)
                            anchors.rightMargin: Theme.px(16)
                            text: topic.title
                            font.pixelSize: Theme.smallSize
                            // One weight whether chosen or not: a bold title is
                            // wider, wraps otherwise and would move the list.
                            color: topic.current && !topicTap.pressed ? Theme.selectedInk : Theme.ink
                            elide: Text.ElideNone
                        }
                        TapHandler {
                            longPressThreshold: 0   // a slow press is a tap too (TouchButton.qml)
                            id: topicTap
                            gesturePolicy: TapHandler.ReleaseWithinBounds
                            onTapped: screen.kiosk.openSection(topic.sectionId)
                        }
                    }
                }
            }
            SideScrollBar {
                objectName: "topicsScrollBar"
                flickable: topics
            }
        }

        ReaderPanel {
            id: panel
            kiosk: screen.kiosk
            Layout.row: 0
            Layout.column: Theme.portrait ? 0 : 1
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
