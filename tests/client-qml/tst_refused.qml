import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// A refused command shows the server's own message on the page that sent it, and
// changes nothing.
// TestCase is invisible: pages are created on `stage`, the visible root.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: tc
        name: "Refused"
        when: windowShown
        width: 1280
        height: 800

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: chairPageComponent; ChairPage { width: 1280; height: 800 } }
        Component { id: secretaryPageComponent; SecretaryPage { width: 1280; height: 800 } }
        Component { id: delegatePageComponent; DelegatePage { width: 1280; height: 800 } }
        Component {
            id: spyComponent
            SignalSpy { signalName: "commandFailed" }
        }

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

        function test_second_open_sitting_is_refused_with_server_message() {
            let chair = loginAs("chutoa")
            let page = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            waitForRendering(page)
            let spy = createTemporaryObject(spyComponent, stage, { target: chair })
            let list = findChild(page, "sittingList")
            let first = null, second = null
            tryVerify(() => (first = findChild(list, "sitting1")) !== null
                            && (second = findChild(list, "sitting2")) !== null, 5000)
            mouseClick(findChild(first, "openSittingButton"))
            tryCompare(chair.store, "currentSittingId", 1, 10000)
            const seq = chair.store.lastSeq

            // Only one sitting may be open at a time: the console no longer offers it ...
            verify(!findChild(second, "openSittingButton").enabled)
            // ... and when the command is sent anyway (another console, a stale view) the
            // server refuses it and the page shows the server's words.
            chair.openSitting(2)
            spy.wait(10000)
            let message = spy.signalArguments[0][0]
            verify(message.length > 0)
            verify(message.indexOf("Không kết nối") < 0, message)
            let banner = findChild(page, "errorBanner")
            tryVerify(() => banner.visible, 5000)
            compare(findChild(banner, "errorText").text, message)
            compare(chair.store.currentSittingId, 1)
            compare(chair.store.lastSeq, seq)
            compare(chair.pendingCommands, 0)
        }

        function test_excused_without_reason_is_refused() {
            let chair = loginAs("chutoa")
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 10000)
            let secretary = loginAs("thuky")
            let page = createTemporaryObject(secretaryPageComponent, stage, { connection: secretary })
            waitForRendering(page)
            let spy = createTemporaryObject(spyComponent, stage, { target: secretary })
            let row = null
            tryVerify(() => (row = findChild(page, "attendance_5")) !== null, 5000)
            mouseClick(findChild(row, "markExcused"))
            let dialog = findChild(page, "excusedAbsenceDialog")
            tryCompare(dialog, "opened", true, 5000)
            mouseClick(findChild(dialog.contentItem, "confirmExcused"))  // no reason
            spy.wait(10000)
            let message = spy.signalArguments[0][0]
            verify(message.indexOf("reason") === 0, message)   // the server names the field
            tryCompare(findChild(findChild(page, "errorBanner"), "errorText"), "text", message, 5000)
            compare(findChild(row, "statusText").text, "Chưa điểm danh")
        }

        function test_check_in_without_open_sitting_is_refused() {
            let delegate = loginAs("daibieu02")
            let page = createTemporaryObject(delegatePageComponent, stage, { connection: delegate })
            waitForRendering(page)
            let spy = createTemporaryObject(spyComponent, stage, { target: delegate })
            // The button is disabled (no sitting is open) ...
            verify(!findChild(page, "checkInPresent").enabled)
            // ... and the server refuses the command anyway.
            delegate.checkIn(false)
            spy.wait(10000)
            verify(spy.signalArguments[0][0].length > 0)
            tryVerify(() => findChild(page, "errorBanner").visible, 5000)
        }
    }
}
