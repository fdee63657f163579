pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// Home's band: the year motto (in its year only: KioskModel decides) across
// the band, and under it the key figures, each with the day it holds for.
// The motto never shares its row with the figures: squeezed beside them it
// wrapped to three lines (in Turkmen) and pushed the second row of topics
// off a 1080p screen. Upright with large text the figures stack too.
Rectangle {
    id: hero
    required property KioskModel kiosk
    objectName: "hero"
    visible: motto.visible || figureList.count > 0
    implicitHeight: band.implicitHeight + 2 * Theme.px(16)
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.line
    border.width: Theme.edge

    GridLayout {
        id: band
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.px(44)
        anchors.rightMargin: Theme.px(44)
        columns: 1
        rowSpacing: Theme.px(6)

        KText {
            id: motto
            objectName: "motto"
            visible: text !== ""   // no motto outside its year
            Layout.fillWidth: true
            text: hero.kiosk.motto
            color: Theme.accent
            font.pixelSize: Theme.pt(44)
            lineHeight: 1.0
            font.bold: true
            elide: Text.ElideNone
        }

        GridLayout {
            columns: Theme.portrait && Theme.largeText ? 1 : 2
            columnSpacing: Theme.px(44)
            rowSpacing: Theme.px(16)
            Layout.fillWidth: true

            Repeater {
                id: figureList
                model: hero.kiosk.figures
                delegate: RowLayout {
                    id: figure
                    required property int index
                    required property string value
                    required property string label
                    required property string asOf
                    objectName: "figure_" + index
                    spacing: Theme.px(20)
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1   // equal halves
                    Rectangle {
                        Layout.preferredWidth: Theme.px(6)
                        Layout.fillHeight: true
                        Layout.minimumHeight: Theme.px(84)
                        color: Theme.accent
                        radius: width / 2
                    }
                    KText {
                        objectName: "figureValue_" + figure.index
                        text: figure.value
                        color: Theme.accent
                        font.pixelSize: Theme.pt(76)
                        lineHeight: 0.95
                        font.bold: true
                        wrapMode: Text.NoWrap
                        Layout.alignment: Qt.AlignVCenter
                    }
                    ColumnLayout {
                        spacing: Theme.px(4)
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignVCenter
                        KText {
                            objectName: "figureLabel_" + figure.index
                            Layout.fillWidth: true
                            text: figure.label
                            color: Theme.inkMuted
                            font.pixelSize: Theme.smallSize
                            lineHeight: 1.0
                            elide: Text.ElideNone
                        }
                        // The day the figure holds for: a figure is
                        // never shown as if it were today's.
                        KText {
                            objectName: "figureAsOf_" + figure.index
                            visible: figure.asOf !== ""
                            Layout.fillWidth: true
                            text: qsTr("as of %1").arg(figure.asOf)
                            color: Theme.inkMuted
                            font.pixelSize: Theme.smallSize
                            lineHeight: 1.0
                            elide: Text.ElideNone
                        }
                    }
                }
            }
        }
    }
}
