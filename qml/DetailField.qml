// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One named value in a detail view (an alert's, a clone case's): the name dim on the left, the value
// wrapping on the right; hidden while the value is empty.
RowLayout {
    id: field
    required property string name
    required property string value
    property real nameWidth: 110 * Theme.fontScale
    visible: value !== ""
    Layout.fillWidth: true
    spacing: Theme.spacing
    Label {
        Layout.preferredWidth: field.nameWidth
        Layout.alignment: Qt.AlignTop
        text: field.name
        color: Theme.textDim
        font.pixelSize: Theme.fontSize - 1
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: field.value
        color: Theme.text
        font.pixelSize: Theme.fontSize
        wrapMode: Text.Wrap
    }
}
