import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// One agenda item. With `controls` (chair console) it offers "make current" and
// "complete"; the signals carry the item id.
ItemDelegate {
    id: row
    required property real itemId
    required property int number
    required property string title
    required property string kindText
    required property int status
    required property string statusText
    required property bool isCurrent
    required property string presenter
    required property int documentCount
    property bool controls: false
    property bool compact: false
    // The item's dossier in one line (chair's console; "" hides it) and whether it is
    // complete (green) or not (red).
    property string dossierText: ""
    property bool dossierComplete: true

    signal makeCurrent(real itemId)
    signal complete(real itemId)

    objectName: "agendaItem" + number
    width: ListView.view ? ListView.view.width : implicitWidth
    hoverEnabled: false
    padding: compact ? 8 : 12
    Accessible.name: number + ". " + title + " — " + statusText

    background: Rectangle {
        color: row.isCurrent ? Theme.highlight : Theme.surface
        border.color: row.isCurrent ? Theme.primary : "transparent"
        border.width: row.isCurrent ? 2 : 0
        radius: Theme.radius
        Rectangle {
            anchors.left: parent.left; anchors.right: parent.right; anchors.bottom: parent.bottom
            height: 1; color: Theme.border; visible: !row.isCurrent
        }
    }

    contentItem: RowLayout {
        spacing: Theme.gap
        Label {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 32
            text: row.number + "."
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: row.status === 3 ? Theme.textMuted : Theme.primary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: row.title
                wrapMode: Text.Wrap
                font.pixelSize: row.compact ? Theme.fontBody : Theme.fontLarge
                font.weight: row.isCurrent ? Font.DemiBold : Font.Normal
                color: row.status === 3 ? Theme.textMuted : Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: {
                    let parts = [row.kindText, row.statusText]
                    if (row.presenter.length > 0) parts.push(row.presenter)
                    if (row.documentCount > 0) parts.push(qsTr("%n tài liệu", "", row.documentCount))
                    return parts.join(" · ")
                }
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: row.isCurrent ? Theme.primary : Theme.textMuted
            }
            Label {
                objectName: "dossierStatus"
                Layout.fillWidth: true
                visible: row.dossierText.length > 0
                text: row.dossierText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: row.dossierComplete ? Theme.ok : Theme.danger
            }
        }
        ActionButton {
            visible: row.controls && !row.isCurrent
            objectName: "makeCurrentButton"
            text: row.status === 3 ? qsTr("Quay lại") : qsTr("Bắt đầu")
            Accessible.name: qsTr("Bắt đầu nội dung %1").arg(row.number)
            onClicked: row.makeCurrent(row.itemId)
        }
        ActionButton {
            visible: row.controls && row.isCurrent
            objectName: "completeButton"
            text: qsTr("Kết thúc")
            Accessible.name: qsTr("Kết thúc nội dung %1").arg(row.number)
            onClicked: row.complete(row.itemId)
        }
    }
}
