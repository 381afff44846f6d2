// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kestrel.Ui

// The alert the operator is on, in full: what the camera saw, the hotlist entry, where, its history and the
// VRM's other alerts today, with the triage actions for it.
Rectangle {
    id: pane
    required property AlertDetail detail
    property bool canTriage: false
    property bool held: false // claimed by anyone
    property bool heldByMe: false
    property bool escalated: false

    signal claimRequested()
    signal releaseRequested()
    signal escalateRequested()
    signal dispatchRequested()
    signal closeRequested()

    color: Theme.surface
    border.color: Theme.border

    Label {
        anchors.centerIn: parent
        visible: !pane.detail.shown
        text: qsTr("No alert selected")
        color: Theme.textDim
        font.pixelSize: Theme.fontSize
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        visible: pane.detail.shown
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing * 0.75

            // A Flow, not a layout: the plate always takes its own full width.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                PlateLabel {
                    id: detailPlate
                    text: pane.detail.plate
                    scale_: 1.3
                }
                Label {
                    height: detailPlate.height
                    verticalAlignment: Text.AlignVCenter
                    text: Theme.priorityIcon(pane.detail.priority) + " " + pane.detail.priorityName
                    color: Theme.priorityColour(pane.detail.priority)
                    font.bold: true
                    font.pixelSize: Theme.fontSize + 2
                }
            }
            Label {
                Layout.fillWidth: true
                visible: pane.detail.possibleMisread
                text: qsTr("Possible misread: the camera read %1. Compare the plate image before acting.")
                    .arg(pane.detail.readVrm)
                color: Theme.textOnWarning
                font.bold: true
                font.pixelSize: Theme.fontSize
                wrapMode: Text.Wrap
                padding: Theme.spacing * 0.75
                background: Rectangle { color: Theme.warning; radius: 3 }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: pane.canTriage
                Button {
                    visible: !pane.held
                    text: qsTr("Claim (C)")
                    font.pixelSize: Theme.fontSize
                    onClicked: pane.claimRequested()
                }
                Button {
                    visible: pane.heldByMe
                    text: qsTr("Dispatch (D)")
                    font.pixelSize: Theme.fontSize
                    onClicked: pane.dispatchRequested()
                }
                Button {
                    visible: pane.heldByMe
                    text: qsTr("Close (X)")
                    font.pixelSize: Theme.fontSize
                    onClicked: pane.closeRequested()
                }
                Button {
                    visible: !pane.escalated && (pane.heldByMe || !pane.held)
                    text: qsTr("Escalate (E)")
                    font.pixelSize: Theme.fontSize
                    onClicked: pane.escalateRequested()
                }
                Button {
                    visible: pane.heldByMe
                    text: qsTr("Release (R)")
                    font.pixelSize: Theme.fontSize
                    onClicked: pane.releaseRequested()
                }
            }

            DetailHeading { text: qsTr("What the camera saw") }
            Image {
                Layout.fillWidth: true
                Layout.preferredHeight: visible ? width / 4 : 0
                visible: pane.detail.plateImage !== ""
                source: pane.detail.plateImage
                fillMode: Image.PreserveAspectFit
                horizontalAlignment: Image.AlignLeft
                cache: false
            }
            Image {
                Layout.fillWidth: true
                Layout.preferredHeight: visible ? width * 9 / 16 : 0
                visible: pane.detail.overviewImage !== ""
                source: pane.detail.overviewImage
                fillMode: Image.PreserveAspectFit
                cache: false
            }
            Label {
                Layout.fillWidth: true
                visible: pane.detail.plateImage === "" && pane.detail.overviewImage === ""
                text: qsTr("No images: the camera sent none, or they have passed their retention period.")
                color: Theme.textDim
                font.pixelSize: Theme.fontSize - 1
                wrapMode: Text.Wrap
            }
            DetailField { name: qsTr("Seen"); value: pane.detail.seen }
            DetailField { name: qsTr("Camera"); value: pane.detail.camera }
            DetailField { name: qsTr("Place"); value: pane.detail.place }

            DetailHeading { text: qsTr("Hotlist entry") }
            DetailField { name: qsTr("Category"); value: pane.detail.category }
            DetailField { name: qsTr("Action"); value: pane.detail.action }
            DetailField { name: qsTr("List"); value: pane.detail.list }
            DetailField { name: qsTr("Source"); value: pane.detail.source }
            DetailField { name: qsTr("Reference"); value: pane.detail.reference }
            DetailField {
                visible: pane.detail.recipients !== ""
                name: qsTr("Covert")
                value: qsTr("Shown only to %1. Do not discuss on open channels.").arg(pane.detail.recipients)
            }

            DetailHeading { text: qsTr("History") }
            Repeater {
                model: pane.detail.history
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: qsTr("%1  %2 by %3%4").arg(modelData.time).arg(modelData.action).arg(modelData.who)
                        .arg(modelData.detail !== "" ? " · " + modelData.detail : "")
                    color: Theme.text
                    font.pixelSize: Theme.fontSize - 1
                    wrapMode: Text.Wrap
                }
            }

            DetailHeading { text: qsTr("Other alerts on this VRM today") }
            Label {
                visible: pane.detail.earlierToday.length === 0
                text: qsTr("None")
                color: Theme.textDim
                font.pixelSize: Theme.fontSize - 1
            }
            Repeater {
                model: pane.detail.earlierToday
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: qsTr("%1  %2 · %3%4").arg(modelData.time).arg(modelData.camera).arg(modelData.state)
                        .arg(modelData.outcome !== "" ? " · " + modelData.outcome : "")
                    color: Theme.text
                    font.pixelSize: Theme.fontSize - 1
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
