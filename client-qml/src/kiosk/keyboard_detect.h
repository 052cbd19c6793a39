// Whether the on-screen keyboard is needed: `--virtual-keyboard on|off|auto`. "auto" (the
// default) turns it on in kiosk mode when the device has no hardware keyboard, which is
// what udev names /dev/input/by-path/*-event-kbd (and by-id/) for every keyboard it sees.
// Decided before the application object exists, because the input method is chosen by the
// QT_IM_MODULE environment variable when Qt starts.
//
// Thread-safety: pure functions over the file system.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace dienhong::client {

// True when one of `dirs` holds an entry whose name ends with "-event-kbd".
bool HardwareKeyboardPresent(const QStringList& dirs = {QStringLiteral("/dev/input/by-path"),
                                                        QStringLiteral("/dev/input/by-id")});

// The decision for the option's value; nullopt for a value that is not on, off or auto.
std::optional<bool> UseVirtualKeyboard(const QString& option, bool kiosk, bool hardwareKeyboard);

}  // namespace dienhong::client
