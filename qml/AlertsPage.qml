// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kestrel.Ui

// The live alert queue with its triage actions.
Page {
    id: page
    required property AlertQueueModel alerts

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            visible: page.alerts.lastError !== ""
            text: page.alerts.lastError
            color: Theme.text
            wrapMode: Text.Wrap
            padding: Theme.spacing
            background: Rectangle { color: "#5c1f22"; radius: 4 }
        }

        ListView {
            id: queue
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: page.alerts
            focus: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            delegate: AlertDelegate {
                width: ListView.view.width
                onClaimRequested: (row) => { queue.currentIndex = row; page.alerts.claim(row) }
                onReleaseRequested: (row) => page.alerts.release(row)
                onDispatchRequested: (row) => { dispatchDialog.row = row; dispatchDialog.open() }
                onCloseRequested: (row) => { closeDialog.row = row; closeDialog.open() }
            }

            Label {
                anchors.centerIn: parent
                visible: queue.count === 0
                text: qsTr("No open alerts")
                color: Theme.textDim
                font.pixelSize: Theme.fontSize + 4
            }
        }
    }

    Dialog {
        id: closeDialog
        property int row: -1
        anchors.centerIn: parent
        modal: true
        title: qsTr("Close alert")
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            Label { text: qsTr("Reason") }
            ComboBox {
                id: reason
                Layout.preferredWidth: 320
                model: page.alerts.closeReasons
            }
        }
        onAccepted: page.alerts.close(row, reason.currentText)
    }

    Dialog {
        id: dispatchDialog
        property int row: -1
        anchors.centerIn: parent
        modal: true
        title: qsTr("Dispatch")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAboutToShow: incident.clear()
        ColumnLayout {
            Label { text: qsTr("Incident number") }
            TextField {
                id: incident
                Layout.preferredWidth: 320
                placeholderText: qsTr("e.g. 0412 of 22/11")
            }
        }
        onAccepted: page.alerts.dispatch(row, incident.text)
    }
}
