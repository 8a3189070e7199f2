// The Evaluate tab driven like a user would: the bundled sample imported into a real SQLite file,
// three rerankers scored by the in-process fake server on 127.0.0.1, the first stage and an RRF
// fusion, then the summary, per-query table, charts and the hand-over to the workbench.
#include "api/apiclient.h"
#include "config/config.h"
#include "eval/trecformat.h"
#include "evalcharts.h"
#include "evalimportdialog.h"
#include "evaluatetab.h"
#include "fakeserver.h"
#include "knowledge/knowledgeevalset.h"
#include "models/modelcatalog.h"
#include "rerank/rerankset.h"
#include "rerankworkbench.h"
#include "sqltrace.h"
#include "store/database.h"
#include "store/evalstore.h"
#include "store/workbenchstore.h"
#include "testclient.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString Small = u"Qwen/Qwen3-Reranker-0.6B"_s;
const QString Medium = u"Qwen/Qwen3-Reranker-4B"_s;
const QString Large = u"Qwen/Qwen3-Reranker-8B"_s;
} // namespace

class TestEvaluateTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sampleRunsThreeRerankersFirstStageAndRrf();
    void perQueryTableSorts();
    void enterOpensQueryInWorkbench();
    void newGradesAreMeasuredAgain();
    void secondRunSendsNothing();
    void escapeCancelsARun();
    void badImportNamesFileAndLine();
    void exportsWriteSummaryTrecAndRanx();
    void fitsSmallWindows();
    void guiThreadReadsNoSetData();
    void importMenuOpensTheDialogAfterItCloses();
    void altIShowsTheImportMenuOnce();
    void costAboveThresholdAsksFirst();
    void saveChartWritesPng();
    void tabFollowsTheScreen();
    void costQuestionCountsModelsToScoreAndNamesUnpriced();
    void exportMenuHasAccessKeys();
    void importDialogLabelsReachTheirFields();
    void failedModelKeepsItsError();
    void exportWaitsForAnEvaluation();
    void scoredCountFollowsTheLocale();
    void reopenedQueryReusesItsSetAndNamesItsSystems();
    void runButtonsStayPutWhileProgressShows();
    void ctrlTabSwitchesTheResultPages();
    void chosenSystemsSurviveARestart();

private:
    void loadSampleAndRun();

    FakeServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ModelCatalog> m_catalog;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RerankWorkbench> m_bench;
    std::unique_ptr<EvaluateTab> m_tab;
    int m_dbCount = 0;
};

void TestEvaluateTab::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dir.isValid());
}

void TestEvaluateTab::init()
{
    m_server.setDefaultFault(FakeFault());
    m_server.clearRequests();
    m_client = makeRerankTestClient(m_server);
    m_catalog = std::make_unique<ModelCatalog>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(u"sift-%1.db"_s.arg(++m_dbCount))).ok());

    m_bench = std::make_unique<RerankWorkbench>();
    m_bench->setApiClient(m_client.get());
    m_bench->setStore(new WorkbenchStore(m_db.get(), m_bench.get()));
    m_tab = std::make_unique<EvaluateTab>();
    m_tab->setApiClient(m_client.get());
    m_tab->setCatalog(m_catalog.get());
    m_tab->setDatabase(m_db.get());
    m_tab->setWorkbench(m_bench.get());
    m_tab->setConfirmAboveDollars(
        std::numeric_limits<double>::infinity()); // the question is not what these tests look at
    m_tab->resize(1000, 720);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    m_tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
}

void TestEvaluateTab::cleanup()
{
    m_tab.reset();
    m_bench.reset();
    m_db.reset();
    m_catalog.reset();
    m_client.reset();
}

void TestEvaluateTab::loadSampleAndRun()
{
    QSignalSpy imported(m_tab.get(), &EvaluateTab::importFinished);
    m_tab->loadSample();
    QVERIFY(imported.wait(30000));
    const auto result = imported.constFirst().at(0).value<EvalImport::Result>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.queries, 20);
    QVERIFY(m_tab->currentSetId() != 0);
    QCOMPARE(m_tab->setCombo()->currentText(), u"BEIR sample"_s);
    // Three rerankers and the first stage are checked by default.
    QCOMPARE(m_tab->checkedSystems(), QStringList({ Small, Medium, Large, u"firststage"_s }));
    QCOMPARE(m_tab->addFusion(u"rrf"_s), u"rrf"_s);
    QSignalSpy evaluated(m_tab.get(), &EvaluateTab::evaluated);
    QTest::keyClick(m_tab->systemList(), Qt::Key_R, Qt::ControlModifier); // Run
    QVERIFY(evaluated.wait(60000));
}

void TestEvaluateTab::sampleRunsThreeRerankersFirstStageAndRrf()
{
    loadSampleAndRun();
    // 20 queries × 30 candidates per model, 512 pairs of any queries to a request: 2 requests
    // per model.
    QCOMPARE(m_server.requestCount(), 3 * 2);
    QVERIFY2(m_tab->progressText().contains(u"20/20 queries · 600/600 documents"_s),
             qPrintable(m_tab->progressText()));
    const Eval::Report &report = m_tab->report();
    QCOMPARE(report.systems.size(), 5);
    QStringList names;
    for (const Eval::SystemReport &system : report.systems)
        names.append(system.name);
    QCOMPARE(names, QStringList({ Small, Medium, Large, u"firststage"_s, u"rrf"_s }));
    QCOMPARE(
        Eval::measureNames(report.measures),
        QStringList({ u"ndcg_cut_10"_s, u"map"_s, u"recip_rank"_s, u"P_10"_s, u"recall_100"_s }));

    // The summary: the first stage is the baseline; best per column and significance marked.
    EvalSummaryModel *summary = m_tab->summaryModel();
    QCOMPARE(summary->baseline(), 3);
    QCOMPARE(summary->rowCount(), 5);
    QCOMPARE(summary->columnCount(), 1 + 5 + 2);
    int best = 0;
    int significant = 0;
    for (int row = 0; row < 5; ++row) {
        for (int m = 0; m < 5; ++m) {
            const QModelIndex cell = summary->index(row, summary->measureColumn(m));
            best += summary->isBest(row, m);
            const QString tip = cell.data(Qt::ToolTipRole).toString();
            // The interval's bounds as the report has them (the CLI prints the same numbers).
            const Eval::Significance::Interval ci = report.systems.at(row).intervals.value(m);
            QVERIFY(ci.low <= report.systems.at(row).evaluation.mean.value(m));
            QVERIFY(ci.high >= report.systems.at(row).evaluation.mean.value(m));
            QVERIFY2(tip.contains(u"95% bootstrap interval: %1 – %2"_s.arg(
                         QLocale().toString(ci.low, 'f', 4), QLocale().toString(ci.high, 'f', 4))),
                     qPrintable(tip));
            if (row == summary->baseline())
                continue;
            QVERIFY2(tip.contains(u"Randomization test p = "_s) && tip.contains(u"t-test p = "_s),
                     qPrintable(tip));
            const auto c = summary->versusBaseline(row, m);
            QVERIFY(c);
            QCOMPARE(summary->isSignificant(row, m), Eval::Report::significant(*c));
            if (summary->isSignificant(row, m)) {
                ++significant;
                QVERIFY(
                    cell.data(Qt::DisplayRole).toString().endsWith(c->delta > 0 ? u"▲"_s : u"▼"_s));
                QVERIFY(cell.data(Qt::BackgroundRole).isValid());
            }
        }
    }
    QCOMPARE(best, 5);
    // Against the small model the differences are large enough to be significant.
    m_tab->setBaseline(Small);
    QCOMPARE(summary->baseline(), 0);
    significant = 0;
    for (int row = 1; row < 5; ++row) {
        for (int m = 0; m < 5; ++m)
            significant += summary->isSignificant(row, m);
    }
    QVERIFY(significant > 0);
    // Cost per 1,000 queries: priced rerankers (the catalog has no price for the 4B model), a
    // free first stage, the fusion their sum when every part has a price.
    const int costColumn = 6;
    QVERIFY(summary->index(0, costColumn).data().toString().startsWith(u'$'));
    QCOMPARE(summary->index(1, costColumn).data().toString(), u"—"_s);
    QVERIFY(summary->index(2, costColumn).data().toString().startsWith(u'$'));
    QCOMPARE(summary->rows(false).at(3).at(costColumn), u"0"_s);
    QCOMPARE(summary->index(4, costColumn).data().toString(), u"—"_s);

    // The scatter: one point per system, a Pareto front, labels apart.
    CostQualityChart *scatter = m_tab->scatterChart();
    QCOMPARE(scatter->points().size(), 3); // the systems with a price
    QVERIFY(!scatter->front().isEmpty());
    m_tab->views()->setCurrentIndex(2);
    QTRY_COMPARE(scatter->labelRects().size(), 3);
    const QList<QRectF> labels = scatter->labelRects();
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels.at(i).intersects(labels.at(j)),
                     qPrintable(u"%1 and %2 overlap"_s.arg(i).arg(j)));
    }
    QVERIFY(!scatter->grab().isNull());
}

void TestEvaluateTab::perQueryTableSorts()
{
    loadSampleAndRun();
    m_tab->setComparedSystems(u"firststage"_s, Large);
    QTableView *view = m_tab->queryView();
    QSortFilterProxyModel *proxy = m_tab->queryProxy();
    QCOMPARE(proxy->rowCount(), 20);
    // B − A next to the query's text, then the systems by their short names.
    const int deltaColumn = 2;
    QCOMPARE(proxy->headerData(deltaColumn, Qt::Horizontal).toString(), u"B − A"_s);
    QCOMPARE(proxy->headerData(3, Qt::Horizontal).toString(), u"Qwen3-Reranker-0.6B"_s);
    QCOMPARE(proxy->headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString(),
             u"ndcg_cut_10 of "_s + Small);
    // Sorted by the difference, largest first, as opened.
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row - 1, deltaColumn).data(Qt::UserRole).toDouble()
                >= proxy->index(row, deltaColumn).data(Qt::UserRole).toDouble());
    // A click on the header sorts ascending.
    view->sortByColumn(deltaColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row - 1, deltaColumn).data(Qt::UserRole).toDouble()
                <= proxy->index(row, deltaColumn).data(Qt::UserRole).toDouble());
    // By query id.
    view->sortByColumn(0, Qt::AscendingOrder);
    QStringList ids;
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids.append(proxy->index(row, 0).data().toString());
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(ids, sorted);
    // The chart shows the same differences, one bar per query.
    QCOMPARE(m_tab->differenceChart()->bars().size(), 20);
    QVERIFY(m_tab->differenceChart()->caption().contains(u"ndcg_cut_10"_s));
}

// Labels given in the workbench to a knowledge question change the grades of the open
// "Knowledge: NAME" set: the tab measures the shown evaluation again, without scoring again.
void TestEvaluateTab::newGradesAreMeasuredAgain()
{
    RerankSet set;
    set.query = u"when to prune apple trees"_s;
    set.documents = { { u"Prune apple trees in late winter, before the buds open."_s, 3 },
                      { u"Change the engine oil every 250 hours."_s, 0 },
                      { u"Pick apples when they come off with a gentle twist."_s,
                        RerankDocument::Unlabelled } };
    QSignalSpy shown(m_tab.get(), &EvaluateTab::setsShown);
    const qint64 id = KnowledgeEvalSet::addLabels(m_tab->store(), u"garden"_s, set);
    QVERIFY2(id > 0, qPrintable(m_tab->store()->lastError()));
    QVERIFY(shown.wait(30000));
    if (m_tab->currentSetId() != id) {
        QVERIFY(m_tab->openSet(id));
        QVERIFY(shown.wait(30000));
    }
    QCOMPARE(m_tab->setCombo()->currentText(), KnowledgeEvalSet::setName(u"garden"_s));
    for (const QString &model : { Medium, Large })
        m_tab->setSystemChecked(model, false);
    QCOMPARE(m_tab->checkedSystems(), QStringList{ Small });
    QSignalSpy evaluated(m_tab.get(), &EvaluateTab::evaluated);
    m_tab->run();
    QVERIFY(evaluated.wait(60000));
    const QList<double> before = m_tab->report().systems.value(0).evaluation.mean;
    QVERIFY(!before.isEmpty());
    const int requests = m_server.requestCount();

    // The grades swap between the two labelled passages (as the workbench's store would write
    // them, then tell the tab's).
    set.documents[0].label = 0;
    set.documents[1].label = 3;
    EvalStore workbenchStore(m_db.get());
    QCOMPARE(KnowledgeEvalSet::addLabels(&workbenchStore, u"garden"_s, set), id);
    m_tab->store()->notifySetChanged(id); // what MainWindow does for the workbench's labels
    QVERIFY(evaluated.wait(30000));
    QVERIFY(m_tab->report().systems.value(0).evaluation.mean != before);
    QCOMPARE(m_server.requestCount(), requests); // measured again, not scored again

    // Through the tab's own store the signal comes from addLabels itself.
    set.documents[0].label = 3;
    set.documents[1].label = 0;
    QCOMPARE(KnowledgeEvalSet::addLabels(m_tab->store(), u"garden"_s, set), id);
    QVERIFY(evaluated.wait(30000));
    QCOMPARE(m_tab->report().systems.value(0).evaluation.mean, before);
}

void TestEvaluateTab::enterOpensQueryInWorkbench()
{
    loadSampleAndRun();
    m_tab->setComparedSystems(u"firststage"_s, Large);
    m_tab->views()->setCurrentIndex(1);
    QTableView *view = m_tab->queryView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    const QString queryId = view->currentIndex().data().toString();
    QSignalSpy requested(m_tab.get(), &EvaluateTab::workbenchRequested);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(requested.wait(30000)); // the query is read on a worker
    QCOMPARE(requested.size(), 1);
    // The workbench shows the query, both systems' rankings, and its judgments as labels.
    const RerankSet &set = m_bench->resultSet();
    QVERIFY(!set.query.isEmpty());
    QVERIFY(set.documents.size() >= 30);
    QVERIFY(set.hasLabels());
    const QList<RerankResult> results = m_bench->results();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).model, u"firststage"_s);
    QCOMPARE(results.at(1).model, Large);
    QCOMPARE(results.at(1).ranked.size(), 30);
    QVERIFY(m_bench->currentSetName().contains(queryId));
    QTRY_VERIFY(m_bench->labelMetricsTable()->model()->rowCount() > 0);
}

void TestEvaluateTab::secondRunSendsNothing()
{
    loadSampleAndRun();
    const int sent = m_server.requestCount();
    QVERIFY(sent > 0);
    const Eval::Report first = m_tab->report();
    QSignalSpy evaluated(m_tab.get(), &EvaluateTab::evaluated);
    m_tab->run();
    QVERIFY(evaluated.wait(60000));
    QCOMPARE(m_server.requestCount(), sent);
    QVERIFY2(m_tab->message().contains(u"cache"_s), qPrintable(m_tab->message()));
    QCOMPARE(m_tab->report().systems.size(), first.systems.size());
    for (int i = 0; i < first.systems.size(); ++i)
        QCOMPARE(m_tab->report().systems.at(i).evaluation.mean,
                 first.systems.at(i).evaluation.mean);
}

void TestEvaluateTab::escapeCancelsARun()
{
    QSignalSpy imported(m_tab.get(), &EvaluateTab::importFinished);
    m_tab->loadSample();
    QVERIFY(imported.wait(30000));
    m_server.setDefaultFault(u"slow-first=5000"_s);
    QSignalSpy finished(m_tab.get(), &EvaluateTab::runFinished);
    m_tab->run();
    QVERIFY(m_tab->isRunning());
    QTRY_VERIFY(m_server.requestCount() > 0);
    m_tab->systemList()->setFocus();
    QVERIFY(m_tab->cancelAction()->isEnabled());
    QTest::keyClick(m_tab->systemList(), Qt::Key_Escape);
    QTRY_COMPARE(finished.size(), 1); // the jobs stop at once: it may already have come
    QVERIFY(!m_tab->isRunning());
    QVERIFY2(m_tab->message().contains(u"Cancelled"_s), qPrintable(m_tab->message()));
    QVERIFY(m_tab->runAction()->isEnabled());
    // The progress says what has a score: nothing came back before Cancel.
    QVERIFY2(m_tab->progressText().contains(u"0.6B: 0/600 documents scored"_s),
             qPrintable(m_tab->progressText()));
    QCOMPARE(m_tab->store()->cachedScoreCount(), 0);
}

void TestEvaluateTab::badImportNamesFileAndLine()
{
    // Without a set there is nothing to judge.
    QPushButton *judge = nullptr;
    for (QPushButton *button : m_tab->findChildren<QPushButton *>()) {
        if (button->text() == u"&Judge Labels…"_s)
            judge = button;
    }
    QVERIFY(judge);
    QVERIFY(!judge->isEnabled());
    const QString topics = m_dir.filePath(u"topics.tsv"_s);
    const QString qrels = m_dir.filePath(u"qrels.txt"_s);
    const QString docs = m_dir.filePath(u"docs.tsv"_s);
    for (const auto &[path, text] : { std::pair{ topics, "q1\tfirst query\n" },
                                      std::pair{ qrels, "q1 0 d1 1\nq1 0 d2 not-a-grade\n" },
                                      std::pair{ docs, "d1\tone\nd2\ttwo\n" } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    EvalImport::Source source;
    source.format = EvalImport::Source::Format::Trec;
    source.topicsFile = topics;
    source.qrelsFile = qrels;
    source.documentsFile = docs;
    QSignalSpy imported(m_tab.get(), &EvaluateTab::importFinished);
    m_tab->startImport(source);
    QVERIFY(imported.wait(30000));
    QVERIFY(!imported.constFirst().at(0).value<EvalImport::Result>().ok);
    QVERIFY2(m_tab->message().contains(u"qrels.txt"_s) && m_tab->message().contains(u"2"_s),
             qPrintable(m_tab->message()));
    // … and says what to do.
    QVERIFY2(m_tab->message().contains(u"Nothing was imported: correct the file"_s),
             qPrintable(m_tab->message()));
    QCOMPARE(m_tab->store()->listSets().size(), 0); // nothing half-imported
}

void TestEvaluateTab::exportsWriteSummaryTrecAndRanx()
{
    loadSampleAndRun();
    QTemporaryDir out;
    QString error;
    QVERIFY2(m_tab->exportSummary(out.filePath(u"summary.csv"_s), false, &error),
             qPrintable(error));
    QVERIFY(m_tab->exportSummary(out.filePath(u"summary.md"_s), true, &error));
    QVERIFY2(m_tab->exportTrec(out.path(), &error), qPrintable(error));
    QVERIFY2(m_tab->exportRanx(out.path(), &error), qPrintable(error));
    QFile csv(out.filePath(u"summary.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray head = csv.readLine();
    QVERIFY(head.startsWith("System,ndcg_cut_10,map,recip_rank,P_10,recall_100"));
    QVERIFY(QFile::exists(out.filePath(u"Qwen_Qwen3-Reranker-8B.trec"_s)));
    QVERIFY(QFile::exists(out.filePath(u"firststage.trec"_s)));
    QVERIFY(QFile::exists(out.filePath(u"rrf.trec"_s)));
    QVERIFY(QFile::exists(out.filePath(u"qrels.trec"_s)));
    QVERIFY(QFile::exists(out.filePath(u"rrf.json"_s)));
    QVERIFY(QFile::exists(out.filePath(u"qrels.json"_s)));
    // The TREC run reads back and evaluates to the summary's number.
    Eval::TrecFormat::Error readError;
    const auto run = Eval::TrecFormat::readRunFile(out.filePath(u"rrf.trec"_s), &readError);
    QVERIFY(run);
    const auto qrels = Eval::TrecFormat::readQrelsFile(out.filePath(u"qrels.trec"_s), &readError);
    QVERIFY(qrels);
    const Eval::Evaluation again = Eval::evaluate(*qrels, *run, m_tab->report().measures);
    QCOMPARE(again.mean, m_tab->report().systems.at(4).evaluation.mean);
}

void TestEvaluateTab::fitsSmallWindows()
{
    loadSampleAndRun();
    // 800×600 and 1000×720 windows, less the menu bar, tab bar and status bar.
    const QSize minimum = m_tab->minimumSizeHint();
    QVERIFY2(minimum.width() <= 780 && minimum.height() <= 500,
             qPrintable(u"%1×%2"_s.arg(minimum.width()).arg(minimum.height())));
    for (const QSize size : { QSize(780, 500), QSize(980, 620) }) {
        m_tab->resize(size);
        QTRY_COMPARE(m_tab->size(), size);
        // The Run button and the summary are on screen.
        QVERIFY(m_tab->runAction()->isEnabled());
        QVERIFY(m_tab->summaryView()->isVisible());
        QVERIFY(m_tab->summaryView()->height() > 100);
    }
}

// Opening sets, evaluating and opening a query read the set on workers: the GUI thread's
// connection runs no statement on the eval_ tables, and the tab says what it is doing meanwhile.
void TestEvaluateTab::guiThreadReadsNoSetData()
{
    SqlTrace trace(m_db->connection(), "eval_");
    QVERIFY(trace.isValid());
    QSignalSpy imported(m_tab.get(), &EvaluateTab::importFinished);
    m_tab->loadSample();
    QVERIFY(imported.wait(30000));
    QVERIFY(imported.constFirst().at(0).value<EvalImport::Result>().ok);
    const qint64 sample = m_tab->currentSetId();

    // A second set, then back to the sample: the list and the systems come from a worker.
    EvalImport::Source source;
    source.format = EvalImport::Source::Format::Beir;
    source.name = u"again"_s;
    source.folder = u":/sift/eval-sample"_s;
    m_tab->startImport(source);
    QVERIFY(imported.wait(30000));
    QCOMPARE(m_tab->setCombo()->count(), 2);
    QVERIFY(m_tab->currentSetId() != sample);
    QSignalSpy shown(m_tab.get(), &EvaluateTab::setsShown);
    QVERIFY(m_tab->openSet(sample));
    QVERIFY(m_tab->isReadingSets());
    QVERIFY(!m_tab->runAction()->isEnabled()); // until the systems are read
    QVERIFY(shown.wait(30000));
    QVERIFY(m_tab->systemNames().contains(u"firststage"_s));
    QVERIFY(m_tab->runAction()->isEnabled());

    // Evaluate the stored first stage (no reranker: nothing to score).
    for (const QString &model : { Small, Medium, Large })
        m_tab->setSystemChecked(model, false);
    QCOMPARE(m_tab->checkedSystems(), QStringList{ u"firststage"_s });
    QSignalSpy evaluated(m_tab.get(), &EvaluateTab::evaluated);
    m_tab->run();
    QVERIFY(m_tab->isEvaluating());
    QVERIFY2(m_tab->progressText().contains(u"Reading"_s), qPrintable(m_tab->progressText()));
    QVERIFY(!m_tab->runAction()->isEnabled());
    QVERIFY(evaluated.wait(30000));
    QCOMPARE(m_tab->report().systems.size(), 1);
    QVERIFY(m_tab->report().systems.first().evaluation.mean.value(0) > 0.0);
    QVERIFY(m_tab->progressText().isEmpty());
    QVERIFY(m_tab->runAction()->isEnabled());

    QSignalSpy requested(m_tab.get(), &EvaluateTab::workbenchRequested);
    QVERIFY(m_tab->openQueryInWorkbench(m_tab->queryProxy()->index(0, 0).data().toString()));
    QVERIFY(requested.wait(30000));
    QVERIFY(m_bench->resultSet().hasLabels());

    QVERIFY2(trace.statements().isEmpty(), trace.statements().join("\n").constData());
}

// Import → TREC Files… opens the dialog once the menu is closed, without a loop of its own:
// the action returns at once, and after Import no menu is open again.
void TestEvaluateTab::importMenuOpensTheDialogAfterItCloses()
{
    const QString topics = m_dir.filePath(u"t.tsv"_s);
    const QString qrels = m_dir.filePath(u"q.txt"_s);
    const QString docs = m_dir.filePath(u"d.tsv"_s);
    for (const auto &[path, text] :
         { std::pair{ topics, "q1\tfirst query\n" }, std::pair{ qrels, "q1 0 d1 1\n" },
           std::pair{ docs, "d1\tone\n" } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    // A watchdog, not a wait: a dialog run with exec() would block trigger() until it closes.
    bool blocked = false;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, this, [&] {
        blocked = true;
        for (QDialog *dialog : m_tab->findChildren<QDialog *>())
            dialog->reject();
    });
    watchdog.start(10000);
    QAction *trec = m_tab->importButton()->menu()->actions().at(1);
    QCOMPARE(trec->text(), u"&TREC Files…"_s);
    trec->trigger();
    QVERIFY(!blocked);
    watchdog.stop();
    EvalImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_tab->findChild<EvalImportDialog *>()) && dialog->isVisible());
    // Import… again while it is open: the same dialog, not a second one.
    QCOMPARE(m_tab->openImportDialog(EvalImport::Source::Format::Beir), dialog);
    QCOMPARE(m_tab->findChildren<EvalImportDialog *>().size(), 1);
    dialog->topicsEdit()->setText(topics);
    dialog->qrelsEdit()->setText(qrels);
    dialog->documentsEdit()->setText(docs);
    QSignalSpy imported(m_tab.get(), &EvaluateTab::importFinished);
    dialog->accept();
    QVERIFY(imported.wait(30000));
    QVERIFY(imported.constFirst().at(0).value<EvalImport::Result>().ok);
    QVERIFY(!QApplication::activePopupWidget());
    QVERIFY(!m_tab->importButton()->menu()->isVisible());
}

// Alt+I shows the Import menu once (it popped up a second time when the button's click ended).
void TestEvaluateTab::altIShowsTheImportMenuOnce()
{
    QSignalSpy shown(m_tab->importButton()->menu(), &QMenu::aboutToShow);
    // Closes each menu as it pops up (a menu runs its own loop until closed).
    QTimer closer;
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, this, [] {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    });
    closer.start();
    m_tab->systemList()->setFocus();
    QTest::keyClick(m_tab->systemList(), Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(shown.size() >= 1);
    // The mnemonic's animated click ends with the button up.
    QTRY_VERIFY(!m_tab->importButton()->isDown());
    QCoreApplication::processEvents();
    QCOMPARE(shown.size(), 1);
}

// Above the cost threshold Run asks first (a model without a price always asks): Cancel sends
// nothing, Yes runs; below it, Run goes ahead without asking.
void TestEvaluateTab::costAboveThresholdAsksFirst()
{
    QSignalSpy imported(m_tab.get(), &EvaluateTab::importFinished);
    m_tab->loadSample();
    QVERIFY(imported.wait(30000));
    QVERIFY(imported.constFirst().at(0).value<EvalImport::Result>().ok);
    m_tab->setSystemChecked(Medium, false);
    m_tab->setSystemChecked(Large, false);
    m_tab->setSystemChecked(u"firststage"_s, false);
    QCOMPARE(m_tab->checkedSystems(), QStringList{ Small });

    // Answers each question as it opens (QMessageBox::question runs its own loop), and keeps
    // what it asked.
    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    QTimer answerer;
    answerer.setInterval(10);
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked.append(box->text());
        box->button(answer)->click();
    });
    answerer.start();

    m_tab->setConfirmAboveDollars(0.0);
    QSignalSpy evaluated(m_tab.get(), &EvaluateTab::evaluated);
    m_tab->run();
    QTRY_COMPARE(asked.size(), 1);
    QVERIFY2(asked.at(0).contains(u"600"_s) && asked.at(0).contains(u"Run it?"_s),
             qPrintable(asked.at(0)));
    QTRY_VERIFY(!m_tab->isRunning());
    QVERIFY2(m_tab->message().contains(u"nothing was sent"_s), qPrintable(m_tab->message()));
    QVERIFY(m_tab->runAction()->isEnabled());
    QCOMPARE(m_server.requestCount(), 0);
    QCOMPARE(m_tab->store()->cachedScoreCount(), 0);
    QCOMPARE(evaluated.size(), 0);

    answer = QMessageBox::Yes;
    m_tab->run();
    QVERIFY(evaluated.wait(60000));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(m_server.requestCount(), 2); // 600 pairs, 512 to a request
    QCOMPARE(m_tab->store()->cachedScoreCount(), 600);
    QCOMPARE(m_tab->report().systems.size(), 1);

    // Below the threshold: no question.
    m_tab->setConfirmAboveDollars(1000.0);
    m_tab->setSystemChecked(Large, true);
    m_tab->run();
    QVERIFY(evaluated.wait(60000));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(m_server.requestCount(), 4);
    QCOMPARE(m_tab->report().systems.size(), 2);
}

// Save Chart… on the per-query and the cost/quality pages writes the chart as a PNG file.
void TestEvaluateTab::saveChartWritesPng()
{
    loadSampleAndRun();
    QTemporaryDir out;
    QString dialogCaption;
    QString target;
    // Fills in the save dialog as it opens (a modal dialog runs its own loop).
    QTimer chooser;
    chooser.setInterval(10);
    connect(&chooser, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogCaption = dialog->windowTitle();
        dialog->selectFile(target);
        QMetaObject::invokeMethod(dialog, "accept"); // a protected slot, as Save presses it
    });
    chooser.start();
    const QList<std::pair<QString, QWidget *>> charts{
        { u"Save the difference chart as PNG"_s, m_tab->differenceChart() },
        { u"Save the chart as PNG"_s, m_tab->scatterChart() },
    };
    for (const auto &[tip, chart] : charts) {
        QPushButton *save = nullptr;
        for (QPushButton *button : m_tab->findChildren<QPushButton *>()) {
            if (button->text() == u"Save Chart…"_s && button->toolTip() == tip)
                save = button;
        }
        QVERIFY2(save, qPrintable(tip));
        m_tab->views()->setCurrentWidget(save->parentWidget());
        QTRY_VERIFY(save->isVisible() && chart->isVisible());
        target = out.filePath(u"%1.png"_s.arg(QLatin1StringView(chart->metaObject()->className())));
        dialogCaption.clear();
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(target));
        QCOMPARE(dialogCaption, u"Save Chart"_s);
        QTRY_VERIFY2(m_tab->message().contains(u"Saved"_s), qPrintable(m_tab->message()));
        QImageReader reader(target);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QVERIFY(QFileInfo(target).size() > 0);
        QCOMPARE(image.size(), chart->size() * chart->devicePixelRatio());
        // Something was drawn: more than the background's colour.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 2);
    }
}

// Forward Tab goes through the top bar, the systems and the run controls in screen order: Judge
// Labels… (created last) came between the model id field and Add.
void TestEvaluateTab::tabFollowsTheScreen()
{
    QSignalSpy imported(m_tab.get(), &EvaluateTab::importFinished);
    m_tab->loadSample();
    QVERIFY(imported.wait(30000));
    QVERIFY(imported.constFirst().at(0).value<EvalImport::Result>().ok);
    m_tab->setCombo()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_tab->setCombo()->hasFocus());
    QStringList visited;
    for (int i = 0; i < 11; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (auto *button = qobject_cast<QAbstractButton *>(focus))
            visited << button->text();
        else
            visited << focus->accessibleName();
    }
    const QStringList expected = { u"Load Sam&ple"_s,
                                   u"&Import…"_s,
                                   u"&Delete Set"_s,
                                   u"&Judge Labels…"_s,
                                   u"Systems to compare"_s,
                                   u"Rerank model id to add"_s,
                                   u"Add"_s,
                                   u"Fusion method"_s,
                                   u"Fuse Checked"_s,
                                   u"Measures"_s,
                                   u"R&un"_s };
    QCOMPARE(visited, expected);
}

// The cost question counts the models that have pairs to score (not those the cache answers
// wholly) and names each model without a price; the cost chart says which systems it leaves
// out for want of a price instead of dropping them silently.
void TestEvaluateTab::costQuestionCountsModelsToScoreAndNamesUnpriced()
{
    const QString unpriced = u"test/unpriced-reranker"_s;
    QVERIFY(!m_catalog->find(unpriced));
    QSignalSpy imported(m_tab.get(), &EvaluateTab::importFinished);
    m_tab->loadSample();
    QVERIFY(imported.wait(30000));
    QVERIFY(imported.constFirst().at(0).value<EvalImport::Result>().ok);
    m_tab->setSystemChecked(Medium, false);
    m_tab->setSystemChecked(Large, false);
    QSignalSpy evaluated(m_tab.get(), &EvaluateTab::evaluated);
    m_tab->run(); // Small into the cache, no question (the threshold is infinite)
    QVERIFY(evaluated.wait(60000));
    QCOMPARE(m_tab->store()->cachedScoreCount(), 600);
    QVERIFY(m_tab->scatterLeftOutText().isEmpty());

    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    QTimer answerer;
    answerer.setInterval(10);
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked.append(box->text());
        box->button(answer)->click();
    });
    answerer.start();
    m_tab->addModel(unpriced, true);
    m_tab->setConfirmAboveDollars(0.0);
    const int before = m_server.requestCount();
    m_tab->run();
    QTRY_COMPARE(asked.size(), 1);
    QTRY_VERIFY(!m_tab->isRunning());
    QCOMPARE(m_server.requestCount(), before);
    // Small has every score cached: one model is to be scored, the one without a price.
    QVERIFY2(asked.at(0).contains(u"pairs the cache lacks with 1 model,"_s),
             qPrintable(asked.at(0)));
    QVERIFY2(asked.at(0).contains(u"no price in the catalog for "_s + unpriced),
             qPrintable(asked.at(0)));

    answer = QMessageBox::Yes;
    m_tab->run();
    QVERIFY(evaluated.wait(60000));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(m_tab->report().systems.size(), 3); // Small, the unpriced model, the first stage
    const QString leftOut = m_tab->scatterLeftOutText();
    QVERIFY2(leftOut.contains(unpriced) && !leftOut.contains(Small), qPrintable(leftOut));
}

// The Export menu, like the Import menu, has an access key on each item, each a different one.
void TestEvaluateTab::exportMenuHasAccessKeys()
{
    QToolButton *exportButton = nullptr;
    for (QToolButton *button : m_tab->findChildren<QToolButton *>()) {
        if (button->text() == u"E&xport"_s)
            exportButton = button;
    }
    QVERIFY(exportButton && exportButton->menu());
    QSet<QChar> keys;
    const QList<QAction *> actions = exportButton->menu()->actions();
    QCOMPARE(actions.size(), 4);
    for (QAction *action : actions) {
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        QVERIFY2(!key.isEmpty(), qPrintable(action->text()));
        const QChar letter = action->text().at(action->text().indexOf(u'&') + 1).toLower();
        QVERIFY2(!keys.contains(letter), qPrintable(action->text()));
        keys.insert(letter);
    }
}

// Keyboard only in the import dialog: each file row's access key (F&older:, &Topics:, &Qrels:,
// &Documents:, &Set files:, First-stage &run:) puts the keyboard in its field; Alt+O did nothing,
// and Set &files: shared Alt+F with &Format:.
void TestEvaluateTab::importDialogLabelsReachTheirFields()
{
    using Format = EvalImport::Source::Format;
    const QList<std::tuple<Format, Qt::Key, QString>> rows{
        { Format::Beir, Qt::Key_O, u"BEIR Folder"_s },
        { Format::Beir, Qt::Key_R, u"First-Stage Run"_s },
        { Format::Trec, Qt::Key_T, u"Topics"_s },
        { Format::Trec, Qt::Key_Q, u"Qrels"_s },
        { Format::Trec, Qt::Key_D, u"Documents"_s },
        { Format::Workbench, Qt::Key_S, u"Workbench Sets"_s }, // Alt+F is Format
    };
    EvalImportDialog *dialog = m_tab->openImportDialog(Format::Beir);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
    for (const auto &[format, key, field] : rows) {
        dialog->setFormat(format);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier); // Name
        QTRY_VERIFY(QApplication::focusWidget()
                    && QApplication::focusWidget()->accessibleName() != field);
        QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(focus->accessibleName(), field);
        QVERIFY(qobject_cast<QLineEdit *>(focus));
    }
    dialog->reject();
}

// A model the server refuses: after the run the message still says why (the measures that follow
// replaced it with "No results yet …: Run scores them."), and the progress says what was scored
// (its failed pairs had counted as done: "20/20 queries · 600/600 documents").
void TestEvaluateTab::failedModelKeepsItsError()
{
    const QString refused = Small + u"@status=400"_s; // the fake server's fault, not retried
    QSignalSpy imported(m_tab.get(), &EvaluateTab::importFinished);
    m_tab->loadSample();
    QVERIFY(imported.wait(30000));
    QVERIFY(imported.constFirst().at(0).value<EvalImport::Result>().ok);
    m_tab->setSystemChecked(Medium, false);
    m_tab->setSystemChecked(Large, false);
    m_tab->addModel(refused, true);
    QSignalSpy evaluated(m_tab.get(), &EvaluateTab::evaluated);
    m_tab->run();
    QVERIFY(evaluated.wait(60000));
    QCOMPARE(m_tab->report().systems.size(), 2); // Small and the first stage
    const QString message = m_tab->message();
    QVERIFY2(message.contains(refused) && message.contains(u"The server refused"_s),
             qPrintable(message));
    QVERIFY2(!message.contains(u"Run scores them"_s), qPrintable(message));
    QVERIFY2(m_tab->progressText().contains(u"0/600 documents scored"_s),
             qPrintable(m_tab->progressText()));
}

// Export and Save Chart… are enabled once there is an evaluation: before, Export asked for a file
// name and only then said "Run an evaluation first."
void TestEvaluateTab::exportWaitsForAnEvaluation()
{
    QList<QWidget *> buttons;
    for (QAbstractButton *button : m_tab->findChildren<QAbstractButton *>()) {
        if (button->text() == u"E&xport"_s || button->text() == u"Save Chart…"_s)
            buttons.append(button);
    }
    QCOMPARE(buttons.size(), 3);
    for (QWidget *button : std::as_const(buttons))
        QVERIFY2(!button->isEnabled(), qPrintable(button->toolTip()));
    loadSampleAndRun();
    for (QWidget *button : std::as_const(buttons))
        QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
}

// "Scored 1.800 pairs." in German: the count has the locale's group separator.
void TestEvaluateTab::scoredCountFollowsTheLocale()
{
    const QLocale before;
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    loadSampleAndRun();
    QCOMPARE(m_tab->message(), u"Scored 1.800 pairs."_s);
}

// The first stage and a fusion are not rerankers: their columns say what they are, not
// "0 ms · 0 tokens · cost unknown". Opening the same query again reuses its workbench set.
void TestEvaluateTab::reopenedQueryReusesItsSetAndNamesItsSystems()
{
    loadSampleAndRun();
    m_tab->setComparedSystems(u"firststage"_s, u"rrf"_s);
    m_tab->views()->setCurrentIndex(1);
    QTableView *view = m_tab->queryView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    const QString queryId = view->currentIndex().data().toString();
    QSignalSpy requested(m_tab.get(), &EvaluateTab::workbenchRequested);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(requested.wait(30000));
    QCOMPARE(m_bench->modelStatusText(u"firststage"_s), u"first stage"_s);
    QCOMPARE(m_bench->modelStatusText(u"rrf"_s), u"fusion"_s);
    const qsizetype sets = m_bench->store()->listSets().size();
    const QString name = m_bench->currentSetName();

    m_tab->setComparedSystems(u"firststage"_s, Large);
    QVERIFY(m_tab->openQueryInWorkbench(queryId));
    QVERIFY(requested.wait(30000));
    QCOMPARE(m_bench->store()->listSets().size(), sets);
    QCOMPARE(m_bench->currentSetName(), name);
    QCOMPARE(m_bench->modelStatusText(Large), u"scored in the evaluation"_s);
}

// Five models, two with long ids, at 800 pixels: the progress lines are elided in the room kept
// for them (the whole text in the tooltip), so Run and Cancel do not move up mid-run.
void TestEvaluateTab::runButtonsStayPutWhileProgressShows()
{
    m_tab->resize(800, 600);
    QSignalSpy imported(m_tab.get(), &EvaluateTab::importFinished);
    m_tab->loadSample();
    QVERIFY(imported.wait(30000));
    const QString longA = u"example-org/an-uncommonly-long-reranker-model-name-v2-preview"_s;
    const QString longB = u"example-org/another-uncommonly-long-reranker-model-name-v3"_s;
    m_tab->addModel(longA, true);
    m_tab->addModel(longB, true);
    QPushButton *run = nullptr;
    QPushButton *cancel = nullptr;
    for (QPushButton *b : m_tab->findChildren<QPushButton *>()) {
        if (b->text() == u"R&un"_s)
            run = b;
        else if (b->text() == u"Cancel"_s)
            cancel = b;
    }
    QVERIFY(run && cancel);
    const auto where
        = [this](QWidget *w) { return QRect(w->mapTo(m_tab.get(), QPoint()), w->size()); };
    const QRect runBefore = where(run);
    const QRect cancelBefore = where(cancel);

    m_server.setDefaultFault(u"slow-first=300"_s);
    QSignalSpy finished(m_tab.get(), &EvaluateTab::runFinished);
    m_tab->run();
    QVERIFY(m_tab->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->progressText().count(u'\n') >= 4, 20000); // five lines
    QVERIFY(m_tab->isRunning());
    QCOMPARE(where(run), runBefore);
    QCOMPARE(where(cancel), cancelBefore);
    QVERIFY2(m_tab->progressText().contains(u"an-uncommonly-long"_s),
             qPrintable(m_tab->progressText()));
    m_tab->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(where(run), runBefore);
}

// Ctrl+Tab and Ctrl+Shift+Tab go to the next and previous result page when the keyboard is in
// them, as a QTabWidget does; from the pages' Measure boxes too (they took the keys as typing).
void TestEvaluateTab::ctrlTabSwitchesTheResultPages()
{
    QTabWidget *views = m_tab->views();
    views->setCurrentIndex(0);
    m_tab->summaryView()->setFocus();
    QVERIFY(m_tab->summaryView()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(views->currentIndex(), 1);
    m_tab->queryView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(views->currentIndex(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(views->currentIndex(), 1);
    m_tab->queryView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(views->currentIndex(), 0);
}

// A model added by hand, a fusion and what is checked come back after a restart, before any
// of them has run (only finished runs are in the set's file).
void TestEvaluateTab::chosenSystemsSurviveARestart()
{
    Config config(m_dir.filePath(u"sift-%1.ini"_s.arg(m_dbCount)));
    m_tab->setConfig(&config);
    QSignalSpy imported(m_tab.get(), &EvaluateTab::importFinished);
    m_tab->loadSample();
    QVERIFY(imported.wait(30000));
    m_tab->addModel(u"example-org/hand-added-reranker"_s, true);
    m_tab->setSystemChecked(Medium, false);
    QCOMPARE(m_tab->addFusion(u"rrf"_s), u"rrf"_s);
    const QStringList checked = m_tab->checkedSystems();
    QVERIFY(checked.contains(u"example-org/hand-added-reranker"_s));

    // Sift again: a new tab on the same history file and settings.
    m_tab = std::make_unique<EvaluateTab>();
    m_tab->setApiClient(m_client.get());
    m_tab->setCatalog(m_catalog.get());
    m_tab->setConfig(&config);
    QSignalSpy shown(m_tab.get(), &EvaluateTab::setsShown);
    m_tab->setDatabase(m_db.get());
    QVERIFY(shown.wait(30000));
    QCOMPARE(m_tab->setCombo()->currentText(), u"BEIR sample"_s);
    QCOMPARE(m_tab->checkedSystems(), checked);
    QVERIFY(!m_tab->checkedSystems().contains(Medium));
    m_tab.reset(); // before the settings it writes to
}

QTEST_MAIN(TestEvaluateTab)
#include "tst_evaluatetab.moc"
