#include "costformat.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CostFormat {

QString usd(double amount, const QLocale &locale)
{
    if (!std::isfinite(amount) || amount <= 0)
        return u"$"_s + locale.toString(0.0, 'f', 2);
    // Per-reply costs are often millionths: enough decimals for two significant digits.
    constexpr int MaxDecimals = 12;
    int decimals = 2;
    if (amount < 0.1)
        decimals = std::clamp(int(-std::floor(std::log10(amount))) + 1, 2, MaxDecimals);
    QString text = locale.toString(amount, 'f', decimals);
    const QString zero = locale.zeroDigit();
    while (decimals > 2 && text.endsWith(zero)) {
        text.chop(zero.size());
        --decimals;
    }
    return u"$"_s + text;
}

} // namespace CostFormat
