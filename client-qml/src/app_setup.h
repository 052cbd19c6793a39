// Application-wide setup shared by dienhong-client and the QML tests, so the tests see
// the same font, style and language as people do.
//
// Thread-safety: call on the GUI thread, after the QGuiApplication exists.
#pragma once

#include <QString>

class QQmlEngine;

namespace dienhong::client {

// "vi" or "en": the --lang flag when given; else DIENHONG_LANG; else English when the
// system's first UI language is English; else Vietnamese (the default).
QString chooseLanguage(const QString& flag);
// Application font (Noto Sans: full Vietnamese coverage), Qt Quick Controls style, and
// the translator for `language`. Returns false when `language` has no translation.
bool setupApplication(const QString& language);
// Import path of the embedded QML module (qrc:/qt/qml/DienHong/Client).
void prepareEngine(QQmlEngine& engine);

}  // namespace dienhong::client
