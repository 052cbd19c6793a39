import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Delegate tablet: check in (in the hall or online), the current item with its
// documents, the floor (FloorPanel: who speaks with the clock, asking to speak, the list)
// and the agenda; while a poll is open, the ballot (VotingPanel) takes the place of the
// floor and the agenda; the newest published result of the current item above them.
Page {
    id: page
    required property Connection connection

    objectName: "delegatePage"
    background: Rectangle { color: Theme.background }

    readonly property bool sittingActive: connection.store.currentSittingId > 0
                                          && connection.store.currentSittingStatus !== 4

    AgendaModel { id: agenda; store: page.connection.store }
    PollsModel {
        id: polls
        store: page.connection.store
        selfDelegateId: page.connection.delegateId
    }
    FloorModel {
        id: floorModel
        store: page.connection.store
        selfDelegateId: page.connection.delegateId
    }
    QuestionsModel {
        id: myQuestions
        store: page.connection.store
        selfDelegateId: page.connection.delegateId
        onlyOwn: true
    }
    AttendanceModel {
        id: attendance
        store: page.connection.store
        selfDelegateId: page.connection.delegateId
    }
    DocumentActions { id: documentActions; connection: page.connection }
    DocumentsModel {
        id: currentDocuments
        store: page.connection.store
        itemId: page.connection.store.currentItemId
        publishedOnly: true
    }

    // Opens the documents tab on the current item's papers ("Tài liệu đang thảo luận").
    function showCurrentDocuments() {
        rightTabs.currentIndex = 2
        documentsPanel.showCurrentItem()
    }

    header: PageHeader { connection: page.connection }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: parent.width * 0.42
            Layout.maximumWidth: 640
            spacing: Theme.padding

            ErrorBanner { connection: page.connection; Layout.fillWidth: true }

            // Check-in card.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: checkIn.implicitHeight + 2 * Theme.padding
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                ColumnLayout {
                    id: checkIn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.gap
                    Label {
                        text: qsTr("Điểm danh")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.sittingActive ? page.connection.store.currentSittingTitle
                                                 : qsTr("Chưa có phiên họp nào đang diễn ra")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                    }
                    Label {
                        objectName: "myAttendance"
                        Layout.fillWidth: true
                        visible: page.sittingActive
                        text: qsTr("Trạng thái của bạn: %1").arg(attendance.selfStatusText)
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        color: Theme.attendanceColor(attendance.selfStatus)
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        ActionButton {
                            objectName: "checkInPresent"
                            Layout.fillWidth: true
                            tone: "primary"
                            enabled: page.sittingActive && attendance.selfStatus !== 1
                            text: qsTr("Có mặt tại hội trường")
                            onClicked: page.connection.checkIn(false)
                        }
                        ActionButton {
                            objectName: "checkInOnline"
                            Layout.fillWidth: true
                            enabled: page.sittingActive && attendance.selfStatus !== 2
                            text: qsTr("Tham dự trực tuyến")
                            onClicked: page.connection.checkIn(true)
                        }
                    }
                }
            }

            // Current item.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.gap
                    Label {
                        text: qsTr("Nội dung đang thực hiện")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                    }
                    Label {
                        objectName: "currentItemTitle"
                        Layout.fillWidth: true
                        text: page.connection.store.currentItemId > 0
                              ? page.connection.store.currentItemNumber + ". " + page.connection.store.currentItemTitle
                              : qsTr("Chưa bắt đầu nội dung nào")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        color: page.connection.store.currentItemId > 0 ? Theme.primary : Theme.textMuted
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: [page.connection.store.currentItemKindText,
                               page.connection.store.currentItemPresenter].filter(s => s.length > 0).join(" · ")
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                    }
                    ActionButton {
                        objectName: "currentDocumentsButton"
                        Layout.fillWidth: true
                        visible: page.connection.store.currentItemId > 0
                        text: currentDocuments.count > 0 ? qsTr("Tài liệu đang thảo luận (%1)").arg(currentDocuments.count)
                                                         : qsTr("Tài liệu đang thảo luận")
                        Accessible.name: qsTr("Tài liệu đang thảo luận")
                        onClicked: page.showCurrentDocuments()
                    }
                    Label {
                        visible: page.connection.store.currentItemDocuments.length > 0
                        text: qsTr("Tài liệu")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                    }
                    ListView {
                        objectName: "documentList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: page.connection.store.currentItemDocuments
                        delegate: ItemDelegate {
                            required property var modelData
                            width: ListView.view.width
                            implicitHeight: Theme.touch
                            text: modelData.title
                            font.pixelSize: Theme.fontBody
                            Accessible.name: qsTr("Tài liệu: %1").arg(modelData.title)
                            ToolTip.visible: pressed
                            ToolTip.text: modelData.uri
                        }
                    }
                }
            }
        }

        // While a poll is open the ballot takes the agenda's place.
        VotingPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: hasPoll
            connection: page.connection
            polls: polls
        }

        // The floor and the agenda, or the questions (while no poll is open).
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: polls.openPoll.pollId === undefined
            spacing: Theme.padding

            PageTabBar {
                id: rightTabs
                objectName: "delegateTabs"
                Layout.fillWidth: true
                TabButton {
                    objectName: "floorTab"
                    text: qsTr("Phát biểu và chương trình")
                    Accessible.name: text
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                }
                TabButton {
                    objectName: "questionsTab"
                    text: myQuestions.count > 0 ? qsTr("Chất vấn (%1)").arg(myQuestions.count) : qsTr("Chất vấn")
                    Accessible.name: qsTr("Chất vấn")
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                }
                TabButton {
                    objectName: "documentsTab"
                    text: documentsPanel.badgeCount > 0 ? qsTr("Tài liệu (%1 mới)").arg(documentsPanel.badgeCount) : qsTr("Tài liệu")
                    Accessible.name: qsTr("Tài liệu")
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                }
            }

            DocumentsPanel {
                id: documentsPanel
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: rightTabs.currentIndex === 2
                connection: page.connection
                actions: documentActions
                onReadRequested: (documentId, version, title, source) => reader.open(documentId, version, title, source)
            }

            QuestionsPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: rightTabs.currentIndex === 1
                connection: page.connection
                questions: myQuestions
            }

            PublishedResultPanel {
                Layout.fillWidth: true
                visible: rightTabs.currentIndex === 0 && shown
                polls: polls
                store: page.connection.store
            }

            FloorPanel {
                Layout.fillWidth: true
                Layout.maximumHeight: page.height * 0.62
                visible: rightTabs.currentIndex === 0
                connection: page.connection
                floor: floorModel
            }

            // Agenda.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: rightTabs.currentIndex === 0
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.gap
                    Label {
                        text: qsTr("Chương trình kỳ họp")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                    }
                    ListView {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: 4
                        model: agenda
                        delegate: AgendaItemDelegate { compact: true }
                    }
                }
            }
        }
    }

    // The reader covers the page while a paper is open.
    DocumentReaderPage {
        id: reader
        anchors.fill: parent
        visible: source.toString().length > 0
        z: 10
        connection: page.connection
        actions: documentActions
    }
}
