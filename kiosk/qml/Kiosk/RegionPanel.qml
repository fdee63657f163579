pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// Beside the map (below it, upright): the legend while no region is chosen,
// then the chosen region: what the source says of it (if anything), its
// "Central Asia + 1" formats, and the states and territories M49 puts in it.
Rectangle {
    id: panel
    required property KioskModel kiosk
    readonly property MapModel map: kiosk.map
    readonly property var info: map.selectionInfo
    // Items the map screen puts at the end of the legend.
    default property alias legendTrailing: legend.trailing
    objectName: "regionPanel"
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line
    border.width: Theme.edge

    MapLegend {
        id: legend
        objectName: "legend"
        map: panel.map
        visible: !panel.info.id
        anchors.fill: parent
        anchors.margins: Theme.px(16)
    }

    Flickable {
        id: details
        objectName: "regionDetails"
        visible: !!panel.info.id
        anchors.fill: parent
        anchors.margins: Theme.px(36)
        contentHeight: body.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Column {
            id: body
            width: details.width
            spacing: Theme.px(18)
            RowLayout {
                width: parent.width
                spacing: Theme.px(16)
                Rectangle {
                    Layout.preferredWidth: Theme.px(28)
                    Layout.preferredHeight: Theme.px(28)
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: Theme.px(10)
                    radius: Theme.px(4)
                    color: panel.info.id ? Theme.regionColour(panel.info.index)
                                         : "transparent"
                    border.color: Theme.line
                    border.width: Theme.px(1)
                }
                KText {
                    objectName: "regionName"
                    Layout.fillWidth: true
                    text: panel.info.name || ""
                    color: Theme.accent
                        font.pixelSize: Theme.pt(36)
                    font.bold: true
                    elide: Text.ElideNone
                }
                TouchButton {
                    objectName: "regionClose"
                    Layout.alignment: Qt.AlignTop
                    text: "✕"
                    Accessible.name: qsTr("Close")
                    onClicked: panel.map.clearSelection()
                }
            }
            // The country tapped, with its region: "Germany — Europe".
            KText {
                objectName: "regionCountry"
                visible: text !== ""
                width: parent.width
                text: panel.info.countryLine || ""
                font.bold: true
                elide: Text.ElideNone
            }
            KText {
                objectName: "regionText"
                visible: text !== ""
                width: parent.width
                text: panel.info.text || ""
                elide: Text.ElideNone
            }
            KText {
                visible: (panel.info.formats || []).length > 0
                width: parent.width
                text: qsTr("“Central Asia + 1” dialogue formats")
                font.bold: true
                elide: Text.ElideNone
            }
            Repeater {
                model: panel.info.formats || []
                delegate: KText {
                    required property string modelData
                    width: body.width
                    text: "• " + modelData
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideNone
                }
            }
            // States, then territories under their own heading: which is
            // which is M49's (kiosk/content/partners.py), not the screen's.
            RegionChips {
                listName: "regionCountries"
                width: parent.width
                heading: qsTr("States of the region")
                names: panel.info.countries || []
            }
            RegionChips {
                listName: "regionTerritories"
                width: parent.width
                heading: qsTr("Territories of the region")
                names: panel.info.territories || []
            }
        }
    }

    // A new region is read from its top; a reset also scrolls the legend back.
    Connections {
        target: panel.map
        function onSelectionChanged() { details.contentY = 0 }
    }
    Connections {
        target: panel.kiosk
        function onResetDone() { legend.contentY = 0 }
    }

    // More below in the panel: a soft fade says so.
    ScrollFade {
        height: Theme.px(80)
        visible: (details.visible && !details.atYEnd)
                 || (legend.visible && legend.interactive && !legend.atYEnd)
    }
}
