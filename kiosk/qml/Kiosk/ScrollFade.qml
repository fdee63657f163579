import QtQuick

// More below: a soft fade at the bottom edge of a surface says so. Put it
// on the surface (as its child, over what scrolls) and say when it shows.
Rectangle {
    anchors.left: parent.left
    anchors.right: parent.right
    anchors.bottom: parent.bottom
    anchors.margins: Theme.px(2)
    radius: Theme.radius
    gradient: Gradient {
        GradientStop { position: 0; color: Theme.surfaceClear }
        GradientStop { position: 1; color: Theme.surface }
    }
}
