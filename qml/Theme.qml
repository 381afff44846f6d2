// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Colours and sizes of the console: dark by default, for long shifts in a dim control room.
QtObject {
    readonly property color background: "#12151a"
    readonly property color surface: "#1c2129"
    readonly property color surfaceRaised: "#262c36"
    readonly property color text: "#e8eaed"
    readonly property color textDim: "#9aa3ae"
    readonly property color accent: "#4c9aff"
    readonly property color danger: "#ff5c5c"
    readonly property color plateYellow: "#f7d117"
    readonly property color plateText: "#111111"
    readonly property int spacing: 8
    readonly property int fontSize: 15

    // Priority 0 = high, 1 = medium, 2 = low (as the model gives it).
    function priorityColour(priority) {
        return priority === 0 ? "#e5484d" : priority === 1 ? "#f5a524" : "#3e8ed0"
    }
}
