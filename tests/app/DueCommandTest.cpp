// duban due run as a real process on the seed: the due-soon list over the National Day holiday, as JSON and
// text, one unit's items, and bad input refused.
#include "RunDuban.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

ProcessResult run(const QString &db, const QStringList &args)
{
    return runDuban(QStringList{QStringLiteral("due"), QStringLiteral("--db"), db} + args);
}

QJsonArray dueJson(const QString &db, const QStringList &args)
{
    const ProcessResult r = run(db, args + QStringList{QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc.array();
}

} // namespace

TEST(DueCommand, ListsWhatComesDueOverTheHolidayAsJsonAndText)
{
    TempDir dir;
    const QString db = importSeed(dir);
    // 3 working days after 2023-09-27 is the 调休 Sunday 2023-10-08.
    const QJsonArray items = dueJson(db, {QStringLiteral("--as-of"), QStringLiteral("2023-09-27")});
    ASSERT_FALSE(items.isEmpty());
    QString previous;
    bool reportOfTask1 = false;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        EXPECT_EQ(o.keys(),
                  (QStringList{QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("task"),
                               QStringLiteral("text"), QStringLiteral("title"), QStringLiteral("unit")}));
        const QString date = o.value(QStringLiteral("date")).toString();
        EXPECT_GE(date, QStringLiteral("2023-09-27"));
        EXPECT_LE(date, QStringLiteral("2023-10-08"));
        EXPECT_GE(date, previous) << "sorted by date";
        previous = date;
        EXPECT_TRUE((QStringList{QStringLiteral("deadline"), QStringLiteral("milestone"),
                                 QStringLiteral("report"), QStringLiteral("response")})
                        .contains(o.value(QStringLiteral("kind")).toString()));
        reportOfTask1 =
            reportOfTask1 || (o.value(QStringLiteral("task")).toString() == QStringLiteral("1") &&
                              o.value(QStringLiteral("kind")).toString() == QStringLiteral("report") &&
                              date == QStringLiteral("2023-10-05") &&
                              o.value(QStringLiteral("unit")).toString() == u("新区经济发展局"));
    }
    EXPECT_TRUE(reportOfTask1) << "September's report of task 1 is due on 2023-10-05";

    // The example: 5 working days after 2023-09-28 reach 2023-10-11; 0 is the day itself.
    for (const QJsonValue &v : dueJson(db, {QStringLiteral("--as-of"), QStringLiteral("2023-09-28"),
                                            QStringLiteral("--within"), QStringLiteral("5")}))
        EXPECT_LE(v.toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2023-10-11"));
    for (const QJsonValue &v : dueJson(db, {QStringLiteral("--as-of"), QStringLiteral("2023-10-05"),
                                            QStringLiteral("--within"), QStringLiteral("0")}))
        EXPECT_EQ(v.toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2023-10-05"));

    // --unit keeps one unit's items (by the part only it contains, as elsewhere).
    const QJsonArray unit = dueJson(db, {QStringLiteral("--as-of"), QStringLiteral("2023-09-27"),
                                         QStringLiteral("--unit"), u("新区经济发展局")});
    ASSERT_FALSE(unit.isEmpty());
    EXPECT_LT(unit.size(), items.size());
    for (const QJsonValue &v : unit)
        EXPECT_EQ(v.toObject().value(QStringLiteral("unit")).toString(), u("新区经济发展局"));

    // Text: one tab-separated line per item, the same count.
    const ProcessResult text = run(db, {QStringLiteral("--as-of"), QStringLiteral("2023-09-27")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), items.size());
    EXPECT_EQ(lines.first().split(u'\t').size(), 6) << lines.first().toStdString();
}

TEST(DueCommand, BadInputIsRefusedAndAMissingDatabaseIsNotCreated)
{
    TempDir dir;
    const QString db = importSeed(dir);
    for (const QStringList &args :
         {QStringList{QStringLiteral("--within"), QStringLiteral("x")},
          QStringList{QStringLiteral("--within"), QStringLiteral("-1")},
          QStringList{QStringLiteral("--within"), QStringLiteral("999")},
          QStringList{QStringLiteral("--as-of"), QStringLiteral("2023-13-01")},
          QStringList{QStringLiteral("--unit"), u("不存在的单位")}, QStringList{QStringLiteral("extra")}}) {
        const ProcessResult r = run(db, args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_FALSE(r.err.isEmpty());
    }
    const QString missing = dir.file(QStringLiteral("missing.sqlite"));
    const ProcessResult r = run(missing, {});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));
}
