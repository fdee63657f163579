import QtQuick

// All text in the kiosk is plain text: HTML or script in content is shown
// literally, never rendered and never a link.
// Text larger than the body (headings, names, labels set large) breaks
// between words only, never inside one ("Центральна / я Азия" in a narrow
// panel): a word wider than the line shrinks the whole text until it fits,
// down to the body size. Body-sized text breaks between words, and inside a
// word only when it is wider than the line (Text.Wrap): a long word in the
// content never runs out of its card.
Text {
    readonly property bool headingSized: font.pixelSize > Theme.bodySize
    textFormat: Text.PlainText
    color: Theme.ink
    font.pixelSize: Theme.bodySize
    wrapMode: headingSized ? Text.WordWrap : Text.Wrap
    fontSizeMode: headingSized ? Text.HorizontalFit : Text.FixedSize
    minimumPixelSize: Theme.bodySize
    elide: Text.ElideRight
    lineHeight: 1.15
}
