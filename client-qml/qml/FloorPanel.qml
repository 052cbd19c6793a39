import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Delegate tablet: the floor of the current item. Who is speaking, with the turn's clock
// and its warning; the tablet owner's own requests (place in the list, withdraw); asking
// to speak: phát biểu, tranh luận (naming the turn replied to) or kiến nghị về thủ tục;
// and the list in the server's calling order.
Rectangle {
    id: panel
    required property Connection connection
    required property FloorModel floor

    readonly property bool canRequest: connection.store.currentItemId > 0
        && (connection.store.currentSittingStatus === 2 || connection.store.currentSittingStatus === 3)
    readonly property var current: floor.currentTurn
    readonly property bool speaking: current.turnId !== undefined
    // Kinds the owner is already waiting with (one waiting request per kind and item).
    function waitingWith(kind) { return floor.selfRequests.some(r => r.kind === kind) }

    objectName: "floorPanel"
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.gap

        Label {
            text: qsTr("Phát biểu")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.textMuted
        }

        // Current speaker and the clock.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "currentSpeaker"
                    Layout.fillWidth: true
                    text: panel.speaking ? qsTr("Đang phát biểu: %1").arg(panel.current.speakerName)
                                         : qsTr("Chưa có ai đang phát biểu")
                    font.pixelSize: Theme.fontLarge
                    font.weight: panel.speaking ? Font.DemiBold : Font.Normal
                    color: panel.speaking ? Theme.text : Theme.textMuted
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: panel.speaking
                    text: panel.speaking ? [panel.current.kindText, panel.current.repliesToText]
                                           .filter(s => s.length > 0).join(" · ") : ""
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
            SpeakerCountdown {
                objectName: "delegateSpeakerCountdown"
                floor: panel.floor
                clock: panel.connection.clock
                turn: panel.current
                pixelSize: 34
            }
        }

        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }

        // The owner's own requests.
        Repeater {
            model: panel.floor.selfRequests
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.gap
                Label {
                    objectName: "myFloorRequest"
                    Layout.fillWidth: true
                    text: qsTr("Bạn đã đăng ký %1 — thứ tự %2").arg(modelData.kindText.toLowerCase()).arg(modelData.position)
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.primary
                    wrapMode: Text.Wrap
                }
                ActionButton {
                    objectName: "withdrawFloorRequest"
                    text: qsTr("Rút đăng ký")
                    Accessible.name: qsTr("Rút đăng ký %1").arg(modelData.kindText.toLowerCase())
                    onClicked: panel.connection.withdrawFloorRequest(modelData.requestId)
                }
            }
        }

        Label {
            objectName: "floorListClosed"
            Layout.fillWidth: true
            visible: panel.floor.listClosed
            text: qsTr("Chủ tọa đã khóa danh sách đăng ký phát biểu; chỉ còn nhận kiến nghị về thủ tục.")
            font.pixelSize: Theme.fontSmall
            color: Theme.warn
            wrapMode: Text.Wrap
        }

        // Asking to speak.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton {
                objectName: "requestContribution"
                Layout.fillWidth: true
                tone: "primary"
                text: qsTr("Đăng ký phát biểu")
                enabled: panel.canRequest && !panel.floor.listClosed && !panel.waitingWith(1)
                onClicked: panel.connection.requestFloor(1, 0, "")
            }
            ActionButton {
                objectName: "requestDebate"
                Layout.fillWidth: true
                text: qsTr("Tranh luận…")
                enabled: panel.canRequest && !panel.floor.listClosed && !panel.waitingWith(2)
                         && panel.floor.debatableTurns.length > 0
                onClicked: debateRow.visible = !debateRow.visible
            }
            ActionButton {
                objectName: "requestPointOfOrder"
                Layout.fillWidth: true
                text: qsTr("Kiến nghị thủ tục")
                Accessible.name: qsTr("Kiến nghị về thủ tục")
                enabled: panel.canRequest && !panel.waitingWith(3)
                onClicked: panel.connection.requestFloor(3, 0, "")
            }
        }
        // Debate: which speech is replied to.
        RowLayout {
            id: debateRow
            objectName: "debateRow"
            Layout.fillWidth: true
            visible: false
            spacing: Theme.gap
            ComboBox {
                id: debateTarget
                objectName: "debateTarget"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                model: panel.floor.debatableTurns
                textRole: "text"
                valueRole: "turnId"
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Lượt phát biểu được tranh luận")
            }
            ActionButton {
                objectName: "sendDebate"
                tone: "primary"
                text: qsTr("Gửi đăng ký")
                Accessible.name: qsTr("Gửi đăng ký tranh luận")
                enabled: debateTarget.currentIndex >= 0 && panel.canRequest
                onClicked: {
                    panel.connection.requestFloor(2, debateTarget.currentValue, "")
                    debateRow.visible = false
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: panel.floor.count > 0
            text: qsTr("Danh sách đăng ký (%1)").arg(panel.floor.count)
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.textMuted
        }
        ListView {
            objectName: "delegateFloorList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Math.min(contentHeight, 120)
            implicitHeight: contentHeight
            clip: true
            model: panel.floor
            delegate: FloorRequestDelegate { }
        }
    }
}
