import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// The screens tst_pages does not reach, against a real dienhong-server --demo, at the
// tablet (1280x800) and console (1920x1080) sizes: questioning (the delegate's questions,
// the secretary's grouping and conclusions with the follow-up, the chair's console, the
// respondent's page) in a session with questions asked, answered and concluded; the
// other poll kinds (an election ballot, a confidence rating ballot, a published election
// result); the session chooser; the records export after a finished export. Everywhere:
// key texts are not clipped, buttons are >= 48 px and named. With DIENHONG_SCREENSHOT_DIR
// set (render_screenshots.sh) each screen is saved as a PNG.
Item {
    id: stage
    width: 1920
    height: 1080

    TestCase {
        id: tc
        name: "MoreScreens"
        when: windowShown
        width: 1920
        height: 1080

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: delegatePageComponent; DelegatePage { } }
        Component { id: chairPageComponent; ChairPage { } }
        Component { id: secretaryPageComponent; SecretaryPage { } }
        Component { id: respondentPageComponent; RespondentPage { } }
        Component { id: chooserPageComponent; SessionChooserPage { } }
        Component { id: questionsComponent; QuestionsModel { } }

        readonly property var sizes: [{ tag: "tablet", w: 1280, h: 800 }, { tag: "console", w: 1920, h: 1080 }]

        function init() { verify(TestServer.start(), "dienhong-server started") }
        property var live: []
        // Every refusal any connection received (the set-up expects none).
        property var failures: []
        function track(o) { live.push(o); return o }
        function cleanup() {
            failures = []
            for (let o of live) o.destroy(100)
            live = []
            TestServer.stop()
        }
        function loginAs(account) {
            let c = track(connectionComponent.createObject(stage, { serverAddress: TestServer.address }))
            c.commandFailed.connect(m => failures.push(account + ": " + m))
            c.login(account, "123456")
            tryVerify(() => c.state === Connection.Live || c.state === Connection.ChoosingSession, 15000)
            if (c.state === Connection.Live) tryVerify(() => c.store.loaded, 15000)
            return c
        }
        function done(c) { tryCompare(c, "pendingCommands", 0, 15000) }
        function find(root, name) {
            let item = null
            tryVerify(() => (item = findChild(root, name)) !== null, 15000, name + " exists")
            return item
        }
        function checkTexts(item, names) {
            for (let name of names) {
                let t = find(item, name)
                verify(t.text.length > 0, name + " is empty")
                verify(!t.truncated, name + " is clipped: " + t.text)
            }
        }
        function checkButtons(item) {
            let n = 0
            function walk(o) {
                if (!o || !o.visible) return
                if (o.hasOwnProperty("autoExclusive") && o.hasOwnProperty("checkable") && o.width > 0) {
                    verify(o.height >= 48, "button '" + o.text + "' is " + o.height + " px high")
                    verify(o.Accessible.name.length > 0, "button without accessible name: " + o.text)
                    ++n
                }
                for (let i = 0; i < o.children.length; ++i) walk(o.children[i])
            }
            walk(item)
            return n
        }
        // Waits until no item of the page has a layout pass pending (nested layouts settle
        // in several passes), then saves the page.
        function settled(root) {
            function walk(o) {
                if (!o) return true
                if (isPolishScheduled(o)) return false
                for (let i = 0; i < o.children.length; ++i) if (!walk(o.children[i])) return false
                return true
            }
            tryVerify(() => walk(root), 15000, "layout settled")
        }
        function save(page, file) {
            settled(page)
            waitForRendering(page)
            wait(150)
            let dir = TestServer.screenshotDir()
            if (dir.length > 0) grabImage(page).save(dir + "/" + file + ".png")
        }
        function page(component, connection, size, props) {
            let p = createTemporaryObject(component, stage, Object.assign({ connection: connection, width: size.w, height: size.h }, props || {}))
            verify(p !== null)
            waitForRendering(p)
            return p
        }
        function click(item) {
            const settled = () => { for (let p = item; p; p = p.parent) if (isPolishScheduled(p)) return false; return true }
            tryVerify(settled, 15000, "layout settled")
            tryVerify(() => item.visible && item.enabled, 15000, item.objectName + " visible and enabled")
            mouseClick(item)
        }
        function tab(p, name) {
            click(find(p, name))
            waitForRendering(p)
        }

        function test_interpellation_screens() {
            let chair = loginAs("chutoa")
            let secretary = loginAs("thuky")
            let official = loginAs("traloi01")
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 15000)
            chair.setCurrentItem(4)
            done(chair)
            let model = createTemporaryObject(questionsComponent, tc, { store: chair.store })
            tryCompare(model.respondents, "length", 2, 15000)
            const tuan = model.respondents[0].accountId, ha = model.respondents[1].accountId
            let d = {}
            for (const a of ["daibieu02", "daibieu05", "daibieu08", "daibieu11"]) d[a] = loginAs(a)
            const ask = (who, to, text, topic) => { d[who].submitQuestion(to, text, topic); done(d[who]) }
            ask("daibieu05", tuan, "Đề nghị Chủ tịch UBND phường cho biết tiến độ cải tạo hai chung cư cũ ở tổ dân phố 3 và thời điểm người dân được tái định cư?", "Chung cư cũ")
            ask("daibieu02", tuan, "Việc xử lý các công trình xây dựng sai phép trên đường Diên Hồng trong năm 2026 đã đến đâu, còn bao nhiêu trường hợp chưa xử lý dứt điểm?", "Trật tự xây dựng")
            ask("daibieu08", ha, "Tình trạng mất an ninh trật tự tại khu chợ đêm vào cuối tuần được khắc phục như thế nào?", "An ninh trật tự")
            ask("daibieu11", ha, "Giải pháp nào để chấm dứt tình trạng đua xe trái phép trên tuyến đê vào ban đêm?", "")
            ask("daibieu05", ha, "Khi nào các tổ dân phố được lắp đủ camera giám sát an ninh?", "Camera an ninh")
            // One at a time: two commands in flight may commit in either order.
            secretary.defineQuestionGroup(0, "Quản lý đô thị và trật tự xây dựng", [2, 1])
            done(secretary)
            secretary.defineQuestionGroup(0, "An ninh trật tự", [3, 4])
            done(secretary)
            tryVerify(() => chair.store.lastSeq >= secretary.store.lastSeq, 15000)
            chair.startQuestionGroup(1); done(chair)
            chair.callQuestioner(2, false); done(chair)
            chair.endTurn(0); done(chair)
            chair.callRespondent(tuan, [2]); done(chair)
            chair.endTurn(0); done(chair)
            tryVerify(() => d.daibieu02.store.lastSeq >= chair.store.lastSeq, 15000)
            d.daibieu02.recordSatisfaction(2, true); done(d.daibieu02)
            tryVerify(() => chair.store.lastSeq >= d.daibieu02.store.lastSeq, 15000)
            chair.callQuestioner(1, false); done(chair)
            chair.endTurn(0); done(chair)
            chair.callRespondent(tuan, [1]); done(chair)
            chair.recordConclusion(1, "Hội đồng nhân dân phường đề nghị Ủy ban nhân dân phường tập trung xử lý dứt điểm các công trình vi phạm và báo cáo tại kỳ họp cuối năm.",
                                   [{ what: "Xử lý dứt điểm 12 công trình xây dựng sai phép trên đường Diên Hồng", agency: "UBND phường Diên Hồng", dueDate: "2027-03-31" },
                                    { what: "Lập kế hoạch tái định cư cho cư dân hai chung cư cũ ở tổ dân phố 3", agency: "UBND phường Diên Hồng", dueDate: "2027-06-30" }])
            done(chair)
            // The follow-up: the first commitment is reported done.
            secretary.markCommitmentDone(1, 1, "Báo cáo số 45/BC-UBND: đã xử lý 12/12 công trình")
            done(secretary)
            const last = chair.store.lastSeq
            for (const c of [secretary, official, d.daibieu05]) tryVerify(() => c.store.lastSeq >= last, 15000)
            compare(failures, [])

            for (const size of sizes) {
                const s = size.tag
                let tablet = page(delegatePageComponent, d.daibieu05, size)
                tab(tablet, "questionsTab")
                tryCompare(find(tablet, "myQuestionList"), "count", 2, 15000)
                checkTexts(tablet, ["sessionTitle", "questionProgress1", "questionProgress5"])
                tryCompare(find(tablet, "questionProgress1"), "text", "Đã trả lời", 15000)
                verify(find(tablet, "satisfied1").visible)
                verify(checkButtons(tablet) >= 4)
                save(tablet, "questions-delegate-" + s)
                tablet.visible = false

                let desk = page(secretaryPageComponent, secretary, size)
                tab(desk, "questionsTab")
                tryCompare(find(desk, "ungroupedQuestionList"), "count", 1, 15000)
                tryCompare(find(desk, "groupList"), "count", 2, 15000)
                tryCompare(find(desk, "groupQuestionList"), "count", 2, 15000)
                checkTexts(desk, ["ungroupedTitle", "questionProgress5"])
                // Pick the waiting question: the group buttons come alive.
                click(find(desk, "selectQuestion5"))
                tryVerify(() => find(desk, "createGroup").enabled, 15000)
                verify(checkButtons(desk) >= 8)
                save(desk, "questions-secretary-" + s)
                tab(desk, "conclusionsTab")
                tryCompare(find(desk, "conclusionList"), "count", 1, 15000)
                tryCompare(find(desk, "commitmentList"), "count", 2, 15000)
                tryCompare(find(find(desk, "commitment1_1"), "commitmentStatus"), "text", "Đã hoàn thành", 15000)
                compare(find(find(desk, "commitment1_2"), "commitmentStatus").text, "Đang thực hiện")
                verify(checkButtons(desk) >= 2)
                save(desk, "conclusions-secretary-" + s)
                desk.visible = false

                let console_ = page(chairPageComponent, chair, size)
                tab(console_, "interpellationTab")
                tryCompare(find(console_, "chairQuestionList"), "count", 2, 15000)
                checkTexts(console_, ["currentGroupText", "interpellationSpeaker", "chairQuestionListTitle"])
                compare(find(console_, "currentGroupText").text, "Đang chất vấn: Quản lý đô thị và trật tự xây dựng")
                compare(find(console_, "interpellationSpeaker").text, "Đang phát biểu: Lê Minh Tuấn (trả lời)")
                verify(checkButtons(console_) >= 6)
                save(console_, "questions-chair-" + s)
                console_.visible = false

                let respondent = page(respondentPageComponent, official, size)
                tryCompare(find(respondent, "respondentQuestionList"), "count", 2, 15000)
                checkTexts(respondent, ["respondentName", "respondentCurrentGroup", "respondentSpeaker",
                                        "respondentQuestionsTitle", "respondentCurrentGroupMine"])
                compare(find(respondent, "respondentCurrentGroupMine").text, "Có 2 câu hỏi gửi bạn trong nhóm này")
                verify(findChild(respondent, "question3") === null)
                save(respondent, "respondent-" + s)
                respondent.visible = false
            }
        }

        function test_voting_kind_screens() {
            let chair = loginAs("chutoa")
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 15000)
            chair.setCurrentItem(5)
            done(chair)
            let voters = ["daibieu01", "daibieu02", "daibieu03", "daibieu04"].map(a => loginAs(a))
            for (const v of voters) { v.checkIn(false); done(v) }
            // A confidence rating: one question per official.
            chair.createPoll({ kind: 2, title: "Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND phường bầu",
                               officials: ["Lê Minh Tuấn — Chủ tịch UBND phường", "Trần Thị Bích — Phó Chủ tịch HĐND phường",
                                           "Phạm Thu Hà — Trưởng Công an phường"] })
            done(chair)
            tryVerify(() => chair.store.lastSeq > 0, 15000)
            const ratingId = 1
            chair.openPoll(ratingId); done(chair)
            tryVerify(() => voters[0].store.lastSeq >= chair.store.lastSeq, 15000)
            for (const size of sizes) {
                let tablet = page(delegatePageComponent, voters[0], size)
                find(tablet, "choice_1_1")
                settled(tablet)
                // One block per official, one under the other (no overlap).
                const lastChoice = find(tablet, "choice_1_3"), nextTitle = find(tablet, "questionTitle_2")
                const bottom = lastChoice.mapToItem(tablet, 0, lastChoice.height).y
                const top = nextTitle.mapToItem(tablet, 0, 0).y
                verify(top >= bottom, "second official's title at " + top + ", first block ends at " + bottom)
                verify(checkButtons(tablet) >= 4)
                save(tablet, "voting-rating-ballot-" + size.tag)
                tablet.visible = false
            }
            chair.cancelPoll(ratingId, "Chỉ dùng để minh họa"); done(chair)
            // An election: three candidates, two seats; four delegates vote; published.
            chair.createPoll({ kind: 4, title: "Bầu Ủy viên Thường trực Hội đồng nhân dân phường",
                               candidates: ["Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Đức"], seats: 2 })
            done(chair)
            const electionId = 2
            chair.openPoll(electionId); done(chair)
            tryVerify(() => voters[0].store.lastSeq >= chair.store.lastSeq, 15000)
            for (const size of sizes) {
                let tablet = page(delegatePageComponent, voters[0], size)
                click(find(tablet, "choice_1_1"))
                click(find(tablet, "choice_1_2"))
                verify(checkButtons(tablet) >= 4)
                save(tablet, "voting-election-ballot-" + size.tag)
                tablet.visible = false
            }
            const marks = [[1, 2], [1, 3], [2, 3], [1, 2]]
            for (let i = 0; i < voters.length; ++i) {
                voters[i].castVote(electionId, [{ questionId: 1, choiceIds: marks[i] }])
                done(voters[i])
            }
            tryVerify(() => chair.store.lastSeq >= voters[3].store.lastSeq, 15000)
            chair.closePoll(electionId); done(chair)
            chair.publishResults(electionId); done(chair)
            tryVerify(() => voters[1].store.lastSeq >= chair.store.lastSeq, 15000)
            for (const size of sizes) {
                let tablet = page(delegatePageComponent, voters[1], size)
                let panel = find(tablet, "publishedResultPanel")
                tryVerify(() => panel.visible, 15000)
                checkTexts(tablet, ["publishedResultTitle"])
                save(tablet, "voting-election-result-" + size.tag)
                tablet.visible = false
            }
        }

        function test_chooser_and_export_screens() {
            verify(TestServer.createSession("Kỳ họp chuyên đề về quy hoạch đô thị") > 1)
            let c = loginAs("daibieu01")
            tryCompare(c, "state", Connection.ChoosingSession, 15000)
            for (const size of sizes) {
                let chooser = page(chooserPageComponent, c, size)
                find(chooser, "session1")
                verify(checkButtons(chooser) >= 1)
                save(chooser, "session-chooser-" + size.tag)
                chooser.visible = false
            }
            let chair = loginAs("chutoa")
            if (chair.state === Connection.ChoosingSession) chair.selectSession(1)
            tryCompare(chair, "state", Connection.Live, 15000)
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 15000)
            let secretary = loginAs("thuky")
            if (secretary.state === Connection.ChoosingSession) secretary.selectSession(1)
            tryCompare(secretary, "state", Connection.Live, 15000)
            for (const size of sizes) {
                let desk = page(secretaryPageComponent, secretary, size)
                tab(desk, "exportTab")
                let panel = find(desk, "exportPanel")
                let field = find(panel, "exportFolder")
                field.text = TestServer.tempPath("exports-" + size.tag)
                field.editingFinished()
                click(find(panel, "format1"))
                click(find(panel, "exportButton"))
                tryVerify(() => panel.exporter.savedPath.length > 0 || panel.exporter.error.length > 0, 30000)
                compare(panel.exporter.error, "")
                verify(find(panel, "exportStage").text.startsWith("Đã lưu "))
                verify(checkButtons(desk) >= 4)
                save(desk, "export-secretary-" + size.tag)
                desk.visible = false
            }
        }
    }
}
