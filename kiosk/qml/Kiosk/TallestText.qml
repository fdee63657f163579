pragma ComponentBehavior: Bound
import QtQuick

// Never shown: one text in every language, laid out at this item's width and
// in the given font, for the height of the tallest wording (room that must
// not change when the visitor switches language).
Item {
    id: measure
    required property var texts
    required property font font
    // The wordings lie on top of one another: the tallest is the height of
    // them all (notified, unlike a Repeater's itemAt).
    readonly property real tallest: childrenRect.height
    visible: false

    Repeater {
        model: measure.texts
        delegate: KText {
            required property string modelData
            width: measure.width
            text: modelData
            font: measure.font
            elide: Text.ElideNone
        }
    }
}
