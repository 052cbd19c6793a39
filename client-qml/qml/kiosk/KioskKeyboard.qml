import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard of kiosk mode (Qt Virtual Keyboard), loaded only when the
// application runs with the virtual keyboard (main.cc sets QT_IM_MODULE before the
// application starts). Vietnamese first, English second; it slides up over the bottom of
// the page while a text field has focus.
InputPanel {
    id: panel
    objectName: "kioskKeyboard"
    z: 1000
    anchors.left: parent.left
    anchors.right: parent.right
    y: active ? parent.height - height : parent.height

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["vi_VN", "en_US"]
        VirtualKeyboardSettings.locale = "vi_VN"
    }
}
