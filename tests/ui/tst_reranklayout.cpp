// The Rerank tab at the smallest supported window (800×600), in German (the longest of Sift's
// languages): everything fits, nothing the user needs is cut (issue 12).
#include "api/apiclient.h"
#include "fakeserver.h"
#include "guicontroller.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "rerankrankingspanel.h"
#include "rerankworkbench.h"
#include "throwawayhome.h"

#include <QApplication>
#include <QListView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestRerankLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fitsAt800x600_data();
    void fitsAt800x600();

private:
    // Widgets of the workbench that are shown but lie (partly) outside the window, or are
    // narrower than their text needs.
    QStringList cutWidgets() const;

    QTemporaryDir m_home;
    FakeServer m_server;
    std::unique_ptr<GuiController> m_controller;
};

void TestRerankLayout::initTestCase()
{
    QVERIFY(useThrowawayHome(m_home, u"SiftRerankLayoutTest"_s));
    LayoutCheck::useGerman();
    if (QTest::currentTestFailed())
        return;

    qputenv("SIFT_TEST_KEY", "layout-key");
    QVERIFY(m_server.listen());
    m_controller = std::make_unique<GuiController>();
    QVERIFY(m_controller->start({ u"sift"_s, u"--demo"_s, u"--tab"_s, u"rerank"_s, u"--base-url"_s,
                                  m_server.baseUrl() + u"/v1/openai"_s, u"--api-key-env"_s,
                                  u"SIFT_TEST_KEY"_s }));
    MainWindow *window = m_controller->window();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->tabs()->currentWidget(), window->rerankPage());
    QCOMPARE(window->rerankActions().run->text(), u"&Ausführen"_s);
    QTRY_VERIFY(m_controller->client()->hasApiKey());
}

void TestRerankLayout::cleanupTestCase()
{
    m_controller.reset();
    QLocale::setDefault(QLocale::c());
}

QStringList TestRerankLayout::cutWidgets() const
{
    MainWindow *window = m_controller->window();
    // Inside a scroll area only the viewport's part counts: reaching below the window is no cut.
    return LayoutCheck::cutWidgets(window, window->rerankWorkbench(),
                                   { .bottom = false, .skipIgnoredLabels = false });
}

void TestRerankLayout::fitsAt800x600_data()
{
    QTest::addColumn<bool>("afterRun");
    QTest::addColumn<QSize>("size");
    QTest::newRow("800×600 before a run") << false << QSize(800, 600);
    QTest::newRow("800×600 after a run") << true << QSize(800, 600);
    QTest::newRow("1000×720 after a run") << true << QSize(1000, 720);
}

void TestRerankLayout::fitsAt800x600()
{
    QFETCH(bool, afterRun);
    QFETCH(QSize, size);
    MainWindow *window = m_controller->window();
    RerankWorkbench *workbench = window->rerankWorkbench();
    if (afterRun && workbench->results().isEmpty()) {
        QSignalSpy finished(workbench, &RerankWorkbench::runFinished);
        workbench->runAction()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(workbench->results().size(), 3);
        for (const RerankResult &result : workbench->results())
            QVERIFY2(!result.ranked.isEmpty(), qPrintable(workbench->modelErrorText(result.model)));
    }
    window->resize(size);
    const QSize minimum = window->minimumSizeHint();
    qInfo("window's minimum size %d×%d", minimum.width(), minimum.height());
    if (minimum.width() > 800) {
        // Say which parts ask for the width.
        for (QWidget *widget : workbench->findChildren<QWidget *>()) {
            if (widget->minimumSizeHint().width() > 250)
                qInfo() << widget->metaObject()->className() << widget->accessibleName()
                        << widget->minimumSizeHint();
        }
    }
    QVERIFY2(minimum.width() <= 800 && minimum.height() <= 600,
             qPrintable(u"minimum %1×%2"_s.arg(minimum.width()).arg(minimum.height())));
    QTRY_COMPARE(window->size(), size);
    const QStringList cut = cutWidgets();
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));

    // The agreement table shows the models' (short) names whole.
    if (afterRun) {
        QTableView *pairs = workbench->pairTable();
        QTRY_VERIFY(pairs->isVisible());
        for (int row = 0; row < pairs->model()->rowCount(); ++row) {
            for (int column : { 0, 1 }) {
                const QString name = pairs->model()->index(row, column).data().toString();
                QVERIFY2(pairs->columnWidth(column)
                             >= pairs->fontMetrics().horizontalAdvance(name) + 4,
                         qPrintable(name));
            }
        }
    }

    // The models are named in full in the list, and by their short names in the columns.
    QListView *models = workbench->findChild<QListView *>(u"rerankModelList"_s);
    if (models) {
        for (int row = 0; row < models->model()->rowCount(); ++row) {
            const QModelIndex index = models->model()->index(row, 0);
            const int needed = models->fontMetrics().horizontalAdvance(index.data().toString());
            QVERIFY2(models->visualRect(index).width() >= needed
                         && models->viewport()->width() >= needed,
                     qPrintable(index.data().toString()));
        }
    }
}

QTEST_MAIN(TestRerankLayout)
#include "tst_reranklayout.moc"
