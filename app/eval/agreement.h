#pragma once

#include <QList>

#include <array>
#include <optional>

// Agreement between two graders on the 0–3 relevance scale (issue 14: human grades vs. a judge
// model's suggested grades). Pure functions on pairs of grades; nothing here knows about stores.
namespace Agreement {

constexpr int Grades = 4; // 0, 1, 2, 3

// One (query, document) pair graded by both: the human's and the suggested grade.
struct GradePair
{
    int human = 0;
    int suggested = 0;
};

// confusion[h][s]: pairs the human graded h and the judge s. Grades are clamped to 0..3
// (−1, "judged unrelated", counts as 0).
using Confusion = std::array<std::array<int, Grades>, Grades>;

enum class Weights {
    Linear,    // disagreement |i−j|/3
    Quadratic, // disagreement (i−j)²/9: what Sift shows by default
};

int clampGrade(int grade);
Confusion confusion(const QList<GradePair> &pairs);
int total(const Confusion &matrix);
// Share of pairs with the same grade; nullopt without pairs.
std::optional<double> observedAgreement(const Confusion &matrix);

// Weighted Cohen's κ = 1 − Σ w·observed / Σ w·expected, with w the disagreement weight and
// expected from the two graders' marginals. nullopt without pairs, and when the expected
// disagreement is 0 (both graders used one and the same grade throughout: κ is undefined).
std::optional<double> weightedKappa(const Confusion &matrix, Weights weights);
// Unweighted Cohen's κ (every disagreement weighs 1), for reference.
std::optional<double> cohenKappa(const Confusion &matrix);

} // namespace Agreement
