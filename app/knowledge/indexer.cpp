#include "indexer.h"

#include "embeddingjob.h"

#include "api/apiclient.h"
#include "store/knowledgestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

// Passages per EmbeddingJob: enough for every request slot to be busy, few enough that a
// crash loses little.
constexpr int WindowBatches = 2;

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
          const std::atomic_bool &stop)
{
    const QFileInfoList entries = QDir(folder).entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden,
        QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (stop)
            return;
        if (entry.isDir()) {
            if (!ignoredFolder(entry.fileName(), ignored))
                walk(entry.absoluteFilePath(), ignored, files, stop);
        } else if (!entry.fileName().startsWith(u'.')
                   && Chunker::kindForFileName(entry.fileName()) != Chunker::Kind::Unsupported) {
            files->append(entry.absoluteFilePath());
        }
    }
}

Indexer::Scan scanSources(const QStringList &sources, const QHash<QString, QString> &known,
                          const Chunker::Options &options,
                          const std::shared_ptr<std::atomic_bool> &stop)
{
    QSet<QString> ignored;
    for (const QString &name : Indexer::defaultIgnoredFolders())
        ignored.insert(name);
    QStringList paths;
    for (const QString &source : sources) {
        const QFileInfo info(source);
        if (info.isDir())
            walk(info.absoluteFilePath(), ignored, &paths, *stop);
        else if (info.isFile())
            paths.append(info.absoluteFilePath());
    }
    paths.removeDuplicates();

    Indexer::Scan scan;
    for (const QString &path : std::as_const(paths)) {
        if (*stop)
            break;
        const QFileInfo info(path);
        Indexer::FileWork work;
        work.file.path = path;
        work.file.size = info.size();
        work.file.mtime = info.lastModified().toMSecsSinceEpoch();
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
                work.file.hash = QString::fromLatin1(
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            }
        }
        scan.present.append(path);
        if (known.value(path) == work.file.hash) {
            ++scan.unchanged;
            continue;
        }
        if (work.file.note.isEmpty()) {
            if (kind == Chunker::Kind::Pdf)
                work.file.note = tr("PDF files are not indexed: this build of Sift has no PDF "
                                    "reader. Save it as text to include it.");
            else if (kind == Chunker::Kind::Unsupported)
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

Indexer::Indexer(KnowledgeStore *store, ApiClient *client, const KbCollection &collection,
                 QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_collection(collection)
{
    connect(&m_scanWatcher, &QFutureWatcher<Scan>::finished, this, &Indexer::onScanned);
}

Indexer::~Indexer()
{
    *m_stop = true;
    m_scanWatcher.waitForFinished(); // the worker only reads files; it stops at the next one
}

void Indexer::start()
{
    if (m_running || !m_store)
        return;
    m_running = true;
    m_summary = Summary();
    m_clock.start();
    QHash<QString, QString> known;
    const QHash<QString, KbFile> files = m_store->files(m_collection.id);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        known.insert(it.key(), it->hash);
    m_scanWatcher.setFuture(
        QtConcurrent::run(scanSources, m_collection.sources, known, m_chunkOptions, m_stop));
}

void Indexer::cancel()
{
    if (!m_running)
        return;
    *m_stop = true;
    m_summary.cancelled = true;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
        finish();
    }
    // While scanning: onScanned() finishes once the worker has stopped.
}

void Indexer::onScanned()
{
    if (!m_store) {
        finish();
        return;
    }
    Scan scan = m_scanWatcher.result();
    m_summary.filesSeen = int(scan.present.size());
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
    while (!m_queue.isEmpty() && m_queue.constFirst().chunks.isEmpty()) {
        const FileWork work = m_queue.takeFirst();
        if (!work.file.note.isEmpty())
            m_summary.notes << u"%1: %2"_s.arg(work.file.path, work.file.note);
        if (m_store && m_store->writeFile(m_collection.id, work.file, {}, {}))
            Q_EMIT fileIndexed(work.file.path, 0);
        Q_EMIT progress(++m_done, m_total);
    }
    if (m_queue.isEmpty() || *m_stop) {
        finish();
        return;
    }
    const int window = std::max(1, m_batchSize) * std::max(1, m_maxInFlight) * WindowBatches;
    m_window.clear();
    QStringList texts;
    while (!m_queue.isEmpty()
           && (texts.isEmpty() || texts.size() + m_queue.constFirst().chunks.size() <= window)) {
        if (m_queue.constFirst().chunks.isEmpty())
            break;
        FileWork work = m_queue.takeFirst();
        for (const Chunk &chunk : std::as_const(work.chunks))
            texts << embeddingText(chunk);
        m_window.append(std::move(work));
    }
    m_job
        = new EmbeddingJob(m_client, m_collection.embedModel, texts, m_collection.dimensions, this);
    m_job->setBatchSize(m_batchSize);
    m_job->setMaxInFlight(m_maxInFlight);
    connect(m_job, &EmbeddingJob::finished, this, &Indexer::onEmbedded);
    m_job->start();
}

void Indexer::onEmbedded()
{
    EmbeddingJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    const EmbeddingJob::Result &result = job->result();
    m_summary.promptTokens += result.promptTokens;
    m_summary.embedMs += result.elapsedMs;
    if (result.cost)
        m_summary.cost = m_summary.cost.value_or(0.0) + *result.cost;
    if (result.error.isError() && !m_summary.error.isError())
        m_summary.error = result.error;

    qsizetype offset = 0;
    for (const FileWork &work : std::as_const(m_window)) {
        const QList<QList<float>> vectors = result.vectors.mid(offset, work.chunks.size());
        offset += work.chunks.size();
        bool complete = true;
        for (const QList<float> &vector : vectors)
            complete = complete && !vector.isEmpty();
        if (!complete || !m_store) {
            ++m_summary.filesFailed;
        } else if (m_store->writeFile(m_collection.id, work.file, work.chunks, vectors)) {
            ++m_summary.filesIndexed;
            m_summary.chunksEmbedded += int(work.chunks.size());
            Q_EMIT fileIndexed(work.file.path, int(work.chunks.size()));
        } else {
            ++m_summary.filesFailed;
            if (m_summary.storageProblem.isEmpty())
                m_summary.storageProblem = m_store->lastProblem();
        }
        Q_EMIT progress(++m_done, m_total);
    }
    m_window.clear();
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
    }
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
