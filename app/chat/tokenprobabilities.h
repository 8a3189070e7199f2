#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// A reply's token probabilities (OpenAI's logprobs.content[]) read into plain values for the
// heat map and the CLI.
struct TokenProbability
{
    QString token;
    double logprob = 0;
    double probability = 0;               // exp(logprob), 0…1
    QList<TokenProbability> alternatives; // top_logprobs, most likely first
};

namespace TokenProbabilities {

QList<TokenProbability> fromJson(const QJsonArray &content);
// "Hel" 74.9 % — alternatives: "Hel" 74.9 %, "Hi" 12.6 % (one per line), for a tooltip.
QString describe(const TokenProbability &token);
// How a message's probabilities stand: asked for and returned, asked for but the server sent
// none, or not asked for.
enum class Availability { NotRequested, NotReturned, Returned };
Availability availability(const QJsonObject &replyParameters, const QJsonArray &logprobs);

} // namespace TokenProbabilities
