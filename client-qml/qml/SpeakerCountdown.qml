import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// A speaking turn's clock: the time left ("4:35"), then the overrun ("+0:12"), with the
// word that says which ("Còn lại", "Sắp hết giờ", "Quá giờ", "Tạm dừng"; colour is never
// the only cue). Computed by FloorModel.timing from the SERVER's turn start, limit,
// pauses and extensions at the server's time (ServerClock), so every tablet and the big
// screen show the same figure whatever their own clock says. The chair's own turn has no
// limit: it counts up ("Đã nói").
ColumnLayout {
    id: countdown
    property FloorModel floor
    property ServerClock clock
    property var turn: ({})
    property int pixelSize: Theme.fontHeading
    property bool dark: false
    // timing() at the last tick: {spokenSeconds, remainingSeconds, limitSeconds, warning,
    // overrun, paused, open}.
    property var timing: ({})

    readonly property bool active: turn !== undefined && turn.turnId !== undefined
    readonly property bool overrun: timing.overrun === true
    readonly property bool warning: timing.warning === true
    readonly property bool paused: timing.paused === true
    readonly property string timeText: {
        if (timing.open === undefined) return ""
        const limited = timing.limitSeconds > 0
        const s = limited ? Math.abs(timing.remainingSeconds) : timing.spokenSeconds
        return (overrun ? "+" : "") + Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
    }
    readonly property string statusText: timing.open === undefined ? ""
        : paused ? qsTr("Tạm dừng")
        : timing.limitSeconds === 0 ? qsTr("Đã nói")
        : overrun ? qsTr("Quá giờ")
        : warning ? qsTr("Sắp hết giờ")
        : qsTr("Còn lại")

    function refresh() {
        // The turn itself, not `active`: on a change that binding may not be re-evaluated yet.
        timing = turn && turn.turnId !== undefined && floor && clock ? floor.timing(turn.turnId, clock.nowMs()) : ({})
    }
    onTurnChanged: refresh()

    objectName: "speakerCountdown"
    visible: active
    spacing: 0
    Accessible.role: Accessible.StaticText
    Accessible.name: statusText + " " + timeText

    Label {
        objectName: "speakerCountdownStatus"
        Layout.alignment: Qt.AlignHCenter
        text: countdown.statusText
        font.pixelSize: Math.max(Theme.fontSmall, countdown.pixelSize * 0.32)
        font.weight: Font.DemiBold
        font.letterSpacing: 1
        color: timeLabel.color
    }
    Label {
        id: timeLabel
        objectName: "speakerCountdownTime"
        Layout.alignment: Qt.AlignHCenter
        text: countdown.timeText
        font.pixelSize: countdown.pixelSize
        font.weight: Font.Bold
        color: countdown.overrun ? (countdown.dark ? "#FF8A80" : Theme.danger)
             : countdown.warning || countdown.paused ? (countdown.dark ? Theme.displayAccent : Theme.warn)
             : countdown.dark ? Theme.displayText : Theme.text
    }

    Timer {
        running: countdown.active && countdown.visible
        repeat: true
        interval: 250
        triggeredOnStart: true
        onTriggered: countdown.refresh()
    }
}
