#pragma once

#include <strata/reload/ReloadSummary.h>

#include <QObject>
#include <QString>

namespace Strata {
class ProjectReloader;
class Registry;
} // namespace Strata

namespace Strata::Ui {

// The open project of the window: its registry, kept in step with the disk by the core's
// ProjectReloader (loading off the GUI thread, then hot reload of the packages that change). The
// session only adds what the window needs on top: a checked folder, the project's root while it is
// open, and signals phrased for the window.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    Registry *registry() const { return m_registry; }
    ProjectReloader *reloader() const { return m_reloader; }
    QString root() const { return m_root; }
    bool isOpen() const { return !m_root.isEmpty(); }
    // True from open() (or a full reload) until the project is in the registry.
    bool isLoading() const { return m_loading; }
    // True once the watcher had to poll some paths (the system's watch limit was reached).
    bool isPolling() const { return !m_pollingMessage.isEmpty(); }
    QString pollingMessage() const { return m_pollingMessage; }

    // Starts loading `folder` (any earlier load is abandoned). Returns false, and emits
    // loadFailed, when `folder` is not a readable folder.
    bool open(const QString &folder);
    // Reads the whole open project again.
    void reload();
    void close();

Q_SIGNALS:
    void loadStarted(const QString &root);
    void loadProgress(int loaded, int total);
    void loaded(const QString &root); // a first load or a full reload is in the registry
    void loadFailed(const QString &root, const QString &message);
    // Files changed on disk and the changed packages are in the registry.
    void reloaded(const Strata::ReloadSummary &summary);
    // The watcher falls back to polling; `message` says which setting to raise (translated).
    void pollingStarted(const QString &message);
    void closed();

private:
    void onLoadingStarted();
    void onLoaded();

    Registry *m_registry = nullptr;
    ProjectReloader *m_reloader = nullptr;
    QString m_root;
    QString m_pollingMessage;
    bool m_loading = false;
};

} // namespace Strata::Ui
