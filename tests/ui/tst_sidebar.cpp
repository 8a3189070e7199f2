#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "conversationlistmodel.h"
#include "conversationsearch.h"
#include "conversationsidebar.h"
#include "store/conversationarchive.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The conversation sidebar and search dialog over a real SQLite file.
class TestSidebar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsGroupedNewestFirst();
    void clickOpensConversation();
    void deleteAndUndo();
    void deleteIsFinalAfterTimeout();
    void renameAndPin();
    void messageMovesOneRowWithoutReset();
    void importedConversationsAreMarked();
    void searchFindsWord();
    void searchReturnBeforeResults();

private:
    qint64 addConversation(const QString &firstMessage);
    QStringList shownTitles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<ConversationSidebar> m_sidebar;
    QList<qint64> m_ids;
};

qint64 TestSidebar::addConversation(const QString &firstMessage)
{
    const qint64 id = m_store->createConversation();
    Message user;
    user.role = Message::Role::User;
    user.content = firstMessage;
    m_store->addMessage(id, user);
    Message reply;
    reply.role = Message::Role::Assistant;
    reply.parentId = user.id;
    reply.content = u"An answer to: "_s + firstMessage;
    m_store->addMessage(id, reply);
    return id;
}

QStringList TestSidebar::shownTitles() const
{
    QStringList titles;
    const ConversationListModel *model = m_sidebar->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const QString text = index.data().toString();
        titles << (index.data(ConversationListModel::IsHeaderRole).toBool() ? u"# "_s + text
                                                                            : text);
    }
    return titles;
}

void TestSidebar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
    m_store = std::make_unique<ConversationStore>(m_db.get());
    m_client = std::make_unique<ApiClient>();
    m_session = std::make_unique<ChatSession>(m_client.get());
    m_session->setStore(m_store.get());
    m_ids = { addConversation(u"First about apples"_s),
              addConversation(u"Second about a zebra crossing"_s),
              addConversation(u"Third about pears"_s) };
    m_sidebar = std::make_unique<ConversationSidebar>(m_session.get());
    m_sidebar->resize(260, 400);
    m_sidebar->setStore(m_store.get());
    m_sidebar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_sidebar.get()));
}

void TestSidebar::cleanup()
{
    m_sidebar.reset();
    m_session.reset();
    m_store.reset();
    m_db.reset();
}

void TestSidebar::listsGroupedNewestFirst()
{
    QCOMPARE(shownTitles(),
             QStringList({ u"# Today"_s, u"Third about pears"_s, u"Second about a zebra crossing"_s,
                           u"First about apples"_s }));
    // Header rows cannot be chosen.
    QCOMPARE(m_sidebar->model()->flags(m_sidebar->model()->index(0)) & Qt::ItemIsSelectable,
             Qt::NoItemFlags);
    QVERIFY(m_store->setPinned(m_ids.at(0), true));
    QCOMPARE(shownTitles(),
             QStringList({ u"# Pinned"_s, u"First about apples"_s, u"# Today"_s,
                           u"Third about pears"_s, u"Second about a zebra crossing"_s }));
    // Seen from tomorrow, and from next week.
    m_sidebar->model()->setToday(QDate::currentDate().addDays(1));
    QCOMPARE(shownTitles().at(2), u"# Yesterday"_s);
    m_sidebar->model()->setToday(QDate::currentDate().addDays(7));
    QCOMPARE(shownTitles(),
             QStringList({ u"# Pinned"_s, u"First about apples"_s, u"# Earlier"_s,
                           u"Third about pears"_s, u"Second about a zebra crossing"_s }));
    // Newer activity moves a conversation to the top of its group.
    m_sidebar->model()->setToday({});
    ConversationRecord record = *m_store->loadConversation(m_ids.at(1));
    record.updated = QDateTime::currentDateTimeUtc().addSecs(60);
    QVERIFY(m_store->writeConversationHeader(record));
    QCOMPARE(shownTitles().at(3), u"Second about a zebra crossing"_s);
}

void TestSidebar::clickOpensConversation()
{
    QListView *list = m_sidebar->listView();
    const int row = m_sidebar->model()->rowOf(m_ids.at(1));
    QVERIFY(row > 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(m_sidebar->model()->index(row)).center());
    QCOMPARE(m_session->conversationId(), m_ids.at(1));
    QCOMPARE(m_session->messages().size(), 2);
    QCOMPARE(m_session->messages().at(0).content, u"Second about a zebra crossing"_s);
    // Clicking a group header opens nothing.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(m_sidebar->model()->index(0)).center());
    QCOMPARE(m_session->conversationId(), m_ids.at(1));
    // New chat: the list keeps its rows, nothing is selected.
    m_session->newConversation();
    QCOMPARE(m_sidebar->selectedId(), 0);
}

void TestSidebar::deleteAndUndo()
{
    QVERIFY(m_session->openConversation(m_ids.at(2)));
    QCOMPARE(m_sidebar->selectedId(), m_ids.at(2));
    QVERIFY(m_sidebar->deleteAction()->isEnabled());
    m_sidebar->deleteAction()->trigger();
    QCOMPARE(m_sidebar->model()->rowOf(m_ids.at(2)), -1);
    QCOMPARE(m_session->conversationId(), 0); // the open one was deleted: a new chat shows
    QVERIFY(m_sidebar->isUndoVisible());
    QVERIFY(m_store->search(u"pears"_s).isEmpty());

    QTest::mouseClick(m_sidebar->undoButton(), Qt::LeftButton);
    QVERIFY(!m_sidebar->isUndoVisible());
    QVERIFY(m_sidebar->model()->rowOf(m_ids.at(2)) >= 0);
    QCOMPARE(m_session->conversationId(), m_ids.at(2));
    QCOMPARE(m_store->search(u"pears"_s).size(), 2); // the question and its answer
    QCOMPARE(m_store->loadConversation(m_ids.at(2))->messages.size(), 2);
}

void TestSidebar::deleteIsFinalAfterTimeout()
{
    m_sidebar->setUndoTimeout(50);
    QVERIFY(m_sidebar->deleteConversation(m_ids.at(0)));
    QVERIFY(m_sidebar->isUndoVisible());
    QTRY_VERIFY(!m_sidebar->isUndoVisible());
    QVERIFY(!m_store->loadConversation(m_ids.at(0)).has_value());
    QCOMPARE(m_store->listConversations().size(), 2);
}

void TestSidebar::renameAndPin()
{
    ConversationListModel *model = m_sidebar->model();
    const QModelIndex index = model->index(model->rowOf(m_ids.at(0)));
    QCOMPARE(index.data(Qt::EditRole).toString(), u"First about apples"_s);
    QVERIFY(index.flags() & Qt::ItemIsEditable);
    QVERIFY(model->setData(index, u"  Fruit   notes "_s));
    QCOMPARE(model->index(model->rowOf(m_ids.at(0))).data().toString(), u"Fruit notes"_s);
    QVERIFY(!model->setData(model->index(model->rowOf(m_ids.at(0))), u"   "_s));

    // F2 on the selected row opens the editor.
    m_sidebar->selectConversation(m_ids.at(1));
    m_sidebar->activateWindow();
    m_sidebar->listView()->setFocus();
    QTest::keyClick(m_sidebar->listView(), Qt::Key_F2);
    QTRY_VERIFY(m_sidebar->listView()->findChild<QLineEdit *>() != nullptr);

    m_sidebar->selectConversation(m_ids.at(1));
    m_sidebar->pinAction()->trigger();
    QVERIFY(m_store->loadConversation(m_ids.at(1))->pinned);
    QCOMPARE(model->idAt(1), m_ids.at(1));
}

// A message added to an older conversation moves its row to the top: one move, no reset (which
// would drop the selection and the scroll position), and no reload of the whole list.
void TestSidebar::messageMovesOneRowWithoutReset()
{
    ConversationListModel *model = m_sidebar->model();
    m_sidebar->selectConversation(m_ids.at(1));
    QCOMPARE(m_sidebar->selectedId(), m_ids.at(1));
    QSignalSpy resets(model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    const qint64 newest = m_store->conversationSummary(m_ids.at(2))->updated.toMSecsSinceEpoch();
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > newest); // the bump is strictly newer
    Message more;
    more.content = u"More about apples"_s;
    QVERIFY(m_store->addMessage(m_ids.at(0), more));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(shownTitles(),
             QStringList({ u"# Today"_s, u"First about apples"_s, u"Third about pears"_s,
                           u"Second about a zebra crossing"_s }));
    QCOMPARE(m_sidebar->selectedId(), m_ids.at(1));

    // A new conversation is one inserted row.
    const qint64 fourth = addConversation(u"Fourth about plums"_s);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model->rowOf(fourth), 1);
    QCOMPARE(m_sidebar->selectedId(), m_ids.at(1));
}

// An imported copy is told from its original: "(imported)" after the title, a tooltip line and
// the accessible name; renaming edits the title itself.
void TestSidebar::importedConversationsAreMarked()
{
    const QByteArray json
        = ConversationArchive::toJsonDocument(*m_store->loadConversation(m_ids.at(0)));
    const ConversationArchive::ImportResult result = ConversationArchive::import(*m_store, json);
    QVERIFY2(result.ok, qPrintable(result.error));
    ConversationListModel *model = m_sidebar->model();
    const QModelIndex copy = model->index(model->rowOf(result.conversationIds.constFirst()));
    const QModelIndex original = model->index(model->rowOf(m_ids.at(0)));
    QCOMPARE(copy.data().toString(), u"First about apples (imported)"_s);
    QCOMPARE(original.data().toString(), u"First about apples"_s);
    QVERIFY(copy.data(ConversationListModel::ImportedRole).toBool());
    QVERIFY(!original.data(ConversationListModel::ImportedRole).toBool());
    QVERIFY(copy.data(Qt::ToolTipRole).toString().contains(u"Imported from a file"_s));
    QVERIFY(!original.data(Qt::ToolTipRole).toString().contains(u"Imported"_s));
    QVERIFY(copy.data(Qt::AccessibleTextRole).toString().contains(u"imported"_s));
    QCOMPARE(copy.data(Qt::EditRole).toString(), u"First about apples"_s);
}

void TestSidebar::searchFindsWord()
{
    ConversationSearch dialog(m_store.get());
    QSignalSpy chosen(&dialog, &ConversationSearch::hitChosen);
    dialog.show();
    QTest::keyClicks(dialog.queryEdit(), u"zebra"_s);
    QTRY_COMPARE(dialog.resultsModel()->rowCount(), 2); // the question and its answer
    for (int row = 0; row < 2; ++row) {
        const QModelIndex hit = dialog.resultsModel()->index(row, 0);
        QVERIFY(hit.data(ConversationSearch::HtmlRole).toString().contains(u"<b>zebra</b>"_s));
        QCOMPARE(hit.data(ConversationSearch::ConversationIdRole).toLongLong(), m_ids.at(1));
    }
    const qint64 firstHit
        = dialog.resultsModel()->index(0, 0).data(ConversationSearch::MessageIdRole).toLongLong();
    QTest::keyClick(dialog.queryEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().at(0).toLongLong(), m_ids.at(1));
    QCOMPARE(chosen.first().at(1).toLongLong(), firstHit);
    QVERIFY(m_store->message(firstHit)->content.contains(u"zebra"_s));

    dialog.queryEdit()->setText(u"nothingmatchesthis"_s);
    QSignalSpy finished(&dialog, &ConversationSearch::searchFinished);
    dialog.search();
    // The search runs on a worker: search() returns before the answer is there.
    QVERIFY(dialog.isSearching());
    QVERIFY(finished.wait(10000));
    QCOMPARE(dialog.resultsModel()->rowCount(), 0);
}

// Return pressed while the search for what was just typed still runs: the hit of that search is
// chosen, not a stale one.
void TestSidebar::searchReturnBeforeResults()
{
    ConversationSearch dialog(m_store.get());
    QSignalSpy chosen(&dialog, &ConversationSearch::hitChosen);
    dialog.show();
    QTest::keyClicks(dialog.queryEdit(), u"zebra"_s);
    QTest::keyClick(dialog.queryEdit(), Qt::Key_Return);
    QVERIFY(chosen.wait(10000));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().at(0).toLongLong(), m_ids.at(1));
}

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
