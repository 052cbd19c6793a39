import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// Every page, for its role, against a demo session in progress, at the tablet size
// (1280x800) and the console size (1920x1080): the key texts fit (no clipped Vietnamese),
// touch targets are at least 48 px, every button has an accessible name. With
// DIENHONG_SCREENSHOT_DIR set (tests/client-qml/render_screenshots.sh) each page is also
// saved as a PNG.
// TestCase is invisible: pages are created on `stage`, the visible root.
Item {
    id: stage
    width: 1920
    height: 1080

    TestCase {
        id: tc
        name: "Pages"
        when: windowShown
        width: 1920
        height: 1080

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: loginPageComponent; LoginPage { } }
        Component { id: delegatePageComponent; DelegatePage { } }
        Component { id: chairPageComponent; ChairPage { } }
        Component { id: secretaryPageComponent; SecretaryPage { } }
        Component { id: displayPageComponent; DisplayPage { } }

        property var connections: ({})

        function initTestCase() {
            verify(TestServer.start(), "dienhong-server started")
            let chair = loginAs("chutoa")
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 10000)
            chair.setCurrentItem(3)
            tryCompare(chair.store, "currentItemId", 3, 10000)
            let secretary = loginAs("thuky")
            tryCompare(secretary.store, "currentSittingId", 1, 10000)
            // 20 present, 2 online, one excused: the quorum (20 of 30) is met.
            for (let id = 1; id <= 20; ++id) secretary.recordAttendance(id, 1, "")
            secretary.recordAttendance(21, 2, "")
            secretary.recordAttendance(22, 2, "")
            secretary.recordAttendance(23, 3, "Đi công tác theo quyết định của UBND phường")
            tryCompare(secretary, "pendingCommands", 0, 20000)
            tryCompare(chair.store, "lastSeq", secretary.store.lastSeq, 10000)
            connections = { chair: chair, secretary: secretary,
                            delegate: loginAs("daibieu05"), display: loginAs("manhinh") }
            // The floor: delegate 7 speaks; delegates 5 (the tablet's owner), 8 and 12 wait
            // to speak, delegate 9 raised a point of order (first in line).
            let speakers = ["daibieu07", "daibieu08", "daibieu12", "daibieu09"].map(a => loginAs(a))
            speakers[0].requestFloor(1, 0, "")
            tryCompare(speakers[0], "pendingCommands", 0, 10000)
            chair.grantFloor(0)
            tryCompare(chair, "pendingCommands", 0, 10000)
            connections.delegate.requestFloor(1, 0, "")
            tryCompare(connections.delegate, "pendingCommands", 0, 10000)
            speakers[1].requestFloor(1, 0, "")
            speakers[2].requestFloor(1, 0, "")
            speakers[3].requestFloor(3, 0, "")
            for (let c of speakers) tryCompare(c, "pendingCommands", 0, 10000)
            // Their replies were applied by their own stores: everyone catches up to the last.
            const last = Math.max(...speakers.map(c => c.store.lastSeq))
            for (let c of speakers) c.destroy()
            tryVerify(() => chair.store.lastSeq >= last, 10000)
            tryCompare(connections.display.store, "lastSeq", chair.store.lastSeq, 10000)
            tryCompare(connections.delegate.store, "lastSeq", chair.store.lastSeq, 10000)
        }
        // Connections outlive the pages that show them: destroyed (deferred) after the
        // temporary pages, so no page ever sees its connection vanish.
        property var live: []
        function track(o) { live.push(o); return o }
        function dropConnections() { for (let o of live) o.destroy(100); live = [] }
        function cleanupTestCase() {
            dropConnections()
            for (let key in connections) connections[key].destroy()
            TestServer.stop()
        }

        // Connections live for the whole test case (temporary objects would be destroyed
        // after the first test function).
        function loginAs(account) {
            let c = connectionComponent.createObject(stage, { serverAddress: TestServer.address })
            c.login(account, "123456")
            tryCompare(c, "state", Connection.Live, 15000)
            tryVerify(() => c.store.loaded, 10000)
            return c
        }

        // Texts that must never be cut: checked at both sizes.
        function checkTexts(item, names) {
            for (let name of names) {
                let t = findChild(item, name)
                verify(t !== null, "text " + name)
                verify(t.text.length > 0, name + " is empty")
                verify(!t.truncated, name + " is clipped: " + t.text)
            }
        }
        // Every visible button: >= 48 px high and an accessible name.
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
        function render(component, connection, w, h, file) {
            let page = createTemporaryObject(component, stage, { connection: connection, width: w, height: h })
            verify(page !== null)
            waitForRendering(page)
            wait(100)
            let dir = TestServer.screenshotDir()
            if (dir.length > 0) {
                let image = grabImage(page)
                image.save(dir + "/" + file + ".png")
            }
            return page
        }

        function test_pages_data() {
            return [
                { tag: "tablet", w: 1280, h: 800 },
                { tag: "console", w: 1920, h: 1080 },
            ]
        }

        function test_pages(data) {
            let s = data.tag
            let login = render(loginPageComponent, track(connectionComponent.createObject(stage)),
                               data.w, data.h, "login-" + s)
            verify(checkButtons(login) >= 1)

            let delegate = render(delegatePageComponent, connections.delegate, data.w, data.h, "delegate-" + s)
            checkTexts(delegate, ["sessionTitle", "currentItemTitle", "myAttendance", "currentSpeaker", "myFloorRequest"])
            compare(findChild(delegate, "myFloorRequest").text, "Bạn đã đăng ký phát biểu — thứ tự 2")
            compare(findChild(delegate, "currentItemTitle").text,
                    "3. Tờ trình về điều chỉnh kế hoạch đầu tư công năm 2026")
            compare(findChild(delegate, "documentList").count, 1)
            verify(checkButtons(delegate) >= 3)
            delegate.visible = false

            let chair = render(chairPageComponent, connections.chair, data.w, data.h, "chair-" + s)
            if (chair.compact) {
                // The floor tab of a tablet-sized console, too.
                findChild(chair, "chairTabs").currentIndex = 1
                waitForRendering(chair)
                let dir = TestServer.screenshotDir()
                if (dir.length > 0) grabImage(chair).save(dir + "/chair-floor-" + s + ".png")
            }
            checkTexts(chair, ["sessionTitle", "quorumText", "runningSpeaker0"])
            compare(findChild(chair, "chairFloorList").count, 4)
            compare(findChild(chair, "quorumText").text, "Có mặt 22/30 — đủ túc số")
            verify(checkButtons(chair) >= 5)
            chair.visible = false

            let secretary = render(secretaryPageComponent, connections.secretary, data.w, data.h, "secretary-" + s)
            checkTexts(secretary, ["sessionTitle", "quorumText"])
            verify(checkButtons(secretary) >= 8)
            secretary.visible = false

            let display = render(displayPageComponent, connections.display, data.w, data.h, "display-" + s)
            checkTexts(display, ["displaySessionTitle", "displayCurrentItem", "displaySitting", "displayQuorum",
                                 "displaySpeakerName", "speakerCountdownTime"])
            compare(findChild(display, "displayQuorum").text, "Có mặt 22/30 — đủ túc số")
        }
    }
}
