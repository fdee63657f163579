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
    // The chosen region's name: upright, where the panel shares the screen
    // with a map of half its height, no larger than large text's body, so
    // that the panel keeps room for three lines of text (MapScreen).
    readonly property int nameSize: Theme.portrait ? Math.min(Theme.pt(36), Theme.px(44))
                                                   : Theme.pt(36)
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
        anchors.rightMargin: Theme.px(28)  // room for the scroll bar
    }
    SideScrollBar {
        objectName: "legendScrollBar"
        flickable: legend
    }

    Flickable {
        id: details
        objectName: "regionDetails"
        visible: !!panel.info.id
        anchors.fill: parent
        // Upright, the panel below the map is short: a narrower margin
        // leaves room for the region's name, its country and three lines.
        anchors.margins: Theme.portrait ? Theme.px(16) : Theme.px(36)
        anchors.leftMargin: Theme.portrait ? Theme.px(24) : Theme.px(36)
        anchors.rightMargin: anchors.leftMargin
        contentHeight: body.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // A Tab stop, as the reader is: the arrows scroll the region's text.
        activeFocusOnTab: true
        Accessible.role: Accessible.Document
        Accessible.name: panel.info.name || ""
        // Focused after a region is chosen with keys: speech reads all of it.
        Accessible.description: {
            const i = panel.info, parts = [i.countryLine || "", i.text || ""]
            if ((i.formats || []).length)
                parts.push(qsTr("“Central Asia + 1” dialogue formats") + ": " + i.formats.join("; "))
            if ((i.countries || []).length)
                parts.push(qsTr("States of the region") + ": " + i.countries.join(", "))
            if ((i.territories || []).length)
                parts.push(qsTr("Territories of the region") + ": " + i.territories.join(", "))
            return parts.filter(p => p !== "").join(". ")
        }
        Column {
            id: body
            width: details.width
            spacing: Theme.portrait ? Theme.px(10) : Theme.px(18)
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
                    wordsWhole: true
                    Layout.fillWidth: true
                    text: panel.info.name || ""
                    color: Theme.accent
                    font.pixelSize: panel.nameSize
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
            // Bullets as the reader draws them (ReaderRow.qml): a dot in the
            // accent colour, the text beside it, a wrapped line under the text.
            Repeater {
                model: panel.info.formats || []
                delegate: Item {
                    id: format
                    required property string modelData
                    width: body.width
                    height: formatText.implicitHeight
                    Rectangle {
                        y: Math.round((formatMetrics.height * formatText.lineHeight - height) / 2)
                        width: Theme.px(10)
                        height: width
                        radius: width / 2
                        color: Theme.accent
                    }
                    KText {
                        id: formatText
                        x: Theme.px(26)
                        width: parent.width - x
                        text: format.modelData
                        font.pixelSize: Theme.smallSize
                        elide: Text.ElideNone
                    }
                    FontMetrics { id: formatMetrics; font: formatText.font }
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

    FocusRing {
        target: details
        radius: panel.radius
    }

    // More below in the panel: a scroll bar says so (a fade dimmed the keys).
    SideScrollBar {
        objectName: "detailsScrollBar"
        flickable: details
    }
}
