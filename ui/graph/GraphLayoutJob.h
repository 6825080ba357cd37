#pragma once

#include <strata/layout/GraphLayout.h>

#include <QFutureWatcher>
#include <QObject>

namespace Strata {

// Runs layouts off the GUI thread, one at a time. A new request supersedes the one running: its
// result is dropped when it arrives (Graphviz cannot be interrupted, but nobody waits for it), and
// the newest request runs next. `cancel` drops whatever is pending.
class GraphLayoutJob : public QObject
{
    Q_OBJECT

public:
    explicit GraphLayoutJob(QObject *parent = nullptr);
    ~GraphLayoutJob() override;

    void request(const LayoutRequest &request);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void started();
    void finished(const Strata::LayoutResult &result);
    void cancelled();

private:
    void onFinished();

    QFutureWatcher<LayoutResult> m_watcher;
    std::optional<LayoutRequest> m_next;
    bool m_dropCurrent = false;
};

} // namespace Strata
