#include "rerankcomparisonpanel.h"

#include "rerank/documentimport.h"
#include "rerank/workbenchsession.h"
#include "rerankui.h"
#include "slopegraphchart.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RerankLabelsPanel::RerankLabelsPanel(QWidget *parent)
    : QWidget(parent), m_model(new LabelMetricsModel(this)), m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(RerankUi::sectionTitle(tr("Against your labels"), this));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Quality against labels"));
    m_view->setToolTip(tr("nDCG@k (gain = the label, as trec_eval's ndcg_cut and the Evaluate "
                          "tab), MRR and recall@k (labels 1 and up count as relevant) from the "
                          "labels you gave (keys 0–3); the best value per column is highlighted"));
    RerankUi::setUpTable(m_view);
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(LabelMetricsModel::ModelColumn, QHeaderView::Stretch);
    for (int column = LabelMetricsModel::NdcgColumn; column < LabelMetricsModel::ColumnCount;
         ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    layout->addWidget(m_view);
    hide();
}

void RerankLabelsPanel::setMetrics(const QList<Metrics::LabelMetrics> &metrics, bool shown, int k,
                                   const ModelLabelFunction &label)
{
    // The best value per column: bold on a highlight tint, so it reads in light and dark.
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlphaF(0.3f);
    m_model->setMetrics(shown ? metrics : QList<Metrics::LabelMetrics>(), k, label, tint);
    setVisible(shown);
    RerankUi::fitRows(m_view, m_model->rowCount(), 6);
}

RerankComparisonPanel::RerankComparisonPanel(WorkbenchSession *session,
                                             const ModelLabelFunction &label, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_label(label)
    , m_stack(new QStackedWidget(this))
    , m_modelA(new QComboBox(this))
    , m_modelB(new QComboBox(this))
    , m_slopegraph(new SlopegraphChart(this))
    , m_k(new QSpinBox(this))
    , m_pairs(new PairMetricsModel(this))
    , m_pairView(new QTableView(this))
    , m_moved(new MovedDocumentsModel(this))
    , m_movedView(new QTableView(this))
    , m_labels(new RerankLabelsPanel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    auto *placeholder = new QLabel(tr("Run two or more models to compare their rankings."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    placeholder->setWordWrap(true); // the workbench must fit an 800-pixel-wide window

    auto *panel = new QWidget(this);
    auto *layout = new QHBoxLayout(panel);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *chartColumn = new QVBoxLayout;
    auto *pairRow = new QHBoxLayout;
    pairRow->addWidget(RerankUi::sectionTitle(tr("Compare"), panel));
    m_modelA->setAccessibleName(tr("Left model"));
    m_modelA->setToolTip(tr("The model whose ranks are on the left axis"));
    m_modelB->setAccessibleName(tr("Right model"));
    m_modelB->setToolTip(tr("The model whose ranks are on the right axis"));
    for (QComboBox *combo : { m_modelA, m_modelB }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateSlopegraph();
            updateMoved();
        });
    }
    pairRow->addWidget(m_modelA, 1);
    pairRow->addWidget(new QLabel(u"→"_s, panel));
    pairRow->addWidget(m_modelB, 1);
    chartColumn->addLayout(pairRow);
    m_slopegraph->setToolTip({});
    connect(m_slopegraph, &SlopegraphChart::documentClicked, this,
            &RerankComparisonPanel::documentClicked);
    chartColumn->addWidget(m_slopegraph, 1);
    layout->addLayout(chartColumn, 3);

    auto *tables = new QVBoxLayout;
    auto *kRow = new QHBoxLayout;
    kRow->addWidget(RerankUi::sectionTitle(tr("Agreement"), panel));
    kRow->addStretch();
    auto *kLabel = new QLabel(tr("&k:"), panel);
    m_k->setRange(1, DocumentImport::MaxDocuments);
    m_k->setValue(session->k());
    m_k->setAccessibleName(tr("k for overlap, nDCG and recall"));
    m_k->setToolTip(tr("How many top documents overlap@k, nDCG@k and recall@k look at"));
    kLabel->setBuddy(m_k);
    connect(m_k, &QSpinBox::valueChanged, session, &WorkbenchSession::setK);
    kRow->addWidget(kLabel);
    kRow->addWidget(m_k);
    tables->addLayout(kRow);

    m_pairView->setModel(m_pairs);
    m_pairView->setAccessibleName(tr("Agreement between models"));
    m_pairView->setToolTip(tr("Kendall τ: 1 = same order, 0 = unrelated, −1 = reversed. "
                              "Overlap@k: share of the top k both models agree on. Click a row "
                              "to chart that pair."));
    RerankUi::setUpTable(m_pairView);
    // Names are short already (ModelLabels); whatever is still too long loses its middle.
    m_pairView->setTextElideMode(Qt::ElideMiddle);
    m_pairView->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_pairView->horizontalHeader();
    header->setSectionResizeMode(PairMetricsModel::ModelAColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PairMetricsModel::ModelBColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PairMetricsModel::TauColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(PairMetricsModel::OverlapColumn, QHeaderView::Fixed);
    header->setStretchLastSection(false);
    m_pairView->installEventFilter(this);
    connect(m_pairView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString a = index.siblingAtColumn(0).data(Qt::UserRole).toString();
        const QString b = index.siblingAtColumn(1).data(Qt::UserRole).toString();
        m_modelA->setCurrentIndex(m_modelA->findData(a));
        m_modelB->setCurrentIndex(m_modelB->findData(b));
    });
    tables->addWidget(m_pairView);

    tables->addWidget(RerankUi::sectionTitle(tr("Moved most"), panel));
    m_movedView->setModel(m_moved);
    m_movedView->setAccessibleName(tr("Documents that moved most"));
    m_movedView->setToolTip(tr("Documents whose rank differs most between the two charted "
                               "models"));
    RerankUi::setUpTable(m_movedView);
    m_movedView->horizontalHeader()->setSectionResizeMode(MovedDocumentsModel::DocumentColumn,
                                                          QHeaderView::Stretch);
    for (int column = 1; column < MovedDocumentsModel::ColumnCount; ++column)
        m_movedView->horizontalHeader()->setSectionResizeMode(column,
                                                              QHeaderView::ResizeToContents);
    m_movedView->horizontalHeader()->setStretchLastSection(false);
    tables->addWidget(m_movedView, 3);
    tables->addWidget(m_labels);
    layout->addLayout(tables, 2);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(panel);
    updateMetrics();
}

void RerankComparisonPanel::updateModels()
{
    QStringList models;
    for (const RerankResult &result : m_session->results()) {
        if (!result.ranked.isEmpty())
            models << result.model;
    }
    const QString a = m_modelA->currentData().toString();
    const QString b = m_modelB->currentData().toString();
    {
        const QSignalBlocker blockA(m_modelA);
        const QSignalBlocker blockB(m_modelB);
        m_modelA->clear();
        m_modelB->clear();
        for (const QString &model : std::as_const(models)) {
            // Short names in the combos; the full id in the tooltip and data.
            for (QComboBox *combo : { m_modelA, m_modelB }) {
                combo->addItem(m_label(model), model);
                combo->setItemData(combo->count() - 1, model, Qt::ToolTipRole);
            }
        }
        // A pair the user saw is kept; until there was one, the models go in the order they
        // were chosen, whichever answered first.
        const bool hadPair = !a.isEmpty() && !b.isEmpty();
        int ia = hadPair ? m_modelA->findData(a) : 0;
        int ib = hadPair ? m_modelB->findData(b) : -1;
        if (ia < 0)
            ia = 0;
        if (ib < 0 || ib == ia)
            ib = models.size() > 1 ? (ia == 0 ? 1 : 0) : -1;
        m_modelA->setCurrentIndex(models.isEmpty() ? -1 : ia);
        m_modelB->setCurrentIndex(ib);
    }
    m_stack->setCurrentIndex(models.size() >= 2 ? 1 : 0);
    updateSlopegraph();
    updateMoved();
}

void RerankComparisonPanel::updateMetrics()
{
    const QSignalBlocker block(m_k);
    m_k->setValue(m_session->k());
    const QList<Metrics::PairMetrics> &pairs = m_session->pairMetrics();
    m_pairs->setPairs(pairs, pairs.isEmpty() ? m_session->k() : pairs.constFirst().k, m_label);
    RerankUi::fitRows(m_pairView, m_pairs->rowCount(), 6);
    fitPairColumns();
    m_labels->setMetrics(m_session->labelMetrics(), m_session->hasLabelMetrics(), m_session->k(),
                         m_label);
    updateMoved();
}

bool RerankComparisonPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pairView && event->type() == QEvent::Resize)
        fitPairColumns();
    return QWidget::eventFilter(watched, event);
}

void RerankComparisonPanel::fitPairColumns()
{
    // The model names come first: in a narrow window the number columns give up their header
    // width (the header elides, its tooltip has it whole) before a model name is cut.
    const QFontMetrics fm(m_pairView->font());
    const QFontMetrics hfm(m_pairView->horizontalHeader()->font());
    int names = 0;
    for (int row = 0; row < m_pairs->rowCount(); ++row) {
        for (int column : { PairMetricsModel::ModelAColumn, PairMetricsModel::ModelBColumn })
            names = std::max(names,
                             fm.horizontalAdvance(m_pairs->index(row, column).data().toString()));
    }
    names += 12;
    const int numbers = fm.horizontalAdvance(u"−0.000"_s) + 12;
    const auto headerWidth = [&](int column) {
        return std::max(
            numbers,
            hfm.horizontalAdvance(m_pairs->headerData(column, Qt::Horizontal).toString()) + 20);
    };
    int tau = headerWidth(PairMetricsModel::TauColumn);
    int overlap = headerWidth(PairMetricsModel::OverlapColumn);
    // Never narrower than the names and the numbers (the chart beside it gives way), and in a
    // narrow window the headers elide first. The view's own width: its viewport is resized after
    // the view's resize event.
    m_pairView->setMinimumWidth(2 * names + 2 * numbers + 2 * m_pairView->frameWidth());
    const int available = m_pairView->width() - 2 * m_pairView->frameWidth();
    if (2 * names + tau + overlap > available) {
        const int room = std::max(2 * numbers, available - 2 * names);
        tau = std::min(tau, std::max(numbers, room / 2));
        overlap = std::min(overlap, std::max(numbers, room - tau));
    }
    m_pairView->setColumnWidth(PairMetricsModel::TauColumn, tau);
    m_pairView->setColumnWidth(PairMetricsModel::OverlapColumn, overlap);
}

void RerankComparisonPanel::updateSlopegraph()
{
    const QString a = m_modelA->currentData().toString();
    const QString b = m_modelB->currentData().toString();
    const std::optional<RerankResult> ra = m_session->result(a);
    const std::optional<RerankResult> rb = m_session->result(b);
    if (!ra || !rb || a == b)
        m_slopegraph->clear();
    else
        m_slopegraph->setComparison(*ra, *rb, m_session->resultSet().texts(), m_label(a),
                                    m_label(b));
    Q_EMIT chartChanged();
}

void RerankComparisonPanel::updateMoved()
{
    const QString a = m_modelA->currentData().toString();
    const QString b = m_modelB->currentData().toString();
    const QList<RerankDocument> &documents = m_session->resultSet().documents;
    QList<MovedDocumentsModel::Row> rows;
    for (const Metrics::PairMetrics &pair : m_session->pairMetrics()) {
        const bool forward = pair.modelA == a && pair.modelB == b;
        const bool backward = pair.modelA == b && pair.modelB == a;
        if (!forward && !backward)
            continue;
        for (const Metrics::RankMove &move : pair.moves) {
            const int rankA = forward ? move.rankA : move.rankB;
            const int rankB = forward ? move.rankB : move.rankA;
            if (rankA == rankB)
                break; // sorted by |change|: the rest did not move
            rows << MovedDocumentsModel::Row{ move.index, documents.value(move.index).text, rankA,
                                              rankB };
        }
    }
    m_moved->setRows(rows, m_modelA->currentText(), m_modelB->currentText());
}
