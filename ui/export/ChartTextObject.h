#pragma once

#include "ui/charts/ChartData.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTextObjectInterface>

namespace duban::ui {

/// Draws target trend charts inside a QTextDocument as vector graphics: an inline object whose format
/// carries the chart's index and size; the chart is rendered through a QGraphicsScene on whatever painter
/// draws the page (PDF, printer, preview image).
class ChartTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 61;
    static constexpr int kIndexProperty = QTextFormat::UserProperty + 61;
    static constexpr int kWidthProperty = QTextFormat::UserProperty + 62;
    static constexpr int kHeightProperty = QTextFormat::UserProperty + 63;

    ChartTextObject(QList<ChartData> charts, QString family, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    /// Draws chart `data` into `rect` with every label in `family` (pixel sizes, so any device scales alike).
    static void render(QPainter *painter, const QRectF &rect, const ChartData &data, const QString &family);

private:
    QList<ChartData> m_charts;
    QString m_family;
};

} // namespace duban::ui
