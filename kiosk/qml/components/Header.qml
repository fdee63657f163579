import QtQuick
import Kiosk.Models

// The bar on every screen: Home (away from home), the title, today's date
// and the language switcher.
Rectangle {
    id: header
    required property KioskModel kiosk
    implicitHeight: Theme.px(120)
    color: Theme.green

    Row {
        id: lead
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(28)

        TouchButton {
            objectName: "homeButton"
            visible: header.kiosk.screen !== "home"
            onDark: true
            icon: header.kiosk.iconBase + "home.svg"
            text: qsTr("Home")
            anchors.verticalCenter: parent.verticalCenter
            onClicked: header.kiosk.goHome()
        }

        Column {
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(4)
            KText {
                objectName: "siteTitle"
                text: header.kiosk.title
                color: Theme.light
                font.pixelSize: Theme.px(36)
                font.bold: true
                wrapMode: Text.NoWrap
                width: Math.min(implicitWidth, header.width - switcher.width - Theme.px(420))
            }
            KText {
                objectName: "dateText"
                text: header.kiosk.dateText
                color: Theme.lightMuted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.NoWrap
            }
        }
    }

    LanguageSwitcher {
        id: switcher
        objectName: "languageSwitcher"
        kiosk: header.kiosk
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
    }
}
