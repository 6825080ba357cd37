#include "project/ProjectSession.h"

#include "loading/PackageLoader.h"
#include "loading/PackageScanner.h"
#include "registry/Registry.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace Strata::Ui {

ProjectSession::ProjectSession(QObject *parent) : QObject(parent), m_registry(new Registry(this)) {}

ProjectSession::~ProjectSession()
{
    abandonRunningLoad();
}

bool ProjectSession::open(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isReadable()) {
        Q_EMIT loadFailed(folder, info.exists() ? tr("%1 is not a readable folder.").arg(QDir::toNativeSeparators(folder))
                                                : tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    abandonRunningLoad();
    m_root = QDir::cleanPath(info.absoluteFilePath());
    m_loading = true;
    Q_EMIT loadStarted(m_root);

    m_discovery = new QFutureWatcher<Discovery>(this);
    connect(m_discovery, &QFutureWatcherBase::finished, this, &ProjectSession::onDiscovered);
    m_discovery->setFuture(QtConcurrent::run([root = m_root] {
        Discovery discovery;
        discovery.config = ProjectConfig::load(root);
        discovery.folders = PackageScanner::discover(discovery.config);
        return discovery;
    }));
    return true;
}

void ProjectSession::reload()
{
    if (isOpen())
        open(m_root);
}

void ProjectSession::close()
{
    abandonRunningLoad();
    m_root.clear();
    m_registry->clear();
    Q_EMIT closed();
}

void ProjectSession::onDiscovered()
{
    auto *watcher = m_discovery;
    m_discovery = nullptr;
    watcher->deleteLater();
    if (watcher->isCanceled())
        return;
    const Discovery discovery = watcher->result();
    m_pendingConfig = discovery.config;

    Q_EMIT loadProgress(0, int(discovery.folders.size()));
    m_packages = new QFutureWatcher<PackageDefinition>(this);
    connect(m_packages, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        if (m_packages)
            Q_EMIT loadProgress(value, m_packages->progressMaximum());
    });
    connect(m_packages, &QFutureWatcherBase::finished, this, &ProjectSession::onPackagesLoaded);
    // The config travels by value: the worker threads must not share the session's copy.
    std::function<PackageDefinition(const QString &)> load = [config = discovery.config](const QString &folder) {
        return PackageLoader::load(folder, config);
    };
    m_packages->setFuture(QtConcurrent::mapped(discovery.folders, load));
}

void ProjectSession::onPackagesLoaded()
{
    auto *watcher = m_packages;
    m_packages = nullptr;
    watcher->deleteLater();
    if (watcher->isCanceled())
        return;
    const QList<PackageDefinition> packages = watcher->future().results();
    m_loading = false;
    m_registry->setProject(m_pendingConfig, packages);
    m_pendingConfig = {};
    Q_EMIT loaded(m_root);
}

void ProjectSession::abandonRunningLoad()
{
    // A running load finishes on its worker threads; its results are dropped.
    for (QFutureWatcherBase *watcher : {static_cast<QFutureWatcherBase *>(m_discovery),
                                        static_cast<QFutureWatcherBase *>(m_packages)}) {
        if (!watcher)
            continue;
        watcher->disconnect(this);
        watcher->cancel();
        connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
        if (watcher->isFinished())
            watcher->deleteLater();
    }
    m_discovery = nullptr;
    m_packages = nullptr;
    m_loading = false;
}

} // namespace Strata::Ui
