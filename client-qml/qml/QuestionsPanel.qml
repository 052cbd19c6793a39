import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Delegate tablet: write a question (phiếu chất vấn) to one of the officials invited to
// the session, and follow one's own questions: waiting for a group, grouped, asked,
// answered, and after the answer "Hài lòng" / "Chưa hài lòng" (in an explanation hearing
// the form is the panel's only). The server checks
// everything (roster, addressee, length); a refusal is shown under the form in its words.
Rectangle {
    id: panel
    required property Connection connection
    required property QuestionsModel questions   // onlyOwn, selfDelegateId set by the page

    // In an explanation hearing with a panel, only the panel asks (the server enforces it).
    readonly property bool onPanel: {
        const h = questions.hearing
        if (!questions.isHearing || h.issue === undefined) return true
        const me = connection.delegateId
        return h.panelChairId === me || h.panelMemberIds.indexOf(me) >= 0
    }
    readonly property bool canAsk: onPanel && questions.respondents.length > 0
    property bool sending: false
    property string formError: ""
    property string notice: ""

    objectName: "questionsPanel"
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    Connections {
        target: panel.connection
        function onCommandSucceeded(name) {
            if (name !== "submitQuestion" || !panel.sending) return
            panel.sending = false
            panel.formError = ""
            panel.notice = qsTr("Đã gửi câu hỏi. Thư ký sẽ xếp câu hỏi vào nhóm vấn đề.")
            questionText.text = ""
            topicField.text = ""
        }
        function onCommandFailed(message) {
            if (!panel.sending) return
            panel.sending = false
            panel.notice = ""
            panel.formError = message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.gap

        Label {
            text: qsTr("Gửi câu hỏi chất vấn")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.textMuted
        }
        Label {
            objectName: "questionFormUnavailable"
            Layout.fillWidth: true
            visible: !panel.canAsk
            text: !panel.onPanel ? qsTr("Tại phiên giải trình này, chỉ chủ tọa và thành viên đoàn giải trình đặt câu hỏi.")
                                 : qsTr("Kỳ họp chưa mời người trả lời chất vấn.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        GridLayout {
            Layout.fillWidth: true
            visible: panel.canAsk
            columns: panel.width > 760 ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: 8
            ComboBox {
                id: respondentBox
                objectName: "questionRespondent"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                model: panel.questions.respondents
                textRole: "text"
                valueRole: "accountId"
                Accessible.name: qsTr("Người trả lời chất vấn")
            }
            TextField {
                id: topicField
                objectName: "questionTopicInput"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Chủ đề (không bắt buộc)")
                Accessible.name: qsTr("Chủ đề câu hỏi")
            }
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 110
            visible: panel.canAsk
            TextArea {
                id: questionText
                objectName: "questionInput"
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Nội dung câu hỏi")
                Accessible.name: qsTr("Nội dung câu hỏi")
                background: Rectangle { border.color: Theme.border; radius: Theme.radius }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: panel.canAsk
            spacing: Theme.gap
            Label {
                objectName: "questionFormMessage"
                Layout.fillWidth: true
                text: panel.formError.length > 0 ? panel.formError
                      : panel.notice.length > 0 ? panel.notice
                      : qsTr("%1/4000 ký tự").arg(questionText.length)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: panel.formError.length > 0 ? Theme.danger
                       : panel.notice.length > 0 ? Theme.ok : Theme.textMuted
            }
            ActionButton {
                objectName: "submitQuestion"
                tone: "primary"
                enabled: !panel.sending && respondentBox.currentIndex >= 0
                text: panel.sending ? qsTr("Đang gửi…") : qsTr("Gửi câu hỏi")
                Accessible.name: qsTr("Gửi câu hỏi")
                onClicked: {
                    panel.formError = ""
                    panel.notice = ""
                    panel.sending = true
                    panel.connection.submitQuestion(respondentBox.currentValue, questionText.text, topicField.text)
                }
            }
        }

        Label {
            Layout.topMargin: 4
            text: panel.questions.count > 0 ? qsTr("Câu hỏi của bạn (%1)").arg(panel.questions.count)
                                            : qsTr("Bạn chưa gửi câu hỏi nào.")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.textMuted
        }
        ListView {
            objectName: "myQuestionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.questions
            ScrollBar.vertical: ScrollBar { }
            delegate: QuestionDelegate {
                mode: "delegate"
                showGroup: false
                onSatisfactionChosen: (questionId, satisfied) => panel.connection.recordSatisfaction(questionId, satisfied)
            }
        }
    }
}
