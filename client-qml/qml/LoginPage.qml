import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Login: server address (remembered), optional TLS, account and PIN. The account's role
// decides the page that follows (Main.qml).
Page {
    id: page
    required property Connection connection

    objectName: "loginPage"
    background: Rectangle { color: Theme.background }

    function submit() {
        page.connection.serverAddress = serverField.text
        page.connection.useTls = tlsBox.checked
        page.connection.login(accountField.text, pinField.text)
        pinField.text = ""
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(520, page.width - 48)
        height: form.implicitHeight + 64
        radius: 12
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: 32
            spacing: Theme.gap

            Label {
                text: qsTr("Diên Hồng")
                font.pixelSize: Theme.fontHeading + 4
                font.weight: Font.Bold
                color: Theme.primary
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Hệ thống điều hành kỳ họp Hội đồng nhân dân")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Item { implicitHeight: 8 }

            Label { text: qsTr("Máy chủ"); font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
            TextField {
                id: serverField
                objectName: "serverField"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                text: page.connection.serverAddress
                placeholderText: qsTr("ví dụ 192.168.1.10:50051")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Địa chỉ máy chủ")
            }
            CheckBox {
                id: tlsBox
                objectName: "tlsBox"
                implicitHeight: Theme.touch
                checked: page.connection.useTls
                text: qsTr("Kết nối mã hóa (TLS)")
                font.pixelSize: Theme.fontBody
                Accessible.name: text
            }
            Label { text: qsTr("Tài khoản"); font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
            TextField {
                id: accountField
                objectName: "accountField"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("ví dụ daibieu01")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Tài khoản")
                onAccepted: pinField.forceActiveFocus()
            }
            Label { text: qsTr("Mã PIN"); font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
            TextField {
                id: pinField
                objectName: "pinField"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Mã PIN")
                onAccepted: page.submit()
            }
            Label {
                objectName: "loginError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.connection.loginError
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.fontBody
            }
            ActionButton {
                objectName: "loginButton"
                Layout.fillWidth: true
                Layout.topMargin: 8
                tone: "primary"
                enabled: page.connection.state === Connection.Disconnected
                text: page.connection.state === Connection.LoggingIn ? qsTr("Đang đăng nhập…")
                                                                      : qsTr("Đăng nhập")
                onClicked: page.submit()
            }
        }
    }
}
