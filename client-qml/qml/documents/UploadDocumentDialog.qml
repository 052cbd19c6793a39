import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DienHong.Client

// Secretary's desk: a paper for an agenda item — its kind, title, số/ký hiệu, ngày ban hành,
// cơ quan ban hành and the PDF (chosen in a file dialog or dropped on the desk) — or a
// confidential paper (metadata only: its content is never sent). Also a new version of an
// existing paper (replaceDocumentId > 0: only the file). The dialog stays open while the
// file goes up, with its progress; the server's refusal is shown under the form in its own
// words, and success closes it. The paper arrives as a draft: "Gửi đại biểu" publishes it.
Dialog {
    id: dialog
    required property DocumentActions actions
    required property Connection connection
    property var itemId: 0
    property string itemTitle: ""
    property var replaceDocumentId: 0
    property string replaceTitle: ""
    property url fileUrl: ""
    property string error: ""
    property bool sending: false

    function openFor(itemId, itemTitle) {
        dialog.itemId = itemId
        dialog.itemTitle = itemTitle
        dialog.replaceDocumentId = 0
        dialog.replaceTitle = ""
        dialog.fileUrl = ""
        titleField.text = ""
        numberField.text = ""
        dateField.text = ""
        issuerField.text = ""
        confidentialBox.checked = false
        kindBox.currentIndex = 0
        dialog.error = ""
        dialog.sending = false
        dialog.open()
    }
    function openNewVersion(documentId, title) {
        openFor(dialog.itemId, dialog.itemTitle)
        dialog.replaceDocumentId = documentId
        dialog.replaceTitle = title
    }
    function fileName(url) {
        const s = url.toString()
        return decodeURIComponent(s.substring(s.lastIndexOf("/") + 1))
    }
    function submit() {
        dialog.error = ""
        const meta = { itemId: dialog.itemId, kind: kindBox.currentValue, title: titleField.text,
                       number: numberField.text, issuedOn: dateField.text, issuer: issuerField.text }
        if (confidentialBox.checked) {
            dialog.sending = true
            dialog.actions.addConfidential(meta)
            return
        }
        if (dialog.fileUrl.toString().length === 0) {
            dialog.error = qsTr("file: hãy chọn tệp PDF (hoặc kéo thả tệp vào bàn làm việc).")
            return
        }
        dialog.sending = true
        if (dialog.replaceDocumentId > 0) dialog.actions.uploadVersion(dialog.replaceDocumentId, dialog.fileUrl)
        else dialog.actions.upload(dialog.fileUrl, meta)
    }

    objectName: "uploadDocumentDialog"
    title: replaceDocumentId > 0 ? qsTr("Phiên bản mới: %1").arg(replaceTitle) : qsTr("Thêm tài liệu")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 640) - 48)
    padding: Theme.padding
    closePolicy: sending ? Popup.NoAutoClose : Popup.CloseOnEscape

    Connections {
        target: dialog.actions
        function onUploadFinished() { if (dialog.sending) { dialog.sending = false; dialog.close() } }
        function onUploadFailed(message) { if (dialog.sending) { dialog.sending = false; dialog.error = message } }
    }
    Connections {
        target: dialog.connection
        function onCommandSucceeded(command) {
            if (dialog.sending && command === "addConfidentialDocument") { dialog.sending = false; dialog.close() }
        }
        function onCommandRefused(command, message) {
            if (dialog.sending && command === "addConfidentialDocument") { dialog.sending = false; dialog.error = message }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Chọn tệp PDF")
        nameFilters: [qsTr("Tệp PDF (*.pdf)")]
        onAccepted: dialog.fileUrl = selectedFile
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            visible: dialog.replaceDocumentId === 0
            text: dialog.itemId > 0 ? qsTr("Nội dung: %1").arg(dialog.itemTitle) : qsTr("Tài liệu chung của kỳ họp")
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
        }
        GridLayout {
            Layout.fillWidth: true
            visible: dialog.replaceDocumentId === 0
            columns: 2
            columnSpacing: Theme.gap
            rowSpacing: 6
            Label { text: qsTr("Loại") }
            ComboBox {
                id: kindBox
                objectName: "documentKind"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [{ text: qsTr("Tờ trình"), value: 1 },
                        { text: qsTr("Dự thảo nghị quyết"), value: 2 },
                        { text: qsTr("Báo cáo thẩm tra"), value: 3 },
                        { text: qsTr("Báo cáo"), value: 4 },
                        { text: qsTr("Tài liệu tham khảo"), value: 5 },
                        { text: qsTr("Tài liệu khác"), value: 6 }]
                Accessible.name: qsTr("Loại tài liệu")
            }
            Label { text: qsTr("Tên tài liệu") }
            TextField { id: titleField; objectName: "documentTitle"; Layout.fillWidth: true; Accessible.name: qsTr("Tên tài liệu") }
            Label { text: qsTr("Số, ký hiệu") }
            TextField { id: numberField; objectName: "documentNumber"; Layout.fillWidth: true; placeholderText: "123/TTr-UBND"; Accessible.name: qsTr("Số, ký hiệu") }
            Label { text: qsTr("Ngày ban hành") }
            TextField { id: dateField; objectName: "documentDate"; Layout.fillWidth: true; placeholderText: "2026-11-20"; Accessible.name: qsTr("Ngày ban hành") }
            Label { text: qsTr("Cơ quan ban hành") }
            TextField { id: issuerField; objectName: "documentIssuer"; Layout.fillWidth: true; placeholderText: qsTr("UBND phường"); Accessible.name: qsTr("Cơ quan ban hành") }
        }
        CheckBox {
            id: confidentialBox
            objectName: "documentConfidential"
            visible: dialog.replaceDocumentId === 0
            text: qsTr("Tài liệu mật (chỉ ghi thông tin, phát bản giấy tại kỳ họp)")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !confidentialBox.checked
            spacing: Theme.gap
            Label {
                objectName: "chosenFile"
                Layout.fillWidth: true
                text: dialog.fileUrl.toString().length > 0 ? dialog.fileName(dialog.fileUrl) : qsTr("Chưa chọn tệp PDF")
                elide: Text.ElideMiddle
                color: dialog.fileUrl.toString().length > 0 ? Theme.text : Theme.textMuted
            }
            ActionButton { text: qsTr("Chọn tệp…"); onClicked: fileDialog.open() }
        }
        ProgressBar {
            objectName: "uploadProgress"
            Layout.fillWidth: true
            visible: dialog.actions.uploading
            value: dialog.actions.uploadProgress
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.actions.uploading
            text: dialog.actions.uploadText
            color: Theme.textMuted
        }
        Label {
            objectName: "uploadError"
            Layout.fillWidth: true
            visible: dialog.error.length > 0
            text: dialog.error
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            ActionButton {
                text: dialog.actions.uploading ? qsTr("Dừng gửi") : qsTr("Quay lại")
                onClicked: dialog.actions.uploading ? dialog.actions.cancelUpload() : dialog.reject()
            }
            ActionButton {
                objectName: "confirmUpload"
                tone: "primary"
                enabled: !dialog.sending
                text: confidentialBox.checked ? qsTr("Thêm tài liệu mật") : qsTr("Tải lên")
                onClicked: dialog.submit()
            }
        }
    }
}
