import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Chair's console: the dossier gate refused to open a poll (the item's required papers are
// missing or were sent late). Shows what is missing or late (the common checklist, as the
// server computed it) and asks for the chair's reason; "Vẫn mở biểu quyết" retries OpenPoll
// with dossier_override_reason and stays open until the poll opens (the console closes it)
// or the server refuses the reason (shown under it). The override is recorded in the chain
// and in the minutes.
Dialog {
    id: dialog
    property var pollId: 0
    property var defects: []
    property string serverMessage: ""
    // The server refused the retry (the reason itself, or the poll meanwhile): shown under
    // the reason; the dialog stays open.
    property string error: ""
    property bool sending: false
    signal confirmed(var pollId, string reason)

    function ask(pollId, defects, serverMessage) {
        dialog.pollId = pollId
        dialog.defects = defects
        dialog.serverMessage = serverMessage
        dialog.error = ""
        dialog.sending = false
        reasonField.text = ""
        dialog.open()
    }
    function refused(message) {
        dialog.sending = false
        dialog.error = message
    }

    objectName: "dossierOverrideDialog"
    title: qsTr("Hồ sơ chưa đủ")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(600, (parent ? parent.width : 600) - 48)
    padding: Theme.padding

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: qsTr("Hồ sơ của nội dung này chưa đủ hoặc gửi muộn:")
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
        }
        Repeater {
            model: dialog.defects
            delegate: Label {
                required property var modelData
                objectName: "dossierDefect"
                Layout.fillWidth: true
                text: "• " + modelData
                wrapMode: Text.Wrap
                color: Theme.danger
            }
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.defects.length === 0 && dialog.serverMessage.length > 0
            text: dialog.serverMessage
            wrapMode: Text.Wrap
            color: Theme.danger
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Chỉ mở biểu quyết khi chủ tọa quyết định, với lý do. Lý do được ghi vào biên bản.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        TextArea {
            id: reasonField
            objectName: "overrideReason"
            Layout.fillWidth: true
            Layout.preferredHeight: 96
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Lý do, ví dụ: Kỳ họp chuyên đề, tài liệu đã gửi bản giấy ngày …")
            Accessible.name: qsTr("Lý do mở biểu quyết")
        }
        Label {
            objectName: "overrideError"
            Layout.fillWidth: true
            visible: dialog.error.length > 0
            text: dialog.error
            wrapMode: Text.Wrap
            color: Theme.danger
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            ActionButton { text: qsTr("Không mở"); onClicked: dialog.reject() }
            ActionButton {
                objectName: "confirmOverride"
                tone: "danger"
                enabled: reasonField.text.trim().length > 0 && !dialog.sending
                text: qsTr("Vẫn mở biểu quyết")
                // The console closes the dialog when the poll opens.
                onClicked: {
                    dialog.error = ""
                    dialog.sending = true
                    dialog.confirmed(dialog.pollId, reasonField.text.trim())
                }
            }
        }
    }
}
