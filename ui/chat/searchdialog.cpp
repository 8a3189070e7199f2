#include "searchdialog.h"

#include "store/conversationstore.h"
#include "store/database.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextDocument>
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
        doc.setHtml(index.data(SearchDialog::HtmlRole).toString());
        doc.setTextWidth(std::max(100, option.rect.width() - 8));
    }
};

} // namespace

SearchDialog::SearchDialog(ConversationStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_query(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Search Conversations"));
    m_query->setPlaceholderText(tr("Search every message of every conversation"));
    m_query->setAccessibleName(tr("Search text"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_status->setAccessibleName(tr("Search status"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(560, 420);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &SearchDialog::search);
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
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

void SearchDialog::search()
{
    m_typing.stop();
    const int generation = ++m_generation;
    const QString text = m_query->text().trimmed();
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

void SearchDialog::appendHit(const SearchHit &hit)
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

void SearchDialog::chooseRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    Q_EMIT hitChosen(index.data(ConversationIdRole).toLongLong(),
                     index.data(MessageIdRole).toLongLong());
    accept();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search field move through the results.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int row
                = std::clamp(m_results->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1), 0,
                             m_model->rowCount() - 1);
            m_results->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
