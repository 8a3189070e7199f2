#include "kbcommand.h"

#include "clirunner.h"
#include "clisupport.h"

#include "api/apiclient.h"
#include "config/config.h"
#include "config/runoptions.h"
#include "knowledge/embeddingjob.h"
#include "knowledge/indexer.h"
#include "knowledge/knowledgeprompt.h"
#include "knowledge/retrievalrecord.h"
#include "knowledge/retriever.h"
#include "models/costformat.h"
#include "models/modelcatalog.h"
#include "store/database.h"
#include "store/knowledgestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

using namespace CliSupport;

constexpr int DefaultDimensions = 1024;
constexpr int PreviewChars = 72;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Cli", text, nullptr, n);
}

// The history file, opened for this command; *code is set when it cannot be.
bool openDatabase(Database *database, int *code)
{
    const Database::OpenResult opened = database->open();
    if (!opened.ok()) {
        err(u"sift kb: "_s + opened.message);
        *code = Cli::Other;
        return false;
    }
    return true;
}

QString costText(const std::optional<double> &cost)
{
    return cost ? CostFormat::usd(*cost) : tr("cost unknown");
}

std::optional<KbCollection> findCollection(KnowledgeStore *store, const QString &name)
{
    std::optional<KbCollection> collection = store->collection(name);
    if (!collection) {
        err(tr("sift kb: there is no collection named “%1”. \"sift kb list\" shows them; "
               "\"sift kb add %1 PATH…\" creates it.")
                .arg(name));
    }
    return collection;
}

int indexCollection(KnowledgeStore *store, ApiClient *client, const KbCollection &collection,
                    const RunOptions &options, const Endpoint &endpoint)
{
    Indexer indexer(store, client, collection);
    runShowingProgress(&indexer, &Indexer::finished, &Indexer::progress, [](int done, int total) {
        writeTo(stderr, tr("\rIndexing: %1 of %2 files").arg(done).arg(total));
    });
    const Indexer::Summary &s = indexer.summary();
    for (const QString &note : s.notes)
        err(note);
    out(tr("%1: %2 files indexed (%3 passages), %4 unchanged, %5 removed, %6 moved; "
           "%7 tokens, %8, %9 ms\n")
            .arg(collection.name)
            .arg(s.filesIndexed)
            .arg(s.chunksEmbedded)
            .arg(s.filesUnchanged)
            .arg(s.filesRemoved)
            .arg(s.filesRenamed)
            .arg(s.promptTokens)
            .arg(costText(s.cost))
            .arg(s.elapsedMs));
    if (!s.storageProblem.isEmpty()) {
        err(s.storageProblem);
        return Cli::Other;
    }
    if (s.error.isError()) {
        err(tr("%n files could not be indexed: ", s.filesFailed)
            + errorMessage(s.error, options, endpoint)
            + tr(" Run \"sift kb sync %1\" to try them again.").arg(collection.name));
        return exitCodeFor(s.error);
    }
    return Cli::Ok;
}

QString preview(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > PreviewChars)
        line = line.left(PreviewChars - 1) + u'…';
    return line;
}

QString rankText(int rank)
{
    return rank > 0 ? QString::number(rank) : u"-"_s;
}

void printSearch(const RetrievalResult &result)
{
    out(u"%1  %2  %3  %4  %5  %6\n"_s.arg(
        tr("RANK").rightJustified(4), tr("BM25").rightJustified(4), tr("VEC").rightJustified(4),
        tr("RRF").rightJustified(4), tr("RERANK").rightJustified(7), tr("SOURCE")));
    for (const RetrievalCandidate &c : result.selected()) {
        out(u"%1  %2  %3  %4  %5  %6:%7\n"_s.arg(
            QString::number(c.sourceNumber).rightJustified(4),
            rankText(c.bm25Rank).rightJustified(4), rankText(c.vectorRank).rightJustified(4),
            rankText(c.fusedRank).rightJustified(4),
            (c.rerankScore ? QString::number(*c.rerankScore, 'f', 4) : u"-"_s).rightJustified(7),
            c.passage.path, c.passage.chunk.lines()));
        out(u"      %1\n"_s.arg(preview(c.passage.chunk.text)));
    }
}

// Says on stderr what retrieval had to do without; returns the exit code that goes with it.
int reportStages(const RetrievalResult &result, const RunOptions &options, const Endpoint &endpoint)
{
    int code = Cli::Ok;
    if (result.embedding.error.isError()) {
        err(tr("The question could not be embedded, so only keyword (BM25) search was used: %1")
                .arg(errorMessage(result.embedding.error, options, endpoint)));
        code = exitCodeFor(result.embedding.error);
    }
    if (result.rerank.error.isError()) {
        err(tr("Reranking with %1 failed, so the passages are in fused (RRF) order: %2")
                .arg(result.options.rerankModel,
                     errorMessage(result.rerank.error, options, endpoint)));
        if (code == Cli::Ok)
            code = exitCodeFor(result.rerank.error);
    }
    return code;
}

RetrievalResult retrieve(KnowledgeStore *store, ApiClient *client, const KbCollection &collection,
                         const QString &query, const RetrievalOptions &options)
{
    ModelCatalog catalog;
    Retriever retriever(store, client, collection);
    retriever.setCatalog(&catalog);
    QEventLoop loop;
    QObject::connect(&retriever, &Retriever::finished, &loop, &QEventLoop::quit);
    retriever.retrieve(query, options);
    loop.exec();
    return retriever.result();
}

bool readCount(const QCommandLineParser &parser, const QCommandLineOption &option, int low,
               int high, int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < low || number > high) {
        err(tr("sift kb: --%1 needs a whole number from %2 to %3.")
                .arg(option.names().constLast())
                .arg(low)
                .arg(high));
        return false;
    }
    *value = number;
    return true;
}

} // namespace

int Cli::runKb(QCoreApplication &, const QStringList &arguments, int command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Knowledge collections: folders and files cut into passages, embedded, and searched "
           "by keywords (BM25) and meaning (vectors), fused and reranked.\n"
           "  add NAME PATH…     create a collection or add files and folders to it, then index\n"
           "  sync NAME          index what changed since the last time\n"
           "  list               the collections\n"
           "  remove NAME        delete a collection (the files stay)\n"
           "  search NAME QUERY  the passages that answer QUERY, with each stage's ranks"));
    parser.addPositionalArgument(u"command"_s, tr("add, sync, list, remove or search."),
                                 u"add|sync|list|remove|search"_s);
    const QCommandLineOption embedModel(
        u"embed-model"_s,
        tr("Embedding model of a new collection (default %1).").arg(EmbeddingJob::defaultModel()),
        u"model"_s);
    const QCommandLineOption dimensions(
        u"dimensions"_s,
        tr("Vector size of a new collection, 32 to 8192 (default %1).").arg(DefaultDimensions),
        u"n"_s);
    const QCommandLineOption rerankModel(
        u"rerank-model"_s, tr("Rerank the candidates with this model (default: the collection's)."),
        u"model"_s);
    const QCommandLineOption noRerank(u"no-rerank"_s, tr("Do not rerank: fused order."));
    const QCommandLineOption topK(
        u"top-k"_s, tr("Candidates from each search and after fusion (default 50)."), u"n"_s);
    const QCommandLineOption topN(u"top-n"_s, tr("Passages to return (default 5)."), u"n"_s);
    const QCommandLineOption threshold(
        u"threshold"_s, tr("Leave out passages with a lower rerank score."), u"score"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOptions(
        { embedModel, dimensions, rerankModel, noRerank, topK, topN, threshold, json, help });
    RunOptions::addTo(parser);
    if (const int code = parseArguments(parser, arguments, command, help, u"sift kb"_s,
                                        tr("Run \"sift kb --help\" for its options."));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    const QString sub = words.value(0);
    const QString name = words.value(1).trimmed();
    static const QStringList known{ u"add"_s, u"sync"_s, u"list"_s, u"remove"_s, u"search"_s };
    if (!known.contains(sub)) {
        err(tr("sift kb: give a command: add, sync, list, remove or search. Run \"sift kb "
               "--help\" for more."));
        return Usage;
    }
    if (sub != "list"_L1 && name.isEmpty()) {
        err(tr("sift kb %1: name the collection.").arg(sub));
        return Usage;
    }
    if (parser.isSet(rerankModel) && parser.isSet(noRerank)) {
        err(tr("sift kb: give --rerank-model or --no-rerank, not both."));
        return Usage;
    }

    Database database;
    int code = Ok;
    if (!openDatabase(&database, &code))
        return code;
    KnowledgeStore store(&database);

    if (sub == "list"_L1) {
        const QList<KbCollection> list = store.collections();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const KbCollection &c : list) {
                array.append(QJsonObject{ { u"name"_s, c.name },
                                          { u"embed_model"_s, c.embedModel },
                                          { u"dimensions"_s, c.dimensions },
                                          { u"files"_s, c.fileCount },
                                          { u"passages"_s, c.chunkCount },
                                          { u"sources"_s, QJsonArray::fromStringList(c.sources) },
                                          { u"options"_s, c.options.toJson() } });
            }
            out(QString::fromUtf8(
                QJsonDocument(QJsonObject{ { u"collections"_s, array } }).toJson()));
        } else if (list.isEmpty()) {
            out(tr("No collections yet. Create one with \"sift kb add NAME FOLDER\".\n"));
        } else {
            for (const KbCollection &c : list) {
                out(tr("%1: %2 files, %3 passages, %4 (%5 dimensions)\n")
                        .arg(c.name)
                        .arg(c.fileCount)
                        .arg(c.chunkCount)
                        .arg(c.embedModel)
                        .arg(c.dimensions));
            }
        }
        return Ok;
    }
    if (sub == "remove"_L1) {
        const std::optional<KbCollection> collection = findCollection(&store, name);
        if (!collection)
            return Usage;
        if (!store.removeCollection(collection->id)) {
            err(store.lastProblem());
            return Other;
        }
        out(tr("Removed the collection “%1”.\n").arg(name));
        return Ok;
    }

    std::optional<KbCollection> collection = store.collection(name);
    if (sub == "add"_L1) {
        const QStringList paths = words.mid(2);
        if (paths.isEmpty()) {
            err(tr("sift kb add: give the files or folders to add."));
            return Usage;
        }
        QStringList absolute;
        for (const QString &path : paths) {
            const QFileInfo info(path);
            if (!info.exists()) {
                err(tr("sift kb add: “%1” does not exist.").arg(path));
                return Usage;
            }
            absolute << info.absoluteFilePath();
        }
        int size = collection ? collection->dimensions : DefaultDimensions;
        if (!readCount(parser, dimensions, 32, 8192, &size))
            return Usage;
        const QString model = parser.isSet(embedModel)
            ? parser.value(embedModel).trimmed()
            : (collection ? collection->embedModel : EmbeddingJob::defaultModel());
        if (collection && (model != collection->embedModel || size != collection->dimensions)) {
            err(tr("sift kb add: “%1” holds vectors of %2 with %3 dimensions; vectors of %4 "
                   "with %5 dimensions cannot be mixed with them. Create another collection.")
                    .arg(name, collection->embedModel)
                    .arg(collection->dimensions)
                    .arg(model)
                    .arg(size));
            return Usage;
        }
        if (!collection) {
            const std::optional<qint64> id = store.createCollection(name, model, size);
            if (!id) {
                err(store.lastProblem());
                return Other;
            }
        }
        if (!store.addSources(store.collection(name)->id, absolute)) {
            err(store.lastProblem());
            return Other;
        }
        collection = store.collection(name);
    } else if (!collection) {
        findCollection(&store, name);
        return Usage;
    }

    RetrievalOptions retrieval = collection->options;
    if (!readCount(parser, topK, 1, 1000, &retrieval.topK)
        || !readCount(parser, topN, 1, 100, &retrieval.topN))
        return Usage;
    if (parser.isSet(threshold)) {
        bool ok = false;
        retrieval.threshold = parser.value(threshold).toDouble(&ok);
        if (!ok || !std::isfinite(retrieval.threshold)) {
            err(tr("sift kb: --threshold needs a number."));
            return Usage;
        }
    }
    if (parser.isSet(rerankModel))
        retrieval.rerankModel = parser.value(rerankModel).trimmed();
    if (parser.isSet(noRerank))
        retrieval.rerankModel.clear();
    QString query;
    if (sub == "search"_L1) {
        query = words.mid(2).join(u' ').trimmed();
        if (query.isEmpty()) {
            err(tr("sift kb search: give the question, e.g. sift kb search %1 \"how do I …\".")
                    .arg(name));
            return Usage;
        }
    }

    Config config;
    RunOptions options;
    Endpoint endpoint;
    if (!resolveEndpoint(parser, config, &options, &endpoint))
        return Usage;
    ApiClient client;
    if (!prepareClient(&client, config, options, endpoint))
        return Auth;

    if (sub != "search"_L1)
        return indexCollection(&store, &client, *collection, options, endpoint);

    const RetrievalResult result = retrieve(&store, &client, *collection, query, retrieval);
    if (parser.isSet(json))
        out(QString::fromUtf8(QJsonDocument(result.toJson()).toJson()));
    else if (result.selected().isEmpty())
        out(tr("No passage matches. Try other words, or check \"sift kb list\".\n"));
    else
        printSearch(result);
    if (!parser.isSet(json)) {
        err(tr("%1 ms: embedding %2 ms, BM25 %3 ms, vectors %4 ms, rerank %5 ms; %6")
                .arg(result.totalMs)
                .arg(result.embedding.ms)
                .arg(result.bm25.ms)
                .arg(result.vector.ms)
                .arg(result.rerank.ms)
                .arg(costText(result.cost())));
    }
    return reportStages(result, options, endpoint);
}

int Cli::prepareKbChat(ApiClient *client, const QString &name, const QString &rerankModel,
                       const QString &prompt, KbChat *chat)
{
    Database database;
    int code = Ok;
    if (!openDatabase(&database, &code))
        return code;
    KnowledgeStore store(&database);
    const std::optional<KbCollection> collection = findCollection(&store, name);
    if (!collection)
        return Usage;
    RetrievalOptions retrieval = collection->options;
    if (rerankModel == "-"_L1)
        retrieval.rerankModel.clear();
    else if (!rerankModel.isEmpty())
        retrieval.rerankModel = rerankModel;
    const RetrievalResult result = retrieve(&store, client, *collection, prompt, retrieval);
    // The chat goes on with what was found; the failed stage is said (a key problem shows again
    // in the chat's own error), in the words the chat pane puts on the reply.
    for (const QString &problem : RetrievalRecord::problems(result))
        err(problem);
    chat->systemPrompt
        = result.selected().isEmpty() ? QString() : KnowledgePrompt::systemPrompt(result);
    chat->sources = KnowledgePrompt::sourceLines(result);
    return -1;
}

QString Cli::kbSourcesBlock(const KbChat &chat, const QString &reply)
{
    if (chat.sources.isEmpty())
        return {};
    const QList<int> cited = KnowledgePrompt::citedNumbers(reply, int(chat.sources.size()));
    QStringList lines;
    if (cited.isEmpty()) {
        lines = chat.sources;
    } else {
        for (const int n : cited)
            lines << chat.sources.at(n - 1);
    }
    return tr("\nSources:\n") + lines.join(u'\n') + u'\n';
}
