import QtQuick

// A narrow band of carpet guls under the header, after the flag's carpet
// stripe: one calm repeating motif (resources/icons/gul-band.svg), no motion.
Rectangle {
    id: band
    objectName: "gulBand"
    implicitHeight: Theme.px(14)
    color: Theme.band
    Accessible.ignored: true

    Image {
        anchors.fill: parent
        anchors.topMargin: Theme.px(1)
        anchors.bottomMargin: Theme.px(1)
        fillMode: Image.Tile
        horizontalAlignment: Image.AlignHCenter
        // One tile is 64×24: as tall as the band, as wide as that makes it.
        sourceSize.height: height
        sourceSize.width: Math.round(height * 64 / 24)
        source: height > 0 ? Theme.icon("gul-band", Theme.bandInk) : ""
    }
}
