#include "messagedelegate.h"

#include "chat/message.h"
#include "transcriptmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDesktopServices>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
constexpr int OuterGap = 6;    // between messages
constexpr int SideMargin = 10; // between the bubble and the view's edge
constexpr int Padding = 8;     // inside the bubble
constexpr int LineGap = 4;     // between the parts of one message
constexpr int BannerPadding = 5;
constexpr int Radius = 6;
// The cache of laid-out documents holds about this many characters of text: a laid-out character
// costs ~70 bytes, so ~14 MB at most, many screens of messages (the rest are laid out on demand).
constexpr qsizetype MaxCachedCharacters = 200'000;
// The streaming reply's finished text is parsed in chunks of at least this many characters.
constexpr qsizetype ChunkCharacters = 2'000;

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
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
    case MessageDelegate::Action::None:
        break;
    }
    return {};
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

QList<QTextDocument *> MessageDelegate::documents(const QModelIndex &index, int width,
                                                  const QFont &font) const
{
    const QString content = index.data(TranscriptModel::ContentRole).toString();
    const int role = index.data(TranscriptModel::RoleRole).toInt();
    const int state = index.data(TranscriptModel::StateRole).toInt();
    const bool markdown = Message::Role(role) == Message::Role::Assistant;
    if (markdown && Message::State(state) == Message::State::Streaming)
        return streamingDocuments(content, index.row(), width, font);
    if (m_stream.row == index.row())
        m_stream = {}; // the reply finished: it is shown as one document from now on

    const QString key
        = u"%1:%2:%3:%4:%5"_s.arg(index.row()).arg(content.size()).arg(state).arg(width).arg(role);
    if (QTextDocument *cached = m_documents.object(key))
        return { cached };
    // Replies are markdown; what the user typed is shown exactly as typed.
    auto doc = makeDocument(content, markdown, width, font);
    QTextDocument *shown = doc.get();
    // The cost is the text's length: a laid-out document's memory grows with it.
    m_documents.insert(key, doc.release(),
                       std::clamp<qsizetype>(content.size(), 1, MaxCachedCharacters));
    return { shown };
}

QList<QTextDocument *> MessageDelegate::streamingDocuments(const QString &content, int row,
                                                           int width, const QFont &font) const
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
        const QStringView trimmed = line.trimmed();
        const qsizetype indent = line.size() - line.trimmed().size();
        if (indent <= 3 && trimmed.size() >= 3
            && (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~"))) {
            if (s.fence.isNull())
                s.fence = trimmed.front();
            else if (trimmed.front() == s.fence)
                s.fence = QChar();
        } else if (trimmed.isEmpty() && s.fence.isNull()) {
            s.stableEnd = end + 1;
        }
        s.scanned = end + 1;
    }

    // Finished text becomes a chunk once there is enough of it: fewer, larger chunks keep
    // painting cheap, and the tail left to re-parse on each update stays small.
    if (s.stableEnd - s.chunkedEnd >= ChunkCharacters) {
        s.chunks.push_back(makeDocument(content.sliced(s.chunkedEnd, s.stableEnd - s.chunkedEnd),
                                        true, width, font));
        s.chunkedEnd = s.stableEnd;
        s.tail.reset();
    }

    const QString tailText = content.sliced(s.chunkedEnd);
    if (!s.tail || s.tailText != tailText) {
        s.tailText = tailText;
        s.tail = makeDocument(tailText, true, width, font);
    }

    QList<QTextDocument *> out;
    out.reserve(qsizetype(s.chunks.size()) + 1);
    for (const auto &chunk : s.chunks)
        out.append(chunk.get());
    if (!s.tailText.trimmed().isEmpty())
        out.append(s.tail.get());
    return out;
}

std::unique_ptr<QTextDocument> MessageDelegate::makeDocument(const QString &text, bool markdown,
                                                             int width, const QFont &font)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    if (markdown) {
        doc->setMarkdown(text);
        // Code blocks get a faint panel so they read as code, in light and dark palettes.
        const QPalette palette = QApplication::palette();
        const QColor codeFill
            = blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07);
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (!block.blockFormat().nonBreakableLines())
                continue;
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setBackground(codeFill);
            cursor.setBlockFormat(format);
        }
    } else
        doc->setPlainText(text);
    doc->setTextWidth(width);
    return doc;
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    Layout l;
    const auto role = Message::Role(index.data(TranscriptModel::RoleRole).toInt());
    const auto state = Message::State(index.data(TranscriptModel::StateRole).toInt());
    const bool isUser = role == Message::Role::User;
    const bool isAssistant = role == Message::Role::Assistant;
    const bool streaming = state == Message::State::Streaming;
    const QString content = index.data(TranscriptModel::ContentRole).toString();
    const QString error = index.data(TranscriptModel::ErrorTextRole).toString();

    const QFontMetrics small(smallFont(option.font));
    const QFontMetrics header(headerFont(option.font));
    const int width = availableWidth(option);
    const int fullBubbleWidth = width - 2 * SideMargin;
    // The user's own messages sit to the right and are no wider than they need.
    const int maxBubbleWidth = isUser ? fullBubbleWidth * 4 / 5 : fullBubbleWidth;
    const int maxContentWidth = std::max(40, maxBubbleWidth - 2 * Padding);

    l.documents = documents(index, maxContentWidth, option.font);
    int contentWidth = maxContentWidth;
    if (isUser && !l.documents.isEmpty()) {
        const int ideal = int(std::ceil(l.documents.constFirst()->idealWidth()));
        const int headerWidth = header.horizontalAdvance(headerText(index))
            + (branchText(index).isEmpty() ? 0 : header.horizontalAdvance(branchText(index)) + 8);
        contentWidth = std::clamp(std::max(ideal, headerWidth), 40, maxContentWidth);
    }
    const int bubbleWidth = contentWidth + 2 * Padding;
    const int left = isUser ? option.rect.left() + width - SideMargin - bubbleWidth
                            : option.rect.left() + SideMargin;
    int y = option.rect.top() + OuterGap / 2 + Padding;

    l.header = QRect(left + Padding, y, contentWidth, header.height());
    const QString branch = branchText(index);
    if (!branch.isEmpty()) {
        const int branchWidth = header.horizontalAdvance(branch);
        l.branch = QRect(l.header.right() - branchWidth, y, branchWidth, header.height());
        const int arrow = header.horizontalAdvance(u"‹ "_s);
        l.branchPrev = QRect(l.branch.left(), y, arrow, header.height());
        l.branchNext = QRect(l.branch.right() - arrow, y, arrow, header.height());
        l.header.setRight(l.branch.left() - 8);
    }
    y += header.height() + LineGap;

    qreal documentsHeight = 0;
    for (const QTextDocument *doc : std::as_const(l.documents))
        documentsHeight += doc->size().height();
    const int bodyHeight = content.isEmpty() ? 0 : int(std::ceil(documentsHeight));
    l.body = QRect(left + Padding, y, contentWidth, bodyHeight);
    y += bodyHeight;

    if (!error.isEmpty()) {
        y += LineGap;
        const QString retry = linkText(Action::Retry);
        const int retryWidth = small.horizontalAdvance(retry);
        const int textWidth = std::max(40, contentWidth - 2 * BannerPadding - retryWidth - 12);
        const QRect textRect
            = small.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, error);
        const int bannerHeight = std::max(textRect.height(), small.height()) + 2 * BannerPadding;
        l.banner = QRect(left + Padding, y, contentWidth, bannerHeight);
        l.bannerText = QRect(l.banner.left() + BannerPadding, y + BannerPadding, textWidth,
                             textRect.height());
        if (index.data(TranscriptModel::IsLastReplyRole).toBool()) {
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
        l.statusText = parts.join(u"  ·  "_s);

        QList<Action> actions;
        if (!streaming && index.data(TranscriptModel::IsLastReplyRole).toBool() && error.isEmpty())
            actions << Action::Regenerate;
        if (!streaming && !content.isEmpty())
            actions << Action::Copy;
        // No empty status line under a failed reply that has nothing else to show.
        if (!l.statusText.isEmpty() || !actions.isEmpty()) {
            y += LineGap;
            l.status = QRect(left + Padding, y, contentWidth, small.height());
            int x = l.status.right();
            for (Action action : std::as_const(actions)) {
                const int w = small.horizontalAdvance(linkText(action));
                l.links.append({ action, QRect(x - w, y, w, small.height()) });
                x -= w + small.horizontalAdvance(u"    "_s);
            }
            y += l.status.height();
        }
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

int MessageDelegate::branchStepAt(const Layout &l, const QModelIndex &index,
                                  const QPoint &pos) const
{
    if (l.branch.isEmpty())
        return 0;
    const int place = index.data(TranscriptModel::BranchIndexRole).toInt();
    const int count = index.data(TranscriptModel::BranchCountRole).toInt();
    if (l.branchPrev.adjusted(-4, -3, 2, 3).contains(pos) && place > 0)
        return -1;
    if (l.branchNext.adjusted(-2, -3, 4, 3).contains(pos) && place + 1 < count)
        return 1;
    return 0;
}

int MessageDelegate::branchStepAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const QPoint &pos) const
{
    return branchStepAt(layout(option, index), index, pos);
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect.moveTopLeft({ 0, 0 });
    const Layout l = layout(opt, index);
    return { availableWidth(option), l.bubble.height() + OuterGap };
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Layout l = layout(option, index);
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
        painter->drawText(l.branchPrev, Qt::AlignLeft | Qt::AlignVCenter, u"‹"_s);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(QRect(l.branchPrev.right(), l.branch.top(),
                                l.branchNext.left() - l.branchPrev.right(), l.branch.height()),
                          Qt::AlignCenter, middle);
        painter->setPen(place + 1 < count ? palette.color(QPalette::Link) : dim);
        painter->drawText(l.branchNext, Qt::AlignRight | Qt::AlignVCenter, u"›"_s);
    }

    if (!l.body.isEmpty()) {
        // Only the part on screen is drawn: a streaming reply can be far taller than the view.
        QRectF visible = QRectF(l.body);
        if (painter->hasClipping())
            visible &= painter->clipBoundingRect();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            visible &= QRectF(view->viewport()->rect());
        qreal top = l.body.top();
        for (QTextDocument *doc : std::as_const(l.documents)) {
            const QRectF docRect(l.body.left(), top, l.body.width(), doc->size().height());
            top += docRect.height();
            const QRectF clip = docRect & visible;
            if (clip.isEmpty())
                continue;
            painter->save();
            painter->translate(docRect.topLeft());
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette = palette;
            context.palette.setColor(QPalette::Text, palette.color(QPalette::Text));
            context.clip = clip.translated(-docRect.topLeft());
            doc->documentLayout()->draw(painter, context);
            painter->restore();
        }
    }

    painter->setFont(smallFont(option.font));
    if (!l.banner.isEmpty()) {
        // The one non-palette colour: a red tint marks the failure in any theme.
        const QColor bannerFill = blend(palette.color(QPalette::Base), QColor(220, 50, 47), 0.22);
        QPainterPath bannerPath;
        bannerPath.addRoundedRect(QRectF(l.banner), 4, 4);
        painter->fillPath(bannerPath, bannerFill);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(l.bannerText, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          index.data(TranscriptModel::ErrorTextRole).toString());
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
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(painter->font())
                              .elidedText(l.statusText, Qt::ElideRight, textRect.width()));
    }

    QFont linkFont = smallFont(option.font);
    linkFont.setUnderline(true);
    painter->setFont(linkFont);
    painter->setPen(palette.color(QPalette::Link));
    for (const auto &link : l.links)
        painter->drawText(link.second, Qt::AlignLeft | Qt::AlignVCenter, linkText(link.first));

    if (option.state & QStyle::State_HasFocus && selected) {
        QStyleOptionFocusRect focus;
        focus.rect = l.bubble.adjusted(-2, -2, 2, 2);
        focus.palette = palette;
        QApplication::style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter,
                                             option.widget);
    }
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
    QString anchor;
    const Layout l = layout(option, index);
    const int step = branchStepAt(l, index, pos);
    if (action == Action::None && l.body.contains(pos)) {
        QPointF at = pos - l.body.topLeft();
        for (QTextDocument *doc : std::as_const(l.documents)) {
            if (at.y() < doc->size().height()) {
                anchor = doc->documentLayout()->anchorAt(at);
                break;
            }
            at.ry() -= doc->size().height();
        }
    }

    if (event->type() == QEvent::MouseMove) {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
            const bool overLink = action != Action::None || !anchor.isEmpty() || step != 0;
            view->viewport()->setCursor(overLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
        }
        return false;
    }
    if (mouse->button() != Qt::LeftButton)
        return false;
    if (step != 0) {
        Q_EMIT branchStepRequested(index, step);
        return true;
    }
    if (action != Action::None) {
        Q_EMIT actionTriggered(index, action);
        return true;
    }
    if (!anchor.isEmpty()) {
        const QUrl url(anchor);
        // Only web links leave Sift; anything else in a reply is not followed.
        if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
            QDesktopServices::openUrl(url);
        return true;
    }
    return false;
}
