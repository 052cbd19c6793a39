import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Secretary's desk, tab "Tài liệu": the agenda with each item's dossier status; for the
// chosen item its checklist (each required paper on time, late or missing against the
// deadline), its papers in order with their state — draft, sent, a newer version waiting —
// and "Gửi đại biểu" (publish), "Phiên bản mới", ▲ / ▼ (order), "Thu hồi" (a draft), "Xem";
// upload with progress (UploadDocumentDialog, or a PDF dropped on the desk); and for the
// chosen paper who received and opened it ("đã nhận 93/95 · đã mở 71/95" and who has not).
Rectangle {
    id: panel
    required property Connection connection
    required property DocumentActions actions
    property var selectedItem: -1    // -1: none chosen yet (the current item, else the first)
    property var selectedDocument: 0
    readonly property var shownItem: selectedItem >= 0 ? selectedItem
                                     : connection.store.currentItemId > 0 ? connection.store.currentItemId
                                     : agenda.count > 0 ? agenda.data(agenda.index(0, 0), AgendaModel.ItemIdRole) : 0
    readonly property alias documents: docs
    readonly property alias uploadDialog: uploadDialog
    readonly property alias receipts: receipts

    signal readRequested(var documentId, int version, string title, url source)

    function itemTitle(itemId) {
        for (let i = 0; i < agenda.count; ++i) {
            const idx = agenda.index(i, 0)
            if (agenda.data(idx, AgendaModel.ItemIdRole) === itemId)
                return agenda.data(idx, AgendaModel.NumberRole) + ". " + agenda.data(idx, AgendaModel.TitleRole)
        }
        return qsTr("Tài liệu chung của kỳ họp")
    }
    // A refused publish, withdraw or order shows under the paper it was for, in the
    // server's words (the page's banner shows it too, like every refusal).
    property var actedDocument: 0
    property var errorDocument: 0
    property string errorText: ""
    readonly property var deskCommands: ["publishDocument", "withdrawDocument", "orderDocuments"]
    function act(documentId, run) {
        panel.errorDocument = 0
        panel.errorText = ""
        panel.actedDocument = documentId
        run()
    }
    function publish(documentId) { act(documentId, () => panel.actions.publish(documentId)) }
    function withdraw(documentId) { act(documentId, () => panel.actions.withdraw(documentId)) }
    function move(documentId, position) {
        act(documentId, () => panel.actions.order(panel.shownItem, docs.orderWithMoved(documentId, position)))
    }
    property var pendingDocument: 0
    function view(documentId) {
        panel.pendingDocument = documentId
        panel.actions.open(documentId, 0)
    }

    objectName: "documentDeskPanel"
    color: "transparent"

    AgendaModel { id: agenda; store: panel.connection.store }
    DocumentsModel { id: docs; store: panel.connection.store; itemId: panel.shownItem }
    DossierModel { id: dossier; store: panel.connection.store; itemId: panel.shownItem }
    ReceiptsModel { id: receipts; store: panel.connection.store; documentId: panel.selectedDocument }

    UploadDocumentDialog {
        id: uploadDialog
        actions: panel.actions
        connection: panel.connection
    }

    Connections {
        target: panel.connection
        function onCommandRefused(command, message, code) {
            if (panel.deskCommands.indexOf(command) < 0 || panel.actedDocument === 0) return
            panel.errorDocument = panel.actedDocument
            panel.errorText = message
            panel.actedDocument = 0
        }
        function onCommandSucceeded(command) {
            if (panel.deskCommands.indexOf(command) >= 0) panel.actedDocument = 0
        }
    }
    Connections {
        target: panel.actions
        function onDocumentReady(documentId, version, url) {
            if (documentId !== panel.pendingDocument) return
            panel.pendingDocument = 0
            panel.readRequested(documentId, version, docs.document(documentId).title || "", url)
        }
        function onDocumentFailed(documentId, version, message) {
            if (documentId === panel.pendingDocument) panel.pendingDocument = 0
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.padding

        // The agenda with each item's dossier status.
        Rectangle {
            Layout.preferredWidth: parent.width * 0.34
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            ListView {
                objectName: "dossierAgenda"
                anchors.fill: parent
                anchors.margins: Theme.gap
                clip: true
                spacing: 6
                model: agenda
                header: Label {
                    width: ListView.view.width
                    bottomPadding: Theme.gap
                    text: qsTr("Hồ sơ từng nội dung")
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: Theme.textMuted
                }
                delegate: ItemDelegate {
                    id: itemRow
                    required property var itemId
                    required property int number
                    required property string title
                    readonly property var status: panel.connection.store.lastSeq >= 0 ? dossier.summary(itemId) : ({})
                    objectName: "dossierItem_" + itemId
                    width: ListView.view.width
                    topPadding: 8
                    bottomPadding: 8
                    implicitHeight: itemCol.implicitHeight + topPadding + bottomPadding
                    onClicked: {
                        panel.selectedItem = itemId
                        panel.selectedDocument = 0
                        panel.errorDocument = 0
                    }
                    Accessible.name: number + ". " + title
                    background: Rectangle {
                        color: itemRow.itemId === panel.shownItem ? Theme.highlight : "transparent"
                        border.color: itemRow.itemId === panel.shownItem ? Theme.primary : Theme.border
                        radius: Theme.radius
                    }
                    contentItem: ColumnLayout {
                        id: itemCol
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: itemRow.number + ". " + itemRow.title
                            wrapMode: Text.Wrap
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: itemRow.status.summaryText || ""
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: !itemRow.status.hasRequirements ? Theme.textMuted
                                 : itemRow.status.complete ? Theme.ok : Theme.danger
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Label {
                    Layout.fillWidth: true
                    text: panel.itemTitle(panel.shownItem)
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                ActionButton {
                    objectName: "addDocument"
                    tone: "primary"
                    text: qsTr("Thêm tài liệu")
                    onClicked: uploadDialog.openFor(panel.shownItem, panel.itemTitle(panel.shownItem))
                }
            }

            // The checklist.
            Rectangle {
                objectName: "dossierChecklist"
                Layout.fillWidth: true
                implicitHeight: checklist.implicitHeight + 2 * Theme.gap
                color: Theme.surface
                border.color: dossier.hasRequirements && !dossier.complete ? Theme.danger : Theme.border
                radius: Theme.radius
                ColumnLayout {
                    id: checklist
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: 4
                    Label {
                        objectName: "dossierSummary"
                        Layout.fillWidth: true
                        text: dossier.summaryText + (dossier.deadline.length > 0 ? qsTr(" · hạn gửi tài liệu %1").arg(dossier.deadline) : "")
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        color: !dossier.hasRequirements ? Theme.textMuted : dossier.complete ? Theme.ok : Theme.danger
                    }
                    Repeater {
                        model: dossier
                        delegate: RowLayout {
                            required property string kindText
                            required property int status
                            required property string statusText
                            required property string documentTitle
                            Layout.fillWidth: true
                            spacing: Theme.gap
                            Label { text: kindText; Layout.preferredWidth: 180; color: Theme.text }
                            Label {
                                text: statusText
                                font.weight: Font.DemiBold
                                color: status === 1 ? Theme.ok : status === 2 ? Theme.warn : Theme.danger
                            }
                            Label {
                                Layout.fillWidth: true
                                text: documentTitle
                                elide: Text.ElideRight
                                color: Theme.textMuted
                            }
                        }
                    }
                }
            }

            // Upload progress (the dialog may be closed by then).
            ProgressBar {
                Layout.fillWidth: true
                visible: panel.actions.uploading
                value: panel.actions.uploadProgress
            }

            // The papers, with a drop zone for PDFs.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: drop.containsDrag ? Theme.highlight : Theme.surface
                border.color: drop.containsDrag ? Theme.primary : Theme.border
                radius: Theme.radius

                DropArea {
                    id: drop
                    objectName: "documentDropArea"
                    anchors.fill: parent
                    keys: ["text/uri-list"]
                    onDropped: (event) => {
                        if (!event.hasUrls || event.urls.length === 0) return
                        uploadDialog.openFor(panel.shownItem, panel.itemTitle(panel.shownItem))
                        uploadDialog.fileUrl = event.urls[0]
                        event.acceptProposedAction()
                    }
                }

                ListView {
                    id: docList
                    objectName: "deskDocumentList"
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    clip: true
                    spacing: 6
                    model: docs
                    footer: Label {
                        width: ListView.view.width
                        topPadding: Theme.gap
                        text: qsTr("Kéo thả tệp PDF vào đây để thêm tài liệu cho nội dung này.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    delegate: Rectangle {
                        id: docRow
                        required property var documentId
                        required property int index
                        required property string title
                        required property string kindText
                        required property string number
                        required property bool confidential
                        required property bool published
                        required property bool hasDraft
                        required property int version
                        required property int versionCount
                        required property string statusText
                        required property string receiptText
                        objectName: "deskDocument_" + documentId
                        width: ListView.view.width
                        implicitHeight: docCol.implicitHeight + 16
                        color: panel.selectedDocument === documentId ? Theme.highlight : Theme.surface
                        border.color: Theme.border
                        radius: Theme.radius
                        MouseArea { anchors.fill: parent; onClicked: panel.selectedDocument = docRow.documentId }
                        ColumnLayout {
                            id: docCol
                            anchors.fill: parent
                            anchors.margins: 8
                            spacing: 4
                            Label {
                                Layout.fillWidth: true
                                text: [docRow.kindText, docRow.number].filter(s => s.length > 0).join(" · ")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                            Label {
                                Layout.fillWidth: true
                                text: docRow.title
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                                color: Theme.text
                            }
                            Label {
                                objectName: "deskDocumentStatus"
                                Layout.fillWidth: true
                                text: docRow.statusText + (docRow.receiptText.length > 0 ? " · " + docRow.receiptText : "")
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                                color: docRow.published ? Theme.ok : Theme.warn
                            }
                            Label {
                                objectName: "deskDocumentError"
                                Layout.fillWidth: true
                                visible: panel.errorDocument === docRow.documentId && panel.errorText.length > 0
                                text: visible ? panel.errorText : ""
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontSmall
                                color: Theme.danger
                            }
                            Flow {
                                Layout.fillWidth: true
                                spacing: 6
                                ActionButton {
                                    objectName: "publishDocument"
                                    visible: docRow.hasDraft || (docRow.confidential && !docRow.published)
                                    tone: "primary"
                                    text: qsTr("Gửi đại biểu")
                                    onClicked: panel.publish(docRow.documentId)
                                }
                                ActionButton {
                                    objectName: "viewDocument"
                                    visible: !docRow.confidential && docRow.versionCount > 0
                                    text: qsTr("Xem")
                                    onClicked: panel.view(docRow.documentId)
                                }
                                ActionButton {
                                    objectName: "newVersion"
                                    visible: !docRow.confidential
                                    text: qsTr("Phiên bản mới")
                                    onClicked: {
                                        uploadDialog.itemId = panel.shownItem
                                        uploadDialog.itemTitle = panel.itemTitle(panel.shownItem)
                                        uploadDialog.openNewVersion(docRow.documentId, docRow.title)
                                    }
                                }
                                ActionButton {
                                    objectName: "moveUp"
                                    text: "▲"
                                    Accessible.name: qsTr("Chuyển lên")
                                    enabled: docRow.index > 0
                                    onClicked: panel.move(docRow.documentId, docRow.index - 1)
                                }
                                ActionButton {
                                    objectName: "moveDown"
                                    text: "▼"
                                    Accessible.name: qsTr("Chuyển xuống")
                                    enabled: docRow.index + 1 < docs.count
                                    onClicked: panel.move(docRow.documentId, docRow.index + 1)
                                }
                                ActionButton {
                                    objectName: "withdrawDocument"
                                    visible: !docRow.published
                                    tone: "danger"
                                    text: qsTr("Thu hồi")
                                    onClicked: panel.withdraw(docRow.documentId)
                                }
                            }
                        }
                    }
                }
            }

            // Receipts of the chosen paper.
            Rectangle {
                objectName: "receiptsCard"
                Layout.fillWidth: true
                Layout.preferredHeight: panel.selectedDocument > 0 ? Math.min(260, receiptsCol.implicitHeight + 2 * Theme.gap) : 0
                visible: panel.selectedDocument > 0
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                ColumnLayout {
                    id: receiptsCol
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: 4
                    Label {
                        objectName: "receiptsSummary"
                        Layout.fillWidth: true
                        text: qsTr("Đại biểu nhận tài liệu: %1").arg(receipts.summaryText)
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        objectName: "notReceived"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: receipts.notReceivedText
                        wrapMode: Text.Wrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.danger
                    }
                    Label {
                        objectName: "notOpened"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: receipts.notOpenedText
                        wrapMode: Text.Wrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.warn
                    }
                }
            }
        }
    }
}
