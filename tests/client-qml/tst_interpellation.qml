import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// Questioning through the pages against a real dienhong-server --demo (respondents
// traloi01 Lê Minh Tuấn and traloi02 Phạm Thu Hà invited to session 1). A delegate writes a
// question on the tablet (an empty one is refused in the server's words, shown under the
// form); the secretary groups it on the desk; the chair sees it in that group on the
// console, runs the group, gives the question and the answer turns; the delegate follows
// every step and records not being satisfied; the chair records a conclusion with a
// commitment, which the secretary's follow-up list shows as in progress, then extended
// (an extension to an earlier date refused in the server's words), then done. A respondent sees
// only the questions addressed to them. On a fresh session the secretary invites an
// official from the desk (an empty agency refused in the server's words, under the form)
// and the delegate's form offers them at once. Pages sit side by side on one stage (chair top
// left, tablet top right, secretary bottom left, respondent bottom right).
Item {
    id: stage
    width: 2560
    height: 1600

    TestCase {
        id: tc
        name: "Interpellation"
        when: windowShown
        width: 2560
        height: 1600

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: chairPageComponent; ChairPage { x: 0; y: 0; width: 1280; height: 800 } }
        Component { id: delegatePageComponent; DelegatePage { x: 1280; y: 0; width: 1280; height: 800 } }
        Component { id: secretaryPageComponent; SecretaryPage { x: 0; y: 800; width: 1280; height: 800 } }
        Component { id: respondentPageComponent; RespondentPage { x: 1280; y: 800; width: 1280; height: 800 } }
        Component { id: displayPageComponent; DisplayPage { x: 1280; y: 800; width: 1280; height: 800 } }
        Component { id: questionsComponent; QuestionsModel { } }

        function init() { verify(TestServer.start(), "dienhong-server started") }
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
        // Waits until the named item exists and `prop` of it is `value`.
        function tryProp(root, name, prop, value) {
            tryVerify(() => { const i = findChild(root, name); return i !== null && i[prop] === value }, 15000,
                      name + "." + prop + ": " + (findChild(root, name) ? findChild(root, name)[prop] : "absent")
                      + ", wanted " + value)
        }
        function submit(page, respondentIndex, text) {
            let box = findChild(page, "questionRespondent")
            tryVerify(() => box.count === 2, 15000, "the two invited respondents offered")
            box.currentIndex = respondentIndex
            findChild(page, "questionInput").text = text
            click(findChild(page, "submitQuestion"))
        }

        function test_delegate_submits_secretary_groups_chair_runs_the_group() {
            let chair = loginAs("chutoa")
            let d2 = loginAs("daibieu02")
            let secretary = loginAs("thuky")
            const asker = "Trần Thị Bích"
            let chairPage = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            let tablet = createTemporaryObject(delegatePageComponent, stage, { connection: d2 })
            let desk = createTemporaryObject(secretaryPageComponent, stage, { connection: secretary })
            waitForRendering(desk)

            // The tablet: "Chất vấn" tab, the form with the invited officials.
            let tab = findChild(tablet, "questionsTab")
            verify(tab.height >= 48)
            click(tab)
            let box = findChild(tablet, "questionRespondent")
            tryVerify(() => box.visible && box.count === 2, 15000)
            compare(box.currentText, "Lê Minh Tuấn — Chủ tịch UBND phường Diên Hồng")
            let send = findChild(tablet, "submitQuestion")
            verify(send.height >= 48)
            compare(send.Accessible.name, "Gửi câu hỏi")

            // An empty question: the server's words, under the form; nothing changes.
            const before = d2.store.lastSeq
            click(send)
            tryProp(tablet, "questionFormMessage", "text", "text: phải ghi rõ nội dung câu hỏi")
            compare(findChild(tablet, "questionFormMessage").color, Theme.danger)
            compare(d2.store.lastSeq, before)
            compare(findChild(tablet, "myQuestionList").count, 0)

            // The real question.
            const text = "Đề nghị cho biết tiến độ xử lý các công trình vi phạm trật tự xây dựng ở tổ dân phố 5?"
            findChild(tablet, "questionTopicInput").text = "Trật tự xây dựng"
            submit(tablet, 0, text)
            tryProp(tablet, "questionFormMessage", "text", "Đã gửi câu hỏi. Thư ký sẽ xếp câu hỏi vào nhóm vấn đề.")
            compare(findChild(tablet, "questionInput").text, "")
            tryCompare(findChild(tablet, "myQuestionList"), "count", 1, 15000)
            tryProp(tablet, "questionProgress1", "text", "Đã gửi, chờ xếp nhóm vấn đề")
            compare(tab.text, "Chất vấn (1)")

            // The secretary's desk: the question waits in no group; pick it, make a group.
            click(findChild(desk, "questionsTab"))
            let ungrouped = findChild(desk, "ungroupedQuestionList")
            tryCompare(ungrouped, "count", 1, 15000)
            tryVerify(() => findChild(desk, "question1") !== null, 15000)
            compare(findChild(desk, "question1").text, text)
            compare(findChild(desk, "question1").delegateName, asker)
            verify(!findChild(desk, "createGroup").enabled, "nothing picked yet")
            click(findChild(desk, "selectQuestion1"))
            findChild(desk, "newGroupTitle").text = "Quản lý trật tự xây dựng"
            click(findChild(desk, "createGroup"))
            let groupList = findChild(desk, "groupList")
            tryCompare(groupList, "count", 1, 15000)
            tryCompare(ungrouped, "count", 0, 15000)
            tryCompare(findChild(desk, "groupQuestionList"), "count", 1, 15000)
            compare(findChild(desk, "deskErrorBanner").message, "")

            // The chair's console shows it in that group (waiting on the chair's own stream).
            click(findChild(chairPage, "interpellationTab"))
            let chairGroups = findChild(chairPage, "chairGroupList")
            tryCompare(chairGroups, "count", 1, 15000)
            tryProp(chairPage, "chairQuestionListTitle", "text", "Câu hỏi của nhóm (1)")
            let chairList = findChild(chairPage, "chairQuestionList")
            tryCompare(chairList, "count", 1, 15000)
            tryVerify(() => findChild(chairList, "question1") !== null, 15000)
            let row = findChild(chairList, "question1")
            compare(row.text, text)
            compare(row.groupTitle, "Quản lý trật tự xây dựng")
            tryVerify(() => findChild(chairGroups, "questionGroup1") !== null, 15000)
            compare(findChild(findChild(chairGroups, "questionGroup1"), "groupTitle").text, "Quản lý trật tự xây dựng")
            // Not callable before the group runs (and the sitting is open).
            verify(!findChild(chairList, "callQuestioner1").enabled)
            // The delegate sees the group.
            tryProp(tablet, "questionProgress1", "text",
                    "Đã xếp vào nhóm «Quản lý trật tự xây dựng», chờ chủ tọa mời chất vấn")

            // The chair opens the sitting and an item, runs the group and gives the floor.
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 15000)
            chair.setCurrentItem(4)
            tryCompare(chair.store, "currentItemId", 4, 15000)
            let start = findChild(chairPage, "startGroup1")
            compare(start.Accessible.name, "Bắt đầu chất vấn nhóm Quản lý trật tự xây dựng")
            verify(start.height >= 48)
            click(start)
            tryProp(chairPage, "currentGroupText", "text", "Đang chất vấn: Quản lý trật tự xây dựng")
            // The big screen names the running group.
            let screen = createTemporaryObject(displayPageComponent, stage, { connection: loginAs("manhinh") })
            tryProp(screen, "displayQuestionGroup", "text", "Chất vấn: Quản lý trật tự xây dựng")
            verify(findChild(screen, "displayQuestionGroup").visible)
            let call = findChild(chairList, "callQuestioner1")
            compare(call.Accessible.name, "Mời đại biểu " + asker + " chất vấn (câu hỏi số 1)")
            click(call)
            tryProp(chairPage, "interpellationSpeaker", "text", "Đang phát biểu: " + asker + " (chất vấn)")
            tryProp(tablet, "questionProgress1", "text", "Đã nêu tại phiên họp, chờ trả lời")
            // One turn at a time: end the question, call the official to answer.
            click(findChild(chairPage, "interpellationEndTurn"))
            tryProp(chairPage, "interpellationSpeaker", "text", "Chưa có ai đang phát biểu")
            click(findChild(chairList, "callRespondent1"))
            tryProp(chairPage, "interpellationSpeaker", "text", "Đang phát biểu: Lê Minh Tuấn (trả lời)")
            tryProp(tablet, "questionProgress1", "text", "Đã trả lời")

            // The questioner is not satisfied (the question will carry over).
            let unsatisfied = findChild(tablet, "unsatisfied1")
            tryVerify(() => unsatisfied.visible, 15000)
            verify(unsatisfied.height >= 48)
            click(unsatisfied)
            tryProp(tablet, "questionProgress1", "text", "Đã trả lời — chưa hài lòng")
            tryVerify(() => findChild(chairList, "question1").satisfaction === 2, 15000)

            // The chair concludes the group with a commitment; the secretary follows it.
            click(findChild(chairPage, "interpellationEndTurn"))
            click(findChild(chairPage, "chairRecordConclusion"))
            let dialog = findChild(chairPage, "conclusionDialog")
            tryCompare(dialog, "opened", true, 15000)
            compare(findChild(dialog.contentItem, "conclusionGroup").currentText, "Quản lý trật tự xây dựng")
            findChild(dialog.contentItem, "conclusionText").text = "Đề nghị UBND phường xử lý dứt điểm các công trình vi phạm."
            tryVerify(() => findChild(dialog.contentItem, "commitmentWhat0") !== null, 15000)
            findChild(dialog.contentItem, "commitmentWhat0").text = "Xử lý 12 công trình vi phạm"
            findChild(dialog.contentItem, "commitmentWhat0").textEdited()
            findChild(dialog.contentItem, "commitmentAgency0").text = "UBND phường Diên Hồng"
            findChild(dialog.contentItem, "commitmentAgency0").textEdited()
            findChild(dialog.contentItem, "commitmentDue0").text = "2099-12-31"
            findChild(dialog.contentItem, "commitmentDue0").textEdited()
            click(findChild(dialog.contentItem, "confirmConclusion"))
            tryProp(chairPage, "chairRecordConclusion", "text", "Ghi kết luận (1)")
            compare(findChild(chairPage, "errorBanner").message, "")
            click(findChild(desk, "conclusionsTab"))
            tryCompare(findChild(desk, "conclusionList"), "count", 1, 15000)
            let followUp = findChild(desk, "commitmentList")
            tryCompare(followUp, "count", 1, 15000)
            tryVerify(() => findChild(followUp, "commitment1_1") !== null, 15000)
            compare(findChild(findChild(followUp, "commitment1_1"), "commitmentStatus").text, "Đang thực hiện")

            // The follow-up: an extension to a date before the one in force is refused in
            // the server's words; a later one with a reason is recorded; then it is done.
            const first = () => findChild(followUp, "commitment1_1")
            const status = () => first() ? findChild(first(), "commitmentStatus").text : "absent"
            click(findChild(first(), "extendCommitment"))
            let cd = findChild(desk, "commitmentDialog")
            tryCompare(cd, "opened", true, 15000)
            findChild(cd.contentItem, "commitmentNewDue").text = "2099-12-30"
            findChild(cd.contentItem, "commitmentReason").text = "Chờ bố trí vốn ngân sách"
            click(findChild(cd.contentItem, "confirmCommitment"))
            tryProp(desk, "deskErrorBanner", "message",
                    "new_due_date: hạn mới 30/12/2099 phải sau hạn đang áp dụng 31/12/2099")
            compare(status(), "Đang thực hiện")
            click(findChild(first(), "extendCommitment"))
            tryCompare(cd, "opened", true, 15000)
            findChild(cd.contentItem, "commitmentNewDue").text = "2100-06-30"
            findChild(cd.contentItem, "commitmentReason").text = "Chờ bố trí vốn ngân sách"
            click(findChild(cd.contentItem, "confirmCommitment"))
            tryVerify(() => status() === "Đã gia hạn", 15000, "status: " + status())
            click(findChild(first(), "markDone"))
            tryCompare(cd, "opened", true, 15000)
            findChild(cd.contentItem, "commitmentEvidence").text = "Báo cáo số 45/BC-UBND"
            click(findChild(cd.contentItem, "confirmCommitment"))
            tryVerify(() => status() === "Đã hoàn thành", 15000, "status: " + status())
            verify(!findChild(first(), "markDone").visible, "nothing more to report on a commitment done")
        }

        function test_respondent_sees_only_their_questions() {
            let d2 = loginAs("daibieu02")
            let d3 = loginAs("daibieu03")
            let official = loginAs("traloi01")
            compare(official.role, Connection.Respondent)
            let p2 = createTemporaryObject(delegatePageComponent, stage, { connection: d2 })
            let p3 = createTemporaryObject(delegatePageComponent, stage, { connection: d3, x: 0, y: 0 })
            let page = createTemporaryObject(respondentPageComponent, stage, { connection: official })
            waitForRendering(page)
            click(findChild(p2, "questionsTab"))
            click(findChild(p3, "questionsTab"))
            // One after the other: question 1 is delegate 2's.
            submit(p2, 0, "Câu hỏi gửi Chủ tịch UBND phường về chung cư cũ")
            tryCompare(findChild(p2, "myQuestionList"), "count", 1, 15000)
            submit(p3, 1, "Câu hỏi gửi Trưởng Công an phường về an ninh khu chợ đêm")
            tryCompare(findChild(p3, "myQuestionList"), "count", 1, 15000)

            // The official's stream has both questions (gapless), the other's without text.
            tryVerify(() => official.store.lastSeq >= d3.store.lastSeq, 15000)
            let every = createTemporaryObject(questionsComponent, tc, { store: official.store })
            tryCompare(every, "count", 2, 15000)
            // The page lists only theirs, with its text and who asked.
            tryProp(page, "respondentName", "text", "Lê Minh Tuấn")
            let list = findChild(page, "respondentQuestionList")
            tryCompare(list, "count", 1, 15000)
            tryProp(page, "respondentQuestionsTitle", "text", "Câu hỏi gửi bạn (1)")
            tryVerify(() => findChild(list, "question1") !== null, 15000)
            compare(findChild(list, "question1").text, "Câu hỏi gửi Chủ tịch UBND phường về chung cư cũ")
            compare(findChild(list, "question1").delegateName, "Trần Thị Bích")
            verify(findChild(list, "question2") === null)
            // The server withheld the other question's text and questioner.
            compare(every.data(every.index(1, 0), QuestionsModel.RedactedRole), true)
            compare(every.data(every.index(1, 0), QuestionsModel.TextRole), "")
            compare(every.data(every.index(1, 0), QuestionsModel.DelegateNameRole), "")
            compare(every.data(every.index(0, 0), QuestionsModel.TextRole),
                    "Câu hỏi gửi Chủ tịch UBND phường về chung cư cũ")
            compare(findChild(page, "respondentCurrentGroup").text, "Chưa bắt đầu")
        }

        function test_respondent_answers_a_carried_over_question_in_writing() {
            let d2 = loginAs("daibieu02")
            let official = loginAs("traloi01")
            d2.submitQuestion(official.accountId, "Đề nghị cho biết kế hoạch nạo vét kênh thoát nước tổ dân phố 2?", "")
            tryCompare(d2, "pendingCommands", 0, 15000)
            compare(d2.store.lastSeq > 0, true)
            // The chair closes the session with the question never asked: it carries over.
            let chair = loginAs("chutoa")
            let chairPage = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            let close = findChild(chairPage, "closeSession")
            compare(close.Accessible.name, "Bế mạc kỳ họp Kỳ họp thứ Mười (chuyên đề)")
            verify(close.height >= 48)
            click(close)
            let closeDialog = findChild(chairPage, "closeSessionDialog")
            tryCompare(closeDialog, "opened", true, 15000)
            click(findChild(closeDialog.contentItem, "confirmCloseSession"))
            tryCompare(chair.store, "status", 4, 15000)
            tryVerify(() => !close.visible, 15000)
            compare(findChild(chairPage, "errorBanner").message, "")
            chairPage.visible = false
            tryCompare(official.store, "status", 4, 15000)
            tryCompare(d2.store, "status", 4, 15000)
            let tablet = createTemporaryObject(delegatePageComponent, stage, { connection: d2 })
            click(findChild(tablet, "questionsTab"))
            tryProp(tablet, "questionProgress1", "text", "Chuyển trả lời bằng văn bản")

            // The secretary's desk follows the written answer.
            let secretary = loginAs("thuky")
            let desk = createTemporaryObject(secretaryPageComponent, stage, { connection: secretary })
            click(findChild(desk, "conclusionsTab"))
            let deskList = findChild(desk, "carriedOverList")
            tryCompare(deskList, "count", 1, 15000)
            const deskStatus = () => findChild(deskList, "carried1_1") ? findChild(findChild(deskList, "carried1_1"), "carriedStatus").text : "absent"
            tryVerify(() => deskStatus().startsWith("Chờ trả lời bằng văn bản, hạn "), 15000, deskStatus())

            let page = createTemporaryObject(respondentPageComponent, stage, { connection: official })
            waitForRendering(page)
            let list = findChild(page, "carriedOverList")
            tryCompare(list, "count", 1, 15000)
            tryProp(page, "carriedOverTitle", "text", "Câu hỏi chuyển trả lời bằng văn bản (1)")
            tryVerify(() => findChild(list, "carried1_1") !== null, 15000)
            let status = () => findChild(findChild(list, "carried1_1"), "carriedStatus").text
            verify(status().startsWith("Chờ trả lời bằng văn bản, hạn "), status())
            let answer = findChild(findChild(list, "carried1_1"), "answerInWriting")
            compare(answer.Accessible.name, "Trả lời bằng văn bản câu hỏi số 1")
            verify(answer.height >= 48)

            // An empty answer: refused in the server's words; then the real one.
            click(answer)
            let dialog = findChild(page, "writtenAnswerDialog")
            tryCompare(dialog, "opened", true, 15000)
            click(findChild(dialog.contentItem, "confirmWrittenAnswer"))
            tryProp(page, "errorBanner", "message", "text: phải ghi rõ nội dung trả lời")
            tryVerify(() => findChild(list, "carried1_1") !== null, 15000)
            click(findChild(findChild(list, "carried1_1"), "answerInWriting"))
            tryCompare(dialog, "opened", true, 15000)
            findChild(dialog.contentItem, "writtenAnswerText").text = "UBND phường sẽ nạo vét kênh trong quý I năm 2027."
            findChild(dialog.contentItem, "writtenAnswerDocument").text = "Công văn 12/UBND-QLĐT"
            click(findChild(dialog.contentItem, "confirmWrittenAnswer"))
            tryVerify(() => findChild(list, "carried1_1") !== null && status() === "Đã trả lời bằng văn bản", 15000,
                      "status: " + (findChild(list, "carried1_1") ? status() : "absent"))
            verify(!findChild(findChild(list, "carried1_1"), "answerInWriting").visible)
            click(findChild(desk, "refreshCommitments"))
            tryVerify(() => deskStatus() === "Đã trả lời bằng văn bản", 15000, deskStatus())
        }

        function test_secretary_invites_a_respondent_the_delegate_can_ask_them() {
            const sessionId = TestServer.createSession("Kỳ họp chuyên đề về giao thông đô thị")
            verify(sessionId > 1)
            let secretary = loginTo("thuky", sessionId)
            let delegate = loginTo("daibieu02", sessionId)
            let desk = createTemporaryObject(secretaryPageComponent, stage, { connection: secretary })
            let tablet = createTemporaryObject(delegatePageComponent, stage, { connection: delegate })

            // The tablet: nobody invited yet.
            click(findChild(tablet, "questionsTab"))
            tryCompare(findChild(tablet, "questionFormUnavailable"), "text", "Kỳ họp chưa mời người trả lời chất vấn.", 15000)

            // The desk's questioning tab: the invited (none) and the invitation button.
            click(findChild(desk, "questionsTab"))
            let card = findChild(desk, "respondentsCard")
            tryVerify(() => card.visible, 15000)
            compare(findChild(card, "respondentsTitle").text, "Kỳ họp chưa mời người trả lời chất vấn.")
            let invite = findChild(card, "inviteRespondent")
            compare(invite.text, "Mời người trả lời chất vấn")
            compare(invite.Accessible.name, "Mời người trả lời chất vấn")
            verify(invite.height >= 48)
            click(invite)
            let dialog = findChild(card, "inviteRespondentDialog")
            tryCompare(dialog, "opened", true, 15000)
            let box = findChild(dialog.contentItem, "inviteAccount")
            // The council's two respondent accounts, from the server.
            tryVerify(() => box.visible && box.count === 2, 15000, "two accounts offered: " + box.count)
            const offered = () => dialog.choices.map(c => c.text)
            compare(offered(), ["Lê Minh Tuấn (traloi01)", "Phạm Thu Hà (traloi02)"])
            let confirm = findChild(dialog.contentItem, "confirmInvite")
            let position = findChild(dialog.contentItem, "invitePosition")
            let agency = findChild(dialog.contentItem, "inviteAgency")
            for (const item of [box, position, agency, confirm, findChild(dialog.contentItem, "cancelInvite")]) {
                verify(item.height >= 48, item.objectName + " >= 48 px")
                verify(item.Accessible.name.length > 0, item.objectName + " named")
            }

            // Traloi02 with a position but no agency: refused in the server's words, under
            // the form; the dialog stays open and nothing is recorded.
            box.currentIndex = 1
            position.text = "Giám đốc Sở Giao thông vận tải"
            const before = secretary.store.lastSeq
            click(confirm)
            tryProp(dialog.contentItem, "inviteFormMessage", "text", "respondent.agency: phải ghi rõ cơ quan (ví dụ «Sở Xây dựng»)")
            compare(findChild(dialog.contentItem, "inviteFormMessage").color, Theme.danger)
            verify(dialog.opened)
            compare(secretary.store.lastSeq, before)

            // With the agency: invited; the dialog closes, the card lists them.
            agency.text = "Sở Giao thông vận tải"
            click(confirm)
            tryCompare(dialog, "opened", false, 15000)
            tryVerify(() => findChild(card, "invitedRespondent" + dialog.accounts[1].accountId) !== null, 15000)
            compare(findChild(card, "invitedRespondent" + dialog.accounts[1].accountId).text,
                    "Phạm Thu Hà — Giám đốc Sở Giao thông vận tải, Sở Giao thông vận tải")
            compare(findChild(card, "respondentsTitle").text, "Người trả lời chất vấn được mời (1)")

            // The delegate's form lists them, from the live stream (no refresh).
            let asked = findChild(tablet, "questionRespondent")
            tryVerify(() => asked.visible && asked.count === 1, 15000)
            compare(asked.currentText, "Phạm Thu Hà — Giám đốc Sở Giao thông vận tải")

            // Opened again: traloi02 is no longer offered.
            click(invite)
            tryCompare(dialog, "opened", true, 15000)
            tryVerify(() => !dialog.loading && box.count === 1, 15000, "one account left: " + box.count)
            compare(offered(), ["Lê Minh Tuấn (traloi01)"])
            verify(dialog.accounts[1].invited, "the server says traloi02 is invited")
            compare(findChild(dialog.contentItem, "inviteFormMessage").text, "")
            click(findChild(dialog.contentItem, "cancelInvite"))
            tryCompare(dialog, "opened", false, 15000)

            // The chair's console: the same on one line, with its own invitation button.
            let chair = loginTo("chutoa", sessionId)
            let chairPage = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            click(findChild(chairPage, "interpellationTab"))
            let console_ = findChild(chairPage, "interpellationConsole")
            tryProp(console_, "respondentsTitle", "text", "Người trả lời chất vấn: Phạm Thu Hà")
            let chairInvite = findChild(console_, "inviteRespondent")
            verify(chairInvite.visible && chairInvite.height >= 48)
            click(chairInvite)
            let chairDialog = findChild(console_, "inviteRespondentDialog")
            tryCompare(chairDialog, "opened", true, 15000)
            tryVerify(() => !chairDialog.loading && findChild(chairDialog.contentItem, "inviteAccount").count === 1, 15000)
            click(findChild(chairDialog.contentItem, "cancelInvite"))
            tryCompare(chairDialog, "opened", false, 15000)
        }

        // A session chooser shows up (two sessions): follow `sessionId`.
        function loginTo(account, sessionId) {
            let c = track(connectionComponent.createObject(stage, { serverAddress: TestServer.address }))
            c.login(account, "123456")
            tryCompare(c, "state", Connection.ChoosingSession, 15000)
            c.selectSession(sessionId)
            tryCompare(c, "state", Connection.Live, 15000)
            tryVerify(() => c.store.loaded && c.store.sessionId === sessionId, 15000)
            return c
        }

        function test_secretary_sets_the_hearing_and_the_chair_sees_it() {
            const hearingId = TestServer.createHearing("Phiên giải trình về công tác quản lý trật tự đô thị")
            verify(hearingId > 1)
            let secretary = loginTo("thuky", hearingId)
            let chair = loginTo("chutoa", hearingId)
            let desk = createTemporaryObject(secretaryPageComponent, stage, { connection: secretary })
            click(findChild(desk, "questionsTab"))
            let card = findChild(desk, "hearingCard")
            tryVerify(() => card.visible, 15000)
            compare(findChild(card, "hearingIssue").text, "Chưa nhập vấn đề giải trình, đoàn giải trình và cơ quan được mời.")
            let edit = findChild(card, "editHearing")
            compare(edit.text, "Nhập thông tin")
            verify(edit.height >= 48)
            click(edit)
            let dialog = findChild(card, "hearingDialog")
            tryCompare(dialog, "opened", true, 15000)
            findChild(dialog.contentItem, "hearingIssueField").text = "Công tác quản lý trật tự đô thị trên địa bàn phường"
            let chairBox = findChild(dialog.contentItem, "hearingChairBox")
            tryVerify(() => chairBox.count === 30, 15000)
            chairBox.currentIndex = 1   // Trần Thị Bích
            let grid = findChild(dialog.contentItem, "hearingMembers")
            // Two members only: the server refuses, naming the field.
            for (const id of [3, 4]) {
                tryVerify(() => findChild(grid, "panelMember" + id) !== null, 15000)
                click(findChild(grid, "panelMember" + id))
            }
            findChild(dialog.contentItem, "hearingAgenciesField").text = "UBND phường Diên Hồng\nCông an phường Diên Hồng"
            click(findChild(dialog.contentItem, "confirmHearing"))
            tryVerify(() => findChild(desk, "deskErrorBanner").message.startsWith("hearing.panel_member_ids:"), 15000,
                      findChild(desk, "deskErrorBanner").message)
            compare(findChild(card, "hearingIssue").text, "Chưa nhập vấn đề giải trình, đoàn giải trình và cơ quan được mời.")
            // A third member: recorded.
            click(edit)
            tryCompare(dialog, "opened", true, 15000)
            findChild(dialog.contentItem, "hearingIssueField").text = "Công tác quản lý trật tự đô thị trên địa bàn phường"
            chairBox.currentIndex = 1
            for (const id of [3, 4, 5]) {
                tryVerify(() => findChild(grid, "panelMember" + id) !== null, 15000)
                click(findChild(grid, "panelMember" + id))
            }
            findChild(dialog.contentItem, "hearingAgenciesField").text = "UBND phường Diên Hồng\nCông an phường Diên Hồng"
            findChild(dialog.contentItem, "hearingDocumentsField").text = "Báo cáo số 20/BC-UBND|docs/bao-cao-20.pdf"
            click(findChild(dialog.contentItem, "confirmHearing"))
            tryProp(card, "hearingIssue", "text", "Công tác quản lý trật tự đô thị trên địa bàn phường")
            compare(findChild(card, "hearingPanel").text,
                    "Chủ tọa: Trần Thị Bích; thành viên: Lê Hoàng Cường, Phạm Thị Dung, Hoàng Văn Đức")
            compare(findChild(card, "hearingAgencies").text,
                    "Cơ quan giải trình: UBND phường Diên Hồng; Công an phường Diên Hồng")
            compare(edit.text, "Sửa thông tin")

            // The chair's console shows it (from the chair's own stream).
            let chairPage = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            click(findChild(chairPage, "interpellationTab"))
            let console_ = findChild(chairPage, "interpellationConsole")
            tryVerify(() => findChild(console_, "hearingCard") !== null && findChild(console_, "hearingCard").visible, 15000)
            tryProp(console_, "hearingIssue", "text", "Công tác quản lý trật tự đô thị trên địa bàn phường")
            verify(!findChild(findChild(console_, "hearingCard"), "editHearing").visible)

            // Only the panel asks: another delegate's tablet says so instead of the form.
            let member = loginTo("daibieu03", hearingId)
            let other = loginTo("daibieu10", hearingId)
            tryVerify(() => member.store.lastSeq >= secretary.store.lastSeq && other.store.lastSeq >= secretary.store.lastSeq, 15000)
            chairPage.visible = false
            let memberTablet = createTemporaryObject(delegatePageComponent, stage, { connection: member, x: 0, y: 0 })
            let otherTablet = createTemporaryObject(delegatePageComponent, stage, { connection: other })
            click(findChild(memberTablet, "questionsTab"))
            click(findChild(otherTablet, "questionsTab"))
            tryVerify(() => findChild(otherTablet, "questionFormUnavailable").visible, 15000)
            compare(findChild(otherTablet, "questionFormUnavailable").text,
                    "Tại phiên giải trình này, chỉ chủ tọa và thành viên đoàn giải trình đặt câu hỏi.")
            verify(!findChild(otherTablet, "submitQuestion").visible)
            // (No official is invited to this hearing yet: that is all the member is told.)
            tryCompare(findChild(memberTablet, "questionFormUnavailable"), "text", "Kỳ họp chưa mời người trả lời chất vấn.", 15000)
        }
    }
}
