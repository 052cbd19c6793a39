import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// The poll kinds beyond a resolution, through the pages against a real dienhong-server
// --demo: the chair prepares an election (candidates, seats) on the console, a delegate
// marks two candidates, the chair closes and publishes, and the delegate's tablet and the
// secretary's poll list show the bars and the server's sentences; a confidence rating gets
// one question per official; a cancelled poll and a failed one are repeated from the
// console (RevotePoll).
Item {
    id: stage
    width: 2560
    height: 1600

    TestCase {
        id: tc
        name: "VotingKinds"
        when: windowShown
        width: 2560
        height: 1600

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: chairPageComponent; ChairPage { x: 0; y: 0; width: 1280; height: 800 } }
        Component { id: delegatePageComponent; DelegatePage { x: 1280; y: 0; width: 1280; height: 800 } }
        Component { id: secretaryPageComponent; SecretaryPage { x: 0; y: 800; width: 1280; height: 800 } }

        function init() { verify(TestServer.start(), "dienhong-server started") }
        function click(item) {
            const settled = () => { for (let p = item; p; p = p.parent) if (isPolishScheduled(p)) return false; return true }
            tryVerify(settled, 15000, "layout settled")
            tryVerify(() => item.visible && item.enabled, 15000, item.objectName + " visible and enabled")
            mouseClick(item)
        }
        property var live: []
        function track(o) { live.push(o); return o }
        function cleanup() {
            for (let o of live) o.destroy(100)
            live = []
            TestServer.stop()
        }
        function loginAs(account) {
            let c = track(connectionComponent.createObject(stage, { serverAddress: TestServer.address }))
            c.login(account, "123456")
            tryCompare(c, "state", Connection.Live, 15000)
            tryVerify(() => c.store.loaded, 15000)
            return c
        }
        function find(root, name) {
            let item = null
            tryVerify(() => (item = findChild(root, name)) !== null, 15000, name + " exists")
            return item
        }
        // Chair, opened sitting 1 with item 3 current, and the chair's console.
        function chairConsole() {
            let chair = loginAs("chutoa")
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 15000)
            chair.setCurrentItem(3)
            tryCompare(chair.store, "currentItemId", 3, 15000)
            let page = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            waitForRendering(page)
            return page
        }
        function delegateTablet(account) {
            let c = loginAs(account)
            let p = createTemporaryObject(delegatePageComponent, stage, { connection: c })
            waitForRendering(p)
            click(find(p, "checkInPresent"))
            tryCompare(find(p, "myAttendance"), "text", "Trạng thái của bạn: Có mặt", 15000)
            return p
        }
        // Fills the prepare form and creates the poll; returns the prepared poll (model map).
        function prepare(page, kindIndex, title, list, seats) {
            let kind = find(page, "pollKindBox")
            kind.currentIndex = kindIndex
            kind.activated(kindIndex)
            find(page, "pollTitleField").text = title
            if (list !== undefined) {
                let field = find(page, "pollListField")
                tryVerify(() => field.visible, 15000)
                field.text = list.join("\n")
            }
            if (seats !== undefined) find(page, "pollSeatsBox").value = seats
            click(find(page, "createPollButton"))
            tryVerify(() => find(page, "pollConsole").poll.title === title, 15000,
                      "prepared; banner: " + find(page, "errorBanner").message)
            return find(page, "pollConsole").poll
        }

        function test_election_published_on_tablet_and_secretary_desk() {
            let chairPage = chairConsole()
            let tablet = delegateTablet("daibieu01")
            let poll = prepare(chairPage, 4, "Bầu Phó Chủ tịch Hội đồng nhân dân phường",
                               ["Lê Văn Cường", "  ", "Phạm Thị Dung", "Hoàng Văn Em"], 2)
            compare(poll.kindText, "Bầu cử")
            compare(poll.secret, true)  // the kind's default, set on the form
            compare(poll.questions.length, 1)
            compare(poll.questions[0].maxChoices, 2)
            compare(poll.questions[0].choices.map(c => c.label), ["Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"])
            click(find(chairPage, "openPollButton"))

            // The tablet marks two candidates, confirms, gets the receipt.
            click(find(tablet, "choice_1_1"))
            click(find(tablet, "choice_1_3"))
            click(find(tablet, "castVoteButton"))
            click(find(tablet, "confirmVoteButton"))
            find(tablet, "receiptTitle")
            tryCompare(find(chairPage, "pollProgressText"), "text", "Đã bỏ phiếu: 1/1 đại biểu", 15000)

            click(find(chairPage, "closePollButton"))
            click(find(chairPage, "publishPollButton"))
            // The tablet shows the published result with the server's sentences.
            let panel = find(tablet, "publishedResultPanel")
            tryVerify(() => panel.visible, 15000)
            compare(find(tablet, "publishedResultTitle").text, "Bầu Phó Chủ tịch Hội đồng nhân dân phường")
            let published = null
            tryVerify(() => (published = find(chairPage, "pollConsole").polls.publishedPoll).pollId !== undefined, 15000)
            const sentence = published.results[0].text
            verify(sentence.length > 0)
            tryCompare(find(find(tablet, "publishedResultBars"), "resultSentence0"), "text", sentence, 15000)

            // The secretary's desk lists it, read-only, with the same result.
            let secretary = loginAs("thuky")
            let desk = createTemporaryObject(secretaryPageComponent, stage, { connection: secretary })
            waitForRendering(desk)
            click(find(desk, "pollsTab"))
            let list = find(desk, "secretaryPollList")
            tryCompare(list, "count", 1, 15000)
            let row = find(desk, "poll" + published.pollId)
            compare(find(row, "pollStatus").text, "Đã công bố kết quả")
            tryCompare(find(find(row, "pollRowResult"), "resultSentence0"), "text", sentence, 15000)
        }

        function test_rating_per_official_and_revote_after_cancel() {
            let chairPage = chairConsole()
            let poll = prepare(chairPage, 2, "Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND bầu",
                               ["Nguyễn Văn An — Chủ tịch UBND phường", "Trần Thị Bích — Phó Chủ tịch UBND phường"])
            compare(poll.kindText, "Lấy phiếu tín nhiệm")
            compare(poll.questions.map(q => q.title),
                    ["Nguyễn Văn An — Chủ tịch UBND phường", "Trần Thị Bích — Phó Chủ tịch UBND phường"])
            compare(poll.questions[0].choices.map(c => c.label), ["tín nhiệm cao", "tín nhiệm", "tín nhiệm thấp"])

            // Cancel with a reason, then repeat it from the console.
            click(find(chairPage, "cancelPollButton"))
            let dialog = find(chairPage, "cancelPollDialog")
            tryCompare(dialog, "opened", true, 15000)
            findChild(dialog.contentItem, "cancelReasonField").text = "Thiếu người được lấy phiếu"
            click(findChild(dialog.contentItem, "confirmCancelPoll"))
            tryCompare(find(chairPage, "revotableText"), "text",
                       "Đã hủy: Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND bầu", 15000)
            click(find(chairPage, "revotePollButton"))
            tryVerify(() => find(chairPage, "pollConsole").poll.revoteOf === poll.pollId, 15000)
            compare(find(chairPage, "pollConsole").poll.questions.length, 2)
            compare(find(chairPage, "pollConsole").poll.status, 1)
        }

        function test_failed_resolution_is_repeated() {
            let chairPage = chairConsole()
            let tablet = delegateTablet("daibieu02")
            let poll = prepare(chairPage, 0, "Nghị quyết về đặt tên đường")
            click(find(chairPage, "openPollButton"))
            click(find(tablet, "choice_1_2"))
            click(find(tablet, "castVoteButton"))
            click(find(tablet, "confirmVoteButton"))
            find(tablet, "receiptTitle")
            click(find(chairPage, "closePollButton"))
            // 0 of 30 in favour: not passed; the console offers the repeat.
            let revote = find(chairPage, "revoteClosedButton")
            tryVerify(() => revote.visible, 15000)
            compare(revote.Accessible.name, "Biểu quyết lại: Nghị quyết về đặt tên đường")
            click(revote)
            tryVerify(() => find(chairPage, "pollConsole").poll.revoteOf === poll.pollId, 15000)
            compare(find(chairPage, "pollConsole").poll.title, "Nghị quyết về đặt tên đường")
        }
    }
}
