#include "evalcommand.h"

#include "clirunner.h"
#include "clisupport.h"

#include "eval/evalreport.h"
#include "eval/measures.h"
#include "eval/trecformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

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

} // namespace

int Cli::runEval(QCoreApplication &, const QStringList &arguments, int command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluates TREC runs against TREC judgments with trec_eval's definitions and "
           "compares every pair of runs: mean difference, wins/ties/losses, a paired "
           "randomization test and a paired t-test (Holm-corrected), and 95% bootstrap "
           "intervals.\n"
           "Files: qrels \"qid iter docno grade\", runs \"qid Q0 docno rank score tag\"."));
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

    QStringList rest = arguments;
    if (command >= 0)
        rest.removeAt(command);
    if (!parser.parse(rest)) {
        err(u"sift eval: %1\n%2"_s.arg(parser.errorText(),
                                       tr("Run \"sift eval --help\" for its options.")));
        return Usage;
    }
    if (parser.isSet(help)) {
        out(parser.helpText());
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(tr("sift eval: unexpected argument “%1”. Give runs with --run FILE.")
                .arg(parser.positionalArguments().constFirst()));
        return Usage;
    }
    if (!parser.isSet(qrels)) {
        err(tr("sift eval: give the judgments with --qrels FILE."));
        return Usage;
    }
    if (!parser.isSet(run)) {
        err(tr("sift eval: give at least one run with --run FILE (repeat to compare)."));
        return Usage;
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

    Eval::TrecFormat::Error error;
    const std::optional<Eval::Qrels> judged
        = Eval::TrecFormat::readQrelsFile(parser.value(qrels), &error);
    if (!judged) {
        err(u"sift eval: "_s + error.text());
        return Usage;
    }
    if (judged->isEmpty()) {
        err(tr("sift eval: %1 holds no judgments.").arg(parser.value(qrels)));
        return Usage;
    }
    QList<Eval::NamedRun> runs;
    for (const RunArgument &r : std::as_const(runFiles)) {
        std::optional<Eval::Run> read = Eval::TrecFormat::readRunFile(r.path, &error);
        if (!read) {
            err(u"sift eval: "_s + error.text());
            return Usage;
        }
        runs.append(Eval::NamedRun{ r.name, std::move(*read) });
    }

    const Eval::Report report = Eval::buildReport(*judged, runs, chosen, options);
    for (const Eval::SystemReport &system : report.systems) {
        if (system.evaluation.queries.isEmpty()) {
            err(tr("sift eval: no query of run “%1” is judged in %2. Check that the query ids "
                   "match, or use --complete to count unanswered queries as 0.")
                    .arg(system.name, parser.value(qrels)));
            return Usage;
        }
    }
    if (parser.isSet(json)) {
        out(QString::fromUtf8(QJsonDocument(Eval::reportToJson(report, parser.isSet(perQuery)))
                                  .toJson(QJsonDocument::Indented)));
    } else {
        out(Eval::reportToText(report, parser.isSet(perQuery)));
    }
    return Ok;
}
