#pragma once

#include "core/rules/StatusLight.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace duban::core {

class Database;

/// One task as the exported ledger (导出台账) shows it: every cell already in words.
struct LedgerSheetRow
{
    qint64 taskId = 0;
    QString number;     ///< 序号: the task's code
    QString title;      ///< 任务
    QString leads;      ///< 牵头单位, joined with 、
    QString coUnits;    ///< 配合单位
    QString deadline;   ///< 完成时限, ISO; "2024-03-31（原定2023-12-31）" when extended
    QString milestones; ///< 节点, one per line: "2023-06-30 完成清单发布（已完成）"
    QString latest;     ///< 最新进展: the latest report's text as of the date, with its date
    int percent = -1;   ///< 完成%: the latest report's percent (100 when completed), -1 none
    QString schedule;   ///< 序时状态
    Light light = Light::Green;
    QString lightText; ///< 灯号
    QString reason;    ///< 原因: every reason, one per line
    QString remark;    ///< 备注: the loop's stage, completion date
};

/// The exported ledger: a title, the as-of date, the header and the rows.
struct LedgerSheet
{
    QString title; ///< the plan's title, or "Task ledger" for several plans
    QDate asOf;
    QStringList header; ///< 序号 | 任务 | 牵头单位 | … | 备注 (in the interface language)
    std::vector<LedgerSheetRow> rows;

    /// The title row's text: "<title>（统计截止日期：2023-07-01）".
    QString titleLine() const;
};

/// Which tasks are exported.
struct LedgerExportScope
{
    /// These tasks in this order (the rows the ledger shows); empty: every task in ledger order, kept by
    /// the filters below.
    std::vector<qint64> taskIds;
    QString unit;       ///< only tasks this unit leads or co-handles (by name or alias); empty: any
    QString planNumber; ///< only the plan with this document number; empty: any
};

/// Builds the ledger for export, as of a date, in one read snapshot: each task's units, deadline (and the
/// original one), milestones, latest report, 序时状态, light with its reasons, and the loop's stage.
class LedgerExportService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::LedgerExportService)

public:
    explicit LedgerExportService(Database &database);

    /// The header of the exported ledger, in the interface language.
    static QStringList header();

    /// nullopt with `error` on a database error; an unknown unit or plan number is Code::NotFound (bad
    /// input).
    std::optional<LedgerSheet> build(const LedgerExportScope &scope, QDate asOf, StorageError *error) const;

private:
    Database &m_database;
};

} // namespace duban::core
