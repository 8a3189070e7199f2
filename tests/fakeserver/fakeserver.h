#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

class QTcpServer;
class QTcpSocket;

// What one reply does wrong. Tests build it in code, e.g.
//   server.enqueueFault(FakeFault{ .status = 429, .retryAfter = 1 });
//   server.setDefaultFault(FakeFault{ .keepAliveComments = true, .crlf = true });
// (designated initializers follow the member order below); the CLI, the demo and request
// headers use the string language (FakeFault::parse, see FakeServer).
struct FakeFault
{
    enum class RerankOrder {
        Default,  // input order, or by score and cut when top_n is given (LiteLLM's Cohere)
        Score,    // by score, best first, always (the real Cohere API)
        Input,    // input order (LiteLLM's DeepInfra rerank)
        Reversed, // last document first: indices must be matched, not assumed
    };

    int status = 0;      // reply with this HTTP status (non-2xx: an error body)
    int retryAfter = -1; // Retry-After seconds with the status
    int cut = -1;        // close after this many content events (streams) / half the body
    bool stall = false;  // send the start, then nothing
    bool malformed = false;
    int dripMs = 0; // delay between written pieces
    bool html = false;
    bool notJson = false;
    qint64 huge = -1;         // a JSON body of this many filler bytes
    qint64 flood = -1;        // a streamed chat reply of about this many bytes of events
    qint64 longHeader = -1;   // a header line of this many bytes, then the connection closes
    qint64 manyHeaders = -1;  // this many bytes of short header lines, then a close
    qint64 longStatus = -1;   // a status line of this many bytes, then a close
    QByteArray redirect = {}; // 307 to this URL
    int slowFirstMs = 0;      // wait this long before the first byte
    // Stream shapes real servers send:
    bool keepAliveComments = false; // ": keep-alive" comment lines between events
    bool crlf = false;              // CRLF line ends
    bool splitEvents = false;       // every event written in two pieces (mid UTF-8 sequence)
    int errorEventAfter = -1;       // an in-stream "event: error" after this many content events
    bool usageChunk = false;     // finish_reason without usage, then a usage chunk with choices []
    bool cutAfterFinish = false; // close right after the finish_reason event (no [DONE])
    bool keepAlive = false;      // keep the connection open for the next request
    bool invalidUtf8 = false;    // a 0xFF byte inside the middle content event's text
    QString errorMessage = {};   // the message of an error reply (status=...) instead of ours
    qint64 gzipBomb = -1;        // a gzip body that inflates to this many zero bytes
    RerankOrder rerankOrder = RerankOrder::Default;
    bool ignoreTopN = false;     // Cohere-style rerank returns every document whatever top_n says
    bool schemaInvalid = false;  // a response_format reply that breaks its schema
    bool ignoreLogprobs = false; // logprobs asked for but not returned
    QString error = {};          // set by parse() when the spec could not be read

    static FakeFault parse(const QString &spec);
};

// One model's own chat reply (compare chat's demo: models that differ in text, speed and price).
struct FakeModelReply
{
    QString text;             // as setReplyText()
    int firstMs = 0;          // wait before the first byte
    int dripMs = -1;          // delay between chunks (-1: the fault's)
    double costPerToken = -1; // estimated_cost per token (-1: the default, 1e-7)
};

// A real HTTP/1.1 server on 127.0.0.1 that speaks DeepInfra's and LiteLLM's formats
// (../shared/PROTOCOL.md), with faults chosen per request. Used by integration tests (in
// process), by the CLI tests and the demo (as the sift-fakeserver executable).
//
// Routes:
//   POST /v1/openai/chat/completions, /v1/chat/completions, /chat/completions   (stream or not)
//     (a judge prompt, <query>…</query> and <document>…</document>, gets a grade 0–3 from the
//     word overlap: see judgeReply() in fakeserver.cpp)
//   GET  /v1/openai/models, /v1/models, /models
//   GET  /models/list                                       DeepInfra native list
//   POST /v1/inference/<model id>                           DeepInfra native rerank
//   POST /rerank, /v1/rerank                                Cohere-style rerank (LiteLLM)
//   POST /v1/openai/embeddings, /embeddings, /v1/embeddings OpenAI-shape embeddings
//   (FakeEmbeddings)
//
// Rerank scores are deterministic and the same on both rerank routes: mostly the word overlap of
// query and document, plus a hash of the pair and a per-model hash that weighs more for smaller
// Qwen3 rerankers (0.6B > 4B > 8B), so larger ones follow the overlap more closely.
//
// Every reply carries "Connection: close" (one request per connection) unless its fault says
// keep-alive; then the connection stays open for the next request (connectionCount() tells).
// Streamed chat replies use "Transfer-Encoding: chunked", one SSE event per HTTP chunk, so a cut
// stream (no final 0-chunk) is a protocol error for the client.
//
// Choosing a fault, in priority order:
//   1. the "X-Fake-Fault" request header;
//   2. a model id of the form "fault/<spec>" or ending in "@<spec>" (works from the GUI/CLI);
//   3. the queue filled by enqueueFault() (one entry consumed per request that gets this far;
//      an empty entry means "no fault");
//   4. the default fault (setDefaultFault, or --fault on the command line).
// <spec> is one of: status=<code>[,retry-after=<s>] | cut=<n chunks> | stall | malformed |
//   drip=<ms per chunk> | html | notjson | huge=<bytes> | redirect=<url> | slow-first=<ms> |
//   flood=<bytes> (a streamed chat reply with this many bytes of 1,000-character events, made
//   as the client reads) | long-header=<bytes> (a header line this long, then a close) |
//   many-headers=<bytes> (header lines of 64 bytes, this many bytes of them, then a close) |
//   long-status=<bytes> (a status line this long, then a close) |
//   keepalive-comments | crlf | split | error-event=<n content events before it> |
//   usage-chunk | cut-after-finish | keep-alive (connection reused) |
//   order=score|input|reversed (Cohere-style rerank results) | ignore-top-n | bad-utf8 |
//   error-message=<percent-encoded text> (with status=: the error's message) |
//   gzip-bomb=<bytes inflated> (Content-Encoding: gzip, ~160:1) | status=<code> with
//   huge=<bytes> (an error page of that size) | invalid-json (a response_format reply that
//   breaks its schema) | no-logprobs (logprobs asked for, none sent)
// and several may be joined with ';' (e.g. "drip=20;cut=5"). An unparsable spec gets a 400.
// Note that clients repeat request headers on redirects: use the queue or the model id, not
// the header, for a redirect that should be followed.
//
// cut closes the connection in order after the n-th content event, without the final 0-chunk.
// Qt 6.4's QNetworkReply then finishes with NoError (it takes the close as the end of the
// body), so a client must notice the missing finish_reason / [DONE] itself.
//
// On routes without a stream (models, rerank, non-streaming chat), cut sends half the body
// then closes, stall sends half the body then waits, malformed sends half the body as if it
// were all of it.
class FakeServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                       // as sent, including any query string
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:<port>

    // The reply text the chat routes stream back; a null string (the default) means
    // "Hello! You said: <last user message>" (plus " [n image(s)]" when it carried images; JSON
    // valid against the schema when response_format asks for it), an empty one streams no
    // content at all. With "logprobs": true each content chunk carries choices[0].logprobs.
    void setReplyText(const QString &text);
    // The chat reply of one model id, over setReplyText() and a drip= fault.
    void setModelReply(const QString &model, const FakeModelReply &reply);
    // How many characters per streamed chunk (default 3).
    void setChunkSize(int characters);
    void setDefaultFault(const QString &spec);
    void enqueueFault(const QString &spec);
    // The typed forms ("no fault": FakeFault(), since {} would match both).
    void setDefaultFault(const FakeFault &fault);
    void enqueueFault(const FakeFault &fault);
    // When non-empty, requests without "Authorization: Bearer <key>" get 401.
    void setRequiredKey(const QByteArray &key);

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return m_requests.size(); }
    // Bytes of generated bodies (huge, flood, long-header, many-headers, long-status,
    // gzip-bomb) written to sockets.
    static qint64 generatedBytesSent();
    // TCP connections accepted so far.
    int connectionCount() const { return m_connections; }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(const FakeServer::Request &request);

private:
    void onNewConnection();
    void handle(QTcpSocket *socket, const Request &request);
    FakeFault chooseFault(const Request &request, const QString &modelId);

    QTcpServer *m_server;
    QString m_replyText;
    QHash<QString, FakeModelReply> m_modelReplies;
    int m_chunkSize = 3;
    FakeFault m_defaultFault;
    QList<FakeFault> m_faultQueue;
    int m_connections = 0;
    QByteArray m_requiredKey;
    QList<Request> m_requests;
};

Q_DECLARE_METATYPE(FakeServer::Request)
Q_DECLARE_METATYPE(FakeFault)
