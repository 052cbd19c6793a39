import QtQuick
import QtQuick.Controls
import QtQuick.Window
import DienHong.Client

// The application window: one Connection; the login page until someone logs in, the
// session chooser when their council has several sessions, then the page of their role.
// The big-screen account runs full screen unless --windowed. In kiosk mode (--kiosk, hall
// tablets) the window is full screen and frameless from the start and cannot be closed
// until a secretary unlocks it (KioskExitDialog: a long press on the top-left corner, or
// Ctrl+Alt+Q on a keyboard); with --virtual-keyboard the on-screen keyboard is there.
ApplicationWindow {
    id: window
    property string initialServer: ""
    property bool windowed: false
    property bool kiosk: false
    property bool virtualKeyboard: false
    // Set once a secretary unlocked the kiosk: the window may close.
    property bool kioskUnlocked: false

    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    title: qsTr("Diên Hồng")
    color: Theme.background
    flags: kiosk ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window

    Component.onCompleted: if (kiosk) visibility = Window.FullScreen

    onClosing: (close) => {
        if (!kiosk || kioskUnlocked) return
        close.accepted = false
        kioskExit.open()
    }

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
            if (window.kiosk)
                return   // full screen whoever logs in or out
            if (window.appConnection.role === Connection.Display && !window.windowed)
                window.visibility = Window.FullScreen
            else if (!window.appConnection.loggedIn && window.visibility === Window.FullScreen)
                window.visibility = Window.Windowed
        }
    }

    // --- Kiosk mode -------------------------------------------------------------------
    // The way out: a three-second press on the top-left corner (nothing else is there),
    // or Ctrl+Alt+Q where a keyboard is attached. Both only open the secretary's form.
    MouseArea {
        objectName: "kioskCorner"
        enabled: window.kiosk
        visible: window.kiosk
        z: 999
        width: Theme.touch
        height: Theme.touch
        pressAndHoldInterval: 3000
        onPressAndHold: kioskExit.open()
    }
    Shortcut {
        enabled: window.kiosk
        sequence: "Ctrl+Alt+Q"
        onActivated: kioskExit.open()
    }
    KioskExitDialog {
        id: kioskExit
        serverAddress: window.appConnection.serverAddress
        useTls: window.appConnection.useTls
        onUnlocked: {
            window.kioskUnlocked = true
            window.close()
        }
    }
    Loader {
        objectName: "kioskKeyboardLoader"
        anchors.fill: parent
        z: 1000
        active: window.virtualKeyboard
        source: "KioskKeyboard.qml"
    }
}
