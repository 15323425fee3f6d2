// duban brief run as a real process: the seed plan's briefing as of 2023-07-01, issue numbering, bad input.
#include "support/TempDir.h"

#include "core/briefing/BriefingArchive.h"
#include "core/storage/Database.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <sys/stat.h>
#include <unistd.h>

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
    duban::core::BriefingArchive archive(*database);
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

namespace {

/// The files in `folder`, sorted (hidden ones too: a stray temporary file is hidden).
QStringList filesIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    return names;
}

int archivedIssues(const QString &db)
{
    duban::core::StorageError error;
    auto database = duban::core::Database::openExisting(db, &error);
    EXPECT_TRUE(database) << error.message.toStdString();
    return database ? int(duban::core::BriefingArchive(*database).all().size()) : -1;
}

ProcessResult brief(const QString &db, const QString &out, const QStringList &more = {})
{
    return runDuban(QStringList{QStringLiteral("brief"), QStringLiteral("--db"), db,
                                QStringLiteral("--as-of"), QStringLiteral("2023-07-01"),
                                QStringLiteral("--out"), out} +
                    more);
}

} // namespace

TEST(BriefCommand, TheDatabaseItselfIsRefusedAsTheOutput)
{
    // GIVEN a ledger, a symbolic link to it and a second hard link
    TempDir dir;
    const QString db = importSeed(dir);
    const QString link = dir.file(QStringLiteral("link.pdf"));
    ASSERT_TRUE(QFile::link(db, link));
    const QString hard = dir.file(QStringLiteral("hard.pdf"));
    ASSERT_EQ(::link(QFile::encodeName(db).constData(), QFile::encodeName(hard).constData()), 0);
    const QByteArray bytes = duban::test::readAll(db);
    const QStringList before = filesIn(dir.path());
    // WHEN the briefing is to be written over it, its journal files, or another path to it
    const QStringList outputs{db,
                              db + QStringLiteral("-wal"),
                              db + QStringLiteral("-shm"),
                              db + QStringLiteral("-journal"),
                              dir.path() + QStringLiteral("/./seed.sqlite"),
                              link,
                              hard};
    for (const QString &out : outputs) {
        for (const QStringList &more : {QStringList{}, QStringList{QStringLiteral("--overwrite")}}) {
            const ProcessResult r = brief(db, out, more);
            // THEN it is refused as bad input, saying why
            EXPECT_EQ(r.exitCode, 2) << out.toStdString() << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(QStringLiteral("database"))) << r.err.toStdString();
        }
    }
    // and the database, the folder and the numbering are untouched
    EXPECT_EQ(duban::test::readAll(db), bytes);
    EXPECT_EQ(filesIn(dir.path()), before);
    EXPECT_EQ(archivedIssues(db), 0);
}

TEST(BriefCommand, FoldersDevicesAndFifosAreRefusedAsTheOutput)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QString fifo = dir.file(QStringLiteral("pipe.pdf"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QStringList before = filesIn(dir.path());
    struct Case
    {
        QString out;
        QString says;
    };
    for (const Case &c : {Case{dir.path(), QStringLiteral("folder")},
                          Case{QStringLiteral("/dev/full"), QStringLiteral("not a regular file")},
                          Case{QStringLiteral("/dev/null"), QStringLiteral("not a regular file")},
                          Case{fifo, QStringLiteral("not a regular file")}}) {
        const ProcessResult r = brief(db, c.out, {QStringLiteral("--overwrite")});
        EXPECT_EQ(r.exitCode, 2) << c.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.says)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.out)) << r.err.toStdString();
    }
    EXPECT_EQ(filesIn(dir.path()), before);
    EXPECT_EQ(archivedIssues(db), 0);
}

TEST(BriefCommand, AnExistingFileIsReplacedOnlyWithOverwrite)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QString pdf = dir.file(QStringLiteral("b.pdf"));
    duban::test::writeAll(pdf, "keep me");
    const QStringList before = filesIn(dir.path());
    // WHEN the output exists
    const ProcessResult refused = brief(db, pdf);
    // THEN it is kept, the message says how to replace it, and no issue is recorded
    EXPECT_EQ(refused.exitCode, 2) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("already exists"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--overwrite")));
    EXPECT_EQ(duban::test::readAll(pdf), QByteArray("keep me"));
    EXPECT_EQ(filesIn(dir.path()), before);
    EXPECT_EQ(archivedIssues(db), 0);
    // and with --overwrite it is replaced
    const ProcessResult replaced = brief(db, pdf, {QStringLiteral("--overwrite")});
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_TRUE(duban::test::readAll(pdf).startsWith("%PDF-"));
    EXPECT_EQ(filesIn(dir.path()), before);
    EXPECT_EQ(archivedIssues(db), 1);
}

TEST(BriefCommand, ASymbolicLinkIsReplacedNotWrittenThrough)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QString precious = dir.file(QStringLiteral("precious.txt"));
    duban::test::writeAll(precious, "precious");
    const QString link = dir.file(QStringLiteral("b.pdf"));
    ASSERT_TRUE(QFile::link(precious, link));
    // WHEN the briefing is written to a link without --overwrite, it is refused
    EXPECT_EQ(brief(db, link).exitCode, 2);
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    // and with --overwrite the link itself is replaced by the PDF, the file it pointed to untouched
    const ProcessResult r = brief(db, link, {QStringLiteral("--overwrite")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo(link).isSymLink());
    EXPECT_TRUE(duban::test::readAll(link).startsWith("%PDF-"));
    EXPECT_EQ(duban::test::readAll(precious), QByteArray("precious"));
}

TEST(BriefCommand, AWriteErrorIsAnErrorAndLeavesNothingBehind)
{
    // GIVEN a process that may not write files larger than 64 KiB (the PDF is larger)
    TempDir dir;
    const QString db = importSeed(dir);
    const QString pdf = dir.file(QStringLiteral("b.pdf"));
    const QStringList before = filesIn(dir.path());
    const QString script = QStringLiteral("trap '' XFSZ; ulimit -f 64; exec \"$0\" brief --db \"$1\" --as-of "
                                          "2023-07-01 --out \"$2\"");
    const ProcessResult r =
        run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script, QStringLiteral(DUBAN_BINARY), db, pdf});
    // THEN the command fails naming the file, and leaves neither the file nor a temporary file nor an issue
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(pdf)) << r.err.toStdString();
    EXPECT_EQ(filesIn(dir.path()), before);
    EXPECT_EQ(archivedIssues(db), 0);
}
