// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kestrel.Ui

// Extended access: investigators ask (purpose, reference, VRMs, time range, why); supervisors see each request
// as it arrives and grant it until a date, or refuse it, with a note. Nobody decides on their own request.
Page {
    id: page
    required property AccessRequests requests
    required property Session session
    readonly property bool canRequest: session.canRequestAccess
    readonly property bool canDecide: session.canDecideAccess

    background: Rectangle { color: Theme.background }
    onActiveFocusChanged: if (activeFocus) focusQueue()
    function focusQueue() { list.forceActiveFocus() }

    component FieldLabel: Label {
        color: Theme.textDim
        font.pixelSize: Theme.fontSize - 1
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        GridLayout {
            Layout.fillWidth: true
            visible: page.canRequest
            columns: 6
            columnSpacing: Theme.spacing
            rowSpacing: 2
            FieldLabel { text: qsTr("Purpose") }
            FieldLabel { text: qsTr("Reference") }
            FieldLabel { text: qsTr("VRMs (blank: the investigation)") }
            FieldLabel { text: qsTr("From") }
            FieldLabel { text: qsTr("To") }
            FieldLabel { text: qsTr("Why it is needed") }
            ComboBox {
                id: purpose
                Layout.preferredWidth: 190 * Theme.fontScale
                font.pixelSize: Theme.fontSize
                model: page.requests.purposes
            }
            TextField { id: reference; Layout.fillWidth: true; font.pixelSize: Theme.fontSize }
            TextField { id: vrms; Layout.fillWidth: true; font.pixelSize: Theme.fontSize }
            TextField { id: from; Layout.preferredWidth: 130 * Theme.fontScale; font.pixelSize: Theme.fontSize; placeholderText: "2025-12-01" }
            TextField { id: to; Layout.preferredWidth: 130 * Theme.fontScale; font.pixelSize: Theme.fontSize; placeholderText: "2026-03-31" }
            RowLayout {
                TextField { id: justification; Layout.fillWidth: true; font.pixelSize: Theme.fontSize }
                Button {
                    text: qsTr("Ask")
                    highlighted: true
                    font.pixelSize: Theme.fontSize
                    onClicked: {
                        if (page.requests.request(purpose.currentText, reference.text, vrms.text, from.text, to.text,
                                                  justification.text))
                            justification.clear()
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: page.requests.message !== ""
            text: page.requests.message
            color: Theme.text
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            padding: Theme.spacing
            background: Rectangle { color: Theme.surfaceRaised; radius: 3 }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: page.requests
            ScrollBar.vertical: ScrollBar { }
            delegate: Rectangle {
                id: item
                required property int index
                required property int requestId
                required property string requester
                required property string purpose
                required property string reference
                required property string vrms
                required property string range
                required property string justification
                required property string decision
                required property bool pending
                required property bool mine
                width: ListView.view.width
                height: column.implicitHeight + Theme.spacing * 2
                color: Theme.surface
                border.color: item.pending ? Theme.warning : "transparent"
                radius: 3
                ColumnLayout {
                    id: column
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - Theme.spacing * 2
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("#%1 %2 · %3 · %4").arg(item.requestId).arg(item.requester).arg(item.purpose).arg(item.reference)
                        color: Theme.text
                        font.bold: true
                        font.pixelSize: Theme.fontSize
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2").arg(item.vrms).arg(item.range)
                        color: Theme.text
                        font.pixelSize: Theme.fontSize - 1
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Why: %1").arg(item.justification)
                        color: Theme.textDim
                        font.pixelSize: Theme.fontSize - 1
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: item.decision
                        color: item.pending ? Theme.warning : Theme.textDim
                        font.pixelSize: Theme.fontSize - 1
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        visible: page.canDecide && item.pending && !item.mine
                        spacing: Theme.spacing
                        TextField {
                            id: note
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontSize - 1
                            placeholderText: qsTr("Note for the requester and the record")
                        }
                        TextField {
                            id: expires
                            Layout.preferredWidth: 150 * Theme.fontScale
                            font.pixelSize: Theme.fontSize - 1
                            placeholderText: qsTr("until 2026-12-31")
                        }
                        Button {
                            text: qsTr("Grant")
                            font.pixelSize: Theme.fontSize - 1
                            onClicked: page.requests.grant(item.index, note.text, expires.text)
                        }
                        Button {
                            text: qsTr("Refuse")
                            font.pixelSize: Theme.fontSize - 1
                            onClicked: page.requests.refuse(item.index, note.text)
                        }
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No requests for extended access.")
                color: Theme.textDim
                font.pixelSize: Theme.fontSize
            }
        }
    }
}
