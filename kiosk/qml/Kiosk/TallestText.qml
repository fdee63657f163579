pragma ComponentBehavior: Bound
import QtQuick

// Never shown: one text in every language, laid out at this item's width and
// in the given font, for the height of the tallest wording (room that must
// not change when the visitor switches language).
Item {
    id: measure
    required property var texts
    required property font font
    readonly property real tallest: {
        let h = 0
        for (let i = 0; i < wordings.count; ++i) {
            const text = wordings.itemAt(i) as Text
            if (text)
                h = Math.max(h, text.implicitHeight)
        }
        return h
    }
    visible: false

    Repeater {
        id: wordings
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
