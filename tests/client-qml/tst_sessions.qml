import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// The session chooser, through the application window against a real dienhong-server
// --demo with a second session: with several sessions the chooser comes after login,
// offering first the one this device followed last time (remembered per server and
// council); a remembered session that is in progress is followed at once; the header
// leads back to the chooser.
Item {
    id: stage
    width: 400
    height: 300

    TestCase {
        id: tc
        name: "Sessions"
        when: windowShown

        Component { id: mainComponent; Main { } }
        Component { id: connectionComponent; Connection { rememberServer: false } }

        function init() { verify(TestServer.start(), "dienhong-server started") }
        function cleanup() { TestServer.stop() }

        function pageOf(w) { return findChild(w.contentItem, "pageLoader").item }
        function waitForPage(w, name) {
            tryVerify(() => pageOf(w) !== null && pageOf(w).objectName === name, 15000,
                      "page " + (pageOf(w) ? pageOf(w).objectName : "none") + ", wanted " + name)
            waitForRendering(pageOf(w))
            return pageOf(w)
        }
        function logIn(w, account) {
            let login = waitForPage(w, "loginPage")
            findChild(login, "accountField").text = account
            findChild(login, "pinField").text = "123456"
            mouseClick(findChild(login, "loginButton"))
        }
        function row(page, sessionId) {
            let r = null
            tryVerify(() => (r = findChild(page, "session" + sessionId)) !== null, 15000)
            return r
        }

        function test_chooser_offers_the_last_session_first() {
            const second = TestServer.createSession("Kỳ họp chuyên đề về quy hoạch")
            verify(second > 1)
            let w = createTemporaryObject(mainComponent, stage, { initialServer: TestServer.address })
            logIn(w, "daibieu01")
            let chooser = waitForPage(w, "sessionChooserPage")
            const c = w.appConnection
            compare(c.state, Connection.ChoosingSession)
            compare(c.sessions.length, 2)
            compare(c.lastSessionId, 0)
            compare(c.suggestedSessionId, 1)  // convened before draft
            verify(row(chooser, 1).suggested)
            verify(row(chooser, second).height >= 48)
            compare(row(chooser, second).Accessible.name, "Kỳ họp chuyên đề về quy hoạch — Đang chuẩn bị")

            mouseClick(row(chooser, second))
            let page = waitForPage(w, "delegatePage")
            tryCompare(c.store, "title", "Kỳ họp chuyên đề về quy hoạch", 15000)
            compare(c.sessionId, second)
            tryCompare(findChild(page, "sessionTitle"), "text", "Kỳ họp chuyên đề về quy hoạch", 15000)

            // Next login on this device: the chooser again (a draft is not in progress),
            // the last one first and marked.
            c.logout()
            logIn(w, "daibieu01")
            chooser = waitForPage(w, "sessionChooserPage")
            compare(c.lastSessionId, second)
            compare(c.suggestedSessionId, second)
            verify(row(chooser, second).suggested && row(chooser, second).last)
            verify(!row(chooser, 1).suggested)
        }

        function test_remembered_session_in_progress_is_followed_at_once() {
            verify(TestServer.createSession("Kỳ họp bất thường") > 1)
            let chair = connectionComponent.createObject(stage, { serverAddress: TestServer.address })
            chair.login("chutoa", "123456")
            tryCompare(chair, "state", Connection.ChoosingSession, 15000)
            chair.selectSession(1)
            tryCompare(chair, "state", Connection.Live, 15000)
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 15000)

            let w = createTemporaryObject(mainComponent, stage, { initialServer: TestServer.address })
            logIn(w, "daibieu02")
            let chooser = waitForPage(w, "sessionChooserPage")
            mouseClick(row(chooser, 1))
            waitForPage(w, "delegatePage")
            w.appConnection.logout()
            // In progress and remembered: straight to the tablet's page.
            logIn(w, "daibieu02")
            let page = waitForPage(w, "delegatePage")
            tryCompare(w.appConnection, "sessionId", 1, 15000)
            tryVerify(() => w.appConnection.store.loaded, 15000)
            // The header leads back to the chooser.
            let other = findChild(page, "otherSessionButton")
            verify(other.visible && other.height >= 48)
            mouseClick(other)
            waitForPage(w, "sessionChooserPage")
            compare(w.appConnection.sessionId, 0)
            verify(!w.appConnection.store.loaded)
            chair.destroy()
        }
    }
}
