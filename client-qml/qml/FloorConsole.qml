import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Chair's console: the floor of the current item. The running turn(s) with their clock
// and end / +1 phút / pause-resume; grant the next in line or a chosen request; move a
// request up or down; remove one with a reason (RemoveFloorRequestDialog); close and
// reopen the list; the chair's own turn. Every action is a command; the server's answer
// comes back through the store like everyone else's.
Rectangle {
    id: console_
    required property Connection connection
    required property FloorModel floor

    readonly property bool sittingOpen: connection.store.currentSittingStatus === 2
    readonly property bool hasItem: connection.store.currentItemId > 0

    objectName: "floorConsole"
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    RemoveFloorRequestDialog {
        id: removeDialog
        onConfirmed: (requestId, reason) => console_.connection.removeFloorRequest(requestId, reason)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                Layout.fillWidth: true
                text: qsTr("Phát biểu")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.textMuted
            }
            Label {
                objectName: "floorListState"
                text: console_.floor.listClosed ? qsTr("Danh sách đã khóa") : qsTr("Danh sách đang mở")
                font.pixelSize: Theme.fontSmall
                color: console_.floor.listClosed ? Theme.warn : Theme.ok
            }
            ActionButton {
                objectName: "toggleFloorList"
                enabled: console_.hasItem
                text: console_.floor.listClosed ? qsTr("Mở danh sách") : qsTr("Khóa danh sách")
                Accessible.name: console_.floor.listClosed ? qsTr("Mở lại danh sách đăng ký phát biểu")
                                                            : qsTr("Khóa danh sách đăng ký phát biểu")
                onClicked: console_.floor.listClosed ? console_.connection.openFloorList()
                                                     : console_.connection.closeFloorList()
            }
        }

        // Running turns.
        Repeater {
            model: console_.floor.runningTurns
            delegate: Rectangle {
                id: turnCard
                required property var modelData
                required property int index
                Layout.fillWidth: true
                implicitHeight: turnColumn.implicitHeight + 2 * Theme.gap
                color: Theme.highlight
                radius: Theme.radius
                border.color: countdown.overrun ? Theme.danger : countdown.warning ? Theme.warn : Theme.primary
                border.width: 2
                ColumnLayout {
                    id: turnColumn
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                objectName: "runningSpeaker" + turnCard.index
                                Layout.fillWidth: true
                                text: turnCard.modelData.speakerName
                                font.pixelSize: Theme.fontLarge
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: [turnCard.modelData.kindText, turnCard.modelData.repliesToText,
                                       turnCard.modelData.extendedSeconds > 0
                                           ? qsTr("đã thêm %1 giây").arg(turnCard.modelData.extendedSeconds) : ""]
                                      .filter(s => s.length > 0).join(" · ")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                elide: Text.ElideRight
                            }
                        }
                        SpeakerCountdown {
                            id: countdown
                            objectName: "chairSpeakerCountdown" + turnCard.index
                            floor: console_.floor
                            clock: console_.connection.clock
                            turn: turnCard.modelData
                            pixelSize: 30
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        ActionButton {
                            objectName: "endTurn" + turnCard.index
                            Layout.fillWidth: true
                            tone: "primary"
                            text: qsTr("Kết thúc")
                            Accessible.name: qsTr("Kết thúc lượt phát biểu của %1").arg(turnCard.modelData.speakerName)
                            onClicked: console_.connection.endTurn(turnCard.modelData.turnId)
                        }
                        ActionButton {
                            objectName: "extendTurn" + turnCard.index
                            Layout.fillWidth: true
                            visible: turnCard.modelData.limitSeconds > 0
                            text: qsTr("+1 phút")
                            Accessible.name: qsTr("Thêm 1 phút cho %1").arg(turnCard.modelData.speakerName)
                            onClicked: console_.connection.extendTurn(turnCard.modelData.turnId, 60)
                        }
                        ActionButton {
                            objectName: "pauseTurn" + turnCard.index
                            Layout.fillWidth: true
                            visible: turnCard.modelData.limitSeconds > 0
                            text: turnCard.modelData.paused ? qsTr("Tiếp tục") : qsTr("Tạm dừng")
                            Accessible.name: turnCard.modelData.paused ? qsTr("Tiếp tục tính giờ")
                                                                       : qsTr("Tạm dừng tính giờ")
                            onClicked: turnCard.modelData.paused
                                       ? console_.connection.resumeTurn(turnCard.modelData.turnId)
                                       : console_.connection.pauseTurn(turnCard.modelData.turnId)
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton {
                objectName: "grantNext"
                Layout.fillWidth: true
                tone: "primary"
                enabled: console_.sittingOpen && console_.floor.count > 0
                text: qsTr("Mời người tiếp theo")
                onClicked: console_.connection.grantFloor(0)
            }
            ActionButton {
                objectName: "chairTakesFloor"
                enabled: console_.sittingOpen && console_.hasItem
                text: qsTr("Chủ tọa phát biểu")
                onClicked: console_.connection.takeFloor()
            }
        }

        Label {
            Layout.fillWidth: true
            text: console_.floor.count > 0 ? qsTr("Danh sách đăng ký (%1)").arg(console_.floor.count)
                                           : qsTr("Chưa có ai đăng ký phát biểu.")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.textMuted
        }
        ListView {
            objectName: "chairFloorList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Math.min(contentHeight, 2 * 64)
            clip: true
            model: console_.floor
            delegate: FloorRequestDelegate {
                controls: true
                total: console_.floor.count
                onGrant: requestId => console_.connection.grantFloor(requestId)
                onMove: (requestId, position) => console_.connection.reorderFloorRequest(requestId, position)
                onRemove: (requestId, speakerName) => {
                    removeDialog.requestId = requestId
                    removeDialog.speakerName = speakerName
                    removeDialog.open()
                }
            }
        }
    }
}
