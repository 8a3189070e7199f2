#include "config/config.h"
#include "fakeserver.h"
#include "models/costformat.h"
#include "secrets/keystore.h"
#include "settingsdialog.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Settings → "Test connection" against the fake server, reported in words.
class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void testConnection_data();
    void testConnection();
    void monthUsage();
    void testConnectionUsesStallTimeout();
    void saysWhichKeyEachEndpointUses();
    void keyFieldShowsAndHides();
    void credentialsInBaseUrlRefused();
    void serverErrorShownAsText();
    void appearanceSwitchesAtOnce();
    void keyNoteShowsWhole();
    void imageMaxSideSaved();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<Config> m_config;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_server->setRequiredKey("sk-proxy");
    m_config = std::make_unique<Config>(m_dir->filePath(u"sift.ini"_s));
    // The connection test refreshes the model cache like any model fetch: keep it here.
    qputenv("XDG_CACHE_HOME", m_dir->filePath(u"cache"_s).toLocal8Bit());
}

void TestSettingsDialog::cleanup()
{
    m_config.reset();
    m_server.reset();
    m_dir.reset();
}

void TestSettingsDialog::testConnection_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    // "%n model(s)": the English plural comes from the translation, not loaded here.
    QTest::newRow("works") << u"/v1"_s << u"sk-proxy"_s
                           << u"Connected: the key was accepted and the endpoint lists 15 model"_s;
    QTest::newRow("wrong key") << u"/v1"_s << u"sk-wrong"_s << u"The test failed: "_s;
    QTest::newRow("wrong path") << u"/nothing/here"_s << u"sk-proxy"_s << u"The test failed: "_s;
}

void TestSettingsDialog::testConnection()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    Endpoint proxy;
    proxy.name = u"Proxy"_s;
    proxy.kind = Endpoint::Kind::OpenAI;
    proxy.baseUrl = QUrl(m_server->baseUrl() + path);
    m_config->setEndpoints({ proxy });
    KeyStore keys;
    SettingsDialog dialog(m_config.get(), &keys);
    dialog.show();

    QLineEdit *keyField = nullptr;
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>()) {
        if (field->accessibleName() == u"API key"_s)
            keyField = field;
    }
    QVERIFY(keyField);
    keyField->setText(key);
    QPushButton *test = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->accessibleName() == u"Test connection"_s)
            test = button;
    }
    QVERIFY(test);
    QLabel *result = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Connection test result"_s)
            result = label;
    }
    QVERIFY(result);

    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 10000);
    QVERIFY2(result->text().startsWith(expected), qPrintable(result->text()));
    QVERIFY(!result->text().contains(u"sk-"_s)); // the key is never shown
    if (key == u"sk-wrong"_s)
        QVERIFY2(result->text().contains(u"key"_s, Qt::CaseInsensitive),
                 qPrintable(result->text()));
    QCOMPARE(m_server->requests().last().path, QByteArray(path.toUtf8() + "/models"));
}

// Issue 12: each endpoint says where its key comes from; DEEPINFRA_API_KEY only for DeepInfra.
void TestSettingsDialog::saysWhichKeyEachEndpointUses()
{
    Endpoint proxy;
    proxy.name = u"Proxy-%1"_s.arg(QCoreApplication::applicationPid());
    proxy.kind = Endpoint::Kind::OpenAI;
    proxy.baseUrl = QUrl(m_server->baseUrl() + u"/v1"_s);
    m_config->setEndpoints({ Endpoint::deepInfra(), proxy });
    qputenv("DEEPINFRA_API_KEY", "di-key");
    KeyStore keys;
    SettingsDialog dialog(m_config.get(), &keys);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>();
    QVERIFY(list);
    list->setCurrentRow(0);
    QVERIFY2(dialog.keySourceText().contains(u"Uses DEEPINFRA_API_KEY from the environment"_s),
             qPrintable(dialog.keySourceText()));
    list->setCurrentRow(1);
    // The proxy's own keychain entry (none in this throwaway service): never the variable.
    QTRY_VERIFY2(!dialog.keySourceText().contains(u"Checking"_s),
                 qPrintable(dialog.keySourceText()));
    QVERIFY2(!dialog.keySourceText().contains(u"DEEPINFRA_API_KEY"_s),
             qPrintable(dialog.keySourceText()));
    QVERIFY2(dialog.keySourceText().startsWith(u"No key"_s)
                 || dialog.keySourceText().startsWith(u"No keychain"_s),
             qPrintable(dialog.keySourceText()));

    // Switching the proxy's kind to DeepInfra puts it under the variable's rule.
    QComboBox *kind = nullptr;
    for (QComboBox *candidate : dialog.findChildren<QComboBox *>())
        if (candidate->accessibleName() == u"Endpoint kind"_s)
            kind = candidate;
    QVERIFY(kind);
    kind->setCurrentIndex(kind->findData(u"deepinfra"_s));
    QVERIFY2(dialog.keySourceText().contains(u"DEEPINFRA_API_KEY"_s),
             qPrintable(dialog.keySourceText()));
    qunsetenv("DEEPINFRA_API_KEY");
    kind->setCurrentIndex(kind->findData(u"openai"_s));
    QVERIFY(!dialog.keySourceText().contains(u"environment for this run"_s));
}

// Issue 13: the connection test builds its client like the main window (ClientSetup), so the
// stall timeout set in this dialog applies to it (it used to wait the default 60 s).
void TestSettingsDialog::testConnectionUsesStallTimeout()
{
    Endpoint proxy;
    proxy.name = u"Proxy"_s;
    proxy.kind = Endpoint::Kind::OpenAI;
    proxy.baseUrl = QUrl(m_server->baseUrl() + u"/v1"_s);
    m_config->setEndpoints({ proxy });
    m_server->setDefaultFault(u"stall"_s);
    KeyStore keys;
    SettingsDialog dialog(m_config.get(), &keys);
    dialog.show();
    QSpinBox *stall = nullptr;
    for (QSpinBox *candidate : dialog.findChildren<QSpinBox *>())
        if (candidate->accessibleName() == u"Stall timeout in seconds"_s)
            stall = candidate;
    QVERIFY(stall);
    stall->setValue(stall->minimum());
    QLineEdit *keyField = nullptr;
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>())
        if (field->accessibleName() == u"API key"_s)
            keyField = field;
    keyField->setText(u"sk-proxy"_s);
    QPushButton *test = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->accessibleName() == u"Test connection"_s)
            test = button;
    QLabel *result = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->accessibleName() == u"Connection test result"_s)
            result = label;
    QVERIFY(test && result);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!test->isEnabled());
    // Well before the default 60 s.
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
    QVERIFY2(result->text().contains(u"no data for 5 second"_s), qPrintable(result->text()));
}

// Friction (issue 12): the key field has show/hide.
void TestSettingsDialog::keyFieldShowsAndHides()
{
    KeyStore keys;
    SettingsDialog dialog(m_config.get(), &keys);
    QLineEdit *keyField = nullptr;
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>())
        if (field->accessibleName() == u"API key"_s)
            keyField = field;
    QVERIFY(keyField);
    QCOMPARE(keyField->echoMode(), QLineEdit::Password);
    QAction *reveal = nullptr;
    for (QAction *action : keyField->actions())
        if (action->objectName() == u"showKey"_s)
            reveal = action;
    QVERIFY(reveal);
    reveal->trigger();
    QCOMPARE(keyField->echoMode(), QLineEdit::Normal);
    QCOMPARE(reveal->text(), u"Hide key"_s);
    reveal->trigger();
    QCOMPARE(keyField->echoMode(), QLineEdit::Password);
}

static QLineEdit *fieldNamed(QWidget *parent, const QString &name)
{
    for (QLineEdit *field : parent->findChildren<QLineEdit *>())
        if (field->accessibleName() == name)
            return field;
    return nullptr;
}

// Issue 18 items 7 and 10: user:pass@ in a base URL and a key with a line break are refused
// with words that say what to do; nothing of them reaches Sift.conf.
void TestSettingsDialog::credentialsInBaseUrlRefused()
{
    KeyStore keys;
    SettingsDialog dialog(m_config.get(), &keys);
    dialog.show();
    QLineEdit *url = fieldNamed(&dialog, u"Base URL"_s);
    QVERIFY(url);
    url->selectAll();
    QTest::keyClicks(url, u"https://someone:s3cret-pw@api.deepinfra.com/v1/openai"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QLabel *error = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().contains(u"password"_s))
            error = label;
    QVERIFY(error);
    QVERIFY(error->isVisible());
    m_config->sync();
    QFile file(m_config->fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("s3cret-pw"));

    url->selectAll();
    QTest::keyClicks(url, u"https://api.deepinfra.com/v1/openai"_s);
    QLineEdit *key = fieldNamed(&dialog, u"API key"_s);
    key->setText(u"sk-abc\nX-Injected: yes"_s);
    Q_EMIT key->textEdited(key->text());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    bool said = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        said = said || (label->isVisible() && label->text().contains(u"control character"_s));
    QVERIFY(said);
}

// Issue 18 item 2: the connection test shows the server's error as text, never as markup.
void TestSettingsDialog::serverErrorShownAsText()
{
    QTcpServer hostile;
    QVERIFY(hostile.listen(QHostAddress::LocalHost));
    const QByteArray body
        = R"({"error":{"message":"<h1>Session expired</h1><a href=\"http://x.invalid\">re-enter your key</a><img src=\"/etc/hostname\">"}})";
    connect(&hostile, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = hostile.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, body] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    Endpoint proxy;
    proxy.name = u"Hostile"_s;
    proxy.kind = Endpoint::Kind::OpenAI;
    proxy.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(hostile.serverPort()));
    m_config->setEndpoints({ proxy });
    KeyStore keys;
    SettingsDialog dialog(m_config.get(), &keys);
    dialog.show();
    fieldNamed(&dialog, u"API key"_s)->setText(u"sk-any"_s);
    QPushButton *test = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->accessibleName() == u"Test connection"_s)
            test = button;
    QLabel *result = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->accessibleName() == u"Connection test result"_s)
            result = label;
    QVERIFY(test && result);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 10000);
    QCOMPARE(result->textFormat(), Qt::PlainText);
    QVERIFY2(result->text().contains(u"Session expired"_s), qPrintable(result->text()));
}

void TestSettingsDialog::monthUsage()
{
    KeyStore keys;
    SettingsDialog dialog(m_config.get(), &keys);
    QLabel *label = nullptr;
    for (QLabel *candidate : dialog.findChildren<QLabel *>())
        if (candidate->accessibleName() == u"Usage this month"_s)
            label = candidate;
    QVERIFY(label);
    QVERIFY(!label->text().contains(u'$'));

    UsageTotals totals;
    totals.promptTokens = 1000;
    totals.completionTokens = 234;
    totals.cost = 0.0125;
    totals.replies = 3;
    dialog.setMonthUsage(totals);
    QVERIFY2(label->text().contains(QLocale().toString(1234)), qPrintable(label->text()));
    QVERIFY2(label->text().contains(CostFormat::usd(0.0125, QLocale())), qPrintable(label->text()));
    QVERIFY(!label->text().contains(u"estimated"_s));
    totals.costEstimated = true;
    dialog.setMonthUsage(totals);
    QVERIFY(label->text().contains(u"estimated"_s));
}

// Settings → Appearance: Dark applies a dark palette to the running app (no restart), the choice
// is saved, and "Follow the system" brings the platform's palette back.
void TestSettingsDialog::appearanceSwitchesAtOnce()
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    Theme::follow(m_config.get());
    KeyStore keys;
    const auto choose = [&](const QString &value) {
        SettingsDialog dialog(m_config.get(), &keys);
        QComboBox *combo = nullptr;
        for (QComboBox *candidate : dialog.findChildren<QComboBox *>())
            if (candidate->accessibleName() == u"Appearance"_s)
                combo = candidate;
        QVERIFY(combo);
        const int index = combo->findData(value);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        dialog.accept();
    };

    QWidget probe;
    choose(u"dark"_s);
    QCOMPARE(m_config->get(Config::Theme).toString(), u"dark"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
    // Widgets get the change through a posted ApplicationPaletteChange.
    QTRY_VERIFY(probe.palette().color(QPalette::Window).lightness() < 100);

    choose(u"light"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);

    choose(u"system"_s);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

// The note under the key field wraps over several lines: every line must fit in the label (a
// first-use test saw it cut after one and a half lines).
void TestSettingsDialog::keyNoteShowsWhole()
{
    qputenv("DEEPINFRA_API_KEY", "di-key");
    m_config->setEndpoints({ Endpoint::deepInfra() });
    KeyStore keys;
    SettingsDialog dialog(m_config.get(), &keys);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *note = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->accessibleName() == u"Key used"_s)
            note = label;
    QVERIFY(note);
    QVERIFY(note->text().contains(u"DEEPINFRA_API_KEY"_s));
    // As small as the dialog lets itself be made: the note wraps to more lines.
    dialog.resize(dialog.minimumSizeHint());
    QTRY_VERIFY2(
        note->height() >= note->heightForWidth(note->width()),
        qPrintable(u"%1 < %2"_s.arg(note->height()).arg(note->heightForWidth(note->width()))));
    QVERIFY(note->heightForWidth(note->width()) > note->fontMetrics().lineSpacing());
    qunsetenv("DEEPINFRA_API_KEY");
}

// Issue 17: the size attached pictures are scaled to is a setting (default 1,536 px).
void TestSettingsDialog::imageMaxSideSaved()
{
    KeyStore keys;
    const auto field = [](SettingsDialog &dialog) {
        QSpinBox *found = nullptr;
        for (QSpinBox *box : dialog.findChildren<QSpinBox *>())
            if (box->accessibleName() == u"Largest image side in pixels"_s)
                found = box;
        return found;
    };
    {
        SettingsDialog dialog(m_config.get(), &keys);
        QSpinBox *side = field(dialog);
        QVERIFY(side);
        QCOMPARE(side->value(), 1536);
        QVERIFY(!side->toolTip().isEmpty());
        side->setValue(1024);
        dialog.accept();
    }
    QCOMPARE(m_config->get(Config::ImageMaxSide).toInt(), 1024);
    m_config->sync();
    Config reread(m_config->fileName());
    QCOMPARE(reread.get(Config::ImageMaxSide).toInt(), 1024);
    SettingsDialog again(m_config.get(), &keys);
    QCOMPARE(field(again)->value(), 1024);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
