// The rerank workbench driven like a user would: real ApiClient, RerankRun and widgets against
// the in-process fake server on 127.0.0.1.
#include "api/apiclient.h"
#include "config/config.h"
#include "fakeserver.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"
#include "rerankdocumentmodel.h"
#include "rerankresultmodel.h"
#include "rerankworkbench.h"
#include "slopegraphchart.h"
#include "store/database.h"
#include "store/workbenchstore.h"
#include "testclient.h"
#include "workbenchsetsdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Small = u"Qwen/Qwen3-Reranker-0.6B"_s;
const QString Medium = u"Qwen/Qwen3-Reranker-4B"_s;
const QString Large = u"Qwen/Qwen3-Reranker-8B"_s;

const QStringList FiveDocuments{
    u"Rerankers improve search results by scoring query and document pairs"_s,
    u"The Eiffel Tower is in Paris"_s,
    u"Search results get better when a reranker reorders the candidates"_s,
    u"Bread needs flour, water and salt"_s,
    u"How rerankers work: score every candidate, then sort"_s,
};

} // namespace

class TestRerankWorkbench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultModelsAreTheQwenRerankers();
    void pasteSplitsDocuments_data();
    void pasteSplitsDocuments();
    void editDocumentsWithKeys();
    void runTwoModelsShowsRankingsAndComparison();
    void comparisonOrderIsTheChosenOrder();
    void labelKeysShowLabelMetrics();
    void threeModelsCompareEveryPair();
    void failingModelShowsErrorAndKeepsOthers();
    void cancelKeepsWorkbenchUsable();
    void runWithoutInputTellsWhatToDo_data();
    void runWithoutInputTellsWhatToDo();
    void exportResultsAsCsvAndJson();
    void saveAndOpenSetRoundTrips();
    void importFileAppendsDocuments();
    void controlsHaveAccessibleNames();
    void runAndSaveThenReopenAtNextStart();
    void setsDialogFiltersRenamesDeletesOpens();
    void exportImportRoundTrip();
    void storageErrorKeepsWork();
    void interruptedResultsShowSo();
    void pickerAddsRerankModels();
    void firstSaveAsksName();
    void labelsAndEditsAreNeverLost();
    void serverErrorIsPlainText();
    void comparisonShowsShortModelNames();
    void exportJsonIsSelfContained();
    void importReadsLabelColumn();
    void retryButtonRunsFailedModelAgain();
    void loadExampleFillsTheWorkbench();
    void messageDoesNotMoveButtons();
    void largeRunAsksFirst();
    void tabReachesModelsRunAndRankings();

private:
    template<typename T>
    T *byName(const QString &accessibleName) const;
    void fill(const QString &query, const QStringList &documents);
    void checkOnly(const QStringList &models);
    void runAndWait();

    FakeServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ModelCatalog> m_catalog;
    std::unique_ptr<RerankWorkbench> m_bench;
};

void TestRerankWorkbench::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dir.isValid());
}

void TestRerankWorkbench::init()
{
    m_server.setDefaultFault(FakeFault());
    m_server.clearRequests();

    m_client = makeRerankTestClient(m_server);
    m_catalog = std::make_unique<ModelCatalog>();

    m_bench = std::make_unique<RerankWorkbench>();
    m_bench->setApiClient(m_client.get());
    m_bench->setCatalog(m_catalog.get());
    m_bench->resize(1280, 800);
    m_bench->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bench.get()));
    m_bench->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_bench.get()));
}

void TestRerankWorkbench::cleanup()
{
    m_bench.reset();
    m_catalog.reset();
    m_client.reset();
}

template<typename T>
T *TestRerankWorkbench::byName(const QString &accessibleName) const
{
    const QList<T *> all = m_bench->findChildren<T *>();
    for (T *widget : all) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

// Types the query and pastes the documents with Ctrl+V into the table, as a user would.
void TestRerankWorkbench::fill(const QString &query, const QStringList &documents)
{
    auto *queryEdit = byName<QLineEdit>(u"Query"_s);
    QVERIFY(queryEdit);
    queryEdit->setFocus();
    QTest::keyClicks(queryEdit, query);
    QApplication::clipboard()->setText(documents.join(u'\n'));
    m_bench->documentView()->setFocus();
    QTest::keyClick(m_bench->documentView(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_bench->documentModel()->rowCount(), documents.size());
}

void TestRerankWorkbench::checkOnly(const QStringList &models)
{
    auto *list = byName<QListWidget>(u"Rerank models"_s);
    QVERIFY(list);
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Unchecked);
    for (const QString &model : models) {
        bool found = false;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text() == model) {
                list->item(i)->setCheckState(Qt::Checked);
                found = true;
            }
        }
        if (!found) {
            // Custom ids go through the "Add model id…" picker.
            auto *picker = byName<ModelPicker>(u"Model id to add"_s);
            QVERIFY(picker);
            QLineEdit *field = picker->lineEdit();
            field->setFocus();
            QTest::keyClicks(field, model);
            QTest::keyClick(field, Qt::Key_Return);
        }
    }
    QCOMPARE(m_bench->checkedModels(), models);
}

void TestRerankWorkbench::runAndWait()
{
    QSignalSpy finished(m_bench.get(), &RerankWorkbench::runFinished);
    auto *queryEdit = byName<QLineEdit>(u"Query"_s);
    queryEdit->setFocus();
    QTest::keyClick(queryEdit, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_bench->isRunning());
    QVERIFY(!m_bench->runAction()->isEnabled());
    QVERIFY(m_bench->cancelAction()->isEnabled());
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_bench->isRunning());
    QVERIFY(m_bench->runAction()->isEnabled());
}

void TestRerankWorkbench::defaultModelsAreTheQwenRerankers()
{
    QCOMPARE(m_bench->checkedModels(), QStringList({ Small, Medium, Large }));
}

void TestRerankWorkbench::pasteSplitsDocuments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("documents");
    QTest::newRow("lines") << u"one\ntwo\nthree"_s << QStringList{ u"one"_s, u"two"_s, u"three"_s };
    QTest::newRow("blocks") << u"first line\nstill first\n\nsecond\n\n\nthird"_s
                            << QStringList{ u"first line\nstill first"_s, u"second"_s, u"third"_s };
    QTest::newRow("crlf and blanks") << u"  a  \r\n\r\n b\r\n"_s << QStringList{ u"a"_s, u"b"_s };
}

void TestRerankWorkbench::pasteSplitsDocuments()
{
    QFETCH(QString, text);
    QFETCH(QStringList, documents);
    QApplication::clipboard()->setText(text);
    m_bench->documentView()->setFocus();
    QTest::keyClick(m_bench->documentView(), Qt::Key_V, Qt::ControlModifier);
    QStringList got;
    for (const RerankDocument &document : m_bench->documentModel()->documents())
        got << document.text;
    QCOMPARE(got, documents);
    auto *counter = byName<QLabel>(u"Document count"_s);
    QVERIFY(counter);
    QTRY_VERIFY(counter->text().startsWith(QString::number(documents.size()) + u' '));
}

void TestRerankWorkbench::editDocumentsWithKeys()
{
    m_bench->pasteDocuments(u"a\nb\nc"_s);
    QTableView *view = m_bench->documentView();
    RerankDocumentModel *model = m_bench->documentModel();
    view->setFocus();
    view->setCurrentIndex(model->index(0, RerankDocumentModel::TextColumn));
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(model->documents().at(1).text, u"a"_s);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(model->documents().at(0).text, u"a"_s);
    QTest::keyClick(view, Qt::Key_2);
    QCOMPARE(model->label(0), 2);
    QCOMPARE(model->index(0, RerankDocumentModel::LabelColumn).data().toString(), u"2"_s);
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(model->label(0), -1);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->documents().at(0).text, u"b"_s);
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(model->rowCount(), 3);
    // The new row opens in its editor.
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QCOMPARE(view->currentIndex().row(), 1);
}

void TestRerankWorkbench::runTwoModelsShowsRankingsAndComparison()
{
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, Large });
    runAndWait();

    for (const QString &model : { Small, Large }) {
        QListView *list = m_bench->resultView(model);
        QVERIFY2(list, qPrintable(model));
        QAbstractItemModel *results = list->model();
        QCOMPARE(results->rowCount(), 5);
        double previous = 2.0;
        for (int row = 0; row < 5; ++row) {
            const QModelIndex index = results->index(row, 0);
            QCOMPARE(index.data(RerankResultModel::RankRole).toInt(), row + 1);
            const double score = index.data(RerankResultModel::ScoreRole).toDouble();
            QVERIFY(score <= previous);
            previous = score;
            QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
        }
        // The overlapping documents rank above the unrelated ones.
        const int top = results->index(0, 0).data(RerankResultModel::DocumentIndexRole).toInt();
        QVERIFY(top == 0 || top == 2 || top == 4);
        const QString status = m_bench->modelStatusText(model);
        QVERIFY2(status.contains(u"tokens"_s), qPrintable(status));
        QVERIFY2(status.contains(u'$'), qPrintable(status));
        QVERIFY(m_bench->modelErrorText(model).isEmpty());
    }

    // The comparison: τ as a number for the one pair, and a five-line slopegraph.
    QTRY_COMPARE(m_bench->pairTable()->model()->rowCount(), 1);
    QAbstractItemModel *pairs = m_bench->pairTable()->model();
    QCOMPARE(pairs->headerData(2, Qt::Horizontal).toString(), u"Kendall τ"_s);
    bool ok = false;
    const double tau = QLocale().toDouble(pairs->index(0, 2).data().toString(), &ok);
    QVERIFY2(ok, qPrintable(pairs->index(0, 2).data().toString()));
    QVERIFY(tau >= -1.0 && tau <= 1.0);
    QVERIFY(m_bench->pairTable()->isVisible());
    QCOMPARE(m_bench->slopegraph()->lineCount(), 5);
    QCOMPARE(m_bench->slopegraph()->modelA(), Small);
    QCOMPARE(m_bench->slopegraph()->modelB(), Large);
    QVERIFY(m_bench->slopegraph()->isVisible());
    // No labels yet: no label metrics.
    QVERIFY(!m_bench->labelMetricsTable()->isVisible());

    // Every request asked for the five documents with the query repeated.
    QCOMPARE(m_server.requestCount(), 2);
    const QJsonObject body = QJsonDocument::fromJson(m_server.requests().at(0).body).object();
    QCOMPARE(body.value(u"documents"_s).toArray().size(), 5);
    QCOMPARE(body.value(u"queries"_s).toArray().size(), 5);
}

void TestRerankWorkbench::comparisonOrderIsTheChosenOrder()
{
    // The first model answers last: the slopegraph still puts it on the left.
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, Large });
    m_server.enqueueFault(u"slow-first=400"_s);
    m_server.enqueueFault(FakeFault());
    runAndWait();
    QTRY_COMPARE(m_bench->pairTable()->model()->rowCount(), 1);
    QCOMPARE(m_server.requestCount(), 2);
    QVERIFY(m_server.requests().at(0).path.endsWith(Small.toUtf8()));
    QCOMPARE(m_bench->slopegraph()->modelA(), Small);
    QCOMPARE(m_bench->slopegraph()->modelB(), Large);
}

void TestRerankWorkbench::labelKeysShowLabelMetrics()
{
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, Large });
    runAndWait();
    QTRY_COMPARE(m_bench->pairTable()->model()->rowCount(), 1);
    QVERIFY(!m_bench->labelMetricsTable()->isVisible());

    // Label the top document of the first model as perfect from its ranked list.
    QListView *list = m_bench->resultView(Small);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    const int top = list->currentIndex().data(RerankResultModel::DocumentIndexRole).toInt();
    QTest::keyClick(list, Qt::Key_3);
    QCOMPARE(list->model()->index(0, 0).data(RerankResultModel::LabelRole).toInt(), 3);
    // The table row is the same document: its label follows.
    QCOMPARE(m_bench->documentModel()->label(top), 3);

    // And one from the document table.
    QTableView *table = m_bench->documentView();
    table->setFocus();
    const int other = top == 1 ? 3 : 1;
    table->setCurrentIndex(m_bench->documentModel()->index(other, 0));
    QTest::keyClick(table, Qt::Key_0);
    QCOMPARE(m_bench->documentModel()->label(other), 0);
    QCOMPARE(m_bench->resultSet().documents.at(other).label, 0);

    QTRY_VERIFY(m_bench->labelMetricsTable()->isVisible());
    QAbstractItemModel *metrics = m_bench->labelMetricsTable()->model();
    QCOMPARE(metrics->rowCount(), 2);
    QCOMPARE(metrics->headerData(1, Qt::Horizontal).toString(), u"nDCG@10"_s);
    // The first model put the perfect document first: nDCG and MRR are 1 and marked best.
    QCOMPARE(metrics->index(0, 0).data(Qt::UserRole).toString(), Small);
    QCOMPARE(QLocale().toDouble(metrics->index(0, 1).data().toString()), 1.0);
    QCOMPARE(QLocale().toDouble(metrics->index(0, 2).data().toString()), 1.0);
    QVERIFY(metrics->index(0, 2).data(Qt::UserRole + 1).toBool());
    QVERIFY(metrics->index(0, 2).data(Qt::FontRole).value<QFont>().bold());

    // A smaller k changes the headers.
    QSignalSpy updated(m_bench.get(), &RerankWorkbench::metricsUpdated);
    auto *k = byName<QSpinBox>(u"k for overlap, nDCG and recall"_s);
    QVERIFY(k);
    k->setValue(3);
    QVERIFY(updated.wait());
    QCOMPARE(m_bench->labelMetricsTable()->model()->headerData(1, Qt::Horizontal).toString(),
             u"nDCG@3"_s);
    QCOMPARE(m_bench->pairTable()->model()->headerData(3, Qt::Horizontal).toString(),
             u"Overlap@3"_s);
}

void TestRerankWorkbench::threeModelsCompareEveryPair()
{
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, Medium, Large });
    runAndWait();
    QTRY_COMPARE(m_bench->pairTable()->model()->rowCount(), 3);
    QCOMPARE(m_bench->results().size(), 3);
    QCOMPARE(m_bench->slopegraph()->lineCount(), 5);

    // Clicking the last pair charts it.
    QTableView *pairs = m_bench->pairTable();
    const QRect cell = pairs->visualRect(pairs->model()->index(2, 0));
    QTest::mouseClick(pairs->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_bench->slopegraph()->modelA(), Medium);
    QCOMPARE(m_bench->slopegraph()->modelB(), Large);

    // The moved-most table only lists documents whose rank changed.
    QAbstractItemModel *moved = m_bench->movedTable()->model();
    for (int row = 0; row < moved->rowCount(); ++row)
        QVERIFY(moved->index(row, 1).data() != moved->index(row, 2).data());
}

void TestRerankWorkbench::failingModelShowsErrorAndKeepsOthers()
{
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, u"fault/status=500"_s });
    runAndWait();

    QListView *good = m_bench->resultView(Small);
    QVERIFY(good);
    QCOMPARE(good->model()->rowCount(), 5);
    QVERIFY(good->model()->index(0, 0).data(RerankResultModel::ScoredRole).toBool());
    QVERIFY(m_bench->modelErrorText(Small).isEmpty());

    const QString error = m_bench->modelErrorText(u"fault/status=500"_s);
    QVERIFY2(error.contains(u"5 documents not scored"_s), qPrintable(error));
    const RerankResult failed = m_bench->results().at(1);
    QCOMPARE(failed.state, RerankResult::State::Failed);
    QVERIFY(error.contains(failed.firstError().userMessage()));
    // The failed model lists its documents as not scored and is left out of the comparison.
    QListView *bad = m_bench->resultView(u"fault/status=500"_s);
    QCOMPARE(bad->model()->rowCount(), 5);
    QVERIFY(!bad->model()->index(0, 0).data(RerankResultModel::ScoredRole).toBool());
    QCOMPARE(m_bench->slopegraph()->lineCount(), 0);
    QCOMPARE(m_bench->pairTable()->model()->rowCount(), 0);
}

void TestRerankWorkbench::cancelKeepsWorkbenchUsable()
{
    m_server.setDefaultFault(u"slow-first=5000"_s);
    fill(u"rerankers"_s, FiveDocuments);
    checkOnly({ Small });
    QSignalSpy finished(m_bench.get(), &RerankWorkbench::runFinished);
    auto *queryEdit = byName<QLineEdit>(u"Query"_s);
    queryEdit->setFocus();
    QTest::keyClick(queryEdit, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_bench->isRunning());
    QTest::keyClick(queryEdit, Qt::Key_Escape);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!m_bench->isRunning());
    QCOMPARE(m_bench->results().at(0).state, RerankResult::State::Cancelled);
    QVERIFY(m_bench->modelErrorText(Small).contains(u"cancelled"_s));
    QVERIFY(m_bench->runAction()->isEnabled());
}

void TestRerankWorkbench::runWithoutInputTellsWhatToDo_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("documents");
    QTest::addColumn<QStringList>("models");
    QTest::addColumn<QString>("message");
    QTest::newRow("no query") << QString() << FiveDocuments << QStringList{ Small }
                              << u"Type a query"_s;
    QTest::newRow("no documents") << u"q"_s << QStringList() << QStringList{ Small }
                                  << u"Add documents"_s;
    QTest::newRow("no model") << u"q"_s << FiveDocuments << QStringList()
                              << u"Check at least one model"_s;
}

void TestRerankWorkbench::runWithoutInputTellsWhatToDo()
{
    QFETCH(QString, query);
    QFETCH(QStringList, documents);
    QFETCH(QStringList, models);
    QFETCH(QString, message);
    byName<QLineEdit>(u"Query"_s)->setText(query);
    m_bench->pasteDocuments(documents.join(u'\n'));
    checkOnly(models);
    m_bench->runAction()->trigger();
    QVERIFY(!m_bench->isRunning());
    QVERIFY2(m_bench->message().startsWith(message), qPrintable(m_bench->message()));
    QCOMPARE(m_server.requestCount(), 0);
}

void TestRerankWorkbench::exportResultsAsCsvAndJson()
{
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, Large });
    m_bench->documentModel()->setLabel(1, 0);
    runAndWait();

    const QString csvPath = m_dir.filePath(u"results.csv"_s);
    QString error;
    QVERIFY2(m_bench->exportResultsCsv(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 2 * 5);
    QCOMPARE(lines.at(0), QByteArray("model,rank,index,score,label,document"));
    QVERIFY(lines.at(1).startsWith(Small.toUtf8() + ",1,"));

    const QString jsonPath = m_dir.filePath(u"results.json"_s);
    QVERIFY2(m_bench->exportResultsJson(jsonPath, &error), qPrintable(error));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    const QJsonArray models = root.value(u"models"_s).toArray();
    QCOMPARE(models.size(), 2);
    const QJsonArray ranked = models.at(0).toObject().value(u"results"_s).toArray();
    QCOMPARE(ranked.size(), 5);
    for (int i = 0; i < ranked.size(); ++i) {
        const QJsonObject entry = ranked.at(i).toObject();
        QCOMPARE(entry.value(u"rank"_s).toInt(), i + 1);
        QVERIFY(entry.contains(u"score"_s));
        const int index = entry.value(u"index"_s).toInt();
        QCOMPARE(entry.value(u"label"_s).isNull(), index != 1);
    }
}

void TestRerankWorkbench::saveAndOpenSetRoundTrips()
{
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, Large });
    byName<QLineEdit>(u"Instruction"_s)->setText(u"find passages"_s);
    m_bench->documentModel()->setLabel(2, 3);
    runAndWait();
    const RerankSet saved = m_bench->currentSet();
    const QString path = m_dir.filePath(u"set.json"_s);
    QString error;
    QVERIFY2(m_bench->saveSetFile(path, &error), qPrintable(error));

    RerankWorkbench other;
    other.setCatalog(m_catalog.get());
    QVERIFY2(other.openSetFile(path, &error), qPrintable(error));
    QCOMPARE(other.currentSet(), saved);
    QCOMPARE(other.results().size(), 2);
    QVERIFY(other.resultView(Large));
    QCOMPARE(other.resultView(Large)->model()->rowCount(), 5);
    QTRY_COMPARE(other.pairTable()->model()->rowCount(), 1);
    QCOMPARE(other.slopegraph()->lineCount(), 5);

    QFile broken(m_dir.filePath(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{not json");
    broken.close();
    QVERIFY(!other.openSetFile(broken.fileName(), &error));
    QVERIFY(error.contains(u"not a rerank set"_s));
    QCOMPARE(other.currentSet(), saved);
}

void TestRerankWorkbench::importFileAppendsDocuments()
{
    const QString path = m_dir.filePath(u"docs.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"text\": \"first\"}\n{\"text\": \"second\"}\nnot json\n");
    file.close();
    m_bench->importFile(path);
    QTRY_COMPARE(m_bench->documentModel()->rowCount(), 2);
    QCOMPARE(m_bench->documentModel()->documents().at(1).text, u"second"_s);
    QTRY_VERIFY(m_bench->message().contains(u"line 3"_s));
}

void TestRerankWorkbench::controlsHaveAccessibleNames()
{
    fill(u"rerankers"_s, FiveDocuments);
    checkOnly({ Small, Large });
    runAndWait();
    QTRY_COMPARE(m_bench->pairTable()->model()->rowCount(), 1);
    const QList<QWidget *> widgets = m_bench->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget);
        // Qt's own internals (spin box line edits, combo popups) are named by their owners.
        const QWidget *owner = widget->parentWidget();
        if (!control || owner->inherits("QAbstractSpinBox") || owner->inherits("QComboBox")
            || owner->inherits("QLineEdit") || owner->inherits("QAbstractItemView")
            || widget->inherits("QHeaderView") || widget->inherits("QComboBoxListView")
            || !widget->isVisibleTo(m_bench.get()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
}

// A run saves the set and its results without asking; Save set names it; Ctrl+S saves later
// changes to the same set; the next start (a new workbench, same config and file) reopens it
// with its results, comparison and label metrics.
void TestRerankWorkbench::runAndSaveThenReopenAtNextStart()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"reopen.db"_s)).ok());
    WorkbenchStore store(&db);
    Config config(m_dir.filePath(u"reopen.ini"_s));
    m_bench->setConfig(&config);
    m_bench->setStore(&store);
    QCOMPARE(m_bench->currentSetId(), 0);

    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, Large });
    byName<QLineEdit>(u"Instruction"_s)->setText(u"find passages"_s);
    byName<QSpinBox>(u"Batch size"_s)->setValue(2);
    m_bench->documentModel()->setLabel(2, 3);
    QSignalSpy saved(m_bench.get(), &RerankWorkbench::resultsSaved);
    runAndWait();
    QVERIFY(!saved.isEmpty());
    const qint64 id = m_bench->currentSetId();
    QVERIFY(id > 0);
    QCOMPARE(m_bench->currentSetName(), u"how do rerankers improve search results"_s);
    QList<RerankResult> stored = store.loadResults(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).state, RerankResult::State::Complete);
    QCOMPARE(stored.at(1).ranked, m_bench->results().at(1).ranked);

    QVERIFY2(m_bench->saveSet(u"Lighthouses"_s), qPrintable(m_bench->message()));
    QCOMPARE(m_bench->currentSetId(), id);
    QCOMPARE(store.loadSet(id)->name, u"Lighthouses"_s);
    // A named set: Ctrl+S saves again without asking.
    m_bench->documentModel()->setLabel(4, 1);
    m_bench->documentView()->setFocus();
    QTest::keyClick(m_bench->documentView(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(store.loadSet(id)->set.documents.at(4).label, 1);
    QCOMPARE(store.listSets().size(), 1);
    QCOMPARE(store.loadResults(id).size(), 2);
    const RerankSet expected = m_bench->currentSet();
    QCOMPARE(config.get(Config::LastWorkbenchSet).toLongLong(), id);

    RerankWorkbench other;
    other.setCatalog(m_catalog.get());
    other.setConfig(&config);
    other.setStore(&store);
    QCOMPARE(other.currentSetId(), id);
    QCOMPARE(other.currentSetName(), u"Lighthouses"_s);
    QCOMPARE(other.currentSet(), expected);
    QCOMPARE(other.results().size(), 2);
    QCOMPARE(other.results().at(0).ranked, m_bench->results().at(0).ranked);
    QVERIFY(other.resultView(Large));
    QCOMPARE(other.resultView(Large)->model()->rowCount(), 5);
    QVERIFY(other.modelStatusText(Small).contains(u"tokens"_s));
    QTRY_COMPARE(other.pairTable()->model()->rowCount(), 1);
    QCOMPARE(other.slopegraph()->lineCount(), 5);
    QTRY_COMPARE(other.labelMetricsTable()->model()->rowCount(), 2);

    // A new set starts empty and is not the saved one; the next start opens nothing.
    other.newSet();
    QCOMPARE(other.currentSetId(), 0);
    QVERIFY(other.currentSet().documents.isEmpty());
    QVERIFY(other.results().isEmpty());
    QCOMPARE(store.listSets().size(), 1);
    RerankWorkbench third;
    third.setConfig(&config);
    third.setStore(&store);
    QCOMPARE(third.currentSetId(), 0);
}

void TestRerankWorkbench::setsDialogFiltersRenamesDeletesOpens()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"dialog.db"_s)).ok());
    WorkbenchStore store(&db);
    m_bench->setStore(&store);
    RerankSet alpha;
    alpha.query = u"alpha query"_s;
    alpha.documents = { { u"one"_s, -1 }, { u"two"_s, 2 } };
    alpha.models = { Small };
    RerankSet beta;
    beta.query = u"beta query"_s;
    beta.documents = { { u"three"_s, -1 } };
    beta.models = { Large };
    const qint64 idA = store.saveSet(0, alpha, u"Alpha"_s);
    const qint64 idB = store.saveSet(0, beta, u"Beta"_s);
    QVERIFY(idA && idB);

    m_bench->openSetAction()->trigger();
    auto *dialog = m_bench->findChild<WorkbenchSetsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->shownIds(), QList<qint64>({ idB, idA })); // newest first
    QCOMPARE(dialog->view()->model()->index(0, WorkbenchSetsDialog::DocumentsColumn).data(),
             QVariant(u"1"_s));

    QLineEdit *filter = nullptr;
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == u"Filter sets"_s)
            filter = edit;
    }
    QVERIFY(filter);
    QTest::keyClicks(filter, u"ALP"_s);
    QCOMPARE(dialog->shownIds(), QList<qint64>({ idA }));
    filter->clear();
    QCOMPARE(dialog->shownIds().size(), 2);

    // Rename in place, as the editor commits it.
    dialog->select(idA);
    const QModelIndex nameCell = dialog->view()->currentIndex().siblingAtColumn(0);
    QVERIFY(dialog->view()->model()->setData(nameCell, u"Alpha renamed"_s));
    QTRY_COMPARE(store.loadSet(idA)->name, u"Alpha renamed"_s);
    QVERIFY(!dialog->renameSet(idA, u"  "_s));
    QVERIFY(dialog->message().contains(u"needs a name"_s));
    QCOMPARE(store.loadSet(idA)->name, u"Alpha renamed"_s);

    const auto button = [dialog](const QString &name) -> QPushButton * {
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->accessibleName() == name)
                return b;
        }
        return nullptr;
    };
    // Delete, then undo: the set comes back whole.
    dialog->select(idB);
    QVERIFY(button(u"Delete set"_s));
    QTest::mouseClick(button(u"Delete set"_s), Qt::LeftButton);
    QCOMPARE(store.listSets().size(), 1);
    QVERIFY(dialog->message().contains(u"Beta"_s));
    QVERIFY(button(u"Undo delete"_s)->isVisible());
    QTest::mouseClick(button(u"Undo delete"_s), Qt::LeftButton);
    const QList<WorkbenchSetSummary> sets = store.listSets();
    QCOMPARE(sets.size(), 2);
    const auto restored = std::find_if(
        sets.cbegin(), sets.cend(), [](const auto &summary) { return summary.name == u"Beta"_s; });
    QVERIFY(restored != sets.cend());
    QCOMPARE(store.loadSet(restored->id)->set, beta);
    QVERIFY(!button(u"Undo delete"_s)->isVisible());

    // Open shows the set in the workbench and closes the dialog.
    dialog->select(idA);
    QTest::mouseClick(button(u"Open set"_s), Qt::LeftButton);
    QCOMPARE(m_bench->currentSetId(), idA);
    QCOMPARE(m_bench->currentSetName(), u"Alpha renamed"_s);
    QCOMPARE(m_bench->currentSet().query, alpha.query);
    QCOMPARE(m_bench->currentSet().documents, alpha.documents);
    QCOMPARE(m_bench->checkedModels(), alpha.models);
    QTRY_VERIFY(!m_bench->findChild<WorkbenchSetsDialog *>());
}

void TestRerankWorkbench::exportImportRoundTrip()
{
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, Large });
    m_bench->documentModel()->setLabel(0, 2);
    runAndWait();
    const RerankSet expected = m_bench->currentSet();
    const QString path = m_dir.filePath(u"exported-set.json"_s);
    QString error;
    QVERIFY2(m_bench->exportSet(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::optional<WorkbenchSetRecord> parsed
        = WorkbenchStore::parseSetJson(file.readAll(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->set, expected);
    QCOMPARE(parsed->results.size(), 2);

    // Into a workbench with a store: saved as a new set and shown.
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"import.db"_s)).ok());
    WorkbenchStore store(&db);
    RerankWorkbench other;
    other.setCatalog(m_catalog.get());
    other.setStore(&store);
    QVERIFY2(other.importSet(path, &error), qPrintable(error));
    QVERIFY(other.currentSetId() > 0);
    QCOMPARE(store.listSets().size(), 1);
    QCOMPARE(store.loadResults(other.currentSetId()).size(), 2);
    QCOMPARE(other.currentSet(), expected);
    QCOMPARE(other.results().size(), 2);
    QTRY_COMPARE(other.pairTable()->model()->rowCount(), 1);

    // Without a store (the history could not be opened): shown, not saved anywhere.
    RerankWorkbench third;
    QVERIFY2(third.importSet(path, &error), qPrintable(error));
    QCOMPARE(third.currentSetId(), 0);
    QCOMPARE(third.currentSet(), expected);
    QCOMPARE(third.results().size(), 2);
    QVERIFY(!third.saveSet());
    QVERIFY(third.message().contains(u"Export"_s));

    // Files from the older Save set… still import.
    const QString legacy = m_dir.filePath(u"legacy-set.json"_s);
    QVERIFY2(m_bench->saveSetFile(legacy, &error), qPrintable(error));
    RerankWorkbench fourth;
    QVERIFY2(fourth.importSet(legacy, &error), qPrintable(error));
    QCOMPARE(fourth.currentSet(), expected);

    QFile broken(m_dir.filePath(u"not-a-set.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"something-else\"}");
    broken.close();
    QVERIFY(!fourth.importSet(broken.fileName(), &error));
    QVERIFY(error.contains(u"not a rerank set"_s));
    QCOMPARE(fourth.currentSet(), expected);
}

// The history refuses writes: the run goes on and is shown, the message says what happened and
// what to do, nothing on screen is lost, export still works.
void TestRerankWorkbench::storageErrorKeepsWork()
{
    const QString path = m_dir.filePath(u"refusing.db"_s);
    Database db;
    QVERIFY(db.open(path).ok());
    WorkbenchStore store(&db);
    m_bench->setStore(&store);
    QSqlQuery pragma(db.connection());
    QVERIFY(pragma.exec(u"PRAGMA query_only = ON"_s)); // every write fails like a read-only file

    fill(u"rerankers"_s, FiveDocuments);
    checkOnly({ Small });
    runAndWait();
    QVERIFY2(m_bench->message().contains(u"could not be saved"_s), qPrintable(m_bench->message()));
    QCOMPARE(m_bench->results().size(), 1);
    QCOMPARE(m_bench->results().constFirst().ranked.size(), 5);
    QCOMPARE(m_bench->currentSetId(), 0);
    const RerankSet before = m_bench->currentSet();
    QVERIFY(!m_bench->saveSet(u"Kept"_s));
    QVERIFY(m_bench->message().contains(u"could not be saved"_s));
    QCOMPARE(m_bench->currentSet(), before);
    QCOMPARE(m_bench->results().size(), 1);
    QString error;
    QVERIFY2(m_bench->exportSet(m_dir.filePath(u"rescued.json"_s), &error), qPrintable(error));
    QVERIFY(pragma.exec(u"PRAGMA query_only = OFF"_s));
    QCOMPARE(store.listSets().size(), 0);

    // Another Sift holds the file: this window only reads it, and says so.
    Database reader;
    QVERIFY(reader.openReadOnly(path).ok());
    WorkbenchStore readOnly(&reader);
    m_bench->setStore(&readOnly);
    QVERIFY(!m_bench->saveSet(u"Kept"_s));
    QVERIFY(m_bench->message().contains(u"read-only"_s));
    m_bench->setStore(nullptr);
}

void TestRerankWorkbench::interruptedResultsShowSo()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"interrupted.db"_s)).ok());
    WorkbenchStore store(&db);
    RerankSet set;
    set.query = u"rerankers"_s;
    for (const QString &text : FiveDocuments)
        set.documents << RerankDocument{ text, -1 };
    set.models = { Small, Large };
    const qint64 id = store.saveSet(0, set, u"Cut off"_s);
    ApiError pending;
    pending.kind = ApiError::Kind::Cancelled;
    pending.message = u"Sift stopped before this document was scored."_s;
    RerankResult cut;
    cut.model = Small;
    cut.ranked = { { 0, 0.9 }, { 2, 0.5 } };
    cut.unscored = { { 1, pending }, { 3, pending }, { 4, pending } };
    cut.documentCount = 5;
    cut.state = RerankResult::State::Running; // what the recorder leaves when Sift is killed
    RerankResult done;
    done.model = Large;
    done.ranked = { { 4, 0.8 }, { 0, 0.7 }, { 2, 0.6 }, { 1, 0.2 }, { 3, 0.1 } };
    done.documentCount = 5;
    QVERIFY(store.saveResults(id, { cut, done }));

    m_bench->setStore(&store);
    QVERIFY(m_bench->openSet(id));
    QCOMPARE(m_bench->results().size(), 2);
    QCOMPARE(m_bench->results().at(0).state, RerankResult::State::Interrupted);
    QVERIFY2(m_bench->modelStatusText(Small).contains(u"interrupted"_s),
             qPrintable(m_bench->modelStatusText(Small)));
    QVERIFY2(m_bench->modelErrorText(Small).contains(u"3 documents not scored"_s),
             qPrintable(m_bench->modelErrorText(Small)));
    QVERIFY(m_bench->modelErrorText(Small).contains(u"Sift closed during the run"_s));
    QCOMPARE(m_bench->resultView(Small)->model()->rowCount(), 5);
    QCOMPARE(m_bench->modelErrorText(Large), QString());
    QTRY_COMPARE(m_bench->pairTable()->model()->rowCount(), 1);
}

void TestRerankWorkbench::pickerAddsRerankModels()
{
    auto *picker = byName<ModelPicker>(u"Model id to add"_s);
    QVERIFY(picker);
    // Only rerankers from the catalog are offered.
    picker->setFilterText(u"qwen"_s);
    QStringList offered;
    for (int row = 0; row < picker->listModel()->rowCount(); ++row) {
        const QString id
            = picker->listModel()->index(row, 0).data(ModelPicker::ModelIdRole).toString();
        if (!id.isEmpty())
            offered << id;
    }
    QVERIFY(offered.contains(Medium));
    for (const QString &id : std::as_const(offered))
        QVERIFY2(id.contains(u"Reranker"_s) || id == u"qwen"_s, qPrintable(id));

    // Any id: typed and confirmed with Enter, added to the list checked; the field empties.
    picker->lineEdit()->setFocus();
    QTest::keyClicks(picker->lineEdit(), u"acme/new-reranker"_s);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QVERIFY(m_bench->checkedModels().contains(u"acme/new-reranker"_s));
    QTRY_COMPARE(picker->lineEdit()->text(), QString());
    // Leaving the field with a half-typed id adds nothing.
    QTest::keyClicks(picker->lineEdit(), u"acme/half"_s);
    m_bench->documentView()->setFocus();
    QVERIFY(!m_bench->checkedModels().contains(u"acme/half"_s));
}

// The first Ctrl+S asks for a name, offering the query's first line; the next one does not ask.
void TestRerankWorkbench::firstSaveAsksName()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"named.db"_s)).ok());
    WorkbenchStore store(&db);
    m_bench->setStore(&store);
    fill(u"lighthouses of Europe"_s, FiveDocuments);
    QString offered;
    QTimer::singleShot(0, this, [&offered] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        offered = dialog->textValue();
        dialog->setTextValue(u"Old lights"_s);
        dialog->accept();
    });
    m_bench->saveSetAction()->trigger();
    QCOMPARE(offered, u"lighthouses of Europe"_s);
    QCOMPARE(m_bench->currentSetName(), u"Old lights"_s);
    const qint64 id = m_bench->currentSetId();
    QVERIFY(id > 0);
    QCOMPARE(store.loadSet(id)->name, u"Old lights"_s);
    QVERIFY(m_bench->message().contains(u"Old lights"_s));

    m_bench->documentModel()->setLabel(1, 2);
    m_bench->saveSetAction()->trigger(); // no dialog this time
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(store.loadSet(id)->set.documents.at(1).label, 2);
    QCOMPARE(store.listSets().size(), 1);
}

// Issue 12, item 1: a run saves the set; labels pressed afterwards, and edits after Ctrl+S, were
// lost on New Set and on quit. They are saved on their own, and at once before New/Open/quit.
void TestRerankWorkbench::labelsAndEditsAreNeverLost()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"labels.db"_s)).ok());
    WorkbenchStore store(&db);
    m_bench->setStore(&store);
    fill(u"rerankers"_s, FiveDocuments);
    checkOnly({ Small });
    runAndWait();
    const qint64 id = m_bench->currentSetId();
    QVERIFY(id > 0);
    auto *setLabel = byName<QLabel>(u"Current set"_s);
    QVERIFY(setLabel);
    QVERIFY2(setLabel->text().endsWith(u"· saved"_s), qPrintable(setLabel->text()));

    // Select documents and press 3, 2, 1, then Rerank › New Set at once.
    QTableView *view = m_bench->documentView();
    view->setFocus();
    const int keys[] = { Qt::Key_3, Qt::Key_2, Qt::Key_1 };
    for (int row = 0; row < 3; ++row) {
        view->selectRow(row);
        QTest::keyClick(view, Qt::Key(keys[row]));
    }
    QCOMPARE(m_bench->documentModel()->label(0), 3);
    QVERIFY(m_bench->isModified());
    QVERIFY2(!setLabel->text().endsWith(u"· saved"_s), qPrintable(setLabel->text()));
    m_bench->newSetAction()->trigger();
    QCOMPARE(m_bench->currentSetId(), 0);
    QVERIFY(m_bench->openSet(id));
    QCOMPARE(m_bench->documentModel()->label(0), 3);
    QCOMPARE(m_bench->documentModel()->label(1), 2);
    QCOMPARE(m_bench->documentModel()->label(2), 1);
    QCOMPARE(m_bench->results().size(), 1); // labels do not invalidate the results

    // Label and edit the query, then quit right away.
    view->setFocus();
    view->selectRow(3);
    QTest::keyClick(view, Qt::Key_0);
    auto *query = byName<QLineEdit>(u"Query"_s);
    query->setFocus();
    query->end(false);
    QTest::keyClicks(query, u" and search"_s);
    m_bench.reset();
    {
        RerankWorkbench reopened;
        reopened.setStore(&store);
        QVERIFY(reopened.openSet(id));
        QCOMPARE(reopened.currentSet().query, u"rerankers and search"_s);
        QCOMPARE(reopened.documentModel()->label(3), 0);
        QCOMPARE(reopened.documentModel()->label(0), 3);

        // After Ctrl+S, an edit is saved on its own, and the label says when it is.
        QVERIFY(reopened.saveSet(u"Named"_s));
        reopened.documentModel()->setLabel(4, 2);
        QVERIFY(reopened.isModified());
        QTRY_COMPARE(store.loadSet(id)->set.documents.at(4).label, 2);
        QVERIFY(!reopened.isModified());
        QCOMPARE(store.loadSet(id)->name, u"Named"_s);
        QCOMPARE(store.listSets().size(), 1);
    }
}

// Issue 18, item 2: a 400 whose body holds HTML showed a heading, a link and a local image.
void TestRerankWorkbench::serverErrorIsPlainText()
{
    const QString html = u"<h1>Key expired</h1><a href=http://127.0.0.1:9/x>re-enter your key</a>"
                         "<img src=/local/file>"_s;
    fill(u"rerankers"_s, FiveDocuments);
    checkOnly({ Small });
    m_server.enqueueFault(html); // not a fault spec: the server answers 400 with it as message
    runAndWait();
    const QString error = m_bench->modelErrorText(Small);
    QVERIFY2(error.contains(u"<h1>Key expired</h1>"_s), qPrintable(error));
    QLabel *shown = nullptr;
    for (QLabel *label : m_bench->findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Errors of %1"_s.arg(Small))
            shown = label;
    }
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->textFormat(), Qt::PlainText);
    QCOMPARE(shown->text(), error);
    // Nothing of it is a link or rich text anywhere in the workbench.
    for (QLabel *label : m_bench->findChildren<QLabel *>()) {
        if (label->text().contains(u"<h1>"_s))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

// Issue 12, item 9: at 1000×720 the three Qwen rerankers' headers all read "Qwen/Qwen3-Reranke".
// Headers, the agreement table and the chart show what tells them apart; the full id is in the
// tooltip.
void TestRerankWorkbench::comparisonShowsShortModelNames()
{
    m_bench->resize(1000, 720);
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, Medium, Large });
    runAndWait();
    QTRY_COMPARE(m_bench->pairTable()->model()->rowCount(), 3);
    const QStringList expected{ u"0.6B"_s, u"4B"_s, u"8B"_s };
    const QStringList ids{ Small, Medium, Large };
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_bench->modelLabel(ids.at(i)), expected.at(i));
        QLabel *title = nullptr;
        for (QLabel *label : m_bench->findChildren<QLabel *>()) {
            if (label->accessibleName() == u"Model"_s && label->toolTip() == ids.at(i))
                title = label;
        }
        QVERIFY2(title, qPrintable(ids.at(i)));
        QCOMPARE(title->text(), expected.at(i));
        QVERIFY(title->width() >= title->sizeHint().width()); // shown whole
    }
    QAbstractItemModel *pairs = m_bench->pairTable()->model();
    QCOMPARE(pairs->index(0, 0).data().toString(), u"0.6B"_s);
    QCOMPARE(pairs->index(0, 1).data().toString(), u"4B"_s);
    QCOMPARE(pairs->index(0, 0).data(Qt::ToolTipRole).toString(), Small);
    // Wide enough to read: the cell shows its whole text.
    QTableView *view = m_bench->pairTable();
    const QFontMetrics fm(view->font());
    QVERIFY(view->columnWidth(0) > fm.horizontalAdvance(u"0.6B"_s));
    // The chart's axes (which pair is charted depends on which models finished first).
    const QStringList shortNames = expected;
    QCOMPARE(m_bench->slopegraph()->labelA(),
             shortNames.at(ids.indexOf(m_bench->slopegraph()->modelA())));
    QCOMPARE(m_bench->slopegraph()->labelB(),
             shortNames.at(ids.indexOf(m_bench->slopegraph()->modelB())));

    // At 800×600 too the agreement table shows the names whole, not "…".
    m_bench->resize(800, 600);
    QApplication::processEvents();
    for (int column = 0; column < 2; ++column) {
        const QString text = pairs->index(0, column).data().toString();
        QVERIFY2(view->columnWidth(column) > fm.horizontalAdvance(text) + 6, qPrintable(text));
    }
}

// Issue 12, item 11: the JSON export had indices but no texts and no nDCG/MRR/recall.
void TestRerankWorkbench::exportJsonIsSelfContained()
{
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, Large });
    m_bench->documentModel()->setLabel(0, 3);
    m_bench->documentModel()->setLabel(1, 0);
    runAndWait();
    QTRY_COMPARE(m_bench->labelMetricsTable()->model()->rowCount(), 2);
    const QString path = m_dir.filePath(u"self-contained.json"_s);
    QString error;
    QVERIFY2(m_bench->exportResultsJson(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"query"_s).toString(), u"how do rerankers improve search results"_s);
    const QJsonArray documents = root.value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), FiveDocuments.size());
    for (int i = 0; i < documents.size(); ++i)
        QCOMPARE(documents.at(i).toObject().value(u"text"_s).toString(), FiveDocuments.at(i));
    QCOMPARE(documents.at(0).toObject().value(u"label"_s).toInt(), 3);
    const QJsonArray models = root.value(u"models"_s).toArray();
    QCOMPARE(models.size(), 2);
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        for (const QJsonValue &entry : model.value(u"results"_s).toArray()) {
            const QJsonObject e = entry.toObject();
            QCOMPARE(e.value(u"document"_s).toString(),
                     FiveDocuments.at(e.value(u"index"_s).toInt()));
        }
        const QJsonObject metrics = model.value(u"metrics"_s).toObject();
        QVERIFY2(metrics.value(u"ndcg_at_k"_s).isDouble(),
                 qPrintable(model.value(u"model"_s).toString()));
        QVERIFY(metrics.value(u"mrr"_s).isDouble());
        QVERIFY(metrics.value(u"recall_at_k"_s).isDouble());
    }
    QCOMPARE(root.value(u"comparison"_s).toArray().size(), 1);
}

// Issue 12, item 10: a CSV's label (or relevance) column and a JSONL's label field become the
// documents' labels.
void TestRerankWorkbench::importReadsLabelColumn()
{
    const QString csvPath = m_dir.filePath(u"labelled.csv"_s);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("\xEF\xBB\xBFid;text;relevance\r\n1;\"apple; red\";3\r\n2;pear;\r\n");
    csv.close();
    QTimer::singleShot(0, this, [] {
        // The column picker offers the text column first.
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->textValue(), u"text"_s);
        dialog->accept();
    });
    m_bench->importFile(csvPath);
    QTRY_COMPARE(m_bench->documentModel()->rowCount(), 2);
    QCOMPARE(m_bench->documentModel()->documents().at(0).text, u"apple; red"_s);
    QCOMPARE(m_bench->documentModel()->label(0), 3);
    QCOMPARE(m_bench->documentModel()->label(1), -1);

    const QString jsonlPath = m_dir.filePath(u"labelled.jsonl"_s);
    QFile jsonl(jsonlPath);
    QVERIFY(jsonl.open(QIODevice::WriteOnly));
    jsonl.write("{\"text\":\"plum\",\"label\":2}\n{\"text\":\"fig\"}\n");
    jsonl.close();
    m_bench->importFile(jsonlPath);
    QTRY_COMPARE(m_bench->documentModel()->rowCount(), 4);
    QCOMPARE(m_bench->documentModel()->label(2), 2);
    QCOMPARE(m_bench->documentModel()->label(3), -1);
}

// A failed model has its own Retry: only that model runs again, and its ranking replaces the
// error.
void TestRerankWorkbench::retryButtonRunsFailedModelAgain()
{
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    m_server.enqueueFault(u"status=400"_s);
    checkOnly({ Small });
    runAndWait();
    QVERIFY(!m_bench->modelErrorText(Small).isEmpty());
    QPushButton *retry = byName<QPushButton>(u"Retry %1"_s.arg(Small));
    QVERIFY(retry);
    QVERIFY(retry->isVisible());
    m_server.clearRequests();
    QSignalSpy finished(m_bench.get(), &RerankWorkbench::runFinished);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_server.requestCount(), 1);
    QVERIFY(m_bench->modelErrorText(Small).isEmpty());
    QCOMPARE(m_bench->resultView(Small)->model()->rowCount(), 5);
    QVERIFY(!byName<QPushButton>(u"Retry %1"_s.arg(Small))->isVisible());
}

void TestRerankWorkbench::loadExampleFillsTheWorkbench()
{
    m_bench->loadExampleAction()->trigger();
    QVERIFY(!m_bench->currentSet().query.isEmpty());
    QCOMPARE(m_bench->documentModel()->rowCount(), 12);
    QCOMPARE(m_bench->checkedModels(), QStringList({ Small, Medium, Large }));
    QVERIFY(!m_bench->isModified()); // an example is not an edit until the user changes it
}

// A note under Run (import results, problems) must not move the buttons the user aims at.
void TestRerankWorkbench::messageDoesNotMoveButtons()
{
    auto *run = byName<QPushButton>(u"Run"_s);
    QVERIFY(run);
    const QPoint before = run->mapTo(m_bench.get(), QPoint());
    m_bench->pasteDocuments(u"   "_s); // nothing to add: a two-line note appears
    QVERIFY(!m_bench->message().isEmpty());
    QApplication::processEvents();
    QCOMPARE(run->mapTo(m_bench.get(), QPoint()), before);
    m_bench->pasteDocuments(u"one\ntwo"_s); // the note goes away again
    QVERIFY(m_bench->message().isEmpty());
    QApplication::processEvents();
    QCOMPARE(run->mapTo(m_bench.get(), QPoint()), before);
}

// 5,000 documents × 3 models: Run asks first, with the estimated cost; Cancel sends nothing.
void TestRerankWorkbench::largeRunAsksFirst()
{
    RerankSet set;
    set.query = u"rerankers"_s;
    for (int i = 0; i < 5000; ++i)
        set.documents << RerankDocument{ u"document %1"_s.arg(i), -1 };
    set.models = { Small, Medium, Large };
    m_bench->setSet(set);
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    m_bench->runAction()->trigger();
    QVERIFY2(asked.contains(u"5,000"_s) || asked.contains(u"5000"_s), qPrintable(asked));
    QVERIFY(asked.contains(u"3 models"_s));
    QVERIFY(!m_bench->isRunning());
    QCOMPARE(m_server.requestCount(), 0);
}

// Issue 12: forward Tab goes query → documents → models → Run → the rankings → the comparison,
// so the results are not last (after the comparison tables) nor Run after them.
void TestRerankWorkbench::tabReachesModelsRunAndRankings()
{
    fill(u"how do rerankers improve search results"_s, FiveDocuments);
    checkOnly({ Small, Large });
    runAndWait();
    QListView *firstRanking = m_bench->resultView(Small);
    QListView *secondRanking = m_bench->resultView(Large);
    QVERIFY(firstRanking && secondRanking);
    auto *query = byName<QLineEdit>(u"Query"_s);
    auto *models = byName<QListWidget>(u"Rerank models"_s);
    auto *run = byName<QPushButton>(u"Run"_s);
    QVERIFY(query && models && run);

    // Real Tab presses from the query, until the focus comes back to it.
    query->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), query);
    QList<QWidget *> order;
    for (int step = 0; step < 200; ++step) {
        QWidget *focus = QApplication::focusWidget();
        if (step > 0 && focus == query)
            break;
        if (!order.contains(focus))
            order << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    const auto at = [&order](QWidget *widget) { return order.indexOf(widget); };
    QStringList names;
    for (QWidget *widget : std::as_const(order))
        names << widget->accessibleName();
    const QString seen = names.join(u" → "_s);
    for (QWidget *widget :
         { static_cast<QWidget *>(models), static_cast<QWidget *>(run),
           static_cast<QWidget *>(firstRanking), static_cast<QWidget *>(secondRanking),
           static_cast<QWidget *>(m_bench->pairTable()) })
        QVERIFY2(at(widget) >= 0,
                 qPrintable(widget->accessibleName() + u" not reached: "_s + seen));
    QVERIFY2(at(m_bench->documentView()) < at(models), qPrintable(seen));
    QVERIFY2(at(models) < at(run), qPrintable(seen));
    QVERIFY2(at(run) < at(firstRanking), qPrintable(seen));
    QVERIFY2(at(firstRanking) < at(secondRanking), qPrintable(seen));
    QVERIFY2(at(secondRanking) < at(m_bench->pairTable()), qPrintable(seen));
}

QTEST_MAIN(TestRerankWorkbench)
#include "tst_rerankworkbench.moc"
