#pragma once

#include <QList>
#include <QtGlobal>

#include <cstdint>
#include <vector>

// A collection's vectors in memory for a full cosine scan: each L2-normalised vector is kept as
// int8 with one scale (a quarter of float32's memory and memory traffic; the benchmark measures
// recall against the float32 scan). search() splits the rows into blocks scanned on
// QThreadPool::globalInstance() and merges each block's best k; searchOneThread() is the same
// scan on the calling thread and searchNaive() a plain loop, for the benchmark.
class VectorIndex
{
public:
    struct Hit
    {
        qint64 id = 0;
        float score = 0; // cosine similarity (within int8 rounding)
    };

    explicit VectorIndex(int dimensions = 0) : m_dimensions(dimensions) { }

    int dimensions() const { return m_dimensions; }
    qsizetype size() const { return qsizetype(m_ids.size()); }
    qsizetype memoryBytes() const
    {
        return qsizetype(m_codes.capacity() + m_scales.capacity() * sizeof(float)
                         + m_ids.capacity() * sizeof(qint64));
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
    QList<Hit> searchOneThread(const QList<float> &query, int k) const;
    QList<Hit> searchNaive(const QList<float> &query, int k) const;

    static void normalize(QList<float> &vector);

private:
    struct Query
    {
        std::vector<int16_t> codes; // int8 values, widened once for the multiply-add
        float scale = 0;
    };
    Query quantize(const QList<float> &query) const;
    QList<Hit> scan(const Query &query, qsizetype from, qsizetype to, int k) const;

    int m_dimensions;
    std::vector<qint64> m_ids;
    std::vector<int8_t> m_codes; // rows × dimensions
    std::vector<float> m_scales; // per row: value = code × scale
};
