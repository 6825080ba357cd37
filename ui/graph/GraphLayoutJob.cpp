#include "GraphLayoutJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Strata {

GraphLayoutJob::GraphLayoutJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Strata::LayoutResult>();
    connect(&m_watcher, &QFutureWatcher<LayoutResult>::finished, this, &GraphLayoutJob::onFinished);
}

GraphLayoutJob::~GraphLayoutJob()
{
    m_watcher.waitForFinished();
}

void GraphLayoutJob::request(const LayoutRequest &request)
{
    if (m_watcher.isRunning()) {
        m_dropCurrent = true;
        m_next = request;
        return;
    }
    m_dropCurrent = false;
    Q_EMIT started();
    m_watcher.setFuture(QtConcurrent::run(&GraphLayout::run, request));
}

void GraphLayoutJob::cancel()
{
    m_next.reset();
    if (m_watcher.isRunning())
        m_dropCurrent = true;
    Q_EMIT cancelled();
}

void GraphLayoutJob::onFinished()
{
    const bool drop = m_dropCurrent;
    m_dropCurrent = false;
    if (!drop)
        Q_EMIT finished(m_watcher.result());
    if (m_next) {
        const LayoutRequest next = *m_next;
        m_next.reset();
        request(next);
    }
}

} // namespace Strata
