#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// A JSON reply as the transcript shows it: pretty-printed, keys in the order the reply wrote
// them (QJsonDocument would sort them), and every non-empty object and array foldable to one
// line. Foldable containers are numbered 0, 1, … in the order they open, so a set of numbers
// is a fold state.
class JsonOutline
{
public:
    struct Line
    {
        QString text;
        int fold = -1;       // the container that opens on this line, -1 when none
        bool folded = false; // that container is folded
    };

    // Nothing when `text` (a code fence around it allowed) is not one JSON value.
    static std::optional<JsonOutline> parse(const QString &text);

    // The lines shown with the containers in `folded` folded. Each starts with a two-character
    // marker after its indentation: "▾ " (open), "▸ " (folded) or two spaces.
    QList<Line> lines(const QSet<int> &folded) const;
    // The same as text: the lines joined.
    QString text(const QSet<int> &folded) const;
    // Everything unfolded, without markers, indented by four spaces: for the clipboard.
    QString pretty() const;
    int foldCount() const { return m_folds; }
    // Every container but the outermost: the shape of the reply at a glance.
    QSet<int> allBelowTop() const;

private:
    struct Node
    {
        enum class Kind { Scalar, Object, Array };
        Kind kind = Kind::Scalar;
        QString key;    // the key as written, quotes included; empty in arrays and at the top
        QString scalar; // a scalar as written
        QList<int> children;
        int fold = -1;
    };
    int parseValue(QStringView text, qsizetype &pos, int depth);
    void write(int node, int depth, bool last, const QSet<int> *folded, bool markers,
               const QString &indentUnit, QList<Line> &out) const;

    QList<Node> m_nodes;
    int m_folds = 0;
};

// The check shown with a reply asked for JSON: whether it is JSON (response format json_object)
// or follows the schema (json_schema), with the path of the first error.
struct ReplyCheck
{
    bool applies = false; // the reply was asked for JSON and is complete
    bool ok = true;
    QString text; // "✓ The reply follows the schema “x”." / "✗ … at $.city: …"

    // `settings`: the request settings kept with the reply (Message::parameters).
    static ReplyCheck of(const QString &content, const QJsonObject &settings, bool complete);
};
