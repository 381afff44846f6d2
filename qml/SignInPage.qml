// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kestrel.Ui

// Sign-in, and the lock screen of a console left idle: only its user unlocks it; anyone else signs it out.
// While locked the queue keeps running (and sounding) behind it: the count shows what is waiting.
Rectangle {
    id: page
    required property Session session
    required property int openAlerts
    property string startUser: ""

    color: Theme.background

    function focusField() {
        if (page.session.locked || name.text !== "")
            password.forceActiveFocus()
        else
            name.forceActiveFocus()
    }
    onVisibleChanged: if (visible) { password.clear(); focusField() }
    Component.onCompleted: focusField()

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacing * 4, 460 * Theme.fontScale)
        height: form.implicitHeight + Theme.spacing * 6
        color: Theme.surface
        border.color: Theme.border
        radius: 6

        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: Theme.spacing * 3
            spacing: Theme.spacing * 1.5

            Label {
                Layout.fillWidth: true
                text: page.session.locked ? qsTr("Console locked") : qsTr("Kestrel: sign in")
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontSize + 8
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: page.session.locked
                text: page.session.lockedForIdle
                      ? qsTr("Locked after %n minute(s) without use. %1 unlocks it with their password.", "",
                             page.session.idleLockMinutes).arg(page.session.userName)
                      : qsTr("Locked by %1, who unlocks it with their password.").arg(page.session.userName)
                color: Theme.textDim
                font.pixelSize: Theme.fontSize
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: page.session.locked && page.openAlerts > 0
                text: qsTr("%n open alert(s) waiting.", "", page.openAlerts)
                color: Theme.textOnWarning
                font.bold: true
                font.pixelSize: Theme.fontSize
                padding: Theme.spacing
                wrapMode: Text.Wrap
                background: Rectangle { color: Theme.warning; radius: 3 }
            }
            Label {
                text: qsTr("User name")
                color: Theme.text
                font.pixelSize: Theme.fontSize
            }
            TextField {
                id: name
                objectName: "userName"
                Layout.fillWidth: true
                text: page.session.locked ? page.session.userName : page.startUser
                readOnly: page.session.locked
                font.pixelSize: Theme.fontSize
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                KeyNavigation.tab: password
                onAccepted: password.forceActiveFocus()
            }
            Label {
                text: qsTr("Password")
                color: Theme.text
                font.pixelSize: Theme.fontSize
            }
            TextField {
                id: password
                objectName: "password"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                font.pixelSize: Theme.fontSize
                onAccepted: signIn.clicked()
            }
            Label {
                Layout.fillWidth: true
                visible: page.session.message !== ""
                text: page.session.message
                color: Theme.text
                font.pixelSize: Theme.fontSize
                wrapMode: Text.Wrap
                padding: Theme.spacing
                background: Rectangle { color: Theme.problem; radius: 3 }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    visible: page.session.locked
                    text: qsTr("Sign out")
                    font.pixelSize: Theme.fontSize
                    onClicked: page.session.signOut()
                }
                Item { Layout.fillWidth: true }
                Button {
                    id: signIn
                    text: page.session.locked ? qsTr("Unlock") : qsTr("Sign in")
                    font.pixelSize: Theme.fontSize
                    highlighted: true
                    onClicked: {
                        if (page.session.signIn(name.text, password.text)) {
                            password.clear()
                        } else {
                            password.selectAll()
                            password.forceActiveFocus()
                        }
                    }
                }
            }
        }
    }
}
