pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The key to Turkmenistan's mark and the key figures: in a row when they
// fit, two up or one under another when not. The map screen places it under
// the map, or beside it when the map would otherwise lose its height.
GridLayout {
    id: figures
    required property KioskModel kiosk
    // Names only the instance on screen carries, so that tests and assistive
    // technology find one set of figures.
    property bool named: true
    readonly property real labelWidth: Theme.px(360) * Math.min(Theme.textScale, 1.2)
    readonly property real valueWidth: Theme.pt(48) * 1.8 + Theme.px(14)
    readonly property bool oneRow: width >= homeKey.implicitWidth + 3 * columnSpacing
                                            + 2 * (valueWidth + labelWidth)
    readonly property bool twoUp: width >= 2 * (valueWidth + Theme.px(300)) + columnSpacing
    columns: oneRow ? 4 : twoUp ? 2 : 1
    // The height the map screen keeps for the figures, the same in every
    // language: a figure's label gets up to six lines (the longest, Russian,
    // takes six at 1080p; "as of" included). Judged on this, not on the
    // figures' own height, the map's height never changes with the language:
    // no label comes or goes and no button moves under a finger.
    readonly property int labelLines: 6
    readonly property int figureRows: oneRow ? 1 : Math.ceil(figureItems.count / (twoUp ? 2 : 1))
    readonly property real figureHeight: Math.max(valueMetrics.height,
                                                  labelLines * Math.ceil(labelMetrics.lineSpacing))
    readonly property real reserve: figureRows * figureHeight + (figureRows - 1) * rowSpacing
                                    + (oneRow ? 0 : homeKey.implicitHeight + rowSpacing)
    FontMetrics { id: labelMetrics; font.pixelSize: Theme.smallSize }
    FontMetrics { id: valueMetrics; font.pixelSize: Theme.pt(48); font.bold: true }
    columnSpacing: Theme.px(20)
    rowSpacing: Theme.px(12)

    HomeKey {
        id: homeKey
        objectName: figures.named ? "homeKey" : ""
        Accessible.ignored: !figures.named
        Layout.columnSpan: figures.oneRow ? 1 : figures.columns
        Layout.alignment: Qt.AlignTop
        name: figures.kiosk.map.homeName
    }
    Item { visible: figures.oneRow; Layout.fillWidth: true }
    Repeater {
        id: figureItems
        model: figures.kiosk.figures
        // A Row, not a RowLayout: the figures are made with the map screen,
        // in the background, and a RowLayout nested here could keep the
        // places it gave its texts while the screen was still taking its
        // size (the figure a line high, its number and label 1,000 px below
        // it, off the screen). The number stands level with the top of its
        // label, so that figures side by side stand level whatever their
        // labels' lengths (Russian: five lines and six).
        delegate: Row {
            id: mapFigure
            required property int index
            required property string value
            required property string label
            required property string asOf
            objectName: figures.named ? "mapFigure_" + index : ""
            spacing: Theme.px(14)
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: !figures.oneRow
            Layout.preferredWidth: figures.oneRow ? -1 : 1
            KText {
                id: figureValue
                text: mapFigure.value
                color: Theme.accent
                font.pixelSize: Theme.pt(48)
                font.bold: true
                wrapMode: Text.NoWrap
            }
            // The label, and the day the figure holds for: a figure is never
            // shown as if it were today's (as on home's band).
            KText {
                width: figures.oneRow ? figures.labelWidth
                                      : Math.max(1, mapFigure.width - figureValue.width - mapFigure.spacing)
                text: mapFigure.asOf !== "" ? mapFigure.label + "\n" + qsTr("as of %1").arg(mapFigure.asOf)
                                            : mapFigure.label
                color: Theme.inkMuted
                font.pixelSize: Theme.smallSize
                lineHeight: 1.0
                elide: Text.ElideNone
            }
        }
    }
}
