#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/Plan.h"
#include "core/domain/Section.h"
#include "core/domain/Unit.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duban::core {

class Database;

/// What a typed name means: an exact name (or alias), else the only name that contains the text.
template <typename T> struct NameMatch
{
    std::optional<T> found;
    QStringList candidates; ///< when nothing or several matched: every name containing the text
};

/// The rule itself: the item `isExact` accepts, else the only item whose name contains `text`.
template <typename T, typename IsExact, typename NameOf>
NameMatch<T> matchName(const QList<T> &items, const QString &text, IsExact isExact, NameOf nameOf)
{
    NameMatch<T> match;
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return match;
    QList<const T *> containing;
    for (const T &item : items) {
        if (isExact(item, wanted)) {
            match.found = item;
            return match;
        }
        if (nameOf(item).contains(wanted))
            containing.append(&item);
    }
    if (containing.size() == 1) {
        match.found = *containing.first();
        return match;
    }
    for (const T *item : containing)
        match.candidates.append(nameOf(*item));
    return match;
}

/// Read-only lookups of the ledger's directory: units, sections, plans, indicators, by id and by name.
/// The one place where "exact, or the only one containing the text" is written.
class LookupService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::LookupService)
public:
    explicit LookupService(Database &database);

    QList<Unit> units() const;
    /// Every unit with how many tasks lead, co-own, report and target it (for the unit directory).
    QList<UnitUsage> unitUsage() const;
    /// The unit with this name or alias.
    std::optional<Unit> unit(const QString &name) const;
    /// An exact name or alias, else the only unit whose name contains `text`.
    NameMatch<Unit> matchUnit(const QString &text) const;

    QList<Plan> plans() const;
    std::optional<Plan> planByNumber(const QString &number) const;
    /// The year a period written without one (1-6月) belongs to: the latest plan's year, else this year.
    int defaultYear() const;
    /// Sections of one plan (0: of every plan, in plan order).
    QList<Section> sections(qint64 planId = 0) const;
    qint64 taskCount() const;

    QList<Indicator> indicators() const;
    /// An exact indicator name, else the only indicator whose name contains `text`.
    NameMatch<Indicator> matchIndicator(const QString &text) const;

    /// Why a match found nothing, for people: "no unit called …" / "… matches several units: …".
    static QString unitProblem(const NameMatch<Unit> &match, const QString &text);
    static QString indicatorProblem(const NameMatch<Indicator> &match, const QString &text);

private:
    Database &m_database;
};

} // namespace duban::core
