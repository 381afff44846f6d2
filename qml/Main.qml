// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kestrel.Ui

// The console window: a status bar over the alert queue.
ApplicationWindow {
    id: window
    required property AlertQueueModel alerts
    required property CameraWallModel cameras
    required property int startPage
    required property EngineStatus status
    required property bool demo

    width: 1366
    height: 768
    visible: true
    title: window.demo ? qsTr("Kestrel (demo data)") : qsTr("Kestrel")
    color: Theme.background

    header: ToolBar {
        background: Rectangle { color: Theme.surface }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing * 2
            anchors.rightMargin: Theme.spacing * 2
            spacing: Theme.spacing * 3
            Label {
                text: qsTr("Kestrel")
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontSize + 6
            }
            Label {
                text: qsTr("Open alerts: %1").arg(window.alerts.count)
                color: Theme.text
                font.pixelSize: Theme.fontSize
            }
            Label {
                text: qsTr("Reads stored: %1").arg(window.status.readsTotalText)
                color: Theme.text
                font.pixelSize: Theme.fontSize
            }
            Label {
                visible: window.demo
                text: qsTr("DEMO DATA")
                color: "#111111"
                font.bold: true
                padding: 4
                background: Rectangle { color: Theme.plateYellow; radius: 3 }
            }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("Operator: %1").arg(window.alerts.operatorName)
                color: Theme.textDim
                font.pixelSize: Theme.fontSize
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Label {
            Layout.fillWidth: true
            visible: window.status.problem !== ""
            text: window.status.problem
            color: Theme.text
            wrapMode: Text.Wrap
            padding: Theme.spacing
            background: Rectangle { color: "#7a1f24" }
        }
        Label {
            Layout.fillWidth: true
            visible: window.status.silentCameras !== ""
            text: qsTr("SYSTEM ALERT: %1").arg(window.status.silentCameras)
            color: "#111111"
            font.bold: true
            wrapMode: Text.Wrap
            padding: Theme.spacing
            background: Rectangle { color: Theme.plateYellow }
        }
        TabBar {
            id: pages
            Layout.fillWidth: true
            currentIndex: window.startPage
            background: Rectangle { color: Theme.surface }
            PageTab { text: qsTr("Alerts (%1)").arg(window.alerts.count) }
            PageTab { text: qsTr("Cameras (%1)").arg(window.cameras.count) }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: pages.currentIndex
            AlertsPage {
                alerts: window.alerts
            }
            CamerasPage {
                cameras: window.cameras
            }
        }
    }
}
