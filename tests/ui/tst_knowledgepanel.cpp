#include "api/apiclient.h"
#include "fakeserver.h"
#include "filedialogs.h"
#include "knowledge/knowledgesession.h"
#include "knowledgefixture.h"
#include "knowledgepanel.h"
#include "retrievalmodel.h"
#include "retrievalsettingsdialog.h"
#include "store/database.h"
#include "store/knowledgestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The Knowledge tab as a user drives it, offscreen: a collection is created, a folder added
// and indexed (progress, then a summary), a question shows the Retrieval table with every
// stage, the passage of a row, a failed rerank in a banner, and the workbench gets the set.
class TestKnowledgePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createIndexAndAsk();
    void rerankFailureShowsBanner();
    void openInWorkbenchSendsCandidates();
    void tabOrderFollowsTheScreen();
    void cancelTakesTheKeyboardWhileIndexing();
    void addFolderDialogThenEscapeStops();
    void scoresFollowTheLocale();
    void anotherCollectionClearsTheResults();
    void retrievalSettingsAreSavedAndUsed();
    void countsHavePluralsAndLocaleNumbers();
    void questionHasAnAccessKey();

private:
    void openFile();
    RetrievalSettingsDialog *openRetrievalSettings();
    void askAndWait(const QString &question);
    QStringList rerankPaths() const;
    void createAndIndex();
    template<typename T>
    T *child(const QString &accessibleName) const
    {
        for (T *widget : m_panel->findChildren<T *>()) {
            if (widget->accessibleName() == accessibleName)
                return widget;
        }
        return nullptr;
    }
    QPushButton *button(const QString &text) const
    {
        for (QPushButton *b : m_panel->findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == text)
                return b;
        }
        return nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KnowledgeStore> m_store;
    std::unique_ptr<KnowledgeSession> m_session;
    std::unique_ptr<KnowledgePanel> m_panel;
};

void TestKnowledgePanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    KnowledgeFixture::writeDocs(*m_dir);
    if (QTest::currentTestFailed())
        return;
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_client = KnowledgeFixture::makeClient(*m_server);
    openFile();
}

// The SQLite file, its store and session, and the panel on them, as Sift starts.
void TestKnowledgePanel::openFile()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
    m_store = std::make_unique<KnowledgeStore>(m_db.get());
    m_session = std::make_unique<KnowledgeSession>(m_store.get(), m_client.get());
    m_panel = std::make_unique<KnowledgePanel>();
    m_panel->setSession(m_session.get());
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestKnowledgePanel::cleanup()
{
    m_panel.reset();
    m_session.reset();
    m_store.reset();
    m_db.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

void TestKnowledgePanel::createAndIndex()
{
    QLineEdit *name = child<QLineEdit>(u"New collection name"_s);
    QVERIFY(name);
    QTest::keyClicks(name, u"garden"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_panel->currentCollection(), u"garden"_s);
    QVERIFY(button(u"Sync"_s)->isEnabled());
    QSignalSpy finished(m_session.get(), &KnowledgeSession::indexingFinished);
    m_panel->addPaths({ m_dir->filePath(u"docs"_s) }); // what "Add Folder…" does after its dialog
    QVERIFY(finished.wait(20000));
    QVERIFY2(m_panel->indexingText().contains(u"2 files indexed"_s),
             qPrintable(m_panel->indexingText()));
    QListWidget *list = child<QListWidget>(u"Collections"_s);
    QVERIFY(list->currentItem()->text().contains(u"2 files"_s));
}

void TestKnowledgePanel::createIndexAndAsk()
{
    createAndIndex();
    QSignalSpy searched(m_session.get(), &KnowledgeSession::searchFinished);
    QLineEdit *question = child<QLineEdit>(u"Question"_s);
    QTest::keyClicks(question, u"when to prune apple trees"_s);
    QTest::keyClick(question, Qt::Key_Return);
    QVERIFY(searched.wait(20000));
    RetrievalModel *model = m_panel->retrievalModel();
    QVERIFY(model->rowCount() >= 1);
    QCOMPARE(model->index(0, RetrievalModel::Source).data().toString(), u"orchard.md"_s);
    QCOMPARE(model->index(0, RetrievalModel::Used).data().toString(), u"in the prompt as [1]"_s);
    QCOMPARE(model->index(0, RetrievalModel::Rerank).data().toInt(), 1);
    QVERIFY(model->index(0, RetrievalModel::Bm25).data().toInt() >= 1);
    QVERIFY(model->index(0, RetrievalModel::Vector).data().toInt() >= 1);
    QVERIFY2(m_panel->stagesText().contains(u"embedding"_s), qPrintable(m_panel->stagesText()));
    QVERIFY(m_panel->stagesText().contains(u"rerank"_s));
    QVERIFY(m_panel->warningText().isEmpty());
    QVERIFY2(m_panel->passageText().contains(u"orchard.md, lines 1-3"_s),
             qPrintable(m_panel->passageText()));
    QVERIFY(m_panel->passageText().contains(u"Prune apple trees in late winter."_s));
}

void TestKnowledgePanel::rerankFailureShowsBanner()
{
    createAndIndex();
    RetrievalOptions options;
    options.rerankModel = u"Qwen/Qwen3-Reranker-0.6B@status=500"_s;
    QVERIFY(m_session->setOptions(u"garden"_s, options));
    QSignalSpy searched(m_session.get(), &KnowledgeSession::searchFinished);
    m_panel->ask(u"apple"_s);
    QVERIFY(searched.wait(20000));
    QVERIFY2(m_panel->warningText().contains(u"fused (RRF) order"_s),
             qPrintable(m_panel->warningText()));
    QVERIFY(m_panel->retrievalModel()->rowCount() >= 1);
    QCOMPARE(m_panel->retrievalModel()->index(0, RetrievalModel::Score).data().toString(), u"–"_s);
}

void TestKnowledgePanel::openInWorkbenchSendsCandidates()
{
    createAndIndex();
    QSignalSpy searched(m_session.get(), &KnowledgeSession::searchFinished);
    m_panel->ask(u"diesel fuel"_s);
    QVERIFY(searched.wait(20000));
    QSignalSpy opened(m_panel.get(), &KnowledgePanel::openInWorkbench);
    QPushButton *workbench = button(u"Open in Workbench"_s);
    QVERIFY(workbench && workbench->isEnabled());
    QTest::mouseClick(workbench, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    const RerankSet set = opened.constFirst().constFirst().value<RerankSet>();
    QCOMPARE(set.query, u"diesel fuel"_s);
    QCOMPARE(set.documents.size(), m_panel->retrievalModel()->rowCount());
    QCOMPARE(set.collection, m_panel->currentCollection());
    QVERIFY(!set.collection.isEmpty());
}

// Tab goes down the collection side (its buttons row by row, Prompt… with them), then down the
// Retrieval side: question, Search, the table, the passage, and the button under them.
void TestKnowledgePanel::tabOrderFollowsTheScreen()
{
    createAndIndex();
    QSignalSpy searched(m_session.get(), &KnowledgeSession::searchFinished);
    m_panel->ask(u"apple"_s);
    QVERIFY(searched.wait(20000));
    QStringList order;
    QWidget *start = child<QListWidget>(u"Collections"_s);
    QWidget *widget = start;
    do {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && m_panel->isAncestorOf(widget)) {
            if (auto *b = qobject_cast<QPushButton *>(widget))
                order << b->text().remove(u'&');
            else
                order << widget->accessibleName();
        }
        widget = widget->nextInFocusChain();
    } while (widget != start);
    const QStringList expected{ u"Collections"_s, u"New collection name"_s,
                                u"Create"_s,      u"Add Folder…"_s,
                                u"Add Files…"_s,  u"Sync"_s,
                                u"Remove"_s,      u"Prompt…"_s,
                                u"Retrieval…"_s,  u"Question"_s,
                                u"Search"_s,      u"Retrieval candidates"_s,
                                u"Passage"_s,     u"Open in Workbench"_s };
    QCOMPARE(order, expected);
}

// Keyboard only: Add Folder… (focused) disables itself while the folder indexes; the keyboard
// goes to Cancel, so Space stops it, and comes back to the collection side when it ends.
void TestKnowledgePanel::cancelTakesTheKeyboardWhileIndexing()
{
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QLineEdit *name = child<QLineEdit>(u"New collection name"_s);
    QTest::keyClicks(name, u"garden"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QPushButton *addFolder = button(u"Add Folder…"_s);
    QVERIFY(addFolder->isEnabled());
    addFolder->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(addFolder->hasFocus());
    QSignalSpy finished(m_session.get(), &KnowledgeSession::indexingFinished);
    m_panel->addPaths({ m_dir->filePath(u"docs"_s) }); // what "Add Folder…" does after its dialog
    QVERIFY(m_session->isIndexing());
    QPushButton *cancel = button(u"Cancel"_s);
    QVERIFY(cancel->isVisible());
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus == cancel,
             focus ? qPrintable(focus->accessibleName() + u" "_s
                                + QString::fromLatin1(focus->metaObject()->className()))
                   : "no focus");
    QTest::keyClick(cancel, Qt::Key_Space);
    QVERIFY(finished.wait(20000));
    QVERIFY2(m_panel->indexingText().contains(u"stopped"_s), qPrintable(m_panel->indexingText()));
    focus = QApplication::focusWidget();
    QVERIFY2(focus == addFolder,
             focus ? qPrintable(focus->accessibleName() + u" "_s
                                + QString::fromLatin1(focus->metaObject()->className()))
                   : "no focus");
}

// Keyboard only, through the real dialog: Add Folder… opens where Sift's other file dialogs open
// (the last folder chosen, not the working directory), the keyboard is on Cancel once the
// folder indexes (it went on to the collection name), and Esc stops the indexing.
void TestKnowledgePanel::addFolderDialogThenEscapeStops()
{
    FakeFault slow;
    slow.slowFirstMs = 300; // the indexing is still going when Esc comes
    m_server->setDefaultFault(slow);
    QTemporaryDir elsewhere; // the working directory Sift was started from
    QVERIFY(QDir::setCurrent(elsewhere.path()));
    FileDialogs::remember(m_dir->path());
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QLineEdit *name = child<QLineEdit>(u"New collection name"_s);
    QTest::keyClicks(name, u"garden"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QPushButton *addFolder = button(u"Add Folder…"_s);
    addFolder->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(addFolder->hasFocus());

    // Chooses the docs folder in the dialog as it opens (it runs a loop of its own).
    QString shownFolder;
    QTimer chooser;
    chooser.setInterval(10);
    connect(&chooser, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !shownFolder.isEmpty())
            return;
        shownFolder = dialog->directory().absolutePath();
        dialog->setDirectory(m_dir->filePath(u"docs"_s));
        QMetaObject::invokeMethod(dialog, "accept"); // a protected slot, as Choose presses it
    });
    chooser.start();
    QSignalSpy finished(m_session.get(), &KnowledgeSession::indexingFinished);
    QTest::keyClick(addFolder, Qt::Key_Space);
    chooser.stop();
    QCOMPARE(shownFolder, QDir(m_dir->path()).absolutePath());
    QVERIFY(m_session->isIndexing());
    // The window manager activates the window again once the dialog is gone.
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QPushButton *cancel = button(u"Cancel"_s);
    QTRY_VERIFY2(QApplication::focusWidget() == cancel,
                 QApplication::focusWidget() ? qPrintable(
                     QApplication::focusWidget()->accessibleName() + u" "_s
                     + QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()))
                                             : "no focus");
    QVERIFY(m_session->isIndexing());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    // A cancel while the files are read may finish at once, inside the key press.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(m_panel->indexingText().contains(u"stopped"_s), qPrintable(m_panel->indexingText()));
    QCOMPARE(m_session->collections().constFirst().sources,
             QStringList{ m_dir->filePath(u"docs"_s) });
}

// The Retrieval table's rerank scores are in the user's notation (0,473 in German), as the
// Evaluate tab's numbers are; they were always written with a point.
void TestKnowledgePanel::scoresFollowTheLocale()
{
    const QLocale before;
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    createAndIndex();
    QSignalSpy searched(m_session.get(), &KnowledgeSession::searchFinished);
    m_panel->ask(u"when to prune apple trees"_s);
    QVERIFY(searched.wait(20000));
    RetrievalModel *model = m_panel->retrievalModel();
    QVERIFY(model->rowCount() >= 1);
    const QString score = model->index(0, RetrievalModel::Score).data().toString();
    QVERIFY2(score.contains(u',') && !score.contains(u'.'), qPrintable(score));
}

// Choosing another collection clears the Retrieval table, the stages and the passage: they were
// the other collection's, and Open in Workbench sent them.
void TestKnowledgePanel::anotherCollectionClearsTheResults()
{
    createAndIndex();
    QSignalSpy searched(m_session.get(), &KnowledgeSession::searchFinished);
    m_panel->ask(u"when to prune apple trees"_s);
    QVERIFY(searched.wait(20000));
    QVERIFY(m_panel->retrievalModel()->rowCount() >= 1);
    QVERIFY(button(u"Open in Workbench"_s)->isEnabled());
    m_panel->createCollection(u"empty"_s); // and chooses it
    QCOMPARE(m_panel->currentCollection(), u"empty"_s);
    QCOMPARE(m_panel->retrievalModel()->rowCount(), 0);
    QVERIFY(m_panel->stagesText().isEmpty());
    QVERIFY(m_panel->passageText().isEmpty());
    QVERIFY(!button(u"Open in Workbench"_s)->isEnabled());
    // Back to the first: its question is asked again with Enter, nothing is shown meanwhile.
    m_panel->selectCollection(u"garden"_s);
    QCOMPARE(m_panel->retrievalModel()->rowCount(), 0);
}

RetrievalSettingsDialog *TestKnowledgePanel::openRetrievalSettings()
{
    QPushButton *open = button(u"Retrieval…"_s);
    if (!open || !open->isEnabled())
        return nullptr;
    QTest::mouseClick(open, Qt::LeftButton);
    RetrievalSettingsDialog *dialog = m_panel->findChild<RetrievalSettingsDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestKnowledgePanel::askAndWait(const QString &question)
{
    QSignalSpy searched(m_session.get(), &KnowledgeSession::searchFinished);
    m_panel->ask(question);
    QVERIFY(searched.wait(20000));
}

QStringList TestKnowledgePanel::rerankPaths() const
{
    QStringList paths;
    for (const FakeServer::Request &request : m_server->requests()) {
        const QString path = QString::fromUtf8(request.path);
        if (path.startsWith(u"/v1/inference/"_s) || path.endsWith(u"/rerank"_s))
            paths << path;
    }
    return paths;
}

// Retrieval… sets the reranker, top-K, top-N and the threshold of the collection; they are
// saved in the SQLite file, shown again on reopening, and the tab's search uses them: the
// chosen reranker gets the request, top-N passages go into the prompt, and "No reranking"
// sends no rerank request at all.
void TestKnowledgePanel::retrievalSettingsAreSavedAndUsed()
{
    createAndIndex();
    QPointer<RetrievalSettingsDialog> dialog = openRetrievalSettings();
    QVERIFY(dialog);
    QCOMPARE(dialog->rerankerBox()->currentText(), u"Qwen/Qwen3-Reranker-0.6B"_s);
    QCOMPARE(dialog->topKBox()->value(), 50);
    QCOMPARE(dialog->topNBox()->value(), 5);
    QVERIFY(!dialog->thresholdCheck()->isChecked());
    QVERIFY(!dialog->thresholdBox()->isEnabled());
    QVERIFY(dialog->rerankerBox()->isEditable());
    QCOMPARE(dialog->rerankerBox()->itemText(0), u"No reranking"_s);
    QVERIFY(dialog->rerankerBox()->findText(u"Qwen/Qwen3-Reranker-4B"_s) > 0);

    // Typed, as a user would: any reranker id goes.
    dialog->rerankerBox()->lineEdit()->selectAll();
    QTest::keyClicks(dialog->rerankerBox()->lineEdit(), u"Qwen/Qwen3-Reranker-8B"_s);
    dialog->topKBox()->setValue(20);
    dialog->topNBox()->setValue(1);
    QTest::keyClick(dialog->thresholdCheck(), Qt::Key_Space);
    QVERIFY(dialog->thresholdBox()->isEnabled());
    dialog->thresholdBox()->setValue(0.01);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    // In the file: Sift closed and started again shows them.
    m_panel.reset();
    m_session.reset();
    m_store.reset();
    m_db.reset();
    openFile();
    QListWidget *list = child<QListWidget>(u"Collections"_s);
    QVERIFY(list && list->count() == 1);
    list->setCurrentRow(0);
    QCOMPARE(m_panel->currentCollection(), u"garden"_s);
    dialog = openRetrievalSettings();
    QVERIFY(dialog);
    QCOMPARE(dialog->rerankerBox()->currentText(), u"Qwen/Qwen3-Reranker-8B"_s);
    QCOMPARE(dialog->topKBox()->value(), 20);
    QCOMPARE(dialog->topNBox()->value(), 1);
    QVERIFY(dialog->thresholdCheck()->isChecked());
    QCOMPARE(dialog->thresholdBox()->value(), 0.01);
    dialog->reject();
    QTRY_VERIFY(!dialog);

    m_server->clearRequests();
    askAndWait(u"when to prune apple trees"_s);
    QCOMPARE(rerankPaths(), QStringList{ u"/v1/inference/Qwen/Qwen3-Reranker-8B"_s });
    RetrievalModel *model = m_panel->retrievalModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, RetrievalModel::Used).data().toString(), u"in the prompt as [1]"_s);
    QVERIFY(
        !model->index(1, RetrievalModel::Used).data().toString().startsWith(u"in the prompt"_s));

    // No reranking: the fused order, and no rerank request.
    dialog = openRetrievalSettings();
    QVERIFY(dialog);
    dialog->rerankerBox()->setFocus();
    for (int i = 0; i < 3; ++i) // up from the 8B to "No reranking", the first entry
        QTest::keyClick(dialog->rerankerBox(), Qt::Key_Up);
    QCOMPARE(dialog->rerankerBox()->currentIndex(), 0);
    QVERIFY(dialog->rerankModel().isEmpty());
    QVERIFY(!dialog->thresholdCheck()->isEnabled());
    QVERIFY(dialog->save());
    dialog->accept();
    QVERIFY(m_session->collection(u"garden"_s)->options.rerankModel.isEmpty());
    m_server->clearRequests();
    askAndWait(u"when to prune apple trees"_s);
    QVERIFY2(rerankPaths().isEmpty(), qPrintable(rerankPaths().join(u", "_s)));
    QVERIFY(m_server->requestCount() > 0); // the question was embedded
    QCOMPARE(model->index(0, RetrievalModel::Score).data().toString(), u"–"_s);
    QVERIFY(m_panel->warningText().isEmpty());
}

// "1 file indexed (1 passage)", not "1 files indexed (1 passages)"; the cost in the summary and
// the Retrieval stages has the locale's decimal separator, as Evaluate's has.
void TestKnowledgePanel::countsHavePluralsAndLocaleNumbers()
{
    const QLocale before;
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(QDir(m_dir->path()).mkpath(u"one"_s));
    QFile file(m_dir->filePath(u"one/pears.md"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Pears\n\nPears ripen off the tree.\n");
    file.close();
    QLineEdit *name = child<QLineEdit>(u"New collection name"_s);
    QTest::keyClicks(name, u"pears"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QSignalSpy finished(m_session.get(), &KnowledgeSession::indexingFinished);
    m_panel->addPaths({ m_dir->filePath(u"one"_s) });
    QVERIFY(finished.wait(20000));
    const QString summary = m_panel->indexingText();
    QVERIFY2(summary.contains(u"1 file indexed (1 passage)"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"$0,"_s) && !summary.contains(u"$0."_s), qPrintable(summary));
    QListWidget *list = child<QListWidget>(u"Collections"_s);
    QVERIFY2(list->currentItem()->text().endsWith(u"1 file, 1 passage"_s),
             qPrintable(list->currentItem()->text()));

    QSignalSpy searched(m_session.get(), &KnowledgeSession::searchFinished);
    m_panel->ask(u"when do pears ripen"_s);
    QVERIFY(searched.wait(20000));
    const QString stages = m_panel->stagesText();
    QVERIFY2(stages.contains(u"$0,"_s) && !stages.contains(u"$0."_s), qPrintable(stages));
}

// The question box has a label with an access key (Alt+Q), like the tab's other controls.
void TestKnowledgePanel::questionHasAnAccessKey()
{
    QLineEdit *question = child<QLineEdit>(u"Question"_s);
    QVERIFY(question);
    QLabel *label = nullptr;
    for (QLabel *l : m_panel->findChildren<QLabel *>()) {
        if (l->buddy() == question)
            label = l;
    }
    QVERIFY(label);
    QCOMPARE(QKeySequence::mnemonic(label->text()), QKeySequence(Qt::ALT | Qt::Key_Q));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    child<QListWidget>(u"Collections"_s)->setFocus();
    QTest::keyClick(m_panel.get(), Qt::Key_Q, Qt::AltModifier);
    QTRY_VERIFY(question->hasFocus());
}

QTEST_MAIN(TestKnowledgePanel)

#include "tst_knowledgepanel.moc"
