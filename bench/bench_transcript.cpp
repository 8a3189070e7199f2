// A 2,000-message conversation in the GUI (issues 4 and 8): generated into a real SQLite file
// through ConversationStore, then opened in the real ChatPane (ChatSession, TranscriptModel,
// TranscriptView, MessageDelegate) on the offscreen platform (or xcb under Xvfb).
//
//  - open: ChatSession::openConversation() until the last screen of the transcript has been
//    painted (the paint's end, timed by a filter on the viewport), median of 5;
//  - scroll from the top to the bottom in wheel steps (3 lines, 72 px): each step's time from
//    the scroll bar's move to the end of the repaint it causes, p99 and max, plus the stall
//    meter's view of the whole scroll.
// The baseline is the store's own part of the open (loadConversation), timed in the same run.
//
// --quick (CTest): 2,000 messages, open only, checked against 10x the baseline as a guard.
#include "api/apiclient.h"
#include "benchutil.h"
#include "chat/chatsession.h"
#include "chatpane.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

constexpr int Messages = 2000;
constexpr int WheelStep = 72; // what one wheel notch scrolls: 3 steps of 24 px

// Replies as models write them: paragraphs with emphasis, lists, code blocks; 100 to 4,000
// characters. Questions are plain text of 20 to 400 characters.
QString reply(QRandomGenerator &random)
{
    static const QStringList parts{
        u"The **orchard** yields more when the trees are pruned in late winter; the cuts heal "
        "before the sap rises, and light reaches the inner branches. Use `sharp shears`.\n\n"_s,
        u"## Steps\n\n1. Remove dead wood first.\n2. Cut crossing branches.\n3. Thin the "
        "crown so that a bird could fly through it.\n\n"_s,
        u"- *Apples* fruit on spurs that live for years.\n- Pears tolerate harder cuts.\n- "
        "Plums should be pruned in summer to avoid silver leaf.\n\n"_s,
        u"```python\ndef yield_per_tree(kg, trees):\n    return kg / max(trees, 1)\n\n\nprint("
        "yield_per_tree(120, 8))\n```\n\n"_s,
        u"Measure the **harvest** per tree each season, then compare rows after changing one "
        "thing at a time, as an experiment would. Keep notes; memory flatters.\n\n"_s,
    };
    const int target = 100 + int(random.bounded(3900u) * random.generateDouble());
    QString text;
    for (int i = int(random.bounded(5u)); text.size() < target; ++i)
        text += parts.at(i % parts.size());
    return text.trimmed();
}

QString question(QRandomGenerator &random)
{
    const QString words = u"how should I prune young apple trees so that they bear fruit "
                          "sooner and stay healthy in a wet climate with late frosts "_s;
    const int length = 20 + int(random.bounded(380u));
    QString text;
    while (text.size() < length)
        text += words;
    return text.left(length).trimmed() + u'?';
}

qint64 generate(ConversationStore &store, int count)
{
    QRandomGenerator random(42);
    qint64 id = 0;
    store.inTransaction([&] {
        id = store.createConversation(u"Long conversation"_s, u"bench/model"_s);
        qint64 parent = 0;
        for (int i = 0; i < count; ++i) {
            Message m;
            m.parentId = parent;
            m.role = i % 2 ? Message::Role::Assistant : Message::Role::User;
            m.model = i % 2 ? u"bench/model"_s : QString();
            m.content = i % 2 ? reply(random) : question(random);
            if (!store.addMessage(id, m))
                return false;
            parent = m.id;
        }
        return true;
    });
    return id;
}

struct Fixture
{
    Fixture()
    {
        if (!dir.isValid() || !db.open(dir.filePath(u"sift.db"_s)).ok())
            qFatal("cannot create the database");
        session.setStore(&store);
        pane.resize(1100, 800);
        pane.show();
        view = pane.transcriptView();
        clock = std::make_unique<Bench::PaintClock>(view->viewport());
    }

    // Scrolled to the end of a transcript taller than the view.
    bool atBottom() const
    {
        const QScrollBar *bar = view->verticalScrollBar();
        return bar->maximum() > 0 && bar->value() == bar->maximum();
    }

    // ChatSession::openConversation() to the end of the first paint that shows the last screen.
    double open(qint64 id, int rows, bool tall = true)
    {
        const double start = Bench::nowMs();
        const int paintsBefore = clock->count();
        if (!session.openConversation(id))
            qFatal("cannot open the conversation");
        double end = 0;
        clock->onPainted = [&](double at) {
            if (end == 0 && pane.transcriptModel()->rowCount() == rows && (!tall || atBottom()))
                end = at;
        };
        if (!Bench::spinUntil([&] { return end > 0; }))
            qFatal("the last screen was never painted (%d paints)", clock->count() - paintsBefore);
        clock->onPainted = {};
        return end - start;
    }

    QTemporaryDir dir;
    Database db;
    ConversationStore store{ &db };
    ApiClient client;
    ChatSession session{ &client };
    ChatPane pane{ &session };
    TranscriptView *view = nullptr;
    std::unique_ptr<Bench::PaintClock> clock;
};

struct ScrollFigures
{
    QList<double> steps;
    double stallP99 = 0;
    double stallMax = 0;
};

// From the top to the bottom in wheel steps; each step waits for its repaint.
ScrollFigures scrollThrough(Fixture &f)
{
    QScrollBar *bar = f.view->verticalScrollBar();
    bar->setValue(0);
    Bench::spinUntil([&] { return f.clock->count() > 0; });
    QCoreApplication::processEvents();

    ScrollFigures out;
    Bench::StallMeter stalls;
    stalls.start();
    while (bar->value() < bar->maximum()) {
        const int paints = f.clock->count();
        const double start = Bench::nowMs();
        bar->setValue(std::min(bar->maximum(), bar->value() + WheelStep));
        if (!Bench::spinUntil([&] { return f.clock->count() > paints; }, 5000))
            qFatal("a scroll step was never painted");
        out.steps << f.clock->lastMs() - start;
    }
    stalls.stop();
    out.stallP99 = stalls.p99();
    out.stallMax = stalls.max();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool quick = Bench::quickMode(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Bench::Report report;
    std::printf("transcript: platform %s, %d messages, view 1100x800\n",
                qPrintable(QGuiApplication::platformName()), Messages);

    Fixture f;
    const qint64 big = generate(f.store, Messages);
    const qint64 small = generate(f.store, 4);
    if (!big || !small)
        qFatal("cannot generate the conversation");
    // Fonts, styles and the first documents: what a second open does not pay again.
    f.open(small, 4, false);

    const double baseline = Bench::medianMs(5, [&] {
        if (!f.store.loadConversation(big))
            qFatal("cannot load the conversation");
    });
    QList<double> opens;
    for (int i = 0; i < 5; ++i) {
        opens << f.open(big, Messages);
        f.open(small, 4, false);
    }
    const double open = Bench::percentile(opens, 0.5);
    report.info("store: load 2,000 messages (baseline)", baseline, "ms");
    report.info("open: ratio to the store's load", open / std::max(0.01, baseline), "x");
    if (quick) {
        report.check("open to last screen painted / baseline", open / std::max(0.01, baseline), "x",
                     10);
        return report.exitCode();
    }
    report.check("open 2,000 messages to last screen painted", open, "ms", 150,
                 u"(median of 5; slowest %1 ms)"_s.arg(
                     *std::max_element(opens.begin(), opens.end()), 0, 'f', 1));

    f.open(big, Messages);
    const ScrollFigures s = scrollThrough(f);
    report.info("scroll steps, top to bottom", double(s.steps.size()), "");
    report.info("scroll step: median", Bench::percentile(s.steps, 0.5), "ms");
    report.check("scroll step (move to repaint): p99", Bench::percentile(s.steps, 0.99), "ms", 16);
    report.check("scroll step (move to repaint): max", Bench::percentile(s.steps, 1.0), "ms", 16);
    report.check("event-loop stall while scrolling: p99", s.stallP99, "ms", 16);
    report.info("event-loop stall while scrolling: max", s.stallMax, "ms");
    // What each height correction (a row placed by an estimate, then painted) costs: one layout
    // of every row, their heights remembered.
    report.info("layout of 2,000 rows, heights known",
                Bench::medianMs(5, [&] { f.view->doItemsLayout(); }), "ms");
    return report.exitCode();
}
