import QtQuick

// All text in the kiosk is plain text: HTML or script in content is shown
// literally, never rendered and never a link.
// Lines break between words, and inside a word only when it is wider than
// the line (Text.Wrap): a long word in the content never runs out of its card.
Text {
    textFormat: Text.PlainText
    color: Theme.ink
    font.pixelSize: Theme.bodySize
    wrapMode: Text.Wrap
    elide: Text.ElideRight
    lineHeight: 1.15
}
