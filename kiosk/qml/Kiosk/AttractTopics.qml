pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Views

// The topics, one after another, every six seconds, each title in every
// language: one fades out as the next fades in (slowly: never a flash).
Item {
    id: topics
    required property var titles          // one list per topic, one title per language
    property bool turning: false          // only while the attract screen shows
    property int current: 0
    // The tallest topic's height: the screen does not shift as they turn.
    implicitHeight: {
        let tallest = 0
        for (let i = 0; i < shown.count; ++i) {
            const topic = shown.itemAt(i)
            if (topic) tallest = Math.max(tallest, topic.implicitHeight)
        }
        return tallest
    }

    Repeater {
        id: shown
        model: topics.titles
        delegate: Column {
            id: topic
            required property int index
            required property list<string> modelData    // one topic, in every language
            objectName: "highlight_" + index
            width: topics.width
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(2)
            opacity: index === topics.current ? 1 : 0
            // Notices come first: the topics show where there is room.
            visible: opacity > 0 && implicitHeight <= topics.height
            Behavior on opacity { NumberAnimation { duration: 900; easing.type: Easing.InOutSine } }
            Repeater {
                model: topic.modelData
                delegate: KText {
                    required property int index
                    required property string modelData
                    width: topics.width
                    horizontalAlignment: Text.AlignHCenter
                    text: modelData
                    color: index === 0 ? Theme.barInk : Theme.barInkMuted
                    font.pixelSize: index === 0 ? Theme.px(38) : Theme.px(30)
                    font.bold: index === 0
                    lineHeight: 1.05
                }
            }
        }
    }

    // On the wall clock, not the animation clock (kiosk/views/wall_timer.py).
    WallTimer {
        objectName: "attractTopicTimer"
        interval: 6000
        repeat: true
        running: topics.turning && topics.titles.length > 1
        onTriggered: topics.current = (topics.current + 1) % topics.titles.length
    }
}
