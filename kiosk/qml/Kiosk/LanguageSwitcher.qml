pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// Türkmençe · Русский · English: each name in its own language, in the
// seed's order, no flags. Shown on every screen (in the header).
Row {
    id: switcher
    required property KioskModel kiosk
    spacing: Theme.px(12)
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Language")

    Repeater {
        model: switcher.kiosk.languages
        delegate: TouchButton {
            required property var modelData
            objectName: "lang_" + modelData.code
            text: modelData.name
            onDark: true
            checked: switcher.kiosk.language === modelData.code
            // Buttons of one width, unless large text needs more.
            implicitWidth: Math.max(Theme.px(190), naturalWidth)
            onClicked: switcher.kiosk.setLanguage(modelData.code)
        }
    }
}
