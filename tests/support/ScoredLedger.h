#pragma once

// A small ledger with one of each 考核 item as of 2023-10-12, for the scoring tests of core and of
// `duban scores` (which runs on the file it leaves). The plan reports quarterly by the 10th of the month
// after the quarter; 签收 is due 3 working days after the plan's date, 2023-03-22: on 2023-03-27.
//
//  task 1  (新区经济发展局 leads; 新区开发建设局（交通运输局）, 园区 co-handle): 经济 signs 03-23, 园区
//          03-28, 开发建设局 never (未签收); reports 04-12 (Q1 迟报, Q2 on time) and 10-09 (Q3 on time); a
//          办结申请 of 06-20 returned on 06-25 (退回).
//  task 2  (经济 leads) and 四（一） (经济 leads): completed 03-24, before 签收 was due (按时办结 each).
//  task 10 (新区科技创新和产业促进局 leads, 经济 co-handles; deadline 09-30): both sign 03-24; no report (Q1,
//          Q2, Q3 未报); open past its deadline (逾期).
//  task 3  (新区财政金融局 leads, 经济 co-handles; completed 06-01, deadline 06-30): nobody signs (未签收
//          twice); no report (Q1 未报; closed before Q2 was due); 按时办结.
//
// Default points give: 经济 101, 园区 100, 各街道（镇） 100, 开发建设局 99, 财政 99, 科技 89.
#include "core/domain/ProgressReport.h"
#include "core/services/LoopService.h"
#include "core/services/ProgressService.h"
#include "core/services/ScheduleService.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "support/Fixtures.h"

#include <gtest/gtest.h>

namespace duban::test {

inline QString zh(const char *s)
{
    return QString::fromUtf8(s);
}

/// Builds the ledger above in `db`; the plan's tasks in `doc` get their ids.
inline void buildScoredLedger(core::Database &db, core::PlanDocument &doc)
{
    using namespace duban::core;
    for (Task &t : doc.tasks) // 交办 on the plan's date, as an import does
        t.startDate = doc.plan.date;
    ASSERT_GT(PlanRepository(db).save(doc, nullptr), 0);
    StorageError err;
    const qint64 task1 = doc.tasks.at(0).id, task2 = doc.tasks.at(1).id, task10 = doc.tasks.at(2).id,
                 task4_1 = doc.tasks.at(4).id;
    ASSERT_TRUE(ScheduleService(db).setPlanSchedule(doc.plan.id,
                                                    ReportingSchedule{ReportingCycle::Quarterly, 10}, &err))
        << err.message.toStdString();
    LoopService loop(db);
    ProgressService progress(db);
    const QString econ = zh("新区经济发展局"), park = zh("园区"), tech = zh("新区科技创新和产业促进局");
    ASSERT_TRUE(loop.sign(task1, econ, QDate(2023, 3, 23), &err)) << err.message.toStdString();
    ASSERT_TRUE(loop.sign(task1, park, QDate(2023, 3, 28), &err)) << err.message.toStdString();
    ASSERT_TRUE(loop.sign(task10, tech, QDate(2023, 3, 24), &err)) << err.message.toStdString();
    ASSERT_TRUE(loop.sign(task10, econ, QDate(2023, 3, 24), &err)) << err.message.toStdString();
    for (const QDate &on : {QDate(2023, 4, 12), QDate(2023, 10, 9)}) {
        ProgressReport r;
        r.taskId = task1;
        r.date = on;
        r.unit = econ;
        r.percent = on.month() * 8;
        r.text = zh("按计划推进");
        ASSERT_GT(progress.addUnitReport(r, &err), 0) << err.message.toStdString();
    }
    ASSERT_GT(loop.requestCompletion(task1, econ, QDate(2023, 6, 20), zh("已完成清单发布"), {}, &err), 0)
        << err.message.toStdString();
    ASSERT_TRUE(loop.reviewCompletion(task1, false, QDate(2023, 6, 25), zh("佐证材料不全"), nullptr, &err))
        << err.message.toStdString();
    for (qint64 id : {task2, task4_1})
        ASSERT_TRUE(progress.completeTask(id, QDate(2023, 3, 24), QDate(2023, 10, 12), nullptr, &err))
            << err.message.toStdString();
}

} // namespace duban::test
