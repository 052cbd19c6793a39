import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// The newest published vote result of the current item (or of a poll with no item), as
// the hall saw it on the big screen: title, bars per choice and the server's pass/fail
// sentence per question. Hidden when there is none.
Rectangle {
    id: panel
    required property PollsModel polls
    required property SessionStore store

    readonly property var result: polls.publishedPoll
    readonly property bool shown: result.pollId !== undefined
        && (result.itemId === 0 || result.itemId === store.currentItemId)

    objectName: "publishedResultPanel"
    visible: shown
    implicitHeight: shown ? column.implicitHeight + 2 * Theme.padding : 0
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.gap
        Label {
            text: qsTr("Kết quả biểu quyết")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.textMuted
        }
        Label {
            objectName: "publishedResultTitle"
            Layout.fillWidth: true
            text: panel.shown ? panel.result.title : ""
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            color: Theme.text
        }
        ResultBars {
            objectName: "publishedResultBars"
            Layout.fillWidth: true
            results: panel.shown ? panel.result.results : []
        }
    }
}
