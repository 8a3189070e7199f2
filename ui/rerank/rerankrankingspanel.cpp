#include "rerankrankingspanel.h"

#include "models/costformat.h"
#include "rerankresultmodel.h"
#include "rerankscoredelegate.h"
#include "rerankui.h"
#include "statepalette.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using RerankUi::englishPlural;

namespace {

QString formatLatency(qint64 ms)
{
    if (ms < 1000)
        return RerankModelColumn::tr("%1 ms").arg(ms);
    return RerankModelColumn::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2));
}

// What a ranking handed over from an evaluation is, in place of time, tokens and cost it does
// not have (RerankResult::origin).
QString formatOrigin(const QString &origin)
{
    if (origin == u"firststage")
        return RerankModelColumn::tr("first stage");
    if (origin == u"fusion")
        return RerankModelColumn::tr("fusion");
    if (origin == u"run")
        return RerankModelColumn::tr("imported run");
    return RerankModelColumn::tr("scored in the evaluation");
}

QString formatCost(const RerankResult &result)
{
    if (!result.cost)
        return RerankModelColumn::tr("cost unknown");
    const QString amount = CostFormat::usd(*result.cost, QLocale());
    return result.costEstimated ? RerankModelColumn::tr("%1 (estimated)").arg(amount) : amount;
}

} // namespace

RerankModelColumn::RerankModelColumn(const QString &model, const QString &label, int documents,
                                     QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(RerankUi::sectionTitle(label, this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(tr("waiting…"), this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_list(new QListView(this))
    , m_results(new RerankResultModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(2);
    m_title->setToolTip(model);
    m_title->setMinimumWidth(60);
    m_title->setAccessibleName(tr("Model"));
    m_progress->setRange(0, documents);
    m_progress->setValue(0);
    // Short enough for four columns in an 800-pixel window; the tooltip says what it counts.
    m_progress->setFormat(tr("%v / %m"));
    m_progress->setToolTip(tr("Documents scored of all documents"));
    m_progress->setAccessibleName(tr("Progress of %1").arg(model));
    m_progress->setMaximumHeight(m_progress->fontMetrics().height() + 4);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Latency, tokens and cost of %1").arg(model));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true); // three columns side by side fit an 800-pixel-wide window
    m_error->setTextFormat(Qt::PlainText); // the server's words are data, never markup
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Errors of %1").arg(model));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_retry->setAccessibleName(tr("Retry %1").arg(model));
    m_retry->setToolTip(tr("Run this model again on the same documents"));
    m_retry->setAutoDefault(false);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(m_model); });
    m_list->setModel(m_results);
    m_list->setItemDelegate(new RerankScoreDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Ranking by %1").arg(model));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(m_list, 1);
}

QString RerankModelColumn::statusText() const
{
    return m_status->text();
}

QString RerankModelColumn::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RerankModelColumn::showProgress(int done, int total)
{
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_status->setText(tr("ranking… %1 of %2").arg(done).arg(total));
    m_retry->hide();
}

void RerankModelColumn::showResult(const RerankResult &result,
                                   const QList<RerankDocument> &documents)
{
    m_results->setResult(result, documents);
    m_progress->setMaximum(std::max(1, result.documentCount));
    m_progress->setValue(result.documentCount - int(result.unscored.size()));
    QStringList parts;
    if (result.origin.isEmpty())
        parts << formatLatency(result.latencyMs)
              << tr("%1 tokens").arg(QLocale().toString(result.inputTokens)) << formatCost(result);
    else
        parts << formatOrigin(result.origin);
    if (result.state != RerankResult::State::Complete)
        parts << RerankResult::stateDisplayName(result.state);
    m_status->setText(parts.join(u" · "_s));
    m_status->setToolTip(result.origin.isEmpty()
                             ? tr("Wall time of the whole run, input tokens and cost reported by "
                                  "the server (or estimated from the catalog's price)")
                             : tr("The ranking from the evaluation this query was opened from: "
                                  "it has no time, tokens or cost of its own here"));
    m_retry->setVisible(!result.unscored.isEmpty());
    if (result.unscored.isEmpty()) {
        m_error->hide();
        m_error->clear();
        return;
    }
    const ApiError error = result.firstError();
    QStringList numbers;
    for (const UnscoredDocument &doc : result.unscored) {
        if (numbers.size() == 12) {
            numbers << u"…"_s;
            break;
        }
        numbers << QString::number(doc.index + 1);
    }
    const int missing = int(result.unscored.size());
    const QString text = result.state == RerankResult::State::Cancelled
        ? englishPlural(tr("%n document(s) not scored: the run was cancelled.", nullptr, missing),
                        missing)
        : result.state == RerankResult::State::Interrupted
        ? englishPlural(tr("%n document(s) not scored: Sift closed during the run. Run the "
                           "models again to score them.",
                           nullptr, missing),
                        missing)
        : englishPlural(tr("%n document(s) not scored (%1): %2", nullptr, missing), missing)
              .arg(numbers.join(u", "_s), error.userMessage());
    m_error->setText(text);
    m_error->setToolTip(error.message.toHtmlEscaped());
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, StatePalette(pal).text(StatePalette::Role::Error));
    m_error->setPalette(pal);
    m_error->show();
}

RerankRankingsPanel::RerankRankingsPanel(QMenu *exportMenu, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_export(new QToolButton(this))
    , m_copyChart(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(RerankUi::sectionTitle(tr("Rankings"), this));
    header->addStretch();
    m_export->setText(tr("Export"));
    m_export->setAccessibleName(tr("Export results"));
    m_export->setToolTip(tr("Save every model's ranking (index, score, rank, label)"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(exportMenu);
    header->addWidget(m_export);
    m_copyChart->setText(tr("Copy chart"));
    m_copyChart->setAccessibleName(tr("Copy chart"));
    m_copyChart->setToolTip(tr("Copy the rank comparison chart as an image"));
    m_copyChart->setAutoDefault(false);
    header->addWidget(m_copyChart);
    layout->addLayout(header);

    auto *placeholder = new QLabel(tr("Type a query, add documents, check the models to compare "
                                      "and press Run (Ctrl+Enter). Each model's ranking "
                                      "appears here."),
                                   this);
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(m_splitter);
    layout->addWidget(m_stack, 1);
}

void RerankRankingsPanel::setModels(const QStringList &models, const QStringList &labels,
                                    int documents)
{
    for (const QPointer<RerankModelColumn> &column : std::as_const(m_columns)) {
        if (!column)
            continue;
        // Out of the tree at once (lookups by name must not find it), freed by its event loop.
        column->hide();
        column->setParent(nullptr);
        column->deleteLater();
    }
    m_columns.clear();
    for (qsizetype i = 0; i < models.size(); ++i) {
        auto *column = new RerankModelColumn(models.at(i), labels.value(i, models.at(i)), documents,
                                             m_splitter);
        column->list()->installEventFilter(this);
        connect(column, &RerankModelColumn::retryRequested, this,
                &RerankRankingsPanel::retryRequested);
        m_splitter->addWidget(column);
        m_columns << column;
        // Selecting a document in one ranking shows it in the others.
        QListView *list = column->list();
        connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, list](const QModelIndex &current) {
                    if (!current.isValid() || !list->hasFocus())
                        return;
                    const int document = current.data(RerankResultModel::DocumentIndexRole).toInt();
                    for (RerankModelColumn *other : columns()) {
                        if (other->list() == list)
                            continue;
                        const int row = other->results()->rowOfDocument(document);
                        const QModelIndex target
                            = row >= 0 ? other->results()->index(row) : QModelIndex();
                        other->list()->setCurrentIndex(target);
                        if (target.isValid())
                            other->list()->scrollTo(target);
                    }
                });
    }
    m_splitter->setSizes(QList<int>(m_columns.size(), 1000));
    m_stack->setCurrentIndex(m_columns.isEmpty() ? 0 : 1);
}

QList<RerankModelColumn *> RerankRankingsPanel::columns() const
{
    QList<RerankModelColumn *> out;
    for (const QPointer<RerankModelColumn> &column : m_columns) {
        if (column)
            out << column;
    }
    return out;
}

RerankModelColumn *RerankRankingsPanel::column(const QString &model) const
{
    for (RerankModelColumn *column : columns()) {
        if (column->model() == model)
            return column;
    }
    return nullptr;
}

void RerankRankingsPanel::setLabels(const QList<int> &labels)
{
    for (RerankModelColumn *column : columns())
        column->results()->setLabels(labels);
}

void RerankRankingsPanel::showDocument(int index)
{
    for (RerankModelColumn *column : columns()) {
        const int row = column->results()->rowOfDocument(index);
        if (row >= 0) {
            column->list()->setCurrentIndex(column->results()->index(row));
            column->list()->scrollTo(column->results()->index(row));
        }
    }
}

void RerankRankingsPanel::setExportEnabled(bool enabled)
{
    m_export->setEnabled(enabled);
}

bool RerankRankingsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        if (const std::optional<int> pressed
            = RerankUi::labelForKey(static_cast<QKeyEvent *>(event))) {
            const int label = *pressed;
            for (RerankModelColumn *column : columns()) {
                if (watched == column->list()) {
                    const int document
                        = column->results()->documentAt(column->list()->currentIndex().row());
                    if (document >= 0)
                        Q_EMIT labelKey(document, label);
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
