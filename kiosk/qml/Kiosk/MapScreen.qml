pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The world's regions (UN M49) on an offline map. Tap a country or a legend
// chip to read about its region; one finger pans, two fingers zoom, and the + − and
// reset buttons do the same for anyone who does not pinch.
Page {
    id: screen
    // In the window while hidden too: its canvas is slow to draw again (Page.qml).
    keepInWindow: true
    required property KioskModel kiosk
    readonly property MapModel map: kiosk.map
    // Labels are placed only while the map is the screen (map_labels.py).
    onActiveChanged: map.labels.setShown(active)
    Component.onCompleted: map.labels.setShown(active)

    // The panel's text as it is drawn: what its room is measured in.
    FontMetrics { id: nameMetrics; font.pixelSize: regionPanel.nameSize; font.bold: true }
    FontMetrics { id: bodyMetrics; font.pixelSize: Theme.bodySize }

    ColumnLayout {
        id: page
        anchors.fill: parent
        anchors.margins: Theme.margin
        // Upright, every pixel the map's half of the screen leaves goes to
        // the region panel: a closer top and closer gaps.
        anchors.topMargin: Theme.portrait ? Theme.px(24) : Theme.margin
        spacing: Theme.portrait ? Theme.px(12) : Theme.px(20)

        // The title (Home is in the chrome); how to use the map opens the
        // legend, beside the list it speaks of.
        RowLayout {
            id: top
            Layout.fillWidth: true
            spacing: Theme.px(32)
            KText {
                id: heading
                Layout.fillWidth: true
                text: qsTr("Regions of the world")
                color: Theme.accent
                // Upright with large text, a heading no larger than large
                // text's body: its room goes to the region panel.
                font.pixelSize: Theme.portrait ? Math.min(Theme.pt(40), Theme.px(48)) : Theme.pt(40)
                font.family: Theme.displayFont   // as every screen's title
                font.bold: true
                elide: Text.ElideNone
            }
        }

        // Landscape: the map and the key figures, the region panel beside
        // them. Upright: the map across the screen, the panel below it. The
        // map keeps at least half of the window's height in every mode (large
        // text included): when the figures would squeeze it, they move to the
        // end of the legend, which scrolls.
        GridLayout {
            id: body
            // Half the window, in every mode; the map is framed to it (the camera
            // fits the world to any frame), with sea above and below if need be.
            readonly property real mapFloor: Math.round(screen.Window.height / 2)
            // The room the page leaves below its title: what the layouts are given,
            // never what they take (an overflowing body would agree with itself).
            readonly property real room: page.height - top.height - page.spacing
            // Judged on the room the figures keep under the map (MapFigures.reserve,
            // the same in every language, so the map's size never changes with the
            // language), unless a text overflows it. The figures always stay in the
            // layout (faded out and folded to nothing when aside): their width, and
            // so their height, never depends on the choice, so it cannot feed back
            // on itself.
            readonly property bool figuresAside: belowMap.implicitHeight > belowMap.reserve + 1
                || (Theme.portrait
                    ? room - mapFloor - figuresGap - belowMap.reserve - rowSpacing
                      < panelFloor
                    : room - belowMap.reserve - figuresGap < mapFloor)
            // Upright, the region panel below the map keeps room for a chosen
            // region's name, its country line and three lines of its text
            // (the panel's margins and spacing as RegionPanel lays them out).
            readonly property real panelFloor: 2 * Theme.px(16)
                + Math.max(nameMetrics.height * 1.15, Theme.touch) + 2 * Theme.px(10)
                + 4 * Math.ceil(bodyMetrics.height * 1.15)
            // What is left under the map upright: the panel never asks for more
            // (it would push the page over the navigation bar).
            readonly property real panelRoom: room - mapFloor - rowSpacing
            // Landscape: what the map may take of the column.
            readonly property real mapRoom: figuresAside ? room : room - belowMap.reserve - figuresGap
            // Between the map and the figures under it; none when they are
            // aside (the folded figures and the filler would still count it,
            // and the map's foot would stop short of the panel's).
            readonly property real figuresGap: Theme.px(16)
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.px(32)
            rowSpacing: Theme.portrait ? Theme.px(12) : Theme.px(20)

            ColumnLayout {
                id: mapColumn
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.minimumWidth: 0
                Layout.fillHeight: !Theme.portrait
                spacing: body.figuresAside ? 0 : body.figuresGap

                WorldMap {
                    id: frame
                    map: screen.map
                    Layout.fillWidth: true
                    // Landscape: the map's own shape, never shorter than half the
                    // window, and leaving the figures their room (when under it).
                    // With the figures aside, the whole column: its foot level
                    // with the region panel's, not an empty band under a map
                    // the world's shape left short (1280x800, large text).
                    // Upright: half the window, which suits the regions' framing
                    // better than the strip the world's shape would give.
                    Layout.preferredHeight: Theme.portrait ? body.mapFloor
                        : body.figuresAside ? Math.max(body.mapFloor, body.mapRoom)
                        : Math.max(body.mapFloor, Math.min(Math.round(width * screen.map.aspect),
                                                           body.mapRoom))
                    Layout.maximumHeight: Layout.preferredHeight
                    Layout.minimumHeight: body.mapFloor
                    Layout.fillHeight: !Theme.portrait
                }

                MapFigures {
                    id: belowMap
                    kiosk: screen.kiosk
                    named: !body.figuresAside
                    opacity: body.figuresAside ? 0 : 1
                    enabled: !body.figuresAside
                    clip: body.figuresAside
                    Layout.fillWidth: true
                    Layout.maximumHeight: body.figuresAside ? 0 : reserve
                    Layout.minimumHeight: body.figuresAside ? 0 : reserve
                    Layout.preferredHeight: body.figuresAside ? 0 : reserve
                    // Its width comes from the column, never from its own
                    // contents (which change with that width: no feedback loop).
                    Layout.preferredWidth: 1
                    Layout.minimumWidth: 0
                    Layout.alignment: Qt.AlignTop
                }
                // Takes what the map and figures leave: the column's height never
                // follows their maximums (which the choice above changes).
                Item {
                    Layout.fillHeight: true
                    Layout.fillWidth: true
                }
            }

            RegionPanel {
                id: regionPanel
                kiosk: screen.kiosk
                Layout.preferredWidth: Theme.portrait ? -1 : Theme.px(520) * Math.min(Theme.textScale, 1.25)
                Layout.fillWidth: Theme.portrait
                // Landscape: as tall as the map and the figures under it, its
                // foot level with theirs (not below them, beside nothing).
                Layout.fillHeight: Theme.portrait
                Layout.preferredHeight: Theme.portrait ? -1
                    : frame.height + (body.figuresAside ? 0 : body.figuresGap + belowMap.reserve)
                Layout.alignment: Qt.AlignTop
                Layout.minimumHeight: Theme.portrait ? Math.min(body.panelFloor, body.panelRoom) : 0
                MapFigures {
                    kiosk: screen.kiosk
                    named: body.figuresAside
                    visible: body.figuresAside
                    width: parent.width
                }
            }
        }
    }
}
