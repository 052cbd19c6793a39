import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Quorum of the current sitting: participants against ALL delegates, the required count,
// and the breakdown. Computed by the same ComputeQuorum as the server (AttendanceModel).
Rectangle {
    id: panel
    required property AttendanceModel attendance

    objectName: "quorumPanel"
    implicitHeight: layout.implicitHeight + 2 * Theme.padding
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    Accessible.role: Accessible.Grouping
    Accessible.name: quorumLabel.text

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: 8

        Label {
            text: qsTr("Túc số")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.textMuted
        }
        Label {
            id: quorumLabel
            objectName: "quorumText"
            Layout.fillWidth: true
            text: panel.attendance.effectiveSittingId > 0 ? panel.attendance.quorumText
                                                          : qsTr("Chưa có phiên họp nào đang diễn ra")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: panel.attendance.effectiveSittingId === 0 ? Theme.textMuted
                 : panel.attendance.quorumMet ? Theme.ok : Theme.warn
        }
        // Participants against all delegates; the tick marks the required count.
        Rectangle {
            id: bar
            Layout.fillWidth: true
            visible: panel.attendance.total > 0
            implicitHeight: 10
            radius: 5
            color: "#E3E8EE"
            Accessible.role: Accessible.ProgressBar
            Accessible.name: qsTr("Tỷ lệ đại biểu tham dự")
            Rectangle {
                width: parent.width * Math.min(1, panel.attendance.participants / Math.max(1, panel.attendance.total))
                height: parent.height
                radius: parent.radius
                color: panel.attendance.quorumMet ? Theme.ok : Theme.warn
            }
            Rectangle {
                x: parent.width * panel.attendance.required / Math.max(1, panel.attendance.total) - 1
                y: -3
                width: 2
                height: parent.height + 6
                color: Theme.text
                visible: panel.attendance.required > 0
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: [
                    { label: qsTr("Tại hội trường"), value: panel.attendance.present, status: 1 },
                    { label: qsTr("Trực tuyến"), value: panel.attendance.online, status: 2 },
                    { label: qsTr("Vắng có lý do"), value: panel.attendance.excused, status: 3 },
                    { label: qsTr("Vắng / chưa điểm danh"), value: panel.attendance.absent, status: 4 },
                    { label: qsTr("Cần tối thiểu"), value: panel.attendance.required, status: 0 }
                ]
                delegate: Label {
                    required property var modelData
                    text: modelData.label + ": " + modelData.value
                    color: Theme.attendanceColor(modelData.status)
                    font.pixelSize: Theme.fontBody
                }
            }
        }
    }
}
