import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// One paper in a list (delegate tablet): kind and number, title, a badge for a new or
// updated paper, the download's progress, and for a confidential paper that it is handed
// out on paper. Tapping it opens the reader (openRequested).
ItemDelegate {
    id: row
    required property var documentId
    required property string title
    required property string kindText
    required property string number
    required property string issuedOn
    required property bool confidential
    required property string badge
    required property string badgeText
    required property string sizeText
    required property int version
    property DocumentActions actions

    signal openRequested(var documentId, int version)

    // Re-read when a download moves (revision).
    readonly property var transfer: actions && actions.revision >= 0 && !confidential
                                    ? actions.transfer(documentId, version) : ({})

    objectName: "document_" + documentId
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(Theme.touch + 16, content.implicitHeight + 20)
    enabled: !confidential
    Accessible.name: confidential ? qsTr("Tài liệu mật: %1").arg(title) : qsTr("Tài liệu: %1").arg(title)
    onClicked: openRequested(documentId, version)

    background: Rectangle {
        color: row.pressed ? Theme.highlight : Theme.surface
        border.color: Theme.border
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
                text: [row.kindText, row.number, row.issuedOn].filter(s => s.length > 0).join(" · ")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: row.title
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: row.confidential ? Theme.textMuted : Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                objectName: "confidentialNote"
                Layout.fillWidth: true
                visible: row.confidential
                text: qsTr("Tài liệu mật — phát bản giấy tại kỳ họp")
                font.pixelSize: Theme.fontSmall
                color: Theme.warn
                wrapMode: Text.Wrap
            }
            ProgressBar {
                objectName: "downloadProgress"
                Layout.fillWidth: true
                visible: row.transfer.state === "downloading" || row.transfer.state === "waiting"
                value: row.transfer.progress || 0
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.transfer.state === "downloading" ? qsTr("Đang tải về… %1%").arg(Math.round(100 * (row.transfer.progress || 0)))
                    : row.transfer.state === "waiting" ? qsTr("Mất kết nối — sẽ tải tiếp từ %1%").arg(Math.round(100 * (row.transfer.progress || 0)))
                    : row.transfer.state === "verifying" ? qsTr("Đang kiểm tra mã SHA-256…")
                    : row.transfer.state === "failed" ? row.transfer.error
                    : row.transfer.cached ? qsTr("Đã có trên máy · %1").arg(row.sizeText)
                    : row.confidential ? "" : row.sizeText
                font.pixelSize: Theme.fontSmall
                color: row.transfer.state === "failed" ? Theme.danger : Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
        Rectangle {
            objectName: "badge"
            visible: row.badge.length > 0
            Layout.alignment: Qt.AlignTop
            implicitWidth: badgeLabel.implicitWidth + 16
            implicitHeight: badgeLabel.implicitHeight + 6
            radius: height / 2
            color: row.badge === "new" ? Theme.primary : Theme.warn
            Label {
                id: badgeLabel
                anchors.centerIn: parent
                text: row.badgeText
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
        }
    }
}
