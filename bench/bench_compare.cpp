// Compare chat (issue 16): one prompt streaming into 4 columns of the real ChatPane at once
// (CompareSession, CompareColumns, ChatSession, ApiClient), each stream at about 2,000 tokens/s
// (4 characters a token, 2 tokens an event, one event a millisecond) from the fake server on its
// own thread, on the offscreen platform (or xcb under Xvfb).
//
//  - event-loop stalls (a 1 ms timer's lateness) while the replies stream: p99 and max;
//  - the GUI thread's CPU time as a share of the streaming time (little disturbed by other
//    processes on a busy machine, unlike the stalls);
//  - text on screen vs the wire, per column: each paint of a column's text ends the wait of the
//    oldest text it newly shows (stamped when the client received it): p99 and max.
// The baseline is the same run with one column (one stream): the figures are printed as ratios
// to it, and the 4-stream figures are checked against the goals (stall p99 <= 16 ms,
// text lag p99 <= 100 ms).
//
// --quick: shorter replies (for a look by hand; CTest does not run it).
// --one-paragraph: each reply one paragraph of 64 KB (no line break at all), the worst case.
#include "api/apiclient.h"
#include "benchutil.h"
#include "chat/chatsession.h"
#include "chat/comparesession.h"
#include "chatpane.h"
#include "comparebar.h"
#include "comparecolumns.h"
#include "modelpicker.h"

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace {

constexpr int CharsPerToken = 4;
const QStringList Models{ u"meta-llama/Meta-Llama-3-8B-Instruct"_s,
                          u"meta-llama/Meta-Llama-3-70B-Instruct"_s,
                          u"mistralai/Mistral-7B-Instruct-v0.1"_s,
                          u"meta-llama/Llama-2-7b-chat-hf"_s };

bool s_oneParagraph = false; // --one-paragraph: the whole reply without a line break

QString replyText(int characters)
{
    // Paragraphs of about 400 characters, as models write.
    const QString sentence = u"The orchard yields more when the trees are pruned in late winter; "
                             "the cuts heal before the sap rises. Light reaches the inner "
                             "branches, and the fruit colours evenly. Use sharp shears, cut just "
                             "above an outward bud, and keep the central leader. Thin the crown "
                             "so that a bird could fly through it; remove dead wood first.\n\n"_s;
    QString text;
    while (text.size() < characters)
        text += sentence;
    if (s_oneParagraph)
        text.replace(u"\n\n"_s, u"  "_s);
    text.truncate(characters);
    return text;
}

// Per column: arrivals of text, and the paints that show it.
class ColumnLag
{
public:
    void received(qint64) { m_arrivals.append(Bench::nowMs()); }
    void painted(double at, QList<double> &lags)
    {
        if (m_shown >= m_arrivals.size())
            return;
        lags << at - m_arrivals.at(m_shown);
        m_shown = m_arrivals.size();
    }

private:
    QList<double> m_arrivals;
    qsizetype m_shown = 0;
};

struct Figures
{
    double stallP99 = Bench::NotMeasured;
    double stallMax = Bench::NotMeasured;
    double lagP99 = Bench::NotMeasured;
    double lagMax = Bench::NotMeasured;
    double tokensPerSecond = 0; // per stream
    double cpuShare = 0;        // GUI-thread CPU time / wall time while streaming
    int paints = 0;
};

Figures run(int streams, int tokens)
{
    Bench::ServerThread server([tokens](FakeServer &s) {
        s.setReplyText(replyText(tokens * CharsPerToken));
        s.setChunkSize(2 * CharsPerToken);
        s.setDefaultFault(u"drip=1"_s);
        QObject::connect(&s, &FakeServer::requestReceived, &s, [&s] { s.clearRequests(); });
    });
    if (server.startServer() == 0)
        qFatal("cannot start the fake server");
    ApiClient client;
    client.setApiKey(u"bench-key"_s);
    Endpoint endpoint;
    endpoint.name = u"Bench"_s;
    endpoint.baseUrl = QUrl(server.baseUrl() + u"/v1/openai"_s);
    client.setEndpoint(endpoint);
    ChatSession session(&client);
    ChatPane pane(&session);
    pane.modelPicker()->setCurrentModel(Models.first());
    pane.resize(1800, 900);
    pane.show();
    CompareSession *compare = pane.compareSession();
    compare->setModels(Models.mid(0, streams));

    const auto ask = [&](const QString &text) {
        QEventLoop loop;
        QObject::connect(compare, &CompareSession::finished, &loop, &QEventLoop::quit);
        if (!compare->send(text))
            qFatal("the comparison did not start");
        loop.exec();
        for (int i = 0; i < compare->columnCount(); ++i) {
            if (compare->reply(i).state != Message::State::Complete)
                qFatal("a reply failed");
        }
    };
    ask(u"warm-up"_s); // connections, fonts, style

    Figures out;
    QList<ColumnLag> lags(streams);
    QList<double> lagValues;
    std::vector<std::unique_ptr<Bench::PaintClock>> clocks;
    // Each send() builds new columns: attach the paint clocks when they exist.
    const auto attach = QObject::connect(compare, &CompareSession::started, &pane, [&] {
        CompareColumns *columns = pane.compareColumns();
        for (int i = 0; i < columns->columnCount(); ++i) {
            auto clock
                = std::make_unique<Bench::PaintClock>(columns->column(i)->textView()->viewport());
            clock->onPainted
                = [&lags, &lagValues, i](double at) { lags[i].painted(at, lagValues); };
            clocks.push_back(std::move(clock));
        }
    });
    qint64 chars = 0;
    QObject::connect(compare, &CompareSession::columnDelta, &pane,
                     [&](int column, const QString &text) {
                         chars += text.size();
                         lags[column].received(chars);
                     });
    Bench::StallMeter stalls;
    QElapsedTimer wall;
    stalls.start();
    wall.start();
    const double cpuBefore = Bench::threadCpuMs();
    ask(u"Tell me about orchards."_s);
    out.cpuShare = (Bench::threadCpuMs() - cpuBefore) / (double(wall.nsecsElapsed()) / 1e6);
    stalls.stop();
    QObject::disconnect(attach);
    out.stallP99 = stalls.p99();
    out.stallMax = stalls.max();
    out.lagP99 = Bench::percentile(lagValues, 0.99);
    out.lagMax = Bench::percentile(lagValues, 1.0);
    out.paints = int(lagValues.size());
    out.tokensPerSecond
        = double(chars / CharsPerToken) / streams / (double(wall.nsecsElapsed()) / 1e9);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool quick = Bench::quickMode(argc, argv);
    for (int i = 1; i < argc; ++i)
        s_oneParagraph = s_oneParagraph || qstrcmp(argv[i], "--one-paragraph") == 0;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Bench::Report report;
    const int tokens = quick ? 4000 : 16000;
    std::printf("compare: platform %s, %d tokens per reply, %d characters per token, 2 tokens "
                "per event, 1 ms drip\n",
                qPrintable(QGuiApplication::platformName()), tokens, CharsPerToken);

    const Figures one = run(1, tokens);
    const Figures four = run(4, tokens);
    report.info("streaming rate per stream, 1 stream (baseline)", one.tokensPerSecond, "t/s");
    report.info("streaming rate per stream, 4 streams", four.tokensPerSecond, "t/s");
    // The GUI thread's own CPU time is what a loaded machine disturbs least.
    report.info("GUI thread busy, 1 stream (baseline)", one.cpuShare * 100, "%");
    report.info("GUI thread busy, 4 streams / 1 stream",
                four.cpuShare / std::max(1e-6, one.cpuShare), "x");
    report.info("stall p99, 1 stream (baseline)", one.stallP99, "ms");
    report.info("stall p99, 4 streams / 1 stream", four.stallP99 / std::max(0.01, one.stallP99),
                "x");
    report.info("text lag p99, 1 stream (baseline)", one.lagP99, "ms",
                u"(%1 paints)"_s.arg(one.paints));
    report.info("text lag p99, 4 streams / 1 stream", four.lagP99 / std::max(0.01, one.lagP99),
                "x");
    report.check("event-loop stall p99, 4 streams", four.stallP99, "ms", 16);
    report.info("event-loop stall max, 4 streams", four.stallMax, "ms");
    report.check("text on screen lags the wire p99, 4 streams", four.lagP99, "ms", 100,
                 u"(%1 paints)"_s.arg(four.paints));
    report.info("text on screen lags the wire max, 4 streams", four.lagMax, "ms");
    return report.exitCode();
}
