#pragma once

#include <QTextDocument>

#include <atomic>
#include <vector>

class QTextBlock;

// A message as the transcript lays it out. A reply's text comes from a server, so it is data:
// its Markdown is read without HTML (a tag shows as the text it is), an image shows as its
// alt text linking to its address, and the document loads nothing from disk or network (Qt's
// own QTextDocument opens any local path named as an image: /dev/zero, a fifo). Single line
// breaks inside a paragraph are kept, as chat users expect, and table cells sit at the top.
// A very long run without spaces gets invisible break points for the layout only: Qt lays such
// a run out in quadratic time (512 KB took seconds). The text those break points are in is
// given back without them by text().
class ReplyDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit ReplyDocument(QObject *parent = nullptr);

    // A reply: Markdown, with code lines wrapped at the view's width or kept whole.
    void setReply(const QString &markdown, bool wrapCode = true);
    // What the user typed: shown exactly as typed.
    void setUserText(const QString &text);

    // The text between two positions as it was given, without the inserted break points.
    QString text(int from, int to) const;
    // A block's text as it was given.
    QString blockText(const QTextBlock &block) const;
    // How many break points were inserted (0 for ordinary text).
    qsizetype insertedBreaks() const { return qsizetype(m_breaks.size()); }

    // The Markdown as it is parsed: single line breaks inside paragraphs become hard breaks.
    static QString keepLineBreaks(const QString &markdown);
    // How often any ReplyDocument was asked for a resource (images, style sheets) since start.
    // Each request is answered with nothing from outside; tests check no file was opened.
    static int resourceRequests() { return s_resourceRequests.load(); }

    // A run of this many characters without a space gets break points …
    static constexpr int LongRun = 400;
    // … this many characters apart.
    static constexpr int BreakEvery = 32;

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void replaceImages();
    void alignTableCells();
    void insertBreaks();
    void setBreakPositions(const std::vector<int> &at);

    std::vector<int> m_breaks; // positions of the inserted break points, ascending
    static std::atomic_int s_resourceRequests;
};
