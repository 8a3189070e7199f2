#include "vectorindex.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// Rows per task: a block of int8 rows is scanned in about a millisecond, so smaller blocks
// would cost more in hand-offs than they win; a collection of one block stays on the caller.
constexpr qsizetype BlockRows = 16384;

bool better(const VectorIndex::Hit &a, const VectorIndex::Hit &b)
{
    return a.score != b.score ? a.score > b.score : a.id < b.id;
}

// int8 × int8 summed in int32. SSE2 (every x86-64) has no int8 multiply-add, so each 16 bytes
// of the row are sign-extended to int16 and multiplied pairwise with the query (already int16)
// by pmaddwd; elsewhere the plain loop.
int dot(const int16_t *query, const int8_t *row, int n)
{
    int i = 0;
    int sum = 0;
#if defined(__SSE2__)
    __m128i acc = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(row + i));
        const __m128i sign = _mm_cmplt_epi8(bytes, _mm_setzero_si128());
        const __m128i low = _mm_unpacklo_epi8(bytes, sign);
        const __m128i high = _mm_unpackhi_epi8(bytes, sign);
        const __m128i q0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(query + i));
        const __m128i q1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(query + i + 8));
        acc = _mm_add_epi32(acc, _mm_madd_epi16(low, q0));
        acc = _mm_add_epi32(acc, _mm_madd_epi16(high, q1));
    }
    alignas(16) int32_t lanes[4];
    _mm_store_si128(reinterpret_cast<__m128i *>(lanes), acc);
    sum = lanes[0] + lanes[1] + lanes[2] + lanes[3];
#endif
    for (; i < n; ++i)
        sum += int(query[i]) * int(row[i]);
    return sum;
}

// Codes and scale of a unit vector: code = round(value / scale), |code| <= 127.
float encode(const float *vector, int n, int8_t *codes)
{
    float largest = 0;
    for (int i = 0; i < n; ++i)
        largest = std::max(largest, std::abs(vector[i]));
    const float scale = largest > 0 ? largest / 127.0f : 1.0f;
    for (int i = 0; i < n; ++i)
        codes[i] = int8_t(std::lround(vector[i] / scale));
    return scale;
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
    m_scales.reserve(size_t(rows));
    m_codes.reserve(size_t(rows) * size_t(m_dimensions));
}

bool VectorIndex::add(qint64 id, const float *vector, int size)
{
    if (size != m_dimensions || m_dimensions <= 0)
        return false;
    QList<float> unit(vector, vector + size);
    normalize(unit);
    const size_t at = m_codes.size();
    m_codes.resize(at + size_t(size));
    m_scales.push_back(encode(unit.constData(), size, m_codes.data() + at));
    m_ids.push_back(id);
    return true;
}

VectorIndex::Query VectorIndex::quantize(const QList<float> &query) const
{
    QList<float> unit = query;
    normalize(unit);
    Query q;
    std::vector<int8_t> codes(static_cast<size_t>(m_dimensions));
    q.scale = encode(unit.constData(), m_dimensions, codes.data());
    q.codes.assign(codes.cbegin(), codes.cend());
    return q;
}

QList<VectorIndex::Hit> VectorIndex::scan(const Query &query, qsizetype from, qsizetype to,
                                          int k) const
{
    // A min-heap of the best k so far: its top is the one to beat.
    std::vector<Hit> heap;
    heap.reserve(size_t(k) + 1);
    const auto worse = [](const Hit &a, const Hit &b) { return better(a, b); };
    for (qsizetype row = from; row < to; ++row) {
        const int raw = dot(query.codes.data(), m_codes.data() + size_t(row) * size_t(m_dimensions),
                            m_dimensions);
        const Hit hit{ m_ids[size_t(row)], float(raw) * query.scale * m_scales[size_t(row)] };
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
    if (size() <= BlockRows)
        return searchOneThread(query, k);
    const Query q = quantize(query);
    const qsizetype rows = size();
    QList<std::pair<qsizetype, qsizetype>> blocks;
    for (qsizetype from = 0; from < rows; from += BlockRows)
        blocks.append({ from, std::min(rows, from + BlockRows) });
    const QList<QList<Hit>> partial = QtConcurrent::blockingMapped<QList<QList<Hit>>>(
        blocks, [this, &q, k](const std::pair<qsizetype, qsizetype> &block) {
            return scan(q, block.first, block.second, k);
        });
    QList<Hit> merged;
    for (const QList<Hit> &hits : partial)
        merged.append(hits);
    const qsizetype keep = std::min<qsizetype>(k, merged.size());
    std::partial_sort(merged.begin(), merged.begin() + keep, merged.end(), better);
    merged.resize(keep);
    return merged;
}

QList<VectorIndex::Hit> VectorIndex::searchOneThread(const QList<float> &query, int k) const
{
    if (query.size() != m_dimensions || k <= 0 || m_ids.empty())
        return {};
    QList<Hit> hits = scan(quantize(query), 0, size(), k);
    std::sort(hits.begin(), hits.end(), better);
    return hits;
}

QList<VectorIndex::Hit> VectorIndex::searchNaive(const QList<float> &query, int k) const
{
    if (query.size() != m_dimensions || k <= 0)
        return {};
    const Query q = quantize(query);
    QList<Hit> all;
    all.reserve(size());
    for (qsizetype row = 0; row < size(); ++row) {
        int s = 0;
        for (int i = 0; i < m_dimensions; ++i)
            s += int(q.codes[size_t(i)])
                * int(m_codes[size_t(row) * size_t(m_dimensions) + size_t(i)]);
        all.append(Hit{ m_ids[size_t(row)], float(s) * q.scale * m_scales[size_t(row)] });
    }
    std::sort(all.begin(), all.end(), better);
    all.resize(std::min<qsizetype>(k, all.size()));
    return all;
}
