#include "kiosk/keyboard_detect.h"

#include <QDir>

namespace dienhong::client {

bool HardwareKeyboardPresent(const QStringList& dirs) {
  for (const QString& dir : dirs) {
    const QStringList entries =
        QDir(dir).entryList({QStringLiteral("*-event-kbd")}, QDir::AllEntries | QDir::System);
    if (!entries.isEmpty()) return true;
  }
  return false;
}

std::optional<bool> UseVirtualKeyboard(const QString& option, bool kiosk, bool hardwareKeyboard) {
  const QString v = option.trimmed().toLower();
  if (v == QLatin1String("on")) return true;
  if (v == QLatin1String("off")) return false;
  if (v.isEmpty() || v == QLatin1String("auto")) return kiosk && !hardwareKeyboard;
  return std::nullopt;
}

}  // namespace dienhong::client
