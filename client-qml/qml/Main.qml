import QtQuick
import QtQuick.Controls
import QtQuick.Window
import DienHong.Client

// The application window: one Connection; the login page until someone logs in, the
// session chooser when their council has several sessions, then the page of their role. The big-screen account runs full screen unless --windowed.
ApplicationWindow {
    id: window
    property string initialServer: ""
    property bool windowed: false

    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    title: qsTr("Diên Hồng")
    color: Theme.background

    // The one link to the server (not named `connection`: inside a page that name is the
    // page's own property).
    readonly property Connection appConnection: Connection {
        Component.onCompleted: if (window.initialServer.length > 0) serverAddress = window.initialServer
    }

    Component { id: loginPage; LoginPage { connection: window.appConnection } }
    Component { id: delegatePage; DelegatePage { connection: window.appConnection } }
    Component { id: respondentPage; RespondentPage { connection: window.appConnection } }
    Component { id: chairPage; ChairPage { connection: window.appConnection } }
    Component { id: secretaryPage; SecretaryPage { connection: window.appConnection } }
    Component { id: displayPage; DisplayPage { connection: window.appConnection } }
    Component { id: sessionChooserPage; SessionChooserPage { connection: window.appConnection } }

    function pageFor(role) {
        switch (role) {
        case Connection.Chair: return chairPage
        case Connection.Secretary:
        case Connection.Administrator: return secretaryPage
        case Connection.Delegate: return delegatePage
        case Connection.Respondent: return respondentPage
        default: return displayPage   // display, observer: read-only
        }
    }

    Loader {
        id: pageLoader
        objectName: "pageLoader"
        anchors.fill: parent
        sourceComponent: !window.appConnection.loggedIn ? loginPage
                         : window.appConnection.state === Connection.ChoosingSession ? sessionChooserPage
                         : window.pageFor(window.appConnection.role)
    }

    Connections {
        target: window.appConnection
        function onAccountChanged() {
            if (window.appConnection.role === Connection.Display && !window.windowed)
                window.visibility = Window.FullScreen
            else if (!window.appConnection.loggedIn && window.visibility === Window.FullScreen)
                window.visibility = Window.Windowed
        }
    }
}
