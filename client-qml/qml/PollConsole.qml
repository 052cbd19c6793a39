import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// The chair's voting card: prepare a poll for the current item (any kind: resolution,
// dismissal, confidence rating or vote with the officials, election with the candidates
// and seats, a custom question with its choices; title, open or secret, optional
// countdown), open it, follow the progress (how many of the entitled have voted; for an
// open poll who has and who has not), close it, publish the result, repeat a cancelled or
// failed poll, or cancel with a reason. Everything shown comes from the session state
// (PollsModel); the countdown is the server's closes_at.
Rectangle {
    id: card
    required property Connection connection
    required property PollsModel polls

    objectName: "pollConsole"
    readonly property var poll: polls.activePoll
    readonly property bool hasPoll: poll.pollId !== undefined
    readonly property bool sittingOpen: connection.store.currentSittingStatus === 2
    readonly property var revotable: polls.revotablePoll
    // The kind chosen in the prepare form (v1.PollKind) and what it needs.
    readonly property int kind: kindBox.currentValue === undefined ? 1 : kindBox.currentValue
    readonly property bool needsOfficials: kind === 2 || kind === 3
    readonly property bool needsCandidates: kind === 4
    readonly property bool needsChoices: kind === 6
    readonly property bool needsList: needsOfficials || needsCandidates || needsChoices
    // Non-blank lines of the list field.
    function lines(text) { return text.split("\n").map(l => l.trim()).filter(l => l.length > 0) }
    readonly property int listCount: lines(listField.text).length
    readonly property bool listReady: needsOfficials ? listCount >= 1
                                      : needsCandidates || needsChoices ? listCount >= 2 : true

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.padding

    CancelPollDialog {
        id: cancelDialog
        onConfirmed: (pollId, reason) => card.connection.cancelPoll(pollId, reason)
    }

    // The dossier gate: OpenPoll refused because the item's required papers are missing or
    // late -> what is wrong, the chair's reason, OpenPoll again with it. Only the gate's own
    // refusal opens the dialog: the server names the field ("dossier_override_reason: ...")
    // and checks the gate after every other reason to refuse, so a poll that cannot open
    // anyway (no one present, another poll open) keeps its plain refusal in the banner. A
    // refusal of the reason itself (too long) shows in the dialog, next to the field.
    DossierModel { id: dossier; store: card.connection.store }
    DossierOverrideDialog {
        id: overrideDialog
        onConfirmed: (pollId, reason) => {
            card.openingPoll = pollId
            card.connection.openPoll(pollId, reason)
        }
    }
    property var openingPoll: 0
    readonly property var pollOverride: card.hasPoll && card.connection.store.lastSeq >= 0
                                        ? dossier.overrideOf(card.poll.pollId) : ({})
    Connections {
        target: card.connection
        function onCommandRefused(command, message, code) {
            if (command !== "openPoll" || card.openingPoll === 0) return
            const pollId = card.openingPoll
            card.openingPoll = 0
            const gate = code === 9 && message.indexOf("dossier_override_reason:") === 0
            if (overrideDialog.opened) {
                overrideDialog.refused(message)
                return
            }
            if (!gate) return
            const status = dossier.summary(card.hasPoll ? card.poll.itemId : 0)
            overrideDialog.ask(pollId, status.defects, message)
        }
        function onCommandSucceeded(command) {
            if (command !== "openPoll") return
            card.openingPoll = 0
            overrideDialog.close()
        }
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
                        { kind: 2, text: qsTr("Lấy phiếu tín nhiệm") },
                        { kind: 3, text: qsTr("Bỏ phiếu tín nhiệm") },
                        { kind: 4, text: qsTr("Bầu cử") },
                        { kind: 6, text: qsTr("Biểu quyết khác") },
                    ]
                    // Ratings, confidence votes and elections are secret by law's default.
                    onActivated: secretSwitch.checked = (currentValue === 2 || currentValue === 3 || currentValue === 4)
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
            // Officials (ratings, confidence votes), candidates (elections) or choices.
            Label {
                Layout.fillWidth: true
                visible: card.needsList
                text: card.needsOfficials ? qsTr("Người được lấy phiếu, mỗi dòng một người (họ tên — chức vụ)")
                      : card.needsCandidates ? qsTr("Ứng cử viên, mỗi dòng một người")
                      : qsTr("Các lựa chọn, mỗi dòng một lựa chọn")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                visible: card.needsList
                spacing: Theme.gap
                ScrollView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 110
                    TextArea {
                        id: listField
                        objectName: "pollListField"
                        font.pixelSize: Theme.fontBody
                        wrapMode: TextEdit.NoWrap
                        Accessible.name: card.needsOfficials ? qsTr("Người được lấy phiếu")
                                         : card.needsCandidates ? qsTr("Ứng cử viên") : qsTr("Các lựa chọn")
                        background: Rectangle { border.color: Theme.border; radius: 4; color: Theme.surface }
                    }
                }
                ColumnLayout {
                    visible: card.needsCandidates
                    Label { text: qsTr("Số người được bầu"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                    SpinBox {
                        id: seatsBox
                        objectName: "pollSeatsBox"
                        implicitHeight: Theme.touch
                        from: 1
                        to: Math.max(1, card.listCount)
                        value: 1
                        editable: true
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("Số người được bầu")
                    }
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
                    enabled: (titleField.text.trim().length > 0 || card.connection.store.currentItemId > 0)
                             && card.listReady
                    text: qsTr("Chuẩn bị biểu quyết")
                    onClicked: {
                        const list = card.lines(listField.text)
                        card.connection.createPoll({
                            kind: card.kind,
                            title: titleField.text.trim().length > 0 ? titleField.text : card.connection.store.currentItemTitle,
                            secret: secretSwitch.checked,
                            countdownSeconds: countdownBox.value,
                            officials: card.needsOfficials ? list : [],
                            candidates: card.needsCandidates ? list : [],
                            seats: seatsBox.value,
                            choices: card.needsChoices ? list : [],
                        })
                        titleField.text = ""
                        listField.text = ""
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
        // Opened on an incomplete dossier: the chair's recorded reason (also in the minutes).
        Label {
            objectName: "pollDossierOverride"
            Layout.fillWidth: true
            visible: card.pollOverride.reason !== undefined
            text: visible ? qsTr("Mở biểu quyết khi hồ sơ chưa đủ. Lý do: %1").arg(card.pollOverride.reason) : ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.warn
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
                onClicked: {
                    card.openingPoll = card.poll.pollId
                    card.connection.openPoll(card.poll.pollId)
                }
            }
            ActionButton {
                objectName: "closePollButton"
                visible: card.hasPoll && card.poll.status === 2
                tone: "primary"
                text: qsTr("Kết thúc biểu quyết")
                onClicked: card.connection.closePoll(card.poll.pollId)
            }
            ActionButton {
                objectName: "revoteClosedButton"
                visible: card.hasPoll && card.poll.status === 3 && card.poll.failed
                text: qsTr("Biểu quyết lại")
                Accessible.name: qsTr("Biểu quyết lại: %1").arg(card.hasPoll ? card.poll.title : "")
                onClicked: card.connection.revotePoll(card.poll.pollId)
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
        RowLayout {
            Layout.fillWidth: true
            visible: !card.hasPoll && card.revotable.pollId !== undefined
            spacing: Theme.gap
            Label {
                objectName: "revotableText"
                Layout.fillWidth: true
                text: parent.visible ? (card.revotable.status === 5
                                        ? qsTr("Đã hủy: %1").arg(card.revotable.title)
                                        : qsTr("Không thông qua: %1").arg(card.revotable.title)) : ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            ActionButton {
                objectName: "revotePollButton"
                enabled: card.connection.store.loaded
                text: qsTr("Biểu quyết lại")
                Accessible.name: qsTr("Biểu quyết lại: %1").arg(card.revotable.title || "")
                onClicked: card.connection.revotePoll(card.revotable.pollId)
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
