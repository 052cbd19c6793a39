import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// Login page against the real server: a wrong PIN shows the server's refusal, a right
// one logs in with the account's role and follows the demo session; the server address
// is remembered; an unreachable server is explained.
// TestCase is invisible: pages are created on `stage`, the visible root.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: tc
        name: "Login"
        when: windowShown
        width: 1280
        height: 800

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: loginPageComponent; LoginPage { width: 1280; height: 800 } }

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

        function fillAndSubmit(page, account, pin) {
            let server = findChild(page, "serverField")
            let accountField = findChild(page, "accountField")
            let pinField = findChild(page, "pinField")
            verify(server && accountField && pinField)
            server.text = TestServer.address
            accountField.text = account
            pinField.text = pin
            mouseClick(findChild(page, "loginButton"))
        }

        function test_wrong_pin_shows_the_server_message() {
            let c = track(connectionComponent.createObject(stage))
            let page = createTemporaryObject(loginPageComponent, stage, { connection: c })
            waitForRendering(page)
            fillAndSubmit(page, "chutoa", "999999")
            tryCompare(c, "state", Connection.Disconnected, 15000)
            let error = findChild(page, "loginError")
            tryVerify(() => error.visible && error.text.length > 0, 15000)
            compare(error.text, c.loginError)
            verify(!c.loggedIn)
            // The PIN field is cleared after every attempt.
            compare(findChild(page, "pinField").text, "")
        }

        function test_login_gives_role_and_session() {
            let c = track(connectionComponent.createObject(stage))
            let page = createTemporaryObject(loginPageComponent, stage, { connection: c })
            waitForRendering(page)
            fillAndSubmit(page, "chutoa", "123456")
            tryCompare(c, "state", Connection.Live, 15000)
            verify(c.loggedIn)
            compare(c.role, Connection.Chair)
            compare(c.roleText, "Chủ tọa")
            compare(c.displayName, "Nguyễn Văn An")
            compare(c.sessionId, 1)
            tryVerify(() => c.store.loaded, 10000)
            compare(c.store.title, "Kỳ họp thứ Mười (chuyên đề)")
            compare(c.store.councilName, "Hội đồng nhân dân phường Diên Hồng")
            compare(c.sessions.length, 1)
            c.logout()
            compare(c.state, Connection.Disconnected)
            verify(!c.store.loaded)
            compare(c.loginError, "")
        }

        function test_server_address_is_remembered() {
            let first = track(connectionComponent.createObject(stage, { rememberServer: true }))
            first.serverAddress = TestServer.address
            first.login("daibieu01", "123456")
            tryCompare(first, "state", Connection.Live, 15000)
            compare(first.role, Connection.Delegate)
            verify(first.delegateId > 0)
            // A new Connection (the next start of the app) reads the address back.
            let second = track(connectionComponent.createObject(stage, { rememberServer: true }))
            compare(second.serverAddress, TestServer.address)
        }

        function test_unreachable_server_is_explained() {
            let address = TestServer.address
            TestServer.stop()
            let c = track(connectionComponent.createObject(stage, { serverAddress: address }))
            c.login("chutoa", "123456")
            tryCompare(c, "state", Connection.Disconnected, 20000)
            verify(c.loginError.indexOf("Không kết nối được tới máy chủ") === 0, c.loginError)
            verify(c.loginError.indexOf(address) > 0)
        }
    }
}
