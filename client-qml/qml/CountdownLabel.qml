import QtQuick
import QtQuick.Controls
import DienHong.Client

// "Còn lại 0:45" until a server-given moment (closesAt: ms since the epoch, from the
// poll's closes_at); hidden when there is none. The server closes the poll itself at that
// moment; this label only shows the time left (the hall's machines keep NTP time).
Label {
    id: label
    property real closesAt: 0
    // The poll's countdown: a clock a little behind the server's never shows more.
    property int maxSeconds: 0
    property real now: Date.now()
    readonly property int secondsLeft: {
        if (closesAt <= 0) return -1
        const left = Math.max(0, Math.ceil((closesAt - now) / 1000))
        return maxSeconds > 0 ? Math.min(left, maxSeconds) : left
    }

    objectName: "countdownLabel"
    visible: closesAt > 0
    text: secondsLeft < 0 ? ""
          : qsTr("Còn lại %1:%2").arg(Math.floor(secondsLeft / 60)).arg(String(secondsLeft % 60).padStart(2, "0"))
    font.weight: Font.DemiBold
    color: secondsLeft >= 0 && secondsLeft <= 10 ? Theme.danger : Theme.warn

    Timer {
        running: label.closesAt > 0 && label.visible
        repeat: true
        interval: 250
        triggeredOnStart: true
        onTriggered: label.now = Date.now()
    }
}
