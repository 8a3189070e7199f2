#include "headerguard.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

constexpr char ExceededProperty[] = "_sift_header_exceeded";
constexpr char ObjectName[] = "_sift_header_guard";
// How often the reads are compared while a header is pending. Qt parses a header at some MB a
// second, so the bound is the budget plus what arrives in one tick.
constexpr int TickMs = 200;
// Socket reads the accounted bytes do not show: chunked framing, TLS records, the thread's
// wake-up reads. A quarter of what the replies received is far more than these take.
constexpr qint64 OverheadDivisor = 4;

// Bytes the watched replies accounted for, in every thread, since the process started.
std::atomic<qint64> s_accounted{ 0 };

// QNetworkAccessManager's HTTP thread is a QThread named "QNetworkAccessManager thread"; Linux
// keeps the first 15 bytes of a thread's name.
constexpr QByteArrayView HttpThreadName = "QNetworkAccessM";

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(4096);
}

// The "rchar" line of a /proc .../io file: bytes the thread passed to read(); -1 when missing.
qint64 readChars(const QByteArray &io)
{
    for (const QByteArray &line : io.split('\n')) {
        if (line.startsWith("rchar:")) {
            bool ok = false;
            const qint64 value = line.mid(6).trimmed().toLongLong(&ok);
            return ok ? value : -1;
        }
    }
    return -1;
}

// What httpThreadReads() knows of a thread id.
enum class ThreadKind { Unsure, Other, Http };

// rchar of every QNetworkAccessManager HTTP thread now, by thread id; empty with ok false when
// /proc cannot be read. `known` keeps what the threads' names said, so that each name is read
// twice rather than at every tick (a run of requests ticks for its whole length): a thread seen
// for the first time may not have named itself yet, so a name other than the HTTP thread's
// counts once it was read at two ticks.
QHash<QString, qint64> httpThreadReads(QHash<QString, ThreadKind> *known, bool *ok)
{
    static const QString tasks = u"/proc/self/task/"_s;
    QHash<QString, qint64> reads;
    QHash<QString, ThreadKind> seen;
    bool listed = false;
    bool failed = false;
    QDirIterator it(tasks, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString id = it.nextFileInfo().fileName();
        listed = true;
        ThreadKind kind = known->value(id, ThreadKind::Unsure);
        if (kind != ThreadKind::Other) {
            const bool http = kind == ThreadKind::Http
                || readProcFile(tasks + id + u"/comm"_s).trimmed() == HttpThreadName;
            kind = http ? ThreadKind::Http
                        : (known->contains(id) ? ThreadKind::Other : ThreadKind::Unsure);
        }
        seen.insert(id, kind);
        if (kind != ThreadKind::Http)
            continue;
        const qint64 value = readChars(readProcFile(tasks + id + u"/io"_s));
        if (value < 0) {
            // A thread that ended meanwhile has no files left; any other failure means the
            // accounting cannot be read here.
            if (QFile::exists(tasks + id))
                failed = true;
            seen.remove(id);
            continue;
        }
        reads.insert(id, value);
    }
    *ok = listed && !failed;
    *known = seen; // threads that ended are forgotten
    return reads;
}

// About how many bytes `reply`'s status line and header took on the wire.
qint64 headerBytes(const QNetworkReply *reply)
{
    qint64 bytes = 16 // "HTTP/1.1 200 " and CRLF
        + reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray().size() + 2;
    for (const QNetworkReply::RawHeaderPair &pair : reply->rawHeaderPairs())
        bytes += pair.first.size() + pair.second.size() + 4;
    return bytes;
}

// One per QNetworkAccessManager (its child, in its thread), ticking while a reply of it waits
// for its header.
class Guard : public QObject
{
public:
    explicit Guard(QObject *parent) : QObject(parent)
    {
        setObjectName(QString::fromLatin1(ObjectName));
        m_timer.setInterval(TickMs);
        connect(&m_timer, &QTimer::timeout, this, &Guard::tick);
    }

    void add(QNetworkReply *reply, qint64 budget)
    {
        if (!m_timer.isActive()) {
            bool ok = false;
            m_reads = httpThreadReads(&m_threads, &ok);
            if (!ok)
                return; // nothing to measure with: the stall timer is the bound
            m_accounted = s_accounted.load();
            m_timer.start();
        }
        m_pending.append({ reply, budget, 0 });
        m_idleTick = false;
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
            if (remove(reply))
                s_accounted += headerBytes(reply);
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { remove(reply); });
        connect(reply, &QObject::destroyed, this, [this, reply] { remove(reply); });
        // Body bytes Qt received but nobody read: abort() and close() drop them.
        connect(reply, &QIODevice::aboutToClose, this,
                [reply] { s_accounted += std::max<qint64>(0, reply->bytesAvailable()); });
    }

private:
    struct Pending
    {
        QPointer<QNetworkReply> reply;
        qint64 budget = 0;
        qint64 unexplained = 0;
    };

    bool remove(const QNetworkReply *reply)
    {
        const bool found = std::any_of(m_pending.cbegin(), m_pending.cend(),
                                       [reply](const Pending &p) { return p.reply == reply; });
        // A destroyed reply's QPointer is already null: those go too.
        m_pending.removeIf([reply](const Pending &p) { return !p.reply || p.reply == reply; });
        // The timer runs on until a tick finds nothing pending twice (see tick()).
        return found;
    }

    void tick()
    {
        bool ok = false;
        const QHash<QString, qint64> reads = httpThreadReads(&m_threads, &ok);
        if (!ok) {
            m_pending.clear();
            m_timer.stop();
            return;
        }
        qint64 read = 0;
        for (auto it = reads.cbegin(); it != reads.cend(); ++it)
            read += it.value() - m_reads.value(it.key(), 0); // a new thread read all since
        m_reads = reads;
        const qint64 accounted = s_accounted.load();
        const qint64 explained = accounted - m_accounted;
        m_accounted = accounted;
        const qint64 delta = read - explained - explained / OverheadDivisor;

        QList<QPointer<QNetworkReply>> over;
        for (qsizetype i = 0; i < m_pending.size();) {
            Pending &p = m_pending[i];
            p.unexplained = std::max<qint64>(0, p.unexplained + delta);
            if (!p.reply || p.unexplained <= p.budget) {
                ++i;
                continue;
            }
            over.append(p.reply);
            m_pending.removeAt(i);
        }
        // Stopped only after a whole tick without a pending reply: a run of requests (an
        // evaluation sends thousands, each header answered at once) keeps the readings of the
        // last tick instead of reading /proc again for every request.
        if (m_pending.isEmpty()) {
            if (m_idleTick)
                m_timer.stop();
            m_idleTick = true;
        }
        // abort() emits finished() at once; its handlers may start other requests.
        for (const QPointer<QNetworkReply> &reply : std::as_const(over)) {
            if (!reply || reply->isFinished())
                continue;
            reply->setProperty(ExceededProperty, true);
            reply->abort();
        }
    }

    QList<Pending> m_pending;
    QHash<QString, qint64> m_reads;       // rchar per HTTP thread at the last tick
    QHash<QString, ThreadKind> m_threads; // what httpThreadReads() knows of each thread
    qint64 m_accounted = 0;               // s_accounted at the last tick
    QTimer m_timer;
    bool m_idleTick = false; // the last tick found nothing pending
};

} // namespace

namespace HeaderGuard {

void watch(QNetworkReply *reply, qint64 budgetBytes)
{
    QNetworkAccessManager *manager = reply ? reply->manager() : nullptr;
    if (!manager || budgetBytes <= 0)
        return;
    // Guard has no meta-object of its own, so it is found by its name.
    auto *guard = static_cast<Guard *>(
        manager->findChild<QObject *>(QString::fromLatin1(ObjectName), Qt::FindDirectChildrenOnly));
    if (!guard)
        guard = new Guard(manager);
    guard->add(reply, budgetBytes);
}

void received(qint64 bytes)
{
    if (bytes > 0)
        s_accounted += bytes;
}

bool exceeded(const QNetworkReply *reply)
{
    return reply && reply->property(ExceededProperty).toBool();
}

bool available()
{
    return readChars(readProcFile(u"/proc/thread-self/io"_s)) >= 0;
}

} // namespace HeaderGuard
