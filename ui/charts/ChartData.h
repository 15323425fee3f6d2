#pragma once

#include "core/rules/TargetEvaluation.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace duban::ui {

/// One indicator on a trend chart: its observations on the year-to-date month axis (x = 2 is 1–2月),
/// the target and stretch lines and the projection to the end of the target's period.
struct IndicatorSeries
{
    QString name;
    QString measure;
    QList<QPointF> points;
    QStringList periods; ///< period key per point
    std::optional<double> target;
    std::optional<double> stretch;
    QString comparator;        ///< "≥", "≈" … for the legend
    double targetEnd = 12;     ///< the target line runs to this month (3 for a Q1 target)
    QList<QPointF> projection; ///< from the last point to the end of the target's period; empty if none
    /// Cumulative amounts (亿元, 个 …): the time-elapsed share of the target (序时进度), month by month.
    QList<QPointF> schedule;
    core::TargetState state = core::TargetState::NoData;
};

/// Everything a trend chart shows, computed from observations before any drawing (testable without pixels).
struct ChartData
{
    QString title;
    int year = 0;
    int firstMonth = 2; ///< 1–2月 is usually the first value published
    int lastMonth = 12;
    bool pointLabels = true;
    QList<IndicatorSeries> series;
};

} // namespace duban::ui
