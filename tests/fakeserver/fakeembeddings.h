#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The fake /embeddings route (DeepInfra's /v1/openai/embeddings and LiteLLM's /embeddings, both
// in OpenAI's shape). Vectors are a hashed bag of words: every lower-cased word adds ±1 to one
// of `dimensions` slots (chosen by a hash of the model and the word), then the vector is
// L2-normalised. Texts that share words have nearby vectors; a different model gives a
// different space. `dimensions` above the native 1,024 are zero-padded (as Qwen3-Embedding
// does); below 32 are refused with a 422 like DeepInfra's validation errors.
namespace FakeEmbeddings {

constexpr int NativeDimensions = 1024;
constexpr int MinDimensions = 32;

QList<float> vectorFor(const QString &model, const QString &text, int dimensions);

// The reply body for a request body; *status is 200 or the error's status.
QByteArray reply(const QJsonObject &body, int *status);

// A chat answer from the numbered sources "[n] path:lines\n<text>" of a system message (what
// Sift's knowledge prompt sends): the first sentence of each of the first sources, cited as [n].
// Null when the system message holds no sources.
QString citingReply(const QString &system);

} // namespace FakeEmbeddings
