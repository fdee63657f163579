import QtQuick
import QtQuick.Layouts

// Lines of small text one under the other (the staff panel's content report
// and usage counts). Between words, and inside a path only where it does
// not fit (KText's Text.Wrap).
ColumnLayout {
    id: lines
    property var texts: []
    spacing: Theme.px(6)
    Repeater {
        model: lines.texts
        delegate: KText {
            required property string modelData
            Layout.fillWidth: true
            text: modelData
            font.pixelSize: Theme.smallSize
            elide: Text.ElideNone
        }
    }
}
