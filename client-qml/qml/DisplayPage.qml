import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Big screen in the hall: read-only, large type readable from the back row. Sizes follow
// the window height so the same page works on a projector and a 4K panel. While the chair
// runs a questioning group, its title is under the current item. A page of a paper put on
// the screen (ScreenPageView) replaces all of it while it is shown.
Page {
    id: page
    required property Connection connection

    objectName: "displayPage"
    readonly property real unit: Math.max(12, height / 40)
    background: Rectangle { color: Theme.displayBackground }

    AttendanceModel { id: attendance; store: page.connection.store }
    PollsModel { id: polls; store: page.connection.store }
    FloorModel { id: floorModel; store: page.connection.store }
    QuestionsModel { id: questions; store: page.connection.store; groupId: -2 }
    // A page of a published paper the chair or secretary put on the screen replaces the
    // live view until they take it off.
    DocumentsModel { id: screenDocuments; store: page.connection.store }
    DocumentActions { id: documentActions; connection: page.connection }
    readonly property var speaker: floorModel.currentTurn
    // The speaker gives way to a poll: voting is what the hall watches then.
    readonly property bool speakerShown: speaker.turnId !== undefined && !pollShown
    readonly property var openPoll: polls.openPoll
    readonly property bool pollOpen: openPoll.pollId !== undefined
    // The newest published result stays up while its item is current (or it had none).
    readonly property var shownResult: polls.publishedPoll
    readonly property bool resultShown: !pollOpen && shownResult.pollId !== undefined
        && (shownResult.itemId === 0 || shownResult.itemId === page.connection.store.currentItemId)
    readonly property bool pollShown: pollOpen || resultShown

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
            // Smaller while a poll takes the middle of the screen, still whole.
            font.pixelSize: page.unit * (page.pollShown || page.speakerShown ? 1.6 : 2.6)
            font.weight: Font.Bold
            lineHeight: 1.1
            color: Theme.displayText
            wrapMode: Text.Wrap
            maximumLineCount: page.pollShown || page.speakerShown ? 2 : 3
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
        // Questioning: the issue group the chair is running.
        Label {
            objectName: "displayQuestionGroup"
            Layout.fillWidth: true
            visible: questions.currentGroupId > 0 && !page.pollShown
            text: visible ? qsTr("Chất vấn: %1").arg(questions.currentGroupTitle) : ""
            font.pixelSize: page.unit * 1.2
            font.weight: Font.DemiBold
            color: Theme.displayAccent
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        // Voting: progress while a poll is open; the published result with bars and the
        // server's sentence.
        ColumnLayout {
            objectName: "displayPoll"
            Layout.fillWidth: true
            visible: page.pollShown
            spacing: page.unit * 0.5
            Label {
                objectName: "displayPollTitle"
                Layout.fillWidth: true
                text: page.pollOpen ? qsTr("BIỂU QUYẾT: %1").arg(page.openPoll.title.toUpperCase())
                      : page.resultShown ? qsTr("KẾT QUẢ BIỂU QUYẾT: %1").arg(page.shownResult.title.toUpperCase()) : ""
                font.pixelSize: page.unit * 0.95
                font.letterSpacing: 1
                color: Theme.displayAccent
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.pollOpen
                spacing: page.unit
                Label {
                    objectName: "displayPollProgress"
                    Layout.fillWidth: true
                    text: page.pollOpen
                          ? qsTr("Đang biểu quyết — đã có %1/%2 đại biểu bỏ phiếu").arg(page.openPoll.votedCount).arg(page.openPoll.entitledCount)
                          : ""
                    font.pixelSize: page.unit * 1.6
                    font.weight: Font.DemiBold
                    color: Theme.displayText
                    wrapMode: Text.Wrap
                }
                CountdownLabel {
                    objectName: "displayPollCountdown"
                    closesAt: page.pollOpen ? page.openPoll.closesAt : 0
                    maxSeconds: page.pollOpen ? page.openPoll.countdownSeconds : 0
                    font.pixelSize: page.unit * 1.6
                    color: Theme.displayAccent
                }
            }
            ResultBars {
                objectName: "displayPollResult"
                Layout.fillWidth: true
                visible: page.resultShown
                dark: true
                unit: page.unit * 1.1
                results: page.resultShown ? page.shownResult.results : []
            }
        }

        // The current speaker with a clock readable from the back of the hall.
        RowLayout {
            objectName: "displaySpeaker"
            Layout.fillWidth: true
            Layout.topMargin: page.unit
            visible: page.speakerShown
            spacing: page.unit * 2
            ColumnLayout {
                Layout.fillWidth: true
                spacing: page.unit * 0.3
                Label {
                    text: qsTr("ĐANG PHÁT BIỂU")
                    font.pixelSize: page.unit * 0.85
                    font.letterSpacing: 2
                    color: Theme.displayAccent
                }
                Label {
                    objectName: "displaySpeakerName"
                    Layout.fillWidth: true
                    text: page.speakerShown ? page.speaker.speakerName : ""
                    font.pixelSize: page.unit * 2.6
                    font.weight: Font.Bold
                    color: Theme.displayText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "displaySpeakerKind"
                    Layout.fillWidth: true
                    text: page.speakerShown
                          ? [page.speaker.kindText, page.speaker.delegateGroup, page.speaker.repliesToText]
                            .filter(s => s.length > 0).join(" · ")
                          : ""
                    font.pixelSize: page.unit * 1.1
                    color: Theme.displayMuted
                    wrapMode: Text.Wrap
                }
            }
            SpeakerCountdown {
                objectName: "displaySpeakerCountdown"
                Layout.alignment: Qt.AlignVCenter
                floor: floorModel
                clock: page.connection.clock
                turn: page.speakerShown ? page.speaker : ({})
                pixelSize: page.unit * 6
                dark: true
            }
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

    ScreenPageView {
        anchors.fill: parent
        z: 10
        visible: shown
        actions: documentActions
        onScreen: screenDocuments.onScreen
    }
}
