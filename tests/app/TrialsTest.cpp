// End-to-end trials of the storage layer with the real duban executable: concurrent writers, listings
// during a replacing import, a damaged large file and a full disk. Every database lives in a temporary
// folder (or a private tmpfs); nothing of the real user's is touched.
#include "RunDuban.h"
#include "support/TempDir.h"

#include "core/storage/Database.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

#include <sys/statvfs.h>
#include <unistd.h>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::TempDir;

namespace {

QString importInto(const QString &document, const QString &db, const QStringList &extra = {})
{
    const ProcessResult r =
        runDuban(QStringList{QStringLiteral("import"), document, QStringLiteral("--db"), db} + extra);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.err;
}

/// "indicator|period" → value, read straight from the file with the Qt SQLite driver.
QHash<QString, double> storedObservations(const QString &path)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("trials-read-%1").arg(++counter);
    QHash<QString, double> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            ADD_FAILURE() << db.lastError().text().toStdString();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT i.name, o.period, o.value FROM observations o "
                                       "JOIN indicators i ON i.id = o.indicator_id")))
                ADD_FAILURE() << q.lastError().text().toStdString();
            while (q.next())
                out.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString(),
                           q.value(2).toDouble());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

/// The journal files SQLite may leave next to a database.
QStringList leftovers(const QString &db)
{
    QStringList found;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        if (QFileInfo::exists(db + QLatin1String(suffix)))
            found.append(QFileInfo(db + QLatin1String(suffix)).fileName());
    return found;
}

void note(const std::string &text)
{
    std::printf("[ trials   ] %s\n", text.c_str());
    std::fflush(stdout);
}

} // namespace

TEST(Trials, ThreeWritersLoseNothing)
{
    QElapsedTimer timer;
    timer.start();
    // GIVEN the seed plan and three of its indicators
    TempDir dir;
    const QString db = dir.file(QStringLiteral("ledger.sqlite"));
    importInto(duban::test::seedPath(), db);
    const QStringList indicators =
        duban::test::strings({"地区生产总值增长", "固定资产投资增长", "社会消费品零售总额增长"});
    {
        const ProcessResult r =
            runDuban({QStringLiteral("targets"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        QSet<QString> names;
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        for (const QJsonValue &v : all)
            names.insert(v.toObject().value(QStringLiteral("indicator")).toString());
        for (const QString &name : indicators)
            ASSERT_TRUE(names.contains(name)) << name.toStdString();
    }
    constexpr int kWorkers = 3;
    constexpr int kCalls = 50;
    auto periodOf = [](int i) {
        return QStringLiteral("%1-%2").arg(2019 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
    };
    auto valueOf = [](int worker, int i) { return (worker + 1) * 1000 + i + 0.25; };

    // WHEN three workers each record 50 observations at the same time, each on its own indicator
    std::mutex mutex;
    QStringList failures;
    std::vector<std::thread> workers;
    for (int w = 0; w < kWorkers; ++w)
        workers.emplace_back([&, w] {
            for (int i = 0; i < kCalls; ++i) {
                const ProcessResult r = runDuban(
                    {QStringLiteral("observe"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
                     indicators.at(w), QStringLiteral("--period"), periodOf(i), QStringLiteral("--value"),
                     QString::number(valueOf(w, i), 'g', 12)});
                if (r.exitCode != 0) {
                    const std::lock_guard<std::mutex> lock(mutex);
                    failures.append(QStringLiteral("worker %1 call %2: exit %3: %4")
                                        .arg(w)
                                        .arg(i)
                                        .arg(r.exitCode)
                                        .arg(r.err.trimmed()));
                }
            }
        });
    for (std::thread &t : workers)
        t.join();

    // THEN no call failed and every one of the 150 values is in the file
    EXPECT_EQ(failures.size(), 0) << failures.join(QLatin1Char('\n')).toStdString();
    const QHash<QString, double> stored = storedObservations(db);
    int missing = 0;
    for (int w = 0; w < kWorkers; ++w)
        for (int i = 0; i < kCalls; ++i) {
            const QString key = indicators.at(w) + QLatin1Char('|') + periodOf(i);
            if (!stored.contains(key) || stored.value(key) != valueOf(w, i)) {
                ++missing;
                ADD_FAILURE() << "missing or wrong: " << key.toStdString() << " = " << stored.value(key);
            }
        }
    EXPECT_EQ(missing, 0);
    note(QStringLiteral("%1 observe calls, %2 failed, %3 values missing, %4 ms")
             .arg(kWorkers * kCalls)
             .arg(failures.size())
             .arg(missing)
             .arg(timer.elapsed())
             .toStdString());
}

TEST(Trials, ListingsDuringReplaceAreNeverTorn)
{
    QElapsedTimer timer;
    timer.start();
    // GIVEN two versions of the seed plan under the same number: B moves four deadlines before July,
    // in the first task, two in the middle and the last one, so that their lights differ on 2023-07-01,
    // and renames two tasks, so that a listing mixing the task rows of one with the lights of the
    // other shows too
    TempDir dir;
    const QString documentA = dir.file(QStringLiteral("a.txt"));
    const QString documentB = dir.file(QStringLiteral("b.txt"));
    const QByteArray seed = duban::test::readAll(duban::test::seedPath());
    ASSERT_FALSE(seed.isEmpty());
    QString textB = QString::fromUtf8(seed);
    const QList<QPair<QString, QString>> edits = {
        {QStringLiteral("全年推动实施重点项目"), QStringLiteral("6月底前推动实施重点项目")},
        {QStringLiteral("力争上半年启动一批政策申报"), QStringLiteral("力争5月底前启动一批政策申报")},
        {QStringLiteral("有序扩大规模，为全市"), QStringLiteral("6月底前有序扩大规模，为全市")},
        {QStringLiteral("设置高质量发展综合绩效评价考核专项"),
         QStringLiteral("5月底前设置高质量发展综合绩效评价考核专项")},
        {QStringLiteral("1. 激发民间投资活力。"), QStringLiteral("1. 激发民间投资活力（修订）。")},
        {QStringLiteral("33. 扩规产业基金。"), QStringLiteral("33. 扩大产业基金。")},
    };
    for (const auto &[from, to] : edits) {
        ASSERT_EQ(textB.count(from), 1) << from.toStdString();
        textB.replace(from, to);
    }
    duban::test::writeAll(documentA, seed);
    duban::test::writeAll(documentB, textB.toUtf8());
    const QStringList listing = {QStringLiteral("tasks"), QStringLiteral("--json"), QStringLiteral("--as-of"),
                                 QStringLiteral("2023-07-01"), QStringLiteral("--db")};
    auto expected = [&](const QString &document, const QString &name) {
        const QString db = dir.file(name);
        importInto(document, db);
        const ProcessResult r = runDuban(listing + QStringList{db});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out;
    };
    const QString listingA = expected(documentA, QStringLiteral("only-a.sqlite"));
    const QString listingB = expected(documentB, QStringLiteral("only-b.sqlite"));
    ASSERT_FALSE(listingA.isEmpty());
    ASSERT_NE(listingA, listingB);
    ASSERT_EQ(QJsonDocument::fromJson(listingA.toUtf8()).array().size(), 38);

    // WHEN one process after another replaces the plan by B, A, B, … while listings run meanwhile
    const QString db = dir.file(QStringLiteral("ledger.sqlite"));
    importInto(documentA, db);
    constexpr int kMinImports = 20;
    constexpr int kMinListings = 100;    // asserted
    constexpr int kWantedListings = 400; // aimed at, within the time budget
    constexpr qint64 kBudgetMs = 25000;
    std::atomic<bool> stop{false};
    std::atomic<int> imports{0};
    QStringList importFailures; // written by the importer only, read after join()
    std::thread importer([&] {
        for (int i = 0; !(stop && i >= kMinImports) && timer.elapsed() < kBudgetMs; ++i) {
            const ProcessResult r = runDuban({QStringLiteral("import"), i % 2 == 0 ? documentB : documentA,
                                              QStringLiteral("--replace"), QStringLiteral("--db"), db});
            if (r.exitCode != 0)
                importFailures.append(
                    QStringLiteral("import %1: exit %2: %3").arg(i).arg(r.exitCode).arg(r.err.trimmed()));
            ++imports;
        }
    });
    int listings = 0, sawA = 0, sawB = 0, torn = 0, failed = 0;
    QString firstTorn;
    while ((listings < kWantedListings || imports < kMinImports) && timer.elapsed() < kBudgetMs) {
        const ProcessResult r = runDuban(listing + QStringList{db});
        ++listings;
        if (r.exitCode != 0) {
            ++failed;
            ADD_FAILURE() << "listing " << listings << " failed: " << r.err.toStdString();
        } else if (r.out == listingA) {
            ++sawA;
        } else if (r.out == listingB) {
            ++sawB;
        } else {
            ++torn;
            if (firstTorn.isEmpty())
                firstTorn = r.out;
        }
    }
    stop = true;
    importer.join();

    // THEN every listing is exactly A's or exactly B's, and no import failed (no lock errors)
    EXPECT_EQ(torn, 0) << firstTorn.toStdString();
    EXPECT_EQ(failed, 0);
    EXPECT_GE(listings, kMinListings);
    EXPECT_GE(imports.load(), kMinImports);
    EXPECT_TRUE(importFailures.isEmpty()) << importFailures.join(QLatin1Char('\n')).toStdString();
    note(QStringLiteral("%1 imports (%2 failed), %3 listings: %4 A, %5 B, %6 torn, %7 failed; %8 ms")
             .arg(imports.load())
             .arg(importFailures.size())
             .arg(listings)
             .arg(sawA)
             .arg(sawB)
             .arg(torn)
             .arg(failed)
             .arg(timer.elapsed())
             .toStdString());
}

TEST(Trials, DamagedLargeFileIsRefusedByEveryCommand)
{
    QElapsedTimer timer;
    timer.start();
    // GIVEN a generated ledger larger than the always-checked size, listed once (which vouches for it)
    TempDir dir;
    const QString db = dir.file(QStringLiteral("large.sqlite"));
    {
        const ProcessResult r =
            runDuban({QStringLiteral("generate"), QStringLiteral("--db"), db, QStringLiteral("--tasks"),
                      QStringLiteral("60000"), QStringLiteral("--reports"), QStringLiteral("60000")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    const qint64 size = QFileInfo(db).size();
    ASSERT_GT(size, duban::core::Database::kAlwaysCheckBytes);
    {
        const ProcessResult r =
            runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), db, QStringLiteral("--overdue")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_FALSE(r.out.isEmpty());
    }
    // The integrity cache (in the test's own cache folder) now vouches for the file.
    {
        const QString cache =
            QDir::tempPath() +
            QStringLiteral("/duban-test-home-%1/cache").arg(QCoreApplication::applicationPid());
        bool vouched = false;
        QDirIterator it(cache, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            vouched |= duban::test::readAll(it.next()).contains(QFileInfo(db).absoluteFilePath().toUtf8());
        EXPECT_TRUE(vouched) << cache.toStdString();
    }
    // The sound file passes the full check.
    {
        const ProcessResult r = runDuban({QStringLiteral("check"), QStringLiteral("--db"), db});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("ok: "))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("passed"))) << r.out.toStdString();
    }

    // WHEN one 4096-byte page in the middle of the file is overwritten with 0xA5 bytes
    {
        QFile f(db);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(size / 2 / 4096 * 4096));
        ASSERT_EQ(f.write(QByteArray(4096, char(0xA5))), 4096);
    }
    const QByteArray damaged = fileHash(db);
    ASSERT_FALSE(damaged.isEmpty());

    // THEN every command refuses it as damaged, and none changes a byte of it
    const QString pdf = dir.file(QStringLiteral("brief.pdf"));
    const QList<QStringList> commands = {
        {QStringLiteral("tasks")},
        {QStringLiteral("targets")},
        duban::test::strings(
            {"observe", "--indicator", "地区生产总值增长", "--period", "2023-06", "--value", "5"}),
        {QStringLiteral("brief"), QStringLiteral("--out"), pdf},
        {QStringLiteral("import"), duban::test::seedPath()},
        {QStringLiteral("check")},
    };
    for (const QStringList &command : commands) {
        const ProcessResult r = runDuban(command + QStringList{QStringLiteral("--db"), db});
        const std::string shown = command.first().toStdString();
        EXPECT_EQ(r.exitCode, 1) << shown << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("damaged"))) << shown << ": " << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("QSqlDatabase"))) << shown << ": " << r.err.toStdString();
        EXPECT_EQ(fileHash(db), damaged) << shown;
        if (command.first() == QStringLiteral("check")) {
            // SQLite's own findings, one per line on stdout
            EXPECT_TRUE(r.out.contains(QStringLiteral("Page "))) << r.out.toStdString();
            note("check: " + r.out.trimmed().toStdString());
        }
    }
    EXPECT_FALSE(QFileInfo::exists(pdf));
    note(QStringLiteral("%1 MB file, %2 ms").arg(size / (1024 * 1024)).arg(timer.elapsed()).toStdString());
}

namespace {

/// Mounts a private tmpfs of `size` on `dir` and unmounts it when it goes out of scope (also when an
/// assertion fails).
class TmpfsMount final
{
    Q_DISABLE_COPY_MOVE(TmpfsMount)
public:
    TmpfsMount(const QString &dir, const QString &size) : m_dir(dir)
    {
        QDir().mkpath(dir);
        QProcess p;
        p.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=") + size, QStringLiteral("tmpfs"), dir});
        m_mounted = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!m_mounted)
            m_error = QString::fromLocal8Bit(p.readAllStandardError()) + p.errorString();
    }
    ~TmpfsMount()
    {
        if (!m_mounted)
            return;
        if (QProcess::execute(QStringLiteral("umount"), {m_dir}) != 0)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir});
    }
    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }

private:
    QString m_dir;
    QString m_error;
    bool m_mounted = false;
};

qint64 available(const QString &dir)
{
    struct statvfs st
    {
    };
    if (::statvfs(QFile::encodeName(dir).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

/// Fills `dir` with a filler file until only `leave` bytes are free; returns the filler's path.
QString fill(const QString &dir, qint64 leave)
{
    const QString filler = dir + QStringLiteral("/filler");
    QFile f(filler);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const qint64 bytes = available(dir) - leave;
    const QByteArray block(4096, 'x');
    for (qint64 done = 0; done < bytes; done += block.size())
        if (f.write(block.constData(), qMin<qint64>(block.size(), bytes - done)) < 0)
            break;
    f.close();
    EXPECT_LE(available(dir), leave);
    return filler;
}

} // namespace

TEST(Trials, FullDiskIsSaidAsSuchAndLeavesNoFile)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "needs root to mount a tmpfs";
    QElapsedTimer timer;
    timer.start();
    TempDir dir;
    const QString mnt = dir.file(QStringLiteral("mnt"));
    const TmpfsMount mount(mnt, QStringLiteral("1m"));
    if (!mount.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs: " << mount.error().toStdString();

    // (a) GIVEN a full disk with a little room left (from none to more than a new ledger's schema needs)
    //     WHEN a plan is imported into a new database (in a new folder) on it
    //     THEN import exits 1 saying the disk is full, not damaged, and leaves no file or folder behind
    const QString folder = mnt + QStringLiteral("/new");
    const QString created = folder + QStringLiteral("/new.sqlite");
    int refused = 0;
    bool fitted = false;
    for (qint64 leave = 0; leave <= 1024 * 1024 && !fitted; leave += 16 * 1024) {
        const QString filler = fill(mnt, leave);
        const ProcessResult r =
            runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), created});
        const std::string at = "with " + std::to_string(leave / 1024) + " KiB left: ";
        if (r.exitCode == 0) {
            fitted = true; // enough room: the disk was not full for this import
        } else {
            ++refused;
            EXPECT_EQ(r.exitCode, 1) << at << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(QStringLiteral("full"))) << at << r.err.toStdString();
            EXPECT_FALSE(r.err.contains(QStringLiteral("damaged"))) << at << r.err.toStdString();
            EXPECT_EQ(leftovers(created), QStringList()) << at << r.err.toStdString();
            EXPECT_FALSE(QFileInfo::exists(folder)) << at;
        }
        QFile::remove(filler);
        QDir(folder).removeRecursively();
    }
    EXPECT_GE(refused, 10);
    EXPECT_TRUE(fitted);
    note(QStringLiteral("import refused on a full disk with 0 … %1 KiB left")
             .arg((refused - 1) * 16)
             .toStdString());

    // (b) GIVEN a ledger made on the disk while it had room, then the disk filled up
    //     WHEN an observation is recorded
    //     THEN observe exits 1 saying the disk is full, not damaged, and once there is room again the
    //          same ledger opens, passes the check and takes the observation
    const QString db = mnt + QStringLiteral("/ledger.sqlite");
    importInto(duban::test::seedPath(), db);
    const QStringList observe = duban::test::strings(
        {"observe", "--indicator", "地区生产总值增长", "--period", "2023-06", "--value", "5.5", "--db"});
    int observeRefused = 0;
    fitted = false;
    for (qint64 leave = 0; leave <= 512 * 1024 && !fitted; leave += 8 * 1024) {
        const QString filler = fill(mnt, leave);
        const ProcessResult r = runDuban(observe + QStringList{db});
        const std::string at = "with " + std::to_string(leave / 1024) + " KiB left: ";
        if (r.exitCode == 0) {
            fitted = true;
        } else {
            ++observeRefused;
            EXPECT_EQ(r.exitCode, 1) << at << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(QStringLiteral("full"))) << at << r.err.toStdString();
            EXPECT_FALSE(r.err.contains(QStringLiteral("damaged"))) << at << r.err.toStdString();
            note(at + r.err.trimmed().toStdString());
        }
        QFile::remove(filler);
        const ProcessResult tasks = runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), db});
        EXPECT_EQ(tasks.exitCode, 0) << at << tasks.err.toStdString();
        if (!fitted) {
            EXPECT_FALSE(storedObservations(db).contains(QStringLiteral("地区生产总值增长|2023-06"))) << at;
        }
    }
    EXPECT_GE(observeRefused, 2);
    EXPECT_TRUE(fitted);
    const ProcessResult check = runDuban({QStringLiteral("check"), QStringLiteral("--db"), db});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_EQ(storedObservations(db).value(QStringLiteral("地区生产总值增长|2023-06")), 5.5);
    note(QStringLiteral("observe refused %1 time(s); %2 ms")
             .arg(observeRefused)
             .arg(timer.elapsed())
             .toStdString());
}
