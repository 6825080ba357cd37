#include "GraphExporter.h"

#include "graph/GraphStyle.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace Strata::Ui {

namespace {
constexpr qreal Margin = 16;

// The messages of this file, in the context "Strata::Ui::GraphExporter". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Ui::GraphExporter)
};
} // namespace

QRectF GraphExporter::wholeDiagram(const QGraphicsScene &scene)
{
    return scene.itemsBoundingRect().adjusted(-Margin, -Margin, Margin, Margin);
}

bool GraphExporter::writePng(QGraphicsScene &scene, const QRectF &source, const QString &path, qreal scale, QString *error)
{
    const QSize size = (source.size() * scale).toSize();
    // QImage caps one side at 32767 pixels; larger diagrams are scaled down to fit.
    const qreal fit = qMin(1.0, 32000.0 / qMax(size.width(), size.height()));
    QImage image((QSizeF(size) * fit).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = Text::tr("The diagram is too large for an image");
        return false;
    }
    image.fill(GraphStyle::colors(scene.palette()).background);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(), image.size()), source, Qt::KeepAspectRatio);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = Text::tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool GraphExporter::writeSvg(QGraphicsScene &scene, const QRectF &source, const QString &path, const QString &title,
                             QString *error)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setTitle(title);
    generator.setDescription(Text::tr("Exported by Strata Workbench"));
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(), source.size()));
    generator.setResolution(72); // one scene unit is one point
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = Text::tr("Cannot write %1").arg(path);
        return false;
    }
    painter.fillRect(QRectF(QPointF(), source.size()), GraphStyle::colors(scene.palette()).background);
    scene.render(&painter, QRectF(QPointF(), source.size()), source, Qt::KeepAspectRatio);
    painter.end();
    return true;
}

} // namespace Strata::Ui
