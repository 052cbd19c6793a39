import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// The chair's voting card: prepare a poll for the current item (kind, title, open or
// secret, optional countdown), open it, follow the progress (how many of the entitled
// have voted; for an open poll who has and who has not), close it, publish the result,
// or cancel with a reason. Everything shown comes from the session state (PollsModel);
// the countdown is the server's closes_at.
Rectangle {
    id: card
    required property Connection connection
    required property PollsModel polls

    objectName: "pollConsole"
    readonly property var poll: polls.activePoll
    readonly property bool hasPoll: poll.pollId !== undefined
    readonly property bool sittingOpen: connection.store.currentSittingStatus === 2

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.padding

    CancelPollDialog {
        id: cancelDialog
        onConfirmed: (pollId, reason) => card.connection.cancelPoll(pollId, reason)
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Biểu quyết")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.textMuted
            }
            Label {
                objectName: "pollStatusText"
                visible: card.hasPoll
                text: card.hasPoll ? card.poll.statusText + (card.poll.secret ? " · " + qsTr("Bỏ phiếu kín") : " · " + qsTr("Công khai")) : ""
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: card.hasPoll && card.poll.status === 2 ? Theme.ok : Theme.textMuted
            }
        }

        // --- prepare ---------------------------------------------------------------------
        ColumnLayout {
            Layout.fillWidth: true
            visible: !card.hasPoll
            spacing: Theme.gap
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                ComboBox {
                    id: kindBox
                    objectName: "pollKindBox"
                    implicitHeight: Theme.touch
                    Layout.preferredWidth: 250
                    textRole: "text"
                    valueRole: "kind"
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Loại biểu quyết")
                    model: [
                        { kind: 1, text: qsTr("Biểu quyết thông qua") },
                        { kind: 5, text: qsTr("Miễn nhiệm, bãi nhiệm") },
                    ]
                }
                TextField {
                    id: titleField
                    objectName: "pollTitleField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    placeholderText: card.connection.store.currentItemId > 0
                                     ? card.connection.store.currentItemTitle : qsTr("Nội dung biểu quyết")
                    Accessible.name: qsTr("Nội dung biểu quyết")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Switch {
                    id: secretSwitch
                    objectName: "pollSecretSwitch"
                    implicitHeight: Theme.touch
                    text: checked ? qsTr("Bỏ phiếu kín") : qsTr("Công khai")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Bỏ phiếu kín")
                }
                Label { text: qsTr("Đếm ngược (giây)"); color: Theme.textMuted; font.pixelSize: Theme.fontBody }
                SpinBox {
                    id: countdownBox
                    objectName: "pollCountdownBox"
                    implicitHeight: Theme.touch
                    from: 0
                    to: 3600
                    stepSize: 30
                    editable: true
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Đếm ngược (giây, 0 = không)")
                }
                Item { Layout.fillWidth: true }
                ActionButton {
                    objectName: "createPollButton"
                    tone: "primary"
                    enabled: titleField.text.trim().length > 0 || card.connection.store.currentItemId > 0
                    text: qsTr("Chuẩn bị biểu quyết")
                    onClicked: {
                        card.connection.createPoll({
                            kind: kindBox.currentValue,
                            title: titleField.text.trim().length > 0 ? titleField.text : card.connection.store.currentItemTitle,
                            secret: secretSwitch.checked,
                            countdownSeconds: countdownBox.value,
                        })
                        titleField.text = ""
                    }
                }
            }
        }

        // --- the working poll ------------------------------------------------------------
        Label {
            objectName: "pollTitle"
            Layout.fillWidth: true
            visible: card.hasPoll
            text: card.hasPoll ? card.poll.title : ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            visible: card.hasPoll && card.poll.status === 2
            spacing: Theme.gap
            Label {
                objectName: "pollProgressText"
                text: card.hasPoll ? qsTr("Đã bỏ phiếu: %1/%2 đại biểu").arg(card.poll.votedCount).arg(card.poll.entitledCount) : ""
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.primary
            }
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: card.hasPoll ? Math.max(1, card.poll.entitledCount) : 1
                value: card.hasPoll ? card.poll.votedCount : 0
            }
            CountdownLabel {
                objectName: "pollCountdown"
                closesAt: card.hasPoll ? card.poll.closesAt : 0
                maxSeconds: card.hasPoll ? card.poll.countdownSeconds : 0
                font.pixelSize: Theme.fontLarge
            }
        }
        Label {
            objectName: "pollNotVoted"
            Layout.fillWidth: true
            visible: card.hasPoll && card.poll.status === 2 && !card.poll.secret && card.poll.notVotedNames.length > 0
            text: card.hasPoll && card.poll.notVotedNames ? qsTr("Chưa bỏ phiếu: %1").arg(card.poll.notVotedNames.join(", ")) : ""
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Label {
            objectName: "pollVoted"
            Layout.fillWidth: true
            visible: card.hasPoll && card.poll.status === 2 && !card.poll.secret && card.poll.votedNames.length > 0
            text: card.hasPoll && card.poll.votedNames ? qsTr("Đã bỏ phiếu: %1").arg(card.poll.votedNames.join(", ")) : ""
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        ResultBars {
            objectName: "pollResult"
            Layout.fillWidth: true
            visible: card.hasPoll && card.poll.status === 3
            results: card.hasPoll ? card.poll.results : []
        }

        RowLayout {
            Layout.fillWidth: true
            visible: card.hasPoll
            spacing: Theme.gap
            ActionButton {
                objectName: "openPollButton"
                visible: card.hasPoll && card.poll.status === 1
                enabled: card.sittingOpen
                tone: "primary"
                text: qsTr("Bắt đầu biểu quyết")
                onClicked: card.connection.openPoll(card.poll.pollId)
            }
            ActionButton {
                objectName: "closePollButton"
                visible: card.hasPoll && card.poll.status === 2
                tone: "primary"
                text: qsTr("Kết thúc biểu quyết")
                onClicked: card.connection.closePoll(card.poll.pollId)
            }
            ActionButton {
                objectName: "publishPollButton"
                visible: card.hasPoll && card.poll.status === 3
                tone: "primary"
                text: qsTr("Công bố kết quả")
                onClicked: card.connection.publishResults(card.poll.pollId)
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "cancelPollButton"
                visible: card.hasPoll && (card.poll.status === 1 || card.poll.status === 2)
                tone: "danger"
                text: qsTr("Hủy biểu quyết")
                onClicked: {
                    cancelDialog.pollId = card.poll.pollId
                    cancelDialog.pollTitle = card.poll.title
                    cancelDialog.open()
                }
            }
        }
        Label {
            objectName: "lastPublished"
            Layout.fillWidth: true
            visible: !card.hasPoll && card.polls.publishedPoll.pollId !== undefined
            text: visible ? qsTr("Đã công bố: %1 — %2").arg(card.polls.publishedPoll.title).arg(card.polls.publishedPoll.resultText) : ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
