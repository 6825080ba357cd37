#include <strata/common/Semver.h>

#include <QCoreApplication>


namespace Strata {

namespace {

bool isIdentifierChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-';
}

bool isNumeric(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Why a version or range was refused, when there is more to say than "it does not parse".
struct Refusal
{
    QString tooLarge; // a version number above SemVersion::MaxNumber, as written
};

// A version number part: digits without leading zeros, at most SemVersion::MaxNumber (npm's limit).
bool parseNumber(QStringView s, qint64 *out, Refusal *refusal)
{
    if (!isNumeric(s) || (s.size() > 1 && s.at(0) == u'0'))
        return false;
    bool ok = false;
    const qlonglong value = s.size() <= 18 ? s.toLongLong(&ok) : 0; // 18 digits cannot overflow
    if (!ok || value > SemVersion::MaxNumber) {
        if (refusal && refusal->tooLarge.isEmpty())
            refusal->tooLarge = s.toString();
        return false;
    }
    *out = value;
    return true;
}

QString tooLargeMessage(const QString &number)
{
    return QCoreApplication::translate("Strata::Semver",
                                       "the version number %1 is larger than %2, the largest that npm accepts")
        .arg(number)
        .arg(SemVersion::MaxNumber);
}

// Dot-separated identifiers of a prerelease (numeric ones without leading zeros) or of build metadata.
bool validIdentifiers(QStringView s, bool prerelease)
{
    if (s.isEmpty())
        return false;
    for (const QStringView part : s.split(u'.')) {
        if (part.isEmpty())
            return false;
        for (const QChar c : part) {
            if (!isIdentifierChar(c))
                return false;
        }
        if (prerelease && isNumeric(part) && part.size() > 1 && part.at(0) == u'0')
            return false;
    }
    return true;
}

int compareIdentifiers(QStringView a, QStringView b)
{
    const bool an = isNumeric(a);
    const bool bn = isNumeric(b);
    if (an && bn) { // any length: longer is larger (no leading zeros), else digit by digit
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
        return a.compare(b);
    }
    if (an != bn)
        return an ? -1 : 1; // numeric identifiers have lower precedence
    const int c = a.compare(b);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

// A version with parts left out or written as x/X/*: "1", "1.2", "1.x", "*". -1 marks a wildcard.
struct Partial
{
    qint64 major = -1;
    qint64 minor = -1;
    qint64 patch = -1;
    QString prerelease;
};

bool isWildcard(QStringView s)
{
    return s == u"x" || s == u"X" || s == u"*";
}

bool parsePartial(QStringView s, Partial *out, Refusal *refusal = nullptr)
{
    if (s.startsWith(u'v') || s.startsWith(u'V') || s.startsWith(u'='))
        s = s.mid(1);
    if (s.isEmpty())
        return false;
    // Prerelease and build metadata only follow a full version.
    QStringView core = s;
    QStringView prerelease;
    const qsizetype plus = s.indexOf(u'+');
    if (plus >= 0) {
        if (!validIdentifiers(s.mid(plus + 1), false))
            return false;
        core = s.left(plus);
    }
    const qsizetype dash = core.indexOf(u'-');
    if (dash >= 0) {
        prerelease = core.mid(dash + 1);
        if (!validIdentifiers(prerelease, true))
            return false;
        core = core.left(dash);
    }
    const auto parts = core.split(u'.');
    if (parts.size() > 3)
        return false;
    qint64 *fields[] = {&out->major, &out->minor, &out->patch};
    bool wildcard = false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (isWildcard(parts[i])) {
            wildcard = true;
        } else if (wildcard || !parseNumber(parts[i], fields[i], refusal)) {
            return false; // "1.x.3" is not a version
        }
    }
    if (!prerelease.isEmpty() && (parts.size() < 3 || wildcard))
        return false;
    out->prerelease = prerelease.toString();
    return true;
}

SemVersion makeVersion(qint64 major, qint64 minor, qint64 patch, const QString &prerelease = {})
{
    return SemVersion::fromNumbers(major, minor, patch, prerelease);
}

using Comparator = SemverRange::Comparator;
using Op = SemverRange::Comparator::Op;

// The smallest version of a partial: missing parts are 0.
SemVersion lowest(const Partial &p)
{
    return makeVersion(qMax(p.major, 0), qMax(p.minor, 0), qMax(p.patch, 0), p.prerelease);
}

// The first version above every version a partial covers ("1.2" -> 1.3.0-0): exclusive upper bound.
SemVersion pastPartial(const Partial &p)
{
    if (p.minor < 0)
        return makeVersion(p.major + 1, 0, 0, QStringLiteral("0"));
    return makeVersion(p.major, p.minor + 1, 0, QStringLiteral("0"));
}

bool isFull(const Partial &p)
{
    return p.patch >= 0;
}

// Nothing satisfies "<0.0.0-0".
Comparator impossible()
{
    return {Op::Lt, makeVersion(0, 0, 0, QStringLiteral("0"))};
}

bool desugar(QStringView token, QList<Comparator> *out, Refusal *refusal)
{
    QStringView op;
    for (const QStringView candidate : {u">=", u"<=", u">", u"<", u"=", u"^", u"~"}) {
        if (token.startsWith(candidate)) {
            op = candidate;
            break;
        }
    }
    QStringView rest = token.mid(op.size());
    if (op == u"~" && rest.startsWith(u'>')) // "~>1.2" is the Ruby spelling npm accepts
        rest = rest.mid(1);
    Partial p;
    if (!parsePartial(rest, &p, refusal))
        return false;

    if (p.major < 0) { // "*", ">=*", "^*": any; ">*" and "<*": none
        if (op == u">" || op == u"<")
            out->append(impossible());
        return true;
    }
    if (op == u"^") {
        out->append({Op::Ge, lowest(p)});
        if (p.major > 0 || p.minor < 0)
            out->append({Op::Lt, makeVersion(p.major + 1, 0, 0, QStringLiteral("0"))});
        else if (p.minor > 0 || p.patch < 0)
            out->append({Op::Lt, makeVersion(0, p.minor + 1, 0, QStringLiteral("0"))});
        else
            out->append({Op::Lt, makeVersion(0, 0, p.patch + 1, QStringLiteral("0"))});
        return true;
    }
    if (op == u"~") {
        out->append({Op::Ge, lowest(p)});
        out->append({Op::Lt, pastPartial(p.minor < 0 ? p : Partial{p.major, p.minor, -1, {}})});
        return true;
    }
    if (isFull(p)) {
        const SemVersion v = lowest(p);
        const Op kind = op == u">=" ? Op::Ge : op == u"<=" ? Op::Le : op == u">" ? Op::Gt
                                                : op == u"<"              ? Op::Lt
                                                                          : Op::Eq;
        out->append({kind, v});
        return true;
    }
    if (op == u">") {
        // ">1.2" means ">=1.3.0": the bound without the "-0" that would admit prereleases.
        const SemVersion past = pastPartial(p);
        out->append({Op::Ge, makeVersion(past.major(), past.minor(), past.patch())});
    } else if (op == u">=") {
        out->append({Op::Ge, lowest(p)});
    } else if (op == u"<") {
        out->append({Op::Lt, makeVersion(p.major, qMax(p.minor, 0), 0, QStringLiteral("0"))});
    } else if (op == u"<=") {
        out->append({Op::Lt, pastPartial(p)});
    } else { // "1.2", "=1.x": an x-range
        out->append({Op::Ge, lowest(p)});
        out->append({Op::Lt, pastPartial(p)});
    }
    return true;
}

bool desugarHyphen(QStringView from, QStringView to, QList<Comparator> *out, Refusal *refusal)
{
    Partial low;
    Partial high;
    if (!parsePartial(from, &low, refusal) || !parsePartial(to, &high, refusal))
        return false;
    if (low.major >= 0)
        out->append({Op::Ge, lowest(low)});
    if (high.major >= 0)
        out->append(isFull(high) ? Comparator{Op::Le, lowest(high)} : Comparator{Op::Lt, pastPartial(high)});
    return true;
}

bool satisfies(const Comparator &c, const SemVersion &v)
{
    const int order = SemVersion::compare(v, c.version);
    switch (c.op) {
    case Op::Lt: return order < 0;
    case Op::Le: return order <= 0;
    case Op::Gt: return order > 0;
    case Op::Ge: return order >= 0;
    case Op::Eq: return order == 0;
    }
    return false;
}

} // namespace

Result<SemVersion> SemVersion::parse(const QString &text)
{
    Partial p;
    Refusal refusal;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'=') || !parsePartial(trimmed, &p, &refusal) || !isFull(p))
        return failure(refusal.tooLarge.isEmpty() ? QString() : tooLargeMessage(refusal.tooLarge));
    return fromNumbers(p.major, p.minor, p.patch, p.prerelease);
}

SemVersion SemVersion::fromNumbers(qint64 major, qint64 minor, qint64 patch, const QString &prerelease)
{
    SemVersion version;
    version.m_major = major;
    version.m_minor = minor;
    version.m_patch = patch;
    version.m_prerelease = prerelease;
    return version;
}

QString SemVersion::toString() const
{
    QString text = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
    if (!m_prerelease.isEmpty())
        text += u'-' + m_prerelease;
    return text;
}

int SemVersion::compare(const SemVersion &a, const SemVersion &b)
{
    if (a.m_major != b.m_major)
        return a.m_major < b.m_major ? -1 : 1;
    if (a.m_minor != b.m_minor)
        return a.m_minor < b.m_minor ? -1 : 1;
    if (a.m_patch != b.m_patch)
        return a.m_patch < b.m_patch ? -1 : 1;
    if (a.m_prerelease.isEmpty() || b.m_prerelease.isEmpty()) // a release ranks above its prereleases
        return a.m_prerelease.isEmpty() == b.m_prerelease.isEmpty() ? 0 : a.m_prerelease.isEmpty() ? 1 : -1;
    const auto left = QStringView(a.m_prerelease).split(u'.');
    const auto right = QStringView(b.m_prerelease).split(u'.');
    for (qsizetype i = 0; i < left.size() && i < right.size(); ++i) {
        if (const int c = compareIdentifiers(left[i], right[i]))
            return c;
    }
    return left.size() == right.size() ? 0 : left.size() < right.size() ? -1 : 1;
}

Result<SemverRange> SemverRange::parse(const QString &text)
{
    SemverRange range;
    range.m_text = text;
    QString spec = text.trimmed();
    // pnpm/yarn workspace protocol: "workspace:*", "workspace:^", "workspace:^1.2.0".
    if (spec.startsWith(QLatin1String("workspace:"))) {
        spec = spec.mid(10).trimmed();
        if (spec == u"^" || spec == u"~")
            spec.clear();
    }
    if (spec == u"latest")
        spec.clear();

    Refusal refusal;
    const auto fail = [&](const QString &part) -> Result<SemverRange> {
        if (!refusal.tooLarge.isEmpty()) {
            return failure(QCoreApplication::translate("Strata::Semver", "\"%1\" is not a version range (at \"%2\"): %3")
                               .arg(text, part, tooLargeMessage(refusal.tooLarge)));
        }
        return failure(QCoreApplication::translate("Strata::Semver", "\"%1\" is not a version range (at \"%2\")")
                           .arg(text, part));
    };

    bool anyAlternative = false;
    for (const QStringView alternative : QStringView(spec).split(u"||")) {
        // Operators may stand apart from their version (">= 1.2.3"): join them first.
        QList<QString> tokens;
        bool pendingOperator = false;
        for (const QStringView word : alternative.split(u' ', Qt::SkipEmptyParts)) {
            const QString w = word.trimmed().toString();
            if (w.isEmpty())
                continue;
            if (pendingOperator)
                tokens.last() += w;
            else
                tokens.append(w);
            pendingOperator = w == u">" || w == u"<" || w == u">=" || w == u"<=" || w == u"="
                || w == u"^" || w == u"~" || w == u"~>";
        }
        if (pendingOperator)
            return fail(alternative.trimmed().toString());

        QList<Comparator> comparators;
        if (tokens.size() == 3 && tokens[1] == u"-") {
            if (!desugarHyphen(tokens[0], tokens[2], &comparators, &refusal))
                return fail(alternative.trimmed().toString());
        } else {
            for (const QString &token : std::as_const(tokens)) {
                if (!desugar(token, &comparators, &refusal))
                    return fail(token);
            }
        }
        if (comparators.isEmpty())
            anyAlternative = true;
        range.m_alternatives.append(comparators);
    }
    if (anyAlternative)
        range.m_alternatives.clear(); // one alternative takes every version: the range is "any"
    return range;
}

bool SemverRange::satisfiedBy(const SemVersion &version) const
{
    // "*", "latest" and "workspace:*" take every version, prereleases too: a workspace package at
    // 2.0.0-beta.1 is still the one a "workspace:*" dependency means.
    if (m_alternatives.isEmpty())
        return true;
    for (const QList<Comparator> &set : m_alternatives) {
        bool all = true;
        for (const Comparator &c : set) {
            if (!satisfies(c, version)) {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        if (version.prerelease().isEmpty())
            return true;
        // npm: a prerelease matches only when a comparator of the set names a prerelease of the same
        // major.minor.patch ("^1.2.3-beta.1" takes 1.2.3-beta.2 but not 1.3.0-beta.1).
        for (const Comparator &c : set) {
            if (!c.version.prerelease().isEmpty() && c.version.major() == version.major()
                && c.version.minor() == version.minor() && c.version.patch() == version.patch())
                return true;
        }
    }
    return false;
}

} // namespace Strata
