#pragma once

#include "core/domain/Observation.h"
#include "core/domain/Period.h"
#include "core/domain/Target.h"
#include "TargetTolerances.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace duban::core {

/// How a target stands as of a date: met / not met once its final value is known, on track / behind before.
enum class TargetState
{
    NoData,
    OnTrack,
    Behind,
    Met,
    NotMet
};

QString targetStateKey(TargetState state);  ///< "no-data", "on-track", "behind", "met", "not-met"
QString targetStateText(TargetState state); ///< translated, for people

/// One observation placed on the year-to-date axis of its year: x is the month it covers up to
/// (6 for 2023-06, 2023-Q2 and 2023-H1; 6.5 for 2023-06-15).
struct SeriesPoint
{
    double x = 0.0;
    double value = 0.0;
    QString period; ///< the observation's period key
    QDate end;      ///< the period's last day

    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

/// What the evaluation of one target found.
struct TargetEvaluation
{
    TargetState state = TargetState::NoData;
    std::optional<SeriesPoint> basis; ///< the observation judged (the latest one within the target's period)
    bool final = false;               ///< basis covers the whole period: the outcome is settled
    double benchmark = 0.0;           ///< what basis was compared with: the target, or its time-elapsed share
    double gap = 0.0;                 ///< basis value − benchmark, in the target's measure
    std::optional<bool> stretchReached;
    std::optional<double> projection;   ///< expected value at the end of the period (not when final)
    std::optional<double> projectedGap; ///< projection − target value
    int endMonth = 12;                  ///< month the target's period ends in (x of the projection)
};

/// Pure rules of the indicator screen: which observation a target is judged on, the comparison per
/// comparator, and the year-end projection. The as-of date is passed in; nothing reads the clock.
///
/// - Observations are cumulative within their year: a month, quarter, half or year value is the
///   year-to-date figure up to its last month; a target for 2023-Q1 is judged on the value up to March,
///   an annual target on the latest value of the year until the 1–12月 value arrives. Observations whose
///   period ends after the as-of date are ignored.
/// - Before the final value: rates (measure %) and non-cumulative indicators are compared with the target
///   itself; cumulative amounts (亿元, 个 …) with the target's time-elapsed share (target × months / period
///   months, 序时进度).
/// - ≥, ≤, > compare exactly; = within 1e-9; ≈ within a tolerance (settings: 0.5 points for %, else 5% of
///   the target). With a stretch above the target, ≈ has no upper bound (7.5% 左右，力争 8%: 9% is fine);
///   with a stretch below, no lower bound.
/// - Projection to the period's end: rates carry forward the implied rate of the recent months
///   (g = (m·r_m − k·r_k)/(m − k) from the latest value and the one two observations back, then
///   r_E = (m·r_m + (E−m)·g)/E); cumulative amounts extrapolate the run rate (v·E/m); other indicators a
///   least-squares line through the last three values. One observation: a rate is carried forward.
class TargetRules final
{
public:
    /// The indicator's observations of `year` that are known as of `asOf`, on the year-to-date axis,
    /// sorted by x. Observations that cannot be read as a period are skipped.
    static QList<SeriesPoint> series(const QList<Observation> &observations, int year, const QDate &asOf);

    static TargetEvaluation evaluate(const Target &target, const QList<Observation> &observations,
                                     const QDate &asOf, const TargetTolerances &settings,
                                     bool cumulative = true);

    /// ≈ tolerance for this target, in its measure.
    static double tolerance(const Target &target, const TargetTolerances &settings);
    /// Whether `value` satisfies `comparator` against `goal` (≈ with `tolerance` and the stretch's
    /// direction).
    static bool satisfies(Comparator comparator, double value, double goal, double tolerance,
                          std::optional<double> stretch = std::nullopt);
    /// The value expected at month `endMonth` from the points (see the class comment); nullopt without
    /// points.
    static std::optional<double> project(const QList<SeriesPoint> &points, int endMonth, bool rate,
                                         bool cumulative);
    static bool isRate(const QString &measure);
};

} // namespace duban::core
