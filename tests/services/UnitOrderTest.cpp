// The order of unit lists: named units by pinyin, then the groups.
#include "ServiceTestSupport.h"

#include "core/services/LookupService.h"
#include "core/services/UnitOrder.h"

#include <gtest/gtest.h>

using namespace duban::core;

TEST(UnitOrder, NamedUnitsByPinyinThenGroups)
{
    // GIVEN names as plans write them, in code-point order
    QStringList names = duban::test::strings({"其他有关单位", "各有关单位", "各镇（街道）", "园区",
                                              "安全生产委员会", "新区财政金融局", "北京办事处",
                                              "各街道（镇）", "高新技术产业园区", "新区经济发展局"});
    // WHEN they are put in list order
    const UnitOrder order;
    std::sort(names.begin(), names.end(),
              [&order](const QString &a, const QString &b) { return order.before(a, b); });
    // THEN the named units come first by pinyin (an, bei, xin … cai, xin … jing), the groups after them
    EXPECT_EQ(names, duban::test::strings({"安全生产委员会", "北京办事处", "新区财政金融局", "新区经济发展局",
                                           "高新技术产业园区", "各街道（镇）", "各有关单位", "各镇（街道）",
                                           "其他有关单位", "园区"}));
}

TEST(UnitOrder, TheLookupListsUnitsInListOrder)
{
    // GIVEN the small plan's units
    duban::test::SmallLedger f;
    const LookupService lookup(*f.db);
    QStringList names;
    for (const Unit &u : lookup.units())
        names.append(u.name);
    // THEN by pinyin (新区 cai, jing, kai, ke), the groups 各街道（镇） and 园区 last
    EXPECT_EQ(names, duban::test::strings({"新区财政金融局", "新区经济发展局", "新区开发建设局（交通运输局）",
                                           "新区科技创新和产业促进局", "各街道（镇）", "园区"}));
    QStringList directory;
    for (const UnitUsage &u : lookup.unitUsage())
        directory.append(u.unit.name);
    EXPECT_EQ(directory, names);
}
