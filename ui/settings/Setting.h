#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace Strata::Ui {

// What every Setting has whatever its type: its key and its change signal (a class template cannot
// declare signals, so they live here).
class SettingBase : public QObject
{
    Q_OBJECT

public:
    // What storing the default does: write it like any value, or remove the key. Removed suits a
    // default that means "follow the system": nothing stored then says so.
    enum class AtDefault { Written, Removed };

    QString key() const { return m_key; }

Q_SIGNALS:
    // A write stored a value other than the one there before.
    void changed();

protected:
    SettingBase(QString key, AtDefault atDefault) : m_key(std::move(key)), m_atDefault(atDefault) {}

    const QString m_key;
    const AtDefault m_atDefault;
};

// One value the workbench keeps between runs, declared once with its QSettings key and its default,
// as Qt Creator's aspects are. It keeps no copy: every read asks QSettings and every write stores at
// once, through a QSettings made for the call, so that it always reads what is on disk under the
// application's names (or wherever a test points QSettings, which tests also clear between cases).
template<typename T>
class Setting : public SettingBase
{
public:
    explicit Setting(QString key, T defaultValue = T(), AtDefault atDefault = AtDefault::Written)
        : SettingBase(std::move(key), atDefault), m_default(std::move(defaultValue))
    {
    }

    T defaultValue() const { return m_default; }
    T value() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void setValue(const T &value)
    {
        const T before = this->value();
        QSettings settings;
        if (m_atDefault == AtDefault::Removed && value == m_default)
            settings.remove(m_key);
        else
            settings.setValue(m_key, QVariant::fromValue(value));
        if (!(value == before))
            Q_EMIT changed();
    }

private:
    const T m_default;
};

// A text setting kept per project under "projects/<hash of the project's root>/<name>" (a hash: the
// root's slashes would read as groups). Empty means none: storing it removes the key.
class ProjectSetting : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSetting(QString name) : m_name(std::move(name)) {}

    QString key(const QString &projectRoot) const;
    QString value(const QString &projectRoot) const;
    void setValue(const QString &projectRoot, const QString &value);

Q_SIGNALS:
    // A write for `projectRoot` stored a value other than the one there before.
    void changed(const QString &projectRoot);

private:
    const QString m_name;
};

} // namespace Strata::Ui
