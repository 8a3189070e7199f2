#include "conversationsearch.h"

#include "store/conversationstore.h"
#include "store/database.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

constexpr int TypingPauseMs = 150;

// Paints a result's title and HTML snippet (matches in bold); a few dozen rows at most.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        setUp(doc, option, index);
        painter->save();
        painter->translate(option.rect.topLeft() + QPoint(4, 2));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        if (option.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text,
                                     option.palette.color(QPalette::HighlightedText));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument doc;
        setUp(doc, option, index);
        return { int(doc.idealWidth()) + 8, int(doc.size().height()) + 4 };
    }

private:
    static void setUp(QTextDocument &doc, const QStyleOptionViewItem &option,
                      const QModelIndex &index)
    {
        doc.setDefaultFont(option.font);
        doc.setDocumentMargin(2);
        doc.setHtml(index.data(ConversationSearch::HtmlRole).toString());
        doc.setTextWidth(std::max(100, option.rect.width() - 8));
    }
};

} // namespace

ConversationSearch::ConversationSearch(ConversationStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_query(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_status(new QLabel(this))
    , m_matchRow(new QWidget(this))
    , m_matchCount(new QLabel(m_matchRow))
    , m_previousMatch(new QToolButton(m_matchRow))
    , m_nextMatch(new QToolButton(m_matchRow))
{
    m_query->setPlaceholderText(tr("Search all chats (Ctrl+F)"));
    m_query->setAccessibleName(tr("Search text"));
    m_query->setToolTip(tr("Search every message of every conversation. Return opens the "
                           "selected hit, Up and Down choose one, Esc clears."));
    m_query->installEventFilter(this);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_status->setAccessibleName(tr("Search status"));
    m_status->setWordWrap(true);
    // The matches in the open conversation: "2 of 7" and arrows (drawn, no icon theme to load).
    m_matchCount->setAccessibleName(tr("Matches in this chat"));
    m_matchCount->setTextFormat(Qt::PlainText);
    m_previousMatch->setArrowType(Qt::UpArrow);
    m_previousMatch->setAutoRaise(true);
    m_previousMatch->setAccessibleName(tr("Previous match"));
    m_previousMatch->setToolTip(tr("Previous match in this chat (Shift+F3, Shift+Return)"));
    m_nextMatch->setArrowType(Qt::DownArrow);
    m_nextMatch->setAutoRaise(true);
    m_nextMatch->setAccessibleName(tr("Next match"));
    m_nextMatch->setToolTip(tr("Next match in this chat (F3, Return)"));
    connect(m_previousMatch, &QToolButton::clicked, this,
            &ConversationSearch::previousMatchRequested);
    connect(m_nextMatch, &QToolButton::clicked, this, &ConversationSearch::nextMatchRequested);
    auto *matchLayout = new QHBoxLayout(m_matchRow);
    matchLayout->setContentsMargins(4, 0, 0, 0);
    matchLayout->addWidget(m_matchCount, 1);
    matchLayout->addWidget(m_previousMatch);
    matchLayout->addWidget(m_nextMatch);
    m_matchRow->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query);
    layout->addWidget(m_matchRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    m_results->setVisible(false);
    m_status->setVisible(false);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &ConversationSearch::search);
    connect(m_query, &QLineEdit::textChanged, this, [this] {
        m_typing.start();
        // The clear button's icon loads the icon theme: not at start, when the field is empty.
        if (!m_query->isClearButtonEnabled())
            m_query->setClearButtonEnabled(true);
        const bool has = hasQuery();
        m_results->setVisible(has);
        m_status->setVisible(has);
        m_matchRow->setVisible(has && !m_matchCount->text().isEmpty());
        if (has != std::exchange(m_hadQuery, has))
            Q_EMIT queryPresenceChanged(has);
    });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        // Return again on the hit just opened: on to the next match in its conversation.
        if (!m_typing.isActive() && !isSearching() && m_chosen.isValid()
            && m_chosen == m_results->currentIndex()) {
            Q_EMIT nextMatchRequested();
            return;
        }
        if (m_typing.isActive() || isSearching()) {
            // The shown results are for older text: choose once the current ones are in.
            m_chooseWhenDone = true;
            if (m_typing.isActive())
                search();
            return;
        }
        chooseRow(m_results->currentIndex().isValid() ? m_results->currentIndex().row() : 0);
    });
    connect(m_results, &QListView::activated, this,
            [this](const QModelIndex &index) { chooseRow(index.row()); });
    connect(m_results, &QListView::clicked, this,
            [this](const QModelIndex &index) { chooseRow(index.row()); });
}

void ConversationSearch::search()
{
    m_typing.stop();
    const int generation = ++m_generation;
    const QString text = m_query->text().trimmed();
    Q_EMIT queryChanged(text);
    if (text.isEmpty() || !m_store || !m_store->database()) {
        m_model->clear();
        m_status->clear();
        m_chooseWhenDone = false;
        Q_EMIT searchFinished();
        return;
    }
    m_status->setText(tr("Searching…"));
    ++m_running;
    // Hits arrive one by one, best first, as their snippets are cut: the list fills while a
    // search through long messages goes on. An older search still running is told to stop.
    if (m_watcher)
        m_watcher->cancel();
    auto *watcher = new QFutureWatcher<SearchHit>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::resultsReadyAt, this,
            [this, watcher, generation](int begin, int end) {
                if (generation != m_generation)
                    return;
                if (m_shownGeneration != generation) {
                    m_shownGeneration = generation;
                    m_model->clear();
                }
                for (int i = begin; i < end; ++i)
                    appendHit(watcher->resultAt(i));
                if (!m_results->currentIndex().isValid())
                    m_results->setCurrentIndex(m_model->index(0, 0));
            });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_running;
        if (generation != m_generation)
            return; // the user typed on: a newer search is running
        if (m_shownGeneration != generation) {
            m_shownGeneration = generation;
            m_model->clear();
        }
        const int found = m_model->rowCount();
        m_status->setText(found == 0 ? tr("Nothing found. Try fewer or other words.")
                                     : tr("%n message(s) found", nullptr, found));
        Q_EMIT searchFinished();
        if (std::exchange(m_chooseWhenDone, false))
            chooseRow(m_results->currentIndex().isValid() ? m_results->currentIndex().row() : 0);
    });
    const QString path = m_store->database()->path();
    watcher->setFuture(QtConcurrent::run([path, text](QPromise<SearchHit> &promise) {
        ConversationStore::searchFileEach(path, text, 50, [&promise](const SearchHit &hit) {
            promise.addResult(hit);
            return !promise.isCanceled();
        });
    }));
}

void ConversationSearch::appendHit(const SearchHit &hit)
{
    auto *item = new QStandardItem;
    const QString title
        = hit.conversationTitle.isEmpty() ? tr("New conversation") : hit.conversationTitle;
    item->setData(u"<b>%1</b><br>%2"_s.arg(title.toHtmlEscaped(),
                                           ConversationStore::snippetToHtml(hit.snippet)),
                  HtmlRole);
    QString plain = hit.snippet;
    plain.remove(ConversationStore::highlightBegin).remove(ConversationStore::highlightEnd);
    item->setData(u"%1: %2"_s.arg(title, plain), Qt::AccessibleTextRole);
    item->setData(hit.conversationId, ConversationIdRole);
    item->setData(hit.messageId, MessageIdRole);
    m_model->appendRow(item);
}

void ConversationSearch::chooseRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_results->setCurrentIndex(index);
    m_chosen = index;
    Q_EMIT hitChosen(index.data(ConversationIdRole).toLongLong(),
                     index.data(MessageIdRole).toLongLong());
}

void ConversationSearch::setStore(ConversationStore *store)
{
    m_store = store;
    if (hasQuery())
        search();
}

bool ConversationSearch::hasQuery() const
{
    return !m_query->text().trimmed().isEmpty();
}

void ConversationSearch::clear()
{
    m_query->clear();
    m_model->clear();
    m_status->clear();
    // The marks in the conversation go at once, not after the typing pause.
    m_typing.stop();
    Q_EMIT queryChanged(QString());
}

QString ConversationSearch::query() const
{
    return m_query->text().trimmed();
}

void ConversationSearch::setMatchText(const QString &text)
{
    m_matchCount->setText(text);
    m_matchRow->setVisible(!text.isEmpty() && hasQuery());
}

bool ConversationSearch::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search field move through the results; Esc clears the search.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *keyEvent = static_cast<QKeyEvent *>(event);
        const int key = keyEvent->key();
        if (key == Qt::Key_Escape && !m_query->text().isEmpty()) {
            clear();
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter)
            && keyEvent->modifiers() == Qt::ShiftModifier) {
            Q_EMIT previousMatchRequested();
            return true;
        }
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int row
                = std::clamp(m_results->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1), 0,
                             m_model->rowCount() - 1);
            m_results->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
