#pragma once

#include "loading/ProjectConfig.h"
#include "model/Package.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace Strata {
class Registry;
}

namespace Strata::Ui {

// The open project: its registry, and loading it without blocking the GUI thread. strata.json is
// read and package folders found on a worker thread, the packages loaded in parallel
// (QtConcurrent::mapped over PackageLoader::load, so progress can be shown), and the result handed
// to the registry on the GUI thread in one step (Registry::setProject).
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    Registry *registry() const { return m_registry; }
    QString root() const { return m_root; }
    bool isOpen() const { return !m_root.isEmpty(); }
    bool isLoading() const { return m_loading; }

    // Starts loading `folder` (any earlier load is abandoned). Returns false, and emits
    // loadFailed, when `folder` is not a readable folder.
    bool open(const QString &folder);
    // Loads the open project again.
    void reload();
    void close();

Q_SIGNALS:
    void loadStarted(const QString &root);
    void loadProgress(int loaded, int total);
    void loaded(const QString &root);
    void loadFailed(const QString &root, const QString &message);
    void closed();

private:
    struct Discovery
    {
        ProjectConfig config;
        QStringList folders;
    };
    void onDiscovered();
    void onPackagesLoaded();
    void abandonRunningLoad();

    Registry *m_registry = nullptr;
    QString m_root;
    bool m_loading = false;
    ProjectConfig m_pendingConfig;
    QFutureWatcher<Discovery> *m_discovery = nullptr;
    QFutureWatcher<PackageDefinition> *m_packages = nullptr;
};

} // namespace Strata::Ui
