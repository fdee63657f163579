pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// One organisation's contact card: its entries in large type (a tap on a
// phone number or the e-mail opens that entry's QR code), and the card's
// own QR code, which a phone camera scans to save the whole card. The QR
// code is always in the first screenful: beside the entries when there is
// room, else right under the organisation's name (on an upright screen it
// once sat under the entries, half below the fold).
Rectangle {
    id: card
    required property int index
    required property string orgId
    required property string name
    required property var entries
    required property string qrSource
    // The name and the QR caption in every language (see qrSide).
    required property var everyName
    required property var everyQrCaption
    required property ContactCardsModel cards
    property bool drawQr: true               // false while the screen is not up
    readonly property int pad: Theme.px(40)
    // The QR beside the entries when there is room for both,
    // under them on an upright screen.
    readonly property bool qrBeside: width - 2 * pad >= Theme.px(480) + Theme.px(40)
                                                  + Theme.px(500) * Theme.textScale
    // The height of the first screenful the card is shown in (its list's).
    property real room: Number.POSITIVE_INFINITY
    // 480 px at 1080p, less when the first screenful is short (large text,
    // 1280x800), so that the code and its caption are always whole in it;
    // never below 240 px, which a phone still reads from arm's length.
    // One side in every language: the name and the caption count at their
    // tallest in any language, so the code does not jump on a switch.
    readonly property int qrSide: Math.max(Theme.px(240), Math.min(Theme.px(480),
        Math.floor(room - 2 * pad - qrPanel.spacing - captionMeasure.tallest
                   - (qrBeside ? 0 : nameMeasure.tallest + cardLayout.rowSpacing))))
    objectName: "card_" + orgId
    height: cardLayout.implicitHeight + 2 * pad
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line
    border.width: Theme.edge

    TallestText {
        id: nameMeasure
        width: orgName.width
        texts: card.everyName
        font: orgName.font
    }
    TallestText {
        id: captionMeasure
        width: caption.width
        texts: card.everyQrCaption
        font: caption.font
    }

    GridLayout {
        id: cardLayout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: card.pad
        columns: card.qrBeside ? 2 : 1
        columnSpacing: Theme.px(40)
        rowSpacing: Theme.px(28)

        KText {
            id: orgName
            objectName: "orgName_" + card.orgId
            text: card.name
            color: Theme.accent
            // Below the screen's title ("Contacts", 40): a card's heading.
            font.pixelSize: Theme.pt(34)
            font.bold: true
            elide: Text.ElideNone
            Layout.row: 0
            Layout.column: 0
            Layout.fillWidth: true
        }

        Column {
            id: qrPanel
            Layout.row: card.qrBeside ? 0 : 1
            Layout.column: card.qrBeside ? 1 : 0
            Layout.rowSpan: card.qrBeside ? 3 : 1
            Layout.alignment: card.qrBeside ? Qt.AlignTop : Qt.AlignHCenter
            // Beside the entries a column of its own; under the name the
            // card's width, so that the caption is not a narrow tower.
            Layout.preferredWidth: card.qrBeside ? Theme.px(480) : -1
            Layout.fillWidth: !card.qrBeside
            spacing: Theme.px(16)

            Image {
                objectName: "cardQr_" + card.orgId
                anchors.horizontalCenter: parent.horizontalCenter
                // Drawn only while the screen is up: encoding waits for no one.
                source: card.drawQr ? card.qrSource : ""
                // Its place is kept before the code is drawn: nothing moves
                // when it arrives. Natural size: whole pixels per module.
                width: card.qrSide
                height: card.qrSide
                fillMode: Image.Pad     // never resampled: centred at its own size
                sourceSize.width: card.qrSide
                sourceSize.height: card.qrSide
                smooth: false
                cache: true
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of this contact card")
            }
            KText {
                id: caption
                objectName: "cardQrCaption"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Scan with your phone’s camera to save this contact")
                color: Theme.inkMuted
                font.pixelSize: Theme.smallSize
                elide: Text.ElideNone
            }
        }

        KText {
            objectName: "tapHint"
            text: qsTr("Tap a phone number or the e-mail for its own QR code")
            color: Theme.inkMuted
            font.pixelSize: Theme.smallSize
            elide: Text.ElideNone
            Layout.row: card.qrBeside ? 1 : 2
            Layout.column: 0
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }

        GridLayout {
            // Two columns of entries while each keeps room for its text.
            columns: width >= Theme.px(500) * 2 * Theme.textScale ? 2 : 1
            columnSpacing: Theme.px(20)
            rowSpacing: Theme.px(16)
            Layout.row: card.qrBeside ? 2 : 3
            Layout.column: 0
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop

            Repeater {
                // By count, not by the list itself: a language switch
                // hands over new texts without rebuilding the entries.
                model: card.entries.length
                delegate: Rectangle {
                    id: entry
                    required property int index
                    // The entry's kind, label, lines (shown and spoken) and whether it is tappable.
                    readonly property var details: card.entries[index]
                    readonly property bool tappable: details.tappable
                    objectName: "entry_" + card.orgId + "_" + details.kind
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1      // equal columns
                    Layout.fillHeight: true       // a row's entries alike: no ragged edge
                    implicitHeight: Math.max(Theme.px(96), lines.implicitHeight + Theme.px(28))
                    radius: Theme.px(12)
                    color: tap.pressed ? Theme.accentSoft : Theme.surface
                    // Every entry framed alike (one without a frame looked
                    // disabled); the QR hint marks the ones a tap opens.
                    border.color: Theme.line
                    border.width: Theme.edge

                    Accessible.role: tappable ? Accessible.Button : Accessible.StaticText
                    Accessible.name: details.label + ": " + details.spoken.join(", ")
                    Accessible.onPressAction: card.cards.openEntry(card.index, index)
                    // Every entry is a stop (speech reads it); select opens the tappable ones.
                    activeFocusOnTab: true

                    FocusRing {}

                    Rectangle {
                        id: badge
                        x: Theme.px(14)
                        y: Theme.px(14)
                        width: Theme.px(68)
                        height: width
                        radius: width / 2
                        color: Theme.accentSoft
                        Image {
                            anchors.centerIn: parent
                            source: Theme.icon(entry.details.kind, Theme.accent)
                            sourceSize.width: Theme.px(40)
                            sourceSize.height: Theme.px(40)
                        }
                    }
                    Column {
                        id: lines
                        anchors.left: badge.right
                        anchors.leftMargin: Theme.px(20)
                        anchors.right: parent.right
                        // Room for the QR hint (numbers, not ids: no
                        // binding to an item being destroyed).
                        anchors.rightMargin: entry.tappable ? Theme.px(60) : Theme.px(16)
                        anchors.top: parent.top
                        anchors.topMargin: Theme.px(14)
                        spacing: Theme.px(2)
                        KText {
                            width: parent.width
                            text: entry.details.label
                            color: Theme.inkMuted
                            font.pixelSize: Theme.smallSize
                            elide: Text.ElideNone
                        }
                        Repeater {
                            model: entry.details.lines
                            delegate: KText {
                                required property string modelData
                                width: lines.width
                                text: modelData
                                // The address is longer: a size smaller.
                                font.pixelSize: entry.details.kind === "address"
                                                ? Theme.pt(28) : Theme.pt(32)
                                font.bold: entry.details.kind !== "address"
                                elide: Text.ElideNone
                            }
                        }
                    }
                    Image {
                        id: hint
                        visible: entry.tappable
                        anchors.right: parent.right
                        anchors.rightMargin: Theme.px(16)
                        // Beside the entry's own lines, where a taller
                        // neighbour in its row stretches it.
                        y: Math.round((entry.implicitHeight - height) / 2)
                        width: visible ? Theme.px(36) : 0
                        source: Theme.icon("qr", Theme.accent)
                        sourceSize.width: Theme.px(36)
                        sourceSize.height: Theme.px(36)
                    }
                    TapHandler {
                        longPressThreshold: 0   // a slow press is a tap too (TouchButton.qml)
                        id: tap
                        enabled: entry.tappable
                        gesturePolicy: TapHandler.ReleaseWithinBounds
                        onTapped: card.cards.openEntry(card.index, entry.index)
                    }
                }
            }
        }
    }
}
