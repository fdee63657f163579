import QtQuick

// Tiles in columns of one width, and one height: that of the tallest tile's
// text. Each tile says how tall it needs to be with its implicitHeight; the
// screen sets `columns` and the grid's width, and binds each tile's size to
// `cellWidth` and `tallest` (or tileHeight()). Used by the home tiles, the
// section's topic list and the map's legend.
Grid {
    id: grid
    property alias model: tiles.model
    property alias delegate: tiles.delegate
    readonly property alias count: tiles.count
    property real minimumHeight: 0
    readonly property real cellWidth: Math.floor((width - (columns - 1) * spacing) / columns)
    // Tiles made so far: the Repeater's count changes before its tiles
    // exist, so `tallest` is measured again as each one arrives (else it
    // keeps the height of none).
    property int made: 0
    readonly property real tallest: {
        let most = minimumHeight
        for (let i = 0; i < Math.min(made, tiles.count); ++i) {
            const tile = tiles.itemAt(i)
            if (tile) most = Math.max(most, tile.implicitHeight)
        }
        return most
    }

    // Side by side, tiles share one height; in a single column each is as
    // tall as it needs.
    function tileHeight(needed: real): real {
        return columns > 1 ? tallest : Math.max(minimumHeight, needed)
    }

    Repeater {
        id: tiles
        onItemAdded: grid.made++
        onItemRemoved: grid.made--
    }
}
