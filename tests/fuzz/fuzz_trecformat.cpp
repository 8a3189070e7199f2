// TREC qrels, run and topics readers, the measures and the run writer on hostile bytes: a
// reader either fails with an error naming a line of the input or returns data whose every
// measure lies in [0, 1]; a run it read is written and read back unchanged.
#include "eval/measures.h"
#include "eval/trecformat.h"

#include <QBuffer>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Eval;

namespace {

void checkError(const TrecFormat::Error &error, const QByteArray &bytes)
{
    if (error.message.isEmpty() || error.line < 0 || error.line > bytes.count('\n') + 1)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    TrecFormat::Error error;

    QBuffer qrelsBuffer;
    qrelsBuffer.setData(bytes);
    const std::optional<Qrels> qrels
        = TrecFormat::readQrels(qrelsBuffer, QStringLiteral("q"), &error);
    if (!qrels)
        checkError(error, bytes);

    QBuffer runBuffer;
    runBuffer.setData(bytes);
    const std::optional<Run> run = TrecFormat::readRun(runBuffer, QStringLiteral("r"), &error);
    if (!run) {
        checkError(error, bytes);
    } else {
        QBuffer written;
        written.open(QIODevice::ReadWrite);
        QString problem;
        if (TrecFormat::writeRun(written, *run, QStringLiteral("t"), &problem)) {
            written.seek(0);
            const std::optional<Run> again
                = TrecFormat::readRun(written, QStringLiteral("w"), &error);
            if (!again || again->size() != run->size())
                std::abort();
            for (auto it = run->cbegin(); it != run->cend(); ++it) {
                if (again->value(it.key()) != trecOrder(it.value()))
                    std::abort();
            }
        }
        // The run judged by itself: every grade from its own scores, clamped to a small range.
        Qrels self;
        for (auto it = run->cbegin(); it != run->cend(); ++it) {
            for (const ScoredDoc &d : it.value())
                self[it.key()].insert(d.docno, int(std::fmod(std::abs(d.score), 5.0)) - 1);
        }
        const QList<Measure> measures
            = *parseMeasures(u"ndcg_cut.1,ndcg_cut.10,ndcg,map,recip_rank,P.3,recall.10,"
                             u"ndcg_burges_cut.5");
        for (const bool complete : { false, true }) {
            const Evaluation e = evaluate(qrels ? *qrels : self, *run, measures,
                                          Options{ int(size % 3), complete });
            for (const QList<double> &row : e.perQuery) {
                for (double v : row) {
                    if (!(v >= 0.0 && v <= 1.0 + 1e-12))
                        std::abort();
                }
            }
        }
    }

    QBuffer topicsBuffer;
    topicsBuffer.setData(bytes);
    if (!TrecFormat::readTopics(topicsBuffer, QStringLiteral("t"), &error))
        checkError(error, bytes);

    QString problem;
    parseMeasures(QString::fromUtf8(bytes.left(256)), &problem);
    return 0;
}
