// A long word in a message (issue 18 item 5): a reply, then a question, of N KB without a
// space, against the same size of ordinary spaced text, opened in the real ChatPane
// (ChatSession, TranscriptView, MessageDelegate) from a real SQLite file. Each figure is the GUI
// thread's CPU time from openConversation() to the end of the first paint showing the message,
// median of 3; the ratio word / spaced is the check (Qt lays a run without break opportunities
// out in quadratic time: 512 KB took 5 s, spaced text 0.17 s).
//
// --quick (CTest): 128 KB, the ratio checked against 3x.
#include "api/apiclient.h"
#include "benchutil.h"
#include "chat/chatsession.h"
#include "chatpane.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QString word(qsizetype size)
{
    QString text;
    text.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        text += QChar(u'a' + int(i % 26));
    return text;
}

QString spaced(qsizetype size)
{
    QString text = word(size);
    for (qsizetype i = 7; i < size; i += 8)
        text[i] = u' ';
    return text;
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
        clock = std::make_unique<Bench::PaintClock>(pane.transcriptView()->viewport());
    }

    // A conversation of a question and a reply.
    qint64 add(const QString &question, const QString &reply)
    {
        const qint64 id = store.createConversation(u"Long word"_s, u"bench/model"_s);
        Message user;
        user.content = question;
        if (!store.addMessage(id, user))
            qFatal("cannot store the question");
        Message answer;
        answer.role = Message::Role::Assistant;
        answer.model = u"bench/model"_s;
        answer.parentId = user.id;
        answer.content = reply;
        if (!store.addMessage(id, answer))
            qFatal("cannot store the reply");
        return id;
    }

    // GUI-thread CPU from openConversation() to the end of the first paint with both messages.
    double open(qint64 id)
    {
        session.newConversation();
        QCoreApplication::processEvents();
        const double start = Bench::threadCpuMs();
        if (!session.openConversation(id))
            qFatal("cannot open the conversation");
        double end = 0;
        clock->onPainted = [&](double) {
            if (end == 0 && pane.transcriptModel()->rowCount() == 2)
                end = Bench::threadCpuMs();
        };
        if (!Bench::spinUntil([&] { return end > 0; }, 600000))
            qFatal("the conversation was never painted");
        clock->onPainted = {};
        // Rows first placed by an estimate are laid out again once painted: wait for that too.
        TranscriptView *view = pane.transcriptView();
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        view->viewport()->repaint();
        return Bench::threadCpuMs() - start;
    }

    QTemporaryDir dir;
    Database db;
    ConversationStore store{ &db };
    ApiClient client;
    ChatSession session{ &client };
    ChatPane pane{ &session };
    std::unique_ptr<Bench::PaintClock> clock;
};

} // namespace

int main(int argc, char *argv[])
{
    const bool quick = Bench::quickMode(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Bench::Report report;
    const qsizetype size = quick ? 128 * 1024 : 512 * 1024;
    std::printf("longword: platform %s, %lld KB messages, view 1100x800\n",
                qPrintable(QGuiApplication::platformName()), static_cast<long long>(size / 1024));

    Fixture f;
    const qint64 warm = f.add(u"Hi"_s, u"Hello."_s);
    const qint64 replyWord = f.add(u"Hi"_s, word(size));
    const qint64 replySpaced = f.add(u"Hi"_s, spaced(size));
    const qint64 questionWord = f.add(word(size), u"Yes."_s);
    const qint64 questionSpaced = f.add(spaced(size), u"Yes."_s);
    f.open(warm); // fonts and styles: what a second open does not pay again

    const auto median = [&](qint64 id) {
        QList<double> runs;
        for (int i = 0; i < 3; ++i)
            runs << f.open(id);
        return Bench::percentile(runs, 0.5);
    };
    const double rw = median(replyWord);
    const double rs = median(replySpaced);
    const double qw = median(questionWord);
    const double qs = median(questionSpaced);
    report.info("reply, spaced text: open to painted (GUI CPU)", rs, "ms");
    report.info("reply, one long word: open to painted (GUI CPU)", rw, "ms");
    report.info("question, spaced text: open to painted (GUI CPU)", qs, "ms");
    report.info("question, one long word: open to painted (GUI CPU)", qw, "ms");
    report.check("reply: long word / spaced text", rw / std::max(0.01, rs), "x", 3);
    report.check("question: long word / spaced text", qw / std::max(0.01, qs), "x", 3);
    return report.exitCode();
}
