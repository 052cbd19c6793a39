import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// The secretary enters (or corrects) an explanation hearing: the issue, the panel — its
// chair and 3-5 members, delegates on the session's roster — the agencies invited to
// explain (one per line) and documents ("tên|địa chỉ", one per line). SetHearing replaces
// what was there; the server checks every field and names the one that is wrong.
Dialog {
    id: dialog
    required property Connection connection
    property var hearing: ({})

    objectName: "hearingDialog"
    title: qsTr("Phiên giải trình")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(900, (parent ? parent.width : 900) - 48)
    height: Math.min(implicitHeight, (Overlay.overlay ? Overlay.overlay.height : 760) - 32)
    padding: Theme.padding

    property var members: []
    AttendanceModel { id: roster; store: dialog.connection.store }

    function toggle(id, on) {
        let ids = members.filter(m => m !== id)
        if (on) ids.push(id)
        members = ids
    }
    onAboutToShow: {
        const h = hearing
        issueField.text = h.issue !== undefined ? h.issue : ""
        members = h.panelMemberIds !== undefined ? h.panelMemberIds.slice() : []
        agenciesField.text = h.agencies !== undefined ? h.agencies.join("\n") : ""
        documentsField.text = h.documents !== undefined ? h.documents.map(d => d.title + (d.uri.length > 0 ? "|" + d.uri : "")).join("\n") : ""
        chairBox.currentIndex = h.panelChairId !== undefined ? chairBox.indexOfValue(h.panelChairId) : -1
    }

    contentItem: ColumnLayout {
        spacing: Theme.gap
        TextField {
            id: issueField
            objectName: "hearingIssueField"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Vấn đề giải trình")
            Accessible.name: qsTr("Vấn đề giải trình")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Label { text: qsTr("Chủ tọa phiên giải trình"); color: Theme.textMuted }
            ComboBox {
                id: chairBox
                objectName: "hearingChairBox"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                model: roster
                textRole: "fullName"
                valueRole: "delegateId"
                Accessible.name: qsTr("Chủ tọa phiên giải trình")
            }
        }
        Label {
            text: qsTr("Thành viên đoàn giải trình (3-5): đã chọn %1").arg(dialog.members.length)
            color: Theme.textMuted
        }
        GridView {
            id: memberGrid
            objectName: "hearingMembers"
            Layout.fillWidth: true
            Layout.preferredHeight: 3 * cellHeight
            clip: true
            cellWidth: width / Math.max(1, Math.floor(width / 240))
            cellHeight: Theme.touch
            model: roster
            ScrollBar.vertical: ScrollBar { }
            delegate: CheckBox {
                required property real delegateId
                required property string fullName
                objectName: "panelMember" + delegateId
                width: memberGrid.cellWidth
                height: Theme.touch
                text: fullName
                checked: dialog.members.indexOf(delegateId) >= 0
                Accessible.name: qsTr("Thành viên đoàn giải trình: %1").arg(fullName)
                onToggled: dialog.toggle(delegateId, checked)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: 96
                TextArea {
                    id: agenciesField
                    objectName: "hearingAgenciesField"
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Cơ quan được mời giải trình, mỗi dòng một cơ quan")
                    Accessible.name: qsTr("Cơ quan được mời giải trình")
                    background: Rectangle { border.color: Theme.border; radius: Theme.radius }
                }
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: 96
                TextArea {
                    id: documentsField
                    objectName: "hearingDocumentsField"
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Tài liệu: tên|địa chỉ, mỗi dòng một tài liệu (không bắt buộc)")
                    Accessible.name: qsTr("Tài liệu phiên giải trình")
                    background: Rectangle { border.color: Theme.border; radius: Theme.radius }
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            ActionButton { text: qsTr("Quay lại"); onClicked: dialog.reject() }
            ActionButton {
                objectName: "confirmHearing"
                tone: "primary"
                text: qsTr("Lưu thông tin")
                onClicked: {
                    const lines = t => t.split("\n").map(l => l.trim()).filter(l => l.length > 0)
                    const documents = lines(documentsField.text).map(l => {
                        const bar = l.indexOf("|")
                        return bar < 0 ? { title: l, uri: "" } : { title: l.slice(0, bar), uri: l.slice(bar + 1) }
                    })
                    dialog.connection.setHearing(issueField.text, chairBox.currentIndex >= 0 ? chairBox.currentValue : 0,
                                                 dialog.members, lines(agenciesField.text), documents)
                    dialog.close()
                }
            }
        }
    }
}
