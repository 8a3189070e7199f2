#pragma once

#include <QByteArray>
#include <QStringView>

// Writing JSON text directly into a QByteArray, for request bodies built many times a second
// (a rerank batch repeats its query once per document): no QJsonArray/QJsonObject in between.
// Produces what QJsonDocument::toJson(Compact) produces for the same strings.
namespace JsonText {

// `text` as a JSON string, quotes included: UTF-8, with `"`, `\`, and control characters
// escaped (\b \f \n \r \t, the others as \u00XX); a lone surrogate as QJsonDocument writes it.
void appendString(QByteArray &out, QStringView text);
// The same for text already in UTF-8 (e.g. a string escaped once and repeated).
void appendUtf8String(QByteArray &out, QByteArrayView utf8);

} // namespace JsonText
