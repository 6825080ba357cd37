#pragma once

#include <QAbstractTableModel>
#include <QMutex>
#include <QStringList>

#include <deque>

class QTimer;

namespace Strata::Ui {

// The messages of the program's logging categories (strata.loader, strata.migrate, ... and Qt's
// own), newest last, at most `capacity` of them: older ones fall out. Messages may come from any
// thread; they are collected under a lock and delivered to the view in batches a few times a
// second, so that a flood of debug output does not freeze the window.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    enum Role {
        LevelRole = Qt::UserRole + 1, // QtMsgType as int
        CategoryRole,
        MessageRole,
    };

    struct Entry
    {
        qint64 time = 0; // milliseconds since the epoch (cheap to take in the handler)
        QtMsgType type = QtDebugMsg;
        QString category;
        QString message;
    };

    static constexpr int DefaultCapacity = 10000;

    explicit LogModel(QObject *parent = nullptr, int capacity = DefaultCapacity);
    ~LogModel() override;

    // Installs the program's message handler (once; later calls do nothing). It passes every
    // message on to the handler that was installed before (stderr by default) and to every model
    // that called connectToMessageHandler(). Messages that come before any model exists are kept
    // (up to DefaultCapacity), so call this first thing in main().
    static void installMessageHandler();
    // Receives the handler's messages from now on, and those it kept from before.
    void connectToMessageHandler();
    void disconnectFromMessageHandler();

    // Thread-safe: queues the entry; it shows up at the next batch.
    void append(const Entry &entry);
    void append(QtMsgType type, const QString &category, const QString &message);
    // Delivers what is queued now (normally done by a timer on the model's thread).
    void flush();
    void clear();

    int capacity() const { return m_capacity; }
    const Entry &entry(int row) const { return m_entries.at(size_t(row)); }
    // Every category seen so far, sorted.
    QStringList categories() const { return m_categories; }
    // One line per entry, tab-separated, for the clipboard.
    QString toText(const QList<int> &rows) const;

    static QString levelName(QtMsgType type);
    // Debug < Info < Warning < Critical < Fatal (QtMsgType's own order is not by severity).
    static int severity(QtMsgType type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void categoriesChanged();

private:
    void scheduleFlush();

    const int m_capacity;
    std::deque<Entry> m_entries; // GUI side: what the view shows
    QStringList m_categories;
    QTimer *m_batchTimer;

    QMutex m_pendingMutex; // guards the two below; taken by any thread
    std::deque<Entry> m_pending;
    bool m_flushScheduled = false;
};

} // namespace Strata::Ui
