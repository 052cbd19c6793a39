pragma Singleton
import QtQuick

// Colours and sizes of the whole client: calm neutrals, one deep-blue accent, clear
// status colours (never the only cue: every status also has a word). Touch targets are
// at least 48 px.
QtObject {
    readonly property color background: "#F3F5F8"
    readonly property color surface: "#FFFFFF"
    readonly property color border: "#D5DBE3"
    readonly property color text: "#1C2733"
    readonly property color textMuted: "#5B6776"
    readonly property color primary: "#1D4F7C"
    readonly property color primaryPressed: "#153A5C"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color highlight: "#E6EEF7"
    readonly property color ok: "#2E7D32"
    readonly property color okSoft: "#E5F2E6"
    readonly property color warn: "#A15C00"
    readonly property color warnSoft: "#FFF1DC"
    readonly property color danger: "#B3261E"
    readonly property color dangerSoft: "#FBE7E6"
    readonly property color online: "#1565C0"

    // Big screen: dark, high contrast, readable from the back of the hall.
    readonly property color displayBackground: "#0F2236"
    readonly property color displayText: "#FFFFFF"
    readonly property color displayMuted: "#B7C6D6"
    readonly property color displayAccent: "#F2C14E"

    readonly property int touch: 48
    readonly property int gap: 12
    readonly property int padding: 16
    readonly property int radius: 8

    readonly property int fontSmall: 14
    readonly property int fontBody: 16
    readonly property int fontLarge: 19
    readonly property int fontTitle: 22
    readonly property int fontHeading: 28

    // v1.AttendanceStatus -> colour.
    function attendanceColor(status) {
        switch (status) {
        case 1: return ok
        case 2: return online
        case 3: return warn
        case 4: return danger
        default: return textMuted
        }
    }
    // v1.SittingStatus -> colour.
    function sittingColor(status) {
        switch (status) {
        case 2: return ok
        case 3: return warn
        default: return textMuted
        }
    }
}
