#pragma once

#include "api/apierror.h"
#include "api/chatrequest.h"
#include "eval/agreement.h"
#include "store/evalstore.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class ApiClient;
class ChatStream;
class EvalStore;
class ModelCatalog;

// The judge prompt (issue 14, "Judge labels"; documented in docs/judge.md). The system text
// describes the 0–3 scale; the user template holds {query} and {document}, replaced by the
// query's text and the document's title and text. Both are shown and editable in the dialog.
namespace JudgePrompt {

QString defaultSystemPrompt();
QString defaultUserTemplate();
// The template with {query} and {document} replaced (each once, in one pass: text that itself
// contains "{document}" is not expanded again).
QString render(const QString &userTemplate, const QString &query, const QString &document);
// The first number in the reply (after any <think>…</think> block) when it is one digit 0–3;
// nullopt otherwise ("5", "10/10", no digit at all).
std::optional<int> parseGrade(const QString &reply);
// What the judge sees of a document: its title (when any) over its text.
QString documentText(const Eval::Document &document);

} // namespace JudgePrompt

// Asks a chat model for a suggested grade 0–3 for every unjudged candidate of an evaluation set
// (a (query, candidate) pair without a human grade) and stores each answer as a "suggested"
// judgment. Pairs that already have a suggested grade are skipped, so a cancelled or failed run
// resumes where it stopped. Requests are non-streaming chat completions through ApiClient (its
// retries on 429/5xx), at most maxInFlight at once.
//
//   Judge judge(client, store, setId, model, catalog);
//   Judge::Estimate e = judge.prepare(); // pairs to ask, tokens, dollars (nothing is sent)
//   judge.start();                       // → progress() …, finished(outcome) exactly once
//   judge.cancel();                      // stops; grades already stored stay
// In a window, judge.prepareInBackground() reads the set on a worker thread (its own connection
// to the store's file) and answers by prepared(estimate); start() before that starts when it
// comes, and cancel() (or deleting the judge) drops it without waiting for the worker.
//
// A reply without a digit 0–3 is counted as unparseable and not stored (a later run asks again).
class Judge : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxInFlight = 4;
    static constexpr int ReplyTokens = 8; // max_tokens asked for: the grade only

    struct Estimate
    {
        QString model;
        int queries = 0;
        int candidates = 0;         // (query, candidate) pairs of the set
        int humanJudged = 0;        // … with a human grade
        int alreadySuggested = 0;   // … with a suggested grade (skipped)
        int toAsk = 0;              // requests the run will send
        qint64 inputTokens = 0;     // estimated prompt tokens of those requests
        qint64 outputTokens = 0;    // at most ReplyTokens each
        std::optional<double> cost; // USD; nullopt without a price for the model
        QString error;              // translated: the set could not be read (nothing to ask)
    };

    struct Progress
    {
        int done = 0; // answered (stored, unparseable or failed)
        int total = 0;
        int stored = 0;
    };

    struct Outcome
    {
        int asked = 0;       // requests that were to be sent
        int stored = 0;      // suggested grades stored
        int unparseable = 0; // replies without a grade 0–3
        int failed = 0;      // requests that failed (after retries)
        int notAsked = 0;    // left when cancelled
        bool cancelled = false;
        qint64 promptTokens = 0; // as the server reported them
        qint64 completionTokens = 0;
        std::optional<double> cost;     // of the requests sent, from the server or the catalog
        ApiError firstError;            // of the first failed request
        QStringList unparseableReplies; // the first few, for the user to see why
    };

    Judge(ApiClient *client, EvalStore *store, qint64 setId, const QString &model,
          const ModelCatalog *catalog = nullptr, QObject *parent = nullptr);
    ~Judge() override;

    void setSystemPrompt(const QString &text) { m_systemPrompt = text; }
    void setUserTemplate(const QString &text) { m_userTemplate = text; }
    QString systemPrompt() const { return m_systemPrompt; }
    QString userTemplate() const { return m_userTemplate; }
    // Also ask for pairs people graded (to measure agreement); default off.
    void setIncludeJudged(bool include) { m_includeJudged = include; }
    void setMaxInFlight(int requests) { m_maxInFlight = std::max(1, requests); }
    // Stop asking after this many pairs (0: all), e.g. to try a prompt on a sample.
    void setLimit(int pairs) { m_limit = std::max(0, pairs); }

    // Reads the set (a few statements) and computes what start() will send, on this thread.
    Estimate prepare();
    // The same on a worker → prepared(). Again while one runs: the newer settings win.
    void prepareInBackground();
    bool isPreparing() const { return m_preparing; }
    bool isPrepared() const { return m_prepared; }
    Estimate estimate() const { return m_estimate; }
    // Without prepare(): prepares in the background first (isRunning() meanwhile).
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    Outcome outcome() const { return m_outcome; }

Q_SIGNALS:
    // prepareInBackground() is done (also when start() waited for it).
    void prepared(const Judge::Estimate &estimate);
    void progress(const Judge::Progress &progress);
    void finished(const Judge::Outcome &outcome);

public:
    struct Work
    {
        QString queryId;
        QString docId;
        QString prompt;
    };
    struct Plan; // what prepare reads and renders: the estimate without its cost, the work

private:
    struct Settings;
    Settings settings() const;
    static std::shared_ptr<Plan> makePlan(EvalStore &store, const Settings &settings,
                                          const std::atomic<bool> *stop);
    void takePlan(const Plan &plan);
    void onPreparedInBackground(const std::shared_ptr<const Plan> &plan);
    void launchMore();
    enum class Result { Answered, Failed, Cancelled };
    void onStreamDone(ChatStream *stream, int index, Result result);
    void finish();

    QPointer<ApiClient> m_client;
    QPointer<EvalStore> m_store;
    qint64 m_setId = 0;
    QString m_model;
    const ModelCatalog *m_catalog = nullptr;
    QString m_systemPrompt;
    QString m_userTemplate;
    bool m_includeJudged = false;
    int m_maxInFlight = DefaultMaxInFlight;
    int m_limit = 0;

    bool m_prepared = false;
    bool m_preparing = false;
    bool m_startWhenPrepared = false;
    std::shared_ptr<std::atomic<bool>> m_stopPreparing;
    QFutureWatcher<std::shared_ptr<const Plan>> *m_planWatcher = nullptr;
    Estimate m_estimate;
    QList<Work> m_work;
    int m_next = 0;
    QHash<ChatStream *, int> m_inFlight;
    QHash<ChatStream *, Usage> m_usage;
    Progress m_progress;
    Outcome m_outcome;
    bool m_serverCost = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

// Confirming turns suggested grades into human ones: each suggested grade of a pair without a
// human grade becomes the human grade (the suggested row goes). Pairs people graded keep their
// grade and the suggestion (for agreement). Returns the confirmed judgments (their grades as
// suggested), which undoConfirm() takes to put things back; empty on failure or when none.
namespace JudgeLabels {
QList<Eval::Judgment> confirmSuggested(EvalStore *store, qint64 setId);
bool undoConfirm(EvalStore *store, qint64 setId, const QList<Eval::Judgment> &confirmed);
// Pairs with both a human and a suggested grade, for Agreement.
struct Counts
{
    int human = 0;
    int suggested = 0;
    int both = 0;
};
Counts counts(EvalStore *store, qint64 setId);
// The (human, suggested) grades of every pair that has both.
QList<Agreement::GradePair> gradePairs(EvalStore *store, qint64 setId);
// Both of the above from one read.
struct Summary
{
    Counts counts;
    QList<Agreement::GradePair> pairs;
    QString error; // translated: the file could not be read
};
Summary summary(EvalStore *store, qint64 setId);
// The same on a worker thread with its own connection to the history file.
QFuture<Summary> summaryInBackground(const QString &databasePath, qint64 setId);
} // namespace JudgeLabels

Q_DECLARE_METATYPE(Judge::Estimate)
Q_DECLARE_METATYPE(Judge::Progress)
Q_DECLARE_METATYPE(Judge::Outcome)
