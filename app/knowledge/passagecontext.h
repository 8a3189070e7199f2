#pragma once

#include "knowledgetypes.h"

#include <QString>

// A cited passage in its file, for the passage viewer: the file's text (or, for a very large file,
// the part around the passage) with where the passage lies in it. When the file is gone, changed
// since it was indexed, or is not plain text (HTML, PDF), it is the passage as indexed, and
// `note` says why.
struct PassageContext
{
    static constexpr qint64 WholeFileLimit = 4 * 1024 * 1024;
    static constexpr qint64 WindowBytes = 64 * 1024; // before and after, beyond the limit

    QString text;
    int firstLine = 1;      // the line number of text's first line
    int highlightStart = 0; // the passage, in text's characters
    int highlightEnd = 0;
    QString note; // empty when the file is shown as it is

    // Reads the file: blocking, for a worker thread (QtConcurrent).
    static PassageContext read(const KbPassage &passage);
};
