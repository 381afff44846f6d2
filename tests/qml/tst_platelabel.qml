// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kestrel.Console

// The VRM drawn like a UK plate: yellow rear / white front, black characters, growing with the text and the
// console's text size, never cutting a character off.
TestCase {
    id: test
    name: "PlateLabel"
    when: windowShown
    width: 600
    height: 200
    visible: true

    Component {
        id: plate
        PlateLabel { }
    }

    function cleanup() { Theme.fontScale = 1.0 }

    function test_rearIsYellowAndFrontWhite() {
        const rear = createTemporaryObject(plate, test, { text: "AB12 CDE" })
        const front = createTemporaryObject(plate, test, { text: "AB12 CDE", front: true, y: 60 })
        waitForRendering(front)
        // Inside the border, away from the characters (the left margin of each plate).
        const rearImage = grabImage(rear)
        const frontImage = grabImage(front)
        compare(Qt.colorEqual(rearImage.pixel(6, rear.height / 2), Theme.plateYellow), true)
        compare(Qt.colorEqual(frontImage.pixel(6, front.height / 2), Theme.plateWhite), true)
        // The characters are black.
        const label = rear.children[0]
        let dark = 0
        for (let x = label.x; x < label.x + label.width; ++x)
            if (Qt.colorEqual(rearImage.pixel(x, rear.height / 2), Theme.plateText))
                ++dark
        verify(dark > 10, "no black characters across the plate")
        compare(Qt.colorEqual(rear.border.color, "#000000"), true)
    }

    function test_theWholeVrmFitsAndLongerTextMakesAWiderPlate() {
        const short_ = createTemporaryObject(plate, test, { text: "A1" })
        const long_ = createTemporaryObject(plate, test, { text: "AB12 CDE" })
        verify(long_.width > short_.width)
        const label = long_.children[0]
        compare(label.text, "AB12 CDE")
        verify(label.contentWidth + 2 * 8 <= long_.width, "characters reach the plate's edge")
    }

    function test_textGivenLaterStillFits() {
        const p = createTemporaryObject(plate, test, { text: "", scale_: 1.3 })
        p.text = "MM54 ODO"
        waitForRendering(p)
        const label = p.children[0]
        verify(label.contentWidth + 2 * 8 <= p.width, "characters reach the plate's edge: "
               + label.contentWidth + " in " + p.width)
    }

    function test_growsWithTheConsolesTextSize() {
        const p = createTemporaryObject(plate, test, { text: "AB12 CDE" })
        const height = p.height
        const width = p.width
        Theme.fontScale = 2.0
        compare(p.height, height * 2)
        verify(p.width > width * 1.8)
        verify(p.children[0].contentWidth < p.width)
    }
}
