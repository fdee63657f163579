import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The flag, then the ministry's name, the title and today's date: the
// kiosk's letterhead, in the header of every screen. Each line keeps its
// height in every language: a longer name shrinks to fit its line (down to
// three quarters; with large text to 0.9 of the standard size) rather than
// wrap, so a language switch never moves anything, and with "Aa" the header
// keeps one row beside the controls on a 1080p screen.
RowLayout {
    id: letterhead
    required property KioskModel kiosk
    spacing: Theme.px(20)
    // How far a line may shrink to fit: to three quarters; with large text
    // to 0.9 of the standard size, still larger than standard text may
    // shrink to (the letterhead is not reading text, and the reader needs
    // the height a second header row would take).
    readonly property real fit: Math.min(0.75, 0.9 / Theme.textScale)
    // The least width that holds the title and the ministry's name in every
    // language, at their smallest: the header
    // gives the letterhead a row of its own when it has less beside the
    // controls. Measured over all languages, so a switch changes nothing.
    readonly property real neededWidth: {
        let widest = 0
        for (const [title, ministry] of letterhead.kiosk.attract.letterheads) {
            widest = Math.max(widest, titleMetrics.advanceWidth(title),
                              ministryMetrics.advanceWidth(ministry)
                              + ministry.length * ministryName.font.letterSpacing)
        }
        return frame.implicitWidth + spacing + Math.ceil(widest * fit) + Theme.px(4)
    }
    // The ministry's line is there in every language or in none (a name
    // missing in one language must not change the header's height).
    readonly property bool hasMinistry: letterhead.kiosk.attract.letterheads.some(l => l[1] !== "")
    FontMetrics { id: titleMetrics; font: siteTitle.font }
    FontMetrics { id: ministryMetrics; font: ministryName.font }

    // The flag framed in white: its own green would melt into the bar's.
    Rectangle {
        id: frame
        readonly property int padding: Theme.px(3)
        implicitWidth: flag.width + 2 * padding
        implicitHeight: flag.height + 2 * padding
        Layout.alignment: Qt.AlignVCenter
        color: Theme.barInk
        Image {
            id: flag
            objectName: "flag"
            x: frame.padding
            y: frame.padding
            // The flag in its own proportions, 2:3 (resources/flag), as tall
            // as most of the lines beside it at the standard text size (it
            // does not grow with "Aa": the names beside it need the room).
            height: Math.round(lines.implicitHeight * 0.85 / Theme.textScale)
            width: Math.round(height * 3 / 2)
            sourceSize.width: width
            sourceSize.height: height
            source: Theme.flag
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Flag of Turkmenistan")
        }
    }

    ColumnLayout {
        id: lines
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        Layout.alignment: Qt.AlignVCenter
        spacing: 0
        KText {
            id: ministryName
            objectName: "ministryName"
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            visible: letterhead.hasMinistry
            text: letterhead.kiosk.ministry
            color: Theme.barInk
            // The body face, bold: the display serif's hairlines vanish at this
            // size (its Cyrillic и read as п).
            font.pixelSize: Theme.pt(24)
            font.bold: true
            font.letterSpacing: Theme.px(0.5)
            lineHeight: 1.0
            wrapMode: Text.NoWrap
            elide: Text.ElideNone
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.round(font.pixelSize * letterhead.fit)
        }
        KText {
            id: siteTitle
            objectName: "siteTitle"
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            text: letterhead.kiosk.title
            color: Theme.barInk
            // The body face, bold, as the ministry's line: at this size the
            // display serif's hairlines vanish (Cyrillic и, п, т read alike).
            // The serif is for the screens' large headings.
            font.pixelSize: Theme.pt(32)
            font.bold: true
            lineHeight: 1.0
            wrapMode: Text.NoWrap
            elide: Text.ElideNone
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.round(font.pixelSize * letterhead.fit)
        }
        KText {
            objectName: "dateText"
            text: letterhead.kiosk.dateText
            color: Theme.barInkMuted
            font.pixelSize: Theme.pt(24)
            lineHeight: 1.0
            wrapMode: Text.NoWrap
            elide: Text.ElideNone
        }
    }
}
