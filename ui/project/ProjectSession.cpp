#include "project/ProjectSession.h"

#include <strata/registry/Registry.h>
#include <strata/reload/ProjectReloader.h>

#include <QDir>
#include <QFileInfo>

namespace Strata::Ui {

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent), m_registry(new Registry(this)), m_reloader(new ProjectReloader(*m_registry, this))
{
    connect(m_reloader, &ProjectReloader::loadingStarted, this, &ProjectSession::onLoadingStarted);
    connect(m_reloader, &ProjectReloader::loadProgress, this, &ProjectSession::loadProgress);
    connect(m_reloader, &ProjectReloader::loaded, this, &ProjectSession::onLoaded);
    connect(m_reloader, &ProjectReloader::reloaded, this, [this](const ReloadSummary &summary) {
        // A full reload already said `loaded`; only what the watcher brought in is news here.
        if (!summary.fullReload)
            Q_EMIT reloaded(summary);
    });
    connect(m_reloader, &ProjectReloader::pollingStarted, this, [this](const QString &message) {
        m_pollingMessage = message;
        Q_EMIT pollingStarted(message);
    });
}

// The reloader (a child) waits for a running load when it is destroyed.
ProjectSession::~ProjectSession() = default;

bool ProjectSession::open(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isReadable()) {
        Q_EMIT loadFailed(folder, info.exists() ? tr("%1 is not a readable folder.").arg(QDir::toNativeSeparators(folder))
                                                : tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    m_root = QDir::cleanPath(info.absoluteFilePath());
    m_reloader->open(m_root); // emits loadingStarted now, or once an abandoned load has ended
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadStarted(m_root);
    }
    return true;
}

void ProjectSession::reload()
{
    if (isOpen())
        m_reloader->reloadAll();
}

void ProjectSession::close()
{
    m_reloader->close();
    m_root.clear();
    m_loading = false;
    m_registry->clear();
    Q_EMIT closed();
}

void ProjectSession::onLoadingStarted()
{
    if (m_loading || !isOpen())
        return;
    m_loading = true;
    Q_EMIT loadStarted(m_root);
}

void ProjectSession::onLoaded()
{
    if (!isOpen())
        return;
    m_loading = false;
    Q_EMIT loaded(m_root);
}

} // namespace Strata::Ui
