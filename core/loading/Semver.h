#pragma once

#include <QList>
#include <QString>

namespace Strata {

// Semantic versions (semver.org 2.0.0) and the npm range syntax of package.json:
// "1.2.3", "^1.2.0", "~1.2", ">=1.0.0 <2.0.0", "1.x", "*", "1.0.0 - 1.4.0", "^1 || ^2".
class SemVersion
{
public:
    static bool parse(const QString &text, SemVersion *out);
    bool isValid() const { return m_valid; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    QString prerelease() const { return m_prerelease; }
    QString toString() const;
    // Precedence per semver 2.0.0 (build metadata ignored).
    static int compare(const SemVersion &a, const SemVersion &b);

private:
    bool m_valid = false;
    int m_major = 0, m_minor = 0, m_patch = 0;
    QString m_prerelease;
};

class SemverRange
{
public:
    static bool parse(const QString &text, SemverRange *out, QString *error = nullptr);
    bool satisfiedBy(const SemVersion &version) const;
    QString toString() const { return m_text; }

    struct Comparator { enum Op { Lt, Le, Gt, Ge, Eq } op; SemVersion version; };

private:
    QString m_text;
    QList<QList<Comparator>> m_alternatives; // OR of ANDs; empty set of alternatives = any
};

} // namespace Strata
