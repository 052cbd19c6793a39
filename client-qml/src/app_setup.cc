#include "app_setup.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTranslator>

namespace dienhong::client {

QString chooseLanguage(const QString& flag) {
  if (!flag.isEmpty()) return flag.toLower();
  const QString env = qEnvironmentVariable("DIENHONG_LANG");
  if (!env.isEmpty()) return env.toLower();
  const QStringList ui = QLocale::system().uiLanguages();
  if (!ui.isEmpty() && ui.first().startsWith(QLatin1String("en"))) return QStringLiteral("en");
  return QStringLiteral("vi");
}

bool setupApplication(const QString& language) {
  QCoreApplication::setOrganizationName(QStringLiteral("DienHong"));
  QCoreApplication::setApplicationName(QStringLiteral("dienhong-client"));
  QQuickStyle::setStyle(QStringLiteral("Basic"));

  // Noto Sans covers every Vietnamese letter with its stacked diacritics (ế, ặ, ữ ...);
  // fall back to whatever sans-serif the system has when the package is missing.
  QFont font(QStringLiteral("Noto Sans"));
  font.setStyleHint(QFont::SansSerif);
  font.setPixelSize(16);
  QGuiApplication::setFont(font);

  if (language == QLatin1String("vi")) {
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    return true;  // the source language
  }
  auto* translator = new QTranslator(QCoreApplication::instance());
  if (!translator->load(QStringLiteral(":/i18n/dienhong_%1.qm").arg(language))) {
    delete translator;
    return false;
  }
  QCoreApplication::installTranslator(translator);
  QLocale::setDefault(QLocale(language));
  return true;
}

void prepareEngine(QQmlEngine& engine) { engine.addImportPath(QStringLiteral("qrc:/qt/qml")); }

}  // namespace dienhong::client
