import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// One waiting request to speak: place, speaker, kind (and the turn a debate replies to).
// With `controls` (chair console) it offers grant, move up/down and remove; the signals
// carry the request id.
ItemDelegate {
    id: row
    required property real requestId
    required property int position
    required property string kindText
    required property int kind
    required property string speakerName
    required property string delegateGroup
    required property bool isSelf
    required property string repliesToText
    required property string topic
    property bool controls: false
    property int total: 0

    signal grant(real requestId)
    signal move(real requestId, int position)
    signal remove(real requestId, string speakerName)

    objectName: "floorRequest" + position
    width: ListView.view ? ListView.view.width : implicitWidth
    hoverEnabled: false
    padding: 8
    Accessible.name: qsTr("%1. %2 — %3").arg(position).arg(speakerName).arg(kindText)

    background: Rectangle {
        color: row.isSelf ? Theme.highlight : Theme.surface
        radius: Theme.radius
        Rectangle {
            anchors.left: parent.left; anchors.right: parent.right; anchors.bottom: parent.bottom
            height: 1; color: Theme.border
        }
    }

    // A narrow column (the chair's console at tablet size) puts the buttons on a second
    // line so that the name stays readable.
    readonly property bool narrow: controls && width < 640

    contentItem: GridLayout {
        columns: row.narrow ? 5 : 6
        columnSpacing: Theme.gap
        rowSpacing: 4
        Label {
            Layout.preferredWidth: 28
            text: row.position + "."
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.primary
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.columnSpan: row.narrow ? 4 : 1
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.isSelf ? qsTr("%1 (bạn)").arg(row.speakerName) : row.speakerName
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: [row.kindText, row.repliesToText, row.topic, row.delegateGroup]
                      .filter(s => s.length > 0).join(" · ")
                font.pixelSize: Theme.fontSmall
                color: row.kind === 3 ? Theme.warn : Theme.textMuted
                elide: Text.ElideRight
            }
        }
        ActionButton {
            objectName: "grantRequest" + row.position
            Layout.column: row.narrow ? 1 : 2
            Layout.row: row.narrow ? 1 : 0
            visible: row.controls
            tone: "primary"
            text: qsTr("Mời")
            Accessible.name: qsTr("Mời %1 phát biểu").arg(row.speakerName)
            onClicked: row.grant(row.requestId)
        }
        ActionButton {
            objectName: "moveUp" + row.position
            visible: row.controls
            enabled: row.position > 1
            implicitWidth: Theme.touch
            text: "▲"
            Accessible.name: qsTr("Đưa %1 lên trước").arg(row.speakerName)
            onClicked: row.move(row.requestId, row.position - 1)
        }
        ActionButton {
            objectName: "moveDown" + row.position
            visible: row.controls
            enabled: row.position < row.total
            implicitWidth: Theme.touch
            text: "▼"
            Accessible.name: qsTr("Đưa %1 xuống sau").arg(row.speakerName)
            onClicked: row.move(row.requestId, row.position + 1)
        }
        ActionButton {
            objectName: "removeRequest" + row.position
            visible: row.controls
            tone: "danger"
            text: qsTr("Xóa")
            Accessible.name: qsTr("Xóa đăng ký của %1").arg(row.speakerName)
            onClicked: row.remove(row.requestId, row.speakerName)
        }
    }
}
