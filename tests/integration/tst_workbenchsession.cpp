// WorkbenchSession without a window: the rerank workbench's state and work against the
// in-process fake server on 127.0.0.1 and a real SQLite file. Links no QtWidgets.
#include "api/apiclient.h"
#include "config/config.h"
#include "fakeserver.h"
#include "models/modelcatalog.h"
#include "rerank/documentimport.h"
#include "rerank/rerankexport.h"
#include "rerank/workbenchsession.h"
#include "store/database.h"
#include "store/workbenchstore.h"
#include "testclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Small = u"Qwen/Qwen3-Reranker-0.6B"_s;
const QString Large = u"Qwen/Qwen3-Reranker-8B"_s;

RerankSet fiveDocuments(const QStringList &models = { Small, Large })
{
    RerankSet set;
    set.query = u"how do rerankers improve search results"_s;
    for (const QString &text :
         { u"Rerankers improve search results by scoring query and document pairs"_s,
           u"The Eiffel Tower is in Paris"_s,
           u"Search results get better when a reranker reorders the candidates"_s,
           u"Bread needs flour, water and salt"_s,
           u"How rerankers work: score every candidate, then sort"_s })
        set.documents << RerankDocument{ text, RerankDocument::Unlabelled };
    set.models = models;
    return set;
}

} // namespace

class TestWorkbenchSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void runShowsResultsAndMetrics();
    void runWithoutInputSaysWhatIsMissing_data();
    void runWithoutInputSaysWhatIsMissing();
    void labelsFollowBetweenInputAndResults();
    void metricsAreGenerationCounted();
    void editsAreSavedAndNeverLost();
    void emptyNewSetIsNotSaved();
    void openingAnotherSetSavesEditsFirst();
    void storageTroubleKeepsEverything();
    void exportImportRoundTrip();
    void importRefusesHugeFiles();
    void importInBackground();
    void exportsAreSelfContained();
    void semicolonCsvSendsTheSameDocumentsAsTheCli();
    void retryRunsOneModelAgain();
    void estimateUsesCatalogPrices();
    void estimateNamesModelsWithoutAPrice();

private:
    bool runAndWait(WorkbenchSession &session);
    std::unique_ptr<WorkbenchSession> makeSession();

    FakeServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ModelCatalog> m_catalog;
};

void TestWorkbenchSession::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dir.isValid());
}

void TestWorkbenchSession::init()
{
    m_server.setDefaultFault(FakeFault());
    m_server.clearRequests();
    m_client = makeRerankTestClient(m_server);
    m_catalog = std::make_unique<ModelCatalog>();
}

void TestWorkbenchSession::cleanup()
{
    m_catalog.reset();
    m_client.reset();
}

std::unique_ptr<WorkbenchSession> TestWorkbenchSession::makeSession()
{
    auto session = std::make_unique<WorkbenchSession>();
    session->setApiClient(m_client.get());
    session->setCatalog(m_catalog.get());
    session->setAutosaveDelay(0);
    return session;
}

bool TestWorkbenchSession::runAndWait(WorkbenchSession &session)
{
    QSignalSpy finished(&session, &WorkbenchSession::runFinished);
    if (!session.run())
        return false;
    return finished.wait(20000);
}

void TestWorkbenchSession::runShowsResultsAndMetrics()
{
    auto session = makeSession();
    QSignalSpy replaced(session.get(), &WorkbenchSession::resultsReplaced);
    QSignalSpy progress(session.get(), &WorkbenchSession::modelProgress);
    QSignalSpy finishedModels(session.get(), &WorkbenchSession::modelFinished);
    QSignalSpy metrics(session.get(), &WorkbenchSession::metricsUpdated);
    session->setInput(fiveDocuments());
    QVERIFY(runAndWait(*session));
    QCOMPARE(replaced.size(), 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(finishedModels.size(), 2);
    QCOMPARE(session->shownModels(), QStringList({ Small, Large }));
    const QList<RerankResult> results = session->results();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).model, Small); // in the order shown, whichever finished first
    QCOMPARE(results.at(1).ranked.size(), 5);
    QVERIFY(session->resultsMatchInput());
    QTRY_COMPARE(session->pairMetrics().size(), 1);
    QVERIFY(session->pairMetrics().constFirst().kendallTau.has_value());
    QVERIFY(!session->hasLabelMetrics());
    QCOMPARE(m_server.requestCount(), 2);
}

void TestWorkbenchSession::runWithoutInputSaysWhatIsMissing_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("documents");
    QTest::addColumn<QStringList>("models");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no query") << QString() << 5 << QStringList{ Small } << u"query"_s;
    QTest::newRow("no documents") << u"q"_s << 0 << QStringList{ Small } << u"documents"_s;
    QTest::newRow("blank documents only") << u"q"_s << -1 << QStringList{ Small } << u"documents"_s;
    QTest::newRow("no model") << u"q"_s << 5 << QStringList() << u"model"_s;
}

void TestWorkbenchSession::runWithoutInputSaysWhatIsMissing()
{
    QFETCH(QString, query);
    QFETCH(int, documents);
    QFETCH(QStringList, models);
    QFETCH(QString, expected);
    auto session = makeSession();
    RerankSet set = fiveDocuments(models);
    set.query = query;
    if (documents == 0)
        set.documents.clear();
    if (documents < 0)
        set.documents = { { u"  "_s, -1 }, { QString(), -1 } };
    session->setInput(set);
    QVERIFY(!session->run());
    QVERIFY(!session->isRunning());
    QVERIFY2(session->message().contains(expected), qPrintable(session->message()));
    QCOMPARE(m_server.requestCount(), 0);
}

void TestWorkbenchSession::labelsFollowBetweenInputAndResults()
{
    auto session = makeSession();
    session->setInput(fiveDocuments());
    QVERIFY(runAndWait(*session));
    // A label given on a ranked document reaches the input, and the other way round.
    QSignalSpy inputLabel(session.get(), &WorkbenchSession::inputLabelChanged);
    session->setResultLabel(2, 3);
    QCOMPARE(inputLabel.size(), 1);
    QCOMPARE(session->input().documents.at(2).label, 3);
    RerankSet edited = session->input();
    edited.documents[4].label = 1;
    session->setInput(edited);
    QCOMPARE(session->resultSet().documents.at(4).label, 1);
    QTRY_VERIFY(session->hasLabelMetrics());
    QCOMPARE(session->labelMetrics().size(), 2);

    // Other documents: the results no longer match, labels on them stay with the results.
    edited.documents[0].text = u"A different first document"_s;
    session->setInput(edited);
    QVERIFY(!session->resultsMatchInput());
    session->setResultLabel(1, 2);
    QCOMPARE(session->resultSet().documents.at(1).label, 2);
    QCOMPARE(session->input().documents.at(1).label, -1);
}

// A late answer for an older k never overwrites a newer one.
void TestWorkbenchSession::metricsAreGenerationCounted()
{
    auto session = makeSession();
    session->setInput(fiveDocuments());
    QVERIFY(runAndWait(*session));
    QTRY_COMPARE(session->pairMetrics().size(), 1);
    for (int k = 1; k <= 5; ++k)
        session->setK(k);
    QTRY_COMPARE(session->pairMetrics().constFirst().k, 5);
    QSignalSpy updated(session.get(), &WorkbenchSession::metricsUpdated);
    QVERIFY(!updated.wait(200)); // nothing stale arrives afterwards
    QCOMPARE(session->pairMetrics().constFirst().k, 5);
}

// Issue 12, item 1, at the session: a run saves the set; labels and edits after it, and after
// Ctrl+S, are saved on their own, and at once when the session goes away.
void TestWorkbenchSession::editsAreSavedAndNeverLost()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"edits.db"_s)).ok());
    WorkbenchStore store(&db);
    Config config(m_dir.filePath(u"edits.ini"_s));
    qint64 id = 0;
    {
        auto session = makeSession();
        session->setAutosaveDelay(60000); // only saveEdits() or the end of the session write
        session->setConfig(&config);
        session->setStore(&store);
        session->setInput(fiveDocuments());
        QVERIFY(runAndWait(*session));
        id = session->setId();
        QVERIFY(id > 0);
        QVERIFY(!session->isModified());
        QVERIFY(session->setStatusText().endsWith(u"· saved"_s));
        session->setResultLabel(0, 3);
        RerankSet edited = session->input();
        edited.documents[1].label = 2;
        edited.instruction = u"find passages"_s;
        session->setInput(edited);
        QVERIFY(session->isModified());
        QVERIFY(session->setStatusText().contains(u"saving"_s));
        QCOMPARE(store.loadSet(id)->set.documents.at(0).label, -1); // not yet
    }                                                               // quit
    std::optional<WorkbenchSetRecord> saved = store.loadSet(id);
    QVERIFY(saved);
    QCOMPARE(saved->set.documents.at(0).label, 3);
    QCOMPARE(saved->set.documents.at(1).label, 2);
    QCOMPARE(saved->set.instruction, u"find passages"_s);
    // The results were made without the new instruction: they are not kept with it.
    QCOMPARE(saved->results.size(), 0);
    {
        // Reopened at the next start, with its results; an edit after Ctrl+S saves itself.
        auto session = makeSession();
        session->setConfig(&config);
        session->setStore(&store);
        QCOMPARE(session->setId(), id);
        QCOMPARE(session->input().documents.at(0).label, 3);
        QVERIFY(session->saveSet(u"Named"_s));
        RerankSet edited = session->input();
        edited.documents[4].label = 1;
        session->setInput(edited);
        QTRY_VERIFY(!session->isModified());
        QCOMPARE(store.loadSet(id)->set.documents.at(4).label, 1);
        QCOMPARE(store.loadSet(id)->name, u"Named"_s);
        QCOMPARE(store.listSets().size(), 1);
    }
}

void TestWorkbenchSession::emptyNewSetIsNotSaved()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"empty.db"_s)).ok());
    WorkbenchStore store(&db);
    auto session = makeSession();
    session->setStore(&store);
    RerankSet set;
    set.models = { Small };
    session->setInput(set);
    QVERIFY(session->saveEdits());
    QCOMPARE(session->setId(), 0);
    QCOMPARE(store.listSets().size(), 0);
    // Typed input becomes a set named after its query, like a chat message becomes a chat.
    set.query = u"lighthouses of Europe"_s;
    session->setInput(set);
    QTRY_VERIFY(session->setId() > 0);
    QCOMPARE(session->setName(), u"lighthouses of Europe"_s);
    QVERIFY(!session->isNamed());
    QVERIFY(session->newSet());
    QCOMPARE(session->setId(), 0);
    QCOMPARE(session->input().models, QStringList{ Small });
    QCOMPARE(store.listSets().size(), 1);
}

void TestWorkbenchSession::openingAnotherSetSavesEditsFirst()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"open.db"_s)).ok());
    WorkbenchStore store(&db);
    RerankSet other = fiveDocuments();
    other.query = u"other"_s;
    const qint64 otherId = store.saveSet(0, other, u"Other"_s);
    auto session = makeSession();
    session->setAutosaveDelay(60000);
    session->setStore(&store);
    session->setInput(fiveDocuments());
    QVERIFY(runAndWait(*session));
    const qint64 id = session->setId();
    session->setResultLabel(3, 2);
    QVERIFY(session->openSet(otherId));
    QCOMPARE(session->input().query, u"other"_s);
    QCOMPARE(store.loadSet(id)->set.documents.at(3).label, 2);
    QVERIFY(session->openSet(id));
    QCOMPARE(session->input().documents.at(3).label, 2);
    QCOMPARE(session->results().size(), 2);
}

void TestWorkbenchSession::storageTroubleKeepsEverything()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"refusing.db"_s)).ok());
    WorkbenchStore store(&db);
    auto session = makeSession();
    session->setStore(&store);
    QSqlQuery pragma(db.connection());
    QVERIFY(pragma.exec(u"PRAGMA query_only = ON"_s));
    session->setInput(fiveDocuments({ Small }));
    QVERIFY(!session->saveEdits());
    QVERIFY(session->saveFailed());
    QVERIFY(session->message().contains(u"could not be saved"_s));
    QVERIFY(runAndWait(*session));
    QCOMPARE(session->results().size(), 1);
    QCOMPARE(session->setId(), 0);
    // New Set refuses to drop what could not be saved.
    QVERIFY(!session->newSet());
    QCOMPARE(session->input().documents.size(), 5);
    QVERIFY(pragma.exec(u"PRAGMA query_only = OFF"_s));
    QVERIFY(session->saveEdits());
    QVERIFY(session->setId() > 0);
}

void TestWorkbenchSession::exportImportRoundTrip()
{
    auto session = makeSession();
    RerankSet set = fiveDocuments();
    set.documents[0].label = 2;
    session->setInput(set);
    QVERIFY(runAndWait(*session));
    const QString path = m_dir.filePath(u"session-set.json"_s);
    QString error;
    QVERIFY2(session->exportSet(path, &error), qPrintable(error));

    Database db;
    QVERIFY(db.open(m_dir.filePath(u"import.db"_s)).ok());
    WorkbenchStore store(&db);
    auto other = makeSession();
    other->setStore(&store);
    QVERIFY2(other->importSet(path, &error), qPrintable(error));
    QVERIFY(other->setId() > 0);
    QCOMPARE(other->input(), set);
    QCOMPARE(other->results().size(), 2);
    QCOMPARE(store.loadResults(other->setId()).size(), 2);
    QTRY_COMPARE(other->pairMetrics().size(), 1);

    // The older "Save set…" file too, parsed once.
    const QString legacy = m_dir.filePath(u"legacy.json"_s);
    QVERIFY(session->saveSetFile(legacy, &error));
    auto third = makeSession();
    QVERIFY2(third->importSet(legacy, &error), qPrintable(error));
    QCOMPARE(third->input(), set);
    QCOMPARE(third->results().size(), 2);
    QCOMPARE(third->setId(), 0); // no store: shown only
}

// Issue 18, item 4: thousands of models' results or millions of documents are refused with the
// reason, from the parse alone.
void TestWorkbenchSession::importRefusesHugeFiles()
{
    WorkbenchSetRecord record;
    record.set = fiveDocuments();
    for (int m = 0; m <= WorkbenchStore::maxResults; ++m) {
        RerankResult result;
        result.model = u"acme/m%1"_s.arg(m);
        result.documentCount = 5;
        result.ranked = { { 0, 0.9 }, { 1, 0.5 } };
        record.results << result;
    }
    const QString many = m_dir.filePath(u"many-models.json"_s);
    QFile file(many);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(WorkbenchStore::toJsonDocument(record));
    file.close();
    auto session = makeSession();
    QString error;
    QVERIFY(!session->importSet(many, &error));
    QVERIFY2(error.contains(u"101 models"_s) && error.contains(u"at most 100"_s),
             qPrintable(error));

    QByteArray huge = "{\"format\":\"sift-workbench-set\",\"version\":1,\"set\":{\"query\":\"q\","
                      "\"documents\":[";
    for (int i = 0; i <= RerankSet::MaxDocuments; ++i)
        huge += i ? ",\"d\"" : "\"d\"";
    huge += "]}}";
    QFile big(m_dir.filePath(u"many-documents.json"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(huge);
    big.close();
    QVERIFY(!session->importSet(big.fileName(), &error));
    QVERIFY2(error.contains(u"at most 100"_s) && error.contains(u"Split"_s), qPrintable(error));
    QVERIFY(session->input().documents.isEmpty());
}

void TestWorkbenchSession::importInBackground()
{
    auto session = makeSession();
    session->setInput(fiveDocuments());
    QVERIFY(runAndWait(*session));
    const QString path = m_dir.filePath(u"background.json"_s);
    QVERIFY(session->exportSet(path));
    auto other = makeSession();
    QSignalSpy replaced(other.get(), &WorkbenchSession::inputReplaced);
    QSignalSpy done(other.get(), &WorkbenchSession::importFinished);
    other->importSetInBackground(path);
    QVERIFY(replaced.isEmpty()); // read and parsed on a worker
    QVERIFY(done.wait(10000));
    QVERIFY(done.constFirst().at(0).toBool());
    QCOMPARE(other->input().documents.size(), 5);
    QCOMPARE(other->results().size(), 2);
    other->importSetInBackground(m_dir.filePath(u"missing.json"_s));
    QVERIFY(done.wait(10000));
    QVERIFY(!done.constLast().at(0).toBool());
    QVERIFY(other->message().contains(u"Could not open"_s));
}

// Issue 12, item 11: the JSON has texts and nDCG/MRR/recall; the CSV quotes what needs it.
void TestWorkbenchSession::exportsAreSelfContained()
{
    auto session = makeSession();
    RerankSet set = fiveDocuments();
    set.documents[0].label = 3;
    set.documents[1].text = u"Paris, \"the\" Eiffel Tower"_s;
    session->setInput(set);
    QVERIFY(runAndWait(*session));
    QTRY_VERIFY(session->hasLabelMetrics());
    const QJsonObject root
        = QJsonDocument::fromJson(
              RerankExport::resultsJson(session->resultSet(), session->results(),
                                        session->pairMetrics(), session->labelMetrics(), 10))
              .object();
    QCOMPARE(root.value(u"documents"_s).toArray().size(), 5);
    QCOMPARE(root.value(u"documents"_s).toArray().at(1).toObject().value(u"text"_s).toString(),
             set.documents.at(1).text);
    const QJsonObject model = root.value(u"models"_s).toArray().at(0).toObject();
    QVERIFY(model.value(u"metrics"_s).toObject().value(u"ndcg_at_k"_s).isDouble());
    QVERIFY(model.value(u"metrics"_s).toObject().value(u"mrr"_s).isDouble());
    QVERIFY(model.value(u"metrics"_s).toObject().value(u"recall_at_k"_s).isDouble());
    for (const QJsonValue &entry : model.value(u"results"_s).toArray())
        QCOMPARE(entry.toObject().value(u"document"_s).toString(),
                 set.documents.at(entry.toObject().value(u"index"_s).toInt()).text);

    const QByteArray csv = RerankExport::resultsCsv(session->resultSet(), session->results());
    QVERIFY(csv.startsWith("model,rank,index,score,label,document\n"));
    QVERIFY(csv.contains("\"Paris, \"\"the\"\" Eiffel Tower\""));
    // The CSV reads back with the same reader the workbench imports with.
    DocumentImport::CsvOptions options = DocumentImport::sniffCsv(csv).options();
    options.column = u"document"_s;
    QCOMPARE(DocumentImport::fromCsv(csv, options).documents.size(), 10);
}

// Issue 13: the workbench's import of a ';' CSV with BOM, CRLF and quoted fields sends the same
// three documents `sift rerank` sends (tst_clirerank checks the CLI's side).
void TestWorkbenchSession::semicolonCsvSendsTheSameDocumentsAsTheCli()
{
    const QString path = m_dir.filePath(u"semicolon.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFid;passage;label\r\n1;\"apple; red\";3\r\n"
               "2;\"a \"\"pear\"\", green\";0\r\n3;plum;\r\n");
    file.close();
    const DocumentImport::Result imported
        = DocumentImport::fromFile(path, DocumentImport::sniffCsvFile(path).options());
    RerankSet set;
    set.query = u"apple"_s;
    set.models = { Small };
    for (qsizetype i = 0; i < imported.documents.size(); ++i)
        set.documents << RerankDocument{ imported.documents.at(i), imported.labels.at(i) };
    auto session = makeSession();
    session->setInput(set);
    QVERIFY(runAndWait(*session));
    const QJsonObject body = QJsonDocument::fromJson(m_server.requests().at(0).body).object();
    QJsonArray sent = body.value(u"documents"_s).toArray();
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(0).toString(), u"apple; red"_s);
    QCOMPARE(sent.at(1).toString(), u"a \"pear\", green"_s);
    QCOMPARE(sent.at(2).toString(), u"plum"_s);
    QCOMPARE(session->input().documents.at(0).label, 3);
}

void TestWorkbenchSession::retryRunsOneModelAgain()
{
    auto session = makeSession();
    session->setInput(fiveDocuments({ Small, u"fault/status=400"_s }));
    QVERIFY(runAndWait(*session));
    QCOMPARE(session->results().size(), 2);
    QCOMPARE(session->results().at(1).state, RerankResult::State::Failed);
    QVERIFY(!session->retryModel(u"not/shown"_s));
    m_server.clearRequests();
    QSignalSpy finished(session.get(), &WorkbenchSession::runFinished);
    QVERIFY(session->retryModel(u"fault/status=400"_s));
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_server.requestCount(), 1); // that model only
    QCOMPARE(session->results().size(), 2);
    QCOMPARE(session->results().at(0).model, Small);
    QCOMPARE(session->results().at(1).model, u"fault/status=400"_s);
}

void TestWorkbenchSession::estimateUsesCatalogPrices()
{
    auto session = makeSession();
    RerankSet set = fiveDocuments({ Small, Large, u"custom/model"_s });
    session->setInput(set);
    const WorkbenchSession::CostEstimate estimate = session->estimateRun();
    QCOMPARE(estimate.pairs, 15);
    qint64 tokens = 5 * ((set.query.size() + 3) / 4);
    for (const RerankDocument &doc : set.documents)
        tokens += (doc.text.size() + 3) / 4;
    QCOMPARE(estimate.tokensPerModel, tokens);
    double expected = 0;
    bool priced = false;
    for (const QString &model : set.models) {
        if (const std::optional<ModelInfo> info = m_catalog->find(model);
            info && info->priceInPerMTok) {
            expected += double(tokens) / 1e6 * *info->priceInPerMTok;
            priced = true;
        }
    }
    QCOMPARE(estimate.priced, priced);
    QCOMPARE(estimate.cost, expected);
    QCOMPARE(estimate.unpriced, QStringList{ u"custom/model"_s });
}

void TestWorkbenchSession::estimateNamesModelsWithoutAPrice()
{
    // The documented table gives no price for Qwen3-Reranker-4B (PROTOCOL.md): the estimate
    // names it rather than counting it as free.
    const QString medium = u"Qwen/Qwen3-Reranker-4B"_s;
    const std::optional<ModelInfo> info = m_catalog->find(medium);
    QVERIFY(info);
    QVERIFY(!info->priceInPerMTok);
    auto session = makeSession();
    session->setInput(fiveDocuments({ Small, medium }));
    const WorkbenchSession::CostEstimate estimate = session->estimateRun();
    QVERIFY(estimate.priced);
    QCOMPARE(estimate.unpriced, QStringList{ medium });
    session->setInput(fiveDocuments({ medium }));
    QVERIFY(!session->estimateRun().priced);
    QCOMPARE(session->estimateRun().cost, 0.0);
}

QTEST_GUILESS_MAIN(TestWorkbenchSession)
#include "tst_workbenchsession.moc"
