import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Records a conclusion (kết luận) of the chair for an issue group or for the session as a
// whole, with its commitments (cam kết): what, the responsible agency, the due date
// (YYYY-MM-DD). The server checks every field and says which one is wrong; the dialog
// only collects them.
Dialog {
    id: dialog
    // [{groupId, title}] to choose from (the session as a whole is always offered first).
    property var groups: []
    property real presetGroupId: 0
    signal confirmed(real groupId, string text, var commitments)

    objectName: "conclusionDialog"
    title: qsTr("Ghi kết luận")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(860, (parent ? parent.width : 860) - 48)
    height: Math.min(implicitHeight, (parent ? parent.height : 700) - 48)
    padding: Theme.padding

    readonly property var groupChoices: [{ groupId: 0, title: qsTr("Toàn kỳ họp") }].concat(groups)

    ListModel { id: rows }

    function addRow() { rows.append({ what: "", agency: "", dueDate: "" }) }
    onAboutToShow: {
        conclusionText.text = ""
        rows.clear()
        addRow()
        let index = 0
        for (let i = 0; i < groupChoices.length; ++i)
            if (groupChoices[i].groupId === presetGroupId) index = i
        groupBox.currentIndex = index
    }
    onOpened: conclusionText.forceActiveFocus()

    contentItem: ColumnLayout {
        spacing: Theme.gap
        ComboBox {
            id: groupBox
            objectName: "conclusionGroup"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            model: dialog.groupChoices
            textRole: "title"
            valueRole: "groupId"
            Accessible.name: qsTr("Kết luận cho nhóm vấn đề")
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            TextArea {
                id: conclusionText
                objectName: "conclusionText"
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Nội dung kết luận")
                Accessible.name: qsTr("Nội dung kết luận")
                background: Rectangle { border.color: Theme.border; radius: Theme.radius }
            }
        }
        Label {
            text: qsTr("Cam kết (việc — cơ quan thực hiện — hạn YYYY-MM-DD)")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.textMuted
        }
        ListView {
            id: rowList
            objectName: "commitmentRows"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(1, Math.min(count, 3)) * (Theme.touch + 8)
            Layout.minimumHeight: Theme.touch
            clip: true
            spacing: 8
            model: rows
            delegate: RowLayout {
                id: line
                required property int index
                required property string what
                required property string agency
                required property string dueDate
                width: ListView.view.width
                spacing: 8
                TextField {
                    objectName: "commitmentWhat" + line.index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 4
                    implicitHeight: Theme.touch
                    text: line.what
                    placeholderText: qsTr("Việc phải làm")
                    Accessible.name: qsTr("Cam kết %1: việc phải làm").arg(line.index + 1)
                    onTextEdited: rows.setProperty(line.index, "what", text)
                }
                TextField {
                    objectName: "commitmentAgency" + line.index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    implicitHeight: Theme.touch
                    text: line.agency
                    placeholderText: qsTr("Cơ quan")
                    Accessible.name: qsTr("Cam kết %1: cơ quan thực hiện").arg(line.index + 1)
                    onTextEdited: rows.setProperty(line.index, "agency", text)
                }
                TextField {
                    objectName: "commitmentDue" + line.index
                    Layout.preferredWidth: 150
                    implicitHeight: Theme.touch
                    text: line.dueDate
                    placeholderText: qsTr("2026-12-31")
                    inputMethodHints: Qt.ImhDate
                    Accessible.name: qsTr("Cam kết %1: hạn hoàn thành").arg(line.index + 1)
                    onTextEdited: rows.setProperty(line.index, "dueDate", text)
                }
                ActionButton {
                    implicitWidth: Theme.touch
                    text: "✕"
                    Accessible.name: qsTr("Bỏ cam kết %1").arg(line.index + 1)
                    onClicked: rows.remove(line.index)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton {
                objectName: "addCommitment"
                text: qsTr("Thêm cam kết")
                enabled: rows.count < 20
                onClicked: dialog.addRow()
            }
            Item { Layout.fillWidth: true }
            ActionButton { text: qsTr("Quay lại"); onClicked: dialog.reject() }
            ActionButton {
                objectName: "confirmConclusion"
                tone: "primary"
                text: qsTr("Ghi kết luận")
                onClicked: {
                    let list = []
                    for (let i = 0; i < rows.count; ++i) {
                        const r = rows.get(i)
                        // An untouched empty line is not a commitment.
                        if (r.what.trim().length > 0 || r.agency.trim().length > 0 || r.dueDate.trim().length > 0)
                            list.push({ what: r.what, agency: r.agency, dueDate: r.dueDate })
                    }
                    dialog.confirmed(groupBox.currentValue, conclusionText.text, list)
                    dialog.close()
                }
            }
        }
    }
}
