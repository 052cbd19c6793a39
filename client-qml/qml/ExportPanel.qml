import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// The secretary's export of the records: the format (biên bản as DOCX or PDF, data as CSV
// or JSON), the scope (the whole session or one sitting), the folder the file goes to,
// a progress bar through the server's stages and the download, then where the file was
// saved — or the server's message when it refused.
Rectangle {
    id: panel
    required property Connection connection

    objectName: "exportPanel"
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    SittingsModel { id: sittings; store: panel.connection.store }
    RecordExporter {
        id: exporter
        objectName: "recordExporter"
        connection: panel.connection
    }
    readonly property alias exporter: exporter

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("Xuất hồ sơ kỳ họp")
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Máy chủ dựng hồ sơ từ sổ sự kiện; mỗi tệp ghi mã băm của sự kiện cuối cùng nó bao gồm, để đối chiếu về sau.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        Label { text: qsTr("Định dạng"); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.textMuted }
        ButtonGroup { id: formatGroup }
        GridLayout {
            Layout.fillWidth: true
            columns: panel.width > 900 ? 4 : 2
            columnSpacing: Theme.gap
            rowSpacing: 4
            Repeater {
                model: [
                    { format: RecordExporter.Docx, text: qsTr("Biên bản (Word, DOCX)") },
                    { format: RecordExporter.Pdf, text: qsTr("Biên bản (PDF)") },
                    { format: RecordExporter.Csv, text: qsTr("Số liệu (CSV)") },
                    { format: RecordExporter.Json, text: qsTr("Dữ liệu (JSON)") },
                ]
                delegate: RadioButton {
                    required property var modelData
                    required property int index
                    objectName: "format" + modelData.format
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    checked: index === 0
                    ButtonGroup.group: formatGroup
                    text: modelData.text
                    font.pixelSize: Theme.fontBody
                    Accessible.name: text
                    readonly property int format: modelData.format
                }
            }
        }

        Label { text: qsTr("Phạm vi"); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.textMuted }
        ComboBox {
            id: scopeBox
            objectName: "exportScope"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            textRole: "text"
            valueRole: "sittingId"
            Accessible.name: qsTr("Phạm vi xuất")
            model: {
                let list = [{ sittingId: 0, text: qsTr("Cả kỳ họp") }]
                for (let i = 0; i < sittings.count; ++i) {
                    const idx = sittings.index(i, 0)
                    list.push({ sittingId: sittings.data(idx, SittingsModel.SittingIdRole),
                                text: sittings.data(idx, SittingsModel.TitleRole) })
                }
                return list
            }
        }

        Label { text: qsTr("Lưu vào thư mục"); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.textMuted }
        TextField {
            objectName: "exportFolder"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            text: exporter.folder
            onEditingFinished: exporter.folder = text
            Accessible.name: qsTr("Thư mục lưu tệp")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton {
                objectName: "exportButton"
                tone: "primary"
                enabled: !exporter.running && panel.connection.store.loaded
                text: qsTr("Xuất tệp")
                onClicked: exporter.start(formatGroup.checkedButton.format, scopeBox.currentValue)
            }
            ActionButton {
                objectName: "cancelExportButton"
                visible: exporter.running
                text: qsTr("Dừng")
                Accessible.name: qsTr("Dừng xuất tệp")
                onClicked: exporter.cancel()
            }
            ProgressBar {
                objectName: "exportProgress"
                Layout.fillWidth: true
                visible: exporter.running || exporter.savedPath.length > 0
                from: 0
                to: 1
                value: exporter.progress
            }
        }
        Label {
            objectName: "exportStage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: exporter.stageText
            font.pixelSize: Theme.fontBody
            color: exporter.savedPath.length > 0 ? Theme.ok : Theme.textMuted
            wrapMode: Text.WrapAnywhere
        }
        ActionButton {
            objectName: "openFolderButton"
            visible: exporter.savedPath.length > 0 && !exporter.running
            text: qsTr("Mở thư mục")
            Accessible.name: qsTr("Mở thư mục chứa tệp đã xuất")
            onClicked: Qt.openUrlExternally("file://" + exporter.folder)
        }
        Rectangle {
            objectName: "exportErrorBox"
            Layout.fillWidth: true
            visible: exporter.error.length > 0
            implicitHeight: errorLabel.implicitHeight + 24
            color: Theme.dangerSoft
            border.color: Theme.danger
            radius: Theme.radius
            Label {
                id: errorLabel
                objectName: "exportError"
                anchors.fill: parent
                anchors.margins: 12
                text: exporter.error
                color: Theme.danger
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
            }
        }
        Item { Layout.fillHeight: true }
    }
}
