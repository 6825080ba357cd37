#include "migrations/MigrationStateStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace Strata::Ui {

namespace {

// The messages of this file, in the context "Strata::Ui::MigrationState". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Ui::MigrationState)
};

// Painted rather than loaded, so that the badge stays sharp at every size and scale factor.
class StateIconEngine : public QIconEngine
{
public:
    explicit StateIconEngine(MigrationState state) : m_state(state) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        const qreal pen = qMax(1.0, side / 9.0);
        const QRectF circle(rect.x() + (rect.width() - side) / 2 + side * 0.1,
                            rect.y() + (rect.height() - side) / 2 + side * 0.1, side * 0.8, side * 0.8);
        QColor color;
        switch (m_state) {
        case MigrationState::Applied: color = QColor(0x2e, 0x9d, 0x4f); break;
        case MigrationState::Pending: color = QColor(0x6b, 0x7f, 0x99); break;
        case MigrationState::Modified: color = QColor(0xe0, 0x8a, 0x00); break;
        case MigrationState::Missing: color = QColor(0xd0, 0x3b, 0x3b); break;
        }
        if (mode == QIcon::Disabled)
            color.setAlpha(110);
        if (m_state == MigrationState::Pending) {
            painter->setPen(QPen(color, pen * 1.2));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(circle.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
            painter->restore();
            return;
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(circle);
        painter->setPen(QPen(Qt::white, pen * 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        const QPointF c = circle.center();
        const qreal r = circle.width() / 2;
        if (m_state == MigrationState::Applied) {
            QPainterPath check;
            check.moveTo(c.x() - r * 0.45, c.y() + r * 0.02);
            check.lineTo(c.x() - r * 0.1, c.y() + r * 0.38);
            check.lineTo(c.x() + r * 0.48, c.y() - r * 0.35);
            painter->drawPath(check);
        } else {
            QFont font = painter->font();
            font.setBold(true);
            font.setPixelSize(qMax(6, int(r * 1.5)));
            painter->setFont(font);
            painter->setPen(Qt::white);
            painter->drawText(circle, Qt::AlignCenter,
                              m_state == MigrationState::Modified ? QStringLiteral("!") : QStringLiteral("?"));
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new StateIconEngine(m_state); }

private:
    MigrationState m_state;
};

} // namespace

QString migrationStateText(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return Text::tr("applied");
    case MigrationState::Pending: return Text::tr("pending");
    case MigrationState::Modified: return Text::tr("modified");
    case MigrationState::Missing: return Text::tr("missing");
    }
    return {};
}

QString migrationStateDescription(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return Text::tr("Applied to the database; the file is unchanged.");
    case MigrationState::Pending: return Text::tr("Not applied to the database yet.");
    case MigrationState::Modified: return Text::tr("Applied, but its up section changed since: the database did not see the change.");
    case MigrationState::Missing: return Text::tr("Applied to the database, but the project no longer has its file.");
    }
    return {};
}

QIcon migrationStateIcon(MigrationState state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(state));
    if (it != cache.cend())
        return *it;
    const QIcon icon(new StateIconEngine(state));
    cache.insert(int(state), icon);
    return icon;
}

} // namespace Strata::Ui
