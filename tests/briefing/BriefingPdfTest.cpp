// The PDF briefing checked with poppler-utils: A4 pages, embedded fonts, page numbers, and text that
// extracts exactly (no 人 → ⼈ substitutions), in Chinese (with the intended translation) and in English.
#include "BriefingTestSupport.h"
#include "support/TempDir.h"

#include "core/briefing/BriefingBuilder.h"
#include "ui/export/BriefingDocument.h"
#include "ui/export/BriefingPdfWriter.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QImage>

using namespace duban::core;
using namespace duban::ui;
using duban::test::TempDir;

namespace {

BriefingContent fixtureContent(Database &db, QDate asOf = QDate(2023, 7, 15))
{
    BriefingOptions options;
    options.asOf = asOf;
    options.issue = 7;
    options.remarks = QStringLiteral("请红灯任务牵头单位于5个工作日内书面报送整改措施。");
    return BriefingBuilder(db).build(options);
}

QString writePdf(const BriefingContent &content, const QString &path)
{
    const BriefingDocument document(content);
    QString error;
    EXPECT_TRUE(BriefingPdfWriter::write(document, path, &error)) << error.toStdString();
    return path;
}

} // namespace

TEST(BriefingPdf, ChineseBriefingIsA4WithEmbeddedFontsAndExactText)
{
    // GIVEN the fixture ledger and the zh_CN wording
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    const duban::test::BriefingZhTranslator zh;
    // WHEN the briefing is exported
    const QString pdf = writePdf(fixtureContent(*db), dir.file(QStringLiteral("b.pdf")));

    // THEN it has several A4 pages
    const int pages = duban::test::pdfPages(pdf);
    EXPECT_GE(pages, 3);
    EXPECT_TRUE(duban::test::pdfPageSize(pdf).startsWith(QStringLiteral("595")))
        << duban::test::pdfPageSize(pdf).toStdString();
    EXPECT_TRUE(duban::test::pdfPageSize(pdf).contains(QStringLiteral("842")));
    // AND every font is embedded, and they are the faces that extract exactly
    const QString fonts = duban::test::runTool(QStringLiteral("pdffonts"), {pdf}).out;
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(f.size(), 5);
        EXPECT_EQ(f[f.size() - 5], QStringLiteral("yes")) << line.toStdString(); // emb
        EXPECT_FALSE(line.contains(QStringLiteral("Noto"))) << line.toStdString();
    }
    // AND the text says the right things, exactly
    const QString text = duban::test::pdfText(pdf);
    EXPECT_FALSE(duban::test::hasRadicals(text));
    if (qEnvironmentVariableIsSet("DUBAN_KEEP_BRIEFING"))
        QFile::copy(pdf, qEnvironmentVariable("DUBAN_KEEP_BRIEFING"));
    for (const char *expected : {"督查通报",
                                 "第7期",
                                 "测试区党政综合部",
                                 "2023年7月15日",
                                 "重点任务推进情况督查通报",
                                 "（截至2023年7月15日）",
                                 "一、总体情况",
                                 "共确定重点任务6项",
                                 "已办结2项，占33.3%，其中按时办结1项；正在推进4项",
                                 "绿灯1项，占16.7%；黄灯1项，占16.7%；红灯2项，占33.3%",
                                 "二、进展较好",
                                 "三、进展滞后（未达序时进度）",
                                 "四、存在问题",
                                 "五、下步工作",
                                 "请红灯任务牵头单位于5个工作日内书面报送整改措施。",
                                 "附件1",
                                 "各单位任务推进情况",
                                 "新区人民政府办公室",
                                 "推动人民群众满意度提升",
                                 "人民满意提升行动",
                                 "逾期15天",
                                 "一季度节点（2023年3月31日）逾期106天",
                                 "逾期事项",
                                 "主要目标指标完成情况",
                                 "地区生产总值增长"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    }
    // AND every overdue task's code and lead unit appears in the attachment's table
    const BriefingContent content = fixtureContent(*db);
    for (const OverdueItem &o : content.overdue) {
        EXPECT_TRUE(text.contains(o.code + o.title.left(4))) << o.code.toStdString(); // cells may wrap
        EXPECT_TRUE(text.contains(o.lead)) << o.lead.toStdString();
    }
    // AND page numbers "— N —" stand on their own pages
    EXPECT_TRUE(duban::test::pdfText(pdf, 1, 1, false).contains(QStringLiteral("— 1 —")));
    EXPECT_TRUE(duban::test::pdfText(pdf, 2, 2, false).contains(QStringLiteral("— 2 —")));
    EXPECT_FALSE(duban::test::pdfText(pdf, 2, 2, false).contains(QStringLiteral("— 1 —")));
}

TEST(BriefingPdf, NoContradictions)
{
    // GIVEN the fixture, where task 3 (新区财政金融局) was closed on Jun 1 after reporting 48 % on May 20,
    // and 新区经济发展局 both leads task 2 (red: its Q1 milestone) and reported task 1 on time
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    const duban::test::BriefingZhTranslator zh;
    duban::test::addReport(*db, QStringLiteral("3"), QDate(2023, 5, 20), 48);
    const BriefingContent content = fixtureContent(*db);
    const QString text = duban::test::pdfText(writePdf(content, dir.file(QStringLiteral("c.pdf"))));
    // THEN a completed task reads 已办结, never with its last reported percent
    EXPECT_TRUE(text.contains(QStringLiteral("强化项目要素保障”（牵头单位：新区财政金融局）：已办结")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("完成48%")));
    // AND no unit is praised that leads a lagging task
    QStringList lagging;
    for (const ScheduleItem &s : content.lagging)
        lagging.append(s.lead);
    const qsizetype praised = text.indexOf(QStringLiteral("无逾期和滞后任务的单位："));
    ASSERT_GE(praised, 0) << text.toStdString();
    const QString praisedUnits = text.mid(praised, text.indexOf(QStringLiteral("。"), praised) - praised);
    for (const QString &unit : lagging)
        EXPECT_FALSE(praisedUnits.contains(unit)) << unit.toStdString();
    EXPECT_TRUE(praisedUnits.contains(QStringLiteral("新区财政金融局")));
    // AND the first briefing as of the first of a month covers the month before it too
    const QString first = duban::test::pdfText(
        writePdf(fixtureContent(*db, QDate(2023, 8, 1)), dir.file(QStringLiteral("d.pdf"))));
    EXPECT_FALSE(first.contains(QStringLiteral("2023年8月1日至2023年8月1日")));
    EXPECT_TRUE(first.contains(QStringLiteral("2023年7月1日至2023年8月1日"))) << first.toStdString();
}

TEST(BriefingPdf, NoLineIsPrintedTwiceAcrossAPageBreak)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    const duban::test::BriefingZhTranslator zh;
    const QString pdf = writePdf(fixtureContent(*db), dir.file(QStringLiteral("b.pdf")));
    const QString text = duban::test::pdfText(pdf);
    EXPECT_EQ(text.count(QStringLiteral("三、进展滞后")), 1);
    EXPECT_EQ(text.count(QStringLiteral("请红灯任务牵头单位")), 1);
}

TEST(BriefingPdf, EnglishBriefingFollowsTheSourceLanguage)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    const QString pdf = writePdf(fixtureContent(*db), dir.file(QStringLiteral("en.pdf")));
    const QString text = duban::test::pdfText(pdf);
    for (const char *expected :
         {"SupervisionBriefing", "No.7", "I.Overview", "Green:1(16.7%);yellow:1(16.7%);red:2(33.3%)",
          "Attachment1", "Overdueby15day", "新区人民政府办公室"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
}

TEST(BriefingPdf, EmptyDatabaseGivesOnePageWithNothingToReport)
{
    TempDir dir;
    StorageError error;
    auto db = Database::open(dir.file(QStringLiteral("empty.sqlite")), &error);
    ASSERT_TRUE(db);
    const duban::test::BriefingZhTranslator zh;
    const QString pdf =
        writePdf(fixtureContent(*db, QDate(2023, 7, 1)), dir.file(QStringLiteral("empty.pdf")));
    EXPECT_EQ(duban::test::pdfPages(pdf), 1);
    const QString text = duban::test::pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("本期无可通报事项"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("—1—")));
}

TEST(BriefingPdf, ChartsAreVectorsAndPreviewPagesRender)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    const BriefingContent content = fixtureContent(*db);
    const BriefingDocument document(content);
    const QString pdf = dir.file(QStringLiteral("chart.pdf"));
    QString error;
    ASSERT_TRUE(BriefingPdfWriter::write(document, pdf, &error));
    // The chart's labels are text in the PDF (vectors), not pixels of an image
    const QString last = duban::test::pdfText(pdf, document.pageCount(), document.pageCount());
    EXPECT_TRUE(last.contains(QStringLiteral("地区生产总值增长"))) << last.toStdString();
    EXPECT_TRUE(last.contains(QStringLiteral("7.6")));
    const QString images =
        duban::test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out;
    EXPECT_LE(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2) << images.toStdString();
    // Preview pages are A4-shaped images with ink on them
    const QImage page = document.pageImage(0, 420);
    EXPECT_EQ(page.width(), 420);
    EXPECT_NEAR(double(page.height()) / page.width(), 297.0 / 210.0, 0.01);
    bool redRule = false; // the red rule under the masthead, 82 mm from the top
    for (int y = page.height() * 78 / 297; y < page.height() * 86 / 297 && !redRule; ++y) {
        const QColor c = page.pixelColor(page.width() / 2, y);
        redRule = c.red() > 150 && c.green() < 100;
    }
    EXPECT_TRUE(redRule);
}

TEST(BriefingPdf, ThirtyEightTaskBriefingRendersUnderOneSecond)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    QElapsedTimer timer;
    timer.start();
    const QString pdf = writePdf(fixtureContent(*db), dir.file(QStringLiteral("t.pdf")));
    EXPECT_LT(timer.elapsed(), 1000);
}
