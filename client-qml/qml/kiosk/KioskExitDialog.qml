import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Leaving kiosk mode: a secretary (or the administrator) types their account and PIN,
// which the server checks (KioskGuard); a delegate's PIN or a wrong one keeps the tablet
// locked, with the reason under the form and what was typed still there.
Dialog {
    id: dialog
    property string serverAddress: ""
    property bool useTls: false
    signal unlocked()

    objectName: "kioskExitDialog"
    title: qsTr("Thoát chế độ kiosk")
    modal: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(480, (parent ? parent.width : 480) - 48)
    padding: Theme.padding

    onOpened: {
        pin.text = ""
        account.forceActiveFocus()
    }

    KioskGuard {
        id: guard
        serverAddress: dialog.serverAddress
        useTls: dialog.useTls
        onUnlocked: {
            dialog.close()
            dialog.unlocked()
        }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: qsTr("Máy tính bảng này đang khóa cho phòng họp. Thư ký kỳ họp nhập tài khoản và mã PIN của mình để thoát ứng dụng.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        TextField {
            id: account
            objectName: "kioskAccount"
            Layout.fillWidth: true
            placeholderText: qsTr("Tài khoản thư ký")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            enabled: !guard.busy
        }
        TextField {
            id: pin
            objectName: "kioskPin"
            Layout.fillWidth: true
            placeholderText: qsTr("Mã PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            enabled: !guard.busy
            onAccepted: guard.unlock(account.text, pin.text)
        }
        Label {
            objectName: "kioskError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: guard.error
            wrapMode: Text.Wrap
            color: Theme.danger
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            BusyIndicator { running: guard.busy; visible: guard.busy; Layout.preferredHeight: Theme.touch }
            ActionButton { text: qsTr("Quay lại"); onClicked: dialog.reject() }
            ActionButton {
                objectName: "kioskUnlock"
                tone: "danger"
                text: qsTr("Thoát ứng dụng")
                enabled: !guard.busy && account.text.length > 0 && pin.text.length > 0
                onClicked: guard.unlock(account.text, pin.text)
            }
        }
    }
}
