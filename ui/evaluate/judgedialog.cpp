#include "judgedialog.h"

#include "modelpicker.h"

#include "api/apiclient.h"
#include "models/costformat.h"
#include "models/modelcatalog.h"
#include "store/database.h"
#include "store/evalstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

JudgeDialog::JudgeDialog(EvalStore *store, ApiClient *client, qint64 setId, QWidget *parent)
    : QDialog(parent), m_store(store), m_client(client), m_setId(setId)
{
    setObjectName(u"judgeDialog"_s);
    setWindowTitle(tr("Judge Labels"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel(this, u"judgeIntro"_s);
    intro->setText(tr("A chat model suggests a grade from 0 (not relevant) to 3 (highly "
                      "relevant) for every candidate no one has graded. Suggested grades are "
                      "kept apart from human grades until you confirm them."));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_picker = new ModelPicker(this);
    m_picker->setObjectName(u"judgeModel"_s);
    m_picker->setModelType(ModelInfo::Type::Chat);
    form->addRow(tr("&Model:"), m_picker);

    m_system = new QPlainTextEdit(this);
    m_system->setObjectName(u"judgeSystemPrompt"_s);
    m_system->setPlainText(JudgePrompt::defaultSystemPrompt());
    m_system->setTabChangesFocus(true);
    form->addRow(tr("&System prompt:"), m_system);
    m_user = new QPlainTextEdit(this);
    m_user->setObjectName(u"judgeUserTemplate"_s);
    m_user->setPlainText(JudgePrompt::defaultUserTemplate());
    m_user->setTabChangesFocus(true);
    m_user->setToolTip(tr("{query} and {document} are replaced by the query and the document."));
    form->addRow(tr("&User message:"), m_user);
    m_resetPrompt = new QPushButton(tr("Reset &Prompt"), this);
    m_resetPrompt->setObjectName(u"judgeResetPrompt"_s);
    form->addRow(QString(), m_resetPrompt);
    m_includeJudged
        = new QCheckBox(tr("Also grade documents people graded (to measure agreement)"), this);
    m_includeJudged->setObjectName(u"judgeIncludeJudged"_s);
    form->addRow(QString(), m_includeJudged);
    layout->addLayout(form);

    m_estimate = plainLabel(this, u"judgeEstimate"_s);
    layout->addWidget(m_estimate);

    auto *runRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"judgeProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    runRow->addWidget(m_progress, 1);
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(u"judgeRun"_s);
    runRow->addWidget(m_run);
    m_cancel = new QPushButton(tr("&Cancel Run"), this);
    m_cancel->setObjectName(u"judgeCancel"_s);
    runRow->addWidget(m_cancel);
    layout->addLayout(runRow);
    m_result = plainLabel(this, u"judgeResult"_s);
    layout->addWidget(m_result);

    auto *agreement = new QGroupBox(tr("Agreement with human grades"), this);
    auto *agreementLayout = new QVBoxLayout(agreement);
    m_kappa = plainLabel(agreement, u"judgeKappa"_s);
    agreementLayout->addWidget(m_kappa);
    m_matrix = new QTableWidget(Agreement::Grades, Agreement::Grades, agreement);
    m_matrix->setObjectName(u"judgeConfusion"_s);
    m_matrix->setAccessibleName(tr("Confusion matrix: rows human grade, columns suggested grade"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QStringList rows;
    QStringList columns;
    for (int g = 0; g < Agreement::Grades; ++g) {
        rows << tr("Human %1").arg(g);
        columns << tr("Suggested %1").arg(g);
    }
    m_matrix->setVerticalHeaderLabels(rows);
    m_matrix->setHorizontalHeaderLabels(columns);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Exactly the four grades: all of them are always in view, and no more room is taken.
    m_matrix->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_matrix->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_matrix->setFixedHeight(m_matrix->horizontalHeader()->sizeHint().height()
                             + Agreement::Grades * m_matrix->verticalHeader()->defaultSectionSize()
                             + 2 * m_matrix->frameWidth());
    agreementLayout->addWidget(m_matrix);
    layout->addWidget(agreement);

    // Confirm and Undo beside Close: the dialog fits an 800×600 screen with the whole matrix.
    auto *bottomRow = new QHBoxLayout;
    m_confirm = new QPushButton(tr("Con&firm All Suggested…"), this);
    m_confirm->setObjectName(u"judgeConfirm"_s);
    bottomRow->addWidget(m_confirm);
    m_undo = new QPushButton(tr("&Undo Confirm"), this);
    m_undo->setObjectName(u"judgeUndo"_s);
    bottomRow->addWidget(m_undo);
    bottomRow->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottomRow->addWidget(buttons);
    layout->addLayout(bottomRow);
    connect(buttons, &QDialogButtonBox::rejected, this, &JudgeDialog::reject);

    m_estimateTimer = new QTimer(this);
    m_estimateTimer->setSingleShot(true);
    m_estimateTimer->setInterval(300);
    connect(m_estimateTimer, &QTimer::timeout, this, &JudgeDialog::refreshEstimate);
    const auto later = [this] { m_estimateTimer->start(); };
    connect(m_picker, &ModelPicker::modelChosen, this, later);
    connect(m_system, &QPlainTextEdit::textChanged, this, later);
    connect(m_user, &QPlainTextEdit::textChanged, this, later);
    connect(m_includeJudged, &QCheckBox::toggled, this, &JudgeDialog::refreshEstimate);
    connect(m_resetPrompt, &QPushButton::clicked, this, [this] {
        m_system->setPlainText(JudgePrompt::defaultSystemPrompt());
        m_user->setPlainText(JudgePrompt::defaultUserTemplate());
    });
    connect(m_run, &QPushButton::clicked, this, &JudgeDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &JudgeDialog::cancel);
    connect(m_confirm, &QPushButton::clicked, this, &JudgeDialog::askConfirm);
    connect(m_undo, &QPushButton::clicked, this, &JudgeDialog::undoConfirm);

    refreshEstimate();
    refreshAgreement();
    updateButtons();
}

JudgeDialog::~JudgeDialog() = default;

void JudgeDialog::setCatalog(const ModelCatalog *catalog)
{
    m_catalog = catalog;
    m_picker->setCatalog(catalog);
    refreshEstimate();
}

void JudgeDialog::setConfig(Config *config)
{
    m_picker->setConfig(config);
}

void JudgeDialog::setModel(const QString &id)
{
    m_picker->setCurrentModel(id);
    refreshEstimate();
}

std::unique_ptr<Judge> JudgeDialog::makeJudge() const
{
    auto judge
        = std::make_unique<Judge>(m_client, m_store, m_setId, m_picker->currentModel(), m_catalog);
    judge->setSystemPrompt(m_system->toPlainText());
    judge->setUserTemplate(m_user->toPlainText());
    judge->setIncludeJudged(m_includeJudged->isChecked());
    return judge;
}

void JudgeDialog::refreshEstimate()
{
    m_estimateTimer->stop();
    if (isRunning() || !m_store)
        return;
    // Read on a worker; a newer estimate replaces one still being read.
    m_estimator = makeJudge();
    m_haveEstimate = false;
    connect(m_estimator.get(), &Judge::prepared, this, &JudgeDialog::showEstimate);
    m_estimate->setText(tr("Estimating the requests and the cost…"));
    m_estimator->prepareInBackground();
    updateButtons();
}

void JudgeDialog::showEstimate(const Judge::Estimate &e)
{
    m_lastEstimate = e;
    m_haveEstimate = e.error.isEmpty();
    if (!e.error.isEmpty()) {
        m_estimate->setText(e.error);
        updateButtons();
        Q_EMIT estimateShown();
        return;
    }
    QString text = tr("%n candidate(s) in %1 queries: ", nullptr, e.candidates).arg(e.queries);
    text += tr("%n graded by people, ", nullptr, e.humanJudged);
    text += tr("%n already suggested.", nullptr, e.alreadySuggested);
    text += u'\n';
    if (e.toAsk == 0) {
        text += tr("Nothing to ask: every candidate has a grade.");
    } else {
        const QString cost = e.cost ? CostFormat::usd(*e.cost, locale())
                                    : tr("unknown (the catalog has no price for this model)");
        text += tr("%n request(s) to %1, about %2 input tokens; estimated cost %3.", nullptr,
                   e.toAsk)
                    .arg(e.model, locale().toString(e.inputTokens), cost);
    }
    if (!m_user->toPlainText().contains("{query}"_L1)
        || !m_user->toPlainText().contains("{document}"_L1))
        text += u'\n' + tr("The user message should contain {query} and {document}.");
    m_estimate->setText(text);
    updateButtons();
    Q_EMIT estimateShown();
}

void JudgeDialog::refreshAgreement()
{
    if (!m_store || !m_store->database())
        return;
    // Read on a worker; a newer read replaces one still going.
    if (m_agreementWatcher)
        m_agreementWatcher->disconnect(this);
    auto *watcher = new QFutureWatcher<JudgeLabels::Summary>(this);
    m_agreementWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_agreementWatcher = nullptr;
        showAgreement(watcher->result());
    });
    watcher->setFuture(JudgeLabels::summaryInBackground(m_store->database()->path(), m_setId));
    updateButtons();
}

void JudgeDialog::showAgreement(const JudgeLabels::Summary &summary)
{
    const QList<Agreement::GradePair> &pairs = summary.pairs;
    const Agreement::Confusion matrix = Agreement::confusion(pairs);
    for (int h = 0; h < Agreement::Grades; ++h) {
        for (int s = 0; s < Agreement::Grades; ++s) {
            auto *item = new QTableWidgetItem(locale().toString(matrix[h][s]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_matrix->setItem(h, s, item);
        }
    }
    if (!summary.error.isEmpty()) {
        m_kappa->setText(summary.error);
    } else if (pairs.isEmpty()) {
        m_kappa->setText(tr("No pair has both a human and a suggested grade yet. Tick \"Also "
                            "grade documents people graded\" and run to measure agreement."));
    } else {
        const auto format = [this](const std::optional<double> &value) {
            return value ? locale().toString(*value, 'f', 3) : tr("undefined");
        };
        m_kappa->setText(
            tr("%n pair(s) with both grades. Quadratic-weighted Cohen's κ: %1 (linear: %2); "
               "same grade: %3.",
               nullptr, int(pairs.size()))
                .arg(format(Agreement::weightedKappa(matrix, Agreement::Weights::Quadratic)),
                     format(Agreement::weightedKappa(matrix, Agreement::Weights::Linear)),
                     Agreement::observedAgreement(matrix)
                         ? locale().toString(*Agreement::observedAgreement(matrix) * 100, 'f', 0)
                             + u'%'
                         : tr("undefined")));
    }
    m_confirm->setProperty("suggestedOnly", summary.counts.suggested - summary.counts.both);
    updateButtons();
    Q_EMIT agreementShown();
}

void JudgeDialog::run()
{
    if (isRunning() || !m_store || !m_client || !m_estimator || !m_haveEstimate
        || m_estimateTimer->isActive())
        return;
    // The estimator read the set for the current model and prompt: it runs what it estimated.
    m_judge = std::move(m_estimator);
    m_judge->disconnect(this);
    connect(m_judge.get(), &Judge::progress, this, &JudgeDialog::onProgress);
    connect(m_judge.get(), &Judge::finished, this, &JudgeDialog::onFinished);
    m_progress->setRange(0, std::max(1, m_lastEstimate.toAsk));
    m_progress->setValue(0);
    m_result->setText(tr("Asking %1…").arg(m_lastEstimate.model));
    m_judge->start();
    updateButtons();
}

void JudgeDialog::cancel()
{
    if (m_judge)
        m_judge->cancel();
}

void JudgeDialog::done(int result)
{
    // Closing drops the estimate still being read (the worker is not waited for) and stops a run.
    cancel();
    if (m_estimator)
        m_estimator->cancel();
    m_estimateTimer->stop();
    if (m_agreementWatcher) {
        m_agreementWatcher->disconnect(this);
        m_agreementWatcher = nullptr;
    }
    QDialog::done(result);
}

void JudgeDialog::onProgress(const Judge::Progress &progress)
{
    m_progress->setRange(0, std::max(1, progress.total));
    m_progress->setValue(progress.done);
}

void JudgeDialog::onFinished(const Judge::Outcome &outcome)
{
    QString text = outcome.cancelled ? tr("Cancelled. ") : QString();
    text += tr("%n suggested grade(s) stored", nullptr, outcome.stored);
    if (outcome.unparseable > 0)
        text += u"; "_s
            + tr("%n reply(s) without a grade 0–3 (not stored)", nullptr, outcome.unparseable);
    if (outcome.failed > 0)
        text += u"; "_s + tr("%n request(s) failed", nullptr, outcome.failed);
    if (outcome.notAsked > 0)
        text += u"; "_s + tr("%n not asked", nullptr, outcome.notAsked);
    if (outcome.cost)
        text += u"; "_s + tr("cost %1").arg(CostFormat::usd(*outcome.cost, locale()));
    text += u'.';
    if (outcome.firstError.isError())
        text += u'\n' + outcome.firstError.userMessage();
    if (outcome.unparseable > 0 || outcome.failed > 0 || outcome.notAsked > 0)
        text += u'\n' + tr("Run again to ask for the pairs without a grade.");
    if (!outcome.unparseableReplies.isEmpty())
        text += u'\n' + tr("A reply without a grade: “%1”").arg(outcome.unparseableReplies.first());
    m_result->setText(text);
    // The judge is deleted later: this is called from its signal.
    Judge *done = m_judge.release();
    done->deleteLater();
    refreshEstimate();
    refreshAgreement();
    updateButtons();
}

void JudgeDialog::askConfirm()
{
    const int suggestedOnly = m_confirm->property("suggestedOnly").toInt();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Confirm Suggested Grades"),
                                tr("Make %n suggested grade(s) human grades? They will count "
                                   "in every measure of this set. You can undo this until you "
                                   "close the dialog.",
                                   nullptr, suggestedOnly),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"judgeConfirmBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            confirmAll();
    });
    box->open();
}

void JudgeDialog::confirmAll()
{
    if (!m_store || isRunning())
        return;
    m_confirmed = JudgeLabels::confirmSuggested(m_store, m_setId);
    m_result->setText(
        tr("%n suggested grade(s) confirmed as human grades.", nullptr, int(m_confirmed.size())));
    refreshEstimate();
    refreshAgreement();
}

void JudgeDialog::undoConfirm()
{
    if (!m_store || m_confirmed.isEmpty())
        return;
    if (JudgeLabels::undoConfirm(m_store, m_setId, m_confirmed)) {
        m_result->setText(
            tr("%n grade(s) are suggestions again.", nullptr, int(m_confirmed.size())));
        m_confirmed.clear();
    }
    refreshEstimate();
    refreshAgreement();
}

void JudgeDialog::updateButtons()
{
    const bool running = isRunning();
    // Run needs the cost shown first.
    m_run->setEnabled(!running && m_haveEstimate && !isEstimating() && m_lastEstimate.toAsk > 0
                      && m_client);
    m_cancel->setEnabled(running);
    m_picker->setEnabled(!running);
    m_system->setReadOnly(running);
    m_user->setReadOnly(running);
    m_resetPrompt->setEnabled(!running);
    m_includeJudged->setEnabled(!running);
    m_confirm->setEnabled(!running && m_confirm->property("suggestedOnly").toInt() > 0);
    m_undo->setEnabled(!running && !m_confirmed.isEmpty());
}
