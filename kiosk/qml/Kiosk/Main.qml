pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import Kiosk.Models
import Kiosk.Ops

// The kiosk window: the header on every screen, and the screens, of which
// the model's `screen` chooses one. Layout and motion only; every decision
// is made in Python (kiosk/models/kiosk_model.py).
Window {
    id: window
    required property KioskModel kiosk
    required property bool lockedDown     // kiosk mode: no closing, no escaping
    // What the running kiosk adds (kiosk/ops). A picture (`kiosk shot`) has
    // none of them, and then none of their overlays is made.
    property IdleMonitor idle: null
    property StaffAccess staff: null
    property StaffPanel panel: null
    property bool warm: false             // the first frame is on screen
    onFrameSwapped: {
        if (warm) return
        warm = true
        Theme.settled = true
    }

    width: 1920
    height: 1080
    color: Theme.page
    title: kiosk.available ? kiosk.title : "Kiosk"

    // Alt+F4, the window manager's close button, a stray close request: refused
    // in kiosk mode (staff leave through the staff panel).
    onClosing: (close) => { close.accepted = !window.lockedDown }

    // Sizes are written for 1920×1080; an upright 1080×1920 totem is the
    // same screen turned, so the long side is measured against 1920 and the
    // short side against 1080. Text also follows the visitor's "Aa".
    Binding {
        target: Theme
        property: "scale"
        value: Math.max(0.5, Math.min(Math.max(window.width, window.height) / 1920,
                                      Math.min(window.width, window.height) / 1080))
    }
    Binding { target: Theme; property: "portrait"; value: window.height > window.width }
    Binding { target: Theme; property: "textScale"; value: window.kiosk.display.textScale }
    Binding { target: Theme; property: "highContrast"; value: window.kiosk.display.highContrast }

    Header {
        id: header
        objectName: "header"
        kiosk: window.kiosk
        // The attract and "unavailable" screens speak all three languages at once.
        visible: window.kiosk.available && window.kiosk.screen !== Screens.Attract
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
            active: window.kiosk.screen === Screens.Home
        }
        SectionScreen {
            objectName: "sectionScreen"
            anchors.fill: parent
            kiosk: window.kiosk
            active: window.kiosk.screen === Screens.Section
        }
        // The map and the contact cards are made just after the first frame,
        // in the background, rather than before it: home shows sooner, and
        // both are ready long before a finger reaches their buttons. Opened
        // directly (`kiosk shot --screen map`), a screen is made at once.
        Loader {
            anchors.fill: parent
            active: window.kiosk.screen === Screens.Map || window.warm
            asynchronous: window.kiosk.screen !== Screens.Map
            sourceComponent: MapScreen {
                objectName: "mapScreen"
                kiosk: window.kiosk
                active: window.kiosk.screen === Screens.Map
            }
        }
        Loader {
            anchors.fill: parent
            active: window.kiosk.screen === Screens.Contacts || window.warm
            asynchronous: window.kiosk.screen !== Screens.Contacts
            sourceComponent: ContactsScreen {
                objectName: "contactsScreen"
                kiosk: window.kiosk
                active: window.kiosk.screen === Screens.Contacts
            }
        }
        AttractScreen {
            objectName: "attractScreen"
            anchors.fill: parent
            kiosk: window.kiosk
            active: window.kiosk.screen === Screens.Attract
        }
        UnavailableScreen {
            objectName: "unavailableScreen"
            anchors.fill: parent
            kiosk: window.kiosk
            active: window.kiosk.screen === Screens.Unavailable
        }
    }

    Loader {
        anchors.fill: parent
        active: window.idle !== null
        sourceComponent: IdleOverlay {
            idle: window.idle
        }
    }

    Loader {
        anchors.fill: parent
        active: window.staff !== null
        sourceComponent: StaffCorners {
            staff: window.staff
        }
    }

    // Staff screens are made the first time staff open them, not at start-up
    // (visitors never see them), and then kept for their fades.
    Loader {
        anchors.fill: parent
        active: window.staff !== null && (window.staff.padOpen || item !== null)
        sourceComponent: PinPad {
            staff: window.staff
        }
    }

    Loader {
        anchors.fill: parent
        active: window.staff !== null && window.panel !== null
                && (window.staff.panelOpen || item !== null)
        sourceComponent: StaffPanelView {
            staff: window.staff
            panel: window.panel
            kiosk: window.kiosk
        }
    }
}
