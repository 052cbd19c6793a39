// dienhong-client: the Diên Hồng QML application. One binary for every role; the account
// that logs in decides the page (delegate tablet, chair console, secretary desk, big
// screen). See docs/client.md.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

#include "app_setup.h"

Q_IMPORT_QML_PLUGIN(DienHong_ClientPlugin)

int main(int argc, char* argv[]) {
  QGuiApplication app(argc, argv);

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QCoreApplication::translate("main", "Diên Hồng — phần mềm điều hành kỳ họp HĐND"));
  parser.addHelpOption();
  QCommandLineOption langOption(
      QStringLiteral("lang"),
      QCoreApplication::translate("main", "Ngôn ngữ giao diện: vi (mặc định) hoặc en."),
      QStringLiteral("vi|en"));
  QCommandLineOption serverOption(
      QStringLiteral("server"),
      QCoreApplication::translate("main", "Địa chỉ máy chủ host:port (ghi đè địa chỉ đã nhớ)."),
      QStringLiteral("host:port"));
  QCommandLineOption windowedOption(
      QStringLiteral("windowed"),
      QCoreApplication::translate("main", "Màn hình lớn: chạy trong cửa sổ thay vì toàn màn hình."));
  parser.addOptions({langOption, serverOption, windowedOption});
  parser.process(app);

  const QString language = dienhong::client::chooseLanguage(parser.value(langOption));
  if (!dienhong::client::setupApplication(language)) {
    qWarning("no translation for language '%s'; using Vietnamese", qPrintable(language));
    dienhong::client::setupApplication(QStringLiteral("vi"));
  }

  QQmlApplicationEngine engine;
  dienhong::client::prepareEngine(engine);
  engine.setInitialProperties({{QStringLiteral("initialServer"), parser.value(serverOption)},
                               {QStringLiteral("windowed"), parser.isSet(windowedOption)}});
  QObject::connect(
      &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
      [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
  engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DienHong/Client/Main.qml")));
  return app.exec();
}
