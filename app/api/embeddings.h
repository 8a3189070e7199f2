#pragma once

#include "apierror.h"
#include "endpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One /embeddings call in OpenAI's shape, which DeepInfra (…/v1/openai/embeddings) and LiteLLM
// (/embeddings) both speak:
//   {"model", "input": [..], "encoding_format": "float"|"base64", "dimensions": N}
struct EmbeddingsRequest
{
    QString model;
    QStringList inputs;
    int dimensions = 0; // 0: not sent, the model's native size
    bool base64 = true; // little-endian float32 in base64: a third of the bytes of JSON numbers

    QJsonObject body(const Endpoint &endpoint) const;
};

// The reply: {"data": [{"index", "embedding"}], "usage": {"prompt_tokens"}}. Vectors are matched
// to inputs by index (a server may answer in any order).
struct EmbeddingsReply
{
    QList<QList<float>> vectors; // by input index
    qint64 promptTokens = 0;

    // False with *error (Kind::Protocol) when the reply does not hold one finite vector of one
    // size for every one of `inputCount` inputs.
    static bool parse(const QJsonDocument &document, int inputCount, EmbeddingsReply *reply,
                      ApiError *error);
};
