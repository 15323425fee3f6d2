// The ledger's in-memory index: text, unit, section and status filters; sorting per column.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/ledger/TaskIndex.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TaskRowLoader.h"
#include "core/storage/UnitRepository.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace duban::core;

namespace {

struct Loaded
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db;
    TaskIndex index;

    Loaded()
    {
        db = Database::open(dir.file(QStringLiteral("l.sqlite")), nullptr);
        PlanDocument doc = duban::test::smallPlan();
        PlanRepository(*db).save(doc, nullptr);
        index = TaskIndex(TaskRowLoader(*db).loadAll());
    }

    QStringList codes(const TaskFilter &f, TaskIndex::Column c = TaskIndex::Column::Code, bool asc = true)
    {
        QStringList out;
        for (int i : index.query(f, c, asc))
            out.append(index.row(i).code);
        return out;
    }
    qint64 unit(const char *name) { return UnitRepository(*db).find(QString::fromUtf8(name))->id; }
};

} // namespace

TEST(TaskIndex, LoadsRowsWithUnitsSectionsAndDates)
{
    Loaded l;
    ASSERT_EQ(l.index.size(), 5);
    const TaskRow &r = l.index.row(0);
    EXPECT_EQ(r.code, QStringLiteral("1"));
    EXPECT_EQ(r.section, QStringLiteral("（一）有效投资扩容行动"));
    EXPECT_EQ(r.lead, QStringLiteral("新区经济发展局"));
    EXPECT_EQ(r.coText, QStringLiteral("新区开发建设局（交通运输局）、园区"));
    EXPECT_EQ(r.coUnits.size(), 2u);
    EXPECT_EQ(QDate::fromJulianDay(r.deadline), QDate(2023, 12, 31));
    EXPECT_EQ(l.index.row(3).status, int(TaskStatus::Completed));
    EXPECT_EQ(QDate::fromJulianDay(l.index.row(3).completedOn), QDate(2023, 6, 1));
}

TEST(TaskIndex, CodesSortByNumberThenText)
{
    Loaded l;
    EXPECT_EQ(l.codes({}), duban::test::strings({"1", "2", "3", "10", "四（一）"}));
    EXPECT_EQ(l.codes({}, TaskIndex::Column::Code, false),
              duban::test::strings({"四（一）", "10", "3", "2", "1"}));
    EXPECT_LT(TaskIndex::compareCodes(QStringLiteral("9"), QStringLiteral("10")), 0);
}

TEST(TaskIndex, CodesSortByTheirNumbersChineseNumeralsIncluded)
{
    // GIVEN codes as plans number them, shuffled
    QStringList codes =
        duban::test::strings({"五（一）", "四（十）", "10", "四（三）", "3-10", "(2)", "四（二）", "2", "3-2",
                              "四（十一）", "3", "(10)", "3-1", "十二（一）"});
    // WHEN they are sorted with the ledger's comparison
    std::sort(codes.begin(), codes.end(),
              [](const QString &a, const QString &b) { return TaskIndex::compareCodes(a, b) < 0; });
    // THEN numbers go by value, Arabic before Chinese numerals, a code before its sub-codes
    EXPECT_EQ(codes,
              duban::test::strings({"2", "3", "3-1", "3-2", "3-10", "10", "四（二）", "四（三）", "四（十）",
                                    "四（十一）", "五（一）", "十二（一）", "(2)", "(10)"}));
    // and the comparison is a strict order: equal only for equal codes, full- and half-width apart
    EXPECT_EQ(TaskIndex::compareCodes(QStringLiteral("四（二）"), QStringLiteral("四（二）")), 0);
    EXPECT_NE(TaskIndex::compareCodes(QStringLiteral("(1)"), QStringLiteral("（1）")), 0);
    EXPECT_EQ(TaskIndex::compareCodes(QStringLiteral("(1)"), QStringLiteral("（1）")),
              -TaskIndex::compareCodes(QStringLiteral("（1）"), QStringLiteral("(1)")));
    EXPECT_LT(TaskIndex::compareCodes(QStringLiteral("（2）"), QStringLiteral("(10)")), 0);
}

TEST(TaskIndex, TextFilterSearchesTitleAndTextCaseInsensitively)
{
    Loaded l;
    TaskFilter f;
    f.text = QStringLiteral("项目");
    EXPECT_EQ(l.codes(f), duban::test::strings({"1", "2", "3"}));
    f.text = QStringLiteral("SMART");
    EXPECT_EQ(l.codes(f), duban::test::strings({"10"}));
    f.text = QStringLiteral("  统计  ");
    EXPECT_EQ(l.codes(f), duban::test::strings({"四（一）"}));
    f.text = QStringLiteral("不存在的词");
    EXPECT_TRUE(l.codes(f).isEmpty());
}

TEST(TaskIndex, UnitFilterAsLeadOrCo)
{
    Loaded l;
    TaskFilter f;
    f.unitId = l.unit("新区经济发展局");
    EXPECT_EQ(l.codes(f), duban::test::strings({"1", "2", "3", "10", "四（一）"}));
    f.unitRole = TaskFilter::UnitRole::Lead;
    EXPECT_EQ(l.codes(f), duban::test::strings({"1", "2", "四（一）"}));
    f.unitRole = TaskFilter::UnitRole::Co;
    EXPECT_EQ(l.codes(f), duban::test::strings({"3", "10"}));
    f.unitId = l.unit("园区");
    f.unitRole = TaskFilter::UnitRole::Any;
    EXPECT_EQ(l.codes(f), duban::test::strings({"1", "2", "四（一）"}));
}

TEST(TaskIndex, SectionAndStatusFiltersCombine)
{
    Loaded l;
    TaskFilter f;
    f.sectionId = l.index.row(4).sectionId;
    EXPECT_EQ(l.codes(f), duban::test::strings({"四（一）"}));
    f.sectionId = l.index.row(0).sectionId;
    f.status = int(TaskStatus::Completed);
    EXPECT_EQ(l.codes(f), duban::test::strings({"3"}));
    f.status = int(TaskStatus::Open);
    f.text = QStringLiteral("制造");
    EXPECT_EQ(l.codes(f), duban::test::strings({"10"}));
}

TEST(TaskIndex, SortsByDeadlineAndLeadAndKeepsCachesFreshAfterEdits)
{
    Loaded l;
    EXPECT_EQ(l.codes({}, TaskIndex::Column::Deadline),
              duban::test::strings({"3", "10", "1", "2", "四（一）"}));
    // WHEN task 1's row changes to an earlier deadline
    TaskRow r = l.index.row(0);
    r.deadline = qint32(QDate(2023, 1, 31).toJulianDay());
    l.index.upsert(r);
    // THEN the cached order follows
    EXPECT_EQ(l.codes({}, TaskIndex::Column::Deadline),
              duban::test::strings({"1", "3", "10", "2", "四（一）"}));
    l.index.remove(r.id);
    EXPECT_EQ(l.codes({}, TaskIndex::Column::Deadline), duban::test::strings({"3", "10", "2", "四（一）"}));
    EXPECT_EQ(l.index.indexOf(r.id), -1);
}

TEST(TaskIndex, TextFilterFollowsEditsRemovalsAndCompaction)
{
    Loaded l;
    TaskFilter f;
    f.text = QStringLiteral("统计");
    EXPECT_EQ(l.codes(f), duban::test::strings({"四（一）"}));
    // GIVEN task 1's text edited many times (enough to compact the text buffer)
    TaskRow r = l.index.row(0);
    for (int k = 0; k < 1100; ++k) {
        r.haystack = TaskIndex::searchKey(r.code, r.title, QStringLiteral("第%1稿 统计口径").arg(k));
        l.index.upsert(r);
    }
    // THEN only the current text matches, once per row
    EXPECT_EQ(l.codes(f), duban::test::strings({"1", "四（一）"}));
    f.text = QStringLiteral("第1099稿");
    EXPECT_EQ(l.codes(f), duban::test::strings({"1"}));
    f.text = QStringLiteral("第1098稿");
    EXPECT_TRUE(l.codes(f).isEmpty());
    // AND a removed row no longer matches, and rows after it keep their own text
    l.index.remove(l.index.row(0).id);
    f.text = QStringLiteral("统计");
    EXPECT_EQ(l.codes(f), duban::test::strings({"四（一）"}));
    f.text = QStringLiteral("smart");
    EXPECT_EQ(l.codes(f), duban::test::strings({"10"}));
    // A text that crosses two rows' texts does not match
    f.text = QStringLiteral("清单。\n2");
    EXPECT_TRUE(l.codes(f).isEmpty());
}
