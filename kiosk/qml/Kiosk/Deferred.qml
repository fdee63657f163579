import QtQuick

// A part the first frame does not show (the attract screen is all it shows):
// made just after that frame, in the background, a little per frame, rather
// than before it. The kiosk starts sooner, and every part is ready long before
// a finger reaches it. Needed earlier (a screen opened directly, as `kiosk
// shot` does, or a tap before it is done), it is made at once.
Loader {
    required property bool needed   // on screen now
    required property bool warm     // the first frame is on screen
    active: needed || warm
    asynchronous: !needed
}
