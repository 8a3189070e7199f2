#include "vectorindex.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace {

constexpr qsizetype BlockRows = 4096;

bool better(const VectorIndex::Hit &a, const VectorIndex::Hit &b)
{
    return a.score != b.score ? a.score > b.score : a.id < b.id;
}

float dot(const float *a, const float *b, int n)
{
    // Four accumulators: the compiler vectorises this without -ffast-math.
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += a[i] * b[i];
        s1 += a[i + 1] * b[i + 1];
        s2 += a[i + 2] * b[i + 2];
        s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; ++i)
        s0 += a[i] * b[i];
    return (s0 + s1) + (s2 + s3);
}

} // namespace

void VectorIndex::normalize(QList<float> &vector)
{
    double norm = 0;
    for (const float f : std::as_const(vector))
        norm += double(f) * f;
    if (norm <= 0)
        return;
    const float scale = float(1.0 / std::sqrt(norm));
    for (float &f : vector)
        f *= scale;
}

void VectorIndex::reserve(qsizetype rows)
{
    m_ids.reserve(size_t(rows));
    m_data.reserve(size_t(rows) * size_t(m_dimensions));
}

bool VectorIndex::add(qint64 id, const float *vector, int size)
{
    if (size != m_dimensions || m_dimensions <= 0)
        return false;
    double norm = 0;
    for (int i = 0; i < size; ++i)
        norm += double(vector[i]) * vector[i];
    const float scale = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.0f;
    m_ids.push_back(id);
    for (int i = 0; i < size; ++i)
        m_data.push_back(vector[i] * scale);
    return true;
}

QList<VectorIndex::Hit> VectorIndex::scan(const float *query, qsizetype from, qsizetype to,
                                          int k) const
{
    // A min-heap of the best k so far: its top is the one to beat.
    std::vector<Hit> heap;
    heap.reserve(size_t(k) + 1);
    const auto worse = [](const Hit &a, const Hit &b) { return better(a, b); };
    for (qsizetype row = from; row < to; ++row) {
        const Hit hit{ m_ids[size_t(row)],
                       dot(query, m_data.data() + size_t(row) * size_t(m_dimensions),
                           m_dimensions) };
        if (qsizetype(heap.size()) < k) {
            heap.push_back(hit);
            std::push_heap(heap.begin(), heap.end(), worse);
        } else if (better(hit, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), worse);
            heap.back() = hit;
            std::push_heap(heap.begin(), heap.end(), worse);
        }
    }
    return QList<Hit>(heap.begin(), heap.end());
}

QList<VectorIndex::Hit> VectorIndex::search(const QList<float> &query, int k) const
{
    if (query.size() != m_dimensions || k <= 0 || m_ids.empty())
        return {};
    QList<float> q = query;
    normalize(q);
    const qsizetype rows = size();
    QList<std::pair<qsizetype, qsizetype>> blocks;
    for (qsizetype from = 0; from < rows; from += BlockRows)
        blocks.append({ from, std::min(rows, from + BlockRows) });
    const QList<QList<Hit>> partial = QtConcurrent::blockingMapped<QList<QList<Hit>>>(
        blocks, [this, &q, k](const std::pair<qsizetype, qsizetype> &block) {
            return scan(q.constData(), block.first, block.second, k);
        });
    QList<Hit> merged;
    for (const QList<Hit> &hits : partial)
        merged.append(hits);
    const qsizetype keep = std::min<qsizetype>(k, merged.size());
    std::partial_sort(merged.begin(), merged.begin() + keep, merged.end(), better);
    merged.resize(keep);
    return merged;
}

QList<VectorIndex::Hit> VectorIndex::searchNaive(const QList<float> &query, int k) const
{
    if (query.size() != m_dimensions || k <= 0)
        return {};
    QList<float> q = query;
    normalize(q);
    QList<Hit> all;
    all.reserve(size());
    for (qsizetype row = 0; row < size(); ++row) {
        float s = 0;
        const float *v = m_data.data() + size_t(row) * size_t(m_dimensions);
        for (int i = 0; i < m_dimensions; ++i)
            s += q[i] * v[i];
        all.append(Hit{ m_ids[size_t(row)], s });
    }
    std::sort(all.begin(), all.end(), better);
    all.resize(std::min<qsizetype>(k, all.size()));
    return all;
}

QList<VectorIndex::Hit> VectorIndex::searchOneThread(const QList<float> &query, int k) const
{
    if (query.size() != m_dimensions || k <= 0 || m_ids.empty())
        return {};
    QList<float> q = query;
    normalize(q);
    QList<Hit> hits = scan(q.constData(), 0, size(), k);
    std::sort(hits.begin(), hits.end(), better);
    return hits;
}
