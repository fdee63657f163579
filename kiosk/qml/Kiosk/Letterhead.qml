import QtQuick
import Kiosk.Models

// The flag, then the ministry's name over the title and today's date: the
// kiosk's letterhead, in the header of every screen. Each line keeps its
// height in every language: a longer name shrinks to fit its line (down to
// four fifths) rather than wrap, so a language switch never moves anything.
Row {
    id: letterhead
    required property KioskModel kiosk
    spacing: Theme.px(24)

    // The flag framed in white: its own green would melt into the bar's.
    Rectangle {
        id: frame
        anchors.verticalCenter: parent.verticalCenter
        width: flag.width + 2 * padding
        height: flag.height + 2 * padding
        readonly property int padding: Theme.px(3)
        color: Theme.barInk
        Image {
            id: flag
            objectName: "flag"
            x: frame.padding
            y: frame.padding
            // flag-icons' 4:3 drawing, at the height of the two upper lines.
            height: Theme.px(66)
            width: Math.round(height * 4 / 3)
            sourceSize.width: width
            sourceSize.height: height
            source: Theme.flag
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Flag of Turkmenistan")
        }
    }

    Column {
        id: lines
        width: letterhead.width - frame.width - letterhead.spacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(2)
        KText {
            objectName: "ministryName"
            width: parent.width
            visible: text !== ""
            text: letterhead.kiosk.ministry
            color: Theme.barInk
            font.family: Theme.displayFont
            font.pixelSize: Theme.smallSize
            font.letterSpacing: Theme.px(1)
            lineHeight: 1.0
            wrapMode: Text.NoWrap
            elide: Text.ElideNone
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.round(font.pixelSize * 0.8)
        }
        KText {
            objectName: "siteTitle"
            width: parent.width
            text: letterhead.kiosk.title
            color: Theme.barInk
            font.family: Theme.displayFont
            font.pixelSize: Theme.pt(38)
            font.bold: true
            lineHeight: 1.0
            wrapMode: Text.NoWrap
            elide: Text.ElideNone
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.round(font.pixelSize * 0.8)
        }
        KText {
            objectName: "dateText"
            width: parent.width
            text: letterhead.kiosk.dateText
            color: Theme.barInkMuted
            font.pixelSize: Theme.smallSize
            lineHeight: 1.0
            wrapMode: Text.NoWrap
            elide: Text.ElideNone
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.round(font.pixelSize * 0.8)
        }
    }
}
