import QtQuick
import Kiosk.Ops

// The hidden staff gesture: hold the top-left corner for 3 seconds, then tap
// the bottom-right corner. Both zones are smaller than the margins, so they
// never cover anything a visitor taps.
Item {
    id: corners
    required property StaffAccess staff

    Item {
        objectName: "staffCornerHold"
        width: Theme.px(44)
        height: Theme.px(44)
        TapHandler {
            longPressThreshold: 3
            onLongPressed: corners.staff.cornerHeld()
        }
    }
    Item {
        objectName: "staffCornerTap"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: Theme.px(44)
        height: Theme.px(44)
        TapHandler { onTapped: corners.staff.cornerTapped() }
    }
}
