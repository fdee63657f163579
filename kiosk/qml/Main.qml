import QtQuick
import QtQuick.Window
import Kiosk.Models
import "components"
import "screens"

// The kiosk window: the header on every screen, and the screens, of which
// the model's `screen` chooses one. Layout and motion only; every decision
// is made in Python (kiosk/models/kiosk_model.py).
Window {
    id: window
    required property KioskModel kiosk

    width: 1920
    height: 1080
    color: Theme.page
    title: kiosk.available ? kiosk.title : "Kiosk"

    Binding {
        target: Theme
        property: "scale"
        value: Math.max(0.5, Math.min(window.width / 1920, window.height / 1080))
    }

    Header {
        id: header
        objectName: "header"
        kiosk: window.kiosk
        visible: window.kiosk.available
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
    }

    Item {
        id: stage
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: header.visible ? header.bottom : parent.top

        HomeScreen {
            objectName: "homeScreen"
            anchors.fill: parent
            kiosk: window.kiosk
            active: window.kiosk.screen === "home"
        }
        SectionScreen {
            objectName: "sectionScreen"
            anchors.fill: parent
            kiosk: window.kiosk
            active: window.kiosk.screen === "section"
        }
        ContactsScreen {
            objectName: "contactsScreen"
            anchors.fill: parent
            kiosk: window.kiosk
            active: window.kiosk.screen === "contacts"
        }
        UnavailableScreen {
            objectName: "unavailableScreen"
            anchors.fill: parent
            kiosk: window.kiosk
            active: window.kiosk.screen === "unavailable"
        }
    }
}
