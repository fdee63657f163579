import QtQuick

// More in a list than it shows (the region panel, home's tiles): a scroll
// bar beside it says so, and how much more. It dims nothing (a fade over the
// map's last legend keys made them look disabled) and shows only while there
// is more to see; it follows the finger that scrolls the list (it is no
// control of its own).
Item {
    id: bar
    required property Flickable flickable
    // Inside the list's right edge rather than beside it (a list as wide as
    // the screen, or one whose bar is its own child).
    property bool inside: false
    readonly property real share: flickable.contentHeight > 0
                                  ? Math.min(1, flickable.height / flickable.contentHeight) : 1
    visible: flickable.visible && share < 1
    width: Theme.px(8)
    anchors.top: flickable.top
    anchors.bottom: flickable.bottom
    anchors.left: inside ? undefined : flickable.right
    anchors.right: inside ? flickable.right : undefined
    anchors.leftMargin: Theme.px(4)

    Rectangle {
        objectName: "scrollTrack"
        anchors.fill: parent
        radius: width / 2
        color: Theme.line
    }
    Rectangle {
        objectName: "scrollThumb"
        width: parent.width
        radius: width / 2
        color: Theme.accent
        height: Math.max(Theme.px(48), bar.height * bar.share)
        readonly property real travel: bar.height - height
        readonly property real room: bar.flickable.contentHeight - bar.flickable.height
        y: room > 0 ? travel * Math.min(1, Math.max(0, bar.flickable.contentY / room)) : 0
    }
}
