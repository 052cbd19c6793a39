import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Pdf
import DienHong.Client

// The PDF reader (Qt PDF's QML types over the file in the tablet's cache): pages in a
// scrolling view with pinch and wheel zoom, thumbnails, zoom buttons, go to page, search in
// the text with the number of matches, and for a delegate their own notes and bookmarks
// per page (GetDocumentNotes / SetDocumentNotes: they follow the delegate from tablet to
// tablet, nobody else reads them). The chair and the secretary can put the page on the
// hall's big screen. The first time a paper is shown, a delegate's tablet reports
// "opened" (DocumentActions.reportOpened, retried until the server answers).
//
// The file is local: reading goes on with the Wi-Fi down or the server stopped.
Rectangle {
    id: reader
    required property Connection connection
    required property DocumentActions actions
    property var documentId: 0
    property int version: 0
    property string title: ""
    property url source: ""

    readonly property bool isDelegate: connection !== null && connection.role === Connection.Delegate
    readonly property bool isDesk: connection !== null && (connection.role === Connection.Chair
                                   || connection.role === Connection.Secretary
                                   || connection.role === Connection.Administrator)
    readonly property int pageCount: pdf.status === PdfDocument.Ready ? pdf.pageCount : 0
    readonly property int currentPage: view.currentPage   // 0-based
    readonly property alias searchModel: view.searchModel
    property int searchResultCount: 0
    // Notes: {page (1-based): text}; bookmarks: [page].
    property var notes: ({})
    property var bookmarks: []
    property string notesStatus: ""

    signal closed()

    objectName: "documentReader"
    color: Theme.background

    function open(documentId, version, title, url) {
        reader.documentId = documentId
        reader.version = version
        reader.title = title
        reader.notes = ({})
        reader.bookmarks = []
        reader.notesStatus = ""
        reader.searchResultCount = 0
        searchField.text = ""
        reader.source = url
        if (reader.isDelegate) reader.actions.loadNotes(documentId)
    }
    function close() {
        reader.source = ""
        reader.closed()
    }
    function goToPage(page) {   // 1-based
        if (page >= 1 && page <= reader.pageCount) view.goToPage(page - 1)
    }
    function search(text) { view.searchString = text }
    function isBookmarked(page) { return reader.bookmarks.indexOf(page) >= 0 }
    function toggleBookmark(page) {
        let list = reader.bookmarks.slice()
        const i = list.indexOf(page)
        if (i >= 0) list.splice(i, 1); else list.push(page)
        list.sort((a, b) => a - b)
        reader.bookmarks = list
        saveNotes()
    }
    function setNote(page, text) {
        let map = Object.assign({}, reader.notes)
        if (text.trim().length > 0) map[page] = text; else delete map[page]
        reader.notes = map
        saveNotes()
    }
    function saveNotes() {
        let list = []
        for (const page in reader.notes) list.push({ page: Number(page), text: reader.notes[page] })
        reader.notesStatus = qsTr("Đang lưu…")
        reader.actions.saveNotes(reader.documentId, list, reader.bookmarks)
    }

    PdfDocument {
        id: pdf
        source: reader.source
        onStatusChanged: {
            if (pdf.status === PdfDocument.Ready && reader.documentId > 0)
                reader.actions.reportOpened(reader.documentId, reader.version)
        }
    }

    Connections {
        target: reader.actions
        function onNotesLoaded(documentId, notes, bookmarks, error) {
            if (documentId !== reader.documentId) return
            let map = {}
            for (const n of notes) map[n.page] = n.text
            reader.notes = map
            reader.bookmarks = bookmarks
            reader.notesStatus = error
        }
        function onNotesSaved(documentId, error) {
            if (documentId !== reader.documentId) return
            reader.notesStatus = error.length > 0 ? error : qsTr("Đã lưu ghi chú")
        }
    }
    Connections {
        target: view.searchModel
        function onRowsInserted() { reader.searchResultCount = view.searchModel.rowCount() }
        function onRowsRemoved() { reader.searchResultCount = view.searchModel.rowCount() }
        function onModelReset() { reader.searchResultCount = view.searchModel.rowCount() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        // Title and navigation.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton {
                objectName: "closeReader"
                text: qsTr("Đóng")
                onClicked: reader.close()
            }
            Label {
                Layout.fillWidth: true
                text: reader.title
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
            }
            ActionButton {
                objectName: "previousPage"
                text: "‹"
                Accessible.name: qsTr("Trang trước")
                enabled: reader.currentPage > 0
                onClicked: reader.goToPage(reader.currentPage)
            }
            Label {
                objectName: "pageIndicator"
                text: reader.pageCount > 0 ? qsTr("Trang %1/%2").arg(reader.currentPage + 1).arg(reader.pageCount)
                                           : qsTr("Đang mở…")
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            ActionButton {
                objectName: "nextPage"
                text: "›"
                Accessible.name: qsTr("Trang sau")
                enabled: reader.currentPage + 1 < reader.pageCount
                onClicked: reader.goToPage(reader.currentPage + 2)
            }
            TextField {
                id: pageField
                objectName: "goToPageField"
                Layout.preferredWidth: 72
                implicitHeight: Theme.touch
                placeholderText: qsTr("Trang")
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 1; top: Math.max(1, reader.pageCount) }
                Accessible.name: qsTr("Đến trang")
                onAccepted: reader.goToPage(Number(text))
            }
            ActionButton {
                text: qsTr("Đến trang")
                enabled: pageField.acceptableInput
                onClicked: reader.goToPage(Number(pageField.text))
            }
        }

        // Zoom, search, bookmark, big screen.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton {
                objectName: "zoomOut"
                text: "−"
                Accessible.name: qsTr("Thu nhỏ")
                onClicked: view.renderScale = Math.max(0.25, view.renderScale / 1.25)
            }
            Label {
                objectName: "zoomLevel"
                text: Math.round(view.renderScale * 100) + "%"
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            ActionButton {
                objectName: "zoomIn"
                text: "+"
                Accessible.name: qsTr("Phóng to")
                onClicked: view.renderScale = Math.min(6, view.renderScale * 1.25)
            }
            ActionButton {
                text: qsTr("Vừa khung")
                onClicked: view.scaleToWidth(view.width - 20, view.height)
            }
            TextField {
                id: searchField
                objectName: "searchField"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                placeholderText: qsTr("Tìm trong tài liệu")
                Accessible.name: qsTr("Tìm trong tài liệu")
                onTextChanged: reader.search(text)
                onAccepted: view.searchForward()
            }
            Label {
                objectName: "searchCount"
                visible: searchField.text.length > 0
                text: reader.searchResultCount > 0 ? qsTr("%1 kết quả").arg(reader.searchResultCount)
                                                   : qsTr("Không thấy")
                color: reader.searchResultCount > 0 ? Theme.text : Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            ActionButton {
                objectName: "searchNext"
                text: qsTr("Kết quả tiếp")
                enabled: reader.searchResultCount > 0
                onClicked: view.searchForward()
            }
            ActionButton {
                objectName: "bookmarkButton"
                visible: reader.isDelegate
                text: reader.isBookmarked(reader.currentPage + 1) ? qsTr("★ Bỏ đánh dấu") : qsTr("☆ Đánh dấu trang")
                onClicked: reader.toggleBookmark(reader.currentPage + 1)
            }
            ActionButton {
                objectName: "showOnScreen"
                visible: reader.isDesk
                tone: "primary"
                text: qsTr("Chiếu lên màn hình lớn")
                onClicked: reader.actions.showPage(reader.documentId, reader.version, reader.currentPage + 1)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            // Thumbnails.
            ListView {
                id: thumbnails
                objectName: "thumbnails"
                Layout.preferredWidth: 132
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: reader.pageCount
                delegate: ItemDelegate {
                    required property int index
                    width: ListView.view.width
                    implicitHeight: thumb.height + label.implicitHeight + 12
                    Accessible.name: qsTr("Trang %1").arg(index + 1)
                    onClicked: reader.goToPage(index + 1)
                    background: Rectangle {
                        color: index === reader.currentPage ? Theme.highlight : "transparent"
                        border.color: index === reader.currentPage ? Theme.primary : Theme.border
                        radius: 4
                    }
                    PdfPageImage {
                        id: thumb
                        document: pdf
                        currentFrame: index
                        asynchronous: true
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: 4
                        width: 110
                        height: 140
                        sourceSize.width: 110
                        fillMode: Image.PreserveAspectFit
                    }
                    Label {
                        id: label
                        anchors.top: thumb.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: (index + 1) + (reader.isBookmarked(index + 1) ? " ★" : "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
            }

            PdfMultiPageView {
                id: view
                objectName: "pdfView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                document: pdf
                clip: true
            }

            // Notes and bookmarks (a delegate's own).
            Rectangle {
                visible: reader.isDelegate
                Layout.preferredWidth: 280
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap
                    Label {
                        text: qsTr("Ghi chú trang %1").arg(reader.currentPage + 1)
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                    }
                    TextArea {
                        id: noteArea
                        objectName: "noteArea"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 140
                        wrapMode: TextEdit.Wrap
                        placeholderText: qsTr("Chỉ bạn đọc được ghi chú này")
                        text: reader.notes[reader.currentPage + 1] || ""
                        Accessible.name: qsTr("Ghi chú của trang")
                    }
                    ActionButton {
                        objectName: "saveNote"
                        Layout.fillWidth: true
                        text: qsTr("Lưu ghi chú")
                        onClicked: reader.setNote(reader.currentPage + 1, noteArea.text)
                    }
                    Label {
                        objectName: "notesStatus"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: reader.notesStatus
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Label {
                        text: qsTr("Trang đã đánh dấu")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 6
                        Repeater {
                            model: reader.bookmarks
                            delegate: Button {
                                required property var modelData
                                text: qsTr("Trang %1").arg(modelData)
                                onClicked: reader.goToPage(modelData)
                            }
                        }
                    }
                    Label {
                        text: qsTr("Trang có ghi chú")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                        visible: Object.keys(reader.notes).length > 0
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 6
                        Repeater {
                            model: Object.keys(reader.notes)
                            delegate: Button {
                                required property var modelData
                                text: qsTr("Trang %1").arg(modelData)
                                onClicked: reader.goToPage(Number(modelData))
                            }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }
    }
}
