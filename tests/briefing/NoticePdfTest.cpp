// The numbered notice as a PDF (督办通知单 / 催办单) checked with poppler-utils: A4, embedded fonts, and text
// that extracts exactly — the title, the number, the addressee, each task with its state, the requirement,
// the issuer and date — in Chinese (with the intended translation); and the printer path the preview uses.
#include "BriefingTestSupport.h"
#include "support/TempDir.h"

#include "core/services/NoticeService.h"
#include "ui/export/BriefingPdfWriter.h"
#include "ui/export/NoticeDocument.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QPrinter>
#include <QSqlQuery>

using namespace duban::core;
using namespace duban::ui;
using duban::test::TempDir;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

/// The zh_CN wording intended for the notice's strings (the catalogue entries to add), over the briefing's.
class NoticeZhTranslator final : public QTranslator
{
public:
    NoticeZhTranslator() { QCoreApplication::installTranslator(this); }
    ~NoticeZhTranslator() override { QCoreApplication::removeTranslator(this); }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        (void)disambiguation;
        (void)n;
        static const QHash<QString, QString> entries{
            {u("NoticeService|Supervision Notice"), u("督办通知单")},
            {u("NoticeService|Reminder Notice"), u("催办单")},
            {u("NoticeService|Supervision Office"), u("督查室")},
            {u("NoticeService|d MMMM"), u("M月d日")},
            {u("NoticeService|Please report in writing to %2 by %1 on how the tasks have been carried out."),
             u("请于%1前将整改落实情况书面报送%2。")},
            {u("NoticeService|%1: %2"), u("%1：%2")},
            {u("NoticeService|; "), u("；")},
            {u("NoticeDocument|originally %1"), u("原定%1")},
            {u("NoticeDocument|%1:"), u("%1：")},
            {u("NoticeDocument|As of %1, the tasks below that your unit is responsible for are behind. They "
               "are "
               "hereby placed under supervision; please see that they are put right."),
             u("截至%1，你单位承担的下列任务推进滞后，现予督办，请切实抓好整改落实。")},
            {u("NoticeDocument|As of %1, the tasks below that your unit is responsible for need to move "
               "faster. "
               "This is a reminder to speed them up."),
             u("截至%1，你单位承担的下列任务需加快推进，现予催办。")},
            {u("NoticeDocument|No."), u("序号")},
            {u("NoticeDocument|Code"), u("编号")},
            {u("NoticeDocument|Task"), u("任务名称")},
            {u("NoticeDocument|Deadline"), u("完成时限")},
            {u("NoticeDocument|State"), u("当前状态")},
            {u("NoticeDocument|Requirement: %1"), u("工作要求：%1")},
            {u("NoticeDocument|Response due by %1."), u("回复时限：%1前。")},
        };
        const QString key = QString::fromUtf8(context).section(QStringLiteral("::"), -1) + QLatin1Char('|') +
                            QString::fromUtf8(source);
        return entries.value(key);
    }
};

struct NoticeFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = duban::test::openBriefingFixture(dir.file(QStringLiteral("n.sqlite")));
    StorageError err;

    qint64 taskId(const char *code)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT id FROM tasks WHERE code = ?"));
        q.addBindValue(QString::fromUtf8(code));
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    /// A 督办 to 新区经济发展局 about tasks 2 (red: its Q1 milestone) and 1 (extended from 2023-10-31).
    NoticeContent issue(Notice::Kind kind = Notice::Kind::Notice)
    {
        QSqlQuery q(db->connection());
        EXPECT_TRUE(
            q.exec(QStringLiteral("UPDATE tasks SET deadline_original = '2023-10-31' WHERE code = '1'")));
        NoticeService notices(*db);
        NoticeDraft d;
        d.kind = kind;
        d.unit = u("新区经济发展局");
        d.issuedOn = QDate(2023, 7, 15);
        d.responseDue = QDate(2023, 7, 21);
        d.taskIds = {taskId("2"), taskId("1")};
        const std::optional<Notice> n = notices.issue(d, nullptr, &err);
        EXPECT_TRUE(n) << err.message.toStdString();
        return n ? notices.content(*n) : NoticeContent{};
    }
};

} // namespace

TEST(NoticePdf, ChineseNoticeIsA4WithItsNumberUnitTasksAndSignature)
{
    // GIVEN a 督办 issued in the zh_CN wording
    NoticeFixture f;
    ASSERT_TRUE(f.db);
    const duban::test::BriefingZhTranslator briefingZh;
    const NoticeZhTranslator zh;
    const NoticeContent content = f.issue();
    ASSERT_EQ(content.tasks.size(), 2);
    // WHEN it is written as a PDF
    const NoticeDocument document(content);
    const QString pdf = f.dir.file(QStringLiteral("notice.pdf"));
    QString error;
    ASSERT_TRUE(BriefingPdfWriter::write(document, pdf, &error)) << error.toStdString();
    if (qEnvironmentVariableIsSet("DUBAN_KEEP_NOTICE"))
        QFile::copy(pdf, qEnvironmentVariable("DUBAN_KEEP_NOTICE"));

    // THEN one A4 page with embedded fonts
    EXPECT_EQ(duban::test::pdfPages(pdf), 1);
    EXPECT_TRUE(duban::test::pdfPageSize(pdf).startsWith(QStringLiteral("595")));
    const QString fonts = duban::test::runTool(QStringLiteral("pdffonts"), {pdf}).out;
    for (const QString &line : fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2)) {
        const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cells.size(), 5);
        EXPECT_EQ(cells[cells.size() - 5], QStringLiteral("yes")) << line.toStdString();
    }
    // AND its text says what a 督办通知单 says, exactly
    const QString text = duban::test::pdfText(pdf);
    EXPECT_FALSE(duban::test::hasRadicals(text));
    for (const char *expected :
         {"督办通知单", "督字〔2023〕第1号", "新区经济发展局：", "截至2023年7月15日", "现予督办", "序号",
          "编号", "任务名称", "完成时限", "当前状态", "开展项目建设竞赛活动", "激发民间投资活力",
          "原定2023-10-31", "红灯：", "工作要求：请于7月21日前将整改落实情况书面报送督查室。",
          "回复时限：2023年7月21日前。", "督查室2023年7月15日", "—1—"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    // Task 2 comes first, as the office listed it.
    EXPECT_LT(text.indexOf(u("开展项目建设竞赛活动")), text.indexOf(u("激发民间投资活力")));
    EXPECT_EQ(document.documentTitle(), u("督办通知单 督字〔2023〕第1号"));
}

TEST(NoticePdf, AReminderIsTitled催办单AndPrintsThroughThePrinterPath)
{
    NoticeFixture f;
    ASSERT_TRUE(f.db);
    const duban::test::BriefingZhTranslator briefingZh;
    const NoticeZhTranslator zh;
    const NoticeDocument document(f.issue(Notice::Kind::Reminder));
    // The print preview paints on a QPrinter: here one that writes a PDF.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = f.dir.file(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(pdf);
    ASSERT_TRUE(BriefingPdfWriter::print(document, &printer));
    const QString text = duban::test::pdfText(pdf);
    for (const char *expected : {"催办单", "催字〔2023〕第1号", "现予催办", "新区经济发展局："})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(u("督办通知单")));
}

TEST(NoticePdf, PageImageShowsTheRedMasthead)
{
    NoticeFixture f;
    ASSERT_TRUE(f.db);
    const NoticeDocument document(f.issue());
    const QImage page = document.pageImage(0, 595);
    if (qEnvironmentVariableIsSet("DUBAN_KEEP_NOTICE_PNG"))
        page.save(qEnvironmentVariable("DUBAN_KEEP_NOTICE_PNG"));
    // The red rule under the number: a row of red pixels across the text block, 37 + 35 mm from the top.
    const int y = qRound((37.0 + 35.4) / 297.0 * page.height());
    int red = 0;
    for (int dy = -2; dy <= 2; ++dy)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y + dy);
            red += c.red() > 180 && c.green() < 80 && c.blue() < 80 ? 1 : 0;
        }
    EXPECT_GT(red, page.width() / 2) << "the red rule";
}

TEST(NoticePdf, TheTitleFitsTheTextBlockInEitherLanguage)
{
    NoticeFixture f;
    ASSERT_TRUE(f.db);
    // Whether the red title, as poppler renders the PDF (the PDF engine lays out the letter spacing), stands
    // clear of the text block's edges: a title too wide is cut at them.
    auto titleFits = [&f](const NoticeDocument &document, const char *name) {
        const QString pdf = f.dir.file(QString::fromUtf8(name) + QStringLiteral(".pdf"));
        QString error;
        EXPECT_TRUE(BriefingPdfWriter::write(document, pdf, &error)) << error.toStdString();
        const QString prefix = f.dir.file(QString::fromUtf8(name));
        EXPECT_EQ(duban::test::runTool(QStringLiteral("pdftoppm"),
                                       {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
                                        QStringLiteral("-singlefile"), pdf, prefix})
                      .exitCode,
                  0);
        const QImage page(prefix + QStringLiteral(".png"));
        EXPECT_FALSE(page.isNull());
        const int left = qCeil(28.0 / 210.0 * page.width());
        const int right = qFloor(184.0 / 210.0 * page.width());
        const int aboveRule = qFloor((37.0 + 33.0) / 297.0 * page.height()); // the rule is at 37 + 35 mm
        int first = page.width();
        int last = -1;
        for (int y = 0; y < aboveRule; ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                if (c.red() - c.green() > 60 && c.red() - c.blue() > 60) {
                    first = std::min(first, x);
                    last = std::max(last, x);
                }
            }
        EXPECT_GE(last, 0) << "a red title";
        return first > left + 3 && last < right - 3;
    };
    // "Supervision Notice" is long: it is not letter-spaced beyond the margins.
    const NoticeDocument english(f.issue());
    EXPECT_TRUE(titleFits(english, "en"));
    const duban::test::BriefingZhTranslator briefingZh;
    const NoticeZhTranslator zh;
    const NoticeContent content = NoticeService(*f.db).content(*NoticeService(*f.db).notice(1));
    const NoticeDocument chinese(content);
    EXPECT_EQ(content.title, u("督办通知单"));
    EXPECT_TRUE(titleFits(chinese, "zh"));
}
