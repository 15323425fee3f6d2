#include "ChartDataBuilder.h"

#include "core/domain/Period.h"

#include <algorithm>
#include <cmath>

namespace duban::ui {

using namespace duban::core;

QString ChartDataBuilder::comparatorText(Comparator comparator)
{
    switch (comparator) {
    case Comparator::AtLeast:
        return QStringLiteral("≥");
    case Comparator::AtMost:
        return QStringLiteral("≤");
    case Comparator::About:
        return QStringLiteral("≈");
    case Comparator::Equal:
        return QStringLiteral("=");
    case Comparator::Greater:
        return QStringLiteral(">");
    }
    return {};
}

ChartData ChartDataBuilder::build(const QList<ChartSubject> &subjects, const QDate &asOf,
                                  const TargetTolerances &settings)
{
    ChartData data;
    if (subjects.isEmpty())
        return data;
    const auto firstPeriod = Period::parse(subjects.first().target.period);
    data.year = firstPeriod ? firstPeriod->year : asOf.year();
    data.pointLabels = subjects.size() == 1;
    for (const ChartSubject &s : subjects) {
        IndicatorSeries series;
        series.name = s.indicator.name.isEmpty() ? s.target.name : s.indicator.name;
        series.measure = s.target.measure.isEmpty() ? s.indicator.measure : s.target.measure;
        series.target = s.target.value;
        series.stretch = s.target.stretch;
        series.comparator = comparatorText(s.target.comparator);
        const QList<SeriesPoint> points = TargetRules::series(s.observations, data.year, asOf);
        for (const SeriesPoint &p : points) {
            series.points.append(QPointF(p.x, p.value));
            series.periods.append(p.period);
            data.firstMonth = std::min(data.firstMonth, std::max(1, int(std::ceil(p.x - 1e-9))));
        }
        const TargetEvaluation ev =
            TargetRules::evaluate(s.target, s.observations, asOf, settings, s.indicator.cumulative);
        series.state = ev.state;
        series.targetEnd = ev.endMonth;
        if (ev.projection && ev.basis && ev.basis->x < ev.endMonth)
            series.projection = {QPointF(ev.basis->x, ev.basis->value), QPointF(ev.endMonth, *ev.projection)};
        const bool amount = s.indicator.cumulative && !TargetRules::isRate(series.measure);
        if (amount && ev.endMonth > 0)
            series.schedule = {QPointF(0, 0), QPointF(ev.endMonth, s.target.value)};
        data.series.append(series);
    }
    if (subjects.size() == 1) {
        const IndicatorSeries &s = data.series.first();
        data.title = s.measure.isEmpty() ? tr("%1 — %2").arg(s.name).arg(data.year)
                                         : tr("%1 (%2) — %3").arg(s.name, s.measure).arg(data.year);
    } else {
        data.title = tr("Indicators compared — %1").arg(data.year);
    }
    return data;
}

} // namespace duban::ui
