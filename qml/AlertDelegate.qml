// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One alert in the queue: priority colour and shape, plate, what it is and what to do, where and when, who
// holds it. In compact mode (the detail pane open beside the queue) the actions live in the pane.
Rectangle {
    id: row
    required property int index
    required property int alertId
    required property string plate
    required property string readVrm
    required property string camera
    required property string direction
    required property string time
    required property int priority
    required property string priorityName
    required property string category
    required property string action
    required property bool possibleMisread
    required property bool escalated
    required property bool retrospective
    required property bool covert
    required property string claimedBy
    required property bool claimedByMe
    required property int sightings
    property bool compact: false
    property bool canTriage: true

    signal picked(int row)
    signal claimRequested(int row)
    signal dispatchRequested(int row)
    signal closeRequested(int row)

    implicitHeight: Math.max(76 * Theme.fontScale, content.implicitHeight + Theme.spacing)
    color: ListView.isCurrentItem ? Theme.surfaceRaised : Theme.surface
    border.color: ListView.isCurrentItem ? Theme.accent : "transparent"
    border.width: ListView.isCurrentItem ? 2 : 0

    MouseArea {
        anchors.fill: parent
        onClicked: row.picked(row.index)
    }

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing * 1.5

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 10
            color: Theme.priorityColour(row.priority)
        }
        Label {
            Layout.preferredWidth: 104 * Theme.fontScale
            text: Theme.priorityIcon(row.priority) + " " + row.priorityName
            color: Theme.priorityColour(row.priority)
            font.bold: true
            font.pixelSize: Theme.fontSize
            elide: Text.ElideRight
        }
        PlateLabel {
            Layout.minimumWidth: implicitWidth
            text: row.plate
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Flow {
                id: badges
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    width: Math.min(implicitWidth, badges.width)
                    elide: Text.ElideRight
                    text: row.category.charAt(0).toUpperCase() + row.category.slice(1)
                    color: Theme.text
                    font.bold: true
                    font.pixelSize: Theme.fontSize + 1
                }
                Label {
                    visible: row.possibleMisread
                    width: Math.min(implicitWidth, badges.width) // a long translation is cut, never spills
                    elide: Text.ElideRight
                    text: qsTr("%1: possible misread").arg(row.readVrm) // the VRM first: it is what the operator compares
                    color: Theme.textOnWarning
                    font.pixelSize: Theme.fontSize - 2
                    font.bold: true
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle { color: Theme.warning; radius: 3 }
                }
                Label {
                    visible: row.retrospective
                    width: Math.min(implicitWidth, badges.width)
                    elide: Text.ElideRight
                    // Not where the vehicle is now: found among earlier reads when its entry went live.
                    text: qsTr("Retrospective: seen before it was listed")
                    color: Theme.textOnWarning
                    font.pixelSize: Theme.fontSize - 2
                    font.bold: true
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle { color: Theme.warning; radius: 3 }
                }
                Label {
                    visible: row.covert
                    width: Math.min(implicitWidth, badges.width)
                    elide: Text.ElideRight
                    // A covert list's hit: shown to its named readers only, never to the shared queue.
                    text: qsTr("Covert: not for the shared queue")
                    color: Theme.text
                    font.pixelSize: Theme.fontSize - 2
                    font.bold: true
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle { color: "transparent"; border.color: Theme.text; border.width: 2; radius: 3 }
                }
                Label {
                    visible: row.escalated
                    width: Math.min(implicitWidth, badges.width)
                    elide: Text.ElideRight
                    text: qsTr("With supervisor")
                    color: Theme.text
                    font.pixelSize: Theme.fontSize - 2
                    font.bold: true
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle { color: "transparent"; border.color: Theme.accent; radius: 3 }
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
            Layout.preferredWidth: 190 * Theme.fontScale
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.direction === "" ? row.camera : qsTr("%1 · %2").arg(row.camera).arg(row.direction)
                color: Theme.text
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSize
            }
            Label {
                Layout.fillWidth: true
                text: row.claimedBy === "" ? row.time
                      : row.claimedByMe ? qsTr("%1 · held by you").arg(row.time)
                      : qsTr("%1 · held by %2").arg(row.time).arg(row.claimedBy)
                color: row.claimedByMe ? Theme.accent : Theme.textDim
                font.bold: row.claimedByMe
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSize
            }
        }
        Button {
            visible: !row.compact && row.canTriage && row.claimedBy === ""
            text: qsTr("Claim")
            font.pixelSize: Theme.fontSize
            onClicked: row.claimRequested(row.index)
        }
        Button {
            visible: !row.compact && row.canTriage && row.claimedByMe
            text: qsTr("Dispatch")
            font.pixelSize: Theme.fontSize
            onClicked: row.dispatchRequested(row.index)
        }
        Button {
            visible: !row.compact && row.canTriage && row.claimedByMe
            text: qsTr("Close")
            font.pixelSize: Theme.fontSize
            onClicked: row.closeRequested(row.index)
        }
    }
}
