// MessageDelegate's answers to the mouse, the keyboard and the clipboard: what lies under a
// point (an action link, a branch arrow, a code block and its Copy button, a link), clicks,
// tooltips, "Copied" feedback, and the read-only text viewer that makes a message selectable.
#include "messagedelegate.h"
#include "messagedelegate_p.h"

#include "chat/message.h"
#include "codehighlighter.h"
#include "messagetextviewer.h"
#include "transcriptmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace MessageDelegateDetail;

int MessageDelegate::branchStepAt(const Layout &l, const QModelIndex &index,
                                  const QPoint &pos) const
{
    if (l.branch.isEmpty())
        return 0;
    const int place = index.data(TranscriptModel::BranchIndexRole).toInt();
    const int count = index.data(TranscriptModel::BranchCountRole).toInt();
    // The arrows are targets of their own, a little taller than the header line.
    if (l.branchPrev.adjusted(-2, -5, 0, 5).contains(pos) && place > 0)
        return -1;
    if (l.branchNext.adjusted(0, -5, 2, 5).contains(pos) && place + 1 < count)
        return 1;
    return 0;
}

int MessageDelegate::branchStepAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const QPoint &pos) const
{
    return branchStepAt(layout(option, index), index, pos);
}

QRect MessageDelegate::copyButtonRect(const QRect &block, const QFont &font)
{
    const QFontMetrics metrics(font);
    // As wide as the longer of its two labels, so it does not jump when it says "Copied".
    const int textWidth
        = std::max(metrics.horizontalAdvance(tr("Copy")), metrics.horizontalAdvance(tr("Copied")));
    const QSize size(textWidth + 12, metrics.height() + 4);
    return QRect(QPoint(block.right() - 3 - size.width(), block.top() + 3), size);
}

MessageDelegate::CodeBlock MessageDelegate::codeBlock(const Layout &l, int document, int firstBlock,
                                                      const QFont &font) const
{
    if (document < 0 || document >= l.documents.size())
        return {};
    qreal top = l.body.top();
    for (int i = 0; i < document; ++i)
        top += l.heights.at(i);
    const QTextDocument *doc = l.documents.at(document);
    if (!doc)
        return {}; // not shown, so not built
    const CodeHighlighter::Block found
        = CodeHighlighter::codeBlockAt(doc->findBlockByNumber(firstBlock));
    if (found.firstBlock != firstBlock)
        return {};
    const QAbstractTextDocumentLayout *docLayout = doc->documentLayout();
    const QRectF first = docLayout->blockBoundingRect(doc->findBlockByNumber(found.firstBlock));
    const QRectF last = docLayout->blockBoundingRect(doc->findBlockByNumber(found.lastBlock));
    CodeBlock block;
    block.document = document;
    block.firstBlock = found.firstBlock;
    block.language = found.language;
    block.text = found.text(doc);
    block.rect = first.united(last).translated(l.body.left(), top).toAlignedRect();
    block.rect.setRight(std::min(block.rect.right(), l.body.right()));
    block.copyButton = copyButtonRect(block.rect, font);
    return block;
}

MessageDelegate::CodeBlock MessageDelegate::codeBlockAt(const Layout &l, const QPoint &pos,
                                                        const QFont &font) const
{
    if (!l.body.contains(pos))
        return {};
    QPointF at = pos - l.body.topLeft();
    for (int i = 0; i < l.documents.size(); ++i) {
        const QTextDocument *doc = l.documents.at(i);
        if (at.y() >= l.heights.at(i)) {
            at.ry() -= l.heights.at(i);
            continue;
        }
        if (!doc)
            return {};
        const int position = doc->documentLayout()->hitTest(at, Qt::FuzzyHit);
        const CodeHighlighter::Block found
            = CodeHighlighter::codeBlockAt(doc->findBlock(std::max(0, position)));
        if (found.firstBlock < 0)
            return {};
        CodeBlock block = codeBlock(l, i, found.firstBlock, font);
        return block.rect.contains(pos) ? block : CodeBlock();
    }
    return {};
}

MessageDelegate::CodeBlock MessageDelegate::codeBlockAt(const QStyleOptionViewItem &option,
                                                        const QModelIndex &index,
                                                        const QPoint &pos) const
{
    return codeBlockAt(layout(option, index), pos, smallFont(option.font));
}

QList<MessageDelegate::CodeBlock> MessageDelegate::codeBlocks(const QStyleOptionViewItem &option,
                                                              const QModelIndex &index) const
{
    Layout l = layout(option, index);
    buildChunks(l, option, index, {}); // every block, also those not shown yet
    const QFont font = smallFont(option.font);
    QList<CodeBlock> out;
    for (int i = 0; i < l.documents.size(); ++i) {
        for (const auto &found : CodeHighlighter::codeBlocks(l.documents.at(i)))
            out.append(codeBlock(l, i, found.firstBlock, font));
    }
    return out;
}

QList<const QTextDocument *> MessageDelegate::shownDocuments(const QStyleOptionViewItem &option,
                                                             const QModelIndex &index) const
{
    Layout l = layout(option, index);
    buildChunks(l, option, index, {});
    QList<const QTextDocument *> out;
    for (QTextDocument *doc : std::as_const(l.documents))
        out.append(doc);
    return out;
}

void MessageDelegate::copyCodeBlock(const QModelIndex &index, const CodeBlock &block, QWidget *view)
{
    if (!block.isValid())
        return;
    // A JSON reply's block shows fold markers and may be folded: the JSON goes whole.
    const QString json = index.data(TranscriptModel::JsonTextRole).toString();
    QGuiApplication::clipboard()->setText(json.isEmpty() ? block.text : json);
    m_copiedIndex = index;
    m_copiedDocument = block.document;
    m_copiedBlock = block.firstBlock;
    m_copiedView = view;
    if (view)
        view->update();
    // The last copy wins: an earlier timer finds another block marked and leaves it.
    QTimer::singleShot(CopiedFeedbackMs, this, [this, index = QPersistentModelIndex(index), block] {
        if (m_copiedIndex != index || m_copiedDocument != block.document
            || m_copiedBlock != block.firstBlock)
            return;
        m_copiedIndex = QPersistentModelIndex();
        m_copiedDocument = m_copiedBlock = -1;
        if (m_copiedView)
            m_copiedView->update();
    });
}

void MessageDelegate::showCopied(const QModelIndex &index, QWidget *view)
{
    m_copiedMessage = index;
    m_copiedView = view;
    if (view)
        view->update();
    // The last copy wins: an earlier timer finds another message marked and leaves it.
    QTimer::singleShot(CopiedFeedbackMs, this, [this, index = QPersistentModelIndex(index)] {
        if (m_copiedMessage != index)
            return;
        m_copiedMessage = QPersistentModelIndex();
        if (m_copiedView)
            m_copiedView->update();
    });
}

bool MessageDelegate::clearHover()
{
    const bool wasHovering = m_hoverIndex.isValid();
    m_hoverIndex = QPersistentModelIndex();
    return wasHovering;
}

void MessageDelegate::paintCopyButton(QPainter *painter, const QStyleOptionViewItem &option,
                                      const CodeBlock &block, bool copied) const
{
    const QPalette &palette = option.palette;
    painter->save();
    painter->setFont(smallFont(option.font));
    QPainterPath path;
    path.addRoundedRect(QRectF(block.copyButton).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->fillPath(path, palette.color(QPalette::Button));
    painter->setPen(palette.color(QPalette::Mid));
    painter->drawPath(path);
    painter->setPen(palette.color(QPalette::ButtonText));
    painter->drawText(block.copyButton, Qt::AlignCenter, copied ? tr("Copied") : tr("Copy"));
    painter->restore();
}

MessageDelegate::Action MessageDelegate::actionAt(const QStyleOptionViewItem &option,
                                                  const QModelIndex &index, const QPoint &pos) const
{
    const Layout l = layout(option, index);
    for (const auto &link : l.links) {
        if (link.second.adjusted(-3, -3, 3, 3).contains(pos))
            return link.first;
    }
    return Action::None;
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease && event->type() != QEvent::MouseMove)
        return QStyledItemDelegate::editorEvent(event, model, option, index);

    const auto *mouse = static_cast<QMouseEvent *>(event);
    const QPoint pos = mouse->position().toPoint();
    const Action action = actionAt(option, index, pos);
    const Layout l = layout(option, index);
    const int step = branchStepAt(l, index, pos);
    const CodeBlock code = codeBlockAt(l, pos, smallFont(option.font));
    const bool onCopyButton = code.isValid() && code.copyButton.contains(pos);
    const QString anchor = action == Action::None ? linkAt(l, pos) : QString();
    const int chip = chipAt(l, pos);
    const int fold
        = code.isValid() && !onCopyButton ? jsonFoldAt(l, index, pos, smallFont(option.font)) : -1;

    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    if (event->type() == QEvent::MouseMove) {
        if (view) {
            const bool overLink = action != Action::None || !anchor.isEmpty() || step != 0
                || onCopyButton || chip >= 0 || fold >= 0;
            view->viewport()->setCursor(overLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
        }
        // Repaint only when the Copy button moves to another block (or goes away).
        const CodeBlock before = m_hoverIndex.isValid() && m_hoverIndex.row() == index.row()
            ? codeBlockAt(l, m_hoverPos, smallFont(option.font))
            : CodeBlock();
        const bool changed = m_hoverIndex != index || before.document != code.document
            || before.firstBlock != code.firstBlock;
        m_hoverIndex = index;
        m_hoverPos = pos;
        if (changed && view)
            view->viewport()->update();
        return false;
    }
    if (mouse->button() != Qt::LeftButton)
        return false;
    if (onCopyButton) {
        copyCodeBlock(index, code, view ? view->viewport() : nullptr);
        return true;
    }
    if (step != 0) {
        Q_EMIT branchStepRequested(index, step);
        return true;
    }
    if (chip >= 0) {
        Q_EMIT attachmentActivated(index, chip);
        return true;
    }
    if (fold >= 0) {
        Q_EMIT jsonFoldToggled(index, fold);
        return true;
    }
    if (action != Action::None) {
        Q_EMIT actionTriggered(index, action);
        return true;
    }
    if (!anchor.isEmpty()) {
        const QUrl url(anchor);
        // Only web links leave Sift, and only on a click; anything else in a reply is not
        // followed.
        if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
            Q_EMIT linkActivated(url);
        else if (url.scheme() == u"sift-source"_s && url.path().toInt() > 0)
            Q_EMIT sourceActivated(index, url.path().toInt());
        return true;
    }
    return false;
}

QString MessageDelegate::linkAt(const Layout &l, const QPoint &pos)
{
    if (!l.body.contains(pos))
        return {};
    QPointF at = pos - l.body.topLeft();
    for (qsizetype i = 0; i < l.documents.size(); ++i) {
        if (at.y() < l.heights.at(i)) {
            const QTextDocument *doc = l.documents.at(i);
            return doc ? doc->documentLayout()->anchorAt(at) : QString();
        }
        at.ry() -= l.heights.at(i);
    }
    return {};
}

QString MessageDelegate::linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                const QPoint &pos) const
{
    return linkAt(layout(option, index), pos);
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        const Layout l = layout(option, index);
        if (const int chip = chipAt(l, event->pos()); chip >= 0) {
            const QList<AttachmentChip> chips
                = index.data(TranscriptModel::AttachmentsRole).value<QList<AttachmentChip>>();
            if (chip < chips.size()) {
                // Escaped: the name is data from a file, never markup.
                const QString text = tr("%1\nClick to open it.").arg(chips.at(chip).name);
                QToolTip::showText(event->globalPos(),
                                   u"<p style='white-space:pre-wrap'>%1</p>"_s.arg(
                                       text.toHtmlEscaped().replace(u'\n', u"<br>"_s)),
                                   view);
                return true;
            }
        }
        if (jsonFoldAt(l, index, event->pos(), smallFont(option.font)) >= 0) {
            QToolTip::showText(event->globalPos(),
                               tr("Click to fold or unfold. Right-click to fold or unfold all."),
                               view);
            return true;
        }
        // A link shows where it goes before it is clicked: its text may say something else.
        const QString anchor = linkAt(option, index, event->pos());
        if (!anchor.isEmpty()) {
            const QUrl url(anchor);
            const bool web = url.scheme() == u"https"_s || url.scheme() == u"http"_s;
            const int source = url.scheme() == u"sift-source"_s ? url.path().toInt() : 0;
            const QStringList sources = index.data(TranscriptModel::SourcesRole).toStringList();
            const QString text = source > 0 && source <= sources.size()
                ? tr("%1\nClick to open the passage.").arg(sources.at(source - 1))
                : web ? tr("Opens %1 in your browser").arg(url.toDisplayString())
                      : tr("%1\nSift opens only web links (http and https).").arg(anchor);
            // Escaped: the address is data from the reply, never markup.
            QToolTip::showText(event->globalPos(),
                               u"<p style='white-space:pre-wrap'>%1</p>"_s.arg(
                                   text.toHtmlEscaped().replace(u'\n', u"<br>"_s)),
                               view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QWidget *MessageDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const auto role = Message::Role(index.data(TranscriptModel::RoleRole).toInt());
    const auto state = Message::State(index.data(TranscriptModel::StateRole).toInt());
    const QString content = index.data(TranscriptModel::ContentRole).toString();
    if (state == Message::State::Streaming || content.isEmpty())
        return nullptr; // still changing, or nothing to select
    const Layout l = layout(option, index);
    auto *viewer = new MessageTextViewer(parent);
    viewer->setFont(option.font);
    viewer->setMessageDocument(makeDocument(content, role == Message::Role::Assistant,
                                            l.body.width(), option.font, option.palette)
                                   .release());
    viewer->setLineWrapMode(QTextEdit::FixedPixelWidth);
    viewer->setLineWrapColumnOrWidth(l.body.width());
    return viewer;
}

void MessageDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    // Exactly over the message's text; of a message taller than the view, the part shown.
    const Layout l = layout(option, index);
    QRect visible = l.body;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        visible &= view->viewport()->rect();
    if (visible.isEmpty())
        visible = QRect(l.body.topLeft(), QSize(l.body.width(), 1));
    editor->setGeometry(visible);
    if (auto *viewer = qobject_cast<MessageTextViewer *>(editor))
        viewer->verticalScrollBar()->setValue(visible.top() - l.body.top());
}
