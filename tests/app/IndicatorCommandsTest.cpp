// duban targets and duban observe, run as real processes on a temporary copy of the seed ledger.
#include "RunDuban.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>

#include <sys/stat.h>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::TempDir;

namespace {

QString importSeed(const TempDir &dir)
{
    const QString db = dir.file(QStringLiteral("seed.sqlite"));
    const ProcessResult r =
        runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return db;
}

ProcessResult observe(const QString &db, const QString &indicator, const QString &period,
                      const QString &value)
{
    return runDuban({QStringLiteral("observe"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
                     indicator, QStringLiteral("--period"), period, QStringLiteral("--value"), value});
}

/// The targets as JSON, keyed "indicator|period".
QHash<QString, QJsonObject> targets(const QString &db, const QString &asOf)
{
    const ProcessResult r = runDuban({QStringLiteral("targets"), QStringLiteral("--db"), db,
                                      QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QHash<QString, QJsonObject> out;
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        out.insert(o.value(QStringLiteral("indicator")).toString() + QLatin1Char('|') +
                       o.value(QStringLiteral("period")).toString(),
                   o);
    }
    return out;
}

const QString kGdp = QStringLiteral("地区生产总值增长|2023");
const QString kGdpQ1 = QStringLiteral("地区生产总值增长|2023-Q1");

} // namespace

TEST(IndicatorCommands, TargetsListsEverySeedTargetWithoutData)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QHash<QString, QJsonObject> t = targets(db, QStringLiteral("2023-06-30"));
    EXPECT_GE(t.size(), 60); // keyed by indicator and period: 5G基站 has two 2023 targets (个 and 万个)
    const QJsonObject gdp = t.value(kGdp);
    EXPECT_EQ(gdp.value(QStringLiteral("comparator")).toString(), QStringLiteral("~"));
    EXPECT_EQ(gdp.value(QStringLiteral("target")).toDouble(), 7.5);
    EXPECT_EQ(gdp.value(QStringLiteral("stretch")).toDouble(), 8.0);
    EXPECT_EQ(gdp.value(QStringLiteral("measure")).toString(), QStringLiteral("%"));
    EXPECT_TRUE(gdp.value(QStringLiteral("latest")).isNull());
    EXPECT_EQ(gdp.value(QStringLiteral("state")).toString(), QStringLiteral("no-data"));
    EXPECT_TRUE(t.value(kGdpQ1).value(QStringLiteral("stretch")).isNull());
    // The plain listing: one tab-separated line per target
    const ProcessResult plain = runDuban({QStringLiteral("targets"), QStringLiteral("--db"), db});
    ASSERT_EQ(plain.exitCode, 0);
    EXPECT_EQ(plain.out.count(QLatin1Char('\n')), 70); // 15 plan targets + 55 task targets
    EXPECT_TRUE(plain.out.startsWith(QStringLiteral("地区生产总值增长\t2023\t-\t~7.5%\t8\tno-data\t-\n")))
        << plain.out.left(200).toStdString();
}

TEST(IndicatorCommands, AYearOfGdpGrowthTypedInIsJudgedAsOfEachDate)
{
    TempDir dir;
    const QString db = importSeed(dir);
    // GIVEN 1-2月 … 1-12月 entered one by one (Chinese periods, a substring of the name)
    const QStringList values = {QStringLiteral("6.2"), QStringLiteral("6.8"), QStringLiteral("7.0"),
                                QStringLiteral("7.1"), QStringLiteral("7.3"), QStringLiteral("7.4"),
                                QStringLiteral("7.5"), QStringLiteral("7.6"), QStringLiteral("7.6"),
                                QStringLiteral("7.7"), QStringLiteral("7.8")};
    for (int m = 2; m <= 12; ++m) {
        const ProcessResult r = observe(db, QStringLiteral("地区生产总值"),
                                        QStringLiteral("2023年1-%1月").arg(m), values.at(m - 2));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    // THEN at the end of March: annual behind (6.8 < 7.0), Q1 not met (1-3月 6.8 < 7)
    QHash<QString, QJsonObject> t = targets(db, QStringLiteral("2023-03-31"));
    EXPECT_EQ(t.value(kGdp).value(QStringLiteral("state")).toString(), QStringLiteral("behind"));
    EXPECT_EQ(t.value(kGdpQ1).value(QStringLiteral("state")).toString(), QStringLiteral("not-met"));
    EXPECT_EQ(
        t.value(kGdpQ1).value(QStringLiteral("latest")).toObject().value(QStringLiteral("period")).toString(),
        QStringLiteral("2023-03"));
    // At mid-year: on track with a projection; the Q1 target still judged on 1-3月
    t = targets(db, QStringLiteral("2023-06-30"));
    const QJsonObject mid = t.value(kGdp);
    EXPECT_EQ(mid.value(QStringLiteral("state")).toString(), QStringLiteral("on-track"));
    EXPECT_EQ(mid.value(QStringLiteral("latest")).toObject().value(QStringLiteral("value")).toDouble(), 7.3);
    EXPECT_FALSE(mid.value(QStringLiteral("projection")).isNull());
    EXPECT_NEAR(mid.value(QStringLiteral("gap")).toDouble(), -0.2, 1e-9);
    EXPECT_EQ(t.value(kGdpQ1).value(QStringLiteral("state")).toString(), QStringLiteral("not-met"));
    // After the year: met with 7.8, stretch (8) not reached
    t = targets(db, QStringLiteral("2024-01-31"));
    EXPECT_EQ(t.value(kGdp).value(QStringLiteral("state")).toString(), QStringLiteral("met"));
    EXPECT_TRUE(t.value(kGdp).value(QStringLiteral("final")).toBool());
    EXPECT_FALSE(t.value(kGdp).value(QStringLiteral("stretch_reached")).toBool());
}

TEST(IndicatorCommands, ObserveUpsertsByPeriod)
{
    TempDir dir;
    const QString db = importSeed(dir);
    ASSERT_EQ(
        observe(db, QStringLiteral("地区生产总值增长"), QStringLiteral("2023-06"), QStringLiteral("7.0"))
            .exitCode,
        0);
    const ProcessResult again =
        runDuban({QStringLiteral("observe"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
                  QStringLiteral("地区生产总值增长"), QStringLiteral("--period"), QStringLiteral("2023-06"),
                  QStringLiteral("--value"), QStringLiteral("7.3"), QStringLiteral("--source"),
                  QStringLiteral("统计局"), QStringLiteral("--note"), QStringLiteral("修订")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const QJsonObject gdp = targets(db, QStringLiteral("2023-07-01")).value(kGdp);
    EXPECT_EQ(gdp.value(QStringLiteral("latest")).toObject().value(QStringLiteral("value")).toDouble(), 7.3);
}

TEST(IndicatorCommands, AmbiguousUnknownAndBadInputAreErrors)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const ProcessResult ambiguous =
        observe(db, QStringLiteral("增长"), QStringLiteral("2023-06"), QStringLiteral("1"));
    EXPECT_EQ(ambiguous.exitCode, 2);
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("matches several indicators")));
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("地区生产总值增长")));
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("社会消费品零售总额增长")));
    const ProcessResult unknown =
        observe(db, QStringLiteral("不存在的指标"), QStringLiteral("2023-06"), QStringLiteral("1"));
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no indicator called")));
    EXPECT_EQ(observe(db, QStringLiteral("地区生产总值增长"), QStringLiteral("2023-13"), QStringLiteral("1"))
                  .exitCode,
              2);
    EXPECT_EQ(observe(db, QStringLiteral("地区生产总值增长"), QStringLiteral("2023-06"), QStringLiteral("x"))
                  .exitCode,
              2);
    EXPECT_EQ(runDuban({QStringLiteral("observe"), QStringLiteral("--db"), db}).exitCode, 2);
    EXPECT_EQ(runDuban({QStringLiteral("observe"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
                        QStringLiteral("地区生产总值增长")})
                  .exitCode,
              2);
    EXPECT_EQ(runDuban({QStringLiteral("targets"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                        QStringLiteral("yesterday")})
                  .exitCode,
              2);
    // Nothing was recorded by the failures
    EXPECT_TRUE(
        targets(db, QStringLiteral("2024-01-01")).value(kGdp).value(QStringLiteral("latest")).isNull());
}

TEST(IndicatorCommands, CsvWithBadRowsWritesNothingUnlessForced)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QString csv = dir.file(QStringLiteral("obs.csv"));
    // GB18030, with a header, a Chinese period, a bad value and an unknown indicator
    QStringEncoder gb("GB18030");
    ASSERT_TRUE(gb.isValid());
    duban::test::writeAll(csv, gb.encode(QStringLiteral("指标,期间,数值\n"
                                                        "地区生产总值增长,1-2月,6.2\n"
                                                        "地区生产总值增长,2023-03,六点八\n"
                                                        "社会消费品零售总额,2023年1-3月,8.4\n"
                                                        "没有的指标,2023-03,1\n")));
    const ProcessResult refused =
        runDuban({QStringLiteral("observe"), QStringLiteral("--db"), db, QStringLiteral("--csv"), csv});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("obs.csv:3:"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("obs.csv:5:")));
    EXPECT_FALSE(refused.err.contains(QStringLiteral("obs.csv:2:")));
    EXPECT_TRUE(
        targets(db, QStringLiteral("2023-12-31")).value(kGdp).value(QStringLiteral("latest")).isNull());

    const ProcessResult forced = runDuban({QStringLiteral("observe"), QStringLiteral("--db"), db,
                                           QStringLiteral("--csv"), csv, QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(forced.out.contains(QStringLiteral("2 observation(s) recorded")));
    const QHash<QString, QJsonObject> t = targets(db, QStringLiteral("2023-04-30"));
    EXPECT_EQ(
        t.value(kGdp).value(QStringLiteral("latest")).toObject().value(QStringLiteral("period")).toString(),
        QStringLiteral("2023-02"));
    EXPECT_EQ(
        t.value(QStringLiteral("社会消费品零售总额增长|2023-Q1")).value(QStringLiteral("state")).toString(),
        QStringLiteral("met"));
}

TEST(IndicatorCommands, NonFiniteValuesAreBadInputAndRecordNothing)
{
    TempDir dir;
    const QString db = importSeed(dir);
    // WHEN infinite, not-a-number and overflowing values are given
    for (const char *value : {"inf", "-inf", "nan", "infinity", "1e999"}) {
        const ProcessResult r = observe(db, QStringLiteral("地区生产总值增长"), QStringLiteral("2023-06"),
                                        QString::fromLatin1(value));
        // THEN each is bad input with a message that says why
        EXPECT_EQ(r.exitCode, 2) << value << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("finite number"))) << value << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromLatin1(value))) << r.err.toStdString();
    }
    // and a CSV with such a value is refused by line
    const QString csv = dir.file(QStringLiteral("obs.csv"));
    duban::test::writeAll(csv, QByteArray("地区生产总值增长,2023-02,6.2\n地区生产总值增长,2023-03,nan\n"));
    const ProcessResult fromCsv =
        runDuban({QStringLiteral("observe"), QStringLiteral("--db"), db, QStringLiteral("--csv"), csv});
    EXPECT_EQ(fromCsv.exitCode, 2);
    EXPECT_TRUE(fromCsv.err.contains(QStringLiteral("obs.csv:2:"))) << fromCsv.err.toStdString();
    // Nothing was recorded
    EXPECT_TRUE(
        targets(db, QStringLiteral("2024-01-01")).value(kGdp).value(QStringLiteral("latest")).isNull());
}

TEST(IndicatorCommands, CsvMustBeARegularFileOfAReadableSize)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QString fifo = dir.file(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString huge = dir.file(QStringLiteral("huge.csv"));
    {
        QFile f(huge);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(20LL * 1024 * 1024 + 1));
    }
    const QString empty = dir.file(QStringLiteral("empty.csv"));
    duban::test::writeAll(empty, {});
    struct Case
    {
        QString file;
        QString says;
    };
    for (const Case &c :
         {Case{QStringLiteral("/dev/zero"), QStringLiteral("not a regular file")},
          Case{fifo, QStringLiteral("not a regular file")}, Case{dir.path(), QStringLiteral("is a folder")},
          Case{huge, QStringLiteral("20 MB")}, Case{empty, QStringLiteral("empty")},
          Case{dir.file(QStringLiteral("missing.csv")), QStringLiteral("does not exist")}}) {
        QElapsedTimer timer;
        timer.start();
        const ProcessResult r = runDuban(
            {QStringLiteral("observe"), QStringLiteral("--db"), db, QStringLiteral("--csv"), c.file});
        EXPECT_LT(timer.elapsed(), 15000) << c.file.toStdString();
        EXPECT_EQ(r.exitCode, 2) << c.file.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.says)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.file)) << r.err.toStdString();
    }
}
