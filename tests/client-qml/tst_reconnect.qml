import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// The server restarts mid-session: the clients notice, reconnect by themselves, resume
// the live stream from their last applied seq (no gap, no duplicate) and a command sent
// while the server was down is delivered by the retry.
// TestCase is invisible: pages are created on `stage`, the visible root.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: tc
        name: "Reconnect"
        when: windowShown
        width: 1280
        height: 800

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: chairPageComponent; ChairPage { width: 1280; height: 800 } }

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

        function test_server_restart_resumes_without_gap_or_duplicate() {
            let chair = loginAs("chutoa")
            let display = loginAs("manhinh")
            chair.openSitting(1)
            tryCompare(display.store, "currentSittingStatus", 2, 10000)
            chair.setCurrentItem(1)
            tryCompare(display.store, "currentItemId", 1, 10000)
            const seqBefore = display.store.lastSeq

            let seen = []
            display.stateChanged.connect(() => seen.push(display.state))

            verify(TestServer.restart(), "dienhong-server restarted")
            tryVerify(() => seen.indexOf(Connection.Reconnecting) >= 0, 15000)
            tryCompare(display, "state", Connection.Live, 20000)
            // Nothing was lost or applied twice while the stream was down.
            compare(display.store.lastSeq, seqBefore)

            // Events after the restart arrive on the resumed stream.
            chair.setCurrentItem(2)
            tryCompare(display.store, "currentItemId", 2, 15000)
            compare(display.store.lastSeq, seqBefore + 2)  // item 1 completed, item 2 started
            tryCompare(chair, "pendingCommands", 0, 15000)

            // A fresh client that loads a snapshot now sees exactly the resumed state.
            let fresh = loginAs("quansat")
            tryCompare(fresh.store, "lastSeq", display.store.lastSeq, 10000)
            compare(fresh.store.fingerprint(), display.store.fingerprint())
            compare(chair.store.fingerprint(), display.store.fingerprint())
        }

        function test_reconnecting_notice_is_debounced_and_clears() {
            let chair = loginAs("chutoa")
            let page = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            waitForRendering(page)
            let banner = findChild(page, "reconnectingBanner")
            verify(!banner.visible)
            TestServer.stop()
            tryCompare(chair, "state", Connection.Reconnecting, 10000)
            // A blip does not flash the notice at once ...
            verify(!chair.reconnecting)
            verify(!banner.visible)
            // ... a real outage shows it, calmly.
            tryVerify(() => banner.visible, 5000)
            verify(chair.reconnecting)
            verify(TestServer.restart(), "dienhong-server restarted")
            tryCompare(chair, "state", Connection.Live, 20000)
            verify(!banner.visible)
            verify(chair.loggedIn)
        }

        function test_command_during_outage_is_retried_with_same_request() {
            let chair = loginAs("chutoa")
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 10000)
            const seq = chair.store.lastSeq
            TestServer.stop()
            chair.setCurrentItem(1)             // first attempt fails: UNAVAILABLE
            compare(chair.pendingCommands, 1)
            wait(300)
            verify(TestServer.restart(), "dienhong-server restarted")
            tryCompare(chair.store, "currentItemId", 1, 20000)
            tryCompare(chair, "pendingCommands", 0, 10000)
            compare(chair.store.lastSeq, seq + 1)
        }
    }
}
