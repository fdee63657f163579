pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Models
import Kiosk.Ops

// The staff panel: default language, idle timeout, content status, usage
// counts, reload and exit. Every change is saved at once.
Rectangle {
    id: view
    required property StaffAccess staff
    required property StaffPanel panel
    required property KioskModel kiosk
    property OpeningHoursPanel hours: null
    objectName: "staffPanel"
    color: Theme.page
    opacity: staff.panelOpen ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.fade } }
    function dismiss(): void { staff.closePanel() }     // Escape closes it
    Component.onCompleted: if (visible) Keyboard.overlay(view, true)   // made open
    TapHandler {}   // the kiosk behind stays still

    function statusText(status: string): string {
        if (status === "pending") return qsTr("New content is valid; it is shown after the next reset.")
        if (status === "rejected") return qsTr("New content has errors; the current content stays.")
        if (status === "loading") return qsTr("Checking the content…")
        return qsTr("The content on screen is current.")
    }
    function translationText(status: string): string {
        if (status === "draft") return qsTr("draft, awaiting review")
        if (status === "reviewed") return qsTr("reviewed")
        if (status === "source") return qsTr("source text")
        return qsTr("unknown")
    }
    // What the machine is up against, each with its path (ops/panel.py).
    function noticeText(kind: string, path: string, detail: string): string {
        if (kind === "content-missing")
            return qsTr("The content folder %1 is missing (a USB stick or share not mounted?). "
                        + "The content on screen stays; the folder is read again when it is back.")
                   .arg(path)
        if (kind === "content-not-answering")
            return qsTr("The content folder %1 is not answering (a network share that hangs?). "
                        + "The content on screen stays; the folder is read again when it answers.")
                   .arg(path)
        if (kind === "settings-unsaved")
            return qsTr("Settings cannot be saved to %1 (%2). Changes last until the kiosk restarts.")
                   .arg(path).arg(detail)
        if (kind === "speech-unavailable")
            return qsTr("Speech (Listen) is unavailable: %1.").arg(detail)
        if (kind === "usage-corrupt")
            return qsTr("The usage counts file was damaged. It was kept as %1 and a new one was started; the counts in it are not shown here.").arg(path)
        return qsTr("Usage counts cannot be saved to %1 now (%2). They are kept and saved "
                    + "when it works again.").arg(path).arg(view.troubleText(detail))
    }
    function troubleText(trouble: string): string {
        if (trouble === "locked") return qsTr("locked by another program")
        if (trouble === "full") return qsTr("the disk is full")
        if (trouble === "corrupt") return qsTr("the file is damaged")
        return qsTr("the folder cannot be written")
    }
    function kindText(kind: string): string {
        if (kind === "screen") return qsTr("screen")
        if (kind === "section") return qsTr("section")
        if (kind === "language") return qsTr("language")
        if (kind === "display") return qsTr("display")
        return qsTr("region")
    }

    // Settings and actions beside the content status and counts; one above
    // the other on an upright screen.
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.px(48)
        rowSpacing: Theme.px(32)

        // Settings and actions.
        ColumnLayout {
            Layout.preferredWidth: Theme.portrait ? -1 : Theme.px(760)
            Layout.fillWidth: Theme.portrait
            Layout.fillHeight: !Theme.portrait
            spacing: Theme.px(22)

            KText {
                text: qsTr("Staff panel")
                color: Theme.accent
                font.pixelSize: Theme.pt(48)
                font.bold: true
            }
            KText { text: qsTr("Language after each reset"); font.bold: true }
            Row {
                spacing: Theme.px(12)
                Repeater {
                    model: view.panel.languages
                    delegate: TouchButton {
                        required property var modelData
                        objectName: "staffLang_" + modelData.code
                        text: modelData.name
                        checked: view.panel.defaultLanguage === modelData.code
                        implicitWidth: Theme.px(200)
                        onClicked: view.panel.setDefaultLanguage(modelData.code)
                    }
                }
            }
            KText { text: qsTr("Return to the start after"); font.bold: true }
            Row {
                spacing: Theme.px(20)
                TouchButton {
                    objectName: "idleMinus"
                    text: "−"
                    Accessible.name: qsTr("Shorter")
                    onClicked: view.panel.changeIdleTimeout(-1)
                }
                KText {
                    objectName: "idleValue"
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("%n second(s) without a touch", "", view.panel.idleTimeout)
                    wrapMode: Text.NoWrap
                }
                TouchButton {
                    objectName: "idlePlus"
                    text: "+"
                    Accessible.name: qsTr("Longer")
                    onClicked: view.panel.changeIdleTimeout(1)
                }
            }
            TouchButton {
                objectName: "openingHoursButton"
                visible: view.hours !== null
                text: qsTr("Opening hours")
                onClicked: {
                    view.hours.refresh()
                    hoursView.shown = true
                }
            }
            KText { text: qsTr("Translations"); font.bold: true }
            Repeater {
                model: view.panel.languages
                delegate: KText {
                    required property var modelData
                    text: modelData.name + ": " + view.translationText(modelData.status)
                    font.pixelSize: Theme.smallSize
                }
            }
            Item { visible: !Theme.portrait; Layout.fillHeight: true }
            // A Flow: in Russian the three buttons are wider than the column.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.px(20)
                TouchButton {
                    objectName: "reloadContent"
                    text: qsTr("Reload content")
                    onClicked: view.panel.reloadContent()
                }
                TouchButton {
                    objectName: "staffClose"
                    text: qsTr("Close")
                    checked: true
                    onClicked: view.staff.closePanel()
                }
                TouchButton {
                    objectName: "staffExit"
                    text: qsTr("Exit the kiosk")
                    onClicked: view.panel.exitKiosk()
                }
            }
        }

        // Problems, content status and usage counts, in a column that scrolls
        // (taller than the screen with every notice), with a scroll bar.
        Flickable {
            id: statusList
            objectName: "staffStatus"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: status.implicitHeight
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            SideScrollBar { parent: statusList; flickable: statusList; inside: true }   // not in the content
            ColumnLayout {
                id: status
                width: parent.width - Theme.px(20)   // the scroll bar's room
                spacing: Theme.px(16)

                KText {
                    visible: view.panel.notices.length > 0
                    Layout.fillWidth: true
                    text: qsTr("Problems of this machine")
                    font.bold: true
                    color: Theme.accent
                }
                Repeater {
                    model: view.panel.notices
                    delegate: KText {
                        required property var modelData
                        objectName: "notice_" + modelData.kind
                        Layout.fillWidth: true
                        text: view.noticeText(modelData.kind, modelData.path, modelData.detail)
                        font.pixelSize: Theme.smallSize
                        elide: Text.ElideNone
                    }
                }
                KText { Layout.fillWidth: true; text: qsTr("Content"); font.bold: true }
                KText {
                    objectName: "contentStatus"
                    Layout.fillWidth: true
                    text: view.statusText(view.panel.contentStatus)
                }
                StaffPackLines { Layout.fillWidth: true; panel: view.panel }
                KText {
                    visible: view.panel.contentReport.length === 0
                    Layout.fillWidth: true
                    text: qsTr("No problems found.")
                    color: Theme.inkMuted
                }
                ReportLines {
                    objectName: "contentReport"
                    Layout.fillWidth: true
                    texts: view.panel.contentReport
                }
                KText {
                    Layout.fillWidth: true
                    text: qsTr("Usage (anonymous counts: today / in all)")
                    font.bold: true
                }
                ReportLines {
                    objectName: "usageList"
                    Layout.fillWidth: true
                    spacing: 0
                    texts: view.panel.usage.map(u => view.kindText(u.kind) + " " + u.key + ": "
                                                + u.today + " / " + u.total)
                }
            }
        }
    }

    // Opening hours, over the panel until staff are done with them.
    OpeningHoursView {
        id: hoursView
        anchors.fill: parent
        hours: view.hours
    }
    // Keys stay in the panel while it shows; it reopens on itself, not on the hours.
    onVisibleChanged: { Keyboard.overlay(view, visible); if (!visible) hoursView.shown = false }
}
