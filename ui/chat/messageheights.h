#pragma once

#include <QFont>
#include <QHash>
#include <QModelIndex>

#include <functional>
#include <optional>

// The transcript's row heights without laying out every message. QListView asks every row's
// size at each layout; laying out the markdown of 2,000 messages for that would take a second.
// Rows the user has not seen get an estimate from their text's length; the rows at the bottom
// (what a conversation opens on) and every row once painted get their exact height. Heights are
// remembered per message and text length, state, shape and width, so a layout after that is cheap.
class MessageHeights
{
public:
    // Which height to use for a row that has none remembered.
    enum class Need { Exact, Estimate };

    // The remembered height of the row at this width; an estimate too unless `exactOnly`.
    std::optional<int> find(const QModelIndex &index, int width, bool exactOnly = false) const;
    // Whether a row without a remembered height should be laid out (near the bottom) or
    // estimated. `estimateOf(row)` gives another row's height without laying it out.
    Need need(const QModelIndex &index, int width, int viewHeight,
              const std::function<int(int row)> &estimateOf) const;
    void remember(const QModelIndex &index, int width, int height, bool exact);
    // After a paint: remembers the exact height; true when the view was told another one (an
    // estimate) and must lay out again.
    bool painted(const QModelIndex &index, int width, int height);
    void clear();

    // The height of `text` wrapped at `width`: a line count from the characters of each line
    // and the font's average character width; a blank line (a paragraph gap) counts as a line.
    static int estimateText(const QString &text, int width, const QFont &font);

private:
    struct Key
    {
        qint64 id;
        int width;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.id == b.id && a.width == b.width;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.id, key.width);
        }
    };
    struct Entry
    {
        qsizetype size = 0;
        int state = 0;
        int shape = 0; // TranscriptModel::ShapeRole: a JSON reply folded or unfolded
        int height = 0;
        bool exact = false;
    };
    static Key keyOf(const QModelIndex &index, int width);
    static Entry entryOf(const QModelIndex &index);

    QHash<Key, Entry> m_entries; // all at one width
    int m_width = -1;
    // Rows from here to the end are laid out exactly: they fill the view when it is at the
    // bottom. Worked out once per row count, width and view height.
    mutable int m_exactFrom = -1;
    mutable int m_exactRows = -1;
    mutable int m_exactWidth = -1;
    mutable int m_exactViewHeight = -1;
};
