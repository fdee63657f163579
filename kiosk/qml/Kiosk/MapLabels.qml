pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The regions' names on the map, where they fit at the current zoom. The
// model decides which show and where (RegionLabels.spots: by the region's
// anchor or elsewhere on its own land, a margin off the view's edges and the
// zoom buttons, on no other label, off Turkmenistan's mark); here the labels tell the model their font, padding
// and height (it measures every language's name, so that which labels show
// never depends on the language) and stand where they are told. The chosen
// region's label is emphasised: filled in the accent, its text reversed.
// Turkmenistan's region is named at every zoom, off its land with a leader
// line where its name fits nowhere on it.
Item {
    id: labels
    required property MapModel map
    readonly property int padding: Theme.px(20)
    onMapChanged: measure.tell()
    onPaddingChanged: measure.tell()

    // The labels' font, as they draw it: the model measures the names in it,
    // on one line and on two.
    KText {
        id: measure
        visible: false
        text: "Ag"
        font.pixelSize: Theme.smallSize
        font.bold: true
        wrapMode: Text.NoWrap
        function tell(): void {
            if (labels.map)
                labels.map.labels.setStyle(font, labels.padding, implicitHeight + Theme.px(4),
                                           twoLines.implicitHeight + Theme.px(4))
        }
        onFontChanged: tell()
        onImplicitHeightChanged: tell()
        Component.onCompleted: tell()
    }
    KText {
        id: twoLines
        visible: false
        text: "Ag\nAg"
        font: measure.font
        wrapMode: Text.NoWrap
        onImplicitHeightChanged: measure.tell()
    }

    Repeater {
        model: labels.map.regionList
        delegate: Rectangle {
            id: label
            required property string regionId
            required property string name
            readonly property var spot: labels.map.labels.spots[regionId]
            readonly property bool chosen: labels.map.selection === regionId
            // On two lines where one does not fit (the model decides).
            readonly property int lines: spot ? spot[2] : 1
            objectName: "mapLabel_" + regionId
            visible: spot !== undefined
            x: spot ? Math.round(spot[0] - width / 2) : 0
            y: spot ? Math.round(spot[1] - height / 2) : 0
            // As wide as its name, centred in the box the model placed (the
            // widest name in every language): drawn inside the box the model
            // judged, it covers nothing the model did not allow for, and a
            // short name is not a long, half-empty pill.
            width: Math.min(spot ? spot[3] : Infinity, labelText.implicitWidth + labels.padding)
            height: labelText.implicitHeight + Theme.px(4)
            radius: Math.min(height, measure.implicitHeight + Theme.px(4)) / 2
            color: chosen ? Theme.selected : Theme.surface
            border.color: chosen ? Theme.selectedInk : Theme.line
            border.width: chosen ? Theme.edge : Theme.px(1)
            Accessible.role: Accessible.StaticText
            Accessible.name: name

            // A callout (Turkmenistan's region where its name fits nowhere on
            // its land): a leader line from the region's anchor, where a dot
            // marks it, to the label's nearest edge. Drawn under the label.
            readonly property bool callout: spot !== undefined && spot.length > 5
            // Each reads the spot itself: bindings update one by one, and
            // ``callout`` may still be true when the spot has just gone.
            readonly property real anchorX: spot !== undefined && spot.length > 5 ? spot[4] - x : 0
            readonly property real anchorY: spot !== undefined && spot.length > 5 ? spot[5] - y : 0
            readonly property real endX: Math.min(Math.max(anchorX, 0), width)
            readonly property real endY: Math.min(Math.max(anchorY, 0), height)
            Rectangle {
                objectName: "mapLeader_" + label.regionId
                visible: label.callout
                z: -1
                x: label.anchorX
                y: label.anchorY - height / 2
                width: Math.hypot(label.endX - label.anchorX, label.endY - label.anchorY)
                height: Theme.edge
                transformOrigin: Item.Left
                rotation: Math.atan2(label.endY - label.anchorY, label.endX - label.anchorX)
                          * 180 / Math.PI
                antialiasing: true
                color: Theme.ink
            }
            Rectangle {
                objectName: "mapLeaderDot_" + label.regionId
                visible: label.callout
                z: -1
                width: Theme.px(12)
                height: width
                radius: width / 2
                x: label.anchorX - width / 2
                y: label.anchorY - height / 2
                color: Theme.ink
                border.color: Theme.surface
                border.width: Theme.px(2)
            }
            KText {
                id: labelText
                anchors.centerIn: parent
                text: label.lines === 2 ? labels.map.labels.twoLines(label.name) : label.name
                horizontalAlignment: Text.AlignHCenter
                color: label.chosen ? Theme.selectedInk : Theme.ink
                font: measure.font
                wrapMode: Text.NoWrap
                elide: Text.ElideNone
            }
        }
    }
}
