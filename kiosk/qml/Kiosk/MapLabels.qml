pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The regions' names on the map, where they fit at the current zoom. The
// model decides which show and where (RegionLabels.spots: inside the
// region's largest piece, whole in the view, on no other label and off the
// zoom buttons); here each label only tells the model its size and stands
// where it is told.
Item {
    id: labels
    required property MapModel map

    Repeater {
        model: labels.map.regionList
        delegate: Rectangle {
            id: label
            required property string regionId
            required property string name
            readonly property var spot: labels.map.labels.spots[regionId]
            objectName: "mapLabel_" + regionId
            visible: spot !== undefined
            x: spot ? Math.round(spot[0] - width / 2) : 0
            y: spot ? Math.round(spot[1] - height / 2) : 0
            width: labelText.implicitWidth + Theme.px(20)
            height: labelText.implicitHeight + Theme.px(4)
            radius: height / 2
            color: Theme.surface
            border.color: Theme.line
            border.width: Theme.px(1)
            Accessible.role: Accessible.StaticText
            Accessible.name: name
            function tellSize(): void { labels.map.labels.setSize(regionId, width, height) }
            onWidthChanged: tellSize()
            onHeightChanged: tellSize()
            Component.onCompleted: tellSize()
            KText {
                id: labelText
                anchors.centerIn: parent
                text: label.name
                color: Theme.ink
                font.pixelSize: Theme.smallSize
                font.bold: true
                wrapMode: Text.NoWrap
                elide: Text.ElideNone
            }
        }
    }
}
