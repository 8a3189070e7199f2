#include "evalimport.h"

#include "beirformat.h"
#include "store/database.h"
#include "store/workbenchstore.h"
#include "trecformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EvalImport", text);
}

// Stops the import: carries what the user reads and where it happened.
struct Failure
{
    QString message;
    QString file;
    qint64 line = 0;
};

class Importer
{
public:
    Importer(EvalStore *store, const EvalImport::Source &source,
             const EvalImport::ProgressFunction &progress, const std::atomic<bool> *cancelled)
        : m_store(store), m_source(source), m_progress(progress), m_cancelled(cancelled)
    {
    }

    EvalImport::Result run();

private:
    bool isCancelled() const { return m_cancelled && m_cancelled->load(std::memory_order_relaxed); }
    // Reads one file line by line; `parse` returns false with an error for a bad line.
    bool readFile(const QString &path, const std::function<bool(QByteArrayView, QString *)> &parse);
    bool fail(const QString &message, const QString &file = {}, qint64 line = 0);
    bool storeFailed();
    void reportProgress(bool force = false);

    // Progress and cancel for TrecFormat's readers of one file; a failed read becomes the
    // import's failure (file and line named).
    Eval::TrecFormat::Progress trecProgress();
    bool trecFailed(const Eval::TrecFormat::Error &error, const QString &path, qint64 size);
    bool addJudgments(const Eval::Qrels &qrels);

    bool importBeir();
    bool importTrec();
    bool importWorkbench();
    bool addWorkbenchSet(const WorkbenchSetRecord &record, const QString &name,
                         QSet<QString> &usedIds);
    bool readBeirQrels(const QString &path);
    bool addQueries(const QList<Eval::Query> &queries);
    bool readDocuments(const QString &path, bool tsv);
    bool takeCandidates();

    EvalStore *m_store;
    EvalImport::Source m_source;
    EvalImport::ProgressFunction m_progress;
    const std::atomic<bool> *m_cancelled;
    EvalImport::Result m_result;
    Failure m_failure;
    qint64 m_setId = 0;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0; // of finished files
    qint64 m_fileBytes = 0; // of the file being read
    QElapsedTimer m_sinceProgress;
    QSet<QString> m_judgedQueries;
    QSet<QString> m_queryIds;
    QSet<QString> m_documentIds;
};

bool Importer::fail(const QString &message, const QString &file, qint64 line)
{
    if (m_failure.message.isEmpty())
        m_failure = Failure{ message, file, line };
    return false;
}

bool Importer::storeFailed()
{
    return fail(m_store->lastProblem().isEmpty() ? m_store->lastError() : m_store->lastProblem());
}

void Importer::reportProgress(bool force)
{
    if (!m_progress)
        return;
    if (!force && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 50)
        return;
    m_sinceProgress.start();
    m_progress(std::min(m_totalBytes, m_doneBytes + m_fileBytes), m_totalBytes);
}

bool Importer::readFile(const QString &path,
                        const std::function<bool(QByteArrayView, QString *)> &parse)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 could not be opened (%2). Check that it exists and is readable.")
                        .arg(name, file.errorString()),
                    path);
    m_fileBytes = 0;
    QString lineError;
    qint64 badLine = 0;
    bool cancelled = false;
    const bool read = BeirFormat::readLines(
        &file,
        [&](qint64 lineNumber, QByteArrayView line) {
            if (isCancelled()) {
                cancelled = true;
                return false;
            }
            m_fileBytes = file.pos();
            reportProgress();
            if (!parse(line, &lineError)) {
                badLine = lineNumber;
                return false;
            }
            return true;
        },
        &lineError, &badLine);
    m_doneBytes += file.size();
    m_fileBytes = 0;
    if (cancelled)
        return false;
    if (!read || badLine > 0) {
        if (lineError.isEmpty()) // the store failed; its sentence is already kept
            return false;
        return fail(tr("%1, line %2: %3").arg(name).arg(badLine).arg(lineError), path, badLine);
    }
    reportProgress(true);
    return true;
}

Eval::TrecFormat::Progress Importer::trecProgress()
{
    return [this](qint64 bytesRead) {
        m_fileBytes = bytesRead;
        reportProgress();
        return !isCancelled();
    };
}

bool Importer::trecFailed(const Eval::TrecFormat::Error &error, const QString &path, qint64 size)
{
    m_doneBytes += size;
    m_fileBytes = 0;
    if (isCancelled())
        return false;
    return fail(error.text(), path, error.line);
}

bool Importer::addJudgments(const Eval::Qrels &qrels)
{
    for (auto query = qrels.cbegin(); query != qrels.cend(); ++query) {
        for (auto doc = query.value().cbegin(); doc != query.value().cend(); ++doc) {
            if (!m_store->setJudgment(m_setId, query.key(), doc.key(), doc.value()))
                return storeFailed();
            ++m_result.judgments;
        }
        m_judgedQueries.insert(query.key());
    }
    return true;
}

bool Importer::readBeirQrels(const QString &path)
{
    bool firstLine = true;
    return readFile(path, [&](QByteArrayView line, QString *error) {
        const bool first = std::exchange(firstLine, false);
        if (line.startsWith('#') || (first && BeirFormat::isQrelsHeader(line)))
            return true;
        QString queryId;
        QString docId;
        int grade = 0;
        if (!BeirFormat::parseQrel(line, &queryId, &docId, &grade, error))
            return false;
        if (!m_store->setJudgment(m_setId, queryId, docId, grade)) {
            storeFailed();
            error->clear();
            return false;
        }
        m_judgedQueries.insert(queryId);
        ++m_result.judgments;
        return true;
    });
}

bool Importer::addQueries(const QList<Eval::Query> &queries)
{
    for (const Eval::Query &query : queries) {
        if (!m_judgedQueries.isEmpty() && !m_judgedQueries.contains(query.id)) {
            ++m_result.skippedQueries;
            continue;
        }
        if (!m_store->addQuery(m_setId, m_result.queries, query))
            return storeFailed();
        m_queryIds.insert(query.id);
        ++m_result.queries;
    }
    return true;
}

bool Importer::readDocuments(const QString &path, bool tsv)
{
    return readFile(path, [&](QByteArrayView line, QString *error) {
        Eval::Document document;
        if (!(tsv ? BeirFormat::parseTsvDocument(line, &document, error)
                  : BeirFormat::parseDocument(line, &document, error)))
            return false;
        if (m_documentIds.contains(document.id)) {
            *error = tr("the document id “%1” appears twice.").arg(document.id.left(80));
            return false;
        }
        if (!m_store->addDocument(m_setId, document)) {
            storeFailed();
            error->clear();
            return false;
        }
        m_documentIds.insert(document.id);
        ++m_result.documents;
        return true;
    });
}

bool Importer::takeCandidates()
{
    if (m_source.candidatesFile.isEmpty()) {
        if (!m_store->fillCandidatesFromJudgments(m_setId))
            return storeFailed();
        return true;
    }
    Eval::TrecFormat::Error error;
    const qint64 size = QFileInfo(m_source.candidatesFile).size();
    std::optional<Eval::Run> read
        = Eval::TrecFormat::readRunFile(m_source.candidatesFile, &error, nullptr, trecProgress());
    if (!read)
        return trecFailed(error, m_source.candidatesFile, size);
    m_doneBytes += size;
    Eval::Run run;
    for (auto it = read->begin(); it != read->end(); ++it) {
        if (m_queryIds.contains(it.key()))
            run.insert(it.key(), std::move(it.value()));
    }
    const int depth = m_source.depth > 0 ? m_source.depth : EvalStore::DefaultDepth;
    Eval::Run firstStage;
    for (auto it = run.begin(); it != run.end(); ++it) {
        QList<Eval::ScoredDoc> &docs = it.value();
        // trec_eval's order: score descending, ties by docno descending.
        std::sort(docs.begin(), docs.end(), [](const Eval::ScoredDoc &a, const Eval::ScoredDoc &b) {
            if (a.score != b.score)
                return a.score > b.score;
            return a.docno.toUtf8() > b.docno.toUtf8();
        });
        QList<Eval::Candidate> list;
        QSet<QString> seen;
        for (const Eval::ScoredDoc &doc : std::as_const(docs)) {
            if (list.size() >= depth)
                break;
            // Only documents the set has can be reranked; a repeated docno counts once.
            if (!m_documentIds.contains(doc.docno) || seen.contains(doc.docno))
                continue;
            seen.insert(doc.docno);
            list.append(Eval::Candidate{ doc.docno, int(list.size() + 1), doc.score });
            firstStage[it.key()].append(doc);
        }
        if (!m_store->setCandidates(m_setId, it.key(), list))
            return storeFailed();
    }
    m_result.firstStage = QFileInfo(m_source.candidatesFile).completeBaseName();
    if (m_result.firstStage.isEmpty())
        m_result.firstStage = u"first-stage"_s;
    EvalSystemInfo info;
    info.name = m_result.firstStage;
    info.kind = EvalSystemInfo::Kind::FirstStage;
    if (m_store->saveSystem(m_setId, info, firstStage) == 0
        || !m_store->setFirstStage(m_setId, info.name, depth))
        return storeFailed();
    return true;
}

bool Importer::importBeir()
{
    const QDir folder(m_source.folder);
    const QString qrels = folder.filePath(u"qrels/%1.tsv"_s.arg(m_source.split));
    const QString queries = folder.filePath(u"queries.jsonl"_s);
    const QString corpus = folder.filePath(u"corpus.jsonl"_s);
    for (const QString &path : { corpus, queries, qrels }) {
        if (!QFileInfo(path).isFile())
            return fail(tr("%1 is missing. A BEIR folder has corpus.jsonl, queries.jsonl and "
                           "qrels/%2.tsv.")
                            .arg(QDir::toNativeSeparators(path), m_source.split),
                        path);
    }
    if (!readBeirQrels(qrels))
        return false;
    QList<Eval::Query> list;
    QSet<QString> seen;
    const bool read = readFile(queries, [&](QByteArrayView line, QString *error) {
        Eval::Query query;
        if (!BeirFormat::parseQuery(line, &query, error))
            return false;
        if (seen.contains(query.id)) {
            *error = tr("the query id “%1” appears twice.").arg(query.id.left(80));
            return false;
        }
        seen.insert(query.id);
        list.append(query);
        return true;
    });
    return read && addQueries(list) && readDocuments(corpus, false);
}

bool Importer::importTrec()
{
    for (const QString &path :
         { m_source.topicsFile, m_source.qrelsFile, m_source.documentsFile }) {
        if (path.isEmpty())
            return fail(tr("Give the topics, the qrels and the documents file."));
    }
    Eval::TrecFormat::Error error;
    const qint64 qrelsSize = QFileInfo(m_source.qrelsFile).size();
    const std::optional<Eval::Qrels> qrels
        = Eval::TrecFormat::readQrelsFile(m_source.qrelsFile, &error, trecProgress());
    if (!qrels)
        return trecFailed(error, m_source.qrelsFile, qrelsSize);
    m_doneBytes += qrelsSize;
    if (!addJudgments(*qrels))
        return false;
    const qint64 topicsSize = QFileInfo(m_source.topicsFile).size();
    const std::optional<QList<Eval::Query>> topics
        = Eval::TrecFormat::readTopicsFile(m_source.topicsFile, &error, trecProgress());
    if (!topics)
        return trecFailed(error, m_source.topicsFile, topicsSize);
    m_doneBytes += topicsSize;
    const bool tsv = !m_source.documentsFile.endsWith(u".jsonl"_s, Qt::CaseInsensitive)
        && !m_source.documentsFile.endsWith(u".json"_s, Qt::CaseInsensitive);
    return addQueries(*topics) && readDocuments(m_source.documentsFile, tsv);
}

bool Importer::importWorkbench()
{
    if (m_source.workbenchFiles.isEmpty() && m_source.workbenchSetIds.isEmpty())
        return fail(tr("Choose one or more saved workbench sets."));
    QSet<QString> usedIds;
    if (!m_source.workbenchSetIds.isEmpty()) {
        // The sets saved in the history, read through this (worker's) connection.
        WorkbenchStore workbench(m_store->database());
        for (const qint64 id : std::as_const(m_source.workbenchSetIds)) {
            if (isCancelled())
                return false;
            const std::optional<WorkbenchSetRecord> record = workbench.loadSet(id);
            if (!record)
                return fail(tr("The saved workbench set %1 could not be read. It may have been "
                               "deleted; choose it again.")
                                .arg(id));
            if (!addWorkbenchSet(*record, record->name, usedIds))
                return false;
        }
    }
    for (const QString &path : std::as_const(m_source.workbenchFiles)) {
        if (isCancelled())
            return false;
        const QString name = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1 could not be opened (%2). Check that it exists and is readable.")
                            .arg(name, file.errorString()),
                        path);
        if (file.size() > WorkbenchStore::maxImportBytes)
            return fail(tr("%1 is too large for a workbench set.").arg(name), path);
        QString error;
        const QByteArray bytes = file.readAll();
        const std::optional<WorkbenchSetRecord> record
            = WorkbenchStore::parseSetFile(bytes, &error);
        m_doneBytes += file.size();
        reportProgress();
        if (!record) {
            // Broken JSON has a place: name its line, as for the other formats. (Parsed again
            // only on this path; a file that is JSON but not a set is wrong as a whole.)
            QJsonParseError syntax;
            QJsonDocument::fromJson(bytes, &syntax);
            if (syntax.error != QJsonParseError::NoError) {
                const qint64 line = bytes.left(syntax.offset).count('\n') + 1;
                return fail(tr("%1, line %2: %3").arg(name).arg(line).arg(error), path, line);
            }
            return fail(tr("%1: %2").arg(name, error), path);
        }
        if (!addWorkbenchSet(*record, QFileInfo(path).completeBaseName(), usedIds))
            return false;
    }
    return true;
}

bool Importer::addWorkbenchSet(const WorkbenchSetRecord &record, const QString &name,
                               QSet<QString> &usedIds)
{
    // Ids without blanks: TREC files separate fields by them.
    QString base = name.simplified().replace(u' ', u'_');
    if (base.isEmpty())
        base = u"query"_s;
    QString queryId = base;
    for (int n = 2; usedIds.contains(queryId); ++n)
        queryId = u"%1-%2"_s.arg(base).arg(n);
    usedIds.insert(queryId);
    const Eval::Query query{ queryId, record.set.query, record.set.instruction };
    if (!m_store->addQuery(m_setId, m_result.queries, query))
        return storeFailed();
    m_queryIds.insert(queryId);
    ++m_result.queries;
    QList<Eval::Candidate> candidates;
    for (qsizetype i = 0; i < record.set.documents.size(); ++i) {
        const RerankDocument &doc = record.set.documents.at(i);
        const QString docId = u"%1/%2"_s.arg(queryId).arg(i + 1);
        if (!m_store->addDocument(m_setId, Eval::Document{ docId, QString(), doc.text }))
            return storeFailed();
        ++m_result.documents;
        m_documentIds.insert(docId);
        if (doc.label != RerankDocument::Unlabelled) {
            if (!m_store->setJudgment(m_setId, queryId, docId, doc.label))
                return storeFailed();
            ++m_result.judgments;
        }
        candidates.append(Eval::Candidate{ docId, int(i + 1), std::nullopt });
    }
    if (m_source.candidatesFile.isEmpty() && !m_store->setCandidates(m_setId, queryId, candidates))
        return storeFailed();
    return true;
}

EvalImport::Result Importer::run()
{
    QStringList files;
    QString baseName;
    switch (m_source.format) {
    case EvalImport::Source::Format::Beir: {
        const QDir folder(m_source.folder);
        files = { folder.filePath(u"corpus.jsonl"_s), folder.filePath(u"queries.jsonl"_s),
                  folder.filePath(u"qrels/%1.tsv"_s.arg(m_source.split)) };
        baseName
            = QFileInfo(QDir::cleanPath(QFileInfo(m_source.folder).absoluteFilePath())).fileName();
        break;
    }
    case EvalImport::Source::Format::Trec:
        files = { m_source.topicsFile, m_source.qrelsFile, m_source.documentsFile };
        baseName = QFileInfo(m_source.topicsFile).completeBaseName();
        break;
    case EvalImport::Source::Format::Workbench:
        files = m_source.workbenchFiles;
        baseName = files.isEmpty() ? tr("Workbench sets")
                                   : QFileInfo(m_source.workbenchFiles.value(0)).completeBaseName();
        break;
    }
    if (!m_source.candidatesFile.isEmpty())
        files << m_source.candidatesFile;
    for (const QString &file : std::as_const(files))
        m_totalBytes += QFileInfo(file).size();
    reportProgress(true);

    const bool ok = m_store->inTransaction([&] {
        const QString name
            = m_store->uniqueName(m_source.name.trimmed().isEmpty() ? baseName : m_source.name);
        const QString source = QDir::toNativeSeparators(
            m_source.format == EvalImport::Source::Format::Beir ? m_source.folder
                                                                : files.join(u", "_s));
        m_setId = m_store->createSet(name, source, 0, m_source.fingerprint);
        if (m_setId == 0)
            return storeFailed();
        m_result.setName = name;
        bool read = false;
        switch (m_source.format) {
        case EvalImport::Source::Format::Beir:
            read = importBeir();
            break;
        case EvalImport::Source::Format::Trec:
            read = importTrec();
            break;
        case EvalImport::Source::Format::Workbench:
            read = importWorkbench();
            break;
        }
        if (!read || isCancelled() || !takeCandidates() || isCancelled())
            return false;
        if (m_result.queries == 0)
            return fail(tr("The set has no queries with judgments. Check that the qrels use the "
                           "query ids of the queries file."));
        return true;
    });
    if (ok) {
        if (const std::optional<EvalSetSummary> summary = m_store->set(m_setId))
            m_result.candidates = summary->candidateCount;
        m_result.ok = true;
        m_result.setId = m_setId;
    } else {
        m_result.setId = 0;
        m_result.cancelled = isCancelled();
        if (m_result.cancelled) {
            m_result.error = tr("The import was cancelled; nothing was added.");
        } else {
            m_result.error
                = m_failure.message.isEmpty() ? m_store->lastProblem() : m_failure.message;
            m_result.file = m_failure.file;
            m_result.line = m_failure.line;
        }
    }
    reportProgress(true);
    return m_result;
}

} // namespace

EvalImport::EvalImport(const QString &databasePath, QObject *parent)
    : QObject(parent), m_databasePath(databasePath)
{
    qRegisterMetaType<EvalImport::Result>();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_running = false;
        Q_EMIT finished(m_watcher.result());
    });
}

EvalImport::~EvalImport()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
}

void EvalImport::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void EvalImport::start(const Source &source)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_cancelled;
    const QString path = m_databasePath;
    // The destructor waits for the worker, so `this` outlives every progress call; a queued
    // call still pending when it is gone is dropped with it.
    const ProgressFunction progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT this->progress(done, total); },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([path, source, progress, cancelled] {
        Result result;
        {
            Database database;
            const Database::OpenResult opened = database.openWorkerConnection(path);
            if (!opened.ok()) {
                result.error = opened.message;
                return result;
            }
            EvalStore store(&database);
            result = EvalImport::run(&store, source, progress, cancelled.get());
        }
        return result;
    }));
}

QString EvalImport::fingerprintOf(const Source &source)
{
    QStringList files;
    switch (source.format) {
    case Source::Format::Beir: {
        const QDir folder(source.folder);
        files = { folder.filePath(u"corpus.jsonl"_s), folder.filePath(u"queries.jsonl"_s),
                  folder.filePath(u"qrels/%1.tsv"_s.arg(source.split)) };
        break;
    }
    case Source::Format::Trec:
        files = { source.topicsFile, source.qrelsFile, source.documentsFile };
        break;
    case Source::Format::Workbench:
        files = source.workbenchFiles;
        break;
    }
    if (!source.candidatesFile.isEmpty())
        files << source.candidatesFile;
    QStringList parts{ u"format=%1"_s.arg(int(source.format)), u"depth=%1"_s.arg(source.depth) };
    for (const QString &file : std::as_const(files)) {
        const QFileInfo info(file);
        parts << u"%1:%2:%3"_s.arg(info.absoluteFilePath())
                     .arg(info.size())
                     .arg(info.lastModified().toMSecsSinceEpoch());
    }
    return parts.join(u'|');
}

EvalImport::Result EvalImport::run(EvalStore *store, const Source &source,
                                   const ProgressFunction &progress,
                                   const std::atomic<bool> *cancelled)
{
    return Importer(store, source, progress, cancelled).run();
}
