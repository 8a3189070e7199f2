// The Knowledge tab and the chat pane's Retrieval panel at the smallest supported window (800×600)
// and at 1000×720, in German (the longest of Sift's languages), after a question: everything
// fits, nothing the user needs is cut, the question box has room to show what is typed, and the
// Retrieval table shows whether each passage went into the prompt without scrolling sideways.
#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chatpane.h"
#include "collectionbutton.h"
#include "fakeserver.h"
#include "guicontroller.h"
#include "knowledge/knowledgechat.h"
#include "knowledge/knowledgesession.h"
#include "knowledgepanel.h"
#include "mainwindow.h"
#include "retrievalmodel.h"
#include "retrievalpanel.h"
#include "throwawayhome.h"
#include "transcriptmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Collection = u"Beispiel"_s;

} // namespace

class TestKnowledgeLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void knowledgeTabFits_data();
    void knowledgeTabFits();
    void retrievalPanelFits_data();
    void retrievalPanelFits();

private:
    // Widgets under `root` that are shown but lie (partly) outside the window, or are narrower
    // than their text needs.
    QStringList cutWidgets(QWidget *root) const;
    // Where the table's Used column ends, in its viewport; what it should fit in.
    static QString usedColumnProblem(QTableView *table, bool allColumns);

    QTemporaryDir m_home;
    FakeServer m_server;
    std::unique_ptr<GuiController> m_controller;
};

void TestKnowledgeLayout::initTestCase()
{
    QVERIFY(useThrowawayHome(m_home, u"SiftKnowledgeLayoutTest"_s));
    const QString qm
        = QFileInfo(QStringLiteral(SIFT_BINARY)).path() + u"/translations/sift_de.qm"_s;
    auto *sift = new QTranslator(qApp);
    QVERIFY2(sift->load(qm), qPrintable(qm));
    QCoreApplication::installTranslator(sift);
    auto *qt = new QTranslator(qApp);
    if (qt->load(u"qtbase_de"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));

    qputenv("SIFT_TEST_KEY", "layout-key");
    QVERIFY(m_server.listen());
    m_controller = std::make_unique<GuiController>();
    QVERIFY(m_controller->start({ u"sift"_s, u"--demo"_s, u"--base-url"_s,
                                  m_server.baseUrl() + u"/v1/openai"_s, u"--api-key-env"_s,
                                  u"SIFT_TEST_KEY"_s }));
    MainWindow *window = m_controller->window();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(m_controller->client()->hasApiKey());

    // The demo's sample collection, indexed as "Add Folder…" does, then one question.
    window->showKnowledge();
    KnowledgePanel *panel = window->knowledgePanel();
    QVERIFY(panel && panel->session());
    panel->createCollection(Collection);
    QCOMPARE(panel->currentCollection(), Collection);
    QSignalSpy indexed(panel->session(), &KnowledgeSession::indexingFinished);
    panel->addPaths({ QStringLiteral(SIFT_SOURCE_DIR) + u"/tests/data/kb-sample"_s });
    QVERIFY(indexed.wait(30000));
    QSignalSpy searched(panel->session(), &KnowledgeSession::searchFinished);
    panel->ask(u"Wie vergleiche ich Reranker?"_s);
    QVERIFY(searched.wait(30000));
    QVERIFY(panel->retrievalModel()->rowCount() >= 4);
}

void TestKnowledgeLayout::cleanupTestCase()
{
    m_controller.reset();
    QLocale::setDefault(QLocale::c());
}

QStringList TestKnowledgeLayout::cutWidgets(QWidget *root) const
{
    MainWindow *window = m_controller->window();
    QStringList cut;
    const QRect inside = window->rect();
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->size().isEmpty())
            continue;
        const QString name = QString::fromLatin1(widget->metaObject()->className()) + u" "_s
            + (widget->accessibleName().isEmpty() ? widget->objectName()
                                                  : widget->accessibleName());
        const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!inside.contains(rect.topLeft()) || rect.right() > inside.right()
            || rect.bottom() > inside.bottom())
            cut << name + u" outside the window"_s;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        if (!text.isEmpty() && widget->width() < widget->minimumSizeHint().width())
            cut << name + u" \u201c"_s + text + u"\u201d narrower than its text"_s;
    }
    return cut;
}

QString TestKnowledgeLayout::usedColumnProblem(QTableView *table, bool allColumns)
{
    const int used = RetrievalModel::Used;
    const int right = table->columnViewportPosition(used) + table->columnWidth(used);
    const int viewport = table->viewport()->width();
    if (table->columnViewportPosition(used) < 0 || right > viewport)
        return u"“%1” ends at %2 of %3"_s
            .arg(table->model()->headerData(used, Qt::Horizontal).toString())
            .arg(right)
            .arg(viewport);
    // Its text is not cut.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString text = table->model()->index(row, used).data().toString();
        if (table->columnWidth(used) < table->fontMetrics().horizontalAdvance(text) + 8)
            return u"“%1” in a column of %2 px"_s.arg(text).arg(table->columnWidth(used));
    }
    if (!allColumns)
        return {};
    int last = 0;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        last = std::max(last, table->columnViewportPosition(column) + table->columnWidth(column));
    return last > viewport ? u"the columns end at %1 of %2"_s.arg(last).arg(viewport) : QString();
}

void TestKnowledgeLayout::knowledgeTabFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("800×600") << QSize(800, 600);
    QTest::newRow("1000×720") << QSize(1000, 720);
}

void TestKnowledgeLayout::knowledgeTabFits()
{
    QFETCH(QSize, size);
    MainWindow *window = m_controller->window();
    window->showKnowledge();
    KnowledgePanel *panel = window->knowledgePanel();
    QTRY_VERIFY(panel->isVisible());
    window->resize(size);
    const QSize minimum = window->minimumSizeHint();
    if (minimum.width() > size.width()) {
        for (QWidget *widget : panel->findChildren<QWidget *>()) {
            if (widget->minimumSizeHint().width() > 200)
                qInfo() << widget->metaObject()->className() << widget->accessibleName()
                        << widget->minimumSizeHint();
        }
    }
    QVERIFY2(minimum.width() <= 800 && minimum.height() <= 600,
             qPrintable(u"minimum %1×%2"_s.arg(minimum.width()).arg(minimum.height())));
    QTRY_COMPARE(window->size(), size);
    const QStringList cut = cutWidgets(panel);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));

    // The question box shows a question of its placeholder's length whole.
    QLineEdit *question = nullptr;
    for (QLineEdit *edit : panel->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == u"Frage"_s)
            question = edit;
    }
    QVERIFY(question);
    const int needed = question->fontMetrics().horizontalAdvance(question->placeholderText()) + 12;
    QVERIFY2(
        question->width() >= needed,
        qPrintable(u"question box %1 px for a text of %2 px"_s.arg(question->width()).arg(needed)));

    // Whether a passage went into the prompt shows without scrolling sideways; at 1000×720 so
    // does every column.
    QTableView *table = panel->retrievalTable();
    QTRY_VERIFY(table->isVisible());
    const QString problem = usedColumnProblem(table, size.width() >= 1000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestKnowledgeLayout::retrievalPanelFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("800×600") << QSize(800, 600);
    QTest::newRow("1000×720") << QSize(1000, 720);
}

void TestKnowledgeLayout::retrievalPanelFits()
{
    QFETCH(QSize, size);
    MainWindow *window = m_controller->window();
    ChatPane *pane = window->chatPane();
    window->tabs()->setCurrentIndex(0);
    QTRY_VERIFY(pane->isVisible());
    KnowledgeChat *chat = pane->knowledgeChat();
    QVERIFY(chat);
    TranscriptModel *model = pane->transcriptModel();
    if (model->lastReplyRow() < 0) {
        chat->attach(Collection);
        QCOMPARE(chat->attachedCollection(), Collection);
        QSignalSpy finished(pane->session(), &ChatSession::replyFinished);
        QTest::keyClicks(pane->input(), u"Wie vergleiche ich Reranker?"_s);
        QTest::keyClick(pane->input(), Qt::Key_Return);
        QVERIFY(finished.wait(30000));
    }
    RetrievalPanel *retrieval = pane->showRetrieval(model->lastReplyRow());
    QVERIFY(retrieval);
    window->resize(size);
    const QSize minimum = window->minimumSizeHint();
    if (minimum.width() > 800) {
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (widget->isVisible() && widget->minimumSizeHint().width() > 200)
                qInfo() << widget->metaObject()->className() << widget->accessibleName()
                        << widget->minimumSizeHint();
        }
    }
    QVERIFY2(minimum.width() <= 800 && minimum.height() <= 600,
             qPrintable(u"minimum %1×%2"_s.arg(minimum.width()).arg(minimum.height())));
    QTRY_COMPARE(window->size(), size);
    QTRY_VERIFY(retrieval->isVisible());
    const QStringList cut = cutWidgets(retrieval);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));

    // The table shows several candidates, not one row between the stage texts and the passage.
    QTableView *table = retrieval->table();
    const int rows
        = table->viewport()->height() / std::max(1, table->verticalHeader()->defaultSectionSize());
    QVERIFY2(rows >= 3,
             qPrintable(
                 u"the table shows %1 rows (%2 px)"_s.arg(rows).arg(table->viewport()->height())));
    const QString problem = usedColumnProblem(table, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TestKnowledgeLayout)
#include "tst_knowledgelayout.moc"
