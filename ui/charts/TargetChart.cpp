#include "TargetChart.h"

#include "PeriodLabels.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace duban::ui {

namespace {

const QColor kPalette[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0xd3, 0x54, 0x00), QColor(0x16, 0xa0, 0x85),
                           QColor(0x8e, 0x44, 0xad), QColor(0x7f, 0x8c, 0x8d), QColor(0xc0, 0x9b, 0x0c)};
const QColor kTargetColor(0xc0, 0x39, 0x2b);
const QColor kStretchColor(0x27, 0xae, 0x60);

QString number(double v)
{
    return QString::number(std::round(v * 100.0) / 100.0, 'g', 10);
}

QLineSeries *horizontalLine(double y, double from, double to, const QString &name, const QPen &pen)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(from, y);
    line->append(to, y);
    line->setPen(pen);
    return line;
}

} // namespace

QChart *TargetChart::build(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(data.title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(8, 4, 16, 4));

    const double left = data.firstMonth - 0.5;
    const double right = data.lastMonth + 0.5;
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setStartValue(left);
    for (int m = data.firstMonth; m <= data.lastMonth; ++m)
        axisX->append(PeriodLabels::cumulativeMonths(m), m);
    axisX->setRange(left, right);
    axisX->setGridLineVisible(false);
    axisX->setTitleText(tr("%1 (cumulative, year to date)").arg(data.year));
    auto *axisY = new QValueAxis;
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    auto include = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };
    const bool single = data.series.size() == 1;
    QList<QAbstractSeries *> all;
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const IndicatorSeries &s = data.series.at(i);
        const QColor color = kPalette[size_t(i) % std::size(kPalette)];
        const QString suffix = s.measure;

        auto *observed = new QLineSeries;
        observed->setName(single ? tr("Observed") : s.name);
        QPen pen(color, 2.5);
        observed->setPen(pen);
        observed->append(s.points);
        observed->setPointsVisible(true);
        observed->setMarkerSize(7);
        if (data.pointLabels) {
            observed->setPointLabelsVisible(true);
            observed->setPointLabelsFormat(QStringLiteral("@yPoint"));
            observed->setPointLabelsColor(color.darker(140));
            observed->setPointLabelsClipping(false);
            QFont f = observed->pointLabelsFont();
            f.setBold(true);
            observed->setPointLabelsFont(f);
        }
        const QStringList periods = s.periods;
        const QString name = s.name;
        QObject::connect(observed, &QXYSeries::hovered, observed,
                         [observed, periods, name, suffix](const QPointF &point, bool state) {
                             if (!state) {
                                 QToolTip::hideText();
                                 return;
                             }
                             const QList<QPointF> pts = observed->points();
                             qsizetype best = -1;
                             double distance = std::numeric_limits<double>::infinity();
                             for (qsizetype k = 0; k < pts.size(); ++k) {
                                 const double d = std::abs(pts[k].x() - point.x());
                                 if (d < distance) {
                                     distance = d;
                                     best = k;
                                 }
                             }
                             if (best < 0)
                                 return;
                             QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3%4")
                                                                    .arg(name, PeriodLabels::period(periods.value(best)),
                                                                         number(pts[best].y()), suffix));
                         });
        all.append(observed);
        for (const QPointF &p : s.points)
            include(p.y());

        if (s.target) {
            QPen targetPen(single ? kTargetColor : color, single ? 2.0 : 1.2, single ? Qt::SolidLine : Qt::DotLine);
            const QString label = single ? tr("Target %1%2%3").arg(s.comparator, number(*s.target), suffix)
                                         : tr("%1 target %2%3%4").arg(s.name, s.comparator, number(*s.target), suffix);
            all.append(horizontalLine(*s.target, left, std::min(right, s.targetEnd + 0.5), label, targetPen));
            include(*s.target);
        }
        if (s.stretch && single) {
            QPen stretchPen(kStretchColor, 2.0, Qt::DashDotLine);
            all.append(horizontalLine(*s.stretch, left, std::min(right, s.targetEnd + 0.5),
                                      tr("Stretch %1%2").arg(number(*s.stretch), suffix), stretchPen));
            include(*s.stretch);
        }
        if (s.projection.size() == 2) {
            auto *projection = new QLineSeries;
            projection->setName(single ? tr("Projection %1%2").arg(number(s.projection.last().y()), suffix)
                                       : tr("%1 projection").arg(s.name));
            QPen dashed(color, 2.0, Qt::DashLine);
            projection->setPen(dashed);
            projection->append(s.projection);
            all.append(projection);
            include(s.projection.last().y());
        }
    }
    for (QAbstractSeries *series : all) {
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    if (!std::isfinite(low)) {
        low = 0;
        high = 10;
    }
    const double span = std::max(high - low, std::max(std::abs(high) * 0.1, 1.0));
    double bottom = low - span * 0.25;
    if (low >= 0 && bottom < 0)
        bottom = 0;
    axisY->setRange(bottom, high + span * 0.25);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(axisY->max() - axisY->min() < 20 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    if (single && !data.series.first().measure.isEmpty())
        axisY->setTitleText(data.series.first().measure);
    return chart;
}

void TargetChart::render(QPainter *painter, const QRectF &target, const ChartData &data)
{
    QGraphicsScene scene;
    QChart *chart = build(data);
    scene.addItem(chart); // the scene owns and deletes the chart
    const QRectF bounds(QPointF(0, 0), target.size());
    chart->setGeometry(bounds);
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(bounds);
    scene.render(painter, target, bounds);
}

QImage TargetChart::image(const ChartData &data, const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), data);
    return image;
}

bool TargetChart::exportPng(const ChartData &data, const QString &path, const QSize &size)
{
    return image(data, size, 2.0).save(path, "PNG");
}

bool TargetChart::exportSvg(const ChartData &data, const QString &path, const QSize &size)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(data.title);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), data);
    return painter.end();
}

} // namespace duban::ui
