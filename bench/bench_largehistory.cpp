// A history at the hostile end of the scale (issue 18 items 4 and 6), one figure per process so
// that each peak memory is its own:
//
//   bench_largehistory import   a 100,000-message conversation imported from its export file
//                               (parents listed after their children) the way the window does it:
//                               time to the end, the longest stall of the GUI thread's event loop
//                               meanwhile, peak memory.
//   bench_largehistory open     that conversation, the newest one, reopened at start in the real
//                               ChatPane (ChatSession, TranscriptModel, TranscriptView) on the
//                               offscreen platform: time until its last screen is painted, the
//                               longest stall meanwhile, peak memory.
//   bench_largehistory search   50 hits, each in a message of 3.2 MB, searched on a worker as the
//                               search dialog does: time to the first and to the last hit, peak.
//   bench_largehistory          all three, each in a process of its own.
//
// Every time is also printed as a ratio to a baseline taken in the same run (sorting 100,000
// integers): it says how fast this machine is at the moment. Peak memory is VmHWM, reset after
// the data was generated. The exit code is 1 when a goal is missed.
#include "api/apiclient.h"
#include "benchutil.h"
#include "chat/chatsession.h"
#include "chatpane.h"
#include "store/conversationarchive.h"
#include "store/conversationimport.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Messages = 100000;
double baselineMs = 1;

double baseline()
{
    return Bench::medianMs(7, [] {
        QRandomGenerator numbers(7);
        std::vector<quint32> values(100000);
        numbers.fillRange(values.data(), values.size());
        std::sort(values.begin(), values.end());
    });
}

// VmHWM of this process in MB; resetPeak() starts it again from the current RSS.
double peakMb()
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Bench::NotMeasured;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.simplified().split(' ').value(1).toDouble() / 1024.0;
    }
    return Bench::NotMeasured;
}

void resetPeak()
{
    QFile file(u"/proc/self/clear_refs"_s);
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

// The longest time between two ticks of a 5 ms timer on this thread: how long the event loop
// could not run (what the user feels as a frozen window). Bench::StallMeter's 1 ms timer was
// seen to miss a block of seconds here.
class GapMeter
{
public:
    GapMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = Bench::nowMs();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_last = Bench::nowMs();
        m_longest = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(m_longest, Bench::nowMs() - m_last);
    }

private:
    QTimer m_timer;
    double m_last = 0;
    double m_longest = 0;
};

void line(const char *name, double ms, double goalMs, Bench::Report &report)
{
    report.check(name, ms, "ms", goalMs, u"%1 x baseline"_s.arg(ms / baselineMs, 0, 'f', 1));
}

// One straight path of `count` messages (the deepest tree there is), newest first in the file.
QByteArray exportFile(int count)
{
    ConversationRecord record;
    record.title = u"Very long"_s;
    record.messages.reserve(count);
    for (int i = 1; i <= count; ++i) {
        Message m;
        m.id = i;
        m.parentId = i - 1;
        m.role = i % 2 ? Message::Role::User : Message::Role::Assistant;
        m.content = u"message %1 of a very long conversation"_s.arg(i);
        record.messages.append(m);
    }
    std::reverse(record.messages.begin(), record.messages.end());
    return ConversationArchive::toJsonDocument(record);
}

QString writeExport(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"export.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportFile(Messages)) <= 0)
        qFatal("cannot write the export file");
    return path;
}

// What MainWindow::importConversationFile() does with the chosen file: ConversationImport on a
// worker. Returns the new ids.
QList<qint64> importAsTheWindowDoes(ConversationStore &store, const QString &path)
{
    QList<qint64> ids;
    bool done = false;
    ConversationImport import;
    QObject::connect(&import, &ConversationImport::finished, &import,
                     [&](const ConversationArchive::ImportResult &result) {
                         if (!result.ok || result.messages != Messages)
                             qFatal("the import failed: %s", qPrintable(result.error));
                         store.announceListChanged();
                         ids = result.conversationIds;
                         done = true;
                     });
    import.start(path, store.database()->path());
    if (!Bench::spinUntil([&] { return done; }, 600000))
        qFatal("the import did not end");
    return ids;
}

int importFigure()
{
    Bench::Report report;
    QTemporaryDir dir;
    const QString path = writeExport(dir);
    Database db;
    if (!db.open(dir.filePath(u"sift.db"_s)).ok())
        qFatal("cannot create the database");
    ConversationStore store(&db);
    resetPeak();
    GapMeter gaps;
    gaps.start();
    const double start = Bench::nowMs();
    importAsTheWindowDoes(store, path);
    const double ms = Bench::nowMs() - start;
    line("import 100,000 messages from a file: to the end", ms, 5000, report);
    line("  longest stall of the GUI thread meanwhile", gaps.stop(), 100, report);
    report.info("  peak memory (VmHWM)", peakMb(), "MB");
    // The same job on this thread into another file: its CPU time, which a busy machine does
    // not stretch as it does the time to the end.
    Database other;
    if (!other.open(dir.filePath(u"other.db"_s)).ok())
        qFatal("cannot create the database");
    const double cpu = Bench::threadCpuMs();
    if (!ConversationImport::run(path, other.path(), {}).ok)
        qFatal("the import failed");
    report.info("  CPU time of the whole job (read, parse, write)", Bench::threadCpuMs() - cpu,
                "ms");
    return report.exitCode();
}

int openFigure()
{
    Bench::Report report;
    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(u"sift.db"_s)).ok())
        qFatal("cannot create the database");
    ConversationStore store(&db);
    QString error;
    const ConversationArchive::ImportResult imported = ConversationArchive::import(
        store, ConversationArchive::parse(exportFile(Messages), &error));
    if (!imported.ok)
        qFatal("cannot generate the conversation: %s", qPrintable(imported.error + error));
    const qint64 id = imported.conversationIds.constFirst();

    ApiClient client;
    ChatSession session(&client);
    session.setStore(&store);
    ChatPane pane(&session);
    pane.resize(1100, 800);
    pane.show();
    TranscriptView *view = pane.transcriptView();
    Bench::PaintClock clock(view->viewport());
    Bench::spinUntil([&] { return clock.count() > 0; });

    resetPeak();
    GapMeter gaps;
    gaps.start();
    double end = 0;
    clock.onPainted = [&](double at) {
        const QScrollBar *bar = view->verticalScrollBar();
        if (end == 0 && pane.transcriptModel()->rowCount() == Messages && bar->maximum() > 0
            && bar->value() == bar->maximum())
            end = at;
    };
    const double start = Bench::nowMs();
    // As GuiController does for the newest conversation at start.
    pane.reopenConversation(id, u"Very long"_s, dir.filePath(u"render-marker"_s));
    if (!Bench::spinUntil([&] { return end > 0; }, 600000))
        qFatal("the last screen was never painted");
    // A little longer: what follows the first paint (heights, scroll corrections) counts too.
    const double settle = Bench::nowMs();
    Bench::spinUntil([&] { return Bench::nowMs() - settle > 300; }, 1000);
    line("open 100,000 messages at start: last screen painted", end - start, 1000, report);
    line("  longest stall of the GUI thread meanwhile", gaps.stop(), 100, report);
    report.info("  peak memory (VmHWM)", peakMb(), "MB");
    return report.exitCode();
}

int searchFigure()
{
    Bench::Report report;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sift.db"_s);
    Database db;
    if (!db.open(path).ok())
        qFatal("cannot create the database");
    ConversationStore store(&db);
    QRandomGenerator random(42);
    QStringList words;
    for (int i = 0; i < 20000; ++i)
        words << u"w%1x"_s.arg(i, 0, 36);
    QString big;
    while (big.size() < 3200 * 1024) {
        for (int i = 0; i < 200; ++i) {
            const double u = random.generateDouble();
            big += words.at(std::min<int>(int(words.size() * u * u * u), int(words.size()) - 1))
                + u' ';
        }
        big += u'\n';
    }
    store.inTransaction([&] {
        for (int i = 0; i < 50; ++i) {
            const qint64 id = store.createConversation(u"Large %1"_s.arg(i));
            Message m;
            m.content = big + u" needleword "_s + big.left(1000);
            store.addMessage(id, m);
        }
        return true;
    });
    big.clear();
    big.squeeze();

    resetPeak();
    QList<double> times;
    QList<double> firsts;
    QList<double> cpus;
    for (int run = 0; run < 3; ++run) {
        const double start = Bench::nowMs();
        std::atomic<double> first{ 0 };
        QFutureWatcher<QList<SearchHit>> watcher;
        watcher.setFuture(QtConcurrent::run([&] {
            const double cpu = Bench::threadCpuMs();
            const QList<SearchHit> hits = ConversationStore::searchFileEach(
                path, u"needleword"_s, 50, [&](const SearchHit &) {
                    if (first == 0)
                        first = Bench::nowMs();
                    return true;
                });
            cpus << Bench::threadCpuMs() - cpu;
            return hits;
        }));
        Bench::spinUntil([&] { return watcher.isFinished(); }, 600000);
        times << Bench::nowMs() - start;
        firsts << first - start;
        if (watcher.result().size() != 50)
            qFatal("the search missed hits");
        for (const SearchHit &hit : watcher.result()) {
            if (!hit.snippet.contains(ConversationStore::highlightBegin + u"needleword"_s))
                qFatal("a snippet misses the match: %s", qPrintable(hit.snippet));
        }
    }
    line("search: 50 hits in 3.2 MB messages, the first one", Bench::percentile(firsts, 0.5), 100,
         report);
    line("search: 50 hits in 3.2 MB messages, all of them", Bench::percentile(times, 0.5), 500,
         report);
    report.info("  CPU time of the worker", Bench::percentile(cpus, 0.5), "ms");
    report.info("  peak memory (VmHWM)", peakMb(), "MB");
    return report.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode.isEmpty()) {
        int failures = 0;
        for (const QString &each : { u"import"_s, u"open"_s, u"search"_s }) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(), { each });
            child.waitForFinished(-1);
            failures += child.exitCode() != 0;
        }
        return failures == 0 ? 0 : 1;
    }
    baselineMs = baseline();
    std::printf("%s (baseline: sort 100,000 integers in %.2f ms)\n", qPrintable(mode), baselineMs);
    if (mode == "import"_L1)
        return importFigure();
    if (mode == "open"_L1)
        return openFigure();
    if (mode == "search"_L1)
        return searchFigure();
    std::fprintf(stderr, "usage: bench_largehistory [import|open|search]\n");
    return 2;
}
