pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// One notice on home (a closure, a holiday, an event): its title and text
// in the language on screen, on a band of its own above the motto. Which
// notices show, and when, is decided in Python (KioskModel's notices).
Rectangle {
    id: band
    required property string noticeId
    required property string kind
    required property string title
    required property string text
    objectName: "homeNotice_" + noticeId
    implicitHeight: words.implicitHeight + 2 * Theme.px(20)
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.accent
    border.width: Theme.edge

    Accessible.role: Accessible.StaticText
    Accessible.name: band.text ? band.title + ". " + band.text : band.title

    Image {
        id: icon
        anchors.left: parent.left
        anchors.leftMargin: Theme.px(28)
        anchors.verticalCenter: parent.verticalCenter
        source: Theme.icon("notice", Theme.accent)
        sourceSize.width: Theme.px(48)
        sourceSize.height: Theme.px(48)
    }

    ColumnLayout {
        id: words
        anchors.left: icon.right
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.px(24)
        anchors.rightMargin: Theme.px(28)
        spacing: Theme.px(4)
        KText {
            objectName: "homeNoticeTitle_" + band.noticeId
            Layout.fillWidth: true
            text: band.title
            color: Theme.accent
            font.pixelSize: Theme.pt(30)
            font.bold: true
            lineHeight: 1.05
            elide: Text.ElideNone
        }
        KText {
            objectName: "homeNoticeText_" + band.noticeId
            visible: band.text !== ""
            Layout.fillWidth: true
            text: band.text
            font.pixelSize: Theme.smallSize
            lineHeight: 1.05
            elide: Text.ElideNone
        }
    }
}
