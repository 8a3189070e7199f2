#include "judgecommand.h"

#include "clirunner.h"
#include "clisupport.h"

#include "api/apiclient.h"
#include "config/config.h"
#include "config/runoptions.h"
#include "eval/agreement.h"
#include "eval/evalimport.h"
#include "eval/judge.h"
#include "models/catalogcache.h"
#include "models/costformat.h"
#include "models/modelcatalog.h"
#include "store/database.h"
#include "store/evalstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

using namespace CliSupport;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Cli", text, nullptr, n);
}

std::optional<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

QString kappaText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : u"undefined"_s;
}

} // namespace

int Cli::runEvalJudge(QCoreApplication &, const QStringList &arguments, int command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Asks a chat model for suggested relevance grades 0–3 of an evaluation set's "
           "candidates that no person has graded, stores them as \"suggested\" and prints the "
           "agreement with the human grades (quadratic- and linear-weighted Cohen's κ, "
           "confusion matrix). The prompt is documented in docs/JUDGE.md."));
    const QCommandLineOption set(
        u"set"_s,
        tr("The set: a BEIR folder (imported, or the set imported from it before) or the name "
           "of a set in the store."),
        u"folder|name"_s);
    const QCommandLineOption candidates(
        u"candidates"_s, tr("First-stage TREC run for the candidates when importing."),
        u"runfile"_s);
    const QCommandLineOption depth(
        u"depth"_s, tr("Candidates per query from --candidates (default 100)."), u"n"_s);
    const QCommandLineOption model({ u"m"_s, u"model"_s }, tr("The judge: a chat model id."),
                                   u"model"_s);
    const QCommandLineOption yes(u"yes"_s,
                                 tr("Do not ask before sending requests that cost money."));
    const QCommandLineOption includeJudged(
        u"include-judged"_s, tr("Also ask about pairs people graded (to measure agreement)."));
    const QCommandLineOption limit(u"limit"_s, tr("Ask about at most N pairs."), u"n"_s);
    const QCommandLineOption systemPrompt(u"system-prompt"_s,
                                          tr("The system message, from a file."), u"file"_s);
    const QCommandLineOption userTemplate(
        u"user-template"_s, tr("The user message with {query} and {document}, from a file."),
        u"file"_s);
    const QCommandLineOption confirm(u"confirm"_s,
                                     tr("Afterwards make every suggested grade of a pair "
                                        "without a human grade a human grade."));
    const QCommandLineOption store(
        u"store"_s, tr("SQLite file of the sets (default: Sift's history file)."), u"file"_s);
    const QCommandLineOption confirmAbove(
        u"confirm-above"_s,
        tr("Ask (or, without a terminal, refuse without --yes) when the estimated cost is above "
           "this many dollars (default 0.10)."),
        u"usd"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOptions({ set, candidates, depth, model, yes, includeJudged, limit, systemPrompt,
                        userTemplate, confirm, store, confirmAbove, json, help });
    RunOptions::addTo(parser);

    QStringList rest = arguments;
    if (command >= 0)
        rest.removeAt(command); // "judge"
    const int evalAt = int(rest.indexOf(u"eval"_s));
    if (evalAt >= 0)
        rest.removeAt(evalAt);
    if (const int code = parseArguments(parser, rest, -1, help, u"sift eval judge"_s,
                                        tr("Run \"sift eval judge --help\" for its options."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        err(tr("sift eval judge: unexpected argument “%1”.")
                .arg(parser.positionalArguments().constFirst()));
        return Usage;
    }
    const QString setArgument = parser.value(set).trimmed();
    const QString judgeModel = parser.value(model).trimmed();
    if (setArgument.isEmpty() || judgeModel.isEmpty()) {
        err(tr(
            "sift eval judge: give the set with --set FOLDER|NAME and the judge with -m MODEL."));
        return Usage;
    }
    int limitValue = 0;
    if (parser.isSet(limit)) {
        bool ok = false;
        limitValue = parser.value(limit).toInt(&ok);
        if (!ok || limitValue < 1) {
            err(tr("sift eval judge: --limit needs a whole number above 0."));
            return Usage;
        }
    }
    double confirmAboveUsd = DefaultConfirmAboveUsd;
    if (parser.isSet(confirmAbove)) {
        bool ok = false;
        confirmAboveUsd = parser.value(confirmAbove).toDouble(&ok);
        if (!ok || !std::isfinite(confirmAboveUsd) || confirmAboveUsd < 0) {
            err(tr("sift eval judge: --confirm-above needs an amount in dollars, e.g. 0.5."));
            return Usage;
        }
    }
    QString systemText = JudgePrompt::defaultSystemPrompt();
    QString userText = JudgePrompt::defaultUserTemplate();
    for (const auto &[option, target] :
         { std::pair{ &systemPrompt, &systemText }, std::pair{ &userTemplate, &userText } }) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<QString> text = readText(parser.value(*option));
        if (!text) {
            err(tr("sift eval judge: cannot read %1.").arg(parser.value(*option)));
            return Usage;
        }
        *target = *text;
    }

    Config config;
    RunOptions runOptions;
    Endpoint endpoint;
    if (!resolveEndpoint(parser, config, &runOptions, &endpoint))
        return Usage;

    Database database;
    const QString storePath = parser.isSet(store) ? parser.value(store) : Database::defaultPath();
    const Database::OpenResult opened = database.open(storePath);
    if (!opened.ok()) {
        err(opened.status == Database::Status::InUse
                ? tr("sift eval judge: the history is in use by the Sift window. Close it, or "
                     "keep the set in another file with --store FILE.")
                : u"sift eval judge: "_s + opened.message);
        return Other;
    }
    EvalStore evalStore(&database);

    // The set: the one `sift eval --set` imported from the same, unchanged files (found by their
    // fingerprint), else imported now; or a set's name.
    qint64 setId = 0;
    const QFileInfo folder(setArgument);
    if (folder.isDir()) {
        EvalImport::Source source;
        source.folder = folder.absoluteFilePath();
        source.candidatesFile = parser.value(candidates).trimmed();
        if (!source.candidatesFile.isEmpty())
            source.candidatesFile = QFileInfo(source.candidatesFile).absoluteFilePath();
        if (parser.isSet(depth)) {
            bool ok = false;
            source.depth = parser.value(depth).toInt(&ok);
            if (!ok || source.depth < 1) {
                err(tr("sift eval judge: --depth needs a whole number above 0."));
                return Usage;
            }
        }
        source.fingerprint = EvalImport::fingerprintOf(source);
        setId = evalStore.findSetByFingerprint(source.fingerprint);
        if (setId == 0) {
            const EvalImport::Result imported = EvalImport::run(&evalStore, source);
            if (!imported.ok) {
                err(u"sift eval judge: "_s + imported.error);
                return Usage;
            }
            setId = imported.setId;
        }
    } else {
        setId = evalStore.findSet(setArgument);
        if (setId == 0) {
            err(tr("sift eval judge: “%1” is neither a folder nor the name of a set in %2.")
                    .arg(setArgument, storePath));
            return Usage;
        }
    }

    ModelCatalog catalog;
    if (const auto cached = CatalogCache().load(endpoint))
        catalog.setLive(cached->models);
    ApiClient client;
    client.setEndpoint(endpoint);
    Judge judge(&client, &evalStore, setId, judgeModel, &catalog);
    judge.setSystemPrompt(systemText);
    judge.setUserTemplate(userText);
    judge.setIncludeJudged(parser.isSet(includeJudged));
    judge.setLimit(limitValue);
    const Judge::Estimate estimate = judge.prepare();
    const QString estimatedCost
        = estimate.cost ? CostFormat::usd(*estimate.cost) : tr("unknown (no price for this model)");
    err(tr("%1: %2 candidates in %3 queries, %4 graded by people, %5 already suggested; %6 to "
           "ask, about %7 tokens, %8")
            .arg(judgeModel)
            .arg(estimate.candidates)
            .arg(estimate.queries)
            .arg(estimate.humanJudged)
            .arg(estimate.alreadySuggested)
            .arg(estimate.toAsk)
            .arg(estimate.inputTokens + estimate.outputTokens)
            .arg(estimatedCost));

    Judge::Outcome outcome;
    if (estimate.toAsk > 0) {
        const bool over = !estimate.cost || *estimate.cost > confirmAboveUsd;
        if (over && !parser.isSet(yes)) {
            const QString amount = estimate.cost
                ? tr("about %1").arg(CostFormat::usd(*estimate.cost))
                : tr("an unknown amount");
            if (!confirmSpend(
                    tr("sift eval judge: asking would cost %1, more than %2. Run again with "
                       "--yes to accept (or raise --confirm-above).")
                        .arg(amount, CostFormat::usd(confirmAboveUsd)),
                    tr("Asking would cost %1. Continue?").arg(amount)))
                return Usage;
        }
        if (!prepareClient(&client, config, runOptions, endpoint))
            return Auth;
        runShowingProgress(&judge, &Judge::finished, &Judge::progress,
                           [](const Judge::Progress &p) {
                               writeTo(stderr, tr("\rJudging: %1 of %2").arg(p.done).arg(p.total));
                           });
        outcome = judge.outcome();
    }

    int confirmed = 0;
    if (parser.isSet(confirm))
        confirmed = int(JudgeLabels::confirmSuggested(&evalStore, setId).size());

    const QList<Agreement::GradePair> pairs = JudgeLabels::gradePairs(&evalStore, setId);
    const Agreement::Confusion matrix = Agreement::confusion(pairs);
    const auto quadratic = Agreement::weightedKappa(matrix, Agreement::Weights::Quadratic);
    const auto linear = Agreement::weightedKappa(matrix, Agreement::Weights::Linear);

    if (parser.isSet(json)) {
        QJsonObject document{
            { u"model"_s, judgeModel },
            { u"candidates"_s, estimate.candidates },
            { u"asked"_s, outcome.asked },
            { u"stored"_s, outcome.stored },
            { u"unparseable"_s, outcome.unparseable },
            { u"failed"_s, outcome.failed },
            { u"skipped"_s, estimate.alreadySuggested },
            { u"confirmed"_s, confirmed },
            { u"estimated_cost"_s, estimate.cost ? QJsonValue(*estimate.cost) : QJsonValue() },
            { u"cost"_s, outcome.cost ? QJsonValue(*outcome.cost) : QJsonValue() },
            { u"pairs_with_both"_s, int(pairs.size()) },
            { u"kappa_quadratic"_s, quadratic ? QJsonValue(*quadratic) : QJsonValue() },
            { u"kappa_linear"_s, linear ? QJsonValue(*linear) : QJsonValue() },
        };
        QJsonArray rows;
        for (const auto &row : matrix)
            rows.append(QJsonArray{ row[0], row[1], row[2], row[3] });
        document.insert(u"confusion"_s, rows);
        out(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    } else {
        QString text;
        text += tr("asked %1, stored %2, unparseable %3, failed %4, skipped (already suggested) "
                   "%5\n")
                    .arg(outcome.asked)
                    .arg(outcome.stored)
                    .arg(outcome.unparseable)
                    .arg(outcome.failed)
                    .arg(estimate.alreadySuggested);
        text += tr("cost: %1 (estimated %2)\n")
                    .arg(outcome.cost ? CostFormat::usd(*outcome.cost) : u"-"_s, estimatedCost);
        if (parser.isSet(confirm))
            text += tr("confirmed as human grades: %1\n").arg(confirmed);
        text += tr("pairs with both grades: %1\n").arg(pairs.size());
        text += tr("kappa (quadratic): %1\nkappa (linear): %2\n")
                    .arg(kappaText(quadratic), kappaText(linear));
        if (!pairs.isEmpty()) {
            text += tr("confusion (rows human 0-3, columns suggested 0-3):\n");
            for (const auto &row : matrix)
                text += u"  %1 %2 %3 %4\n"_s.arg(row[0], 5).arg(row[1], 5).arg(row[2], 5).arg(
                    row[3], 5);
        }
        out(text);
    }
    if (outcome.firstError.isError()) {
        err(u"sift eval judge: "_s + errorMessage(outcome.firstError, runOptions, endpoint));
        if (outcome.stored == 0)
            return exitCodeFor(outcome.firstError);
    }
    return Ok;
}
