// Issue 14's walk-through on the seed, by command line: tests/data/loop-walkthrough.sh run on the real
// executable (交办 2023-03-22, 签收 by two of task 3's units and one never, the seed's reports with one 迟报
// in June, a 督办通知单 and its response, task 3's extension, task 1 requested, returned, requested again
// and 销号), and what it leaves checked: the lights, the stage, both deadlines, the history, the notice's
// PDF and the scores.
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using duban::test::TempDir;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

QJsonValue readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonObject taskByCode(const QJsonArray &tasks, const QString &code)
{
    for (const QJsonValue &t : tasks)
        if (t.toObject().value(QStringLiteral("code")).toString() == code)
            return t.toObject();
    return {};
}

QStringList reasonKinds(const QJsonObject &task)
{
    QStringList out;
    for (const QJsonValue &r : task.value(QStringLiteral("reasons")).toArray())
        out.append(r.toObject().value(QStringLiteral("kind")).toString());
    return out;
}

/// Runs the walk-through once for all the tests of this file.
class LoopWalkthrough : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), {QStringLiteral(DUBAN_SOURCE_DIR "/tests/data/loop-walkthrough.sh"),
                                         QStringLiteral(DUBAN_BINARY), s_dir->path()});
        const bool finished = p.waitForFinished(10 * 60 * 1000);
        s_output = QString::fromUtf8(p.readAll());
        s_ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(s_ok) << s_output.toStdString(); }

    static QString file(const QString &name) { return s_dir->path() + QLatin1Char('/') + name; }
    static QJsonArray tasksAsOf(const char *date)
    {
        return readJson(file(QStringLiteral("tasks-%1.json").arg(QLatin1String(date)))).toArray();
    }

    static inline TempDir *s_dir = nullptr;
    static inline QString s_output;
    static inline bool s_ok = false;
};

/// The checks, each on what the one run left.
class WalkthroughChecks : public LoopWalkthrough
{
protected:
    void checkTheUnitThatNeverSignedIsYellowAfterThreeWorkingDays()
    {
        // 交办 on Wednesday 2023-03-22: 签收 is due by Monday 03-27 (three working days); as of 03-28 task 3
        // is yellow for 新区自然资源规划局 alone, and no other task lacks a sign-off.
        const QJsonArray tasks = tasksAsOf("2023-03-28");
        ASSERT_FALSE(tasks.isEmpty());
        for (const QJsonValue &t : tasks) {
            const QJsonObject task = t.toObject();
            const bool notSigned = reasonKinds(task).contains(QStringLiteral("not-signed"));
            EXPECT_EQ(notSigned, task.value(QStringLiteral("code")).toString() == QStringLiteral("3"))
                << task.value(QStringLiteral("code")).toString().toStdString();
        }
        const QJsonObject t3 = taskByCode(tasks, QStringLiteral("3"));
        EXPECT_EQ(t3.value(QStringLiteral("light")).toString(), QStringLiteral("yellow"));
        for (const QJsonValue &r : t3.value(QStringLiteral("reasons")).toArray())
            if (r.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("not-signed")) {
                EXPECT_EQ(r.toObject().value(QStringLiteral("date")).toString(),
                          QStringLiteral("2023-03-27"));
                EXPECT_EQ(r.toObject().value(QStringLiteral("names")).toArray(),
                          QJsonArray({u("新区自然资源规划局")}));
            }
        // As of 03-27, the last day allowed, it is not yet a reason.
        EXPECT_FALSE(reasonKinds(taskByCode(tasksAsOf("2023-03-27"), QStringLiteral("3")))
                         .contains(QStringLiteral("not-signed")));
    }

    void checkJunesReportsHaveOneLateReport()
    {
        const QJsonArray tasks = tasksAsOf("2023-07-06");
        QStringList late;
        for (const QJsonValue &t : tasks)
            if (t.toObject().value(QStringLiteral("report")).toString() == QStringLiteral("late"))
                late.append(t.toObject().value(QStringLiteral("code")).toString());
        EXPECT_EQ(late, QStringList{QStringLiteral("24")});
    }

    void checkTaskThreeIsNotRedOnNewYearsDayWithItsApprovedExtension()
    {
        const QJsonObject t3 = taskByCode(tasksAsOf("2024-01-01"), QStringLiteral("3"));
        EXPECT_NE(t3.value(QStringLiteral("light")).toString(), QStringLiteral("red"));
        EXPECT_FALSE(reasonKinds(t3).contains(QStringLiteral("overdue")));
        EXPECT_EQ(t3.value(QStringLiteral("deadline")).toString(), QStringLiteral("2024-03-31"));
        EXPECT_EQ(t3.value(QStringLiteral("deadline_original")).toString(), QStringLiteral("2023-12-31"));
        EXPECT_EQ(t3.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        EXPECT_EQ(t3.value(QStringLiteral("stage")).toString(), QStringLiteral("in-progress"));
    }

    void checkTaskOneIsRequestedReturnedRequestedAgainAndClosed()
    {
        const QJsonObject t1 = taskByCode(tasksAsOf("2024-01-01"), QStringLiteral("1"));
        EXPECT_EQ(t1.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        EXPECT_EQ(t1.value(QStringLiteral("stage")).toString(), QStringLiteral("closed"));
        EXPECT_EQ(t1.value(QStringLiteral("completed_on")).toString(), QStringLiteral("2023-11-30"));

        const QJsonArray history = readJson(file(QStringLiteral("history-1.json"))).toArray();
        ASSERT_FALSE(history.isEmpty());
        EXPECT_EQ(history.first().toObject().value(QStringLiteral("kind")).toString(),
                  QStringLiteral("assigned"));
        QStringList loop;
        QString returnReason;
        for (const QJsonValue &e : history) {
            const QJsonObject entry = e.toObject();
            const QString kind = entry.value(QStringLiteral("kind")).toString();
            EXPECT_EQ(entry.value(QStringLiteral("actor")).toString(), u("督查室王五"));
            if (kind.startsWith(QStringLiteral("completion-"))) {
                loop.append(kind + QLatin1Char(' ') + entry.value(QStringLiteral("date")).toString());
                if (kind == QStringLiteral("completion-returned"))
                    returnReason = entry.value(QStringLiteral("text")).toString();
            }
        }
        EXPECT_EQ(loop, QStringList({QStringLiteral("completion-requested 2023-11-20"),
                                     QStringLiteral("completion-returned 2023-11-22"),
                                     QStringLiteral("completion-requested 2023-11-28"),
                                     QStringLiteral("completion-approved 2023-11-30")}));
        EXPECT_EQ(returnReason, u("缺少投资完成额佐证材料"));
    }

    void checkTheNoticeIsANumberedChinesePdf()
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {file(QStringLiteral("notice.pdf")), QStringLiteral("-")});
        ASSERT_TRUE(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char(' '));
        EXPECT_TRUE(text.contains(u("督办通知单"))) << text.toStdString();
        EXPECT_TRUE(text.contains(u("督字〔2023〕第1号")));
        EXPECT_TRUE(text.contains(u("新区自然资源规划局")));
        EXPECT_TRUE(text.contains(u("强化项目要素保障")));
        // Dated 2023-07-06, before the extension: the deadline of then, not the one approved in December.
        EXPECT_TRUE(text.contains(QStringLiteral("2023-12-31")));
        EXPECT_FALSE(text.contains(QStringLiteral("2024-03-31")));
    }

    void checkScoresRankEveryUnitAndExplainTheUnsignedOne()
    {
        const QJsonArray scores = readJson(file(QStringLiteral("scores.json"))).toArray();
        ASSERT_GT(scores.size(), 10);
        int previous = 1 << 30;
        QJsonObject natural;
        for (const QJsonValue &v : scores) {
            const QJsonObject s = v.toObject();
            EXPECT_LE(s.value(QStringLiteral("score")).toInt(), previous) << "ranked best first";
            previous = s.value(QStringLiteral("score")).toInt();
            if (s.value(QStringLiteral("unit")).toString() == u("新区自然资源规划局"))
                natural = s;
        }
        ASSERT_FALSE(natural.isEmpty());
        // Its one item: the 未签收 of task 3 (−1), and its response came in time, so no more.
        EXPECT_EQ(natural.value(QStringLiteral("score")).toInt(), 99);
        const QJsonArray items = natural.value(QStringLiteral("items")).toArray();
        ASSERT_EQ(items.size(), 1);
        EXPECT_EQ(items.first().toObject().value(QStringLiteral("kind")).toString(),
                  QStringLiteral("not-signed"));
        EXPECT_EQ(items.first().toObject().value(QStringLiteral("task")).toString(), QStringLiteral("3"));
        EXPECT_EQ(items.first().toObject().value(QStringLiteral("points")).toInt(), -1);
    }
};

} // namespace

// One run of the script (ten seconds) for all the checks: each is a section of its own.
TEST_F(WalkthroughChecks, OnTheSeed)
{
    {
        SCOPED_TRACE("TheUnitThatNeverSignedIsYellowAfterThreeWorkingDays");
        checkTheUnitThatNeverSignedIsYellowAfterThreeWorkingDays();
    }
    {
        SCOPED_TRACE("JunesReportsHaveOneLateReport");
        checkJunesReportsHaveOneLateReport();
    }
    {
        SCOPED_TRACE("TaskThreeIsNotRedOnNewYearsDayWithItsApprovedExtension");
        checkTaskThreeIsNotRedOnNewYearsDayWithItsApprovedExtension();
    }
    {
        SCOPED_TRACE("TaskOneIsRequestedReturnedRequestedAgainAndClosed");
        checkTaskOneIsRequestedReturnedRequestedAgainAndClosed();
    }
    {
        SCOPED_TRACE("TheNoticeIsANumberedChinesePdf");
        checkTheNoticeIsANumberedChinesePdf();
    }
    {
        SCOPED_TRACE("ScoresRankEveryUnitAndExplainTheUnsignedOne");
        checkScoresRankEveryUnitAndExplainTheUnsignedOne();
    }
}
