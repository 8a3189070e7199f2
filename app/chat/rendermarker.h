#pragma once

#include <QString>

// Survives a conversation that ended Sift while it was drawn. Before the conversation Sift reopens
// at start is first drawn, its id is written to a small file beside the history; once drawn, the
// file is removed. A file found at start means the last start died or hung drawing that
// conversation (a reply that crashed the renderer), so it is not reopened by itself again.
class RenderMarker
{
public:
    // `path` empty: "rendering" beside the history file.
    explicit RenderMarker(const QString &path = {});

    // The conversation being drawn when Sift last ended; 0 when none.
    qint64 pending() const;
    // Written and flushed to disk before drawing starts.
    bool set(qint64 conversationId);
    void clear();
    QString path() const { return m_path; }

private:
    QString m_path;
};
