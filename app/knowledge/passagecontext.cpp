#include "passagecontext.h"

#include <QCoreApplication>
#include <QFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PassageContext", text);
}

PassageContext asIndexed(const KbPassage &passage, const QString &note)
{
    PassageContext context;
    context.text = passage.chunk.text;
    context.firstLine = passage.chunk.lineStart;
    context.highlightEnd = int(context.text.size());
    context.note = note;
    return context;
}

} // namespace

PassageContext PassageContext::read(const KbPassage &passage)
{
    const Chunk &chunk = passage.chunk;
    const Chunker::Kind kind = Chunker::kindForFileName(passage.path);
    if (kind == Chunker::Kind::Html || kind == Chunker::Kind::Pdf)
        return asIndexed(passage, tr("Shown as the text that was indexed from the file."));
    QFile file(passage.path);
    if (!file.open(QIODevice::ReadOnly))
        return asIndexed(passage,
                         tr("The file cannot be read now (moved or deleted?). This is the "
                            "passage as it was indexed."));
    const qint64 size = file.size();
    if (chunk.byteStart < 0 || chunk.byteEnd > size || chunk.byteStart >= chunk.byteEnd)
        return asIndexed(passage,
                         tr("The file changed since it was indexed. This is the passage as it "
                            "was indexed; sync the collection to index the new text."));
    qint64 from = 0;
    qint64 to = size;
    if (size > WholeFileLimit) {
        from = std::max<qint64>(0, chunk.byteStart - WindowBytes);
        to = std::min(size, chunk.byteEnd + WindowBytes);
    }
    // Lines before the window, counted in blocks so a large file is never held whole.
    int firstLine = 1;
    for (qint64 at = 0; at < from;) {
        const QByteArray block = file.read(std::min<qint64>(1 << 20, from - at));
        if (block.isEmpty())
            break;
        firstLine += int(block.count('\n'));
        at += block.size();
    }
    if (!file.seek(from))
        return asIndexed(passage,
                         tr("The file cannot be read now. This is the passage as it "
                            "was indexed."));
    QByteArray bytes = file.read(to - from);
    // Start and end on whole lines.
    if (from > 0) {
        const qsizetype newline = bytes.indexOf('\n');
        if (newline >= 0 && newline < chunk.byteStart - from) {
            firstLine += 1;
            bytes.remove(0, newline + 1);
            from += newline + 1;
        }
    }
    if (to < size) {
        const qsizetype newline = bytes.lastIndexOf('\n');
        if (newline >= chunk.byteEnd - from)
            bytes.truncate(newline + 1);
    }
    const QByteArray slice = bytes.mid(chunk.byteStart - from, chunk.byteEnd - chunk.byteStart);
    const QString sliceText = QString::fromUtf8(slice).simplified();
    const QString indexed = chunk.text.simplified();
    if (sliceText != indexed && !sliceText.contains(indexed) && !indexed.contains(sliceText))
        return asIndexed(passage,
                         tr("The file changed since it was indexed. This is the passage as it "
                            "was indexed; sync the collection to index the new text."));
    PassageContext context;
    context.text = QString::fromUtf8(bytes);
    context.firstLine = firstLine;
    context.highlightStart = int(QString::fromUtf8(bytes.left(chunk.byteStart - from)).size());
    context.highlightEnd = context.highlightStart + int(QString::fromUtf8(slice).size());
    return context;
}
