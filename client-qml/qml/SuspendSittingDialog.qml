import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Asks the chair why the sitting is suspended (the reason goes into the minutes).
Dialog {
    id: dialog
    property real sittingId: 0
    property string sittingTitle: ""
    signal confirmed(real sittingId, string reason)

    objectName: "suspendSittingDialog"
    title: qsTr("Tạm dừng phiên họp")
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
            text: dialog.sittingTitle
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Lý do tạm dừng (ghi vào biên bản), ví dụ: nghỉ giải lao 15 phút")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        TextField {
            id: reasonField
            objectName: "reasonField"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Lý do")
            Accessible.name: qsTr("Lý do tạm dừng")
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            ActionButton { text: qsTr("Hủy"); onClicked: dialog.reject() }
            ActionButton {
                objectName: "confirmSuspend"
                text: qsTr("Tạm dừng")
                tone: "primary"
                onClicked: {
                    dialog.confirmed(dialog.sittingId, reasonField.text)
                    dialog.close()
                }
            }
        }
    }
}
