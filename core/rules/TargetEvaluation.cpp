#include "TargetEvaluation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace duban::core {

namespace {

constexpr double kEpsilon = 1e-9;

double positionOf(const Period &p)
{
    if (p.kind == Period::Kind::Day)
        return p.day.month() - 1 + double(p.day.day()) / p.day.daysInMonth();
    return p.endMonth();
}

} // namespace

QString targetStateKey(TargetState state)
{
    switch (state) {
    case TargetState::NoData:
        return QStringLiteral("no-data");
    case TargetState::OnTrack:
        return QStringLiteral("on-track");
    case TargetState::Behind:
        return QStringLiteral("behind");
    case TargetState::Met:
        return QStringLiteral("met");
    case TargetState::NotMet:
        return QStringLiteral("not-met");
    }
    return {};
}

QString targetStateText(TargetState state)
{
    switch (state) {
    case TargetState::NoData:
        return QCoreApplication::translate("duban::core::TargetRules", "No data");
    case TargetState::OnTrack:
        return QCoreApplication::translate("duban::core::TargetRules", "On track");
    case TargetState::Behind:
        return QCoreApplication::translate("duban::core::TargetRules", "Behind");
    case TargetState::Met:
        return QCoreApplication::translate("duban::core::TargetRules", "Met");
    case TargetState::NotMet:
        return QCoreApplication::translate("duban::core::TargetRules", "Not met");
    }
    return {};
}

bool TargetRules::isRate(const QString &measure)
{
    return measure.contains(QLatin1Char('%')) || measure.contains(u'％') || measure.contains(u'‰') ||
           measure.contains(QStringLiteral("百分点"));
}

QList<SeriesPoint> TargetRules::series(const QList<Observation> &observations, int year, const QDate &asOf)
{
    QList<SeriesPoint> points;
    QList<bool> isMonth;
    for (const Observation &o : observations) {
        const auto p = Period::parse(o.period);
        if (!p || p->year != year || p->end() > asOf)
            continue;
        const SeriesPoint point{positionOf(*p), o.value, o.period, p->end()};
        const bool month = p->kind == Period::Kind::Month;
        // One value per position: a month value wins over the quarter or half year that ends with it.
        auto same = std::find_if(points.begin(), points.end(),
                                 [&](const SeriesPoint &q) { return std::abs(q.x - point.x) < kEpsilon; });
        if (same != points.end()) {
            const qsizetype i = same - points.begin();
            if (month && !isMonth[i]) {
                *same = point;
                isMonth[i] = true;
            }
            continue;
        }
        points.append(point);
        isMonth.append(month);
    }
    std::sort(points.begin(), points.end(),
              [](const SeriesPoint &a, const SeriesPoint &b) { return a.x < b.x; });
    return points;
}

double TargetRules::tolerance(const Target &target, const TargetTolerances &settings)
{
    return isRate(target.measure) ? settings.tolerancePoints
                                  : settings.toleranceRelative * std::abs(target.value);
}

bool TargetRules::satisfies(Comparator comparator, double value, double goal, double tolerance,
                            std::optional<double> stretch)
{
    switch (comparator) {
    case Comparator::AtLeast:
        return value >= goal - kEpsilon;
    case Comparator::AtMost:
        return value <= goal + kEpsilon;
    case Comparator::Greater:
        return value > goal + kEpsilon;
    case Comparator::Equal:
        return std::abs(value - goal) <= kEpsilon * std::max(1.0, std::abs(goal));
    case Comparator::About: {
        double lower = goal - tolerance;
        double upper = goal + tolerance;
        if (stretch && *stretch > goal)
            upper = std::numeric_limits<double>::infinity();
        if (stretch && *stretch < goal)
            lower = -std::numeric_limits<double>::infinity();
        return value >= lower - kEpsilon && value <= upper + kEpsilon;
    }
    }
    return false;
}

std::optional<double> TargetRules::project(const QList<SeriesPoint> &points, int endMonth, bool rate,
                                           bool cumulative)
{
    if (points.isEmpty())
        return std::nullopt;
    const SeriesPoint &last = points.constLast();
    const double m = last.x;
    const double e = endMonth;
    if (m >= e - kEpsilon || points.size() == 1) {
        if (cumulative && !rate && m > kEpsilon && m < e - kEpsilon)
            return last.value * e / m;
        return last.value;
    }
    if (cumulative && rate) {
        const SeriesPoint &k = points.at(std::max<qsizetype>(0, points.size() - 3));
        if (m - k.x < kEpsilon)
            return last.value;
        const double recent = (m * last.value - k.x * k.value) / (m - k.x);
        return (m * last.value + (e - m) * recent) / e;
    }
    if (cumulative)
        return m > kEpsilon ? std::optional<double>(last.value * e / m) : std::nullopt;
    // Least-squares line through the last three values.
    const qsizetype from = std::max<qsizetype>(0, points.size() - 3);
    double sx = 0, sy = 0;
    const double n = double(points.size() - from);
    for (qsizetype i = from; i < points.size(); ++i) {
        sx += points[i].x;
        sy += points[i].value;
    }
    const double mx = sx / n, my = sy / n;
    double sxy = 0, sxx = 0;
    for (qsizetype i = from; i < points.size(); ++i) {
        sxy += (points[i].x - mx) * (points[i].value - my);
        sxx += (points[i].x - mx) * (points[i].x - mx);
    }
    const double slope = sxx > kEpsilon ? sxy / sxx : 0.0;
    return my + slope * (e - mx);
}

TargetEvaluation TargetRules::evaluate(const Target &target, const QList<Observation> &observations,
                                       const QDate &asOf, const TargetTolerances &settings, bool cumulative)
{
    TargetEvaluation result;
    const auto period = Period::parse(target.period);
    if (!period)
        return result;
    const int endMonth = period->endMonth();
    result.endMonth = endMonth;
    QList<SeriesPoint> points = series(observations, period->year, asOf);
    while (!points.isEmpty() && points.constLast().end > period->end())
        points.removeLast();
    if (points.isEmpty())
        return result;

    const SeriesPoint basis = points.constLast();
    const bool rate = isRate(target.measure);
    result.basis = basis;
    result.final = basis.end == period->end();
    // Cumulative amounts are held to the share of the target that matches the time elapsed.
    const double share = (!result.final && cumulative && !rate) ? basis.x / endMonth : 1.0;
    result.benchmark = target.value * share;
    result.gap = basis.value - result.benchmark;
    const std::optional<double> stretch =
        target.stretch ? std::optional<double>(*target.stretch * share) : std::nullopt;
    const bool ok = satisfies(target.comparator, basis.value, result.benchmark,
                              tolerance(target, settings) * share, stretch);
    if (result.final)
        result.state = ok ? TargetState::Met : TargetState::NotMet;
    else
        result.state = ok ? TargetState::OnTrack : TargetState::Behind;
    if (stretch) {
        result.stretchReached = *target.stretch >= target.value ? basis.value >= *stretch - kEpsilon
                                                                : basis.value <= *stretch + kEpsilon;
    }
    if (!result.final) {
        result.projection = project(points, endMonth, rate, cumulative);
        if (result.projection)
            result.projectedGap = *result.projection - target.value;
    }
    return result;
}

} // namespace duban::core
