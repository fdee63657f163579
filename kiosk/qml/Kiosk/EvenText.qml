import QtQuick
import Kiosk.Views

// A short text that wraps (a topic's name on a tile, a heading), with its
// lines evened out: "Нейтралитет, / диалог и мир", not "Нейтралитет, диалог
// и / мир" (kiosk/views/text_balance.py). It keeps the width its layout gives
// it (nothing around it moves) and pads the text in to the narrowest width
// that holds it on as many lines. Its width must come from outside (anchors,
// a layout, a binding), never from its own implicitWidth, which the padding
// changes.
KText {
    readonly property real evenPadding: !keepWords && width > 0 && text !== ""
                                        ? Math.max(0, width - TextBalance.width(text, font, width)) : 0
    leftPadding: horizontalAlignment === Text.AlignHCenter ? evenPadding / 2 : 0
    rightPadding: horizontalAlignment === Text.AlignHCenter ? evenPadding / 2 : evenPadding
}
