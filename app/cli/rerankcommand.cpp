#include "rerankcommand.h"

#include "cliinput.h"
#include "clisupport.h"
#include "models/costformat.h"

#include "api/apiclient.h"
#include "clirunner.h"
#include "config/config.h"
#include "config/runoptions.h"
#include "models/modelcatalog.h"
#include "rerank/documentimport.h"
#include "rerank/metrics.h"
#include "rerank/rerankrun.h"
#include "secrets/keystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using namespace CliSupport;

constexpr int PairOverlapK = 10;
constexpr int PreviewChars = 60;

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString formatMetric(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : u"-"_s;
}

QString preview(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > PreviewChars)
        line = line.left(PreviewChars - 1) + u'…';
    return line;
}

void printTable(const RerankResult &result, const RerankSet &set)
{
    out(u"%1\n"_s.arg(result.model));
    out(u"%1  %2  %3  %4\n"_s.arg(QCoreApplication::translate("Cli", "RANK").rightJustified(5),
                                  QCoreApplication::translate("Cli", "SCORE").rightJustified(8),
                                  QCoreApplication::translate("Cli", "INDEX").rightJustified(6),
                                  QCoreApplication::translate("Cli", "DOCUMENT")));
    for (qsizetype i = 0; i < result.ranked.size(); ++i) {
        const RerankScore &s = result.ranked.at(i);
        out(u"%1  %2  %3  %4\n"_s.arg(QString::number(i + 1).rightJustified(5),
                                      QString::number(s.score, 'f', 4).rightJustified(8),
                                      QString::number(s.index).rightJustified(6),
                                      preview(set.documents.value(s.index).text)));
    }
    out(u"\n"_s);
}

QString summaryLine(const RerankResult &result)
{
    QString line = QCoreApplication::translate("Cli", "%1: %2 ms, %3 input tokens")
                       .arg(result.model)
                       .arg(result.latencyMs)
                       .arg(result.inputTokens);
    if (result.cost) {
        line += result.costEstimated ? QCoreApplication::translate("Cli", ", about %1 (estimated)")
                                           .arg(CostFormat::usd(*result.cost))
                                     : u", "_s + CostFormat::usd(*result.cost);
    } else {
        line += QCoreApplication::translate("Cli", ", cost unknown");
    }
    if (result.state != RerankResult::State::Complete)
        line += u" ("_s + RerankResult::stateDisplayName(result.state) + u')';
    return line;
}

} // namespace

int Cli::runRerank(QCoreApplication &, const QStringList &arguments, int command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ranks documents against a query with one or more rerank models and prints each "
           "model's ranking, its latency, tokens and cost; with two or more models also Kendall "
           "tau and overlap@10 for each pair.\n"
           "Documents: one per line from FILE or standard input (\"-\"); .jsonl (\"text\" field), "
           ".csv (--column) and .md (paragraphs) are read by their extension.\n"
           "--json prints Cohere's result shape: for one model {results, meta, …}; for several "
           "{models: [...], comparisons: [...]}."));
    parser.addPositionalArgument(u"file"_s, tr("Documents; \"-\" or nothing reads standard input."),
                                 u"[FILE | -]"_s);
    const QCommandLineOption model({ u"m"_s, u"model"_s },
                                   tr("Rerank model id; repeat to compare."), u"model"_s);
    const QCommandLineOption query({ u"q"_s, u"query"_s }, tr("The query."), u"text"_s);
    const QCommandLineOption instruction(u"instruction"_s,
                                         tr("Task instruction for Qwen3 rerankers."), u"text"_s);
    const QCommandLineOption topN(u"top-n"_s, tr("Show only the best N documents (default all)."),
                                  u"n"_s);
    const QCommandLineOption batchSize(
        u"batch-size"_s, tr("Documents per request, 1 to 1000 (default 64)."), u"n"_s);
    const QCommandLineOption column(u"column"_s,
                                    tr("CSV column with the text: a header name or a number "
                                       "from 1 (default \"text\", else the first)."),
                                    u"column"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of tables."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOptions({ model, query, instruction, topN, batchSize, column, json, help });
    RunOptions::addTo(parser);

    if (const int code = parseArguments(parser, arguments, command, help, u"sift rerank"_s,
                                        tr("Run \"sift rerank --help\" for its options."));
        code >= 0)
        return code;

    RerankSet set;
    set.query = parser.value(query).trimmed();
    set.instruction = parser.value(instruction).trimmed();
    for (const QString &id : parser.values(model)) {
        if (!id.trimmed().isEmpty() && !set.models.contains(id.trimmed()))
            set.models << id.trimmed();
    }
    if (set.models.isEmpty()) {
        err(tr("sift rerank: name a model, e.g. -m Qwen/Qwen3-Reranker-0.6B (repeat -m to "
               "compare)."));
        return Usage;
    }
    if (set.query.isEmpty()) {
        err(tr("sift rerank: give the query with -q \"…\"."));
        return Usage;
    }
    if (set.query.toUtf8().size() > CliInput::MaxQueryBytes
        || set.instruction.toUtf8().size() > CliInput::MaxQueryBytes) {
        // The native API repeats both for every document of a request.
        err(tr("sift rerank: the query and the instruction may be at most %1 each. Shorten them.")
                .arg(CliInput::limitText(CliInput::MaxQueryBytes)));
        return Usage;
    }
    if (parser.isSet(topN)) {
        bool ok = false;
        set.topN = parser.value(topN).toInt(&ok);
        if (!ok || set.topN < 0) {
            err(tr("sift rerank: --top-n needs a whole number, 0 for all."));
            return Usage;
        }
    }
    if (parser.isSet(batchSize)) {
        bool ok = false;
        set.batchSize = parser.value(batchSize).toInt(&ok);
        if (!ok || set.batchSize < 1 || set.batchSize > RerankSet::MaxBatchSize) {
            err(tr("sift rerank: --batch-size needs a whole number from 1 to %1.")
                    .arg(RerankSet::MaxBatchSize));
            return Usage;
        }
    }

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        err(tr("sift rerank: give one documents file (or \"-\" for standard input)."));
        return Usage;
    }
    const QString file = files.value(0);
    const bool fromStdin = file.isEmpty() || file == "-"_L1;
    if (file.isEmpty() && ::isatty(STDIN_FILENO)) {
        err(tr("sift rerank: give a documents file, or pipe documents in, one per line."));
        return Usage;
    }
    DocumentImport::CsvOptions csv;
    if (parser.isSet(column)) {
        bool isNumber = false;
        const int number = parser.value(column).toInt(&isNumber);
        if (isNumber && number >= 1)
            csv.columnIndex = number - 1;
        else
            csv.column = parser.value(column);
    }
    DocumentImport::Result imported;
    if (fromStdin) {
        bool tooLarge = false;
        const QByteArray bytes = CliInput::readStdin(CliInput::MaxDocumentsBytes, &tooLarge);
        if (tooLarge) {
            err(tr("sift rerank: the documents on standard input are larger than %1, the most "
                   "Sift reads at a time. Split them.")
                    .arg(CliInput::limitText(CliInput::MaxDocumentsBytes)));
            return Usage;
        }
        if (CliInput::looksBinary(bytes)) {
            err(tr("sift rerank: standard input looks like binary data, not text; give "
                   "documents as text, one per line."));
            return Usage;
        }
        imported = DocumentImport::fromTxt(bytes);
    } else if (const QString problem = CliInput::documentsFileProblem(file); !problem.isEmpty()) {
        err(u"sift rerank: "_s + problem);
        return Usage;
    } else {
        const DocumentImport::Format format = DocumentImport::formatForFileName(file);
        if (format == DocumentImport::Format::Csv) {
            // Sniffed like the workbench does: delimiter , ; or tab, and without --column the
            // text/document/passage/content column when there is one, else the first.
            DocumentImport::CsvOptions sniffed = DocumentImport::sniffCsvFile(file).options();
            if (parser.isSet(column)) {
                sniffed.column = csv.column;
                sniffed.columnIndex = csv.columnIndex;
            }
            csv = sniffed;
        }
        imported = DocumentImport::fromFile(file, csv);
    }
    if (!imported.ok()) {
        err(u"sift rerank: "_s + imported.error);
        return Usage;
    }
    for (const DocumentImport::Issue &issue : std::as_const(imported.issues))
        err(u"%1: %2"_s.arg(fromStdin ? u"stdin"_s : QFileInfo(file).fileName(), issue.message));
    if (imported.truncated)
        err(tr("Only the first %1 documents were read.").arg(imported.documents.size()));
    if (imported.documents.isEmpty()) {
        err(tr("sift rerank: no documents found. Put one document per line."));
        return Usage;
    }
    for (qsizetype i = 0; i < imported.documents.size(); ++i) {
        if (imported.documents.at(i).toUtf8().size() > CliInput::MaxDocumentBytes) {
            err(tr("sift rerank: document %1 is larger than %2, more than a rerank model reads. "
                   "Split it.")
                    .arg(i + 1)
                    .arg(CliInput::limitText(CliInput::MaxDocumentBytes)));
            return Usage;
        }
    }
    for (const QString &text : std::as_const(imported.documents))
        set.documents << RerankDocument{ text, RerankDocument::Unlabelled };

    Config config;
    RunOptions options;
    Endpoint endpoint;
    if (!resolveEndpoint(parser, config, &options, &endpoint))
        return Usage;
    ApiClient client;
    if (!prepareClient(&client, config, options, endpoint))
        return Auth;

    ModelCatalog catalog;
    RerankRun run(&client, set, &catalog);
    runShowingProgress(&run, &RerankRun::finished, &RerankRun::progress, [](int done, int total) {
        writeTo(stderr, tr("\rRanking: %1 of %2 documents").arg(done).arg(total));
    });

    const QList<RerankResult> results = run.results();
    const QList<Metrics::PairMetrics> pairs = Metrics::compareAll(results, PairOverlapK);

    if (parser.isSet(json)) {
        QJsonObject document;
        if (results.size() == 1) {
            document = results.constFirst().toCohereJson();
        } else {
            QJsonArray models;
            for (const RerankResult &result : results)
                models.append(result.toCohereJson());
            QJsonArray comparisons;
            for (const Metrics::PairMetrics &pair : pairs) {
                comparisons.append(QJsonObject{
                    { u"model_a"_s, pair.modelA },
                    { u"model_b"_s, pair.modelB },
                    { u"kendall_tau"_s,
                      pair.kendallTau ? QJsonValue(*pair.kendallTau)
                                      : QJsonValue(QJsonValue::Null) },
                    { u"overlap_at_10"_s,
                      pair.overlap ? QJsonValue(*pair.overlap) : QJsonValue(QJsonValue::Null) } });
            }
            document = QJsonObject{ { u"models"_s, models }, { u"comparisons"_s, comparisons } };
        }
        out(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    } else {
        for (const RerankResult &result : results) {
            if (!result.ranked.isEmpty())
                printTable(result, set);
        }
        for (const RerankResult &result : results)
            out(summaryLine(result) + u'\n');
        if (!pairs.isEmpty()) {
            out(u"\n"_s);
            for (const Metrics::PairMetrics &pair : pairs) {
                out(tr("%1 vs %2: Kendall τ %3, overlap@%4 %5\n")
                        .arg(pair.modelA, pair.modelB, formatMetric(pair.kendallTau))
                        .arg(PairOverlapK)
                        .arg(formatMetric(pair.overlap)));
            }
        }
    }

    int code = Ok;
    for (const RerankResult &result : results) {
        if (result.unscored.isEmpty())
            continue;
        const ApiError error = result.firstError();
        err(tr("%1: %2 of %3 documents not scored. %4")
                .arg(result.model)
                .arg(result.unscored.size())
                .arg(result.documentCount)
                .arg(errorMessage(error, options, endpoint)));
        if (code == Ok)
            code = exitCodeFor(error);
    }
    return code;
}
