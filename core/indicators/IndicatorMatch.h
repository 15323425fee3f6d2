#pragma once

#include "core/domain/Indicator.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace duban::core {

/// The indicator a typed name means: an exact name, or the only indicator whose name contains it.
struct IndicatorMatch
{
    std::optional<Indicator> indicator;
    QStringList candidates; ///< when ambiguous: every indicator containing the name

    static IndicatorMatch find(const QList<Indicator> &indicators, const QString &name);
    /// Why nothing matched, for people: "no indicator called …" or "… matches several indicators: …".
    QString problem(const QString &name) const;
};

} // namespace duban::core
