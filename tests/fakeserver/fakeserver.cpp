#include "fakeserver.h"

#include "fakechatextras.h"
#include "fakeembeddings.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>
#include <numeric>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Bigger requests than this are refused: the server only has to handle what Sift sends.
constexpr qsizetype MaxRequestBytes = 64 * 1024 * 1024;

using Fault = FakeFault;

qint64 s_generatedBytes = 0;

// Raw deflate (RFC 1951) of `total` zero bytes with fixed Huffman codes: one literal, then
// length-258/distance-1 matches of 13 bits each, so about 160:1. Made block by block.
class ZeroDeflater
{
public:
    explicit ZeroDeflater(qint64 total) : m_left(total) { }

    // The next piece of the stream; empty after the end.
    QByteArray next()
    {
        if (m_done)
            return {};
        QByteArray out;
        if (!m_started) {
            m_started = true;
            put(1, 1);        // BFINAL
            put(1, 2);        // BTYPE 01: fixed Huffman codes
            putCode(0x30, 8); // literal 0
            --m_left;
        }
        for (int i = 0; i < 65536 && m_left > 0; ++i) {
            if (m_left >= 258) {
                putCode(0xC5, 8); // length code 285 = 258
                putCode(0x00, 5); // distance code 0 = 1
                m_left -= 258;
            } else {
                putCode(0x30, 8); // the rest as literals
                --m_left;
            }
            flushBytes(out);
        }
        if (m_left <= 0) {
            putCode(0x00, 7); // end of block
            if (m_bits > 0)
                m_out.append(char(m_buffer & 0xFF));
            m_done = true;
        }
        flushBytes(out);
        out += m_out;
        m_out.clear();
        return out;
    }

private:
    void put(quint32 value, int bits)
    {
        m_buffer |= value << m_bits;
        m_bits += bits;
        while (m_bits >= 8) {
            m_out.append(char(m_buffer & 0xFF));
            m_buffer >>= 8;
            m_bits -= 8;
        }
    }
    // Huffman codes go most significant bit first.
    void putCode(quint32 code, int bits)
    {
        for (int i = bits - 1; i >= 0; --i)
            put((code >> i) & 1, 1);
    }
    void flushBytes(QByteArray &out)
    {
        out += m_out;
        m_out.clear();
    }

    qint64 m_left;
    quint32 m_buffer = 0;
    int m_bits = 0;
    bool m_started = false;
    bool m_done = false;
    QByteArray m_out;
};

// Set on a socket whose last reply kept the connection open.
constexpr char KeepAliveProperty[] = "_fake_keep_alive";

} // namespace

FakeFault FakeFault::parse(const QString &spec)
{
    FakeFault fault;
    const QStringList items = spec.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(u'=');
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == "status"_L1) {
            const QStringList parts = value.split(u',');
            fault.status = parts.value(0).trimmed().toInt(&ok);
            for (qsizetype i = 1; ok && i < parts.size(); ++i) {
                const QString part = parts.at(i).trimmed();
                ok = part.startsWith("retry-after="_L1);
                if (ok)
                    fault.retryAfter = part.mid(12).toInt(&ok);
            }
            ok = ok && fault.status >= 100 && fault.status <= 599;
        } else if (key == "cut"_L1) {
            fault.cut = value.toInt(&ok);
            ok = ok && fault.cut >= 0;
        } else if (key == "stall"_L1) {
            fault.stall = true;
        } else if (key == "malformed"_L1) {
            fault.malformed = true;
        } else if (key == "drip"_L1) {
            fault.dripMs = value.toInt(&ok);
            ok = ok && fault.dripMs >= 0;
        } else if (key == "html"_L1) {
            fault.html = true;
        } else if (key == "notjson"_L1) {
            fault.notJson = true;
        } else if (key == "huge"_L1) {
            fault.huge = value.toLongLong(&ok);
            ok = ok && fault.huge >= 0;
        } else if (key == "flood"_L1) {
            fault.flood = value.toLongLong(&ok);
            ok = ok && fault.flood >= 0;
        } else if (key == "long-header"_L1) {
            fault.longHeader = value.toLongLong(&ok);
            ok = ok && fault.longHeader >= 0;
        } else if (key == "many-headers"_L1) {
            fault.manyHeaders = value.toLongLong(&ok);
            ok = ok && fault.manyHeaders >= 0;
        } else if (key == "long-status"_L1) {
            fault.longStatus = value.toLongLong(&ok);
            ok = ok && fault.longStatus >= 0;
        } else if (key == "keepalive-comments"_L1) {
            fault.keepAliveComments = true;
        } else if (key == "crlf"_L1) {
            fault.crlf = true;
        } else if (key == "split"_L1) {
            fault.splitEvents = true;
        } else if (key == "error-event"_L1) {
            fault.errorEventAfter = value.toInt(&ok);
            ok = ok && fault.errorEventAfter >= 0;
        } else if (key == "usage-chunk"_L1) {
            fault.usageChunk = true;
        } else if (key == "cut-after-finish"_L1) {
            fault.cutAfterFinish = true;
        } else if (key == "keep-alive"_L1) {
            fault.keepAlive = true;
        } else if (key == "order"_L1) {
            if (value == "score"_L1)
                fault.rerankOrder = RerankOrder::Score;
            else if (value == "input"_L1)
                fault.rerankOrder = RerankOrder::Input;
            else if (value == "reversed"_L1)
                fault.rerankOrder = RerankOrder::Reversed;
            else
                ok = false;
        } else if (key == "gzip-bomb"_L1) {
            fault.gzipBomb = value.toLongLong(&ok);
            ok = ok && fault.gzipBomb > 0;
        } else if (key == "bad-utf8"_L1) {
            fault.invalidUtf8 = true;
        } else if (key == "error-message"_L1) {
            fault.errorMessage = QUrl::fromPercentEncoding(value.toUtf8());
        } else if (key == "ignore-top-n"_L1) {
            fault.ignoreTopN = true;
        } else if (key == "invalid-json"_L1) {
            fault.schemaInvalid = true;
        } else if (key == "no-logprobs"_L1) {
            fault.ignoreLogprobs = true;
        } else if (key == "redirect"_L1) {
            fault.redirect = value.toUtf8();
            ok = !value.isEmpty();
        } else if (key == "slow-first"_L1) {
            fault.slowFirstMs = value.toInt(&ok);
            ok = ok && fault.slowFirstMs >= 0;
        } else {
            ok = false;
        }
        if (!ok) {
            fault.error = u"Unknown or malformed fault \"%1\""_s.arg(item);
            return fault;
        }
    }
    return fault;
}

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray statusHead(int status, const QByteArray &contentType, qint64 contentLength,
                      const QList<QPair<QByteArray, QByteArray>> &extra = {})
{
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else
        head += "Transfer-Encoding: chunked\r\n";
    for (const auto &[name, value] : extra)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    return head;
}

QByteArray chunkFrame(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

// A JSON string literal, escaped as QJsonDocument escapes it.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{ text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Python's repr() style (1.2e-06), which is what the real service writes.
QByteArray jsonNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

int tokenCount(const QString &text)
{
    return int(text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts).size());
}

QString messageText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts; // OpenAI's content-part array
    const QJsonArray array = content.toArray();
    for (const QJsonValue &part : array)
        parts += part.toObject().value("text"_L1).toString();
    return parts.join(u' ');
}

// FNV-1a: stable across runs and processes, unlike qHash.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const char c : text.toUtf8()) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

double unitHash(const QString &text)
{
    return double(stableHash(text) % 100003u) / 100002.0;
}

// The id a fault-carrying or LiteLLM-prefixed model id stands for.
QString baseModelId(QString model)
{
    const qsizetype at = model.indexOf(u'@');
    if (at >= 0)
        model.truncate(at);
    if (model.startsWith("deepinfra/"_L1))
        model = model.mid(10);
    return model;
}

// How much of a model's score is its own noise: the larger Qwen3 rerankers follow the word
// overlap more closely, so on an evaluation set whose judgments track overlap they rank better
// (0.6B < 4B < 8B) and agree with each other more. Other models get the 8B's share.
double modelNoise(const QString &model)
{
    const QString id = baseModelId(model);
    if (id == "Qwen/Qwen3-Reranker-0.6B"_L1)
        return 0.20;
    if (id == "Qwen/Qwen3-Reranker-4B"_L1)
        return 0.13;
    return 0.08;
}

// Word overlap with the query decides most of the score; a shared hash of the pair stands in
// for semantics, and a per-model hash (larger for smaller models) makes models disagree where
// scores are close. Deterministic: the same pair and model always get the same score.
double rerankScore(const QString &model, const QString &query, const QString &document)
{
    const QStringList queryList = wordsOf(query);
    const QSet<QString> queryWords(queryList.cbegin(), queryList.cend());
    const QStringList documentList = wordsOf(document);
    const QSet<QString> documentWords(documentList.cbegin(), documentList.cend());
    double overlap = 0;
    if (!queryWords.isEmpty())
        overlap = double(QSet<QString>(queryWords).intersect(documentWords).size())
            / double(queryWords.size());
    const QString pair = query + u'\x1f' + document;
    const double noise = modelNoise(model);
    const double score = (0.83 - noise) * overlap + 0.17 * unitHash(pair)
        + noise * unitHash(baseModelId(model) + u'\x1f' + pair);
    return std::clamp(score, 0.0, 1.0);
}

// The judge's reply (Sift's judge prompt, app/eval/judge.cpp): a request whose last user message
// holds <query>…</query> and <document>…</document> gets a grade from the share of the query's
// words in the document (≥ 3/4 → 3, ≥ 1/2 → 2, ≥ 1/4 → 1, else 0), so suggested grades track
// the fake rerank scores. A document containing "[unjudgeable]" gets a reply without a grade.
// A null string when the message is not a judge request.
QString judgeReply(const QString &userText)
{
    static const QRegularExpression query(u"<query>(.*)</query>"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression document(u"<document>(.*)</document>"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch q = query.match(userText);
    const QRegularExpressionMatch d = document.match(userText);
    if (!q.hasMatch() || !d.hasMatch())
        return {};
    if (d.captured(1).contains("[unjudgeable]"_L1))
        return u"I cannot tell from this document."_s;
    const QStringList queryList = wordsOf(q.captured(1));
    const QSet<QString> queryWords(queryList.cbegin(), queryList.cend());
    const QStringList documentList = wordsOf(d.captured(1));
    const QSet<QString> documentWords(documentList.cbegin(), documentList.cend());
    if (queryWords.isEmpty())
        return u"0"_s;
    const double overlap = double(QSet<QString>(queryWords).intersect(documentWords).size())
        / double(queryWords.size());
    const int grade = overlap >= 0.75 ? 3 : overlap >= 0.5 ? 2 : overlap >= 0.25 ? 1 : 0;
    return QString::number(grade);
}

double rerankPricePerToken(const QString &model)
{
    const QString id = baseModelId(model);
    if (id == "Qwen/Qwen3-Reranker-0.6B"_L1)
        return 0.01e-6;
    if (id == "Qwen/Qwen3-Reranker-4B"_L1)
        return 0.025e-6;
    if (id == "Qwen/Qwen3-Reranker-8B"_L1)
        return 0.05e-6;
    return 0.02e-6;
}

struct ModelEntry
{
    const char *id;
    const char *type; // DeepInfra's native type
    double priceIn;   // USD per 1M tokens
    double priceOut;
    int contextLength;
    int maxTokens;
    bool deprecated;
    const char *description;
    // A capability tag the live list carries beside the type ("vision", "reasoning"), which
    // marks the model so in the catalog (ModelInfo::vision, ::reasoning); nullptr: none.
    const char *capability;
};

// The documented table (resources/models.json) plus a deprecated chat model, an embeddings
// model and prices for all, so catalog merging has something to merge; and a vision and a
// reasoning chat model tagged as DeepInfra tags them, so the demo shows the "images" mark and
// the reasoning control (the chat extras answer image parts with "[N image(s)]").
constexpr ModelEntry Models[] = {
    { "meta-llama/Meta-Llama-3-8B-Instruct", "text-generation", 0.03, 0.06, 8192, 8192, false,
      "Meta Llama 3, 8B parameters, instruction tuned.", nullptr },
    { "meta-llama/Meta-Llama-3-70B-Instruct", "text-generation", 0.35, 0.40, 8192, 8192, false,
      "Meta Llama 3, 70B parameters, instruction tuned.", nullptr },
    { "meta-llama/Llama-2-70b-chat-hf", "text-generation", 0.64, 0.80, 4096, 4096, false,
      "Meta Llama 2, 70B parameters, chat tuned.", nullptr },
    { "meta-llama/Llama-2-7b-chat-hf", "text-generation", 0.07, 0.07, 4096, 4096, false,
      "Meta Llama 2, 7B parameters, chat tuned.", nullptr },
    { "meta-llama/Llama-2-13b-chat-hf", "text-generation", 0.13, 0.13, 4096, 4096, false,
      "Meta Llama 2, 13B parameters, chat tuned.", nullptr },
    { "codellama/CodeLlama-34b-Instruct-hf", "text-generation", 0.60, 0.60, 16384, 4096, false,
      "Code Llama, 34B parameters, instruction tuned for code.", nullptr },
    { "mistralai/Mistral-7B-Instruct-v0.1", "text-generation", 0.055, 0.055, 32768, 8192, false,
      "Mistral 7B, instruction tuned.", nullptr },
    { "jondurbin/airoboros-l2-70b-gpt4-1.4.1", "text-generation", 0.70, 0.90, 4096, 4096, false,
      "Llama 2 70B fine-tuned on GPT-4 generated data.", nullptr },
    { "meta-llama/Llama-3.2-11B-Vision-Instruct", "text-generation", 0.049, 0.049, 131072, 16384,
      false, "Meta Llama 3.2 Vision, 11B parameters: reads images.", "vision" },
    { "deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "text-generation", 0.10, 0.40, 131072, 16384,
      false, "DeepSeek R1 distilled into Llama 3.3 70B: thinks before it answers.", "reasoning" },
    { "Gryphe/MythoMax-L2-13b", "text-generation", 0.10, 0.10, 4096, 4096, true,
      "Retired merge of Llama 2 13B models.", nullptr },
    { "BAAI/bge-large-en-v1.5", "embeddings", 0.01, 0.0, 512, 0, false,
      "BGE large English embeddings, 1024 dimensions.", nullptr },
    { "Qwen/Qwen3-Reranker-0.6B", "reranker", 0.01, 0.0, 32768, 0, false,
      "Qwen3 reranker, 0.6B parameters. Takes an optional task instruction.", nullptr },
    { "Qwen/Qwen3-Reranker-4B", "reranker", 0.025, 0.0, 32768, 0, false,
      "Qwen3 reranker, 4B parameters. Takes an optional task instruction.", nullptr },
    { "Qwen/Qwen3-Reranker-8B", "reranker", 0.05, 0.0, 32768, 0, false,
      "Qwen3 reranker, 8B parameters. Takes an optional task instruction.", nullptr },
};

constexpr qint64 ModelsCreated = 1718000000;

QByteArray openAiModelList(bool withMetadata)
{
    QJsonArray data;
    for (const ModelEntry &model : Models) {
        QJsonObject entry{ { "id"_L1, QString::fromUtf8(model.id) },
                           { "object"_L1, "model"_L1 },
                           { "created"_L1, ModelsCreated },
                           { "owned_by"_L1, withMetadata ? "deepinfra"_L1 : "openai"_L1 } };
        if (withMetadata) {
            QJsonArray tags{ QString::fromUtf8(model.type) };
            if (model.capability)
                tags.append(QString::fromUtf8(model.capability));
            if (model.deprecated)
                tags.append("deprecated"_L1);
            entry.insert("metadata"_L1,
                         QJsonObject{ { "description"_L1, QString::fromUtf8(model.description) },
                                      { "context_length"_L1, model.contextLength },
                                      { "max_tokens"_L1, model.maxTokens },
                                      { "pricing"_L1,
                                        QJsonObject{ { "input_tokens"_L1, model.priceIn },
                                                     { "output_tokens"_L1, model.priceOut } } },
                                      { "tags"_L1, tags },
                                      { "deprecated"_L1, model.deprecated } });
        }
        data.append(entry);
    }
    return compact(QJsonObject{ { "object"_L1, "list"_L1 }, { "data"_L1, data } });
}

QByteArray nativeModelList()
{
    QJsonArray list;
    for (const ModelEntry &model : Models) {
        const QString type = QString::fromUtf8(model.type);
        // Prices in cents per token, as the native list has them.
        list.append(QJsonObject{
            { "model_name"_L1, QString::fromUtf8(model.id) },
            { "type"_L1, type },
            { "reported_type"_L1, type },
            { "description"_L1, QString::fromUtf8(model.description) },
            { "deprecated"_L1, model.deprecated },
            { "pricing"_L1,
              QJsonObject{ { "type"_L1, "input_output"_L1 },
                           { "cents_per_input_token"_L1, model.priceIn * 100.0 / 1e6 },
                           { "cents_per_output_token"_L1, model.priceOut * 100.0 / 1e6 } } } });
    }
    return compact(list);
}

QByteArray proxyError(const QString &message, const QString &param, int code)
{
    return compact(QJsonObject{
        { "error"_L1,
          QJsonObject{ { "message"_L1, message },
                       { "type"_L1, "invalid_request_error"_L1 },
                       { "param"_L1, param.isEmpty() ? QJsonValue() : QJsonValue(param) },
                       { "code"_L1, QString::number(code) } } } });
}

QByteArray validationError(const QStringList &loc, const QString &message, const QString &type)
{
    QJsonArray locArray;
    for (const QString &part : loc)
        locArray.append(part);
    return compact(QJsonObject{
        { "detail"_L1,
          QJsonArray{ QJsonObject{
              { "loc"_L1, locArray }, { "msg"_L1, message }, { "type"_L1, type } } } } });
}

// Writes one prepared reply: optional delay, head, pieces (optionally dripped), then blocks from
// an optional generator as the socket drains (so a huge body never sits in memory), then the
// tail; then closes, or holds the socket open until the client gives up.
class Responder : public QObject
{
public:
    explicit Responder(QTcpSocket *socket) : QObject(socket), m_socket(socket) { }

    QByteArray head;
    QList<QByteArray> pieces;
    std::function<QByteArray()> generate; // the next block; an empty one ends the body
    QByteArray tail;
    bool hold = false;
    bool keepOpen = false; // a complete reply on a kept-alive connection: no close
    int dripMs = 0;
    int slowFirstMs = 0;

    // `total` bytes of filler in blocks of `block`'s bytes (the last one cut short).
    void setFiller(qint64 total)
    {
        static const QByteArray block = QByteArray("0123456789abcdef").repeated(4096);
        setRepeated(block, total);
    }
    // Whole copies of `block` until at least `total` bytes are written (`block` when <= 0).
    void setRepeated(const QByteArray &block, qint64 total, bool cutLast = true)
    {
        generate = [block, left = total, cutLast]() mutable -> QByteArray {
            if (left <= 0)
                return {};
            const QByteArray next
                = cutLast && left < block.size() ? block.left(qsizetype(left)) : block;
            left -= next.size();
            return next;
        };
    }

    void start()
    {
        if (slowFirstMs > 0)
            QTimer::singleShot(slowFirstMs, this, [this] { writeHead(); });
        else
            writeHead();
    }

private:
    void writeHead()
    {
        m_socket->write(head);
        writeNext();
    }

    void writeNext()
    {
        while (m_next < pieces.size()) {
            m_socket->write(pieces.at(m_next++));
            if (dripMs > 0 && m_next < pieces.size()) {
                QTimer::singleShot(dripMs, this, [this] { writeNext(); });
                return;
            }
        }
        if (generate) {
            connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
            pump();
        } else {
            end();
        }
    }

    void pump()
    {
        constexpr qint64 Backlog = 256 * 1024;
        while (generate && m_socket->bytesToWrite() < Backlog) {
            const QByteArray block = generate();
            if (block.isEmpty()) {
                generate = nullptr;
                end();
                return;
            }
            m_socket->write(block);
            s_generatedBytes += block.size();
        }
    }

    void end()
    {
        if (m_ended)
            return;
        m_ended = true;
        if (!tail.isEmpty())
            m_socket->write(tail);
        if (!hold && !keepOpen)
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    qsizetype m_next = 0;
    bool m_ended = false;
};

// Reads one HTTP/1.1 request (Content-Length or chunked body) and hands it over.
class HttpConnection : public QObject
{
public:
    using Handler = std::function<void(QTcpSocket *, const FakeServer::Request &)>;

    HttpConnection(QTcpSocket *socket, Handler handler)
        : QObject(socket), m_socket(socket), m_handler(std::move(handler))
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
    }

private:
    enum class State { Head, Body, Chunked, Done };

    void onReadyRead()
    {
        if (m_state == State::Done && m_socket->property(KeepAliveProperty).toBool()) {
            m_socket->setProperty(KeepAliveProperty, false);
            m_state = State::Head;
            m_request = {};
            m_contentLength = 0;
            m_chunkPos = 0;
            m_trailers = false;
        }
        if (m_state == State::Done)
            return; // one request per connection unless kept alive; the rest is ignored
        m_buffer += m_socket->readAll();
        ackAtOnce();
        if (m_buffer.size() > MaxRequestBytes)
            return fail(413);
        if (m_state == State::Head && !parseHead())
            return;
        if (m_state == State::Body) {
            if (m_buffer.size() < m_contentLength)
                return;
            m_request.body = m_buffer.left(m_contentLength);
        } else if (m_state == State::Chunked && !parseChunks()) {
            return;
        }
        if (m_state == State::Done)
            return;
        m_state = State::Done;
        m_buffer.clear();
        m_handler(m_socket, m_request);
    }

    // Acknowledges what was read at once, as a server on a real network path does in effect:
    // there a request's 16 KiB writes (QNAM writes a body in 16 KiB pieces) span several
    // full-size segments and Linux acknowledges every second one. On loopback (64 KiB segments)
    // each piece is one small segment whose acknowledgement Linux delays up to 40 ms, while the
    // client's Nagle algorithm holds the next piece until it comes: a 45 KB request waited twice,
    // which doubled the wall time of scoring a set against this server. (The client cannot turn
    // Nagle off: QNAM offers no socket options.) Kernel state, reset by Linux on its own, so it
    // is set after every read.
    void ackAtOnce()
    {
#if defined(Q_OS_LINUX) && defined(TCP_QUICKACK)
        const int on = 1;
        ::setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
    }

    bool parseHead()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            fail(400);
            return false;
        }
        m_request.method = requestLine.at(0);
        m_request.path = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            m_request.headers.insert(line.left(colon).trimmed().toLower(),
                                     line.mid(colon + 1).trimmed());
        }
        if (m_request.headers.value("transfer-encoding").toLower().contains("chunked")) {
            m_state = State::Chunked;
        } else {
            bool ok = true;
            const QByteArray length = m_request.headers.value("content-length", "0");
            m_contentLength = length.toLongLong(&ok);
            if (!ok || m_contentLength < 0 || m_contentLength > MaxRequestBytes) {
                fail(ok ? 413 : 400);
                return false;
            }
            m_state = State::Body;
        }
        return true;
    }

    bool parseChunks()
    {
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", m_chunkPos);
            if (lineEnd < 0)
                return false;
            if (m_trailers) {
                // After the 0-chunk: trailer lines until an empty one.
                const bool empty = lineEnd == m_chunkPos;
                m_chunkPos = lineEnd + 2;
                if (empty)
                    return true;
                continue;
            }
            const QByteArray sizeText
                = m_buffer.mid(m_chunkPos, lineEnd - m_chunkPos).split(';').value(0).trimmed();
            bool ok = false;
            const qint64 size = sizeText.toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(400);
                return false;
            }
            if (size == 0) {
                m_trailers = true;
                m_chunkPos = lineEnd + 2;
                continue;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            m_request.body += m_buffer.mid(lineEnd + 2, size);
            m_chunkPos = lineEnd + 2 + size + 2;
        }
    }

    void fail(int status)
    {
        m_state = State::Done;
        auto *responder = new Responder(m_socket);
        const QByteArray body = reasonPhrase(status);
        responder->head = statusHead(status, "text/plain", body.size());
        responder->pieces = { body };
        responder->start();
    }

    QTcpSocket *m_socket;
    Handler m_handler;
    State m_state = State::Head;
    QByteArray m_buffer;
    qint64 m_contentLength = 0;
    qsizetype m_chunkPos = 0;
    bool m_trailers = false;
    FakeServer::Request m_request;
};

// Splits text into pieces of at most `size` UTF-16 units without splitting a surrogate pair.
QStringList splitText(const QString &text, int size)
{
    QStringList pieces;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype length = std::min<qsizetype>(size, text.size() - pos);
        if (pos + length < text.size() && text.at(pos + length - 1).isHighSurrogate())
            ++length;
        pieces += text.mid(pos, length);
        pos += length;
    }
    return pieces;
}

enum class ChatFlavor { DeepInfra, LiteLlm };

struct ChatPlan
{
    QString model;
    QStringList contentChunks;
    QByteArray finishReason;
    int promptTokens = 0;
    bool withUsage = true;
    bool withCost = true;
    int topLogprobs = -1; // >= 0: each content chunk carries logprobs with this many alternatives
    double costPerToken = 1e-7;
};

QByteArray usageJson(const ChatPlan &plan)
{
    if (!plan.withUsage)
        return "null";
    const int completion = int(plan.contentChunks.size());
    const int total = plan.promptTokens + completion;
    QByteArray usage = "{\"prompt_tokens\": " + QByteArray::number(plan.promptTokens)
        + ", \"total_tokens\": " + QByteArray::number(total)
        + ", \"completion_tokens\": " + QByteArray::number(completion);
    if (plan.withCost)
        usage += ", \"estimated_cost\": " + jsonNumber(total * plan.costPerToken);
    return usage + '}';
}

// The events of a streamed reply, byte for byte in the recorded shape.
struct ChatEvents
{
    QByteArray first; // role, empty content
    QList<QByteArray> content;
    QByteArray finish;
    // OpenAI's include_usage shape: the finish event without usage, then usage alone.
    QByteArray finishWithoutUsage;
    QByteArray usageOnly;
};

ChatEvents chatEvents(const ChatPlan &plan)
{
    const QByteArray prefix = "data: {\"id\": \"chatcmpl-" + randomHex(12)
        + "\", \"object\": \"chat.completion.chunk\", \"created\": "
        + QByteArray::number(QDateTime::currentSecsSinceEpoch())
        + ", \"model\": " + jsonString(plan.model) + ", \"choices\": [{\"index\": 0, ";
    const auto contentEvent = [&prefix, &plan](const QString &text) {
        const QByteArray logprobs = plan.topLogprobs >= 0 && !text.isEmpty()
            ? "\"logprobs\": " + FakeChatExtras::logprobsObject(text, plan.topLogprobs) + ", "
            : QByteArray();
        return prefix + "\"delta\": {\"role\": \"assistant\", \"content\": " + jsonString(text)
            + ", \"tool_calls\": null}, " + logprobs
            + "\"finish_reason\": null}], \"usage\": null}\n\n";
    };
    ChatEvents events;
    events.first = contentEvent(QString());
    for (const QString &chunk : plan.contentChunks)
        events.content += contentEvent(chunk);
    events.finish = prefix + "\"delta\": {}, \"finish_reason\": \"" + plan.finishReason
        + "\"}], \"usage\": " + usageJson(plan) + "}\n\n";
    events.finishWithoutUsage = prefix + "\"delta\": {}, \"finish_reason\": \"" + plan.finishReason
        + "\"}], \"usage\": null}\n\n";
    const qsizetype choicesAt = prefix.indexOf("\"choices\"");
    events.usageOnly
        = prefix.left(choicesAt) + "\"choices\": [], \"usage\": " + usageJson(plan) + "}\n\n";
    return events;
}

QByteArray chatCompletion(const ChatPlan &plan)
{
    return "{\"id\": \"chatcmpl-" + randomHex(12)
        + "\", \"object\": \"chat.completion\", \"created\": "
        + QByteArray::number(QDateTime::currentSecsSinceEpoch())
        + ", \"model\": " + jsonString(plan.model)
        + ", \"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": "
        + jsonString(plan.contentChunks.join(QString())) + ", \"tool_calls\": null}, " +
        [&plan] {
            if (plan.topLogprobs < 0)
                return QByteArray();
            QJsonArray tokens;
            for (const QString &chunk : plan.contentChunks) {
                for (const QJsonValue &token : FakeChatExtras::logprobsFor(chunk, plan.topLogprobs))
                    tokens.append(token);
            }
            return "\"logprobs\": " + compact(QJsonObject{ { "content"_L1, tokens } }) + ", ";
        }()
        + "\"finish_reason\": \"" + plan.finishReason + "\"}], \"usage\": " + usageJson(plan) + "}";
}

// Fills a responder with a complete body, shaped by the faults that apply to a plain body.
void plainReply(Responder *responder, int status, const QByteArray &contentType,
                const QByteArray &body, const Fault &fault,
                const QList<QPair<QByteArray, QByteArray>> &extra = {})
{
    const QByteArray half = body.left(body.size() / 2);
    if (fault.malformed) {
        responder->head = statusHead(status, contentType, half.size(), extra);
        responder->pieces = { half };
    } else if (fault.cut >= 0 || fault.stall) {
        responder->head = statusHead(status, contentType, body.size(), extra);
        responder->pieces = { half };
        responder->hold = fault.stall && fault.cut < 0;
    } else {
        responder->head = statusHead(status, contentType, body.size(), extra);
        responder->pieces = { body };
    }
}

void errorReply(Responder *responder, int status, int retryAfter)
{
    QByteArray contentType = "application/json";
    QByteArray body;
    switch (status) {
    case 401:
        body = R"({"error":{"message":"Not authenticated"}})";
        break;
    case 402:
        body = R"({"detail":{"error":"Insufficient balance"}})";
        break;
    case 403:
        body = R"({"detail":{"error":"Not authenticated"}})";
        break;
    case 404:
        body = R"({"detail":{"error":"Model not found"}})";
        break;
    case 422:
        body
            = R"({"detail":[{"loc":["body","temperature"],"msg":"ensure this value is less than or equal to 2","type":"value_error"}]})";
        break;
    case 429:
        body = R"({"error":{"message":"Model busy, retry later"}})";
        break;
    case 500:
        contentType = "text/plain; charset=utf-8";
        body = "Internal Server Error";
        break;
    case 502:
        contentType = "text/html";
        body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
               "Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        break;
    case 503:
        body = R"({"error":{"message":"Service unavailable"}})";
        break;
    default:
        body = compact(QJsonObject{
            { "error"_L1,
              QJsonObject{ { "message"_L1, QString::fromLatin1(reasonPhrase(status)) } } } });
    }
    QList<QPair<QByteArray, QByteArray>> extra;
    if (retryAfter >= 0)
        extra.append({ "Retry-After", QByteArray::number(retryAfter) });
    responder->head = statusHead(status, contentType, body.size(), extra);
    responder->pieces = { body };
}

void jsonReply(Responder *responder, int status, const QByteArray &body, const Fault &fault)
{
    plainReply(responder, status, "application/json", body, fault);
}

void chatReply(Responder *responder, const QJsonObject &body, ChatFlavor flavor,
               const QString &replyText, int chunkSize, const Fault &fault,
               double costPerToken = -1)
{
    const QJsonValue messagesValue = body.value("messages"_L1);
    if (!messagesValue.isArray() || messagesValue.toArray().isEmpty()) {
        jsonReply(responder, 422,
                  validationError({ u"body"_s, u"messages"_s }, u"field required"_s,
                                  u"value_error.missing"_s),
                  fault);
        return;
    }
    const QJsonValue temperature = body.value("temperature"_L1);
    if (temperature.isDouble() && temperature.toDouble() > 2.0) {
        jsonReply(responder, 422,
                  validationError({ u"body"_s, u"temperature"_s },
                                  u"ensure this value is less than or equal to 2"_s,
                                  u"value_error"_s),
                  fault);
        return;
    }

    ChatPlan plan;
    plan.model = body.value("model"_L1).toString();
    if (costPerToken >= 0)
        plan.costPerToken = costPerToken;
    QString lastUser;
    QString system;
    const QJsonArray messages = messagesValue.toArray();
    for (const QJsonValue &message : messages) {
        const QJsonObject object = message.toObject();
        const QString text = messageText(object.value("content"_L1));
        plan.promptTokens += tokenCount(text);
        if (object.value("role"_L1).toString() == "user"_L1)
            lastUser = text;
        else if (object.value("role"_L1).toString() == "system"_L1)
            system = text;
    }
    QString text = replyText.isNull() ? judgeReply(lastUser) : replyText;
    const bool judged = replyText.isNull() && !text.isNull();
    // Knowledge: a question sent with numbered sources is answered from them, with citations.
    if (text.isNull())
        text = FakeEmbeddings::citingReply(system);
    if (text.isNull())
        text = u"Hello! You said: "_s + lastUser;
    // Issue 17: JSON for response_format, images counted, logprobs when asked.
    if (replyText.isNull() && !judged) {
        const QString structured
            = FakeChatExtras::structuredReply(body, lastUser, fault.schemaInvalid);
        const int images = FakeChatExtras::imageParts(body);
        if (!structured.isNull())
            text = structured;
        else if (images > 0)
            text += u" [%1 image(s)]"_s.arg(images);
    }
    if (body.value("logprobs"_L1).toBool() && !fault.ignoreLogprobs)
        plan.topLogprobs = std::clamp(body.value("top_logprobs"_L1).toInt(0), 0, 20);

    plan.finishReason = "stop";
    const QJsonValue stopValue = body.value("stop"_L1);
    const QJsonArray stops = stopValue.isString() ? QJsonArray{ stopValue } : stopValue.toArray();
    for (const QJsonValue &stop : stops) {
        const qsizetype at = stop.toString().isEmpty() ? -1 : text.indexOf(stop.toString());
        if (at >= 0)
            text.truncate(at);
    }

    plan.contentChunks = splitText(text, std::max(1, chunkSize));
    const QJsonValue maxTokens = body.value("max_tokens"_L1).isUndefined()
        ? body.value("max_completion_tokens"_L1)
        : body.value("max_tokens"_L1);
    if (maxTokens.isDouble() && maxTokens.toInt() >= 0
        && plan.contentChunks.size() > maxTokens.toInt()) {
        plan.contentChunks = plan.contentChunks.mid(0, maxTokens.toInt());
        plan.finishReason = "length";
    }

    const bool stream = body.value("stream"_L1).toBool();
    if (flavor == ChatFlavor::LiteLlm) {
        plan.withCost = false;
        plan.withUsage = !stream
            || body.value("stream_options"_L1).toObject().value("include_usage"_L1).toBool();
    }

    if (!stream) {
        jsonReply(responder, 200, chatCompletion(plan), fault);
        return;
    }

    if (fault.flood >= 0) {
        // Content events of 1,000 characters each, generated as the client reads them.
        ChatPlan floodPlan = plan;
        floodPlan.contentChunks = { QString(u"lorem ipsum "_s.repeated(84)).left(1000) };
        const ChatEvents events = chatEvents(floodPlan);
        responder->head = statusHead(200, "text/event-stream; charset=utf-8", -1,
                                     { { "Cache-Control", "no-cache" } });
        responder->pieces = { chunkFrame(events.first) };
        responder->setRepeated(chunkFrame(events.content.first()), fault.flood, false);
        responder->tail = chunkFrame(events.finish) + chunkFrame("data: [DONE]\n\n") + "0\r\n\r\n";
        return;
    }

    const ChatEvents events = chatEvents(plan);
    QList<QByteArray> sse{ events.first };
    const qsizetype malformedAt = events.content.size() / 2;
    for (qsizetype i = 0; i < events.content.size(); ++i) {
        if (fault.malformed && i == malformedAt)
            sse += QByteArray("data: {\"id\": broken\n\n");
        QByteArray event = events.content.at(i);
        if (fault.invalidUtf8 && i == malformedAt) {
            static const QByteArray key = "\"content\": \"";
            event.insert(event.indexOf(key) + key.size(), "\xff");
        }
        sse += event;
    }
    if (fault.malformed && events.content.isEmpty())
        sse += QByteArray("data: {\"id\": broken\n\n");

    bool complete = true;
    if (fault.errorEventAfter >= 0) {
        // A server that fails mid-reply reports it in the stream and ends it cleanly.
        sse = sse.mid(0, std::min<qsizetype>(1 + fault.errorEventAfter, sse.size()));
        sse += QByteArray("event: error\ndata: {\"error\": {\"message\": \"Model overloaded "
                          "mid-reply\", \"type\": \"server_error\"}}\n\n");
    } else if (fault.cutAfterFinish) {
        sse += fault.usageChunk ? events.finishWithoutUsage : events.finish;
        complete = false;
    } else if (fault.cut >= 0) {
        // The first event plus n content events (an injected broken one does not count).
        qsizetype keep = 1 + fault.cut;
        if (fault.malformed && fault.cut > malformedAt)
            ++keep;
        sse = sse.mid(0, std::min(keep, sse.size()));
        complete = false;
    } else if (fault.stall) {
        sse = sse.mid(0, 2);
        complete = false;
        responder->hold = true;
    } else if (fault.usageChunk) {
        sse += events.finishWithoutUsage;
        sse += events.usageOnly;
        sse += QByteArray("data: [DONE]\n\n");
    } else {
        sse += events.finish;
        sse += QByteArray("data: [DONE]\n\n");
    }

    responder->head = statusHead(200, "text/event-stream; charset=utf-8", -1,
                                 { { "Cache-Control", "no-cache" } });
    if (fault.keepAliveComments)
        responder->pieces += chunkFrame(": keep-alive\n\n");
    for (QByteArray event : std::as_const(sse)) {
        if (fault.crlf)
            event.replace("\n", "\r\n");
        if (fault.splitEvents) {
            // Split inside a multi-byte UTF-8 sequence when there is one, else in the middle.
            qsizetype at = event.size() / 2;
            for (qsizetype i = 0; i < event.size(); ++i) {
                if ((quint8(event.at(i)) & 0xC0) == 0xC0) {
                    at = i + 1;
                    break;
                }
            }
            responder->pieces += chunkFrame(event.left(at));
            responder->pieces += chunkFrame(event.mid(at));
        } else {
            responder->pieces += chunkFrame(event);
        }
        if (fault.keepAliveComments)
            responder->pieces += chunkFrame(": keep-alive\n\n");
    }
    if (fault.splitEvents)
        responder->dripMs = std::max(responder->dripMs, 2); // the halves arrive apart
    if (complete)
        responder->pieces += QByteArray("0\r\n\r\n");
}

QList<QPair<QString, QString>> rerankPairs(const QString &query, const QStringList &documents)
{
    QList<QPair<QString, QString>> pairs;
    for (const QString &document : documents)
        pairs.append({ query, document });
    return pairs;
}

int rerankTokens(const QList<QPair<QString, QString>> &pairs, const QString &instruction)
{
    int tokens = 0;
    for (const auto &[query, document] : pairs)
        tokens += tokenCount(query) + tokenCount(document) + tokenCount(instruction) + 1;
    return tokens;
}

void nativeRerankReply(Responder *responder, const QString &model, const QJsonObject &body,
                       const Fault &fault)
{
    const QJsonValue queriesValue = body.value("queries"_L1);
    const QJsonValue documentsValue = body.value("documents"_L1);
    if (!queriesValue.isArray() || !documentsValue.isArray()) {
        const QString field = queriesValue.isArray() ? u"documents"_s : u"queries"_s;
        jsonReply(
            responder, 422,
            validationError({ u"body"_s, field }, u"field required"_s, u"value_error.missing"_s),
            fault);
        return;
    }
    const QJsonArray queries = queriesValue.toArray();
    const QJsonArray documents = documentsValue.toArray();
    if (queries.size() != documents.size()) {
        jsonReply(responder, 422,
                  validationError({ u"body"_s, u"documents"_s },
                                  u"queries and documents must have the same length"_s,
                                  u"value_error"_s),
                  fault);
        return;
    }
    const QString instruction = body.value("instruction"_L1).toString();
    QList<QPair<QString, QString>> pairs;
    QJsonArray scores;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const QString query = queries.at(i).toString();
        const QString document = documents.at(i).toString();
        pairs.append({ query, document });
        scores.append(rerankScore(model, query, document));
    }
    const int tokens = rerankTokens(pairs, instruction);
    const QJsonObject reply{ { "scores"_L1, scores },
                             { "input_tokens"_L1, tokens },
                             { "request_id"_L1, QString::fromLatin1(randomHex(8)) },
                             { "inference_status"_L1,
                               QJsonObject{ { "status"_L1, "succeeded"_L1 },
                                            { "runtime_ms"_L1, 5 + int(queries.size()) },
                                            { "cost"_L1, tokens * rerankPricePerToken(model) },
                                            { "tokens_input"_L1, tokens },
                                            { "tokens_generated"_L1, 0 } } } };
    jsonReply(responder, 200, compact(reply), fault);
}

void cohereRerankReply(Responder *responder, const QJsonObject &body, const Fault &fault)
{
    const QString model = body.value("model"_L1).toString();
    if (model.isEmpty()) {
        jsonReply(responder, 400, proxyError(u"model is required"_s, u"model"_s, 400), fault);
        return;
    }
    if (!body.value("query"_L1).isString()) {
        jsonReply(responder, 400, proxyError(u"query is required"_s, u"query"_s, 400), fault);
        return;
    }
    if (!body.value("documents"_L1).isArray()) {
        jsonReply(responder, 400, proxyError(u"documents is required"_s, u"documents"_s, 400),
                  fault);
        return;
    }
    const QString query = body.value("query"_L1).toString();
    QStringList documents;
    const QJsonArray documentArray = body.value("documents"_L1).toArray();
    for (const QJsonValue &document : documentArray)
        documents += document.isString() ? document.toString()
                                         : document.toObject().value("text"_L1).toString();
    const QJsonValue topNValue = body.value("top_n"_L1);
    if (!topNValue.isUndefined() && !topNValue.isNull()
        && (!topNValue.isDouble() || topNValue.toInt() < 1)) {
        jsonReply(responder, 400,
                  proxyError(u"top_n must be a positive integer"_s, u"top_n"_s, 400), fault);
        return;
    }

    QList<int> order(documents.size());
    std::iota(order.begin(), order.end(), 0);
    QList<double> scores;
    for (const QString &document : std::as_const(documents))
        scores += rerankScore(model, query, document);
    const auto byScore = [&scores](int a, int b) { return scores.at(a) > scores.at(b); };
    switch (fault.rerankOrder) {
    case FakeFault::RerankOrder::Default:
        if (topNValue.isDouble())
            std::stable_sort(order.begin(), order.end(), byScore);
        break;
    case FakeFault::RerankOrder::Score:
        std::stable_sort(order.begin(), order.end(), byScore);
        break;
    case FakeFault::RerankOrder::Input:
        break;
    case FakeFault::RerankOrder::Reversed:
        std::reverse(order.begin(), order.end());
        break;
    }
    if (topNValue.isDouble() && !fault.ignoreTopN)
        order = order.mid(0, std::min<qsizetype>(topNValue.toInt(), order.size()));
    const bool returnDocuments = body.value("return_documents"_L1).toBool();
    QJsonArray results;
    for (const int index : std::as_const(order)) {
        QJsonObject result{ { "index"_L1, index }, { "relevance_score"_L1, scores.at(index) } };
        if (returnDocuments)
            result.insert("document"_L1, QJsonObject{ { "text"_L1, documents.at(index) } });
        results.append(result);
    }
    const int tokens
        = rerankTokens(rerankPairs(query, documents), body.value("instruction"_L1).toString());
    const QJsonObject reply{
        { "id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { "results"_L1, results },
        { "meta"_L1,
          QJsonObject{
              { "billed_units"_L1, QJsonObject{ { "total_tokens"_L1, tokens } } },
              { "tokens"_L1,
                QJsonObject{ { "input_tokens"_L1, tokens }, { "output_tokens"_L1, 0 } } } } }
    };
    jsonReply(responder, 200, compact(reply), fault);
}

} // namespace

FakeServer::FakeServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeServer::onNewConnection);
}

FakeServer::~FakeServer()
{
    m_server->close();
}

bool FakeServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeServer::port() const
{
    return m_server->serverPort();
}

QString FakeServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

void FakeServer::setReplyText(const QString &text)
{
    m_replyText = text;
}

void FakeServer::setModelReply(const QString &model, const FakeModelReply &reply)
{
    m_modelReplies.insert(model, reply);
}

void FakeServer::setChunkSize(int characters)
{
    m_chunkSize = std::max(1, characters);
}

qint64 FakeServer::generatedBytesSent()
{
    return s_generatedBytes;
}

void FakeServer::setDefaultFault(const QString &spec)
{
    m_defaultFault = FakeFault::parse(spec);
}

void FakeServer::enqueueFault(const QString &spec)
{
    m_faultQueue.append(FakeFault::parse(spec));
}

void FakeServer::setDefaultFault(const FakeFault &fault)
{
    m_defaultFault = fault;
}

void FakeServer::enqueueFault(const FakeFault &fault)
{
    m_faultQueue.append(fault);
}

void FakeServer::setRequiredKey(const QByteArray &key)
{
    m_requiredKey = key;
}

void FakeServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        new HttpConnection(socket,
                           [this](QTcpSocket *s, const Request &request) { handle(s, request); });
    }
}

FakeFault FakeServer::chooseFault(const Request &request, const QString &modelId)
{
    if (request.headers.contains("x-fake-fault"))
        return FakeFault::parse(QString::fromUtf8(request.headers.value("x-fake-fault")));
    if (modelId.startsWith("fault/"_L1))
        return FakeFault::parse(modelId.mid(6));
    if (const qsizetype at = modelId.indexOf(u'@'); at >= 0)
        return FakeFault::parse(modelId.mid(at + 1));
    if (!m_faultQueue.isEmpty())
        return m_faultQueue.takeFirst();
    return m_defaultFault;
}

void FakeServer::handle(QTcpSocket *socket, const Request &request)
{
    m_requests.append(request);
    Q_EMIT requestReceived(request);

    QByteArray rawPath = request.path;
    if (const qsizetype query = rawPath.indexOf('?'); query >= 0)
        rawPath.truncate(query);
    const QString path = QUrl::fromPercentEncoding(rawPath);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";

    static const QString nativeRerankPrefix = u"/v1/inference/"_s;
    const bool nativeRerank = path.startsWith(nativeRerankPrefix);
    const QString modelId
        = nativeRerank ? path.mid(nativeRerankPrefix.size()) : body.value("model"_L1).toString();

    const Fault fault = chooseFault(request, modelId);
    auto *responder = new Responder(socket);
    responder->dripMs = fault.dripMs;
    responder->slowFirstMs = fault.slowFirstMs;
    // Compare chat's demo: a model's own text, speed and price (setModelReply).
    const auto perModel = m_modelReplies.constFind(modelId);
    if (perModel != m_modelReplies.cend()) {
        responder->dripMs = perModel->dripMs >= 0 ? perModel->dripMs : responder->dripMs;
        responder->slowFirstMs = std::max(responder->slowFirstMs, perModel->firstMs);
    }
    const auto finish = qScopeGuard([responder, socket, keepAlive = fault.keepAlive] {
        if (keepAlive && responder->head.contains("Connection: close\r\n")) {
            responder->head.replace("Connection: close\r\n", "Connection: keep-alive\r\n");
            responder->keepOpen = true;
            socket->setProperty(KeepAliveProperty, true); // HttpConnection reads the next one
        }
        responder->start();
    });

    if (!fault.error.isEmpty()) {
        const QByteArray error
            = compact(QJsonObject{ { "error"_L1, QJsonObject{ { "message"_L1, fault.error } } } });
        responder->head = statusHead(400, "application/json", error.size());
        responder->pieces = { error };
        return;
    }
    if (!m_requiredKey.isEmpty()
        && request.headers.value("authorization") != "Bearer " + m_requiredKey) {
        errorReply(responder, 401, -1);
        return;
    }
    if (fault.status != 0 && (fault.status < 200 || fault.status > 299)) {
        if (fault.huge >= 0) {
            // An error page that never seems to end (a proxy's, a debug dump).
            responder->head = statusHead(fault.status, "text/html", fault.huge);
            responder->setFiller(fault.huge);
            return;
        }
        if (!fault.errorMessage.isEmpty()) {
            jsonReply(responder, fault.status,
                      compact(QJsonObject{
                          { "error"_L1, QJsonObject{ { "message"_L1, fault.errorMessage } } } }),
                      {});
            return;
        }
        errorReply(responder, fault.status, fault.retryAfter);
        return;
    }
    if (!fault.redirect.isEmpty()) {
        responder->head = statusHead(307, "text/plain", 0, { { "Location", fault.redirect } });
        return;
    }
    if (fault.html) {
        plainReply(responder, 200, "text/html; charset=utf-8",
                   "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><h1>Captive "
                   "portal</h1><p>Sign in to continue.</p></body></html>\n",
                   fault);
        return;
    }
    if (fault.notJson) {
        plainReply(responder, 200, "application/json", "this is not JSON {", fault);
        return;
    }
    if (fault.huge >= 0) {
        responder->head = statusHead(200, "application/json", fault.huge);
        responder->setFiller(fault.huge);
        return;
    }
    if (fault.gzipBomb > 0) {
        responder->head
            = statusHead(200, "application/json", -1, { { "Content-Encoding", "gzip" } });
        auto deflater = std::make_shared<ZeroDeflater>(fault.gzipBomb);
        // gzip member header: magic, deflate, no flags, no time, no extra flags, Unix.
        responder->pieces = { chunkFrame(QByteArray::fromHex("1f8b0800000000000003")) };
        responder->generate = [deflater]() -> QByteArray {
            const QByteArray piece = deflater->next();
            return piece.isEmpty() ? QByteArray() : chunkFrame(piece);
        };
        // No CRC trailer: a client that inflates it all has failed long before.
        responder->tail = "0\r\n\r\n";
        return;
    }
    if (fault.longHeader >= 0) {
        // A header line that never ends (as far as the client can wait), then a close.
        responder->head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nX-Padding: ";
        responder->setRepeated(QByteArray(64 * 1024, 'a'), fault.longHeader);
        return;
    }
    if (fault.manyHeaders >= 0) {
        // Header lines that never stop coming (each one short and well formed).
        responder->head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n";
        const QByteArray line = "X-Padding: " + QByteArray(51, 'a') + "\r\n"; // 64 bytes
        responder->setRepeated(line.repeated(1024), fault.manyHeaders);
        return;
    }
    if (fault.longStatus >= 0) {
        // A status line that never ends (Qt checks only that it starts with "HTTP/").
        responder->head = "HTTP/1.1 200 ";
        responder->setRepeated(QByteArray(64 * 1024, 'K'), fault.longStatus);
        return;
    }

    const bool chatDeepInfra = path == "/v1/openai/chat/completions"_L1;
    const bool chatLiteLlm = path == "/v1/chat/completions"_L1 || path == "/chat/completions"_L1;
    const bool cohereRerank = path == "/rerank"_L1 || path == "/v1/rerank"_L1;
    const bool embeddings = path == "/v1/openai/embeddings"_L1 || path == "/embeddings"_L1
        || path == "/v1/embeddings"_L1;
    const bool postRoute
        = chatDeepInfra || chatLiteLlm || cohereRerank || nativeRerank || embeddings;
    const bool getRoute = path == "/v1/openai/models"_L1 || path == "/v1/models"_L1
        || path == "/models"_L1 || path == "/models/list"_L1;
    if ((postRoute && !post) || (getRoute && !get)) {
        jsonReply(responder, 405, R"({"detail":"Method Not Allowed"})", fault);
        return;
    }
    if (postRoute && !QJsonDocument::fromJson(request.body).isObject()) {
        const QByteArray error = cohereRerank
            ? proxyError(u"Request body must be a JSON object"_s, QString(), 400)
            : validationError({ u"body"_s }, u"Expecting a JSON object"_s,
                              u"value_error.jsondecode"_s);
        jsonReply(responder, cohereRerank ? 400 : 422, error, fault);
        return;
    }

    if (chatDeepInfra || chatLiteLlm) {
        const bool own = perModel != m_modelReplies.cend();
        chatReply(responder, body, chatDeepInfra ? ChatFlavor::DeepInfra : ChatFlavor::LiteLlm,
                  own ? perModel->text : m_replyText, m_chunkSize, fault,
                  own ? perModel->costPerToken : -1);
    } else if (nativeRerank) {
        nativeRerankReply(responder, modelId, body, fault);
    } else if (cohereRerank) {
        cohereRerankReply(responder, body, fault);
    } else if (embeddings) {
        int status = 200;
        const QByteArray reply = FakeEmbeddings::reply(body, &status);
        jsonReply(responder, status, reply, fault);
    } else if (path == "/v1/openai/models"_L1) {
        jsonReply(responder, 200, openAiModelList(true), fault);
    } else if (path == "/models/list"_L1) {
        jsonReply(responder, 200, nativeModelList(), fault);
    } else if (getRoute) {
        jsonReply(responder, 200, openAiModelList(false), fault);
    } else {
        jsonReply(responder, 404, R"({"detail":"Not Found"})", fault);
    }
}
