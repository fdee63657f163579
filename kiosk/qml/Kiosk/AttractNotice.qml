pragma ComponentBehavior: Bound
import QtQuick

// One notice on the attract screen: its title in every language at once,
// the first language large, like the motto above it.
Rectangle {
    id: notice
    required property var modelData   // {id, kind, titles: [one per language]}
    objectName: "attractNotice_" + modelData.id
    implicitHeight: titles.implicitHeight + 2 * Theme.px(18)
    radius: Theme.radius
    color: "transparent"
    border.color: Theme.barInk
    border.width: Theme.edge

    Accessible.role: Accessible.StaticText
    Accessible.name: notice.modelData.titles.join(" · ")

    Image {
        id: icon
        anchors.left: parent.left
        anchors.leftMargin: Theme.px(28)
        anchors.verticalCenter: parent.verticalCenter
        source: Theme.icon("notice", Theme.barInk)
        sourceSize.width: Theme.px(56)
        sourceSize.height: Theme.px(56)
    }

    Column {
        id: titles
        anchors.left: icon.right
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.px(24)
        anchors.rightMargin: Theme.px(28)
        spacing: Theme.px(4)
        Repeater {
            model: notice.modelData.titles
            delegate: KText {
                required property int index
                required property string modelData
                width: titles.width
                text: modelData
                color: index === 0 ? Theme.barInk : Theme.barInkMuted
                font.pixelSize: index === 0 ? Theme.px(36) : Theme.px(28)
                font.bold: index === 0
                lineHeight: 1.05
                elide: Text.ElideNone
            }
        }
    }
}
