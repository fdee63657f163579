import QtQuick
import Kiosk.Models
import QtQuick.Layouts

// The section reader: Back and the list of topics, and the section's
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

    // Landscape: Back and the topics on the left, the reader on the right.
    // Upright: Back on top, the reader, then every topic in two columns
    // below it, where a hand reaches on a totem.
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.px(48)
        rowSpacing: Theme.px(24)

        TouchButton {
            objectName: "backButton"
            text: qsTr("Back")
            iconName: "arrow-left"
            Layout.row: 0
            Layout.column: 0
            onClicked: screen.kiosk.goBack()
        }

        // The other topics, one tap away; all of one height, scrolling when
        // they need more room than there is.
        Flickable {
            id: topics
            objectName: "topicList"
            readonly property int gap: Theme.px(10)
            readonly property int columns: Theme.portrait ? 2 : 1
            readonly property real cellWidth: Math.floor((width - (columns - 1) * gap) / columns)
            // Topics made so far: `tallest` is measured again as each
            // arrives (the Repeater's count changes before they exist).
            property int made: 0
            readonly property real tallest: {
                let most = Theme.touch
                for (let i = 0; i < Math.min(made, topicRepeater.count); ++i) {
                    const topic = topicRepeater.itemAt(i)
                    if (topic) most = Math.max(most, topic.needed)
                }
                return most
            }
            Layout.row: Theme.portrait ? 2 : 1
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

            Grid {
                id: topicGrid
                columns: topics.columns
                spacing: topics.gap
                Repeater {
                    id: topicRepeater
                    model: screen.kiosk.sections
                    onItemAdded: topics.made++
                    onItemRemoved: topics.made--
                    delegate: Rectangle {
                        id: topic
                        required property string sectionId
                        required property string title
                        readonly property bool current: sectionId === screen.shownId
                        readonly property real needed: topicLabel.implicitHeight + Theme.px(28)
                        objectName: "topic_" + sectionId
                        width: topics.cellWidth
                        // Side by side, topics share one height; in a single
                        // column each is as tall as it needs.
                        height: topics.columns > 1 ? topics.tallest : Math.max(Theme.touch, needed)
                        radius: Theme.px(10)
                        color: topicTap.pressed ? Theme.accentSoft : (current ? Theme.selected : Theme.surface)
                        border.color: current ? Theme.selected : Theme.line
                        border.width: Theme.edge

                        Accessible.role: Accessible.Button
                        Accessible.name: title
                        Accessible.onPressAction: screen.kiosk.openSection(sectionId)

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
        }

        Rectangle {
            Layout.row: Theme.portrait ? 1 : 0
            Layout.column: Theme.portrait ? 0 : 1
            Layout.rowSpan: Theme.portrait ? 1 : 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.line
            border.width: Theme.edge

            ListView {
                id: reading
                objectName: "readerList"
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

                // Where the visitor is reading: the row at the top and how far
                // into it, so that a language switch keeps the place. Every
                // height below is a binding (no positioners), so it is exact
                // as soon as the text changes.
                property int anchorIndex: -1
                property real anchorFraction: 0
                // At the top, the view stays at the top while the headline's
                // height settles (first layout, a new width, another language).
                property bool pinnedToTop: true

                function toTop() {
                    holding = false
                    pinnedToTop = true
                    positionViewAtBeginning()
                }
                // Rows above the view are measured again over the next frames
                // (their text re-flowed), which moves the origin under the
                // place just restored: it is re-applied until the list settles
                // or a finger moves it.
                property bool holding: false
                property bool applying: false
                Timer {
                    id: holdTimer
                    interval: 300
                    onTriggered: reading.holding = false
                }
                onOriginYChanged: {
                    if (moving) return
                    if (pinnedToTop) contentY = originY
                    else if (holding) applyPosition()
                }
                onContentHeightChanged: if (holding && !moving) applyPosition()
                onMovementStarted: {
                    pinnedToTop = false
                    holding = false
                }
                onMovementEnded: pinnedToTop = atYBeginning

                function rememberPosition() {
                    anchorIndex = indexAt(width / 2, contentY + 1)
                    const item = anchorIndex >= 0 ? itemAtIndex(anchorIndex) : null
                    anchorFraction = item ? (contentY - item.y) / Math.max(1, item.height) : 0
                }
                function restorePosition() {
                    forceLayout()
                    if (anchorIndex < 0) {
                        toTop()
                        return
                    }
                    applyPosition()
                    holding = true
                    holdTimer.restart()
                }
                function applyPosition() {
                    if (applying) return
                    applying = true
                    positionViewAtIndex(anchorIndex, ListView.Beginning)
                    const item = itemAtIndex(anchorIndex)
                    const bottom = Math.max(originY, originY + contentHeight - height)
                    if (item)
                        contentY = Math.min(item.y + anchorFraction * item.height, bottom)
                    applying = false
                }

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

                Connections {
                    target: screen.kiosk
                    function onLanguageAboutToChange() { reading.rememberPosition() }
                    function onLanguageChanged() { reading.restorePosition() }
                }
                // Large text re-flows every row: the reader keeps its place too
                // (exactly, even when the top row only just shows).
                Connections {
                    target: screen.kiosk.display
                    function onAboutToChange() { reading.rememberPosition() }
                    function onChanged() { Qt.callLater(reading.restorePosition) }
                }
            }

            // More below: a soft fade at the bottom edge, and a slim position bar.
            Rectangle {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.px(2)
                height: Theme.px(90)
                radius: Theme.radius
                visible: !reading.atYEnd
                gradient: Gradient {
                    GradientStop { position: 0; color: Theme.surfaceClear }
                    GradientStop { position: 1; color: Theme.surface }
                }
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
