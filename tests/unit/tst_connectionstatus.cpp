// The status bar's connection state: which outcome leads where, and the words shown.
#include "api/connectionstatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using State = ConnectionStatus::State;

class TestConnectionStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stateFor_data();
    void stateFor();
    void offlineTextNamesTheModelList_data();
    void offlineTextNamesTheModelList();
    void connectedStaysWhileTheNextRequestRuns();
    void freshCacheIsReadyNotConnected();
    void cancelledChangesNothing();
    void detailTellsWhatToDo();
    void brokenReplyIsNotOffline_data();
    void brokenReplyIsNotOffline();
};

void TestConnectionStatus::stateFor_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("known");
    QTest::addColumn<State>("state");
    QTest::newRow("success") << Kind::None << true << State::Connected;
    QTest::newRow("401/403") << Kind::Auth << true << State::KeyRejected;
    QTest::newRow("no key") << Kind::NoKey << true << State::NoKey;
    QTest::newRow("refused") << Kind::Network << true << State::Offline;
    QTest::newRow("tls") << Kind::Tls << true << State::Offline;
    QTest::newRow("stall") << Kind::Timeout << true << State::Offline;
    QTest::newRow("5xx") << Kind::Server << true << State::ServerTrouble;
    QTest::newRow("html reply") << Kind::Protocol << true << State::ServerTrouble;
    QTest::newRow("insecure") << Kind::Insecure << true << State::Blocked;
    // The server answered and knew the key.
    QTest::newRow("402") << Kind::Payment << true << State::Connected;
    QTest::newRow("404") << Kind::NotFound << true << State::Connected;
    QTest::newRow("422") << Kind::InvalidRequest << true << State::Connected;
    QTest::newRow("429") << Kind::RateLimited << true << State::Connected;
    QTest::newRow("cancelled") << Kind::Cancelled << false << State::Connecting;
}

void TestConnectionStatus::stateFor()
{
    QFETCH(Kind, kind);
    QFETCH(bool, known);
    QFETCH(State, state);
    const std::optional<State> result = ConnectionStatus::stateFor(ApiError::make(kind, {}));
    QCOMPARE(result.has_value(), known);
    if (known)
        QCOMPARE(*result, state);
}

void TestConnectionStatus::offlineTextNamesTheModelList_data()
{
    QTest::addColumn<ConnectionStatus::Models>("models");
    QTest::addColumn<QString>("text");
    QTest::newRow("cache") << ConnectionStatus::Models::Cache << u"Offline — using cached models"_s;
    QTest::newRow("documented") << ConnectionStatus::Models::Documented
                                << u"Offline — using documented models"_s;
    QTest::newRow("live") << ConnectionStatus::Models::Live << u"Offline"_s;
}

void TestConnectionStatus::offlineTextNamesTheModelList()
{
    QFETCH(ConnectionStatus::Models, models);
    QFETCH(QString, text);
    ConnectionStatus status;
    QSignalSpy changed(&status, &ConnectionStatus::changed);
    status.requestFailed(ApiError::make(Kind::Network, u"Connection refused"_s));
    QCOMPARE(status.state(), State::Offline);
    status.setModels(models);
    QCOMPARE(status.text(), text);
    QVERIFY(changed.count() >= 1);
}

void TestConnectionStatus::connectedStaysWhileTheNextRequestRuns()
{
    ConnectionStatus status;
    QCOMPARE(status.state(), State::Connecting);
    status.requestSucceeded();
    QCOMPARE(status.text(), u"Connected"_s);
    status.requestStarted();
    QCOMPARE(status.state(), State::Connected);

    status.requestFailed(ApiError::fromHttp(401, R"({"error":{"message":"Not authenticated"}})"));
    QCOMPARE(status.text(), u"Key rejected"_s);
    // After a failure, the next request shows that Sift is trying again.
    status.requestStarted();
    QCOMPARE(status.text(), u"Connecting…"_s);
    status.setNoKey();
    QCOMPARE(status.text(), u"No key"_s);
    status.reset();
    QCOMPARE(status.state(), State::Connecting);
}

void TestConnectionStatus::freshCacheIsReadyNotConnected()
{
    ConnectionStatus status;
    status.requestStarted();
    status.modelsFromCache();
    QCOMPARE(status.state(), State::Ready);
    // A cache hit does not hide a known failure.
    status.requestFailed(ApiError::make(Kind::Auth, {}));
    status.modelsFromCache();
    QCOMPARE(status.state(), State::KeyRejected);
}

void TestConnectionStatus::cancelledChangesNothing()
{
    ConnectionStatus status;
    status.requestFailed(ApiError::make(Kind::Server, {}));
    QSignalSpy changed(&status, &ConnectionStatus::changed);
    status.requestFailed(ApiError::make(Kind::Cancelled, {}));
    QCOMPARE(status.state(), State::ServerTrouble);
    QCOMPARE(changed.count(), 0);
}

void TestConnectionStatus::detailTellsWhatToDo()
{
    ConnectionStatus status;
    status.requestFailed(ApiError::make(Kind::Auth, {}));
    QVERIFY(status.detail().contains(u"Settings"_s));
    status.setKeyVariable(u"DEEPINFRA_API_KEY"_s);
    QVERIFY(status.detail().contains(u"DEEPINFRA_API_KEY"_s));
    QVERIFY(!status.detail().contains(u"Settings → API key"_s));
    status.setKeyVariable({});
    status.setNoKey();
    QVERIFY(status.detail().contains(u"Settings"_s));
    status.requestSucceeded();
    QVERIFY(!status.detail().isEmpty());
    QVERIFY(!status.lastError().isError());
}

void TestConnectionStatus::brokenReplyIsNotOffline_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("cut mid-stream") << Kind::Network;
    QTest::newRow("stalled mid-stream") << Kind::Timeout;
}

// Issue 12 item 13: a reply that began and then broke off proves the server was reachable.
void TestConnectionStatus::brokenReplyIsNotOffline()
{
    QFETCH(Kind, kind);
    ConnectionStatus status;
    status.requestFailed(ApiError::make(kind, {}), true);
    QCOMPARE(status.state(), State::Connected);
    // Before any byte it still means the server could not be reached.
    status.requestFailed(ApiError::make(kind, {}), false);
    QCOMPARE(status.state(), State::Offline);
}

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_connectionstatus.moc"
