#include "indexer.h"

#include "contenthash.h"
#include "embeddingjob.h"
#include "pdftext.h"

#include "api/apiclient.h"
#include "store/database.h"
#include "store/knowledgestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Passages per EmbeddingJob: enough for every request slot to be busy, few enough that a
// crash loses little.
constexpr int WindowBatches = 2;
// Windows with the service at once.
constexpr int FlightsAtOnce = 2;
// Embedded windows waiting to be written beyond which no new one is sent (the service may be
// faster than the disk: the vectors would pile up in memory).
constexpr int WritesWaiting = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("Indexer", text);
}

bool ignoredFolder(const QString &name, const QSet<QString> &ignored)
{
    return name.startsWith(u'.') || ignored.contains(name) || name.startsWith("build-"_L1)
        || name.startsWith("cmake-build-"_L1);
}

void walk(const QString &folder, const QSet<QString> &ignored, QStringList *files,
          QStringList *folders, const std::atomic_bool &stop)
{
    folders->append(folder);
    const QFileInfoList entries = QDir(folder).entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden,
        QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (stop)
            return;
        if (entry.isDir()) {
            if (!ignoredFolder(entry.fileName(), ignored))
                walk(entry.absoluteFilePath(), ignored, files, folders, stop);
        } else if (!entry.fileName().startsWith(u'.')
                   && Chunker::kindForFileName(entry.fileName()) != Chunker::Kind::Unsupported) {
            files->append(entry.absoluteFilePath());
        }
    }
}

Indexer::Scan scanSources(const QStringList &sources, const QHash<QString, KbFile> &known,
                          bool trustTimes, const Chunker::Options &options,
                          const std::shared_ptr<std::atomic_bool> &stop)
{
    QSet<QString> ignored;
    for (const QString &name : Indexer::defaultIgnoredFolders())
        ignored.insert(name);
    Indexer::Scan scan;
    QStringList paths;
    for (const QString &source : sources) {
        const QFileInfo info(source);
        if (info.isDir())
            walk(info.absoluteFilePath(), ignored, &paths, &scan.folders, *stop);
        else if (info.isFile())
            paths.append(info.absoluteFilePath());
    }
    paths.removeDuplicates();
    scan.folders.removeDuplicates();

    for (const QString &path : std::as_const(paths)) {
        if (*stop)
            break;
        const QFileInfo info(path);
        Indexer::FileWork work;
        work.file.path = path;
        work.file.size = info.size();
        work.file.mtime = info.lastModified().toMSecsSinceEpoch();
        const auto stored = known.constFind(path);
        if (trustTimes && stored != known.cend() && stored->mtime == work.file.mtime
            && stored->size == work.file.size) {
            // Same size and time as when it was indexed: not read again.
            scan.present.append(path);
            ++scan.unchanged;
            continue;
        }
        const Chunker::Kind kind = Chunker::kindForFileName(path);
        QByteArray bytes;
        if (work.file.size > Indexer::MaxFileBytes) {
            work.file.hash = u"size:%1:%2"_s.arg(work.file.size).arg(work.file.mtime);
            work.file.note = tr("larger than 16 MiB: not indexed. Split it to include it.");
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                work.file.hash = u"unreadable"_s;
                work.file.note = tr("could not be read: %1").arg(file.errorString());
            } else {
                bytes = file.readAll();
                work.file.hash = ContentHash::sha256Hex(bytes);
            }
        }
        scan.present.append(path);
        if (stored != known.cend() && stored->hash == work.file.hash) {
            ++scan.unchanged;
            continue;
        }
        if (work.file.note.isEmpty()) {
            if (kind == Chunker::Kind::Pdf) {
                QString why;
                const std::optional<QString> text = PdfText::extract(path, &why);
                if (!text)
                    work.file.note = why;
                else if (!text->trimmed().isEmpty())
                    work.chunks = Chunker::chunk(text->toUtf8(), Chunker::Kind::Text, options);
                else
                    work.file.note = tr("holds no text (a scanned PDF holds only images): "
                                        "skipped.");
            } else if (kind == Chunker::Kind::Unsupported)
                work.file.note = tr("not a text, Markdown, HTML or source file: skipped.");
            else if (Chunker::looksBinary(bytes))
                work.file.note = tr("looks like binary data, not text: skipped.");
            else
                work.chunks = Chunker::chunk(bytes, kind, options);
            if (work.file.note.isEmpty() && work.chunks.isEmpty())
                work.file.note = tr("holds no text.");
        }
        scan.changed.append(work);
    }
    return scan;
}

} // namespace

QStringList Indexer::defaultIgnoredFolders()
{
    return { u"node_modules"_s, u"build"_s,       u"builds"_s, u"_build"_s,    u"dist"_s,
             u"target"_s,       u"__pycache__"_s, u"venv"_s,   u"env"_s,       u"vendor"_s,
             u"out"_s,          u"bin"_s,         u"obj"_s,    u"CMakeFiles"_s };
}

struct Indexer::WriterConnection
{
    std::unique_ptr<Database> database;
    std::unique_ptr<KnowledgeStore> store;
};

namespace {

struct WriteOutcome
{
    bool written = false;
    QString problem;
};

} // namespace

Indexer::Indexer(KnowledgeStore *store, ApiClient *client, const KbCollection &collection,
                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_collection(collection)
    , m_writerConnection(std::make_shared<WriterConnection>())
{
    connect(&m_scanWatcher, &QFutureWatcher<Scan>::finished, this, &Indexer::onScanned);
    m_writer.setMaxThreadCount(1);
    // The connection lives on the writer's thread: that thread must stay until the indexer goes.
    m_writer.setExpiryTimeout(-1);
    if (store && store->database())
        m_databasePath = store->database()->path();
}

Indexer::~Indexer()
{
    *m_stop = true;
    m_scanWatcher.waitForFinished(); // the worker only reads files; it stops at the next one
    // A window being written is finished (each file whole); then the connection is closed on
    // the thread that opened it.
    m_writer.waitForDone();
    m_writer.start([connection = m_writerConnection] {
        connection->store.reset();
        connection->database.reset();
    });
    m_writer.waitForDone();
}

void Indexer::start()
{
    if (m_running || !m_store)
        return;
    m_running = true;
    m_summary = Summary();
    m_clock.start();
    m_scanning = true;
    m_scanWatcher.setFuture(QtConcurrent::run(scanSources, m_collection.sources,
                                              m_store->files(m_collection.id), m_trustTimes,
                                              m_chunkOptions, m_stop));
}

void Indexer::cancel()
{
    if (!m_running)
        return;
    *m_stop = true;
    m_summary.cancelled = true;
    if (!m_flights.isEmpty()) {
        for (const Flight &flight : std::as_const(m_flights)) {
            if (flight.job) {
                flight.job->disconnect(this);
                flight.job->cancel();
                flight.job->deleteLater();
            }
        }
        m_flights.clear();
    }
    // While scanning: onScanned() finishes once the worker has stopped; while windows are being
    // written (their vectors are paid for, and each file is written whole), the last one does.
    if (!m_scanning && m_writesPending == 0)
        finish();
}

void Indexer::onScanned()
{
    m_scanning = false;
    if (!m_store) {
        finish();
        return;
    }
    Scan scan = m_scanWatcher.result();
    m_summary.filesSeen = int(scan.present.size());
    m_summary.folders = scan.folders;
    m_summary.files = scan.present;
    m_summary.filesUnchanged = scan.unchanged;
    if (*m_stop) {
        finish();
        return;
    }

    // Files gone from disk, unless the same content turns up under a new path (a move).
    QHash<QString, KbFile> files = m_store->files(m_collection.id);
    const QSet<QString> present(scan.present.cbegin(), scan.present.cend());
    QHash<QString, KbFile> gone; // by hash
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!present.contains(it.key()))
            gone.insert(it->hash, *it);
    }
    for (qsizetype i = scan.changed.size() - 1; i >= 0; --i) {
        FileWork &work = scan.changed[i];
        if (files.contains(work.file.path) || !gone.contains(work.file.hash))
            continue;
        const KbFile moved = gone.take(work.file.hash);
        if (m_store->renameFile(moved.id, work.file.path)) {
            ++m_summary.filesRenamed;
            scan.changed.removeAt(i);
        }
    }
    for (const KbFile &file : std::as_const(gone)) {
        if (m_store->removeFile(file.id))
            ++m_summary.filesRemoved;
    }

    m_queue = scan.changed;
    m_total = int(m_queue.size());
    int chunks = 0;
    for (const FileWork &work : std::as_const(m_queue))
        chunks += int(work.chunks.size());
    Q_EMIT scanned(m_total, chunks);
    Q_EMIT progress(0, m_total);
    embedNext();
}

QString Indexer::embeddingText(const Chunk &chunk)
{
    // The section's headings travel with its passage: "Setup" under "Install" means more.
    return chunk.heading.isEmpty() ? chunk.text : chunk.heading + u"\n\n"_s + chunk.text;
}

void Indexer::embedNext()
{
    // Files without passages (notes) need no embedding: written at once.
    QList<KnowledgeStore::FileWrite> notes;
    while (!*m_stop && !m_queue.isEmpty() && m_queue.constFirst().chunks.isEmpty()) {
        const FileWork work = m_queue.takeFirst();
        if (!work.file.note.isEmpty())
            m_summary.notes << u"%1: %2"_s.arg(work.file.path, work.file.note);
        notes.append({ work.file, {}, {} });
    }
    if (!notes.isEmpty())
        write(std::move(notes));
    if (*m_stop || (m_queue.isEmpty() && m_flights.isEmpty())) {
        if (m_writesPending == 0)
            finish();
        return;
    }
    if (m_queue.isEmpty() || m_flights.size() >= FlightsAtOnce || m_writesPending > WritesWaiting)
        return;
    const int window = std::max(1, m_batchSize) * std::max(1, m_maxInFlight) * WindowBatches;
    Flight flight;
    QStringList texts;
    while (!m_queue.isEmpty()
           && (texts.isEmpty() || texts.size() + m_queue.constFirst().chunks.size() <= window)) {
        if (m_queue.constFirst().chunks.isEmpty())
            break;
        FileWork work = m_queue.takeFirst();
        for (const Chunk &chunk : std::as_const(work.chunks))
            texts << embeddingText(chunk);
        flight.window.append(std::move(work));
    }
    EmbeddingJob *job
        = new EmbeddingJob(m_client, m_collection.embedModel, texts, m_collection.dimensions, this);
    job->setBatchSize(m_batchSize);
    job->setMaxInFlight(m_maxInFlight);
    connect(job, &EmbeddingJob::finished, this, [this, job] { onEmbedded(job); });
    flight.job = job;
    if (m_flights.isEmpty())
        m_waitClock.start();
    m_flights.append(std::move(flight));
    job->start();
    // The next window goes out at once, so the service is busy while this one's files are
    // written.
    embedNext();
}

void Indexer::onEmbedded(EmbeddingJob *job)
{
    qsizetype at = 0;
    while (at < m_flights.size() && m_flights.at(at).job != job)
        ++at;
    if (at == m_flights.size())
        return;
    const QList<FileWork> window = m_flights.takeAt(at).window;
    if (m_flights.isEmpty())
        m_summary.embedMs += m_waitClock.elapsed();
    job->deleteLater();
    const EmbeddingJob::Result &result = job->result();
    m_summary.promptTokens += result.promptTokens;
    if (result.cost)
        m_summary.cost = m_summary.cost.value_or(0.0) + *result.cost;
    if (result.error.isError() && !m_summary.error.isError())
        m_summary.error = result.error;

    // The window's files in one transaction (KnowledgeStore::writeFiles()): a crash leaves each
    // of them whole or absent, a failure none of them. (A transaction per file made FTS5 write,
    // and then merge, one index segment per file: a folder of small files cost half again as
    // much to index.)
    QList<KnowledgeStore::FileWrite> complete;
    qsizetype offset = 0;
    for (const FileWork &work : window) {
        QList<QList<float>> vectors = result.vectors.mid(offset, work.chunks.size());
        offset += work.chunks.size();
        const bool whole = vectors.size() == work.chunks.size()
            && std::none_of(vectors.cbegin(), vectors.cend(),
                            [](const QList<float> &v) { return v.isEmpty(); });
        if (whole) {
            complete.append({ work.file, work.chunks, std::move(vectors) });
        } else {
            ++m_summary.filesFailed;
            Q_EMIT progress(++m_done, m_total);
        }
    }
    if (!complete.isEmpty())
        write(std::move(complete));
    // An error that every request would meet ends the run: the rest waits for the next sync.
    const bool fatal = result.error.isError()
        && (result.error.kind == ApiError::Kind::Auth || result.error.kind == ApiError::Kind::NoKey
            || result.error.kind == ApiError::Kind::Payment
            || result.error.kind == ApiError::Kind::NotFound
            || result.error.kind == ApiError::Kind::Insecure
            || result.error.kind == ApiError::Kind::InvalidRequest
            || result.error.kind == ApiError::Kind::Protocol);
    if (fatal) {
        m_summary.filesFailed += int(m_queue.size());
        m_queue.clear();
        for (const Flight &flight : std::as_const(m_flights)) {
            m_summary.filesFailed += int(flight.window.size());
            if (flight.job) {
                flight.job->disconnect(this);
                flight.job->cancel();
                flight.job->deleteLater();
            }
        }
        m_flights.clear();
    }
    embedNext();
}

void Indexer::write(QList<KnowledgeStore::FileWrite> files)
{
    ++m_writesPending;
    if (m_databasePath.isEmpty()) {
        // No file to open a second connection to (a history in memory): written here.
        const bool written = m_store && m_store->writeFiles(m_collection.id, files);
        onWritten(files, written, written || !m_store ? QString() : m_store->lastProblem());
        return;
    }
    // On the writer's own connection: FTS5's indexing of a window's passages, and the commit,
    // would otherwise hold this thread, and the replies to the next window waiting for it.
    QtConcurrent::run(&m_writer,
                      [path = m_databasePath, collectionId = m_collection.id, files,
                       connection = m_writerConnection]() -> WriteOutcome {
                          if (!connection->store) {
                              auto database = std::make_unique<Database>();
                              const Database::OpenResult opened
                                  = database->openWorkerConnection(path);
                              if (!opened.ok())
                                  return { false, opened.message };
                              connection->database = std::move(database);
                              connection->store
                                  = std::make_unique<KnowledgeStore>(connection->database.get());
                          }
                          if (connection->store->writeFiles(collectionId, files))
                              return { true, {} };
                          return { false, connection->store->lastProblem() };
                      })
        .then(this, [this, files](const WriteOutcome &outcome) {
            onWritten(files, outcome.written, outcome.problem);
        });
}

void Indexer::onWritten(const QList<KnowledgeStore::FileWrite> &files, bool written,
                        const QString &problem)
{
    --m_writesPending;
    if (!written && m_summary.storageProblem.isEmpty())
        m_summary.storageProblem = problem;
    for (const KnowledgeStore::FileWrite &write : files) {
        if (write.chunks.isEmpty()) {
            // A note (a file without passages): remembered so it is not read again.
            if (written)
                Q_EMIT fileIndexed(write.file.path, 0);
        } else if (written) {
            ++m_summary.filesIndexed;
            m_summary.chunksEmbedded += int(write.chunks.size());
            Q_EMIT fileIndexed(write.file.path, int(write.chunks.size()));
        } else {
            ++m_summary.filesFailed;
        }
        Q_EMIT progress(++m_done, m_total);
    }
    if (m_running)
        embedNext();
}

void Indexer::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(m_summary);
}
