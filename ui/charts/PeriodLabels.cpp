#include "PeriodLabels.h"

#include "core/domain/Period.h"

namespace duban::ui {

namespace {

const char *const kMonths[] = {
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan"),
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan–Feb"),
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan–Mar"),
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan–Apr"),
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan–May"),
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan–Jun"),
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan–Jul"),
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan–Aug"),
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan–Sep"),
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan–Oct"),
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan–Nov"),
    QT_TRANSLATE_NOOP("duban::ui::PeriodLabels", "Jan–Dec"),
};

} // namespace

QString PeriodLabels::cumulativeMonths(int month)
{
    if (month < 1 || month > 12)
        return {};
    return tr(kMonths[month - 1]);
}

QString PeriodLabels::period(const QString &key)
{
    const auto p = core::Period::parse(key);
    if (!p)
        return key;
    switch (p->kind) {
    case core::Period::Kind::Year:
        return tr("Year %1").arg(p->year);
    case core::Period::Kind::Half:
        return p->index == 1 ? tr("%1 H1").arg(p->year) : tr("%1 H2").arg(p->year);
    case core::Period::Kind::Quarter:
        return tr("%1 Q%2").arg(p->year).arg(p->index);
    case core::Period::Kind::Month:
        return tr("%1 %2", "year, cumulative months").arg(p->year).arg(cumulativeMonths(p->index));
    case core::Period::Kind::Day:
        return p->day.toString(Qt::ISODate);
    }
    return key;
}

} // namespace duban::ui
