#pragma once

#include "chunker.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// How a collection answers a question; kept per collection (settings_json).
struct RetrievalOptions
{
    static constexpr int DefaultTopK = 50;
    static constexpr int DefaultTopN = 5;
    static constexpr int RrfK = 60;

    int topK = DefaultTopK; // candidates from BM25 and from vectors each, and the fused cut
    int topN = DefaultTopN; // passages that go into the prompt
    double threshold = 0.0; // rerank score below it: left out (0 = none)
    QString rerankModel = QStringLiteral("Qwen/Qwen3-Reranker-0.6B"); // empty: no reranking
    // The system text with "{sources}" where the numbered passages go; empty: Sift's default.
    QString promptTemplate;

    QJsonObject toJson() const;
    static RetrievalOptions fromJson(const QJsonObject &object);
    bool operator==(const RetrievalOptions &) const = default;
};

struct KbCollection
{
    qint64 id = 0;
    QString name;
    QString embedModel;
    int dimensions = 0;
    RetrievalOptions options;
    QStringList sources; // files and folders as added
    int fileCount = 0;
    int chunkCount = 0;
    qint64 created = 0; // ms since the epoch
    qint64 updated = 0;
};

struct KbFile
{
    qint64 id = 0;
    QString path;
    QString hash;
    qint64 mtime = 0;
    qint64 size = 0;
    int chunkCount = 0;
    QString note; // why it holds no chunks (a PDF, empty, too large…)
};

// A stored passage with the file it came from.
struct KbPassage
{
    qint64 id = 0;
    QString path;
    Chunk chunk;
};
