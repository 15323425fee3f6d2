#include "TargetChart.h"

#include "PeriodLabels.h"

#include "core/io/OutputFile.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
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
#include <memory>

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

/// Decimals the labels of a series need: as many as its values use (at most 2), at least 1 for a rate.
int decimalsOf(const IndicatorSeries &s)
{
    int decimals = duban::core::TargetRules::isRate(s.measure) ? 1 : 0;
    for (const QPointF &p : s.points) {
        const double v = std::abs(p.y());
        for (int d = decimals; d < 2; ++d) {
            const double scaled = v * std::pow(10.0, d);
            if (std::abs(scaled - std::round(scaled)) < 1e-6)
                break;
            decimals = d + 1;
        }
    }
    return decimals;
}

enum class Placement
{
    UpperLeft,
    UpperRight,
    Above,
    Below
};

/// Where a point's label goes so that the line's segments on either side do not cross it.
Placement placementOf(const QList<QPointF> &points, qsizetype i)
{
    const double y = points[i].y();
    const int in = i > 0 ? (points[i - 1].y() < y ? 1 : points[i - 1].y() > y ? -1 : 0) : 0; // +1: came up
    const int out = i + 1 < points.size() ? (points[i + 1].y() > y ? 1 : points[i + 1].y() < y ? -1 : 0) : 0;
    if (out > 0 && in >= 0)
        return Placement::UpperLeft; // rising: the segments run lower-left to upper-right
    if (out < 0 && in <= 0)
        return Placement::UpperRight; // falling: upper-left to lower-right
    if (in < 0 && out > 0)
        return Placement::Below; // a valley
    if (in < 0)
        return Placement::UpperRight; // the end of a fall
    return Placement::Above;
}

/// Value labels on the points, placed beside the line on a translucent box and kept in place when the
/// plot area changes (Qt's own point labels sit on the line and cannot be formatted).
void addPointLabels(QChart *chart, QLineSeries *series, const IndicatorSeries &s, const QColor &color)
{
    struct Label
    {
        QGraphicsRectItem *box;
        QPointF value;
        Placement placement;
    };
    auto labels = std::make_shared<QList<Label>>();
    const int decimals = decimalsOf(s);
    QFont font = chart->font();
    font.setBold(true);
    for (qsizetype i = 0; i < s.points.size(); ++i) {
        auto *box = new QGraphicsRectItem(chart);
        box->setBrush(QColor(255, 255, 255, 215));
        box->setPen(Qt::NoPen);
        box->setZValue(100);
        box->setData(0, QStringLiteral("pointLabel"));
        auto *text = new QGraphicsSimpleTextItem(QString::number(s.points[i].y(), 'f', decimals), box);
        text->setFont(font);
        text->setBrush(color.darker(150));
        box->setRect(text->boundingRect().adjusted(-2, 0, 2, 0));
        labels->append({box, s.points[i], placementOf(s.points, i)});
    }
    auto place = [chart, series, labels] {
        for (const Label &l : std::as_const(*labels)) {
            const QPointF p = chart->mapToPosition(l.value, series);
            const QRectF r = l.box->rect();
            constexpr double gap = 7;
            QPointF topLeft;
            switch (l.placement) {
            case Placement::UpperLeft:
                topLeft = QPointF(p.x() - r.width() - 2, p.y() - r.height() - gap + 2);
                break;
            case Placement::UpperRight:
                topLeft = QPointF(p.x() + 2, p.y() - r.height() - gap + 2);
                break;
            case Placement::Above:
                topLeft = QPointF(p.x() - r.width() / 2, p.y() - r.height() - gap);
                break;
            case Placement::Below:
                topLeft = QPointF(p.x() - r.width() / 2, p.y() + gap);
                break;
            }
            l.box->setPos(topLeft - r.topLeft());
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

/// Shows the indicator, period and value of the point nearest the pointer while it hovers over `observed`.
void connectTooltip(QLineSeries *observed, const IndicatorSeries &s)
{
    const QString suffix = s.measure;
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
                         QToolTip::showText(QCursor::pos(),
                                            QStringLiteral("%1\n%2: %3%4")
                                                .arg(name, PeriodLabels::period(periods.value(best)),
                                                     number(pts[best].y()), suffix));
                     });
}

} // namespace

/// The lowest and highest values the chart shows.
struct TargetChart::Bounds
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    void include(double v)
    {
        low = std::min(low, v);
        high = std::max(high, v);
    }
};

/// An observed series that gets value labels on its points once the chart has its axes.
struct TargetChart::Labelled
{
    QLineSeries *series;
    IndicatorSeries data;
    QColor color;
};

QChart *TargetChart::build(const ChartData &data)
{
    QChart *chart = makeChart(data);
    QCategoryAxis *axisX = monthAxis(data);
    auto *axisY = new QValueAxis;
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    Bounds bounds;
    QList<QAbstractSeries *> all;
    QList<Labelled> labelled;
    for (qsizetype i = 0; i < data.series.size(); ++i)
        addIndicator(data, i, all, labelled, bounds);
    attachSeries(chart, all, axisX, axisY, data.series.size() == 1);
    fitValueAxis(axisY, bounds, data);
    for (const Labelled &l : std::as_const(labelled))
        addPointLabels(chart, l.series, l.data, l.color);
    return chart;
}

// The chart with its title, legend and margins, without axes or series.
QChart *TargetChart::makeChart(const ChartData &data)
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
    return chart;
}

// The cumulative-month axis: 1-2月 … 1-12月, half a month of space at either end.
QCategoryAxis *TargetChart::monthAxis(const ChartData &data)
{
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
    return axisX;
}

// The series of indicator `i` in drawing order: observed, target, schedule, stretch, projection.
void TargetChart::addIndicator(const ChartData &data, qsizetype i, QList<QAbstractSeries *> &all,
                               QList<Labelled> &labelled, Bounds &bounds)
{
    const IndicatorSeries &s = data.series.at(i);
    const QColor color = kPalette[size_t(i) % std::size(kPalette)];
    QLineSeries *observed = observedLine(data, s, color);
    if (data.pointLabels)
        labelled.append({observed, s, color});
    all.append(observed);
    for (const QPointF &p : s.points)
        bounds.include(p.y());
    if (QLineSeries *target = targetLine(data, s, color)) {
        all.append(target);
        bounds.include(*s.target);
    }
    if (QLineSeries *schedule = scheduleLine(data, s))
        all.append(schedule);
    if (QLineSeries *stretch = stretchLine(data, s)) {
        all.append(stretch);
        bounds.include(*s.stretch);
    }
    if (QLineSeries *projection = projectionLine(data, s, color)) {
        all.append(projection);
        bounds.include(s.projection.last().y());
    }
}

QLineSeries *TargetChart::observedLine(const ChartData &data, const IndicatorSeries &s, const QColor &color)
{
    const bool single = data.series.size() == 1;
    auto *observed = new QLineSeries;
    observed->setName(single ? tr("Observed") : s.name);
    QPen pen(color, 2.5);
    observed->setPen(pen);
    observed->append(s.points);
    observed->setPointsVisible(true);
    observed->setMarkerSize(7);
    connectTooltip(observed, s);
    return observed;
}

// The target line, up to the end of the target's period; null without a target.
QLineSeries *TargetChart::targetLine(const ChartData &data, const IndicatorSeries &s, const QColor &color)
{
    if (!s.target)
        return nullptr;
    const bool single = data.series.size() == 1;
    const QString suffix = s.measure;
    QPen targetPen(single ? kTargetColor : color, single ? 2.0 : 1.2, single ? Qt::SolidLine : Qt::DotLine);
    const QString label = single
                              ? tr("Target %1%2%3").arg(s.comparator, number(*s.target), suffix)
                              : tr("%1 target %2%3%4").arg(s.name, s.comparator, number(*s.target), suffix);
    const double left = data.firstMonth - 0.5;
    const double right = data.lastMonth + 0.5;
    QLineSeries *line = horizontalLine(*s.target, left, std::min(right, s.targetEnd + 0.5), label, targetPen);
    line->setProperty("auxiliary", true);
    return line;
}

// The time-elapsed schedule of a single indicator; null when comparing or without one.
QLineSeries *TargetChart::scheduleLine(const ChartData &data, const IndicatorSeries &s)
{
    if (!(s.schedule.size() == 2 && data.series.size() == 1))
        return nullptr;
    auto *schedule = new QLineSeries;
    schedule->setName(tr("Time-elapsed schedule"));
    schedule->setPen(QPen(QColor(0x95, 0xa5, 0xa6), 1.5, Qt::DotLine));
    // Clipped to the axis: from the first month shown to the end of the period.
    const QPointF a = s.schedule.first(), b = s.schedule.last();
    auto at = [&](double x) { return a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()); };
    const double from = data.firstMonth - 0.5;
    schedule->append(from, at(from));
    schedule->append(b);
    return schedule;
}

// The stretch line of a single indicator; null when comparing or without a stretch target.
QLineSeries *TargetChart::stretchLine(const ChartData &data, const IndicatorSeries &s)
{
    if (!(s.stretch && data.series.size() == 1))
        return nullptr;
    const double left = data.firstMonth - 0.5;
    const double right = data.lastMonth + 0.5;
    QPen stretchPen(kStretchColor, 2.0, Qt::DashDotLine);
    return horizontalLine(*s.stretch, left, std::min(right, s.targetEnd + 0.5),
                          tr("Stretch %1%2").arg(number(*s.stretch), s.measure), stretchPen);
}

// The dashed projection to the end of the period; null without one.
QLineSeries *TargetChart::projectionLine(const ChartData &data, const IndicatorSeries &s, const QColor &color)
{
    if (s.projection.size() != 2)
        return nullptr;
    const bool single = data.series.size() == 1;
    auto *projection = new QLineSeries;
    projection->setName(single ? tr("Projection %1%2").arg(number(s.projection.last().y()), s.measure)
                               : tr("%1 projection").arg(s.name));
    QPen dashed(color, 2.0, Qt::DashLine);
    projection->setPen(dashed);
    projection->append(s.projection);
    projection->setProperty("auxiliary", true);
    return projection;
}

void TargetChart::attachSeries(QChart *chart, const QList<QAbstractSeries *> &all, QCategoryAxis *axisX,
                               QValueAxis *axisY, bool single)
{
    for (QAbstractSeries *series : all) {
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        // Comparing: the legend names the indicators only; their target and projection lines share the
        // colour.
        if (!single && series->property("auxiliary").toBool())
            for (QLegendMarker *marker : chart->legend()->markers(series))
                marker->setVisible(false);
    }
}

// The value axis spans `bounds` with a quarter of the span to spare (not below zero for positive values).
void TargetChart::fitValueAxis(QValueAxis *axisY, const Bounds &bounds, const ChartData &data)
{
    double low = bounds.low;
    double high = bounds.high;
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
    const bool single = data.series.size() == 1;
    if (single && !data.series.first().measure.isEmpty())
        axisY->setTitleText(data.series.first().measure);
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

namespace {

/// Options of a chart export: the file dialog asked before replacing a file.
core::OutputFile::Options replacing(const QStringList &protectedFiles)
{
    core::OutputFile::Options options;
    options.overwrite = true;
    options.protectedFiles = protectedFiles;
    return options;
}

bool failed(const core::OutputFile &file, QString *error)
{
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace

bool TargetChart::exportPng(const ChartData &data, const QString &path, const QSize &size, QString *error,
                            const QStringList &protectedFiles)
{
    core::OutputFile file(path, replacing(protectedFiles));
    if (!file.open())
        return failed(file, error);
    if (!image(data, size, 2.0).save(file.device(), "PNG")) {
        file.cancel();
        if (error)
            *error =
                tr("Cannot write %1: the image could not be encoded.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return file.commit() || failed(file, error);
}

bool TargetChart::exportSvg(const ChartData &data, const QString &path, const QSize &size, QString *error,
                            const QStringList &protectedFiles)
{
    core::OutputFile file(path, replacing(protectedFiles));
    if (!file.open())
        return failed(file, error);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(file.device());
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(data.title);
        QPainter painter;
        bool drawn = painter.begin(&generator);
        if (drawn) {
            render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), data);
            drawn = painter.end();
        }
        if (!drawn) {
            file.cancel();
            if (error)
                *error =
                    tr("Cannot write %1: the drawing could not be made.").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    return file.commit() || failed(file, error);
}

} // namespace duban::ui
