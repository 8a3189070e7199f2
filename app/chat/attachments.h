#pragma once

#include "api/chatrequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QImage;
struct Message;

// A file sent with a user message: a text/code file goes into the message as a fenced block
// headed by its name; an image goes as an OpenAI image_url content part (a data: URL).
struct Attachment
{
    enum class Kind { Text, Image };
    Kind kind = Kind::Text;
    QString name;     // the file name shown on the chip and above the fenced block
    QString mimeType; // image/png, image/jpeg, … ; text/plain for text
    QByteArray data;  // text: the UTF-8 contents; image: the encoded (scaled) picture

    bool isImage() const { return kind == Kind::Image; }
    // SHA-256 of the data in hex: the key attachments are stored under (once per content).
    QByteArray hash() const;
    bool operator==(const Attachment &other) const
    {
        return kind == other.kind && name == other.name && mimeType == other.mimeType
            && data == other.data;
    }
};

namespace Attachments {

// Text files larger than this are refused (they would crowd out the conversation).
constexpr qint64 MaxTextBytes = 256 * 1024;
// Image files larger than this are refused before decoding.
constexpr qint64 MaxImageFileBytes = 20 * 1024 * 1024;
// Images are scaled so their longer side is at most this many pixels (Settings and
// `sift chat --image-max-side` choose another limit within MinMaxSide…MaxMaxSide).
constexpr int DefaultMaxSide = 1536;
constexpr int MinMaxSide = 64;
constexpr int MaxMaxSide = 8192;
// A configured limit made safe to use: the default when out of range.
inline int clampMaxSide(int side)
{
    return side >= MinMaxSide && side <= MaxMaxSide ? side : DefaultMaxSide;
}

struct Loaded
{
    std::optional<Attachment> attachment;
    QString error; // set when the file was refused: what happened and what to do
};

// Reads a file: PNG, JPEG, WebP and GIF (by content) become images scaled to maxSide;
// anything else must be UTF-8 text under MaxTextBytes. Binary files are refused by name.
// May take tens of milliseconds for a large image: call it off the GUI thread.
Loaded fromFile(const QString &path, int maxSide = DefaultMaxSide);
// From bytes already read (a drop, the clipboard); `name` is shown on the chip.
Loaded fromData(const QString &name, const QByteArray &bytes, int maxSide = DefaultMaxSide);
// A picture pasted from the clipboard.
Loaded fromImage(const QImage &image, const QString &name, int maxSide = DefaultMaxSide);

bool isImageFormat(const QByteArray &bytes);
// An encoded picture decoded and scaled to fit a square of `side` pixels (aspect kept, never
// enlarged); a null image when it cannot be read. Decoding takes milliseconds to tens of
// milliseconds: call it off the GUI thread.
QImage thumbnail(const QByteArray &encoded, int side);
bool hasImages(const QList<Attachment> &attachments);

// The message text with each text file appended as a fenced block headed by its name.
QString textWithFiles(const QString &text, const QList<Attachment> &attachments);
// The data: URL of an image attachment.
QString dataUrl(const Attachment &attachment);
// What the API is sent for a message: plain content, or (with images) content parts:
// one text part, then one image_url part per image.
ChatMessage chatMessage(const Message &message);

} // namespace Attachments
