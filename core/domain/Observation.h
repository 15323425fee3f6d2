#pragma once

#include <QString>

namespace duban::core {

/// A reported value of an indicator for a period (实绩); one per indicator and period.
struct Observation
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    QString period; ///< canonical Period::key(): "2023-06" (Jan–Jun year-to-date), "2023-Q2", "2023-06-15" …
    double value = 0.0;
    QString source;
    QString note;

    friend bool operator==(const Observation &, const Observation &) = default;
};

} // namespace duban::core
