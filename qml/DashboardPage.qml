// SPDX-License-Identifier: GPL-3.0-or-later
// qmllint disable
// (Qt 6.4's qmllint cannot resolve QtCharts' types: ValueAxis, BarSet ... are reported unknown though they load.)
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtCharts
import Kestrel.Ui

// The last 24 hours: reads per hour per camera, hits by category, time to claim, and when each camera sent.
Page {
    id: page
    required property Dashboard dashboard

    background: Rectangle { color: Theme.background }
    onVisibleChanged: if (visible) page.dashboard.refresh()
    Component.onCompleted: page.dashboard.refresh()

    // The charts are rebuilt from the dashboard's figures whenever they change.
    function rebuild() {
        for (const label of hourAxis.categoriesLabels)
            hourAxis.remove(label)
        for (let h = 0; h < page.dashboard.hours.length; h += 3)
            hourAxis.append(page.dashboard.hours[h] + ":00", h)
        readsChart.removeAllSeries()
        const rows = page.dashboard.readsPerHour
        for (let i = 0; i < rows.length; ++i) {
            const line = readsChart.createSeries(ChartView.SeriesTypeLine, rows[i].camera, hourAxis, readsAxis)
            line.width = 2
            for (let h = 0; h < rows[i].counts.length; ++h)
                line.append(h, rows[i].counts[h])
        }
    }
    Connections {
        target: page.dashboard
        function onChanged() { page.rebuild() }
    }

    component Panel: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: 4
    }
    component Title: Label {
        color: Theme.text
        font.bold: true
        font.pixelSize: Theme.fontSize
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: 2
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing

        Panel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                Title { text: qsTr("Reads per hour, last 24 hours (updated %1)").arg(page.dashboard.updated) }
                ChartView {
                    id: readsChart
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    antialiasing: true
                    backgroundColor: "transparent"
                    legend.labelColor: Theme.text
                    legend.font.pixelSize: Theme.fontSize - 2
                    legend.alignment: Qt.AlignBottom
                    margins { left: 0; right: 0; top: 0; bottom: 0 }
                    CategoryAxis {
                        id: hourAxis
                        min: 0
                        max: 23
                        labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
                        labelsColor: Theme.textDim
                        labelsFont.pixelSize: Theme.fontSize - 3
                        gridLineColor: Theme.border
                    }
                    ValueAxis {
                        id: readsAxis
                        min: 0
                        max: Math.max(10, page.dashboard.maxReadsPerHour * 1.1)
                        labelFormat: "%d"
                        labelsColor: Theme.textDim
                        gridLineColor: Theme.border
                    }
                }
            }
        }

        Panel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                Title { text: qsTr("Hits by category, last 24 hours") }
                ChartView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    antialiasing: true
                    backgroundColor: "transparent"
                    legend.visible: false
                    margins { left: 0; right: 0; top: 0; bottom: 0 }
                    HorizontalBarSeries {
                        axisY: BarCategoryAxis {
                            categories: page.dashboard.hitsByCategory.map(row => row.category)
                            labelsColor: Theme.text
                            labelsFont.pixelSize: Theme.fontSize - 2
                            gridLineColor: Theme.border
                        }
                        axisX: ValueAxis {
                            min: 0
                            max: Math.max(4, page.dashboard.maxHits)
                            labelFormat: "%d"
                            labelsColor: Theme.textDim
                            gridLineColor: Theme.border
                        }
                        BarSet {
                            label: qsTr("hits")
                            color: Theme.accent
                            borderColor: Theme.accent
                            values: page.dashboard.hitsByCategory.map(row => row.count)
                        }
                    }
                }
            }
        }

        Panel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 2
                Title { text: qsTr("When each camera sent reads, last 24 hours (15-minute slots)") }
                Label {
                    text: qsTr("Filled: reads arrived. Empty: silent.")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSize - 2
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 4
                    model: page.dashboard.health
                    delegate: RowLayout {
                        id: cameraRow
                        required property var modelData
                        width: ListView.view.width
                        spacing: Theme.spacing
                        Label {
                            Layout.preferredWidth: 130 * Theme.fontScale
                            text: cameraRow.modelData.camera
                            color: Theme.text
                            font.pixelSize: Theme.fontSize - 2
                            elide: Text.ElideRight
                        }
                        Row {
                            id: slotRow
                            Layout.fillWidth: true
                            height: Theme.fontSize
                            Repeater {
                                model: cameraRow.modelData.slots
                                delegate: Rectangle {
                                    required property bool modelData
                                    width: slotRow.width / 96
                                    height: slotRow.height
                                    color: modelData ? Theme.accent : "transparent"
                                    border.color: Theme.border
                                    border.width: modelData ? 0 : 0.5
                                }
                            }
                        }
                    }
                }
            }
        }

        Panel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                Title { text: qsTr("Time to claim, last 24 hours") }
                Label {
                    Layout.fillWidth: true
                    text: page.dashboard.claimSummary
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSize - 2
                    wrapMode: Text.Wrap
                }
                ChartView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    antialiasing: true
                    backgroundColor: "transparent"
                    legend.visible: false
                    margins { left: 0; right: 0; top: 0; bottom: 0 }
                    BarSeries {
                        axisX: BarCategoryAxis {
                            categories: page.dashboard.claimBuckets
                            labelsColor: Theme.text
                            labelsFont.pixelSize: Theme.fontSize - 3
                            gridLineColor: Theme.border
                        }
                        axisY: ValueAxis {
                            min: 0
                            max: Math.max(4, page.dashboard.maxClaimCount)
                            labelFormat: "%d"
                            labelsColor: Theme.textDim
                            gridLineColor: Theme.border
                        }
                        BarSet {
                            label: qsTr("alerts")
                            color: Theme.priorityColour(1)
                            borderColor: Theme.priorityColour(1)
                            values: page.dashboard.claimCounts
                        }
                    }
                }
            }
        }
    }
}
