// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kestrel.Ui

// The audit trail for auditors: filter by user, action and time; verify the hash chain.
Page {
    id: page
    required property AuditTrail trail

    background: Rectangle { color: Theme.background }
    onActiveFocusChanged: if (activeFocus) focusQueue()
    function focusQueue() { who.forceActiveFocus() }
    function apply() { page.trail.filter(who.text, action.text, from.text, to.text) }
    Component.onCompleted: { apply(); page.trail.verify() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField { id: who; Layout.fillWidth: true; font.pixelSize: Theme.fontSize; placeholderText: qsTr("User"); onAccepted: page.apply() }
            TextField { id: action; Layout.fillWidth: true; font.pixelSize: Theme.fontSize; placeholderText: qsTr("Action (search, sign-in ...)"); onAccepted: page.apply() }
            TextField { id: from; Layout.preferredWidth: 150 * Theme.fontScale; font.pixelSize: Theme.fontSize; placeholderText: qsTr("From 2026-11-01"); onAccepted: page.apply() }
            TextField { id: to; Layout.preferredWidth: 150 * Theme.fontScale; font.pixelSize: Theme.fontSize; placeholderText: qsTr("To 2026-11-30"); onAccepted: page.apply() }
            Button { text: qsTr("Filter"); font.pixelSize: Theme.fontSize; onClicked: page.apply() }
            Button { text: qsTr("Verify the chain"); font.pixelSize: Theme.fontSize; onClicked: page.trail.verify() }
        }
        Label {
            Layout.fillWidth: true
            visible: page.trail.verdict !== ""
            text: page.trail.verdict
            color: page.trail.whole ? Theme.text : Theme.text
            font.bold: true
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            padding: Theme.spacing
            background: Rectangle { color: page.trail.whole ? Theme.surfaceRaised : Theme.problem; radius: 3 }
        }
        ListView {
            id: records
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.trail
            spacing: 1
            ScrollBar.vertical: ScrollBar { }
            delegate: Rectangle {
                id: record
                required property int seq
                required property string time
                required property string who
                required property string roles
                required property string action
                required property string detail
                width: ListView.view.width
                height: line.implicitHeight + Theme.spacing
                color: Theme.surface
                RowLayout {
                    id: line
                    anchors.verticalCenter: parent.verticalCenter
                    x: Theme.spacing
                    width: parent.width - Theme.spacing * 2
                    spacing: Theme.spacing * 1.5
                    Label { text: record.seq; color: Theme.textDim; font.pixelSize: Theme.fontSize - 1; Layout.preferredWidth: 60 * Theme.fontScale }
                    Label { text: record.time; color: Theme.text; font.pixelSize: Theme.fontSize - 1 }
                    Label { text: record.who; color: Theme.text; font.bold: true; font.pixelSize: Theme.fontSize - 1; Layout.preferredWidth: 140 * Theme.fontScale; elide: Text.ElideRight }
                    Label { text: record.action; color: Theme.accent; font.pixelSize: Theme.fontSize - 1; Layout.preferredWidth: 160 * Theme.fontScale; elide: Text.ElideRight }
                    Label { text: record.detail; color: Theme.textDim; font.pixelSize: Theme.fontSize - 2; Layout.fillWidth: true; elide: Text.ElideRight }
                }
            }
        }
    }
}
