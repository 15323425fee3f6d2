#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/Plan.h"
#include "core/domain/Section.h"
#include "core/domain/Task.h"
#include "core/domain/Unit.h"
#include "NameMatch.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duban::core {

class Database;

/// Read-only lookups of the ledger's directory: units, sections, plans, indicators, by id and by name.
/// Names are matched by matchName() (NameMatch.h): exact, or the only one containing the text.
class LookupService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::LookupService)
public:
    explicit LookupService(Database &database);

    /// Every unit, in the order of lists (UnitOrder: by pinyin, groups last).
    QList<Unit> units() const;
    /// Every unit, in the order of lists, with how many tasks lead, co-own, report and target it (for the
    /// unit directory).
    QList<UnitUsage> unitUsage() const;
    /// The unit with this name or alias.
    std::optional<Unit> unit(const QString &name) const;
    /// An exact name or alias, else the only unit whose name contains `text`.
    NameMatch<Unit> matchUnit(const QString &text) const;

    QList<Plan> plans() const;
    std::optional<Plan> planByNumber(const QString &number) const;
    /// A plan by its document number or title, else the only plan whose number (or, without one, title)
    /// contains `text`.
    NameMatch<Plan> matchPlan(const QString &text) const;
    /// How people tell a plan: its document number, or its title when it has none.
    static QString planLabel(const Plan &plan);
    /// The year a period written without one (1-6月) belongs to: the latest plan's year, else this year.
    int defaultYear() const;
    /// Sections of one plan (0: of every plan, in plan order).
    QList<Section> sections(qint64 planId = 0) const;
    qint64 taskCount() const;
    /// The task numbered `code` as printed ("4", "四（一）", brackets half- or full-width) in plan `planId`,
    /// or in any plan when 0. When several plans have one, nothing is found and `candidates` holds their
    /// labels (planLabel), in ledger order.
    NameMatch<Task> matchTask(const QString &code, qint64 planId = 0) const;

    QList<Indicator> indicators() const;
    /// An exact indicator name, else the only indicator whose name contains `text`.
    NameMatch<Indicator> matchIndicator(const QString &text) const;

    /// Why a match found nothing, for people: "no unit called …" / "… matches several units: …".
    static QString unitProblem(const NameMatch<Unit> &match, const QString &text);
    static QString indicatorProblem(const NameMatch<Indicator> &match, const QString &text);
    static QString planProblem(const NameMatch<Plan> &match, const QString &text);
    /// `plan`: the label of the plan searched, if one was named.
    static QString taskProblem(const NameMatch<Task> &match, const QString &code, const QString &plan = {});

private:
    Database &m_database;
};

} // namespace duban::core
