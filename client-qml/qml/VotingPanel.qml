import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// The delegate's ballot while a poll is open: the question(s), the choices as large touch
// targets, a confirmation step, then the receipt.
//
// Secrecy: the choice exists only in `selection` while the delegate is choosing and
// confirming. It is cleared the moment the vote is sent, and the ballot and confirmation
// views are unloaded (Loader), so after casting no item of the page holds a choice's
// text. The receipt shows the server's words ("Đã ghi nhận phiếu của đại biểu …"); for an
// open (công khai) poll it may add the choice the server echoed in the committed event,
// never for a secret one. Nothing is written to settings.
Rectangle {
    id: panel
    required property Connection connection
    required property PollsModel polls

    objectName: "votingPanel"
    readonly property var poll: polls.openPoll
    readonly property bool hasPoll: poll.pollId !== undefined
    // {questionId: [choiceId, ...]} while choosing; empty otherwise.
    property var selection: ({})
    property bool confirming: false
    property bool sending: false
    // Receipt of the last vote of this tablet: {pollId, text, echoed}.
    property var receipt: ({})

    readonly property bool voted: hasPoll && (poll.hasVoted || receipt.pollId === poll.pollId)
    readonly property bool complete: {
        if (!hasPoll) return false
        for (const q of poll.questions)
            if (!(selection[q.questionId] && selection[q.questionId].length > 0)) return false
        return true
    }

    color: Theme.surface
    border.color: Theme.primary
    border.width: 2
    radius: Theme.radius

    function capitalized(s) { return s.length > 0 ? s.charAt(0).toUpperCase() + s.slice(1) : s }
    function choiceLabel(q, id) {
        for (const c of q.choices) if (c.choiceId === id) return capitalized(c.label)
        return ""
    }
    // "Tán thành" for one question; "Ông A: Tín nhiệm; Bà B: …" for several.
    function selectionText() {
        if (!hasPoll) return ""
        let parts = []
        for (const q of poll.questions) {
            const ids = selection[q.questionId] || []
            const words = ids.map(id => choiceLabel(q, id)).join(", ")
            parts.push(poll.questions.length > 1 && q.title.length > 0 ? q.title + ": " + words : words)
        }
        return parts.join("; ")
    }
    function toggle(q, choiceId) {
        let next = Object.assign({}, selection)
        let ids = (next[q.questionId] || []).slice()
        const at = ids.indexOf(choiceId)
        if (q.maxChoices <= 1) ids = [choiceId]
        else if (at >= 0) ids.splice(at, 1)
        else if (ids.length < q.maxChoices) ids.push(choiceId)
        next[q.questionId] = ids
        selection = next
    }
    function send() {
        let marks = []
        for (const q of poll.questions) marks.push({ questionId: q.questionId, choiceIds: selection[q.questionId] })
        sending = true
        connection.castVote(poll.pollId, marks)
        // The choice leaves this page with the request.
        marks = []
        selection = ({})
        confirming = false
    }

    onPollChanged: {
        if (!hasPoll || poll.pollId !== receipt.pollId) receipt = ({})
        if (!hasPoll) { selection = ({}); confirming = false; sending = false }
    }

    Connections {
        target: panel.connection
        function onVoteRecorded(pollId, text, echoed) {
            panel.sending = false
            panel.receipt = { pollId: pollId, text: text, echoed: echoed }
        }
        function onCommandFailed() { panel.sending = false }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        spacing: Theme.gap

        Label {
            text: panel.hasPoll && panel.poll.secret ? qsTr("BIỂU QUYẾT — BỎ PHIẾU KÍN")
                                                     : qsTr("BIỂU QUYẾT — CÔNG KHAI")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            font.letterSpacing: 1
            color: Theme.primary
        }
        Label {
            objectName: "votingTitle"
            Layout.fillWidth: true
            text: panel.hasPoll ? panel.poll.title : ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontHeading
            font.weight: Font.Bold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: panel.hasPoll ? panel.poll.kindText + " · "
                                  + qsTr("đã có %1/%2 đại biểu bỏ phiếu").arg(panel.poll.votedCount).arg(panel.poll.entitledCount)
                                : ""
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        CountdownLabel {
            closesAt: panel.hasPoll ? panel.poll.closesAt : 0
            maxSeconds: panel.hasPoll ? panel.poll.countdownSeconds : 0
            font.pixelSize: Theme.fontLarge
        }

        Loader {
            objectName: "votingStep"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: !panel.hasPoll ? null
                           : panel.voted ? receiptView
                           : panel.sending ? sendingView
                           : !panel.poll.selfEntitled ? notEntitledView
                           : panel.confirming ? confirmView
                           : ballotView
        }
    }

    Component {
        id: ballotView
        ColumnLayout {
            spacing: Theme.gap
            Flickable {
                id: ballotFlick
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentHeight: questionsColumn.height
                Column {
                    id: questionsColumn
                    // The Flickable's own width (its content item has none of its own
                    // until laid out: wrapped texts would keep heights measured at 0 px).
                    width: ballotFlick.width
                    spacing: Theme.padding
                    Repeater {
                        model: panel.poll.questions
                        // Positioners with bound widths, not layouts: a wrapped title measured
                        // before the panel had its width kept the buttons too low in nested
                        // layouts (several questions: rating ballots overlapped).
                        delegate: Column {
                            id: questionBlock
                            required property var modelData
                            width: questionsColumn.width
                            spacing: Theme.gap
                            Label {
                                objectName: "questionTitle_" + questionBlock.modelData.questionId
                                width: questionBlock.width
                                visible: text.length > 0
                                text: [questionBlock.modelData.title,
                                       questionBlock.modelData.maxChoices > 1
                                       ? qsTr("(chọn tối đa %1)").arg(questionBlock.modelData.maxChoices) : ""]
                                      .filter(s => s.length > 0).join(" ")
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontLarge
                                font.weight: Font.DemiBold
                            }
                            Column {
                                width: questionBlock.width
                                spacing: Theme.gap
                                Repeater {
                                    model: questionBlock.modelData.choices
                                    delegate: Button {
                                        id: choiceButton
                                        required property var modelData
                                        readonly property bool chosen:
                                            (panel.selection[questionBlock.modelData.questionId] || []).indexOf(modelData.choiceId) >= 0
                                        objectName: "choice_" + questionBlock.modelData.questionId + "_" + modelData.choiceId
                                        width: questionBlock.width
                                        implicitHeight: 76
                                        checkable: false
                                        text: panel.capitalized(modelData.label)
                                        font.pixelSize: Theme.fontTitle
                                        font.weight: Font.DemiBold
                                        Accessible.name: text
                                        Accessible.checkable: true
                                        Accessible.checked: chosen
                                        onClicked: panel.toggle(questionBlock.modelData, modelData.choiceId)
                                        contentItem: Text {
                                            text: (choiceButton.chosen ? "✓ " : "") + choiceButton.text
                                            font: choiceButton.font
                                            color: choiceButton.chosen ? Theme.textOnPrimary : Theme.primary
                                            horizontalAlignment: Text.AlignHCenter
                                            verticalAlignment: Text.AlignVCenter
                                            wrapMode: Text.Wrap
                                        }
                                        background: Rectangle {
                                            radius: Theme.radius
                                            color: choiceButton.chosen ? Theme.primary
                                                 : choiceButton.down ? Theme.highlight : Theme.surface
                                            border.width: 2
                                            border.color: Theme.primary
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            ActionButton {
                objectName: "castVoteButton"
                Layout.fillWidth: true
                implicitHeight: 64
                tone: "primary"
                enabled: panel.complete
                text: qsTr("Biểu quyết")
                onClicked: panel.confirming = true
            }
        }
    }

    Component {
        id: confirmView
        ColumnLayout {
            spacing: Theme.padding
            Item { Layout.fillHeight: true }
            Label {
                objectName: "confirmVoteText"
                Layout.fillWidth: true
                text: qsTr("Xác nhận biểu quyết: %1?").arg(panel.selectionText())
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontHeading
                font.weight: Font.Bold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: panel.poll.secret
                      ? qsTr("Bỏ phiếu kín: sau khi gửi, phiếu không thể sửa và lựa chọn không được hiển thị lại.")
                      : qsTr("Sau khi gửi, phiếu không thể sửa.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
            }
            Item { Layout.fillHeight: true }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                ActionButton {
                    objectName: "changeVoteButton"
                    Layout.fillWidth: true
                    implicitHeight: 64
                    text: qsTr("Chọn lại")
                    onClicked: panel.confirming = false
                }
                ActionButton {
                    objectName: "confirmVoteButton"
                    Layout.fillWidth: true
                    implicitHeight: 64
                    tone: "primary"
                    text: qsTr("Xác nhận")
                    onClicked: panel.send()
                }
            }
        }
    }

    Component {
        id: sendingView
        Label {
            text: qsTr("Đang gửi phiếu…")
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: Theme.fontTitle
            color: Theme.textMuted
        }
    }

    Component {
        id: notEntitledView
        Label {
            objectName: "notEntitledText"
            text: qsTr("Bạn cần điểm danh có mặt để biểu quyết.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: Theme.fontTitle
            color: Theme.warn
        }
    }

    Component {
        id: receiptView
        Rectangle {
            color: Theme.okSoft
            radius: Theme.radius
            border.color: Theme.ok
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.padding * 1.5
                spacing: Theme.gap
                Item { Layout.fillHeight: true }
                Label {
                    objectName: "receiptTitle"
                    Layout.fillWidth: true
                    text: "✓ " + qsTr("Đã ghi nhận phiếu của đại biểu")
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    color: Theme.ok
                }
                Label {
                    objectName: "receiptText"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: panel.receipt.pollId === panel.poll.pollId ? (panel.receipt.text || "") : ""
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                Label {
                    objectName: "receiptEcho"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    // Only what the server committed, and only for an open poll.
                    text: !panel.poll.secret && panel.receipt.pollId === panel.poll.pollId
                          && (panel.receipt.echoed || "").length > 0
                          ? qsTr("Lựa chọn đã ghi: %1").arg(panel.capitalized(panel.receipt.echoed)) : ""
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: panel.poll.secret
                    text: qsTr("Bỏ phiếu kín: lựa chọn không được lưu trên máy tính bảng.")
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.textMuted
                }
                Item { Layout.fillHeight: true }
            }
        }
    }
}
