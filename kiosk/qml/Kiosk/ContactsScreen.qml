pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// Contact cards (ContactCard.qml), one under another, and the large QR code
// of a phone number or the e-mail a visitor tapped, over the whole screen.
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

        // The screen's title (Home is in the chrome).
        KText {
            objectName: "contactsTitle"
            Layout.fillWidth: true
            text: qsTr("Contacts")
            color: Theme.accent
            font.pixelSize: Theme.pt(40)
            font.family: Theme.displayFont   // as every screen's title
            font.bold: true
            elide: Text.ElideNone
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: cardList
                objectName: "cardList"
                anchors.fill: parent
                spacing: Theme.px(24)
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                interactive: contentHeight > height
                model: screen.cards

                delegate: ContactCard {
                    width: ListView.view.width
                    cards: screen.cards
                    room: ListView.view.height
                    // Drawn only while the screen is up: encoding waits for no one.
                    drawQr: screen.active
                }
            }

            // More below (upright, large text): the last card in view fades
            // into the page, and a bar beside the list shows how much more.
            Rectangle {
                objectName: "cardsMoreBelow"
                visible: cardList.interactive && !cardList.atYEnd
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: Theme.px(72)
                gradient: Gradient {
                    GradientStop { position: 0; color: Theme.pageClear }
                    GradientStop { position: 1; color: Theme.page }
                }
            }
            SideScrollBar {
                objectName: "cardsScrollBar"
                flickable: cardList
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
        // Keys: the overlay takes the focus (Close) and gives it back to
        // the entry; Escape closes it.
        readonly property bool open: screen.cards.focusOpen
        onOpenChanged: Keyboard.overlay(overlay, open)
        function dismiss(): void { screen.cards.closeEntry() }

        TapHandler { longPressThreshold: 0; onTapped: screen.cards.closeEntry() }   // tap outside closes

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
                    width: side
                    height: side
                    fillMode: Image.Pad     // never resampled: centred at its own size
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
