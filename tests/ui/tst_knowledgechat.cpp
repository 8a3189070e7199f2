#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chatpane.h"
#include "collectionbutton.h"
#include "fakeserver.h"
#include "knowledge/knowledgechat.h"
#include "knowledge/knowledgeprompt.h"
#include "knowledge/knowledgesession.h"
#include "knowledgefixture.h"
#include "passagedialog.h"
#include "prompttemplatedialog.h"
#include "rerankdocumentmodel.h"
#include "rerankworkbench.h"
#include "retrievalmodel.h"
#include "retrievalpanel.h"
#include "retrievalsettingsdialog.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/evalstore.h"
#include "store/kbchatstore.h"
#include "store/knowledgestore.h"
#include "store/workbenchstore.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Knowledge in the chat pane, offscreen against the fake server and a real SQLite file: a
// collection attached with one click (remembered with the conversation across a restart), a
// question answered with numbered sources, citations that open the passage in its file, the
// Retrieval panel of a reply (every stage, a failed rerank said on the reply), Open in Workbench
// and the prompt template.
class TestKnowledgeChat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void attachAndAskWithSources();
    void attachmentAndRetrievalSurviveRestart();
    void citationOpensPassageInItsFile();
    void retrievalPanelShowsEveryStage();
    void rerankFailureIsSaidOnTheReply();
    void openInWorkbenchFromReply();
    void promptTemplateIsUsedAndResets();
    void retrievalSettingsAreUsedByTheChat();
    void escapeClosesTheRetrievalPanel();

private:
    void buildPane();
    void attach(const QString &name);
    void ask(const QString &question);
    QString systemMessageOfLastChat() const;
    QStyleOptionViewItem option(const QModelIndex &index) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KnowledgeStore> m_kbStore;
    std::unique_ptr<KnowledgeSession> m_knowledge;
    std::unique_ptr<ConversationStore> m_conversations;
    std::unique_ptr<KbChatStore> m_kbChatStore;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<KnowledgeChat> m_chat;
    std::unique_ptr<ChatPane> m_pane;
};

void TestKnowledgeChat::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    KnowledgeFixture::writeDocs(*m_dir);
    if (QTest::currentTestFailed())
        return;
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_server->setReplyText(u"Prune them in late winter [1]."_s);
    m_client = KnowledgeFixture::makeClient(*m_server);
    RequestPolicy policy = m_client->policy();
    policy.maxRetries = 0;
    m_client->setPolicy(policy);
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
    m_kbStore = std::make_unique<KnowledgeStore>(m_db.get());
    m_knowledge = std::make_unique<KnowledgeSession>(m_kbStore.get(), m_client.get());
    QString error;
    QVERIFY(
        m_knowledge->createCollection(u"garden"_s, u"Qwen/Qwen3-Embedding-0.6B"_s, 256, &error));
    QVERIFY(m_knowledge->addSources(u"garden"_s, { m_dir->filePath(u"docs"_s) }, &error));
    QSignalSpy indexed(m_knowledge.get(), &KnowledgeSession::indexingFinished);
    QVERIFY(m_knowledge->sync(u"garden"_s));
    QVERIFY(indexed.wait(20000));
    buildPane();
}

void TestKnowledgeChat::buildPane()
{
    m_conversations = std::make_unique<ConversationStore>(m_db.get());
    m_kbChatStore = std::make_unique<KbChatStore>(m_db.get());
    m_session = std::make_unique<ChatSession>(m_client.get());
    m_session->setStore(m_conversations.get());
    m_chat
        = std::make_unique<KnowledgeChat>(m_session.get(), m_knowledge.get(), m_kbChatStore.get());
    m_pane = std::make_unique<ChatPane>(m_session.get());
    m_pane->setKnowledgeChat(m_chat.get());
    m_pane->resize(1100, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestKnowledgeChat::cleanup()
{
    m_pane.reset();
    m_chat.reset();
    m_session.reset();
    m_kbChatStore.reset();
    m_conversations.reset();
    m_knowledge.reset();
    m_kbStore.reset();
    m_db.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

void TestKnowledgeChat::attach(const QString &name)
{
    CollectionButton *button = m_pane->collectionButton();
    QVERIFY(button->isVisible());
    button->rebuildMenu();
    for (QAction *action : button->collectionMenu()->actions()) {
        if (action->data().toString() == name) {
            action->trigger();
            return;
        }
    }
    QFAIL("no such collection in the menu");
}

void TestKnowledgeChat::ask(const QString &question)
{
    QSignalSpy finished(m_session.get(), &ChatSession::replyFinished);
    QTest::keyClicks(m_pane->input(), question);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QVERIFY(finished.wait(20000));
}

QString TestKnowledgeChat::systemMessageOfLastChat() const
{
    const QList<FakeServer::Request> requests = m_server->requests();
    for (qsizetype i = requests.size() - 1; i >= 0; --i) {
        if (!requests.at(i).path.endsWith("/chat/completions"))
            continue;
        const QJsonArray messages
            = QJsonDocument::fromJson(requests.at(i).body).object().value(u"messages"_s).toArray();
        for (const QJsonValue &m : messages) {
            if (m.toObject().value(u"role"_s).toString() == u"system"_s)
                return m.toObject().value(u"content"_s).toString();
        }
        return {};
    }
    return {};
}

QStyleOptionViewItem TestKnowledgeChat::option(const QModelIndex &index) const
{
    TranscriptView *view = m_pane->transcriptView();
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.widget = view;
    option.rect = view->visualRect(index);
    option.font = view->font();
    return option;
}

void TestKnowledgeChat::attachAndAskWithSources()
{
    CollectionButton *button = m_pane->collectionButton();
    QVERIFY(!button->isChecked());
    attach(u"garden"_s);
    QVERIFY(button->isChecked());
    QVERIFY2(button->text().contains(u"garden"_s), qPrintable(button->text()));
    ask(u"when to prune apple trees"_s);
    const QString system = systemMessageOfLastChat();
    QVERIFY2(system.contains(u"[1] "_s) && system.contains(u"orchard.md:"_s)
                 && system.contains(u"Prune apple trees in late winter."_s),
             qPrintable(system));
    // The conversation remembers the collection in the file.
    QVERIFY(m_session->conversationId() != 0);
    QCOMPARE(m_kbChatStore->attachedCollection(m_session->conversationId()), u"garden"_s);
    // The reply's [1] is a link to its source.
    TranscriptModel *model = m_pane->transcriptModel();
    const QModelIndex reply = model->index(model->lastReplyRow());
    QVERIFY2(reply.data(Qt::DisplayRole).toString().contains(u"(sift-source:1)"_s),
             qPrintable(reply.data(Qt::DisplayRole).toString()));
    const QStringList sources = reply.data(TranscriptModel::SourcesRole).toStringList();
    QCOMPARE(sources.size(), 2); // both passages: top-N is 5
    QVERIFY2(sources.first().startsWith(u"[1] "_s) && sources.first().contains(u"orchard.md"_s),
             qPrintable(sources.first()));
    // A second question without a collection sends no sources.
    attach(QString());
    QVERIFY(!button->isChecked());
    ask(u"and pears?"_s);
    QVERIFY(!systemMessageOfLastChat().contains(u"[1] "_s));
    QCOMPARE(m_kbChatStore->attachedCollection(m_session->conversationId()), QString());
}

void TestKnowledgeChat::attachmentAndRetrievalSurviveRestart()
{
    attach(u"garden"_s);
    ask(u"when to prune apple trees"_s);
    const qint64 conversation = m_session->conversationId();
    const qint64 replyId = m_session->messages().constLast().id;
    m_pane.reset();
    m_chat.reset();
    m_session.reset();
    buildPane();
    QVERIFY(m_chat->attachedCollection().isEmpty()); // a new chat
    QVERIFY(m_session->openConversation(conversation));
    QCOMPARE(m_chat->attachedCollection(), u"garden"_s);
    QVERIFY(m_pane->collectionButton()->isChecked());
    const ReplyRetrieval *record = m_chat->retrieval(replyId);
    QVERIFY(record);
    QCOMPARE(record->result.query, u"when to prune apple trees"_s);
    QCOMPARE(record->sourceCount(), 2);
    QVERIFY(record->chatMs >= 0);
    QVERIFY(record->source(1)->passage.path.endsWith(u"orchard.md"_s));
    TranscriptModel *model = m_pane->transcriptModel();
    QVERIFY(model->index(model->lastReplyRow()).data().toString().contains(u"(sift-source:1)"_s));
}

void TestKnowledgeChat::citationOpensPassageInItsFile()
{
    attach(u"garden"_s);
    ask(u"when to prune apple trees"_s);
    TranscriptView *view = m_pane->transcriptView();
    TranscriptModel *model = m_pane->transcriptModel();
    const QModelIndex reply = model->index(model->lastReplyRow());
    view->scrollToTail();
    QPoint onLink(-1, -1);
    const QRect rect = view->visualRect(reply);
    for (int y = rect.top(); y < rect.bottom() && onLink.x() < 0; y += 2) {
        for (int x = rect.left(); x < rect.right() && onLink.x() < 0; x += 2) {
            if (view->messageDelegate()->linkAt(option(reply), reply, { x, y })
                == u"sift-source:1"_s)
                onLink = { x, y };
        }
    }
    QVERIFY(onLink.x() >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onLink);
    PassageDialog *dialog = m_pane->findChild<PassageDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QVERIFY2(dialog->headerText().contains(u"orchard.md, lines 1-3"_s),
             qPrintable(dialog->headerText()));
    QVERIFY2(dialog->highlightedText().contains(u"Prune apple trees in late winter."_s),
             qPrintable(dialog->highlightedText()));
    QVERIFY(dialog->textView()->toPlainText().startsWith(u"# Orchard"_s));
    QVERIFY(dialog->noteText().isEmpty());
    dialog->close();
    // The keyboard way: the reply's context menu lists its sources.
    PassageDialog *second = m_pane->openSource(reply.row(), 1);
    QVERIFY(second);
    QTRY_VERIFY(second->isLoaded());
    // A changed file: the passage as indexed, and why.
    QFile orchard(m_dir->filePath(u"docs/orchard.md"_s));
    QVERIFY(orchard.open(QIODevice::WriteOnly));
    orchard.write("Completely different text.\n");
    orchard.close();
    PassageDialog *third = m_pane->openSource(reply.row(), 1);
    QTRY_VERIFY(third->isLoaded());
    QVERIFY2(third->noteText().contains(u"changed"_s), qPrintable(third->noteText()));
    QVERIFY(third->highlightedText().contains(u"Prune apple trees"_s));
}

void TestKnowledgeChat::retrievalPanelShowsEveryStage()
{
    attach(u"garden"_s);
    ask(u"when to prune apple trees"_s);
    TranscriptModel *model = m_pane->transcriptModel();
    QVERIFY(!m_pane->hasRetrievalPanel()); // built when first shown
    RetrievalPanel *panel = m_pane->showRetrieval(model->lastReplyRow());
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QCOMPARE(m_pane->retrievalPanel(), panel);
    // Built late, its table still lets Tab move on (as the window's other tables do).
    QVERIFY(!panel->table()->tabKeyNavigation());
    const QString stages = panel->stagesText();
    for (const QString &word : { u"Embedding the question"_s, u"BM25"_s, u"Vectors"_s, u"Fusion"_s,
                                 u"Reranking with"_s, u"Chat call with"_s }) {
        QVERIFY2(stages.contains(word), qPrintable(stages));
    }
    QVERIFY(panel->problemText().isEmpty());
    QVERIFY2(panel->settingsText().contains(u"top-N"_s), qPrintable(panel->settingsText()));
    RetrievalModel *rows = panel->model();
    QVERIFY(rows->rowCount() >= 2);
    QCOMPARE(rows->index(0, RetrievalModel::Used).data().toString(), u"in the prompt as [1]"_s);
    QVERIFY(rows->index(0, RetrievalModel::Fused).data().toInt() >= 1);
    // Enter on a row opens its passage.
    panel->table()->setFocus();
    QTest::keyClick(panel->table(), Qt::Key_Return);
    QTRY_VERIFY(m_pane->findChild<PassageDialog *>());
}

void TestKnowledgeChat::rerankFailureIsSaidOnTheReply()
{
    RetrievalOptions options;
    options.rerankModel = u"Qwen/Qwen3-Reranker-0.6B@status=500"_s;
    QVERIFY(m_knowledge->setOptions(u"garden"_s, options));
    attach(u"garden"_s);
    ask(u"when to prune apple trees"_s);
    TranscriptModel *model = m_pane->transcriptModel();
    const QModelIndex reply = model->index(model->lastReplyRow());
    const QString note = reply.data(TranscriptModel::RetrievalNoteRole).toString();
    QVERIFY2(note.contains(u"Reranking with"_s) && note.contains(u"fused"_s), qPrintable(note));
    RetrievalPanel *panel = m_pane->showRetrieval(reply.row());
    QVERIFY2(panel->problemText().contains(u"fused (RRF) order"_s),
             qPrintable(panel->problemText()));
    // The answer still came, from the fused order.
    QVERIFY(systemMessageOfLastChat().contains(u"[1] "_s));
}

void TestKnowledgeChat::openInWorkbenchFromReply()
{
    attach(u"garden"_s);
    ask(u"when to prune apple trees"_s);
    QSignalSpy opened(m_pane.get(), &ChatPane::openInWorkbench);
    TranscriptModel *model = m_pane->transcriptModel();
    RetrievalPanel *panel = m_pane->showRetrieval(model->lastReplyRow());
    QTRY_VERIFY(panel->workbenchButton()->width() > 0); // laid out
    QTest::mouseClick(panel->workbenchButton(), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    const auto set = opened.first().first().value<RerankSet>();
    QCOMPARE(set.query, u"when to prune apple trees"_s);
    QCOMPARE(set.documents.size(), panel->model()->rowCount());
    QCOMPARE(set.documents.first().text, panel->model()->candidate(0)->passage.chunk.text);
    QCOMPARE(set.collection, u"garden"_s);

    // Labels given in the workbench collect into the collection's evaluation set, and the
    // workbench says where they went; the set remembers its collection when reopened.
    WorkbenchStore sets(m_db.get());
    EvalStore evals(m_db.get());
    auto bench = std::make_unique<RerankWorkbench>();
    bench->setStore(&sets);
    bench->setSet(set);
    QSignalSpy collected(bench->session(), &WorkbenchSession::knowledgeLabelsCollected);
    QVERIFY(bench->session()->saveEdits());
    QCOMPARE(collected.size(), 0); // nothing labelled yet
    QCOMPARE(evals.findSet(u"Knowledge: garden"_s), 0);
    bench->documentModel()->setLabel(0, 3);
    QVERIFY(bench->session()->saveEdits());
    QCOMPARE(collected.size(), 1);
    const qint64 evalSet = evals.findSet(u"Knowledge: garden"_s);
    QVERIFY(evalSet > 0);
    QCOMPARE(evals.queries(evalSet).size(), 1);
    QCOMPARE(evals.queries(evalSet).constFirst().text, u"when to prune apple trees"_s);
    QCOMPARE(evals.judgments(evalSet).size(), 1);
    QCOMPARE(evals.documentCount(evalSet), set.documents.size());
    QVERIFY2(bench->message().contains(u"Knowledge: garden"_s), qPrintable(bench->message()));
    // A label changed later updates the grade, on its own (autosave).
    bench->documentModel()->setLabel(0, 1);
    bench->documentModel()->setLabel(1, 2);
    QTRY_COMPARE(evals.judgments(evalSet).size(), 2);
    QCOMPARE(evals.judgments(evalSet).constFirst().grade + evals.judgments(evalSet).at(1).grade, 3);
    const qint64 saved = bench->currentSetId();
    QCOMPARE(sets.loadSet(saved)->set.collection, u"garden"_s);
    bench.reset();
}

void TestKnowledgeChat::promptTemplateIsUsedAndResets()
{
    attach(u"garden"_s);
    PromptTemplateDialog dialog(m_knowledge.get(), u"garden"_s);
    QCOMPARE(dialog.editor()->toPlainText(), KnowledgePrompt::defaultTemplate());
    QVERIFY(!dialog.resetButton()->isEnabled());
    dialog.editor()->setPlainText(u"Answer like a gardener.\n\n{sources}"_s);
    QVERIFY(dialog.save());
    QCOMPARE(m_knowledge->collection(u"garden"_s)->options.promptTemplate,
             u"Answer like a gardener.\n\n{sources}"_s);
    ask(u"when to prune apple trees"_s);
    QVERIFY2(systemMessageOfLastChat().startsWith(u"Answer like a gardener.\n\n[1] "_s),
             qPrintable(systemMessageOfLastChat()));
    PromptTemplateDialog again(m_knowledge.get(), u"garden"_s);
    QCOMPARE(again.editor()->toPlainText(), u"Answer like a gardener.\n\n{sources}"_s);
    QVERIFY(again.resetButton()->isEnabled());
    QTest::mouseClick(again.resetButton(), Qt::LeftButton);
    QVERIFY(again.save());
    QVERIFY(m_knowledge->collection(u"garden"_s)->options.promptTemplate.isEmpty());
}

// The collection's Retrieval settings reach the chat: with "No reranking" and top-N 1 the
// question gets no rerank request and the prompt one source.
void TestKnowledgeChat::retrievalSettingsAreUsedByTheChat()
{
    const auto rerankRequests = [this] {
        int n = 0;
        for (const FakeServer::Request &request : m_server->requests())
            n += request.path.startsWith("/v1/inference/") || request.path.endsWith("/rerank");
        return n;
    };
    attach(u"garden"_s);
    m_server->clearRequests();
    ask(u"when to prune apple trees"_s);
    QVERIFY(rerankRequests() > 0);
    QVERIFY2(systemMessageOfLastChat().contains(u"[2] "_s), qPrintable(systemMessageOfLastChat()));

    RetrievalSettingsDialog dialog(m_knowledge.get(), u"garden"_s);
    dialog.rerankerBox()->setCurrentIndex(0);
    QCOMPARE(dialog.rerankerBox()->currentText(), u"No reranking"_s);
    dialog.topNBox()->setValue(1);
    QVERIFY(dialog.save());
    m_server->clearRequests();
    ask(u"when to prune apple trees"_s);
    QCOMPARE(rerankRequests(), 0);
    const QString system = systemMessageOfLastChat();
    QVERIFY2(system.contains(u"[1] "_s) && !system.contains(u"[2] "_s), qPrintable(system));
}

// Esc closes the Retrieval panel, as its Close button does.
void TestKnowledgeChat::escapeClosesTheRetrievalPanel()
{
    attach(u"garden"_s);
    ask(u"when to prune apple trees"_s);
    const int row = m_pane->transcriptModel()->lastReplyRow();
    RetrievalPanel *panel = m_pane->showRetrieval(row);
    QVERIFY(panel && panel->isVisible());
    panel->table()->setFocus();
    QTest::keyClick(panel->table(), Qt::Key_Escape);
    QVERIFY(!panel->isVisible());
}

QTEST_MAIN(TestKnowledgeChat)
#include "tst_knowledgechat.moc"
