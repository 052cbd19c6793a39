import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Top bar of every working page: session, sitting status, who is logged in, the calm
// reconnecting notice, and log out.
Rectangle {
    id: header
    required property Connection connection
    property string pageTitle: ""

    implicitHeight: column.implicitHeight
    color: Theme.surface

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            Layout.leftMargin: Theme.padding
            spacing: Theme.gap

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: header.connection.store.loaded ? header.connection.store.councilName
                                                         : qsTr("Diên Hồng")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "sessionTitle"
                    Layout.fillWidth: true
                    text: header.connection.store.loaded ? header.connection.store.title
                          : header.connection.state === Connection.Loading ? qsTr("Đang tải kỳ họp…")
                          : qsTr("Chưa có kỳ họp nào")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
            }

            Rectangle {
                visible: header.connection.store.currentSittingId > 0
                radius: height / 2
                implicitHeight: 36
                implicitWidth: sittingLabel.implicitWidth + 28
                color: header.connection.store.currentSittingStatus === 2 ? Theme.okSoft : Theme.warnSoft
                Label {
                    id: sittingLabel
                    anchors.centerIn: parent
                    text: header.connection.store.currentSittingTitle + " · "
                          + header.connection.store.currentSittingStatusText
                    color: Theme.sittingColor(header.connection.store.currentSittingStatus)
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
            }

            ColumnLayout {
                spacing: 2
                Label {
                    Layout.alignment: Qt.AlignRight
                    text: header.connection.displayName
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                }
                Label {
                    Layout.alignment: Qt.AlignRight
                    visible: text !== header.connection.displayName
                    text: header.pageTitle.length > 0 ? header.pageTitle : header.connection.roleText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
            ActionButton {
                objectName: "otherSessionButton"
                visible: header.connection.sessions.length > 1
                text: qsTr("Kỳ họp khác")
                Accessible.name: qsTr("Chọn kỳ họp khác")
                onClicked: header.connection.chooseAnotherSession()
            }
            ActionButton {
                text: qsTr("Đăng xuất")
                onClicked: header.connection.logout()
            }
        }

        Rectangle {
            objectName: "reconnectingBanner"
            Layout.fillWidth: true
            visible: header.connection.reconnecting
            implicitHeight: visible ? 40 : 0
            color: Theme.warnSoft
            Accessible.role: Accessible.StatusBar
            Accessible.name: reconnectLabel.text
            Label {
                id: reconnectLabel
                anchors.centerIn: parent
                text: qsTr("Đang kết nối lại… Mọi thay đổi sẽ được cập nhật khi có kết nối.")
                color: Theme.warn
                font.pixelSize: Theme.fontBody
            }
        }
        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
    }
}
