// The workbench set file reader (WorkbenchStore::parseSetFile: Sift's own format and the older
// "Save set…" one), which Evaluate's import and the workbench's Import Set… run on files from
// anywhere, on hostile bytes: it either refuses with a message or returns a set whose results
// name only documents the set has, each once, and at most maxResults of them; what it accepted
// is written and read back to the same set and results.
#include "store/workbenchstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace {

void checkResults(const WorkbenchSetRecord &record)
{
    const qsizetype documents = record.set.documents.size();
    if (record.id != 0 || record.results.size() > WorkbenchStore::maxResults)
        std::abort();
    for (const RerankResult &result : record.results) {
        if (result.documentCount > documents)
            std::abort();
        std::vector<bool> named(size_t(documents), false);
        const auto claim = [&](int index) {
            if (index < 0 || index >= documents || named[size_t(index)])
                std::abort();
            named[size_t(index)] = true;
        };
        for (const RerankScore &score : result.ranked)
            claim(score.index);
        for (const UnscoredDocument &unscored : result.unscored)
            claim(unscored.index);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    bool legacy = true;
    const std::optional<WorkbenchSetRecord> record
        = WorkbenchStore::parseSetFile(bytes, &error, &legacy);
    if (!record) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    checkResults(*record);

    // Exported again (always the current format) and read back: the same set and results.
    const QByteArray written = WorkbenchStore::toJsonDocument(*record);
    QString againError;
    bool againLegacy = true;
    const std::optional<WorkbenchSetRecord> again
        = WorkbenchStore::parseSetFile(written, &againError, &againLegacy);
    if (!again || againLegacy || again->name != record->name || !(again->set == record->set)
        || again->results.size() != record->results.size())
        std::abort();
    for (qsizetype i = 0; i < record->results.size(); ++i) {
        if (again->results.at(i).toJson() != record->results.at(i).toJson())
            std::abort();
    }
    // The stricter reader of the current format takes what the export wrote, too.
    if (!WorkbenchStore::parseSetJson(written))
        std::abort();
    return 0;
}
