pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The bar on top of every screen: the letterhead (flag, the ministry's
// name, the title, today's date) over a band of carpet guls. Landscape,
// the controls (ChromeControls) share it: beside the letterhead when the
// letterhead keeps room for its title, else on a row below it. Upright
// they are not here but in the bottom bar, where a hand reaches (Main.qml).
// Nothing is measured from a text that changes with the language: a
// language switch never moves a control nor changes the bar's height.
Rectangle {
    id: header
    required property KioskModel kiosk
    property bool withControls: true
    readonly property real available: width - 2 * Theme.margin
    // Beside the controls: the room the letterhead has there.
    readonly property real besideFull: available - grid.columnSpacing
                                       - ((controls.item as ChromeControls)?.fullWidth ?? 0)
    readonly property real besideCompact: available - grid.columnSpacing
                                          - ((controls.item as ChromeControls)?.compactWidth ?? 0)
    // One row when the letterhead fits beside the controls, if need be with
    // Back and Home as icons only (a narrow landscape screen); else two.
    readonly property real besideTwoRows: available - grid.columnSpacing
                                          - ((controls.item as ChromeControls)?.twoRowWidth ?? 0)
    // Too narrow for the controls on one row beside the letterhead (large
    // text, a 1280-wide screen): they take two rows beside it, which costs
    // far less height than a row of their own under it.
    readonly property bool controlsTwoRows: withControls
                                            && besideCompact < letterhead.neededWidth
                                            && besideTwoRows >= letterhead.neededWidth
    readonly property bool compactNav: withControls && (controlsTwoRows
                                       || besideFull < letterhead.neededWidth
                                          && besideCompact >= letterhead.neededWidth)
    readonly property bool oneRow: !withControls || besideCompact >= letterhead.neededWidth
                                   || controlsTwoRows
    implicitHeight: grid.implicitHeight + 2 * Theme.px(6) + band.height
    color: Theme.bar

    GridLayout {
        id: grid
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.px(6)
        columns: header.oneRow ? 2 : 1
        columnSpacing: Theme.px(24)
        rowSpacing: Theme.px(12)

        Letterhead {
            id: letterhead
            objectName: "letterhead"
            kiosk: header.kiosk
            // What the controls leave: its lines shrink to fit, never push.
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            Layout.alignment: Qt.AlignLeft | Qt.AlignVCenter
        }
        // Not made at all upright (they are in the bottom bar): one
        // control of each name on screen.
        Loader {
            id: controls
            active: header.withControls
            visible: active
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            // Room of their own above and below: in two rows (large text
            // on a 1280-wide screen) they are the bar's tallest part, and
            // sat 4 px from the screen's edge (now 7). A constant, not bound to the
            // two-row choice: the bar's height must not follow a value that
            // changes for a moment during a language switch.
            Layout.topMargin: Theme.px(4)
            Layout.bottomMargin: Theme.px(4)
            sourceComponent: ChromeControls {
                kiosk: header.kiosk
                compactNav: header.compactNav
                twoRows: header.controlsTwoRows
            }
        }
    }

    GulBand {
        id: band
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
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
