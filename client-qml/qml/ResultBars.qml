import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// A closed poll's result: per question a bar per choice (the bar's length is the count
// over the rule's base) with the count, then the server's sentence for the question
// ("Thông qua: 58/95 đại biểu tán thành, 61,05% tổng số đại biểu"). The counted choice
// is drawn in the accent colour; the verdict is in words, never colour alone.
ColumnLayout {
    id: root
    property var results: []
    property bool dark: false
    property real unit: Theme.fontBody

    spacing: unit * 0.6

    Repeater {
        model: root.results
        delegate: ColumnLayout {
            id: question
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: root.unit * 0.4
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: question.modelData.title
                font.pixelSize: root.unit * 1.05
                font.weight: Font.DemiBold
                color: root.dark ? Theme.displayText : Theme.text
                wrapMode: Text.Wrap
            }
            Repeater {
                model: question.modelData.bars
                delegate: RowLayout {
                    id: bar
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: root.unit * 0.6
                    Label {
                        Layout.preferredWidth: root.unit * 9
                        text: modelData.label.charAt(0).toUpperCase() + modelData.label.slice(1)
                        font.pixelSize: root.unit
                        color: root.dark ? Theme.displayText : Theme.text
                        elide: Text.ElideRight
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: root.unit * 1.2
                        radius: 4
                        color: root.dark ? "#1E3A56" : "#E3E8EE"
                        Rectangle {
                            width: parent.width * bar.modelData.fraction
                            height: parent.height
                            radius: 4
                            color: bar.modelData.counted ? (root.dark ? Theme.displayAccent : Theme.primary)
                                                         : (root.dark ? "#7F97AF" : "#8A97A6")
                        }
                    }
                    Label {
                        objectName: "barCount"
                        Layout.preferredWidth: root.unit * 3
                        horizontalAlignment: Text.AlignRight
                        text: bar.modelData.count
                        font.pixelSize: root.unit
                        font.weight: Font.DemiBold
                        color: root.dark ? Theme.displayText : Theme.text
                    }
                }
            }
            Label {
                objectName: "resultSentence" + question.index
                Layout.fillWidth: true
                text: question.modelData.text
                wrapMode: Text.Wrap
                font.pixelSize: root.unit * 1.1
                font.weight: Font.Bold
                color: !question.modelData.hasVerdict ? (root.dark ? Theme.displayText : Theme.text)
                     : question.modelData.passed ? (root.dark ? "#8BD48F" : Theme.ok)
                     : (root.dark ? "#FF9A8F" : Theme.danger)
            }
        }
    }
}
