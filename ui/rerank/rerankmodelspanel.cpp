#include "rerankmodelspanel.h"

#include "api/endpoint.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"
#include "rerank/documentimport.h"
#include "rerankui.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

const QStringList &RerankModelsPanel::defaultModels()
{
    static const QStringList models{ u"Qwen/Qwen3-Reranker-0.6B"_s, u"Qwen/Qwen3-Reranker-4B"_s,
                                     u"Qwen/Qwen3-Reranker-8B"_s };
    return models;
}

RerankModelsPanel::RerankModelsPanel(QWidget *parent)
    : QWidget(parent)
    , m_modelList(new QListWidget(this))
    , m_addModel(new ModelPicker(this))
    , m_topN(new QSpinBox(this))
    , m_batchSize(new QSpinBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(RerankUi::sectionTitle(tr("Models"), this));
    m_modelList->setObjectName(u"rerankModelList"_s);
    m_modelList->setAccessibleName(tr("Rerank models"));
    m_modelList->setToolTip(tr("Check the models to compare. Space toggles the selected one."));
    m_modelList->setMaximumHeight(m_modelList->fontMetrics().height() * 6 + 12);
    layout->addWidget(m_modelList);
    auto *addModelRow = new QHBoxLayout;
    m_addModel->setModelType(ModelInfo::Type::Rerank);
    m_addModel->lineEdit()->setPlaceholderText(tr("Add model id…"));
    m_addModel->setAccessibleName(tr("Model id to add"));
    m_addModel->setToolTip(tr("Pick a reranker from the catalog, or type any model id the "
                              "endpoint knows, and press Enter"));
    m_addModel->setMinimumContentsLength(12);
    // Only a deliberate choice adds a model (Enter, a click in the list, Add), not leaving the
    // field.
    connect(m_addModel, &ModelPicker::modelChosen, this, &RerankModelsPanel::addModelFromField);
    auto *addModelButton = new QPushButton(tr("Add"), this);
    addModelButton->setAccessibleName(tr("Add model"));
    addModelButton->setToolTip(tr("Add the typed model id to the list, checked"));
    addModelButton->setAutoDefault(false);
    connect(addModelButton, &QPushButton::clicked, this, &RerankModelsPanel::addModelFromField);
    addModelRow->addWidget(m_addModel, 1);
    addModelRow->addWidget(addModelButton);
    layout->addLayout(addModelRow);

    m_topN->setRange(0, DocumentImport::MaxDocuments);
    m_topN->setSpecialValueText(tr("all"));
    m_topN->setAccessibleName(tr("Top N"));
    m_topN->setToolTip(tr("Keep only the best N documents per model (0 = all)"));
    m_batchSize->setRange(1, RerankSet::MaxBatchSize);
    m_batchSize->setValue(RerankSet::DefaultBatchSize);
    m_batchSize->setAccessibleName(tr("Batch size"));
    m_batchSize->setToolTip(tr("Documents per request; large sets are sent in batches, up to "
                               "four at a time per model"));
    auto *options = new QHBoxLayout;
    auto *topLabel = new QLabel(tr("&Top N:"), this);
    topLabel->setBuddy(m_topN);
    auto *batchLabel = new QLabel(tr("&Batch size:"), this);
    batchLabel->setBuddy(m_batchSize);
    options->addWidget(topLabel);
    options->addWidget(m_topN);
    options->addSpacing(12);
    options->addWidget(batchLabel);
    options->addWidget(m_batchSize);
    options->addStretch();
    layout->addLayout(options);

    const auto edited = [this] {
        if (!m_loading)
            Q_EMIT this->edited();
    };
    connect(m_modelList, &QListWidget::itemChanged, this, edited);
    connect(m_topN, &QSpinBox::valueChanged, this, edited);
    connect(m_batchSize, &QSpinBox::valueChanged, this, edited);
    rebuildModelList();
}

void RerankModelsPanel::setCatalog(const ModelCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog)
        connect(catalog, &ModelCatalog::changed, this, &RerankModelsPanel::rebuildModelList);
    m_addModel->setCatalog(catalog);
    rebuildModelList();
}

void RerankModelsPanel::rebuildModelList()
{
    // Keep what the user checked and typed across catalog refreshes.
    QHash<QString, bool> checked;
    QStringList order;
    for (int i = 0; i < m_modelList->count(); ++i) {
        const QListWidgetItem *item = m_modelList->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        checked.insert(id, item->checkState() == Qt::Checked);
        order << id;
    }
    const bool first = order.isEmpty();

    QList<ModelInfo> models;
    if (m_catalog)
        models = m_catalog->models(ModelInfo::Type::Rerank);
    QStringList ids;
    for (const ModelInfo &info : std::as_const(models)) {
        if (!info.deprecated || checked.value(info.id))
            ids << info.id;
    }
    for (const QString &id : defaultModels()) {
        if (!ids.contains(id))
            ids << id;
    }
    for (const QString &id : std::as_const(order)) {
        if (!ids.contains(id))
            ids << id;
    }

    ++m_loading; // a catalog refresh is not an edit
    const auto loaded = qScopeGuard([this] { --m_loading; });
    m_modelList->clear();
    for (const QString &id : std::as_const(ids)) {
        auto *item = new QListWidgetItem(id, m_modelList);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool on = first ? defaultModels().contains(id) : checked.value(id, false);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        const std::optional<ModelInfo> info
            = m_catalog ? m_catalog->find(id) : std::optional<ModelInfo>();
        QStringList tip;
        if (info && !info->description.isEmpty())
            tip << info->description;
        if (info && info->priceInPerMTok)
            tip << tr("$%1 per 1M input tokens").arg(QLocale().toString(*info->priceInPerMTok));
        else if (info)
            tip << tr("Price unknown: the catalog has none, so cost estimates leave it out.");
        if (!info)
            tip << tr("Model id you added");
        item->setToolTip(tip.join(u'\n'));
    }
}

QStringList RerankModelsPanel::checkedModels() const
{
    QStringList ids;
    for (int i = 0; i < m_modelList->count(); ++i) {
        const QListWidgetItem *item = m_modelList->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

void RerankModelsPanel::setModelChecked(const QString &id, bool checked)
{
    const QString model = normalizeModelId(id.trimmed());
    if (model.isEmpty())
        return;
    for (int i = 0; i < m_modelList->count(); ++i) {
        QListWidgetItem *item = m_modelList->item(i);
        if (item->data(Qt::UserRole).toString() == model) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
    auto *item = new QListWidgetItem(model, m_modelList);
    item->setData(Qt::UserRole, model);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(tr("Model id you added"));
    m_modelList->scrollToItem(item);
}

void RerankModelsPanel::addModelFromField()
{
    const QString id = m_addModel->currentText().trimmed();
    if (id.isEmpty())
        return;
    setModelChecked(id, true);
    // After the completer and the line edit are done with the chosen text.
    QTimer::singleShot(0, m_addModel, [picker = m_addModel] { picker->setCurrentModel({}); });
}

int RerankModelsPanel::topN() const
{
    return m_topN->value();
}

int RerankModelsPanel::batchSize() const
{
    return m_batchSize->value();
}

void RerankModelsPanel::load(const RerankSet &set)
{
    ++m_loading;
    const auto loaded = qScopeGuard([this] { --m_loading; });
    if (!set.models.isEmpty() && set.models != checkedModels()) {
        for (int i = 0; i < m_modelList->count(); ++i)
            m_modelList->item(i)->setCheckState(Qt::Unchecked);
        for (const QString &model : set.models)
            setModelChecked(model, true);
    }
    m_topN->setValue(set.topN);
    m_batchSize->setValue(set.effectiveBatchSize());
}
