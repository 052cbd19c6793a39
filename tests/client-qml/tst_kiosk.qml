import QtQuick
import QtQuick.Window
import QtTest
import DienHong.Client
import DienHong.Test

// Kiosk mode (--kiosk) against the real server: the window is full screen and frameless
// from the start, closing it only opens the secretary's form; a delegate's PIN and a
// wrong PIN keep it locked with the reason shown and what was typed kept; the secretary's
// account and PIN let it close. With the virtual keyboard, Qt's InputPanel is loaded.
Item {
    id: stage
    width: 400
    height: 300

    TestCase {
        id: tc
        name: "Kiosk"
        when: windowShown

        Component { id: mainComponent; Main { } }

        function init() { verify(TestServer.start(), "dienhong-server started") }
        function cleanup() { TestServer.stop() }

        function openKiosk(props) {
            let w = createTemporaryObject(mainComponent, stage,
                                          Object.assign({ initialServer: TestServer.address, kiosk: true }, props || {}))
            verify(w !== null)
            let loader = findChild(w.contentItem, "pageLoader")
            tryVerify(() => loader.item !== null && loader.item.objectName === "loginPage", 5000)
            return w
        }

        function tryUnlock(w, account, pin) {
            let dialog = findChild(w.contentItem, "kioskExitDialog") || findChild(w.overlay, "kioskExitDialog")
            verify(dialog !== null, "the exit form exists")
            tryVerify(() => dialog.opened, 3000)
            let a = findChild(dialog.contentItem, "kioskAccount")
            let p = findChild(dialog.contentItem, "kioskPin")
            a.text = account
            p.text = pin
            mouseClick(findChild(dialog.contentItem, "kioskUnlock"))
            return dialog
        }

        function test_full_screen_and_locked_until_a_secretary_unlocks() {
            let w = openKiosk()
            compare(w.visibility, Window.FullScreen)
            verify((w.flags & Qt.FramelessWindowHint) !== 0, "no frame to close it by")

            w.close()
            verify(w.visible, "closing the window is refused")
            let dialog = tryUnlock(w, "daibieu07", "123456")
            let error = findChild(dialog.contentItem, "kioskError")
            tryVerify(() => error.text.length > 0, 15000)
            verify(error.text.indexOf("thư ký") >= 0, error.text)
            verify(w.visible && dialog.opened, "a delegate cannot unlock it")
            compare(findChild(dialog.contentItem, "kioskAccount").text, "daibieu07", "what was typed stays")

            findChild(dialog.contentItem, "kioskAccount").text = "thuky"
            findChild(dialog.contentItem, "kioskPin").text = "999999"
            mouseClick(findChild(dialog.contentItem, "kioskUnlock"))
            tryVerify(() => error.text.indexOf("không đúng") >= 0, 15000)
            verify(w.visible, "a wrong PIN keeps it locked")

            findChild(dialog.contentItem, "kioskPin").text = "123456"
            mouseClick(findChild(dialog.contentItem, "kioskUnlock"))
            tryVerify(() => w.kioskUnlocked, 15000)
            tryVerify(() => !w.visible, 5000)
        }

        function test_the_corner_opens_the_form_only_after_a_long_press() {
            let w = openKiosk()
            let corner = findChild(w.contentItem, "kioskCorner")
            verify(corner !== null && corner.enabled)
            let dialog = findChild(w.contentItem, "kioskExitDialog") || findChild(w.overlay, "kioskExitDialog")
            mouseClick(corner)
            wait(200)
            verify(!dialog.opened, "a tap does nothing")
            mousePress(corner)
            tryVerify(() => dialog.opened, 6000)
            mouseRelease(corner)
        }

        function test_without_kiosk_nothing_is_locked() {
            let w = createTemporaryObject(mainComponent, stage, { initialServer: TestServer.address })
            verify(!findChild(w.contentItem, "kioskCorner").enabled)
            w.close()
            tryVerify(() => !w.visible, 3000)
        }

        function test_the_virtual_keyboard_is_loaded_when_asked() {
            let w = openKiosk({ virtualKeyboard: true })
            let loader = findChild(w.contentItem, "kioskKeyboardLoader")
            tryVerify(() => loader.status === Loader.Ready, 5000)
            compare(loader.item.objectName, "kioskKeyboard")
            let plain = openKiosk({ virtualKeyboard: false })
            compare(findChild(plain.contentItem, "kioskKeyboardLoader").status, Loader.Null)
        }
    }
}
