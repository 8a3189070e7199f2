#include "retrievalsettingsdialog.h"

#include "knowledge/knowledgesession.h"
#include "knowledge/knowledgetypes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QStringList &rerankers()
{
    static const QStringList ids{ u"Qwen/Qwen3-Reranker-0.6B"_s, u"Qwen/Qwen3-Reranker-4B"_s,
                                  u"Qwen/Qwen3-Reranker-8B"_s };
    return ids;
}

} // namespace

RetrievalSettingsDialog::RetrievalSettingsDialog(KnowledgeSession *session,
                                                 const QString &collection, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_collection(collection)
    , m_reranker(new QComboBox(this))
    , m_topK(new QSpinBox(this))
    , m_topN(new QSpinBox(this))
    , m_useThreshold(new QCheckBox(tr("Leave out passages scoring &below:"), this))
    , m_threshold(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Retrieval Settings of “%1”").arg(collection));
    auto *intro = new QLabel(tr("How a question asked of this collection finds its passages, "
                                "in the Knowledge tab and in the chat."),
                             this);
    intro->setWordWrap(true);

    // Editable: any reranker id the endpoint serves; the first entry turns reranking off.
    m_reranker->setEditable(true);
    m_reranker->setInsertPolicy(QComboBox::NoInsert);
    m_reranker->addItem(tr("No reranking"));
    m_reranker->addItems(rerankers());
    m_reranker->setAccessibleName(tr("Reranker"));
    m_reranker->setToolTip(tr("The model that reorders the fused candidates, or “No reranking” "
                              "to keep the fused order"));
    m_topK->setRange(1, 1000);
    m_topK->setAccessibleName(tr("Candidates (top-K)"));
    m_topK->setToolTip(tr("Candidates taken from keyword search and from vector search each, "
                          "and from their fusion to the reranker"));
    m_topN->setRange(1, 100);
    m_topN->setAccessibleName(tr("Passages in the prompt (top-N)"));
    m_topN->setToolTip(tr("How many of the best passages are sent with the question"));
    m_threshold->setRange(0.001, 1.0);
    m_threshold->setDecimals(3);
    m_threshold->setSingleStep(0.05);
    m_threshold->setAccessibleName(tr("Rerank score threshold"));
    m_threshold->setToolTip(tr("Passages the reranker scores below this stay out of the prompt"));

    auto *form = new QFormLayout;
    auto *rerankerLabel = new QLabel(tr("&Reranker:"), this);
    rerankerLabel->setBuddy(m_reranker);
    form->addRow(rerankerLabel, m_reranker);
    auto *topKLabel = new QLabel(tr("&Candidates (top-K):"), this);
    topKLabel->setBuddy(m_topK);
    form->addRow(topKLabel, m_topK);
    auto *topNLabel = new QLabel(tr("&Passages in the prompt (top-N):"), this);
    topNLabel->setBuddy(m_topN);
    form->addRow(topNLabel, m_topN);
    form->addRow(m_useThreshold, m_threshold);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { showOptions(RetrievalOptions()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_useThreshold, &QCheckBox::toggled, this, &RetrievalSettingsDialog::updateEnabled);
    connect(m_reranker, &QComboBox::currentTextChanged, this,
            &RetrievalSettingsDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const std::optional<KbCollection> c = session ? session->collection(collection) : std::nullopt;
    showOptions(c ? c->options : RetrievalOptions());
}

void RetrievalSettingsDialog::showOptions(const RetrievalOptions &options)
{
    if (options.rerankModel.isEmpty())
        m_reranker->setCurrentIndex(0);
    else if (const int i = m_reranker->findText(options.rerankModel); i > 0)
        m_reranker->setCurrentIndex(i);
    else
        m_reranker->setEditText(options.rerankModel);
    m_topK->setValue(options.topK);
    m_topN->setValue(options.topN);
    m_useThreshold->setChecked(options.threshold > 0);
    m_threshold->setValue(options.threshold > 0 ? options.threshold : 0.5);
    updateEnabled();
}

QString RetrievalSettingsDialog::rerankModel() const
{
    const QString text = m_reranker->currentText().trimmed();
    return text == m_reranker->itemText(0) ? QString() : text;
}

void RetrievalSettingsDialog::updateEnabled()
{
    // A threshold applies to rerank scores: without a reranker there are none.
    const bool reranked = !rerankModel().isEmpty();
    m_useThreshold->setEnabled(reranked);
    m_threshold->setEnabled(reranked && m_useThreshold->isChecked());
}

bool RetrievalSettingsDialog::save()
{
    const std::optional<KbCollection> c
        = m_session ? m_session->collection(m_collection) : std::nullopt;
    if (!c)
        return false;
    RetrievalOptions options = c->options; // keeps the prompt template
    options.rerankModel = rerankModel();
    options.topK = m_topK->value();
    options.topN = m_topN->value();
    options.threshold = m_useThreshold->isChecked() ? m_threshold->value() : 0.0;
    return m_session->setOptions(m_collection, options);
}
