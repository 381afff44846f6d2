// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The console's keys, on F1 (or ?). Any key or click closes it.
Popup {
    id: help
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacing * 4, 680 * Theme.fontScale)
    height: Math.min(parent.height - Theme.spacing * 4, keys.implicitHeight + Theme.spacing * 6)
    modal: true
    focus: true
    padding: Theme.spacing * 3
    background: Rectangle { color: Theme.surface; border.color: Theme.accent; radius: 6 }

    readonly property var rows: [
        [qsTr("Up / K, Down / J"), qsTr("previous / next alert")],
        [qsTr("Page Up, Page Down, Home, End"), qsTr("move ten, go to the top or the bottom")],
        [qsTr("Enter or Space"), qsTr("show or hide the alert's detail")],
        [qsTr("C"), qsTr("claim the alert (it is yours until you release, dispatch or close it)")],
        [qsTr("R"), qsTr("release it for someone else")],
        [qsTr("D"), qsTr("dispatch: record the incident number")],
        [qsTr("X"), qsTr("close it: 1-9 picks the reason, Enter confirms")],
        [qsTr("E"), qsTr("escalate it to the supervisor with a note")],
        [qsTr("Ctrl+1 ... Ctrl+8"), qsTr("the Alerts, Cameras, Dashboard, Search, Authorisations, Audit, Hotlists and Cloned vehicles pages")],
        [qsTr("Ctrl+M"), qsTr("mute or unmute this console's alert tones")],
        [qsTr("Ctrl+Plus, Ctrl+Minus"), qsTr("larger or smaller text")],
        [qsTr("Ctrl+L"), qsTr("lock the console")],
        [qsTr("F1 or ?"), qsTr("this help; Esc closes it")]
    ]

    Flickable {
        anchors.fill: parent
        contentHeight: keys.implicitHeight
        clip: true
        ColumnLayout {
            id: keys
            width: parent.width
            spacing: Theme.spacing
            Label {
                text: qsTr("Keys")
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontSize + 6
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing * 3
                rowSpacing: Theme.spacing * 0.75
                Repeater {
                    model: help.rows.length * 2
                    delegate: Label {
                        required property int index
                        Layout.fillWidth: index % 2 === 1
                        Layout.alignment: Qt.AlignTop
                        text: help.rows[Math.floor(index / 2)][index % 2]
                        color: index % 2 === 0 ? Theme.accent : Theme.text
                        font.bold: index % 2 === 0
                        font.pixelSize: Theme.fontSize
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
