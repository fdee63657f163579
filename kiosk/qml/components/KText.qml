import QtQuick

// All text in the kiosk is plain text: HTML or script in content is shown
// literally, never rendered and never a link.
Text {
    textFormat: Text.PlainText
    color: Theme.ink
    font.pixelSize: Theme.bodySize
    wrapMode: Text.WordWrap
    elide: Text.ElideRight
    lineHeight: 1.15
}
