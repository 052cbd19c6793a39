import QtQuick
import QtQuick.Controls
import DienHong.Client

// A touch-sized button (>= 48 px) in one of three tones: "primary", "neutral", "danger".
Button {
    id: control
    property string tone: "neutral"

    implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touch * 2, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: 18
    rightPadding: 18
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.textMuted
             : control.tone === "primary" ? Theme.textOnPrimary
             : control.tone === "danger" ? Theme.danger : Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? "#ECEFF3"
             : control.tone === "primary" ? (control.down ? Theme.primaryPressed : Theme.primary)
             : control.down ? Theme.highlight : Theme.surface
        border.width: control.tone === "primary" && control.enabled ? 0 : 1
        border.color: control.tone === "danger" && control.enabled ? Theme.danger : Theme.border
    }
}
