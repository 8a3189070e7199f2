#include "messagedelegate.h"
#include "messagedelegate_p.h"

#include "chat/message.h"
#include "codehighlighter.h"
#include "replydocument.h"
#include "statepalette.h"
#include "transcriptmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace MessageDelegateDetail;

namespace {
constexpr int OuterGap = 6;    // between messages
constexpr int SideMargin = 10; // between the bubble and the view's edge
constexpr int Padding = 8;     // inside the bubble
constexpr int LineGap = 4;     // between the parts of one message
constexpr int BannerPadding = 5;
constexpr int Radius = 6;
// The cache of laid-out documents holds about this many characters of text: a laid-out character
// costs ~85 bytes, so ~4 MB at most, a few screens of messages (a screen shows ~10,000). The rest
// are laid out again when scrolled to (1-3 ms each); a larger cache only grows with each reply.
constexpr qsizetype MaxCachedCharacters = 48'000;
// The streaming reply's finished text is parsed in chunks of at least this many characters.
constexpr qsizetype ChunkCharacters = 2'000;
// A finished reply longer than this is kept as chunks, built only when shown: finishing a long
// streamed reply then reuses its chunks, and opening one lays out only what is on screen.
constexpr qsizetype LongCharacters = 8'000;
// Built chunks of long replies other than the one being shown are dropped beyond this.
constexpr qsizetype MaxChunkCharacters = 4 * MaxCachedCharacters;

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

QFont headerFont(const QFont &base)
{
    QFont font = smallFont(base);
    font.setBold(true);
    return font;
}

QString linkText(MessageDelegate::Action action)
{
    switch (action) {
    case MessageDelegate::Action::Copy:
        return MessageDelegate::tr("Copy");
    case MessageDelegate::Action::Regenerate:
        return MessageDelegate::tr("Regenerate");
    case MessageDelegate::Action::Retry:
        return MessageDelegate::tr("Retry");
    case MessageDelegate::Action::Edit:
        return MessageDelegate::tr("Edit");
    case MessageDelegate::Action::Retrieval:
        return MessageDelegate::tr("Retrieval");
    case MessageDelegate::Action::None:
        break;
    }
    return {};
}

// What the banner under a message says: its error, then any retrieval problem.
QString bannerText(const QModelIndex &index)
{
    const QString error = index.data(TranscriptModel::ErrorTextRole).toString();
    const QString note = index.data(TranscriptModel::RetrievalNoteRole).toString();
    return note.isEmpty() ? error : error.isEmpty() ? note : error + u'\n' + note;
}

// A line that opens or closes a code fence: its fence character, else null.
QChar fenceOf(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    const qsizetype indent = line.size() - trimmed.size();
    if (indent <= 3 && trimmed.size() >= 3
        && (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")))
        return trimmed.front();
    return {};
}

// Where the chunks of a finished text start, then its end: at blank lines outside code fences,
// at least ChunkCharacters apart, as the streaming reply is cut.
QList<qsizetype> chunkBounds(QStringView text, qsizetype from)
{
    QList<qsizetype> bounds{ from };
    QChar fence;
    qsizetype pos = from;
    while (pos < text.size()) {
        const qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            break;
        const QStringView line = text.sliced(pos, end - pos);
        if (const QChar f = fenceOf(line); !f.isNull()) {
            if (fence.isNull())
                fence = f;
            else if (f == fence)
                fence = QChar();
        } else if (fence.isNull() && line.trimmed().isEmpty() && end + 1 < text.size()
                   && end + 1 - bounds.constLast() >= ChunkCharacters) {
            bounds.append(end + 1);
        }
        pos = end + 1;
    }
    bounds.append(text.size());
    return bounds;
}

// A branch arrow's target: wide enough to hit, not only the width of its glyph.
int arrowWidth(const QFontMetrics &metrics)
{
    return std::max(metrics.horizontalAdvance(u"‹"_s) + 8, metrics.height() + 4);
}

int branchWidth(const QFontMetrics &metrics, const QModelIndex &index)
{
    const int count = index.data(TranscriptModel::BranchCountRole).toInt();
    return 2 * arrowWidth(metrics) + metrics.horizontalAdvance(u"%1/%2"_s.arg(count).arg(count));
}

// Whether any paragraph of a laid-out document takes more than one line.
bool wraps(const QTextDocument *doc)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.layout() && block.layout()->lineCount() > 1)
            return true;
    }
    return false;
}

// A link's width: Copy keeps the width of "Copied", so nothing moves when it says that.
int linkWidth(const QFontMetrics &metrics, MessageDelegate::Action action)
{
    const int width = metrics.horizontalAdvance(linkText(action));
    if (action == MessageDelegate::Action::Copy)
        return std::max(width, metrics.horizontalAdvance(MessageDelegate::tr("Copied")));
    return width;
}

QString headerText(const QModelIndex &index)
{
    const auto role = Message::Role(index.data(TranscriptModel::RoleRole).toInt());
    if (role == Message::Role::User)
        return MessageDelegate::tr("You");
    if (role == Message::Role::System)
        return MessageDelegate::tr("System");
    const QString model = index.data(TranscriptModel::ModelRole).toString();
    return model.isEmpty() ? MessageDelegate::tr("Reply") : model.section(u'/', -1);
}
} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_documents(MaxCachedCharacters)
{
}

int MessageDelegate::availableWidth(const QStyleOptionViewItem &option)
{
    // Items span the viewport; QListView hands sizeHint() no useful width of its own.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return std::max(120, view->viewport()->width());
    return std::max(120, option.rect.width());
}

void MessageDelegate::documents(Layout &l, const QModelIndex &index, int width, const QFont &font,
                                const QPalette &palette) const
{
    const QString content = index.data(Qt::DisplayRole).toString();
    const int role = index.data(TranscriptModel::RoleRole).toInt();
    const int state = index.data(TranscriptModel::StateRole).toInt();
    const bool markdown = Message::Role(role) == Message::Role::Assistant;
    const auto setDocuments = [&l](const QList<QTextDocument *> &docs) {
        l.documents = docs;
        for (const QTextDocument *doc : docs)
            l.heights.append(doc->size().height());
    };
    if (markdown && Message::State(state) == Message::State::Streaming) {
        m_splits.erase(index.row());
        setDocuments(streamingDocuments(content, index.row(), width, font, palette));
        l.starts = m_stream.bounds.first(std::min(m_stream.bounds.size(), l.documents.size()));
        return;
    }
    if (markdown && content.size() > LongCharacters) {
        const Split &s = split(index, content, width, font);
        for (const auto &doc : s.docs)
            l.documents.append(doc.get());
        l.heights = s.heights;
        l.starts = s.bounds.first(std::min(s.bounds.size(), l.documents.size()));
        return;
    }
    if (m_stream.row == index.row())
        m_stream = {}; // the reply finished: it is shown as one document from now on

    l.starts = { 0 };
    const QString key = u"%1:%2:%3:%4:%5:%6"_s.arg(index.row())
                            .arg(content.size())
                            .arg(state)
                            .arg(width)
                            .arg(role)
                            .arg(index.data(TranscriptModel::ShapeRole).toInt());
    if (QTextDocument *cached = m_documents.object(key)) {
        setDocuments({ cached });
        return;
    }
    // Replies are markdown; what the user typed is shown exactly as typed.
    auto doc = makeDocument(content, markdown, width, font, palette);
    QTextDocument *shown = doc.get();
    // The cost is the text's length: a laid-out document's memory grows with it.
    m_documents.insert(key, doc.release(),
                       std::clamp<qsizetype>(content.size(), 1, MaxCachedCharacters));
    setDocuments({ shown });
}

MessageDelegate::Split &MessageDelegate::split(const QModelIndex &index, const QString &content,
                                               int width, const QFont &font) const
{
    const int state = index.data(TranscriptModel::StateRole).toInt();
    Split &s = m_splits[index.row()];
    if (s.state == state && s.content == content) {
        if (s.width != width) {
            // Another width (a scroll bar came or went): lay the built chunks out again.
            s.width = width;
            for (size_t i = 0; i < s.docs.size(); ++i) {
                const qsizetype from = s.bounds.at(qsizetype(i));
                const qsizetype to = s.bounds.at(qsizetype(i) + 1);
                if (s.docs[i])
                    s.docs[i]->setTextWidth(width);
                s.heights[qsizetype(i)] = s.docs[i]
                    ? s.docs[i]->size().height()
                    : qreal(
                        MessageHeights::estimateText(content.sliced(from, to - from), width, font));
            }
        }
        return s;
    }
    s = {};
    s.content = content;
    s.state = state;
    s.width = width;
    Stream &stream = m_stream;
    if (stream.row == index.row() && stream.width == width && stream.chunkedEnd > 0
        && stream.chunkedEnd <= content.size()
        && QStringView(content).first(stream.chunkedEnd)
            == QStringView(stream.content).first(stream.chunkedEnd)) {
        // The reply just finished: its chunks are kept, the rest becomes one last chunk.
        s.bounds = stream.bounds;
        for (auto &chunk : stream.chunks)
            s.docs.push_back(std::move(chunk));
        if (stream.chunkedEnd < content.size()) {
            s.bounds.append(content.size());
            const bool sameTail
                = stream.tail && QStringView(content).sliced(stream.chunkedEnd) == stream.tailText;
            s.docs.push_back(sameTail ? std::move(stream.tail) : nullptr);
        }
    } else {
        s.bounds = chunkBounds(content, 0);
        s.docs.resize(size_t(s.bounds.size() - 1));
    }
    if (stream.row == index.row())
        stream = {};
    for (size_t i = 0; i < s.docs.size(); ++i) {
        const qsizetype from = s.bounds.at(qsizetype(i));
        const qsizetype to = s.bounds.at(qsizetype(i) + 1);
        s.heights.append(s.docs[i] ? s.docs[i]->size().height()
                                   : qreal(MessageHeights::estimateText(
                                       content.sliced(from, to - from), width, font)));
    }
    return s;
}

bool MessageDelegate::buildChunks(Layout &l, const QStyleOptionViewItem &option,
                                  const QModelIndex &index, const QRectF &area) const
{
    const auto it = m_splits.find(index.row());
    if (it == m_splits.end() || l.documents.size() != qsizetype(it->second.docs.size()))
        return false;
    Split &s = it->second;
    bool built = false;
    qreal top = l.body.top();
    for (qsizetype i = 0; i < l.documents.size(); ++i) {
        const QRectF rect(l.body.left(), top, l.body.width(), l.heights.at(i));
        top += l.heights.at(i);
        if (l.documents.at(i) || (!area.isNull() && !rect.intersects(area)))
            continue;
        const qsizetype from = s.bounds.at(i);
        s.docs[size_t(i)] = makeDocument(s.content.sliced(from, s.bounds.at(i + 1) - from), true,
                                         s.width, option.font, option.palette);
        s.heights[i] = s.docs[size_t(i)]->size().height();
        built = true;
    }
    if (!built)
        return false;
    // Memory stays bounded: the chunks of other long replies are built again when shown.
    qsizetype total = 0;
    for (const auto &[row, other] : m_splits) {
        for (size_t i = 0; i < other.docs.size(); ++i) {
            if (other.docs[i])
                total += other.bounds.at(qsizetype(i) + 1) - other.bounds.at(qsizetype(i));
        }
    }
    if (total > MaxChunkCharacters) {
        for (auto &[row, other] : m_splits) {
            if (row == index.row())
                continue;
            for (auto &doc : other.docs)
                doc.reset();
        }
    }
    const int before = l.bubble.height();
    l = layout(option, index);
    if (l.bubble.height() != before) {
        // The row was placed with estimated chunk heights: place it again with the real ones.
        m_heights.remember(index, availableWidth(option), l.bubble.height() + OuterGap, true);
        scheduleRelayout();
    }
    return true;
}

void MessageDelegate::scheduleRelayout() const
{
    if (m_relayoutPending)
        return;
    m_relayoutPending = true;
    QMetaObject::invokeMethod(
        const_cast<MessageDelegate *>(this),
        [this] {
            m_relayoutPending = false;
            Q_EMIT const_cast<MessageDelegate *>(this)->sizeHintChanged({});
        },
        Qt::QueuedConnection);
}

QList<QTextDocument *> MessageDelegate::streamingDocuments(const QString &content, int row,
                                                           int width, const QFont &font,
                                                           const QPalette &palette) const
{
    Stream &s = m_stream;
    // Another reply, or this one rewritten: start over. A streaming reply only grows.
    if (s.row != row || content.size() < s.scanned
        || QStringView(content).first(s.scanned) != QStringView(s.content).first(s.scanned)) {
        s = {};
        s.row = row;
        s.width = width;
    }
    s.content = content;
    if (s.width != width) {
        s.width = width;
        for (const auto &chunk : s.chunks)
            chunk->setTextWidth(width);
        s.tail.reset();
    }

    // Find the last blank line outside a code fence among the complete lines not yet scanned:
    // markdown before it cannot change meaning whatever comes next.
    const qsizetype lastNewline = content.lastIndexOf(u'\n');
    while (s.scanned <= lastNewline) {
        const qsizetype end = content.indexOf(u'\n', s.scanned);
        const QStringView line = QStringView(content).sliced(s.scanned, end - s.scanned);
        if (const QChar fence = fenceOf(line); !fence.isNull()) {
            if (s.fence.isNull())
                s.fence = fence;
            else if (fence == s.fence)
                s.fence = QChar();
        } else if (line.trimmed().isEmpty() && s.fence.isNull()) {
            s.stableEnd = end + 1;
        }
        s.scanned = end + 1;
    }

    // Finished text becomes a chunk once there is enough of it: fewer, larger chunks keep
    // painting cheap, and the tail left to re-parse on each update stays small.
    if (s.stableEnd - s.chunkedEnd >= ChunkCharacters) {
        s.chunks.push_back(makeDocument(content.sliced(s.chunkedEnd, s.stableEnd - s.chunkedEnd),
                                        true, width, font, palette));
        s.chunkedEnd = s.stableEnd;
        s.bounds.append(s.chunkedEnd);
        s.tail.reset();
    }

    const QString tailText = content.sliced(s.chunkedEnd);
    if (!s.tail || s.tailText != tailText) {
        s.tailText = tailText;
        s.tail = makeDocument(tailText, true, width, font, palette);
    }

    QList<QTextDocument *> out;
    out.reserve(qsizetype(s.chunks.size()) + 1);
    for (const auto &chunk : s.chunks)
        out.append(chunk.get());
    if (!s.tailText.trimmed().isEmpty())
        out.append(s.tail.get());
    return out;
}

std::unique_ptr<ReplyDocument> MessageDelegate::makeDocument(const QString &text, bool markdown,
                                                             int width, const QFont &font,
                                                             const QPalette &palette) const
{
    ++m_built;
    // A reply is data from a server: ReplyDocument shows its HTML as text and loads nothing.
    auto doc = std::make_unique<ReplyDocument>();
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    if (markdown) {
        doc->setReply(text, m_wrapCode);
        // Code blocks get a panel and syntax colours, both from this palette: a palette change
        // clears the cache so they are built again.
        CodeHighlighter(palette).highlight(doc.get());
    } else {
        doc->setUserText(text);
    }
    doc->setTextWidth(width);
    return doc;
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index, bool estimate) const
{
    Layout l;
    const auto role = Message::Role(index.data(TranscriptModel::RoleRole).toInt());
    const auto state = Message::State(index.data(TranscriptModel::StateRole).toInt());
    const bool isUser = role == Message::Role::User;
    const bool isAssistant = role == Message::Role::Assistant;
    const bool streaming = state == Message::State::Streaming;
    const QString content = index.data(TranscriptModel::ContentRole).toString();
    const QString error = index.data(TranscriptModel::ErrorTextRole).toString();
    const int attachments = index.data(TranscriptModel::AttachmentCountRole).toInt();
    // A failed stage of retrieval is said on the reply too, under any error of its own.
    const QString banner = bannerText(index);

    const QFontMetrics small(smallFont(option.font));
    const QFontMetrics header(headerFont(option.font));
    const int width = availableWidth(option);
    const int fullBubbleWidth = width - 2 * SideMargin;
    // The user's own messages sit to the right and are no wider than they need.
    const int maxBubbleWidth = isUser ? fullBubbleWidth * 4 / 5 : fullBubbleWidth;
    const int maxContentWidth = std::max(40, maxBubbleWidth - 2 * Padding);

    if (!estimate)
        documents(l, index, maxContentWidth, option.font, option.palette);
    // What a message offers under its text: a reply Regenerate and Copy; the user's own message
    // Copy and Edit, shown while the mouse is over it or it is selected.
    QList<Action> actions;
    if (isAssistant && !streaming && index.data(TranscriptModel::IsLastReplyRole).toBool()
        && error.isEmpty())
        actions << Action::Regenerate;
    if (!streaming && !content.isEmpty())
        actions << Action::Copy;
    if (isAssistant && !streaming && index.data(TranscriptModel::HasRetrievalRole).toBool())
        actions << Action::Retrieval;
    if (isUser && state == Message::State::Complete)
        actions << Action::Edit;
    // Widths of text are shaped anew each time: an estimate (the height of a row not yet seen,
    // for each of 100,000) needs none of them.
    int actionsWidth = 0;
    for (Action action : std::as_const(actions)) {
        if (!estimate)
            actionsWidth += linkWidth(small, action) + small.horizontalAdvance(u"    "_s);
    }

    int contentWidth = maxContentWidth;
    if (isUser && !l.documents.isEmpty()) {
        const int ideal = int(std::ceil(l.documents.constFirst()->idealWidth()));
        const int headerWidth = header.horizontalAdvance(headerText(index))
            + (branchText(index).isEmpty() ? 0 : branchWidth(header, index) + 8);
        QTextDocument *doc = l.documents.constFirst();
        // Text that wraps fills the widest bubble (its lines are ragged by up to a word).
        const bool narrowed = doc->textWidth() < maxContentWidth;
        contentWidth = !narrowed && ideal < maxContentWidth && wraps(doc)
            ? maxContentWidth
            : std::clamp(std::max({ ideal, headerWidth, actionsWidth,
                                    chipsWidth(attachments, maxContentWidth, option.font) }),
                         40, maxContentWidth);
        // Laid out as wide as the bubble: right-to-left text is aligned to the right edge of
        // the width it is laid out in, which would be outside a narrower bubble.
        if (int(doc->textWidth()) != contentWidth) {
            doc->setTextWidth(contentWidth);
            l.heights.first() = doc->size().height();
        }
    }
    const int bubbleWidth = contentWidth + 2 * Padding;
    const int left = isUser ? option.rect.left() + width - SideMargin - bubbleWidth
                            : option.rect.left() + SideMargin;
    int y = option.rect.top() + OuterGap / 2 + Padding;

    l.header = QRect(left + Padding, y, contentWidth, header.height());
    const QString branch = estimate ? QString() : branchText(index);
    if (!branch.isEmpty()) {
        const int width = branchWidth(header, index);
        l.branch = QRect(l.header.right() - width, y, width, header.height());
        const int arrow = arrowWidth(header);
        l.branchPrev = QRect(l.branch.left(), y, arrow, header.height());
        l.branchNext = QRect(l.branch.right() + 1 - arrow, y, arrow, header.height());
        l.header.setRight(l.branch.left() - 8);
    }
    y += header.height() + LineGap;

    qreal documentsHeight = 0;
    for (const qreal height : std::as_const(l.heights))
        documentsHeight += height;
    if (estimate)
        documentsHeight = MessageHeights::estimateText(content, maxContentWidth, option.font);
    const int bodyHeight = content.isEmpty() ? 0 : int(std::ceil(documentsHeight));
    l.body = QRect(left + Padding, y, contentWidth, bodyHeight);
    y += bodyHeight;
    if (attachments > 0) {
        if (bodyHeight > 0)
            y += LineGap;
        l.chips = chipRects(attachments, QPoint(left + Padding, y), contentWidth, option.font);
        y = l.chips.constLast().bottom() + 1;
    }

    if (!banner.isEmpty()) {
        y += LineGap;
        const QString retry = linkText(Action::Retry);
        const int retryWidth = small.horizontalAdvance(retry);
        const int textWidth = std::max(40, contentWidth - 2 * BannerPadding - retryWidth - 12);
        const QRect textRect
            = small.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, banner);
        const int bannerHeight = std::max(textRect.height(), small.height()) + 2 * BannerPadding;
        l.banner = QRect(left + Padding, y, contentWidth, bannerHeight);
        l.bannerText = QRect(l.banner.left() + BannerPadding, y + BannerPadding, textWidth,
                             textRect.height());
        if (!error.isEmpty() && index.data(TranscriptModel::IsLastReplyRole).toBool()) {
            l.links.append({ Action::Retry,
                             QRect(l.banner.right() - BannerPadding - retryWidth, y + BannerPadding,
                                   retryWidth, small.height()) });
        }
        y += bannerHeight;
    }

    if (isAssistant) {
        QStringList parts;
        const QString stateText = index.data(TranscriptModel::StateTextRole).toString();
        if (!stateText.isEmpty() && error.isEmpty())
            parts << stateText;
        const QString usage = index.data(TranscriptModel::UsageTextRole).toString();
        if (!usage.isEmpty())
            parts << usage;
        // Whether a JSON reply is JSON, or follows its schema, under the reply itself.
        const QString check = index.data(TranscriptModel::ReplyCheckRole).toString();
        if (!check.isEmpty())
            parts.prepend(check);
        l.statusText = parts.join(u"  ·  "_s);
        l.checkLength = int(check.size());
        l.checkOk = index.data(TranscriptModel::ReplyCheckOkRole).toBool();
    }
    // No empty status line under a failed reply that has nothing else to show.
    if (role != Message::Role::System && (!l.statusText.isEmpty() || !actions.isEmpty())) {
        y += LineGap;
        l.status = QRect(left + Padding, y, contentWidth, small.height());
        int x = l.status.right();
        if (estimate)
            actions.clear(); // where the links sit does not change the height
        for (Action action : std::as_const(actions)) {
            const int w = linkWidth(small, action);
            l.links.append({ action, QRect(x - w, y, w, small.height()) });
            x -= w + small.horizontalAdvance(u"    "_s);
        }
        y += l.status.height();
    }

    y += Padding;
    l.bubble = QRect(left, option.rect.top() + OuterGap / 2, bubbleWidth,
                     y - option.rect.top() - OuterGap / 2);
    return l;
}

QString MessageDelegate::branchText(const QModelIndex &index)
{
    const int count = index.data(TranscriptModel::BranchCountRole).toInt();
    if (count < 2)
        return {};
    return u"‹ %1/%2 ›"_s.arg(index.data(TranscriptModel::BranchIndexRole).toInt() + 1).arg(count);
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect.moveTopLeft({ 0, 0 });
    const int width = availableWidth(option);
    // Only the rows that fill the view at the bottom are laid out now; the others are estimated
    // until painted (paint() corrects them), so opening a long conversation stays fast.
    const auto estimateOf = [&](int row) {
        const QModelIndex other = index.siblingAtRow(row);
        if (const std::optional<int> height = m_heights.find(other, width))
            return *height;
        const int height = layout(opt, other, true).bubble.height() + OuterGap;
        m_heights.remember(other, width, height, false);
        return height;
    };
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int viewHeight = view ? view->viewport()->height() : 0;
    const bool exact
        = m_heights.need(index, width, viewHeight, estimateOf) == MessageHeights::Need::Exact;
    if (const std::optional<int> height = m_heights.find(index, width, exact))
        return { width, *height };
    if (!exact)
        return { width, estimateOf(index.row()) };
    const Layout l = layout(opt, index);
    m_heights.remember(index, width, l.bubble.height() + OuterGap, true);
    return { width, l.bubble.height() + OuterGap };
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    Layout l = layout(option, index);
    // Only the part on screen is drawn: a reply can be far taller than the view.
    const auto visibleBody = [&] {
        QRectF visible = QRectF(l.body);
        if (painter->hasClipping())
            visible &= painter->clipBoundingRect();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            visible &= QRectF(view->viewport()->rect());
        return visible;
    };
    // Chunks of a long reply coming into view are built; their real heights move the ones
    // below, which may bring another into view.
    for (int pass = 0;
         pass < 3 && !visibleBody().isEmpty() && buildChunks(l, option, index, visibleBody());
         ++pass) { }
    if (m_heights.painted(index, availableWidth(option), l.bubble.height() + OuterGap))
        scheduleRelayout(); // the row was placed by an estimate: lay the view out again
    const QPalette &palette = option.palette;
    const auto role = Message::Role(index.data(TranscriptModel::RoleRole).toInt());
    const bool selected = option.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // User and reply bubbles differ by a tint of the palette's highlight, so both light and dark
    // themes keep their own contrast.
    QColor fill = role == Message::Role::User
        ? blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.16)
        : palette.color(QPalette::Base);
    QColor border = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid);
    if (role == Message::Role::User && !selected)
        border = fill;
    QPainterPath path;
    path.addRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    painter->fillPath(path, fill);
    painter->setPen(QPen(border, selected ? 2 : 1));
    painter->drawPath(path);

    const QColor dim = palette.color(QPalette::PlaceholderText);
    painter->setFont(headerFont(option.font));
    painter->setPen(dim);
    painter->drawText(l.header, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(painter->font())
                          .elidedText(headerText(index), Qt::ElideMiddle, l.header.width()));

    if (!l.branch.isEmpty()) {
        // The arrows read as links; one at the end of the branches is dimmed.
        const int place = index.data(TranscriptModel::BranchIndexRole).toInt();
        const int count = index.data(TranscriptModel::BranchCountRole).toInt();
        const QString middle = u"%1/%2"_s.arg(place + 1).arg(count);
        painter->setPen(place > 0 ? palette.color(QPalette::Link) : dim);
        painter->drawText(l.branchPrev, Qt::AlignCenter, u"‹"_s);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(QRect(l.branchPrev.right(), l.branch.top(),
                                l.branchNext.left() - l.branchPrev.right(), l.branch.height()),
                          Qt::AlignCenter, middle);
        painter->setPen(place + 1 < count ? palette.color(QPalette::Link) : dim);
        painter->drawText(l.branchNext, Qt::AlignCenter, u"›"_s);
    }

    if (!l.body.isEmpty()) {
        const QRectF visible = visibleBody();
        qreal top = l.body.top();
        for (qsizetype i = 0; i < l.documents.size(); ++i) {
            QTextDocument *doc = l.documents.at(i);
            const QRectF docRect(l.body.left(), top, l.body.width(), l.heights.at(i));
            top += docRect.height();
            const QRectF clip = docRect & visible;
            if (clip.isEmpty() || !doc)
                continue;
            painter->save();
            painter->translate(docRect.topLeft());
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette = palette;
            context.palette.setColor(QPalette::Text, palette.color(QPalette::Text));
            context.clip = clip.translated(-docRect.topLeft());
            if (m_highlights)
                context.selections = highlightSelections(l, i, index, palette);
            doc->documentLayout()->draw(painter, context);
            painter->restore();
        }

        // The Copy button of the code block under the mouse, or of the one just copied.
        const QFont font = smallFont(option.font);
        CodeBlock copied;
        if (m_copiedIndex.isValid() && m_copiedIndex == index)
            copied = codeBlock(l, m_copiedDocument, m_copiedBlock, font);
        const CodeBlock hovered = m_hoverIndex.isValid() && m_hoverIndex == index
            ? codeBlockAt(l, m_hoverPos, font)
            : CodeBlock();
        if (hovered.isValid()
            && (hovered.document != copied.document || hovered.firstBlock != copied.firstBlock))
            paintCopyButton(painter, option, hovered, false);
        if (copied.isValid())
            paintCopyButton(painter, option, copied, true);
    }

    if (!l.chips.isEmpty())
        paintChips(painter, option, index, l);

    painter->setFont(smallFont(option.font));
    if (!l.banner.isEmpty()) {
        // A red tint marks the failure in any theme.
        const bool failed = !index.data(TranscriptModel::ErrorTextRole).toString().isEmpty();
        const QColor bannerFill = StatePalette(palette).background(
            failed ? StatePalette::Role::Error : StatePalette::Role::Warning);
        QPainterPath bannerPath;
        bannerPath.addRoundedRect(QRectF(l.banner), 4, 4);
        painter->fillPath(bannerPath, bannerFill);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(l.bannerText, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          bannerText(index));
    }

    if (!l.status.isEmpty() && !l.statusText.isEmpty()) {
        painter->setPen(dim);
        int right = l.status.right();
        for (const auto &link : l.links) {
            if (link.first != Action::Retry)
                right = std::min(right, link.second.left() - 12);
        }
        const QRect textRect(l.status.left(), l.status.top(), right - l.status.left(),
                             l.status.height());
        const QFontMetrics metrics(painter->font());
        const QString shown = metrics.elidedText(l.statusText, Qt::ElideRight, textRect.width());
        if (l.checkLength > 0) {
            // The JSON check in the colour of its verdict, the rest as usual.
            const QString check = shown.left(l.checkLength);
            painter->setPen(StatePalette(palette).text(l.checkOk ? StatePalette::Role::Success
                                                                 : StatePalette::Role::Error));
            painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, check);
            painter->setPen(dim);
            painter->drawText(textRect.adjusted(metrics.horizontalAdvance(check), 0, 0, 0),
                              Qt::AlignLeft | Qt::AlignVCenter, shown.mid(l.checkLength));
        } else {
            painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
        }
    }

    QFont linkFont = smallFont(option.font);
    linkFont.setUnderline(true);
    painter->setFont(linkFont);
    painter->setPen(palette.color(QPalette::Link));
    // The user's own message shows its links while the mouse is over it or it is selected.
    const bool hovered = m_hoverIndex.isValid() && m_hoverIndex == index;
    if (role != Message::Role::User || hovered || selected) {
        for (const auto &link : l.links) {
            const bool copied = link.first == Action::Copy && m_copiedMessage.isValid()
                && m_copiedMessage == index;
            painter->drawText(link.second, Qt::AlignLeft | Qt::AlignVCenter,
                              copied ? tr("Copied") : linkText(link.first));
        }
    }

    if (option.state & QStyle::State_HasFocus && selected) {
        QStyleOptionFocusRect focus;
        focus.rect = l.bubble.adjusted(-2, -2, 2, 2);
        focus.palette = palette;
        QApplication::style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter,
                                             option.widget);
    }
    painter->restore();
}
