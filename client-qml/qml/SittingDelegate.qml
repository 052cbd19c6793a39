import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// One sitting with its status; with `controls` (chair) the actions its status allows:
// planned -> open; open -> suspend / close; suspended -> resume / close.
ItemDelegate {
    id: row
    required property real sittingId
    required property string title
    required property int status
    required property string statusText
    required property bool isCurrent
    required property int participants
    required property int index
    property bool controls: false
    // Another sitting is open or suspended: this one cannot be opened now.
    property bool otherActive: false

    signal openRequested(real sittingId)
    signal suspendRequested(real sittingId, string title)
    signal resumeRequested(real sittingId)
    signal closeRequested(real sittingId)

    objectName: "sitting" + (index + 1)
    width: ListView.view ? ListView.view.width : implicitWidth
    hoverEnabled: false
    padding: 10
    Accessible.name: title + " — " + statusText

    background: Rectangle {
        color: row.isCurrent ? Theme.highlight : Theme.surface
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
            Label {
                Layout.fillWidth: true
                text: row.title
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: row.isCurrent ? Font.DemiBold : Font.Normal
                color: Theme.text
            }
            Label {
                text: row.statusText
                color: Theme.sittingColor(row.status)
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
        }
        Flow {
            Layout.fillWidth: true
            visible: row.controls && row.status !== 4
            spacing: 8
            ActionButton {
                objectName: "openSittingButton"
                visible: row.status === 1
                enabled: !row.otherActive
                text: qsTr("Khai mạc phiên")
                tone: "primary"
                onClicked: row.openRequested(row.sittingId)
            }
            ActionButton {
                objectName: "suspendSittingButton"
                visible: row.status === 2
                text: qsTr("Tạm dừng")
                onClicked: row.suspendRequested(row.sittingId, row.title)
            }
            ActionButton {
                objectName: "resumeSittingButton"
                visible: row.status === 3
                text: qsTr("Tiếp tục")
                tone: "primary"
                onClicked: row.resumeRequested(row.sittingId)
            }
            ActionButton {
                objectName: "closeSittingButton"
                visible: row.status === 2 || row.status === 3
                text: qsTr("Bế mạc phiên")
                tone: "danger"
                onClicked: row.closeRequested(row.sittingId)
            }
        }
    }
}
