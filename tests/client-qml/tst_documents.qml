import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// Session documents through the pages against a real dienhong-server --demo, whose rules
// are first set to ask for papers (the demo asks for none): a submission item needs its tờ
// trình, a vote item its draft resolution. The secretary uploads a real five-page PDF
// (made by the harness with QPdfWriter, Vietnamese text, "ngân sách" on page 3 only) for
// item 3 (a submission item) on the desk, with progress, after a file that is not a PDF is
// refused in the dialog; it arrives as a draft, the checklist still says it is missing,
// the delegate sees nothing; "Gửi đại biểu" publishes it: the checklist is complete, the
// delegate's tablet lists it with the badge "Mới". The delegate opens it: downloaded,
// digest checked, the reader shows 5 pages; pages turn, "ngân sách" is found and the view
// jumps to page 3; a note and a bookmark are saved. The desk sees "đã nhận 1/30 · đã mở
// 1/30". The secretary puts page 2 on the big screen, which loads the file. Then the
// server stops: the reader keeps turning pages, and the paper, closed and opened again,
// comes from the cache and is searched. Second function: the chair opens a poll on item 5
// (a vote item, no draft resolution) with no one present: refused for that, in the banner,
// no override dialog; once a delegate is present the dossier gate refuses, the dialog
// lists the missing paper, a reason opens the poll and the console shows the recorded
// override. Third: the desk's order (▼ / ▲), a new version of a sent paper (a draft until
// sent again), a draft withdrawn, and a confidential paper (details only; a bad date
// refused under the form first).
Item {
    id: stage
    width: 2560
    height: 1600

    TestCase {
        id: tc
        name: "Documents"
        when: windowShown
        width: 2560
        height: 1600

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: chairPageComponent; ChairPage { x: 0; y: 0; width: 1280; height: 800 } }
        Component { id: delegatePageComponent; DelegatePage { x: 1280; y: 0; width: 1280; height: 800 } }
        Component { id: secretaryPageComponent; SecretaryPage { x: 0; y: 800; width: 1280; height: 800 } }
        Component { id: displayPageComponent; DisplayPage { x: 1280; y: 800; width: 1280; height: 800 } }

        // The demo asks for no paper (server/demo.cc); these tests need the gate: a
        // submission item needs its tờ trình, a vote item its draft resolution.
        function init() {
            verify(TestServer.start(), "dienhong-server started")
            verify(TestServer.setDossierRules(1, [{ itemKind: 2, required: [1] },
                                                  { itemKind: 6, required: [2] }]),
                   "dossier rules set")
        }
        property var live: []
        function track(o) { live.push(o); return o }
        function cleanup() {
            for (let o of live) o.destroy(100)
            live = []
            TestServer.stop()
        }
        function click(item) {
            verify(item !== null, "item exists")
            const settled = () => { for (let p = item; p; p = p.parent) if (isPolishScheduled(p)) return false; return true }
            tryVerify(settled, 15000, "layout settled")
            tryVerify(() => item.visible && item.enabled, 15000, item.objectName + " visible and enabled")
            mouseClick(item)
        }
        function loginAs(account) {
            let c = track(connectionComponent.createObject(stage, { serverAddress: TestServer.address }))
            c.login(account, "123456")
            tryCompare(c, "state", Connection.Live, 15000)
            tryVerify(() => c.store.loaded, 15000)
            return c
        }
        function tryProp(root, name, prop, value) {
            tryVerify(() => { const i = findChild(root, name); return i !== null && i[prop] === value }, 15000,
                      name + "." + prop + ": " + (findChild(root, name) ? findChild(root, name)[prop] : "absent")
                      + ", wanted " + value)
        }
        function save(page, file) {
            const dir = TestServer.screenshotDir()
            if (dir.length > 0) grabImage(page).save(dir + "/" + file + ".png")
        }

        function test_upload_publish_read_search_offline() {
            const pdfPath = TestServer.makePdf("to-trinh-du-toan-ngan-sach.pdf", 5)
            let secretary = loginAs("thuky")
            let delegate = loginAs("daibieu01")
            let display = loginAs("manhinh")
            let desk = createTemporaryObject(secretaryPageComponent, stage, { connection: secretary })
            let tablet = createTemporaryObject(delegatePageComponent, stage, { connection: delegate })
            let screen = createTemporaryObject(displayPageComponent, stage, { connection: display })
            // Each page its own cache, as on separate devices.
            findChild(desk, "documentDeskPanel").actions.cacheRoot = TestServer.tempPath("cache-desk")
            findChild(tablet, "documentsPanel").actions.cacheRoot = TestServer.tempPath("cache-tablet")
            findChild(screen, "screenPageView").actions.cacheRoot = TestServer.tempPath("cache-screen")
            waitForRendering(desk)

            // The desk: tab "Tài liệu", item 3 (a submission item).
            click(findChild(desk, "documentsTab"))
            let deskPanel = findChild(desk, "documentDeskPanel")
            tryVerify(() => findChild(desk, "dossierItem_3") !== null, 15000)
            click(findChild(desk, "dossierItem_3"))
            tryCompare(deskPanel, "shownItem", 3)
            tryProp(desk, "dossierSummary", "text", "Hồ sơ chưa đủ: thiếu 1")

            // Upload through the dialog: a file that is not a PDF is refused first.
            click(findChild(desk, "addDocument"))
            let dialog = deskPanel.uploadDialog
            tryCompare(dialog, "opened", true)
            findChild(dialog, "documentTitle").text = "Tờ trình về dự toán ngân sách năm 2027"
            findChild(dialog, "documentNumber").text = "45/TTr-UBND"
            findChild(dialog, "documentDate").text = "2026-11-20"
            findChild(dialog, "documentIssuer").text = "UBND phường Diên Hồng"
            dialog.fileUrl = "file://" + TestServer.tempPath("stderr.txt")
            click(findChild(dialog, "confirmUpload"))
            tryVerify(() => findChild(dialog, "uploadError").text.indexOf("không phải tệp PDF") >= 0, 15000)
            dialog.fileUrl = "file://" + pdfPath
            click(findChild(dialog, "confirmUpload"))
            tryCompare(dialog, "opened", false, 30000)
            let deskList = findChild(desk, "deskDocumentList")
            tryCompare(deskList, "count", 1, 15000)
            tryProp(desk, "deskDocumentStatus", "text", "Bản nháp, chưa gửi đại biểu")
            tryProp(desk, "dossierSummary", "text", "Hồ sơ chưa đủ: thiếu 1")  // a draft is not sent

            // The tablet sees nothing yet.
            click(findChild(tablet, "documentsTab"))
            let panel = findChild(tablet, "documentsPanel")
            panel.chosenItem = 3
            compare(findChild(tablet, "delegateDocumentList").count, 0)

            // Publish: the checklist is complete, the tablet lists it with "Mới".
            click(findChild(desk, "publishDocument"))
            tryProp(desk, "dossierSummary", "text", "Hồ sơ đủ, đúng hạn")
            tryVerify(() => findChild(desk, "deskDocumentStatus").text.indexOf("Đã gửi đại biểu") === 0, 15000)
            // Withdrawing a paper already sent (another desk's button, a moment late) is
            // refused; the server's words show under that paper, and nothing changes.
            compare(findChild(desk, "deskDocumentError").visible, false)
            deskPanel.withdraw(1)
            tryVerify(() => findChild(desk, "deskDocumentError").text.indexOf("không rút được") >= 0, 15000,
                      "the refusal under the paper")
            verify(findChild(desk, "deskDocumentError").visible)
            compare(findChild(desk, "deskDocumentList").count, 1)
            click(findChild(desk, "dossierItem_3"))   // choosing an item again clears it
            tryCompare(findChild(desk, "deskDocumentError"), "visible", false)
            let list = findChild(tablet, "delegateDocumentList")
            tryCompare(list, "count", 1, 15000)
            tryVerify(() => findChild(tablet, "document_1") !== null, 15000)
            let row = findChild(tablet, "document_1")
            compare(row.badgeText, "Mới")
            tryCompare(findChild(tablet, "documentsTab"), "text", "Tài liệu (1 mới)")

            // Open it: downloaded, digest checked, the reader shows the pages.
            click(row)
            let reader = findChild(tablet, "documentReader")
            tryCompare(reader, "visible", true, 30000)
            tryCompare(reader, "pageCount", 5, 15000)
            // Receipts: received and opened, on the desk; the badge goes.
            deskPanel.selectedDocument = 1
            tryProp(desk, "receiptsSummary", "text", "Đại biểu nhận tài liệu: đã nhận 1/30 · đã mở 1/30")
            verify(findChild(desk, "notReceived").text.indexOf("Chưa nhận:") === 0)
            tryCompare(row, "badge", "")

            // Turn pages, go to a page, search a Vietnamese word.
            click(findChild(reader, "nextPage"))
            tryCompare(reader, "currentPage", 1, 5000)
            reader.goToPage(5)
            tryCompare(reader, "currentPage", 4, 5000)
            findChild(reader, "searchField").text = "ngân sách"
            tryVerify(() => reader.searchResultCount >= 1, 15000, "found ngân sách")
            click(findChild(reader, "searchNext"))
            tryCompare(reader, "currentPage", 2, 5000)

            // A note on page 3 and a bookmark, saved on the server.
            findChild(reader, "noteArea").text = "Hỏi về nguồn vốn đối ứng"
            click(findChild(reader, "saveNote"))
            tryProp(reader, "notesStatus", "text", "Đã lưu ghi chú")
            click(findChild(reader, "bookmarkButton"))
            tryProp(reader, "notesStatus", "text", "Đã lưu ghi chú")
            compare(reader.bookmarks, [3])

            // The secretary puts page 2 on the big screen.
            click(findChild(desk, "viewDocument"))
            let deskReader = findChild(desk, "documentReader")
            tryCompare(deskReader, "pageCount", 5, 30000)
            deskReader.goToPage(2)
            tryCompare(deskReader, "currentPage", 1, 5000)
            click(findChild(deskReader, "showOnScreen"))
            let screenView = findChild(screen, "screenPageView")
            tryCompare(screenView, "shown", true, 15000)
            tryVerify(() => screenView.source.toString().length > 0 || screenView.error.length > 0, 30000,
                      "the screen has the file")
            compare(screenView.error, "")
            compare(findChild(screen, "screenPageTitle").text, "Tờ trình về dự toán ngân sách năm 2027 — trang 2")
            deskReader.close()
            save(desk, "documents-secretary-tablet")

            // The server stops: reading goes on from the local file.
            TestServer.stop()
            tryVerify(() => delegate.state === Connection.Reconnecting, 15000)
            reader.goToPage(1)
            tryCompare(reader, "currentPage", 0, 5000)
            click(findChild(reader, "nextPage"))
            tryCompare(reader, "currentPage", 1, 5000)
            // Closed and opened again: from the cache (digest checked again), no server.
            click(findChild(reader, "closeReader"))
            tryCompare(reader, "visible", false)
            click(findChild(tablet, "document_1"))
            tryCompare(reader, "visible", true, 15000)
            tryCompare(reader, "pageCount", 5, 15000)
            findChild(reader, "searchField").text = "ngân sách"
            tryVerify(() => reader.searchResultCount >= 1, 15000, "search works offline")
        }

        // Through the dialog: the chosen item, kind, title and a PDF; waits for the draft.
        function uploadOnDesk(desk, kindIndex, title, pdfPath, count) {
            let deskPanel = findChild(desk, "documentDeskPanel")
            click(findChild(desk, "addDocument"))
            let dialog = deskPanel.uploadDialog
            tryCompare(dialog, "opened", true)
            findChild(dialog, "documentKind").currentIndex = kindIndex
            findChild(dialog, "documentTitle").text = title
            dialog.fileUrl = "file://" + pdfPath
            click(findChild(dialog, "confirmUpload"))
            tryCompare(dialog, "opened", false, 30000)
            tryCompare(findChild(desk, "deskDocumentList"), "count", count, 15000)
        }
        function deskOrder(deskPanel) { return deskPanel.documents.documentIds().map(id => Number(id)) }

        // The desk's other tools: order, a new version of a sent paper, withdrawing a draft.
        function test_desk_orders_replaces_and_withdraws() {
            const first = TestServer.makePdf("to-trinh.pdf", 2)
            const second = TestServer.makePdf("tai-lieu-tham-khao.pdf", 3)
            const replacement = TestServer.makePdf("to-trinh-sua-doi.pdf", 4)
            let secretary = loginAs("thuky")
            let desk = createTemporaryObject(secretaryPageComponent, stage, { connection: secretary })
            let deskPanel = findChild(desk, "documentDeskPanel")
            deskPanel.actions.cacheRoot = TestServer.tempPath("cache-desk")
            click(findChild(desk, "documentsTab"))
            tryVerify(() => findChild(desk, "dossierItem_3") !== null, 15000)
            click(findChild(desk, "dossierItem_3"))
            tryCompare(deskPanel, "shownItem", 3)
            uploadOnDesk(desk, 0, "Tờ trình điều chỉnh kế hoạch đầu tư công", first, 1)
            uploadOnDesk(desk, 4, "Tài liệu tham khảo: danh mục dự án", second, 2)
            compare(deskOrder(deskPanel), [1, 2])

            // ▼ on the first paper: the reference comes first, on the server's say.
            click(findChild(findChild(desk, "deskDocument_1"), "moveDown"))
            tryVerify(() => JSON.stringify(deskOrder(deskPanel)) === "[2,1]", 15000, "order 2, 1")
            verify(!findChild(findChild(desk, "deskDocument_2"), "moveUp").enabled, "the first cannot go up")
            click(findChild(findChild(desk, "deskDocument_1"), "moveUp"))
            tryVerify(() => JSON.stringify(deskOrder(deskPanel)) === "[1,2]", 15000, "order 1, 2")

            // The tờ trình is sent, then replaced: version 2 waits as a draft until sent.
            click(findChild(findChild(desk, "deskDocument_1"), "publishDocument"))
            tryProp(desk, "dossierSummary", "text", "Hồ sơ đủ, đúng hạn")
            click(findChild(findChild(desk, "deskDocument_1"), "newVersion"))
            let dialog = deskPanel.uploadDialog
            tryCompare(dialog, "opened", true)
            compare(dialog.title, "Phiên bản mới: Tờ trình điều chỉnh kế hoạch đầu tư công")
            dialog.fileUrl = "file://" + replacement
            click(findChild(dialog, "confirmUpload"))
            tryCompare(dialog, "opened", false, 30000)
            const status = () => findChild(findChild(desk, "deskDocument_1"), "deskDocumentStatus").text
            tryVerify(() => status().indexOf("phiên bản 2 chưa gửi") >= 0, 15000, "version 2 waits")
            click(findChild(findChild(desk, "deskDocument_1"), "publishDocument"))
            tryVerify(() => status().indexOf("Phiên bản 2 · Đã gửi đại biểu") === 0, 15000, "version 2 sent")
            compare(deskPanel.actions.readableVersion(1), 2)

            // The reference paper, never sent, is withdrawn: gone from the list; a sent
            // paper has no "Thu hồi".
            verify(!findChild(findChild(desk, "deskDocument_1"), "withdrawDocument").visible)
            click(findChild(findChild(desk, "deskDocument_2"), "withdrawDocument"))
            tryCompare(findChild(desk, "deskDocumentList"), "count", 1, 15000)
            compare(deskOrder(deskPanel), [1])

            // A confidential paper: details only. A date the server cannot read is refused
            // in its words under the form, the dialog stays open and nothing is added.
            click(findChild(desk, "addDocument"))
            tryCompare(dialog, "opened", true)
            findChild(dialog, "documentKind").currentIndex = 3
            findChild(dialog, "documentTitle").text = "Báo cáo về công tác quốc phòng"
            findChild(dialog, "documentDate").text = "20/11/2026"
            click(findChild(dialog, "documentConfidential"))
            verify(!findChild(dialog, "chosenFile").visible, "no file for a confidential paper")
            click(findChild(dialog, "confirmUpload"))
            tryVerify(() => findChild(dialog, "uploadError").text.indexOf("document.issued_on: ngày ban hành phải có dạng YYYY-MM-DD") === 0,
                      15000, "the refusal under the form")
            compare(dialog.opened, true)
            compare(findChild(desk, "deskDocumentList").count, 1)
            findChild(dialog, "documentDate").text = "2026-11-20"
            click(findChild(dialog, "confirmUpload"))
            tryCompare(dialog, "opened", false, 15000)
            tryCompare(findChild(desk, "deskDocumentList"), "count", 2, 15000)
            const secret = findChild(desk, "deskDocument_3")
            compare(findChild(secret, "deskDocumentStatus").text, "Tài liệu mật, chưa gửi đại biểu")
            verify(!findChild(secret, "viewDocument").visible, "nothing to read")
            click(findChild(secret, "publishDocument"))
            tryCompare(findChild(secret, "deskDocumentStatus"), "text", "Tài liệu mật — phát bản giấy tại kỳ họp", 15000)
        }

        function test_chair_overrides_the_dossier_gate_with_a_reason() {
            let chair = loginAs("chutoa")
            let page = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            waitForRendering(page)
            // Item 5 is a vote item: its draft resolution is missing.
            tryVerify(() => findChild(page, "agendaItem5") !== null, 15000)
            tryVerify(() => findChild(findChild(page, "agendaItem5"), "dossierStatus").text === "Hồ sơ chưa đủ: thiếu 1", 15000)
            // Item 1 (the opening) needs no paper: no dossier line in the agenda.
            verify(!findChild(findChild(page, "agendaItem1"), "dossierStatus").visible)
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 15000)
            chair.setCurrentItem(5)
            tryCompare(chair.store, "currentItemId", 5, 15000)
            chair.createPoll({ title: "Biểu quyết thông qua Nghị quyết" })
            let open = findChild(page, "openPollButton")
            tryVerify(() => open.visible && open.enabled, 15000)

            // No one present: the poll cannot open anyway, and the server says why before
            // any question of papers; the override dialog does not come up.
            let dialog = findChild(page, "dossierOverrideDialog")
            click(open)
            tryVerify(() => findChild(page, "errorBanner").message.indexOf("Chưa có đại biểu nào điểm danh") === 0, 15000)
            compare(dialog.opened, false)

            // A delegate checks in: now only the dossier stands in the way.
            let delegate = loginAs("daibieu01")
            delegate.checkIn(false)
            tryCompare(delegate, "pendingCommands", 0, 15000)
            click(open)
            tryCompare(dialog, "opened", true, 15000)
            compare(dialog.defects.length, 1)
            verify(dialog.defects[0].indexOf("Dự thảo nghị quyết") === 0, dialog.defects[0])
            compare(findChild(page, "closePollButton").visible, false)
            verify(!findChild(dialog, "confirmOverride").enabled, "a reason is required")
            findChild(dialog, "overrideReason").text = "Dự thảo đã phát bản giấy tại phiên họp"
            click(findChild(dialog, "confirmOverride"))
            tryVerify(() => findChild(page, "closePollButton").visible, 15000, "the poll is open")
            tryCompare(dialog, "opened", false, 15000)
            // The override is in the session state, with its reason.
            tryProp(page, "pollDossierOverride", "text",
                    "Mở biểu quyết khi hồ sơ chưa đủ. Lý do: Dự thảo đã phát bản giấy tại phiên họp")
        }
    }
}
