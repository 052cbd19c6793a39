import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Records an excused absence: the reason is required by the rules (and by the server,
// which refuses an empty one with its own message).
Dialog {
    id: dialog
    property real delegateId: 0
    property string fullName: ""
    signal confirmed(real delegateId, string reason)

    objectName: "excusedAbsenceDialog"
    title: qsTr("Vắng có lý do")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 48)
    padding: Theme.padding
    onOpened: reasonField.forceActiveFocus()
    onAboutToShow: reasonField.text = ""

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: qsTr("Đại biểu: %1").arg(dialog.fullName)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        TextField {
            id: reasonField
            objectName: "reasonField"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Lý do vắng, ví dụ: đi công tác theo quyết định của UBND")
            Accessible.name: qsTr("Lý do vắng")
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            ActionButton { text: qsTr("Hủy"); onClicked: dialog.reject() }
            ActionButton {
                objectName: "confirmExcused"
                text: qsTr("Ghi nhận")
                tone: "primary"
                onClicked: {
                    dialog.confirmed(dialog.delegateId, reasonField.text)
                    dialog.close()
                }
            }
        }
    }
}
