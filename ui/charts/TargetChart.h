#pragma once

#include "ChartData.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QStringList>

class QAbstractSeries;
class QCategoryAxis;
class QChart;
class QColor;
class QLineSeries;
class QValueAxis;
class QPainter;

namespace duban::ui {

/// Builds the trend chart of one or several indicators (Qt Charts) from ChartData, and renders it
/// without a shown view (QGraphicsScene) to a painter, an image or an SVG file — for the screen, the
/// clipboard, exports and the PDF briefing.
class TargetChart final
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::TargetChart)
public:
    /// A new chart (the caller owns it): observations with point labels, target and stretch lines,
    /// dashed projection, the cumulative-month axis (1-2月 … 1-12月) and tooltips on the points.
    static QChart *build(const ChartData &data);
    /// Draws the chart into `target` on `painter` (vector output on a PDF or SVG painter).
    static void render(QPainter *painter, const QRectF &target, const ChartData &data);
    /// The chart as an image of `size` logical pixels on a white background.
    static QImage image(const ChartData &data, const QSize &size, qreal devicePixelRatio = 1.0);
    /// Writes the chart as SVG or PNG (twice `size` in pixels) through core::OutputFile, replacing a file
    /// at `path` (the file dialog asked) but never one of `protectedFiles` (the open database); false with
    /// `error` naming the file if it cannot be written.
    static bool exportSvg(const ChartData &data, const QString &path, const QSize &size,
                          QString *error = nullptr, const QStringList &protectedFiles = {});
    static bool exportPng(const ChartData &data, const QString &path, const QSize &size,
                          QString *error = nullptr, const QStringList &protectedFiles = {});

private:
    struct Bounds;
    struct Labelled;
    static QChart *makeChart(const ChartData &data);
    static QCategoryAxis *monthAxis(const ChartData &data);
    static void addIndicator(const ChartData &data, qsizetype i, QList<QAbstractSeries *> &all,
                             QList<Labelled> &labelled, Bounds &bounds);
    static QLineSeries *observedLine(const ChartData &data, const IndicatorSeries &s, const QColor &color);
    static QLineSeries *targetLine(const ChartData &data, const IndicatorSeries &s, const QColor &color);
    static QLineSeries *scheduleLine(const ChartData &data, const IndicatorSeries &s);
    static QLineSeries *stretchLine(const ChartData &data, const IndicatorSeries &s);
    static QLineSeries *projectionLine(const ChartData &data, const IndicatorSeries &s, const QColor &color);
    static void attachSeries(QChart *chart, const QList<QAbstractSeries *> &all, QCategoryAxis *axisX,
                             QValueAxis *axisY, bool single);
    static void fitValueAxis(QValueAxis *axisY, const Bounds &bounds, const ChartData &data);
};

} // namespace duban::ui
