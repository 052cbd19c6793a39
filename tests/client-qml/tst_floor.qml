import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// The floor through the pages against a real dienhong-server --demo: delegates ask to
// speak on their tablets (phát biểu, kiến nghị về thủ tục, tranh luận naming a turn), the
// chair sees the list in the server's order and removes, grants a chosen request, extends,
// pauses and ends the turn, grants the next in line; the tablets and the big screen show
// the speaker and the same clock. A refused request shows the server's message. The pages
// sit side by side on one large stage (chair top left, tablets top right and bottom left,
// big screen bottom right), so each receives its own clicks.
Item {
    id: stage
    width: 2560
    height: 1600

    TestCase {
        id: tc
        name: "Floor"
        when: windowShown
        width: 2560
        height: 1600

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: chairPageComponent; ChairPage { x: 0; y: 0; width: 1280; height: 800 } }
        Component { id: delegatePageComponent; DelegatePage { width: 1280; height: 800 } }
        Component { id: displayPageComponent; DisplayPage { x: 1280; y: 800; width: 1280; height: 800 } }

        function init() { verify(TestServer.start(), "dienhong-server started") }
        function click(item) {
            const settled = () => { for (let p = item; p; p = p.parent) if (isPolishScheduled(p)) return false; return true }
            tryVerify(settled, 15000, "layout settled")
            tryVerify(() => item.visible && item.enabled, 15000, item.objectName + " visible and enabled")
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
            tryVerify(() => c.store.loaded, 15000)
            return c
        }
        // Waits until the named item exists and shows `text` (it may not exist yet).
        function tryText(root, name, text) {
            tryVerify(() => { const i = findChild(root, name); return i !== null && i.text === text }, 15000,
                      name + ": " + (findChild(root, name) ? findChild(root, name).text : "absent") + ", wanted " + text)
        }
        // "m:ss" or "+m:ss" -> seconds (negative past the limit).
        function seconds(text) {
            const m = /^(\+?)(\d+):(\d\d)$/.exec(text)
            verify(m !== null, "clock text: " + text)
            const s = Number(m[2]) * 60 + Number(m[3])
            return m[1] === "+" ? -s : s
        }

        function test_delegates_request_chair_grants_display_shows_speaker() {
            let chair = loginAs("chutoa")
            let d1 = loginAs("daibieu01")
            let d2 = loginAs("daibieu02")
            let display = loginAs("manhinh")
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 15000)
            chair.setCurrentItem(1)
            tryCompare(chair.store, "currentItemId", 1, 15000)

            let chairPage = createTemporaryObject(chairPageComponent, stage, { connection: chair })
            let p1 = createTemporaryObject(delegatePageComponent, stage, { connection: d1, x: 1280, y: 0 })
            let p2 = createTemporaryObject(delegatePageComponent, stage, { connection: d2, x: 0, y: 800 })
            let displayPage = createTemporaryObject(displayPageComponent, stage, { connection: display })
            waitForRendering(displayPage)
            // 1280x800: the chair's floor is the second tab of the right column.
            click(findChild(chairPage, "floorTab"))
            tryVerify(() => findChild(chairPage, "floorConsole").visible, 15000)
            const name1 = chair.store.delegateName(d1.delegateId)
            const name2 = chair.store.delegateName(d2.delegateId)
            verify(name1.length > 0 && name2.length > 0)
            verify(!findChild(displayPage, "displaySpeaker").visible)
            tryCompare(findChild(p1, "currentSpeaker"), "text", "Chưa có ai đang phát biểu", 15000)

            // Delegate 1 asks to speak; delegate 2 too, then raises a point of order, which
            // the server puts first.
            let ask1 = findChild(p1, "requestContribution")
            verify(ask1.height >= 48)
            compare(ask1.Accessible.name, "Đăng ký phát biểu")
            click(ask1)
            tryText(p1, "myFloorRequest", "Bạn đã đăng ký phát biểu — thứ tự 1")
            verify(!ask1.enabled, "one waiting contribution per delegate")
            click(findChild(p2, "requestContribution"))
            tryText(p2, "myFloorRequest", "Bạn đã đăng ký phát biểu — thứ tự 2")
            click(findChild(p2, "requestPointOfOrder"))
            let chairList = findChild(chairPage, "chairFloorList")
            tryCompare(chairList, "count", 3, 15000)
            tryVerify(() => findChild(chairPage, "floorRequest1") !== null
                      && findChild(chairPage, "floorRequest1").kindText === "Kiến nghị về thủ tục", 15000)
            compare(findChild(chairPage, "floorRequest1").speakerName, name2)
            compare(findChild(chairPage, "floorRequest2").speakerName, name1)
            tryVerify(() => findChild(p1, "delegateFloorList").count === 3, 15000)
            // Delegate 1 moved to second place behind the point of order.
            tryText(p1, "myFloorRequest", "Bạn đã đăng ký phát biểu — thứ tự 2")

            // The chair removes the point of order with a reason.
            click(findChild(chairPage, "removeRequest1"))
            let dialog = findChild(chairPage, "removeFloorRequestDialog")
            tryCompare(dialog, "opened", true, 15000)
            findChild(dialog.contentItem, "removeReasonField").text = "Đã giải đáp tại chỗ"
            click(findChild(dialog.contentItem, "confirmRemoveRequest"))
            tryCompare(chairList, "count", 2, 15000)
            compare(findChild(chairPage, "errorBanner").message, "")

            // Grants the CHOSEN request (delegate 2, second in line), not the next.
            tryVerify(() => findChild(chairPage, "floorRequest2") !== null
                      && findChild(chairPage, "floorRequest2").speakerName === name2, 15000)
            let grant = findChild(chairPage, "grantRequest2")
            verify(grant.height >= 48)
            compare(grant.Accessible.name, "Mời " + name2 + " phát biểu")
            click(grant)
            tryText(chairPage, "runningSpeaker0", name2)
            tryCompare(chairList, "count", 1, 15000)

            // The big screen shows the speaker and a large clock from the server's start
            // and limit (first speech: 7 minutes).
            let displayName = findChild(displayPage, "displaySpeakerName")
            tryCompare(displayName, "text", name2, 15000)
            verify(findChild(displayPage, "displaySpeaker").visible)
            verify(findChild(displayPage, "displaySpeakerKind").text.startsWith("Phát biểu · Tổ"), findChild(displayPage, "displaySpeakerKind").text)
            let bigClock = findChild(displayPage, "displaySpeakerCountdown")
            let bigTime = findChild(bigClock, "speakerCountdownTime")
            tryVerify(() => bigTime.text.length > 0, 15000)
            let left = seconds(bigTime.text)
            verify(left > 400 && left <= 420, bigTime.text)
            verify(bigTime.font.pixelSize >= 100, "readable from the back: " + bigTime.font.pixelSize)
            compare(findChild(bigClock, "speakerCountdownStatus").text, "Còn lại")
            // The tablets show the same speaker and clock.
            tryCompare(findChild(p1, "currentSpeaker"), "text", "Đang phát biểu: " + name2, 15000)
            let tabletTime = findChild(findChild(p1, "delegateSpeakerCountdown"), "speakerCountdownTime")
            tryVerify(() => tabletTime.text.length > 0 && Math.abs(seconds(tabletTime.text) - seconds(bigTime.text)) <= 1,
                      15000, tabletTime.text + " vs " + bigTime.text)
            // The clocks were calibrated on the server's events (same machine: ~no offset).
            verify(d1.clock.isCalibrated && display.clock.isCalibrated)
            verify(Math.abs(display.clock.offsetMs) < 2000, display.clock.offsetMs)

            // Extend by a minute: every clock moves.
            click(findChild(chairPage, "extendTurn0"))
            tryVerify(() => seconds(bigTime.text) > 420, 15000, bigTime.text)
            tryVerify(() => seconds(tabletTime.text) > 420, 15000, tabletTime.text)
            // Pause: the word says so on the big screen; resume.
            let pause = findChild(chairPage, "pauseTurn0")
            compare(pause.text, "Tạm dừng")
            click(pause)
            tryCompare(findChild(bigClock, "speakerCountdownStatus"), "text", "Tạm dừng", 15000)
            tryText(chairPage, "pauseTurn0", "Tiếp tục")
            click(findChild(chairPage, "pauseTurn0"))
            tryCompare(findChild(bigClock, "speakerCountdownStatus"), "text", "Còn lại", 15000)

            // End the turn; grant the next in line (delegate 1).
            click(findChild(chairPage, "endTurn0"))
            tryVerify(() => !findChild(displayPage, "displaySpeaker").visible, 15000)
            tryCompare(findChild(p1, "currentSpeaker"), "text", "Chưa có ai đang phát biểu", 15000)
            click(findChild(chairPage, "grantNext"))
            tryCompare(displayName, "text", name1, 15000)
            tryCompare(findChild(p2, "currentSpeaker"), "text", "Đang phát biểu: " + name1, 15000)
            tryVerify(() => findChild(p1, "myFloorRequest") === null, 15000)

            // Delegate 2 debates delegate 1's speech, the turn replied to chosen on the tablet (their own
            // turn is not offered).
            click(findChild(p2, "requestDebate"))
            let target = findChild(p2, "debateTarget")
            tryVerify(() => target.visible && target.count === 1, 15000)
            compare(target.currentText, "Lượt 2 — " + name1 + " (phát biểu)")
            click(findChild(p2, "sendDebate"))
            tryText(p2, "myFloorRequest", "Bạn đã đăng ký tranh luận — thứ tự 1")
            tryVerify(() => findChild(chairPage, "floorRequest1") !== null
                      && findChild(chairPage, "floorRequest1").repliesToText === "Tranh luận với lượt 2 — " + name1, 15000)
            // ...and withdraws it.
            click(findChild(p2, "withdrawFloorRequest"))
            tryVerify(() => findChild(p2, "myFloorRequest") === null, 15000)
            tryCompare(chairList, "count", 0, 15000)

            // The chair closes the list: tablets may only raise points of order.
            click(findChild(chairPage, "toggleFloorList"))
            tryVerify(() => findChild(p1, "floorListClosed").visible, 15000)
            tryVerify(() => !findChild(p1, "requestContribution").enabled, 15000)
            verify(findChild(p1, "requestPointOfOrder").enabled)
            // The console follows its reply or its stream, whichever comes first; a tablet's
            // stream may be ahead of both.
            tryCompare(findChild(chairPage, "floorListState"), "text", "Danh sách đã khóa", 15000)
        }

        function test_refused_request_shows_the_servers_message() {
            let chair = loginAs("chutoa")
            let d1 = loginAs("daibieu01")
            chair.openSitting(1)
            tryCompare(chair.store, "currentSittingStatus", 2, 15000)
            chair.setCurrentItem(1)
            tryCompare(d1.store, "currentItemId", 1, 15000)
            let p1 = createTemporaryObject(delegatePageComponent, stage, { connection: d1, x: 1280, y: 0 })
            waitForRendering(p1)
            // A debate naming a turn that does not exist (a stale screen): the server refuses
            // with its own words and nothing changes.
            const before = d1.store.lastSeq
            d1.requestFloor(2, 999, "")
            let banner = findChild(p1, "errorBanner")
            tryVerify(() => banner.message.length > 0, 15000)
            compare(banner.message, "replies_to_turn_id 999: không có lượt phát biểu này trong kỳ họp")
            verify(banner.visible)
            compare(d1.store.lastSeq, before)
            compare(findChild(p1, "delegateFloorList").count, 0)
        }
    }
}
