import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// Every control of the chrome: Back and Home, the languages, Aa and
// contrast. On one row when `width` allows, else two: Back, Home and the
// display choices above, the languages below. Whether it is one row or two
// depends on the window and the text size only, never on the language: no
// control moves when the language changes. Aa (large text) may make it two
// rows; Aa stays on the top row, so it stays under the finger that tapped it.
GridLayout {
    id: controls
    required property KioskModel kiosk
    property bool twoRows: false
    // Upright, Back and Home stay in one place on every screen, shown or not.
    property bool keepNavPlace: false
    // Back and Home as icons only (the header decides, by width).
    property bool compactNav: false
    columns: twoRows ? 2 : 3
    columnSpacing: Theme.px(24)
    rowSpacing: Theme.px(12)
    // The width on one row with Home shown (and Back, where it is), with
    // their labels and compact: what the header decides its rows by, the
    // same in every language.
    readonly property real fullWidth: widthWith(nav.slotWidth)
    readonly property real compactWidth: widthWith(nav.compactSlotWidth)
    // On two rows with Back and Home compact: the rest above, the languages below.
    readonly property real twoRowWidth: Math.max(switcher.implicitWidth,
                                                 navWidth(nav.compactSlotWidth) + columnSpacing
                                                 + display.implicitWidth)
    function navWidth(slot: real): real {
        return kiosk.backShown ? 2 * slot + nav.spacing : slot
    }
    function widthWith(slot: real): real {
        return navWidth(slot) + switcher.implicitWidth + display.implicitWidth + 2 * columnSpacing
    }

    Item {
        Layout.row: 0
        Layout.column: 0
        Layout.fillWidth: controls.twoRows
        implicitWidth: controls.keepNavPlace ? 2 * nav.slotWidth + nav.spacing : nav.implicitWidth
        implicitHeight: Theme.touch
        // (From the model, not from the buttons: an item inside a hidden
        // one is hidden too, and would never show.)
        visible: controls.keepNavPlace || controls.kiosk.screen !== Screens.Home
        NavButtons {
            id: nav
            kiosk: controls.kiosk
            compact: controls.compactNav
            anchors.verticalCenter: parent.verticalCenter
        }
    }
    LanguageSwitcher {
        id: switcher
        objectName: "languageSwitcher"
        kiosk: controls.kiosk
        Layout.row: controls.twoRows ? 1 : 0
        Layout.column: controls.twoRows ? 0 : 1
        Layout.columnSpan: controls.twoRows ? 2 : 1
        Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
    }
    DisplayControls {
        id: display
        objectName: "displayControls"
        display: controls.kiosk.display
        speech: controls.kiosk.speech
        Layout.row: 0
        Layout.column: controls.twoRows ? 1 : 2
        Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
    }
}
