pragma ComponentBehavior: Bound
import QtQuick

// The key figures on the attract screen, on one grid: each figure's number,
// then per language its label and the day it holds for ("as of ..."), the
// first language brighter. Figures go in pairs, first left, second right;
// wide, the pair sits either side of the world (a middle column that holds
// nothing), upright side by side. Each line is a cell of one grid row shared
// by the pair, so the numbers stand on one baseline and each language's
// label starts level with its partner's, however the lines wrap.
Grid {
    id: grid
    required property var figures      // kiosk.attract.figures
    required property string language  // whose way of writing numbers is used
    property real columnWidth: 0       // a figure's column
    property real middleWidth: 0       // wide: the world's column; 0 upright
    property real counted: 1           // 0..1 through the count (the motion)
    property real numberShown: 1
    readonly property bool wide: middleWidth > 0
    columns: wide ? 3 : 2
    columnSpacing: Theme.px(28)
    rowSpacing: 0

    // The grid's cells, row by row: {kind, figure, lang}. kind: "value",
    // "label" (a language's label, with the day under it), "space" (under
    // a pair, before the next) or "none".
    readonly property var cells: {
        const out = []
        const languages = figures.length > 0 ? figures[0].labels.length : 0
        for (let first = 0; first < figures.length; first += 2) {
            const pair = [first, first + 1 < figures.length ? first + 1 : -1]
            const rows = [{ kind: "value", lang: 0 }]
            for (let k = 0; k < languages; ++k)
                rows.push({ kind: "label", lang: k })
            if (first + 2 < figures.length)
                rows.push({ kind: "space", lang: 0 })
            for (const row of rows) {
                for (let c = 0; c < 2; ++c) {
                    if (c === 1 && wide)
                        out.push({ kind: "none", figure: -1, lang: 0 })
                    out.push({ kind: pair[c] >= 0 ? row.kind : "none", figure: pair[c], lang: row.lang })
                }
            }
        }
        return out
    }

    Repeater {
        model: grid.cells
        delegate: Column {
            id: cell
            required property int index
            required property var modelData
            readonly property string kind: modelData.kind
            readonly property int lang: modelData.lang
            readonly property var figure: modelData.figure >= 0 ? grid.figures[modelData.figure] : null
            readonly property var steps: figure ? (figure.steps[grid.language] ?? [""]) : [""]
            readonly property bool middle: grid.wide && index % 3 === 1
            width: middle ? grid.middleWidth : grid.columnWidth
            // A language's label a little apart from the one before; the
            // next pair further apart.
            topPadding: kind === "label" ? (lang > 0 ? Theme.px(10) : Theme.px(4)) : 0
            bottomPadding: kind === "space" ? Theme.px(28) : 0
            spacing: Theme.px(2)

            // Never empty: a positioner skips an item of no height, and the
            // cells after it would slip out of their columns. (Not a binding
            // of the cell's height on its own implicit height: that loops.)
            Item { width: 1; height: 1 }
            KText {
                objectName: "attractFigureValue_" + cell.modelData.figure
                visible: cell.kind === "value"
                width: cell.width
                horizontalAlignment: Text.AlignHCenter
                text: visible ? cell.steps[Math.round(grid.counted * (cell.steps.length - 1))] : ""
                color: Theme.barInk
                opacity: grid.numberShown
                font.pixelSize: Theme.px(92)
                font.bold: true
                // Digits of one width: the number does not jiggle as it counts.
                font.features: { "tnum": 1 }
                wrapMode: Text.NoWrap
                lineHeight: 1
                // Read as the figure it counts to, with its labels.
                Accessible.name: visible ? cell.steps[cell.steps.length - 1] + " "
                                           + cell.figure.labels.join(" · ") : ""
            }
            // Lines evened out: no last word alone ("… ýola goýlan / ýurtlar").
            EvenText {
                objectName: "attractFigureLabel_" + cell.modelData.figure + "_" + cell.lang
                visible: cell.kind === "label"
                width: cell.width
                horizontalAlignment: Text.AlignHCenter
                text: visible ? cell.figure.labels[cell.lang] : ""
                color: cell.lang === 0 ? Theme.barInk : Theme.barInkMuted
                font.pixelSize: Theme.px(24)   // body text's floor, as everywhere
                lineHeight: 1.0
            }
            // The day the figure holds for, worded as home and the map word it.
            EvenText {
                objectName: "attractFigureAsOf_" + cell.modelData.figure + "_" + cell.lang
                visible: cell.kind === "label" && text !== ""
                width: cell.width
                horizontalAlignment: Text.AlignHCenter
                text: cell.kind === "label" ? (cell.figure.asOf[cell.lang] ?? "") : ""
                color: Theme.barInkMuted
                font.pixelSize: Theme.px(24)
                lineHeight: 1.0
            }
        }
    }
}
