#include "evalsetcommand.h"

#include "clirunner.h"
#include "clisupport.h"

#include "api/apiclient.h"
#include "config/config.h"
#include "config/runoptions.h"
#include "eval/evalimport.h"
#include "eval/evalrunner.h"
#include "models/catalogcache.h"
#include "models/costformat.h"
#include "models/modelcatalog.h"
#include "store/database.h"
#include "store/evalstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using namespace CliSupport;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Cli", text, nullptr, n);
}

// A whole number from min up, or nullopt.
std::optional<int> wholeNumber(const QString &text, int min)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min)
        return std::nullopt;
    return value;
}

QString costText(const std::optional<double> &cost)
{
    return cost ? CostFormat::usd(*cost) : tr("unknown (no price for this model)");
}

} // namespace

namespace Cli {

EvalSetOptions::EvalSetOptions()
    : set(u"set"_s,
          tr("Evaluation set: a BEIR folder (corpus.jsonl, queries.jsonl, qrels/test.tsv)."),
          u"path"_s)
    , candidates(u"candidates"_s,
                 tr("First-stage TREC run whose top documents per query are reranked (default: "
                    "each query's judged documents)."),
                 u"runfile"_s)
    , depth(u"depth"_s, tr("Candidates per query taken from --candidates (default 100)."), u"n"_s)
    , model({ u"m"_s, u"model"_s }, tr("Rerank model id; repeat for several."), u"model"_s)
    , yes(u"yes"_s, tr("Do not ask before sending requests that cost money."))
    , store(u"store"_s,
            tr("SQLite file for the set and the score cache (default: Sift's history file)."),
            u"file"_s)
    , batchSize(u"batch-size"_s,
                tr("Pairs per request, 1 to 1000 (default: 512 pairs of any queries for "
                   "DeepInfra, each query's candidates in one request for a proxy)."),
                u"n"_s)
    , confirmAbove(u"confirm-above"_s,
                   tr("Ask (or, without a terminal, refuse without --yes) when the estimated "
                      "cost is above this many dollars (default 0.10)."),
                   u"usd"_s)
{
}

QList<QCommandLineOption> EvalSetOptions::all() const
{
    return { set, candidates, depth, model, yes, store, batchSize, confirmAbove };
}

int collectEvalSet(const QCommandLineParser &parser, const EvalSetOptions &options,
                   EvalSetSystems *systems)
{
    const QString folder = parser.value(options.set).trimmed();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        err(tr("sift eval: --set needs a BEIR folder (with corpus.jsonl, queries.jsonl and "
               "qrels/test.tsv); “%1” is not a folder.")
                .arg(folder));
        return Usage;
    }
    QStringList models;
    for (const QString &id : parser.values(options.model)) {
        if (!id.trimmed().isEmpty() && !models.contains(id.trimmed()))
            models << id.trimmed();
    }
    EvalImport::Source source;
    source.folder = QFileInfo(folder).absoluteFilePath();
    source.candidatesFile = parser.value(options.candidates).trimmed();
    if (!source.candidatesFile.isEmpty())
        source.candidatesFile = QFileInfo(source.candidatesFile).absoluteFilePath();
    if (parser.isSet(options.depth)) {
        const std::optional<int> depth = wholeNumber(parser.value(options.depth), 1);
        if (!depth) {
            err(tr("sift eval: --depth needs a whole number above 0."));
            return Usage;
        }
        source.depth = *depth;
    }
    int batchSize = 0; // the runner's choice for the endpoint
    if (parser.isSet(options.batchSize)) {
        const std::optional<int> size = wholeNumber(parser.value(options.batchSize), 1);
        if (!size || *size > 1000) {
            err(tr("sift eval: --batch-size needs a whole number from 1 to 1000."));
            return Usage;
        }
        batchSize = *size;
    }
    double confirmAbove = DefaultConfirmAboveUsd;
    if (parser.isSet(options.confirmAbove)) {
        bool ok = false;
        confirmAbove = parser.value(options.confirmAbove).toDouble(&ok);
        if (!ok || !std::isfinite(confirmAbove) || confirmAbove < 0) {
            err(tr("sift eval: --confirm-above needs an amount in dollars, e.g. 0.5."));
            return Usage;
        }
    }
    source.fingerprint = EvalImport::fingerprintOf(source);

    Config config;
    RunOptions runOptions;
    Endpoint endpoint;
    if (!resolveEndpoint(parser, config, &runOptions, &endpoint))
        return Usage;

    Database database;
    const QString storePath
        = parser.isSet(options.store) ? parser.value(options.store) : Database::defaultPath();
    const Database::OpenResult opened = database.open(storePath);
    if (!opened.ok()) {
        err(opened.status == Database::Status::InUse
                ? tr("sift eval: the history is in use by the Sift window. Close it, or keep this "
                     "set and its scores in another file with --store FILE.")
                : u"sift eval: "_s + opened.message);
        return Other;
    }
    EvalStore store(&database);

    // The set: reused while its files are unchanged, else imported (in one transaction).
    qint64 setId = store.findSetByFingerprint(source.fingerprint);
    if (setId == 0) {
        const bool showProgress = ::isatty(STDERR_FILENO);
        const EvalImport::Result imported = EvalImport::run(
            &store, source,
            showProgress ? EvalImport::ProgressFunction([](qint64 done, qint64 total) {
                writeTo(stderr, tr("\rImporting: %1%").arg(total > 0 ? done * 100 / total : 0));
            })
                         : EvalImport::ProgressFunction());
        if (showProgress)
            writeTo(stderr, u"\r\x1b[K"_s);
        if (!imported.ok) {
            err(u"sift eval: "_s + imported.error);
            return imported.line > 0 || !imported.file.isEmpty() ? Usage : Other;
        }
        setId = imported.setId;
    }
    const std::optional<EvalSetSummary> summary = store.set(setId);
    if (!summary) {
        err(u"sift eval: "_s + store.lastProblem());
        return Other;
    }
    systems->setName = summary->name;
    systems->qrels = store.qrels(setId);
    if (!summary->firstStage.isEmpty())
        systems->runs.append(
            Eval::NamedRun{ summary->firstStage, store.loadRun(setId, summary->firstStage) });
    if (models.isEmpty())
        return -1;

    ModelCatalog catalog;
    if (const auto cached = CatalogCache().load(endpoint))
        catalog.setLive(cached->models);
    ApiClient client;
    client.setEndpoint(endpoint); // the cache keys name it; the key is read only when needed
    EvalRunner runner(&client, &store, setId, models, &catalog);
    runner.setBatchSize(batchSize);
    runner.setSaveSystems(false); // the cache holds the scores; the CLI keeps no systems
    {
        QEventLoop loop;
        QString failure;
        QObject::connect(&runner, &EvalRunner::prepared, &loop, &QEventLoop::quit);
        QObject::connect(&runner, &EvalRunner::failed, &loop, [&](const QString &message) {
            failure = message;
            loop.quit();
        });
        runner.prepare();
        loop.exec();
        if (!failure.isEmpty()) {
            err(u"sift eval: "_s + failure);
            return Other;
        }
    }

    int missing = 0;
    double total = 0.0;
    bool unknown = false;
    for (const EvalRunner::Estimate &estimate : runner.estimates()) {
        missing += estimate.missingPairs;
        if (estimate.missingPairs == 0)
            continue;
        if (estimate.cost)
            total += *estimate.cost;
        else
            unknown = true;
        err(tr("%1: %2 of %3 pairs to score, about %4 tokens, %5")
                .arg(estimate.model)
                .arg(estimate.missingPairs)
                .arg(estimate.pairs)
                .arg(estimate.tokens)
                .arg(costText(estimate.cost)));
    }
    if (missing > 0) {
        const bool overThreshold = unknown || total > confirmAbove;
        if (overThreshold && !parser.isSet(options.yes)) {
            const QString amount
                = unknown ? tr("an unknown amount") : tr("about %1").arg(CostFormat::usd(total));
            if (!confirmSpend(
                    tr("sift eval: scoring the missing pairs would cost %1, more than %2. Run "
                       "again with --yes to accept (or raise --confirm-above).")
                        .arg(amount, CostFormat::usd(confirmAbove)),
                    tr("Scoring would cost %1. Continue?").arg(amount)))
                return Usage;
        }
        if (!prepareClient(&client, config, runOptions, endpoint))
            return Auth;
    }

    QEventLoop loop;
    QObject::connect(&runner, &EvalRunner::finished, &loop, &QEventLoop::quit);
    if (::isatty(STDERR_FILENO) && missing > 0) {
        QObject::connect(&runner, &EvalRunner::progress, &loop,
                         [](const EvalRunner::Progress &progress) {
                             writeTo(stderr,
                                     tr("\r\x1b[K%1: %2 of %3 queries, %4 of %5 pairs")
                                         .arg(progress.model)
                                         .arg(progress.queriesDone)
                                         .arg(progress.queriesTotal)
                                         .arg(progress.pairsDone)
                                         .arg(progress.pairsTotal));
                         });
    }
    runner.start();
    loop.exec();
    if (::isatty(STDERR_FILENO) && missing > 0)
        writeTo(stderr, u"\r\x1b[K"_s);

    int code = -1;
    for (const EvalRunner::Outcome &outcome : runner.outcomes()) {
        if (outcome.unscored > 0) {
            err(tr("%1: %2 of %3 pairs not scored. %4")
                    .arg(outcome.model)
                    .arg(outcome.unscored)
                    .arg(outcome.pairs)
                    .arg(errorMessage(outcome.error, runOptions, endpoint)));
            if (code < 0)
                code = exitCodeFor(outcome.error);
        }
        const Eval::NamedRun run{ outcome.model, outcome.run };
        systems->runs.append(run);
        systems->rerankers.append(run);
        systems->costs.append(EvalSetSystemCost{ outcome.model, outcome.pairs, outcome.fromCache,
                                                 outcome.scored, outcome.inputTokens, outcome.cost,
                                                 outcome.costEstimated, outcome.latencyMs });
    }
    return code;
}

} // namespace Cli
