// Fuzzes semantic versions and npm version ranges (core/common/Semver), as package.json and
// database.json write them. The input's first line is a range, the following lines are versions.
// Beyond "no crash": versions round-trip through toString(), precedence is a consistent order, a
// range reads the same after a round trip, and an exact version satisfies its own range.

#include "FuzzSupport.h"

#include <strata/common/Semver.h>

#include <QStringList>

using namespace Strata;
using namespace Strata::Fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList lines = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)).split(u'\n');
    const QString rangeText = lines.first();

    QList<SemVersion> versions;
    for (qsizetype i = 1; i < lines.size() && versions.size() < 8; ++i) {
        const Result<SemVersion> parsed = SemVersion::parse(lines[i]);
        if (!parsed)
            continue;
        const SemVersion &version = *parsed;
        FUZZ_CHECK(version.major() >= 0 && version.minor() >= 0 && version.patch() >= 0, lines[i]);
        // toString() writes a version that reads back as the same version.
        const Result<SemVersion> reread = SemVersion::parse(version.toString());
        FUZZ_CHECK(reread.has_value(), version.toString());
        FUZZ_CHECK(reread->toString() == version.toString() && SemVersion::compare(*reread, version) == 0,
                   version.toString());
        versions.append(version);
    }
    // Precedence is an order: reflexive, antisymmetric, transitive.
    for (const SemVersion &a : versions) {
        FUZZ_CHECK(SemVersion::compare(a, a) == 0, a.toString());
        for (const SemVersion &b : versions) {
            const int ab = SemVersion::compare(a, b);
            FUZZ_CHECK(ab == -SemVersion::compare(b, a), a.toString() + u' ' + b.toString());
            for (const SemVersion &c : versions) {
                if (ab <= 0 && SemVersion::compare(b, c) <= 0)
                    FUZZ_CHECK(SemVersion::compare(a, c) <= 0, a.toString() + u' ' + b.toString() + u' ' + c.toString());
            }
        }
    }

    const Result<SemverRange> parsedRange = SemverRange::parse(rangeText);
    if (!parsedRange) {
        FUZZ_CHECK(!parsedRange.errorMessage().isEmpty(), rangeText);
        return 0;
    }
    const SemverRange &range = *parsedRange;
    FUZZ_CHECK(range.toString() == rangeText, range.toString());
    const Result<SemverRange> reread = SemverRange::parse(range.toString());
    FUZZ_CHECK(reread.has_value(), range.toString());
    for (const SemVersion &version : versions) {
        FUZZ_CHECK(range.satisfiedBy(version) == reread->satisfiedBy(version), version.toString());
        // A version is in the range that names exactly it, and in "*".
        const Result<SemverRange> exact = SemverRange::parse(version.toString());
        FUZZ_CHECK(exact && exact->satisfiedBy(version), version.toString());
        const Result<SemverRange> any = SemverRange::parse(QStringLiteral("*"));
        FUZZ_CHECK(any && any->satisfiedBy(version), version.toString());
        // Ranges agree with precedence: a release satisfies ">=v" exactly when it is not below v; a
        // prerelease may satisfy less (npm takes it only for a prerelease of its own major.minor.patch).
        for (const SemVersion &other : versions) {
            const Result<SemverRange> atLeast = SemverRange::parse(QStringLiteral(">=") + other.toString());
            FUZZ_CHECK(atLeast.has_value(), other.toString());
            const bool notBelow = SemVersion::compare(version, other) >= 0;
            const bool satisfied = atLeast->satisfiedBy(version);
            FUZZ_CHECK(version.prerelease().isEmpty() ? satisfied == notBelow : !satisfied || notBelow,
                       version.toString() + QStringLiteral(" against >=") + other.toString());
        }
    }
    return 0;
}
