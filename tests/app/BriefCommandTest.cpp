// duban brief run as a real process: the seed plan's briefing as of 2023-07-01, issue numbering, bad input.
#include "support/TempDir.h"

#include "core/briefing/BriefingArchive.h"
#include "core/storage/Database.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using duban::test::TempDir;

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult run(const QString &program, const QStringList &args, bool duban = true)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai"));
    if (duban) {
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // brief must choose offscreen by itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/nonexistent-duban-test-config"));
    env.remove(QStringLiteral("DUBAN_DB"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return ProcessResult{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                         QString::fromUtf8(p.readAllStandardError())};
}

ProcessResult runDuban(const QStringList &args)
{
    return run(QStringLiteral(DUBAN_BINARY), args);
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"), false).out;
}

QString importSeed(const TempDir &dir)
{
    const QString db = dir.file(QStringLiteral("seed.sqlite"));
    const ProcessResult r =
        runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return db;
}

} // namespace

TEST(BriefCommand, SeedBriefingAsOfJulyFirstWithoutADisplay)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QString pdf = dir.file(QStringLiteral("b.pdf"));
    const ProcessResult r =
        runDuban({QStringLiteral("brief"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                  QStringLiteral("2023-07-01"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("issue 1"))) << r.out.toStdString();
    const QString info = run(QStringLiteral("pdfinfo"), {pdf}, false).out;
    EXPECT_TRUE(info.contains(QStringLiteral("595"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("842")));
    QString text = pdfText(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    // The two red tasks of the seed as of July 1 with their lead units, and the counts
    EXPECT_TRUE(
        text.contains(QStringLiteral("Task2“开展“五比五看”项目建设竞赛活动”(leadunit:新区经济发展局)")))
        << text.left(3000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Task28“构建“政策找企业”机制”(leadunit:新区科技创新和产业促进局（大学科技园办公室）)")));
    EXPECT_TRUE(text.contains(QStringLiteral("sets38keytasks")));
    EXPECT_TRUE(text.contains(QStringLiteral("red:2(5.3%)")));
    EXPECT_TRUE(pdfText(pdf, 1).contains(QStringLiteral("— 1 —")));
    EXPECT_TRUE(pdfText(pdf, 2).contains(QStringLiteral("— 2 —")));
}

TEST(BriefCommand, IssuesAreNumberedAndRemembered)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QStringList base{QStringLiteral("brief"),   QStringLiteral("--db"),       db,
                           QStringLiteral("--as-of"), QStringLiteral("2023-07-01"), QStringLiteral("--out")};
    ASSERT_EQ(runDuban(base + QStringList{dir.file(QStringLiteral("1.pdf"))}).exitCode, 0);
    ProcessResult r = runDuban(base + QStringList{dir.file(QStringLiteral("2.pdf"))});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("issue 2"))) << r.out.toStdString();
    r = runDuban(base + QStringList{dir.file(QStringLiteral("9.pdf")), QStringLiteral("--issue"),
                                    QStringLiteral("9")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(pdfText(dir.file(QStringLiteral("9.pdf")), 1).contains(QStringLiteral("No. 9")));

    duban::core::StorageError error;
    auto database = duban::core::Database::open(db, &error);
    ASSERT_TRUE(database);
    duban::core::BriefingArchive archive(database->connection());
    EXPECT_EQ(archive.all().size(), 3);
    EXPECT_EQ(archive.nextIssue(QDate(2023, 8, 1)), 10);
}

TEST(BriefCommand, BadInputExitsWithTwoAndWritesNothing)
{
    TempDir dir;
    const QString db = importSeed(dir);
    EXPECT_EQ(runDuban({QStringLiteral("brief"), QStringLiteral("--db"), db}).exitCode, 2);
    const QString pdf = dir.file(QStringLiteral("x.pdf"));
    EXPECT_EQ(runDuban({QStringLiteral("brief"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf,
                        QStringLiteral("--as-of"), QStringLiteral("July")})
                  .exitCode,
              2);
    EXPECT_EQ(runDuban({QStringLiteral("brief"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf,
                        QStringLiteral("--issue"), QStringLiteral("0")})
                  .exitCode,
              2);
    EXPECT_FALSE(QFile::exists(pdf));
    const ProcessResult r =
        runDuban({QStringLiteral("brief"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  dir.file(QStringLiteral("no/such/folder/x.pdf"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());
}
