import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// Attendance across clients: a delegate checks in on the tablet and the chair's console
// (another Connection, same process) sees the roster and the quorum change; the
// secretary records an excused absence with its reason.
// TestCase is invisible: pages are created on `stage`, the visible root.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: tc
        name: "Attendance"
        when: windowShown
        width: 1280
        height: 800

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: chairPageComponent; ChairPage { width: 1280; height: 800 } }
        Component { id: delegatePageComponent; DelegatePage { width: 1280; height: 800 } }
        Component { id: secretaryPageComponent; SecretaryPage { width: 1280; height: 800 } }

        function init() { verify(TestServer.start(), "dienhong-server started") }
        // Connections outlive the pages that show them: destroyed (deferred) after the
        // temporary pages, so no page ever sees its connection vanish.
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

        function openFirstSitting(chair, chairPage) {
            let open = null
            tryVerify(() => (open = findChild(chairPage, "openSittingButton")) !== null && open.visible, 5000)
            mouseClick(open)
            tryCompare(chair.store, "currentSittingStatus", 2, 10000)
        }

        function test_delegate_checks_in_and_chair_roster_updates() {
            let chair = loginAs("chutoa")
            let chairPage = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            waitForRendering(chairPage)
            openFirstSitting(chair, chairPage)
            let quorum = findChild(chairPage, "quorumText")
            tryCompare(quorum, "text", "Có mặt 0/30 — chưa đủ túc số (cần 20)", 5000)

            let delegate = loginAs("daibieu01")
            chairPage.visible = false
            let delegatePage = createTemporaryObject(delegatePageComponent, stage, { connection: delegate })
            waitForRendering(delegatePage)
            let present = findChild(delegatePage, "checkInPresent")
            tryVerify(() => present.enabled, 5000)
            mouseClick(present)
            tryCompare(findChild(delegatePage, "myAttendance"), "text", "Trạng thái của bạn: Có mặt", 10000)
            verify(!present.enabled)

            // The chair's console (its own connection and live stream) follows.
            tryCompare(quorum, "text", "Có mặt 1/30 — chưa đủ túc số (cần 20)", 10000)
            let row = findChild(chairPage, "rosterGrid")
            verify(row.count === 30)
            // Online instead: still one participant, now online.
            mouseClick(findChild(delegatePage, "checkInOnline"))
            tryCompare(findChild(delegatePage, "myAttendance"), "text", "Trạng thái của bạn: Trực tuyến", 10000)
            tryCompare(quorum, "text", "Có mặt 1/30 — chưa đủ túc số (cần 20)", 10000)
            // The quorum text was already this before the change; the delegate applies its
            // own reply at once, the chair's stream brings the event a moment later.
            tryVerify(() => chair.store.lastSeq === delegate.store.lastSeq, 10000)
            compare(chair.store.fingerprint(), delegate.store.fingerprint())
        }

        function test_secretary_records_excused_absence_with_reason() {
            let chair = loginAs("chutoa")
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 10000)

            let secretary = loginAs("thuky")
            let page = createTemporaryObject(secretaryPageComponent, stage, { connection: secretary })
            waitForRendering(page)
            tryVerify(() => secretary.store.currentSittingId === 1, 10000)
            let row = null
            tryVerify(() => (row = findChild(page, "attendance_3")) !== null, 5000)
            let excused = findChild(row, "markExcused")
            verify(excused.visible && excused.height >= 48)
            mouseClick(excused)
            let dialog = findChild(page, "excusedAbsenceDialog")
            tryCompare(dialog, "opened", true, 5000)
            let reason = findChild(dialog.contentItem, "reasonField")
            reason.text = "Đi công tác theo quyết định của UBND phường"
            mouseClick(findChild(dialog.contentItem, "confirmExcused"))
            tryCompare(findChild(row, "statusText"), "text",
                       "Vắng có lý do\nĐi công tác theo quyết định của UBND phường", 10000)

            // A correction: present after all. The chair sees it too.
            mouseClick(findChild(row, "markPresent"))
            tryCompare(findChild(row, "statusText"), "text", "Có mặt", 10000)
            tryVerify(() => chair.store.lastSeq === secretary.store.lastSeq, 10000)
            compare(chair.store.fingerprint(), secretary.store.fingerprint())
        }
    }
}
