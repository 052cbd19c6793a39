import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Asks the chair to confirm closing (bế mạc) the session: nothing can be recorded in it
// afterwards, and the questions never answered, or answered to the questioner's
// dissatisfaction, carry over to be answered in writing.
Dialog {
    id: dialog
    property string sessionTitle: ""
    signal confirmed()

    objectName: "closeSessionDialog"
    title: qsTr("Bế mạc kỳ họp")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 48)
    padding: Theme.padding

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: dialog.sessionTitle
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Sau khi bế mạc, kỳ họp không ghi nhận thêm nội dung nào. Câu hỏi chưa được trả lời hoặc đại biểu chưa hài lòng sẽ chuyển trả lời bằng văn bản.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            ActionButton { text: qsTr("Quay lại"); onClicked: dialog.reject() }
            ActionButton {
                objectName: "confirmCloseSession"
                tone: "danger"
                text: qsTr("Bế mạc kỳ họp")
                onClicked: {
                    dialog.confirmed()
                    dialog.close()
                }
            }
        }
    }
}
