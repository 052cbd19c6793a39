import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// A respondent answers in writing a question carried over from a closed session (câu hỏi
// chuyển trả lời bằng văn bản): the answer and, optionally, the reference of the official
// letter. The server requires the text and says so if it is missing.
Dialog {
    id: dialog
    property real sessionId: 0
    property real questionId: 0
    property string questionText: ""
    signal confirmed(real sessionId, real questionId, string text, string document)

    objectName: "writtenAnswerDialog"
    title: qsTr("Trả lời bằng văn bản")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, (parent ? parent.width : 720) - 48)
    padding: Theme.padding
    onAboutToShow: {
        answerText.text = ""
        documentField.text = ""
    }
    onOpened: answerText.forceActiveFocus()

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: dialog.questionText
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 160
            TextArea {
                id: answerText
                objectName: "writtenAnswerText"
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Nội dung trả lời")
                Accessible.name: qsTr("Nội dung trả lời")
                background: Rectangle { border.color: Theme.border; radius: Theme.radius }
            }
        }
        TextField {
            id: documentField
            objectName: "writtenAnswerDocument"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Số hiệu công văn trả lời (không bắt buộc)")
            Accessible.name: qsTr("Số hiệu công văn trả lời")
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            ActionButton { text: qsTr("Quay lại"); onClicked: dialog.reject() }
            ActionButton {
                objectName: "confirmWrittenAnswer"
                tone: "primary"
                text: qsTr("Gửi trả lời")
                onClicked: {
                    dialog.confirmed(dialog.sessionId, dialog.questionId, answerText.text, documentField.text)
                    dialog.close()
                }
            }
        }
    }
}
