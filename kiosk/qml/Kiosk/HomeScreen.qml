pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models
import QtQuick.Layouts

// Home: the notices of the moment, the year motto (in its year only), the
// key figures with the day each holds for, and a tile for each section.
// Landscape puts the motto beside the figures and four tiles in a row; an
// upright screen or large text stacks the band and uses fewer, taller tiles,
// and the tiles scroll if they need more room than the screen has (the whole
// page does, if notices leave no room even for one row of them).
Page {
    id: home
    required property KioskModel kiosk

    // A reset leaves nothing of the last visitor: the tiles back at the top.
    Connections {
        target: home.kiosk
        function onResetDone() { tiles.contentY = 0; page.contentY = 0 }
    }

    readonly property int topMargin: Theme.px(20)
    readonly property int bottomMargin: Theme.px(20)
    // Notices, the band and the destinations leave no room for a row of
    // tiles (large text with notices): then the page scrolls as a whole,
    // with every tile on it, rather than the tiles alone.
    readonly property bool crowded: upper.implicitHeight + column.spacing + grid.tallest
                                    + topMargin + bottomMargin > height

    Flickable {
        id: page
        objectName: "homePage"
        anchors.fill: parent
        contentWidth: width
        contentHeight: home.crowded ? column.implicitHeight + home.topMargin + home.bottomMargin
                                    : height
        interactive: home.crowded
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            x: Theme.margin
            y: home.topMargin
            width: page.width - 2 * Theme.margin
            height: home.crowded ? implicitHeight : page.height - home.topMargin - home.bottomMargin
            spacing: Theme.px(16)

            ColumnLayout {
                id: upper
                Layout.fillWidth: true
                spacing: Theme.px(16)

                // A closure, a holiday, an event: only while its window is open.
                Repeater {
                    model: home.kiosk.notices
                    delegate: NoticeBand {
                        Layout.fillWidth: true
                    }
                }

                // Motto and key figures, on one calm band.
                HeroBand {
                    kiosk: home.kiosk
                    Layout.fillWidth: true
                }

                // The heading and the two other destinations; on a narrow screen
                // the buttons take a row of their own, side by side.
                GridLayout {
                    id: destinations
                    readonly property bool oneRow: heading.implicitWidth + mapButton.implicitWidth
                                                   + contactsButton.implicitWidth + 2 * columnSpacing
                                                   <= width
                    Layout.fillWidth: true
                    columns: oneRow ? 3 : 2
                    columnSpacing: Theme.px(24)
                    rowSpacing: Theme.px(16)
                    KText {
                        id: heading
                        objectName: "topicsHeading"
                        text: qsTr("Choose a topic")
                        font.pixelSize: Theme.pt(30)
                        font.bold: true
                        color: Theme.inkMuted
                        Layout.fillWidth: true
                        Layout.columnSpan: destinations.oneRow ? 1 : 2
                    }
                    TouchButton {
                        id: mapButton
                        objectName: "mapButton"
                        visible: home.kiosk.hasMap
                        text: qsTr("World map")
                        iconName: "globe"
                        Layout.fillWidth: !destinations.oneRow
                        onClicked: home.kiosk.openMap()
                    }
                    TouchButton {
                        id: contactsButton
                        objectName: "contactsButton"
                        visible: home.kiosk.hasContacts
                        text: qsTr("Contacts")
                        iconName: "contacts"
                        Layout.fillWidth: !destinations.oneRow
                        onClicked: home.kiosk.openContacts()
                    }
                }
            }

            // The tiles: all of one size, as many columns as fit their text, and
            // as tall as the longest tile needs (filling the screen when it can).
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: !home.crowded
                Layout.preferredHeight: home.crowded ? tiles.rows * grid.tallest
                                                       + (tiles.rows - 1) * grid.spacing
                                                     : -1

                Flickable {
                    id: tiles
                    objectName: "tileGrid"
                    anchors.fill: parent
                    readonly property int rows: Math.max(1, Math.ceil(grid.count / grid.columns))
                    readonly property real cellHeight: Math.max(grid.tallest,
                                                                Math.floor((height - (rows - 1) * grid.spacing) / rows))
                    contentWidth: width
                    contentHeight: grid.height
                    interactive: contentHeight > height
                    boundsBehavior: Flickable.StopAtBounds
                    clip: true

                    TileGrid {
                        id: grid
                        width: tiles.width
                        spacing: Theme.px(16)
                        columns: Math.max(1, Math.floor((width + spacing) / (Theme.px(400) * Theme.textScale + spacing)))
                        minimumHeight: Theme.px(200)
                        model: home.kiosk.sections

                        delegate: TopicTile {
                            kiosk: home.kiosk
                            width: grid.cellWidth
                            height: tiles.cellHeight
                            // The way in shows on every tile or none: where
                            // the tallest text leaves it room.
                            wayInRoom: tiles.cellHeight - grid.tallest
                        }
                    }
                }

                // More tiles below (large text: two rows of four in view): the last
                // row in view fades out, and a bar beside them says how many more.
                Rectangle {
                    objectName: "tilesMoreBelow"
                    visible: tiles.interactive && !tiles.atYEnd
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    height: Theme.px(72)
                    gradient: Gradient {
                        GradientStop { position: 0; color: Theme.pageClear }
                        GradientStop { position: 1; color: Theme.page }
                    }
                }
                SideScrollBar {
                    objectName: "tilesScrollBar"
                    flickable: tiles
                }
            }
        }
    }

    // More below, while the page scrolls as a whole: its foot fades out.
    Rectangle {
        objectName: "homeMoreBelow"
        visible: page.interactive && !page.atYEnd
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.px(96)
        gradient: Gradient {
            GradientStop { position: 0; color: Theme.pageClear }
            GradientStop { position: 1; color: Theme.page }
        }
    }
    // And a scroll bar, in the page's right margin (the page is the screen's
    // width: beside it would be off the screen).
    SideScrollBar {
        objectName: "homeScrollBar"
        flickable: page
        inside: true
        anchors.rightMargin: Theme.px(16)
    }
}
