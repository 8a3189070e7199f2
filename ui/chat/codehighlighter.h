#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringView>
#include <QTextBlock>
#include <QTextCharFormat>

#include <array>

class QTextDocument;

// Syntax colours for the fenced code blocks of a reply (```python …```). A small line lexer per
// language family (keywords, types, strings, comments, numbers, tags): Debian 12 packages
// KSyntaxHighlighting only for Qt 5. The colours come in two hand-tuned sets, one for light and
// one for dark palettes, so code stays readable in both. Formats go on the blocks' layouts (as
// QSyntaxHighlighter does), once when a document is built, never per paint.
class CodeHighlighter
{
public:
    enum class Language {
        None, // unknown or no language: plain monospace
        C,
        Cpp,
        Python,
        JavaScript,
        TypeScript,
        Json,
        Bash,
        Rust,
        Go,
        Java,
        Sql,
        Yaml,
        Html,
        Xml,
    };

    enum class Kind {
        Keyword,
        Type,
        String,
        Number, // numbers and constants (true, null, …)
        Comment,
        Preprocessor, // #include, decorators, annotations
        Tag,          // markup tags
        Attribute,    // markup attributes, JSON and YAML keys, shell variables
    };
    static constexpr int KindCount = int(Kind::Attribute) + 1;

    struct Span
    {
        int start = 0;
        int length = 0;
        Kind kind = Kind::Keyword;
        bool operator==(const Span &) const = default;
    };

    // A fenced (or indented) code block of a document: consecutive code lines.
    struct Block
    {
        int firstBlock = -1; // QTextBlock numbers of its first and last line
        int lastBlock = -1;
        QString language; // as written after the fence, empty when none
        QString text(const QTextDocument *document) const;
    };

    explicit CodeHighlighter(const QPalette &palette);

    bool isDark() const { return m_dark; }
    QColor panelColor() const { return m_panel; }
    QTextCharFormat format(Kind kind) const { return m_formats.at(int(kind)); }

    // Gives every code block of a document built by setMarkdown() its panel and its colours.
    void highlight(QTextDocument *document) const;

    // The language of a fence's info string ("python", "c++", "{.rust}", "js title=x").
    static Language languageFor(QStringView info);
    // Lexes one line. `state` carries an open block comment or multi-line string to the next line
    // (0 at the start of a block).
    static QList<Span> highlightLine(Language language, QStringView line, int &state);

    // The code blocks of a document, in order, and the one holding a text block.
    static QList<Block> codeBlocks(const QTextDocument *document);
    static Block codeBlockAt(const QTextBlock &block);
    static bool isCodeLine(const QTextBlock &block);

private:
    bool m_dark = false;
    QColor m_panel;
    std::array<QTextCharFormat, KindCount> m_formats;
};
