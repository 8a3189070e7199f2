#include "evalcommand.h"

#include "clirunner.h"
#include "clisupport.h"
#include "judgecommand.h"

#include "evalsetcommand.h"

#include "config/runoptions.h"
#include "eval/evalreport.h"
#include "eval/fusion.h"
#include "eval/measures.h"
#include "eval/trecformat.h"
#include "models/costformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

using namespace CliSupport;

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// "NAME=FILE", or a path (which may itself contain '=': an existing file wins).
struct RunArgument
{
    QString name;
    QString path;
};

RunArgument splitRunArgument(const QString &argument)
{
    const qsizetype equals = argument.indexOf(u'=');
    if (equals > 0 && !QFileInfo::exists(argument))
        return { argument.first(equals), argument.sliced(equals + 1) };
    return { QFileInfo(argument).completeBaseName(), argument };
}

// --trec-out: <name>.trec per system ('/' and spaces in names made '_') and qrels.txt.
bool writeTrecOut(const QString &directory, const QList<Eval::NamedRun> &runs,
                  const Eval::Qrels &qrels)
{
    if (!QDir().mkpath(directory)) {
        err(tr("sift eval: the folder %1 cannot be created. Check the path and its "
               "permissions.")
                .arg(QDir::toNativeSeparators(directory)));
        return false;
    }
    const auto write
        = [&](const QString &name, const std::function<bool(QFile &, QString *)> &fill) {
              QFile file(QDir(directory).filePath(name));
              QString problem;
              if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !fill(file, &problem)) {
                  err(tr("sift eval: %1 could not be written (%2).")
                          .arg(QDir::toNativeSeparators(file.fileName()),
                               problem.isEmpty() ? file.errorString() : problem));
                  return false;
              }
              return true;
          };
    for (const Eval::NamedRun &system : runs) {
        QString name = system.name;
        name.replace(u'/', u'_').replace(u' ', u'_');
        if (!write(name + u".trec"_s, [&](QFile &file, QString *problem) {
                return Eval::TrecFormat::writeRun(file, system.run, name, problem);
            }))
            return false;
    }
    return write(u"qrels.txt"_s, [&](QFile &file, QString *problem) {
        return Eval::TrecFormat::writeQrels(file, qrels, problem);
    });
}

} // namespace

int Cli::runEval(QCoreApplication &app, const QStringList &arguments, int command)
{
    if (command >= 0 && command + 1 < arguments.size() && arguments.at(command + 1) == "judge"_L1)
        return runEvalJudge(app, arguments, command + 1);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluates TREC runs against TREC judgments with trec_eval's definitions and "
           "compares every pair of runs: mean difference, wins/ties/losses, a paired "
           "randomization test and a paired t-test (Holm-corrected), and 95% bootstrap "
           "intervals.\n"
           "Files: qrels \"qid iter docno grade\", runs \"qid Q0 docno rank score tag\".\n"
           "With --set, the judgments and systems come from an evaluation set (a BEIR folder): "
           "its first stage (--candidates) and the rerankers given with -m, whose scores are "
           "cached, so a repeated run sends no requests."));
    const QCommandLineOption qrels(u"qrels"_s, tr("Judgments in TREC qrels format."), u"file"_s);
    const QCommandLineOption run(
        u"run"_s,
        tr("A TREC run, optionally named (NAME=FILE; default: the file's base name). "
           "Repeat to compare."),
        u"[name=]file"_s);
    const QCommandLineOption measures(
        u"measures"_s,
        tr("Measures in trec_eval's syntax (default ndcg_cut.10,map,recip_rank,P.10,recall.100). "
           "Also ndcg, ndcg_burges_cut.K and ndcg_burges (gain 2^grade − 1)."),
        u"list"_s);
    const QCommandLineOption complete(
        u"complete"_s,
        tr("Average over every judged query; one a run does not answer scores 0 (trec_eval -c)."));
    const QCommandLineOption level(
        u"l"_s,
        tr("Lowest grade that counts as relevant for map, recip_rank, P and recall "
           "(trec_eval -l, default 1)."),
        u"n"_s);
    const QCommandLineOption perQuery(u"per-query"_s,
                                      tr("Also print every query's values (trec_eval -q)."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of tables."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOptions({ qrels, run, measures, complete, level, perQuery, json, help });
    const EvalSetOptions setOptions;
    parser.addOptions(setOptions.all());
    const QCommandLineOption fuse(
        u"fuse"_s, tr("Add a fusion of the -m rerankers as a system: rrf, combsum or combmnz."),
        u"method"_s);
    const QCommandLineOption trecOut(
        u"trec-out"_s,
        tr("Write each system as <name>.trec and the judgments as qrels.txt to DIR."), u"dir"_s);
    parser.addOptions({ fuse, trecOut });
    RunOptions::addTo(parser);

    if (const int code = parseArguments(parser, arguments, command, help, u"sift eval"_s,
                                        tr("Run \"sift eval --help\" for its options."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        err(tr("sift eval: unexpected argument “%1”. Give runs with --run FILE.")
                .arg(parser.positionalArguments().constFirst()));
        return Usage;
    }
    const bool fromSet = parser.isSet(setOptions.set);
    if (fromSet && parser.isSet(qrels)) {
        err(tr("sift eval: --set brings its own judgments; leave out --qrels."));
        return Usage;
    }
    if (!fromSet) {
        if (!parser.isSet(qrels)) {
            err(tr("sift eval: give the judgments with --qrels FILE (or an evaluation set with "
                   "--set FOLDER)."));
            return Usage;
        }
        if (!parser.isSet(run)) {
            err(tr("sift eval: give at least one run with --run FILE (repeat to compare)."));
            return Usage;
        }
        if (parser.isSet(setOptions.model) || parser.isSet(fuse)) {
            err(tr("sift eval: -m and --fuse rerank an evaluation set; give one with --set "
                   "FOLDER."));
            return Usage;
        }
    }
    std::optional<Eval::Fusion::Method> fusion;
    if (parser.isSet(fuse)) {
        fusion = Eval::Fusion::methodFromName(parser.value(fuse).trimmed().toLower());
        if (!fusion) {
            err(tr("sift eval: --fuse takes rrf, combsum or combmnz."));
            return Usage;
        }
    }

    QList<Eval::Measure> chosen = Eval::defaultMeasures();
    if (parser.isSet(measures)) {
        QString problem;
        const auto parsed = Eval::parseMeasures(parser.value(measures), &problem);
        if (!parsed) {
            err(u"sift eval: "_s + problem);
            return Usage;
        }
        chosen = *parsed;
    }
    Eval::Options options;
    options.complete = parser.isSet(complete);
    if (parser.isSet(level)) {
        bool ok = false;
        options.relevanceLevel = parser.value(level).toInt(&ok);
        if (!ok || options.relevanceLevel < 0) {
            err(tr("sift eval: -l needs a whole number, 0 or more (the lowest relevant grade)."));
            return Usage;
        }
    }

    QList<RunArgument> runFiles;
    for (const QString &argument : parser.values(run)) {
        const RunArgument r = splitRunArgument(argument);
        if (r.name.isEmpty() || r.path.isEmpty()) {
            err(tr("sift eval: “%1” names no run file. Use --run FILE or --run NAME=FILE.")
                    .arg(argument));
            return Usage;
        }
        for (const RunArgument &other : std::as_const(runFiles)) {
            if (other.name == r.name) {
                err(tr("sift eval: two runs are named “%1”. Name them apart with --run "
                       "NAME=FILE.")
                        .arg(r.name));
                return Usage;
            }
        }
        runFiles.append(r);
    }

    // Read the files first: a malformed one stops the command before anything is sent.
    Eval::TrecFormat::Error error;
    QList<Eval::NamedRun> fileRuns;
    for (const RunArgument &r : std::as_const(runFiles)) {
        std::optional<Eval::Run> read = Eval::TrecFormat::readRunFile(r.path, &error);
        if (!read) {
            err(u"sift eval: "_s + error.text());
            return Usage;
        }
        fileRuns.append(Eval::NamedRun{ r.name, std::move(*read) });
    }

    std::optional<Eval::Qrels> judged;
    QList<Eval::NamedRun> runs;
    EvalSetSystems set;
    int setCode = -1; // the exit code of pairs left unscored, -1 when all were scored
    const QString judgmentsName = fromSet ? parser.value(setOptions.set) : parser.value(qrels);
    if (fromSet) {
        if (fusion && parser.values(setOptions.model).size() < 2) {
            err(tr("sift eval: --fuse fuses two or more rerankers; give them with -m."));
            return Usage;
        }
        setCode = collectEvalSet(parser, setOptions, &set);
        if (setCode >= 0 && set.rerankers.isEmpty())
            return setCode;
        judged = set.qrels;
        runs = set.runs;
        if (fusion) {
            QList<Eval::Run> fused;
            for (const Eval::NamedRun &reranker : std::as_const(set.rerankers))
                fused.append(reranker.run);
            runs.append(Eval::NamedRun{ Eval::Fusion::methodName(*fusion),
                                        Eval::Fusion::fuse(fused, *fusion) });
        }
        for (const Eval::NamedRun &file : std::as_const(fileRuns)) {
            for (const Eval::NamedRun &system : std::as_const(runs)) {
                if (system.name == file.name) {
                    err(tr("sift eval: the run “%1” has the name of a system of the set. Name it "
                           "apart with --run NAME=FILE.")
                            .arg(file.name));
                    return Usage;
                }
            }
        }
    } else {
        judged = Eval::TrecFormat::readQrelsFile(parser.value(qrels), &error);
        if (!judged) {
            err(u"sift eval: "_s + error.text());
            return Usage;
        }
    }
    if (judged->isEmpty()) {
        err(tr("sift eval: %1 holds no judgments.").arg(judgmentsName));
        return Usage;
    }
    runs += fileRuns;
    if (parser.isSet(trecOut) && !writeTrecOut(parser.value(trecOut), runs, *judged))
        return Other;

    const Eval::Report report = Eval::buildReport(*judged, runs, chosen, options);
    for (const Eval::SystemReport &system : report.systems) {
        if (system.evaluation.queries.isEmpty()) {
            err(tr("sift eval: no query of run “%1” is judged in %2. Check that the query ids "
                   "match, or use --complete to count unanswered queries as 0.")
                    .arg(system.name, judgmentsName));
            return setCode >= 0 ? setCode : int(Usage);
        }
    }
    if (parser.isSet(json)) {
        QJsonObject document = Eval::reportToJson(report, parser.isSet(perQuery));
        if (fromSet) {
            // What each reranker cost now: pairs, how many came from the cache, tokens, dollars.
            QJsonArray systems = document.value(u"systems"_s).toArray();
            for (qsizetype i = 0; i < systems.size(); ++i) {
                QJsonObject system = systems.at(i).toObject();
                for (const EvalSetSystemCost &cost : std::as_const(set.costs)) {
                    if (cost.name != system.value(u"name"_s).toString())
                        continue;
                    system.insert(u"pairs"_s, cost.pairs);
                    system.insert(u"from_cache"_s, cost.fromCache);
                    system.insert(u"scored"_s, cost.scored);
                    system.insert(u"input_tokens"_s, cost.inputTokens);
                    system.insert(u"cost"_s, cost.cost ? QJsonValue(*cost.cost) : QJsonValue());
                    system.insert(u"latency_ms"_s, cost.latencyMs);
                }
                systems[i] = system;
            }
            document.insert(u"systems"_s, systems);
            document.insert(u"set"_s, set.setName);
        }
        out(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    } else {
        out(Eval::reportToText(report, parser.isSet(perQuery)));
        for (const EvalSetSystemCost &cost : std::as_const(set.costs)) {
            err(tr("%1: %2 pairs, %3 from the cache, %4 input tokens, %5")
                    .arg(cost.name)
                    .arg(cost.pairs)
                    .arg(cost.fromCache)
                    .arg(cost.inputTokens)
                    .arg(cost.cost ? CostFormat::usd(*cost.cost) : tr("cost unknown")));
        }
    }
    return setCode >= 0 ? setCode : int(Ok);
}
