// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A VRM drawn like a UK rear number plate: black characters on yellow, with a thin border.
Rectangle {
    id: plate
    required property string text
    property real scale_: 1.0

    implicitWidth: label.implicitWidth + 24 * scale_
    implicitHeight: 38 * scale_
    radius: 4 * scale_
    color: Theme.plateYellow
    border.color: "#000000"
    border.width: Math.max(1, 2 * scale_)

    Text {
        id: label
        anchors.centerIn: parent
        text: plate.text
        color: Theme.plateText
        font.family: "DejaVu Sans"
        font.bold: true
        font.pixelSize: 24 * plate.scale_
        font.letterSpacing: 1.5 * plate.scale_
    }
}
