#pragma once

#include <QString>
#include <QStringList>

namespace Strata {

// Did-you-mean: the candidate closest to `word` by edit distance (case-insensitive), or an empty
// string when nothing is close enough to be a plausible typo. Ties go to the earlier candidate.
// "integr" -> "integer"; "xyz" -> "".
QString suggest(const QString &word, const QStringList &candidates);

// Every candidate close enough to `word`, closest first (at most `limit`), for help lines that list
// several options ("did you mean @acme/core or @acme/cord?").
QStringList suggestAll(const QString &word, const QStringList &candidates, int limit = 3);

// Levenshtein distance (insertions, deletions, substitutions each cost 1), case-sensitive.
int editDistance(QStringView a, QStringView b);

} // namespace Strata
