import QtQuick

// The map's key for home: Turkmenistan's mark as the map draws it (its
// fill, its edge, Ashgabat's ringed dot) and its name. A key, not a
// control: nothing happens when it is touched, so nothing looks pressable.
Item {
    id: key
    property string name
    objectName: "homeKey"
    implicitHeight: Math.max(Theme.touch, label.implicitHeight)
    implicitWidth: mark.width + Theme.px(16) + label.implicitWidth
    Accessible.role: Accessible.StaticText
    Accessible.name: name

    Rectangle {
        id: mark
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.px(44); height: Theme.px(30); radius: Theme.px(4)
        color: Theme.mapHome
        border.color: Theme.mapHomeEdge
        border.width: Theme.px(2)
        Rectangle {
            anchors.centerIn: parent
            width: Theme.px(15); height: width; radius: width / 2
            color: Theme.mapMarker
            Rectangle {
                anchors.centerIn: parent
                width: Theme.px(10); height: width; radius: width / 2
                color: Theme.mapCapital
            }
        }
    }
    KText {
        id: label
        anchors.left: mark.right
        anchors.leftMargin: Theme.px(16)
        anchors.verticalCenter: parent.verticalCenter
        text: key.name
        font.pixelSize: Theme.smallSize
        font.bold: true
        wrapMode: Text.NoWrap
    }
}
