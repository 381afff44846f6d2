// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kestrel.Ui

// Cloned vehicles: the cases (detected from impossible journeys, or reported by the genuine keeper), one case
// in full with the genuine vehicle beside the suspect sightings, the keeper's report form, the case's steps and
// its letter and report.
Page {
    id: page
    required property CloneCases cases
    required property Session session
    readonly property var current: page.cases.current

    background: Rectangle { color: Theme.background }
    onActiveFocusChanged: if (activeFocus) list.forceActiveFocus()
    // A keeper on the phone: the report form at once.
    Shortcut {
        sequence: "Ctrl+N"
        enabled: page.visible && page.session.canReportClones
        onActivated: reportForm.open()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                visible: page.session.canReportClones
                text: qsTr("Report a cloned plate… (Ctrl+N)")
                font.pixelSize: Theme.fontSize
                onClicked: reportForm.open()
            }
            Label {
                Layout.fillWidth: true
                text: page.cases.message
                color: Theme.text
                font.pixelSize: Theme.fontSize
                elide: Text.ElideRight
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            ListView {
                id: list
                Layout.preferredWidth: 420 * Theme.fontScale
                Layout.fillHeight: true
                clip: true
                model: page.cases
                spacing: 1
                keyNavigationEnabled: true
                ScrollBar.vertical: ScrollBar { }
                onCurrentIndexChanged: page.cases.showRow(currentIndex)
                delegate: Rectangle {
                    id: row
                    required property int index
                    required property int caseId
                    required property string plate
                    required property string stateText
                    required property string origin
                    required property int evidence
                    required property string assignedTo
                    width: ListView.view.width
                    height: line.implicitHeight + Theme.spacing
                    color: ListView.isCurrentItem ? Theme.surfaceRaised : Theme.surface
                    border.color: ListView.isCurrentItem ? Theme.accent : "transparent"
                    MouseArea { anchors.fill: parent; onClicked: list.currentIndex = row.index }
                    RowLayout {
                        id: line
                        anchors.verticalCenter: parent.verticalCenter
                        x: Theme.spacing
                        width: parent.width - Theme.spacing * 2
                        spacing: Theme.spacing
                        PlateLabel { text: row.plate }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label { text: qsTr("Case %1 · %2").arg(row.caseId).arg(row.stateText); color: Theme.text; font.bold: true; font.pixelSize: Theme.fontSize - 1 }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1 · %n evidence read(s)", "", row.evidence).arg(row.origin)
                                      + (row.assignedTo !== "" ? " · " + row.assignedTo : "")
                                color: Theme.textDim
                                font.pixelSize: Theme.fontSize - 2
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }

            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: page.current.id !== undefined
                contentWidth: availableWidth
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing * 0.5
                    RowLayout {
                        spacing: Theme.spacing
                        PlateLabel { text: page.current.plate || "" }
                        Label {
                            text: qsTr("Case %1: %2").arg(page.current.id).arg(page.current.stateText)
                            color: Theme.text
                            font.bold: true
                            font.pixelSize: Theme.fontSize + 2
                        }
                        Label {
                            text: page.current.assignedTo ? qsTr("investigator: %1").arg(page.current.assignedTo) : qsTr("no investigator yet")
                            color: Theme.textDim
                            font.pixelSize: Theme.fontSize
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing * 2
                        // The genuine vehicle, as its keeper reported it.
                        ColumnLayout {
                            Layout.preferredWidth: 380 * Theme.fontScale
                            Layout.maximumWidth: 380 * Theme.fontScale
                            Layout.alignment: Qt.AlignTop
                            spacing: 2
                            DetailHeading { text: qsTr("Genuine vehicle") }
                            Label {
                                visible: !page.current.hasReport
                                Layout.fillWidth: true
                                text: qsTr("No keeper has reported this plate yet: the case was raised from the journeys below.")
                                color: Theme.textDim
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontSize
                            }
                            DetailField { nameWidth: 130 * Theme.fontScale; name: qsTr("Vehicle"); value: page.current.genuine || "" }
                            DetailField { nameWidth: 130 * Theme.fontScale; name: qsTr("Keeper"); value: page.current.keeper || "" }
                            DetailField { nameWidth: 130 * Theme.fontScale; name: qsTr("Contact"); value: page.current.contact || "" }
                            DetailField { nameWidth: 130 * Theme.fontScale; name: qsTr("Crime reference"); value: page.current.crimeReference || "" }
                            DetailField { nameWidth: 130 * Theme.fontScale; name: qsTr("DVLA"); value: page.current.hasReport ? (page.current.dvlaTold ? qsTr("told by the keeper") : qsTr("not told yet")) : "" }
                            DetailField { nameWidth: 130 * Theme.fontScale; name: qsTr("Evidence files"); value: page.current.files || "" }
                            Repeater {
                                model: page.current.notices || []
                                delegate: DetailField {
                                    required property var modelData
                                    nameWidth: 130 * Theme.fontScale
                                    name: qsTr("Notice")
                                    value: qsTr("%1, %2 (%3, %4)").arg(modelData.date).arg(modelData.place).arg(modelData.issuer).arg(modelData.reference)
                                }
                            }
                        }
                        // What the cameras saw: the suspect sightings side by side.
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            spacing: Theme.spacing * 0.5
                            DetailHeading { text: qsTr("Suspect sightings") }
                            Flow {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                Repeater {
                                    model: page.current.sightings || []
                                    delegate: Rectangle {
                                        id: card
                                        required property var modelData
                                        width: 300 * Theme.fontScale
                                        height: cardColumn.implicitHeight + Theme.spacing
                                        color: Theme.surface
                                        border.color: Theme.border
                                        radius: 3
                                        ColumnLayout {
                                            id: cardColumn
                                            x: Theme.spacing / 2
                                            y: Theme.spacing / 2
                                            width: parent.width - Theme.spacing
                                            spacing: 2
                                            Image {
                                                Layout.fillWidth: true
                                                Layout.preferredHeight: 90 * Theme.fontScale
                                                fillMode: Image.PreserveAspectFit
                                                source: card.modelData.overviewImage || card.modelData.plateImage || ""
                                                visible: source !== ""
                                            }
                                            Label { Layout.fillWidth: true; text: card.modelData.time; color: Theme.text; font.bold: true; font.pixelSize: Theme.fontSize - 1 }
                                            Label { Layout.fillWidth: true; text: card.modelData.camera || ""; color: Theme.text; font.pixelSize: Theme.fontSize - 1; elide: Text.ElideRight }
                                            Label { Layout.fillWidth: true; visible: text !== ""; text: card.modelData.vehicle || ""; color: Theme.text; font.pixelSize: Theme.fontSize - 1 }
                                        }
                                    }
                                }
                            }
                        }
                    }

                    // The same, as a list of places and times (no map), with why each read counts.
                    DetailHeading { text: qsTr("Places and times") }
                    Repeater {
                        model: page.current.sightings || []
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            text: qsTr("%1 — %2 %3").arg(modelData.time).arg(modelData.camera || "")
                                      .arg(modelData.place ? "(" + modelData.place + ")" : "")
                            color: Theme.text
                            font.pixelSize: Theme.fontSize - 1
                            wrapMode: Text.Wrap
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: (page.current.sightings || []).length > 0 ? page.current.sightings[0].note : ""
                        color: Theme.textDim
                        font.pixelSize: Theme.fontSize - 1
                        wrapMode: Text.Wrap
                    }

                    // The case's steps, for those who work clone cases.
                    DetailHeading { text: qsTr("Steps"); visible: page.session.canInvestigateClones }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        visible: page.session.canInvestigateClones
                        TextField { id: investigator; width: 200 * Theme.fontScale; font.pixelSize: Theme.fontSize; placeholderText: qsTr("Investigator"); text: page.session.userName }
                        Button { text: qsTr("Assign"); font.pixelSize: Theme.fontSize; visible: page.current.state !== "closed"; onClicked: page.cases.assign(investigator.text) }
                        TextField { id: note; width: 260 * Theme.fontScale; font.pixelSize: Theme.fontSize; placeholderText: qsTr("Note (why)") }
                        CheckBox {
                            id: addEntry
                            visible: (page.current.nextStates || []).some(s => s.value === "confirmed-clone")
                            checked: true
                            text: qsTr("Add a cloned-VRM hotlist entry")
                            font.pixelSize: Theme.fontSize
                        }
                        Repeater {
                            model: page.current.nextStates || []
                            delegate: Button {
                                required property var modelData
                                text: modelData.text
                                font.pixelSize: Theme.fontSize
                                onClicked: page.cases.advance(modelData.value, note.text, addEntry.checked)
                            }
                        }
                        TextField { id: into; width: 120 * Theme.fontScale; font.pixelSize: Theme.fontSize; placeholderText: qsTr("Case no."); visible: page.current.state !== "closed" }
                        Button { text: qsTr("Merge into"); font.pixelSize: Theme.fontSize; visible: page.current.state !== "closed"; enabled: into.text !== ""; onClicked: page.cases.mergeInto(parseInt(into.text)) }
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Button { text: qsTr("Letter to the keeper (PDF)"); font.pixelSize: Theme.fontSize; visible: page.current.hasReport === true; onClicked: page.cases.writeLetter() }
                        Button { text: qsTr("Case report (PDF)"); font.pixelSize: Theme.fontSize; onClicked: page.cases.writeReport() }
                    }

                    DetailHeading { text: qsTr("History") }
                    Repeater {
                        model: page.current.history || []
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            text: qsTr("%1  %2 by %3%4").arg(modelData.time).arg(modelData.action).arg(modelData.who)
                                      .arg(modelData.detail !== "" ? " · " + modelData.detail : "")
                            color: Theme.textDim
                            font.pixelSize: Theme.fontSize - 2
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }

    // The genuine keeper's report.
    Dialog {
        id: reportForm
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 760 * Theme.fontScale)
        modal: true
        title: qsTr("Report of a cloned plate")
        standardButtons: Dialog.Save | Dialog.Cancel
        onOpened: reporter.forceActiveFocus()
        onAccepted: {
            const notices = []
            for (let i = 0; i < noticeRows.count; ++i)
                notices.push(noticeRows.get(i))
            page.cases.report({
                vrm: rvrm.text, reporter: reporter.text, contact: contact.text, make: make.text, model: model.text,
                colour: colour.text, dvlaTold: dvla.checked, crimeReference: crime.text, notices: notices,
                files: files.text === "" ? [] : files.text.split(";")
            })
        }
        ListModel {
            id: noticeRows
            ListElement { date: ""; place: ""; issuer: ""; reference: "" }
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing * 0.5
            GridLayout {
                Layout.fillWidth: true
                columns: 4
                columnSpacing: Theme.spacing
                Label { text: qsTr("Reporter"); color: Theme.text }
                TextField { id: reporter; Layout.fillWidth: true; placeholderText: qsTr("the keeper's name") }
                Label { text: qsTr("Contact"); color: Theme.text }
                TextField { id: contact; Layout.fillWidth: true; placeholderText: qsTr("phone, email") }
                Label { text: qsTr("VRM"); color: Theme.text }
                TextField { id: rvrm; Layout.fillWidth: true }
                Label { text: qsTr("Crime ref."); color: Theme.text }
                TextField { id: crime; Layout.fillWidth: true }
                Label { text: qsTr("Make"); color: Theme.text }
                TextField { id: make; Layout.fillWidth: true }
                Label { text: qsTr("Model"); color: Theme.text }
                TextField { id: model; Layout.fillWidth: true }
                Label { text: qsTr("Colour"); color: Theme.text }
                TextField { id: colour; Layout.fillWidth: true }
                CheckBox { id: dvla; Layout.columnSpan: 2; text: qsTr("The keeper has told the DVLA") }
            }
            Label { text: qsTr("Tickets and notices received (for places the keeper never went)"); color: Theme.textDim }
            Repeater {
                model: noticeRows
                delegate: RowLayout {
                    id: notice
                    required property int index
                    required property string date
                    required property string place
                    required property string issuer
                    required property string reference
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    TextField { Layout.preferredWidth: 120 * Theme.fontScale; placeholderText: qsTr("Date"); text: notice.date; onTextEdited: noticeRows.setProperty(notice.index, "date", text) }
                    TextField { Layout.fillWidth: true; placeholderText: qsTr("Place"); text: notice.place; onTextEdited: noticeRows.setProperty(notice.index, "place", text) }
                    TextField { Layout.fillWidth: true; placeholderText: qsTr("Issuer"); text: notice.issuer; onTextEdited: noticeRows.setProperty(notice.index, "issuer", text) }
                    TextField { Layout.preferredWidth: 150 * Theme.fontScale; placeholderText: qsTr("Their reference"); text: notice.reference; onTextEdited: noticeRows.setProperty(notice.index, "reference", text) }
                }
            }
            Button { text: qsTr("Another notice"); onClicked: noticeRows.append({ date: "", place: "", issuer: "", reference: "" }) }
            TextField { id: files; Layout.fillWidth: true; placeholderText: qsTr("Evidence files: images or PDFs, separated by ;") }
        }
    }
}
