import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The bar on every screen: Home (away from home), the title, today's date,
// the language switcher and the display controls. One row when they fit;
// otherwise (an upright screen, large text) the controls move to a second
// row, and the display controls to a third if even that is too narrow.
Rectangle {
    id: header
    required property KioskModel kiosk
    readonly property int spacing: Theme.px(24)
    readonly property bool homeShown: kiosk.screen !== Screens.Home
    readonly property real available: width - 2 * Theme.margin
    readonly property real controlsWidth: switcher.implicitWidth + spacing + display.implicitWidth
    readonly property real titleWidth: Math.max(title.implicitWidth, date.implicitWidth)
    readonly property int rows: {
        const lead = (homeShown ? home.implicitWidth + spacing : 0) + titleWidth + spacing
        if (lead + controlsWidth <= available) return 1
        return controlsWidth <= available ? 2 : 3
    }

    // Just what its rows need: 120 px on one row at 1080p. Every pixel more
    // is one the screens lack; 16 more once made the home tiles overflow and
    // be measured again on every language switch (bench/interaction.py).
    implicitHeight: {
        const lead = Math.max(header.homeShown ? home.implicitHeight : 0, titleBlock.implicitHeight)
        const gap = grid.rowSpacing
        let rowsHeight = lead
        if (rows === 1)
            rowsHeight = Math.max(lead, switcher.implicitHeight, display.implicitHeight)
        else if (rows === 2)
            rowsHeight = lead + gap + Math.max(switcher.implicitHeight, display.implicitHeight)
        else
            rowsHeight = lead + gap + switcher.implicitHeight + gap + display.implicitHeight
        return rowsHeight + 2 * Theme.px(14)
    }
    color: Theme.bar

    GridLayout {
        id: grid
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        columns: 4
        columnSpacing: header.spacing
        rowSpacing: Theme.px(16)

        TouchButton {
            id: home
            objectName: "homeButton"
            visible: header.homeShown
            onDark: true
            iconName: "home"
            text: qsTr("Home")
            Layout.row: 0
            Layout.column: 0
            onClicked: header.kiosk.goHome()
        }

        Column {
            id: titleBlock
            Layout.row: 0
            Layout.column: header.homeShown ? 1 : 0
            Layout.columnSpan: header.rows === 1 ? (header.homeShown ? 1 : 2)
                                                 : (header.homeShown ? 3 : 4)
            Layout.fillWidth: true
            spacing: Theme.px(4)
            KText {
                id: title
                objectName: "siteTitle"
                width: parent.width
                text: header.kiosk.title
                color: Theme.barInk
                font.pixelSize: Theme.pt(36)
                font.bold: true
                lineHeight: 1.0
                // On one row there is room by construction: no wrapping, so a
                // language switch never changes the bar's height, not even
                // for a moment (which would re-lay out the whole screen).
                wrapMode: header.rows === 1 ? Text.NoWrap : Text.Wrap
            }
            KText {
                id: date
                objectName: "dateText"
                width: parent.width
                text: header.kiosk.dateText
                color: Theme.barInkMuted
                font.pixelSize: Theme.smallSize
            }
        }

        LanguageSwitcher {
            id: switcher
            objectName: "languageSwitcher"
            kiosk: header.kiosk
            Layout.row: header.rows === 1 ? 0 : 1
            Layout.column: header.rows === 1 ? 2 : 0
            Layout.columnSpan: header.rows === 1 ? 1 : 2
        }

        DisplayControls {
            id: display
            objectName: "displayControls"
            display: header.kiosk.display
            Layout.row: header.rows === 3 ? 2 : header.rows === 2 ? 1 : 0
            Layout.column: header.rows === 3 ? 0 : 3
            Layout.columnSpan: header.rows === 3 ? 2 : 1
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
        }
    }

    // In high contrast the bar is as black as the page: a rule keeps them apart.
    Rectangle {
        visible: Theme.highContrast
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.edge
        color: Theme.line
    }
}
