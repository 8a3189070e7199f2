#pragma once

#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chatpane.h"
#include "fakeserver.h"
#include "models/modelcatalog.h"
#include "throwawayhome.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

// What the chat pane's widget tests (tst_chatcapabilities, tst_chatextraspane, tst_chatpresets)
// start from: a
// throwaway home, the in-process fake server, a client of it, a session on that client, the
// model catalog and the pane. A test class derives from it and gives the pane its own parts (a
// Config, a preset store) between makePane() and showPane().
class ChatPaneFixture : public QObject
{
protected:
    // For initTestCase(): the home named after the test, the server listening.
    void startServer(const QString &applicationName)
    {
        QVERIFY(useThrowawayHome(m_home, applicationName));
        QVERIFY(m_server.listen());
    }

    // For init(): the requests so far forgotten; a new client (key "test-key"), session, catalog
    // and pane with that catalog, not shown yet.
    void makePane()
    {
        makeSession();
        makePaneOnSession();
    }

    // makePane() in two steps, for a test that gives the session its parts (a store) before the
    // pane is made, or makes a new pane over the same session (a restart).
    void makeSession()
    {
        m_server.clearRequests();
        m_client = std::make_unique<ApiClient>();
        Endpoint endpoint;
        endpoint.name = QStringLiteral("Test");
        endpoint.baseUrl = QUrl(m_server.baseUrl() + QStringLiteral("/v1/openai"));
        m_client->setEndpoint(endpoint);
        m_client->setApiKey(QStringLiteral("test-key"));
        m_session = std::make_unique<ChatSession>(m_client.get());
        m_catalog = std::make_unique<ModelCatalog>();
    }
    void makePaneOnSession()
    {
        m_pane = std::make_unique<ChatPane>(m_session.get());
        m_pane->setCatalog(m_catalog.get());
    }

    // The pane at 900 × 700 on screen. Fails the current test when it does not show.
    void showPane()
    {
        m_pane->resize(900, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    QTemporaryDir m_home;
    FakeServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<ModelCatalog> m_catalog;
    std::unique_ptr<ChatPane> m_pane;
};
