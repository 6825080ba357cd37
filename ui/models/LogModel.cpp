#include "models/LogModel.h"

#include "style/Icons.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QTimer>

#include <algorithm>

namespace Strata::Ui {

namespace {

// Milliseconds between two deliveries to the view: often enough to feel live, rare enough that a
// flood costs the GUI thread a few resets of its rows per second, not one per message.
constexpr int BatchIntervalMs = 100;

// What the message handler shares across threads. Never destroyed: messages may still come while
// static objects are torn down at exit.
struct HandlerState
{
    QMutex mutex;
    QtMessageHandler previous = nullptr;
    bool installed = false;
    QList<LogModel *> sinks;
    std::deque<LogModel::Entry> early; // before any model connected
};

HandlerState &handlerState()
{
    static auto *state = new HandlerState;
    return *state;
}

// A message logged while the handler runs on this thread (by Qt, inside a lock) is passed on, never
// collected again: that would recurse or deadlock.
thread_local bool t_inHandler = false;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    HandlerState &state = handlerState();
    if (!t_inHandler) {
        t_inHandler = true;
        LogModel::Entry entry;
        entry.time = QDateTime::currentMSecsSinceEpoch();
        entry.type = type;
        entry.category = QString::fromLatin1(context.category ? context.category : "default");
        entry.message = message;
        {
            QMutexLocker lock(&state.mutex);
            if (state.sinks.isEmpty()) {
                state.early.push_back(std::move(entry));
                if (state.early.size() > size_t(LogModel::DefaultCapacity))
                    state.early.pop_front();
            } else {
                for (LogModel *sink : std::as_const(state.sinks))
                    sink->append(entry);
            }
        }
        t_inHandler = false;
    }
    if (state.previous)
        state.previous(type, context, message);
}

} // namespace

LogModel::LogModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent), m_capacity(qMax(1, capacity)), m_batchTimer(new QTimer(this))
{
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(BatchIntervalMs);
    connect(m_batchTimer, &QTimer::timeout, this, &LogModel::flush);
}

LogModel::~LogModel()
{
    disconnectFromMessageHandler();
}

void LogModel::installMessageHandler()
{
    HandlerState &state = handlerState();
    QMutexLocker lock(&state.mutex);
    if (state.installed)
        return;
    state.installed = true;
    state.previous = qInstallMessageHandler(messageHandler);
}

void LogModel::connectToMessageHandler()
{
    HandlerState &state = handlerState();
    QMutexLocker lock(&state.mutex);
    if (state.sinks.contains(this))
        return;
    state.sinks.append(this);
    for (const Entry &entry : state.early)
        append(entry);
    state.early.clear();
}

void LogModel::disconnectFromMessageHandler()
{
    HandlerState &state = handlerState();
    QMutexLocker lock(&state.mutex);
    state.sinks.removeAll(this);
}

void LogModel::append(QtMsgType type, const QString &category, const QString &message)
{
    append(Entry{QDateTime::currentMSecsSinceEpoch(), type, category, message});
}

void LogModel::append(const Entry &entry)
{
    QMutexLocker lock(&m_pendingMutex);
    m_pending.push_back(entry);
    if (m_pending.size() > size_t(m_capacity))
        m_pending.pop_front(); // would fall out of the view at once anyway
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &LogModel::scheduleFlush, Qt::QueuedConnection);
    }
}

void LogModel::scheduleFlush()
{
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void LogModel::flush()
{
    std::deque<Entry> batch;
    {
        QMutexLocker lock(&m_pendingMutex);
        batch.swap(m_pending);
        m_flushScheduled = false;
    }
    m_batchTimer->stop();
    if (batch.empty())
        return;

    const size_t capacity = size_t(m_capacity);
    const size_t overflow = m_entries.size() + batch.size() > capacity ? m_entries.size() + batch.size() - capacity : 0;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + qsizetype(overflow));
        endRemoveRows();
    }

    bool newCategory = false;
    for (const Entry &entry : batch) {
        const auto at = std::lower_bound(m_categories.begin(), m_categories.end(), entry.category);
        if (at == m_categories.end() || *at != entry.category) {
            m_categories.insert(at, entry.category);
            newCategory = true;
        }
    }

    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    std::move(batch.begin(), batch.end(), std::back_inserter(m_entries));
    endInsertRows();
    if (newCategory)
        Q_EMIT categoriesChanged();
}

void LogModel::clear()
{
    {
        QMutexLocker lock(&m_pendingMutex);
        m_pending.clear();
    }
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString LogModel::toText(const QList<int> &rows) const
{
    QStringList lines;
    lines.reserve(rows.size());
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const Entry &e = entry(row);
        lines.append(QDateTime::fromMSecsSinceEpoch(e.time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                     + QLatin1Char('\t') + levelName(e.type) + QLatin1Char('\t') + e.category + QLatin1Char('\t')
                     + e.message);
    }
    return lines.join(QLatin1Char('\n'));
}

QString LogModel::levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return tr("Debug");
    case QtInfoMsg:
        return tr("Info");
    case QtWarningMsg:
        return tr("Warning");
    case QtCriticalMsg:
        return tr("Critical");
    case QtFatalMsg:
        return tr("Fatal");
    }
    return {};
}

int LogModel::severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 0;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.time).toString(QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn:
            return levelName(e.type);
        case CategoryColumn:
            return e.category;
        case MessageColumn: {
            // One line per row; the tooltip has the message as it was written.
            QString text = e.message;
            text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return e.message;
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.time).toString(Qt::ISODateWithMs);
        return {};
    case Qt::DecorationRole:
        if (index.column() != LevelColumn)
            return {};
        if (severity(e.type) >= severity(QtCriticalMsg))
            return Icons::error();
        if (e.type == QtWarningMsg)
            return Icons::warning();
        return {};
    case LevelRole:
        return int(e.type);
    case CategoryRole:
        return e.category;
    case MessageRole:
        return e.message;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Category");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace Strata::Ui
