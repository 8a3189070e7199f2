#include "tokenprobabilities.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

TokenProbability tokenFrom(const QJsonObject &object)
{
    TokenProbability token;
    token.token = object.value("token"_L1).toString();
    token.logprob = object.value("logprob"_L1).toDouble(-9999);
    token.probability = std::clamp(std::exp(token.logprob), 0.0, 1.0);
    return token;
}

QString shown(const QString &token)
{
    QString text = token;
    text.replace(u'\n', u"⏎"_s).replace(u'\t', u"→"_s);
    if (text.trimmed().isEmpty())
        text = u"␣"_s.repeated(std::max<qsizetype>(1, text.size()));
    return u"“"_s + text + u"”"_s;
}

} // namespace

namespace TokenProbabilities {

QList<TokenProbability> fromJson(const QJsonArray &content)
{
    QList<TokenProbability> tokens;
    tokens.reserve(content.size());
    for (const QJsonValue &value : content) {
        const QJsonObject object = value.toObject();
        TokenProbability token = tokenFrom(object);
        for (const QJsonValue &alternative : object.value("top_logprobs"_L1).toArray())
            token.alternatives.append(tokenFrom(alternative.toObject()));
        std::stable_sort(token.alternatives.begin(), token.alternatives.end(),
                         [](const TokenProbability &a, const TokenProbability &b) {
                             return a.logprob > b.logprob;
                         });
        tokens.append(token);
    }
    return tokens;
}

QString describe(const TokenProbability &token)
{
    const QLocale locale;
    const auto percent = [&locale](double p) {
        return locale.toString(p * 100, 'f', p < 0.001 ? 3 : 1) + u" %"_s;
    };
    QString text = shown(token.token) + u"  "_s + percent(token.probability);
    if (!token.alternatives.isEmpty()) {
        text += u"\n"_s + QCoreApplication::translate("TokenProbabilities", "Alternatives:");
        for (const TokenProbability &alternative : token.alternatives)
            text += u"\n  "_s + shown(alternative.token) + u"  "_s
                + percent(alternative.probability);
    }
    return text;
}

Availability availability(const QJsonObject &replyParameters, const QJsonArray &logprobs)
{
    if (!logprobs.isEmpty())
        return Availability::Returned;
    return replyParameters.value("logprobs"_L1).toBool() ? Availability::NotReturned
                                                         : Availability::NotRequested;
}

} // namespace TokenProbabilities
