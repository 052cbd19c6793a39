import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// The voting screens against a demo session with a real vote: the delegate's ballot,
// confirmation and receipt (tablet), the chair's console with live progress, the big
// screen's progress line and its published result (bars and the server's sentence), at
// 1280x800 and 1920x1080. Key texts are not clipped, buttons are >= 48 px and named.
// With DIENHONG_SCREENSHOT_DIR set (render_screenshots.sh) each screen is saved as PNG.
Item {
    id: stage
    width: 1920
    height: 1080

    TestCase {
        id: tc
        name: "VotingScreens"
        when: windowShown
        width: 1920
        height: 1080

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: delegatePageComponent; DelegatePage { } }
        Component { id: chairPageComponent; ChairPage { } }
        Component { id: displayPageComponent; DisplayPage { } }

        // Clicks once the layouts above the item have settled (a control that just
        // appeared may not be at its place yet).
        function click(item) {
            const settled = () => { for (let p = item; p; p = p.parent) if (isPolishScheduled(p)) return false; return true }
            tryVerify(settled, 15000, "layout settled")
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
            tryVerify(() => c.store.loaded, 10000)
            return c
        }
        function checkTexts(item, names) {
            for (let name of names) {
                let t = findChild(item, name)
                verify(t !== null, "text " + name)
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
        function save(page, file) {
            waitForRendering(page)
            wait(100)
            let dir = TestServer.screenshotDir()
            if (dir.length > 0) grabImage(page).save(dir + "/" + file + ".png")
        }
        function page(component, connection, w, h) {
            let p = createTemporaryObject(component, stage, { connection: connection, width: w, height: h })
            waitForRendering(p)
            return p
        }

        function test_voting_screens() {
            verify(TestServer.start(), "dienhong-server started")
            let chair = loginAs("chutoa")
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 10000)
            chair.setCurrentItem(3)
            tryCompare(chair.store, "currentItemId", 3, 10000)
            let secretary = loginAs("thuky")
            tryCompare(secretary.store, "currentSittingId", 1, 10000)
            for (let id = 1; id <= 20; ++id) secretary.recordAttendance(id, 1, "")
            tryCompare(secretary, "pendingCommands", 0, 20000)
            let delegate = loginAs("daibieu05")
            let display = loginAs("manhinh")

            chair.createPoll({ kind: 1, title: "Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2026",
                               secret: false, countdownSeconds: 120 })
            tryCompare(chair, "pendingCommands", 0, 10000)
            const pollId = 1  // the session's first poll
            chair.openPoll(pollId)
            tryCompare(chair, "pendingCommands", 0, 10000)

            // Eleven others vote first, so the progress has something to show.
            let voters = []
            for (let i = 1; i <= 12; ++i) if (i !== 5) voters.push(loginAs("daibieu" + String(i).padStart(2, "0")))
            for (let i = 0; i < voters.length; ++i)
                voters[i].castVote(pollId, [{ questionId: 1, choiceIds: [i < 9 ? 1 : i < 10 ? 2 : 3] }])
            for (let v of voters) tryCompare(v, "pendingCommands", 0, 10000)
            tryVerify(() => delegate.store.lastSeq === chair.store.lastSeq
                            && display.store.lastSeq === chair.store.lastSeq, 10000)

            for (const size of [{ tag: "tablet", w: 1280, h: 800 }, { tag: "console", w: 1920, h: 1080 }]) {
                let ballot = page(delegatePageComponent, delegate, size.w, size.h)
                let choice = null
                tryVerify(() => (choice = findChild(ballot, "choice_1_1")) !== null, 15000)
                click(choice)
                checkTexts(ballot, ["votingTitle"])
                verify(checkButtons(ballot) >= 5)
                save(ballot, "voting-ballot-" + size.tag)
                click(findChild(ballot, "castVoteButton"))
                tryVerify(() => findChild(ballot, "confirmVoteText") !== null, 15000)
                checkTexts(ballot, ["confirmVoteText"])
                save(ballot, "voting-confirm-" + size.tag)
                ballot.destroy()
            }

            let chairPage = page(chairPageComponent, chair, 1920, 1080)
            tryCompare(findChild(chairPage, "pollProgressText"), "text", "Đã bỏ phiếu: 11/20 đại biểu", 10000)
            checkTexts(chairPage, ["pollTitle", "pollProgressText", "pollNotVoted", "pollCountdown"])
            verify(checkButtons(chairPage) >= 5)
            save(chairPage, "voting-chair-console")
            chairPage.visible = false

            let progress = page(displayPageComponent, display, 1920, 1080)
            tryCompare(findChild(progress, "displayPollProgress"), "text",
                       "Đang biểu quyết — đã có 11/20 đại biểu bỏ phiếu", 10000)
            checkTexts(progress, ["displayPollTitle", "displayPollProgress", "displayCurrentItem"])
            save(progress, "voting-progress-console")
            progress.destroy()

            // The tablet's own vote, through the page: confirmation, then the receipt.
            let tablet = page(delegatePageComponent, delegate, 1280, 800)
            let choice = null
            tryVerify(() => (choice = findChild(tablet, "choice_1_1")) !== null, 15000)
            click(choice)
            click(findChild(tablet, "castVoteButton"))
            tryVerify(() => findChild(tablet, "confirmVoteButton") !== null, 15000)
            click(findChild(tablet, "confirmVoteButton"))
            tryVerify(() => findChild(tablet, "receiptText") !== null && findChild(tablet, "receiptText").text.length > 0, 10000)
            checkTexts(tablet, ["receiptTitle", "receiptText"])
            save(tablet, "voting-receipt-tablet")
            tablet.destroy()

            tryCompare(chair.store, "lastSeq", delegate.store.lastSeq, 10000)
            chair.closePoll(pollId)
            tryCompare(chair, "pendingCommands", 0, 10000)
            chair.publishResults(pollId)
            tryCompare(chair, "pendingCommands", 0, 10000)
            tryCompare(display.store, "lastSeq", chair.store.lastSeq, 10000)

            for (const size of [{ tag: "tablet", w: 1280, h: 800 }, { tag: "console", w: 1920, h: 1080 }]) {
                let screen = page(displayPageComponent, display, size.w, size.h)
                let result = findChild(screen, "displayPollResult")
                tryVerify(() => result.visible, 15000)
                let sentence = findChild(result, "resultSentence0")
                compare(sentence.text, "Không thông qua: 10/30 đại biểu tán thành, 33,33% tổng số đại biểu (cần 16, quá 1/2 tổng số đại biểu)")
                checkTexts(screen, ["displayPollTitle", "displaySessionTitle", "displayQuorum"])
                checkTexts(result, ["resultSentence0"])
                // The whole result is on the screen.
                const bottom = sentence.mapToItem(screen, 0, sentence.height).y
                verify(bottom <= screen.height, "result sentence ends at " + bottom)
                save(screen, "voting-result-" + size.tag)
                screen.destroy()
            }
        }
    }
}
