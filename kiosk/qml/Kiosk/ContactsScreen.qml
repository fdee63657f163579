import QtQuick
import QtQuick.Layouts
import Kiosk.Models
import Kiosk.Views

// Contact cards: each organisation's entries in large type, and a QR code a
// phone camera scans to save the whole card. Tapping a phone number or the
// e-mail shows a large QR for calling or writing.
Page {
    id: screen
    required property KioskModel kiosk
    readonly property ContactCardsModel cards: kiosk.contacts

    Connections {
        target: screen.kiosk
        function onResetDone() { cardList.positionViewAtBeginning() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.px(24)

        TouchButton {
            objectName: "contactsBackButton"
            text: qsTr("Back")
            iconName: "arrow-left"
            onClicked: screen.kiosk.goBack()
        }

        ListView {
            id: cardList
            objectName: "cardList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.px(24)
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            model: screen.cards

            delegate: Rectangle {
                id: card
                required property int index
                required property string orgId
                required property string name
                required property var entries
                required property string qrSource
                readonly property int pad: Theme.px(40)
                // The QR beside the entries when there is room for both,
                // under them on an upright screen.
                readonly property bool qrBeside: width - 2 * pad >= Theme.px(480) + Theme.px(40)
                                                              + Theme.px(500) * Theme.textScale
                objectName: "card_" + orgId
                width: ListView.view.width
                height: cardLayout.implicitHeight + 2 * pad
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.line
                border.width: Theme.edge

                GridLayout {
                    id: cardLayout
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: card.pad
                    columns: card.qrBeside ? 2 : 1
                    columnSpacing: Theme.px(40)
                    rowSpacing: Theme.px(40)

                    ColumnLayout {
                        id: body
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.px(28)

                        KText {
                            objectName: "orgName_" + card.orgId
                            text: card.name
                            color: Theme.accent
                            font.pixelSize: Theme.pt(44)
                            font.bold: true
                            elide: Text.ElideNone
                            Layout.fillWidth: true
                        }

                        KText {
                            objectName: "tapHint"
                            text: qsTr("Tap a phone number or the e-mail for its own QR code")
                            color: Theme.inkMuted
                            font.pixelSize: Theme.smallSize
                            elide: Text.ElideNone
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.px(-12)
                        }

                        GridLayout {
                            // Two columns of entries while each keeps room for its text.
                            columns: width >= Theme.px(500) * 2 * Theme.textScale ? 2 : 1
                            columnSpacing: Theme.px(20)
                            rowSpacing: Theme.px(16)
                            Layout.fillWidth: true

                            Repeater {
                                // By count, not by the list itself: a language switch
                                // hands over new texts without rebuilding the entries
                                // (and their map inset).
                                model: card.entries.length
                                delegate: Rectangle {
                                    id: entry
                                    required property int index
                                    readonly property var modelData: card.entries[index]
                                    readonly property bool tappable: modelData.tappable
                                    objectName: "entry_" + card.orgId + "_" + modelData.kind
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1      // equal columns
                                    Layout.alignment: Qt.AlignTop
                                    implicitHeight: Math.max(Theme.px(96), lines.implicitHeight + Theme.px(28))
                                    radius: Theme.px(12)
                                    color: tap.pressed ? Theme.accentSoft : Theme.surface
                                    border.color: tappable ? Theme.line : "transparent"
                                    border.width: Theme.edge

                                    Accessible.role: tappable ? Accessible.Button : Accessible.StaticText
                                    Accessible.name: modelData.label + ": " + modelData.lines.join(", ")
                                    Accessible.onPressAction: screen.cards.openEntry(card.index, index)

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
                                            source: Theme.icon(entry.modelData.kind, Theme.accent)
                                            sourceSize.width: Theme.px(40)
                                            sourceSize.height: Theme.px(40)
                                        }
                                    }
                                    // Ashgabat on a small inset of the packaged map.
                                    MapInset {
                                        id: inset
                                        objectName: "addressInset"
                                        visible: entry.modelData.kind === "address"
                                        anchors.right: parent.right
                                        anchors.rightMargin: Theme.px(12)
                                        anchors.verticalCenter: parent.verticalCenter
                                        width: visible ? Theme.px(150) : 0
                                        height: Theme.px(104)
                                        model: screen.kiosk.map
                                        seaColor: Theme.mapSea
                                        landColor: Theme.mapLand
                                        borderColor: Theme.mapBorder
                                        homeColor: Theme.mapInsetHome
                                        homeBorderColor: Theme.mapHomeEdge
                                        markerColor: Theme.mapMarker
                                        capitalColor: Theme.mapCapital
                                        Accessible.role: Accessible.Graphic
                                        Accessible.name: qsTr("Ashgabat on the map")
                                    }
                                    Column {
                                        id: lines
                                        anchors.left: badge.right
                                        anchors.leftMargin: Theme.px(20)
                                        anchors.right: parent.right
                                        // Room for the map inset or the QR hint (numbers,
                                        // not ids: no binding to an item being destroyed).
                                        anchors.rightMargin: entry.modelData.kind === "address"
                                                             ? Theme.px(174)
                                                             : entry.tappable ? Theme.px(60) : Theme.px(16)
                                        anchors.top: parent.top
                                        anchors.topMargin: Theme.px(14)
                                        spacing: Theme.px(2)
                                        KText {
                                            width: parent.width
                                            text: entry.modelData.label
                                            color: Theme.inkMuted
                                            font.pixelSize: Theme.smallSize
                                            elide: Text.ElideNone
                                        }
                                        Repeater {
                                            model: entry.modelData.lines
                                            delegate: KText {
                                                required property string modelData
                                                width: lines.width
                                                text: modelData
                                                // The address is longer: a size smaller, so
                                                // that it fits beside the map inset.
                                                font.pixelSize: entry.modelData.kind === "address"
                                                                ? Theme.pt(28) : Theme.pt(32)
                                                font.bold: entry.modelData.kind !== "address"
                                                elide: Text.ElideNone
                                            }
                                        }
                                    }
                                    Image {
                                        id: hint
                                        visible: entry.tappable
                                        anchors.right: parent.right
                                        anchors.rightMargin: Theme.px(16)
                                        anchors.verticalCenter: parent.verticalCenter
                                        width: visible ? Theme.px(36) : 0
                                        source: Theme.icon("qr", Theme.accent)
                                        sourceSize.width: Theme.px(36)
                                        sourceSize.height: Theme.px(36)
                                    }
                                    TapHandler {
                                        id: tap
                                        enabled: entry.tappable
                                        gesturePolicy: TapHandler.ReleaseWithinBounds
                                        onTapped: screen.cards.openEntry(card.index, entry.index)
                                    }
                                }
                            }
                        }
                    }

                    Column {
                        id: qrPanel
                        Layout.alignment: card.qrBeside ? Qt.AlignTop : Qt.AlignHCenter
                        Layout.preferredWidth: Theme.px(480)
                        spacing: Theme.px(16)

                        Image {
                            objectName: "cardQr_" + card.orgId
                            anchors.horizontalCenter: parent.horizontalCenter
                            // Drawn only while the screen is up: encoding waits for no one.
                            source: screen.active ? card.qrSource : ""
                            // Natural size: whole pixels per module, never resampled.
                            sourceSize.width: Theme.px(480)
                            sourceSize.height: Theme.px(480)
                            smooth: false
                            cache: true
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("QR code of this contact card")
                        }
                        KText {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: qsTr("Scan with your phone's camera to save this contact")
                            color: Theme.inkMuted
                            font.pixelSize: Theme.smallSize
                            elide: Text.ElideNone
                        }
                    }
                }
            }
        }
    }

    // The large QR of one entry, over the whole screen.
    Rectangle {
        id: overlay
        objectName: "entryQrOverlay"
        anchors.fill: parent
        color: Theme.scrim
        opacity: screen.cards.focusOpen ? 1 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.fade } }

        TapHandler { onTapped: screen.cards.closeEntry() }   // tap outside closes

        OverlayPanel {
            width: Math.min(parent.width - 2 * Theme.margin, Theme.px(720) * Math.min(Theme.textScale, 1.3))
            height: panel.implicitHeight + 2 * Theme.px(40)
            TapHandler {}    // taps on the panel itself do not close it

            Column {
                id: panel
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.px(40)
                spacing: Theme.px(16)
                KText {
                    id: focusLabel
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: screen.cards.focusLabel
                    color: Theme.inkMuted
                }
                KText {
                    id: focusValue
                    objectName: "entryQrValue"
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: screen.cards.focusValue
                    font.pixelSize: Theme.pt(44)
                    font.bold: true
                }
                Image {
                    objectName: "entryQr"
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code")
                    // As large as the screen leaves room for (large text, a
                    // short screen), never above 480 px nor below 240.
                    readonly property real side: Math.max(Theme.px(240), Math.min(Theme.px(480),
                        overlay.height - 2 * Theme.margin - 2 * Theme.px(40) - 4 * panel.spacing
                        - focusLabel.implicitHeight - focusValue.implicitHeight
                        - focusAction.implicitHeight - focusClose.implicitHeight))
                    anchors.horizontalCenter: parent.horizontalCenter
                    source: screen.cards.focusSource
                    sourceSize.width: side
                    sourceSize.height: side
                    smooth: false
                }
                KText {
                    id: focusAction
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: screen.cards.focusAction
                    color: Theme.inkMuted
                }
                TouchButton {
                    id: focusClose
                    objectName: "entryQrClose"
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: qsTr("Close")
                    onClicked: screen.cards.closeEntry()
                }
            }
        }
    }
}
