// The readers of what the service sends back: error bodies (every status), usage, model lists
// and rerank results/sets. Any bytes must give a value or an error, never a crash, and an error
// message shown to the user must not be empty.
#include "api/apierror.h"
#include "api/chatrequest.h"
#include "models/modelinfo.h"
#include "rerank/rerankresult.h"
#include "rerank/rerankset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void readObject(const QJsonObject &object)
{
    Usage::fromJson(object);
    Usage::fromJson(object.value(QLatin1String("usage")).toObject());
    for (const ModelInfo &model : parseOpenAiModelList(object))
        model.estimateCost(1000, 1000);
    QString error;
    if (const auto result = RerankResult::fromJson(object, &error)) {
        result->rankOf(0);
        result->firstError().userMessage();
        RerankResult::fromJson(result->toJson());
        result->toCohereJson();
    }
    if (const auto set = RerankSet::fromJson(object, &error)) {
        set->labels();
        set->effectiveBatchSize();
        RerankSet::fromJson(set->toJson());
    }
    apiErrorFromJson(object).userMessage();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes pick the HTTP status the body came with.
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));

    ApiError::extractMessage(body);
    const ApiError error = ApiError::fromHttp(status, body, body.left(40), body.left(12));
    if (status >= 400 && error.userMessage().isEmpty())
        std::abort();

    QString parseError;
    parseDocumentedModels(body, &parseError);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        readObject(document.object());
    if (document.isArray()) {
        for (const QJsonValue &value : document.array())
            readObject(value.toObject());
    }
    return 0;
}
