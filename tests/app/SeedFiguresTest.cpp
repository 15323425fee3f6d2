// Issue 13's figures on the seed with reports: the synthetic reports of tests/data/seed-reports-2023.tsv
// typed in through `duban report`, and the lights, schedules and report states `duban tasks --json`
// gives checked against the office's rules applied here to the same reports.
#include "RunDuban.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <memory>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::TempDir;

namespace {

/// One line of the TSV: a progress report as the office received it.
struct Report
{
    QString code;
    QDate date;
    QString unit;
    int percent = 0;
    QString text;
};

/// The reports of the TSV (comment lines start with '#', then a header line); an error names a bad line.
QList<Report> readReports(QString *error)
{
    QList<Report> reports;
    const QStringList lines =
        QString::fromUtf8(duban::test::readAll(duban::test::seedReportsPath())).split(QLatin1Char('\n'));
    bool header = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QStringList f = line.split(QLatin1Char('\t'));
        bool ok = false;
        const Report r{f.value(0), QDate::fromString(f.value(1), Qt::ISODate), f.value(2),
                       f.value(3).toInt(&ok), f.value(4)};
        if (f.size() != 5 || !r.date.isValid() || !ok || r.unit.isEmpty() || r.text.isEmpty()) {
            *error = QStringLiteral("line %1 of the TSV is malformed: %2").arg(i + 1).arg(line);
            return {};
        }
        reports.append(r);
    }
    return reports;
}

QString codeOf(const QJsonValue &task)
{
    return task.toObject().value(QStringLiteral("code")).toString();
}

bool hasReason(const QJsonObject &task, const QString &kind, const QString &date = {})
{
    const QJsonArray reasons = task.value(QStringLiteral("reasons")).toArray();
    for (const QJsonValue &r : reasons) {
        const QJsonObject reason = r.toObject();
        if (reason.value(QStringLiteral("kind")).toString() == kind &&
            (date.isEmpty() || reason.value(QStringLiteral("date")).toString() == date))
            return true;
    }
    return false;
}

QSet<QString> leadsOf(const QJsonObject &task)
{
    QSet<QString> leads;
    const QJsonArray array = task.value(QStringLiteral("leads")).toArray();
    for (const QJsonValue &lead : array)
        leads.insert(lead.toString());
    return leads;
}

/// The seed with every report of the TSV typed in, built once for the suite (about 180 runs of duban).
class SeedFigures : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<TempDir>();
        s_db = s_dir->file(QStringLiteral("seed.sqlite"));
        s_listings.clear();
        s_error = buildLedger();
    }

    static void TearDownTestSuite() { s_dir.reset(); }

    void SetUp() override { ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString(); }

    /// `duban tasks --json` as of `asOf`, read once per date.
    static QJsonArray listing(const QString &asOf)
    {
        if (!s_listings.contains(asOf)) {
            const ProcessResult r = runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), s_db,
                                              QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
            EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
            s_listings.insert(asOf, QJsonDocument::fromJson(r.out.toUtf8()).array());
        }
        return s_listings.value(asOf);
    }

    /// The latest percent as of `asOf` from the TSV (of several reports that day, the highest); -1 if none.
    static int latestPercent(const QString &code, QDate asOf)
    {
        QDate latest;
        int percent = -1;
        for (const Report &r : std::as_const(s_reports)) {
            if (r.code != code || r.date > asOf)
                continue;
            if (!latest.isValid() || r.date > latest || (r.date == latest && r.percent > percent)) {
                latest = r.date;
                percent = r.percent;
            }
        }
        return percent;
    }

    /// The first report of one of `leads` dated from `first` to `asOf`; null if none.
    static QDate firstLeadReport(const QString &code, const QSet<QString> &leads, QDate first, QDate asOf)
    {
        QDate earliest;
        for (const Report &r : std::as_const(s_reports))
            if (r.code == code && leads.contains(r.unit) && r.date >= first && r.date <= asOf &&
                (!earliest.isValid() || r.date < earliest))
                earliest = r.date;
        return earliest;
    }

    static inline std::unique_ptr<TempDir> s_dir;
    static inline QString s_db;
    static inline QString s_error;
    static inline QList<Report> s_reports;
    static inline QJsonArray s_imported; ///< the tasks of `duban import --json`, with their milestones
    static inline QMap<QString, QJsonArray> s_listings;

private:
    /// Imports the seed and types every report in; what went wrong, or nothing.
    static QString buildLedger()
    {
        QString error;
        s_reports = readReports(&error);
        if (!error.isEmpty())
            return error;
        if (s_reports.size() < 150)
            return QStringLiteral("only %1 reports in the TSV").arg(s_reports.size());
        const ProcessResult imported = runDuban({QStringLiteral("import"), duban::test::seedPath(),
                                                 QStringLiteral("--db"), s_db, QStringLiteral("--json")});
        if (imported.exitCode != 0)
            return QStringLiteral("import failed: ") + imported.err;
        s_imported =
            QJsonDocument::fromJson(imported.out.toUtf8()).object().value(QStringLiteral("tasks")).toArray();
        // Every unit acknowledges (签收) its tasks on 2023-03-24, two days after 交办: these figures are the
        // office's schedule rules alone (a unit that never signs is the loop walk-through's).
        for (const QJsonValue &task : std::as_const(s_imported)) {
            const QJsonObject t = task.toObject();
            QStringList units;
            for (const char *role : {"leads", "co"})
                for (const QJsonValue &unit : t.value(QLatin1String(role)).toArray())
                    units.append(unit.toString());
            for (const QString &unit : std::as_const(units)) {
                const ProcessResult signedOff =
                    runDuban({QStringLiteral("sign"), QStringLiteral("--db"), s_db, QStringLiteral("--task"),
                              t.value(QStringLiteral("code")).toString(), QStringLiteral("--unit"), unit,
                              QStringLiteral("--date"), QStringLiteral("2023-03-24")});
                if (signedOff.exitCode != 0)
                    return QStringLiteral("duban sign refused %1 %2: %3")
                        .arg(t.value(QStringLiteral("code")).toString(), unit, signedOff.err);
            }
        }
        for (const Report &r : std::as_const(s_reports)) {
            const ProcessResult typed = runDuban(
                {QStringLiteral("report"), QStringLiteral("--db"), s_db, QStringLiteral("--task"), r.code,
                 QStringLiteral("--date"), r.date.toString(Qt::ISODate), QStringLiteral("--unit"), r.unit,
                 QStringLiteral("--percent"), QString::number(r.percent), QStringLiteral("--text"), r.text});
            if (typed.exitCode != 0)
                return QStringLiteral("duban report refused %1 %2 %3: %4")
                    .arg(r.code, r.date.toString(Qt::ISODate), r.unit, typed.err);
        }
        return {};
    }
};

} // namespace

TEST_F(SeedFigures, TheFirstOfJulyChangesNoLightButTheMilestoneDueOnJune30)
{
    // GIVEN the lights as of June 30 and July 1: the same share of time (6 of 12 months) and the same
    // report owed (May's, due by June 5), so only a cause dated June 30 or July 1 can change a light
    const QJsonArray june = listing(QStringLiteral("2023-06-30"));
    const QJsonArray july = listing(QStringLiteral("2023-07-01"));
    ASSERT_EQ(june.size(), 38);
    ASSERT_EQ(july.size(), 38);
    QSet<QString> milestoneDue; // a milestone dated June 30: missed from July 1
    for (const QJsonValue &task : std::as_const(s_imported)) {
        const QJsonArray milestones = task.toObject().value(QStringLiteral("milestones")).toArray();
        for (const QJsonValue &m : milestones)
            if (m.toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2023-06-30"))
                milestoneDue.insert(codeOf(task));
    }
    QSet<QString> reportedOnFirst; // 2023-07-01 was a Saturday: the TSV has none, but they would count
    for (const Report &r : std::as_const(s_reports))
        if (r.date == QDate(2023, 7, 1))
            reportedOnFirst.insert(r.code);
    EXPECT_TRUE(reportedOnFirst.isEmpty()) << "the comparison below skips tasks reported on July 1";

    // WHEN the two days are compared task by task
    int greenJune = 0;
    int greenJuly = 0;
    QSet<QString> changed;
    for (qsizetype i = 0; i < june.size(); ++i) {
        const QJsonObject before = june.at(i).toObject();
        const QJsonObject after = july.at(i).toObject();
        const QString code = codeOf(before);
        ASSERT_EQ(codeOf(after), code);
        const QString light = QStringLiteral("light");
        greenJune += before.value(light).toString() == QStringLiteral("green");
        greenJuly += after.value(light).toString() == QStringLiteral("green");
        if (before.value(light) != after.value(light))
            changed.insert(code);
        if (reportedOnFirst.contains(code))
            continue;
        for (const char *key : {"schedule", "share", "report", "percent"})
            EXPECT_EQ(before.value(QLatin1String(key)), after.value(QLatin1String(key)))
                << code.toStdString() << " " << key;
    }

    // THEN as many tasks are green on both days (no swing on the first of the month), and the only lights
    // that change are those of the tasks whose milestone fell due on June 30, which turn red for it
    EXPECT_GT(greenJune, 0);
    EXPECT_EQ(greenJune, greenJuly);
    EXPECT_EQ(changed - reportedOnFirst, milestoneDue);
    EXPECT_EQ(milestoneDue, QSet<QString>{QStringLiteral("28")}); // the seed's H1 milestone
    for (const QJsonValue &task : july)
        if (milestoneDue.contains(codeOf(task))) {
            EXPECT_EQ(task.toObject().value(QStringLiteral("light")).toString(), QStringLiteral("red"));
            EXPECT_TRUE(
                hasReason(task.toObject(), QStringLiteral("milestone-missed"), QStringLiteral("2023-06-30")));
        }
}

TEST_F(SeedFigures, AsOfJulyFirstEveryOpenTaskBelowHalfIsBehindAndNoOtherIs)
{
    // GIVEN the lights as of July 1, when half of every full-year task's time has elapsed
    const QDate asOf(2023, 7, 1);
    const QJsonArray tasks = listing(asOf.toString(Qt::ISODate));
    ASSERT_EQ(tasks.size(), 38);
    int behind = 0;
    int open = 0;
    for (const QJsonValue &v : tasks) {
        const QJsonObject task = v.toObject();
        const QString code = codeOf(task);
        if (task.value(QStringLiteral("status")).toString() != QStringLiteral("open"))
            continue;
        ++open;
        EXPECT_EQ(task.value(QStringLiteral("share")).toDouble(), 50.0) << code.toStdString();
        // WHEN its latest percent is taken from the TSV (none: nothing done)
        const int percent = latestPercent(code, asOf);
        EXPECT_EQ(task.value(QStringLiteral("percent")).toInt(-1), percent) << code.toStdString();
        // THEN it is behind schedule exactly when that is below 50 %
        const bool listedBehind = hasReason(task, QStringLiteral("behind-schedule"));
        EXPECT_EQ(listedBehind, percent < 50) << code.toStdString() << " at " << percent << " %";
        behind += listedBehind;
    }
    EXPECT_GT(behind, 0);
    EXPECT_LT(behind, open); // both sides of the line are tried
}

TEST_F(SeedFigures, ReportStatesFollowTheFirstLeadReportSinceThePeriodOwedBegan)
{
    // The period owed as of a date: the latest month whose report (due by the 5th of the next month) is
    // past due. March is owed (it ends after the plan's issue, 2023-03-22).
    struct Owed
    {
        QDate asOf;
        QDate first;
        QDate due;
    };
    const QList<Owed> cases{
        {QDate(2023, 4, 6), QDate(2023, 3, 1), QDate(2023, 4, 5)},
        {QDate(2023, 6, 30), QDate(2023, 5, 1), QDate(2023, 6, 5)},
        {QDate(2023, 7, 1), QDate(2023, 5, 1), QDate(2023, 6, 5)},
        {QDate(2023, 7, 6), QDate(2023, 6, 1), QDate(2023, 7, 5)},
    };
    for (const Owed &owed : cases) {
        const QString asOf = owed.asOf.toString(Qt::ISODate);
        QMap<QString, int> states;
        const QJsonArray tasks = listing(asOf);
        ASSERT_EQ(tasks.size(), 38);
        for (const QJsonValue &v : tasks) {
            const QJsonObject task = v.toObject();
            const QString code = codeOf(task);
            // missing: no report of a lead unit since the period began; late: the first came after the due
            // day
            const QDate first = firstLeadReport(code, leadsOf(task), owed.first, owed.asOf);
            const QString expected = !first.isValid()   ? QStringLiteral("missing")
                                     : first > owed.due ? QStringLiteral("late")
                                                        : QStringLiteral("on-time");
            EXPECT_EQ(task.value(QStringLiteral("report")).toString(), expected)
                << code.toStdString() << " as of " << asOf.toStdString();
            ++states[expected];
        }
        if (owed.asOf == QDate(2023, 7, 6)) { // the TSV's June has every state
            EXPECT_GT(states.value(QStringLiteral("missing")), 0);
            EXPECT_GT(states.value(QStringLiteral("late")), 0);
            EXPECT_GT(states.value(QStringLiteral("on-time")), 0);
        }
    }
}

TEST_F(SeedFigures, NoReportIsOwedOnAprilFirst)
{
    // As of April 1 the report owed would be February's (March's is due by April 5), and February ended
    // before the plan was issued on 2023-03-22
    const QJsonArray tasks = listing(QStringLiteral("2023-04-01"));
    ASSERT_EQ(tasks.size(), 38);
    for (const QJsonValue &task : tasks) {
        EXPECT_EQ(task.toObject().value(QStringLiteral("report")).toString(), QStringLiteral("not-owed"))
            << codeOf(task).toStdString();
        EXPECT_FALSE(hasReason(task.toObject(), QStringLiteral("report-missing")))
            << codeOf(task).toStdString();
    }
}
