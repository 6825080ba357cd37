#pragma once

#include <QRectF>
#include <QString>

class QGraphicsScene;

namespace Strata::Ui {

// Writes the graph to a picture: the whole diagram (every item, uncropped) or the region the view
// shows, as drawn (filters, dimming and highlights included). SVG keeps the text as text.
class GraphExporter
{
public:
    static QRectF wholeDiagram(const QGraphicsScene &scene);
    // `scale`: output pixels per scene point (2 gives sharp PNGs on high-density screens).
    static bool writePng(QGraphicsScene &scene, const QRectF &source, const QString &path, qreal scale = 2.0,
                         QString *error = nullptr);
    static bool writeSvg(QGraphicsScene &scene, const QRectF &source, const QString &path, const QString &title,
                         QString *error = nullptr);
};

} // namespace Strata::Ui
