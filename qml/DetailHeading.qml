// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A section's heading in a detail view.
Label {
    Layout.fillWidth: true
    Layout.topMargin: Theme.spacing
    color: Theme.textDim
    font.pixelSize: Theme.fontSize - 1
    font.bold: true
    font.capitalization: Font.AllUppercase
}
