#include "clitest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `sift kb` and `sift chat --kb` as a user runs them: the real binary against the
// sift-fakeserver executable, with a throwaway HOME (so a real sift.db of its own) and no
// keychain.
class TestCliKb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addListSearchRemove();
    void searchJsonShape();
    void unknownCollectionExitsTwoNamingIt_data();
    void unknownCollectionExitsTwoNamingIt();
    void collectionRefusesAnotherModel();
    void rerankFailureIsSaid();
    void chatWithSources();
    void killedIndexingResumes();
    void demoSampleCollectionAnswers();

private:
    using Run = CliTest::Run;
    Run run(const QStringList &arguments, int port = 0);
    QString write(const QString &relative, const QByteArray &data);
    QString baseUrl(int port = 0) const
    {
        return u"http://127.0.0.1:%1/v1/openai"_s.arg(port ? port : m_port);
    }
    QString dbPath() const { return m_home.path() + u"/.local/share/Sift/Sift/sift.db"_s; }

    QProcess m_server;
    int m_port = 0;
    QTemporaryDir m_home;
};

void TestCliKb::initTestCase()
{
    QVERIFY(m_home.isValid());
    CliTest::startFakeServer(m_server, { u"--reply"_s, u"Prune apple trees in late winter [1]."_s },
                             &m_port);
    if (QTest::currentTestFailed())
        return;
    write(u"notes/orchard.md"_s,
          "# Orchard\n\nPrune apple trees in late winter, before the buds open.\n\n"
          "## Harvest\n\nPick apples with a gentle twist.\n");
    write(u"notes/engines.txt"_s, "Diesel engines need clean fuel filters.\n");
    write(u"notes/.git/HEAD"_s, "ref: refs/heads/main\n");
}

void TestCliKb::cleanupTestCase()
{
    CliTest::stopFakeServer(m_server);
}

QString TestCliKb::write(const QString &relative, const QByteArray &data)
{
    const QString path = m_home.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(data);
    return file.fileName();
}

TestCliKb::Run TestCliKb::run(const QStringList &arguments, int port)
{
    return CliTest::runBlocking(CliTest::environment(m_home.path(), u"kb-test-key"_s),
                                QStringList{ u"--base-url"_s, baseUrl(port) } + arguments);
}

void TestCliKb::addListSearchRemove()
{
    Run r = run({ u"kb"_s, u"add"_s, u"garden"_s, m_home.filePath(u"notes"_s) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"garden: 2 files indexed"_s), qPrintable(r.out));

    r = run({ u"kb"_s, u"list"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"garden: 2 files"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Qwen/Qwen3-Embedding-0.6B (1024 dimensions)"_s));

    r = run({ u"kb"_s, u"list"_s, u"--json"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject list = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(list.value("collections"_L1).toArray().first().toObject().value("files"_L1).toInt(),
             2);

    r = run({ u"kb"_s, u"sync"_s, u"garden"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"0 files indexed (0 passages), 2 unchanged"_s), qPrintable(r.out));

    r = run({ u"kb"_s, u"search"_s, u"garden"_s, u"when to prune apple trees"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n');
    QVERIFY(lines.at(0).contains(u"RERANK"_s));
    QVERIFY2(lines.at(1).contains(u"orchard.md:"_s), qPrintable(r.out));

    r = run({ u"kb"_s, u"remove"_s, u"garden"_s });
    QCOMPARE(r.exitCode, 0);
    r = run({ u"kb"_s, u"list"_s });
    QVERIFY(r.out.contains(u"No collections yet"_s));
}

void TestCliKb::searchJsonShape()
{
    QCOMPARE(run({ u"kb"_s, u"add"_s, u"json"_s, m_home.filePath(u"notes"_s), u"--dimensions"_s,
                   u"128"_s })
                 .exitCode,
             0);
    const Run r = run(
        { u"kb"_s, u"search"_s, u"json"_s, u"diesel fuel"_s, u"--json"_s, u"--top-n"_s, u"1"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject document = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray results = document.value("results"_L1).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject first = results.first().toObject();
    QCOMPARE(first.value("rank"_L1).toInt(), 1);
    QVERIFY(first.value("path"_L1).toString().endsWith(u"engines.txt"_s));
    QCOMPARE(first.value("lines"_L1).toString(), u"1"_s);
    QVERIFY(first.value("text"_L1).toString().contains(u"fuel filters"_s));
    QCOMPARE(first.value("bm25_rank"_L1).toInt(), 1);
    QVERIFY(first.value("vector_rank"_L1).toInt() >= 1);
    QVERIFY(first.value("fused_rank"_L1).toInt() >= 1);
    QVERIFY(first.value("rerank_score"_L1).isDouble());
    QVERIFY(document.value("cost"_L1).isDouble());

    const Run plain
        = run({ u"kb"_s, u"search"_s, u"json"_s, u"diesel"_s, u"--json"_s, u"--no-rerank"_s });
    const QJsonObject fused = QJsonDocument::fromJson(plain.out.toUtf8())
                                  .object()
                                  .value("results"_L1)
                                  .toArray()
                                  .first()
                                  .toObject();
    QVERIFY(fused.value("rerank_score"_L1).isNull());
}

void TestCliKb::unknownCollectionExitsTwoNamingIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("search") << QStringList{ u"kb"_s, u"search"_s, u"nosuch"_s, u"query"_s };
    QTest::newRow("sync") << QStringList{ u"kb"_s, u"sync"_s, u"nosuch"_s };
    QTest::newRow("remove") << QStringList{ u"kb"_s, u"remove"_s, u"nosuch"_s };
    QTest::newRow("chat") << QStringList{ u"chat"_s, u"--kb"_s, u"nosuch"_s, u"hello"_s };
}

void TestCliKb::unknownCollectionExitsTwoNamingIt()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"“nosuch”"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliKb::collectionRefusesAnotherModel()
{
    QCOMPARE(
        run({ u"kb"_s, u"add"_s, u"fixed"_s, m_home.filePath(u"notes/engines.txt"_s) }).exitCode,
        0);
    const Run r = run({ u"kb"_s, u"add"_s, u"fixed"_s, m_home.filePath(u"notes/orchard.md"_s),
                        u"--embed-model"_s, u"BAAI/bge-m3"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"cannot be mixed"_s), qPrintable(r.err));
    const Run size = run({ u"kb"_s, u"add"_s, u"fixed"_s, m_home.filePath(u"notes/orchard.md"_s),
                           u"--dimensions"_s, u"64"_s });
    QCOMPARE(size.exitCode, 2);
}

void TestCliKb::rerankFailureIsSaid()
{
    QCOMPARE(run({ u"kb"_s, u"add"_s, u"rr"_s, m_home.filePath(u"notes"_s) }).exitCode, 0);
    const Run r = run({ u"kb"_s, u"search"_s, u"rr"_s, u"apple"_s, u"--rerank-model"_s,
                        u"Qwen/Qwen3-Reranker-0.6B@status=503"_s });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(u"Reranking with Qwen/Qwen3-Reranker-0.6B@status=503 failed, so the "
                            "passages are in fused (RRF) order"_s),
             qPrintable(r.err));
    QVERIFY(r.out.contains(u"orchard.md"_s)); // the fused results are still shown
}

void TestCliKb::chatWithSources()
{
    QCOMPARE(run({ u"kb"_s, u"add"_s, u"chat"_s, m_home.filePath(u"notes"_s) }).exitCode, 0);
    const Run r = run(
        { u"chat"_s, u"--kb"_s, u"chat"_s, u"--no-stream"_s, u"When do I prune apple trees?"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString orchard = m_home.filePath(u"notes/orchard.md"_s);
    // The reply cites [1]: only that source is listed.
    QVERIFY2(r.out.startsWith(u"Prune apple trees in late winter [1].\n\nSources:\n[1] "_s + orchard
                              + u':'),
             qPrintable(r.out));
    QCOMPARE(r.out.count(u"\n["_s), 1);
}

void TestCliKb::killedIndexingResumes()
{
    // Five large files, one embedding window each, on a slow server: the process is killed
    // once two are in the file, then a sync finishes the rest.
    QByteArray paragraph;
    for (int i = 0; i < 400; ++i)
        paragraph += "word" + QByteArray::number(i % 50) + (i % 20 == 19 ? "\n" : " ");
    QByteArray big;
    for (int p = 0; p < 320; ++p)
        big += "Paragraph " + QByteArray::number(p) + "\n" + paragraph + "\n\n";
    for (int f = 0; f < 5; ++f)
        write(u"big/file%1.txt"_s.arg(f), "File " + QByteArray::number(f) + "\n" + big);

    QProcess process;
    process.setProcessEnvironment(CliTest::environment(m_home.path(), u"kb-test-key"_s));
    process.start(QStringLiteral(SIFT_BINARY),
                  { u"--base-url"_s, baseUrl(), u"kb"_s, u"add"_s, u"big"_s,
                    m_home.filePath(u"big"_s), u"--dimensions"_s, u"32"_s, u"--embed-model"_s,
                    u"Qwen/Qwen3-Embedding-0.6B@slow-first=150"_s });
    QVERIFY(process.waitForStarted(10000));

    const auto filesIn = [this] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(dbPath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        int count = -1;
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT COUNT(*) FROM kb_files f JOIN kb_collections c ON"
                           " c.id = f.collection_id WHERE c.name = 'big'"_s)
                && query.next())
                count = query.value(0).toInt();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"probe"_s);
        return count;
    };
    QTRY_VERIFY_WITH_TIMEOUT(filesIn() >= 2, 60000);
    process.kill(); // SIGKILL: no cleanup of any kind
    QVERIFY(process.waitForFinished(10000));
    const int before = filesIn();
    QVERIFY2(before >= 2 && before < 5, qPrintable(QString::number(before)));

    const Run r = run({ u"kb"_s, u"sync"_s, u"big"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"%1 files indexed"_s.arg(5 - before)), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"%1 unchanged"_s.arg(before)), qPrintable(r.out));
    QCOMPARE(filesIn(), 5);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
        // The collection's FTS5 index (kb_fts_<id>) agrees with itself.
        QVERIFY(query.exec(u"SELECT id FROM kb_collections WHERE name = 'big'"_s) && query.next());
        const QString fts = u"kb_fts_%1"_s.arg(query.value(0).toLongLong());
        query.finish();
        QVERIFY(query.exec(u"INSERT INTO %1(%1) VALUES ('integrity-check')"_s.arg(fts)));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TestCliKb::demoSampleCollectionAnswers()
{
    // What scripts/run --demo does before Sift starts: the committed sample, indexed against
    // the fake server's embeddings, answers a question about itself.
    Run r
        = run({ u"kb"_s, u"add"_s, u"Sift sample"_s, QStringLiteral(SIFT_TEST_DATA "/kb-sample") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"Sift sample: 3 files indexed"_s), qPrintable(r.out));
    r = run({ u"kb"_s, u"search"_s, u"Sift sample"_s, u"where is my API key kept"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray results
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value("results"_L1).toArray();
    QVERIFY(!results.isEmpty());
    QVERIFY2(
        results.first().toObject().value("path"_L1).toString().endsWith("getting-started.md"_L1),
        qPrintable(r.out));
    r = run({ u"kb"_s, u"remove"_s, u"Sift sample"_s });
    QCOMPARE(r.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliKb)
#include "tst_clikb.moc"
