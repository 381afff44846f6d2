// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Colours and sizes of the console. Dark by default, for long shifts in a dim control room; light for a bright
// room; high contrast (black, white and pure signal colours) for low vision. fontScale grows every text and
// spacing with it, for a wall display or tired eyes.
QtObject {
    property string mode: "dark"
    property real fontScale: 1.0

    readonly property bool dark: mode !== "light"
    readonly property bool contrast: mode === "contrast"
    readonly property color background: contrast ? "#000000" : dark ? "#12151a" : "#f2f3f5"
    readonly property color surface: contrast ? "#000000" : dark ? "#1c2129" : "#ffffff"
    readonly property color surfaceRaised: contrast ? "#1a1a1a" : dark ? "#262c36" : "#e3e7ee"
    readonly property color border: contrast ? "#ffffff" : dark ? "#3a4250" : "#c5cbd3"
    readonly property color text: contrast ? "#ffffff" : dark ? "#e8eaed" : "#16191d"
    readonly property color textDim: contrast ? "#ffffff" : dark ? "#9aa3ae" : "#4f5864"
    readonly property color accent: contrast ? "#00e5ff" : dark ? "#4c9aff" : "#0b5cd5"
    readonly property color problem: contrast ? "#ff0000" : dark ? "#7a1f24" : "#f8d7da"
    readonly property color warning: contrast ? "#ffff00" : "#f5a524"
    readonly property color textOnWarning: "#111111"
    readonly property color plateYellow: "#f7d117"
    readonly property color plateWhite: "#f8f8f5"
    readonly property color plateText: "#111111"
    readonly property int spacing: Math.round(8 * fontScale)
    readonly property int fontSize: Math.round(15 * fontScale)

    // Priority 0 = high, 1 = medium, 2 = low (as the model gives it).
    function priorityColour(priority) {
        if (contrast)
            return priority === 0 ? "#ff3030" : priority === 1 ? "#ffd000" : "#40c0ff"
        return priority === 0 ? "#e5484d" : priority === 1 ? "#f5a524" : dark ? "#3e8ed0" : "#1f6fb5"
    }
    // The shape beside the colour, so that priority never rests on colour alone.
    function priorityIcon(priority) {
        return priority === 0 ? "\u25B2" : priority === 1 ? "\u25C6" : "\u25CF"
    }
}
