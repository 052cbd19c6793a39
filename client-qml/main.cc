// dienhong-client: the Diên Hồng QML application. One binary for every role; the account
// that logs in decides the page (delegate tablet, chair console, secretary desk, big
// screen). See docs/client.md.
#include <QtQml/qqmlextensionplugin.h>

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QTranslator>
#include <cstring>
#include <memory>

#include "app_setup.h"
#include "kiosk/keyboard_detect.h"

Q_IMPORT_QML_PLUGIN(DienHong_ClientPlugin)

namespace {

// The options, on any application object: --help must work on a machine without a
// display (an installer, an SSH session), so it is answered before Qt's GUI starts.
struct Options {
  QCommandLineOption lang{
      QStringLiteral("lang"),
      QCoreApplication::translate("main", "Ngôn ngữ giao diện: vi (mặc định) hoặc en."),
      QStringLiteral("vi|en")};
  QCommandLineOption server{
      QStringLiteral("server"),
      QCoreApplication::translate("main", "Địa chỉ máy chủ host:port (ghi đè địa chỉ đã nhớ)."),
      QStringLiteral("host:port")};
  QCommandLineOption windowed{
      QStringLiteral("windowed"),
      QCoreApplication::translate("main",
                                  "Màn hình lớn: chạy trong cửa sổ thay vì toàn màn hình.")};
  QCommandLineOption kiosk{
      QStringLiteral("kiosk"),
      QCoreApplication::translate(
          "main",
          "Máy tính bảng trong phòng họp: toàn màn hình, không viền, chỉ thoát được khi thư "
          "ký nhập tài khoản và mã PIN (nhấn giữ góc trên bên trái 3 giây).")};
  QCommandLineOption keyboard{
      QStringLiteral("virtual-keyboard"),
      QCoreApplication::translate(
          "main",
          "Bàn phím ảo: on, off hoặc auto (mặc định: bật ở chế độ kiosk khi máy không có "
          "bàn phím)."),
      QStringLiteral("on|off|auto"), QStringLiteral("auto")};

  void addTo(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Diên Hồng — phần mềm điều hành kỳ họp HĐND"));
    parser.addHelpOption();
    parser.addOptions({lang, server, windowed, kiosk, keyboard});
  }
};

bool AsksForHelp(int argc, char* argv[]) {
  for (int i = 1; i < argc; ++i) {
    for (const char* flag : {"-h", "--help", "-?", "--help-all"}) {
      if (std::strcmp(argv[i], flag) == 0) return true;
    }
  }
  return false;
}

// The value of --virtual-keyboard before any application object exists (QT_IM_MODULE
// must be set before QGuiApplication starts); the parser checks it properly later.
QString RawOption(int argc, char* argv[], const char* name) {
  const QByteArray eq = QByteArray("--") + name + "=";
  for (int i = 1; i < argc; ++i) {
    const QByteArray a(argv[i]);
    if (a.startsWith(eq)) return QString::fromLocal8Bit(a.mid(eq.size()));
    if (a == QByteArray("--") + name && i + 1 < argc) return QString::fromLocal8Bit(argv[i + 1]);
  }
  return {};
}

bool HasFlag(int argc, char* argv[], const char* name) {
  const QByteArray flag = QByteArray("--") + name;
  for (int i = 1; i < argc; ++i) {
    if (flag == argv[i]) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char* argv[]) {
  if (AsksForHelp(argc, argv)) {
    QCoreApplication app(argc, argv);
    // Only the translation: the fonts and style of setupApplication need a GUI.
    QTranslator translator;
    const QString language = dienhong::client::chooseLanguage(RawOption(argc, argv, "lang"));
    if (language != QLatin1String("vi") &&
        translator.load(QStringLiteral(":/i18n/dienhong_%1.qm").arg(language))) {
      QCoreApplication::installTranslator(&translator);
    }
    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    parser.process(app);  // prints the help and exits
    return 0;
  }

  const bool kiosk = HasFlag(argc, argv, "kiosk");
  const std::optional<bool> virtualKeyboard =
      dienhong::client::UseVirtualKeyboard(RawOption(argc, argv, "virtual-keyboard"), kiosk,
                                           dienhong::client::HardwareKeyboardPresent());
  if (virtualKeyboard.value_or(false)) qputenv("QT_IM_MODULE", "qtvirtualkeyboard");

  QGuiApplication app(argc, argv);
  QCommandLineParser parser;
  Options options;
  options.addTo(parser);
  parser.process(app);
  if (!virtualKeyboard) {
    qCritical("%s", qPrintable(QCoreApplication::translate(
                                   "main",
                                   "--virtual-keyboard: chỉ nhận on, off hoặc auto (đang là «%1»).")
                                   .arg(parser.value(options.keyboard))));
    return 2;
  }

  const QString language = dienhong::client::chooseLanguage(parser.value(options.lang));
  if (!dienhong::client::setupApplication(language)) {
    qWarning("no translation for language '%s'; using Vietnamese", qPrintable(language));
    dienhong::client::setupApplication(QStringLiteral("vi"));
  }

  QQmlApplicationEngine engine;
  dienhong::client::prepareEngine(engine);
  engine.setInitialProperties({{QStringLiteral("initialServer"), parser.value(options.server)},
                               {QStringLiteral("windowed"), parser.isSet(options.windowed)},
                               {QStringLiteral("kiosk"), parser.isSet(options.kiosk)},
                               {QStringLiteral("virtualKeyboard"), *virtualKeyboard}});
  QObject::connect(
      &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
      [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
  engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DienHong/Client/Main.qml")));
  return app.exec();
}
