pragma ComponentBehavior: Bound
import QtQuick

// One key figure on the attract screen: the number, which counts up when the
// motion asks, and its label in every language, the first one brighter.
Column {
    id: figure
    property int number: 0            // its place among the key figures
    required property var modelData   // {steps: per language, the numbers counted through; labels}
    // The language whose way of writing numbers is used (all are the same
    // figure): the one the screen was reset to.
    required property string language
    // 0..1 through the count (the attract screen's motion); at rest, the figure.
    property real counted: 1
    property real numberShown: 1
    objectName: "attractFigure_" + number
    spacing: Theme.px(6)

    Accessible.role: Accessible.StaticText
    Accessible.name: value.steps[value.steps.length - 1] + " "
                     + figure.modelData.labels.join(" · ")

    KText {
        id: value
        objectName: "attractFigureValue_" + figure.number
        width: figure.width
        horizontalAlignment: Text.AlignHCenter
        readonly property var steps: figure.modelData.steps[figure.language] ?? [""]
        text: steps[Math.round(figure.counted * (steps.length - 1))]
        color: Theme.barInk
        opacity: figure.numberShown
        font.pixelSize: Theme.px(104)
        font.bold: true
        font.features: { "tnum": 1 }   // digits of one width: the number does not jiggle as it counts
        wrapMode: Text.NoWrap
        lineHeight: 1
    }
    Repeater {
        model: figure.modelData.labels
        delegate: KText {
            required property int index
            required property string modelData
            width: figure.width
            horizontalAlignment: Text.AlignHCenter
            text: modelData
            color: index === 0 ? Theme.barInk : Theme.barInkMuted
            font.pixelSize: Theme.px(24)
            lineHeight: 1.05
        }
    }
}
