import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// One delegate on the roster with their attendance in the current sitting. With
// `editable` (secretary desk) it offers the corrections: present, online, excused (asks
// for the reason), absent.
ItemDelegate {
    id: row
    required property real delegateId
    required property string fullName
    required property string position
    required property string seat
    required property int status
    required property string statusText
    required property string reason
    required property int index
    property bool editable: false

    signal mark(real delegateId, int status)
    signal excuse(real delegateId, string fullName)

    objectName: "attendance_" + delegateId
    width: ListView.view ? ListView.view.width : implicitWidth
    hoverEnabled: false
    padding: 8
    Accessible.name: fullName + " — " + statusText

    background: Rectangle {
        color: row.index % 2 === 0 ? Theme.surface : "#F8FAFC"
    }

    contentItem: RowLayout {
        spacing: Theme.gap
        Rectangle {
            Layout.preferredWidth: 12
            Layout.preferredHeight: 12
            radius: 6
            color: Theme.attendanceColor(row.status)
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: 160
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.fullName
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: row.seat.length > 0 ? qsTr("Ghế %1 · %2").arg(row.seat).arg(row.position) : row.position
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
        Label {
            objectName: "statusText"
            Layout.preferredWidth: 170
            text: row.reason.length > 0 ? row.statusText + "\n" + row.reason : row.statusText
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.attendanceColor(row.status)
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        RowLayout {
            visible: row.editable
            spacing: 6
            ActionButton {
                objectName: "markPresent"
                text: qsTr("Có mặt")
                enabled: row.status !== 1
                Accessible.name: qsTr("Ghi có mặt: %1").arg(row.fullName)
                onClicked: row.mark(row.delegateId, 1)
            }
            ActionButton {
                objectName: "markOnline"
                text: qsTr("Trực tuyến")
                enabled: row.status !== 2
                Accessible.name: qsTr("Ghi trực tuyến: %1").arg(row.fullName)
                onClicked: row.mark(row.delegateId, 2)
            }
            ActionButton {
                objectName: "markExcused"
                text: qsTr("Vắng có lý do…")
                Accessible.name: qsTr("Ghi vắng có lý do: %1").arg(row.fullName)
                onClicked: row.excuse(row.delegateId, row.fullName)
            }
            ActionButton {
                objectName: "markAbsent"
                text: qsTr("Vắng")
                tone: "danger"
                enabled: row.status !== 4
                Accessible.name: qsTr("Ghi vắng: %1").arg(row.fullName)
                onClicked: row.mark(row.delegateId, 4)
            }
        }
    }
}
