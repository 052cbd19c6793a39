// Kiosk mode's decisions that need no window: whether the on-screen keyboard is used
// (client-qml/src/kiosk/keyboard_detect.h), over real directories shaped like udev's
// /dev/input/by-path.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "kiosk/keyboard_detect.h"

using dienhong::client::HardwareKeyboardPresent;
using dienhong::client::UseVirtualKeyboard;

class KioskTest : public QObject {
  Q_OBJECT

 private slots:
  void aKeyboardIsAnEventKbdEntry() {
    QTemporaryDir byPath, byId;
    QVERIFY(byPath.isValid() && byId.isValid());
    auto touch = [](const QString& path) {
      QFile f(path);
      QVERIFY(f.open(QIODevice::WriteOnly));
    };
    touch(byPath.filePath(QStringLiteral("platform-i8042-serio-1-event-mouse")));
    touch(byPath.filePath(QStringLiteral("pci-0000:00:14.0-usb-0:2:1.0-event")));
    QVERIFY(!HardwareKeyboardPresent({byPath.path(), byId.path()}));
    touch(byId.filePath(QStringLiteral("usb-Logitech_USB_Keyboard-event-kbd")));
    QVERIFY(HardwareKeyboardPresent({byPath.path(), byId.path()}));
    QVERIFY(!HardwareKeyboardPresent({byPath.path(), QStringLiteral("/nonexistent/by-id")}));
  }

  void theOptionDecides() {
    // auto: only a kiosk without a keyboard gets the on-screen one.
    QCOMPARE(UseVirtualKeyboard(QStringLiteral("auto"), true, false), std::optional<bool>(true));
    QCOMPARE(UseVirtualKeyboard(QString(), true, false), std::optional<bool>(true));
    QCOMPARE(UseVirtualKeyboard(QStringLiteral("auto"), true, true), std::optional<bool>(false));
    QCOMPARE(UseVirtualKeyboard(QStringLiteral("auto"), false, false), std::optional<bool>(false));
    // on and off are obeyed, in any case.
    QCOMPARE(UseVirtualKeyboard(QStringLiteral("ON"), false, true), std::optional<bool>(true));
    QCOMPARE(UseVirtualKeyboard(QStringLiteral("off"), true, false), std::optional<bool>(false));
    // Anything else is refused (main says which values are allowed).
    QCOMPARE(UseVirtualKeyboard(QStringLiteral("yes"), true, false), std::nullopt);
  }
};

QTEST_GUILESS_MAIN(KioskTest)
#include "kiosk_test.moc"
