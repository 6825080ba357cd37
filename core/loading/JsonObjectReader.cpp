#include <strata/loading/JsonObjectReader.h>

#include <strata/common/Suggest.h>

#include <QCoreApplication>

namespace Strata {

namespace {
// The messages of this file, in the context "Strata::Loader". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Loader)
};
} // namespace

JsonObjectReader::JsonObjectReader(const Json::Node &object, const QStringList &knownKeys, Describe what,
                                   Diagnostics &diagnostics, const QString &package)
    : m_object(object), m_what(std::move(what)), m_diagnostics(diagnostics), m_package(package)
{
    checkKeys(knownKeys);
}

void JsonObjectReader::checkKeys(const QStringList &knownKeys)
{
    // Node::duplicateKeys() lists the repeats in file order, hashing when the object is large.
    const QList<const Json::Member *> repeats = m_object.duplicateKeys();
    qsizetype nextRepeat = 0;
    for (size_t i = 0; i < m_object.members.size(); ++i) {
        const Json::Member &member = m_object.members[i];
        const bool repeated = nextRepeat < repeats.size() && repeats.at(nextRepeat) == &member;
        if (repeated)
            ++nextRepeat;
        if (member.key == u"$schema" || member.key.startsWith(u"//"))
            continue; // editor schema hints and comment keys are welcome anywhere
        if (repeated) {
            m_diagnostics.append(makeWarning(
                DiagnosticCode::DuplicateKey,
                Text::tr("%1 has the key \"%2\" twice; the last one is used").arg(m_what(), member.key),
                member.keyLocation, Text::tr("remove one of the two \"%1\" keys").arg(member.key), m_package));
            continue;
        }
        if (knownKeys.contains(member.key))
            continue;
        const QString suggestion = suggest(member.key, knownKeys);
        const QString help = suggestion.isEmpty()
            ? Text::tr("remove it; %1 takes: %2").arg(m_what(), knownKeys.join(QStringLiteral(", ")))
            : Text::tr("did you mean \"%1\"?").arg(suggestion);
        m_diagnostics.append(makeWarning(DiagnosticCode::UnknownKey,
                                         Text::tr("unknown key \"%1\" in %2").arg(member.key, m_what()),
                                         member.keyLocation, help, m_package));
    }
}

SourceLocation JsonObjectReader::location(QStringView key) const
{
    if (const Json::Node *v = m_object.member(key))
        return v->location;
    return m_object.location;
}

void JsonObjectReader::wrongType(const QString &key, const Json::Node &value, const QString &expected)
{
    m_diagnostics.append(makeError(
        DiagnosticCode::WrongType,
        Text::tr("\"%1\" of %2 must be %3, not %4").arg(key, m_what(), expected, value.typeDescription()),
        value.location, Text::tr("write \"%1\" as %2").arg(key, expected), m_package));
}

void JsonObjectReader::missing(const QString &key)
{
    m_diagnostics.append(makeError(DiagnosticCode::MissingKey,
                                   Text::tr("%1 has no \"%2\"").arg(m_what(), key), m_object.location,
                                   Text::tr("add \"%1\" to %2").arg(key, m_what()), m_package));
}

std::optional<QString> JsonObjectReader::string(const QString &key, bool required)
{
    const Json::Node *v = m_object.member(key);
    if (!v) {
        if (required)
            missing(key);
        return std::nullopt;
    }
    if (!v->isString()) {
        wrongType(key, *v, Text::tr("a string"));
        return std::nullopt;
    }
    return v->string;
}

std::optional<bool> JsonObjectReader::boolean(const QString &key)
{
    const Json::Node *v = m_object.member(key);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        wrongType(key, *v, Text::tr("true or false"));
        return std::nullopt;
    }
    return v->boolean;
}

std::optional<qint64> JsonObjectReader::integer(const QString &key)
{
    const Json::Node *v = m_object.member(key);
    if (!v)
        return std::nullopt;
    if (!v->isNumber() || !v->isIntegerLiteral) {
        wrongType(key, *v, Text::tr("a whole number"));
        return std::nullopt;
    }
    return qint64(v->number);
}

const Json::Node *JsonObjectReader::array(const QString &key, bool required)
{
    const Json::Node *v = m_object.member(key);
    if (!v) {
        if (required)
            missing(key);
        return nullptr;
    }
    if (!v->isArray()) {
        wrongType(key, *v, Text::tr("an array"));
        return nullptr;
    }
    return v;
}

const Json::Node *JsonObjectReader::object(const QString &key)
{
    const Json::Node *v = m_object.member(key);
    if (!v)
        return nullptr;
    if (!v->isObject()) {
        wrongType(key, *v, Text::tr("an object"));
        return nullptr;
    }
    return v;
}

std::optional<QStringList> JsonObjectReader::stringList(const QString &key, bool required,
                                                        QList<SourceLocation> *itemLocations)
{
    const Json::Node *list = array(key, required);
    if (!list)
        return std::nullopt;
    QStringList result;
    for (const Json::Node &item : list->items) {
        if (!item.isString()) {
            m_diagnostics.append(makeError(
                DiagnosticCode::WrongType,
                Text::tr("the items of \"%1\" in %2 must be strings, not %3").arg(key, m_what(), item.typeDescription()),
                item.location, Text::tr("write each item of \"%1\" as a string").arg(key), m_package));
            continue;
        }
        result.append(item.string);
        if (itemLocations)
            itemLocations->append(item.location);
    }
    return result;
}

bool expectObject(const Json::Node &node, const Describe &what, Diagnostics &diagnostics, const QString &package)
{
    if (node.isObject())
        return true;
    const QString name = what();
    diagnostics.append(makeError(DiagnosticCode::WrongType,
                                 Text::tr("%1 must be an object, not %2").arg(name, node.typeDescription()),
                                 node.location, Text::tr("write %1 as a JSON object { ... }").arg(name), package));
    return false;
}

} // namespace Strata
