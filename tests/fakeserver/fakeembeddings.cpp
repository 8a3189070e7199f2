#include "fakeembeddings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

quint32 fnv1a(const QByteArray &bytes, quint32 hash = 2166136261u)
{
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

QStringList words(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

QString baseModel(QString model)
{
    if (const qsizetype at = model.indexOf(u'@'); at >= 0)
        model.truncate(at);
    if (model.startsWith("deepinfra/"_L1))
        model.remove(0, 10);
    return model;
}

QByteArray validation(const QString &field, const QString &message)
{
    return QJsonDocument(
               QJsonObject{ { "detail"_L1,
                              QJsonArray{ QJsonObject{ { "loc"_L1, QJsonArray{ u"body"_s, field } },
                                                       { "msg"_L1, message },
                                                       { "type"_L1, u"value_error"_s } } } } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

QList<float> FakeEmbeddings::vectorFor(const QString &model, const QString &text, int dimensions)
{
    const int slots = std::min(dimensions, NativeDimensions);
    QList<float> vector(dimensions, 0.0f);
    const quint32 seed = fnv1a(baseModel(model).toUtf8());
    for (const QString &word : words(text)) {
        const quint32 hash = fnv1a(word.toUtf8(), seed);
        vector[int(hash % quint32(slots))] += (hash & 0x80000000u) ? -1.0f : 1.0f;
    }
    double norm = 0;
    for (const float f : std::as_const(vector))
        norm += double(f) * f;
    if (norm == 0) {
        vector[0] = 1.0f; // no words: still a unit vector
        return vector;
    }
    const float scale = float(1.0 / std::sqrt(norm));
    for (float &f : vector)
        f *= scale;
    return vector;
}

QByteArray FakeEmbeddings::reply(const QJsonObject &body, int *status)
{
    *status = 422;
    const QString model = body.value("model"_L1).toString();
    if (model.isEmpty())
        return validation(u"model"_s, u"field required"_s);
    const QJsonValue inputValue = body.value("input"_L1);
    QStringList inputs;
    if (inputValue.isString()) {
        inputs << inputValue.toString();
    } else if (inputValue.isArray()) {
        for (const QJsonValue &value : inputValue.toArray()) {
            if (!value.isString())
                return validation(u"input"_s, u"str type expected"_s);
            inputs << value.toString();
        }
    }
    if (inputs.isEmpty())
        return validation(u"input"_s, u"field required"_s);
    int dimensions = NativeDimensions;
    if (body.contains("dimensions"_L1)) {
        const QJsonValue value = body.value("dimensions"_L1);
        dimensions = value.isDouble() ? value.toInt() : -1;
        if (dimensions < MinDimensions || dimensions > 8 * NativeDimensions)
            return validation(u"dimensions"_s,
                              u"dimensions must be between %1 and %2"_s.arg(MinDimensions)
                                  .arg(8 * NativeDimensions));
    }
    const QString format = body.value("encoding_format"_L1).toString(u"float"_s);
    if (format != "float"_L1 && format != "base64"_L1)
        return validation(u"encoding_format"_s, u"must be float or base64"_s);

    QJsonArray data;
    qint64 tokens = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QList<float> vector = vectorFor(model, inputs.at(i), dimensions);
        tokens += std::max<qsizetype>(1, inputs.at(i).split(u' ', Qt::SkipEmptyParts).size());
        QJsonValue embedding;
        if (format == "base64"_L1) {
            QByteArray raw(vector.size() * 4, Qt::Uninitialized);
            for (qsizetype j = 0; j < vector.size(); ++j) {
                quint32 bits;
                std::memcpy(&bits, &vector.at(j), sizeof bits);
                qToLittleEndian(bits, raw.data() + 4 * j);
            }
            embedding = QString::fromLatin1(raw.toBase64());
        } else {
            QJsonArray numbers;
            for (const float f : vector)
                numbers.append(double(f));
            embedding = numbers;
        }
        data.append(QJsonObject{ { "object"_L1, u"embedding"_s },
                                 { "index"_L1, int(i) },
                                 { "embedding"_L1, embedding } });
    }
    *status = 200;
    return QJsonDocument(QJsonObject{ { "object"_L1, u"list"_s },
                                      { "model"_L1, baseModel(model) },
                                      { "data"_L1, data },
                                      { "usage"_L1,
                                        QJsonObject{ { "prompt_tokens"_L1, tokens },
                                                     { "total_tokens"_L1, tokens } } } })
        .toJson(QJsonDocument::Compact);
}

QString FakeEmbeddings::citingReply(const QString &system)
{
    static const QRegularExpression source(
        QStringLiteral("^\\[(\\d+)\\] [^\\n]+:\\d+(?:-\\d+)?\\n((?:(?!\\n\\[\\d+\\] )[\\s\\S])*)"),
        QRegularExpression::MultilineOption);
    QStringList sentences;
    auto it = source.globalMatch(system);
    while (it.hasNext() && sentences.size() < 3) {
        const QRegularExpressionMatch match = it.next();
        QString text = match.captured(2).simplified();
        // Past a Markdown heading's hashes; up to the end of the first sentence.
        while (text.startsWith(QLatin1Char('#')))
            text = text.mid(text.indexOf(QLatin1Char(' ')) + 1);
        const qsizetype end = text.indexOf(QLatin1String(". "));
        if (end > 0)
            text.truncate(end + 1);
        if (text.size() > 160)
            text = text.left(157) + QStringLiteral("…");
        if (!text.isEmpty())
            sentences << text + QStringLiteral(" [") + match.captured(1) + QLatin1Char(']');
    }
    if (sentences.isEmpty())
        return {};
    return QStringLiteral("From the sources:\n\n- ") + sentences.join(QStringLiteral("\n- "));
}
