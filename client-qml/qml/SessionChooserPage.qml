import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// After login, when the council has several sessions: which one to follow. The one this
// device followed last time (or the one in progress) is offered first and marked.
Page {
    id: page
    required property Connection connection

    objectName: "sessionChooserPage"
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(720, parent.width - 2 * Theme.padding)
        height: Math.min(implicitHeight, parent.height - 2 * Theme.padding)
        spacing: Theme.padding

        Label {
            Layout.fillWidth: true
            text: qsTr("Chọn kỳ họp")
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 — hội đồng có %2 kỳ họp.").arg(page.connection.displayName).arg(page.connection.sessions.length)
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            objectName: "sessionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            implicitHeight: contentHeight
            clip: true
            spacing: Theme.gap
            model: page.connection.sessions
            delegate: ItemDelegate {
                id: row
                required property var modelData
                readonly property bool suggested: modelData.sessionId === page.connection.suggestedSessionId
                readonly property bool last: modelData.sessionId === page.connection.lastSessionId
                objectName: "session" + modelData.sessionId
                width: ListView.view.width
                implicitHeight: Math.max(72, content.implicitHeight + 24)
                Accessible.name: modelData.title + " — " + modelData.statusText
                onClicked: page.connection.selectSession(modelData.sessionId)
                background: Rectangle {
                    color: row.down ? Theme.highlight : Theme.surface
                    border.color: row.suggested ? Theme.primary : Theme.border
                    border.width: row.suggested ? 2 : 1
                    radius: Theme.radius
                }
                contentItem: RowLayout {
                    id: content
                    spacing: Theme.gap
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.modelData.title
                            font.pixelSize: Theme.fontLarge
                            font.weight: Font.DemiBold
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.last ? qsTr("%1 · lần trước đã theo dõi").arg(row.modelData.statusText)
                                           : row.modelData.statusText
                            font.pixelSize: Theme.fontSmall
                            color: row.modelData.status === 3 ? Theme.ok : Theme.textMuted
                        }
                    }
                    Label {
                        text: "›"
                        font.pixelSize: Theme.fontHeading
                        color: Theme.primary
                    }
                }
            }
        }
        ActionButton {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Đăng xuất")
            onClicked: page.connection.logout()
        }
    }
}
