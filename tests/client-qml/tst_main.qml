import QtQuick
import QtQuick.Window
import QtTest
import DienHong.Client
import DienHong.Test

// The application window: the login page first, then the role decides the page; the big
// screen goes full screen; logging out returns to the login page.
// TestCase is invisible: the window under test is created on `stage`.
Item {
    id: stage
    width: 400
    height: 300

    TestCase {
        id: tc
        name: "Main"
        when: windowShown

        Component { id: mainComponent; Main { } }

        function init() { verify(TestServer.start(), "dienhong-server started") }
        function cleanup() { TestServer.stop() }

        function test_role_decides_the_page_data() {
            return [
                { tag: "chair", account: "chutoa", page: "chairPage", fullScreen: false },
                { tag: "secretary", account: "thuky", page: "secretaryPage", fullScreen: false },
                { tag: "delegate", account: "daibieu07", page: "delegatePage", fullScreen: false },
                { tag: "respondent", account: "traloi01", page: "respondentPage", fullScreen: false },
                { tag: "display", account: "manhinh", page: "displayPage", fullScreen: true },
                { tag: "observer", account: "quansat", page: "displayPage", fullScreen: false },
            ]
        }

        function test_role_decides_the_page(data) {
            let w = createTemporaryObject(mainComponent, stage, { initialServer: TestServer.address })
            verify(w !== null)
            compare(w.appConnection.serverAddress, TestServer.address)
            let loader = findChild(w.contentItem, "pageLoader")
            tryVerify(() => loader.item !== null && loader.item.objectName === "loginPage", 5000)
            waitForRendering(loader.item)
            let login = loader.item
            findChild(login, "accountField").text = data.account
            findChild(login, "pinField").text = "123456"
            mouseClick(findChild(login, "loginButton"))
            tryVerify(() => loader.item !== null && loader.item.objectName === data.page, 15000)
            tryVerify(() => w.appConnection.store.loaded, 10000)
            compare(w.visibility === Window.FullScreen, data.fullScreen)
            w.appConnection.logout()
            tryVerify(() => loader.item !== null && loader.item.objectName === "loginPage", 5000)
            verify(w.visibility !== Window.FullScreen)
        }
    }
}
