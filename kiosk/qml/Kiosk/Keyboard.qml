pragma Singleton
import QtQuick
import Kiosk.Models

// The keypad's state for every part of the module (Main.qml sets `keypad`):
// whether keys are in use (the focus ring shows) and the overlays, which
// say when they open and close so that the focus goes in and comes back
// (kiosk/views/keypad_focus.py).
QtObject {
    property Keypad keypad: null
    readonly property bool inUse: keypad !== null && keypad.keysInUse

    function overlay(item: Item, open: bool): void {
        if (keypad === null)
            return
        if (open)
            keypad.overlayShown(item)
        else
            keypad.overlayHidden(item)
    }
}
