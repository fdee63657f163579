import QtQuick
import QtQuick.Layouts

// All text in the kiosk is plain text: HTML or script in content is shown
// literally, never rendered and never a link.
// Text breaks between words, and inside a word only when the word is wider
// than the line (Text.Wrap): a long word in the content never runs out of
// its card. A heading in a narrow place whose words must stay whole (a
// region's name in the map's panel: "Центральна / я Азия") sets `wordsWhole`:
// it breaks between words only, and a word wider than the line shrinks the
// whole heading, down to the body size; a word too wide even then breaks.
Text {
    id: label
    property bool wordsWhole: false
    // Its longest word at the smallest size it may take (wordsWhole only).
    TextMetrics {
        id: longestWord
        font.family: label.font.family
        font.bold: label.font.bold
        font.pixelSize: label.minimumPixelSize
        text: label.wordsWhole
              ? label.text.split(/[^\S\u00a0\u202f\u2007]+/)  // a no-break space joins
                          .reduce((a, b) => b.length > a.length ? b : a, "")
              : ""
    }
    readonly property bool keepWords: wordsWhole && longestWord.advanceWidth <= width
    textFormat: Text.PlainText
    color: Theme.ink
    font.pixelSize: Theme.bodySize
    wrapMode: keepWords ? Text.WordWrap : Text.Wrap
    fontSizeMode: keepWords ? Text.HorizontalFit : Text.FixedSize
    minimumPixelSize: Theme.bodySize
    elide: Text.ElideRight
    lineHeight: 1.15
    // A text that fits its size to its width reports an implicit height from
    // one of its trial layouts (four lines for a name drawn on two, which
    // left a blank under the map panel's region name): in a layout, it is
    // as tall as the lines it draws.
    Layout.preferredHeight: keepWords ? Math.ceil(contentHeight) : -1
}
