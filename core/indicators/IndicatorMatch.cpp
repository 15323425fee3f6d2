#include "IndicatorMatch.h"

#include "core/services/NameMatch.h"

#include <QCoreApplication>

namespace duban::core {

IndicatorMatch IndicatorMatch::find(const QList<Indicator> &indicators, const QString &name)
{
    const NameMatch<Indicator> match = matchName(
        indicators, name, [](const Indicator &i, const QString &wanted) { return i.name == wanted; },
        [](const Indicator &i) { return i.name; });
    return IndicatorMatch{match.found, match.candidates};
}

QString IndicatorMatch::problem(const QString &name) const
{
    if (indicator)
        return {};
    if (candidates.isEmpty())
        return QCoreApplication::translate("duban::core::IndicatorMatch", "no indicator called \"%1\"")
            .arg(name);
    return QCoreApplication::translate("duban::core::IndicatorMatch", "\"%1\" matches several indicators: %2")
        .arg(name, candidates.join(QStringLiteral("、")));
}

} // namespace duban::core
