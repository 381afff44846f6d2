// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A VRM drawn like a UK number plate: black characters on yellow (rear) or white (front), with a thin black
// border; scale grows it for the detail pane.
Rectangle {
    id: plate
    required property string text
    property bool front: false
    property real scale_: 1.0

    // Measured, not taken from the Text: a Text inside a hidden pane does not lay itself out until shown.
    implicitWidth: Math.max(metrics.advanceWidth + 24 * scale_ * Theme.fontScale, 120 * scale_ * Theme.fontScale)
    implicitHeight: 38 * scale_ * Theme.fontScale
    radius: 4 * scale_
    color: front ? Theme.plateWhite : Theme.plateYellow
    border.color: "#000000"
    border.width: Math.max(1, 2 * scale_)

    TextMetrics {
        id: metrics
        font: label.font
        text: plate.text
    }

    Text {
        id: label
        anchors.centerIn: parent
        text: plate.text
        color: Theme.plateText
        font.family: "DejaVu Sans"
        font.bold: true
        font.pixelSize: 24 * plate.scale_ * Theme.fontScale
        font.letterSpacing: 1.5 * plate.scale_
    }
}
