// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic

// A tab of the console's page bar: quiet in low light, the current one marked by an accent line.
TabButton {
    id: tab
    contentItem: Label {
        text: tab.text
        color: tab.checked ? Theme.text : Theme.textDim
        font.pixelSize: Theme.fontSize
        font.bold: tab.checked
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitHeight: 40
        color: tab.checked ? Theme.surfaceRaised : Theme.surface
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 3
            visible: tab.checked
            color: Theme.accent
        }
    }
}
