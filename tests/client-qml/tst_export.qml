import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// The secretary's export of the records against a real dienhong-server --demo: JSON of
// the whole session is saved whole into the chosen folder (the progress bar full, the
// path shown) and holds the session; a PDF of one sitting is a PDF; a second export of the
// same file does not replace the first; a refused export shows the server's message and
// leaves no file.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: tc
        name: "Export"
        when: windowShown
        width: 1280
        height: 800

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: secretaryPageComponent; SecretaryPage { width: 1280; height: 800 } }

        function init() { verify(TestServer.start(), "dienhong-server started") }
        property var live: []
        function cleanup() {
            for (let o of live) o.destroy(100)
            live = []
            TestServer.stop()
        }
        function loginAs(account) {
            let c = connectionComponent.createObject(stage, { serverAddress: TestServer.address })
            live.push(c)
            c.login(account, "123456")
            tryCompare(c, "state", Connection.Live, 15000)
            tryVerify(() => c.store.loaded, 15000)
            return c
        }
        function click(item) {
            tryVerify(() => item.visible && item.enabled, 15000, item.objectName + " visible and enabled")
            mouseClick(item)
        }
        function exportPage() {
            let chair = loginAs("chutoa")
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 15000)
            let secretary = loginAs("thuky")
            secretary.recordAttendance(3, 3, "Đi công tác")
            tryCompare(secretary, "pendingCommands", 0, 15000)
            let page = createTemporaryObject(secretaryPageComponent, stage, { connection: secretary })
            waitForRendering(page)
            click(findChild(page, "exportTab"))
            let panel = findChild(page, "exportPanel")
            tryVerify(() => panel.visible, 15000)
            const folder = TestServer.tempPath("exports")
            let field = findChild(panel, "exportFolder")
            field.text = folder
            field.editingFinished()
            compare(panel.exporter.folder, folder)
            return page
        }

        function test_json_and_pdf_are_saved_whole() {
            let page = exportPage()
            let panel = findChild(page, "exportPanel")
            let exporter = panel.exporter
            click(findChild(panel, "format4"))  // JSON
            compare(findChild(panel, "exportScope").currentText, "Cả kỳ họp")
            click(findChild(panel, "exportButton"))
            tryVerify(() => exporter.savedPath.length > 0 || exporter.error.length > 0, 30000)
            compare(exporter.error, "")
            compare(exporter.progress, 1)
            verify(findChild(panel, "exportStage").text.startsWith("Đã lưu "), findChild(panel, "exportStage").text)
            const first = exporter.savedPath
            verify(first.startsWith(exporter.folder + "/") && first.endsWith(".json"), first)
            const text = TestServer.readText(first)
            const record = JSON.parse(text)
            compare(record.session.title, "Kỳ họp thứ Mười (chuyên đề)")
            verify(findChild(panel, "openFolderButton").visible)

            // The same export again: a second file, the first kept.
            click(findChild(panel, "exportButton"))
            tryVerify(() => !exporter.running && exporter.savedPath.length > 0 && exporter.savedPath !== first, 30000)
            verify(exporter.savedPath.indexOf(" (2)") > 0, exporter.savedPath)
            compare(TestServer.readText(first), text)

            // One sitting as PDF.
            click(findChild(panel, "format2"))
            let scope = findChild(panel, "exportScope")
            tryCompare(scope, "count", 3, 15000)
            scope.currentIndex = 1
            click(findChild(panel, "exportButton"))
            tryVerify(() => !exporter.running && exporter.savedPath.endsWith(".pdf"), 30000, exporter.error)
            verify(TestServer.readText(exporter.savedPath).startsWith("%PDF"))
        }

        function test_refusal_shows_the_servers_message_and_saves_nothing() {
            let page = exportPage()
            let panel = findChild(page, "exportPanel")
            let exporter = panel.exporter
            // A sitting the session does not have (a stale screen).
            exporter.start(RecordExporter.Json, 99)
            tryVerify(() => exporter.error.length > 0, 30000)
            verify(exporter.error.startsWith("sitting_id 99"), exporter.error)
            compare(findChild(panel, "exportError").text, exporter.error)
            verify(findChild(panel, "exportErrorBox").visible)
            compare(exporter.savedPath, "")
            compare(TestServer.listFiles(exporter.folder).length, 0)
        }
    }
}
