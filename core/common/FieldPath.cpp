#include <strata/common/FieldPath.h>

using namespace Qt::StringLiterals;

namespace Strata {

FieldPath FieldPath::fromFileKey(const QString &key)
{
    FieldPath path;
    path.m_path = key; // shared: the parser's string, not a copy
    return path;
}

FieldPath FieldPath::fileKey(QStringView key) const
{
    FieldPath path;
    path.m_path.reserve(m_path.size() + 1 + key.size());
    path.m_path.append(m_path).append(u'.').append(key);
    return path;
}

FieldPath FieldPath::index(qsizetype i) const
{
    FieldPath path;
    path.m_path = m_path + u'[' + QString::number(i) + u']';
    return path;
}

FieldPath FieldPath::dependency(QStringView name)
{
    return FieldPath(u"dependencies").fileKey(name);
}

} // namespace Strata
