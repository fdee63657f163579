import QtQuick
import Kiosk.Models
import Kiosk.Views

// A list that keeps the reader's place: across a language switch and a
// change of text size, the row at the top stays at the top, as far into it
// as before (every row re-flows). At its top it stays at the top while the
// rows above settle. toTop() starts over (a new section, a reset).
ListView {
    id: list
    required property KioskModel kiosk

    // Where the visitor is reading: the row at the top and how far into it.
    // Every height in the rows is a binding (no positioners), so it is exact
    // as soon as the text changes.
    property int anchorIndex: -1
    property real anchorFraction: 0
    // At the top, the view stays at the top while the header's height
    // settles (first layout, a new width, another language).
    property bool pinnedToTop: true
    // Rows above the view are measured again over the next frames (their
    // text re-flowed), which moves the origin under the place just restored:
    // it is re-applied until the list settles (300 ms with no change: on a
    // loaded machine those frames took longer than a fixed 300 ms, and the
    // last of them moved the place) or a finger moves it.
    property bool holding: false
    property bool applying: false

    function toTop(): void {
        holding = false
        pinnedToTop = true
        positionViewAtBeginning()
    }
    function rememberPosition(): void {
        anchorIndex = indexAt(width / 2, contentY + 1)
        const item = anchorIndex >= 0 ? itemAtIndex(anchorIndex) : null
        anchorFraction = item ? (contentY - item.y) / Math.max(1, item.height) : 0
    }
    function restorePosition(): void {
        forceLayout()
        if (anchorIndex < 0) {
            toTop()
            return
        }
        applyPosition()
        holding = true
        holdTimer.restart()
    }
    function applyPosition(): void {
        if (applying) return
        applying = true
        positionViewAtIndex(anchorIndex, ListView.Beginning)
        const item = itemAtIndex(anchorIndex)
        const bottom = Math.max(originY, originY + contentHeight - height)
        if (item)
            contentY = Math.min(item.y + anchorFraction * item.height, bottom)
        applying = false
    }

    // On the wall clock, not the animation clock (kiosk/views/wall_timer.py).
    WallTimer {
        id: holdTimer
        interval: 300
        onTriggered: list.holding = false
    }
    function holdPosition(): void {
        applyPosition()
        holdTimer.restart()
    }
    onOriginYChanged: {
        if (moving) return
        if (pinnedToTop) contentY = originY
        else if (holding) holdPosition()
    }
    onContentHeightChanged: if (holding && !moving) holdPosition()
    onMovementStarted: {
        pinnedToTop = false
        holding = false
    }
    onMovementEnded: pinnedToTop = atYBeginning

    Connections {
        target: list.kiosk
        function onLanguageAboutToChange() { list.rememberPosition() }
        function onLanguageChanged() { list.restorePosition() }
    }
    // Large text re-flows every row: the list keeps its place too (exactly,
    // even when the top row only just shows).
    Connections {
        target: list.kiosk.display
        function onAboutToChange() { list.rememberPosition() }
        function onChanged() { Qt.callLater(list.restorePosition) }
    }
}
