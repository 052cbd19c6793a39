import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Big screen in the hall: read-only, large type readable from the back row. Sizes follow
// the window height so the same page works on a projector and a 4K panel.
Page {
    id: page
    required property Connection connection

    objectName: "displayPage"
    readonly property real unit: Math.max(12, height / 40)
    background: Rectangle { color: Theme.displayBackground }

    AttendanceModel { id: attendance; store: page.connection.store }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.unit * 1.5
        spacing: page.unit

        Label {
            Layout.fillWidth: true
            text: page.connection.store.councilName.toUpperCase()
            font.pixelSize: page.unit * 0.9
            font.letterSpacing: 1
            color: Theme.displayMuted
            elide: Text.ElideRight
        }
        Label {
            objectName: "displaySessionTitle"
            Layout.fillWidth: true
            text: page.connection.store.loaded ? page.connection.store.title : qsTr("Diên Hồng")
            font.pixelSize: page.unit * 1.9
            font.weight: Font.DemiBold
            color: Theme.displayText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Rectangle { Layout.fillWidth: true; implicitHeight: 2; color: Theme.displayAccent; opacity: 0.6 }

        Item { Layout.fillHeight: true; Layout.preferredHeight: page.unit }

        Label {
            text: qsTr("NỘI DUNG ĐANG THỰC HIỆN")
            font.pixelSize: page.unit * 0.85
            font.letterSpacing: 2
            color: Theme.displayAccent
        }
        Label {
            objectName: "displayCurrentItem"
            Layout.fillWidth: true
            text: page.connection.store.currentItemId > 0 ? page.connection.store.currentItemTitle
                  : page.connection.store.currentSittingStatus === 2 ? qsTr("Phiên họp đã khai mạc")
                  : qsTr("Chưa bắt đầu")
            font.pixelSize: page.unit * 2.6
            font.weight: Font.Bold
            lineHeight: 1.1
            color: Theme.displayText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: [page.connection.store.currentItemKindText,
                   page.connection.store.currentItemPresenter].filter(s => s.length > 0).join(" · ")
            font.pixelSize: page.unit * 1.1
            color: Theme.displayMuted
            wrapMode: Text.Wrap
        }

        Item { Layout.fillHeight: true; Layout.preferredHeight: page.unit * 2 }

        RowLayout {
            Layout.fillWidth: true
            spacing: page.unit
            Label {
                objectName: "displaySitting"
                Layout.fillWidth: true
                text: page.connection.store.currentSittingId > 0
                      ? page.connection.store.currentSittingTitle + " — " + page.connection.store.currentSittingStatusText
                      : ""
                font.pixelSize: page.unit * 1.2
                color: page.connection.store.currentSittingStatus === 3 ? Theme.displayAccent : Theme.displayMuted
                elide: Text.ElideRight
            }
            Label {
                objectName: "displayQuorum"
                text: attendance.effectiveSittingId > 0 ? attendance.quorumText : ""
                font.pixelSize: page.unit * 1.7
                font.weight: Font.DemiBold
                color: attendance.quorumMet ? "#8BD48F" : Theme.displayAccent
            }
        }
        Label {
            Layout.fillWidth: true
            visible: page.connection.reconnecting
            text: qsTr("Đang kết nối lại…")
            font.pixelSize: page.unit * 0.7
            color: Theme.displayMuted
            horizontalAlignment: Text.AlignRight
        }
    }
}
