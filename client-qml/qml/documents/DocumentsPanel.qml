import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Delegate tablet: the papers sent to the delegates, per agenda item — first "Tài liệu
// đang thảo luận" (the current item's), then the session as a whole or any item — with
// badges for new and updated papers and the download's progress. Tapping a paper brings
// it to the tablet (DocumentActions.open: cache, digest check) and asks the page to show
// it in the reader (readRequested). Confidential papers are listed, never downloaded.
Rectangle {
    id: panel
    required property Connection connection
    required property DocumentActions actions
    // -2: the current item (follows it); 0: the session as a whole; > 0: an item.
    property var chosenItem: -2
    property string message: ""
    readonly property var shownItem: chosenItem === -2 ? connection.store.currentItemId : chosenItem
    readonly property alias documents: docs
    readonly property alias badgeCount: allDocs.badgeCount

    signal readRequested(var documentId, int version, string title, url source)

    // Opens a paper (the test and the page call it too).
    function openDocument(documentId, version) {
        panel.message = ""
        panel.pendingDocument = documentId
        panel.actions.open(documentId, version)
    }
    property var pendingDocument: 0

    objectName: "documentsPanel"
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    DocumentsModel {
        id: docs
        store: panel.connection.store
        itemId: panel.shownItem
        publishedOnly: true
        selfDelegateId: panel.connection.delegateId
    }
    DocumentsModel {
        id: allDocs
        store: panel.connection.store
        itemId: -1
        publishedOnly: true
        selfDelegateId: panel.connection.delegateId
    }
    AgendaModel { id: agenda; store: panel.connection.store }

    Connections {
        target: panel.actions
        function onDocumentReady(documentId, version, url) {
            if (documentId !== panel.pendingDocument) return
            panel.pendingDocument = 0
            const d = docs.document(documentId)
            panel.readRequested(documentId, version, d.title || "", url)
        }
        function onDocumentFailed(documentId, version, message) {
            if (documentId !== panel.pendingDocument) return
            panel.pendingDocument = 0
            panel.message = message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                text: qsTr("Tài liệu")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.textMuted
            }
            ComboBox {
                id: itemChooser
                objectName: "documentItemChooser"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Tài liệu của nội dung")
                model: {
                    let list = [{ text: qsTr("Tài liệu đang thảo luận"), value: -2 },
                                { text: qsTr("Tài liệu chung của kỳ họp"), value: 0 }]
                    for (let i = 0; i < agenda.count; ++i) {
                        const idx = agenda.index(i, 0)
                        list.push({ text: agenda.data(idx, AgendaModel.NumberRole) + ". " + agenda.data(idx, AgendaModel.TitleRole),
                                    value: agenda.data(idx, AgendaModel.ItemIdRole) })
                    }
                    return list
                }
                onActivated: panel.chosenItem = currentValue
                Component.onCompleted: currentIndex = 0
            }
        }
        Label {
            Layout.fillWidth: true
            visible: panel.chosenItem === -2
            text: panel.connection.store.currentItemId > 0
                  ? panel.connection.store.currentItemNumber + ". " + panel.connection.store.currentItemTitle
                  : qsTr("Chưa bắt đầu nội dung nào")
            wrapMode: Text.Wrap
            color: Theme.primary
            font.weight: Font.DemiBold
        }
        Label {
            objectName: "documentsMessage"
            Layout.fillWidth: true
            visible: panel.message.length > 0
            text: panel.message
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: docs.count === 0
            text: qsTr("Chưa có tài liệu nào được gửi cho nội dung này.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        ListView {
            objectName: "delegateDocumentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: docs
            delegate: DocumentDelegate {
                actions: panel.actions
                onOpenRequested: (documentId, version) => panel.openDocument(documentId, version)
            }
        }
    }
    function showCurrentItem() {
        panel.chosenItem = -2
        itemChooser.currentIndex = 0
    }
}
