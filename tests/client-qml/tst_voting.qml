import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// Voting through the pages against a real dienhong-server --demo: the chair prepares and
// opens a poll on the console, two delegates vote on their tablets (choice, confirmation,
// receipt), the chair follows the progress, closes and publishes, and the big screen
// shows the bars and the server's sentence. A secret poll leaves no trace of the choice
// on the tablet or in the model; a second vote is refused with the server's message.
// The pages sit side by side on one large stage (chair top left, tablets top right and
// bottom left, big screen bottom right), so each receives its own clicks.
Item {
    id: stage
    width: 2560
    height: 1600

    TestCase {
        id: tc
        name: "Voting"
        when: windowShown
        width: 2560
        height: 1600

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: chairPageComponent; ChairPage { x: 0; y: 0; width: 1280; height: 800 } }
        Component { id: delegatePageComponent; DelegatePage { width: 1280; height: 800 } }
        Component { id: displayPageComponent; DisplayPage { x: 1280; y: 800; width: 1280; height: 800 } }
        Component { id: pollsComponent; PollsModel { } }

        function init() { tablets = 0; verify(TestServer.start(), "dienhong-server started") }
        // Clicks once the layouts above the item have settled (a control that just
        // appeared may not be at its place yet).
        function click(item) {
            const settled = () => { for (let p = item; p; p = p.parent) if (isPolishScheduled(p)) return false; return true }
            tryVerify(settled, 15000, "layout settled")
            mouseClick(item)
        }
        property var live: []
        function track(o) { live.push(o); return o }
        function dropConnections() { for (let o of live) o.destroy(100); live = [] }
        function cleanup() {
            dropConnections()
            TestServer.stop()
        }

        function loginAs(account) {
            let c = track(connectionComponent.createObject(stage, { serverAddress: TestServer.address }))
            c.login(account, "123456")
            tryCompare(c, "state", Connection.Live, 15000)
            tryVerify(() => c.store.loaded, 10000)
            return c
        }
        property int tablets: 0
        function delegatePage(connection) {
            const slot = tablets++ % 2
            let p = createTemporaryObject(delegatePageComponent, stage,
                                          { connection: connection, x: slot === 0 ? 1280 : 0, y: slot === 0 ? 0 : 800 })
            waitForRendering(p)
            let present = findChild(p, "checkInPresent")
            tryVerify(() => present.enabled, 10000)
            click(present)
            tryCompare(findChild(p, "myAttendance"), "text", "Trạng thái của bạn: Có mặt", 10000)
            return p
        }
        function openSitting(chair) {
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 10000)
        }
        function createAndOpen(chairPage, title, secret) {
            let titleField = findChild(chairPage, "pollTitleField")
            tryVerify(() => titleField.visible, 15000)
            titleField.text = title
            let secretSwitch = findChild(chairPage, "pollSecretSwitch")
            if (secretSwitch.checked !== secret) click(secretSwitch)
            compare(secretSwitch.checked, secret)
            let create = findChild(chairPage, "createPollButton")
            verify(create.height >= 48)
            tryVerify(() => create.enabled, 15000)
            click(create)
            tryCompare(chairPage.connection, "pendingCommands", 0, 10000)
            compare(findChild(chairPage, "errorBanner").message, "")
            let open = findChild(chairPage, "openPollButton")
            for (let t = 0; t < 100 && !(open.visible && open.enabled); ++t) wait(100)
            verify(open.visible && open.enabled, "open button: visible " + open.visible + ", enabled " + open.enabled
                   + ", sitting status " + chairPage.connection.store.currentSittingStatus
                   + ", console " + JSON.stringify(findChild(chairPage, "pollConsole").poll)
                   + ", banner " + findChild(chairPage, "errorBanner").message)
            compare(findChild(chairPage, "pollTitle").text, title)
            click(open)
            tryVerify(() => findChild(chairPage, "closePollButton").visible, 10000)
        }
        // Choice, confirmation, receipt, on the tablet's own page.
        function vote(page, choiceId, confirmText) {
            let button = null
            tryVerify(() => (button = findChild(page, "choice_1_" + choiceId)) !== null && button.visible, 10000)
            tryVerify(() => button.height >= 48, 15000, "choice is a large touch target")
            click(button)
            let cast = findChild(page, "castVoteButton")
            tryVerify(() => cast.enabled, 15000)
            click(cast)
            let confirm = null
            tryVerify(() => (confirm = findChild(page, "confirmVoteText")) !== null, 15000)
            compare(confirm.text, confirmText)
            click(findChild(page, "confirmVoteButton"))
            let receipt = null
            tryVerify(() => (receipt = findChild(page, "receiptTitle")) !== null, 10000)
            compare(receipt.text, "✓ Đã ghi nhận phiếu của đại biểu")
            // The live stream's copy of the VoteCast may arrive before the reply: the
            // receipt view shows at once, the server's text with the reply.
            tryVerify(() => findChild(page, "receiptText").text.startsWith("Đã ghi nhận phiếu của đại biểu"),
                      10000, findChild(page, "receiptText").text)
        }
        // Every text in an item tree (visible or not).
        function texts(item, out) {
            if (item.text !== undefined && typeof item.text === "string") out.push(item.text)
            if (item.title !== undefined && typeof item.title === "string") out.push(item.title)
            for (let i = 0; i < item.children.length; ++i) texts(item.children[i], out)
            return out
        }
        function mentions(item, word) {
            return texts(item, []).some(t => t.toLowerCase().indexOf(word) >= 0)
        }

        function test_open_poll_delegates_vote_chair_publishes_display_shows() {
            let chair = loginAs("chutoa")
            let d1 = loginAs("daibieu01")
            let d2 = loginAs("daibieu02")
            let display = loginAs("manhinh")
            openSitting(chair)
            let chairPage = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            waitForRendering(chairPage)
            let p1 = delegatePage(d1)
            let p2 = delegatePage(d2)
            let displayPage = createTemporaryObject(displayPageComponent, stage, { connection: display })
            tryVerify(() => chair.store.lastSeq === d2.store.lastSeq && display.store.lastSeq === chair.store.lastSeq, 10000)

            // No poll: the tablet shows no ballot.
            verify(!findChild(p1, "votingPanel").visible)
            createAndOpen(chairPage, "Nghị quyết về kế hoạch đầu tư công năm 2026", false)
            tryCompare(findChild(chairPage, "pollProgressText"), "text", "Đã bỏ phiếu: 0/2 đại biểu", 10000)
            tryVerify(() => findChild(p1, "votingPanel").visible, 10000)
            tryCompare(findChild(displayPage, "displayPollProgress"), "text",
                       "Đang biểu quyết — đã có 0/2 đại biểu bỏ phiếu", 10000)

            vote(p1, 1, "Xác nhận biểu quyết: Tán thành?")
            // An open poll: the server's reply echoes the committed choice.
            compare(findChild(p1, "receiptEcho").text, "Lựa chọn đã ghi: Tán thành")
            tryCompare(findChild(chairPage, "pollProgressText"), "text", "Đã bỏ phiếu: 1/2 đại biểu", 10000)
            const name2 = chair.store.delegateName(d2.delegateId)
            verify(name2.length > 0)
            tryCompare(findChild(chairPage, "pollNotVoted"), "text", "Chưa bỏ phiếu: " + name2, 10000)
            tryCompare(findChild(displayPage, "displayPollProgress"), "text",
                       "Đang biểu quyết — đã có 1/2 đại biểu bỏ phiếu", 10000)

            vote(p2, 2, "Xác nhận biểu quyết: Không tán thành?")
            tryCompare(findChild(chairPage, "pollProgressText"), "text", "Đã bỏ phiếu: 2/2 đại biểu", 10000)

            click(findChild(chairPage, "closePollButton"))
            let publish = findChild(chairPage, "publishPollButton")
            tryVerify(() => publish.visible, 10000)
            const sentence = "Không thông qua: 1/30 đại biểu tán thành, 3,33% tổng số đại biểu (cần 16, quá 1/2 tổng số đại biểu)"
            tryCompare(findChild(findChild(chairPage, "pollResult"), "resultSentence0"), "text", sentence, 15000)
            // Closed but not published: the big screen does not show the result yet.
            tryVerify(() => !findChild(displayPage, "displayPoll").visible, 10000)
            click(publish)

            let result = findChild(displayPage, "displayPollResult")
            tryVerify(() => result.visible, 10000)
            tryCompare(findChild(result, "resultSentence0"), "text", sentence, 15000)
            compare(findChild(displayPage, "displayPollTitle").text,
                    "KẾT QUẢ BIỂU QUYẾT: NGHỊ QUYẾT VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026")
            // Bars: tán thành 1, không tán thành 1, không biểu quyết 0.
            let counts = []
            let walk = (item) => {
                if (item.objectName === "barCount") counts.push(item.text)
                for (let i = 0; i < item.children.length; ++i) walk(item.children[i])
            }
            walk(result)
            compare(counts, ["1", "1", "0"])
            // The ballots are gone from the tablets; the chair's console is ready for the next.
            tryVerify(() => !findChild(p1, "votingPanel").visible, 15000)
            tryVerify(() => findChild(chairPage, "createPollButton").visible, 15000)
            tryVerify(() => findChild(chairPage, "lastPublished").text.indexOf(sentence) > 0, 15000)
        }

        function test_secret_poll_leaves_no_choice_on_the_tablet() {
            let chair = loginAs("chutoa")
            let d1 = loginAs("daibieu01")
            let d2 = loginAs("daibieu02")
            openSitting(chair)
            let chairPage = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            waitForRendering(chairPage)
            let p1 = delegatePage(d1)
            let p2 = delegatePage(d2)
            let m1 = createTemporaryObject(pollsComponent, stage, { store: d1.store, selfDelegateId: d1.delegateId })
            let m2 = createTemporaryObject(pollsComponent, stage, { store: d2.store, selfDelegateId: d2.delegateId })

            createAndOpen(chairPage, "Bỏ phiếu kín về nhân sự", true)
            tryVerify(() => findChild(p1, "votingPanel").visible, 10000)
            let panel = findChild(p1, "votingPanel")

            // Before sending, the choice is on the page (the search can find it)...
            let button = null
            tryVerify(() => (button = findChild(p1, "choice_1_2")) !== null, 10000)
            click(button)
            click(findChild(p1, "castVoteButton"))
            tryVerify(() => findChild(p1, "confirmVoteText") !== null, 15000)
            compare(findChild(p1, "confirmVoteText").text, "Xác nhận biểu quyết: Không tán thành?")
            verify(mentions(p1, "không tán thành"))
            click(findChild(p1, "confirmVoteButton"))
            tryVerify(() => findChild(p1, "receiptTitle") !== null, 10000)
            // ...after it, nowhere: no item of the page, not the panel's memory, not the model.
            verify(!mentions(p1, "không tán thành"), texts(p1, []).join(" | "))
            compare(findChild(p1, "receiptEcho").text, "")
            compare(Object.keys(panel.selection).length, 0)
            // The receipt view may show on the live VoteCast event before the call's reply
            // fills the receipt in: wait for the reply, then check it echoes nothing.
            tryVerify(() => panel.receipt.pollId !== undefined, 15000)
            compare(panel.receipt.echoed, "")

            vote(p2, 1, "Xác nhận biểu quyết: Tán thành?")
            verify(!mentions(p2, "tán thành"), texts(p2, []).join(" | "))
            tryVerify(() => d1.store.lastSeq === d2.store.lastSeq && m1.count === 1, 10000)
            tryCompare(findChild(chairPage, "pollProgressText"), "text", "Đã bỏ phiếu: 2/2 đại biểu", 10000)
            // Two tablets that voted differently hold exactly the same poll row.
            const pollId = m1.openPoll.pollId
            compare(m1.poll(pollId).hasVoted, true)
            compare(JSON.stringify(m1.poll(pollId)), JSON.stringify(m2.poll(pollId)))
            // A secret poll lists no names on the console.
            verify(!findChild(chairPage, "pollVoted").visible)
            verify(!findChild(chairPage, "pollNotVoted").visible)
        }

        function test_second_vote_is_refused_with_the_servers_message() {
            let chair = loginAs("chutoa")
            let d1 = loginAs("daibieu01")
            openSitting(chair)
            let chairPage = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            waitForRendering(chairPage)
            let p1 = delegatePage(d1)
            createAndOpen(chairPage, "Nghị quyết thông qua chương trình", false)
            vote(p1, 1, "Xác nhận biểu quyết: Tán thành?")
            let banner = findChild(p1, "errorBanner")
            compare(banner.message, "")
            // A second ballot from the same account (another device, or a stale screen).
            const pollId = findChild(p1, "votingPanel").poll.pollId
            d1.castVote(pollId, [{ questionId: 1, choiceIds: [2] }])
            tryVerify(() => banner.message.length > 0, 10000)
            verify(banner.message.indexOf("đại biểu đã biểu quyết") >= 0, banner.message)
            verify(banner.message.indexOf("mỗi đại biểu chỉ có một phiếu") >= 0, banner.message)
            verify(banner.visible)
            // The receipt stays; the progress did not move.
            verify(findChild(p1, "receiptTitle") !== null)
            tryCompare(findChild(chairPage, "pollProgressText"), "text", "Đã bỏ phiếu: 1/1 đại biểu", 10000)
        }

        function test_cancel_with_reason_and_countdown() {
            let chair = loginAs("chutoa")
            let d1 = loginAs("daibieu01")
            openSitting(chair)
            let chairPage = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            waitForRendering(chairPage)
            let p1 = delegatePage(d1)
            findChild(chairPage, "pollCountdownBox").value = 120
            createAndOpen(chairPage, "Biểu quyết có đếm ngược", false)
            let countdown = findChild(chairPage, "pollCountdown")
            tryVerify(() => countdown.visible && /^Còn lại [12]:\d\d$/.test(countdown.text), 15000)
            verify(countdown.secondsLeft > 100 && countdown.secondsLeft <= 120, countdown.secondsLeft)
            tryVerify(() => findChild(p1, "votingPanel").visible, 10000)

            click(findChild(chairPage, "cancelPollButton"))
            let dialog = findChild(chairPage, "cancelPollDialog")
            tryCompare(dialog, "opened", true, 15000)
            findChild(dialog.contentItem, "cancelReasonField").text = "Nhầm nội dung"
            click(findChild(dialog.contentItem, "confirmCancelPoll"))
            tryVerify(() => !findChild(p1, "votingPanel").visible, 10000)
            tryVerify(() => findChild(chairPage, "createPollButton").visible, 15000)
        }
    }
}
