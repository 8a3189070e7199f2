#include "retrievalpanel.h"

#include "common/statepalette.h"
#include "models/costformat.h"
#include "retrievalmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // questions, file names and server words are data
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString cost(const std::optional<double> &value, bool estimated = false)
{
    if (!value)
        return RetrievalPanel::tr("cost unknown");
    return estimated ? RetrievalPanel::tr("≈ %1").arg(CostFormat::usd(*value, QLocale()))
                     : CostFormat::usd(*value, QLocale());
}

QString stage(const QString &name, const RetrievalResult::Stage &s, bool withCost)
{
    if (s.skipped)
        return RetrievalPanel::tr("%1: skipped").arg(name);
    if (s.error.isError())
        return RetrievalPanel::tr("%1: failed after %2 ms").arg(name).arg(s.ms);
    QString text = RetrievalPanel::tr("%1: %2 ms").arg(name).arg(s.ms);
    if (withCost) {
        if (s.tokens > 0)
            text += RetrievalPanel::tr(", %n tokens", nullptr, int(s.tokens));
        text += u", "_s + cost(s.cost, s.costEstimated);
    }
    return text;
}

} // namespace

RetrievalPanel::RetrievalPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(plainLabel(this))
    , m_problems(plainLabel(this))
    , m_stages(plainLabel(this))
    , m_settings(plainLabel(this))
    , m_table(new QTableView(this))
    , m_model(new RetrievalModel(this))
    , m_passage(new QPlainTextEdit(this))
    , m_open(new QPushButton(tr("&Open Passage"), this))
    , m_workbench(new QPushButton(tr("Open in Work&bench"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setAccessibleName(tr("Retrieval"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setAccessibleName(tr("Question"));
    m_problems->setAccessibleName(tr("Retrieval problem"));
    m_problems->setAutoFillBackground(true);
    m_problems->setContentsMargins(6, 4, 6, 4);
    QPalette warning = m_problems->palette();
    warning.setColor(QPalette::Window,
                     StatePalette(palette()).background(StatePalette::Role::Warning));
    m_problems->setPalette(warning);
    m_problems->hide();
    m_stages->setAccessibleName(tr("Retrieval stages"));
    m_settings->setAccessibleName(tr("Retrieval settings"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Retrieval candidates"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false); // one line a row: a long file name is elided, its path a tooltip
    RetrievalModel::fitColumns(m_table);
    m_table->verticalHeader()->hide();
    m_table->installEventFilter(this);
    m_passage->setReadOnly(true);
    m_passage->setAccessibleName(tr("Passage"));
    m_workbench->setToolTip(tr("Send the question and its candidates to the rerank workbench, "
                               "to label them and compare rerankers"));
    m_open->setToolTip(tr("Show the passage in its file (Enter)"));

    // The stages and settings scroll in their own pane of the splitter: in a short window their
    // dozen lines took the height and left the table one row.
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_stages);
    detailsLayout->addWidget(m_settings);
    detailsLayout->addStretch(1);
    auto *detailsArea = new QScrollArea(this);
    detailsArea->setWidget(details);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    detailsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsArea->setFocusPolicy(Qt::NoFocus); // the labels are read by a screen reader directly
    auto *results = new QSplitter(Qt::Vertical, this);
    results->addWidget(detailsArea);
    results->addWidget(m_table);
    results->addWidget(m_passage);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 3);
    results->setStretchFactor(2, 1);
    results->setChildrenCollapsible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_workbench);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_problems);
    layout->addWidget(results, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RetrievalPanel::showPassage);
    connect(m_table, &QTableView::doubleClicked, this, &RetrievalPanel::openCurrentPassage);
    connect(m_open, &QPushButton::clicked, this, &RetrievalPanel::openCurrentPassage);
    connect(m_workbench, &QPushButton::clicked, this,
            [this] { Q_EMIT openInWorkbench(RetrievalRecord::workbenchSet(m_record.result)); });
    m_close->setToolTip(tr("Close the Retrieval panel (Esc)"));
    connect(m_close, &QPushButton::clicked, this, &RetrievalPanel::closeRequested);
}

void RetrievalPanel::setRecord(const ReplyRetrieval &record, const Message &reply)
{
    m_record = record;
    m_messageId = reply.id;
    const RetrievalResult &r = record.result;
    m_model->setResult(r);
    m_title->setText(tr("“%1” in %2").arg(r.query, r.collection));
    const QStringList problems = RetrievalRecord::problems(r);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());

    QStringList stages{
        stage(tr("Embedding the question"), r.embedding, true),
        stage(tr("BM25"), r.bm25, false) + tr(" (%n found)", nullptr, r.bm25Count),
        stage(tr("Vectors"), r.vector, false) + tr(" (%n found)", nullptr, r.vectorCount),
        stage(tr("Fusion"), r.fusion, false),
        r.options.rerankModel.isEmpty()
            ? tr("Reranking: off")
            : stage(tr("Reranking with %1").arg(r.options.rerankModel), r.rerank, true),
    };
    QString chat = record.chatMs >= 0
        ? tr("Chat call with %1: %2 ms").arg(reply.model).arg(record.chatMs)
        : tr("Chat call with %1").arg(reply.model);
    if (!reply.usage.isEmpty())
        chat += tr(", %1 + %2 tokens")
                    .arg(QLocale().toString(reply.usage.promptTokens),
                         QLocale().toString(reply.usage.completionTokens));
    chat += u", "_s + cost(reply.cost, reply.costEstimated);
    stages << chat;
    std::optional<double> total = r.cost();
    if (reply.cost)
        total = total.value_or(0.0) + *reply.cost;
    stages << tr("Retrieval took %1 ms; in all %2").arg(r.totalMs).arg(cost(total));
    m_stages->setText(stages.join(u'\n'));

    const int selected = int(r.selected().size());
    QString settings = tr("%1 candidates; the top %2 went into the prompt (top-N %2 of the "
                          "fused top-K %3)")
                           .arg(r.candidates.size())
                           .arg(selected)
                           .arg(r.options.topK);
    if (selected < r.options.topN)
        settings = tr("%1 candidates; %2 went into the prompt (top-N %3 of the fused top-K %4)")
                       .arg(r.candidates.size())
                       .arg(selected)
                       .arg(r.options.topN)
                       .arg(r.options.topK);
    settings += r.options.threshold > 0
        ? tr("; rerank scores below %1 left out.").arg(r.options.threshold, 0, 'f', 2)
        : tr("; no score threshold.");
    m_settings->setText(settings);
    RetrievalModel::fitColumns(m_table);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_passage->clear();
    m_open->setEnabled(m_model->rowCount() > 0);
    m_workbench->setEnabled(m_model->rowCount() > 0);
}

void RetrievalPanel::showPassage()
{
    const RetrievalCandidate *c = m_model->candidate(m_table->currentIndex().row());
    if (!c) {
        m_passage->clear();
        return;
    }
    QString header = tr("%1, lines %2").arg(c->passage.path, c->passage.chunk.lines());
    if (!c->passage.chunk.heading.isEmpty())
        header += u" — "_s + c->passage.chunk.heading;
    m_passage->setPlainText(header + u"\n\n"_s + c->passage.chunk.text);
}

void RetrievalPanel::openCurrentPassage()
{
    const RetrievalCandidate *c = m_model->candidate(m_table->currentIndex().row());
    if (c)
        Q_EMIT passageRequested(c->passage, c->sourceNumber);
}

// Esc closes the panel, as its Close button does (the keys the table and buttons leave alone
// come here).
void RetrievalPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool RetrievalPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrentPassage();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString RetrievalPanel::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

QString RetrievalPanel::stagesText() const
{
    return m_stages->text();
}

QString RetrievalPanel::settingsText() const
{
    return m_settings->text();
}
