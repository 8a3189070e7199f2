// Storage benchmarks on generated data (issue 4): listing 10,000 conversations, opening a
// 2,000-message conversation, searching 1,000,000 words. Each figure is printed against its goal
// and as a ratio to a baseline taken in the same run (sorting 100,000 integers), which says how
// fast this machine is at the moment; the exit code is 1 when a goal is missed.
#include "store/conversationstore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Median of several runs, in milliseconds: one slow run on a shared machine says little.
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

double baselineMs = 1;

bool report(const char *name, double ms, double goalMs)
{
    const bool ok = ms <= goalMs;
    std::printf("%-46s %8.2f ms  %6.2f x baseline  goal %4.0f ms (%.2f)  %s\n", name, ms,
                ms / baselineMs, goalMs, ms / goalMs, ok ? "ok" : "MISSED");
    return ok;
}

// Words with a Zipf-like spread, as in real text: a few very common, many rare.
QStringList vocabulary()
{
    QStringList words;
    for (int i = 0; i < 20000; ++i)
        words << u"w%1x"_s.arg(i, 0, 36);
    return words;
}

QString sentence(QRandomGenerator &random, const QStringList &words, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        const double u = random.generateDouble();
        const int index = std::min<int>(int(words.size() * u * u * u), int(words.size()) - 1);
        text += words.at(index) + u' ';
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Database db;
    if (!dir.isValid() || !db.open(dir.filePath(u"bench.db"_s)).ok()) {
        std::fprintf(stderr, "cannot create the benchmark database\n");
        return 2;
    }
    ConversationStore store(&db);
    QRandomGenerator random(42);
    const QStringList words = vocabulary();
    bool ok = true;

    baselineMs = medianMs(7, [] {
        QRandomGenerator numbers(7);
        std::vector<quint32> values(100000);
        numbers.fillRange(values.data(), values.size());
        std::sort(values.begin(), values.end());
    });
    std::printf("baseline (sort 100,000 integers): %.2f ms\n", baselineMs);

    // 10,000 conversations with a short exchange each, 100 words per message: 2,000,000 words.
    qint64 big = 0;
    store.inTransaction([&] {
        for (int c = 0; c < 10000; ++c) {
            const qint64 id
                = store.createConversation({}, u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
            Message question;
            question.content = sentence(random, words, 50);
            store.addMessage(id, question);
            Message answer;
            answer.role = Message::Role::Assistant;
            answer.parentId = question.id;
            answer.content = sentence(random, words, 50);
            store.addMessage(id, answer);
        }
        big = store.createConversation(u"Long one"_s);
        qint64 parent = 0;
        for (int i = 0; i < 2000; ++i) {
            Message m;
            m.role = i % 2 ? Message::Role::Assistant : Message::Role::User;
            m.parentId = parent;
            m.content = sentence(random, words, 120);
            store.addMessage(big, m);
            parent = m.id;
        }
        return true;
    });
    std::printf("history: 10,001 conversations, 22,000 messages, about 1,240,000 words\n");

    ok &= report("list 10,000 conversations",
                 medianMs(7,
                          [&] {
                              if (store.listConversations().size() != 10001)
                                  qFatal("wrong list size");
                          }),
                 100);
    ok &= report("open a 2,000-message conversation + its path",
                 medianMs(7,
                          [&] {
                              const auto record = store.loadConversation(big);
                              if (!record || record->messages.size() != 2000
                                  || store.pathToLeaf(store.latestLeaf(big)).size() != 2000)
                                  qFatal("wrong conversation");
                          }),
                 150);
    const auto search
        = [&](const QString &query) { return medianMs(7, [&] { store.search(query); }); };
    ok &= report("search a rare word", search(words.at(15000)), 50);
    ok &= report("search a common word (top 50 of many)", search(words.at(3)), 50);
    ok &= report("search two words", search(words.at(100) + u' ' + words.at(2000)), 50);
    ok &= report("search as you type (prefix)", search(words.at(500).left(3)), 50);
    // What Database::open() no longer makes the window wait for (it runs on a worker now).
    const double check = medianMs(3, [&] {
        QSqlQuery query(db.connection());
        if (!query.exec(u"PRAGMA quick_check"_s) || !query.next())
            qFatal("quick_check failed");
    });
    std::printf("%-46s %8.2f ms  %6.2f x baseline  (off the GUI thread since issue 4)\n",
                "PRAGMA quick_check of this history", check, check / baselineMs);
    return ok ? 0 : 1;
}
