import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// The secretary (or the chair) invites an official to answer in this session: a
// respondent account of the council not invited yet (ListRespondentAccounts, asked each
// time the dialog opens; those the live state shows invited are left out too), the
// position and the agency they answer for (both required: the server checks them and a
// refusal is shown under the form in its words). The dialog stays open until the server
// has answered; nothing waits on the network meanwhile.
Dialog {
    id: dialog
    required property Connection connection
    required property QuestionsModel questions

    // From the last listRespondentAccounts: [{accountId, displayName, account, invited}].
    property var accounts: []
    property bool loading: false
    property bool sending: false
    property string formError: ""

    // Not invited, by the server's list or by the live state since.
    readonly property var choices: {
        const live = questions.respondents.map(r => r.accountId)
        return accounts.filter(a => !a.invited && live.indexOf(a.accountId) < 0)
                       .map(a => ({ accountId: a.accountId,
                                    text: a.displayName + " (" + a.account + ")" }))
    }

    objectName: "inviteRespondentDialog"
    title: qsTr("Mời người trả lời chất vấn")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, (parent ? parent.width : 720) - 48)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape

    onAboutToShow: {
        positionField.text = ""
        agencyField.text = ""
        formError = ""
        sending = false
        accounts = []
        loading = true
        connection.listRespondentAccounts(connection.sessionId)
    }

    Connections {
        target: dialog.connection
        function onRespondentAccountsListed(sessionId, accounts, error) {
            if (!dialog.visible) return
            if (sessionId !== dialog.connection.sessionId) return
            dialog.loading = false
            dialog.accounts = accounts
            if (error.length > 0) dialog.formError = error
        }
        function onCommandSucceeded(name) {
            if (name !== "inviteRespondent" || !dialog.sending) return
            dialog.sending = false
            dialog.close()
        }
        function onCommandRefused(name, message) {
            if (name !== "inviteRespondent" || !dialog.sending) return
            dialog.sending = false
            dialog.formError = message
        }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.gap
        Label {
            objectName: "inviteAccountsState"
            Layout.fillWidth: true
            visible: dialog.loading || dialog.choices.length === 0
            text: dialog.loading ? qsTr("Đang tải danh sách tài khoản người trả lời chất vấn…")
                                 : qsTr("Mọi tài khoản người trả lời chất vấn của hội đồng đã được mời.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        ComboBox {
            id: accountBox
            objectName: "inviteAccount"
            Layout.fillWidth: true
            visible: dialog.choices.length > 0
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            model: dialog.choices
            textRole: "text"
            valueRole: "accountId"
            Accessible.name: qsTr("Tài khoản người trả lời chất vấn")
        }
        TextField {
            id: positionField
            objectName: "invitePosition"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Chức vụ, ví dụ: Giám đốc Sở Xây dựng")
            Accessible.name: qsTr("Chức vụ")
        }
        TextField {
            id: agencyField
            objectName: "inviteAgency"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Cơ quan trả lời, ví dụ: Sở Xây dựng")
            Accessible.name: qsTr("Cơ quan trả lời")
        }
        Label {
            objectName: "inviteFormMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.formError
            wrapMode: Text.Wrap
            color: Theme.danger
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            ActionButton {
                objectName: "cancelInvite"
                text: qsTr("Quay lại")
                Accessible.name: text
                onClicked: dialog.reject()
            }
            ActionButton {
                objectName: "confirmInvite"
                tone: "primary"
                enabled: !dialog.sending && accountBox.currentIndex >= 0 && dialog.choices.length > 0
                text: dialog.sending ? qsTr("Đang gửi…") : qsTr("Mời")
                Accessible.name: qsTr("Mời người trả lời chất vấn đã chọn")
                onClicked: {
                    dialog.formError = ""
                    dialog.sending = true
                    dialog.connection.inviteRespondent(accountBox.currentValue, positionField.text,
                                                       agencyField.text)
                }
            }
        }
    }
}
