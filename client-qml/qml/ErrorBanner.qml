import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Shows why the server refused a command, in its own words, until dismissed (or for
// twelve seconds). Refusals are expected in a live room (someone else acted first), so
// the banner informs without alarming.
Rectangle {
    id: banner
    required property Connection connection
    property string message: ""

    objectName: "errorBanner"
    visible: message.length > 0
    implicitHeight: visible ? Math.max(Theme.touch + 8, row.implicitHeight + 16) : 0
    color: Theme.dangerSoft
    border.color: Theme.danger
    radius: Theme.radius
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Connections {
        target: banner.connection
        function onCommandFailed(message) {
            banner.message = message
            hideTimer.restart()
        }
        function onCommandSucceeded() { banner.message = "" }
    }
    Timer { id: hideTimer; interval: 12000; onTriggered: banner.message = "" }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: 4
        spacing: Theme.gap
        Label {
            objectName: "errorText"
            Layout.fillWidth: true
            text: banner.message
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }
        ActionButton {
            text: qsTr("Đóng")
            flat: true
            onClicked: banner.message = ""
        }
    }
}
