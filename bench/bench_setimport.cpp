// Set-file import benchmark (issue 18, item 4): a set file with the results of many models was
// imported in quadratic time on the GUI thread (1,000 models 0.85 s / 161 MB, 4,000 models
// 13.9 s / 1.5 GB), and a set with millions of documents had no cap. Now the file is read and
// parsed once on a worker; files with more than WorkbenchStore::maxResults models' results or
// more than RerankSet::MaxDocuments documents are refused with a message, so the cost is the
// parse alone (linear in the file size).
//
// Figures: the time to read and refuse (or accept) files of 1,000 and 4,000 models, their ratio
// (goal: linear, about 4), the GUI-thread time to show an accepted 100-model file in the
// workbench with every pair compared, and the peak RSS (VmHWM).
#include "benchutil.h"
#include "rerank/rerankset.h"
#include "rerankworkbench.h"
#include "store/workbenchstore.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QByteArray setFile(int models, int documents)
{
    WorkbenchSetRecord record;
    record.name = u"bench"_s;
    record.set.query = u"apple orchard"_s;
    for (int i = 0; i < documents; ++i)
        record.set.documents << RerankDocument{ u"Document %1 about apples"_s.arg(i), i % 4 };
    for (int m = 0; m < models; ++m) {
        RerankResult result;
        result.model = u"acme/reranker-%1"_s.arg(m);
        result.documentCount = documents;
        for (int i = 0; i < documents; ++i)
            result.ranked << RerankScore{ (i * 7 + m) % documents, 1.0 - i / double(documents) };
        record.results << result;
    }
    return WorkbenchStore::toJsonDocument(record);
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Bench::Report report;

    const auto write = [&dir](const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(data);
        return file.fileName();
    };
    const QString small = write(u"1000.json"_s, setFile(1000, 20));
    const QString large = write(u"4000.json"_s, setFile(4000, 20));
    const QString accepted = write(u"100.json"_s, setFile(WorkbenchStore::maxResults, 20));
    // expectOk false: the file is refused (after this change); an older Sift shows it, and then
    // the time runs until its comparison is drawn.
    const auto importMs = [](const QString &path, bool expectOk) {
        return Bench::medianMs(3, [&] {
            RerankWorkbench bench;
            QSignalSpy metrics(&bench, &RerankWorkbench::metricsUpdated);
            QString error;
            const bool ok = bench.importSet(path, &error);
            if (ok != expectOk)
                std::fprintf(stderr, "%s: %s\n", qPrintable(QFileInfo(path).fileName()),
                             ok ? "accepted" : qPrintable(error));
            if (ok && !metrics.wait(300000))
                qFatal("no metrics");
        });
    };
    const double ms1000 = importMs(small, false);
    const double ms4000 = importMs(large, false);
    const double ms100 = importMs(accepted, true);
    report.info("import 1,000 models (refused)", ms1000, "ms");
    report.info("import 4,000 models (refused)", ms4000, "ms");
    report.check("4,000 / 1,000 models", ms4000 / std::max(ms1000, 0.001), "x", 6.0,
                 u"linear is about 4; quadratic was 16"_s);
    report.info("import 100 models, all pairs", ms100, "ms");
    report.info("peak RSS", peakRssMb(), "MB");

    // Millions of documents: refused from the array size, before any document is built.
    QByteArray huge = "{\"format\":\"sift-workbench-set\",\"version\":1,\"set\":{\"query\":\"q\","
                      "\"documents\":[";
    const int documents = 1000000;
    for (int i = 0; i < documents; ++i)
        huge += i ? ",\"d\"" : "\"d\"";
    huge += "]}}";
    const QString hugePath = write(u"huge.json"_s, huge);
    const double msHuge = importMs(hugePath, false);
    report.info("import 1,000,000 documents (refused)", msHuge, "ms");
    report.info("peak RSS", peakRssMb(), "MB");
    return report.exitCode();
}
