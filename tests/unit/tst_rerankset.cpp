#include "rerank/rerankresult.h"
#include "rerank/rerankset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRerankSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setRoundTrip();
    void setFromHostileJson_data();
    void setFromHostileJson();
    void setHelpers();
    void sortOrder();
    void resultRoundTrip();
    void resultRejectsForeignJson();
    void cohereShape();
};

void TestRerankSet::setRoundTrip()
{
    RerankSet set;
    set.query = u"what is a reranker?"_s;
    set.instruction = u"Judge relevance"_s;
    set.documents = { { u"a"_s, 3 }, { u"b"_s, -1 }, { u"c\nmulti"_s, 0 } };
    set.models = { u"Qwen/Qwen3-Reranker-0.6B"_s, u"Qwen/Qwen3-Reranker-8B"_s };
    set.topN = 2;
    set.batchSize = 16;
    const QByteArray json = QJsonDocument(set.toJson()).toJson();
    const std::optional<RerankSet> back
        = RerankSet::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(back);
    QCOMPARE(*back, set);
    // Unlabelled documents carry no label field at all.
    QVERIFY(!set.toJson().value(u"documents"_s).toArray().at(1).toObject().contains(u"label"_s));
    QVERIFY(!RerankSet{}.toJson().contains(u"instruction"_s));
}

void TestRerankSet::setFromHostileJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("documents");
    QTest::addColumn<int>("firstLabel");
    QTest::addColumn<int>("batchSize");

    QTest::newRow("empty object") << QByteArray("{}") << true << 0 << -1 << 64;
    QTest::newRow("strings as documents")
        << QByteArray(R"({"documents":["x","y"]})") << true << 2 << -1 << 64;
    QTest::newRow("label out of range")
        << QByteArray(R"({"documents":[{"text":"x","label":7}]})") << true << 1 << -1 << 64;
    QTest::newRow("label kept") << QByteArray(R"({"documents":[{"text":"x","label":2}]})") << true
                                << 1 << 2 << 64;
    QTest::newRow("bad batch size") << QByteArray(R"({"batch_size":-3})") << true << 0 << -1 << 64;
    QTest::newRow("huge batch size")
        << QByteArray(R"({"batch_size":100000})") << true << 0 << -1 << 64;
    QTest::newRow("documents not a list")
        << QByteArray(R"({"documents":"x"})") << false << 0 << -1 << 64;
    QTest::newRow("document a number")
        << QByteArray(R"({"documents":[1]})") << false << 0 << -1 << 64;
    QTest::newRow("query not text") << QByteArray(R"({"query":[1]})") << false << 0 << -1 << 64;
}

void TestRerankSet::setFromHostileJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(int, documents);
    QFETCH(int, firstLabel);
    QFETCH(int, batchSize);
    QString error;
    const std::optional<RerankSet> set
        = RerankSet::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QCOMPARE(set.has_value(), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!set)
        return;
    QCOMPARE(set->documents.size(), documents);
    if (documents > 0)
        QCOMPARE(set->documents.constFirst().label, firstLabel);
    QCOMPARE(set->batchSize, batchSize);
}

void TestRerankSet::setHelpers()
{
    RerankSet set;
    set.documents = { { u"a"_s, -1 }, { u"b"_s, -1 } };
    QVERIFY(!set.hasLabels());
    set.documents[1].label = 0;
    QVERIFY(set.hasLabels());
    QCOMPARE(set.labels(), (QList<int>{ -1, 0 }));
    QCOMPARE(set.texts(), (QStringList{ u"a"_s, u"b"_s }));
    set.batchSize = 0;
    QCOMPARE(set.effectiveBatchSize(), 1);
    set.batchSize = 5000;
    QCOMPARE(set.effectiveBatchSize(), RerankSet::MaxBatchSize);
}

void TestRerankSet::sortOrder()
{
    QList<RerankScore> scores{ { 3, 0.5 }, { 0, 0.9 }, { 2, 0.5 }, { 1, 0.1 }, { 4, 0.9 } };
    sortRanked(scores);
    QCOMPARE(scores,
             (QList<RerankScore>{ { 0, 0.9 }, { 4, 0.9 }, { 2, 0.5 }, { 3, 0.5 }, { 1, 0.1 } }));
}

void TestRerankSet::resultRoundTrip()
{
    RerankResult result;
    result.model = u"Qwen/Qwen3-Reranker-4B"_s;
    result.ranked = { { 2, 0.75 }, { 0, 0.5 } };
    const ApiError server = ApiError::make(ApiError::Kind::Server, u"Service unavailable"_s);
    ApiError withStatus = server;
    withStatus.httpStatus = 503;
    withStatus.retryable = true;
    const ApiError cancelled = ApiError::make(ApiError::Kind::Cancelled, u"Cancelled."_s);
    result.unscored = { { 1, withStatus }, { 3, withStatus }, { 4, cancelled } };
    result.documentCount = 5;
    result.latencyMs = 1234;
    result.inputTokens = 987;
    result.cost = 0.00042;
    result.costEstimated = true;
    result.state = RerankResult::State::Partial;

    const QJsonObject json = result.toJson();
    // Consecutive documents with the same error share one entry.
    QCOMPARE(json.value(u"unscored"_s).toArray().size(), 2);
    const std::optional<RerankResult> back
        = RerankResult::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY(back);
    QCOMPARE(back->model, result.model);
    QCOMPARE(back->ranked, result.ranked);
    QCOMPARE(back->unscored.size(), 3);
    QCOMPARE(back->unscored.at(1).index, 3);
    QCOMPARE(back->unscored.at(1).error.kind, ApiError::Kind::Server);
    QCOMPARE(back->unscored.at(1).error.httpStatus, 503);
    QCOMPARE(back->unscored.at(1).error.message, u"Service unavailable"_s);
    QVERIFY(back->unscored.at(1).error.retryable);
    QCOMPARE(back->unscored.at(2).error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(back->documentCount, 5);
    QCOMPARE(back->latencyMs, 1234);
    QCOMPARE(back->inputTokens, 987);
    QCOMPARE(back->cost, std::optional<double>(0.00042));
    QVERIFY(back->costEstimated);
    QCOMPARE(back->state, RerankResult::State::Partial);
    QCOMPARE(back->rankOf(0), 2);
    QCOMPARE(back->rankOf(1), 0);
    QCOMPARE(back->firstError().httpStatus, 503);

    result.cost.reset();
    QVERIFY(!RerankResult::fromJson(result.toJson())->cost);
}

void TestRerankSet::resultRejectsForeignJson()
{
    QString error;
    QVERIFY(!RerankResult::fromJson(QJsonObject{ { u"model"_s, u"x"_s } }, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!RerankResult::fromJson(QJsonObject{
        { u"model"_s, u"x"_s }, { u"state"_s, u"bogus"_s }, { u"ranked"_s, QJsonArray() } }));
    // Entries without a valid index or score are dropped, the rest re-sorted.
    const std::optional<RerankResult> r = RerankResult::fromJson(QJsonDocument::fromJson(R"(
        {"model":"m","state":"complete","ranked":[{"index":1,"score":0.2},{"index":-1,"score":1},
         {"index":2,"score":"high"},{"index":0,"score":0.9}]})")
                                                                     .object());
    QVERIFY(r);
    QCOMPARE(r->ranked, (QList<RerankScore>{ { 0, 0.9 }, { 1, 0.2 } }));
}

void TestRerankSet::cohereShape()
{
    RerankResult result;
    result.model = u"m"_s;
    result.ranked = { { 1, 0.9 }, { 0, 0.1 } };
    result.inputTokens = 12;
    const QJsonObject json = result.toCohereJson();
    const QJsonArray results = json.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(u"index"_s).toInt(), 1);
    QCOMPARE(results.at(0).toObject().value(u"relevance_score"_s).toDouble(), 0.9);
    const QJsonObject meta = json.value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"tokens"_s).toObject().value(u"input_tokens"_s).toInt(), 12);
    QCOMPARE(meta.value(u"billed_units"_s).toObject().value(u"total_tokens"_s).toInt(), 12);
    QVERIFY(json.value(u"cost"_s).isNull());
}

QTEST_GUILESS_MAIN(TestRerankSet)
#include "tst_rerankset.moc"
