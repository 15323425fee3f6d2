// duban notice run as a real process on the seed: numbered notices with their PDF, the response, and bad
// input refused with nothing written.
#include "RunDuban.h"
#include "support/TempDir.h"

#include "core/storage/Database.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::TempDir;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

QString importSeed(const TempDir &dir)
{
    const QString db = dir.file(QStringLiteral("seed.sqlite"));
    const ProcessResult r =
        runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return db;
}

ProcessResult run(const char *command, const QString &db, const QStringList &args)
{
    return runDuban(QStringList{QLatin1String(command), QStringLiteral("--db"), db} + args);
}

/// pdftotext of the whole file, whitespace removed so that wrapped cells still match.
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

int count(const QString &dbPath, const QString &sql)
{
    auto db = duban::core::Database::open(dbPath, nullptr);
    if (!db)
        return -1;
    QSqlQuery q(db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QStringList noticeArgs(const QString &out, const QStringList &more = {})
{
    return QStringList{
               QStringLiteral("--unit"),  u("新区经济发展局"),          QStringLiteral("--kind"), u("督办"),
               QStringLiteral("--as-of"), QStringLiteral("2023-07-06"), QStringLiteral("--out"),  out} +
           more;
}

} // namespace

TEST(NoticeCommand, IssuesNumberedNoticesWithTheirPdf)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QString pdf = dir.file(QStringLiteral("notice.pdf"));
    // GIVEN tasks 1 and 2 named
    const ProcessResult first =
        run("notice", db,
            noticeArgs(pdf, {QStringLiteral("--task"), QStringLiteral("1"), QStringLiteral("--task"),
                             QStringLiteral("2"), QStringLiteral("--within"), QStringLiteral("3")}));
    // THEN the number is printed alone and the PDF says it, with the unit and each task
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out, u("督字〔2023〕第1号\n"));
    ASSERT_TRUE(QFileInfo(pdf).size() > 1000);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u("督字〔2023〕第1号"))) << text.toStdString();
    EXPECT_TRUE(text.contains(u("新区经济发展局"))) << text.toStdString();
    EXPECT_TRUE(text.contains(u("激发民间投资活力"))) << text.toStdString();
    EXPECT_TRUE(text.contains(u("项目建设竞赛活动"))) << text.toStdString();
    // AND one 督办 record per task points at the notice, due 3 working days later (2023-07-11)
    EXPECT_EQ(
        count(db, QStringLiteral("SELECT count(*) FROM supervision_records WHERE notice_id = 1 AND kind = 1 "
                                 "AND response_due = '2023-07-11'")),
        2);

    // Without --task: the unit's red and yellow led tasks; the next number of its kind and year.
    const ProcessResult second = run("notice", db, noticeArgs(dir.file(QStringLiteral("n2.pdf"))));
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(second.out.trimmed(), u("督字〔2023〕第2号"));
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM supervision_records WHERE notice_id = 2")), 2);
    QStringList reminder =
        noticeArgs(dir.file(QStringLiteral("r1.pdf")), {QStringLiteral("--task"), QStringLiteral("1")});
    reminder[3] = u("催办");
    const ProcessResult third = run("notice", db, reminder);
    ASSERT_EQ(third.exitCode, 0) << third.err.toStdString();
    EXPECT_EQ(third.out.trimmed(), u("催字〔2023〕第1号"));
    EXPECT_TRUE(pdfText(dir.file(QStringLiteral("r1.pdf"))).contains(u("催字〔2023〕第1号")));

    // The file is not replaced without --overwrite.
    const ProcessResult again =
        run("notice", db, noticeArgs(pdf, {QStringLiteral("--task"), QStringLiteral("1")}));
    EXPECT_EQ(again.exitCode, 2) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("--overwrite"))) << again.err.toStdString();
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM notices")), 3);
}

TEST(NoticeCommand, RecordsTheResponseAgainstTheNotice)
{
    TempDir dir;
    const QString db = importSeed(dir);
    ASSERT_EQ(
        run("notice", db,
            noticeArgs(dir.file(QStringLiteral("n.pdf")), {QStringLiteral("--task"), QStringLiteral("1"),
                                                           QStringLiteral("--task"), QStringLiteral("2")}))
            .exitCode,
        0);
    const QStringList respond{QStringLiteral("--respond"), u("督字〔2023〕第1号"),
                              QStringLiteral("--date"),    QStringLiteral("2023-07-10"),
                              QStringLiteral("--text"),    u("已完成整改")};
    const ProcessResult r = run("notice", db, respond);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u("督字〔2023〕第1号"))) << r.out.toStdString();
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM notices WHERE responded_on = '2023-07-10'")), 1);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM supervision_records WHERE notice_id = 1 AND "
                                       "responded_on = '2023-07-10'")),
              2);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM task_history WHERE kind = 'response'")), 2);
    // A second response, an unknown number, a response mixed with issuing: bad input.
    EXPECT_EQ(run("notice", db, respond).exitCode, 2);
    QStringList unknown = respond;
    unknown[1] = QStringLiteral("督办-2023-9");
    EXPECT_EQ(run("notice", db, unknown).exitCode, 2);
    EXPECT_EQ(run("notice", db, respond + QStringList{QStringLiteral("--unit"), u("园区")}).exitCode, 2);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM task_history WHERE kind = 'response'")), 2);
}

TEST(NoticeCommand, BadInputWritesNothing)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QString pdf = dir.file(QStringLiteral("bad.pdf"));
    struct Case
    {
        QStringList args;
        const char *says;
    };
    QStringList noOut = noticeArgs(pdf);
    noOut.removeAt(noOut.indexOf(QStringLiteral("--out")) + 1);
    noOut.removeAll(QStringLiteral("--out"));
    QStringList otherKind = noticeArgs(pdf);
    otherKind[3] = u("通报");
    QStringList noUnit = noticeArgs(pdf);
    noUnit[1] = u("不存在的单位");
    for (const Case &c :
         {Case{noOut, "--out is required"}, Case{otherKind, "--kind is 催办"}, Case{noUnit, "不存在的单位"},
          Case{noticeArgs(pdf, {QStringLiteral("--task"), QStringLiteral("99")}), "99"},
          Case{noticeArgs(pdf, {QStringLiteral("--due"), QStringLiteral("2023-07-20"),
                                QStringLiteral("--within"), QStringLiteral("3")}),
               "not both"},
          Case{noticeArgs(pdf, {QStringLiteral("--due"), QStringLiteral("2023-07-01")}), "cannot be due"},
          Case{noticeArgs(pdf, {QStringLiteral("--date"), QStringLiteral("2023-07-01")}), "--as-of"},
          Case{noticeArgs(pdf, {QStringLiteral("--within"), QStringLiteral("many")}), "--within"}}) {
        const ProcessResult r = run("notice", db, c.args);
        EXPECT_EQ(r.exitCode, 2) << c.says << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(c.says))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(pdf));
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM notices")), 0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM supervision_records")), 0);

    const QString missing = dir.file(QStringLiteral("missing.sqlite"));
    const ProcessResult r = run("notice", missing, noticeArgs(pdf));
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_FALSE(QFileInfo::exists(pdf));
}
