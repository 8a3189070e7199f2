#include "cliinput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace CliInput {

QByteArray readStdin(qint64 limit, bool *tooLarge)
{
    QFile in;
    QByteArray bytes;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *tooLarge = false;
        return bytes;
    }
    // A pipe hands over what it holds at the moment: read until the end or past the limit.
    while (bytes.size() <= limit) {
        const QByteArray piece = in.read(limit + 1 - bytes.size());
        if (piece.isEmpty())
            break; // end of input (or an error: what came so far is all there is)
        bytes += piece;
    }
    *tooLarge = bytes.size() > limit;
    return bytes;
}

bool looksBinary(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), BinarySniffBytes));
    qsizetype controls = 0;
    for (const char c : head) {
        if (c == '\0')
            return true;
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            ++controls;
    }
    // Text has a stray control character or two at most; binaries have them everywhere.
    return controls > 8 && controls * 100 > head.size();
}

QString limitText(qint64 bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return QCoreApplication::translate("Cli", "%1 MiB").arg(bytes / (1024 * 1024));
    return QCoreApplication::translate("Cli", "%1 KiB").arg(bytes / 1024);
}

QString documentsFileProblem(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QCoreApplication::translate("Cli", "cannot read “%1”.").arg(path);
    if (!S_ISREG(info.st_mode))
        return QCoreApplication::translate(
                   "Cli",
                   "“%1” is not a regular file; give a text file, or pipe the documents "
                   "in with \"-\".")
            .arg(path);
    if (info.st_size > MaxDocumentsBytes)
        return QCoreApplication::translate(
                   "Cli",
                   "“%1” is larger than %2; Sift reads at most %2 of documents at a time. "
                   "Split the file.")
            .arg(path, limitText(MaxDocumentsBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Cli", "cannot read “%1”.").arg(path);
    if (looksBinary(file.read(BinarySniffBytes)))
        return QCoreApplication::translate(
                   "Cli",
                   "“%1” looks like a binary file, not text; give documents as text "
                   "(one per line), .jsonl, .csv or .md.")
            .arg(path);
    return {};
}

} // namespace CliInput
