import QtQuick
import Kiosk.Models

// Large text ("Aa"), high contrast and Listen (speech mode): on every
// screen, for any visitor, and all off again at the idle reset
// (kiosk/models/display_prefs.py, kiosk/models/speech_mode.py).
Row {
    id: controls
    required property DisplayPrefs display
    property SpeechMode speech: null
    property bool onDark: true
    signal used()
    spacing: Theme.px(12)

    TouchButton {
        objectName: "largeTextButton"
        onDark: controls.onDark
        toggle: true
        checked: controls.display.largeText
        text: "Aa"
        // The label says what the button does; the sign stays the same size.
        labelSize: Theme.px(30)
        Accessible.name: qsTr("Large text")
        onClicked: { controls.display.toggleLargeText(); controls.used() }
    }
    TouchButton {
        objectName: "contrastButton"
        onDark: controls.onDark
        toggle: true
        checked: controls.display.highContrast
        iconName: "contrast"
        labelSize: Theme.px(30)
        Accessible.name: qsTr("High contrast")
        onClicked: { controls.display.toggleHighContrast(); controls.used() }
    }
    // A sign, not a word, like Aa and contrast: no control moves when the
    // language changes. Without espeak-ng or a voice it is faded and its name
    // says that speech is unavailable (the log and the staff panel say why).
    TouchButton {
        objectName: "listenButton"
        visible: controls.speech !== null
        enabled: controls.speech !== null && controls.speech.available
        onDark: controls.onDark
        toggle: true
        checked: controls.speech !== null && controls.speech.on
        iconName: "listen"
        labelSize: Theme.px(30)
        Accessible.name: enabled ? qsTr("Listen") : qsTr("Speech is unavailable")
        // The visit starts first (on the attract screen), so that speech
        // begins on the screen the visitor is on.
        onClicked: { controls.used(); controls.speech.toggle() }
    }
}
