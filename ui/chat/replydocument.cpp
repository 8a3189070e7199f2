#include "replydocument.h"

#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

using namespace Qt::StringLiterals;

std::atomic_int ReplyDocument::s_resourceRequests{ 0 };

namespace {
constexpr QChar BreakPoint(0x200B); // zero-width space: a place to wrap, drawn as nothing

QChar fenceOf(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    const qsizetype indent = line.size() - trimmed.size();
    if (indent <= 3 && trimmed.size() >= 3
        && (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")))
        return trimmed.front();
    return {};
}

int indentOf(QStringView line)
{
    int indent = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++indent;
        else if (c == u'\t')
            indent += 4;
        else
            break;
    }
    return indent;
}
// Where break points go in a text (positions counted from `offset`): every BreakEvery
// characters of each run longer than LongRun without a space, not inside a surrogate pair or
// before a combining mark.
void findBreaks(QStringView text, int offset, std::vector<int> &at)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue;
        if (i - run > ReplyDocument::LongRun) {
            for (qsizetype p = run + ReplyDocument::BreakEvery; p < i;
                 p += ReplyDocument::BreakEvery) {
                qsizetype q = p;
                while (q < i
                       && (text.at(q).isLowSurrogate()
                           || text.at(q).category() == QChar::Mark_NonSpacing))
                    ++q;
                if (q < i && (at.empty() || at.back() < offset + int(q)))
                    at.push_back(offset + int(q));
            }
        }
        run = i + 1;
    }
}

// `text` with a break point before each of `at` (positions in it, ascending, from `offset`).
QString withBreaks(QStringView text, int offset, const std::vector<int> &at, size_t &next)
{
    QString out;
    out.reserve(text.size() + text.size() / ReplyDocument::BreakEvery + 1);
    qsizetype from = 0;
    for (; next < at.size() && at[next] < offset + int(text.size()); ++next) {
        const qsizetype to = at[next] - offset;
        out += text.sliced(from, to - from);
        out += BreakPoint;
        from = to;
    }
    out += text.sliced(from);
    return out;
}

// A line that begins a block of its own after a paragraph line: a heading, a quote, a list
// item, a table row, a rule or a setext underline.
bool startsBlock(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || indentOf(line) >= 4)
        return false;
    const QChar c = t.front();
    if (c == u'#' || c == u'>' || c == u'|')
        return true;
    if ((c == u'-' || c == u'*' || c == u'+') && (t.size() == 1 || t.at(1).isSpace()))
        return true;
    qsizetype digits = 0;
    while (digits < t.size() && digits < 9 && t.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits + 1 < t.size() && (t.at(digits) == u'.' || t.at(digits) == u')')
        && t.at(digits + 1).isSpace())
        return true;
    // Rules, setext underlines and table delimiter rows: only these characters.
    return std::all_of(t.begin(), t.end(), [](QChar ch) {
        return ch == u'-' || ch == u'=' || ch == u'*' || ch == u'_' || ch == u'|' || ch == u':'
            || ch.isSpace();
    });
}
} // namespace

ReplyDocument::ReplyDocument(QObject *parent) : QTextDocument(parent)
{
    setUndoRedoEnabled(false);
}

QVariant ReplyDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name);
    ++s_resourceRequests;
    // Nothing is loaded. An image still gets a (blank) answer: given none, Qt's image handler
    // opens the named file itself.
    if (type == ImageResource) {
        QImage blank(1, 1, QImage::Format_ARGB32_Premultiplied);
        blank.fill(Qt::transparent);
        return blank;
    }
    return {};
}

QString ReplyDocument::keepLineBreaks(const QString &markdown)
{
    QString source = markdown;
    source.replace(u"\r\n"_s, u"\n"_s);
    const QList<QStringView> lines = QStringView(source).split(u'\n');
    QString out;
    out.reserve(source.size());
    QChar fence;
    bool indentedCode = false;
    bool previousBlank = true;
    bool joined = false; // this line continues the previous one after a line separator
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        out += joined ? line.trimmed() : line;
        if (i + 1 == lines.size())
            break;
        const QChar lineFence = fenceOf(line);
        const bool blank = line.trimmed().isEmpty();
        bool join = false;
        if (!fence.isNull()) {
            if (lineFence == fence)
                fence = QChar();
        } else if (!lineFence.isNull()) {
            fence = lineFence;
        } else if (!blank) {
            // Indented code starts after a blank line; its lines are code, not paragraph text.
            if (previousBlank && indentOf(line) >= 4)
                indentedCode = true;
            else if (indentOf(line) < 4)
                indentedCode = false;
            const QStringView next = lines.at(i + 1);
            const QStringView trimmed = line.trimmed();
            join = !indentedCode && !next.trimmed().isEmpty() && fenceOf(next).isNull()
                && !startsBlock(next) && !trimmed.startsWith(u'#') && !line.endsWith(u"  ")
                && !line.endsWith(u'\\') && !(line.contains(u'|') && next.contains(u'|'));
        }
        previousBlank = blank;
        // A paragraph's single line break stays a line break: joined by a line separator,
        // which Markdown reads as text and the layout as a new line in the same paragraph.
        out += join ? QChar(QChar::LineSeparator) : QChar(u'\n');
        joined = join;
    }
    return out;
}

void ReplyDocument::setReply(const QString &markdown, bool wrapCode)
{
    m_breaks.clear();
    setMarkdown(keepLineBreaks(markdown),
                QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                | QTextDocument::MarkdownNoHTML));
    replaceImages();
    alignTableCells();
    if (wrapCode) {
        // Code lines wrap like text, so a long one is not cut off at the bubble's edge.
        QTextCursor cursor(this);
        cursor.beginEditBlock();
        for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
            if (!block.blockFormat().nonBreakableLines())
                continue;
            QTextBlockFormat format = block.blockFormat();
            format.setNonBreakableLines(false);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
        }
        cursor.endEditBlock();
    }
    insertBreaks();
}

void ReplyDocument::setUserText(const QString &text)
{
    // Plain text: the break points go into the string before it is laid out at all.
    std::vector<int> at;
    findBreaks(text, 0, at);
    size_t next = 0;
    setPlainText(at.empty() ? text : withBreaks(text, 0, at, next));
    setBreakPositions(at);
}

void ReplyDocument::replaceImages()
{
    struct Image
    {
        int position;
        QString name;
        QString alt;
        QTextCharFormat format;
    };
    QList<Image> images;
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            for (int i = 0; i < fragment.length(); ++i)
                images.append({ fragment.position() + i, image.name(),
                                image.stringProperty(QTextFormat::ImageAltText), image });
        }
    }
    if (images.isEmpty())
        return;
    // An image becomes a link: its alt text (or address), followed only when clicked.
    QTextCursor cursor(this);
    cursor.beginEditBlock();
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        QTextCharFormat link;
        link.setFont(it->format.font());
        link.setAnchor(true);
        link.setAnchorHref(it->name);
        link.setFontUnderline(true);
        link.setForeground(QGuiApplication::palette().color(QPalette::Link));
        link.setToolTip(it->name);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + 1, QTextCursor::KeepAnchor);
        const QString alt = it->alt.trimmed().isEmpty() ? it->name : it->alt.trimmed();
        cursor.insertText(tr("[image: %1]").arg(alt), link);
    }
    cursor.endEditBlock();
}

void ReplyDocument::alignTableCells()
{
    // Markdown tables: every cell at the top (Qt puts a header cell at the bottom of its row).
    for (QTextFrame *frame : rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                QTextCharFormat format = cell.format();
                format.setVerticalAlignment(QTextCharFormat::AlignTop);
                cell.setFormat(format);
            }
        }
    }
}

void ReplyDocument::setBreakPositions(const std::vector<int> &at)
{
    // The k-th break moved k places on by the ones inserted before it.
    m_breaks.resize(at.size());
    for (size_t k = 0; k < at.size(); ++k)
        m_breaks[k] = at[k] + int(k);
}

void ReplyDocument::insertBreaks()
{
    std::vector<int> at;
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().nonBreakableLines()) // one that is not wrapped is laid out fast
            findBreaks(block.text(), block.position(), at);
    }
    if (at.empty())
        return;
    // One replacement per stretch of one format (usually one per long run), not one per break:
    // each edit of a document costs a change notification.
    struct Piece
    {
        int position;
        int length;
        QString text;
        QTextCharFormat format;
    };
    QList<Piece> pieces;
    size_t next = 0;
    for (QTextBlock block = findBlock(at.front()); block.isValid() && next < at.size();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd() && next < at.size(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int end = fragment.position() + fragment.length();
            if (at[next] >= end)
                continue;
            pieces.append({ fragment.position(), fragment.length(),
                            withBreaks(fragment.text(), fragment.position(), at, next),
                            fragment.charFormat() });
        }
    }
    QTextCursor cursor(this);
    cursor.beginEditBlock();
    for (auto it = pieces.crbegin(); it != pieces.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->text, it->format);
    }
    cursor.endEditBlock();
    setBreakPositions(at);
}

QString ReplyDocument::text(int from, int to) const
{
    QString out;
    auto next = std::lower_bound(m_breaks.cbegin(), m_breaks.cend(), from);
    for (QTextBlock block = findBlock(from); block.isValid() && block.position() <= to;
         block = block.next()) {
        if (block.position() > from)
            out += u'\n';
        const QString text = block.text();
        const int start = std::max(from, block.position());
        const int end = std::min(to, block.position() + int(text.size()));
        for (int p = start; p < end; ++p) {
            while (next != m_breaks.cend() && *next < p)
                ++next;
            if (next != m_breaks.cend() && *next == p)
                continue;
            out += text.at(p - block.position());
        }
    }
    out.replace(QChar::LineSeparator, u'\n');
    return out;
}

QString ReplyDocument::blockText(const QTextBlock &block) const
{
    return text(block.position(), block.position() + block.length() - 1);
}
