#include "IndicatorMatch.h"

#include <QCoreApplication>

namespace duban::core {

IndicatorMatch IndicatorMatch::find(const QList<Indicator> &indicators, const QString &name)
{
    IndicatorMatch result;
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return result;
    QList<Indicator> containing;
    for (const Indicator &i : indicators) {
        if (i.name == wanted) {
            result.indicator = i;
            return result;
        }
        if (i.name.contains(wanted))
            containing.append(i);
    }
    if (containing.size() == 1) {
        result.indicator = containing.first();
        return result;
    }
    for (const Indicator &i : containing)
        result.candidates.append(i.name);
    return result;
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
