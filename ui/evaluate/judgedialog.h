#pragma once

#include "eval/agreement.h"
#include "eval/judge.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <memory>

class ApiClient;
class Config;
class EvalStore;
class ModelCatalog;
class ModelPicker;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

// "Judge labels" (issue 14): asks a chat model for suggested grades 0–3 of a set's unjudged
// candidates. The user picks the model, sees and may edit the prompt (docs/judge.md), sees the
// cost estimate, runs (progress, Cancel), then sees the agreement with the human grades
// (weighted κ, confusion matrix) and may confirm all suggestions (asked first, undoable).
// Only presents: Judge and Agreement do the work. The estimate and the agreement are read on
// workers (Judge::prepareInBackground, JudgeLabels::summaryInBackground): the dialog stays
// responsive on a large set, and closing it drops what is still being read.
class JudgeDialog : public QDialog
{
    Q_OBJECT
public:
    JudgeDialog(EvalStore *store, ApiClient *client, qint64 setId, QWidget *parent = nullptr);
    ~JudgeDialog() override;

    // The catalog gives the picker its models and the estimate its prices.
    void setCatalog(const ModelCatalog *catalog);
    // Favourites and recent models of the picker.
    void setConfig(Config *config);
    void setModel(const QString &id);

    bool isRunning() const { return m_judge && m_judge->isRunning(); }
    // The cost estimate (or the agreement) is being read.
    bool isEstimating() const { return m_estimator && m_estimator->isPreparing(); }
    bool isReadingAgreement() const { return m_agreementWatcher != nullptr; }

public Q_SLOTS:
    void run();
    void cancel();
    void refreshEstimate();
    void refreshAgreement();

Q_SIGNALS:
    // A new estimate (or agreement) is shown: for tests.
    void estimateShown();
    void agreementShown();

protected:
    void done(int result) override;

private:
    std::unique_ptr<Judge> makeJudge() const;
    void showEstimate(const Judge::Estimate &estimate);
    void showAgreement(const JudgeLabels::Summary &summary);
    void onProgress(const Judge::Progress &progress);
    void onFinished(const Judge::Outcome &outcome);
    void askConfirm();
    void confirmAll();
    void undoConfirm();
    void updateButtons();

    QPointer<EvalStore> m_store;
    QPointer<ApiClient> m_client;
    qint64 m_setId = 0;
    const ModelCatalog *m_catalog = nullptr;

    ModelPicker *m_picker = nullptr;
    QPlainTextEdit *m_system = nullptr;
    QPlainTextEdit *m_user = nullptr;
    QPushButton *m_resetPrompt = nullptr;
    QCheckBox *m_includeJudged = nullptr;
    QLabel *m_estimate = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_kappa = nullptr;
    QTableWidget *m_matrix = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_undo = nullptr;
    QTimer *m_estimateTimer = nullptr;

    std::unique_ptr<Judge> m_judge;
    // Prepared in the background for the current model and prompt; Run takes it over.
    std::unique_ptr<Judge> m_estimator;
    QFutureWatcher<JudgeLabels::Summary> *m_agreementWatcher = nullptr;
    Judge::Estimate m_lastEstimate;
    bool m_haveEstimate = false;
    QList<Eval::Judgment> m_confirmed; // the last confirmation, for undo
};
