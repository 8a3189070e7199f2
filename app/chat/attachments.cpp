#include "attachments.h"

#include "message.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Attachments", text);
}

// The image type by its first bytes (the name may lie).
QString imageMime(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (bytes.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

bool looksBinary(const QByteArray &bytes)
{
    if (bytes.left(8192).contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder.decode(bytes);
    return decoder.hasError();
}

QString fenceLanguage(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    static const QHash<QString, QString> languages = {
        { u"py"_s, u"python"_s }, { u"js"_s, u"javascript"_s }, { u"ts"_s, u"typescript"_s },
        { u"rs"_s, u"rust"_s },   { u"h"_s, u"cpp"_s },         { u"hpp"_s, u"cpp"_s },
        { u"cc"_s, u"cpp"_s },    { u"cxx"_s, u"cpp"_s },       { u"md"_s, u"markdown"_s },
        { u"sh"_s, u"bash"_s },   { u"yml"_s, u"yaml"_s },      { u"txt"_s, QString() },
    };
    return languages.value(suffix, suffix);
}

Attachments::Loaded refused(const QString &error)
{
    Attachments::Loaded loaded;
    loaded.error = error;
    return loaded;
}

Attachments::Loaded encodeScaled(const QImage &image, const QString &name, int maxSide,
                                 const char *format)
{
    QImage scaled = image;
    if (maxSide > 0 && std::max(image.width(), image.height()) > maxSide)
        scaled = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // 8 bits per channel: a 16-bit PNG scaled down stayed 16-bit (twice the bytes); a model
    // sees no difference.
    const bool alpha = scaled.hasAlphaChannel();
    scaled = scaled.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    const auto encode = [&scaled](const char *as) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        // PNG's default compression: Qt reads a quality of 90 as almost none (a 1,536 px
        // picture came out at 6 MB).
        const int quality = qstrcmp(as, "JPEG") == 0 ? 90 : -1;
        return scaled.save(&buffer, as, quality) ? bytes : QByteArray();
    };
    QByteArray bytes = encode(format);
    bool jpeg = qstrcmp(format, "JPEG") == 0;
    // A photo that came as PNG or WebP: as JPEG it is a fraction of the size (screenshots and
    // drawings stay PNG, which keeps their text sharp and is smaller for them anyway).
    if (!jpeg && !alpha && !bytes.isEmpty()) {
        const QByteArray asJpeg = encode("JPEG");
        if (!asJpeg.isEmpty() && asJpeg.size() * 2 < bytes.size()) {
            bytes = asJpeg;
            jpeg = true;
        }
    }
    if (bytes.isEmpty())
        return refused(
            tr("“%1” could not be converted. Save it as PNG and attach it again.").arg(name));
    Attachment attachment;
    attachment.kind = Attachment::Kind::Image;
    attachment.name = name;
    attachment.mimeType = jpeg ? u"image/jpeg"_s : u"image/png"_s;
    attachment.data = bytes;
    return { attachment, {} };
}

Attachments::Loaded imageAttachment(const QString &name, const QByteArray &bytes,
                                    const QString &mime, int maxSide)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!reader.canRead() || (size.isValid() && (size.width() <= 0 || size.height() <= 0)))
        return refused(tr("“%1” could not be read as an image. Save it as PNG or JPEG and attach "
                          "it again.")
                           .arg(name));
    Attachment attachment;
    attachment.kind = Attachment::Kind::Image;
    attachment.name = name;
    if (size.isValid() && std::max(size.width(), size.height()) <= maxSide) {
        // Small enough: sent as it is (keeps a GIF's frames and the original quality).
        attachment.mimeType = mime;
        attachment.data = bytes;
        return { attachment, {} };
    }
    const QImage image = reader.read();
    if (image.isNull())
        return refused(tr("“%1” could not be read as an image. Save it as PNG or JPEG and attach "
                          "it again.")
                           .arg(name));
    // A photo stays a JPEG (PNG would make it several times larger); the rest become PNG.
    return encodeScaled(image, name, maxSide, mime == "image/jpeg"_L1 ? "JPEG" : "PNG");
}

} // namespace

QByteArray Attachment::hash() const
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

namespace Attachments {

bool isImageFormat(const QByteArray &bytes)
{
    return !imageMime(bytes).isEmpty();
}

bool hasImages(const QList<Attachment> &attachments)
{
    return std::any_of(attachments.cbegin(), attachments.cend(),
                       [](const Attachment &a) { return a.isImage(); });
}

Loaded fromFile(const QString &path, int maxSide)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return refused(tr("“%1” could not be opened. Check that the file exists and is readable.")
                           .arg(name.isEmpty() ? path : name));
    const QByteArray head = file.peek(16);
    const qint64 limit = isImageFormat(head) ? MaxImageFileBytes : MaxTextBytes;
    if (info.size() > limit) {
        return refused(isImageFormat(head)
                           ? tr("“%1” is larger than 20 MB. Attach a smaller image.").arg(name)
                           : tr("“%1” is larger than 256 KB, the most Sift attaches as text. "
                                "Attach an excerpt.")
                                 .arg(name));
    }
    return fromData(name, file.read(limit + 1), maxSide);
}

Loaded fromData(const QString &name, const QByteArray &bytes, int maxSide)
{
    const QString mime = imageMime(bytes);
    if (!mime.isEmpty()) {
        if (bytes.size() > MaxImageFileBytes)
            return refused(tr("“%1” is larger than 20 MB. Attach a smaller image.").arg(name));
        return imageAttachment(name, bytes, mime, maxSide);
    }
    if (looksBinary(bytes))
        return refused(tr("“%1” is a binary file. Attach text, code or an image (PNG, JPEG, "
                          "WebP, GIF).")
                           .arg(name));
    if (bytes.size() > MaxTextBytes)
        return refused(tr("“%1” is larger than 256 KB, the most Sift attaches as text. Attach an "
                          "excerpt.")
                           .arg(name));
    Attachment attachment;
    attachment.kind = Attachment::Kind::Text;
    attachment.name = name;
    attachment.mimeType = u"text/plain"_s;
    attachment.data = bytes;
    return { attachment, {} };
}

Loaded fromImage(const QImage &image, const QString &name, int maxSide)
{
    if (image.isNull())
        return refused(tr("The clipboard holds no picture Sift can read."));
    return encodeScaled(image, name, maxSide, "PNG");
}

QImage thumbnail(const QByteArray &encoded, int side)
{
    QByteArray bytes = encoded;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid() && side > 0 && (size.width() > side || size.height() > side)) {
        // Decoders that can (JPEG) then skip most of the work of a full-size decode.
        reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (!image.isNull() && side > 0 && (image.width() > side || image.height() > side))
        image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QString textWithFiles(const QString &text, const QList<Attachment> &attachments)
{
    QString result = text;
    for (const Attachment &attachment : attachments) {
        if (attachment.isImage())
            continue;
        const QString body = QString::fromUtf8(attachment.data);
        // A fence longer than any run of backticks inside, so the file cannot close it.
        int longest = 0, run = 0;
        for (const QChar c : body) {
            run = c == u'`' ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const QString fence(std::max(3, longest + 1), u'`');
        if (!result.isEmpty())
            result += u"\n\n"_s;
        result += attachment.name + u":\n"_s + fence + fenceLanguage(attachment.name) + u'\n' + body
            + (body.endsWith(u'\n') ? QString() : u"\n"_s) + fence;
    }
    return result;
}

QString dataUrl(const Attachment &attachment)
{
    return u"data:"_s + attachment.mimeType + u";base64,"_s
        + QString::fromLatin1(attachment.data.toBase64());
}

ChatMessage chatMessage(const Message &message)
{
    ChatMessage chat{ Message::roleToString(message.role),
                      textWithFiles(message.content, message.attachments) };
    if (!hasImages(message.attachments))
        return chat;
    chat.parts.append(QJsonObject{ { "type"_L1, u"text"_s }, { "text"_L1, chat.content } });
    for (const Attachment &attachment : message.attachments) {
        if (attachment.isImage())
            chat.parts.append(QJsonObject{
                { "type"_L1, u"image_url"_s },
                { "image_url"_L1, QJsonObject{ { "url"_L1, dataUrl(attachment) } } } });
    }
    return chat;
}

} // namespace Attachments
