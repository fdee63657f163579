import QtQuick
import QtQuick.Layouts
import Kiosk.Ops

// The staff panel's lines on content packs: the pack shown and its signer,
// the last pack refused and why (the reason is the installer's sentence).
ColumnLayout {
    id: lines
    required property StaffPanel panel
    spacing: Theme.px(6)

    KText {
        objectName: "packShown"
        Layout.fillWidth: true
        readonly property var pack: lines.panel.pack
        text: pack.version === undefined
              ? qsTr("No content pack installed: the kiosk shows its own content.")
              : pack.damaged
              ? qsTr("Content pack %1: its record is damaged (%2); install the pack again to repair it.")
                .arg(pack.version).arg(pack.damaged)
              : pack.changed
              ? qsTr("Content pack %1 was CHANGED SINCE INSTALL (%2): not what was signed; install the pack again to repair it.")
                .arg(pack.version).arg(pack.changed)
              : qsTr("Content pack %1, signed by %2 (key %3).")
                .arg(pack.version).arg(pack.signer).arg(pack.key)
    }
    KText {
        objectName: "packRefused"
        visible: lines.panel.lastRefused.reason !== undefined
        Layout.fillWidth: true
        text: visible ? qsTr("Last pack refused (%1, %2): %3").arg(lines.panel.lastRefused.pack)
                        .arg(lines.panel.lastRefused.when).arg(lines.panel.lastRefused.reason)
                      : ""
        font.pixelSize: Theme.smallSize
        color: Theme.accent
        elide: Text.ElideNone
    }
}
