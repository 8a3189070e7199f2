// The Evaluate tab at the smallest supported window (800×600) and at 1000×720, in German (the
// longest of Sift's languages), before and after a run: everything fits, nothing the user needs
// is cut, and the per-query table shows its difference column without scrolling sideways.
#include "api/apiclient.h"
#include "evaluatetab.h"
#include "fakeserver.h"
#include "guicontroller.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "throwawayhome.h"

#include <QApplication>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

class TestEvaluateLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fits_data();
    void fits();

private:
    QStringList cutWidgets() const;

    QTemporaryDir m_home;
    FakeServer m_server;
    std::unique_ptr<GuiController> m_controller;
};

void TestEvaluateLayout::initTestCase()
{
    QVERIFY(useThrowawayHome(m_home, u"SiftEvaluateLayoutTest"_s));
    LayoutCheck::useGerman();
    if (QTest::currentTestFailed())
        return;

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
    window->resize(800, 600);
    EvaluateTab *tab = window->evaluateTab();
    QVERIFY(tab);
    window->tabs()->setCurrentIndex(window->tabs()->indexOf(tab->parentWidget()));
    QTRY_VERIFY(tab->isVisible());
    tab->setConfirmAboveDollars(std::numeric_limits<double>::infinity());
}

void TestEvaluateLayout::cleanupTestCase()
{
    m_controller.reset();
    QLocale::setDefault(QLocale::c());
}

QStringList TestEvaluateLayout::cutWidgets() const
{
    MainWindow *window = m_controller->window();
    return LayoutCheck::cutWidgets(window, window->evaluateTab());
}

void TestEvaluateLayout::fits_data()
{
    QTest::addColumn<bool>("afterRun");
    QTest::addColumn<QSize>("size");
    QTest::newRow("800×600 before a set") << false << QSize(800, 600);
    QTest::newRow("800×600 after a run") << true << QSize(800, 600);
    QTest::newRow("1000×720 after a run") << true << QSize(1000, 720);
}

void TestEvaluateLayout::fits()
{
    QFETCH(bool, afterRun);
    QFETCH(QSize, size);
    MainWindow *window = m_controller->window();
    EvaluateTab *tab = window->evaluateTab();
    if (afterRun && tab->report().systems.isEmpty()) {
        QSignalSpy imported(tab, &EvaluateTab::importFinished);
        tab->loadSample();
        // While it imports, the progress and Cancel do not widen the window.
        QVERIFY(tab->isImporting());
        QVERIFY2(
            window->minimumSizeHint().width() <= 800,
            qPrintable(u"importing: minimum width %1"_s.arg(window->minimumSizeHint().width())));
        QVERIFY(imported.wait(30000));
        QVERIFY(tab->addFusion(u"rrf"_s) == u"rrf"_s);
        QSignalSpy evaluated(tab, &EvaluateTab::evaluated);
        tab->run();
        QVERIFY(evaluated.wait(60000));
        QCOMPARE(tab->report().systems.size(), 5);
    }
    window->resize(size);
    const QSize minimum = window->minimumSizeHint();
    qInfo("window's minimum size %d×%d", minimum.width(), minimum.height());
    if (minimum.width() > 800 || minimum.height() > 600) {
        for (QWidget *widget : tab->findChildren<QWidget *>()) {
            if (widget->minimumSizeHint().width() > 250 || widget->minimumSizeHint().height() > 250)
                qInfo() << widget->metaObject()->className() << widget->accessibleName()
                        << widget->minimumSizeHint();
        }
    }
    QVERIFY2(minimum.width() <= 800 && minimum.height() <= 600,
             qPrintable(u"minimum %1×%2"_s.arg(minimum.width()).arg(minimum.height())));
    QTRY_COMPARE(window->size(), size);
    for (int page = 0; page < tab->views()->count(); ++page) {
        tab->views()->setCurrentIndex(page);
        const QStringList cut = cutWidgets();
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
    }
    if (!afterRun)
        return;
    // The per-query table: sorted by B − A, which is on screen without scrolling sideways.
    tab->views()->setCurrentIndex(1);
    QTableView *view = tab->queryView();
    const int delta = 2;
    QCOMPARE(view->model()->headerData(delta, Qt::Horizontal).toString(), u"B − A"_s);
    QTRY_VERIFY(view->isVisible());
    const int right = view->columnViewportPosition(delta) + view->columnWidth(delta);
    if (size.width() >= 1000)
        QVERIFY2(right <= view->viewport()->width(),
                 qPrintable(u"B − A ends at %1 of %2"_s.arg(right).arg(view->viewport()->width())));
}

QTEST_MAIN(TestEvaluateLayout)
#include "tst_evaluatelayout.moc"
