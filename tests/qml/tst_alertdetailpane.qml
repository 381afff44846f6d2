// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kestrel.Console
import KestrelTest

// The detail pane shows the whole VRM and the alert's entry.
TestCase {
    id: test
    name: "AlertDetailPane"
    when: windowShown
    width: 520
    height: 700
    visible: true

    Component {
        id: paneComponent
        AlertDetailPane {
            width: test.width
            height: test.height
            detail: Fixture.detail
            canTriage: true
        }
    }

    function findPlate(item) {
        if (item.hasOwnProperty("scale_") && item.hasOwnProperty("front"))
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findPlate(item.children[i])
            if (found)
                return found
        }
        return null
    }

    function test_theWholeVrmIsOnThePlate_data() {
        return [{ tag: "alert shown into the pane", before: false, width: test.width },
                { tag: "pane made for an alert", before: true, width: test.width },
                { tag: "pane laid out after it was made", before: true, width: 0 }]
    }
    function test_theWholeVrmIsOnThePlate(data) {
        Fixture.reset()
        const id = Fixture.raise(1)
        if (data.before)
            Fixture.detail.show(id)
        const pane = createTemporaryObject(paneComponent, test, { width: data.width })
        pane.width = test.width
        if (!data.before)
            Fixture.detail.show(id)
        waitForRendering(pane)
        const plate = findPlate(pane)
        verify(plate !== null)
        const label = plate.children[0]
        compare(label.text, Fixture.detail.plate)
        verify(label.contentWidth + 2 * 8 <= plate.width,
               "characters reach the plate's edge: " + label.contentWidth + " in " + plate.width)
    }
}
