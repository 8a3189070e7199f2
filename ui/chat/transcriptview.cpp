#include "transcriptview.h"

#include "chat/message.h"
#include "transcripthighlights.h"
#include "transcriptmodel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace {
// Conversations longer than this are laid out in batches of LayoutBatchRows rows.
constexpr int BatchedFromRows = 5000;
constexpr int LayoutBatchRows = 2000;
} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QListView(parent), m_delegate(new MessageDelegate(this))
{
    setBatchSize(LayoutBatchRows);
    setItemDelegate(m_delegate);
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Double-click or F2 opens a message's text for selecting (a read-only viewer over it).
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setWordWrap(true);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Transcript"));
    setToolTip(tr("The conversation. Right-click a reply to copy or regenerate it."));
    verticalScrollBar()->setSingleStep(24);

    // Stay at the bottom while a reply grows, unless the user scrolled up to read.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_followTail = value >= verticalScrollBar()->maximum() - 4; });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_followTail)
            verticalScrollBar()->setValue(max);
    });
    connect(m_delegate, &MessageDelegate::actionTriggered, this, &TranscriptView::onAction);
    connect(m_delegate, &MessageDelegate::linkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_delegate, &MessageDelegate::attachmentActivated, this,
            [this](const QModelIndex &index, int place) {
                Q_EMIT attachmentRequested(index.row(), place);
            });
    connect(m_delegate, &MessageDelegate::jsonFoldToggled, this,
            [this](const QModelIndex &index, int fold) {
                if (auto *transcript = qobject_cast<TranscriptModel *>(model()))
                    transcript->toggleJsonFold(index.row(), fold);
            });
    connect(m_delegate, &MessageDelegate::sourceActivated, this,
            [this](const QModelIndex &index, int number) {
                Q_EMIT sourceRequested(index.row(), number);
            });
}

void TranscriptView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QListView::setModel(model);
    delete m_highlights;
    m_highlights = model ? new TranscriptHighlights(model, this) : nullptr;
    m_delegate->setHighlights(m_highlights);
    if (m_highlights) {
        connect(m_highlights, &TranscriptHighlights::changed, viewport(),
                qOverload<>(&QWidget::update));
        connect(m_highlights, &TranscriptHighlights::currentMoved, this,
                &TranscriptView::revealCurrentMatch);
    }
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
            m_delegate->clearCache();
            m_followTail = true;
            // Every row's height is asked at each layout; for a conversation of 100,000 messages
            // that is a second of the GUI thread. Laid out in batches, the window stays live
            // meanwhile (the tail is followed when the last batch sets the scroll range).
            setLayoutMode(model->rowCount() > BatchedFromRows ? QListView::Batched
                                                              : QListView::SinglePass);
        });
    }
}

int TranscriptView::selectedRow() const
{
    const QModelIndexList rows
        = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void TranscriptView::scrollToTail()
{
    m_followTail = true;
    scrollToBottom();
}

void TranscriptView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                 const QList<int> &roles)
{
    QListView::dataChanged(topLeft, bottomRight, roles);
    // A message that grew needs a new height; QListView only repaints on dataChanged.
    scheduleDelayedItemsLayout();
}

void TranscriptView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QListView::rowsInserted(parent, start, end);
    if (m_followTail)
        scrollToBottom();
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    const bool follow = m_followTail;
    QListView::resizeEvent(event);
    if (follow)
        scrollToBottom();
}

void TranscriptView::onAction(const QModelIndex &index, MessageDelegate::Action action)
{
    switch (action) {
    case MessageDelegate::Action::Copy:
        Q_EMIT copyRequested(index.row());
        m_delegate->showCopied(index, viewport());
        break;
    case MessageDelegate::Action::Edit:
        Q_EMIT editRequested(index.row());
        break;
    case MessageDelegate::Action::Regenerate:
        Q_EMIT regenerateRequested(index.row());
        break;
    case MessageDelegate::Action::Retry:
        Q_EMIT retryRequested(index.row());
        break;
    case MessageDelegate::Action::Retrieval:
        Q_EMIT retrievalRequested(index.row());
        break;
    case MessageDelegate::Action::None:
        break;
    }
}

void TranscriptView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index = indexAt(event->pos());
    if (!index.isValid() && event->reason() == QContextMenuEvent::Keyboard)
        index = currentIndex();
    if (!index.isValid())
        return;
    setCurrentIndex(index);

    const auto state = Message::State(index.data(TranscriptModel::StateRole).toInt());
    const bool isAssistant
        = Message::Role(index.data(TranscriptModel::RoleRole).toInt()) == Message::Role::Assistant;
    const bool isLast = index.data(TranscriptModel::IsLastReplyRole).toBool();
    const int row = index.row();

    // popup(), not exec(): no nested event loop on the GUI thread.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *copy = menu->addAction(isAssistant ? tr("Copy Reply") : tr("Copy Message"), this,
                                    [this, index = QPersistentModelIndex(index)] {
                                        Q_EMIT copyRequested(index.row());
                                        m_delegate->showCopied(index, viewport());
                                    });
    copy->setEnabled(!index.data(TranscriptModel::ContentRole).toString().isEmpty());
    if (state != Message::State::Streaming
        && !index.data(TranscriptModel::ContentRole).toString().isEmpty())
        menu->addAction(tr("&Select Text"), this,
                        [this, index = QPersistentModelIndex(index)] { edit(index); });
    if (!isAssistant && state == Message::State::Complete)
        menu->addAction(tr("&Edit and Resend…"), this, [this, row] { Q_EMIT editRequested(row); });
    if (isAssistant && isLast && state != Message::State::Streaming) {
        if (state == Message::State::Failed)
            menu->addAction(tr("Retry"), this, [this, row] { Q_EMIT retryRequested(row); });
        else
            menu->addAction(tr("Regenerate"), this,
                            [this, row] { Q_EMIT regenerateRequested(row); });
    }
    addExtraActions(menu, index);
    if (isAssistant && index.data(TranscriptModel::HasRetrievalRole).toBool()) {
        menu->addSeparator();
        menu->addAction(tr("Show &Retrieval"), this,
                        [this, row] { Q_EMIT retrievalRequested(row); });
        const QStringList sources = index.data(TranscriptModel::SourcesRole).toStringList();
        for (qsizetype i = 0; i < sources.size(); ++i) {
            // The file name is data: "&&" keeps an "&" in it from becoming a mnemonic.
            QString label = tr("Open Source %1").arg(sources.at(i));
            menu->addAction(label.replace(u'&', QStringLiteral("&&")), this,
                            [this, row, n = int(i + 1)] { Q_EMIT sourceRequested(row, n); });
        }
    }
    addCodeBlockActions(
        menu, index, event->reason() == QContextMenuEvent::Mouse ? event->pos() : QPoint(-1, -1));
    if (isAssistant) {
        QAction *wrap = menu->addAction(tr("&Wrap Long Code Lines"), this, [this](bool checked) {
            m_delegate->setWrapCode(checked);
            scheduleDelayedItemsLayout();
            viewport()->update();
        });
        wrap->setCheckable(true);
        wrap->setChecked(m_delegate->wrapCode());
    }
    const QPoint where = event->reason() == QContextMenuEvent::Keyboard
        ? viewport()->mapToGlobal(visualRect(index).topLeft() + QPoint(20, 20))
        : event->globalPos();
    menu->popup(where);
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    // Esc takes the search's marks away (while a reply streams, Esc stops it first).
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && m_highlights
        && m_highlights->isActive()) {
        m_highlights->clear();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Copy) && selectedRow() >= 0) {
        Q_EMIT copyRequested(selectedRow());
        m_delegate->showCopied(model()->index(selectedRow(), 0), viewport());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void TranscriptView::revealCurrentMatch()
{
    const TranscriptHighlights::Match match
        = m_highlights ? m_highlights->current() : TranscriptHighlights::Match();
    if (!model() || match.row < 0 || match.row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(match.row, 0);
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::EnsureVisible);
    // A tall message: the word itself, in the middle of the view when it was out of it.
    const QRect rect = currentMatchRect();
    const QRect visible = viewport()->rect();
    if (!visible.contains(rect)) {
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value() + rect.center().y() - visible.center().y());
    }
    m_followTail = false; // reading a match, not the tail
}

QRect TranscriptView::currentMatchRect() const
{
    const TranscriptHighlights::Match match
        = m_highlights ? m_highlights->current() : TranscriptHighlights::Match();
    if (!model() || match.row < 0 || match.row >= model()->rowCount())
        return {};
    const QModelIndex index = model()->index(match.row, 0);
    return m_delegate->matchRect(itemOption(index), index, match.start);
}

QStyleOptionViewItem TranscriptView::itemOption(const QModelIndex &index) const
{
    // What paint() and editorEvent() are given for this row, so hit tests agree with the drawing.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

void TranscriptView::addCodeBlockActions(QMenu *menu, const QModelIndex &index, const QPoint &pos)
{
    const QStyleOptionViewItem option = itemOption(index);
    const QList<MessageDelegate::CodeBlock> blocks = m_delegate->codeBlocks(option, index);
    if (blocks.isEmpty())
        return;
    const QPersistentModelIndex row(index);
    const auto copy = [this, row](const MessageDelegate::CodeBlock &block) {
        return [this, row, block] { m_delegate->copyCodeBlock(row, block, viewport()); };
    };
    menu->addSeparator();
    if (blocks.size() == 1) {
        menu->addAction(tr("Copy &Code Block"), this, copy(blocks.constFirst()));
        return;
    }
    // The block the user right-clicked first, then every block by number for the keyboard.
    const MessageDelegate::CodeBlock under = m_delegate->codeBlockAt(option, index, pos);
    if (under.isValid())
        menu->addAction(tr("Copy This &Code Block"), this, copy(under));
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const MessageDelegate::CodeBlock &block = blocks.at(i);
        const QString label = block.language.isEmpty()
            ? tr("Copy Code Block %1 of %2").arg(i + 1).arg(blocks.size())
            : tr("Copy Code Block %1 of %2 (%3)").arg(i + 1).arg(blocks.size()).arg(block.language);
        menu->addAction(label, this, copy(block));
    }
}

void TranscriptView::addExtraActions(QMenu *menu, const QModelIndex &index)
{
    const int row = index.row();
    const QList<AttachmentChip> chips
        = index.data(TranscriptModel::AttachmentsRole).value<QList<AttachmentChip>>();
    if (!chips.isEmpty())
        menu->addSeparator();
    for (int i = 0; i < chips.size(); ++i) {
        // The name is the file's: & would otherwise mark a shortcut.
        QString name = chips.at(i).name;
        name.replace(u'&', u"&&"_s);
        menu->addAction(tr("Open Attachment “%1”").arg(name), this,
                        [this, row, i] { Q_EMIT attachmentRequested(row, i); });
    }
    const QString json = index.data(TranscriptModel::JsonTextRole).toString();
    if (json.isEmpty())
        return;
    menu->addSeparator();
    menu->addAction(tr("Copy &JSON"), this, [this, json, index = QPersistentModelIndex(index)] {
        QGuiApplication::clipboard()->setText(json);
        m_delegate->showCopied(index, viewport());
    });
    auto *transcript = qobject_cast<TranscriptModel *>(model());
    if (!transcript)
        return;
    menu->addAction(tr("&Fold All JSON"), this,
                    [transcript, row] { transcript->foldAllJson(row, true); });
    menu->addAction(tr("&Unfold All JSON"), this,
                    [transcript, row] { transcript->foldAllJson(row, false); });
    // Each object and array on its own, for the keyboard (a click on its line does the same).
    const QList<TranscriptModel::JsonFold> folds = transcript->jsonFolds(row);
    if (folds.isEmpty())
        return;
    QMenu *one = menu->addMenu(tr("Fold or Unfold &One"));
    one->setAccessibleName(tr("Fold or unfold one object or array of the JSON reply"));
    for (const TranscriptModel::JsonFold &fold : folds) {
        // The line is the reply's text: & would otherwise mark a shortcut.
        QString label = fold.label;
        if (label.size() > 60)
            label = label.left(59) + u'…';
        label.replace(u'&', u"&&"_s);
        const QString text = fold.folded ? tr("Unfold Line %1: %2").arg(fold.line).arg(label)
                                         : tr("Fold Line %1: %2").arg(fold.line).arg(label);
        one->addAction(text, this,
                       [transcript, row, id = fold.fold] { transcript->toggleJsonFold(row, id); });
    }
}

void TranscriptView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::FontChange) {
        // The laid-out documents hold colours (code, panels) and fonts from before.
        m_delegate->clearCache();
        scheduleDelayedItemsLayout();
        viewport()->update();
    }
}

void TranscriptView::mouseMoveEvent(QMouseEvent *event)
{
    QListView::mouseMoveEvent(event);
    // Over empty space no delegate sees the move: hide a Copy button left behind.
    if (!indexAt(event->position().toPoint()).isValid() && m_delegate->clearHover())
        viewport()->update();
}

void TranscriptView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    Q_EMIT painted();
}

bool TranscriptView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave && m_delegate->clearHover())
        viewport()->update();
    return QListView::viewportEvent(event);
}
