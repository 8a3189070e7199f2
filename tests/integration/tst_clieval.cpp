#include "clitest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

// `sift eval --qrels … --run …` as a user runs it: the real binary on the committed fixtures,
// whose numbers must equal trec_eval's outputs (tests/data/trec_eval/README.md), per query and
// overall, to the 4 decimals trec_eval prints.
class TestCliEval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void equalsTrecEval_data();
    void equalsTrecEval();
    void jsonShape();
    void textTables();
    void textShowsIntervals();
    void reproducible();
    void exitCodes_data();
    void exitCodes();

private:
    using Result = CliTest::Run;
    Result run(QStringList arguments);
    QString writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir m_home;
};

namespace {

const QString Dir = QStringLiteral(SIFT_SOURCE_DIR "/tests/data/trec_eval/");
const QString Measures = u"ndcg_cut.5,10,ndcg,map,recip_rank,P.5,10,recall.5,10,100"_s;

// measure → qid → value text, from lines "measure<TAB>qid<TAB>value" (trec_eval -q format).
using Table = QHash<QString, QHash<QString, QString>>;

Table parseTrecEval(const QString &text)
{
    Table table;
    for (const QString &line : text.split(u'\n')) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 3)
            continue;
        const QString measure = fields.at(0).trimmed();
        if (measure == "runid"_L1 || measure == "num_q"_L1)
            continue;
        table[measure][fields.at(1)] = fields.at(2).trimmed();
    }
    return table;
}

Table readTrecEvalFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseTrecEval(QString::fromUtf8(file.readAll()));
}

QString fourDecimals(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%6.4f", value);
    return QString::fromLatin1(text).trimmed();
}

} // namespace

void TestCliEval::initTestCase()
{
    QVERIFY(m_home.isValid());
}

TestCliEval::Result TestCliEval::run(QStringList arguments)
{
    arguments.prepend(u"eval"_s);
    return CliTest::runBlocking(CliTest::environment(m_home.path()), arguments);
}

QString TestCliEval::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_home.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

void TestCliEval::equalsTrecEval_data()
{
    QTest::addColumn<QString>("qrels");
    QTest::addColumn<QString>("run");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reference");
    const QString g = u"graded.qrels"_s;
    QTest::newRow("full") << g << u"full.run"_s << QStringList{} << u"graded-full.out"_s;
    QTest::newRow("full --complete -l 2")
        << g << u"full.run"_s << QStringList{ u"--complete"_s, u"-l"_s, u"2"_s }
        << u"graded-full.l2.c.out"_s;
    QTest::newRow("full -l 0") << g << u"full.run"_s << QStringList{ u"-l"_s, u"0"_s }
                               << u"graded-full.l0.out"_s;
    QTest::newRow("ties, a judged query missing")
        << g << u"tiesA.run"_s << QStringList{} << u"graded-tiesA.out"_s;
    QTest::newRow("ties --complete")
        << g << u"tiesA.run"_s << QStringList{ u"--complete"_s } << u"graded-tiesA.c.out"_s;
    QTest::newRow("random a") << u"random.qrels"_s << u"random_a.run"_s << QStringList{}
                              << u"random-a.out"_s;
    QTest::newRow("random b") << u"random.qrels"_s << u"random_b.run"_s << QStringList{}
                              << u"random-b.out"_s;
    QTest::newRow("random c --complete") << u"random.qrels"_s << u"random_c.run"_s
                                         << QStringList{ u"--complete"_s } << u"random-c.c.out"_s;
    QTest::newRow("random c --complete -l 2")
        << u"random.qrels"_s << u"random_c.run"_s << QStringList{ u"--complete"_s, u"-l"_s, u"2"_s }
        << u"random-c.l2.c.out"_s;
}

void TestCliEval::equalsTrecEval()
{
    QFETCH(QString, qrels);
    QFETCH(QString, run);
    QFETCH(QStringList, options);
    QFETCH(QString, reference);
    const Result r = this->run(QStringList{ u"--qrels"_s, Dir + qrels, u"--run"_s, Dir + run,
                                            u"--measures"_s, Measures, u"--per-query"_s }
                               + options);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const Table ours = parseTrecEval(r.out);
    const Table theirs = readTrecEvalFile(Dir + reference);
    QVERIFY(!theirs.isEmpty());
    QCOMPARE(QSet<QString>(ours.keyBegin(), ours.keyEnd()),
             QSet<QString>(theirs.keyBegin(), theirs.keyEnd()));
    int compared = 0;
    for (auto m = theirs.cbegin(); m != theirs.cend(); ++m) {
        QCOMPARE(ours.value(m.key()).size(), m->size()); // the same queries, and "all"
        for (auto q = m->cbegin(); q != m->cend(); ++q) {
            QVERIFY2(ours.value(m.key()).value(q.key()) == q.value(),
                     qPrintable(u"%1 %2: sift %3, trec_eval %4"_s.arg(
                         m.key(), q.key(), ours.value(m.key()).value(q.key()), q.value())));
            ++compared;
        }
    }
    QVERIFY(compared > 50);
}

void TestCliEval::jsonShape()
{
    const Result r = run({ u"--qrels"_s, Dir + u"random.qrels"_s, u"--run"_s,
                           Dir + u"random_a.run"_s, u"--run"_s, u"second=%1random_b.run"_s.arg(Dir),
                           u"--run"_s, Dir + u"random_c.run"_s, u"--measures"_s,
                           u"ndcg_cut.10,map"_s, u"--json"_s, u"--per-query"_s });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"measures"_s).toArray(), (QJsonArray{ u"ndcg_cut_10"_s, u"map"_s }));
    const QJsonArray systems = root.value(u"systems"_s).toArray();
    QCOMPARE(systems.size(), 3);
    QCOMPARE(systems.at(0).toObject().value(u"name"_s).toString(), u"random_a"_s);
    QCOMPARE(systems.at(1).toObject().value(u"name"_s).toString(), u"second"_s);
    QCOMPARE(systems.at(2).toObject().value(u"name"_s).toString(), u"random_c"_s);
    const Table reference = readTrecEvalFile(Dir + u"random-b.out"_s);
    const QJsonObject b = systems.at(1).toObject();
    QCOMPARE(b.value(u"queries"_s).toInt(), 48); // q5 and q17 unanswered
    QCOMPARE(fourDecimals(b.value(u"mean"_s).toObject().value(u"map"_s).toDouble()),
             reference.value(u"map"_s).value(u"all"_s));
    const QJsonObject perQuery = b.value(u"per_query"_s).toObject();
    QCOMPARE(perQuery.size(), 48);
    QCOMPARE(fourDecimals(perQuery.value(u"q12"_s).toObject().value(u"ndcg_cut_10"_s).toDouble()),
             reference.value(u"ndcg_cut_10"_s).value(u"q12"_s));
    const QJsonArray interval = b.value(u"ci95"_s).toObject().value(u"map"_s).toArray();
    QCOMPARE(interval.size(), 2);
    const double mean = b.value(u"mean"_s).toObject().value(u"map"_s).toDouble();
    QVERIFY(interval.at(0).toDouble() < mean && mean < interval.at(1).toDouble());

    const QJsonArray comparisons = root.value(u"comparisons"_s).toArray();
    QCOMPARE(comparisons.size(), 3 * 2);
    const QJsonObject first = comparisons.at(0).toObject();
    for (const char *key :
         { "a", "b", "measure", "delta", "p_randomization", "p_ttest", "wins", "ties", "losses" })
        QVERIFY2(first.contains(QLatin1StringView(key)), key);
    QCOMPARE(first.value(u"a"_s).toString(), u"random_a"_s);
    QCOMPARE(first.value(u"b"_s).toString(), u"second"_s);
    QCOMPARE(first.value(u"measure"_s).toString(), u"ndcg_cut_10"_s);
    QCOMPARE(first.value(u"wins"_s).toInt() + first.value(u"ties"_s).toInt()
                 + first.value(u"losses"_s).toInt(),
             48);
    const double p = first.value(u"p_randomization"_s).toDouble();
    QVERIFY(p > 0 && p <= 1);

    // Without --per-query there is no per_query.
    const Result brief = run({ u"--qrels"_s, Dir + u"random.qrels"_s, u"--run"_s,
                               Dir + u"random_a.run"_s, u"--json"_s });
    QCOMPARE(brief.exitCode, 0);
    const QJsonObject one = QJsonDocument::fromJson(brief.out.toUtf8())
                                .object()
                                .value(u"systems"_s)
                                .toArray()
                                .at(0)
                                .toObject();
    QVERIFY(!one.contains(u"per_query"_s));
    QCOMPARE(
        one.value(u"mean"_s).toObject().keys(),
        (QStringList{ u"P_10"_s, u"map"_s, u"ndcg_cut_10"_s, u"recall_100"_s, u"recip_rank"_s }));
}

void TestCliEval::textTables()
{
    const Result r
        = run({ u"--qrels"_s, Dir + u"graded.qrels"_s, u"--run"_s, Dir + u"full.run"_s, u"--run"_s,
                u"ties=%1tiesA.run"_s.arg(Dir), u"--measures"_s, u"ndcg_cut.10,P.5"_s });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n');
    QVERIFY2(lines.at(0).startsWith(u"system"_s), qPrintable(r.out));
    QVERIFY(lines.at(0).contains(u"ndcg_cut_10"_s) && lines.at(0).contains(u"P_5"_s));
    // Aligned: each value column (value, then "*" for the best or a space) ends where its
    // header ends.
    const qsizetype end = lines.at(0).indexOf(u"ndcg_cut_10"_s) + 11;
    const Table full = readTrecEvalFile(Dir + u"graded-full.out"_s);
    QVERIFY(lines.at(1).startsWith(u"full "_s));
    QCOMPARE(lines.at(1).mid(end - 7, 7), full.value(u"ndcg_cut_10"_s).value(u"all"_s) + u'*');
    QVERIFY(lines.at(2).startsWith(u"ties "_s));
    QVERIFY(r.out.contains(u"wins/ties/losses"_s));
    QVERIFY(r.out.contains(u"Holm"_s));
    QVERIFY(r.out.contains(u"\nfull      ties"_s) || r.out.contains(u"\nfull  ties"_s));
}

// The 95% bootstrap intervals that --json gives as "ci95" are in the text too, one "[low, high]"
// per system and measure, equal to the JSON's to 4 decimals.
void TestCliEval::textShowsIntervals()
{
    const QStringList arguments{ u"--qrels"_s,    Dir + u"graded.qrels"_s,
                                 u"--run"_s,      Dir + u"full.run"_s,
                                 u"--run"_s,      u"ties=%1tiesA.run"_s.arg(Dir),
                                 u"--measures"_s, u"ndcg_cut.10,P.5"_s };
    const Result text = run(arguments);
    QCOMPARE(text.exitCode, 0);
    const Result json = run(arguments + QStringList{ u"--json"_s });
    QCOMPARE(json.exitCode, 0);
    const QJsonArray systems
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"systems"_s).toArray();
    QCOMPARE(systems.size(), 2);

    const QStringList lines = text.out.split(u'\n');
    const qsizetype title
        = lines.indexOf(u"95% bootstrap interval of each mean (10000 resamples of the queries):"_s);
    QVERIFY2(title > 0, qPrintable(text.out));
    const QString header = lines.value(title + 1);
    QVERIFY2(header.startsWith(u"system"_s) && header.contains(u"ndcg_cut_10"_s)
                 && header.contains(u"P_5"_s),
             qPrintable(header));
    for (qsizetype s = 0; s < systems.size(); ++s) {
        const QJsonObject system = systems.at(s).toObject();
        const QString row = lines.value(title + 2 + s);
        QVERIFY2(row.startsWith(system.value(u"name"_s).toString() + u' '), qPrintable(row));
        for (const QString &measure : { u"ndcg_cut_10"_s, u"P_5"_s }) {
            const QJsonArray ci = system.value(u"ci95"_s).toObject().value(measure).toArray();
            const QString cell = u"[%1, %2]"_s.arg(fourDecimals(ci.at(0).toDouble()),
                                                   fourDecimals(ci.at(1).toDouble()));
            QVERIFY2(row.contains(cell), qPrintable(row + u" lacks "_s + cell));
            // Aligned under its measure's header: the cell ends where the header ends.
            const qsizetype end = header.indexOf(measure) + measure.size();
            QCOMPARE(row.indexOf(cell) + cell.size(), end);
        }
    }
}

void TestCliEval::reproducible()
{
    const QStringList arguments{ u"--qrels"_s, Dir + u"random.qrels"_s,
                                 u"--run"_s,   Dir + u"random_a.run"_s,
                                 u"--run"_s,   Dir + u"random_b.run"_s,
                                 u"--json"_s };
    const Result first = run(arguments);
    const Result second = run(arguments);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(second.out, first.out);
}

void TestCliEval::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString qrels = Dir + u"graded.qrels"_s;
    const QString run = Dir + u"full.run"_s;
    QTest::newRow("no qrels") << QStringList{ u"--run"_s, run } << u"--qrels"_s;
    QTest::newRow("no run") << QStringList{ u"--qrels"_s, qrels } << u"--run"_s;
    QTest::newRow("unknown measure")
        << QStringList{ u"--qrels"_s, qrels, u"--run"_s, run, u"--measures"_s, u"ndcg@10"_s }
        << u"Unknown measure"_s;
    QTest::newRow("bad level") << QStringList{ u"--qrels"_s, qrels,   u"--run"_s,
                                               run,          u"-l"_s, u"high"_s }
                               << u"-l needs"_s;
    QTest::newRow("missing file") << QStringList{ u"--qrels"_s, qrels, u"--run"_s,
                                                  Dir + u"nothing.run"_s }
                                  << u"nothing.run: The file could not be opened"_s;
    QTest::newRow("run given as qrels")
        << QStringList{ u"--qrels"_s, run, u"--run"_s, run } << u"full.run, line 1: Expected 4"_s;
    QTest::newRow("duplicate document")
        << QStringList{ u"--qrels"_s, qrels, u"--run"_s, Dir + u"duplicate.run"_s }
        << u"duplicate.run, line 3: Document “d01” is listed twice"_s;
    QTest::newRow("same name twice")
        << QStringList{ u"--qrels"_s, qrels, u"--run"_s, run, u"--run"_s, u"full=%1"_s.arg(run) }
        << u"two runs are named “full”"_s;
    QTest::newRow("nothing judged")
        << QStringList{ u"--qrels"_s, Dir + u"random.qrels"_s, u"--run"_s, run }
        << u"no query of run “full” is judged"_s;
    const QString bad = writeFile(u"bad.qrels"_s, "1 0 a 1\n1 0 b 0\n1 0 c relevant\n");
    QTest::newRow("bad grade on line 3")
        << QStringList{ u"--qrels"_s, bad, u"--run"_s, run }
        << u"bad.qrels, line 3: The grade “relevant” is not a whole number"_s;
    QTest::newRow("stray argument") << QStringList{ u"--qrels"_s, qrels, run } << u"--run FILE"_s;
}

void TestCliEval::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliEval)
#include "tst_clieval.moc"
