// Qt Quick Test runner for the client's pages. The setup gives every QML test the same
// font, style and language as the application, the embedded DienHong.Client module, and
// a TestServer singleton (module DienHong.Test) that runs the real dienhong-server.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include "app_setup.h"
#include "test_server.h"

Q_IMPORT_QML_PLUGIN(DienHong_ClientPlugin)

class Setup : public QObject {
  Q_OBJECT

 public slots:
  void applicationAvailable() {
    dienhong::client::setupApplication(dienhong::client::chooseLanguage(QString()));
    server_ = new TestServer(this);
    qmlRegisterSingletonInstance("DienHong.Test", 1, 0, "TestServer", server_);
  }
  void qmlEngineAvailable(QQmlEngine* engine) { dienhong::client::prepareEngine(*engine); }
  void cleanupTestCase() { server_->stop(); }

 private:
  TestServer* server_ = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(client_quick, Setup)

#include "quick_main.moc"
