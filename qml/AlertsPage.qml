// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kestrel.Ui

// The live alert queue and the triage of it, keyboard first (the keys are in the help overlay, F1):
// Up/Down or K/J move, Enter opens the detail, C claims, R releases, D dispatches, X closes, E escalates.
// New alerts never move the row the operator is on: rows arriving above it are counted in a marker instead.
Page {
    id: page
    required property AlertQueueModel alerts
    required property AlertDetail detail
    property bool canTriage: false
    property bool detailOpen: true
    property int arrivedAbove: 0
    property real currentOnScreen: -1 // the current row's distance from the top of the view, kept on arrivals
    // The alert the operator is on. The view learns of new rows only at its next layout, so arrivals are placed
    // against this, not against the view's current index.
    property int currentAlertId: 0

    background: Rectangle { color: Theme.background }

    function current() { return queue.currentItem as AlertDelegate }
    function showDetail() { page.detail.show(page.currentAlertId) }
    function claim() { if (queue.currentIndex >= 0) page.alerts.claim(queue.currentIndex) }
    function release() { if (queue.currentIndex >= 0) page.alerts.release(queue.currentIndex) }
    function ask(dialog) {
        if (queue.currentIndex < 0)
            return
        dialog.row = queue.currentIndex
        dialog.open()
    }
    function move(to) {
        if (queue.count === 0)
            return
        queue.currentIndex = Math.max(0, Math.min(queue.count - 1, to))
        queue.positionViewAtIndex(queue.currentIndex, ListView.Contain)
    }
    function focusQueue() { queue.forceActiveFocus() }
    Timer {
        id: keepInPlace
        interval: 0
        onTriggered: page.keepCurrentInPlace()
    }
    // After arrivals above it, puts the current row back where it was on screen (once for a burst).
    function keepCurrentInPlace() {
        if (page.currentOnScreen < 0 || !page.current())
            return
        queue.forceLayout()
        queue.contentY = page.current().y - page.currentOnScreen
        page.currentOnScreen = -1
    }

    onVisibleChanged: if (visible) focusQueue()
    onActiveFocusChanged: if (activeFocus) focusQueue()
    Component.onCompleted: {
        currentAlertId = alerts.alertIdAt(queue.currentIndex)
        showDetail()
        if (visible)
            focusQueue()
    }

    Connections {
        target: queue.model
        // The view keeps the current row where it is on screen; an arrival above it is shown as a count.
        function onRowsAboutToBeInserted(parent, first, last) {
            const item = page.current()
            if (page.currentOnScreen < 0 && item && first <= queue.currentIndex)
                page.currentOnScreen = item.y - queue.contentY
        }
        function onRowsInserted(parent, first, last) {
            if (queue.currentIndex < 0 || page.currentAlertId === 0) {
                queue.currentIndex = 0
                page.currentAlertId = page.alerts.alertIdAt(0)
                page.showDetail()
                return
            }
            if (last >= page.alerts.rowOfAlert(page.currentAlertId))
                return
            page.arrivedAbove += last - first + 1
            keepInPlace.restart()
        }
        function onDataChanged(topLeft, bottomRight, roles) {
            if (page.detailOpen && topLeft.row <= queue.currentIndex && bottomRight.row >= queue.currentIndex)
                page.showDetail()
        }
        function onRowsRemoved() { if (page.detailOpen) page.showDetail() }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                visible: page.alerts.lastError !== ""
                text: page.alerts.lastError
                color: Theme.text
                font.pixelSize: Theme.fontSize
                wrapMode: Text.Wrap
                padding: Theme.spacing
                background: Rectangle { color: Theme.problem; radius: 4 }
            }

            Button {
                Layout.fillWidth: true
                visible: page.arrivedAbove > 0
                text: qsTr("\u25B2 %n new alert(s) above: Home to go to the top", "", page.arrivedAbove)
                font.pixelSize: Theme.fontSize
                font.bold: true
                onClicked: { page.move(0); page.arrivedAbove = 0 }
            }

            ListView {
                id: queue
                objectName: "queue"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: page.alerts
                focus: true
                currentIndex: 0
                highlightFollowsCurrentItem: false
                boundsBehavior: Flickable.StopAtBounds
                reuseItems: true
                ScrollBar.vertical: ScrollBar { }
                onCurrentIndexChanged: {
                    page.currentAlertId = page.alerts.alertIdAt(queue.currentIndex)
                    if (page.detailOpen)
                        page.showDetail()
                }
                onContentYChanged: if (queue.indexAt(0, queue.contentY + 1) <= 0) page.arrivedAbove = 0

                delegate: AlertDelegate {
                    width: ListView.view.width
                    compact: page.detailOpen
                    canTriage: page.canTriage
                    onPicked: (row) => { queue.currentIndex = row; queue.forceActiveFocus() }
                    onClaimRequested: (row) => { queue.currentIndex = row; page.claim() }
                    onDispatchRequested: (row) => { queue.currentIndex = row; page.ask(dispatchDialog) }
                    onCloseRequested: (row) => { queue.currentIndex = row; page.ask(closeDialog) }
                }

                Keys.onPressed: (event) => {
                    const triage = page.canTriage && event.modifiers === Qt.NoModifier
                    switch (event.key) {
                    case Qt.Key_Down: case Qt.Key_J: page.move(queue.currentIndex + 1); break
                    case Qt.Key_Up: case Qt.Key_K: page.move(queue.currentIndex - 1); break
                    case Qt.Key_PageDown: page.move(queue.currentIndex + 10); break
                    case Qt.Key_PageUp: page.move(queue.currentIndex - 10); break
                    case Qt.Key_Home: page.move(0); page.arrivedAbove = 0; break
                    case Qt.Key_End: page.move(queue.count - 1); break
                    case Qt.Key_Return: case Qt.Key_Enter: case Qt.Key_Space:
                        page.detailOpen = !page.detailOpen
                        if (page.detailOpen) page.showDetail()
                        break
                    case Qt.Key_C: if (triage) page.claim(); break
                    case Qt.Key_R: if (triage) page.release(); break
                    case Qt.Key_D: if (triage) page.ask(dispatchDialog); break
                    case Qt.Key_X: if (triage) page.ask(closeDialog); break
                    case Qt.Key_E: if (triage) page.ask(escalateDialog); break
                    default: return
                    }
                    event.accepted = true
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

        AlertDetailPane {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.min(page.width * 0.4, 520 * Theme.fontScale)
            visible: page.detailOpen
            detail: page.detail
            canTriage: page.canTriage
            held: page.current() ? page.current().claimedBy !== "" : false
            heldByMe: page.current() ? page.current().claimedByMe : false
            escalated: page.current() ? page.current().escalated : false
            onClaimRequested: page.claim()
            onReleaseRequested: page.release()
            onDispatchRequested: page.ask(dispatchDialog)
            onCloseRequested: page.ask(closeDialog)
            onEscalateRequested: page.ask(escalateDialog)
        }
    }

    component TriageDialog: Dialog {
        property int row: -1
        anchors.centerIn: parent
        width: Math.min(page.width - Theme.spacing * 4, 480 * Theme.fontScale)
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        font.pixelSize: Theme.fontSize
        onClosed: page.focusQueue()
    }

    TriageDialog {
        id: closeDialog
        objectName: "closeDialog"
        title: qsTr("Close alert: choose a reason (1-%1)").arg(page.alerts.closeReasons.length)
        onAboutToShow: { reasons.currentIndex = 0; reasons.forceActiveFocus() }
        ListView {
            id: reasons
            implicitWidth: parent.width
            implicitHeight: contentHeight
            model: page.alerts.closeReasons
            keyNavigationEnabled: true
            delegate: ItemDelegate {
                required property int index
                required property string modelData
                width: ListView.view.width
                text: (index + 1) + "  " + modelData
                font.pixelSize: Theme.fontSize
                highlighted: ListView.isCurrentItem
                onClicked: reasons.currentIndex = index
                onDoubleClicked: closeDialog.accept()
            }
            Keys.onPressed: (event) => {
                const n = event.key - Qt.Key_1
                if (n >= 0 && n < count) {
                    currentIndex = n
                    event.accepted = true
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    closeDialog.accept()
                    event.accepted = true
                }
            }
        }
        onAccepted: page.alerts.close(row, page.alerts.closeReasons[reasons.currentIndex])
    }

    TriageDialog {
        id: dispatchDialog
        objectName: "dispatchDialog"
        title: qsTr("Dispatch: incident number")
        onAboutToShow: { incident.clear(); incident.forceActiveFocus() }
        TextField {
            id: incident
            width: parent.width
            placeholderText: qsTr("e.g. 0412 of 22/11")
            font.pixelSize: Theme.fontSize
            onAccepted: dispatchDialog.accept()
        }
        onAccepted: page.alerts.dispatch(row, incident.text)
    }

    TriageDialog {
        id: escalateDialog
        objectName: "escalateDialog"
        title: qsTr("Escalate to the supervisor: what do they need to decide?")
        onAboutToShow: { note.clear(); note.forceActiveFocus() }
        TextField {
            id: note
            width: parent.width
            placeholderText: qsTr("e.g. firearms marker, no armed unit free")
            font.pixelSize: Theme.fontSize
            onAccepted: escalateDialog.accept()
        }
        onAccepted: page.alerts.escalate(row, note.text)
    }
}
