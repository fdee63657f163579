pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Ops

// Staff set the opening hours: each weekday open or closed, and from / to
// in half-hour steps (kiosk/ops/hours_panel.py decides; every change is
// saved at once). Large buttons, one row a day.
Rectangle {
    id: hoursView
    property OpeningHoursPanel hours: null
    property bool shown: false
    objectName: "openingHoursView"
    color: Theme.page
    visible: shown && hours !== null
    // Keys: over the staff panel, it takes the focus; Escape is Done.
    onVisibleChanged: Keyboard.overlay(hoursView, visible)
    function dismiss(): void { shown = false }

    MouseArea { anchors.fill: parent }   // the panel behind stays still

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentHeight: rows.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: rows
            width: flick.width
            spacing: Theme.px(14)

            KText {
                text: qsTr("Opening hours")
                color: Theme.accent
                font.pixelSize: Theme.pt(44)
                font.bold: true
            }
            KText {
                Layout.fillWidth: true
                text: hoursView.hours && hoursView.hours.alwaysOpen
                      ? qsTr("Open all day, every day.")
                      : qsTr("Outside these hours the kiosk shows that it is closed, and the "
                             + "display sleeps. The first touch only wakes it.")
                font.pixelSize: Theme.smallSize
            }

            Repeater {
                model: hoursView.hours ? hoursView.hours.days : []
                delegate: RowLayout {
                    id: row
                    required property var modelData
                    required property int index
                    spacing: Theme.px(16)
                    KText {
                        // Upright, the row is narrower: every part fits 1080 wide.
                        Layout.preferredWidth: Theme.px(Theme.portrait ? 200 : 230)
                        text: row.modelData.name
                        font.bold: true
                        wrapMode: Text.NoWrap
                        elide: Text.ElideNone
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Math.round(font.pixelSize * 0.7)
                    }
                    TouchButton {
                        objectName: "dayOpen_" + row.modelData.code
                        Layout.preferredWidth: Theme.px(Theme.portrait ? 150 : 220)
                        text: row.modelData.open ? qsTr("Open") : qsTr("Closed")
                        checked: row.modelData.open
                        onClicked: hoursView.hours.toggleDay(row.index)
                    }
                    TimeStepper {
                        objectName: "dayFrom_" + row.modelData.code
                        visible: row.modelData.open
                        time: row.modelData.from
                        earlierName: qsTr("Open earlier")
                        laterName: qsTr("Open later")
                        onShift: (steps) => hoursView.hours.shiftOpening(row.index, steps)
                    }
                    KText { visible: row.modelData.open; text: "–" }
                    TimeStepper {
                        objectName: "dayTo_" + row.modelData.code
                        visible: row.modelData.open
                        time: row.modelData.to
                        earlierName: qsTr("Close earlier")
                        laterName: qsTr("Close later")
                        onShift: (steps) => hoursView.hours.shiftClosing(row.index, steps)
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                Layout.topMargin: Theme.px(16)
                spacing: Theme.px(20)
                TouchButton {
                    objectName: "hoursAlwaysOpen"
                    text: qsTr("Always open")
                    checked: hoursView.hours !== null && hoursView.hours.alwaysOpen
                    onClicked: hoursView.hours.setAlwaysOpen()
                }
                TouchButton {
                    objectName: "hoursDone"
                    text: qsTr("Done")
                    checked: true
                    onClicked: hoursView.shown = false
                }
            }
        }
    }
}
