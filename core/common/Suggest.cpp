#include <strata/common/Suggest.h>

#include <QList>
#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace Strata {

int editDistance(QStringView a, QStringView b)
{
    // Two rows of the dynamic-programming table are enough: each row depends only on the previous one.
    QVarLengthArray<int, 64> previous(b.size() + 1);
    QVarLengthArray<int, 64> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

namespace {

// How many edits still read as a typo: one for short words, a third of the length for longer ones
// (rustc and clang use similar thresholds), so "ab" never suggests "xy".
int maxDistanceFor(qsizetype length)
{
    return std::max(1, int(length / 3));
}

} // namespace

QStringList suggestAll(const QString &word, const QStringList &candidates, int limit)
{
    if (word.isEmpty() || limit <= 0)
        return {};
    const QString lowerWord = word.toLower();
    QList<std::pair<int, qsizetype>> scored; // (distance, candidate index)
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QString &candidate = candidates.at(i);
        if (candidate.isEmpty() || candidate == word)
            continue;
        // The distance is at least the difference in length: most of a large project's names are
        // ruled out before their table is filled in.
        const int allowed = maxDistanceFor(std::max(word.size(), candidate.size()));
        if (std::abs(int(word.size() - candidate.size())) > allowed)
            continue;
        const QString lowerCandidate = candidate.toLower();
        const int distance = editDistance(lowerWord, lowerCandidate);
        // A case-only difference ("Integer") is always a good suggestion.
        if (distance <= allowed)
            scored.append({distance, i});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &x, const auto &y) { return x.first < y.first; });
    QStringList result;
    for (const auto &[distance, index] : std::as_const(scored)) {
        Q_UNUSED(distance);
        if (!result.contains(candidates.at(index)))
            result.append(candidates.at(index));
        if (result.size() >= limit)
            break;
    }
    return result;
}

QString suggest(const QString &word, const QStringList &candidates)
{
    const QStringList all = suggestAll(word, candidates, 1);
    return all.isEmpty() ? QString() : all.first();
}

} // namespace Strata
