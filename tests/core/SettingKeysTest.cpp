// The ledger's setting keys: one registry, one style; a file written before schema 8 keeps its tolerances.
#include "support/TempDir.h"

#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/LedgerSettingKeys.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QUuid>

using namespace duban::core;

TEST(SettingKeys, OldIndicatorKeysAreRenamedAndStillRead)
{
    duban::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("k.sqlite"));
    {
        Database::OpenOptions options;
        options.upToVersion = 7;
        auto db = Database::open(path, nullptr, options);
        ASSERT_TRUE(db);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                          "('indicators/tolerance_points', '1.5'), "
                                          "('indicators/tolerance_relative', '0.2')")));
    }
    auto db = Database::open(path, nullptr);
    ASSERT_TRUE(db);
    const TargetTolerances s = IndicatorRepository(*db).tolerances();
    EXPECT_DOUBLE_EQ(s.tolerancePoints, 1.5);
    EXPECT_DOUBLE_EQ(s.toleranceRelative, 0.2);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT key FROM settings WHERE key <> 'database.identity' ORDER BY key")));
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    EXPECT_EQ(keys, (QStringList{ledgerkeys::tolerancePoints(), ledgerkeys::toleranceRelative()}));
    // The migration gave the old database its identity (schema 11), a random id.
    EXPECT_EQ(QUuid::fromString(db->identity()).isNull(), false) << db->identity().toStdString();
    for (const QString &k : keys)
        EXPECT_FALSE(k.contains(u'/') || k.contains(u'_')) << k.toStdString();
}

TEST(SettingKeys, EveryNewDatabaseHasAnIdentityOfItsOwnThatStays)
{
    duban::test::TempDir dir;
    auto first = Database::open(dir.file(QStringLiteral("a.sqlite")), nullptr);
    auto second = Database::open(dir.file(QStringLiteral("b.sqlite")), nullptr);
    ASSERT_TRUE(first && second);
    const QString identity = first->identity();
    EXPECT_FALSE(QUuid::fromString(identity).isNull()) << identity.toStdString();
    EXPECT_NE(identity, second->identity()) << "two databases, two identities";
    first.reset();
    EXPECT_EQ(Database::open(dir.file(QStringLiteral("a.sqlite")), nullptr)->identity(), identity)
        << "opened again, the same";
}
