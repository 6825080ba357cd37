#pragma once

#include <strata/common/Result.h>

#include <QList>
#include <QString>

namespace Strata {

// Semantic versions (semver.org 2.0.0) and the npm range syntax of package.json:
// "1.2.3", "^1.2.0", "~1.2", ">=1.0.0 <2.0.0", "1.x", "*", "1.0.0 - 1.4.0", "^1 || ^2".
// Version numbers go up to npm's limit, Number.MAX_SAFE_INTEGER (2^53 - 1); a larger one is an
// error, as in npm ("Invalid version"), never a number that wrapped.
class SemVersion
{
public:
    static constexpr qint64 MaxNumber = (qint64(1) << 53) - 1;

    // The version `text` spells. The error's message says why a version with a number above
    // MaxNumber is refused, and is empty for the other refusals, which need no more than "not a
    // semantic version" (the caller words that with what the version belongs to).
    static Result<SemVersion> parse(const QString &text);
    // A version from numbers known to be in range (bounds worked out from a parsed version may be
    // one above MaxNumber: "^9007199254740991" stops before 9007199254740992.0.0-0).
    static SemVersion fromNumbers(qint64 major, qint64 minor, qint64 patch, const QString &prerelease = {});
    qint64 major() const { return m_major; }
    qint64 minor() const { return m_minor; }
    qint64 patch() const { return m_patch; }
    QString prerelease() const { return m_prerelease; }
    QString toString() const;
    // Precedence per semver 2.0.0 (build metadata ignored).
    static int compare(const SemVersion &a, const SemVersion &b);

private:
    qint64 m_major = 0, m_minor = 0, m_patch = 0;
    QString m_prerelease;
};

class SemverRange
{
public:
    // The range `text` spells, or why it does not parse (translated, naming the part that does not).
    static Result<SemverRange> parse(const QString &text);
    bool satisfiedBy(const SemVersion &version) const;
    QString toString() const { return m_text; }

    struct Comparator { enum Op { Lt, Le, Gt, Ge, Eq } op; SemVersion version; };

private:
    QString m_text;
    QList<QList<Comparator>> m_alternatives; // OR of ANDs; empty set of alternatives = any
};

} // namespace Strata
