import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// The chair runs the room from the console; the big screen (its own display account and
// connection) follows: sitting opened, current item, suspension with reason, resumption.
// TestCase is invisible: pages are created on `stage`, the visible root.
Item {
    id: stage
    width: 1920
    height: 1080

    TestCase {
        id: tc
        name: "ChairAndDisplay"
        when: windowShown
        width: 1920
        height: 1080

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: chairPageComponent; ChairPage { width: 1280; height: 800 } }
        Component { id: displayPageComponent; DisplayPage { width: 1920; height: 1080; visible: false } }

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

        function test_chair_opens_sitting_sets_item_and_display_follows() {
            let chair = loginAs("chutoa")
            let display = loginAs("manhinh")
            compare(display.role, Connection.Display)
            let chairPage = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            waitForRendering(chairPage)
            let displayPage = createTemporaryObject(displayPageComponent, stage, { connection: display })

            compare(findChild(displayPage, "displaySessionTitle").text, "Kỳ họp thứ Mười (chuyên đề)")
            compare(findChild(displayPage, "displayCurrentItem").text, "Chưa bắt đầu")

            let open = findChild(chairPage, "openSittingButton")
            tryVerify(() => open.visible, 5000)
            mouseClick(open)
            tryCompare(findChild(displayPage, "displaySitting"), "text",
                       "Phiên khai mạc và thảo luận (sáng) — Đang họp", 10000)
            tryCompare(findChild(displayPage, "displayCurrentItem"), "text", "Phiên họp đã khai mạc", 5000)
            tryCompare(findChild(displayPage, "displayQuorum"), "text", "Có mặt 0/30 — chưa đủ túc số (cần 20)", 5000)

            // Agenda control appears once the sitting is open.
            let item3 = null
            tryVerify(() => (item3 = findChild(chairPage, "agendaItem3")) !== null, 5000)
            let start3 = findChild(item3, "makeCurrentButton")
            tryVerify(() => start3.visible, 5000)
            verify(start3.height >= 48)
            mouseClick(start3)
            tryCompare(findChild(displayPage, "displayCurrentItem"), "text",
                       "Tờ trình về điều chỉnh kế hoạch đầu tư công năm 2026", 10000)
            compare(display.store.currentItemPresenter, "Chủ tịch UBND phường")
            compare(display.store.currentItemDocuments.length, 1)

            // Complete it: nothing is current any more.
            let complete = findChild(item3, "completeButton")
            tryVerify(() => complete.visible, 5000)
            mouseClick(complete)
            tryCompare(display.store, "currentItemId", 0, 10000)

            // Suspend with a reason through the dialog, then resume.
            let suspend = findChild(chairPage, "suspendSittingButton")
            tryVerify(() => suspend.visible, 5000)
            mouseClick(suspend)
            let dialog = findChild(chairPage, "suspendSittingDialog")
            tryCompare(dialog, "opened", true, 5000)
            findChild(dialog.contentItem, "reasonField").text = "Nghỉ giải lao 15 phút"
            mouseClick(findChild(dialog.contentItem, "confirmSuspend"))
            tryCompare(findChild(displayPage, "displaySitting"), "text",
                       "Phiên khai mạc và thảo luận (sáng) — Tạm dừng", 10000)
            let resume = findChild(chairPage, "resumeSittingButton")
            tryVerify(() => resume.visible, 5000)
            mouseClick(resume)
            tryCompare(findChild(displayPage, "displaySitting"), "text",
                       "Phiên khai mạc và thảo luận (sáng) — Đang họp", 10000)

            tryVerify(() => display.store.lastSeq === chair.store.lastSeq, 5000)
            compare(display.store.fingerprint(), chair.store.fingerprint())
        }
    }
}
