import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// One issue group (nhóm vấn đề): its place in the calling order, title, how many
// questions and how many answered, and whether the chair is running it (in words). Tap to
// choose it; ▲ / ▼ (secretary) move it in the order; "Bắt đầu" (chair) runs it.
Rectangle {
    id: row
    required property real groupId
    required property int position
    required property string title
    required property string summaryText
    required property bool isCurrent
    required property bool started

    property bool chosen: false
    property bool orderable: false
    property bool startable: false
    property bool canStart: true
    property int total: 0

    signal choose(real groupId)
    signal move(real groupId, int position)
    signal start(real groupId)

    objectName: "questionGroup" + position
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(Theme.touch, content.implicitHeight) + 12
    radius: Theme.radius
    color: row.chosen ? Theme.highlight : Theme.surface
    border.color: row.isCurrent ? Theme.ok : Theme.border
    border.width: row.isCurrent ? 2 : 1
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Nhóm %1: %2").arg(position).arg(title)

    TapHandler { onTapped: row.choose(row.groupId) }

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 6
        spacing: Theme.gap
        Label {
            text: row.position + "."
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.primary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "groupTitle"
                Layout.fillWidth: true
                text: row.title
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                color: Theme.text
            }
            Label {
                objectName: "groupState"
                Layout.fillWidth: true
                text: [row.summaryText,
                       row.isCurrent ? qsTr("đang chất vấn") : row.started ? qsTr("đã chất vấn") : ""]
                      .filter(s => s.length > 0).join(" · ")
                font.pixelSize: Theme.fontSmall
                color: row.isCurrent ? Theme.ok : Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
        ActionButton {
            objectName: "startGroup" + row.position
            visible: row.startable
            enabled: !row.isCurrent && row.canStart
            tone: row.isCurrent ? "neutral" : "primary"
            text: row.isCurrent ? qsTr("Đang chất vấn") : qsTr("Bắt đầu")
            Accessible.name: qsTr("Bắt đầu chất vấn nhóm %1").arg(row.title)
            onClicked: row.start(row.groupId)
        }
        ActionButton {
            objectName: "moveGroupUp" + row.position
            visible: row.orderable
            enabled: row.position > 1
            implicitWidth: Theme.touch
            text: "▲"
            Accessible.name: qsTr("Đưa nhóm %1 lên trước").arg(row.title)
            onClicked: row.move(row.groupId, row.position - 1)
        }
        ActionButton {
            objectName: "moveGroupDown" + row.position
            visible: row.orderable
            enabled: row.position < row.total
            implicitWidth: Theme.touch
            text: "▼"
            Accessible.name: qsTr("Đưa nhóm %1 xuống sau").arg(row.title)
            onClicked: row.move(row.groupId, row.position + 1)
        }
    }
}
