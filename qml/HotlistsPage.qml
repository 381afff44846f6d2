// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Kestrel.Ui

// Hotlists for those who keep them: find entries by VRM, list, category and state (or the ones due for review),
// see each one's validation state, add and change entries (each waits for a second person), validate, remove
// with a reason, and import a file with progress, cancel and a report of its bad lines.
Page {
    id: page
    required property HotlistBook book
    required property Session session

    background: Rectangle { color: Theme.background }
    onActiveFocusChanged: if (activeFocus) vrm.forceActiveFocus()
    function apply() {
        page.book.find(vrm.text, list.currentIndex > 0 ? list.currentText : "",
                       category.currentIndex > 0 ? category.currentText : "", stateFilter.currentValue)
    }
    Component.onCompleted: apply()

    // The entry picked (its row in the table), or null.
    readonly property var entry: entries.currentIndex >= 0 ? entries.currentItem : null

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        // Finding entries.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                id: vrm
                Layout.preferredWidth: 200 * Theme.fontScale
                font.pixelSize: Theme.fontSize
                placeholderText: qsTr("VRM or part (AB12*)")
                onAccepted: page.apply()
            }
            ComboBox {
                id: list
                Layout.preferredWidth: 200 * Theme.fontScale
                font.pixelSize: Theme.fontSize
                model: page.book.listChoices
                onActivated: page.apply()
            }
            ComboBox {
                id: category
                Layout.preferredWidth: 200 * Theme.fontScale
                font.pixelSize: Theme.fontSize
                model: page.book.categoryChoices
                onActivated: page.apply()
            }
            ComboBox {
                id: stateFilter
                Layout.preferredWidth: 240 * Theme.fontScale
                font.pixelSize: Theme.fontSize
                textRole: "text"
                valueRole: "value"
                model: [
                    { text: qsTr("Every state"), value: "" },
                    { text: qsTr("Pending validation"), value: "pending" },
                    { text: qsTr("Live"), value: "live" },
                    { text: qsTr("Expired"), value: "expired" },
                    { text: qsTr("Removed"), value: "removed" },
                    { text: qsTr("Due for review (mine, 30 days)"), value: "review" }
                ]
                onActivated: page.apply()
            }
            Button { text: qsTr("Find"); font.pixelSize: Theme.fontSize; onClicked: page.apply() }
            Item { Layout.fillWidth: true }
            Button {
                visible: page.session.canEditHotlists
                text: qsTr("Add entry…")
                font.pixelSize: Theme.fontSize
                onClicked: editor.edit(0)
            }
        }

        // Importing a file.
        RowLayout {
            Layout.fillWidth: true
            visible: page.session.canEditHotlists
            spacing: Theme.spacing
            TextField {
                id: file
                Layout.fillWidth: true
                font.pixelSize: Theme.fontSize
                placeholderText: qsTr("File to import (CSV or fixed-width, with a header line)")
                enabled: !page.book.importing
            }
            Button {
                text: qsTr("Choose…")
                font.pixelSize: Theme.fontSize
                enabled: !page.book.importing
                onClicked: chooser.open()
            }
            ComboBox {
                id: format
                Layout.preferredWidth: 140 * Theme.fontScale
                font.pixelSize: Theme.fontSize
                textRole: "text"
                valueRole: "value"
                model: [ { text: qsTr("CSV"), value: "csv" }, { text: qsTr("Fixed width"), value: "fixed" } ]
                enabled: !page.book.importing
            }
            TextField {
                id: replace
                Layout.preferredWidth: 220 * Theme.fontScale
                font.pixelSize: Theme.fontSize
                placeholderText: qsTr("Replace list (e.g. PNC)")
                enabled: !page.book.importing
            }
            Button {
                visible: !page.book.importing
                enabled: file.text !== ""
                text: replace.text === "" ? qsTr("Import") : qsTr("Replace %1").arg(replace.text)
                font.pixelSize: Theme.fontSize
                onClicked: page.book.startImport(file.text, format.currentValue, replace.text)
            }
            Button {
                visible: page.book.importing
                text: qsTr("Cancel import")
                font.pixelSize: Theme.fontSize
                onClicked: page.book.cancelImport()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: page.book.importing || page.book.importStatus !== ""
            spacing: Theme.spacing
            ProgressBar {
                Layout.preferredWidth: 320 * Theme.fontScale
                visible: page.book.importing
                value: page.book.importProgress
            }
            Label {
                Layout.fillWidth: true
                text: page.book.importStatus
                color: Theme.text
                font.pixelSize: Theme.fontSize
                elide: Text.ElideMiddle
            }
            Button {
                visible: !page.book.importing && page.book.importProblems > 0
                text: qsTr("Save the %n bad line(s)…", "", page.book.importProblems)
                font.pixelSize: Theme.fontSize
                onClicked: page.book.saveReport()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: page.book.message !== ""
            text: page.book.message
            color: Theme.text
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            padding: Theme.spacing * 0.75
            background: Rectangle { color: Theme.surfaceRaised; radius: 3 }
        }
        Label {
            text: page.book.summary
            color: Theme.textDim
            font.pixelSize: Theme.fontSize - 1
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            ListView {
                id: entries
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.book
                spacing: 1
                keyNavigationEnabled: true
                ScrollBar.vertical: ScrollBar { }
                delegate: Rectangle {
                    id: row
                    required property int index
                    required property int entryId
                    required property string plate
                    required property string list
                    required property string category
                    required property int priority
                    required property string priorityName
                    required property string action
                    required property string source
                    required property string reference
                    required property string state
                    required property string stateText
                    required property string addedBy
                    required property string expiry
                    required property bool canValidate
                    required property bool canChange
                    width: ListView.view.width
                    height: line.implicitHeight + Theme.spacing
                    color: ListView.isCurrentItem ? Theme.surfaceRaised : Theme.surface
                    border.color: ListView.isCurrentItem ? Theme.accent : "transparent"
                    MouseArea {
                        anchors.fill: parent
                        onClicked: entries.currentIndex = row.index
                    }
                    RowLayout {
                        id: line
                        anchors.verticalCenter: parent.verticalCenter
                        x: Theme.spacing
                        width: parent.width - Theme.spacing * 2
                        spacing: Theme.spacing * 1.5
                        Item {
                            // A column of its own, as wide as the widest plate, so that the columns line up.
                            Layout.preferredWidth: Math.max(plate.implicitWidth, 200 * Theme.fontScale)
                            implicitHeight: plate.implicitHeight
                            PlateLabel { id: plate; text: row.plate }
                        }
                        Label {
                            text: Theme.priorityIcon(row.priority) + " " + row.priorityName
                            color: Theme.priorityColour(row.priority)
                            font.bold: true
                            font.pixelSize: Theme.fontSize - 1
                            Layout.preferredWidth: 90 * Theme.fontScale
                        }
                        Label { text: row.category; color: Theme.text; font.pixelSize: Theme.fontSize - 1; Layout.preferredWidth: 150 * Theme.fontScale; elide: Text.ElideRight }
                        Label { text: row.list; color: Theme.text; font.pixelSize: Theme.fontSize - 1; Layout.preferredWidth: 130 * Theme.fontScale; elide: Text.ElideRight }
                        Label {
                            text: row.stateText
                            color: row.state === "pending" ? Theme.textOnWarning : Theme.text
                            font.bold: row.state === "pending"
                            font.pixelSize: Theme.fontSize - 2
                            leftPadding: 6
                            rightPadding: 6
                            Layout.preferredWidth: 230 * Theme.fontScale
                            elide: Text.ElideRight
                            background: Rectangle {
                                radius: 3
                                color: row.state === "pending" ? Theme.warning : "transparent"
                                border.color: row.state === "live" ? Theme.accent : Theme.border
                            }
                        }
                        Label { text: row.expiry !== "" ? qsTr("review %1").arg(row.expiry) : qsTr("no review date"); color: Theme.textDim; font.pixelSize: Theme.fontSize - 2; Layout.preferredWidth: 150 * Theme.fontScale }
                        Label { text: row.reference + " · " + row.source; color: Theme.textDim; font.pixelSize: Theme.fontSize - 2; Layout.fillWidth: true; elide: Text.ElideRight }
                    }
                }
            }

            // The entry picked: what it says and what may be done with it.
            Pane {
                Layout.preferredWidth: 380 * Theme.fontScale
                Layout.fillHeight: true
                visible: page.entry !== null
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 3 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    PlateLabel { text: page.entry ? page.entry.plate : "" }
                    Label { Layout.fillWidth: true; text: page.entry ? page.entry.stateText : ""; color: Theme.text; font.bold: true; font.pixelSize: Theme.fontSize; wrapMode: Text.Wrap }
                    Label { Layout.fillWidth: true; text: page.entry ? page.entry.action : ""; color: Theme.text; font.pixelSize: Theme.fontSize; wrapMode: Text.Wrap }
                    Label {
                        Layout.fillWidth: true
                        text: page.entry ? qsTr("Added by %1 · %2 · %3").arg(page.entry.addedBy).arg(page.entry.source).arg(page.entry.reference) : ""
                        color: Theme.textDim
                        font.pixelSize: Theme.fontSize - 1
                        wrapMode: Text.Wrap
                    }
                    Button {
                        visible: page.entry !== null && page.entry.canValidate
                        text: qsTr("Validate: make it live")
                        font.pixelSize: Theme.fontSize
                        onClicked: page.book.validate(page.entry.entryId)
                    }
                    Button {
                        visible: page.entry !== null && page.entry.canChange
                        text: qsTr("Change…")
                        font.pixelSize: Theme.fontSize
                        onClicked: editor.edit(page.entry.entryId)
                    }
                    RowLayout {
                        visible: page.entry !== null && page.entry.canChange
                        spacing: Theme.spacing
                        ComboBox {
                            id: reason
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontSize
                            editable: true
                            model: [qsTr("recovered"), qsTr("sold"), qsTr("no longer wanted")]
                        }
                        Button {
                            text: qsTr("Remove")
                            font.pixelSize: Theme.fontSize
                            onClicked: page.book.remove(page.entry.entryId, reason.editText)
                        }
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }
    }

    FileDialog {
        id: chooser
        title: qsTr("Hotlist file to import")
        nameFilters: [qsTr("Hotlist files (*.csv *.txt)"), qsTr("All files (*)")]
        onAccepted: file.text = chooser.selectedFile + ""
    }

    // Adding an entry (id 0) or changing one: each waits for a second person's validation after.
    Dialog {
        id: editor
        property int entryId: 0
        function edit(id) {
            entryId = id
            const f = id !== 0 ? page.book.fieldsOf(id) : ({})
            evrm.text = f.vrm || ""
            elist.text = f.list || ""
            ecategory.editText = f.category || ""
            epriority.currentIndex = Math.max(0, ["", "high", "medium", "low"].indexOf(f.priority || ""))
            eaction.text = f.action || ""
            esource.text = f.source || ""
            ereference.text = f.reference || ""
            eexpiry.text = f.expiry || ""
            open()
        }
        anchors.centerIn: parent
        modal: true
        title: entryId === 0 ? qsTr("Add a hotlist entry") : qsTr("Change entry %1").arg(entryId)
        standardButtons: Dialog.Save | Dialog.Cancel
        onAccepted: page.book.save(entryId, {
            vrm: evrm.text, list: elist.text, category: ecategory.editText, priority: epriority.currentValue,
            action: eaction.text, source: esource.text, reference: ereference.text, expiry: eexpiry.text
        })
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            Label { text: qsTr("VRM"); color: Theme.text }
            TextField { id: evrm; enabled: editor.entryId === 0; Layout.preferredWidth: 360 * Theme.fontScale }
            Label { text: qsTr("List"); color: Theme.text }
            TextField { id: elist; enabled: editor.entryId === 0; Layout.fillWidth: true }
            Label { text: qsTr("Category"); color: Theme.text }
            ComboBox { id: ecategory; editable: true; Layout.fillWidth: true; model: page.book.categoryNames }
            Label { text: qsTr("Priority"); color: Theme.text }
            ComboBox {
                id: epriority
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [ { text: qsTr("The category's"), value: "" }, { text: qsTr("High"), value: "high" },
                         { text: qsTr("Medium"), value: "medium" }, { text: qsTr("Low"), value: "low" } ]
            }
            Label { text: qsTr("Action"); color: Theme.text }
            TextField { id: eaction; Layout.fillWidth: true; placeholderText: qsTr("Empty: the category's") }
            Label { text: qsTr("Source"); color: Theme.text }
            TextField { id: esource; enabled: editor.entryId === 0; Layout.fillWidth: true; placeholderText: qsTr("Local intelligence, Crimestoppers …") }
            Label { text: qsTr("Reference"); color: Theme.text }
            TextField { id: ereference; Layout.fillWidth: true }
            Label { text: qsTr("Review date"); color: Theme.text }
            TextField { id: eexpiry; Layout.fillWidth: true; placeholderText: "2027-05-31" }
            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: qsTr("The entry will not match until a supervisor other than you validates it.")
                color: Theme.textDim
                wrapMode: Text.Wrap
            }
        }
    }
}
