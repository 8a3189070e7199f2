// Load (issue 7): 8 chats streaming at once plus a 5,000-document rerank, all in one GUI thread
// against one fake server (on its own thread). Real widgets on the offscreen platform: 8
// ChatPanes (TranscriptView, MessageDelegate, ChatSession) and a RerankWorkbench with one model.
// Each chat has its own ApiClient, as separate windows would: one QNetworkAccessManager opens at
// most 6 connections to a host, which would queue two of the chats instead of loading them.
//
// Goals: every chat and the rerank complete; a 1 ms timer on the GUI thread fires late by at
// most 16 ms at p99 (one frame at 60 Hz) while they run; RSS after closing everything is within
// 10% of RSS before opening it. "Before" is taken after one small warm-up round, so Qt's own
// one-time set-up (fonts, styles, network) is not counted as growth.
//
// --quick (CTest): 8 short replies and 1,000 documents; the same goals except the lag, which
// is held to 50 ms there as a guard (the full run shows 16 ms is not met yet: RELIABILITY.md).
#include "api/apiclient.h"
#include "benchutil.h"
#include "chat/chatsession.h"
#include "chatpane.h"
#include "rerankworkbench.h"

#include <QApplication>
#include <QEventLoop>
#include <QRandomGenerator>

#include <malloc.h>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Chats = 8;
const QString RerankModel = u"Qwen/Qwen3-Reranker-0.6B"_s;

struct Load
{
    int replyChars = 0; // per chat
    int dripMs = 0;     // between 8-character chunks
    int documents = 0;
    int chats = Chats; // --chats-only / --rerank-only split the load to find where lag comes from
};

RerankSet makeSet(int documents)
{
    static const QStringList words{ u"apple"_s,  u"river"_s, u"orchard"_s, u"harvest"_s,
                                    u"engine"_s, u"stone"_s, u"cider"_s,   u"tree"_s };
    QRandomGenerator random(7);
    RerankSet set;
    set.query = u"apple orchard harvest"_s;
    for (int i = 0; i < documents; ++i) {
        QString text = u"Document %1:"_s.arg(i);
        for (int w = 0, n = 20 + int(random.bounded(30)); w < n; ++w)
            text += u' ' + words.at(int(random.bounded(int(words.size()))));
        set.documents << RerankDocument{ text, -1 };
    }
    set.models = { RerankModel };
    return set;
}

Endpoint endpoint(const QString &baseUrl)
{
    Endpoint e;
    e.name = u"Bench"_s;
    e.baseUrl = QUrl(baseUrl + u"/v1/openai"_s);
    return e;
}

// The 1 ms timer's lateness twice over: on the wall clock (what the user feels here and now,
// including time the kernel gave to other processes on a shared machine) and in CPU time the GUI
// thread spent between two ticks (the part Sift's own work causes, which is what the wall clock
// shows on an idle machine).
class LagMeter : public QObject
{
public:
    LagMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double wall = Bench::nowMs();
            const double cpu = Bench::threadCpuMs();
            wallLag << std::max(0.0, wall - m_wall - 1.0);
            cpuLag << std::max(0.0, cpu - m_cpu - 1.0);
            m_wall = wall;
            m_cpu = cpu;
        });
    }
    void start()
    {
        m_wall = Bench::nowMs();
        m_cpu = Bench::threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    QList<double> wallLag;
    QList<double> cpuLag;

private:
    QTimer m_timer;
    double m_wall = 0;
    double m_cpu = 0;
};

struct Figures
{
    double seconds = 0;
    double stallP99 = 0; // wall clock
    double stallMax = 0;
    double cpuStallP99 = 0; // GUI-thread CPU between ticks
    double cpuStallMax = 0;
    int ticks = 0;
    double rssPeak = 0;
    double guiCpuMs = 0; // GUI-thread CPU while the load ran
    int chatsComplete = 0;
    int scored = 0;
};

// Opens the panes and the workbench, runs everything at once, closes it all again.
Figures runLoad(const Load &load, const QString &baseUrl, const QString &replyText)
{
    Figures figures;
    const QString chatModel = u"meta-llama/Meta-Llama-3-8B-Instruct@drip=%1"_s.arg(load.dripMs);
    {
        std::vector<std::unique_ptr<ApiClient>> clients;
        std::vector<std::unique_ptr<ChatSession>> sessions;
        std::vector<std::unique_ptr<ChatPane>> panes;
        for (int i = 0; i < load.chats; ++i) {
            clients.push_back(std::make_unique<ApiClient>());
            clients.back()->setEndpoint(endpoint(baseUrl));
            clients.back()->setApiKey(u"bench-key"_s);
            sessions.push_back(std::make_unique<ChatSession>(clients.back().get()));
            sessions.back()->setModel(chatModel);
            panes.push_back(std::make_unique<ChatPane>(sessions.back().get()));
            panes.back()->resize(700, 500);
            panes.back()->show();
        }
        ApiClient rerankClient;
        rerankClient.setEndpoint(endpoint(baseUrl));
        rerankClient.setApiKey(u"bench-key"_s);
        RerankWorkbench workbench;
        workbench.setApiClient(&rerankClient);
        workbench.setSet(makeSet(load.documents));
        workbench.resize(1100, 800);
        workbench.show();
        QCoreApplication::processEvents();

        int pending = load.chats + (load.documents > 0 ? 1 : 0);
        QEventLoop loop;
        for (auto &session : sessions) {
            QObject::connect(session.get(), &ChatSession::replyFinished, &loop, [&] {
                if (--pending == 0)
                    loop.quit();
            });
        }
        QObject::connect(&workbench, &RerankWorkbench::runFinished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
        QTimer memory;
        memory.setInterval(50);
        QObject::connect(&memory, &QTimer::timeout, &memory,
                         [&] { figures.rssPeak = Bench::peak(figures.rssPeak, Bench::rssMb()); });
        QTimer guard; // a hung request must not hang the benchmark
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(120000);

        LagMeter stalls;
        QElapsedTimer clock;
        stalls.start();
        memory.start();
        clock.start();
        const double cpuStart = Bench::threadCpuMs();
        for (int i = 0; i < load.chats; ++i) {
            if (!sessions.at(i)->send(u"Chat %1: tell me about orchards."_s.arg(i)))
                qFatal("chat %d refused to send", i);
        }
        if (load.documents > 0)
            workbench.run();
        if (load.documents > 0 && !workbench.isRunning())
            qFatal("the rerank run did not start: %s", qPrintable(workbench.message()));
        loop.exec();
        figures.seconds = double(clock.nsecsElapsed()) / 1e9;
        figures.guiCpuMs = Bench::threadCpuMs() - cpuStart;
        stalls.stop();
        memory.stop();
        figures.rssPeak = Bench::peak(figures.rssPeak, Bench::rssMb());
        figures.stallP99 = Bench::percentile(stalls.wallLag, 0.99);
        figures.stallMax = Bench::percentile(stalls.wallLag, 1.0);
        figures.cpuStallP99 = Bench::percentile(stalls.cpuLag, 0.99);
        figures.cpuStallMax = Bench::percentile(stalls.cpuLag, 1.0);
        figures.ticks = int(stalls.wallLag.size());

        for (const auto &session : sessions) {
            const Message &reply = session->messages().last();
            if (reply.state == Message::State::Complete && reply.content == replyText)
                ++figures.chatsComplete;
        }
        const QList<RerankResult> results = workbench.results();
        if (results.size() == 1 && results.first().state == RerankResult::State::Complete)
            figures.scored = int(results.first().ranked.size());
    }
    // Closed: deferred deletes run, then the allocator gives back what it can.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    return figures;
}

double loadAverage()
{
    double load = 0;
    if (FILE *file = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(file, "%lf", &load) != 1)
            load = 0;
        std::fclose(file);
    }
    return load;
}

// The fake server shares the process and keeps every request it was sent (for tests): forget
// them, or their bodies (a 5,000-document rerank is a megabyte) would count as Sift's growth.
void forgetRequests(FakeServer *server)
{
    QMetaObject::invokeMethod(
        server, [server] { server->clearRequests(); }, Qt::BlockingQueuedConnection);
}

double settledRssMb()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    malloc_trim(0);
    return Bench::rssMb();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = Bench::quickMode(argc, argv);
    // Full: about 2,000 tokens per chat (8 characters every 2 ms: about 4,000 characters/s per
    // chat, 8 chats at once) and 5,000 documents.
    Load load = quick ? Load{ 2000, 2, 1000 } : Load{ 8000, 2, 5000 };
    const QStringList args = app.arguments();
    if (args.contains(u"--chats-only"_s))
        load.documents = 0;
    if (args.contains(u"--rerank-only"_s))
        load.chats = 0;
    QString replyText;
    for (int i = 0; replyText.size() < load.replyChars; ++i)
        replyText += u"Orchards **yield** more when pruned, `step %1`.\n\n"_s.arg(i);
    replyText.truncate(load.replyChars);

    FakeServer *fake = nullptr;
    Bench::ServerThread server([replyText, &fake](FakeServer &s) {
        fake = &s;
        s.setReplyText(replyText);
        s.setChunkSize(8);
    });
    if (server.startServer() == 0)
        qFatal("cannot start the fake server");

    std::printf("load: %d chats x %d characters (8 per event, %d ms apart) + rerank of %d "
                "documents x 1 model, one fake server%s\n",
                load.chats, load.replyChars, load.dripMs, load.documents,
                quick ? " (--quick)" : "");

    // Warm-up: one small round so one-time set-up is not counted as growth.
    runLoad(Load{ 0, 1, 100 }, server.baseUrl(), replyText);
    forgetRequests(fake);
    const double rssStart = settledRssMb();
    const Figures figures = runLoad(load, server.baseUrl(), replyText);
    forgetRequests(fake);
    const double rssAfter = settledRssMb();

    Bench::Report report;
    report.info("  time to complete everything", figures.seconds, "s");
    report.info("  GUI-thread CPU while loaded", figures.guiCpuMs / figures.seconds / 10, "%");
    report.check("  chats not complete", double(load.chats - figures.chatsComplete), "", 0);
    report.check("  documents not scored", double(load.documents - figures.scored), "", 0);
    // The goal is judged on the GUI thread's own work: on a shared machine the wall clock
    // mostly measures the other processes (see docs/RELIABILITY.md).
    // --quick is a guard against regressions (CTest, busy machine), the full run has the goal.
    report.check("  event-loop lag p99, GUI-thread work", figures.cpuStallP99, "ms",
                 quick ? 50 : 16);
    report.info("  event-loop lag max, GUI-thread work", figures.cpuStallMax, "ms");
    report.info("  event-loop lag p99, wall clock", figures.stallP99, "ms");
    report.info("  event-loop lag max, wall clock", figures.stallMax, "ms");
    report.info("  1 ms timer ticks seen", figures.ticks, "");
    report.info("  load average (1 min) of the machine", loadAverage(), "");
    report.info("  RSS at start", rssStart, "MB");
    report.info("  RSS peak", figures.rssPeak, "MB");
    report.info("  RSS after closing", rssAfter, "MB");
    report.check("  RSS after closing vs start", 100.0 * (rssAfter - rssStart) / rssStart, "%", 10);
    return report.exitCode();
}
