// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kestrel.Ui

// Historical search: every search states its purpose and reference; the access policy decides how far back
// it may reach, and the page says plainly when a search was clipped or refused, why, and how to ask for more.
Page {
    id: page
    required property ReadSearch search

    background: Rectangle { color: Theme.background }
    function focusQueue() { vrm.forceActiveFocus() }
    onActiveFocusChanged: if (activeFocus) focusQueue()
    function go() {
        page.search.run(purpose.currentText, reference.text, vrm.text, from.text, to.text, camera.text,
                        timeOrder.checked, misreads.checked)
    }

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
            columns: 6
            columnSpacing: Theme.spacing
            rowSpacing: 2
            FieldLabel { text: qsTr("VRM or pattern (? one, * any)") }
            FieldLabel { text: qsTr("Purpose") }
            FieldLabel { text: qsTr("Reference (crime/incident no. or operation)") }
            FieldLabel { text: qsTr("From (blank: as far as open without a grant)") }
            FieldLabel { text: qsTr("To (blank: now)") }
            FieldLabel { text: qsTr("Camera (blank: all)") }
            TextField {
                id: vrm
                objectName: "searchVrm"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontSize
                placeholderText: qsTr("AB12CDE or AB12*")
                onAccepted: page.go()
            }
            ComboBox {
                id: purpose
                Layout.preferredWidth: 200 * Theme.fontScale
                font.pixelSize: Theme.fontSize
                model: page.search.purposes
            }
            TextField {
                id: reference
                Layout.fillWidth: true
                font.pixelSize: Theme.fontSize
                placeholderText: qsTr("e.g. 43/123456/26")
                onAccepted: page.go()
            }
            TextField {
                id: from
                Layout.preferredWidth: 150 * Theme.fontScale
                font.pixelSize: Theme.fontSize
                placeholderText: qsTr("2026-05-01")
                onAccepted: page.go()
            }
            TextField {
                id: to
                Layout.preferredWidth: 150 * Theme.fontScale
                font.pixelSize: Theme.fontSize
                placeholderText: qsTr("2026-05-31")
                onAccepted: page.go()
            }
            TextField {
                id: camera
                Layout.preferredWidth: 150 * Theme.fontScale
                font.pixelSize: Theme.fontSize
                onAccepted: page.go()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            CheckBox {
                id: misreads
                text: qsTr("Allow for misreads")
                font.pixelSize: Theme.fontSize - 1
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Also the VRMs a camera may have read it as: 0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G, 4/A, 7/T")
            }
            CheckBox {
                id: timeOrder
                text: qsTr("Oldest first: where the vehicle went")
                font.pixelSize: Theme.fontSize - 1
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Search")
                highlighted: true
                enabled: !page.search.searching
                font.pixelSize: Theme.fontSize
                onClicked: page.go()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: page.search.searching
            spacing: Theme.spacing
            Label {
                text: qsTr("Searching… %1%").arg(Math.round(page.search.progress * 100))
                color: Theme.text
                font.pixelSize: Theme.fontSize
            }
            ProgressBar {
                Layout.fillWidth: true
                value: page.search.progress
            }
            Button {
                text: qsTr("Cancel")
                font.pixelSize: Theme.fontSize - 1
                onClicked: page.search.cancel()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: page.search.why !== ""
            text: (page.search.refused ? qsTr("Refused: %1") : qsTr("Clipped: %1")).arg(page.search.why)
                  + (page.search.howToAsk !== "" ? "\n" + page.search.howToAsk : "")
            color: page.search.refused ? Theme.text : Theme.textOnWarning
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            padding: Theme.spacing
            background: Rectangle { color: page.search.refused ? Theme.problem : Theme.warning; radius: 3 }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: page.search.summary !== ""
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: page.search.summary
                color: Theme.text
                font.pixelSize: Theme.fontSize
                elide: Text.ElideRight
            }
            Button {
                text: qsTr("◀ Previous 1,000")
                visible: page.search.page > 1 || page.search.more
                enabled: page.search.page > 1 && !page.search.searching
                font.pixelSize: Theme.fontSize - 1
                onClicked: page.search.previousPage()
            }
            Button {
                text: qsTr("Next 1,000 ▶")
                visible: page.search.page > 1 || page.search.more
                enabled: page.search.more && !page.search.searching
                font.pixelSize: Theme.fontSize - 1
                onClicked: page.search.nextPage()
            }
            Button {
                text: qsTr("Export CSV")
                enabled: page.search.count > 0
                font.pixelSize: Theme.fontSize - 1
                onClicked: page.search.exportResults("csv")
            }
            Button {
                text: qsTr("Evidence report (PDF)")
                enabled: page.search.count > 0
                font.pixelSize: Theme.fontSize - 1
                onClicked: page.search.exportResults("pdf")
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: page.search.exportProgress > 0 && page.search.exportProgress < 1
            value: page.search.exportProgress
        }
        Label {
            Layout.fillWidth: true
            visible: page.search.exported !== ""
            text: page.search.exported
            color: Theme.textDim
            font.pixelSize: Theme.fontSize - 1
            elide: Text.ElideMiddle
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            ListView {
                id: results
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.search
                spacing: 2
                ScrollBar.vertical: ScrollBar { }
                delegate: Rectangle {
                    id: result
                    required property int index
                    required property string time
                    required property string camera
                    required property string place
                    required property string vrm
                    required property string confidence
                    required property bool misread
                    width: ListView.view.width
                    height: row.implicitHeight + Theme.spacing
                    color: ListView.isCurrentItem ? Theme.surfaceRaised : Theme.surface
                    MouseArea {
                        anchors.fill: parent
                        onClicked: {
                            results.currentIndex = result.index
                            const shown = page.search.openImages(result.index)
                            plateImage.source = shown.plate
                            overviewImage.source = shown.overview
                        }
                    }
                    RowLayout {
                        id: row
                        anchors.verticalCenter: parent.verticalCenter
                        x: Theme.spacing
                        width: parent.width - Theme.spacing * 2
                        spacing: Theme.spacing * 2
                        Label { text: result.time; color: Theme.text; font.pixelSize: Theme.fontSize }
                        PlateLabel { text: result.vrm; Layout.minimumWidth: implicitWidth }
                        Label {
                            visible: result.misread
                            text: qsTr("possible misread")
                            color: Theme.textOnWarning
                            font.pixelSize: Theme.fontSize - 2
                            padding: 2
                            background: Rectangle { color: Theme.warning; radius: 2 }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: result.place === "" ? result.camera : qsTr("%1 · %2").arg(result.camera).arg(result.place)
                            color: Theme.text
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSize
                        }
                        Label { text: result.confidence; color: Theme.textDim; font.pixelSize: Theme.fontSize }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: results.count === 0
                    text: qsTr("State a purpose and a reference, then search. Every search is recorded.")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSize
                }
            }
            ColumnLayout {
                // Not filling: its images fill it, and the results take the rest of the row.
                Layout.fillWidth: false
                Layout.preferredWidth: Math.min(page.width * 0.35, 480 * Theme.fontScale)
                Layout.fillHeight: true
                Label {
                    text: qsTr("Images (opening them is recorded)")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSize - 1
                }
                Image {
                    id: plateImage
                    Layout.fillWidth: true
                    Layout.preferredHeight: width / 4
                    fillMode: Image.PreserveAspectFit
                    cache: false
                }
                Image {
                    id: overviewImage
                    Layout.fillWidth: true
                    Layout.preferredHeight: width * 9 / 16
                    fillMode: Image.PreserveAspectFit
                    cache: false
                }
                Item { Layout.fillHeight: true }
            }
        }
    }
}
