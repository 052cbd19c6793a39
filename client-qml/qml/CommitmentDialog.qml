import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// The follow-up of one commitment (theo dõi thực hiện cam kết): report it done with the
// evidence (mode "done"), or move its due date with a reason (mode "extend"). The server
// checks the fields (evidence and reason required; the new date real, after the one in
// force and not past) and says which is wrong.
Dialog {
    id: dialog
    property string mode: "done"
    property real sessionId: 0
    property real commitmentId: 0
    property string what: ""
    property string dueDate: ""
    signal markDone(real sessionId, real commitmentId, string evidence)
    signal extend(real sessionId, real commitmentId, string newDueDate, string reason)

    objectName: "commitmentDialog"
    title: mode === "done" ? qsTr("Báo hoàn thành cam kết") : qsTr("Gia hạn cam kết")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(620, (parent ? parent.width : 620) - 48)
    padding: Theme.padding
    onAboutToShow: {
        evidenceField.text = ""
        dueField.text = ""
        reasonField.text = ""
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: dialog.what
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Hạn đang áp dụng: %1").arg(dialog.dueDate)
            color: Theme.textMuted
        }
        TextField {
            id: evidenceField
            objectName: "commitmentEvidence"
            Layout.fillWidth: true
            visible: dialog.mode === "done"
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Kết quả thực hiện, văn bản báo cáo")
            Accessible.name: qsTr("Kết quả thực hiện")
        }
        TextField {
            id: dueField
            objectName: "commitmentNewDue"
            Layout.fillWidth: true
            visible: dialog.mode === "extend"
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Hạn mới (YYYY-MM-DD)")
            inputMethodHints: Qt.ImhDate
            Accessible.name: qsTr("Hạn mới")
        }
        TextField {
            id: reasonField
            objectName: "commitmentReason"
            Layout.fillWidth: true
            visible: dialog.mode === "extend"
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Lý do gia hạn")
            Accessible.name: qsTr("Lý do gia hạn")
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            ActionButton { text: qsTr("Quay lại"); onClicked: dialog.reject() }
            ActionButton {
                objectName: "confirmCommitment"
                tone: "primary"
                text: dialog.mode === "done" ? qsTr("Báo hoàn thành") : qsTr("Gia hạn")
                onClicked: {
                    if (dialog.mode === "done")
                        dialog.markDone(dialog.sessionId, dialog.commitmentId, evidenceField.text)
                    else
                        dialog.extend(dialog.sessionId, dialog.commitmentId, dueField.text, reasonField.text)
                    dialog.close()
                }
            }
        }
    }
}
