#pragma once

#include <QList>
#include <QtGlobal>

#include <vector>

// A collection's vectors in one block of memory, L2-normalised, for an exact cosine scan.
// search() splits the rows into blocks scanned on QThreadPool::globalInstance() and merges each
// block's best k; searchNaive() is the single-threaded loop the benchmark compares with.
class VectorIndex
{
public:
    struct Hit
    {
        qint64 id = 0;
        float score = 0; // cosine similarity
    };

    explicit VectorIndex(int dimensions = 0) : m_dimensions(dimensions) { }

    int dimensions() const { return m_dimensions; }
    qsizetype size() const { return qsizetype(m_ids.size()); }
    qsizetype memoryBytes() const
    {
        return qsizetype(m_data.capacity() * sizeof(float) + m_ids.capacity() * sizeof(qint64));
    }
    void reserve(qsizetype rows);
    // False (nothing added) when the size is not dimensions().
    bool add(qint64 id, const float *vector, int size);
    bool add(qint64 id, const QList<float> &vector)
    {
        return add(id, vector.constData(), int(vector.size()));
    }

    // Best k by cosine, highest first (ties by id). Empty when the query's size is wrong.
    QList<Hit> search(const QList<float> &query, int k) const;
    QList<Hit> searchNaive(const QList<float> &query, int k) const;
    // search()'s scan on the calling thread only (the benchmark's fair single-thread figure).
    QList<Hit> searchOneThread(const QList<float> &query, int k) const;

    static void normalize(QList<float> &vector);

private:
    QList<Hit> scan(const float *query, qsizetype from, qsizetype to, int k) const;

    int m_dimensions;
    std::vector<qint64> m_ids;
    std::vector<float> m_data;
};
