#include "embeddings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtEndian>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

QJsonObject EmbeddingsRequest::body(const Endpoint &endpoint) const
{
    QJsonObject object{ { u"model"_s, endpoint.wireModelId(model) },
                        { u"input"_s, QJsonArray::fromStringList(inputs) },
                        { u"encoding_format"_s, base64 ? u"base64"_s : u"float"_s } };
    if (dimensions > 0)
        object.insert(u"dimensions"_s, dimensions);
    return object;
}

namespace {

ApiError protocolError(const char *text)
{
    return ApiError::make(ApiError::Kind::Protocol,
                          QCoreApplication::translate("EmbeddingsReply", text));
}

bool decodeVector(const QJsonValue &value, QList<float> *vector)
{
    vector->clear();
    if (value.isString()) {
        const QByteArray raw = QByteArray::fromBase64(value.toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (raw.isEmpty() || raw.size() % 4 != 0)
            return false;
        vector->resize(raw.size() / 4);
        for (qsizetype i = 0; i < vector->size(); ++i) {
            const quint32 bits = qFromLittleEndian<quint32>(raw.constData() + 4 * i);
            float f;
            std::memcpy(&f, &bits, sizeof f);
            (*vector)[i] = f;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        vector->reserve(array.size());
        for (const QJsonValue &number : array) {
            if (!number.isDouble())
                return false;
            vector->append(float(number.toDouble()));
        }
    } else {
        return false;
    }
    for (const float f : std::as_const(*vector)) {
        if (!std::isfinite(f))
            return false;
    }
    return !vector->isEmpty();
}

} // namespace

bool EmbeddingsReply::parse(const QJsonDocument &document, int inputCount, EmbeddingsReply *reply,
                            ApiError *error)
{
    reply->vectors = QList<QList<float>>(inputCount);
    reply->promptTokens = 0;
    const QJsonValue data = document.object().value(u"data"_s);
    if (!data.isArray()) {
        *error = protocolError(QT_TRANSLATE_NOOP(
            "EmbeddingsReply",
            "The service's reply holds no embeddings. Check that the model is an embedding "
            "model and the endpoint serves /embeddings."));
        return false;
    }
    QList<bool> seen(inputCount, false);
    qsizetype dimensions = -1;
    const QJsonArray entries = data.toArray();
    for (qsizetype position = 0; position < entries.size(); ++position) {
        const QJsonObject entry = entries.at(position).toObject();
        const QJsonValue indexValue = entry.value(u"index"_s);
        const double index = indexValue.isDouble() ? indexValue.toDouble() : double(position);
        if (index < 0 || index >= inputCount || index != std::floor(index) || seen.at(int(index)))
            continue;
        QList<float> vector;
        if (!decodeVector(entry.value(u"embedding"_s), &vector)
            || (dimensions >= 0 && vector.size() != dimensions)) {
            *error = protocolError(QT_TRANSLATE_NOOP(
                "EmbeddingsReply",
                "The service returned an embedding Sift cannot read. Try again later."));
            return false;
        }
        dimensions = vector.size();
        seen[int(index)] = true;
        reply->vectors[int(index)] = std::move(vector);
    }
    if (seen.contains(false)) {
        *error = protocolError(QT_TRANSLATE_NOOP(
            "EmbeddingsReply",
            "The service returned fewer embeddings than texts sent. Try again later."));
        return false;
    }
    const QJsonObject usage = document.object().value(u"usage"_s).toObject();
    reply->promptTokens
        = usage.value(u"prompt_tokens"_s).toInteger(usage.value(u"total_tokens"_s).toInteger(0));
    return true;
}
