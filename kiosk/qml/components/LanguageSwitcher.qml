import QtQuick
import Kiosk.Models

// Türkmençe · Русский · English: each name in its own language, in the
// seed's order, no flags. Shown on every screen (in the header).
Row {
    id: switcher
    required property KioskModel kiosk
    spacing: Theme.px(12)
    Accessible.role: Accessible.Grouping

    Repeater {
        model: switcher.kiosk.languages
        delegate: TouchButton {
            required property var modelData
            objectName: "lang_" + modelData.code
            text: modelData.name
            onDark: true
            checked: switcher.kiosk.language === modelData.code
            implicitWidth: Theme.px(190)
            onClicked: switcher.kiosk.setLanguage(modelData.code)
        }
    }
}
