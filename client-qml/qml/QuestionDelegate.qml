import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// One written question: its number and addressee, the text, who asked, and where it
// stands, in words (colour is only a second cue). `mode` decides what can be done with it:
//  "delegate"   the questioner's own: "Hài lòng" / "Chưa hài lòng" once it is answered;
//  "secretary"  a check box to pick it for a group; ▲ / ▼ within a group (orderable);
//  "chair"      give the floor: "Mời chất vấn", "Mời trả lời", "Chất vấn thêm";
//  "respondent" (or anything else) read-only.
// The signals carry the question's id; the page sends the commands.
Rectangle {
    id: row
    required property real questionId
    required property int position
    required property string delegateName
    required property string respondentText
    required property real respondentAccountId
    required property string text
    required property string topic
    required property int status
    required property string progressText
    required property string groupTitle
    required property bool inCurrentGroup
    required property int satisfaction
    required property bool isSelf
    required property bool redacted

    property string mode: "respondent"
    property bool selected: false
    property bool orderable: false
    property int total: 0
    property bool showGroup: false

    signal satisfactionChosen(real questionId, bool satisfied)
    signal selectionToggled(real questionId, bool selected)
    signal move(real questionId, int position)
    signal callQuestioner(real questionId, bool followUp)
    signal callRespondent(real respondentAccountId, real questionId)

    objectName: "question" + questionId
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: column.implicitHeight + 2 * 10
    color: row.selected ? Theme.highlight : Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Câu hỏi số %1 — %2").arg(questionId).arg(progressText)

    readonly property color statusColor: satisfaction === 2 ? Theme.warn
                                         : status === 3 ? Theme.ok
                                         : status === 2 ? Theme.online : Theme.textMuted

    Rectangle {
        anchors.left: parent.left; anchors.right: parent.right; anchors.bottom: parent.bottom
        height: 1; color: Theme.border
    }

    RowLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 10
        spacing: Theme.gap

        CheckBox {
            objectName: "selectQuestion" + row.questionId
            visible: row.mode === "secretary"
            checked: row.selected
            implicitHeight: Theme.touch
            implicitWidth: Theme.touch
            Accessible.name: qsTr("Chọn câu hỏi số %1").arg(row.questionId)
            onToggled: row.selectionToggled(row.questionId, checked)
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: qsTr("Câu hỏi số %1 · gửi %2").arg(row.questionId).arg(row.respondentText)
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "questionText"
                Layout.fillWidth: true
                text: row.redacted ? qsTr("(Câu hỏi gửi người khác — nội dung không hiển thị)") : row.text
                wrapMode: Text.Wrap
                maximumLineCount: 4
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.italic: row.redacted
                color: row.redacted ? Theme.textMuted : Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: [row.mode !== "delegate" && !row.redacted ? qsTr("Đại biểu %1").arg(row.delegateName) : "",
                       row.topic.length > 0 ? qsTr("Chủ đề: %1").arg(row.topic) : "",
                       row.showGroup && row.groupTitle.length > 0 ? qsTr("Nhóm: %1").arg(row.groupTitle) : ""]
                      .filter(s => s.length > 0).join(" · ")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            RowLayout {
                spacing: 8
                Rectangle {
                    Layout.preferredWidth: 10
                    Layout.preferredHeight: 10
                    radius: 5
                    color: row.statusColor
                }
                Label {
                    objectName: "questionProgress" + row.questionId
                    Layout.fillWidth: true
                    text: row.progressText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: row.statusColor
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                visible: children.length > 0 && (row.mode === "delegate" ? row.isSelf && row.status === 3
                                                 : row.mode === "chair")
                // The questioner's verdict after the answer (may be changed; the last counts).
                ActionButton {
                    objectName: "satisfied" + row.questionId
                    visible: row.mode === "delegate" && row.isSelf && row.status === 3
                    tone: row.satisfaction === 1 ? "primary" : "neutral"
                    text: qsTr("Hài lòng")
                    Accessible.name: qsTr("Hài lòng với câu trả lời câu hỏi số %1").arg(row.questionId)
                    onClicked: row.satisfactionChosen(row.questionId, true)
                }
                ActionButton {
                    objectName: "unsatisfied" + row.questionId
                    visible: row.mode === "delegate" && row.isSelf && row.status === 3
                    tone: row.satisfaction === 2 ? "primary" : "neutral"
                    text: qsTr("Chưa hài lòng")
                    Accessible.name: qsTr("Chưa hài lòng với câu trả lời câu hỏi số %1").arg(row.questionId)
                    onClicked: row.satisfactionChosen(row.questionId, false)
                }
                // The chair gives the floor.
                ActionButton {
                    objectName: "callQuestioner" + row.questionId
                    visible: row.mode === "chair" && row.status === 1
                    enabled: row.inCurrentGroup
                    tone: "primary"
                    text: qsTr("Mời chất vấn")
                    Accessible.name: qsTr("Mời đại biểu %1 chất vấn (câu hỏi số %2)").arg(row.delegateName).arg(row.questionId)
                    onClicked: row.callQuestioner(row.questionId, false)
                }
                ActionButton {
                    objectName: "callRespondent" + row.questionId
                    visible: row.mode === "chair" && row.status >= 2
                    enabled: row.inCurrentGroup
                    tone: row.status === 2 ? "primary" : "neutral"
                    text: qsTr("Mời trả lời")
                    Accessible.name: qsTr("Mời người được chất vấn trả lời câu hỏi số %1").arg(row.questionId)
                    onClicked: row.callRespondent(row.respondentAccountId, row.questionId)
                }
                ActionButton {
                    objectName: "followUp" + row.questionId
                    visible: row.mode === "chair" && row.status === 3
                    enabled: row.inCurrentGroup
                    text: qsTr("Chất vấn thêm")
                    Accessible.name: qsTr("Mời đại biểu %1 chất vấn thêm (câu hỏi số %2)").arg(row.delegateName).arg(row.questionId)
                    onClicked: row.callQuestioner(row.questionId, true)
                }
            }
        }

        ActionButton {
            objectName: "moveQuestionUp" + row.questionId
            visible: row.mode === "secretary" && row.orderable
            enabled: row.position > 1
            implicitWidth: Theme.touch
            text: "▲"
            Accessible.name: qsTr("Đưa câu hỏi số %1 lên trước").arg(row.questionId)
            onClicked: row.move(row.questionId, row.position - 1)
        }
        ActionButton {
            objectName: "moveQuestionDown" + row.questionId
            visible: row.mode === "secretary" && row.orderable
            enabled: row.position < row.total
            implicitWidth: Theme.touch
            text: "▼"
            Accessible.name: qsTr("Đưa câu hỏi số %1 xuống sau").arg(row.questionId)
            onClicked: row.move(row.questionId, row.position + 1)
        }
    }
}
