#include "settings/Setting.h"

#include <QCryptographicHash>

namespace Strata::Ui {

QString ProjectSetting::key(const QString &projectRoot) const
{
    const QByteArray hash = QCryptographicHash::hash(projectRoot.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("projects/%1/%2").arg(QString::fromLatin1(hash.left(16)), m_name);
}

QString ProjectSetting::value(const QString &projectRoot) const
{
    return QSettings().value(key(projectRoot)).toString();
}

void ProjectSetting::setValue(const QString &projectRoot, const QString &value)
{
    const QString before = this->value(projectRoot);
    QSettings settings;
    if (value.isEmpty())
        settings.remove(key(projectRoot));
    else
        settings.setValue(key(projectRoot), value);
    if (value != before)
        Q_EMIT changed(projectRoot);
}

} // namespace Strata::Ui
