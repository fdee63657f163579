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
    property Keypad keypad: null          // keys in use, the help overlay
    // What the running kiosk adds (kiosk/ops). A picture (`kiosk shot`) has
    // none of them, and then none of their overlays is made.
    property IdleMonitor idle: null
    property StaffAccess staff: null
    property StaffPanel panel: null
    property OpeningTimes opening: null   // opening hours: closed, display asleep
    property OpeningHoursPanel hoursPanel: null
    property bool warm: false             // the first frame is on screen
    onFrameSwapped: {
        if (warm) return
        warm = true
        Theme.settled = true
    }

    width: 1920
    height: 1080
    // Kiosk mode: nothing of the desktop shows, and nothing covers the kiosk.
    flags: lockedDown ? Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint : Qt.Window
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
    // Floors from the screen's size on the glass (kiosk/models/display_geometry.py).
    Binding { target: Theme; property: "textUnit"; value: window.kiosk.display.textUnit }
    Binding { target: Theme; property: "touchFloor"; value: window.kiosk.display.touchFloor }
    Binding { target: Keyboard; property: "keypad"; value: window.keypad }
    Binding {
        target: Theme
        property: "layers"
        value: window.GraphicsInfo.api !== GraphicsInfo.Software || window.Screen.devicePixelRatio === 1
    }

    // The header, and upright the bottom bar with the controls in it: on
    // every screen a visitor walks through (the attract and "unavailable"
    // screens speak all three languages at once, and have neither).
    readonly property bool chromeShown: kiosk.available && kiosk.screen !== Screens.Attract
                                        && kiosk.screen !== Screens.Closed

    Deferred {
        id: header
        needed: window.chromeShown
        warm: window.warm
        visible: needed
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        sourceComponent: Header {
            objectName: "header"
            kiosk: window.kiosk
            withControls: !Theme.portrait
        }
    }

    // The kiosk starts on the attract screen: it alone is made before the
    // first frame; the header and the other screens are Deferred.
    Item {
        id: stage
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: navBar.visible ? navBar.top : parent.bottom
        anchors.top: header.visible ? header.bottom : parent.top

        Deferred {
            anchors.fill: parent
            needed: window.kiosk.screen === Screens.Home
            warm: window.warm
            sourceComponent: HomeScreen {
                objectName: "homeScreen"
                kiosk: window.kiosk
                active: window.kiosk.screen === Screens.Home
            }
        }
        Deferred {
            anchors.fill: parent
            needed: window.kiosk.screen === Screens.Section
            warm: window.warm
            sourceComponent: SectionScreen {
                objectName: "sectionScreen"
                kiosk: window.kiosk
                active: window.kiosk.screen === Screens.Section
            }
        }
        Deferred {
            anchors.fill: parent
            needed: window.kiosk.screen === Screens.Map
            warm: window.warm
            sourceComponent: MapScreen {
                objectName: "mapScreen"
                kiosk: window.kiosk
                active: window.kiosk.screen === Screens.Map
            }
        }
        Deferred {
            anchors.fill: parent
            needed: window.kiosk.screen === Screens.Contacts
            warm: window.warm
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
        Deferred {
            anchors.fill: parent
            needed: window.kiosk.screen === Screens.Closed
            warm: window.warm
            sourceComponent: ClosedScreen {
                kiosk: window.kiosk
                active: window.kiosk.screen === Screens.Closed
            }
        }
        Deferred {
            anchors.fill: parent
            needed: window.kiosk.screen === Screens.Unavailable
            warm: window.warm
            sourceComponent: UnavailableScreen {
                objectName: "unavailableScreen"
                kiosk: window.kiosk
                active: window.kiosk.screen === Screens.Unavailable
            }
        }
    }

    // After the screens in the item tree: the Tab order is the tree's, and
    // upright the bottom bar comes after the content, as a reader meets it.
    Deferred {
        id: navBar
        needed: window.chromeShown && Theme.portrait
        warm: window.warm && Theme.portrait
        visible: needed
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        sourceComponent: NavBar {
            kiosk: window.kiosk
        }
    }

    // The countdown comes after a visitor's quiet spell, never at the start.
    Deferred {
        anchors.fill: parent
        needed: window.idle !== null && window.idle.warning
        warm: window.warm && window.idle !== null
        sourceComponent: IdleOverlay {
            idle: window.idle
        }
    }

    // The help key's overlay (kiosk/models/keypad.py), made the first time.
    Loader {
        anchors.fill: parent
        active: window.keypad !== null && (window.keypad.helpOpen || item !== null)
        sourceComponent: HelpOverlay {
            keypad: window.keypad
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
            hours: window.hoursPanel
            kiosk: window.kiosk
        }
    }

    // Out of hours with the display asleep, or where no command could put it
    // to sleep: nothing but black (kiosk/ops/display_power.py). The touch
    // that ends it is swallowed before it gets here (kiosk/ops/wake_filter.py).
    Rectangle {
        objectName: "sleepCover"
        anchors.fill: parent
        visible: window.opening !== null && window.opening.dark
        color: "black"
    }
}
