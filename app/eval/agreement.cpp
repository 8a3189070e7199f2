#include "agreement.h"

#include <algorithm>
#include <cmath>

namespace Agreement {

namespace {

    double disagreement(int i, int j, std::optional<Weights> weights)
    {
        const int d = std::abs(i - j);
        if (!weights)
            return d == 0 ? 0.0 : 1.0;
        constexpr double max = Grades - 1;
        if (*weights == Weights::Linear)
            return d / max;
        return double(d * d) / (max * max);
    }

    std::optional<double> kappa(const Confusion &matrix, std::optional<Weights> weights)
    {
        const int n = total(matrix);
        if (n == 0)
            return std::nullopt;
        std::array<double, Grades> rows{};
        std::array<double, Grades> cols{};
        for (int i = 0; i < Grades; ++i) {
            for (int j = 0; j < Grades; ++j) {
                rows[i] += matrix[i][j];
                cols[j] += matrix[i][j];
            }
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < Grades; ++i) {
            for (int j = 0; j < Grades; ++j) {
                const double w = disagreement(i, j, weights);
                observed += w * matrix[i][j] / n;
                expected += w * (rows[i] / n) * (cols[j] / n);
            }
        }
        if (expected <= 1e-12)
            return std::nullopt;
        return 1.0 - observed / expected;
    }

} // namespace

int clampGrade(int grade)
{
    return std::clamp(grade, 0, Grades - 1);
}

Confusion confusion(const QList<GradePair> &pairs)
{
    Confusion matrix{};
    for (const GradePair &pair : pairs)
        ++matrix[clampGrade(pair.human)][clampGrade(pair.suggested)];
    return matrix;
}

int total(const Confusion &matrix)
{
    int n = 0;
    for (const auto &row : matrix)
        for (int cell : row)
            n += cell;
    return n;
}

std::optional<double> observedAgreement(const Confusion &matrix)
{
    const int n = total(matrix);
    if (n == 0)
        return std::nullopt;
    int same = 0;
    for (int i = 0; i < Grades; ++i)
        same += matrix[i][i];
    return double(same) / n;
}

std::optional<double> weightedKappa(const Confusion &matrix, Weights weights)
{
    return kappa(matrix, weights);
}

std::optional<double> cohenKappa(const Confusion &matrix)
{
    return kappa(matrix, std::nullopt);
}

} // namespace Agreement
