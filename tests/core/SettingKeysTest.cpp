// The ledger's setting keys: one registry, one style; a file written before schema 8 keeps its tolerances.
#include "support/TempDir.h"

#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/LedgerSettingKeys.h"

#include <gtest/gtest.h>
#include <QSqlQuery>

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
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT key FROM settings ORDER BY key")));
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    EXPECT_EQ(keys, (QStringList{ledgerkeys::tolerancePoints(), ledgerkeys::toleranceRelative()}));
    for (const QString &k : keys)
        EXPECT_FALSE(k.contains(u'/') || k.contains(u'_')) << k.toStdString();
}
