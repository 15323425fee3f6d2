#pragma once

#include "ChartData.h"
#include "core/domain/Indicator.h"
#include "core/domain/Observation.h"
#include "core/domain/Target.h"
#include "core/rules/TargetTolerances.h"

#include <QCoreApplication>
#include <QDate>

namespace duban::ui {

/// An indicator with the target it is charted against and its observations.
struct ChartSubject
{
    core::Indicator indicator;
    core::Target target;
    QList<core::Observation> observations;
};

/// Turns indicators, targets and observations into ChartData as of a date (one subject, or several compared).
class ChartDataBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::ChartDataBuilder)
public:
    static ChartData build(const QList<ChartSubject> &subjects, const QDate &asOf,
                           const core::TargetTolerances &settings);
    static QString comparatorText(core::Comparator comparator); ///< ≥ ≤ ≈ = >
};

} // namespace duban::ui
