import QtQuick

// The card in the middle of an overlay (the idle warning, a number's QR, the
// PIN pad). In high contrast it is as black as what it covers, so it is
// outlined.
Rectangle {
    anchors.centerIn: parent
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line
    border.width: Theme.highContrast ? Theme.edge : 0
}
