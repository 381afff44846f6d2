// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One alert in the queue: priority colour, plate, what it is and what to do, where and when, who holds it.
Rectangle {
    id: row
    required property int index
    required property int alertId
    required property string plate
    required property string readVrm
    required property string camera
    required property string time
    required property int priority
    required property string priorityName
    required property string category
    required property string action
    required property bool possibleMisread
    required property string stateName
    required property string claimedBy
    required property bool claimedByMe
    required property int sightings

    signal claimRequested(int row)
    signal releaseRequested(int row)
    signal dispatchRequested(int row)
    signal closeRequested(int row)

    implicitHeight: 76
    color: ListView.isCurrentItem ? Theme.surfaceRaised : Theme.surface
    border.color: ListView.isCurrentItem ? Theme.accent : "transparent"

    RowLayout {
        anchors.fill: parent
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing * 1.5

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 10
            color: Theme.priorityColour(row.priority)
        }
        Label {
            Layout.preferredWidth: 70
            text: row.priorityName
            color: Theme.priorityColour(row.priority)
            font.bold: true
            font.pixelSize: Theme.fontSize
        }
        PlateLabel {
            text: row.plate
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: Theme.spacing
                Label {
                    text: row.category
                    color: Theme.text
                    font.bold: true
                    font.pixelSize: Theme.fontSize + 1
                    font.capitalization: Font.Capitalize
                }
                Label {
                    visible: row.possibleMisread
                    text: qsTr("Possible misread: camera read %1").arg(row.readVrm)
                    color: "#111111"
                    font.pixelSize: Theme.fontSize - 2
                    font.bold: true
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle { color: "#f5a524"; radius: 3 }
                }
                Label {
                    visible: row.sightings > 1
                    text: qsTr("%n sighting(s)", "", row.sightings)
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSize - 2
                }
            }
            Label {
                Layout.fillWidth: true
                text: row.action
                color: Theme.text
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSize
            }
        }
        ColumnLayout {
            Layout.preferredWidth: 170
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.camera
                color: Theme.text
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSize
            }
            Label {
                text: row.time
                color: Theme.textDim
                font.pixelSize: Theme.fontSize
            }
        }
        Label {
            Layout.preferredWidth: 150
            visible: row.claimedBy !== ""
            text: row.claimedByMe ? qsTr("Held by you") : qsTr("Held by %1").arg(row.claimedBy)
            color: row.claimedByMe ? Theme.accent : Theme.textDim
            font.bold: row.claimedByMe
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSize
        }
        Button {
            visible: row.claimedBy === ""
            text: qsTr("Claim")
            onClicked: row.claimRequested(row.index)
        }
        Button {
            visible: row.claimedByMe
            text: qsTr("Dispatch")
            onClicked: row.dispatchRequested(row.index)
        }
        Button {
            visible: row.claimedByMe
            text: qsTr("Close")
            onClicked: row.closeRequested(row.index)
        }
        Button {
            visible: row.claimedByMe
            text: qsTr("Release")
            onClicked: row.releaseRequested(row.index)
        }
    }
}
