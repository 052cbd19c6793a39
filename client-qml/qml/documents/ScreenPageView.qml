import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Pdf
import DienHong.Client

// Big screen: the page of a published document the chair or the secretary put on the
// hall's screen (DocumentsState.on_screen), fitted to the screen, with the paper's title
// and the page number. The file comes through the same cache as on the tablets.
Rectangle {
    id: view
    required property DocumentActions actions
    required property var onScreen     // {documentId, version, page, title}
    readonly property bool shown: onScreen.documentId > 0
    property url source: ""
    property string error: ""

    objectName: "screenPageView"
    color: Theme.displayBackground

    onOnScreenChanged: load()
    Component.onCompleted: load()
    function load() {
        view.error = ""
        // onScreen itself, not `shown`: this handler may run before that binding is updated.
        if (!(view.onScreen.documentId > 0)) { view.source = ""; return }
        view.actions.open(view.onScreen.documentId, view.onScreen.version)
    }

    Connections {
        target: view.actions
        function onDocumentReady(documentId, version, url) {
            if (documentId === view.onScreen.documentId && version === view.onScreen.version) view.source = url
        }
        function onDocumentFailed(documentId, version, message) {
            if (documentId === view.onScreen.documentId) view.error = message
        }
    }

    PdfDocument { id: pdf; source: view.source }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: height * 0.02
        spacing: height * 0.01
        Label {
            objectName: "screenPageTitle"
            Layout.fillWidth: true
            text: view.onScreen.title + (view.onScreen.page > 0 ? qsTr(" — trang %1").arg(view.onScreen.page) : "")
            color: Theme.displayText
            font.pixelSize: Math.max(18, view.height * 0.035)
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        PdfPageImage {
            objectName: "screenPageImage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            document: pdf
            currentFrame: Math.max(0, view.onScreen.page - 1)
            fillMode: Image.PreserveAspectFit
            sourceSize.height: height
        }
        Label {
            Layout.fillWidth: true
            visible: view.error.length > 0
            text: view.error
            color: Theme.displayMuted
            wrapMode: Text.Wrap
        }
    }
}
