// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kestrel.Console
import KestrelTest

// The alert queue worked from the keyboard alone, on the real view-model and a real database.
TestCase {
    id: test
    name: "TriageKeys"
    when: windowShown
    width: 1366
    height: 768

    Component {
        id: pageComponent
        AlertsPage {
            width: test.width
            height: test.height
            alerts: Fixture.alerts
            detail: Fixture.detail
            canTriage: true
        }
    }

    property var ids: []
    property AlertsPage page: null
    property var queue: null

    function init() {
        Fixture.reset()
        // Two high, two medium, one low: the queue shows them most urgent first, then oldest first.
        ids = [Fixture.raise(0), Fixture.raise(1), Fixture.raise(2), Fixture.raise(0), Fixture.raise(1)]
        page = createTemporaryObject(pageComponent, test)
        queue = findChild(page, "queue")
        waitForRendering(page)
        page.focusQueue()
    }

    function type(text) {
        for (const c of text)
            keyClick(c)
    }

    // The alert ids in queue order.
    function order() { return [ids[0], ids[3], ids[1], ids[4], ids[2]] }

    function test_movesWithTheArrowsAndVimKeys() {
        compare(queue.currentIndex, 0)
        keyClick(Qt.Key_J)
        keyClick(Qt.Key_Down)
        compare(queue.currentIndex, 2)
        keyClick(Qt.Key_K)
        compare(queue.currentIndex, 1)
        keyClick(Qt.Key_End)
        compare(queue.currentIndex, 4)
        keyClick(Qt.Key_Down) // stays on the last
        compare(queue.currentIndex, 4)
        keyClick(Qt.Key_Home)
        compare(queue.currentIndex, 0)
    }

    function test_theDetailFollowsTheCurrentRowAndEnterHidesIt() {
        compare(Fixture.detail.alertId, order()[0])
        keyClick(Qt.Key_J)
        compare(Fixture.detail.alertId, order()[1])
        verify(page.detailOpen)
        keyClick(Qt.Key_Return)
        verify(!page.detailOpen)
        keyClick(Qt.Key_Space)
        verify(page.detailOpen)
    }

    function test_claimAndReleaseByKey() {
        keyClick(Qt.Key_J)
        keyClick(Qt.Key_C)
        compare(Fixture.stateOf(order()[1]), "claimed")
        keyClick(Qt.Key_R)
        compare(Fixture.stateOf(order()[1]), "new")
    }

    function test_closeWithAReasonPickedByItsNumber() {
        keyClick(Qt.Key_C)
        keyClick(Qt.Key_X)
        const dialog = findChild(page, "closeDialog")
        tryCompare(dialog, "opened", true)
        keyClick(Qt.Key_3)
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "visible", false)
        compare(Fixture.stateOf(order()[0]), "closed")
        compare(Fixture.closeReasonOf(order()[0]), Fixture.alerts.closeReasons[2])
        compare(Fixture.alerts.count, 4)
        // The queue has the keys again.
        keyClick(Qt.Key_J)
        compare(queue.currentIndex, 1)
    }

    function test_dispatchTakesTheIncidentNumber() {
        keyClick(Qt.Key_C)
        keyClick(Qt.Key_D)
        const dialog = findChild(page, "dispatchDialog")
        tryCompare(dialog, "opened", true)
        type("0412")
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "visible", false)
        compare(Fixture.stateOf(order()[0]), "dispatched")
        compare(Fixture.incidentOf(order()[0]), "0412")
    }

    function test_escalateSendsANoteToTheSupervisor() {
        keyClick(Qt.Key_E)
        const dialog = findChild(page, "escalateDialog")
        tryCompare(dialog, "opened", true)
        type("no ARV free")
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "visible", false)
        compare(Fixture.stateOf(order()[0]), "new escalated")
    }

    function test_escapeCancelsWithoutChangingTheAlert() {
        keyClick(Qt.Key_C)
        keyClick(Qt.Key_X)
        const dialog = findChild(page, "closeDialog")
        tryCompare(dialog, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
        compare(Fixture.stateOf(order()[0]), "claimed")
    }

    function test_newAlertsAboveDoNotMoveTheRowTheOperatorIsOn() {
        keyClick(Qt.Key_J)
        keyClick(Qt.Key_J)
        keyClick(Qt.Key_J)
        const on = order()[3]
        compare(Fixture.alerts.alertIdAt(queue.currentIndex), on)
        const before = queue.currentItem.mapToItem(page, 0, 0).y
        Fixture.raise(0) // a high-priority alert: it goes above
        Fixture.raise(0)
        waitForRendering(page)
        compare(Fixture.alerts.alertIdAt(queue.currentIndex), on)
        compare(queue.currentItem.mapToItem(page, 0, 0).y, before)
        compare(page.arrivedAbove, 2)
        keyClick(Qt.Key_Home)
        compare(page.arrivedAbove, 0)
        compare(queue.currentIndex, 0)
    }

    function test_triageKeysDoNothingWithoutTheRole() {
        page.canTriage = false
        keyClick(Qt.Key_C)
        compare(Fixture.stateOf(order()[0]), "new")
        keyClick(Qt.Key_X)
        verify(!findChild(page, "closeDialog").opened)
    }
}
