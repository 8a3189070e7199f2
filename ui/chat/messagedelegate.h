#pragma once

#include "messageheights.h"

#include <QCache>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QTextDocument>

#include "replydocument.h"

#include <QAbstractTextDocumentLayout>

#include <memory>
#include <unordered_map>
#include <vector>

// Paints one transcript message: a header (who), the text as a laid-out QTextDocument (markdown
// for replies, code blocks highlighted, a Copy button on the code block under the mouse), an
// error banner with Retry, and a status line (state, tokens and cost, Copy, Regenerate). Laid-out
// documents are cached (bounded by their characters). The streaming reply is shown as finished
// chunks, each parsed and laid out once, plus a small unfinished tail, so an update costs the size
// of the tail, not of the whole reply. A long finished reply stays such chunks (finishing one
// reuses them), each built when first shown, so opening it costs the size of the screen.
class TranscriptHighlights;

class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Action { None, Copy, Regenerate, Retry, Edit, Retrieval };

    // A code block of a message as shown: its text and where it and its Copy button are drawn.
    struct CodeBlock
    {
        int document = -1;   // which of the message's stacked documents; -1: no block
        int firstBlock = -1; // the text block number of its first line in that document
        QString language;
        QString text;
        QRect rect;       // view coordinates
        QRect copyButton; // view coordinates
        bool isValid() const { return document >= 0; }
    };

    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The "editor" is a read-only MessageTextViewer over the message's text, to select from.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *, const QModelIndex &) const override { }
    void setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const override { }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // Which clickable action (if any) lies under a point in view coordinates.
    Action actionAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                    const QPoint &pos) const;
    // -1 or +1 when a point in view coordinates lies on a branch arrow that can be followed.
    int branchStepAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                     const QPoint &pos) const;
    // The code blocks of a message, top to bottom (the keyboard path to copying one).
    QList<CodeBlock> codeBlocks(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The code block under a point in view coordinates (invalid when there is none).
    CodeBlock codeBlockAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                          const QPoint &pos) const;
    // Puts a code block's text on the clipboard and shows "Copied" on its button for a moment.
    void copyCodeBlock(const QModelIndex &index, const CodeBlock &block, QWidget *view);
    // A message's Copy link says "Copied" for a moment.
    void showCopied(const QModelIndex &index, QWidget *view);
    // The mouse left the messages: hide the Copy button. True when one was shown.
    bool clearHover();
    // The laid-out documents paint() draws for a message, top to bottom.
    QList<const QTextDocument *> shownDocuments(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const;
    // Drops every laid-out document, e.g. when the palette changes (their colours come from it).
    void clearCache()
    {
        m_documents.clear();
        m_stream = {};
        m_splits.clear();
        m_heights.clear();
    }
    // How many documents were parsed and laid out so far (to check what is reused).
    int documentsBuilt() const { return m_built; }
    // Code lines wrap at the bubble's width (the default) or stay whole, cut at its edge.
    void setWrapCode(bool wrap)
    {
        if (m_wrapCode != wrap) {
            m_wrapCode = wrap;
            clearCache();
        }
    }
    bool wrapCode() const { return m_wrapCode; }
    // The address of the link under a point in view coordinates, empty when there is none.
    QString linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                   const QPoint &pos) const;

    // The text shown on a message with branches, e.g. "‹ 2/3 ›"; empty without branches.
    static QString branchText(const QModelIndex &index);

    // Where the chips of a message's attachments are drawn (view coordinates), in order.
    QList<QRect> attachmentChipRects(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const;
    // The JSON container that folds on the line under a point, -1 when there is none.
    int jsonFoldAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                   const QPoint &pos) const;
    // The search words to mark in the messages (the current match stands out); null for none.
    void setHighlights(const TranscriptHighlights *highlights) { m_highlights = highlights; }
    // Where a match (a place in the row's text, see TranscriptHighlights) is drawn, in view
    // coordinates: the match's own rectangle when its text is laid out, else its message's.
    QRect matchRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                    qsizetype start) const;

Q_SIGNALS:
    void actionTriggered(const QModelIndex &index, MessageDelegate::Action action);
    // A branch arrow was clicked: show the sibling `step` (-1 or +1) places away.
    void branchStepRequested(const QModelIndex &index, int step);
    // A web link in a message was clicked (other kinds of link are never followed).
    void linkActivated(const QUrl &url);
    // The chip of the `place`-th attachment of a message was clicked.
    void attachmentActivated(const QModelIndex &index, int place);
    // A fold marker of a JSON reply was clicked: fold or unfold container `fold`.
    void jsonFoldToggled(const QModelIndex &index, int fold);
    // A citation [n] of a reply answered from a knowledge collection was clicked.
    void sourceActivated(const QModelIndex &index, int number);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    struct Layout
    {
        QRect bubble;
        QRect header;
        QRect body;
        QRect banner;
        QRect bannerText;
        QRect status;
        QList<QPair<Action, QRect>> links;
        QRect branch;     // "‹ 2/3 ›" in the header, empty without branches
        QRect branchPrev; // the clickable arrows inside it
        QRect branchNext;
        QList<QRect> chips; // the attachments' chips, in order
        QString statusText;
        int checkLength = 0; // statusText starts with this many characters of the JSON check
        bool checkOk = true;
        // Stacked top to bottom: one document for a short finished message, the chunks of a long
        // one (null where not built yet: only the chunks shown need one), the chunks and the tail
        // of the streaming one.
        QList<QTextDocument *> documents;
        QList<qreal> heights;    // of each document; an estimate where it is null
        QList<qsizetype> starts; // where each document's text starts in the message's text
    };

    // A long finished message, as the chunks the streaming path makes, each built when shown.
    struct Split
    {
        QString content;
        int state = 0;
        int width = 0;
        QList<qsizetype> bounds; // where each chunk starts, then the end of the text
        std::vector<std::unique_ptr<QTextDocument>> docs;
        QList<qreal> heights;
    };

    // The streaming reply, split at blank lines outside code fences.
    struct Stream
    {
        int row = -1;
        int width = 0;
        QString content; // what was scanned, to notice a different reply in the same row
        qsizetype scanned = 0;
        QChar fence;              // the open fence's character, null outside a fence
        qsizetype stableEnd = 0;  // after the last blank line outside a fence
        qsizetype chunkedEnd = 0; // the text up to here is in `chunks`
        std::vector<std::unique_ptr<QTextDocument>> chunks;
        std::unique_ptr<QTextDocument> tail;
        QString tailText;
        QList<qsizetype> bounds{ 0 }; // where each chunk starts, then chunkedEnd
    };

    // `estimate`: no documents laid out, the text's height estimated (for sizeHint()).
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                  bool estimate = false) const;
    int branchStepAt(const Layout &layout, const QModelIndex &index, const QPoint &pos) const;
    void documents(Layout &l, const QModelIndex &index, int width, const QFont &font,
                   const QPalette &palette) const;
    Split &split(const QModelIndex &index, const QString &content, int width,
                 const QFont &font) const;
    // Builds the chunks of a long message that meet `area` (view coordinates; all of them when
    // null); true when any was built, and then `l` is laid out again.
    bool buildChunks(Layout &l, const QStyleOptionViewItem &option, const QModelIndex &index,
                     const QRectF &area) const;
    void scheduleRelayout() const;
    QList<QTextDocument *> streamingDocuments(const QString &content, int row, int width,
                                              const QFont &font, const QPalette &palette) const;
    std::unique_ptr<ReplyDocument> makeDocument(const QString &text, bool markdown, int width,
                                                const QFont &font, const QPalette &palette) const;
    static int availableWidth(const QStyleOptionViewItem &option);
    CodeBlock codeBlock(const Layout &layout, int document, int firstBlock,
                        const QFont &font) const;
    CodeBlock codeBlockAt(const Layout &layout, const QPoint &pos, const QFont &font) const;
    static QString linkAt(const Layout &layout, const QPoint &pos);
    static QRect copyButtonRect(const QRect &block, const QFont &font);
    void paintCopyButton(QPainter *painter, const QStyleOptionViewItem &option,
                         const CodeBlock &block, bool copied) const;
    // Attachment chips (messagedelegateextras.cpp): a fixed size each, as many to a row as fit.
    static QSize chipSize(const QFont &font);
    static int chipsWidth(int count, int maxWidth, const QFont &font);
    static QList<QRect> chipRects(int count, const QPoint &topLeft, int width, const QFont &font);
    void paintChips(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                    const Layout &layout) const;
    static int chipAt(const Layout &layout, const QPoint &pos);
    int jsonFoldAt(const Layout &layout, const QModelIndex &index, const QPoint &pos,
                   const QFont &font) const;
    // The search matches in document `document` of a message, marked (messagedelegatehighlights).
    QList<QAbstractTextDocumentLayout::Selection> highlightSelections(
        const Layout &layout, qsizetype document, const QModelIndex &index,
        const QPalette &palette) const;
    // Which of the matches found in document `document` is the one at `start` of the row's
    // text, counted as the row's matches are; -1 when that place is not in the document.
    int matchOrdinal(const Layout &layout, qsizetype document, const QModelIndex &index,
                     qsizetype start) const;

    mutable QCache<QString, QTextDocument> m_documents;
    mutable Stream m_stream;
    mutable std::unordered_map<int, Split> m_splits; // by row
    mutable int m_built = 0;
    mutable MessageHeights m_heights;
    mutable bool m_relayoutPending = false;
    bool m_wrapCode = true;
    // The code block under the mouse, by message and place, and the one just copied.
    QPersistentModelIndex m_hoverIndex;
    QPoint m_hoverPos;
    QPersistentModelIndex m_copiedIndex;
    int m_copiedDocument = -1;
    int m_copiedBlock = -1;
    QPointer<QWidget> m_copiedView;
    QPersistentModelIndex m_copiedMessage; // whose Copy link says "Copied"
    const TranscriptHighlights *m_highlights = nullptr;
};
