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
// Turkmenistan's region, with no region chosen, is named off its land with
// a leader line where its name fits nowhere on it (kiosk/models/map_callout.py).
Item {
    id: labels
    required property MapModel map
    readonly property int padding: Theme.px(20)
    // A name on two lines is one name: its lines sit at the font's own
    // spacing, not at the reading text's looser 1.15, which made two words
    // of a pill look like two labels. The room that spacing gave a line
    // (below it) goes round the two lines instead, or the tails of ý and р
    // touch the pill's edge.
    readonly property real twoLineHeight: 1.0
    readonly property real twoLineRoom: measure.implicitHeight * (1 - twoLineHeight / measure.lineHeight)
    onMapChanged: measure.tell()
    onPaddingChanged: measure.tell()
    onTwoLineRoomChanged: measure.tell()

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
                                           twoLines.implicitHeight + labels.twoLineRoom + Theme.px(4))
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
        lineHeight: labels.twoLineHeight
        wrapMode: Text.NoWrap
        onImplicitHeightChanged: measure.tell()
    }

    Repeater {
        model: labels.map.regionList
        delegate: Rectangle {
            id: label
            required property string regionId
            required property string name
            required property int index
            readonly property var spot: labels.map.labels.spots[regionId]
            readonly property bool chosen: labels.map.selection === regionId
            // On two lines where one does not fit (the model decides).
            readonly property int lines: spot ? spot[2] : 1
            objectName: "mapLabel_" + regionId
            visible: spot !== undefined
            // As wide as its name, inside the box the model placed (the
            // widest name in every language): drawn inside the box the model
            // judged, it covers nothing the model did not allow for, and a
            // short name is not a long, half-empty pill. Centred in the box;
            // a callout's pill slides along it to meet its leader where the
            // model drew the line to the box.
            x: spot ? Math.round(callout ? Math.min(Math.max(leaderEndX - width / 2, boxLeft),
                                                    boxLeft + spot[3] - width)
                                         : spot[0] - width / 2)
                    : 0
            y: spot ? Math.round(spot[1] - height / 2) : 0
            width: Math.min(spot ? spot[3] : Infinity, labelText.implicitWidth + labels.padding
                                                       + (swatch.width > 0 ? swatch.width + swatchGap : 0))
            readonly property real swatchGap: Math.round(0.25 * (measure.implicitHeight + Theme.px(4)))
            height: labelText.implicitHeight + Theme.px(4) + (lines === 2 ? labels.twoLineRoom : 0)
            radius: Math.min(height, measure.implicitHeight + Theme.px(4)) / 2
            color: chosen ? Theme.selected : Theme.surface
            border.color: chosen ? Theme.selectedInk : Theme.line
            border.width: chosen ? Theme.edge : Theme.px(1)
            Accessible.role: Accessible.StaticText
            Accessible.name: name

            // A callout (Turkmenistan's region where its name fits nowhere on
            // its land): a leader line from a dot on the region's land to the
            // box's nearest point, as the model checked it (crossing no other
            // label, button or mark). Drawn under the label. Each property
            // reads the spot itself: bindings update one by one, and one that
            // read ``callout`` could see it still true when the spot has gone.
            readonly property bool callout: spot !== undefined && spot.length > 5
            readonly property real boxLeft: spot !== undefined ? spot[0] - spot[3] / 2 : 0
            readonly property real leaderEndX: spot !== undefined && spot.length > 5
                                               ? Math.min(Math.max(spot[4], boxLeft), boxLeft + spot[3]) : 0
            readonly property real leaderEndY: spot !== undefined && spot.length > 5
                                               ? Math.min(Math.max(spot[5], spot[1] - height / 2),
                                                          spot[1] + height / 2) : 0
            readonly property real anchorX: spot !== undefined && spot.length > 5 ? spot[4] - x : 0
            readonly property real anchorY: spot !== undefined && spot.length > 5 ? spot[5] - y : 0
            readonly property real endX: leaderEndX - x
            readonly property real endY: leaderEndY - y
            Rectangle {
                objectName: "mapLeader_" + label.regionId
                visible: label.callout
                z: -1
                x: label.anchorX
                y: label.anchorY - height / 2
                width: Math.hypot(label.endX - label.anchorX, label.endY - label.anchorY)
                height: Math.max(2, Theme.edge)  // a hairline at 1280×800 was hard to see
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
                // Plain and small: a ringed dot looked like a second
                // Turkmenistan's mark beside the real one.
                width: Theme.px(9)
                height: width
                radius: width / 2
                x: label.anchorX - width / 2
                y: label.anchorY - height / 2
                color: Theme.ink
            }
            // A callout also shows its region's colour, as the legend does:
            // off its land, the label says which land it names.
            Rectangle {
                id: swatch
                objectName: "mapLabelSwatch_" + label.regionId
                visible: label.callout
                // With its gap, 3/4 of a one-line label's height: the model
                // widens a callout's box by as much (map_callout.py).
                width: visible ? Math.round(0.5 * (measure.implicitHeight + Theme.px(4))) : 0
                height: width
                radius: width / 2
                anchors.left: parent.left
                anchors.leftMargin: labels.padding / 2
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.regionColour(label.index)
                border.color: Theme.line
                border.width: Theme.px(1)
            }
            KText {
                id: labelText
                anchors.centerIn: parent
                anchors.horizontalCenterOffset: swatch.width > 0 ? (swatch.width + label.swatchGap) / 2 : 0
                text: label.lines === 2 ? labels.map.labels.twoLines(label.name) : label.name
                horizontalAlignment: Text.AlignHCenter
                color: label.chosen ? Theme.selectedInk : Theme.ink
                font: measure.font
                lineHeight: label.lines === 2 ? labels.twoLineHeight : measure.lineHeight
                wrapMode: Text.NoWrap
                elide: Text.ElideNone
            }
        }
    }
}
