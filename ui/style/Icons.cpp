#include "style/Icons.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>

// Q_INIT_RESOURCE must be called outside a namespace; the resources live in the static strata_ui
// library, whose initializer the linker would otherwise drop.
static void initStrataResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(strata);
        return true;
    }();
    Q_UNUSED(done);
}

namespace Strata::Ui {

namespace {

QIcon load(const QString &name)
{
    initStrataResources();
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    const QIcon icon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    cache.insert(name, icon);
    return icon;
}

// Paints the badge over the base at any size, so that the tree stays sharp at every scale factor.
class BadgeIconEngine : public QIconEngine
{
public:
    BadgeIconEngine(QIcon base, QIcon badge) : m_base(std::move(base)), m_badge(std::move(badge)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        m_base.paint(painter, rect, Qt::AlignCenter, mode, state);
        const int side = qMax(6, rect.width() * 9 / 16);
        const QRect badgeRect(rect.right() - side + 1, rect.bottom() - side + 1, side, side);
        m_badge.paint(painter, badgeRect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new BadgeIconEngine(m_base, m_badge); }

private:
    QIcon m_base;
    QIcon m_badge;
};

} // namespace

namespace Icons {

QIcon app() { return load(QStringLiteral("strata")); }
QIcon package() { return load(QStringLiteral("package")); }
QIcon table() { return load(QStringLiteral("table")); }
QIcon column() { return load(QStringLiteral("column")); }
QIcon keyColumn() { return load(QStringLiteral("column-key")); }
QIcon migration() { return load(QStringLiteral("migration")); }
QIcon folder() { return load(QStringLiteral("folder")); }
QIcon error() { return load(QStringLiteral("error")); }
QIcon warning() { return load(QStringLiteral("warning")); }
QIcon ok() { return load(QStringLiteral("ok")); }

QIcon withState(const QString &name, const QIcon &base, ItemState state)
{
    if (state == ItemState::Valid)
        return base;
    static QHash<QString, QIcon> cache;
    const QString key = name + (state == ItemState::Errors ? QStringLiteral("#e") : QStringLiteral("#w"));
    auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    const QIcon icon(new BadgeIconEngine(base, state == ItemState::Errors ? error() : warning()));
    cache.insert(key, icon);
    return icon;
}

} // namespace Icons
} // namespace Strata::Ui
