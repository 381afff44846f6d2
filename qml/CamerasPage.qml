// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import Kestrel.Ui

// The live cameras: each video camera's latest frame with the plates read in it boxed, and every camera's
// state, reads a minute and dropped frames.
Page {
    id: page
    required property CameraWallModel cameras

    background: Rectangle { color: Theme.background }

    Label {
        anchors.centerIn: parent
        visible: page.cameras.count === 0
        text: qsTr("No camera has been heard from yet.")
        color: Theme.textDim
        font.pixelSize: Theme.fontSize + 2
    }

    GridView {
        id: grid
        anchors.fill: parent
        anchors.margins: Theme.spacing
        clip: true
        model: page.cameras
        // As many 16:9 tiles across as fit at 420 px or more.
        cellWidth: width / Math.max(1, Math.floor(width / 420))
        cellHeight: cellWidth * 9 / 16 + 76 * Theme.fontScale
        ScrollBar.vertical: ScrollBar { }

        delegate: Rectangle {
            id: tile
            required property string code
            required property string name
            required property string place
            required property bool video
            required property bool pushes
            required property string status
            required property bool silent
            required property int readsPerMinute
            required property int framesDropped
            required property int reconnects

            width: (tile.GridView.view as GridView).cellWidth - Theme.spacing
            height: (tile.GridView.view as GridView).cellHeight - Theme.spacing
            color: Theme.surface
            border.color: tile.silent ? Theme.plateYellow : "transparent"
            border.width: 2
            radius: 4

            VideoOutput {
                id: output
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 2
                height: width * 9 / 16
                fillMode: VideoOutput.PreserveAspectFit
                Component.onCompleted: (tile.GridView.view.model as CameraWallModel).attach(tile.code, output.videoSink)
                Component.onDestruction: (tile.GridView.view.model as CameraWallModel).attach(tile.code, null)
                Label {
                    anchors.centerIn: parent
                    width: parent.width - Theme.spacing * 4
                    visible: !tile.video
                    text: tile.pushes ? qsTr("No video here: this camera's own agent reads the plates and sends them.")
                                      : qsTr("Waiting for the first frame")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSize - 1
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
            }
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: output.bottom
                anchors.margins: Theme.spacing
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: tile.name
                        color: Theme.text
                        font.bold: true
                        font.pixelSize: Theme.fontSize
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("%1 reads/min").arg(tile.readsPerMinute)
                        color: Theme.text
                        font.pixelSize: Theme.fontSize
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: tile.place !== ""
                    text: tile.place
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSize - 2
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2 frames dropped · %3 reconnects").arg(tile.status).arg(tile.framesDropped)
                        .arg(tile.reconnects)
                    color: tile.silent ? Theme.plateYellow : Theme.textDim
                    font.pixelSize: Theme.fontSize - 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
