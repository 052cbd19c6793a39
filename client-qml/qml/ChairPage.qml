import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Chair's console: the agenda with current-item control, the sittings (open, suspend
// with reason, resume, close), polls (PollConsole: prepare, open, progress, close,
// publish, cancel), the floor (FloorConsole: running turns with their clock, the list
// with grant / move / remove, close-open) and the attendance and quorum panel; in a
// second tab beside the agenda, questioning (InterpellationConsole: groups, calls,
// conclusions).
Page {
    id: page
    required property Connection connection

    objectName: "chairPage"
    background: Rectangle { color: Theme.background }

    AgendaModel { id: agenda; store: page.connection.store }
    SittingsModel { id: sittings; store: page.connection.store }
    AttendanceModel { id: attendance; store: page.connection.store }
    PollsModel { id: polls; store: page.connection.store }
    FloorModel { id: floorModel; store: page.connection.store }
    QuestionGroupsModel { id: questionGroups; store: page.connection.store }
    ConclusionsModel { id: conclusions; store: page.connection.store }
    QuestionsModel { id: allQuestions; store: page.connection.store }
    DossierModel { id: dossier; store: page.connection.store }

    header: PageHeader { connection: page.connection; pageTitle: qsTr("Chủ tọa") }

    // Below console height the right column cannot hold the sittings, the floor and the
    // quorum at once: it shows them in two tabs (the sittings first: nothing else works
    // before a sitting is open).
    readonly property bool compact: height < 1000

    CloseSessionDialog {
        id: closeSessionDialog
        sessionTitle: page.connection.store.title
        onConfirmed: page.connection.closeSession()
    }

    SuspendSittingDialog {
        id: suspendDialog
        onConfirmed: (sittingId, reason) => page.connection.suspendSitting(sittingId, reason)
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.padding

            ErrorBanner { connection: page.connection; Layout.fillWidth: true }

            PageTabBar {
                id: leftTabs
                objectName: "chairLeftTabs"
                Layout.fillWidth: true
                TabButton {
                    objectName: "agendaTab"
                    text: qsTr("Chương trình")
                    Accessible.name: text
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                }
                TabButton {
                    objectName: "interpellationTab"
                    text: allQuestions.totalCount > 0 ? qsTr("Chất vấn (%1)").arg(allQuestions.totalCount) : qsTr("Chất vấn")
                    Accessible.name: qsTr("Chất vấn")
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                }
            }

            InterpellationConsole {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: leftTabs.currentIndex === 1
                connection: page.connection
                groups: questionGroups
                floor: floorModel
                conclusions: conclusions
            }

            // Agenda with current-item control.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: leftTabs.currentIndex === 0
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
                        objectName: "agendaList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: 4
                        model: agenda
                        delegate: AgendaItemDelegate {
                            readonly property var dossierStatus: page.connection.store.lastSeq >= 0 ? dossier.summary(itemId) : ({})
                            dossierText: dossierStatus.hasRequirements ? dossierStatus.summaryText : ""
                            dossierComplete: dossierStatus.complete === true
                            controls: page.connection.store.currentSittingStatus === 2
                            onMakeCurrent: itemId => page.connection.setCurrentItem(itemId)
                            onComplete: itemId => page.connection.completeItem(itemId)
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.connection.store.currentSittingStatus !== 2
                        text: qsTr("Khai mạc một phiên họp để điều hành chương trình.")
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                    }
                }
            }

            // Polls: prepare, open, progress, close, publish, cancel.
            PollConsole {
                Layout.fillWidth: true
                visible: leftTabs.currentIndex === 0
                connection: page.connection
                polls: polls
            }

            // Compact roster: who is here (on a console, under the agenda; on a smaller
            // screen the quorum panel has the counts).
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 190
                visible: !page.compact && leftTabs.currentIndex === 0
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.gap
                    Label {
                        text: qsTr("Đại biểu")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                    }
                    GridView {
                        id: roster
                        objectName: "rosterGrid"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        cellWidth: width / Math.max(1, Math.floor(width / 210))
                        cellHeight: 30
                        model: attendance
                        delegate: RowLayout {
                            required property string fullName
                            required property int status
                            required property string statusText
                            width: roster.cellWidth - 8
                            height: roster.cellHeight
                            spacing: 8
                            Accessible.name: fullName + " — " + statusText
                            Rectangle {
                                Layout.preferredWidth: 10
                                Layout.preferredHeight: 10
                                radius: 5
                                color: Theme.attendanceColor(parent.status)
                            }
                            Label {
                                Layout.fillWidth: true
                                text: parent.fullName
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontSmall
                                color: parent.status === 1 || parent.status === 2 ? Theme.text : Theme.textMuted
                            }
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: Theme.padding

            PageTabBar {
                id: rightTabs
                objectName: "chairTabs"
                Layout.fillWidth: true
                visible: page.compact
                TabButton {
                    objectName: "sittingsTab"
                    text: qsTr("Phiên họp và túc số")
                    Accessible.name: text
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                }
                TabButton {
                    objectName: "floorTab"
                    text: floorModel.count > 0 ? qsTr("Phát biểu (%1)").arg(floorModel.count) : qsTr("Phát biểu")
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Phát biểu")
                }
            }

            Rectangle {
                Layout.fillWidth: true
                visible: !page.compact || rightTabs.currentIndex === 0
                implicitHeight: Math.min(sittingsColumn.implicitHeight + 2 * Theme.padding, 320)
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                ColumnLayout {
                    id: sittingsColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.gap
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Phiên họp")
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                        }
                        Label {
                            visible: page.connection.store.status === 4
                            text: qsTr("Kỳ họp đã bế mạc")
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                        }
                        ActionButton {
                            objectName: "closeSession"
                            visible: page.connection.store.status === 2 || page.connection.store.status === 3
                            enabled: page.connection.store.currentSittingId === 0
                            tone: "danger"
                            text: qsTr("Bế mạc kỳ họp")
                            Accessible.name: qsTr("Bế mạc kỳ họp %1").arg(page.connection.store.title)
                            onClicked: closeSessionDialog.open()
                        }
                    }
                    ListView {
                        objectName: "sittingList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        implicitHeight: contentHeight
                        clip: true
                        model: sittings
                        delegate: SittingDelegate {
                            controls: true
                            otherActive: page.connection.store.currentSittingId > 0 && !isCurrent
                            onOpenRequested: sittingId => page.connection.openSitting(sittingId)
                            onSuspendRequested: (sittingId, title) => {
                                suspendDialog.sittingId = sittingId
                                suspendDialog.sittingTitle = title
                                suspendDialog.open()
                            }
                            onResumeRequested: sittingId => page.connection.resumeSitting(sittingId)
                            onCloseRequested: sittingId => page.connection.closeSitting(sittingId)
                        }
                    }
                }
            }

            FloorConsole {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !page.compact || rightTabs.currentIndex === 1
                Layout.preferredHeight: 480
                Layout.minimumHeight: 320
                connection: page.connection
                floor: floorModel
            }

            QuorumPanel {
                Layout.fillWidth: true
                visible: !page.compact || rightTabs.currentIndex === 0
                attendance: attendance
            }
            Item {
                Layout.fillHeight: true
                visible: page.compact && rightTabs.currentIndex === 0
            }

        }
    }
}
