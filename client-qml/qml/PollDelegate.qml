import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// One poll of the session, read-only (the secretary's desk): title, kind, status, open or
// secret, the progress while it is open, the result once closed (bars and the server's
// sentence), the reason of a cancellation.
ItemDelegate {
    id: row
    required property real pollId
    required property string title
    required property string kindText
    required property int status
    required property string statusText
    required property bool secret
    required property int votedCount
    required property int entitledCount
    required property var results
    required property string cancelReason
    required property real revoteOf

    objectName: "poll" + pollId
    width: ListView.view ? ListView.view.width : implicitWidth
    hoverEnabled: false
    padding: 12
    Accessible.name: title + " — " + statusText

    background: Rectangle {
        color: row.status === 2 ? Theme.highlight : Theme.surface
        radius: Theme.radius
        Rectangle {
            anchors.left: parent.left; anchors.right: parent.right; anchors.bottom: parent.bottom
            height: 1; color: Theme.border
        }
    }

    contentItem: ColumnLayout {
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                Layout.fillWidth: true
                text: row.title
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                color: Theme.text
            }
            Label {
                objectName: "pollStatus"
                text: row.statusText
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: row.status === 2 ? Theme.ok : row.status === 5 ? Theme.danger : Theme.textMuted
            }
        }
        Label {
            Layout.fillWidth: true
            text: [row.kindText, row.secret ? qsTr("bỏ phiếu kín") : qsTr("công khai"),
                   row.revoteOf > 0 ? qsTr("biểu quyết lại") : "",
                   row.status >= 2 && row.status <= 4 ? qsTr("đã bỏ phiếu %1/%2").arg(row.votedCount).arg(row.entitledCount) : "",
                   row.status === 5 && row.cancelReason.length > 0 ? qsTr("lý do hủy: %1").arg(row.cancelReason) : ""]
                  .filter(s => s.length > 0).join(" · ")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        ResultBars {
            objectName: "pollRowResult"
            Layout.fillWidth: true
            visible: row.status === 3 || row.status === 4
            results: visible ? row.results : []
        }
    }
}
