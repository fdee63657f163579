import QtQuick
import Kiosk.Models
import QtQuick.Layouts
import "../components"

// Home: the year motto, the key figures and a tile for each policy section.
Page {
    id: home
    required property KioskModel kiosk

    // A reset leaves nothing of the last visitor: the tiles back at the top.
    Connections {
        target: home.kiosk
        function onResetDone() { tiles.positionViewAtBeginning() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.px(36)
        anchors.bottomMargin: Theme.px(38)
        spacing: Theme.px(20)

        // Motto and key figures, on one calm band.
        Rectangle {
            objectName: "hero"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.px(172)
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.line
            border.width: Theme.px(2)

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.px(44)
                anchors.rightMargin: Theme.px(44)
                spacing: Theme.px(44)

                KText {
                    objectName: "motto"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    Layout.fillHeight: true
                    Layout.topMargin: Theme.px(16)
                    Layout.bottomMargin: Theme.px(16)
                    verticalAlignment: Text.AlignVCenter
                    text: home.kiosk.motto
                    color: Theme.green
                    font.pixelSize: Theme.px(46)
                    // Longer translations shrink a little rather than spill out.
                    fontSizeMode: Text.Fit
                    minimumPixelSize: Theme.px(32)
                    font.bold: true
                }

                Repeater {
                    model: home.kiosk.figures
                    delegate: RowLayout {
                        id: figure
                        required property int index
                        required property string value
                        required property string label
                        objectName: "figure_" + index
                        spacing: Theme.px(20)
                        Layout.alignment: Qt.AlignVCenter
                        Rectangle {
                            Layout.preferredWidth: Theme.px(6)
                            Layout.preferredHeight: Theme.px(120)
                            color: Theme.green
                            radius: width / 2
                        }
                        KText {
                            objectName: "figureValue_" + figure.index
                            text: figure.value
                            color: Theme.green
                            font.pixelSize: Theme.px(84)
                            font.bold: true
                            wrapMode: Text.NoWrap
                            Layout.alignment: Qt.AlignVCenter
                        }
                        KText {
                            objectName: "figureLabel_" + figure.index
                            text: figure.label
                            color: Theme.inkMuted
                            font.pixelSize: Theme.smallSize
                            lineHeight: 1.05
                            Layout.preferredWidth: Theme.px(360)
                            Layout.alignment: Qt.AlignVCenter
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.px(24)
            KText {
                objectName: "topicsHeading"
                text: qsTr("Choose a topic")
                font.pixelSize: Theme.px(30)
                font.bold: true
                color: Theme.inkMuted
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "mapButton"
                visible: home.kiosk.hasMap
                text: qsTr("Partners on the map")
                icon: home.kiosk.iconBase + "globe.svg"
                onClicked: home.kiosk.openMap()
            }
            TouchButton {
                objectName: "contactsButton"
                visible: home.kiosk.hasContacts
                text: qsTr("Contacts")
                icon: home.kiosk.iconBase + "contacts.svg"
                onClicked: home.kiosk.openContacts()
            }
        }

        GridView {
            id: tiles
            objectName: "tileGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            readonly property int columns: 4
            readonly property int rows: Math.max(1, Math.ceil(count / columns))
            cellWidth: Math.floor(width / columns)
            cellHeight: Math.max(Theme.px(220), Math.floor(height / rows))
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            model: home.kiosk.sections

            delegate: Item {
                id: cell
                required property int index
                required property string sectionId
                required property string title
                required property string summary
                width: tiles.cellWidth
                height: tiles.cellHeight

                Rectangle {
                    id: tile
                    objectName: "tile_" + cell.sectionId
                    anchors.fill: parent
                    anchors.margins: Theme.px(10)
                    radius: Theme.radius
                    color: tap.pressed ? Theme.greenSoft : Theme.surface
                    border.color: tap.pressed ? Theme.green : Theme.line
                    border.width: Theme.px(2)
                    scale: tap.pressed ? 0.98 : 1
                    Behavior on scale { NumberAnimation { duration: 120 } }

                    Accessible.role: Accessible.Button
                    Accessible.name: cell.title
                    Accessible.description: cell.summary
                    Accessible.onPressAction: home.kiosk.openSection(cell.sectionId)

                    Rectangle {
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        anchors.margins: Theme.px(18)
                        width: Theme.px(6)
                        radius: width / 2
                        color: Theme.green
                    }

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.px(44)
                        anchors.rightMargin: Theme.px(24)
                        anchors.topMargin: Theme.px(20)
                        anchors.bottomMargin: Theme.px(16)
                        spacing: Theme.px(10)

                        KText {
                            objectName: "tileTitle_" + cell.sectionId
                            text: cell.title
                            font.pixelSize: Theme.px(29)
                            font.bold: true
                            lineHeight: 1.05
                            maximumLineCount: 2
                            Layout.fillWidth: true
                        }
                        KText {
                            text: cell.summary
                            color: Theme.inkMuted
                            font.pixelSize: Theme.smallSize
                            lineHeight: 1.05
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            verticalAlignment: Text.AlignTop
                        }
                    }

                    TapHandler {
                        id: tap
                        gesturePolicy: TapHandler.ReleaseWithinBounds
                        onTapped: home.kiosk.openSection(cell.sectionId)
                    }
                }
            }
        }
    }
}
